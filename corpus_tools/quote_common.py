"""Common words capitalised only to open a sentence, a headline or a title before a name.

Lists of descriptors ("Local", "Sprinter", "Once", "Economic") glued to names can never be
complete. Counts can: corpus_tools/data/common-words.tsv holds, per word, how often the BBC
News corpus prints it in lower case and how often capitalised mid-sentence (built by
benchmarks/build_common_words.py). A word printed mostly in lower case that opens a run going
on into a person's name is a descriptor, no part of the name ("Local MSP Alasdair Nicolson").
Surnames that are also words ("Brown", "Friday", "Young" in "Will Young") are capitalised
mid-sentence as often as not, or end the run, and are kept.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .quote_first_names import is_ambiguous, is_first_name
from .quote_lexicon import ROLES, TITLES, WORLD_TITLES

# Printed in lower case in at least this share of mid-sentence uses: "local" (223 lower, 7
# capitalised), "economic" (306, 25), "once" (142, 1); not "young" (157, 24: "Will Young"),
# "national" (155, 126), "committee" (108, 58), "brown" (2, 394).
_SHARE = 0.9


# Printed in lower case this often too: a frequent word ("once", "could", "latest"), not a rare
# one that may be an unlisted first name ("Cat Deeley": "cat", 6 uses).
_FREQUENT = 50

# Endings of nouns for people by their work or state ("Fisherman", "Retiree", "Novelist",
# "Spokeswoman"): too many and too rare for the counts above. Not "-er" alone, which ends as
# many names ("Dresdner Kleinwort", "Walter"): only a compound ending in a listed title does
# ("Headteacher", "Schoolteacher"), or a "Co-" noun ("Co-author", "Co-founder").
_PERSON_ENDINGS = ("man", "woman", "ist", "ee")
_NICKNAME_MARKS = "'‘\"“"
_COMPOUND_TAILS = tuple(t for t in TITLES if len(t) >= 5 and t.isalpha())


@cache
def _counts() -> dict[str, tuple[int, int]]:
    """(lower-case, capitalised) mid-sentence counts per listed word."""
    text = resources.files("corpus_tools.data").joinpath("common-words.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, lower, upper = line.split("\t")
            out[word] = (int(lower), int(upper))
    return out


@cache
def common_words() -> frozenset[str]:
    """Lower-case words printed mostly in lower case mid-sentence (see the module docstring).

    >>> sorted({"local", "once", "economic", "brown", "friday", "national"} & common_words())
    ['economic', 'local', 'once']
    """
    return frozenset(w for w, (lo, up) in _counts().items() if lo >= _SHARE * (lo + up))


@cache
def frequent_common_words() -> frozenset[str]:
    """Common words printed in lower case mid-sentence 50 times or more.

    >>> sorted({"once", "could", "cat"} & frequent_common_words())
    ['could', 'once']
    """
    return frozenset(w for w in common_words() if _counts()[w][0] >= _FREQUENT)


def is_common_or_plural(word: str) -> bool:
    """A common word, or the plural of one ("Relations", "Affairs", "Farmers"): a name's
    descriptive part, or a group of people rather than a name.

    >>> is_common_or_plural("Affairs"), is_common_or_plural("Farmers"), is_common_or_plural("Blair")
    (True, True, False)
    """
    low = word.lower()
    common = common_words()
    return low in common or low.endswith("s") and low[:-1] in common


def is_person_noun(word: str) -> bool:
    """A title-case noun for a person by work or state, not a listed first name: "Fisherman",
    "Retiree", "Co-author" (so "Fisherman Rajindra Ramlogan" is Rajindra Ramlogan).

    >>> is_person_noun("Fisherman"), is_person_noun("Co-author"), is_person_noun("Trevor")
    (True, True, False)
    """
    low = word.lower()
    if not (word[:1].isupper() and word[1:] == low[1:] and len(word) > 5):
        return False
    if low.startswith("co-"):
        return low[3:].isalpha()
    noun = low.endswith(_PERSON_ENDINGS) or low.endswith(_COMPOUND_TAILS)
    return noun and not is_first_name(word)


def is_descriptor(words: tuple[str, ...]) -> bool:
    """`words[0]` is a common word heading a person's name: a title or honorific and a name,
    a listed first name and a surname, or two more capitalised words follow. Never the last
    word ("Gordon Brown"), never a first name itself ("Will Smith", "May").

    >>> is_descriptor(("Local", "MSP", "Alasdair", "Nicolson"))
    True
    >>> is_descriptor(("Economic", "Heizo", "Takenaka")), is_descriptor(("Once", "Google"))
    (True, False)
    >>> is_descriptor(("Will", "Young", "Smith")), is_descriptor(("Brown", "Gordon", "Smith"))
    (False, False)
    >>> is_descriptor(("Reporters", "Without", "Borders"))
    False
    """
    if len(words) < 3:
        return False
    head = words[0]
    common = head[1:].islower() and head.lower() in common_words()
    if not (common or is_person_noun(head)):
        return False
    if is_first_name(head):
        return False  # "Will", "Bill", "Mark" head names as often
    nxt = words[1]
    if nxt.lower().rstrip(".") in TITLES:
        return True  # "Local MSP Alasdair Nicolson"
    if is_first_name(nxt) and not is_ambiguous(nxt):
        return True
    # Two more capitalised words, the first no common word itself: "Economic Heizo Takenaka",
    # not a title's or a body's words ("Reporters Without Borders", "A Very Long Engagement").
    # A short lower-case particle ("Dafydd ap Ifan") or a nickname in quotes ("Rajindra
    # ‘Boysie’ Ramlogan") may stand inside.
    return (
        nxt.lower() not in common_words()
        and words[-1][:1].isupper()
        and all(
            w[:1].isupper() or w[:1] in _NICKNAME_MARKS or len(w) <= 3 and w.islower()
            for w in words[1:]
        )
    )


_TITLE_WORDS = TITLES | ROLES | WORLD_TITLES | frozenset(("head",))
# Head-case words of posts that news text does not print often enough in lower case to be
# common words: "Deputy Medical Director", "Clinical Lead", "Managing Editor".
_POST_QUALIFIERS = frozenset(
    "medical clinical nursing technical managing regional national commercial marketing sales "
    "operations communications policy research digital press human resources lead principal "
    "associate assistant acting interim programme project development strategy".split()
)


def is_title_run(words: tuple[str, ...]) -> bool:
    """Every word is a title or a common word: a post ("Deputy Medical Director", "Chief
    Nurse", "General Manager") printed in head case beside a name, no name itself.

    >>> is_title_run(("Deputy", "Medical", "Director")), is_title_run(("Rajesh", "Menon"))
    (True, False)
    """
    lows = [w.lower().rstrip(".") for w in words]
    return any(w in _TITLE_WORDS for w in lows) and all(
        w in _TITLE_WORDS or w in _POST_QUALIFIERS or w in common_words() for w in lows
    )
