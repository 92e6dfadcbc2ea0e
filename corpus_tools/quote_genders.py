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
from collections.abc import Iterable

from .quote_names import Name

# The verb and pronoun right after a one-word name (tried only at the names: one pass over the
# whole text for this rare pattern would cost more than the rest of the attribution step).
_SELF_PRONOUN_RE = re.compile(
    r" (?:admitted|conceded|confessed|raised|hurt|injured|twisted|turned|broke|lost|won|found)"
    r" (?:that )?(he|his|she|her)\b"
)
_OPENERS = (". ", "! ", "? ", "but ", "and ")
_GENDER = {"he": "m", "his": "m", "she": "f", "her": "f"}


def pronoun_genders(text: str, names: Iterable[Name]) -> dict[str, str]:
    """One-word names opening a sentence or clause and the gender of the pronoun after their
    verb (a word given both is left out).

    >>> from .quote_names import find_names
    >>> text = "Safin raised his game. Federer admitted he was tired."
    >>> pronoun_genders(text, find_names(text))
    {'Safin': 'm', 'Federer': 'm'}
    """
    out: dict[str, str] = {}
    for nm in names:
        if len(nm.words) > 1 or nm.possessive:
            continue
        m = _SELF_PRONOUN_RE.match(text, nm.end)
        i = nm.start
        if m is None or i and text[i - 1] != "\n" and not text.endswith(_OPENERS, 0, i):
            continue
        word, g = nm.words[0], _GENDER[m.group(1)]
        out[word] = g if out.get(word, g) == g else ""
    return {k: g for k, g in out.items() if g}
