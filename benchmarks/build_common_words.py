"""Build corpus_tools/data/common-words.tsv: words mostly printed in lower case mid-sentence.

For every word of the BBC News corpus (2,095 articles, 2004-2005; the copy in
../shared/data/bbc-news, MIT licence) count how often it is printed in lower case and how often
capitalised in mid-sentence position: after a lower-case word, a comma or a semicolon and one
space, never the first word of a sentence and never in the headline (each file's first line),
where any word may be capitalised. Words printed in lower case at least `MIN_LOWER` times and in
at least `MIN_SHARE` of their mid-sentence uses are listed with both counts, so the rules can
tell a descriptor capitalised to open a sentence or a headline ("Local MSP Alasdair Nicolson",
"Once Google started") from a name that is also a common word ("Gordon Brown", "Mike Friday":
"brown" and "friday" are capitalised mid-sentence far more often than not).

    .venv/bin/python benchmarks/build_common_words.py [BBC_DIR] [OUT]

The corpus is read here only; the derived counts are committed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "data" / "bbc-news"
OUT = REPO / "corpus_tools" / "data" / "common-words.tsv"
MIN_LOWER = 5
MIN_SHARE = 0.6
# A word after a lower-case letter, comma or semicolon and one space: mid-sentence. Title case
# or lower case only ("BBC", "McDonald" say nothing about a common word).
_MID_WORD_RE = re.compile(r"(?<=[a-z,;] )([A-Za-z][a-z]+(?:-[a-z]+)*)\b")
_HEADER = """\
# Words printed mostly in lower case mid-sentence in news text: word, lower-case count,
# capitalised count (tab-separated); "#" starts a comment.
# Source: BBC News corpus (2,095 articles from 2004-2005; the bbc-news copy in the project's
# shared data, MIT licence, Copyright (c) 2017 Nikita Savchenko). Derived by
# benchmarks/build_common_words.py: each word's uses after a lower-case word, a comma or a
# semicolon and one space (not sentence-initial, not in headlines), lower case vs title case;
# listed when lower case {min_lower}+ times and in {share:.0%}+ of those uses.
"""


def count(bbc: Path) -> tuple[Counter[str], Counter[str]]:
    """(lower-case, capitalised) mid-sentence counts per lower-case word over all articles."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for path in sorted(bbc.glob("*/*.txt")):
        body = path.read_text(encoding="utf-8", errors="replace").split("\n", 1)[-1]
        for m in _MID_WORD_RE.finditer(body):
            word = m.group(1)
            if word[0].isupper():
                upper[word.lower()] += 1
            else:
                lower[word] += 1
    return lower, upper


def main() -> None:
    bbc = Path(sys.argv[1]) if len(sys.argv) > 1 else BBC
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else OUT
    lower, upper = count(bbc)
    rows = [
        f"{w}\t{n}\t{upper[w]}"
        for w, n in sorted(lower.items())
        if n >= MIN_LOWER and n >= MIN_SHARE * (n + upper[w])
    ]
    header = _HEADER.format(min_lower=MIN_LOWER, share=MIN_SHARE)
    out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} words -> {out}")


if __name__ == "__main__":
    main()
