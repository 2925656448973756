#!/usr/bin/env python3
"""Golden values for core/analysis (clustering, token alignment, pooling choices and contributions),
computed with numpy / scipy from hand-made vectors and from the tiny-bert fixture's hidden states
(transformers output, tests/fixtures/reference/tiny-bert/*.hidden.npy).

    tools/.venv/bin/python tools/reference/make_similarity_fixtures.py

Writes tests/fixtures/reference/similarity/reference.json (deterministic).
"""

import json
import os

import numpy as np
import scipy
from scipy.cluster.hierarchy import leaves_list, linkage
from scipy.spatial.distance import squareform

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TINY = os.path.join(REPO, "tests", "fixtures", "reference", "tiny-bert")
OUT = os.path.join(REPO, "tests", "fixtures", "reference", "similarity")


def cos_matrix(v):
    v = np.asarray(v, dtype=np.float64)
    n = v / np.linalg.norm(v, axis=1, keepdims=True)
    return (n @ n.T).astype(np.float32)


def clustering_case(name, vectors):
    sim = cos_matrix(vectors)
    dist = 1.0 - sim.astype(np.float64)
    np.fill_diagonal(dist, 0.0)
    dist = 0.5 * (dist + dist.T)
    z = linkage(squareform(dist, checks=False), method="average")
    return {
        "name": name,
        "similarity": sim.astype(np.float64).tolist(),
        "linkage": z.tolist(),
        "order": leaves_list(z).astype(int).tolist(),
    }


def angles(deg):
    return [[np.cos(np.radians(a)), np.sin(np.radians(a))] for a in deg]


def pool(x, mode):
    n = x.shape[0]
    if mode == "cls":
        return x[0]
    if mode == "lasttoken":
        return x[-1]
    if mode == "max":
        return x.max(axis=0)
    if mode == "mean":
        return x.mean(axis=0)
    if mode == "mean_sqrt_len":
        return x.sum(axis=0) / np.sqrt(n)
    if mode == "weightedmean":
        w = np.arange(1, n + 1, dtype=np.float64)[:, None]
        return (w * x).sum(axis=0) / w.sum()
    raise ValueError(mode)


def main():
    ref = json.load(open(os.path.join(TINY, "reference.json"), encoding="utf-8"))
    cases = {c["name"]: c for c in ref["cases"]}
    hidden = {n: np.load(os.path.join(TINY, n + ".hidden.npy")).astype(np.float64) for n in ("plain", "casing_accents")}

    rng = np.random.default_rng(7)
    clustering = [
        # Two obvious groups (near 0 deg and near 90 deg), interleaved in the input order.
        clustering_case("two_groups", angles([0, 88, 12, 95, 25, 80, 5])),
        clustering_case("random_8x5", rng.normal(size=(8, 5))),
    ]

    # Token alignment on the last layer and on the embedding output, plain vs casing_accents.
    alignment = []
    for layer in (2, 0):
        a = hidden["plain"][layer]
        b = hidden["casing_accents"][layer]
        an = a / np.linalg.norm(a, axis=1, keepdims=True)
        bn = b / np.linalg.norm(b, axis=1, keepdims=True)
        s = an @ bn.T
        rows = s.argmax(axis=1)
        cols = s.argmax(axis=0)
        mutual = [[int(i), int(j)] for i, j in enumerate(rows) if cols[j] == i]
        alignment.append({"a": "plain", "b": "casing_accents", "layer": layer,
                          "text_a": cases["plain"]["text"], "text_b": cases["casing_accents"]["text"],
                          "similarity": s.tolist(), "best_for_row": rows.astype(int).tolist(),
                          "best_for_column": cols.astype(int).tolist(), "mutual": mutual})

    # Pooling choices on plain's hidden states.
    h = hidden["plain"]
    special = np.array(cases["plain"]["special_tokens_mask"], dtype=bool)
    choices = []

    def add(name, modes, layer, last_n, include_special, normalize):
        states = h[-last_n:].mean(axis=0) if last_n > 0 else h[layer]
        x = states if include_special else states[~special]
        v = np.concatenate([pool(x, m) for m in modes])
        if normalize:
            v = v / max(np.linalg.norm(v), 1e-12)
        choices.append({"name": name, "modes": modes, "layer": layer, "last_layers": last_n,
                        "include_special": include_special, "normalize": normalize, "vector": v.tolist()})

    add("declared", ["mean"], -1, 0, True, True)
    add("cls_layer0_no_special", ["cls"], 0, 0, False, False)
    add("mean_last2_no_special", ["mean"], -1, 2, False, False)
    add("weighted_layer1", ["weightedmean"], 1, 0, True, False)
    add("max_lasttoken_mean_sqrt_norm", ["max", "lasttoken", "mean_sqrt_len"], -1, 0, False, True)

    # Contributions on the last layer, all tokens.
    x = h[-1]
    n = x.shape[0]
    contributions = {}
    for mode in ("mean", "mean_sqrt_len", "weightedmean"):
        if mode == "mean":
            c = np.full(n, 1.0 / n)
        elif mode == "mean_sqrt_len":
            c = np.full(n, 1.0 / np.sqrt(n))
        else:
            c = np.arange(1, n + 1) / np.arange(1, n + 1).sum()
        p = (c[:, None] * x).sum(axis=0)
        contributions[mode] = (c * (x @ p) / (p @ p)).tolist()
    won = np.bincount(x.argmax(axis=0), minlength=n)
    contributions["max_dimensions_won"] = won.astype(int).tolist()

    doc = {
        "generator": {"script": "tools/reference/make_similarity_fixtures.py", "numpy": np.__version__,
                      "scipy": scipy.__version__, "hidden_states": "tests/fixtures/reference/tiny-bert/*.hidden.npy"},
        "clustering": clustering,
        "alignment": alignment,
        "pooling_choices": {"case": "plain", "special_tokens_mask": cases["plain"]["special_tokens_mask"],
                            "choices": choices},
        "contributions": {"case": "plain", "layer": 2, "shares": contributions},
    }
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "reference.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
