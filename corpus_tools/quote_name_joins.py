"""Capitalised runs joined into one organisation's name across "of", "for" and "and".

`quote_names.find_names` reads "Department", "Health" apart; news prints bodies as "the
Department of Health", "Department for Work and Pensions", "the Dock and Harbour Union",
"Cardiff and Vale University Health Board", while "the Department of Health and Alan Milburn"
is two names. Kept out of `quote_names` for its size.
"""

from __future__ import annotations

import re

from .quote_first_names import first_name_start, is_first_name
from .quote_lexicon import ORG_WORDS, ROLES, TITLES
from .quote_name_parts import JOIN_HEADS, Name, is_org_name

_OF_RE = re.compile(r"[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+")
# The lower-case word after a name: a role there ("... Studios president X") makes it an
# officer's employer.
_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z]+)")
_OFFICER_WORDS = TITLES | ROLES
# The first and second characters after a name that any join allows (see `join_of`).
_BLANKS = frozenset(" \t")
_JOIN_SECOND = frozenset(" \t(&ofa")


def join_of(text: str, names: list[Name]) -> list[Name]:
    """Join "Department" + "of" + "Health" when the first part ends in an organisation word or
    follows "the" (a person is never "the X": "the British Chambers of Commerce"),
    "the Dock" + "and" + "Harbour Union", and "Marks" + "&" + "Spencer"."""
    out: list[Name] = []
    for nm in names:
        prev = out[-1] if out else None
        if prev is not None and (
            text[prev.end : prev.end + 1] not in _BLANKS
            or text[prev.end + 1 : prev.end + 2] not in _JOIN_SECOND
        ):
            # Every join below needs a blank after `prev`, then a blank, "(", "&" or the "o",
            # "f", "a" of "of", "for", "and": most names fail this one cheap test.
            out.append(nm)
            continue
        # "Councillor Morag MacLeod (SNP) said", "Sen. Mark R. Whitfield (D-Va.)": a tag in
        # brackets right after a name qualifies it and never speaks.
        if prev and text[prev.end : nm.start] == " (" and text[nm.end : nm.end + 1] == ")":
            continue
        if prev is not None and (
            # "Marks & Spencer", "the Securities & Exchange Commission": an ampersand joins
            # the parts of one firm's or body's name, never two speakers.
            text[prev.end : nm.start] == " & "
            or not prev.possessive
            and _OF_RE.fullmatch(text, prev.end, nm.start)
            and (prev.words[-1].lower() in JOIN_HEADS or _the_of(text, prev))
            # Both "and" joins need " and " between: test it once, before any call.
            or text.startswith(" and ", prev.end)
            and (_the_and(text, prev, nm) or _of_and(text, prev, nm) or _place_and(text, prev, nm))
        ):
            link = text[prev.end : nm.start].split()
            cut = _officer_start(nm)
            if cut:
                # "the Department of Transport Siobhán Ní Bhriain": the body's name ends where
                # its officer's starts (a listed first name); the officer is a name of its own.
                start = text.index(nm.words[cut], nm.start)
                end = text.rindex(nm.words[cut - 1], nm.start, start) + len(nm.words[cut - 1])
                out[-1] = Name(prev.start, end, (*prev.words, *link, *nm.words[:cut]), False)
                out.append(Name(start, nm.end, nm.words[cut:], nm.possessive))
            else:
                out[-1] = Name(prev.start, nm.end, (*prev.words, *link, *nm.words), nm.possessive)
        else:
            out.append(nm)
    return out


def _officer_start(nm: Name) -> int:
    """Where a person's name starts inside the part after "of" (0: none), so "Department of
    Transport Siobhán Ní Bhriain" is the body and its officer, not one name.

    >>> _officer_start(Name(0, 27, ("Transport", "Siobhán", "Ní", "Bhriain"), False))
    1
    >>> _officer_start(Name(0, 9, ("Transport",), False))
    0
    """
    return first_name_start(nm.words) if len(nm.words) > 2 else 0


