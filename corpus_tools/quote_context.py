"""One document's sentences, names and sentence subjects, as the quote attribution steps see them.

`Context` holds the text, its sentence starts, the names outside quotes, their fullest forms
(`Canon`) and the subjects found so far, in text order. A sentence whose subject can only be
found by name and verb ("Southcorp chairman Brian Finn said" gives Brian Finn: a name that only
qualifies the next one is dropped; "The City captain, Daniel Osei, who scored twice, paid")
holds a placeholder until a lookup reaches it (`recent_subjects`, `settle_between`): that rule
is the costly one, a pure function of the text, and most sentences are never asked about.
The rules that resolve a phrase against earlier subjects (`quote_subjects`) fill the rest.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .quote_canon import Canon
from .quote_lexicon import DOTTED_TITLES, HONORIFIC_GENDER, SKIP_WORDS, title_stop_lookbehinds
from .quote_names import Name
from .quote_verbs import NOT_VERB, VERBS, drop_modifiers, looks_verb

# (offset, resolved name, gender, kind) of each sentence subject and quote speaker.
Subject = tuple[int, str, str, str]
# The kind of a placeholder (sentence offset, "", "", PENDING) for a subject found by name
# and verb, worked out when a lookup first reaches it (`_settle`): most never are.
PENDING = "~pending"

# The word after a candidate sentence end; group 2 marks an initial ("K." in "J. K. Rowling").
_NEXT_WORD_RE = re.compile(r"([A-Z][\w'’\-]*)(\.(?=\s))?")

# Lookbehinds after the punctuation, so they are only tried at a candidate boundary; a
# lower-case word next (`?" said Calder`) continues the sentence. One character class first:
# "[.!?](?<!...)...|\n+" matches the same but tries the "|" at every position (3x slower).
# Abbreviated titles end no sentence: "Mr.", "Sen. Laura Whitcomb", "Gov. Ann Ray" (US wire
# style); one lookbehind per width, since a lookbehind's alternatives must be equally long.
_NOT_AFTER_TITLES = title_stop_lookbehinds((*DOTTED_TITLES, "St"), negative=True)
_SENT_END_RE = re.compile(
    rf"[.!?\n](?:(?<=\n)\n*|{_NOT_AFTER_TITLES}"
    r"['\"’”)]*\s+(?![\sa-z]))"
)
# Head nouns of a description meaning an organisation: "the firm", "the GMB union".
_ORG_HEAD_WORDS = (
    "firm company group retailer carmaker maker monopoly bank business chain giant operator "
    "regulator watchdog union association government ministry department council board agency "
    "club organisation organization charity party airline insurer supermarket broadcaster "
    "band team side label studio authority commission committee office brewer chipmaker "
    "police force orchestra carrier port airport hospital university museum"
)
ORG_HEAD_SET = frozenset(_ORG_HEAD_WORDS.split())
ORG_HEAD_ALT = "|".join(_ORG_HEAD_WORDS.split())
# "Sarah Beck of Investec", "advice to Mills": a name after a preposition is not the subject.
AFFIL_RE = re.compile(
    r"\b(?:of|at|for|from|with|in|to|by|on|about|against|than|into)\s+(?:(?:the|an?)\s+)?"
    rf"(?:(?:[a-z][\w\-]*\s+)?(?:{ORG_HEAD_ALT})\s+)?$"
)
# The listener or the outlet is never the speaker: "told Spanish newspaper El Correo", "in an
# interview with the Basque newspaper El Correo, he said", "speaking to ITV's", "the album X".
_OUTLET_RE = re.compile(
    r"(?:\b(?:told|telling|tells|interview\s+with|speaking\s+to|spoke\s+to|talking\s+to|"
    r"wrote\s+in|writing\s+in)\s+(?:(?:the|an?)\s+)?|\b(?:newspaper|magazine|tabloid|"
    r"broadcaster|daily|weekly|paper|website|channel|programme|album|novel|book|show|station)"
    r"\s+)$"
)
HONORIFIC_TITLES = frozenset(DOTTED_TITLES) | {t.capitalize() for t in HONORIFIC_GENDER}
TIME = r"(?:\s+(?:on\s+)?(?:[MTWFS][a-z]+day|yesterday|today|also|then|later|now))?"
# "Gerrard, who fired Liverpool into the last 16 ..., insisted": a relative clause before the verb.
_RELATIVE = r"\s*,\s*(?:who|whose|which)\b(?:[^.;\"“”]|\.(?=\d)){1,160}?,"
# "Sen. Laura Whitcomb, D-Ore., who leads the opposition, said": a US party-state tag; in
# brackets, a party or state tag or an age: "Rep. Curtis Albright (R-Kan.) said", "Cllr Seán
# Hehir (FF) said" (Irish and British local papers), "Margaret Kennedy (84) fell".
# Not an acronym in brackets, which repeats the name before it: "The Consumer Electronics Show
# (CES) featured" is no subject (most such bodies are topics, not speakers).
BRACKET_TAG = (
    r"\s\((?:[A-Z][A-Z]?|[A-Z][a-z]{1,5}|SNP|DUP|UUP|SDLP|TUV|PBP|[DRI]-[A-Z][\w.]{0,8}|\d{1,3})\)"
)
PARTY_TAG = rf"(?:,[ \t]*[DRI]-[A-Z][A-Za-z]*\.?(?=,)|{BRACKET_TAG})?"
# "Sarah Beck of Investec said", "Faisal Rahman of Gulfstone Advisory said": the employer named
# after the person, between the name and its verb.
_NAME = r"[A-Z][\w&'’\-]*"
AFFILIATION = rf"(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:{_NAME}\s+){{0,4}}{_NAME}(?![\w&'’.\-]))?"
# "Jean Hollis, 81, from Frisby, uses the bus": an age and a home town set off by commas
# introduce a person (a regional paper's vox pop) whom a later "She told ..." means; the clause
# after the age may run to 90 characters ("whose family has farmed sugar cane outside the town for
# three generations").
_AGE_APPOSITIVE = r"\s*,\s*(?:aged\s+)?\d{1,3}\s*,(?:[^,.;\"“”]{1,90},)?"
# The word after a subject and its time words, where its verb would be. A hyphenated verb is one
# word: "Lee co-created", not "Lee co".
_NEXT_WORD = rf"{TIME}(?:\s+[a-z]+ly)?\s+(?P<w>[a-z]+(?:-[a-z]+)*)"
_FOLLOW_VERB_RE = re.compile(
    rf"{PARTY_TAG}{AFFILIATION}(?:{_RELATIVE}|{_AGE_APPOSITIVE}|\s*,[^,.;\"“”]{{1,60}},|\s*,)?"
    rf"{_NEXT_WORD}"
)
# A longer description set off by commas, in lower case, then a verb: "Flic Everett, journalist
# and dating expert for Company magazine and the Daily Express, thinks" (tried only when the
# rule above finds no verb, so "For Rick Dean, director of ... THX, a high-definition future"
# keeps its old reading).
_LONG_APPOSITIVE_VERB_RE = re.compile(rf"\s*,\s(?=[a-z])[^,.;\"“”]{{61,90}},{_NEXT_WORD}")
_WHO_CUE_RE = re.compile(rf"(?:{_AGE_APPOSITIVE}|\s*,)\s*who\s+(?:told|said|says|tells)\b")
_PLURAL_VERBS = frozenset("have are were say tell both all".split())
_CUE_AFTER = rf"{TIME}\s+(?:also\s+|then\s+|later\s+)?"
# A participle right after a name is its own ("with minister Herve Gaymard telling"); after a
# clause set off by commas it belongs to the sentence's subject: "The Scot defended Beattie,
# whose dismissal ..., saying". Up to 90 characters: "Helen Papadakis, 71, who takes the tram
# to medical appointments in Parkville twice a week, said".
_FOLLOW_CUE_RE = re.compile(
    rf"{PARTY_TAG}{AFFILIATION}(?:(?:{_RELATIVE}|\s*,(?:[^.;\"“”]|\.(?=\d)){{1,90}}?,?){_CUE_AFTER}"
    rf"(?!saying|telling|adding|insisting|warning)|{_CUE_AFTER})(?:{VERBS})\b"
)


@dataclass(slots=True)
class Context:
    """One document's sentences, names and subjects, shared by the attribution steps; built by
    `quote_subjects.read_context`."""

    text: str
    bounds: list[int]  # sentence starts
    names: list[Name]  # outside quotes
    starts: list[int]  # of names
    canon: Canon
    subjects: list[Subject]
    pronouns: dict[int, str]  # sentence offset -> referent of its leading he/she/they
    roles: dict[str, list[tuple[int, str, frozenset[str]]]] | None = None  # built on first use
    pending: dict[int, int] = field(default_factory=dict)  # placeholder's sentence start -> end
    # Offsets of leading pronouns that mean a person never named (`quote_unnamed`).
    unnamed: set[int] = field(default_factory=set)


def outside(names: list[Name], spans: Sequence[tuple[int, int]]) -> list[Name]:
    """The names starting outside the sorted, disjoint (start, end) spans: one merge pass.

    >>> from .quote_names import find_names
    >>> [nm.words for nm in outside(find_names('Ann Lee said "Bob Hope" is Tom Ray'), [(14, 22)])]
    [('Ann', 'Lee'), ('Tom', 'Ray')]
    """
    keep, j = [], 0
    for nm in names:
        while j < len(spans) and spans[j][1] <= nm.start:
            j += 1
        if j == len(spans) or nm.start < spans[j][0]:
            keep.append(nm)
    return keep


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start: after . ! ? (and closing marks) before a non-lower-case
    word, and after line breaks; "Mr." and "Dr." do not end sentences.

    >>> sentence_starts('"Why?" said Calder. He left.')
    [0, 20]
    >>> sentence_starts("Sen. Mark R. Whitfield said so. Plan B. The end.")  # an initial
    [0, 32, 40]
    """
    starts = [0]
    for m in _SENT_END_RE.finditer(text):
        i = m.start()
        # Checked only after ". " with one capital before it: a middle initial is rare.
        if (
            text[i - 1 : i].isupper()
            and text[i - 2 : i - 1] == " "
            and text[i + 1 : i + 2] == " "  # no closing mark: `Cell Block H." Labour had`
            and _initial(text, i, m.end())
        ):
            continue
        starts.append(m.end())
    return starts


