#!/usr/bin/env python3
"""Turns a gold file whose texts are copied from the corpus (../shared/gold/SCHEMA.md) into the
stand-off form this folder keeps, and back. The corpora are other people's writing: the project
keeps where a text is ({"ref": "doc:line:start-end", 1-based line, character offsets in that line},
read against the corpus by `crosscheck evaluate`), never the text itself. Short texts (a speaker's
name, a date phrase) stay as they are.

usage: standoff.py to-refs GOLD.json CORPUS_DIR > gold/NAME.json
       standoff.py to-text GOLD.json CORPUS_DIR > full.json
"""
import json, os, sys

SHORT = 6  # texts of fewer words stay literal: too short to be anyone's writing


def lines_of(corpus, gold):
    out = {}
    for d in gold["documents"]:
        out[d["id"]] = open(os.path.join(corpus, d["file"]), encoding="utf-8").read().split("\n")
    return out


def to_ref(text, doc, lines):
    if text is None or doc is None or len(text.split()) < SHORT:
        return text
    for i, line in enumerate(lines[doc], 1):
        at = line.find(text)
        if at >= 0:
            return {"ref": f"{doc}:{i}:{at}-{at + len(text)}"}
    raise SystemExit(f"not found in {doc} on one line: {text[:80]!r}")


def to_text(value, lines):
    if isinstance(value, dict) and set(value) == {"ref"}:
        doc, line, span = value["ref"].rsplit(":", 2)
        a, b = (int(x) for x in span.split("-"))
        return lines[doc][int(line) - 1][a:b]
    return value


def anywhere(text, lines, f):
    """A text that may be in any document (an entity's alias or role): referenced in the first that holds it."""
    if text is None or isinstance(text, dict) or len(text.split()) < SHORT:
        return f(text, None)
    for doc in lines:
        if any(text in line for line in lines[doc]):
            return f(text, doc)
    return text


def convert(gold, lines, f):
    for e in gold.get("entities", []):
        e["aliases"] = [anywhere(a, lines, f) for a in e.get("aliases", [])]
        if e.get("role"):
            e["role"] = anywhere(e["role"], lines, f)
    for q in gold.get("quotes", []):
        q["text"] = f(q["text"], q["doc"])
        q["speaker_mention"] = f(q.get("speaker_mention"), q["doc"])
    for c in gold.get("claims", []):
        for m in c["mentions"]:
            m["text"] = f(m["text"], m["doc"])
    for d in gold.get("discrepancies", []):
        for v in d["variants"]:
            v["text"] = [f(t, doc) for t, doc in zip(v["text"], v["docs"])]
    for t in gold.get("timeline", []):
        for m in t["mentions"]:
            m["text"] = f(m["text"], m["doc"])
    return gold


if __name__ == "__main__":
    mode, path, corpus = sys.argv[1:4]
    gold = json.load(open(path, encoding="utf-8"))
    lines = lines_of(corpus, gold)
    if mode == "to-refs":
        convert(gold, lines, lambda t, doc: to_ref(t, doc, lines))
    else:
        convert(gold, lines, lambda t, doc: to_text(t, lines))
    json.dump(gold, sys.stdout, ensure_ascii=False, indent=1)
    print()
