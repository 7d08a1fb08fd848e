#!/usr/bin/env python3
"""Writes an HTML management response from a gold JSON, laid out unlike the corpus: portrait A4,
cells centred vertically, other column names, the donor column renamed, one section dropped,
the first section as a row inside its table and the others as headings above their tables.
Printed with Chromium (see README.md), it tests the PDF path on a layout the corpus does not have.

Usage: make-html-variant.py GOLD.json DONOR DROP_SECTION OUT.html OUT_GOLD.json
"""
import html
import json
import sys


def cell(paragraphs):
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p)


def main():
    gold_path, donor, drop, out_html, out_gold = sys.argv[1:6]
    gold = json.load(open(gold_path, encoding="utf-8"))
    recs = [r for r in gold["recommendations"] if r["section"] != drop]
    dropped = {r["id"] for r in gold["recommendations"] if r["section"] == drop}
    parts = [f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(gold['title'])}</title>
<style>
@page {{ size: A4 portrait; margin: 18mm 14mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 8.5pt; }}
h1 {{ font-size: 16pt; margin-bottom: 2pt; }} h2 {{ font-size: 12pt; font-weight: normal; }}
h3 {{ font-size: 10.5pt; margin: 10pt 0 4pt; }}
table {{ border-collapse: collapse; width: 100%; }}
thead {{ display: table-header-group; }}
td, th {{ border: 0.75pt solid #333; padding: 3pt; vertical-align: middle; text-align: left; }}
th {{ background: #e8e8e8; }}
p {{ margin: 0 0 3pt; }}
</style></head><body>
<h1>{html.escape(gold['title'])}</h1>
<h2>{html.escape(gold['subtitle'])}</h2>
<h3>Background</h3>
<p>The programme, funded by {' and '.join(gold['donors'])}, was evaluated by {html.escape(gold['evaluator'])}
in 2024. This document gives the ILO's response to each recommendation and the actions planned.</p>
"""]
    sections = [s for s in gold["sections"] if s != drop]
    head = (f"<thead><tr><th>Ref.</th><th>Evaluation recommendation</th><th>Management response</th>"
            f"<th>Planned actions</th><th>{html.escape(donor)} comments</th></tr></thead>")
    for n, section in enumerate(sections):
        rows = [r for r in recs if r["section"] == section]
        if n > 0:
            parts.append(f"<h3>{html.escape(section)}</h3>")
        parts.append(f"<table>{head}<tbody>")
        if n == 0:
            parts.append(f'<tr><td colspan="5"><b>{html.escape(section)}</b></td></tr>')
        for r in rows:
            meta = ", ".join(f"{label}: {value}" for label, value in (
                ("Addressed to", ", ".join(r["addressed_to"] or [])), ("Priority", r["priority"]),
                ("Resource implications", r["resource_implications"]), ("Timing", r["timing"])) if value)
            actions = [(f"{a['id']}. " if a.get("id") else "") + a["text"] for a in r["actions"]]
            comments = [c["text"] for c in r["donor_comments"]]
            parts.append(f"<tr><td>{html.escape(r['id'])}</td><td>{cell([r['text'], meta])}</td>"
                         f"<td>{cell([r['response_text']])}</td><td>{cell(actions)}</td>"
                         f"<td>{cell(comments)}</td></tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    open(out_html, "w", encoding="utf-8").write("\n".join(parts))

    for r in recs:
        for c in r["donor_comments"]:
            c["donor"] = donor
    gold["recommendations"] = recs
    gold["sections"] = sections
    gold["cross_references"] = [x for x in gold["cross_references"]
                                if x["from"] not in dropped and x["to"] not in dropped]
    gold.pop("source_seed", None)
    json.dump(gold, open(out_gold, "w", encoding="utf-8"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