def _the_and(text: str, prev: Name, nm: Name) -> bool:
    """ "the Dock and Harbour Union": "the X and Y <organisation word>" is one body (but not
    "the Tory Party and Labour Party", two).

    >>> from .quote_names import find_names
    >>> [nm.words for nm in find_names("Then the Dock and Harbour Union said")]
    [('Dock', 'and', 'Harbour', 'Union')]
    """
    return (
        not prev.possessive
        # A body's word or a group's ("the Computer and Digital Commerce Alliance").
        and nm.words[-1].lower() in JOIN_HEADS
        and prev.words[-1].lower() not in JOIN_HEADS
        and text[max(0, prev.start - 4) : prev.start] in ("the ", "The ")
        and text[prev.end : nm.start] == " and "
    )


def _of_and(text: str, prev: Name, nm: Name) -> bool:
    """ "Department of Health and Social Care": after "X of Y", a capitalised "and Z" goes on
    with the organisation's name, unless Z starts with a first name (a person) or is a body of
    its own ("the Ministry of Defence and Royal Navy").

    >>> from .quote_names import find_names
    >>> [nm.words[-2:] for nm in find_names("The Ministry of Energy and Mines said")]
    [('and', 'Mines')]
    >>> [nm.words for nm in find_names("the Department of Health and Alan Milburn")][1]
    ('Alan', 'Milburn')
    """
    return (
        text[prev.end : nm.start] == " and "
        and not prev.possessive
        # "of" or "for": "Department for Work and Pensions" as "Department of Health and ...".
        and ("of" in prev.words or "for" in prev.words)
        and len(nm.words) <= 3
        and not is_first_name(nm.words[0])
        # A lone organisation word is the name's last subject ("Ministry of Environment and
        # Energy"), not a body of its own ("the Ministry of Defence and Royal Navy").
        and not (len(nm.words) > 1 and is_org_name(nm.words))
        and not nm.words[0].isupper()
    )


def _place_and(text: str, prev: Name, nm: Name) -> bool:
    """ "Cardiff and Vale University Health Board", "England and Wales Cricket Board" with
    no "the" before: one place word, then a 3+ word name ending in an organisation word, is
    one body (a 2-word one is not: "Germany and Deutsche Bank"). Not a person and an
    organisation's officer: "Whitlock-Reyes and Lanternfish Animation Studios president X".

    >>> from .quote_names import find_names
    >>> [nm.words[:3] for nm in find_names("Cardiff and Vale University Health Board said")]
    [('Cardiff', 'and', 'Vale')]
    """
    role = _NEXT_WORD_RE.match(text, nm.end)
    return (
        # nothing but "and" between: not "Brighouse and was among those stranded until the
        # early hours. West Yorkshire Police"
        text[prev.end : nm.start] == " and "
        and len(prev.words) == 1
        and "-" not in prev.words[0]
        and not (role and role.group(1) in _OFFICER_WORDS)
        and len(nm.words) >= 3
        and not prev.possessive
        and nm.words[-1].lower() in ORG_WORDS
        and prev.words[0].lower() not in ORG_WORDS
        and not prev.words[0].isupper()
        and not is_first_name(prev.words[0])
        and not is_first_name(nm.words[0])
    )


def _the_of(text: str, prev: Name) -> bool:
    """ "the X of Y": a definite name joined by "of"; by "for" only after one word that is no
    title ("the Coalition for Affordable Prescriptions", not "the Labour MP for Ealing" or
    "the Minister for Europe").

    >>> from .quote_names import find_names
    >>> [nm.words for nm in find_names("The Coalition for Safe Roads said")]
    [('Coalition', 'for', 'Safe', 'Roads')]
    """
    if text[max(0, prev.start - 4) : prev.start] not in ("the ", "The "):
        return False
    link = text[prev.end : prev.end + 5]
    if link.startswith(" of "):
        return True
    return link == " for " and len(prev.words) == 1 and prev.words[0].lower() not in TITLES
