"""Independent oracle for lexicalDiversity (discourse-lab, issue 11).

Run: python3 test/measure/style/diversity_oracle.py > test/measure/style/diversity-oracle.json
(Python 3.11, standard library only.) Written from the papers, not from the TypeScript:
- TTR = V/N; Herdan's C = log V / log N (Herdan 1960); Yule's K = 1e4 (sum m^2 V(m) - N) / N^2 (Yule 1944).
- MATTR: mean TTR over all windows of W tokens, TTR of the text when N < W (Covington & McFall 2010).
- MTLD: McCarthy & Jarvis (2010): a factor ends when the running TTR is <= 0.72; the remainder
  counts (1 - TTR) / (1 - 0.72); MTLD = N / factors, the mean of a forward and a backward pass.
The texts are plain lowercase words separated by single spaces, so tokens = text.split(" ").
"""
import json, math, random
from collections import Counter

def texts():
    out = {
        "press-release": "the ministry of trade announced today that talks with the union will resume next week "
        "the ministry said the talks would focus on tariffs quotas and the rules of origin that have held up "
        "the agreement for two years officials on both sides said they were ready to compromise on quotas but "
        "not on the rules of origin the minister will travel to brussels on monday the talks will resume on tuesday",
        "transcript": "well i think i think we have to be honest with people we have to tell them what we know "
        "and what we do not know and we do not know everything we know that the economy is growing we know that "
        "people are working but we do not know what the next year will bring and i will not pretend that we do",
    }
    rng = random.Random(20261202)
    vocab = [f"w{i}" for i in range(1, 301)]
    weights = [1 / (i ** 1.1) for i in range(1, 301)]
    out["zipf-800"] = " ".join(rng.choices(vocab, weights, k=800))
    out["all-distinct"] = " ".join(f"u{i}" for i in range(40))
    return out

def ttr(t): return len(set(t)) / len(t)

def mattr(t, w):
    if len(t) < w: return ttr(t)
    return sum(len(set(t[i:i + w])) / w for i in range(len(t) - w + 1)) / (len(t) - w + 1)

def mtld_pass(t, th=0.72):
    factors, start = 0.0, 0
    for i in range(len(t)):
        seg = t[start:i + 1]
        if len(set(seg)) / len(seg) <= th:
            factors += 1
            start = i + 1
    rest = t[start:]
    if rest:
        factors += (1 - len(set(rest)) / len(rest)) / (1 - th)
    return len(t) / factors if factors > 0 else float("inf")

def mtld(t):
    v = (mtld_pass(t) + mtld_pass(t[::-1])) / 2
    return v if math.isfinite(v) else None

def yule_k(t):
    n = len(t)
    spectrum = Counter(Counter(t).values())
    return 1e4 * (sum(m * m * vm for m, vm in spectrum.items()) - n) / (n * n)

def herdan(t): return math.log(len(set(t))) / math.log(len(t))

result = {"provenance": "test/measure/style/diversity_oracle.py (Python standard library), formulas from the papers cited in its docstring", "window": 50, "texts": {}}
for name, text in texts().items():
    t = text.split(" ")
    result["texts"][name] = {"text": text, "n_tokens": len(t), "n_types": len(set(t)), "ttr": ttr(t), "mattr": mattr(t, 50),
                             "mtld": mtld(t), "yules_k": yule_k(t), "herdans_c": herdan(t)}
print(json.dumps(result, indent=1))
