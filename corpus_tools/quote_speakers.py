"""Speaker phrases resolved to names: "he", "the agency", "the minister", "chief executive X".

he/she resolve to the latest compatible person or spokesperson among the sentence subjects
before (`quote_subjects`), "it" to the latest organisation, "the agency" to the latest name
ending in Agency (else the latest organisation, except for "the government" and other public
bodies), "the minister" to the person last given that role (`quote_roles`), "the prime
minister" to the latest person, "his lawyer" to no one (an unnamed person); names to their
fullest form in the text (`quote_names`).
"""

from __future__ import annotations

import bisect
import re

from .quote_context import (
    AFFIL_RE,
    ORG_HEAD_SET,
    Context,
    Subject,
    recent_subjects,
    settle_between,
)
from .quote_generic import is_group_phrase
from .quote_lexicon import DOTTED_TITLES, POST_NOMINALS, TITLE_STOP
from .quote_names import SKIP_WORDS, Name, find_names
from .quote_roles import POST_NOUNS, ROLE_NOUNS, holder_before, org_titled, role_map
from .quote_unnamed import DOCUMENTS, SPOKES, UNNAMED, unnamed
from .quote_verbs import VERBS, drop_modifiers

# A cue closing the quote's sentence: `... and India had its own problems, Ms Short said.`
# A place or occasion after the verb is no inverted speaker and may run longer: `,” Matthew
# Olusanya, the health secretary, said during a visit to St Aldhelm’s Hospital in Salisbury.`
# An inverted speaker may end on an appositive: `a “big leap forward”, said Chris Stening, UK
# Online general manager.`
_ADJUNCT = r"(?:during|at|in|on|after|before|while|outside|ahead)\b"
_PHRASE_CHAR = rf"(?:[^.,;:!?\"“”]|{TITLE_STOP})"  # "state Sen. Ann Ray" is one phrase
TRAIL_CUE_RE = re.compile(
    rf"(?:^|,)\s*(?:(?P<v1>{VERBS})\s+(?!{_ADJUNCT})(?P<s1>{_PHRASE_CHAR}{{1,60}})"
    rf"(?:,[^.;:!?\"“”]{{1,80}})?"
    rf"|(?!\s*(?:{VERBS})\s)(?P<s2>{_PHRASE_CHAR}{{1,60}}?)"
    rf"(?:,(?P<app>[^.;:!?\"“”]{{1,80}}),)?\s+(?:(?:has|have|had|also)\s+)*(?P<v2>{VERBS})"
    rf"(?:\s+(?:[A-Z][\w&’'\-]*|[a-z]+)(?:[ \t]+[\w’']+){{0,4}}"
    rf"|\s+{_ADJUNCT}(?:[ \t]+[\w’']+){{0,9}})?)\s*[.!?]?\s*$"
)
# After these the next name is the listener or target, not the speaker: `, told Reuters.`
NOT_INVERTED = frozenset(
    "told tells tell telling asked asks accused criticised criticized called described urged "
    "saying adding insisting warning".split()
)
# A finite verb of the phrase's own (not a relative clause's: "said the man who has led").
_FINITE_RE = re.compile(
    r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:is|are|was|were|has|have|had|will|would|could|"
    r"should|can|may|might|must)\b"
)
# A past verb taking an object: ", said several Sony products helped it to take the award."
# reports a clause, no inverted speaker ("said the retired teacher" has no object after).
_PAST_OBJECT_RE = re.compile(
    r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b[a-z]{2,}ed\s+"
    r"(?:it|him|her|them|us|me|the|a|an|his|its|their|to)\b"
)
_ABBR_DOT_RE = re.compile(rf"\b({'|'.join(DOTTED_TITLES)})\.(?= [A-Z])")
_PLACE_BEFORE_TITLE_RE = re.compile(
    rf"^(?:(?:[A-Z][\w'’\-]*|\d+)\s+)+(?=(?:{'|'.join(DOTTED_TITLES)})\s+[A-Z])"
)
# `, the paper quoted Mr Chernin as saying.`: the quoted person speaks, not the paper.
_QUOTED_AS_RE = re.compile(r"\bquoted\s+(.{1,60}?)\s+as$")
PRONOUN_RE = re.compile(r"\b(?:he|she|they|it)\b", re.IGNORECASE)
SPOKES_GENDER = {"man": "m", "woman": "f"}
_SPOKES_TAIL_RE = re.compile(rf"\b{SPOKES}(?:\s+for\s+(?P<org>.+))?\s*$")
_SPOKES_LEAD_RE = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+{SPOKES}\s+for\s+(?P<org>\w+\s+[a-z]+)\s+[a-z]+ed\b"
)
# "the director", "the Delta subsidiary": a description ending in a common noun.
DESCRIPTION_RE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w&.\-]*\s+)*[a-z]")
_PREP_SPLIT_RE = re.compile(r"\s+(?:behind|of|at|for|from|with|in|on|who|which|whose)\s+")
_NAMED_ONLY = frozenset("government ministry department council police force court".split())
# "the orchestra's management": an organisation's part, named by its owner.
_OWNER_RE = re.compile(r"the ([a-z]+)['’]s (?:management|board|directors|executive)")
PRONOUN_ACCEPT = {
    "he": (("person", "spokes"), "m"),
    "she": (("person", "spokes"), "f"),
    "it": (("org", "spokes"), ""),
    "they": (("person", "org", "spokes", "group"), ""),
}


