"""Independent oracle for wordscores, wordfish and dfmSimilarity (discourse-lab, issue 11).

Run: python3 test/measure/scaling/scaling_oracle.py > test/measure/scaling/scaling-oracle.json
Needs numpy and scipy (Debian: apt-get install python3-numpy python3-scipy); a dev-time
oracle only, never a runtime dependency. Written from the papers, not from the TypeScript.

Data:
- LBG: the worked example of Laver, Benoit & Garry (2003, APSR 97(2)), as distributed in
  austin's `lbg` and quanteda's `data_dfm_lbgexample`: five reference texts R1..R5 (scores
  -1.5, -0.75, 0, 0.75, 1.5) whose 37 word counts are the sequence 2 3 10 22 45 78 115 146
  158 146 115 78 45 22 10 3 2 shifted by 5 words per text, and the virgin text V1 (the same
  sequence starting at word H). Published: V1 raw score -0.448, standard error 0.0119
  (austin's classic.wordscores); MV rescaled -0.51 (quanteda.textmodels' tests).
- GEN: 15 documents x 40 words drawn (numpy, seed 20261202) from the Wordfish model, for wordfish.
- SIM: the 20-word x 10-document matrix simulated by austin's sim.wordfish() as printed in a
  public course page (words W01..W20, documents D01..D10), used for wordfish and similarity.

Wordfish estimator (Slapin & Proksch 2008): log lambda_ij = alpha_i + psi_j + beta_j theta_i;
alternate (1) per word, (psi_j, beta_j) maximizing the Poisson log-likelihood with priors
psi ~ N(0, 3^2), beta ~ N(0, 1^2); (2) per text, (alpha_i, theta_i) maximizing the Poisson
log-likelihood; (3) theta rescaled to mean 0, population sd 1; (4) the mean of psi moved
into alpha (mean psi = 0; every lambda unchanged). The estimate is the fixed
point of that sweep: found here by 100 plain sweeps and then scipy.optimize.root (MINPACK
hybrd) on sweep(x) - x; each block is solved with scipy.optimize.minimize (trust-exact).
The TypeScript reaches the same fixed point by SQUAREM-accelerated sweeps with Newton blocks.
Direction: theta[dir0] < theta[dir1]. SE of theta_i: sqrt of the theta entry of the inverse
2x2 Fisher information of (alpha_i, theta_i) given the word parameters.
"""
import json
import numpy as np
from scipy.optimize import minimize, root
from scipy.spatial import distance

SEQ = [2, 3, 10, 22, 45, 78, 115, 146, 158, 146, 115, 78, 45, 22, 10, 3, 2]
FEATURES = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + ["Z" + c for c in "ABCDEFGHIJK"]
def shifted(start):
    row = [0] * 37
    row[start:start + 17] = SEQ
    return row
LBG = {"R1": shifted(0), "R2": shifted(5), "R3": shifted(10), "R4": shifted(15), "R5": shifted(20), "V1": shifted(7)}
REF = {"R1": -1.5, "R2": -0.75, "R3": 0.0, "R4": 0.75, "R5": 1.5}

SIM_DOCS = [f"D{i:02d}" for i in range(1, 11)]
SIM_WORDS = [f"W{j:02d}" for j in range(1, 21)]
SIM_BY_WORD = [
    [23, 21, 18, 19, 12, 16, 13, 8, 6, 2], [22, 21, 23, 22, 19, 16, 7, 12, 6, 8], [20, 25, 17, 15, 20, 14, 11, 10, 8, 8],
    [22, 13, 14, 25, 17, 7, 12, 7, 4, 5], [23, 17, 16, 21, 14, 9, 9, 6, 9, 6], [0, 5, 6, 16, 13, 19, 14, 14, 20, 20],
    [3, 4, 8, 10, 11, 13, 16, 21, 15, 23], [9, 8, 13, 8, 16, 11, 12, 23, 21, 20], [4, 7, 10, 10, 9, 15, 13, 28, 17, 21],
    [2, 6, 10, 11, 20, 11, 17, 20, 12, 15], [51, 59, 46, 41, 33, 36, 24, 22, 21, 15], [62, 56, 43, 40, 46, 39, 13, 28, 11, 16],
    [65, 52, 64, 36, 46, 29, 30, 13, 21, 14], [64, 64, 59, 59, 29, 41, 21, 22, 17, 12], [62, 51, 52, 32, 40, 30, 26, 14, 20, 15],
    [16, 17, 15, 28, 33, 33, 52, 57, 69, 71], [18, 19, 20, 30, 35, 51, 54, 45, 55, 62], [7, 17, 21, 22, 30, 47, 55, 49, 49, 51],
    [9, 14, 26, 26, 29, 30, 47, 38, 60, 62], [18, 24, 19, 29, 28, 33, 54, 63, 59, 54],
]
SIM = np.array(SIM_BY_WORD, dtype=float).T  # documents x words


def wordscores():
    names = list(LBG)
    X = np.array([LBG[n] for n in names], dtype=float)
    refs = [names.index(r) for r in REF]
    A = np.array(list(REF.values()))
    F = X[refs] / X[refs].sum(axis=1, keepdims=True)
    scored = F.sum(axis=0) > 0
    P = F[:, scored] / F[:, scored].sum(axis=0)
    Sw = P.T @ A
    out = {}
    raws = {}
    for k, n in enumerate(names):
        x = X[k, scored]
        N = x.sum()
        f = x / N
        raw = float(f @ Sw)
        se = float(np.sqrt(np.sum(f * (Sw - raw) ** 2)) / np.sqrt(N))
        raws[n] = raw
        out[n] = {"raw": raw, "se": se}
    lo, hi = "R1", "R5"
    for n in names:
        out[n]["mv"] = (raws[n] - raws[lo]) * (REF[hi] - REF[lo]) / (raws[hi] - raws[lo]) + REF[lo]
    return {"features": FEATURES, "rows": LBG, "reference": REF, "word_scores": dict(zip([f for f, s in zip(FEATURES, scored) if s], Sw.tolist())),
            "positions": out, "published": {"V1": {"raw": -0.448, "se": 0.0119, "mv": -0.51}}}


