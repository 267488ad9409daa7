#!/usr/bin/env python3
"""Baseline for bench/run: the least a charter diff does, in plain Python with difflib.

Splits two Markdown or text charters into articles at their headings ("### Art 93", "Статья 42",
"Article 5"), pairs articles by number, and for every article whose text differs prints a word-level
redline ({+inserted+} [-deleted-]) and the counts as JSON. No pairing by content, no points or
paragraphs, no checks: what `atazan charter diff` is measured against, whole process to whole process.
Usage: bench/charter_diff.py OLD NEW
"""
import difflib
import json
import re
import sys

HEADING = re.compile(r"^\s*(?:#+\s*)?(?:Art(?:ikel|icle)?\.?|Статья|бап)\s+(\d+[a-z]?(?:-\d+)?)\b.*$", re.IGNORECASE)


def articles(path):
    """Article number -> its text, in the order of the file; text before the first heading is dropped."""
    out, number, lines = {}, None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = HEADING.match(line)
            if m:
                if number is not None:
                    out[number] = " ".join(lines).split()
                number, lines = m.group(1), []
            elif number is not None and line.strip():
                lines.append(line.strip())
    if number is not None:
        out[number] = " ".join(lines).split()
    return out


def redline(old, new):
    parts, changed = [], 0
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(" ".join(old[a1:a2]))
            continue
        if a2 > a1:
            parts.append("[-" + " ".join(old[a1:a2]) + "-]")
        if b2 > b1:
            parts.append("{+" + " ".join(new[b1:b2]) + "+}")
        changed += max(a2 - a1, b2 - b1)
    return " ".join(parts), changed


def main(old_path, new_path):
    old, new = articles(old_path), articles(new_path)
    counts = {"unchanged": 0, "amended": 0, "added": 0, "repealed": 0}
    changes, changed_words = [], 0
    for number, words in new.items():
        if number not in old:
            counts["added"] += 1
            changed_words += len(words)
            changes.append({"article": number, "kind": "added", "redline": "{+" + " ".join(words) + "+}"})
        elif old[number] == words:
            counts["unchanged"] += 1
        else:
            counts["amended"] += 1
            text, n = redline(old[number], words)
            changed_words += n
            changes.append({"article": number, "kind": "amended", "redline": text})
    for number, words in old.items():
        if number not in new:
            counts["repealed"] += 1
            changed_words += len(words)
            changes.append({"article": number, "kind": "repealed", "redline": "[-" + " ".join(words) + "-]"})
    old_words = sum(len(w) for w in old.values())
    print(json.dumps({"counts": counts, "oldWords": old_words, "changedWords": changed_words,
                      "changedWordShare": round(changed_words / old_words, 4) if old_words else 0,
                      "changes": changes}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: charter_diff.py OLD NEW")
    main(sys.argv[1], sys.argv[2])
