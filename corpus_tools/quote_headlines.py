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
from .quote_names import find_names
from .quote_speakers import first_subject, resolve_phrase, unnamed_first
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
# The lead's source as a phrase closing its sentence (", business lobby group the CBI says.",
# ", one of their frontbenchers has predicted.", ", says the boss of the organisation ...")
# or after "after"/"as" ("after the firm warned it could run out of cash").
_SOURCE_VERBS = r"(?:says|said|warned|predicted|claimed|believes|admitted|insisted|argued|warns)"
_DESCRIBED_RE = re.compile(
    rf",\s+(?P<s2>[^,.;:!?\"“”]{{1,60}}?)\s+(?:(?:has|have)\s+)?(?:[a-z]+ly\s+)?{_SOURCE_VERBS}\.\s*$"
    rf"|,\s+(?:says|said)\s+(?P<s1>the\s+[^,.;:!?\"“”]{{1,120}})\.\s*$"
    rf"|\b(?:after|as)\s+(?P<s3>the\s+[a-z]+)\s+(?:has\s+|had\s+)?{_SOURCE_VERBS}\b"
)
# A lead's own organisation, named by its type: "Shares in Continental Airlines have tumbled
# after the firm warned".
_ORG_NOUNS = frozenset("firm company group airline carrier bank retailer club party".split())


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
        lead = _described_source(doc, lo, hi)
    return [
        replace(q, speaker=lead)
        if q.start < end and not q.speaker and not q.cue and doc.text[: q.start - 1].strip()
        else q
        for q in quotes
    ]


def _described_source(doc: Context, lo: int, hi: int) -> str:
    """The source of a lead sentence that names it only at its end or by a description: "...,
    business lobby group the CBI says." is the CBI; "after the firm warned" the organisation
    the lead names ("Continental Airlines"); "watchdogs have said", "one of their frontbenchers
    has predicted", "says the boss of the organisation that cleared them" the first subject of
    the next sentence, where BBC style names that source ("The Securities & Exchange
    Commission accused ...", "Local government spokesman Ed Davey was speaking ...")."""
    m = _DESCRIBED_RE.search(doc.text, lo, hi)
    if not m:
        return ""
    phrase = m.group("s1") or m.group("s2") or m.group("s3")
    names = find_names(phrase)
    # Only a name closing the phrase is the source ("Tory leader Michael Howard"); one before
    # ("unions at the Italian carmaker") or after "of" ("a committee of MPs") is not.
    if names and names[-1].end == len(phrase) and " of " not in phrase[: names[-1].start]:
        return resolve_phrase(doc, phrase, m.start())
    if m.group("s3"):
        if phrase.split()[-1] not in _ORG_NOUNS:
            return ""
        orgs = [
            doc.canon.resolve(nm.words)
            for nm in find_names(doc.text[lo : m.start()])
            if not nm.possessive
        ]
        orgs = [o for o in orgs if o and doc.canon.kind(o) == "org"]
        return orgs[-1] if orgs else ""  # the firm last named before "the firm"
    # The next sentence names the source as its opening subject; a subject further on ("...,
    # the environment select committee said") or an unnamed one ("The unions claim") is not
    # the lead's source told again.
    nxt = bisect.bisect_right(doc.bounds, hi)
    end = doc.bounds[nxt] if nxt < len(doc.bounds) else len(doc.text)
    subject = first_subject(doc, hi, end)
    verb = _CUE_RE.search(doc.text, hi, end)
    last = subject.split()[-1] if subject else ""
    where = doc.text.find(last, hi, verb.start() if verb else end) if last else -1
    return subject if where >= 0 and not unnamed_first(doc, hi, end) else ""
