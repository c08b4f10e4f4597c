"""Independent oracle for readability (discourse-lab, issue 11): the five formulas computed
from counts made by hand (words, sentences, letters) and the `syllable` package's syllables
for the listed words. Run: python3 test/measure/style/readability_oracle.py > test/measure/style/readability-oracle.json
Formulas as published: Flesch (1948), Kincaid et al. (1975), Gunning (1952), McLaughlin (1969), Coleman & Liau (1975).
"""
import json, math

cases = {
    # "The cat sat on the mat. It was happy." 9 words, 2 sentences, 10 syllables, 0 polysyllables, 27 letters
    "nursery": dict(words=9, sentences=2, syllables=10, poly=0, letters=27),
    # "Don't negotiate with unreliable governments. They won't listen!" syllables from the
    # package: don't 1, negotiate 3, with 1, unreliable 5, governments 3, they 1, won't 1, listen 2
    "clitics": dict(words=8, sentences=2, syllables=17, poly=3, letters=52),
}
out = {"provenance": "test/measure/style/readability_oracle.py", "cases": {}}
for name, c in cases.items():
    W, S, Y, P, L = c["words"], c["sentences"], c["syllables"], c["poly"], c["letters"]
    out["cases"][name] = dict(c,
        flesch=206.835 - 1.015 * (W / S) - 84.6 * (Y / W),
        flesch_kincaid=0.39 * (W / S) + 11.8 * (Y / W) - 15.59,
        gunning_fog=0.4 * ((W / S) + 100 * (P / W)),
        smog=1.0430 * math.sqrt(P * (30 / S)) + 3.1291,
        coleman_liau=0.0588 * (L / W * 100) - 0.296 * (S / W * 100) - 15.8)
print(json.dumps(out, indent=1))
