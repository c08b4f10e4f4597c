#!/usr/bin/env python3
"""Oracle values for discourse-lab's keyness, collocation and dispersion measures.

Computed independently of the TypeScript code with scipy / numpy, from
  (a) small hand-made tables defined below, and
  (b) counts exported by export-oracle-inputs.ts from OUR tokenizer on
      ../shared/corpora/sotu/data.jsonl (sotu-counts.input.json: counts only, no text),
so that the oracle checks the statistics, not the tokenizer.

Writes keyness.oracle.json, collocation.oracle.json and dispersion.oracle.json next to
this script, each with a "provenance" field. Run from anywhere:
    python3 test/measure/oracles/compute_oracles.py

Definitions (as documented in src/measure/*.ts):
  keyness, table [[a, c-a], [b, d-b]]:
    g2       scipy.stats.chi2_contingency(table, correction=False, lambda_="log-likelihood")
    chi2     scipy.stats.chi2_contingency(table, correction=True)   (Yates)
    p        scipy.stats.chi2.sf(g2, 1)
    p_bonferroni min(1, p*m);  p_fdr scipy.stats.false_discovery_control(p, method="bh")
    log_ratio log2((a'/c)/(b'/d)), pct_diff 100*(a'/c - b'/d)/(b'/d), a' = a or 0.5, b' = b or 0.5
    tested when a + b >= 5 (minCount); m = number tested
  association (o11, r1, c1, n): e11 = r1*c1/n, mi = log2(o11/e11), t = (o11-e11)/sqrt(o11),
    g2 = chi2_contingency([[o11, r1-o11], [c1-o11, n-r1-c1+o11]], correction=False,
    lambda_="log-likelihood"), dice = 2*o11/(r1+c1)
  dispersion (sizes s, counts f; numpy): p_i = f_i/s_i, D = 1 - (std(p)/mean(p))/sqrt(n-1)
    (population std), DP = 0.5*sum|f_i/sum f - s_i/sum s|, DP_norm = DP/(1 - min s_i/sum s)
"""
import datetime
import hashlib
import json
import math
import os
import platform
import sys

import numpy as np
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
INPUT = os.path.join(HERE, "sotu-counts.input.json")
MIN_COUNT = 5


