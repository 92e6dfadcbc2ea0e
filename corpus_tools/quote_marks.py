"""Quotation marks paired into candidate quote spans, before anyone is named as the speaker.

Marks are paired per paragraph (line): “ ” « » „ always open or close; a straight " opens when
it follows a space (or a bracket, dash, colon) and precedes a non-space, or, with no quote
open, when it is glued to a full stop and a capital (`carpet."It's`). Single marks ‘ ’ and '
are speech marks only at the top level and never inside a word (don’t, Russia’s), so nested
‘quotes’ stay inside the outer span.

A quote running over paragraphs (British style: no closing mark, the next paragraph opens anew)
or over BBC's run-together paragraphs (`...mongrel. "I don't...`) yields one span per part, each
ending before the next opening mark (trailing space excluded, `closed=False`), so the marks stay
outside every span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK_RE = re.compile("[\"“”«»„‘’']")
_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_TITLE_SMALL = frozenset("the of and a an in on to for at with from by or".split())
_OPEN_ALWAYS = "“«„"
_CLOSE_ALWAYS = "”»"


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """Text between speech marks: `text[start:end]`, marks excluded.

    `closed` is False when the span was ended by a paragraph end or by the next opening mark.
    """

    start: int
    end: int
    closed: bool


def pair_marks(text: str, *, start: int = 0) -> list[MarkedSpan]:
    """Pair opening and closing marks paragraph by paragraph, from `start` on.

    >>> pair_marks('He said: "We are ready. "We will talk."')
    [MarkedSpan(start=10, end=23, closed=False), MarkedSpan(start=25, end=38, closed=True)]
    """
    spans: list[MarkedSpan] = []
    pos = max(0, min(start, len(text)))
    n = len(text)
    while pos < n:
        # Most paragraphs (and every blank line) hold no mark: go straight to the next one that
        # does, so only those are paired.
        mark = _MARK_RE.search(text, pos)
        if mark is None:
            break
        pos = text.rfind("\n", pos, mark.start()) + 1 or pos
        nl = text.find("\n", mark.start())
        end = n if nl < 0 else nl
        spans.extend(_pair_paragraph(text, pos, end))
        pos = end + 1
    return spans


def _pair_paragraph(text: str, lo: int, hi: int) -> list[MarkedSpan]:
    out: list[MarkedSpan] = []
    open_at = -1
    kind = ""  # "d" double or "s" single
    for mark in _MARK_RE.finditer(text, lo, hi):
        i = mark.start()
        ch = mark.group()
        before = text[i - 1] if i > lo else " "
        after = text[i + 1] if i + 1 < hi else " "
        opens = before.isspace() or before in "([{—–-:/" or i == lo
        opens = opens and not after.isspace()
        closes = not before.isspace()
        # A stray space after an opening mark (`was " a worrying issue`), with none open; or no
        # space before one after a full stop (`on the red carpet."It's unlike`), with none open.
        loose = before == " " and after == " " and i + 2 < hi and text[i + 2].isalpha()
        loose = loose or before in ".?!" and after.isupper()
        if ch in '"“”«»„':
            if open_at >= 0 and kind == "d":
                if ch in _OPEN_ALWAYS or (ch == '"' and opens and not closes):
                    out.append(MarkedSpan(open_at, _rstrip(text, open_at, i), False))
                    open_at = i + 1
                elif ch in _CLOSE_ALWAYS or ch == '"':
                    out.append(MarkedSpan(open_at, i, True))
                    open_at = -1
            elif open_at < 0 and (ch in _OPEN_ALWAYS or (ch == '"' and (opens or loose))):
                open_at, kind = i + 1, "d"
        elif open_at < 0:
            if (ch == "‘" or ch == "'") and opens and not before.isalnum():
                open_at, kind = i + 1, "s"
        elif kind == "s" and ch in "’'" and closes and not after.isalnum():
            out.append(MarkedSpan(open_at, i, True))
            open_at = -1
    if open_at >= 0 and kind == "d":
        out.append(MarkedSpan(open_at, _rstrip(text, open_at, hi), False))
    return [r for r in out if r.end > r.start]


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def is_speech(text: str, span: MarkedSpan) -> bool:
    """True for a span of 3+ words that is not a Title Case title such as “Connecting the North”.

    >>> text = "The plan, titled “Connecting the North”, is “not ready yet”, he said."
    >>> [is_speech(text, s) for s in pair_marks(text)]
    [False, True]
    """
    words = _WORD_RE.findall(text, span.start, span.end)
    if len(words) < 3:
        return False
    inner = text[span.start : span.end].rstrip()
    # A title may end in a comma inside the marks (American style: titled “Keeping the F
    # Moving,” the report) and run long ("Safe and Sustainable Maternity Care in North
    # Cumbria"); speech is never printed in Title Case.
    if len(words) <= 10 and inner[-1:] not in ".?!":
        if all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL for w in words):
            return False
    return True
