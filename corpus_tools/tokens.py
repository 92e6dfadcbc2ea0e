"""Word, number and punctuation tokens with character offsets, from one compiled pattern.

Rules (DESIGN.md, "terms"): hyphenated words stay one token; a clitic 's (possessive or "it's")
is split off as its own token; other contractions ("don't", "we'd") stay whole; typographic and
ASCII apostrophes are treated alike in the lower-cased `norm` form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .normalize import _TYPOGRAPHIC, ascii_quotes
from .records import Token

_LETTER = r"[^\W\d_]"
_ALNUM = r"[^\W_]"
_TOKEN_RE = re.compile(
    rf"""
    (?P<abbr>(?:{_LETTER}\.){{2,}})                           # U.S. e.g. a.m.
    | (?P<numword>\d+(?:[.,:]\d+)*-?{_LETTER}{_ALNUM}*(?:-{_ALNUM}+)*)  # 1990s £1.5m 24-hour
    | (?P<num>\d+(?:[.,:]\d+)*)                               # 2026 200,000 3.5 10:30
    | (?P<clitic>['\u2019][sS](?!{_ALNUM}))                  # the 's of Trump's, it's
    | (?P<word>{_ALNUM}+(?:(?:-|['\u2019](?![sS](?!{_ALNUM})))(?={_ALNUM}){_ALNUM}+)*)
    | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)
# The same tokens, with every word token in group 1 and every other token matching as "": a
# findall() gives the word sequence with gaps where numbers and punctuation stand, at C speed.
# The word branch starts with a letter here; in _TOKEN_RE a digit start is always taken by num.
# Every branch starts with a non-space, so the leading possessive \s*+ only moves the blanks
# between tokens into the next match: findall no longer fails a whole match attempt at each
# blank (a quarter less time), and the tokens and group 1 are unchanged.
_WORD_OR_GAP_RE = re.compile(
    rf"""
    \s*+
    (?:
      ( (?:{_LETTER}\.){{2,}}
      | \d+(?:[.,:]\d+)*-?{_LETTER}{_ALNUM}*(?:-{_ALNUM}+)*
      | ['\u2019][sS](?!{_ALNUM})
      | {_LETTER}{_ALNUM}*(?:(?:-|['\u2019](?![sS](?!{_ALNUM})))(?={_ALNUM}){_ALNUM}+)*
      )
      | \d+(?:[.,:]\d+)*
      | [^\w\s]
    )
    """,
    re.VERBOSE,
)
# The same pattern for texts whose word characters are all ASCII (most English news): letter and
# digit ranges instead of Unicode category tests, a third faster over the BBC corpus. Words, the
# most common tokens, are tried first: an abbreviation is a letter then ".x." (tried before the
# plain word, as above), and the possessive *+ skips backtracking that could never match.
_ASCII_WORD_OR_GAP_RE = re.compile(
    r"""
    \s*+
    (?:
      ( [a-zA-Z]
        (?: \.[a-zA-Z]\.(?:[a-zA-Z]\.)*
        | [a-zA-Z0-9]*+(?:(?:-|['\u2019](?![sS](?![a-zA-Z0-9])))(?=[a-zA-Z0-9])[a-zA-Z0-9]+)*
        )
      | [0-9]+(?:[.,:][0-9]+)*-?[a-zA-Z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*
      | ['\u2019][sS](?![a-zA-Z0-9])
      )
      | [0-9]+(?:[.,:][0-9]+)*
      | [^\w\s]
    )
    """,
    re.VERBOSE,
)
_NON_ASCII_CHAR = re.compile(r"[^\x00-\x7f]")
_KIND = {
    "abbr": "word",
    "numword": "word",
    "num": "num",
    "clitic": "word",
    "word": "word",
    "punct": "punct",
}


# Marks that ascii_quotes maps to "'" although Unicode counts them as letters (ʼ): in the
# normalised text they would tokenise differently, so texts holding them take the slow path.
_LETTER_MARKS = tuple(ch for ch in _TYPOGRAPHIC if re.match(r"\w", ch))


def _normalised(text: str) -> str | None:
    """ASCII-quoted lower-case `text`, or None when that would not tokenise like `text`
    (lower-casing changed its length, as for "İ", or it holds a letter-like mark)."""
    norm_text = ascii_quotes(text).lower()
    if len(norm_text) != len(text) or any(ch in text for ch in _LETTER_MARKS):
        return None
    return norm_text


def iter_tokens(text: str, *, offset: int = 0) -> Iterator[Token]:
    """Yield the tokens of `text`; `offset` is added to every start/end (for sentence slices)."""
    norm_text = _normalised(text)
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        norm = norm_text[s:e] if norm_text is not None else ascii_quotes(m.group()).lower()
        yield Token(s + offset, e + offset, m.group(), norm, _KIND[kind])


def word_sequence(text: str) -> list[str]:
    """The norms of the tokens of `text`, with "" for each number or punctuation token.

    The gaps let callers build n-grams that never cross punctuation.

    >>> word_sequence("Russia’s talks, in 2025.")
    ['russia', "'s", 'talks', '', 'in', '', '']
    """
    norm_text = _normalised(text)
    if norm_text is None:
        return [t.norm if t.kind == "word" else "" for t in iter_tokens(text)]
    return _WORD_OR_GAP_RE.findall(norm_text)


def sentence_word_sequences(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """`word_sequence` of each (start, end) slice of `text`, joined with a "" gap after each.

    The whole text is normalised once rather than once per slice: the hot path of term counts.

    >>> sentence_word_sequences("Talks end. Peskov’s call.", [(0, 10), (11, 25)])
    ['talks', 'end', '', '', 'peskov', "'s", 'call', '', '']
    """
    norm_text = _normalised(text)
    seq: list[str] = []
    if norm_text is None:
        for start, end in spans:
            seq += word_sequence(text[start:end])
            seq.append("")
        return seq
    findall = (_WORD_OR_GAP_RE if _has_non_ascii_word(norm_text) else _ASCII_WORD_OR_GAP_RE).findall
    for start, end in spans:
        seq += findall(norm_text, start, end)
        seq.append("")
    return seq


def _has_non_ascii_word(text: str) -> bool:
    """Whether `text` holds a non-ASCII word character (a letter or digit such as "é").

    Checked on the few non-ASCII characters only (most texts have none, or only "£" and dashes):
    a regex test of every character's Unicode category took a tenth of the term counting time.
    For a non-ASCII character, re's \\w is exactly str.isalnum().

    >>> _has_non_ascii_word("£5m – cafe"), _has_non_ascii_word("café")
    (False, True)
    """
    return not text.isascii() and any(ch.isalnum() for ch in _NON_ASCII_CHAR.findall(text))


def norms_around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Norms of the tokens of `text` ending by `start`, and of those starting from `end`
    (a token overlapping [start, end) is in neither): the context of a mention.

    >>> norms_around("Critics slammed the US-led talks.", 20, 22)
    (['critics', 'slammed', 'the'], ['talks', '.'])
    """
    norm_text = _normalised(text)
    if norm_text is None:
        toks = list(iter_tokens(text))
        return [t.norm for t in toks if t.end <= start], [t.norm for t in toks if t.start >= end]
    left: list[str] = []
    right: list[str] = []
    for m in _TOKEN_RE.finditer(norm_text):
        if m.end() <= start:
            left.append(m.group())
        elif m.start() >= end:
            right.append(m.group())
    return left, right


def iter_norms(text: str) -> Iterator[tuple[str, str]]:
    """Yield (kind, norm) of each token of `text`: the hot path for counting, no offsets.

    >>> list(iter_norms("Russia’s talks."))
    [('word', 'russia'), ('word', "'s"), ('word', 'talks'), ('punct', '.')]
    """
    norm_text = _normalised(text)
    if norm_text is None:
        for tok in iter_tokens(text):
            yield tok.kind, tok.norm
        return
    # Matching the normalised text gives the same spans: the pattern is case-blind and takes
    # ASCII and typographic apostrophes alike.
    kinds = _KIND
    for m in _TOKEN_RE.finditer(norm_text):
        yield kinds[m.lastgroup or "punct"], m.group()


def tokenize(text: str) -> list[Token]:
    """Split `text` into tokens with offsets into `text`.

    >>> [t.text for t in tokenize("Russia’s land-based missiles don't cost $1m.")]
    ['Russia', '’s', 'land-based', 'missiles', "don't", 'cost', '$', '1m', '.']
    """
    return list(iter_tokens(text))


def words(text: str) -> list[str]:
    """Lower-cased, ASCII-apostrophe forms of the word tokens of `text` (no numbers, punctuation).

    >>> words("Peskov said: “It’s the US’s call.”")
    ['peskov', 'said', 'it', "'s", 'the', 'us', "'s", 'call']
    """
    return [t.norm for t in iter_tokens(text) if t.kind == "word"]
