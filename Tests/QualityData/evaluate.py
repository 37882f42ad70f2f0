#!/usr/bin/env python3
"""Run the quality data against a built `signpost` and report how the engine does (informational:
the data states what a careful reader would conclude, not what the engine does today).

    swift build --product signpost
    python3 Tests/QualityData/evaluate.py [--binary .build/debug/signpost] [--verbose]

Phrases: each phrase is passed as --needs (Sevenoaks, no age) and the needs read from the text are
compared with the label: a labelled need should be read; for a null label (small talk, idiom, pure
denial) nothing should be read; a denied id should not be read. Residents: every 'top', 'absent'
and 'unmet' expectation is checked as the Swift test harness does, plus 'expect.needs' against the
needs read. 'urgent' cannot be checked: the match output has no safeguarding field yet.
"""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
args = sys.argv[1:]
binary = args[args.index("--binary") + 1] if "--binary" in args else str(ROOT / ".build" / "debug" / "signpost")
verbose = "--verbose" in args


def match(place, needs, age=None, circumstances=()):
    cmd = [binary, "match", "--json", "--limit", "100", "--directory", str(ROOT / "Directory"), "--needs", needs]
    cmd += ["--postcode", place[1]] if place[0] == "postcode" else ["--parish", place[1]]
    if age is not None:
        cmd += ["--age", str(age)]
    if circumstances:
        cmd += ["--circumstances", ",".join(circumstances)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    return json.loads(out.stdout)


STYLES = ["plain", "colloquial", "indirect", "misspelt", "long", "someone else", "idiom", "negated", "small talk"]


def styles_of(notes):
    """The style tokens at the start of the notes, read as check.py reads them."""
    head = re.split(r"[:;]", notes, maxsplit=1)[0].strip()
    m = re.match(r"(someone else|negated)\s*(?:\((.*?)\))?", head)
    if m:
        return {m.group(1)} | {t.strip() for t in re.split(r"[/,]", (m.group(2) or "").split(":")[0]) if t.strip() in STYLES}
    return {t.strip() for t in head.split("/") if t.strip() in STYLES}


def ids_after(label, notes):
    out = []
    for m in re.finditer(label + r":\s*([a-z][a-z-]*(?:,\s*[a-z][a-z-]*)*)", notes):
        out += [x.strip() for x in m.group(1).split(",")]
    return out


# ------------------------------------------------------------------------------------------ phrases
phrases = json.load(open(HERE / "phrases.json"))["phrases"]
score = Counter()
misses = []
for p in phrases:
    text = p["phrase"].replace(",", ";")  # one free-text need, not several
    got = {n["id"] for n in match(("parish", "Sevenoaks"), text)["interpreted"]["needs"] if n["from"] == "text"}
    denied = set(ids_after("denies", p["notes"]))
    tags = styles_of(p["notes"])
    group = "null" if p["need"] is None else "need"
    ok = (p["need"] in got) if p["need"] else not (got - set(ids_after("also", p["notes"])))
    if denied & got:
        ok = False
    score[(group, ok)] += 1
    for tag in tags:
        score[(tag, ok)] += 1
    if not ok:
        misses.append((p["phrase"], p["need"], sorted(got), sorted(denied)))


def rate(key):
    good, bad = score[(key, True)], score[(key, False)]
    return f"{good}/{good + bad}" if good + bad else "-"


print("Phrases: need read correctly (a null label means nothing should be read)")
for key in ["need", "null", "plain", "colloquial", "indirect", "misspelt", "long", "someone else", "idiom", "negated", "small talk"]:
    print(f"  {key:14} {rate(key)}")
if verbose:
    for m in misses:
        print("  MISS", m)

# ------------------------------------------------------------------------------------------ residents
residents = json.load(open(HERE / "residents.json"))["residents"]
passed = failed = 0
for r in residents:
    res, e = r["resident"], r["expect"]
    place = ("postcode", res["postcode"]) if "postcode" in res else ("parish", res["parish"])
    out = match(place, ", ".join(res["needs"]), res.get("age"), res.get("circumstances", []))
    names = [(m["service"]["name"], (m["service"].get("organisation") or "") + " " + m["service"]["name"]) for m in out["matches"]]
    read = {n["id"] for n in out["interpreted"]["needs"]}
    fails = []
    for t in e.get("top", []):
        rx = re.compile(t["name"], re.I)
        if not any(rx.search(a) or rx.search(b) for a, b in names[: t["within"]]):
            fails.append(f"/{t['name']}/ not in top {t['within']}")
    for a in e.get("absent", []):
        rx = re.compile(a, re.I)
        if any(rx.search(x) or rx.search(y) for x, y in names):
            fails.append(f"/{a}/ should be absent")
    unmet = {u["id"] for u in out["unmet"]}
    for u in e.get("unmet", []):
        if u not in unmet:
            fails.append(f"{u} not unmet")
    for n in e.get("needs", []):
        if n not in read:
            fails.append(f"need {n} not read")
    if fails:
        failed += 1
        print(f"  FAIL {r['id']}: {'; '.join(fails)}")
        if verbose:
            print("       got:", [a for a, _ in names[:8]], "read:", sorted(read))
    else:
        passed += 1
print(f"Residents: {passed}/{passed + failed} meet every checked expectation ('urgent' not checkable)")
