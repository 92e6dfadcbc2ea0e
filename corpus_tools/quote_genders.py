"""Genders of one-word names read from the pronoun their own sentence gives them.

A one-word name is an organisation unless a title or honorific says otherwise (`quote_canon`),
so a sports report's "Safin" or "Federer" (printed only by surname) was no one a later "he
said" could mean. "Safin raised his game", "Federer admitted he was under pressure": a name
opening its sentence, or a clause after "but"/"and", whose verb is followed right away by
"he"/"his" or "she"/"her" is a person of that gender. Only verbs that admit or act on oneself,
not "said" ("Chelsea said he would miss the game" is about another man); `quote_canon` also
drops common nouns ("Doctors found his ...").
"""

from __future__ import annotations

import re

_SELF_PRONOUN_RE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=\bbut )|(?<=\band ))([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r" (?:admitted|conceded|confessed|raised|hurt|injured|twisted|turned|broke|lost|won|found)"
    r" (?:that )?(he|his|she|her)\b"
)
_GENDER = {"he": "m", "his": "m", "she": "f", "her": "f"}


def pronoun_genders(text: str) -> dict[str, str]:
    """One-word sentence subjects and the gender of the pronoun after their verb (a word
    given both is left out).

    >>> pronoun_genders("Safin raised his game. Federer admitted he was tired.")
    {'Safin': 'm', 'Federer': 'm'}
    """
    out: dict[str, str] = {}
    for m in _SELF_PRONOUN_RE.finditer(text):
        g = _GENDER[m.group(2)]
        out[m.group(1)] = g if out.get(m.group(1), g) == g else ""
    return {k: g for k, g in out.items() if g}