def _latest(doc: Context, pos: int, accept: tuple[str, ...], gender: str = "") -> str:
    """The latest subject before `pos` of an accepted kind and compatible gender."""
    found = _latest_entry(doc, pos, accept, gender)
    return found[1] if found else ""


def _latest_entry(
    doc: Context, pos: int, accept: tuple[str, ...], gender: str = ""
) -> Subject | None:
    """The latest subject entry before `pos` of an accepted kind and compatible gender; a
    person never named ("One guest, who asked not to be named, said") counts as a person, so
    "she said" after it means no one rather than the last named woman."""
    for entry in recent_subjects(doc, pos):
        resolved = _resolved(doc, entry)
        _, name, g, kind = resolved
        if gender and g and g != gender:
            continue
        if (name and kind in accept) or (kind == UNNAMED and "person" in accept):
            return resolved
    return None


def _resolved(doc: Context, entry: Subject) -> Subject:
    """A subject entry with a leading pronoun ("He added: ...") or a role ("The minister
    said") resolved to its referent."""
    pos, name, gender, kind = entry
    if kind == "role":  # name holds the description: "the minister"
        if pos not in doc.pronouns:
            doc.pronouns[pos] = resolve_phrase(doc, name, pos)
        name = doc.pronouns[pos]
        return pos, name, doc.canon.gender(name), doc.canon.kind(name)
    if kind not in PRONOUN_ACCEPT:
        return entry
    if pos not in doc.pronouns:
        found = _latest_entry(doc, pos, *PRONOUN_ACCEPT[kind])
        doc.pronouns[pos] = found[1] if found else ""
        if found and found[3] == UNNAMED:
            doc.unnamed.add(pos)
    if pos in doc.unnamed:
        return pos, "", gender, UNNAMED
    name = doc.pronouns[pos]
    return pos, name, doc.canon.gender(name) or gender, doc.canon.kind(name)


# An organisation's name may end in a word for its kind other than the head noun; a lone
# "Symphony" is a work's title ("Mahler's “Resurrection” Symphony"), not the orchestra.
_HEAD_ENDS = {"orchestra": ("orchestra", "philharmonic", "symphony")}