def wordfish(Y, dir_, prior_psi=3.0, prior_beta=1.0):
    n, V = Y.shape
    pp, pb = 1 / prior_psi ** 2, 1 / prior_beta ** 2

    def word_fgh(v, j, alpha, theta):
        eta = alpha + v[0] + v[1] * theta
        lam = np.exp(eta)
        r = Y[:, j] - lam
        f = -(Y[:, j] @ eta - lam.sum()) + pp * v[0] ** 2 / 2 + pb * v[1] ** 2 / 2
        g = -np.array([r.sum() - pp * v[0], r @ theta - pb * v[1]])
        H = np.array([[lam.sum() + pp, lam @ theta], [lam @ theta, lam @ theta ** 2 + pb]])
        return f, g, H

    def text_fgh(v, i, psi, beta):
        eta = v[0] + psi + beta * v[1]
        lam = np.exp(eta)
        r = Y[i] - lam
        f = -(Y[i] @ eta - lam.sum())
        return f, -np.array([r.sum(), r @ beta]), np.array([[lam.sum(), lam @ beta], [lam @ beta, lam @ beta ** 2]])

    def solve(fgh, x0, *args):
        res = minimize(lambda v: fgh(v, *args)[0], x0, jac=lambda v: fgh(v, *args)[1], hess=lambda v: fgh(v, *args)[2], method="trust-exact", options={"gtol": 1e-12})
        return res.x

    def sweep(x):
        alpha, theta, psi, beta = x[:n].copy(), x[n:2 * n].copy(), x[2 * n:2 * n + V].copy(), x[2 * n + V:].copy()
        for j in range(V):
            psi[j], beta[j] = solve(word_fgh, [psi[j], beta[j]], j, alpha, theta)
        for i in range(n):
            alpha[i], theta[i] = solve(text_fgh, [alpha[i], theta[i]], i, psi, beta)
        theta = (theta - theta.mean()) / theta.std()
        c = psi.mean()
        return np.concatenate([alpha + c, theta, psi - c, beta])

    rows = Y.sum(axis=1)
    alpha = np.log(rows / rows[0])
    psi = np.log(Y.mean(axis=0))
    L = np.log(Y + 0.1) - alpha[:, None] - psi[None, :]
    U, s, Vt = np.linalg.svd(L, full_matrices=False)
    theta = U[:, 0]
    theta = (theta - theta.mean()) / theta.std()
    beta = (L.T @ theta) / (theta @ theta)
    x = np.concatenate([alpha, theta, psi, beta])
    for _ in range(100):  # plain sweeps towards the fixed point, then a root finder on x = sweep(x)
        x = sweep(x)
    sol = root(lambda z: sweep(z) - z, x, method="hybr", options={"xtol": 1e-14})
    x = sol.x
    residual = float(np.abs(sweep(x) - x).max())
    alpha, theta, psi, beta = x[:n], x[n:2 * n], x[2 * n:2 * n + V], x[2 * n + V:]
    if theta[dir_[0]] > theta[dir_[1]]:
        theta, beta = -theta, -beta
    se = []
    for i in range(n):
        lam = np.exp(alpha[i] + psi + beta * theta[i])
        I = np.array([[lam.sum(), lam @ beta], [lam @ beta, lam @ beta ** 2]])
        se.append(float(np.sqrt(np.linalg.inv(I)[1, 1])))
    return {"fixed_point_residual": residual, "theta": theta.tolist(), "se": se, "alpha": alpha.tolist(), "beta": beta.tolist(), "psi": psi.tolist()}


def similarity(X):
    n = X.shape[0]
    B = X > 0
    return {
        "cosine": [[1 - distance.cosine(X[a], X[b]) for b in range(n)] for a in range(n)],
        "correlation": [[1 - distance.correlation(X[a], X[b]) for b in range(n)] for a in range(n)],
        "jaccard": [[1 - distance.jaccard(B[a], B[b]) for b in range(n)] for a in range(n)],
        "euclidean": [[distance.euclidean(X[a], X[b]) for b in range(n)] for a in range(n)],
    }


# GEN: 15 documents x 40 words drawn from the Wordfish model itself (seeded), a second,
# larger fixture: theta evenly spaced in [-1.5, 1.5], beta ~ N(0, 0.6), psi ~ N(1.5, 1), alpha 0.
_rng = np.random.default_rng(20261202)
_theta = np.linspace(-1.5, 1.5, 15)
_beta = _rng.normal(0, 0.6, 40)
_psi = _rng.normal(1.5, 1.0, 40)
GEN = _rng.poisson(np.exp(_psi[None, :] + _beta[None, :] * _theta[:, None])).astype(float)
print(json.dumps({
    "provenance": "test/measure/scaling/scaling_oracle.py with numpy " + np.__version__ + " and scipy (see its docstring for the data's sources)",
    "wordscores_lbg": wordscores(),
    "sim": {"docs": SIM_DOCS, "words": SIM_WORDS, "counts_by_word": SIM_BY_WORD},
    "wordfish_sim": wordfish(SIM.copy(), (0, 9)),
    "gen": {"counts": GEN.astype(int).tolist()},
    "wordfish_gen": wordfish(GEN.copy(), (0, 14)),
    "similarity_sim": similarity(SIM),
}, indent=1))
