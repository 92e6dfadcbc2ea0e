"""Names in news text for quote attribution: capitalised runs, their fullest form, their kind.

A name is a run of capitalised tokens ("Sir Alex Ferguson", "Trevor O'Hoy", "U.S. Commerce
Department"); a possessive ends the run ("Manchester's Trafford Centre" is two names). Mentions
resolve to the fullest name the document gives: by last word for people ("Mr Blair" -> "Tony
Blair"), by first word for organisations ("Cairn" -> "Cairn Energy"), job titles stripped
("chief executive", "Kremlin spokesperson") except inside an organisation's own name
("Environment Agency", "Home Office"). A name is an organisation when it ends in an
organisation word, starts with a word that follows "the" somewhere ("the Two Ronnies"), or is
one word; a person otherwise, or whenever an honorific (Mr, Ms, Sir...) gives a gender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .quote_common import common_words, frequent_common_words, is_descriptor, is_person_noun
from .quote_first_names import first_name_start, is_first_name
from .quote_lexicon import (
    DEMONYMS,
    HONORIFIC_GENDER,
    LEGISLATORS,
    NATIONS,
    ORG_WORDS,
    PERSON_TITLES,
    POST_NOMINALS,
    ROLES,
    SKIP_WORDS,
    TITLES,
)
from .quote_name_parts import (
    JOIN_HEADS,
    NAME_PARTICLES,
    hyphen_adjective,
    is_org_name,
    personal,
    plural_possessive,
)

Kind = Literal["person", "org"]

# Accented capitals start names too: "Darragh Ó Faoláin", "Émile Zola".
# A full stop stays in a token after initials ("U.S."), a lone initial before a name word
# ("Mark R. Whitfield", "R. Senthil Kumar" opening a phrase; not "Plan B. The") and
# "Jr."/"Sr." (printed so: "Dale Ruiz Jr.").
_CAP_TOKEN = (
    r"[A-ZÀ-ÖØ-Þ](?:[\w&.\-]*\w)?(?:(?<=\.[A-Z])\.|(?<=\b[A-Z])\.(?=[ \t]+[A-Z])"
    r"(?![ \t]+(?:The|He|She|It|They|We|In|But|A|An|This|That)\b)|(?<=\b[JS]r)\.)?"
    r"(?:['’][A-Z][\w&.\-]*\w)?"
    r"(?:(?<=s)['’](?=[ \t]+[A-Z]))?"
)
# The capital first, so the regex engine skips ahead to capitals (3x faster than the same
# language written "(CAP blank)* CAP").
# Inside a name, a lower-case particle glued to a capital or standing before one: "Leonardo
# diCaprio", "Ruud van Nistelrooy", "Dominique de Villepin".
# Up to two: "Edwin van der Sar", "Rafael de la Torre", "Abu Musab al-Zarqawi"; Maasai "ole"
# ("Saitoti ole Nkukuu"), Malay "binti", Welsh "ap" ("Dafydd ap Gwilym").
# The spaced particles are `quote_name_parts.NAME_PARTICLES`, the one list name lengths use too.
_PARTICLE = (
    r"(?:(?:di|de|da|du|le|la|mc|mac|al-|el-)(?=[A-Z])|(?:"
    + "|".join(sorted(NAME_PARTICLES, key=lambda p: (-len(p), p)))
    + r")[ \t]+)"
)
# A nickname in quotes inside a name is part of it as printed: "Brian 'Head' Welch".
_NICKNAME = r"(?:['‘\"“][A-Z][\w\-]*(?:[ \t][A-Z][\w\-]*)?['’\"”][ \t]+)"
_NAME_RE = re.compile(
    rf"{_CAP_TOKEN}(?:[ \t]+{_NICKNAME}?{_PARTICLE}{{0,2}}{_CAP_TOKEN})*(?:['’]s\b)?"
)
_OF_RE = re.compile(r"[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+")
# "Canada-based", "London-listed": a place before a hyphen and a participle is an adjective.
_ADJ_COMPOUND_RE = re.compile(r"-(?:based|born|owned|listed|led|made|bred|run|backed)$")
# After an opening "-ing" word, a preposition or a determiner makes it a participle ("Imposing
# the sentence, Judge X said"); "Reading beat Derby", "Manning said" stay names.
_PREP_AFTER_RE = re.compile(
    r"[ \t]+(?:to|on|in|at|about|after|from|with|for|the|a|an|his|her|their|its|this)[ \t]"
)
# The lower-case word after a name: a role there ("... Studios president X") makes it an
# officer's employer.
_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z]+)")
_OFFICER_WORDS = TITLES | ROLES
_PARTY_TAG_RE = re.compile(r"[DRI]-[A-Z][a-z]+")
# A country's initials before a name: a title before a person's ("US Senator John Kerry"),
# part of an organisation's before one word ("UK Coal").
COUNTRY_CODES = frozenset(("uk", "us", "eu", "un"))
# Honorifics inside a run start the person's name ("GDC Mr Allard").
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."))
# Honorifics and person's titles a peer's or an official's territorial name follows.
_PEERS = frozenset(HONORIFIC_GENDER) | PERSON_TITLES
# Loaded once here: a set lookup before each call keeps the common case cheap.
_COMMON = common_words()
# Not the function words skipped anyway ("The Guardian"): counting words in the text costs.
_OPENERS = frequent_common_words() - SKIP_WORDS


@dataclass(slots=True)
class Name:
    """A capitalised run in the text, titles not yet stripped."""

    start: int
    end: int
    words: tuple[str, ...]
    possessive: bool


def find_names(text: str) -> list[Name]:
    """Capitalised runs, leading function words ("The", "But", "On Monday") skipped.

    >>> [n.words for n in find_names("But Southcorp chairman Brian Finn said so.")]
    [('Southcorp',), ('Brian', 'Finn')]
    >>> [n.words for n in find_names("Off-colour Gardener storms to win")]
    [('Gardener',)]
    """
    names = []
    for m in _NAME_RE.finditer(text):
        group = m.group()
        toks = group.split()
        last = toks[-1]
        if "-" in last and _ADJ_COMPOUND_RE.search(last):
            if all(t.lower() in SKIP_WORDS for t in toks[:-1]):
                continue  # "The Canada-based company"
        if group[1:2] == "-" and _PARTY_TAG_RE.fullmatch(group):
            continue  # "Sen. Laura Whitcomb, D-Ore., said": a US party-state tag, no name
        if group[-3:] == "ing" and len(toks) == 1 and _participle(text, m.start(), m.end()):
            continue  # "Responding to the complaint, the Election Commission said"
        if len(toks[0]) == 1 and len(toks) > 1 and m.start() and text[m.start() - 1] == "/":
            # "Sony's PCG-X505/P Vaio laptop": a letter after a slash ends a model's code, no
            # initial of a person "P Vaio" (who would take the next "he" said).
            rest = toks[1:]
            possessive = rest[-1].endswith(("'s", "’s"))
            if possessive:
                rest[-1] = rest[-1][:-2]
            names.append(
                Name(m.start() + group.index(rest[0], 1), m.end(), tuple(rest), possessive)
            )
            continue
        possessive = toks[-1].endswith(("'s", "’s"))
        if possessive:
            toks[-1] = toks[-1][:-2]
        lead_adj = len(toks) > 1 and "-" in toks[0] and hyphen_adjective(toks[0])
        if len(toks) == 2 and not lead_adj and toks[0].lower() in _OPENERS:
            lead_adj = _sentence_opener(text, m.start(), toks)
        elif len(toks) == 1 and text.startswith(" and ", m.end()) and _coordinated(text, m, toks):
            continue
        if toks[0].lower() not in SKIP_WORDS and not lead_adj:  # the common case, kept cheap
            # An inner apostrophe is rare: test for it before splitting hairs.
            cut = plural_possessive(toks) if "'" in group or "’" in group else 0
            if cut:  # "Delta Air Lines' Comair" is two names; "Workers' Union" one
                end = group.index(toks[cut - 1]) + len(toks[cut - 1])
                second = m.start() + group.index(toks[cut], end)
                first = (*toks[: cut - 1], toks[cut - 1][:-1])
                names.append(Name(m.start(), m.start() + end, first, True))
                names.append(Name(second, m.end(), tuple(toks[cut:]), possessive))
            else:
                names.append(Name(m.start(), m.end(), tuple(toks), possessive))
            continue
        skip = 1 if lead_adj else 0
        while skip < len(toks) and toks[skip].lower() in SKIP_WORDS:
            skip += 1
        if skip == len(toks):
            continue
        s = m.start()
        if skip:
            # Offset of the first kept token: the skipped ones are joined by blanks.
            pos = 0
            for tok in toks[:skip]:
                pos = group.index(tok, pos) + len(tok)
            s += group.index(toks[skip], pos)
        names.append(Name(s, m.end(), tuple(toks[skip:]), possessive))
    return _join_of(text, names)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 2) : start]
    return start == 0 or before[-1:] == "\n" or before in (". ", '" ', "” ")


def _sentence_opener(text: str, start: int, toks: list[str]) -> bool:
    """A common word capitalised only to open a sentence before a one-word name the text prints
    without it elsewhere: "Once Google started blocking ..." is Google (`quote_common`).

    >>> [n.words for n in find_names("Google was slow. Once Google acted, it fell.")]
    [('Google',), ('Google',)]
    """
    head = toks[0]
    return (
        head[1:].islower()
        and _opens_sentence(text, start)
        and not is_first_name(head)
        and text.count(toks[1]) > text.count(f"{head} {toks[1]}")
    )


def _coordinated(text: str, m: re.Match[str], toks: list[str]) -> bool:
    """A common word joined by "and" to a title before a person's name is the first half of
    the title, no name: "said Economic and Fiscal Policy Minister Heizo Takenaka".

    >>> [n.words for n in find_names("said Economic and Fiscal Policy Minister Jo Kim.")]
    [('Fiscal', 'Policy', 'Minister', 'Jo', 'Kim')]
    """
    head = toks[0]
    if not (head[1:].islower() and head.lower() in _COMMON):
        return False
    nxt = _NAME_RE.match(text, m.end() + 5)
    if nxt is None:
        return False
    words = tuple(nxt.group().split())
    kept = strip_titles(words)
    return 1 < len(kept) < len(words) and not is_org_name(words)


def _participle(text: str, start: int, end: int) -> bool:
    """A lone "-ing" word opening a sentence before a preposition is a participle, no name
    ("Responding to the complaint, ..."; "Reading beat Derby" stays a name).

    >>> [n.words for n in find_names("Responding to the complaint, the DMK said so.")]
    [('DMK',)]
    """
    before = text[max(0, start - 2) : start]
    opens = start == 0 or before[-1:] == "\n" or before in (". ", '" ', "” ")
    return opens and _PREP_AFTER_RE.match(text, end) is not None


def _join_of(text: str, names: list[Name]) -> list[Name]:
    """Join "Department" + "of" + "Health" when the first part ends in an organisation word or
    follows "the" (a person is never "the X": "the British Chambers of Commerce"), and
    "the Dock" + "and" + "Harbour Union"."""
    out: list[Name] = []
    for nm in names:
        prev = out[-1] if out else None
        # "Councillor Morag MacLeod (SNP) said", "Sen. Mark R. Whitfield (D-Va.)": a tag in
        # brackets right after a name qualifies it and never speaks.
        if prev and text[prev.end : nm.start] == " (" and text[nm.end : nm.end + 1] == ")":
            continue
        if prev is not None and (
            not prev.possessive
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

    >>> [nm.words for nm in find_names("Then the Dock and Harbour Union said")]
    [('Dock', 'and', 'Harbour', 'Union')]
    """
    return (
        not prev.possessive
        and nm.words[-1].lower() in ORG_WORDS
        and prev.words[-1].lower() not in ORG_WORDS
        and text[max(0, prev.start - 4) : prev.start] in ("the ", "The ")
        and text[prev.end : nm.start] == " and "
    )


