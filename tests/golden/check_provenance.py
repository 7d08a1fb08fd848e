#!/usr/bin/env python3
"""Check the provenance of an extraction against the PDF it came from.

Usage: check_provenance.py DOCUMENT.pdf EXTRACTION.json

For every record with "text" and "source", the text that pdftotext finds inside the record's
boxes (one per page, read in page order, so a record whose first words run over a page break
is found too) must contain the record's first words, in order (a row's cells side by side are read
across the columns). Exit 0 when all records pass.
"""
import json
import re
import subprocess
import sys


def norm(s):
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u00ad", "")
    return re.sub(r"[^\w]+", " ", s).strip().lower()


def page_size(pdf, page):
    out = subprocess.run(["pdfinfo", "-f", str(page), "-l", str(page), pdf], capture_output=True, text=True).stdout
    m = re.search(r"Page\s+%d size:\s+([\d.]+) x ([\d.]+)" % page, out)
    return float(m.group(1)), float(m.group(2))


def text_in(pdf, page, bbox, sizes):
    if page not in sizes:
        sizes[page] = page_size(pdf, page)
    w, h = sizes[page]
    x0, y0, x1, y1 = bbox
    # pdftotext works at 72 dpi with -r 72; widen by two points to include glyph edges
    args = ["pdftotext", "-f", str(page), "-l", str(page), "-r", "72",
            "-x", str(int(x0 * w) - 2), "-y", str(int(y0 * h) - 2),
            "-W", str(int((x1 - x0) * w) + 4), "-H", str(int((y1 - y0) * h) + 4), pdf, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


# The field that carries a record's printed text, by kind of record.
TEXT_FIELDS = ("text", "item", "title", "name", "organization")


def record_text(node):
    for key in TEXT_FIELDS:
        if isinstance(node.get(key), str) and node[key]:
            return node[key]
    return None


def records(node):
    if isinstance(node, dict):
        if record_text(node) and isinstance(node.get("source"), list):
            yield node
        for v in node.values():
            yield from records(v)
    elif isinstance(node, list):
        for v in node:
            yield from records(v)


def in_order(words, found):
    """Whether the words occur in this order in `found`: a row's cells side by side are read line
    by line across the columns, so a cell's first line may be followed by its neighbours' before
    its own second line."""
    at = 0
    for w in words:
        try:
            at = found.index(w, at) + 1
        except ValueError:
            return False
    return bool(words)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    pdf, extraction = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
    sizes, checked, failed, total = {}, 0, 0, 0
    for rec in records(extraction):
        total += 1
        if not rec["source"]:
            continue
        checked += 1
        first = " ".join(norm(record_text(rec)).split()[:4])
        src = rec["source"][0]
        found = norm(" ".join(text_in(pdf, s["page"], s["bbox"], sizes) for s in rec["source"][:2]))
        if first not in found and not in_order(first.split(), found.split()):
            failed += 1
            print(f"  page {src['page']} {src['bbox']}: {first!r} not in {found[:100]!r}")
    print(f"{checked - failed}/{checked} records have their first words inside their box")
    # a document with no record (terms of reference, a case study) has nothing to check; records
    # that all lack a source fail
    return 0 if failed == 0 and (checked > 0 or total == 0) else 1


if __name__ == "__main__":
    sys.exit(main())
