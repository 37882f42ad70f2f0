#!/usr/bin/env python3
"""Validate the quality data in this folder and print its counts.

    python3 Tests/QualityData/check.py            # validate; print counts; exit 1 on any problem
    python3 Tests/QualityData/check.py --markdown # the same counts as Markdown tables (for README.md)

Checks: JSON validity; field types; need ids against Directory/taxonomy.json and the shared
phrases.json; the notes conventions ('denies:', 'also:', 'safeguarding:', style prefixes) against the
flags; minimum counts from the brief; no phrase or statement copied from (or very close to) the
shared examples; residents' parishes, circumstances, need ids, urgent kinds, and that every 'top'
pattern compiles and matches the names of the services its 'ids' list (and only real services).
"""
import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED = ROOT.parent / "shared" / "examples"  # present in the worktree layout; optional

KINDS = ["suicide-self-harm", "domestic-abuse", "child-at-risk", "adult-at-risk", "carer-breakdown", "immediate-danger"]
STYLES = ["plain", "colloquial", "indirect", "misspelt", "long", "someone else", "idiom", "negated", "small talk"]
CIRCUMSTANCES = {"no-car", "no-internet", "low-income", "unemployed", "carer", "pregnant", "lives-alone", "limited-mobility",
                 "hearing-impaired", "has-gp-referral", "disabled", "visually-impaired", "long-term-condition",
                 "diagnosed-dementia", "bmi-30-plus", "parent-of-young-child", "smoker", "man", "woman"}
MINIMUMS = {"phrases": 320, "per_need": 6, "negated": 40, "someone else": 30, "idiom": 25, "small talk": 30,
            "misspelt": 40, "long": 30, "sg_trigger": 12, "sg_near_miss": 12, "residents": 25,
            "residents_urgent": 5, "residents_unstated": 5}

problems = []
def problem(msg):
    problems.append(msg)

def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        problem(f"{path}: {e}")
        return None

IDS_LIST = r"([a-z][a-z-]*(?:,\s*[a-z][a-z-]*)*)"

def styles_of(notes):
    """Style tokens from the start of the notes: 'misspelt/colloquial: …', 'someone else (idiom): …',
    'negated (plain); …', 'small talk'."""
    head = re.split(r"[:;]", notes, maxsplit=1)[0].strip()
    found = set()
    m = re.match(r"(someone else|negated)\s*(?:\((.*?)\))?", head)
    if m:
        found.add(m.group(1))
        inner = (m.group(2) or "").split(":")[0]
        for tok in re.split(r"[/,]", inner):
            tok = tok.strip()
            if tok in STYLES:
                found.add(tok)
    else:
        for tok in head.split("/"):
            tok = tok.strip()
            if tok in STYLES:
                found.add(tok)
    return found

def ids_after(label, notes):
    out = []
    for m in re.finditer(label + r":\s*" + IDS_LIST, notes):
        out += [x.strip() for x in m.group(1).split(",")]
    return out

def norm(text):
    return re.sub(r"[^a-z0-9 ]", "", text.lower()).strip()

def too_close(text, others):
    a = norm(text)
    for o in others:
        b = norm(o)
        if a == b or difflib.SequenceMatcher(None, a, b).ratio() > 0.85:
            return o
    return None

# ------------------------------------------------------------------------------------------ taxonomy
taxonomy = load(ROOT / "Directory" / "taxonomy.json") or {"needs": []}
TAX_IDS = [n["id"] for n in taxonomy["needs"]]
shared_phrases = load(SHARED / "phrases.json") if (SHARED / "phrases.json").exists() else None
shared_sg = load(SHARED / "safeguarding.json") if (SHARED / "safeguarding.json").exists() else None

# ------------------------------------------------------------------------------------------ phrases
ph = load(HERE / "phrases.json") or {"needs": {}, "phrases": []}
NEED_IDS = list(ph["needs"].keys())
if set(NEED_IDS) != set(TAX_IDS):
    problem(f"phrases.json needs differ from taxonomy: {set(NEED_IDS) ^ set(TAX_IDS)}")
if shared_phrases and set(shared_phrases["needs"]) != set(NEED_IDS):
    problem("phrases.json needs differ from shared phrases.json")