def _initial(text: str, dot: int, nxt: int) -> bool:
    """The capital before `text[dot]` is an initial inside a name: "Mark R. Whitfield", "author
    J. K. Rowling" (a capitalised word before it or an initial after it, and a name word next,
    not a sentence opener: "Plan B. The").

    >>> _initial("Mark R. Whitfield", 6, 8), _initial("Plan B. The end", 6, 8)
    (True, False)
    """
    word = _NEXT_WORD_RE.match(text, nxt)
    if word is None or word.group(1).lower() in SKIP_WORDS:
        return False
    if word.group(2):  # another initial follows: "J. K. Rowling"
        return True
    prev = text[max(0, dot - 30) : dot - 2].split()
    return bool(prev) and prev[-1][:1].isupper() and prev[-1].isalpha()


def _name_subject(doc: Context, lo: int, hi: int) -> Subject | None:
    """The subject of sentence `text[lo:hi]` found by name and verb ("Southcorp chairman Brian
    Finn said"), if any: a pure function of the text and its names."""
    text, names, starts, canon = doc.text, doc.names, doc.starts, doc.canon
    cands = [
        nm
        for nm in names[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
        if not nm.possessive
    ]
    # "It is also a debut nomination for Staunton, 49, who told BBC News": a name after a
    # preposition speaks when its relative clause reports its words.
    reporter = next((nm for nm in cands if _WHO_CUE_RE.match(text, nm.end)), None)
    if reporter is not None:
        name = canon.resolve(reporter.words)
        if canon.kind(name) == "person":
            return (reporter.start, name, canon.gender(name), "person")
    cands = [
        nm
        for nm in cands
        if not AFFIL_RE.search(text, max(lo, nm.start - 30), nm.start)
        # An outlet's name never opens with an honorific ("On the Today programme Mr Johnson").
        and (
            nm.words[0] in HONORIFIC_TITLES
            or not _OUTLET_RE.search(text, max(lo, nm.start - 30), nm.start)
        )
    ]
    cands = [nm for nm in drop_modifiers(text, cands) if _plausible(text, nm, lo, canon)]
    pick = next((nm for nm in cands if _FOLLOW_CUE_RE.match(text, nm.end)), None)
    # A name then a verb-like word; failing that, then any word but a preposition.
    for strict in (True, False):
        for nm in cands if pick is None else ():
            m = _FOLLOW_VERB_RE.match(text, nm.end)
            w = m.group("w") if m else "in"
            if looks_verb(w) if strict else w not in NOT_VERB:
                pick = nm
                break
            long = _LONG_APPOSITIVE_VERB_RE.match(text, nm.end) if strict else None
            if long and looks_verb(long.group("w")):
                pick = nm
                break
    if pick is None:
        return None
    name = canon.resolve(pick.words)
    if canon.kind(name) == "org":
        # "the National Publicity Secretary of the ... Association, Chinedu Okonkwo, blamed": a
        # person set off by commas right after a body or a role of it is the one meant.
        i = bisect.bisect_right(starts, pick.start)
        nxt = names[i] if i < len(names) else None
        if (
            nxt is not None
            and nxt.start == pick.end + 2
            and text.startswith(", ", pick.end)
            and text.startswith(",", nxt.end)
            and canon.kind(person := canon.resolve(nxt.words)) == "person"
        ):
            pick, name = nxt, person
    if _coordinated(text, names, starts, pick):
        # "Gardener, Darren Campbell and Mark Lewis-Francis have": a plural subject, which a
        # later "he" or "she" does not mean.
        return (pick.start, name, "", "group")
    return (pick.start, name, canon.gender(name), canon.kind(name))


def _coordinated(text: str, names: list[Name], starts: list[int], nm: Name) -> bool:
    """`nm` is the last of names joined by "and" ("Gardener, Campbell and Mark Lewis-Francis").

    >>> from .quote_names import find_names
    >>> text = "Darren Campbell and Mark Lewis-Francis have won."
    >>> names = find_names(text)
    >>> _coordinated(text, names, [n.start for n in names], names[1])
    True
    """
    i = bisect.bisect_left(starts, nm.start)
    if i == 0 or text[nm.start - 5 : nm.start] != " and ":
        return False
    prev = names[i - 1]
    if prev.end != nm.start - 5 or prev.possessive:
        return False
    # A plural verb: "Barcelona and Owen is confident" joins two clauses, not two subjects.
    m = _FOLLOW_VERB_RE.match(text, nm.end)
    return m is not None and m.group("w") in _PLURAL_VERBS


def _settle(doc: Context, entries: Sequence[Subject]) -> bool:
    """Replace the placeholders among `entries` by their subjects (or nothing); True if any."""
    found = False
    for entry in entries:
        if entry[3] == PENDING:
            found = True
            i = bisect.bisect_left(doc.subjects, entry)
            del doc.subjects[i]
            subject = _name_subject(doc, entry[0], doc.pending.pop(entry[0]))
            if subject is not None:
                bisect.insort(doc.subjects, subject)
    return found


def settle_between(doc: Context, lo: int, hi: int) -> None:
    """Settle the placeholders of the sentences overlapping offsets `lo` to `hi`: a sentence
    starting before `lo` may have its subject after it.

    >>> from .quote_subjects import read_context
    >>> doc = read_context("The City captain, Daniel Osei, who scored twice, paid tribute.")
    >>> doc.subjects
    [(0, '', '', '~pending')]
    >>> settle_between(doc, 5, 10)
    >>> doc.subjects
    [(18, 'Daniel Osei', '', 'person')]
    """
    if not doc.pending:
        return
    k = max(0, bisect.bisect_right(doc.bounds, lo) - 1)
    first = doc.bounds[k]
    i = bisect.bisect_left(doc.subjects, (first,))
    j = bisect.bisect_left(doc.subjects, (hi,))
    _settle(doc, doc.subjects[i:j])


def _plausible(text: str, nm: Name, lo: int, canon: Canon) -> bool:
    """A lone capitalised word opening a sentence ("Analysts were") is a name only if it is an
    acronym, part of a longer name, or also capitalised mid-sentence somewhere."""
    if nm.start != lo or len(nm.words) > 1:
        return True
    word = nm.words[0]
    if canon.has_lower(word.lower()):  # "Festival director steps down": a common word
        return False
    if word.isupper() or canon.resolve(nm.words) != word or word in canon.genders:
        return True  # "Federer admitted he was": a person by the pronoun (`quote_genders`)
    return canon.is_mid_cap(word)


def recent_subjects(doc: Context, pos: int, limit: int = 12) -> Iterator[Subject]:
    """The last `limit` subjects before `pos`, newest first, settling placeholders sentence by
    sentence as the walk reaches them (a settled subject stays in its sentence).

    >>> from .quote_subjects import read_context
    >>> doc = read_context("Tony Blair spoke. Gordon Brown agreed. It rained.")
    >>> [name for _, name, _, _ in recent_subjects(doc, 38)]
    ['Gordon Brown', 'Tony Blair']
    """
    subjects, bounds = doc.subjects, doc.bounds
    k = bisect.bisect_right(bounds, pos - 1) - 1
    end = pos
    while k >= 0 and limit > 0:
        lo = bounds[k]
        if lo in doc.pending:
            _settle(doc, [(lo, "", "", PENDING)])
        i = bisect.bisect_left(subjects, (lo,))
        j = bisect.bisect_left(subjects, (end,))
        for entry in subjects[max(i, j - limit) : j][::-1]:
            limit -= 1
            yield entry
        k, end = k - 1, lo
