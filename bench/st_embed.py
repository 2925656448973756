#!/usr/bin/env python3
"""Baseline for bench/run_bench.py: sentence-transformers encode() of a text file, timed.

Runs in tools/.venv (see tools/reference/setup_env.sh). Prints one JSON line with the encode time;
writes the embeddings as float32 .npy. Default settings of SentenceTransformer.encode except the
batch size, which is set explicitly to the same value the C++ side uses.
"""
import argparse
import json
import os
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from sentence_transformers import SentenceTransformer  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--input", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    with open(args.input, encoding="utf-8") as f:
        texts = [line.rstrip("\n") for line in f]
    model = SentenceTransformer(args.model, device="cpu")
    model.encode(texts[:64], batch_size=args.batch_size)  # warm-up, as the C++ side warms up at load
    t0 = time.perf_counter()
    emb = model.encode(texts, batch_size=args.batch_size, convert_to_numpy=True)
    secs = time.perf_counter() - t0
    np.save(args.output, emb.astype(np.float32))
    print(json.dumps({"texts": len(texts), "seconds": secs, "threads": torch.get_num_threads(),
                      "torch": torch.__version__}))


if __name__ == "__main__":
    main()
