"""Recognising headline and standfirst lines in scraped news pages.

Scraped pages arrive out of order: the headline and standfirst can sit mid-file. Such lines are
short, start like a headline and have no sentence-final punctuation; page furniture (bylines,
captions, share prompts) that looks similar is excluded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_LINE = re.compile(r"[^\r\n]+")
_BLANK_LINE_AFTER = re.compile(r"(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)")

# Headline heuristic for scraped pages: short, starts like a headline, no sentence-final mark.
_FINAL_MARKS = (".", "!", "?", ":", ";", ",", "…", '"', "'", "\u201d", "\u2019")
_OPENING_QUOTES = ('"', "'", "\u201c", "\u2018", "\u00ab", "\u201e")
# Page furniture that looks like a headline: bylines, captions, share and sign-up prompts.
_NOT_HEADLINE = re.compile(
    r"By [A-Z]|(?i:(photograph|photo|image|picture|video|watch|listen|related)\s*:"
    r"|read more|share (this|on)|follow us|sign up|advertisement|(updated|published|last "
    r"modified) \d)|.* \| "
)
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"'\u201d\u2019]?\s+[A-Z]")


HEADER_KINDS = ("title", "standfirst")


def nonblank_lines(text: str, start: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, followed_by_blank_line) of each non-blank line, whitespace trimmed."""
    for match in _LINE.finditer(text, start):
        line = match.group()
        if line.isspace():
            continue
        s = match.start() + len(line) - len(line.lstrip())
        e = match.end() - (len(line) - len(line.rstrip()))
        yield s, e, _BLANK_LINE_AFTER.match(text, match.end()) is not None


def _looks_like_headline(line: str) -> bool:
    """Short, starts with a capital, digit or currency sign, and ends without a sentence mark."""
    n_words = len(line.split())
    return (
        3 <= n_words <= 25
        and len(line) <= 200
        and (line[0].isupper() or line[0].isdigit() or line[0] in "$£€")
        and not line.endswith(_FINAL_MARKS)
        and not line.startswith(_OPENING_QUOTES)
        and not _NOT_HEADLINE.match(line)
        and not _INNER_SENTENCE_END.search(line)
    )


def scraped_headers(text: str, lines: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Title and standfirst anywhere in a scraped page: headline-like lines, preferably a pair.

    A headline followed at once by a standfirst is the strongest signal, so the first such pair
    wins over an earlier lone headline-like line (often a caption or a crosshead).
    """
    flags = [_looks_like_headline(text[s:e]) for s, e, _ in lines]
    for i in range(len(lines) - 1):
        if flags[i] and flags[i + 1]:
            return [lines[i][:2], lines[i + 1][:2]]
    return [lines[i][:2] for i, flag in enumerate(flags) if flag][:1]


def plain_headers(text: str, lines: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """A first line followed by a blank line is the title (BBC); else only a clear headline."""
    if len(lines) < 2:
        return []
    first = text[lines[0][0] : lines[0][1]]
    if lines[0][2]:
        # BBC titles may end in ? or ... but a line ending in , ; or : leads into what follows
        short = len(first.split()) <= 30 and len(first) <= 250
        return [lines[0][:2]] if short and not first.endswith((",", ";", ":")) else []
    if not _looks_like_headline(first):
        return []
    second = text[lines[1][0] : lines[1][1]]
    if len(lines) > 2 and _looks_like_headline(second):
        return [lines[0][:2], lines[1][:2]]
    return [lines[0][:2]]
