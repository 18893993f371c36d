#!/usr/bin/env python3
"""Extracts the code blocks of docs/guide.md for tests/guide (run by CMake at configure time).

Every ```cpp block becomes blocks/block_NN.cpp, a translation unit of its own, and one line of blocks.cmake:
  cdkpp_guide_block(NN KIND LINE "REGEX")
KIND is `error` when the line before the block is `<!-- guide: does not compile: REGEX -->` (the block must
fail to compile with a message matching REGEX), `gtest` when it holds TEST( (run with gtest_main), `program`
when it has a main() (built and run), else `object` (compiled). A block of any language whose first line is
`# file: NAME` or `// file: NAME` is written to blocks/files/NAME, for the programs to read.
Files are rewritten only when their text changes, so a changed guide rebuilds only the blocks that changed.
"""
import os
import re
import sys

MARKER = re.compile(r"^<!-- guide: does not compile: (.*) -->$")
FILE_LINE = re.compile(r"^(?:#|//) file: (\S+)$")


def write_if_changed(path: str, text: str) -> None:
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def blocks(lines):
    """(language, first line number, text, the non-blank line before the fence) of each fenced block."""
    i = 0
    previous = ""
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            language = line[3:].strip()
            start = i + 1
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                i += 1
            if i == len(lines):
                raise SystemExit(f"guide: the block opened at line {start} is never closed")
            yield language, start + 1, "".join(lines[start:i]), previous
            previous = ""
        elif line.strip():
            previous = line.strip()
        i += 1


def main(argv) -> int:
    guide, out = argv[1], argv[2]
    with open(guide, encoding="utf-8") as f:
        lines = f.readlines()
    os.makedirs(os.path.join(out, "files"), exist_ok=True)
    manifest = []
    wanted = set()
    n = 0
    for language, line, text, previous in blocks(lines):
        first = text.split("\n", 1)[0].strip()
        if m := FILE_LINE.match(first):
            # A name may have folders ("web/Dockerfile": the folder of an image asset).
            path = os.path.join(out, "files", m.group(1))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            write_if_changed(path, text)
        if language != "cpp":
            if MARKER.match(previous):
                raise SystemExit(f"guide: line {line}: a 'does not compile' marker before a {language} block")
            continue
        n += 1
        name = f"block_{n:02d}.cpp"
        wanted.add(name)
        # #line: the compiler's messages point into the guide.
        write_if_changed(os.path.join(out, name), f'#line {line} "{os.path.abspath(guide)}"\n{text}')
        if m := MARKER.match(previous):
            kind, regex = "error", m.group(1)
        elif "TEST(" in text:
            kind, regex = "gtest", ""
        elif re.search(r"\bint main\(", text):
            kind, regex = "program", ""
        else:
            kind, regex = "object", ""
        regex = regex.replace("\\", "\\\\").replace('"', '\\"')
        manifest.append(f'cdkpp_guide_block({n:02d} {kind} {line} "{regex}")\n')
    for name in os.listdir(out):
        if name.startswith("block_") and name.endswith(".cpp") and name not in wanted:
            os.remove(os.path.join(out, name))
    write_if_changed(os.path.join(out, "blocks.cmake"), "".join(manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