primary = Counter()
touching = Counter()
groups = Counter()
styles = Counter()
safeguarding_phrases = Counter()
seen = set()
shared_texts = [p["phrase"] for p in shared_phrases["phrases"]] if shared_phrases else []
for i, p in enumerate(ph["phrases"]):
    where = f"phrases[{i}] {p.get('phrase', '')[:50]!r}"
    if set(p) != {"phrase", "need", "negated", "about_someone_else", "notes"}:
        problem(f"{where}: fields {sorted(p)}")
        continue
    if not isinstance(p["phrase"], str) or not p["phrase"].strip():
        problem(f"{where}: empty phrase")
    if norm(p["phrase"]) in seen:
        problem(f"{where}: duplicate")
    seen.add(norm(p["phrase"]))
    close = too_close(p["phrase"], shared_texts)
    if close:
        problem(f"{where}: too close to shared phrase {close!r}")
    if p["need"] is not None and p["need"] not in NEED_IDS:
        problem(f"{where}: unknown need {p['need']}")
    if not isinstance(p["negated"], bool) or not isinstance(p["about_someone_else"], bool):
        problem(f"{where}: flags must be booleans")
    notes = p["notes"]
    st = styles_of(notes)
    if not st:
        problem(f"{where}: notes do not begin with a style")
    if ("negated" in st) != p["negated"]:
        problem(f"{where}: 'negated' flag and notes prefix disagree")
    if "someone else" in st and not p["about_someone_else"]:
        problem(f"{where}: 'someone else' prefix but about_someone_else is false")
    if p["about_someone_else"] and "someone else" not in st and "negated" not in st:
        problem(f"{where}: about_someone_else without a 'someone else' prefix")
    denies = ids_after("denies", notes)
    if p["negated"] and not denies:
        problem(f"{where}: negated without 'denies: <id>'")
    if p["need"] is not None and p["need"] in denies:
        problem(f"{where}: need {p['need']} is also denied")
    also = ids_after("also", notes)
    for x in denies + also:
        if x not in NEED_IDS:
            problem(f"{where}: unknown id {x} in notes")
    for x in ids_after("safeguarding", notes):
        if x not in KINDS:
            problem(f"{where}: unknown safeguarding kind {x}")
        safeguarding_phrases[x] += 1
    if "small talk" in st and p["need"] is not None:
        problem(f"{where}: small talk with a need")
    if p["need"]:
        primary[p["need"]] += 1
    for x in {p["need"], *also} - {None}:
        touching[x] += 1
    for s in st:
        styles[s] += 1
    if p["about_someone_else"]:
        groups["about someone else"] += 1
    if p["need"] is None:
        groups["need null"] += 1
for u in ph.get("uncovered", []):
    if u.get("nearest") is not None and u["nearest"] not in NEED_IDS:
        problem(f"uncovered {u['phrase'][:40]!r}: unknown nearest id")

# ------------------------------------------------------------------------------------------ safeguarding
sg = load(HERE / "safeguarding.json") or {"statements": []}
trig = Counter()
near = Counter()
past = Counter()
shared_sg_texts = [s["text"] for s in shared_sg["statements"]] if shared_sg else []
seen = set()
for i, s in enumerate(sg["statements"]):
    where = f"statements[{i}] {s.get('text', '')[:50]!r}"
    allowed = {"text", "risk", "notes", "near_miss_for", "past_resolved"}
    if not {"text", "risk", "notes"} <= set(s) or set(s) - allowed:
        problem(f"{where}: fields {sorted(s)}")
    if norm(s["text"]) in seen:
        problem(f"{where}: duplicate")
    seen.add(norm(s["text"]))
    close = too_close(s["text"], shared_sg_texts)
    if close:
        problem(f"{where}: too close to shared statement {close!r}")
    if s["risk"] is None:
        k = s.get("near_miss_for")
        if k not in KINDS:
            problem(f"{where}: risk null needs near_miss_for")
        near[k] += 1
    else:
        if s["risk"] not in KINDS:
            problem(f"{where}: unknown risk {s['risk']}")
        if "near_miss_for" in s:
            problem(f"{where}: a trigger has near_miss_for")
        trig[s["risk"]] += 1
    if "past_resolved" in s:
        if not isinstance(s["past_resolved"], bool):
            problem(f"{where}: past_resolved must be boolean")
        elif s["past_resolved"] and s["risk"] is not None:
            problem(f"{where}: past_resolved true but risk set (decision rule: resolved past does not trigger)")
        past[("resolved" if s["past_resolved"] else "current") + (" / trigger" if s["risk"] else " / no trigger")] += 1

# ------------------------------------------------------------------------------------------ residents
rs = load(HERE / "residents.json") or {"residents": []}
parishes = {p["name"].lower() for p in (load(ROOT / "Directory" / "parishes.json") or {"parishes": []})["parishes"]}
services = {}
orgs = {}
for f in sorted((ROOT / "Directory" / "organisations").glob("*.json")):
    o = load(f)
    orgs[o["id"]] = o["name"]
for f in sorted((ROOT / "Directory" / "services").glob("*.json")):
    s = load(f)
    services[s["id"]] = [s["name"], orgs.get(s["organization_id"], s["organization_id"]) + " " + s["name"]]
def pattern_hits(pattern):
    rx = re.compile(pattern, re.I)
    return {sid for sid, names in services.items() if any(rx.search(n) for n in names)}