def _latest_named(doc: Context, pos: int, head: str) -> str:
    """The latest organisation before `pos` whose name ends in `head` ("the agency").

    >>> from .quote_subjects import read_context
    >>> doc = read_context("Players of the Hudson Valley Philharmonic went on strike.")
    >>> _latest_named(doc, len(doc.text), "orchestra")
    'Hudson Valley Philharmonic'
    >>> doc = read_context("The Tennessee Department of Transportation shut the road.")
    >>> _latest_named(doc, len(doc.text), "department")
    'Tennessee Department of Transportation'
    """
    i = bisect.bisect_left(doc.starts, pos)
    ends = _HEAD_ENDS.get(head, (head,))
    for nm in reversed(doc.names[max(0, i - 40) : i]):
        w = nm.words
        if (
            w[-1].lower() in ends
            and (len(w) > 1 or ends[0] == w[-1].lower())
            or len(w) > 2
            and any(w[i].lower() == head and w[i + 1] in ("of", "for") for i in range(len(w) - 1))
        ):
            name = doc.canon.resolve(nm.words)
            if doc.canon.kind(name) == "org":
                return name
    return ""


def resolve_phrase(doc: Context, phrase: str, pos: int, *, inverted: bool = False) -> str:
    """A speaker phrase ("chief executive Anna Lindqvist", "he", "the agency") to a name.

    `inverted`: the phrase follows its verb (`said X`), so its first name is the speaker;
    otherwise the last one is ("BT chief executive Ben Verwaayen").

    >>> from .quote_subjects import read_context
    >>> doc = read_context("The Environment Agency said it was still assessing the scheme.")
    >>> resolve_phrase(doc, "a spokesperson for the agency", len(doc.text))
    'Environment Agency'
    """
    phrase = phrase.strip(" ,")
    if ". " in phrase:  # "Sen. Maria Lopez", "Mr. Brown": the title's full stop splits the name
        phrase = _ABBR_DOT_RE.sub(r"\1", phrase)
        # "Ward 11 Coun. Michelle Lapierre", "Texas Sen. Ann Ray": the ward or state before
        # an abbreviated title names no one
        phrase = _PLACE_BEFORE_TITLE_RE.sub("", phrase)
    low = phrase.lower()
    if low in PRONOUN_ACCEPT:
        accept, gender = PRONOUN_ACCEPT[low]
        return _latest(doc, pos, accept, gender)
    if is_group_phrase(phrase):  # "Residents of the nearby Woodquay and Bohermore areas"
        return ""
    # "A representative for the actor confirmed the news and [said]": the tail test below
    # would take "the actor confirmed the news and" for the client.
    lead = _SPOKES_LEAD_RE.match(phrase) if "for " in phrase else None
    if lead and _for_unnamed(lead.group("org")):
        return ""
    spokes = _SPOKES_TAIL_RE.search(phrase)
    if spokes and spokes.group("org"):  # "a spokesperson for the GMB union"
        if _for_unnamed(spokes.group("org")):
            return ""
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
        if head and head.group(1) in ORG_HEAD_SET:
            return _latest_named(doc, pos, head.group(1)) or _latest(doc, pos, ("org", "spokes"))
        # A bare "the spokesman" speaks for the organisation in the news just before.
        latest = _latest(doc, pos, ("person", "org", "spokes"))
        return "" if latest and doc.canon.kind(latest) == "person" else latest
    found = [nm for nm in find_names(phrase) if not nm.possessive]
    # "Sarah Beck of Investec": a name after a preposition is an affiliation, not the speaker.
    main = drop_modifiers(
        phrase, [nm for nm in found if not AFFIL_RE.search(phrase, 0, nm.start)] or found
    )
    head = re.search(r"\b([a-z][\w\-]*)\s*$", phrase)
    last = low.rsplit(None, 1)[-1] if low else ""
    owner = _OWNER_RE.fullmatch(low) if not main else None
    if owner and owner.group(1) in ORG_HEAD_SET:
        # "the orchestra's management", "the club's board": the body it belongs to speaks.
        return resolve_phrase(doc, f"the {owner.group(1)}", pos)
    if last in DOCUMENTS and low.startswith(("the ", "a ", "an ")):
        if main:
            return doc.canon.resolve(main[-1].words)  # "a Capital Economics statement said"
        issuer = low.split()[-2].removesuffix("'s").removesuffix("’s")
        if issuer in ORG_HEAD_SET:  # "an agency statement", "the council's report"
            return resolve_phrase(doc, f"the {issuer}", pos)
        if low == f"the {last}":  # "the statement said": who gave the one mentioned before
            issuer = _issuer(doc, last, pos)
            if issuer:
                return issuer
    if unnamed(phrase):
        return ""
    if low.startswith("the ") and last in ROLE_NOUNS and not org_titled(phrase):
        # "the minister", "the outgoing European Commissioner": the person given that role.
        return holder_before(role_map(doc), low, pos) or _latest(doc, pos, ("person",))
    if head and low.startswith(("the ", "a ", "an ")):
        # "the prime minister", "the Two Ronnies star", "the agency", "the GMB union"
        if head.group(1) not in ORG_HEAD_SET:
            return _latest(doc, pos, ("person",))
        if main:
            return doc.canon.resolve(main[-1].words)
        body = _latest_named(doc, pos, head.group(1))
        # "the government", "the police": only a body named so in the text, never a company.
        if body or head.group(1) in _NAMED_ONLY:
            return body
        return _latest(doc, pos, ("org", "spokes"))
    if main:
        pick = main[-1] if not inverted or _role_between(phrase, main) else main[0]
        name = doc.canon.resolve(pick.words)
        if name in POST_NOMINALS:  # "the Labour MP for Birkenhead": a member described
            return holder_before(role_map(doc), name.lower(), pos) or _latest(doc, pos, ("person",))
        if name.lower() not in SKIP_WORDS:
            return name
    return ""


