#!/usr/bin/env python3
"""Print the table of docs/extraction.md for the real documents: per document its organisation,
language and producer, recommendations expected / found, actions expected / found with a time
frame and a responsible unit, response categories right, and invented records.

Usage: real_table.py EVALREVIEW_CLI [GOLD_DIR] [PDF_DIR]
The gold files (tests/golden/real/*.json) are written by reading each document; a gold file may
carry "_about": {"organisation", "language"} for this table (the scorer ignores keys with "_").
"""
import json
import re
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
cli = sys.argv[1]
gold_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else here / "real"
pdf_dir = Path(sys.argv[3]) if len(sys.argv) > 3 else here.parent / "data" / "real"


def norm(s):
    return re.sub(r"\W+", " ", str(s or "")).strip().lower()


def words(s):
    return set(norm(s).split())


def similar(a, b):
    wa, wb = words(a), words(b)
    return len(wa & wb) / max(1, len(wa | wb))


def producer(pdf):
    try:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    fields = dict(l.split(":", 1) for l in info.splitlines() if ":" in l)
    return (fields.get("Creator", "").strip() or fields.get("Producer", "").strip() or "?")[:28]


def pair(gold, got):
    """Each gold recommendation with the extracted one of the same section and id, else the most
    similar text among those left."""
    free = list(range(len(got)))
    pairs = []
    for g in gold:
        best = None
        for j in free:
            o = got[j]
            same_id = g.get("id") is not None and norm(g.get("id")) == norm(o.get("id"))
            same_section = "section" not in g or similar(g.get("section"), o.get("section")) > 0.6
            if same_id and same_section:
                best = j
                break
        if best is None:
            scored = [(similar(g.get("text") or g.get("response_text"), got[j].get("text") or got[j].get("response_text")), j)
                      for j in free]
            scored = [s for s in scored if s[0] > 0.5]
            best = max(scored)[1] if scored else None
        if best is not None:
            free.remove(best)
        pairs.append((g, got[best] if best is not None else None))
    return pairs, len(free)


def filled(a, key):
    return bool(str(a.get(key) or "").strip())


print("| document | organisation | language | producer | recommendations expected / found | "
      "actions expected / found / with time frame / with responsible | categories right | invented |")
print("|---|---|---|---|---|---|---|---|")
for gold_file in sorted(gold_dir.glob("*.json")):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    pdf = pdf_dir / (gold_file.stem + ".pdf")
    about = gold.get("_about", {})
    out = json.loads(subprocess.run([cli, "extract", str(pdf)], capture_output=True, text=True, timeout=60).stdout)
    grecs = gold.get("recommendations", [])
    orecs = out.get("recommendations", [])
    pairs, invented = pair(grecs, orecs)
    found = sum(1 for _, o in pairs if o)
    cats = [(g, o) for g, o in pairs if g.get("response_category")]
    right = sum(1 for g, o in cats if o and o.get("response_category") == g["response_category"])
    gacts = [a for g in grecs for a in g.get("actions", [])]
    oacts = [a for _, o in pairs if o for a in o.get("actions", [])]
    print(f"| {gold_file.stem} | {about.get('organisation', '')} | {about.get('language', '')} | {producer(pdf)} "
          f"| {len(grecs)} / {found} | {len(gacts)} / {len(oacts)} / {sum(filled(a, 'time_frame') for a in oacts)} / "
          f"{sum(filled(a, 'responsible') for a in oacts)} | {right} of {len(cats)} | {invented} |")
