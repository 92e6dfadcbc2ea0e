"""Typographic normalisation for lexicon lookups.

Every mapping here is one character to one character, so a normalised string has the same length
as its source and character offsets carry over unchanged: the "map back" is the identity.
"""

from __future__ import annotations

# Why: VADER's negation list and lexicon are ASCII ("weren't"); news copy uses ’ “ ” and friends.
_TYPOGRAPHIC = {
    "\u2018": "'",  # ‘ left single quotation mark
    "\u2019": "'",  # ’ right single quotation mark / apostrophe
    "\u201a": "'",  # ‚ single low-9 quotation mark
    "\u201b": "'",  # ‛ single high-reversed-9 quotation mark
    "\u2032": "'",  # ′ prime, often used as an apostrophe in scraped text
    "\u02bc": "'",  # ʼ modifier letter apostrophe
    "\uff07": "'",  # ＇ fullwidth apostrophe
    "\u201c": '"',  # “ left double quotation mark
    "\u201d": '"',  # ” right double quotation mark
    "\u201e": '"',  # „ double low-9 quotation mark
    "\u201f": '"',  # ‟ double high-reversed-9 quotation mark
    "\u2033": '"',  # ″ double prime
    "\u00ab": '"',  # « left-pointing double angle quotation mark
    "\u00bb": '"',  # » right-pointing double angle quotation mark
    "\uff02": '"',  # ＂ fullwidth quotation mark
}
_PAIRS = tuple(_TYPOGRAPHIC.items())


def ascii_quotes(text: str) -> str:
    """Replace typographic apostrophes and quotation marks by their ASCII forms, keeping length.

    >>> ascii_quotes("“We don’t trust them,” said Peskov.")
    '"We don\\'t trust them," said Peskov.'
    """
    if text.isascii():
        return text
    # str.replace per mark present is several times faster than translate() with a dict table
    for mark, plain in _PAIRS:
        if mark in text:
            text = text.replace(mark, plain)
    return text


def has_typography(text: str) -> bool:
    """Whether `text` holds any character that `ascii_quotes` would change.

    >>> has_typography("weren’t"), has_typography("weren't")
    (True, False)
    """
    return any(ch in _TYPOGRAPHIC for ch in text)
