#!/usr/bin/env python3
"""Writes docs/benchmarks.md from the results of scripts/bench (Google Benchmark JSON files,
layout.json of scripts/bench-layout, the load averages at start and end)."""
import datetime
import json
import os
import pathlib
import platform
import re
import sqlite3
import sys

results, out, seconds = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
DATE = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")


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


def text(name):
    p = results / name
    return p.read_text().strip() if p.exists() else "unknown"


def runs(data, prefix):
    """Benchmarks whose name starts with prefix, by the rest of the name without Google
    Benchmark's settings (/iterations:3, /min_time:..., /real_time, /manual_time)."""
    def key(name):
        return re.sub(r"/(iterations|min_time|real_time|manual_time)[^/]*", "", name[len(prefix):])
    return {key(b["name"]): b for b in (data or {}).get("benchmarks", [])
            if b["name"].startswith(prefix) and b.get("run_type", "iteration") == "iteration"}


def fmt(v, unit="ms"):
    return "—" if v is None else f"{v:.1f} {unit}" if v >= 10 else f"{v:.2f} {unit}"


def growth(a, b):
    return "—" if not a or not b else f"×{b / a:.1f}"


def status(value, target, higher_is_better=False):
    if value is None:
        return "not measured yet"
    ok = value >= target if higher_is_better else value <= target
    return "met" if ok else "**missed**"


def g(run, key):
    return run.get(key) if run else None


def ms(run, key):
    """A Google Benchmark time in ms whatever the run's unit."""
    if not run:
        return None
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[run.get("time_unit", "ns")]
    return run[key] * scale


search = load("search")
gui = load("gui")
pipeline = load("pipeline")
ingest = load("ingest")
layout = load("layout")
ocr = load("ocr")
learning = load("learning")
pg = load("pg")
synth = runs(search, "BM_Synth/")
queries = runs(search, "BM_Search/")
extracts = runs(pipeline, "BM_Extract/")
extracts_real = runs(pipeline, "BM_ExtractReal/")
stores = runs(pipeline, "BM_Store/")
readers = runs(ingest, "readLongPdf/")
bench_dir = pathlib.Path(os.environ.get("EVALREVIEW_BENCH_DIR", results.parent / "bench-libraries"))

s4, s5 = synth.get("10000"), synth.get("100000")
q4, q5, q6 = queries.get("10000"), queries.get("100000"), queries.get("1000000")
synth5 = g(s5, "real_time")

# Extraction: the five documents with gold files are the PDFs; the DOCX is the same response.
pdfs = {k: v for k, v in extracts.items() if k.endswith(".pdf")}
extract_total = sum(ms(v, "real_time") for v in pdfs.values()) / 1e3 if pdfs else None
extract_cpu = sum(v.get("process_cpu_ms", 0) for v in pdfs.values()) / 1e3 if pdfs else None


def ratio(tool):
    return layout["pdftotext"]["wall_s"] / layout[tool]["wall_s"] if layout else None


def pages_per_s(tool):
    return layout["pages"] / layout[tool]["wall_s"] if layout else None


def cpu_pages_per_s(tool):
    return layout["pages"] / layout[tool]["cpu_s"] if layout and layout[tool]["cpu_s"] else None


# Pages per second of SQLiteLibraryStore::importDocument into the 1e4 library (bench_pipeline),
# over the corpus documents, for the comparison with the team library.
_store_pages = [(v.get("pages", 0), ms(stores.get(f"{k}/1e4"), "real_time")) for k, v in extracts.items()
                if stores.get(f"{k}/1e4")]
sqlite_pages_per_s = (sum(p for p, _ in _store_pages) / (sum(t for _, t in _store_pages) / 1e3)
                      if _store_pages and sum(t for _, t in _store_pages) else None)

machine = f"{os.cpu_count()} CPUs, {cpu_model()}"
CMD_SEARCH = "`scripts/bench` (search_bench)"
lines = [
    "# Benchmarks",
    "",
    "Written by `scripts/bench` in one run (Google Benchmark, `EVALREVIEW_BENCH=ON`, Release build in",
    "build-bench/ or $EVALREVIEW_BENCH_BUILD, plus `scripts/bench-layout`). Do not edit the figures by",
    "hand; run the script again.",
    "",
    f"- Date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
    f"- Machine: {machine}, {ram_gb():.0f} GiB RAM, {platform.system()} {platform.release()}",
    f"- Load average (1, 5, 15 min) at start {text('load-start.txt')}, at end {text('load-end.txt')}",
    f"- Command: `scripts/bench` (ran {seconds} s)",
    "",
    "The machine is shared: other people compile on its two cores while the benchmarks run, so",
    "wall-clock figures include waiting for a core. The CPU figures are the CPU time of the measuring",
    "thread (search, synth, extraction) or of the process (`/usr/bin/time`, ingestion): the cost of",
    "the code itself, without the other processes' load. Both are given wherever they differ.",
    "",
    "## Targets",
    "",
    "| Target | Goal | Measured (wall) | Measured (CPU) | Status | Machine, date | Command |",
    "|---|---|---|---|---|---|---|",
]
where = f"{os.cpu_count()} CPUs, {DATE}"


