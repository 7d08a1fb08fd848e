#!/usr/bin/env python3
"""Writes docs/benchmarks.md from the Google Benchmark JSON files of scripts/bench."""
import datetime
import json
import os
import pathlib
import platform
import sys

results, out, seconds = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])


def cpu_model():
    for line in open("/proc/cpuinfo", encoding="utf-8"):
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def ram_gb():
    for line in open("/proc/meminfo", encoding="utf-8"):
        if line.startswith("MemTotal"):
            return int(line.split()[1]) / 1024 / 1024
    return 0


def load(name):
    p = results / f"{name}.json"
    return json.loads(p.read_text()) if p.exists() else None


def runs(data, prefix):
    return {b["name"].split("/")[1]: b for b in (data or {}).get("benchmarks", []) if b["name"].startswith(prefix)}


search = load("search")
synth = runs(search, "BM_Synth/")
queries = runs(search, "BM_Search/")
ctx = (search or {}).get("context", {})


def fmt(v, unit="ms"):
    return "—" if v is None else f"{v:.1f} {unit}" if v >= 10 else f"{v:.2f} {unit}"


def growth(a, b):
    return "—" if not a or not b else f"×{b / a:.1f}"


def status(value, target):
    return "not measured yet" if value is None else ("met" if value <= target else "**missed**")


def g(run, key):
    return run.get(key) if run else None


s4, s5 = synth.get("10000"), synth.get("100000")
q4, q5, q6 = queries.get("10000"), queries.get("100000"), queries.get("1000000")
synth5 = g(s5, "real_time")
lines = [
    "# Benchmarks",
    "",
    "Written by `scripts/bench` (Google Benchmark, `EVALREVIEW_BENCH=ON`, Release build in build-bench/).",
    "Do not edit the figures by hand; run the script again.",
    "",
    f"- Date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
    f"- Machine: {os.cpu_count()} CPUs (nproc), {cpu_model()}, {ram_gb():.0f} GiB RAM, load average at start "
    f"{', '.join(f'{x:.1f}' for x in ctx.get('load_avg', [])) or 'unknown'}",
    f"- Command: `scripts/bench` (ran {seconds} s)",
    "",
    "Wall-clock figures include the load of other processes on a shared machine; the CPU columns are",
    "the CPU time of the benchmark thread (synth: the writing thread; the document generator thread is extra)",
    "or of the searching thread (search): the cost of the code itself without other processes' load.",
    "",
    "## Targets",
    "",
    "| Target | Goal | Measured (wall) | Measured (CPU) | Status |",
    "|---|---|---|---|---|",
    f"| Synthetic library, 1e5 recommendations | < 60 s | {fmt(synth5, 's')} | {fmt(g(s5, 'cpu_time'), 's')} | {status(synth5, 60)} |",
    f"| Search p95 at 1e5 (200-query mix) | <= 10 ms | {fmt(g(q5, 'p95_ms'))} | {fmt(g(q5, 'cpu_p95_ms'))} | {status(g(q5, 'p95_ms'), 10)} |",
    f"| Search max at 1e5 | <= 50 ms | {fmt(g(q5, 'max_ms'))} | {fmt(g(q5, 'cpu_max_ms'))} | {status(g(q5, 'max_ms'), 50)} |",
    "| Facet filter at 1e5 (GUI model) | <= 20 ms | not measured yet | not measured yet | not measured yet |",
    "| Text filter at 1e5 (GUI model) | — | not measured yet | not measured yet | not measured yet |",
    "| Import pages/s vs pdftotext | >= pdftotext | not measured yet | — | not measured yet |",
    "| Extraction time per document | — | not measured yet | — | not measured yet |",
    "| GUI start to first window, 1e5 | <= 300 ms | not measured yet | — | not measured yet |",
    "| GUI memory with 1e5 | <= 400 MB | not measured yet | — | not measured yet |",
    "",
    "## Synthetic libraries (`evalreview-cli synth`)",
    "",
    "| Recommendations | Wall | CPU | Documents | File | Growth 1e4 → 1e5 (wall / CPU) |",
    "|---|---|---|---|---|---|",
]
for n, run in (("1e4", s4), ("1e5", s5)):
    if run:
        gw = growth(g(s4, "real_time"), g(run, "real_time")) if run is s5 else ""
        gc = growth(g(s4, "cpu_time"), g(run, "cpu_time")) if run is s5 else ""
        lines.append(f"| {n} | {fmt(run['real_time'], 's')} | {fmt(run['cpu_time'], 's')} | {run['documents']:.0f} | "
                     f"{run['file_MB']:.0f} MB | {gw + ' / ' + gc if gw else ''} |")
lines += [
    "",
    "## Full-text search (200-query mix, bench/search-queries.txt, 20 hits with snippets)",
    "",
    "Each of 3 passes runs all 200 queries after one warm-up pass; 600 samples per size.",
    "",
    "| Recommendations | p50 | p95 | max | CPU p50 | CPU p95 | CPU max | Slowest queries |",
    "|---|---|---|---|---|---|---|---|",
]
for n, run in (("1e4", q4), ("1e5", q5), ("1e6", q6)):
    if run:
        lines.append(f"| {n} | {fmt(run['p50_ms'])} | {fmt(run['p95_ms'])} | {fmt(run['max_ms'])} | "
                     f"{fmt(run['cpu_p50_ms'])} | {fmt(run['cpu_p95_ms'])} | {fmt(run['cpu_max_ms'])} | "
                     f"{run.get('label', '').replace('slowest: ', '')} |")
if not q6:
    lines.append("| 1e6 | not measured (set EVALREVIEW_BENCH_1E6=1) | | | | | | |")
if q4 and q5:
    lines += ["", f"Growth 1e4 → 1e5: p50 {growth(q4['p50_ms'], q5['p50_ms'])}, p95 {growth(q4['p95_ms'], q5['p95_ms'])}, "
              f"max {growth(q4['max_ms'], q5['max_ms'])}; CPU p95 {growth(q4['cpu_p95_ms'], q5['cpu_p95_ms'])}."]
lines += [
    "",
    "## Ingestion",
    "",
    "Import pages/s against pdftotext in the same run: not measured yet.",
    "",
    "## Extraction",
    "",
    "Extraction time per document: not measured yet.",
    "",
    "## GUI",
    "",
    "Facet filter and text filter at 1e5, start to first window with 1e5, memory with 1e5: not measured yet.",
    "",
]
out.write_text("\n".join(lines), encoding="utf-8")
