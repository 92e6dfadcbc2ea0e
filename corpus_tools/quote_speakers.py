"""Who a news sentence is about: sentence subjects and speaker phrases resolved to names.

Each sentence's subject is a name followed by a verb ("Southcorp chairman Brian Finn said" gives
Brian Finn: a name that only qualifies the next one is dropped), an appositive ("The City
captain, Daniel Osei, who scored twice, paid"), a sentence-final cue (", Ms Short said."), a
"Said X:" opener, a leading he/she/they (resolved lazily, so quote speakers attributed before it
count), or a described speaker ("A spokesperson for the GMB union said", "The company said").
Speaker phrases resolve the same way: he/she to the latest compatible person or spokesperson,
"it" to the latest organisation, "the agency" to the latest name ending in Agency (else the
latest organisation, except for "the government" and other public bodies), "the prime minister"
to the latest person; names to their fullest form in the text (`quote_names`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .quote_names import SKIP_WORDS, Canon, Name, find_names
from .quote_roles import ROLE_NOUNS, holder_before, org_titled, role_map
from .quote_verbs import (
    AUX,
    NOT_VERB,
    VERB_RE,
    VERBS,
    drop_modifiers,
    looks_verb,
)

# A cue closing the quote's sentence: `... and India had its own problems, Ms Short said.`
TRAIL_CUE_RE = re.compile(
    rf"(?:^|,)\s*(?:(?P<v1>{VERBS})\s+(?P<s1>[^.,;:!?\"“”]{{1,60}})|(?P<s2>[^.,;:!?\"“”]{{1,60}}?)"
    rf"(?:,[^.;:!?\"“”]{{1,80}},)?\s+(?:(?:has|have|had|also)\s+)*(?P<v2>{VERBS})"
    rf"(?:\s+(?:BBC|Reuters|[a-z]+)(?:[ \t]+[\w’']+){{0,4}})?)\s*[.!?]?\s*$"
)
# After these the next name is the listener or target, not the speaker: `, told Reuters.`
NOT_INVERTED = frozenset(
    "told tells tell telling asked asks accused criticised criticized called described urged "
    "saying adding insisting warning".split()
)
# Lookbehinds after the punctuation, so they are only tried at a candidate boundary; a
# lower-case word next (`?" said Calder`) continues the sentence. One character class first:
# "[.!?](?<!...)...|\n+" matches the same but tries the "|" at every position (3x slower).
_SENT_END_RE = re.compile(
    r"[.!?\n](?:(?<=\n)\n*|(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMrs\.)"
    r"['\"’”)]*\s+(?![\sa-z]))"
)
PRONOUN_RE = re.compile(r"\b(?:he|she|they|it)\b", re.IGNORECASE)
# "an IMF official", "a Sony representative", "a Labour source" speak for the organisation too.
_SPOKES = r"(?:spokes(?P<g>man|woman|person)|official|representative|source)"
SPOKES_RE = re.compile(rf"\b{_SPOKES}\b")
_SPOKES_GENDER = {"man": "m", "woman": "f"}
_SPOKES_TAIL_RE = re.compile(rf"\b{_SPOKES}(?:\s+for\s+(?P<org>.+))?\s*$")
_ORG_HEADS = (
    "firm company group retailer carmaker maker monopoly bank business chain giant operator "
    "regulator watchdog union association government ministry department council board agency "
    "club organisation organization charity party airline insurer supermarket broadcaster "
    "band team side label studio authority commission committee office brewer chipmaker "
    "police force"
)
# "Sarah Beck of Investec", "advice to Mills": a name after a preposition is not the subject.
_AFFIL_RE = re.compile(
    r"\b(?:of|at|for|from|with|in|to|by|on|about|against|than|into)\s+(?:the\s+)?"
    rf"(?:(?:[a-z][\w\-]*\s+)?(?:{_ORG_HEADS.replace(' ', '|')})\s+)?$"
)
_TIME = r"(?:\s+(?:on\s+)?(?:[MTWFS][a-z]+day|yesterday|today|also|then|later|now))?"
# "Gerrard, who fired Liverpool into the last 16 ..., insisted": a relative clause before the verb.
_RELATIVE = r"\s*,\s*(?:who|whose|which)\b(?:[^.;\"“”]|\.(?=\d)){1,160}?,"
_FOLLOW_VERB_RE = re.compile(
    rf"(?:{_RELATIVE}|\s*,[^,.;\"“”]{{1,60}},|\s*,)?{_TIME}(?:\s+[a-z]+ly)?"
    # A hyphenated verb is one word: "Lee co-created", not "Lee co".
    r"\s+(?P<w>[a-z]+(?:-[a-z]+)*)"
)
_FOLLOW_CUE_RE = re.compile(
    rf"(?:{_RELATIVE}|\s*,(?:[^.;\"“”]|\.(?=\d)){{1,70}}?,?)?{_TIME}"
    rf"\s+(?:also\s+|then\s+|later\s+)?(?:{VERBS})\b"
)
_LEAD_PRONOUN_RE = re.compile(
    r"\W*(?:(?:and|but|so|yet|then|now|later|also)\s+)?(he|she|they|it)\b", re.IGNORECASE
)
_SAID_FIRST_RE = re.compile(r"(?:Said|Added|Says|Adds)\s+(?P<s>[^.:;\"“”]{1,80}?)\s*:")
# "the director", "the Delta subsidiary": a description ending in a common noun.
DESCRIPTION_RE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w&.\-]*\s+)*[a-z]")
_PREP_SPLIT_RE = re.compile(r"\s+(?:behind|of|at|for|from|with|in|on|who|which|whose)\s+")
_ORG_HEAD_SET = frozenset(_ORG_HEADS.split())
_NAMED_ONLY = frozenset("government ministry department council police force court".split())
_ORG_ALT = ORG_HEADS = "|".join(_ORG_HEADS.split())
_DESC_SUBJ_RE = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd|[Hh]owever,?)\s+)?(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w\-'’&.]+\s+){0,4}?"
    rf"(?:(?:spokes(?:man|woman|person)|official|representative|source)"
    rf"(?:\s+for\s+[\w\-'’&. ]{{1,50}}?)?|(?:{_ORG_ALT})))"
    rf"(?:\s*,[^,.;]{{1,60}},)?{_TIME}\s+(?:{AUX}|{VERBS}|[a-z]+ed)\b"
)
# "The minister said", "But the outgoing European Commissioner said": a person by role.
_ROLE_SUBJ_RE = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd|[Hh]owever,?)\s+)?(?P<np>[Tt]he\s+(?:[\w\-'’]+\s+){0,3}?"
    rf"(?i:{'|'.join(sorted(ROLE_NOUNS))})){_TIME}\s+(?:{AUX}|{VERBS}|[a-z]+ed)\b"
)
_ROLE_OPENERS = frozenset(("The ", "the ", "But ", "And ", "Howe"))
# "his lawyer", "a friend": an unnamed person (the head noun captured).
_UNNAMED_RE = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+(?:[a-z][\w\-]*\s+){0,3}?([a-z][\w\-]*)"
    r"(?:\s+(?:in|at|of|for|with|from|on|close\s+to)\s+[^,;:]*)?"  # "an insider in the talks"
)
# Person nouns without a person suffix (-er, -or, -ist, -ian: lawyer, insider, analyst).
_PERSON_NOUNS = frozenset(
    "friend critic source aide candidate colleague wife husband son spouse relative witness "
    "expert fan guest neighbour neighbor partner official".split()
)
# What an organisation issues: "a Capital Economics statement said" is Capital Economics.
_DOCUMENTS = frozenset("statement report letter release note website blog".split())
_PRONOUN_ACCEPT = {
    "he": (("person", "spokes"), "m"),
    "she": (("person", "spokes"), "f"),
    "it": (("org", "spokes"), ""),
    "they": (("person", "org", "spokes"), ""),
}
# (offset, resolved name, gender, kind) of each sentence subject and quote speaker.
Subject = tuple[int, str, str, str]
# The kind of a placeholder (sentence offset, "", "", _PENDING) for a subject found by name
# and verb, worked out when a lookup first reaches it (`_settle`): most never are.
_PENDING = "~pending"


@dataclass(slots=True)
class Context:
    """One document's sentences, names and subjects, shared by the attribution steps."""

    text: str
    bounds: list[int]  # sentence starts
    names: list[Name]  # outside quotes
    starts: list[int]  # of names
    canon: Canon
    subjects: list[Subject]
    pronouns: dict[int, str]  # sentence offset -> referent of its leading he/she/they
    roles: dict[str, list[tuple[int, str, frozenset[str]]]] | None = None  # built on first use
    pending: dict[int, int] = field(default_factory=dict)  # placeholder's sentence start -> end

    @classmethod
    def of(cls, text: str, *, quoted: Sequence[tuple[int, int]] = ()) -> Context:
        """Build the context of `text`, ignoring names inside the `quoted` (start, end) spans,
        and find its sentence subjects.

        >>> doc = Context.of("Chelsea boss Jose Mourinho insisted they were fine.")
        >>> subjects_between(doc, 0, len(doc.text))
        ['Jose Mourinho']
        """
        names = find_names(text)
        canon = Canon(names, text)
        if quoted:
            names = _outside(names, quoted)
        doc = cls(text, sentence_starts(text), names, [nm.start for nm in names], canon, [], {})
        find_subjects(doc)
        return doc