def row(name, goal, wall, cpu, st, cmd):
    lines.append(f"| {name} | {goal} | {wall} | {cpu} | {st} | {where} | {cmd} |")


row("Synthetic library, 1e5 recommendations", "< 60 s", fmt(synth5, "s"), fmt(g(s5, "cpu_time"), "s"),
    status(synth5, 60), CMD_SEARCH)
row("Search p95 at 1e5 (200-query mix)", "<= 10 ms", fmt(g(q5, "p95_ms")), fmt(g(q5, "cpu_p95_ms")),
    status(g(q5, "p95_ms"), 10), CMD_SEARCH)
row("Search max at 1e5", "<= 50 ms", fmt(g(q5, "max_ms")), fmt(g(q5, "cpu_max_ms")),
    status(g(q5, "max_ms"), 50), CMD_SEARCH)
pg_search5 = runs(pg, "BM_PgSearch/").get("100000")
row("Team library (PostgreSQL) search p95 at 1e5 (200-query mix)", "<= 150 ms", fmt(g(pg_search5, "p95_ms")), "—",
    status(g(pg_search5, "p95_ms"), 150), "`scripts/bench pg` (bench_pg)")
recurring = runs(learning, "BM_RecurringCompute/").get("100000")
opened = runs(learning, "BM_RecurringOpenGroup/").get("100000")
CMD_LEARNING = "`scripts/bench` (bench_learning)"
row("Recurring recommendation groups computed at 1e5", "<= 30 s", fmt(g(recurring, "real_time"), "s"),
    fmt(g(recurring, "cpu_s"), "s"), status(g(recurring, "real_time"), 30), CMD_LEARNING)
row("A recurring group opened at 1e5 (largest group), slowest", "<= 50 ms", fmt(g(opened, "max_ms")), "—",
    status(g(opened, "max_ms"), 50), CMD_LEARNING)
facets = runs(gui, "BM_Facet/")
texts = runs(gui, "BM_TextFilter/")
selects = runs(gui, "BM_SelectDetail/")
corrections = runs(gui, "BM_Correction/")
renders = runs(gui, "BM_PageRender/")
starts = runs(gui, "BM_Start/")
stalls = runs(gui, "BM_ImportStall/")
reloads = runs(gui, "BM_ViewsReloadStall/")
edits = runs(gui, "BM_EditDuringImport/")
CMD_GUI = "`scripts/bench` (bench_gui)"


def worst(group, size, key="p50_ms"):
    """The run of `group` at `size` with the highest `key`, and its name."""
    found = [(r[key], name.split("/")[0], r) for name, r in group.items() if name.endswith(f"/{size}") and key in r]
    return max(found, key=lambda x: x[0]) if found else (None, None, None)


fw, fname, frun = worst(facets, 100000)
cw, cname, crun = worst(facets, 100000, "clear_p50_ms")
tw, tname, trun = worst(texts, 100000)
row(f"Facet change at 1e5: a value chosen, slowest facet ({fname or '—'}), median", "<= 20 ms", fmt(fw),
    fmt(g(frun, "cpu_p50_ms")), status(fw, 20), CMD_GUI)
row(f"Facet change at 1e5: the facet cleared, slowest ({cname or '—'}), median", "<= 20 ms", fmt(cw),
    fmt(g(crun, "clear_cpu_p50_ms")), status(cw, 20), CMD_GUI)
row(f"Text-filter keystroke at 1e5, slowest word ({tname or '—'}), median", "<= 30 ms", fmt(tw),
    fmt(g(trun, "cpu_p50_ms")), status(tw, 30), CMD_GUI)
sel5 = selects.get("100000")
row("Selection to filled detail view at 1e5, median", "<= 30 ms", fmt(g(sel5, "p50_ms")), fmt(g(sel5, "cpu_p50_ms")),
    status(g(sel5, "p50_ms"), 30), CMD_GUI)
cor5 = corrections.get("100000")
row("A reviewer's correction at 1e5: the GUI thread back to its event loop, median", "<= 16 ms",
    fmt(g(cor5, "p50_ms")), fmt(g(cor5, "cpu_p50_ms")), status(g(cor5, "p50_ms"), 16), CMD_GUI)
row("A reviewer's correction at 1e5: stored by the library's writer and shown in the detail, slowest", "<= 1 s",
    fmt(g(cor5, "shown_max_ms")), "—", status(g(cor5, "shown_max_ms"), 1000), CMD_GUI)
