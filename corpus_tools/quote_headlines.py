"""Passes over a document's attributed quotes that give unattributed ones a speaker.

A headline quote often repeats words of an attributed body quote (`echo_speakers`), or sums up
what the source of the first body sentence says (`headline_speakers`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .normalize import ascii_quotes
from .quote_context import Context
from .quote_speakers import first_subject
from .quote_verbs import VERBS
from .records import Quote

# A speech verb, but not inside "so-called".
_CUE_RE = re.compile(rf"(?<![\w\-])(?:{VERBS})\b")
# A source and its speech verb: "Dick Pound says", "Fannie Mae boss Franklin Raines has told".
_LEAD_CUE_RE = re.compile(
    r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von))*(?:\s*,[^,.]{1,60},)?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:says|said|told|warned|claimed|believes|admitted|insisted|"
    r"argued|predicted|revealed|confirmed|denied|urged)\b"
)
_ECHO_KEY_RE = re.compile(r"[^\w']+")


def echo_speakers(quotes: list[Quote]) -> list[Quote]:
    """An unattributed quote repeating words of an attributed one (a headline's ‘It felt like a
    betrayal’ from the body's “... It felt like a betrayal.”) takes that quote's speaker.

    >>> qs = [Quote(1, 9, "Too late", "", ""), Quote(20, 40, "It is too late now.", "Ann Lee", "")]
    >>> [q.speaker for q in echo_speakers(qs)]
    ['Ann Lee', 'Ann Lee']
    """
    if all(q.speaker or q.cue for q in quotes):
        return quotes  # the common case: nothing to echo
    keys = [_ECHO_KEY_RE.sub(" ", ascii_quotes(q.text).casefold()).strip() for q in quotes]
    out = []
    for q, key in zip(quotes, keys, strict=True):
        if not q.speaker and not q.cue and key:
            src = next(
                (
                    o
                    for o, k in zip(quotes, keys, strict=True)
                    if o.speaker and f" {key} " in f" {k} "
                ),
                None,
            )
            q = replace(q, speaker=src.speaker) if src else q
        out.append(q)
    return out


def headline_end(text: str) -> int:
    """Where the headline ends: the first line, if a blank line follows it and it has no full
    stop at its end (a headline is no sentence); 0 when the text has no headline.

    >>> headline_end("Jones medals 'must go if guilty'\\n\\nWADA chief Dick Pound says so.")
    32
    """
    end = text.find("\n\n", 0, 300)
    if end <= 0 or text[:end].rstrip(" '\"’”").endswith((".", ":")):
        return 0
    return end


def headline_speakers(doc: Context, quotes: list[Quote]) -> list[Quote]:
    """A headline quote with no cue, and no body quote it echoes, is the words of the source
    the first body sentence reports: "Jones medals 'must go if guilty'" over "WADA chief Dick
    Pound says Marion Jones should be stripped of all her medals" is Dick Pound's."""
    end = headline_end(doc.text) if quotes and quotes[0].start < 300 else 0
    if not end or all(q.speaker or q.cue or q.start > end for q in quotes):
        return quotes  # the common case
    k = bisect.bisect_right(doc.bounds, end)
    lo = doc.bounds[k] if k < len(doc.bounds) else len(doc.text)
    hi = doc.bounds[k + 1] if k + 1 < len(doc.bounds) else len(doc.text)
    lead = first_subject(doc, lo, hi) if _CUE_RE.search(doc.text, lo, hi) else ""
    i = bisect.bisect_left(doc.subjects, (lo,))
    at = doc.subjects[i][0] if lead and i < len(doc.subjects) else hi
    # Only a source that says something: "WADA chief Dick Pound says", "Michael Howard has
    # said", not "Italian carmaker Alfa Romeo is to get" nor "Singer Ian Brown was arrested".
    if not _LEAD_CUE_RE.match(doc.text, at, min(hi, at + 80)):
        lead = ""
    return [
        replace(q, speaker=lead)
        if q.start < end and not q.speaker and not q.cue and doc.text[: q.start - 1].strip()
        else q
        for q in quotes
    ]