def _outside(names: list[Name], spans: Sequence[tuple[int, int]]) -> list[Name]:
    """The names starting outside the sorted, disjoint (start, end) spans: one merge pass."""
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
    """
    return [0] + [m.end() for m in _SENT_END_RE.finditer(text)]


def find_subjects(doc: Context) -> None:
    """Fill `doc.subjects` with each sentence's apparent subject, in text order. A subject
    found by name and verb (the costly rule, pure) waits as a placeholder until a lookup reaches
    it; the rules that resolve a phrase against earlier subjects run now, in text order.

    >>> doc = Context.of("The City captain, Daniel Osei, who scored twice, paid tribute.")
    >>> doc.subjects
    [(0, '', '', '~pending')]
    >>> first_subject(doc, 0, len(doc.text)), doc.subjects
    ('Daniel Osei', [(18, 'Daniel Osei', '', 'person')])
    """
    text, names, starts, canon, subjects = doc.text, doc.names, doc.starts, doc.canon, doc.subjects
    for k, lo in enumerate(doc.bounds):
        hi = doc.bounds[k + 1] if k + 1 < len(doc.bounds) else len(text)
        cands = [
            nm
            for nm in names[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
            if not nm.possessive
        ]
        lead = _LEAD_PRONOUN_RE.match(text, lo, min(hi, lo + 40))
        pron = lead.group(1).lower() if lead else ""
        at = lead.start(1) if lead else hi
        # A leading "it" is too often expletive ("It is thought") to name a subject.
        if pron and pron != "it" and (not cands or cands[0].start > at):
            # Resolved when first asked for, so quotes attributed before it count too.
            subjects.append((lo, "", _PRONOUN_ACCEPT[pron][1], pron))
            continue
        # "..., Mr Hensel said." at the end: the sentence reports that speaker.
        end = lo + len(text[lo:hi].rstrip())
        # The cue clause is short: only the sentence's last 200 characters can hold it.
        trail = None
        a = max(lo, end - 200)
        # The cue starts at a comma (or the text's start) and its verb follows the last comma
        # (no part of the cue after its verb holds one): cheap tests before the costly regex.
        comma = text.rfind(",", a, end)
        if (
            text[end - 1 : end] == "."
            and (comma >= 0 or a == 0)
            and VERB_RE.search(text, max(a, comma), end)
            and not any(c in text[lo:hi] for c in '"“”')
        ):
            trail = TRAIL_CUE_RE.search(text, a, end)
        phrase = trail and (trail.group("s1") or trail.group("s2") or "").strip().lower()
        if trail and phrase in _PRONOUN_ACCEPT and not trail.group("v1"):
            # Resolved when first asked for: "..., he said." after an attributed quote.
            subjects.append((lo, "", _PRONOUN_ACCEPT[phrase][1], phrase))
            continue
        if trail:
            name = trail_speaker(doc, trail, lo)
            if name:
                subjects.append((lo, name, canon.gender(name), canon.kind(name)))
                continue
        said = _SAID_FIRST_RE.match(text, lo, hi) if text.startswith("S", lo) else None
        name = resolve_phrase(doc, said.group("s"), lo) if said else ""
        if name:
            subjects.append((lo, name, canon.gender(name), canon.kind(name)))
            continue
        desc = _DESC_SUBJ_RE.match(text, lo, hi) if text[lo : lo + 1] in "TtAaBbH" else None
        name = resolve_phrase(doc, desc.group("np"), lo) if desc else ""
        spokes = SPOKES_RE.search(desc.group("np")) if desc else None
        if desc and name and (spokes or canon.kind(name) == "org"):
            gender = _SPOKES_GENDER.get(spokes.group("g") or "", "") if spokes else ""
            subjects.append((lo, name, gender, "spokes" if spokes else "org"))
            continue
        # Only "The ...", "But the ...", "And the ...", "However, the ..." can open a role subject.
        role = _ROLE_SUBJ_RE.match(text, lo, hi) if text[lo : lo + 4] in _ROLE_OPENERS else None
        if role:
            # Resolved when first asked for, like a pronoun: "the minister" may be a quote's
            # speaker attributed later.
            subjects.append((lo, role.group("np"), "", "role"))
            continue
        if cands:
            subjects.append((lo, "", "", _PENDING))
            doc.pending[lo] = hi


def _name_subject(doc: Context, lo: int, hi: int) -> Subject | None:
    """The subject of sentence `text[lo:hi]` found by name and verb ("Southcorp chairman Brian
    Finn said"), if any: a pure function of the text and its names."""
    text, names, starts, canon = doc.text, doc.names, doc.starts, doc.canon
    cands = [
        nm
        for nm in names[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
        if not nm.possessive
    ]
    cands = [nm for nm in cands if not _AFFIL_RE.search(text, max(lo, nm.start - 30), nm.start)]
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
    if pick is None:
        return None
    name = canon.resolve(pick.words)
    return (pick.start, name, canon.gender(name), canon.kind(name))


def _settle(doc: Context, entries: Sequence[Subject]) -> bool:
    """Replace the placeholders among `entries` by their subjects (or nothing); True if any."""
    found = False
    for entry in entries:
        if entry[3] == _PENDING:
            found = True
            i = bisect.bisect_left(doc.subjects, entry)
            del doc.subjects[i]
            subject = _name_subject(doc, entry[0], doc.pending.pop(entry[0]))
            if subject is not None:
                bisect.insort(doc.subjects, subject)
    return found


def _settle_between(doc: Context, lo: int, hi: int) -> None:
    """Settle the placeholders of the sentences overlapping offsets `lo` to `hi`: a sentence
    starting before `lo` may have its subject after it."""
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
    if word.isupper() or canon.resolve(nm.words) != word:
        return True
    return canon.is_mid_cap(word)


def _latest(doc: Context, pos: int, accept: tuple[str, ...], gender: str = "") -> str:
    """The latest subject before `pos` of an accepted kind and compatible gender."""
    for entry in _recent(doc, pos):
        _, name, g, kind = _resolved(doc, entry)
        if name and kind in accept and not (gender and g and g != gender):
            return name
    return ""


def _recent(doc: Context, pos: int, limit: int = 12) -> Iterator[Subject]:
    """The last `limit` subjects before `pos`, newest first, settling placeholders sentence by
    sentence as the walk reaches them (a settled subject stays in its sentence).

    >>> doc = Context.of("Tony Blair spoke. Gordon Brown agreed. It rained.")
    >>> [name for _, name, _, _ in _recent(doc, 38)]
    ['Gordon Brown', 'Tony Blair']
    """
    subjects, bounds = doc.subjects, doc.bounds
    k = bisect.bisect_right(bounds, pos - 1) - 1
    end = pos
    while k >= 0 and limit > 0:
        lo = bounds[k]
        if lo in doc.pending:
            _settle(doc, [(lo, "", "", _PENDING)])
        i = bisect.bisect_left(subjects, (lo,))
        j = bisect.bisect_left(subjects, (end,))
        for entry in subjects[max(i, j - limit) : j][::-1]:
            limit -= 1
            yield entry
        k, end = k - 1, lo


def _resolved(doc: Context, entry: Subject) -> Subject:
    """A subject entry with a leading pronoun ("He added: ...") or a role ("The minister
    said") resolved to its referent."""
    pos, name, gender, kind = entry
    if kind == "role":  # name holds the description: "the minister"
        if pos not in doc.pronouns:
            doc.pronouns[pos] = resolve_phrase(doc, name, pos)
        name = doc.pronouns[pos]
        return pos, name, doc.canon.gender(name), doc.canon.kind(name)
    if kind not in _PRONOUN_ACCEPT:
        return entry
    if pos not in doc.pronouns:
        doc.pronouns[pos] = _latest(doc, pos, *_PRONOUN_ACCEPT[kind])
    name = doc.pronouns[pos]
    return pos, name, doc.canon.gender(name) or gender, doc.canon.kind(name)


def _latest_named(doc: Context, pos: int, head: str) -> str:
    """The latest organisation before `pos` whose name ends in `head` ("the agency")."""
    i = bisect.bisect_left(doc.starts, pos)
    for nm in reversed(doc.names[max(0, i - 40) : i]):
        w = nm.words
        if w[-1].lower() == head or len(w) > 2 and w[0].lower() == head and w[1] in ("of", "for"):
            name = doc.canon.resolve(nm.words)
            if doc.canon.kind(name) == "org":
                return name
    return ""


def resolve_phrase(doc: Context, phrase: str, pos: int, *, inverted: bool = False) -> str:
    """A speaker phrase ("chief executive Anna Lindqvist", "he", "the agency") to a name.

    `inverted`: the phrase follows its verb (`said X`), so its first name is the speaker;
    otherwise the last one is ("BT chief executive Ben Verwaayen").

    >>> doc = Context.of("The Environment Agency said it was still assessing the scheme.")
    >>> resolve_phrase(doc, "a spokesperson for the agency", len(doc.text))
    'Environment Agency'
    """
    phrase = phrase.strip(" ,")
    low = phrase.lower()
    if low in _PRONOUN_ACCEPT:
        accept, gender = _PRONOUN_ACCEPT[low]
        return _latest(doc, pos, accept, gender)
    spokes = _SPOKES_TAIL_RE.search(phrase)
    if spokes and spokes.group("org"):  # "a spokesperson for the GMB union"
        return resolve_phrase(doc, spokes.group("org"), pos)
    if inverted and not spokes and DESCRIPTION_RE.match(phrase):  # "said the director behind JFK"
        phrase = _PREP_SPLIT_RE.split(phrase, maxsplit=1)[0]
        low = phrase.lower()
        spokes = _SPOKES_TAIL_RE.search(phrase)  # "said an IMF official in a briefing"
    if spokes:  # "An REM spokesman", "the band's spokeswoman", "the spokesperson"
        phrase = phrase[: spokes.start()].strip()
        low = phrase.lower()
        named = find_names(phrase)
        if named and named[-1].words[-1].lower() not in SKIP_WORDS:
            return doc.canon.resolve(named[-1].words)
        head = re.search(r"([a-z][\w\-]*?)(?:['’]s)?\s*$", phrase)
        if head and head.group(1) in _ORG_HEAD_SET:
            return _latest_named(doc, pos, head.group(1)) or _latest(doc, pos, ("org", "spokes"))
        # A bare "the spokesman" speaks for the organisation in the news just before.
        latest = _latest(doc, pos, ("person", "org", "spokes"))
        return "" if latest and doc.canon.kind(latest) == "person" else latest
    found = [nm for nm in find_names(phrase) if not nm.possessive]
    # "Sarah Beck of Investec": a name after a preposition is an affiliation, not the speaker.
    main = drop_modifiers(
        phrase, [nm for nm in found if not _AFFIL_RE.search(phrase, 0, nm.start)] or found
    )
    head = re.search(r"\b([a-z][\w\-]*)\s*$", phrase)
    last = low.rsplit(None, 1)[-1] if low else ""
    if last in _DOCUMENTS and low.startswith(("the ", "a ", "an ")):
        if main:
            return doc.canon.resolve(main[-1].words)  # "a Capital Economics statement said"
        issuer = low.split()[-2]
        if issuer in _ORG_HEAD_SET:  # "an agency statement": the agency's
            return resolve_phrase(doc, f"the {issuer}", pos)
    if unnamed(phrase):
        return ""
    if low.startswith("the ") and last in ROLE_NOUNS and not org_titled(phrase):
        # "the minister", "the outgoing European Commissioner": the person given that role.
        return holder_before(role_map(doc), low, pos) or _latest(doc, pos, ("person",))
    if head and low.startswith(("the ", "a ", "an ")):
        # "the prime minister", "the Two Ronnies star", "the agency", "the GMB union"
        if head.group(1) not in _ORG_HEAD_SET:
            return _latest(doc, pos, ("person",))
        if main:
            return doc.canon.resolve(main[-1].words)
        body = _latest_named(doc, pos, head.group(1))
        # "the government", "the police": only a body named so in the text, never a company.
        if body or head.group(1) in _NAMED_ONLY:
            return body
        return _latest(doc, pos, ("org", "spokes"))
    if main:
        name = doc.canon.resolve((main[0] if inverted else main[-1]).words)
        if name.lower() not in SKIP_WORDS:
            return name
    return ""


def unnamed(phrase: str) -> bool:
    """A person described but never named: "his lawyer", "a friend", "an analyst" (new to the
    story, so no earlier name is meant), but not a spokesperson or an organisation.

    >>> unnamed("his lawyer"), unnamed("a close friend"), unnamed("a BBC spokeswoman")
    (True, True, False)
    """
    m = _UNNAMED_RE.fullmatch(phrase.strip())
    if not m or SPOKES_RE.search(phrase) or _DOCUMENTS.intersection(phrase.split()):
        return False  # "a statement on her website" is hers
    head = m.group(1)
    return head in _PERSON_NOUNS or head.endswith(("er", "or", "ist", "ian"))


def trail_speaker(doc: Context, m: re.Match[str], pos: int) -> str:
    """The speaker named by a `TRAIL_CUE_RE` match (", Ms Short said." / ", said Ms Short.").

    >>> doc = Context.of("Clare Short spoke. The US was bad at it, Ms Short said.")
    >>> trail_speaker(doc, TRAIL_CUE_RE.search(doc.text, 19), 19)
    'Clare Short'
    """
    inverted = bool(m.group("v1"))
    if inverted and m.group("v1") in NOT_INVERTED:
        return ""
    return resolve_phrase(doc, m.group("s1") if inverted else m.group("s2"), pos, inverted=inverted)


def first_subject(doc: Context, lo: int, hi: int) -> str:
    """The first subject (sentence subject or quote speaker) between offsets `lo` and `hi`.

    >>> doc = Context.of("Tony Blair spoke. He said it was fine.")
    >>> first_subject(doc, 18, len(doc.text))
    'Tony Blair'
    """
    return next(iter(subjects_between(doc, lo, hi, limit=1)), "")


def subjects_between(doc: Context, lo: int, hi: int, *, limit: int = 12) -> list[str]:
    """The first `limit` subjects (sentence subjects, quote speakers) from offset `lo` to `hi`.

    >>> subjects_between(Context.of("Tony Blair spoke. He said so. Gordon Brown agreed."), 0, 29)
    ['Tony Blair', 'Tony Blair']
    """
    _settle_between(doc, lo, hi)
    i = bisect.bisect_left(doc.subjects, (lo,))
    j = min(bisect.bisect_left(doc.subjects, (hi,)), i + limit)
    return [_resolved(doc, entry)[1] for entry in doc.subjects[i:j]]