res_counts = Counter()
seen = set()
for i, r in enumerate(rs["residents"]):
    where = f"residents[{i}] {r.get('id')}"
    if r["id"] in seen:
        problem(f"{where}: duplicate id")
    seen.add(r["id"])
    res = r["resident"]
    if "parish" in res and res["parish"].lower() not in parishes:
        problem(f"{where}: unknown parish {res['parish']}")
    if "parish" not in res and "postcode" not in res:
        problem(f"{where}: no place")
    for c in res.get("circumstances", []):
        if c not in CIRCUMSTANCES:
            problem(f"{where}: unknown circumstance {c}")
    if not res.get("needs"):
        problem(f"{where}: no needs")
    e = r["expect"]
    for n in e.get("needs", []) + e.get("unmet", []):
        if n not in NEED_IDS:
            problem(f"{where}: unknown need id {n}")
    if "urgent" in e and e["urgent"] is not None and e["urgent"] not in KINDS:
        problem(f"{where}: unknown urgent kind {e['urgent']}")
    for t in e.get("top", []):
        try:
            hits = pattern_hits(t["name"])
        except re.error as err:
            problem(f"{where}: bad pattern {t['name']!r}: {err}")
            continue
        if not hits:
            problem(f"{where}: /{t['name']}/ matches no service")
        for sid in t.get("ids", []):
            if sid not in services:
                problem(f"{where}: unknown service id {sid}")
            elif sid not in hits:
                problem(f"{where}: /{t['name']}/ does not match {sid}")
        if not isinstance(t["within"], int) or t["within"] < 1:
            problem(f"{where}: bad within")
    for a in e.get("absent", []):
        try:
            re.compile(a)
        except re.error as err:
            problem(f"{where}: bad absent pattern {a!r}: {err}")
    res_counts["residents"] += 1
    if e.get("urgent"):
        res_counts["urgent " + e["urgent"]] += 1
        res_counts["safeguarding (urgent set)"] += 1
    if r.get("eligibility_depends_on"):
        res_counts["eligibility depends on an unstated fact"] += 1
    if res.get("age") is None:
        res_counts["age not given"] += 1

# ------------------------------------------------------------------------------------------ minimums
n_phr = len(ph["phrases"])
def need_min(label, got, want):
    if got < want:
        problem(f"minimum not met: {label} {got} < {want}")
need_min("phrases", n_phr, MINIMUMS["phrases"])
for nid in NEED_IDS:
    need_min(f"phrases for {nid}", primary[nid], MINIMUMS["per_need"])
for g in ["negated", "someone else", "idiom", "small talk", "misspelt", "long"]:
    need_min(f"group {g}", styles[g], MINIMUMS[g])
for k in KINDS:
    need_min(f"{k} triggers", trig[k], MINIMUMS["sg_trigger"])
    need_min(f"{k} near misses", near[k], MINIMUMS["sg_near_miss"])
need_min("residents", res_counts["residents"], MINIMUMS["residents"])
need_min("safeguarding residents", res_counts["safeguarding (urgent set)"], MINIMUMS["residents_urgent"])
need_min("unstated-eligibility residents", res_counts["eligibility depends on an unstated fact"], MINIMUMS["residents_unstated"])

# ------------------------------------------------------------------------------------------ report
md = "--markdown" in sys.argv
def table(title, header, rows):
    if md:
        print(f"\n**{title}**\n")
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join(["---"] * len(header)) + "|")
        for row in rows:
            print("| " + " | ".join(str(x) for x in row) + " |")
    else:
        print(f"\n{title}")
        for row in rows:
            print("  " + "  ".join(str(x).ljust(28 if j == 0 else 8) for j, x in enumerate(row)))

table(f"phrases.json: {n_phr} phrases ({len(ph.get('uncovered', []))} more under 'uncovered')",
      ["need", "primary need", "touching (need or also:)"],
      [(nid, primary[nid], touching[nid]) for nid in NEED_IDS] + [("(null: no need)", groups["need null"], "")])
table("phrases.json: groups (a phrase can be in more than one; style taken from the notes prefix)", ["group", "phrases"],
      [(s, styles[s]) for s in STYLES] + [("about_someone_else = true", groups["about someone else"]),
       ("marked safeguarding:", sum(safeguarding_phrases.values()))])
table(f"safeguarding.json: {len(sg['statements'])} statements", ["kind", "must trigger", "near misses (must not)"],
      [(k, trig[k], near[k]) for k in KINDS] + [("total", sum(trig.values()), sum(near.values()))])
table("safeguarding.json: past events", ["past_resolved", "statements"], sorted(past.items()))
table(f"residents.json: {res_counts['residents']} residents", ["group", "residents"],
      sorted((k, v) for k, v in res_counts.items() if k != "residents"))

if problems:
    print("\nPROBLEMS:", file=sys.stderr)
    for p in problems:
        print("  " + p, file=sys.stderr)
    sys.exit(1)
print("\nAll checks passed." if not md else "")
