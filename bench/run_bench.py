#!/usr/bin/env python3
"""EncoderLens speed harness: one command, EncoderLens and sentence-transformers side by side.

    tools/.venv/bin/python bench/run_bench.py [--build build/release] [--threads 2] [--rounds 3]

Needs: a Release build (scripts/setup), the Python environment of tools/reference/setup_env.sh
(sentence-transformers as the baseline; --with-mpnet for all-mpnet-base-v2). Measures:
  1. the float32 matrix-product peak at 1 and 2 threads (bench_matmul) and the memory read rate
     (bench_membw);
  2. STS-B test sentences (2,758 texts) embedded by `encoderlens-cli embed` and by
     sentence-transformers, alternating, same threads and batch size; sentences/s, ratio (median of
     pairs), fraction of the matmul peak counted on real tokens;
  3. agreement on every run: per-text cosine of the two embeddings, and STS-B Spearman of both;
  4. single-input latency p50/p95 at 8..512 tokens with and without attentions (bench_latency);
  5. cold start (process start to first embedding written) and peak memory of the CLI;
  6. quantized modes of the CLI, when it offers --precision.
Writes bench/RESULTS.md (and prints the same).
"""
import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA_HOME = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local/share")
MODELS = {
    "all-MiniLM-L6-v2": {"dir": DATA_HOME / "EncoderLens/models/all-MiniLM-L6-v2", "flops_per_token": None},
    "all-mpnet-base-v2": {"dir": ROOT / "tools/.venv/models/all-mpnet-base-v2", "flops_per_token": None},
}