ren5 = renders.get("100000")
row("Page render with highlight at 1e5, median", "<= 100 ms", fmt(g(ren5, "p50_ms")), fmt(g(ren5, "cpu_p50_ms")),
    status(g(ren5, "p50_ms"), 100), CMD_GUI)
st5 = stalls.get("100000")
row("Longest GUI-thread stall during an import of the whole corpus at 1e5 (worst of 3)", "<= 100 ms",
    fmt(g(st5, "longest_stall_ms")), "—", status(g(st5, "longest_stall_ms"), 100), CMD_GUI)
ed5 = edits.get("100000")
row("A follow-up edit during an import of the corpus at 1e5: the GUI thread back to its event loop, slowest",
    "<= 16 ms", fmt(g(ed5, "return_max_ms")), "—", status(g(ed5, "return_max_ms"), 16), CMD_GUI)
row("A follow-up edit during an import of the corpus at 1e5: stored by the library's writer, slowest", "<= 1 s",
    fmt(g(ed5, "stored_max_ms")), "—", status(g(ed5, "stored_max_ms"), 1000), CMD_GUI)
row("`evalreview-cli followup` run during that import at 1e5", "<= 1 s", fmt(g(ed5, "cli_followup_max_ms")), "—",
    status(g(ed5, "cli_followup_max_ms"), 1000), CMD_GUI)
rl5 = reloads.get("100000")
row("Longest GUI-thread stall while the dashboard and the disagreement view reload at 1e5 (worst of 5)",
    "<= 50 ms", fmt(g(rl5, "longest_stall_ms")), "—", status(g(rl5, "longest_stall_ms"), 50), CMD_GUI)
if layout:
    row("Import pages/s vs pdftotext, 1 thread", ">= 0.5 × pdftotext",
        f"{pages_per_s('layout1'):.1f} pages/s (×{ratio('layout1'):.2f})",
        f"{cpu_pages_per_s('layout1'):.1f} pages/CPU-s (pdftotext {cpu_pages_per_s('pdftotext'):.1f})",
        status(ratio('layout1'), 0.5, True), "`scripts/bench` (scripts/bench-layout)")
    row("Import pages/s vs pdftotext, 2 threads", ">= pdftotext",
        f"{pages_per_s('layout2'):.1f} pages/s (×{ratio('layout2'):.2f})",
        f"{cpu_pages_per_s('layout2'):.1f} pages/CPU-s", status(ratio('layout2'), 1.0, True),
        "`scripts/bench` (scripts/bench-layout)")
else:
    row("Import pages/s vs pdftotext", ">= pdftotext", "not measured yet", "—", "not measured yet", "—")
if ocr:
    ocr_ratio = ocr["tesseract1"]["wall_s"] / ocr["reader"]["wall_s"]
    row("Text recognition pages/s on 2 threads vs one tesseract process", ">= 1.5 × tesseract",
        f"{ocr['pages'] / ocr['reader']['wall_s']:.2f} pages/s (×{ocr_ratio:.2f})",
        f"{ocr['reader']['cpu_s']:.1f} CPU-s (tesseract {ocr['tesseract1']['cpu_s']:.1f})",
        status(ocr_ratio, 1.5, True), "`scripts/bench` (scripts/bench-ocr)")
    row("Reader process peak memory while recognising a scan", "within its 2 GiB limit",
        fmt(ocr["reader"]["peak_kb"] / 1024, "MB"), "—", status(ocr["reader"]["peak_kb"] / 1024, 2048),
        "`scripts/bench` (scripts/bench-ocr)")
else:
    row("Text recognition pages/s vs tesseract", ">= 1.5 × tesseract", "not measured yet", "—", "not measured yet",
        "—")
row("Extraction, the five corpus documents", "< 2 s in total", fmt(extract_total, "s"), fmt(extract_cpu, "s"),
    status(extract_total, 2), "`scripts/bench` (bench_pipeline)")
st5 = starts.get("100000")
row("GUI start to first window, 1e5, median", "<= 300 ms", fmt(g(st5, "first_window_ms")), "—",
    status(g(st5, "first_window_ms"), 300), CMD_GUI)
row("GUI memory with 1e5 (peak RSS, every row listed)", "<= 400 MB", fmt(g(st5, "peak_rss_MB"), "MB"), "—",
    status(g(st5, "peak_rss_MB"), 400), CMD_GUI)

