"""Passes over a document's attributed quotes that give unattributed ones a speaker.

A headline quote often repeats words of an attributed body quote (`echo_speakers`), or sums up
what the source of the first body sentence says (`headline_speakers`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .normalize import ascii_quotes
from .quote_context import ORG_HEAD_SET, Context
from .quote_name_parts import Name
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
# The word before a cue verb, past "has"/"have": "passengers" in "Metro passengers say".
_SUBJECT_HEAD_RE = re.compile(r"(\w+)\s+(?:(?:has|have|had)\s+)?$")
# Words before a cue verb that are no subject's head: "who says", "had accused", "he said".
_NOT_HEADS = frozenset(
    "had has have who which that he she they it we i you and but also then not never now "
    "today yesterday again later earlier once always still just".split()
)
# Intro and headline partials are short; a longer quote is no summary of another.
_PARTIAL_MAX = 120
_PUNCT = "\"'.,;:!?()-"
_PLACE_PREP_RE = re.compile(r"\b(?:from|in|at|on|near)\s+$")
_SPOKES_RE = re.compile(r"\bspokes(?:wo)?m[ae]n\b|\bspokesperson\b")
# The lead's source as a phrase closing its sentence (", business lobby group the CBI says.",
# ", one of their frontbenchers has predicted.", ", says the boss of the organisation ...")
# or after "after"/"as" ("after the firm warned it could run out of cash").
_SOURCE_VERBS = r"(?:says|said|warned|predicted|claimed|believes|admitted|insisted|argued|warns)"
_DESCRIBED_RE = re.compile(
    rf",\s+(?P<s2>[^,.;:!?\"“”]{{1,60}}?)\s+(?:(?:has|have)\s+)?(?:[a-z]+ly\s+)?{_SOURCE_VERBS}\.\s*$"
    rf"|,\s+(?:says|said)\s+(?P<s1>the\s+[^,.;:!?\"“”]{{1,120}})\.\s*$"
    rf"|\b(?:after|as)\s+(?P<s3>the\s+[a-z]+)\s+(?:has\s+|had\s+)?{_SOURCE_VERBS}\b"
)


def echo_speakers(quotes: list[Quote]) -> list[Quote]:
    """An unattributed quote repeating words of an attributed one (a headline's ‘It felt like a
    betrayal’ from the body's “... It felt like a betrayal.”) takes that quote's speaker.

    >>> qs = [Quote(1, 9, "Too late", "", ""), Quote(20, 40, "It is too late now.", "Ann Lee", "")]
    >>> [q.speaker for q in echo_speakers(qs)]
    ['Ann Lee', 'Ann Lee']
    """
    if all(q.speaker or q.cue for q in quotes):
        return quotes  # the common case: nothing to echo
    keys = [_echo_key(q.text) for q in quotes]
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


def person_echoes(doc: Context, quotes: list[Quote]) -> list[Quote]:
    """A partial quote given a group, place or description ("Traders in Portobello have warned
    ... could "kill the high street"", "Metro passengers say they were "left stranded"") whose
    words reappear in a later, longer quote of a named person ("... it will kill the high
    street, simple as that," said Fiona McLeish) is that person's: the intro sums up her words.
    """
    out = list(quotes)
    for i, q in enumerate(quotes):
        src = _repeated_by(doc, q, quotes[i + 1 :]) if len(q.text) <= _PARTIAL_MAX else None
        if src and _weak_source(doc, q):
            out[i] = replace(q, speaker=src.speaker)
    return out


def _repeated_by(doc: Context, q: Quote, later: list[Quote]) -> Quote | None:
    """The first later, longer quote of a named person holding all of `q`'s words in order."""
    if q.text.count(" ") < 2:
        return None  # three words at least: a shared "very sad" is no evidence
    # A cheap raw test before any normalising: the quote's longest word is in the later one.
    probe = max(ascii_quotes(q.text).casefold().split(), key=len).strip(_PUNCT)
    longer = [
        o
        for o in later
        if o.speaker and len(o.text) > len(q.text) and probe in ascii_quotes(o.text).casefold()
    ]
    if not longer:
        return None
    key = f" {_echo_key(q.text)} "
    if key.count(" ") < 4:
        return None
    for o in longer:
        if (
            key in f" {_echo_key(o.text)} "
            and doc.canon.kind(o.speaker) == "person"
            and _named_at(doc, o)
        ):
            return o
    return None


def _weak_source(doc: Context, q: Quote) -> bool:
    """The quote's source is no named person: none found, an organisation, place or group
    ("Traders", "Derby"), a speaker carried over with no cue of its own (a headline's), or a
    cue whose subject ends on a common noun ("Metro passengers say", "one resident says")."""
    if not q.speaker or doc.canon.kind(q.speaker) != "person":
        return True
    if not q.cue:  # a headline's speaker comes from the lead; a body continuation's is firm
        return q.start < headline_end(doc.text)
    lo = doc.bounds[max(0, bisect.bisect_right(doc.bounds, q.start) - 1)]
    cues = list(re.finditer(rf"\b{re.escape(q.cue)}\b", doc.text[lo : q.start]))
    head = _SUBJECT_HEAD_RE.search(doc.text, lo, lo + cues[-1].start()) if cues else None
    word = head.group(1) if head else ""
    return word.isalpha() and word.islower() and word not in _NOT_HEADS


def _named_at(doc: Context, q: Quote) -> bool:
    """The quote's speaker is the person named last before it, or first in its trailing cue,
    with no unnamed spokesperson between: a speaker carried over by "she said" across other
    people ("The executive spokeswoman said ... She said: "...") is too weak to move words."""
    i = bisect.bisect_left(doc.starts, q.start)
    after = doc.names[i] if i < len(doc.names) else None
    if after and after.start - q.end < 40 and _person(doc, after) == q.speaker:
        return True  # '"Nobody picks up the phone. ...," Alston said.'
    before = next((nm for nm in reversed(doc.names[:i]) if _person(doc, nm)), None)
    return (
        before is not None
        and _person(doc, before) == q.speaker
        and not _SPOKES_RE.search(doc.text, before.end, q.start)
    )


def _person(doc: Context, nm: Name) -> str:
    """The person a name mention resolves to, or "" for an organisation or place ("Commuter
    Lauren Robson, 29, from Whitley Bay": a name after "from", "in" or "at" is where, not who).
    """
    if _PLACE_PREP_RE.search(doc.text, max(0, nm.start - 6), nm.start):
        return ""
    name = doc.canon.resolve(nm.words)
    return name if name and doc.canon.kind(name) == "person" else ""


def _echo_key(text: str) -> str:
    """A quote's words, case and punctuation dropped, for finding them inside another quote."""
    return _ECHO_KEY_RE.sub(" ", ascii_quotes(text).casefold()).strip()


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
        # a lead's own organisation named by its type: "Shares in Continental Airlines have
        # tumbled after the firm warned"
        if phrase.split()[-1] not in ORG_HEAD_SET:
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
