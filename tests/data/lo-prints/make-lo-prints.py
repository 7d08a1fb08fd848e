#!/usr/bin/env python3
"""Writes four layout variants of a management-response DOCX and prints each to PDF with
LibreOffice, to test the PDF path on LibreOffice prints (the corpus PDFs are Chromium prints).

    mr-lo-portrait-ruled        A4 portrait,  a single 0.5pt border on every side of every cell
    mr-lo-portrait-borderless   A4 portrait,  no table or cell borders
    mr-lo-landscape-ruled       A4 landscape, a single 0.5pt border on every side of every cell
    mr-lo-landscape-borderless  A4 landscape, no table or cell borders

In all four every table cell is centred vertically (w:vAlign w:val="center", as in the seed);
only the orientation and the borders change. Where a table is wider than the text width of the
new page, its w:tblW, w:gridCol and w:tcW are scaled down by the same factor (cell widths follow
the grid, so rows keep lining up). The text itself is not changed, so every variant is scored
against the seed's gold.

Usage: make-lo-prints.py SEED.docx OUT_DIR [--no-pdf]
Only the standard library is used; the PDFs are printed by `soffice --headless --convert-to pdf`
(with a throw-away user profile, so a running LibreOffice does not get in the way).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

VARIANTS = [
    ("mr-lo-portrait-ruled", "portrait", True),
    ("mr-lo-portrait-borderless", "portrait", False),
    ("mr-lo-landscape-ruled", "landscape", True),
    ("mr-lo-landscape-borderless", "landscape", False),
]

SIDES = ("top", "left", "bottom", "right")
# 0.5pt single black line (w:sz is in eighths of a point).
LINE = 'w:val="single" w:sz="4" w:space="0" w:color="000000"'
TC_BORDERS_RULED = "<w:tcBorders>" + "".join(f"<w:{s} {LINE}/>" for s in SIDES) + "</w:tcBorders>"
TBL_BORDERS_RULED = ("<w:tblBorders>" + "".join(f"<w:{s} {LINE}/>" for s in SIDES)
                     + f"<w:insideH {LINE}/><w:insideV {LINE}/></w:tblBorders>")
TC_BORDERS_NONE = "<w:tcBorders></w:tcBorders>"


def attr(tag, name):
    m = re.search(r'\bw:%s="([^"]*)"' % name, tag)
    return m.group(1) if m else None


def set_attr(tag, name, value):
    """Sets (or adds, or with value None removes) attribute w:NAME of a single start tag."""
    pattern = r'(\s+w:%s=")[^"]*(")' % name
    if value is None:
        return re.sub(pattern, "", tag)
    if re.search(pattern, tag):
        return re.sub(pattern, lambda m: m.group(1) + value + m.group(2), tag)
    end = "/>" if tag.endswith("/>") else ">"
    return tag[: -len(end)] + f' w:{name}="{value}"' + end


def page_setup(xml, orient):
    """Turns every section to ORIENT; returns (xml, text width in twips of the first section)."""
    widths = []

    def fix_sect(m):
        sect = m.group(0)
        pgsz = re.search(r"<w:pgSz\b[^>]*/>", sect).group(0)
        w, h = int(attr(pgsz, "w")), int(attr(pgsz, "h"))
        short, long_ = sorted((w, h))
        w, h = (short, long_) if orient == "portrait" else (long_, short)
        new = set_attr(set_attr(pgsz, "w", str(w)), "h", str(h))
        new = set_attr(new, "orient", "landscape" if orient == "landscape" else None)
        sect = sect.replace(pgsz, new)
        # Margins: keep the seed's (they are narrow on all sides), only make sure left/right exist
        # and the text width follows from the new page width.
        pgmar = re.search(r"<w:pgMar\b[^>]*/>", sect).group(0)
        left, right = int(attr(pgmar, "left") or 1134), int(attr(pgmar, "right") or 1134)
        gutter = int(attr(pgmar, "gutter") or 0)
        fixed = set_attr(set_attr(pgmar, "left", str(left)), "right", str(right))
        sect = sect.replace(pgmar, fixed)
        widths.append(w - left - right - gutter)
        return sect

    xml = re.sub(r"<w:sectPr\b.*?</w:sectPr>", fix_sect, xml, flags=re.S)
    return xml, widths[0]


def scale_widths(grid, target):
    """Scales the integer list GRID so that it sums to TARGET (rounding error to the widest)."""
    total = sum(grid)
    new = [int(round(g * target / total)) for g in grid]
    new[new.index(max(new))] += target - sum(new)
    return new


def fit_table(tbl, text_width):
    """Scales a table (w:tbl XML, no nested tables) down to TEXT_WIDTH if it is wider."""
    grid_xml = re.search(r"<w:tblGrid>.*?</w:tblGrid>", tbl, re.S).group(0)
    grid = [int(v) for v in re.findall(r'<w:gridCol w:w="(\d+)"', grid_xml)]
    tblw = re.search(r"<w:tblW\b[^>]*/>", tbl)
    width = max(sum(grid), int(attr(tblw.group(0), "w")) if tblw and attr(tblw.group(0), "type") == "dxa" else 0)
    if width <= text_width:
        return tbl
    new_grid = scale_widths(grid, int(text_width * sum(grid) / width))
    tbl = tbl.replace(grid_xml, "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{g}"/>' for g in new_grid) + "</w:tblGrid>")
    if tblw:
        tbl = tbl.replace(tblw.group(0), set_attr(tblw.group(0), "w", str(sum(new_grid))), 1)

    def fix_row(rm):
        row, col = rm.group(0), [0]

        def fix_cell(cm):
            cell = cm.group(0)
            span = re.search(r'<w:gridSpan w:val="(\d+)"', cell)
            n = int(span.group(1)) if span else 1
            w = sum(new_grid[col[0]: col[0] + n])
            col[0] += n
            return re.sub(r'(<w:tcW\b[^>]*\bw:w=")\d+(")', lambda m: f"{m.group(1)}{w}{m.group(2)}", cell, count=1)

        return re.sub(r"<w:tc>.*?</w:tc>", fix_cell, row, flags=re.S)

    return re.sub(r"<w:tr\b.*?</w:tr>", fix_row, tbl, flags=re.S)


def set_borders(xml, ruled):
    xml = re.sub(r"<w:tblBorders>.*?</w:tblBorders>|<w:tblBorders/>", "", xml, flags=re.S)
    xml = re.sub(r"<w:tcBorders>.*?</w:tcBorders>|<w:tcBorders/>", "", xml, flags=re.S)
    tc = TC_BORDERS_RULED if ruled else TC_BORDERS_NONE
    # w:tcBorders goes after w:tcW/w:gridSpan/w:vMerge and before w:shd/w:vAlign (CT_TcPr order).
    def fix_tcpr(m):
        pr = m.group(0)
        anchor = re.search(r"<w:(shd|noWrap|tcMar|textDirection|tcFitText|vAlign|hideMark)\b", pr)
        i = anchor.start() if anchor else pr.rindex("</w:tcPr>")
        return pr[:i] + tc + pr[i:]
    xml = re.sub(r"<w:tcPr>.*?</w:tcPr>", fix_tcpr, xml, flags=re.S)
    if ruled:
        # w:tblBorders goes after w:tblW/w:jc/w:tblCellSpacing/w:tblInd, before w:shd/w:tblLayout.
        def fix_tblpr(m):
            pr = m.group(0)
            anchor = re.search(r"<w:(shd|tblLayout|tblCellMar|tblLook)\b", pr)
            i = anchor.start() if anchor else pr.rindex("</w:tblPr>")
            return pr[:i] + TBL_BORDERS_RULED + pr[i:]
        xml = re.sub(r"<w:tblPr>.*?</w:tblPr>", fix_tblpr, xml, flags=re.S)
    return xml


def centre_cells(xml):
    xml = re.sub(r"<w:vAlign\b[^>]*/>", '<w:vAlign w:val="center"/>', xml)
    return re.sub(r"(<w:tcPr>(?:(?!<w:vAlign|</w:tcPr>).)*?)(<w:hideMark\b[^>]*/>)?</w:tcPr>",
                  lambda m: m.group(1) + '<w:vAlign w:val="center"/>' + (m.group(2) or "") + "</w:tcPr>",
                  xml, flags=re.S)


def make_variant(document_xml, orient, ruled):
    xml, text_width = page_setup(document_xml, orient)
    xml = re.sub(r"<w:tbl>.*?</w:tbl>", lambda m: fit_table(m.group(0), text_width), xml, flags=re.S)
    xml = set_borders(xml, ruled)
    return centre_cells(xml)


def write_docx(seed, out, document_xml):
    with zipfile.ZipFile(seed) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = document_xml.encode("utf-8")
            zout.writestr(item, data)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    seed, out_dir = args
    os.makedirs(out_dir, exist_ok=True)
    with zipfile.ZipFile(seed) as z:
        document_xml = z.read("word/document.xml").decode("utf-8")
    if "<w:tbl>" in re.sub(r"<w:tbl>.*?</w:tbl>", "", document_xml, flags=re.S):
        sys.exit("nested tables are not supported")
    docs = []
    for name, orient, ruled in VARIANTS:
        path = os.path.join(out_dir, name + ".docx")
        write_docx(seed, path, make_variant(document_xml, orient, ruled))
        docs.append(path)
        print("wrote", path)
    if "--no-pdf" in sys.argv:
        return
    profile = tempfile.mkdtemp(prefix="lo-prints-profile-")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", out_dir] + docs, check=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
