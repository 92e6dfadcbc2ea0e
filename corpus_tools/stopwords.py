"""Stopword lists shipped as data files (source and licence in each file's header)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Literal

from .errors import ResourceError

StopwordList = Literal["english", "news", "none"]
# Which data files make up each named list; "news" = NLTK's English list + reporting words.
_LISTS: dict[str, tuple[str, ...]] = {
    "english": ("stopwords-english.txt",),
    "news": ("stopwords-english.txt", "stopwords-news.txt"),
    "none": (),
}
DEFAULT_STOPWORDS: StopwordList = "news"


@cache
def _read_list(filename: str) -> frozenset[str]:
    text = resources.files("corpus_tools.data").joinpath(filename).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def load_stopwords(
    name: str = DEFAULT_STOPWORDS, *, add: Iterable[str] = (), remove: Iterable[str] = ()
) -> frozenset[str]:
    """The named stopword list, lower-cased, with words added or removed.

    "english" is NLTK's 179-word list; "news" adds reporting verbs and honorifics ("said", "mr");
    "none" is empty, chosen explicitly.

    >>> "said" in load_stopwords("news"), "said" in load_stopwords("english")
    (True, False)
    """
    if name not in _LISTS:
        raise ResourceError(f"unknown stopword list {name!r}; choose one of {sorted(_LISTS)}")
    words: set[str] = set()
    for filename in _LISTS[name]:
        words |= _read_list(filename)
    words |= {w.lower() for w in add}
    words -= {w.lower() for w in remove}
    return frozenset(words)