def provenance(description, inputs):
    with open(INPUT, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    return {
        "script": "test/measure/oracles/compute_oracles.py",
        "python": platform.python_version(),
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "date": datetime.date.today().isoformat(),
        "description": description,
        "inputs": inputs,
        "input_file_sha256": digest,
    }


def g2_of(table):
    return float(stats.chi2_contingency(np.array(table, dtype=float), correction=False, lambda_="log-likelihood").statistic)


def keyness_case(name, target, reference):
    c, d = target["total"], reference["total"]
    a_of = dict(zip(target["terms"], target["counts"]))
    b_of = dict(zip(reference["terms"], reference["counts"]))
    terms = list(target["terms"]) + [t for t in reference["terms"] if t not in a_of]
    tested = [t for t in terms if a_of.get(t, 0) + b_of.get(t, 0) >= MIN_COUNT]
    rows = {}
    for t in tested:
        a, b = a_of.get(t, 0), b_of.get(t, 0)
        table = [[a, c - a], [b, d - b]]
        g2 = g2_of(table)
        chi2 = float(stats.chi2_contingency(np.array(table, dtype=float), correction=True).statistic)
        a1 = a if a > 0 else 0.5
        b1 = b if b > 0 else 0.5
        rows[t] = {
            "n_target": a, "n_reference": b,
            "per_1k_target": 1000 * a / c, "per_1k_reference": 1000 * b / d,
            "g2": g2, "chi2": chi2, "p": float(stats.chi2.sf(g2, 1)),
            "log_ratio": math.log2((a1 / c) / (b1 / d)),
            "pct_diff": 100 * ((a1 / c) - (b1 / d)) / (b1 / d),
            "direction": "target" if a / c > b / d else "reference",
        }
    p = np.array([rows[t]["p"] for t in tested])
    m = len(tested)
    fdr = stats.false_discovery_control(p, method="bh")
    for i, t in enumerate(tested):
        rows[t]["p_bonferroni"] = float(min(1.0, p[i] * m))
        rows[t]["p_fdr"] = float(fdr[i])
    return {"name": name, "min_count": MIN_COUNT, "target": target, "reference": reference, "tested": m, "rows": rows}


def association(name, o11, r1, c1, n):
    e11 = r1 * c1 / n
    return {
        "name": name, "o11": o11, "r1": r1, "c1": c1, "n": n, "e11": e11,
        "mi": math.log2(o11 / e11), "t_score": (o11 - e11) / math.sqrt(o11),
        "g2": g2_of([[o11, r1 - o11], [c1 - o11, n - r1 - c1 + o11]]),
        "dice": 2 * o11 / (r1 + c1),
    }


def dispersion(name, sizes, counts):
    s = np.array(sizes, dtype=float)
    f = np.array(counts, dtype=float)
    keep = s > 0
    s, f = s[keep], f[keep]
    n = len(s)
    rel = f / s
    d = 1 - (np.std(rel) / np.mean(rel)) / math.sqrt(n - 1)
    share = s / s.sum()
    dp = 0.5 * np.abs(f / f.sum() - share).sum()
    return {"name": name, "sizes": list(sizes), "counts": list(counts), "count": int(f.sum()),
            "n_parts": n, "parts_with_term": int((f > 0).sum()),
            "juilland_d": float(d), "dp": float(dp), "dp_norm": float(dp / (1 - share.min()))}


def main():
    with open(INPUT) as fh:
        inp = json.load(fh)
    src = "sotu-counts.input.json (" + inp["description"] + "; corpus sha256 " + inp["corpus"]["sha256"] + ")"

    # Keyness: a hand-made table (zeros on either side, a tie) and the SOTU counts.
    hand_t = {"terms": ["war", "peace", "tax", "rare", "tie", "absent"], "counts": [30, 10, 5, 4, 6, 0], "total": 1000}
    hand_r = {"terms": ["war", "peace", "tax", "tie", "absent", "onlyref"], "counts": [20, 40, 5, 12, 0, 6], "total": 2000}
    k = inp["keyness"]
    sf_x = [1e-6, 0.5, 1, 3.841458820694124, 10, 50, 100, 300, 700, 1000, 1300, 1400]
    keyness = {
        "provenance": provenance("Keyness: G2, Yates chi2, p, Bonferroni/BH, log ratio, %DIFF", "hand-made counts in compute_oracles.py; " + src),
        "cases": [
            keyness_case("hand-made", hand_t, hand_r),
            keyness_case("sotu since " + k["split"] + " vs earlier", k["target"], k["reference"]),
        ],
        "chi2_sf_1df": [{"x": x, "p": float(stats.chi2.sf(x, 1))} for x in sf_x],
    }

    # Collocation: hand-made tables, then the exported SOTU tables.
    hand = [association("hand-made 1", 10, 100, 50, 10000), association("hand-made 2", 1, 10, 1, 100),
            association("hand-made O12 = 0", 5, 5, 20, 1000), association("hand-made repulsion", 3, 40, 600, 5000)]
    col = inp["collocation"]
    sotu = [association(kind + ": " + r["pair"], r["o11"], r["r1"], r["c1"], r["n"]) for kind in ("window", "bigrams", "trigrams") for r in col[kind]]
    collocation = {"provenance": provenance("Association measures: E11, MI, t-score, G2, Dice", "hand-made tables in compute_oracles.py; " + src), "cases": hand + sotu}

    # Dispersion: hand-made parts, then SOTU per document and per 10 equal chunks.
    disp = inp["dispersion"]
    cases = [
        dispersion("hand-made: 5 parts of 9-11 tokens, counts 1..5", [9, 10, 10, 10, 11], [1, 2, 3, 4, 5]),
        dispersion("hand-made: even", [10, 10, 10, 10], [2, 2, 2, 2]),
        dispersion("hand-made: all in the largest part", [10, 20, 30, 40], [0, 0, 0, 8]),
    ]
    for i, t in enumerate(disp["terms"]):
        cases.append(dispersion("sotu documents: " + t, disp["documents"]["sizes"], disp["documents"]["counts"][i]))
        cases.append(dispersion("sotu 10 chunks: " + t, disp["chunks"]["sizes"], disp["chunks"]["counts"][i]))
    dispersion_out = {"provenance": provenance("Juilland's D (relative frequencies), Gries' DP, DP_norm", "hand-made parts in compute_oracles.py; " + src), "cases": cases}

    for fname, obj in (("keyness.oracle.json", keyness), ("collocation.oracle.json", collocation), ("dispersion.oracle.json", dispersion_out)):
        with open(os.path.join(HERE, fname), "w") as fh:
            json.dump(obj, fh, indent=1)
            fh.write("\n")
        print("wrote", fname, file=sys.stderr)


if __name__ == "__main__":
    main()
