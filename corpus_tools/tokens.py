"""Word, number and punctuation tokens with character offsets, from one compiled pattern.

Rules (DESIGN.md, "terms"): hyphenated words stay one token; a clitic 's (possessive or "it's")
is split off as its own token; other contractions ("don't", "we'd") stay whole; typographic and
ASCII apostrophes are treated alike in the lower-cased `norm` form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .normalize import ascii_quotes
from .records import Token

_LETTER = r"[^\W\d_]"
_ALNUM = r"[^\W_]"
_TOKEN_RE = re.compile(
    rf"""
    (?P<abbr>(?:{_LETTER}\.){{2,}})                           # U.S. e.g. a.m.
    | (?P<num>\d+(?:[.,:]\d+)*(?!{_LETTER}))                   # 2026 200,000 3.5 10:30
    | (?P<clitic>['\u2019][sS](?!{_ALNUM}))                  # the 's of Trump's, it's
    | (?P<word>{_ALNUM}+(?:(?:-|['\u2019](?![sS](?!{_ALNUM})))(?={_ALNUM}){_ALNUM}+)*)
    | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)
_KIND = {"abbr": "word", "num": "num", "clitic": "word", "word": "word", "punct": "punct"}


def iter_tokens(text: str, *, offset: int = 0) -> Iterator[Token]:
    """Yield the tokens of `text`; `offset` is added to every start/end (for sentence slices)."""
    norm_text = ascii_quotes(text).lower()  # same length as text: offsets carry over
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        yield Token(s + offset, e + offset, m.group(), norm_text[s:e], _KIND[kind])


def tokenize(text: str) -> list[Token]:
    """Split `text` into tokens with offsets into `text`.

    >>> [t.text for t in tokenize("Russia’s land-based missiles don't cost $1m.")]
    ['Russia', '’s', 'land-based', 'missiles', "don't", 'cost', '$', '1m', '.']
    """
    return list(iter_tokens(text))


def words(text: str) -> list[str]:
    """The lower-cased, ASCII-apostrophe forms of the word tokens of `text` (no numbers, no punctuation).

    >>> words("Peskov said: “It’s the US’s call.”")
    ['peskov', 'said', 'it', "'s", 'the', 'us', "'s", 'call']
    """
    return [t.norm for t in iter_tokens(text) if t.kind == "word"]