def _of_and(text: str, prev: Name, nm: Name) -> bool:
    """ "Department of Health and Social Care": after "X of Y", a capitalised "and Z" goes on
    with the organisation's name, unless Z starts with a first name (a person) or is a body of
    its own ("the Ministry of Defence and Royal Navy").

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

    >>> [nm.words[:3] for nm in find_names("Cardiff and Vale University Health Board said")]
    [('Cardiff', 'and', 'Vale')]
    """
    role = _NEXT_WORD_RE.match(text, nm.end)
    return (
        len(prev.words) == 1
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

    >>> [nm.words for nm in find_names("The Coalition for Safe Roads said")]
    [('Coalition', 'for', 'Safe', 'Roads')]
    """
    if text[max(0, prev.start - 4) : prev.start] not in ("the ", "The "):
        return False
    link = text[prev.end : prev.end + 5]
    if link.startswith(" of "):
        return True
    return link == " for " and len(prev.words) == 1 and prev.words[0].lower() not in TITLES


def strip_titles(words: tuple[str, ...]) -> tuple[str, ...]:
    """Drop leading job titles, but not from an organisation's name ("Environment Agency").

    >>> strip_titles(("Shadow", "Home", "Secretary", "David", "Davis"))
    ('David', 'Davis')
    >>> strip_titles(("Carnegie", "Mellon", "Professor", "Raj", "Reddy"))
    ('Raj', 'Reddy')
    >>> strip_titles(("Aoife", "Brennan", "TD"))  # letters after the name go too
    ('Aoife', 'Brennan')
    >>> strip_titles(("UK", "Coal")), strip_titles(("US", "Senator", "Kerry"))
    (('UK', 'Coal'), ('Kerry',))
    """
    while len(words) > 2 and words[-1].rstrip(".") in POST_NOMINALS:
        words = words[:-1]
    if len(words) > 1 and is_org_name(words):
        return words
    if len(words) == 2 and words[1].lower() in NATIONS and words[0].lower() not in _PEERS:
        return words  # "Transport Scotland": a public body ("Baroness Scotland" a peer)
    i = 0
    while i < len(words) - 1:
        word = words[i].lower().rstrip(".")
        if word in COUNTRY_CODES and len(words) - i == 2 and words[i + 1].lower() not in TITLES:
            break  # "UK Coal", "US Embassy": the country is part of the one word's name
        # "Ex-Labour MP George Galloway": a former affiliation is a title like "former".
        ex = word.startswith("ex-")
        if (
            not ex
            and word not in TITLES
            and not (word in DEMONYMS and personal(words[i + 1 :]))
            # "Local MSP Alasdair Nicolson", "Economic Heizo Takenaka": a word printed mostly
            # in lower case heading a person's name describes them (`quote_common`), as does
            # a noun for a person ("Fisherman Rajindra Ramlogan", "Retiree Tan Ah Lian").
            and not ((word in _COMMON or is_person_noun(words[i])) and is_descriptor(words[i:]))
        ):
            break
        i += 1
    # "Carnegie Mellon Professor Raj Reddy": a role word inside the run starts the name after it,
    # as an honorific does ("at GDC Mr Allard": no name goes on past "Mr").
    for j in range(len(words) - 2, i, -1):
        low = words[j].lower()
        if low in ROLES or words[j] in LEGISLATORS:
            return strip_titles(words[j + 1 :])
        if low in _HONORIFICS:
            return strip_titles(words[j:])
    # "Headteacher Fiona Adeyemi-Clarke": an unlisted role word before a first name goes too.
    if len(words) - i > 2:
        i += first_name_start(words[i:])
    return words[i:]
