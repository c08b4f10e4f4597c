#!/usr/bin/env python3
"""Oracle values for termRates' Wilson score intervals, computed with scipy (independent of
the TypeScript code). Writes wilson.json beside this script. Run: python3 compute_wilson.py"""
import json, math, platform, datetime
import scipy
from scipy.stats import norm

cases = [(0, 1000), (1, 1000), (3, 9), (7, 67211), (31, 65409), (500, 1000), (1000, 1000), (2, 21334)]
out = []
for conf in (0.95, 0.9, 0.99):
    z = norm.ppf(1 - (1 - conf) / 2)
    for k, n in cases:
        p = k / n
        denom = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / denom
        half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
        out.append({"k": k, "n": n, "confidence": conf, "z": z,
                    "ci_low_per_1k": max(0.0, centre - half) * 1000, "ci_high_per_1k": min(1.0, centre + half) * 1000})
json.dump({
    "provenance": {
        "script": "test/stats/oracles/compute_wilson.py",
        "method": "Wilson (1927) score interval; z = scipy.stats.norm.ppf(1 - (1 - confidence) / 2)",
        "python": platform.python_version(), "scipy": scipy.__version__,
        "date": datetime.date.today().isoformat(),
    },
    "cases": out,
}, open(__file__.replace("compute_wilson.py", "wilson.json"), "w"), indent=1)
