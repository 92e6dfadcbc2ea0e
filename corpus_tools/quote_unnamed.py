"""People described but never named: "his lawyer", "one resident", "a woman who lives nearby".

Their quotes speak as "" (the annotation convention), and so must a later "she said" that means
them: a sentence whose subject is such a person holds an "unnamed" subject, which stops the
pronoun walk (`quote_speakers._latest`) instead of letting it reach the last named person.
"""

from __future__ import annotations

import re

from .quote_verbs import AUX, VERB_RE, VERBS

# The kind of a subject entry for such a person (its name is "").
UNNAMED = "unnamed"
# "an IMF official", "a Sony representative", "a Labour source" speak for the organisation too.
SPOKES = r"(?:spokes(?P<g>man|woman|person)|official|representative|source)"
SPOKES_RE = re.compile(rf"\b{SPOKES}\b")
# What an organisation issues: "a Capital Economics statement said" is Capital Economics.
DOCUMENTS = frozenset("statement report letter release note website blog".split())
# "his lawyer", "a friend", "one of the kayakers": an unnamed person (the head noun captured);
# "one"/"another" and a plural after "of the" too.
_UNNAMED_RE = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|(?P<one>[Oo]ne|[Aa]nother)(?P<of>\s+of\s+the)?)\s+"
    r"(?:[a-z0-9][\w\-]*\s+){0,3}?([a-z][\w\-]*|\d+-year-olds?)"
    # "an insider in the talks", "a woman who lives nearby"
    # "one man waiting for a bus to Roseland": what the person was doing (see `unnamed`)
    r"(?P<tail>\s+(?:who|in|at|of|for|with|from|on|close\s+to|(?P<ing>[a-z]+ing))\s+[^,;:]*)?"
)
# Person nouns without a person suffix (-er, -or, -ist, -ian: lawyer, insider, analyst).
_PERSON_NOUNS = frozenset(
    "friend critic source aide candidate colleague wife husband son spouse relative witness "
    "expert fan guest neighbour neighbor partner official woman man girl boy resident evacuee "
    "villager local victim student pupil patient parent nurse mum dad citizen person "
    "eyewitness".split()
)
# A person noun that gives the gender a later "he" or "she" needs.
_GENDER = {
    **dict.fromkeys("woman girl mother mum wife daughter sister grandmother widow".split(), "f"),
    **dict.fromkeys("man boy father dad husband son brother grandfather widower".split(), "m"),
}
# Names of streets and stations: where an unnamed person is, never who speaks.
_PLACE_RE = re.compile(
    r"\b(?:Road|Street|Avenue|Lane|Drive|Boulevard|Highway|Crescent|Terrace|Square|Station)\b"
)
# "who asked not to be named", "speaking on condition of anonymity": no name on purpose.
ANON_RE = re.compile(
    r"\b(?:asked|wished|wanted|did\s+not\s+want|didn['’]t\s+want|declined|refused)\s+"
    r"(?:not\s+)?to\s+be\s+(?:named|identified)|\bcondition\s+of\s+anonymity"
)
# "who gave her name only as Danielle", "identified only as Tom": a name after all.
_NAMED_AS_RE = re.compile(r"\b(?:name|named|identified)\s+(?:only\s+)?as\s+[A-Z]")
# A sentence opening with such a person before a comma, "who" or a verb: "One guest, who
# asked not to be named, said", "A woman who lives across the street said", "One of the
# kayakers, a 27-year-old man, told".
_OPENER_RE = re.compile(
    r"(?:(?:But|And|However,?)\s+)?(?P<np>(?:One|Another|An?)\s+(?:of\s+the\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:[a-z][\w\-]*|\d+-year-old))"
    # "A doctor at Mayo Hospital, requesting anonymity, said", "One engineer at a PC maker
    # who was briefed ... said": a place of work after the person noun names no one (an
    # abbreviation's stop inside it too: "A nurse at the St. Aubin hospital").
    r"(?:\s+(?:at|in|from|with)\s+(?:[^,;:.\"“”]|\.(?=\s[A-Z]))*?)?"
    rf"(?=\s*,\s*(?P<next>\S)|\s+who\b|\s+(?:{AUX}|{VERBS})\b)"
)


def _person_head(m: re.Match[str]) -> str:
    """The head noun of an `_UNNAMED_RE` match if it means a person, else ""."""
    head = m.group(3)
    if m.group("of") and head.endswith("s"):  # "one of the kayakers"
        head = head[:-1]
    # "One 17-year-old, who spent four months in a caravan, said": an age alone is a person
    person = head in _PERSON_NOUNS or head.endswith(("er", "or", "ist", "ian", "-year-old"))
    return head if person else ""


def unnamed(phrase: str) -> bool:
    """A person described but never named: "his lawyer", "a friend", "an analyst", "one
    resident" (new to the story, so no earlier name is meant), but not a spokesperson or an
    organisation.

    >>> unnamed("his lawyer"), unnamed("one of the residents"), unnamed("a BBC spokeswoman")
    (True, True, False)
    >>> unnamed("one man waiting for a bus to Roseland")
    True
    """
    m = _UNNAMED_RE.fullmatch(phrase.strip())
    if not m or SPOKES_RE.search(phrase) or DOCUMENTS.intersection(phrase.split()):
        return False  # "a statement on her website" is hers
    tail = m.group("tail")
    if m.group("ing"):
        # "one man waiting for a bus to Roseland": a name in what the person was doing is a
        # place or a thing, never whom the person speaks for
        return bool(_person_head(m))
    if m.group("one") and tail and not tail.islower() and not _PLACE_RE.search(tail):
        # "one reviewer in Rolling Stone magazine" speaks for the magazine; "one shop owner
        # on Victoria Road" is still no one: a street never speaks.
        return False
    return bool(_person_head(m))


def unnamed_subject(text: str, lo: int, hi: int) -> str | None:
    """The gender ("m", "f" or "" unknown) of an unnamed person opening the reporting sentence
    `text[lo:hi]`, or None when it opens otherwise.

    >>> text = "One guest, who asked not to be named, said staff had told her."
    >>> unnamed_subject(text, 0, len(text))
    ''
    >>> text = "A Labour minister, Tessa Jowell, said the plan was sound."
    >>> unnamed_subject(text, 0, len(text)) is None  # named in the appositive
    True
    """
    m = _OPENER_RE.match(text, lo, hi)
    if m is None or (m.group("next") or "a").isupper():
        return None
    if _NAMED_AS_RE.search(text, m.end(), hi):
        return None  # "One picker, who gave her name only as Danielle, said": named after all
    um = _UNNAMED_RE.fullmatch(m.group("np"))
    if um is None or SPOKES_RE.search(m.group("np")) or not VERB_RE.search(text, m.end(), hi):
        return None  # "A man was arrested": no speech reported
    head = _person_head(um)
    return _GENDER.get(head, "") if head else None