def load_average():
    return " ".join(open("/proc/loadavg").read().split()[:3]) + " (1/5/15 min)"


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def run_rusage(cmd, cpu=None):
    """Run a command; return (wall seconds, peak RSS in MiB, stdout, stderr); cpu, a list, receives the
    child's user + system CPU seconds."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    out, err = p.stdout.read(), p.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{cmd[0]} failed: {err}")
    if cpu is not None:
        cpu.append(usage.ru_utime + usage.ru_stime)
    return wall, usage.ru_maxrss / 1024.0, out, err


def json_lines(text):
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def stsb(pairs=0):
    rows = [line.rstrip("\n").split("\t") for line in open(SHARED / "data/stsb/stsb-test.tsv", encoding="utf-8")][1:]
    if pairs > 0:
        rows = rows[:pairs]
    a = [r[0] for r in rows]
    b = [r[1] for r in rows]
    gold = np.array([float(r[2]) for r in rows])
    return a, b, gold


def spearman_x100(emb, n_pairs, gold):
    e = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    cos = (e[:n_pairs] * e[n_pairs:]).sum(axis=1)
    return 100.0 * spearmanr(cos, gold).correlation


def model_flops_per_token(model_dir):
    """Linear-layer FLOPs per token (2 x weights of the per-layer matrices); the attention term is
    added per text from its length."""
    cfg = json.loads((model_dir / "config.json").read_text())
    h, i, n = cfg["hidden_size"], cfg["intermediate_size"], cfg["num_hidden_layers"]
    return 2 * n * (4 * h * h + 2 * h * i), cfg


def count_tokens(cli, model_dir, txt, tmp):
    out = tmp / "tok.jsonl"
    run([str(cli), "tokenize", "--model", str(model_dir), "--input", str(txt), "--output", str(out)])
    return [len(json.loads(line)["ids"]) for line in out.read_text().splitlines()]


def throughput(args, name, mdir, cli, txt, texts, a, gold, peak, has_precision, tmp, say):
    fpt, cfg = model_flops_per_token(mdir)
    lengths = count_tokens(cli, mdir, txt, tmp)
    h, n_layers = cfg["hidden_size"], cfg["num_hidden_layers"]
    # attention: QK^T and PV, 2 * 2 * L^2 * H per layer
    total_flops = sum(fpt * L + 4 * n_layers * L * L * h for L in lengths)
    say(f"## {name}: STS-B test, {len(texts)} sentences, {sum(lengths)} real tokens "
        f"(mean {statistics.mean(lengths):.1f}), {total_flops / 1e9:.1f} GFLOP of real work")
    say()
    variants = [("fp32", [])]
    if has_precision:
        variants += [(p, ["--precision", p]) for p in filter(None, args.precisions.split(","))]
    results = {}
    st_out = tmp / "st.npy"
    loads = []
    for label, extra in variants:
        el_rates, st_rates, ratios, cos_min, el_sp = [], [], [], [], []
        for r in range(args.rounds):
            loads.append(load_average().split()[0])
            out = tmp / f"el-{label}.npy"
            cmd = [str(cli), "embed", "--model", str(mdir), "--input", str(txt), "--output", str(out),
                   "--threads", str(args.threads), "--batch-size", str(args.batch_size), "--verbose"] + extra
            _, _, _, err = run_rusage(cmd)
            secs = float(re.search(r"embedded \d+ texts in ([0-9.e+-]+) s", err).group(1))
            el_rates.append(len(texts) / secs)
            # sentence-transformers runs right after each fp32 run (alternating, same load); the
            # other precisions are compared with its float32 embeddings.
            if label == "fp32":
                st = json.loads(run([sys.executable, str(ROOT / "bench/st_embed.py"), "--model", str(mdir),
                                     "--input", str(txt), "--output", str(st_out), "--threads",
                                     str(args.threads), "--batch-size", str(args.batch_size)]).stdout.splitlines()[-1])
                st_rates.append(len(texts) / st["seconds"])
                ratios.append(el_rates[-1] / st_rates[-1])
            e_el, e_st = np.load(out), np.load(st_out)
            cos = (e_el * e_st).sum(1) / (np.linalg.norm(e_el, axis=1) * np.linalg.norm(e_st, axis=1))
            cos_min.append(float(cos.min()))
            el_sp.append(spearman_x100(e_el, len(a), gold))
        results[label] = dict(el=statistics.median(el_rates), st=statistics.median(st_rates) if st_rates else None,
                              ratio=statistics.median(ratios) if ratios else None, cos=min(cos_min),
                              sp=statistics.median(el_sp), el_all=el_rates, st_all=st_rates)
    st_sp = spearman_x100(np.load(st_out), len(a), gold)
    say(f"threads {args.threads}, batch size {args.batch_size}, {args.rounds} rounds; 1-min load at each round: "
        f"{', '.join(loads)}")
    say()
    say("| mode | EncoderLens sentences/s | sentence-transformers sentences/s | ratio (median of pairs) | "
        f"% of matmul peak | min cosine vs ST fp32 | STS-B Spearman x100 (ST: {st_sp:.4f}) |")
    say("| --- | --- | --- | --- | --- | --- | --- |")
    for label, _ in variants:
        r = results[label]
        gflops = total_flops / (len(texts) / r["el"]) / 1e9
        st = f"{r['st']:.1f}" if r["st"] else "-"
        ratio = f"{r['ratio']:.2f}x" if r["ratio"] else f"{r['el'] / results['fp32']['el']:.2f}x of fp32"
        frac = f"{100 * gflops / peak:.0f}% ({gflops:.0f} GFLOP/s)" if peak else f"{gflops:.0f} GFLOP/s"
        say(f"| {label} | {r['el']:.1f} | {st} | {ratio} | {frac} | {r['cos']:.6f} | {r['sp']:.4f} |")
    say()
    say("per-round sentences/s: " + "; ".join(
        f"{label} " + ", ".join(f"{x:.0f}" for x in results[label]["el_all"]) for label, _ in variants) +
        "; sentence-transformers " + ", ".join(f"{x:.0f}" for x in results["fp32"]["st_all"]))
    say()


def cold_start(args, name, mdir, cli, txt, texts, tmp, say):
    one = tmp / "one.txt"
    one.write_text("A man is playing a guitar.\n")
    walls, rss, cpus, bare = [], [], [], []
    for _ in range(5):
        run_rusage([str(cli), "--version"], bare)
        w, m_rss, _, _ = run_rusage([str(cli), "embed", "--model", str(mdir), "--input", str(one), "--output",
                                     str(tmp / "one.npy"), "--threads", str(args.threads)], cpus)
        walls.append(w)
        rss.append(m_rss)
    _, big_rss, _, _ = run_rusage([str(cli), "embed", "--model", str(mdir), "--input", str(txt), "--output",
                                   str(tmp / "all.npy"), "--threads", str(args.threads)])
    say(f"### {name}: cold start and memory (load {load_average()})")
    say()
    say(f"- process start to first embedding written (one sentence, median of 5): {1000 * statistics.median(walls):.0f} ms "
        f"(all: {', '.join(f'{1000 * w:.0f}' for w in walls)}); CPU time (user + system) median "
        f"{1000 * statistics.median(cpus):.0f} ms, of which `encoderlens-cli --version` alone (loading LibTorch and "
        f"its ~290 shared libraries) {1000 * statistics.median(bare):.0f} ms")
    say(f"- peak RSS: {statistics.median(rss):.0f} MiB for one sentence, {big_rss:.0f} MiB for all {len(texts)}")
    say()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=str(ROOT / "build/release"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--output", default=str(ROOT / "bench/RESULTS.md"))
    ap.add_argument("--latency-repeats", type=int, default=40)
    ap.add_argument("--pairs", type=int, default=0,
                    help="use only the first N STS-B test pairs (2N texts) for quick iteration; 0 = all 1,379")
    ap.add_argument("--models", default="all-MiniLM-L6-v2,all-mpnet-base-v2", help="comma-separated subset of MODELS")
    ap.add_argument("--skip", default="", help="comma-separated sections to skip: matmul,throughput,latency,cold")
    ap.add_argument("--precisions", default="int8", help="extra --precision variants to measure, when offered")
    ap.add_argument("--omp-wait-policy", default="passive",
                    help="OMP_WAIT_POLICY for both sides (passive: spinning OpenMP threads collapse on a shared, "
                         "oversubscribed machine; use active on an idle one)")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    os.environ["OMP_WAIT_POLICY"] = args.omp_wait_policy
    bindir = Path(args.build) / "bin"
    cli = bindir / "encoderlens-cli"
    tmp = Path(tempfile.mkdtemp(prefix="elbench-"))
    report = []
    say = lambda s="": (print(s, flush=True), report.append(s))  # noqa: E731

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    import sentence_transformers
    import torch
    say("# EncoderLens benchmark results")
    say()
    say(f"- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
    say(f"- machine: {cpu}, {os.cpu_count()} cores, {platform.platform()}")
    say(f"- EncoderLens: {run([str(cli), '--version']).stdout.strip()} (LibTorch 1.13.1 from Debian, build {args.build})")
    say(f"- baseline: sentence-transformers {sentence_transformers.__version__}, torch {torch.__version__} (Debian), "
        f"threads {args.threads}, batch size {args.batch_size}, OMP_WAIT_POLICY={args.omp_wait_policy} for both")
    say(f"- load when starting (uptime): {load_average()}")
    say(f"- reproduce: `bash tools/reference/setup_env.sh --with-mpnet && tools/.venv/bin/python bench/run_bench.py`")
    say()

    # 1. matmul peak
    peak = None
    if "matmul" not in skip:
        peaks = {j["threads"]: j["gflops_median"] for j in json_lines(run([str(bindir / "bench_matmul")]).stdout)}
        say(f"## Float32 matrix-product peak (1024x1024, LibTorch's BLAS; load {load_average()})")
        say()
        say("| threads | GFLOP/s (median) |")
        say("| --- | --- |")
        for t, g in sorted(peaks.items()):
            say(f"| {t} | {g:.1f} |")
        say()
        peak = peaks.get(args.threads, max(peaks.values()))
        if (bindir / "bench_membw").exists():
            bw = json_lines(run([str(bindir / "bench_membw")]).stdout)
            say(f"## Memory read rate (256 MiB streamed with AVX loads; load {load_average()})")
            say()
            say("A short input's forward pass streams every encoder weight from memory (MiniLM: 42.5 MB of "
                "float32, more than the L3): its floor is that size over this rate.")
            say()
            say("| threads | GB/s (median) |")
            say("| --- | --- |")
            for j in bw:
                say(f"| {j['threads']} | {j['read_gbs_median']:.1f} |")
            say()

    a, b, gold = stsb(args.pairs)
    texts = a + b
    txt = tmp / "stsb.txt"
    txt.write_text("\n".join(texts) + "\n", encoding="utf-8")

    has_precision = "--precision" in run([str(cli), "embed", "--help"]).stdout
    for name, m in MODELS.items():
        if name not in args.models.split(","):
            continue
        mdir = m["dir"]
        if not (mdir / "config.json").exists():
            say(f"## {name}: not available at {mdir} (skipped)")
            say()
            continue
        if "throughput" not in skip:
            throughput(args, name, mdir, cli, txt, texts, a, gold, peak, has_precision, tmp, say)
        if "latency" not in skip:
            lat = json_lines(run([str(bindir / "bench_latency"), "--model", str(mdir), "--threads",
                                  str(args.threads), "--repeats", str(args.latency_repeats)]).stdout)
            say(f"### {name}: single-input latency (inspect, {args.threads} threads, load {load_average()})")
            say()
            say("| tokens | attentions | p50 ms | p95 ms |")
            say("| --- | --- | --- | --- |")
            for j in lat:
                say(f"| {j['tokens']} | {'yes' if j['attentions'] else 'no'} | {j['p50_ms']:.2f} | {j['p95_ms']:.2f} |")
            say()
        if "cold" not in skip:
            cold_start(args, name, mdir, cli, txt, texts, tmp, say)

    Path(args.output).write_text("\n".join(report) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
