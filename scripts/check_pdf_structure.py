#!/usr/bin/env python3
"""The structure checks of scripts/check-pdf-accessibility, with pikepdf (a PyPI PDF library).

usage: scripts/check_pdf_structure.py FILE.pdf...

For each PDF: the catalog is marked (/MarkInfo /Marked true), has /Lang and shows the title; a
/StructTreeRoot whose root element is /Document; every structure element has /P, /Pg and /K; every
MCID used in a page's content stream belongs to a structure element (through the parent tree and
the element's /K) and every MCID an element claims is used in that page's content; every page has
/StructParents and /Tabs /S; headings (H1-H6) exist; the outline is non-empty when there are
headings and each entry has a destination; every link annotation has an action or destination and
is in the structure tree (/StructParent). Prints FILE: problem for each failure; exit status 1 if
any.
"""
import re
import sys

import pikepdf

MCID = re.compile(rb"/MCID\s+(\d+)")


def check(path):
    problems = []
    pdf = pikepdf.open(path)
    root = pdf.Root
    if not (root.get("/MarkInfo") and root.MarkInfo.get("/Marked") is True):
        problems.append("catalog: /MarkInfo /Marked is not true")
    if "/Lang" not in root:
        problems.append("catalog: no /Lang")
    if not (root.get("/ViewerPreferences") and root.ViewerPreferences.get("/DisplayDocTitle") is True):
        problems.append("catalog: /ViewerPreferences /DisplayDocTitle is not true")
    tree = root.get("/StructTreeRoot")
    if tree is None:
        return problems + ["no /StructTreeRoot"]
    kids = tree.get("/K")
    top = kids[0] if isinstance(kids, pikepdf.Array) and len(kids) == 1 else kids
    if not isinstance(top, pikepdf.Dictionary) or top.get("/S") != "/Document":
        problems.append("structure tree: the root element is not /Document")
        return problems

    pages = {p.objgen: i for i, p in enumerate(pdf.pages)}
    claimed = {i: [] for i in range(len(pdf.pages))}
    headings = 0
    seen = set()

    def walk(elem, parent):
        nonlocal headings
        if elem.objgen in seen:
            problems.append(f"structure element {elem.objgen} appears twice")
            return
        seen.add(elem.objgen)
        s = str(elem.get("/S"))
        for key in ("/P", "/Pg", "/K"):
            if key not in elem:
                problems.append(f"structure element {s} {elem.objgen}: no {key}")
        if re.fullmatch(r"/H[1-6]?", s):
            headings += 1
        if "/P" in elem and parent is not None and elem.P.objgen != parent.objgen:
            problems.append(f"structure element {s} {elem.objgen}: /P is not its parent")
        page = pages.get(elem.Pg.objgen) if "/Pg" in elem else None
        k = elem.get("/K")
        items = list(k) if isinstance(k, pikepdf.Array) else ([] if k is None else [k])
        for kid in items:
            if isinstance(kid, int):
                claimed.setdefault(page, []).append(int(kid))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                claimed.setdefault(pages.get(kid.Pg.objgen), []).append(int(kid.MCID))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                pass
            elif isinstance(kid, pikepdf.Dictionary):
                walk(kid, elem)

    walk(top, None)

    for i, page in enumerate(pdf.pages):
        if "/StructParents" not in page.obj:
            problems.append(f"page {i + 1}: no /StructParents")
        if page.obj.get("/Tabs") != "/S":
            problems.append(f"page {i + 1}: /Tabs is not /S")
        used = [int(m) for m in MCID.findall(pikepdf.unparse_content_stream(pikepdf.parse_content_stream(page)))]
        if len(used) != len(set(used)):
            problems.append(f"page {i + 1}: an MCID is used twice")
        missing = sorted(set(used) - set(claimed.get(i, [])))
        extra = sorted(set(claimed.get(i, [])) - set(used))
        if missing:
            problems.append(f"page {i + 1}: MCIDs {missing[:10]} in the content have no structure element")
        if extra:
            problems.append(f"page {i + 1}: structure elements claim MCIDs {extra[:10]} not in the content")
        for annot in page.obj.get("/Annots", []):
            if annot.get("/Subtype") == "/Link":
                if "/A" not in annot and "/Dest" not in annot:
                    problems.append(f"page {i + 1}: a link with no action or destination")
                if "/StructParent" not in annot:
                    problems.append(f"page {i + 1}: a link outside the structure tree")

    if headings == 0:
        problems.append("no headings in the structure tree")
    else:
        outline = root.get("/Outlines")
        if outline is None or "/First" not in outline:
            problems.append("headings but no outline")
        else:
            item = outline.First
            count = 0
            while item is not None and count < 100000:
                count += 1
                if "/Dest" not in item and "/A" not in item:
                    problems.append(f"outline entry {count} has no destination")
                item = item.get("/Next")
    return problems


def main(paths):
    if not paths:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        try:
            problems = check(path)
        except Exception as error:  # a PDF pikepdf cannot read is a failure, named
            problems = [f"cannot read: {error}"]
        for p in problems:
            print(f"{path}: {p}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
