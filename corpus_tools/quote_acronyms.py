"""Acronyms and short forms of organisations' names, read from the document that uses them.

A short form speaks as the full name the document prints (the fixtures' convention: the fullest
name given): "the Department of Conservation (DOC)", "Maharashtra Metro Rail Corporation
Limited (Maha-Metro)", and, with no brackets, "BA" where "British Airways" is printed or "ECB"
where "England and Wales Cricket Board" is.

>>> acronyms("the Bangalore Metro Rail Corporation Limited (BMRCL) said")
{'BMRCL': ('Bangalore', 'Metro', 'Rail', 'Corporation', 'Limited')}
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A bracketed short form: letters ("BMRCL", "DOC", "Nasa") or a clipped, hyphenated name
# ("Maha-Metro").
# Dotted initials ("the Samoa Ports Authority (S.P.A.)") are kept without their dots.
_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z&.\-]{1,14})\)")
_LINK_WORDS = frozenset(("of", "and", "for", "the", "&"))
# A country before a national body's name, left out of its initials: "CPSC" is the "U.S.
# Consumer Product Safety Commission".
_COUNTRY_PREFIXES = frozenset(("US", "U.S.", "UK", "U.K."))
# The parts of a mixed-case short form: "DrKW" is "Dr", "K", "W"; "FedEx" "Fed", "Ex".
_CAMEL_PART_RE = re.compile(r"[A-Z][a-z]*")


def _initials(words: tuple[str, ...], *, links: bool) -> str:
    """Upper-case initials, with or without the link words ("DOC" keeps its "of")."""
    return "".join(w[0] for w in words if links or w not in _LINK_WORDS).upper()


def spells(letters: str, words: tuple[str, ...]) -> bool:
    """`letters` are the initials of `words`, with or without the link words.

    >>> spells("DOC", ("Department", "of", "Conservation")), spells("NASA", ("National",
    ... "Aeronautics", "and", "Space", "Administration"))
    (True, True)
    """
    up = letters.replace("&", "").upper()
    if up in (_initials(words, links=False), _initials(words, links=True), _caps_initials(words)):
        return True
    return len(words) > 2 and words[0] in _COUNTRY_PREFIXES and spells(letters, words[1:])


def _caps_initials(words: tuple[str, ...]) -> str:
    """Initials where a word in capitals counts whole: "UKIP" for "UK Independence Party".

    >>> _caps_initials(("UK", "Independence", "Party"))
    'UKIP'
    """
    return "".join(
        w.replace(".", "") if w.isupper() else w[0] for w in words if w not in _LINK_WORDS
    )


def camel_spells(short: str, words: tuple[str, ...]) -> bool:
    """A mixed-case short form whose parts open the name's words in turn: "DrKW" for
    "Dresdner Kleinwort Wasserstein", "FedEx" for "Federal Express".

    >>> camel_spells("DrKW", ("Dresdner", "Kleinwort", "Wasserstein"))
    True
    >>> camel_spells("McCain", ("Mc", "Cain")), camel_spells("DrKW", ("Dr", "Kim"))
    (True, False)
    """
    parts = _CAMEL_PART_RE.findall(short)
    content = [w for w in words if w not in _LINK_WORDS]
    return (
        "".join(parts) == short
        and len(parts) == len(content)
        and all(w.startswith(p) for p, w in zip(parts, content, strict=True))
    )


def ampersand_name(short: str, text: str) -> tuple[str, ...] | None:
    """The "X & Y" name a short form "A&B" stands for, printed in the text: "M&S" for "Marks &
    Spencer" (the names finder reads two names either side of the "&").

    >>> ampersand_name("M&S", "Marks & Spencer cut prices. M&S said so.")
    ('Marks', '&', 'Spencer')
    """
    a, _, b = short.partition("&")
    if len(a) != 1 or len(b) != 1:
        return None
    m = re.search(rf"\b({a}[a-z]+) & ({b}[a-z]+)\b", text)
    return (m.group(1), "&", m.group(2)) if m else None


def printed_initials(words: tuple[str, ...], text: str) -> bool:
    """The text prints the initials of `words` as a word of their own: "GE" for "General
    Electric", which is then a company's name, not a title ("General") and a name.

    >>> printed_initials(("General", "Electric"), "General Electric (GE) grew. GE said so.")
    True
    >>> printed_initials(("General", "Musharraf"), "General Musharraf said so.")
    False
    """
    letters = _initials(words, links=False)
    return 2 <= len(letters) <= 5 and letters in text and _stands_alone(letters, text)


def _stands_alone(letters: str, text: str) -> bool:
    """`letters` occur with no letter, digit or full stop on either side ("GE", not "GEC")."""
    return re.search(rf"(?<![\w.]){letters}(?![\w.])", text) is not None


def _clipped(short: str, words: tuple[str, ...]) -> bool:
    """A clipped form: "Maha-Metro" for "Maharashtra Metro Rail ...", each part of the short
    form starting the next words of the name."""
    parts = short.split("-")
    if len(parts) < 2 or len(parts) > len(words):
        return False
    return all(
        len(p) >= 3 and w.lower().startswith(p.lower()) for p, w in zip(parts, words, strict=False)
    )


def acronyms(text: str) -> dict[str, tuple[str, ...]]:
    """Short forms given in brackets after the name they stand for.

    >>> acronyms("the Maharashtra Metro Rail Corporation Limited (Maha-Metro) said")
    {'Maha-Metro': ('Maharashtra', 'Metro', 'Rail', 'Corporation', 'Limited')}
    """
    out = {}
    for m in _ACRONYM_RE.finditer(text):
        short = m.group(1).replace(".", "")
        words = text[max(0, m.start() - 120) : m.start()].split()
        caps = 0
        for i in range(len(words) - 1, -1, -1):
            if words[i] in _LINK_WORDS:
                continue
            if not words[i][:1].isupper():
                break
            caps += 1
            full = (*words[i:-1], words[-1].removesuffix("'s").removesuffix("’s"))
            # The shortest name the letters spell ("Department of Conservation (DOC)"), or
            # the whole capitalised run a clipped form starts ("Maha-Metro").
            if spells(short, full) or _clipped(short, full) and _run_starts(words, i):
                out[short] = full
                break
            if caps > len(short):
                break
    return out


def _run_starts(words: list[str], i: int) -> bool:
    """words[i] opens the capitalised run (what comes before it is lower case or nothing)."""
    return i == 0 or not words[i - 1][:1].isupper()


def _subsequence(letters: str, initials: str) -> bool:
    """`letters` pick initials in order, the first and the last included ("ECB" in "EWCB")."""
    if not initials or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    it = iter(initials)
    return all(ch in it for ch in letters)


def expand(
    short: str, orgs: Iterable[tuple[str, ...]], others: Iterable[tuple[str, ...]] = ()
) -> tuple[str, ...] | None:
    """The one printed organisation's name whose initials an unbracketed acronym spells
    ("BA" for "British Airways"), else the one whose initials it picks with the first and the
    last ("ECB" for "England and Wales Cricket Board"); None when none or several fit.

    >>> expand("BA", [("British", "Airways"), ("Heathrow", "Airport")])
    ('British', 'Airways')
    >>> expand("ECB", [("England", "and", "Wales", "Cricket", "Board")])
    ('England', 'and', 'Wales', 'Cricket', 'Board')

    Spelled exactly in 3+ letters, the name may be any of `others` too (names with no
    organisation word: "Dresdner Kleinwort Wasserstein" for "DrKW"); two letters are as often
    a person's initials ("CD" and "Cat Deeley").
    """
    orgs = set(orgs)
    if len(short) > 2:
        orgs.update(others)
    test = spells if short.isupper() else camel_spells
    exact = {words for words in orgs if test(short, words)}
    if len(exact) == 1:
        return next(iter(exact))
    if exact or len(short) < 3 or not short.isupper():
        return None
    loose = {w for w in orgs if _subsequence(short, _initials(w, links=False))}
    return next(iter(loose)) if len(loose) == 1 else None
