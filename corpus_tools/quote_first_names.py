"""Where a person's name starts in a capitalised run, told by a list of first names.

A list of role words before a name ("Headteacher", "Commodore", "Unison") can never be
complete; a list of first names says where the name itself begins. The list is the US Census
1990 first names (corpus_tools/data/first-names.txt, public domain).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

from .quote_lexicon import POLICE_RANKS, TITLES

# First names that are as often common words, places or name particles: too ambiguous to cut
# a run at ("Blair Will Stand", "Agence France Presse", "A Very Long Engagement", "Hein Le Roux").
_AMBIGUOUS = frozenset(
    "will may bill rose hope joy grace faith long young royal major chance france christian "
    "summer april june august ray guy frank sun page lane love art don rich so le la de del "
    "della di da du van von ben bin al el dos".split()
)


@cache
def first_names() -> frozenset[str]:
    """The lower-case first names of the shipped list.

    >>> "fiona" in first_names(), "headteacher" in first_names()
    (True, False)
    """
    text = resources.files("corpus_tools.data").joinpath("first-names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_first_name(word: str) -> bool:
    """A known first name in title case (not an acronym: "ANN").

    >>> is_first_name("Fiona"), is_first_name("FIONA"), is_first_name("Care"), is_first_name("Inés")
    (True, False, False, True)
    """
    # Title case only: an upper-case acronym ("ANN", "AMY") is no first name.
    low = word.lower()
    if not (word[:1].isupper() and word[1:] == low[1:]):
        return False
    # The list is ASCII: "Inés", "José" are found without their accents.
    return low in first_names() or not low.isascii() and _unaccented(low) in first_names()


def _surname_first(words: tuple[str, ...]) -> bool:
    """A Chinese-style name, surname first: three short syllables, the last two first names in
    the list ("Koh Wei Ming", "Lim Wei Jie"), so the word before the given names stays.

    >>> _surname_first(("Koh", "Wei", "Ming")), _surname_first(("Unison", "Dave", "Prentis"))
    (True, False)
    """
    return (
        len(words) == 3
        and all(len(w) <= 4 for w in words)
        and is_first_name(words[2])
        # Not a title or an acronym before the given names ("Green MEP Jo Li").
        and not words[0].isupper()
        and words[0].lower() not in TITLES
    )


def is_ambiguous(word: str) -> bool:
    """A first name that is as often a common word, place or particle ("Will", "France")."""
    return word.lower() in _AMBIGUOUS


def _unaccented(word: str) -> str:
    """ "inés" -> "ines": accents (combining marks after NFKD) dropped."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def first_name_start(words: tuple[str, ...]) -> int:
    """Index where a person's name starts in `words`: the first known first name, if the words
    before it are none and a word follows it (a surname); 0 otherwise.

    >>> first_name_start(("Headteacher", "Fiona", "Adeyemi-Clarke"))
    1
    >>> first_name_start(("Morgan", "Stanley", "Dean", "Witter"))  # a name first: no cut
    0
    >>> first_name_start(("CB", "Richard", "Ellis")), first_name_start(("Green", "MEP", "Jo", "Li"))
    (0, 2)
    >>> first_name_start(("PC", "Hannah", "Lyle"))  # a police rank, no company's initials
    1
    """
    for j, word in enumerate(words[:-1]):
        if is_first_name(word):
            # An acronym right before, not a title ("MEP"), runs into a company's name.
            before = words[j - 1] if j else ""
            acronym = (
                before.isupper() and before.lower() not in TITLES and before not in POLICE_RANKS
            )
            if word.lower() in _AMBIGUOUS or acronym:
                return 0
            return j - 1 if j and _surname_first(words[j - 1 :]) else j
    return 0