def _role_between(phrase: str, names: list[Name]) -> bool:
    """Only lower-case words holding a role stand between the first and the last of `names`:
    "Nortel president and chief executive Bill Owens" is the person, though inverted
    (`,” said Nortel president ... Bill Owens`) the first name otherwise speaks.

    >>> from .quote_names import find_names
    >>> phrase = "Nortel president and chief executive Bill Owens"
    >>> _role_between(phrase, find_names(phrase))
    True
    >>> _role_between("Tony Blair and Gordon Brown", find_names("Tony Blair and Gordon Brown"))
    False
    """
    if len(names) < 2:
        return False
    words = phrase[names[0].end : names[-1].start].split()
    return all(w.islower() for w in words) and any(w in POST_NOUNS for w in words)


_FROM_RE = re.compile(r"\s+from\s+([^.,;:!?\"“”]{1,60})")


def _issuer(doc: Context, noun: str, pos: int) -> str:
    """The subject of the latest sentence before `pos` mentioning the document `noun` ("In a
    statement, the NTA said"), the issuer a later "the statement said" refers to.

    >>> from .quote_subjects import read_context
    >>> doc = read_context("In a statement, the Arts Council said so. The hall is shut.")
    >>> _issuer(doc, "statement", len(doc.text))
    'Arts Council'
    """
    k = bisect.bisect_right(doc.bounds, pos) - 1
    # Only where the document is introduced ("a statement", "its report"), not a later
    # mention in another body's news ("The report's figures surpass a WSIS goal").
    intro = re.compile(rf"\b(?i:an?|its|their|his|her)\s+(?:[\w\-]+\s+){{0,2}}?(?i:{noun})\b")
    found = list(intro.finditer(doc.text, 0, doc.bounds[k])) if k >= 0 else []
    if not found:
        return ""
    sender = _FROM_RE.match(doc.text, found[-1].end())
    if sender:  # "An Open Letter from chief executive Sidney Taurel": its sender
        return resolve_phrase(doc, sender.group(1), pos)
    j = bisect.bisect_right(doc.bounds, found[-1].start()) - 1
    end = doc.bounds[j + 1] if j + 1 < len(doc.bounds) else len(doc.text)
    return first_subject(doc, doc.bounds[j], end)


