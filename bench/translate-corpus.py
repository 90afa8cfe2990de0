#!/usr/bin/env python3
"""Makes a multilingual copy of a benchmark corpus: every public page gets a translation into
each language given (`<id>.<code>.md` beside it, front matter reduced to title and summary,
the body copied with its words reversed so that the index holds other word forms), the
languages go into casebook.yml, and the translations are committed, so the copy builds with
history like the original.

usage: bench/translate-corpus.py CORPUS OUTPUT CODE [CODE ...]
  CORPUS  a corpus from gen_corpus.py (not modified)
  OUTPUT  where the copy goes (replaced)
  CODE    language tags, e.g. es fr
"""

import pathlib
import re
import shutil
import subprocess
import sys


def front_matter(text):
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    return (match.group(1), text[match.end():]) if match else (None, text)


def main(corpus, output, codes):
    corpus, output = pathlib.Path(corpus), pathlib.Path(output)
    shutil.rmtree(output, ignore_errors=True)
    shutil.copytree(corpus, output, symlinks=True)
    defaults = (output / "casebook.yml").read_text()
    public_types = set(re.findall(r"^  (\w+): \{ audience: public \}", defaults, re.M))
    translated = 0
    for page in sorted((output / "content").glob("*/*.md")):
        if page.name == "README.md" or page.stem.count("."):
            continue
        yaml, body = front_matter(page.read_text())
        if yaml is None:
            continue
        audience = re.search(r"^audience: (\w+)", yaml, re.M)
        if (audience.group(1) if audience else ("public" if page.parent.name in public_types else "internal")) != "public":
            continue
        title = re.search(r"^title: (.*)$", yaml, re.M).group(1)
        summary = re.search(r"^summary: (.*)$", yaml, re.M)
        reversed_body = "\n".join(" ".join(word[::-1] if word.isalpha() else word for word in line.split(" "))
                                  if not line.startswith(("#", ">", "|", "-", "[")) else line
                                  for line in body.split("\n"))
        for code in codes:
            lines = [f"title: {title}"] + ([f"summary: {summary.group(1)}"] if summary else [])
            (page.parent / f"{page.stem}.{code}.md").write_text("---\n" + "\n".join(lines) + "\n---\n" + reversed_body)
        translated += 1
    with open(output / "casebook.yml", "a") as config:
        config.write("\nlanguages:\n" + "".join(f"  {code}: {{}}\n" for code in codes))
    git = ["git", "-C", str(output)]
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["-c", "user.name=Bench", "-c", "user.email=bench@example.com", "commit", "-qm",
                          "Translations into " + ", ".join(codes)], check=True)
    print(f"{translated} public pages translated into {', '.join(codes)} in {output}")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
