"""A next candidate when the chosen speaker is a lone role word.

The attribution rules sometimes stop at a title cut from its holder: "Glen Wood, Vice President
of Deutsche Securities Japan, asks" gives "President", "Shadow leader of the Commons Oliver
Heald said" gives "Shadow". `quote_generic.not_a_speaker` rejects such words; the holder is
then the person set off around the title in the same clause.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .quote_context import Context
from .quote_generic import ROLE_WORDS, not_a_speaker
from .quote_marks import MarkedSpan
from .records import Quote

# A clause boundary around a title: the holder is never across a quote mark or a colon.
_STOPS = ',;:"“”«»'


def role_holder(doc: Context, word: str, lo: int, hi: int, *, last: bool) -> str:
    """The person a lone role `word` in `doc.text[lo:hi]` is the title of, or "".

    `last`: the title is the last occurrence in the span (a cue before the quote), else the
    first (a cue after it). In order: the name just before ", <title phrase>," ("Lord Bach,
    Minister for Defence Procurement, said"), the person closing the title's phrase ("Shadow
    leader of the Commons Oliver Heald said"), the name set off right after it ("The Lord
    Chancellor, Lord Falconer, agreed").

    >>> from .quote_subjects import read_context
    >>> doc = read_context("Glen Wood, Vice President of Deutsche Bank, asks: ")
    >>> role_holder(doc, "President", 0, len(doc.text), last=True)
    'Glen Wood'
    """
    if word.lower() not in ROLE_WORDS:
        return ""
    text = doc.text
    hits = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text[lo:hi])]
    if not hits:
        return ""
    at = lo + (hits[-1] if last else hits[0])
    seg_lo = max(lo, max(text.rfind(c, lo, at) for c in _STOPS) + 1)
    ends = [i for i in (text.find(c, at, hi) for c in _STOPS) if i >= 0]
    seg_hi = min(ends) if ends else hi
    i = bisect.bisect_left(doc.starts, seg_lo)
    j = bisect.bisect_left(doc.starts, seg_hi)
    before = doc.names[i - 1] if i > 0 else None
    if before is not None and text[seg_lo - 1 : seg_lo] == "," and before.end == seg_lo - 1:
        name = _person(doc, before.words)
        if name:
            return name
    for nm in reversed(doc.names[i:j]):
        if nm.start > at:
            name = _person(doc, nm.words)
            if len(name.split()) > 3:
                # "Minister for International Affairs Haruto Ishizaki": the title's
                # capitalised object runs into the name, which keeps its last two words.
                name = " ".join(name.split()[-2:])
            if name:
                return name
    after = doc.names[j] if j < len(doc.names) else None
    if (
        after is not None
        and text.startswith(", ", seg_hi)
        and after.start == seg_hi + 2
        and text.startswith(",", after.end)
    ):
        return _person(doc, after.words)
    return ""


def _person(doc: Context, words: tuple[str, ...]) -> str:
    name = doc.canon.resolve(words)
    if doc.canon.kind(name) != "person" or not_a_speaker(name):
        return ""
    return name


def next_candidate(doc: Context, word: str, open_mark: int, close: int) -> str:
    """The holder of a rejected role `word` in the quote's own sentence: before the opening
    mark (a cue before the quote), else after the closing one (a cue after it)."""
    bounds = doc.bounds
    k = bisect.bisect_right(bounds, open_mark) - 1
    name = role_holder(doc, word, bounds[k], open_mark, last=True)
    if name:
        return name
    k2 = bisect.bisect_right(bounds, close)
    end = bounds[k2] if k2 < len(bounds) else len(doc.text)
    return role_holder(doc, word, close, end, last=False)


def carry_back(text: str, raws: list[MarkedSpan], quotes: list[Quote]) -> list[Quote]:
    """A quote part left without a closing mark and without a speaker, run straight into the
    next quote, is the same speech: it takes that quote's speaker (BBC copy runs paragraphs
    together: `"I started training three weeks after my operation. "Now it's basically bring it
    on!" said the giant winger.`).

    >>> from .quote_marks import pair_marks
    >>> text = '"I started training early. "Now bring it on!" said Lomu.'
    >>> raws = pair_marks(text)
    >>> spans = [(r.start, r.end, text[r.start : r.end]) for r in raws]
    >>> qs = [Quote(*span, s, "") for span, s in zip(spans, ["", "Lomu"])]
    >>> [q.speaker for q in carry_back(text, raws, qs)]
    ['Lomu', 'Lomu']
    """
    out = list(quotes)
    for i in range(len(out) - 2, -1, -1):
        gap = text[raws[i].end : raws[i + 1].start]
        if not out[i].speaker and not raws[i].closed and out[i + 1].speaker and _runs_on(gap):
            out[i] = replace(out[i], speaker=out[i + 1].speaker)
    return out


def _runs_on(gap: str) -> bool:
    """Only blanks and an opening mark between two quote parts, in one paragraph."""
    return len(gap) <= 4 and "\n" not in gap and not gap.strip(" \"“'‘")