def _for_unnamed(client: str) -> bool:
    """A spokesperson's client described but not named as a person or a body ("a representative
    for the actor"): who is meant is not said, so no earlier name is taken.

    >>> _for_unnamed("the actor"), _for_unnamed("the GMB union"), _for_unnamed("the agency")
    (True, False, False)
    """
    words = client.split()
    return (
        len(words) == 2
        and words[0].lower() in ("the", "a", "an", "his", "her", "their")
        and words[1].islower()
        and words[1] not in ORG_HEAD_SET
    )


def trail_speaker(doc: Context, m: re.Match[str], pos: int) -> str:
    """The speaker named by a `TRAIL_CUE_RE` match (", Ms Short said." / ", said Ms Short.").

    >>> from .quote_subjects import read_context
    >>> doc = read_context("Clare Short spoke. The US was bad at it, Ms Short said.")
    >>> trail_speaker(doc, TRAIL_CUE_RE.search(doc.text, 19), 19)
    'Clare Short'
    """
    inverted = bool(m.group("v1"))
    if inverted and m.group("v1") in NOT_INVERTED:
        return ""
    if not inverted and m.group("s2").endswith((" that", " which", " who")):
        return ""  # "money that states need": a relative clause's verb, no cue
    if inverted and (_FINITE_RE.search(m.group("s1")) or _PAST_OBJECT_RE.search(m.group("s1"))):
        # ", Joanne Amos, said the family had waited": a reported clause, no inverted speaker.
        return ""
    if not inverted and m.group("s2").startswith(("a ", "an ")):
        # `Eva Lichtenberg, a Green member of the European Parliament said`: the description
        # is the appositive of the name right before its comma.
        i = bisect.bisect_left(doc.starts, m.start()) - 1
        if i >= 0 and doc.names[i].end == m.start():
            return doc.canon.resolve(doc.names[i].words)
    s2 = m.group("s2")
    if m.group("app") and DESCRIPTION_RE.match(s2) and s2.rpartition(" ")[2] in ROLE_NOUNS:
        # `,” the institute's director, Ricardo Villanueva Quispe, told AFP.`: the name set off
        # after a post speaks (not after "the NWS office in Bismarck, North Dakota, warned").
        app = m.group("app").strip()
        names = find_names(app)
        if len(names) == 1 and names[0].start == 0 and names[0].end == len(app):
            return doc.canon.resolve(names[0].words)
    quoted = None if inverted else _QUOTED_AS_RE.search(m.group("s2"))
    if quoted:
        return resolve_phrase(doc, quoted.group(1), pos)
    return resolve_phrase(doc, m.group("s1") if inverted else m.group("s2"), pos, inverted=inverted)


def first_subject(doc: Context, lo: int, hi: int) -> str:
    """The first subject (sentence subject or quote speaker) between offsets `lo` and `hi`.

    >>> from .quote_subjects import read_context
    >>> doc = read_context("Tony Blair spoke. He said it was fine.")
    >>> first_subject(doc, 18, len(doc.text))
    'Tony Blair'
    """
    return next(iter(subjects_between(doc, lo, hi, limit=1)), "")


def unnamed_first(doc: Context, lo: int, hi: int) -> bool:
    """The first subject between offsets `lo` and `hi` is a person never named."""
    settle_between(doc, lo, hi)
    i = bisect.bisect_left(doc.subjects, (lo,))
    if i == len(doc.subjects) or doc.subjects[i][0] >= hi:
        return False
    return _resolved(doc, doc.subjects[i])[3] == UNNAMED


def subjects_between(doc: Context, lo: int, hi: int, *, limit: int = 12) -> list[str]:
    """The first `limit` subjects (sentence subjects, quote speakers) from offset `lo` to `hi`.

    >>> from .quote_subjects import read_context
    >>> doc = read_context("Tony Blair spoke. He said so. Gordon Brown agreed.")
    >>> subjects_between(doc, 0, 29)
    ['Tony Blair', 'Tony Blair']
    """
    settle_between(doc, lo, hi)
    i = bisect.bisect_left(doc.subjects, (lo,))
    j = min(bisect.bisect_left(doc.subjects, (hi,)), i + limit)
    return [_resolved(doc, entry)[1] for entry in doc.subjects[i:j]]