lines += [
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


def size_breakdown(path):
    """MB per part of a library file, from the dbstat table (None when it is missing)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.Error:
        return None
    parts = {"Page text (pages)": ["pages"], "Search index: stored copy of the text": ["search_index_content"],
             "Search index: words and prefixes": ["search_index_data", "search_index_idx", "search_index_docsize"],
             "Text filter index (recommendation_words)": ["recommendation_words_data", "recommendation_words_idx"],
             "Documents (extraction JSON)": ["documents"]}
    sizes = {k: sum(b for n, b in rows if n in v) / 1e6 for k, v in parts.items()}
    sizes["Records, actions, anchors, follow-ups and their indexes"] = sum(b for _, b in rows) / 1e6 - sum(sizes.values())
    return sizes


lib5 = bench_dir / "synth-100000-seed1.db"
sizes = size_breakdown(lib5) if lib5.exists() else None
if sizes:
    total = sum(sizes.values())
    lines += ["", "What the 1e5 file holds (SQLite's dbstat, pages in use):", "", "| Part | MB | Share |", "|---|---|---|"]
    for k, v in sizes.items():
        lines.append(f"| {k} | {v:.0f} | {100 * v / total:.0f} % |")

lines += [
    "",
    "## Full-text search (200-query mix, bench/search-queries.txt, 20 hits with snippets)",
    "",
    "Each of 3 passes runs all 200 queries after one warm-up pass; 600 samples per size. Prefixes",
    "longer than the index's prefix entries (3 letters) are searched as an OR of their 32 most frequent",
    "completions (from an fts5vocab table); snippets are cut from the stored text of the hits shown.",
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
    "## Team library on PostgreSQL (`bench_pg`)",
    "",
]
pg_copy, pg_search, pg_import = runs(pg, "BM_PgCopy/"), runs(pg, "BM_PgSearch/"), runs(pg, "BM_PgImport/")
pg_facet = runs(pg, "BM_PgFacet/")
if pg:
    lines += [
        f"Run at {text('pg-date.txt')} (`scripts/bench pg` runs this part alone); load average: at start "
        f"{text('load-pg-start.txt')}, at end {text('load-pg-end.txt')}.",
        "",
        "A throwaway cluster (initdb and pg_ctl of the installed PostgreSQL, in a temporary folder, with",
        "fsync off and 32 MB of shared buffers, as the PostgreSQL tests start it) on the same machine,",
        "reached over TCP on 127.0.0.1. Each synthetic library file (the one of search_bench) is copied",
        "into an empty team library (`library_copy::toServer`, what `evalreview-cli server copy --from`",
        "runs: one transaction, multi-row INSERTs, the full-text column and indexes kept by the server",
        "as the rows arrive), then ANALYZE. Search: the 200-query mix once after one warm-up pass (200",
        "samples per size; wall time in this process, so the server's work and the round trip).",
        "Import: every extracted corpus document imported 3 times under new checksums",
        "(`PgLibraryStore::importDocument`, one transaction each), without reading the files.",
        "",
        "| Measure | 1e4 | 1e5 |",
        "|---|---|---|",
    ]
    c4, c5 = pg_copy.get("10000"), pg_copy.get("100000")
    p4, p5 = pg_search.get("10000"), pg_search.get("100000")
    i4, i5 = pg_import.get("10000"), pg_import.get("100000")
    f4, f5 = pg_facet.get("10000"), pg_facet.get("100000")

    def cell(run, key, unit="ms"):
        return fmt(g(run, key), unit) if run else "not measured"

    lines += [
        f"| Copy of the library file to the server | {fmt(ms(c4, 'real_time') / 1e3, 's') if c4 else 'not measured'} | "
        f"{fmt(ms(c5, 'real_time') / 1e3, 's') if c5 else 'not measured'} |",
        f"| Team library database size | {cell(c4, 'database_MB', 'MB')} | {cell(c5, 'database_MB', 'MB')} |",
        f"| Search p50 | {cell(p4, 'p50_ms')} | {cell(p5, 'p50_ms')} |",
        f"| Search p95 | {cell(p4, 'p95_ms')} | {cell(p5, 'p95_ms')} |",
        f"| Search max | {cell(p4, 'max_ms')} | {cell(p5, 'max_ms')} |",
        f"| Import of the corpus documents, pages/s | {cell(i4, 'pages_per_s', 'pages/s')} | "
        f"{cell(i5, 'pages_per_s', 'pages/s')} |",
        f"| Facet change: a value chosen, list count and first 200 rows, slowest facet, median | {cell(f4, 'p50_ms')} | "
        f"{cell(f5, 'p50_ms')} |",
        f"| Facet change: the facet cleared, median | {cell(f4, 'clear_p50_ms')} | {cell(f5, 'clear_p50_ms')} |",
        f"| Facet counts of all six facets under the new filter (worker thread), median | "
        f"{cell(f4, 'counts_p50_ms')} | {cell(f5, 'counts_p50_ms')} |",
        "",
        "Beside the library file (SQLite, same machine, figures above and under \"Storing a document\"",
        "and \"GUI\"):",
        "",
        "| Measure at 1e5 | PostgreSQL (team library) | SQLite (library file) |",
        "|---|---|---|",
        f"| Search p95 | {cell(p5, 'p95_ms')} | {cell(q5, 'p95_ms')} |",
        f"| Search p50 | {cell(p5, 'p50_ms')} | {cell(q5, 'p50_ms')} |",
        f"| Facet change (value chosen, slowest facet) | {cell(f5, 'p50_ms')} (list reads on the server) | "
        f"{fmt(fw) if fw is not None else 'not measured'} (the window, bench_gui) |",
        f"| Import, pages/s (corpus documents) | {cell(i5, 'pages_per_s', 'pages/s')} | "
        f"{fmt(sqlite_pages_per_s, 'pages/s') + ' (into the 1e4 library)' if sqlite_pages_per_s else 'not measured'} |",
    ]
    lines += [
        "",
        "Reading of the figures:",
        "- Import includes what follows each document's transaction, as on a file: links to other",
        "  documents and theme tags suggested. The transaction itself takes 10 to 90 ms per document",
        "  at 1e5; the suggestions take most of the rest. They cost the same on a library file (an",
        "  evaluation summary into the 1e5 file: 1.73 s before, 0.51 s since): reading every",
        "  candidate of the other documents (190,000 planned actions for a progress report) and",
        "  counting their words. Since this session the smaller side is indexed and the larger read",
        "  once, its words counted by hash without allocating (2 to 3 times faster; management",
        "  response 0.68 -> 0.26 s, progress report 1.36 -> 0.70 s). What remains is mostly reading",
        "  the candidates' text.",
        "- A facet change reads the list's count and first page over the network; the facet counts",
        "  (all six, on the window's worker thread) are the slower part at 1e5.",
        "- Search ranks, in each of the seven tables, only the first matches its GIN index gives (a",
        "  window of 1,000 rows, 250 pages) with `ts_rank_cd`, and reads the text and document of the 20",
        "  hits shown only; a table with more matches has its count estimated from the share of its",
        "  blocks the window took (\"about N hits\"). So a common word costs about what a rare one does.",
        "  What the slowest queries below still pay is the GIN index building its bitmap of every match",
        "  (a short prefix merges the lists of all the words it begins) and phrases, whose word",
        "  positions are read from each candidate row until the window is full. Since schema 9 a word is",
        "  looked up as typed and as its English, French and Spanish stems (four GIN lookups, a prefix",
        "  one), and a text in one of those languages is indexed by its words and its stems: search p95",
        "  at 1e5 went from 68.6 ms to 108 ms and the database from 1.73 GB to 2.03 GB for it.",
        "- The copy is one transaction of multi-row INSERTs; most of its time is the server's (the",
        "  generated tsvector columns with their language test and stems, their GIN indexes and the",
        "  audit log's row for every row copied)",
        "  and reading the library file. It is the first part of `bench_pg` and the longest with search",
        "  at 1e5.",
        "- Import: the pages and anchors of a document go in multi-row INSERTs; recommendations, actions,",
        "  donor comments and records are one statement each because their ids are needed by the rows",
        "  that follow.",
    ]
    for n, run in (("1e4", p4), ("1e5", p5)):
        if run and run.get("label"):
            lines.append("")
            lines.append(f"Slowest queries at {n}: {run['label'].replace('slowest: ', '')}.")
else:
    lines += ["Not measured in this run: bench_pg needs the PostgreSQL support (libpq) and the server programs",
              "(`apt install postgresql`, or EVALREVIEW_PG_BINDIR); `scripts/bench pg` runs it alone."]

lines += [
    "",
    "## Ingestion",
    "",
    "What is measured: reading a PDF into positioned words with Poppler and running the layout",
    "analysis (lines, blocks, reading order, running headers and footers), against `pdftotext` on the",
    "same file in the same run. The file is the 44-page final report",
    "(`tests/data/corpus/mdgf-2065-final-narrative-report.pdf`) joined ten times with `pdfunite`,",
    "made afresh in a temporary folder by each benchmark. Poppler 22.12 (Debian 12).",
    "`evalreview-cli layout` reads the document in the isolated reader (`evalreview-parse`, started",
    "for each call, as for an import), so its figures include starting that process and passing the",
    "layout back as JSON; the peak memory is the larger of the two processes.",
    "",
]
if layout:
    lines += [
        f"`scripts/bench-layout` (`evalreview-cli layout` against `pdftotext`, best of {layout['runs']} interleaved",
        f"runs, {layout['pages']} pages, load {layout['load']} at its end):",
        "",
        "| Tool | Wall s | Pages/s | Ratio to pdftotext | CPU s (user+sys) | Peak RSS MB |",
        "|---|---|---|---|---|---|",
    ]
    for key, name in (("pdftotext", "pdftotext"), ("layout1", "evalreview-cli layout, 1 thread"),
                      ("layout2", "evalreview-cli layout, 2 threads")):
        t = layout[key]
        lines.append(f"| {name} | {t['wall_s']:.2f} | {layout['pages'] / t['wall_s']:.1f} | "
                     f"{layout['pdftotext']['wall_s'] / t['wall_s']:.2f} | {t['cpu_s']:.2f} | {t['peak_kb'] / 1024:.1f} |")
else:
    lines.append("`scripts/bench-layout`: not measured in this run.")
if readers:
    lines += ["", "`bench_ingest` (readDocument() only, no output): " + ", ".join(
        f"{k} thread{'s' if k != '1' else ''} {v['pages_per_s']:.1f} pages/s" for k, v in sorted(readers.items())) + "."]
if layout:
    cpu_ratio = layout["layout1"]["cpu_s"] / layout["pdftotext"]["cpu_s"]
    lines += [
        "",
        "Reading of the figures:",
        f"- By CPU time the reader needs {cpu_ratio:.1f} times what pdftotext needs for the same pages; most of",
        "  it is Poppler and the allocator (the same text extraction pdftotext does, plus Qt strings per",
        "  word), the layout analysis a small part. The wall-clock ratio moves with the machine's load.",
        "- Two threads: pages are spread over the threads one at a time, each thread with its own Poppler",
        "  document. When the other processes keep both cores busy the second thread adds little; on an",
        "  idle two-core machine the expected ratio is about 2 × (pdftotext CPU / reader CPU).",
        "- Peak memory stays far under the 300 MB target.",
    ]

lines += [
    "",
    "## Text recognition (scanned pages)",
    "",
    "What is measured: `scripts/bench-ocr` makes a scan of the seed management response (13 pages,",
    "`pdftoppm -r 200 -gray`, rebuilt image-only with `img2pdf`) and reads it with the reader process",
    "imports use (`evalreview-parse`: render at 300 dpi, straighten, recognise with Tesseract 5.3's",
    "English model, find ruling lines, lay out and extract), two pages at a time on two threads. The",
    "comparison is the tesseract command line on the same pages already rendered at 300 dpi, one",
    "page after the other: with its OpenMP threads limited to one (one process, one core) and left",
    "at their default.",
    "",
]
if ocr:
    lines += [
        f"Best of {ocr['runs']} runs, load {ocr['load']} at the end:",
        "",
        "| Tool | Wall s | Pages/s | Ratio to one tesseract | CPU s (user+sys) | Peak RSS MB |",
        "|---|---|---|---|---|---|",
    ]
    for key, name in (("reader", "EvalReview reader, 2 threads"), ("tesseract1", "tesseract CLI, one thread"),
                      ("tesseract_default", "tesseract CLI, default (OpenMP) threads")):
        t = ocr[key]
        peak = f"{t['peak_kb'] / 1024:.1f}" if "peak_kb" in t else "—"
        lines.append(f"| {name} | {t['wall_s']:.2f} | {ocr['pages'] / t['wall_s']:.2f} | "
                     f"{ocr['tesseract1']['wall_s'] / t['wall_s']:.2f} | {t['cpu_s']:.2f} | {peak} |")
    lines += [
        "",
        "Reading of the figures: a page is one task, so two threads keep both cores on recognition; the",
        "reader runs Tesseract with one OpenMP thread per engine (`OMP_THREAD_LIMIT=1` in its",
        "environment). Tesseract's own OpenMP threads gain nothing on two cores and lose much when",
        "another process wants the cores too (the default row).",
    ]
else:
    lines.append("`scripts/bench-ocr`: not measured in this run.")

lines += [
    "",
    "## Extraction",
    "",
    "Read, classify and extract each corpus document in the benchmark's process (`parseInProcess`, what",
    "`evalreview-cli extract` and the importer run), mean of 3 runs. The five documents with gold",
    "files are the PDFs; the DOCX is the management response again, in Word format.",
    "",
    "| Document | Pages | Wall | CPU (process, all threads) |",
    "|---|---|---|---|",
]
for name, run in sorted(extracts.items()):
    lines.append(f"| {name} | {run['pages']:.0f} | {fmt(ms(run, 'real_time'))} | {fmt(run.get('process_cpu_ms'))} |")
if extracts:
    lines.append(f"| **Total, the five PDFs** | {sum(v['pages'] for v in pdfs.values()):.0f} | "
                 f"{fmt(extract_total, 's')} | {fmt(extract_cpu, 's')} |")
    lines += ["", "Reading runs on one thread per core; the CPU column adds up all threads of the process."]
else:
    lines.append("| not measured in this run | | | |")

lines += [
    "",
    "Real documents of other organisations (`tests/data/real`, the management responses with expected",
    "records in `tests/golden/real`), the same way:",
    "",
    "| Document | Pages | Wall | CPU (process, all threads) |",
    "|---|---|---|---|",
]
for name, run in sorted(extracts_real.items()):
    lines.append(f"| {name} | {run['pages']:.0f} | {fmt(ms(run, 'real_time'))} | {fmt(run.get('process_cpu_ms'))} |")
if not extracts_real:
    lines.append("| not measured in this run | | | |")

lines += [
    "",
    "## Storing a document (import without reading)",
    "",
    "`SqliteLibraryStore::importDocument` for each extracted corpus document, one transaction with the",
    "search index kept by the per-row triggers, 5 imports per document into an empty library and into",
    "a copy of the 1e4 synthetic library; mean per import. \"Segments added\" is the change in the",
    "number of FTS5 index segments over the 5 imports (FTS5 writes a segment per row inserted through",
    "a trigger and merges them as it goes).",
    "",
    "Reading of the figures: the index stays at a few segments (FTS5's automerge keeps up), but a",
    "row written through a trigger costs about three times a set-based insert (300 page rows into",
    "the 1e4 library: 329 ms against 105 ms CPU, measured on 2026-11-24). Into the 1e4 library most",
    "of the time is the suggestion of cross-document links (LinkStore::suggest, about 60 % in a",
    "profile of the management response), which compares the new records with every",
    "recommendation already stored and so grows with the library.",
    "",
    "| Document | Empty library | 1e4 library | Segments added (empty / 1e4) |",
    "|---|---|---|---|",
]
for name in sorted(extracts):
    e, s = stores.get(f"{name}/empty"), stores.get(f"{name}/1e4")
    if e or s:
        lines.append(f"| {name} | {fmt(ms(e, 'real_time'))} | {fmt(ms(s, 'real_time'))} | "
                     f"{g(e, 'segments_added') or 0:.0f} / {g(s, 'segments_added') or 0:.0f} |")

lines += [
    "",
    "## GUI (`bench_gui`)",
    "",
    "The real main window (offscreen) over a copy of the synthetic library with the corpus management",
    "response imported and its derived due dates stored. Each figure runs from the user's action (a",
    "facet chosen, a key typed, a row selected) until the reviewer sees its result: the window reads",
    "the list's rows and the selected record on the library's reader thread, so a figure is the time",
    "until those have come back and the window has shown them (model reset, layout, repaint); for the",
    "page, until the page is on screen with its highlight and its regions. The GUI thread is free",
    "meanwhile: its own CPU time (the CPU column) is what it spends, and what the window waits at",
    "most. The facet counts in the choosers follow on a worker thread and are not part of the",
    "facet figure (their time is given apart). Keystrokes are applied at once (Return), without the",
    f"{200} ms pause the filter waits for while someone types. Medians (p50) and maxima over all samples;",
    "CPU is the GUI thread's own CPU time.",
    "",
]
if gui:
    lines += [f"Run at {text('gui-date.txt')} (`scripts/bench gui` runs this part alone); load average during the GUI "
              f"benchmarks: at start {text('load-gui-start.txt')}, at end {text('load-gui-end.txt')}.", ""]


def size_rows(group, cells):
    """One table row per library size present in `group`: the size, then `cells(run)`."""
    return [f"| {n} | {cells(group[key])} |" for n, key in (("1e4", "10000"), ("1e5", "100000")) if group.get(key)]


def gui_table(title, group, names, extra=None):
    global lines
    lines += [f"### {title}", "",
              "| Case | 1e4 p50 | 1e4 max | 1e5 p50 | 1e5 max | 1e5 CPU p50 | Growth 1e4 → 1e5 (p50) |"
              + (f" {extra[0]} |" if extra else ""),
              "|---|---|---|---|---|---|---|" + ("---|" if extra else "")]
    for name in names:
        a, b = group.get(f"{name}/10000" if name else "10000"), group.get(f"{name}/100000" if name else "100000")
        if not a and not b:
            continue
        lines.append(f"| {name or 'every sample'} | {fmt(g(a, 'p50_ms'))} | {fmt(g(a, 'max_ms'))} | {fmt(g(b, 'p50_ms'))} | "
                     f"{fmt(g(b, 'max_ms'))} | {fmt(g(b, 'cpu_p50_ms'))} | {growth(g(a, 'p50_ms'), g(b, 'p50_ms'))} |"
                     + (f" {extra[1](a, b)} |" if extra else ""))
    lines.append("")


if gui:
    gui_table("Facet change: the most frequent value chosen (6 times each)", facets,
              ["document", "section", "priority", "category", "donor", "status", "overdue", "commented"],
              ("1e5 rows listed; cleared again: 1e5 p50 (CPU); facet counts arrive after (p50)",
               lambda a, b: f"{g(b, 'rows') or 0:.0f}; {fmt(g(b, 'clear_p50_ms'))} ({fmt(g(b, 'clear_cpu_p50_ms'))}); "
                            f"{fmt(g(b, 'counts_p50_ms'))}"))
    gui_table("Text filter, a word typed letter by letter and erased (each keystroke)", texts,
              ["common", "medium", "rare"],
              ("1e5 rows for the whole word; slowest keystrokes at 1e5",
               lambda a, b: f"{g(b, 'rows') or 0:.0f}; {(b or {}).get('label', '').split(':', 1)[-1].strip()}"))
    lines += ["The words are \"project\" (common), \"cooperatives\" and \"businesswomen\". The last word typed is",
              "searched as a prefix from its third letter on (\"pro\" finds every word that starts with it).", ""]
    gui_table("Selection to filled detail view", selects, [""])
    gui_table("A correction saved (Edit Record, one field): queued on the library's writer (GUI thread)", corrections,
              [""], ("stored and shown: 1e4 p50 / max; 1e5 p50 / max",
                     lambda a, b: f"{fmt(g(a, 'shown_p50_ms'))} / {fmt(g(a, 'shown_max_ms'))}; "
                                  f"{fmt(g(b, 'shown_p50_ms'))} / {fmt(g(b, 'shown_max_ms'))}"))
    gui_table("Page render with highlight (first visit of each page of the corpus response)", renders, [""],
              ("Pages rendered; with highlight", lambda a, b: f"{g(b, 'samples') or 0:.0f}; {g(b, 'highlighted') or 0:.0f}"))
    lines += [
        "### The GUI thread during an import of the whole corpus (3 imports)",
        "",
        "The five corpus PDFs are dropped on the window's library (the Word copy of the management",
        "response would ask whether to replace the PDF): read and stored on the import's worker thread,",
        "the views reloaded when it ends. A timer ticking every 2 ms on the GUI thread records the",
        "longest gap between two ticks, from the start until the window is idle again.",
        "",
        "| Library | Longest stall (worst import) | Longest stall (median import) | Import until idle | Imported |",
        "|---|---|---|---|---|",
    ]
    lines += size_rows(stalls, lambda r: f"{fmt(r['longest_stall_ms'])} | {fmt(r['stall_p50_ms'])} | "
                                         f"{fmt(r['import_s'], 's')} | {r['imported']:.0f} of {r['files']:.0f}")
    lines += [
        "",
        "### Start and memory (`evalreview --startup-report`, 3 runs after a warm-up)",
        "",
        "Start to first window is measured by the benchmark from starting the process until the window's",
        "first paint is reported (loading the program and Qt included). The process then waits for its",
        "background work (facet counts, derived due dates), lists every recommendation in the table",
        "(keyset paging) and reports its peak resident memory.",
        "",
        "| Library | First window (median) | First window (max) | In-process part | Background work done | Every row listed | Peak RSS |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += size_rows(starts, lambda r: f"{fmt(r['first_window_ms'])} | {fmt(r['first_window_max_ms'])} | "
                                         f"{fmt(r['in_process_ms'])} | {fmt(r['idle_ms'] / 1e3, 's')} after start | "
                                         f"{r['listed_rows']:.0f} rows in {fmt(r['list_all_ms'])} | "
                                         f"{r['peak_rss_MB']:.0f} MB")
    lines.append("")
    lines += [
        "Reading of the figures:",
        "- The machine is shared: when the load average (above) is well over two, the GUI thread waits",
        "  for a core about as long as it works and the wall-clock medians are up to twice the CPU",
        "  medians. The CPU column is the work itself, what an idle two-core machine shows as wall time.",
        "- Facet change: the library's reader reads the first page only. Its plan (walk the document-order",
        "  index testing each row, or collect the few matches and sort them) is chosen from an estimate:",
        "  the share of 1,024 recommendations spread over the ids that the filter keeps. The count under",
        "  the table (\"More than 200 recommendations, counting…\" until then) and the counts in the",
        "  choosers come afterwards from a worker thread with its own connection, asked for once the",
        "  table has been drawn (the \"counts\" column: until both are shown).",
        "- Text filter: each keystroke reads the typed words from recommendation_words (schema v4), a",
        "  full-text index with one row per recommendation (its text, response, actions and donor",
        "  comments) and no positions, into a set of ids; the count is the set's size and the first",
        "  page walks the document-order index testing each row against the set. \"pro\" is one list",
        "  of 99,000 ids there (330,000 entries with positions in search_index); beginnings of up to",
        "  four letters have lists of their own, and a longer one (\"proje\") is read as the words it",
        "  completes to (project, projects), each list read once. A quoted phrase needs positions and",
        "  is read from search_index.",
        "- Start: nothing reads the whole library before the first window; the disagreements view is",
        "  read when first shown, the document list comes from a covering index (schema v3), facet",
        "  counts and derived due dates follow in the background (\"Background work done\"; the due",
        "  date pass goes in chunks of 2,000 recommendations and stops at the next chunk when the",
        "  application quits). Listing every row uses keyset paging, so the last page costs what the",
        "  first does.",
        "",
    ]
else:
    lines += ["GUI: not measured in this run.", ""]
out.write_text("\n".join(lines), encoding="utf-8")
