"""Small tests on the tokens of a capitalised run and on a name's words, kept out of
`quote_names` and `quote_canon` for their size.

A hyphenated word opening a run is a headline adjective or a tabloid descriptor ("Off-colour
Gardener", "Long-serving Smith", "Dad-of-two Darren") unless it is an East Asian given name
("Hyun-woo Pak", "Wen-hsin"): told apart by the counts of `quote_common`, not by a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quote_common import common_words, frequent_common_words
from .quote_first_names import is_first_name
from .quote_lexicon import GENERATIONS, GROUP_WORDS, NUMERALS, ORG_WORDS

# Lower case after the hyphen: "Off-colour", "Hyun-woo" (hyphenated names such as
# "Lloyd-Webber" capitalise both halves and never get here).
_HYPHEN_LOWER_RE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+$")
_COMMON = common_words()
_FREQUENT = frequent_common_words()
# Lower-case particles inside people's names (`quote_names._PARTICLE` matches these): no word
# of a name's length ("Jeroen van der Linde" is a 2-word name for `core_size`).
NAME_PARTICLES = frozenset(
    "van von der den de da di du del della le la ter ten dos das do bin binti bint ben ibn "
    "al el ole ap ab".split()
)
# Bodies named "X for Y" though X is no organisation word: "Transport for Greater Manchester",
# "Campaign for Borders Rail", "Alliance for Choice".
JOIN_HEADS = ORG_WORDS | frozenset("transport coalition campaign alliance partnership".split())
_PARTICIPLES = frozenset(("born", "run", "made", "led", "bred", "grown", "won"))


@dataclass(slots=True)
class Name:
    """A capitalised run in the text, titles not yet stripped."""

    start: int
    end: int
    words: tuple[str, ...]
    possessive: bool


def hyphen_adjective(tok: str) -> bool:
    """A hyphenated word, lower case after the hyphen, that is an adjective or a descriptor:
    its first part a common word ("Long-serving", "Off-colour") or a later part a frequent one
    ("Dad-of-two"). A given name's syllables are neither ("Hyun-woo": "woo" is printed in lower
    case only 5 times in the BBC corpus).

    >>> hyphen_adjective("Long-serving"), hyphen_adjective("Dad-of-two")
    (True, True)
    >>> hyphen_adjective("Sydney-listed"), hyphen_adjective("Tunisian-born")
    (True, True)
    >>> hyphen_adjective("Hyun-woo"), hyphen_adjective("Wen-hsin")
    (False, False)
    """
    if _HYPHEN_LOWER_RE.match(tok) is None:
        return False
    head, *rest = tok.lower().split("-")
    # "Sydney-listed", "Tunisian-born": a place and a participle.
    if rest[-1].endswith(("ed", "ing")) or rest[-1] in _PARTICIPLES:
        return True
    return head in _COMMON or any(p in _FREQUENT for p in rest)


def plural_possessive(toks: list[str]) -> int:
    """Index of the token after an inner plural possessive, unless an organisation word ends."""
    if toks[-1].lower() in ORG_WORDS:
        return 0
    for i, tok in enumerate(toks[:-1]):
        if tok[-1] in "'’" and tok[0] not in "'‘":  # not a nickname: "Brian 'Head' Welch"
            return i + 1
    return 0


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what the regex \w means in a str pattern


def has_word(text: str, word: str) -> bool:
    """`word` occurs with no word character on either side (as r"\\bword\\b" would find it)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not is_word_char(text[i - 1])) and (
            j == len(text) or not is_word_char(text[j])
        ):
            return True
        i = text.find(word, i + 1)
    return False


def titled_particle(words: tuple[str, ...], core: tuple[str, ...]) -> bool:
    """A word that is no first name before a particle opening the surname of a fuller name is
    a title or a misprint: "Coach van Gaal" for "Louis van Gaal".

    >>> titled_particle(("Me", "den", "Hartog"), ("Jurgen", "den", "Hartog"))
    True
    """
    n = len(words)
    return (
        n > 2 and words[1] in NAME_PARTICLES and core[1 - n :] == words[1:] and len(core) >= n
    ) and not is_first_name(words[0])


def org_prefixes(names: list[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Two-word prefixes of the one 3+-word organisation's name each opens: "Greater
    Wellington" is the "Greater Wellington Regional Council" printed in full (a body's short
    name), unless the prefix is a person's ("John Smith" of the "John Smith Foundation") or
    names an organisation itself.

    >>> org_prefixes([("Greater", "Wellington", "Regional", "Council")])
    {('Greater', 'Wellington'): ('Greater', 'Wellington', 'Regional', 'Council')}
    >>> org_prefixes([("John", "Smith", "Memorial", "Trust")])
    {}
    """
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for words in names:
        if len(words) > 2 and words[-1].lower() in ORG_WORDS and words[1][0].isupper():
            found.setdefault(words[:2], set()).add(words)
    return {
        k: next(iter(v))
        for k, v in found.items()
        if len(v) == 1 and not is_first_name(k[0]) and k[1].lower() not in ORG_WORDS
    }


def is_org_name(words: tuple[str, ...]) -> bool:
    """Ends in an organisation word, or has one before "of" ("Department of Health"), or is
    a body's "X for Y" name ("Transport for London")."""
    if words[-1].lower() in ORG_WORDS:
        return True
    return "of" in words or "for" in words and words[0].lower() in JOIN_HEADS


def personal(words: tuple[str, ...]) -> bool:
    """Two or more words with no organisation or group word: a person's name, so a nationality
    before it is dropped ("Australian Lynton Crosby", not "Welsh Liberal Democrats").

    >>> personal(("Lynton", "Crosby")), personal(("Liberal", "Democrats")), personal(("Re",))
    (True, False, False)
    """
    return len(words) > 1 and not any(
        w.lower() in ORG_WORDS or w.lower() in GROUP_WORDS for w in words
    )


def name_key(words: tuple[str, ...]) -> str:
    """The word a name is looked up by: its last, or the surname before "Jr" or "Sr".

    >>> name_key(("Ken", "Griffey", "Jr")), name_key(("Tony", "Blair"))
    ('Griffey', 'Blair')
    """
    if len(words) > 1 and has_generation(words):
        return words[-2]
    return words[-1]


def core_size(words: tuple[str, ...]) -> int:
    """Words of a name but its initials, generation and particles: three at most make a
    fuller name.

    >>> core_size(("Thomas", "J.", "Whitcombe", "III")), core_size(("Dale", "Ruiz", "Jr."))
    (2, 2)
    """
    core = len(words) - has_generation(words)
    # Nor lower-case particles: "Jeroen van der Linde" is fuller than "Van der Linde".
    return core - sum(1 for w in words if len(w) == 2 and w[1] == "." or w in NAME_PARTICLES)


def has_generation(words: tuple[str, ...]) -> bool:
    """The name ends in a generation: "Jr", "Sr." or a numeral after two words or more."""
    return words[-1] in GENERATIONS or len(words) > 2 and words[-1] in NUMERALS


def fold(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words case-folded: "DiCaprio" and "diCaprio" compare equal."""
    return tuple(w.casefold() for w in words)
