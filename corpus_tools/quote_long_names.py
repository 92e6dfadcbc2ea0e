"""A speaker cut from a long organisation name printed in full: "Regions SA" is the "Primary
Industries and Regions SA" the article prints, "Darwen Council" the "Blackburn with Darwen
Council", "Ore" the "Il Sole 24 Ore", "Department of Environment" the "Department of
Environment, Tourism, Science and Innovation".

`quote_name_joins` joins "of"/"and" runs it can tell apart from two names while reading them;
these longer names (comma lists, "with", digits, an "and" with no organisation word before it)
are safe to join only once a speaker is known to be cut from one, so the step runs last, on the
speakers chosen.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .quote_common import is_common_or_plural
from .quote_context import Context
from .quote_first_names import is_first_name
from .quote_lexicon import ORG_WORDS, SKIP_WORDS, TITLES
from .records import Quote

# A word or a number; a possessive ends a chain ("Belgium's Olivier Rochus").
_WORD = r"(?:[A-Z](?:[\w\-/]|['’](?!s\b))*|\d+(?:st|nd|rd|th)?)"
# Capitalised words and numbers run together by blanks and the links a long name uses.
_CHAIN_RE = re.compile(
    _WORD + r"(?:(?:,? and(?: the)? |, | with | & | (?:of|for)(?: the)? | )" + _WORD + r")*"
)
# The links that make a name long (the rest, blanks and "of", `find_names` joins itself).
_LONG_RE = re.compile(r" and | with | & |, | \d+(?:st|nd|rd|th)? ")
# A link touching a printing, before or after it (see `_linked`).
_LINK_BEFORE_RE = re.compile(r"(?: and(?: the)?| with| &|,| \d+(?:st|nd|rd|th)?) $")
_LINK_AFTER_RE = re.compile(r",? and | with | & |, | (?:of|for) | \d")
_OF_RE = re.compile(r" (?:of|for) ")
# The parts of a chain: a coordinating link splits two names or two parts of one.
_SPLIT_RE = re.compile(r",? and(?: the)? |, | with | & ")
_WINDOW = 160  # characters either side of a mention searched for its long name
# Title words that also end a body's name: "Food and Rural Affairs", "Energy and Environment".
_PORTFOLIOS = frozenset("affairs economy education energy environment finance health".split())


def fuller_speakers(doc: Context, quotes: list[Quote]) -> list[Quote]:
    """Each quote's speaker as the longest long name the article prints around it."""
    full: dict[str, str] = {}
    out = []
    for q in quotes:
        if q.speaker and q.speaker not in full:
            full[q.speaker] = _fuller(doc, q.speaker)
        name = full.get(q.speaker, q.speaker)
        out.append(q if name == q.speaker else replace(q, speaker=name))
    return out


def _fuller(doc: Context, speaker: str) -> str:
    """The longest printed long name holding `speaker` as whole words, or `speaker`. A name
    printed alone anywhere is no cut ("Vodafone" of "Vodafone and Deutsche Telekom" where
    "Vodafone said" stands too), nor is a person's ("Smith" of "Smith and Nephew" when a Smith
    is named)."""
    canon = doc.canon
    if canon.gender(speaker) or speaker in canon.people or _personal(speaker.split(" ")):
        return speaker
    text = doc.text
    hits = _hits(text, speaker)
    # Cheap test first (most speakers fail it): every printing touches a link.
    if not all(_linked(text, at, at + len(speaker)) for at in hits):
        return speaker
    best = speaker
    for at in hits:
        lo = max(0, at - _WINDOW)
        for m in _CHAIN_RE.finditer(text, lo, min(len(text), at + len(speaker) + _WINDOW)):
            if m.start() <= at and at + len(speaker) <= m.end():
                chain, off = _cut_commas(m.group(), at - m.start())
                name = _long_name(doc, chain, off, len(speaker))
                if not name:
                    return speaker
                best = max(best, name, key=len)
                break
    return best


def _hits(text: str, words: str) -> list[int]:
    """Where `words` is printed as whole words."""
    out, at = [], text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not _joined(text[at - 1])) and (end == len(text) or not _joined(text[end])):
            out.append(at)
        at = text.find(words, end)
    return out


def _joined(ch: str) -> bool:
    """A character that makes a word go on ("Marine" in "Marines", "Ore" in "Core")."""
    return ch.isalnum() or ch in "-_'’"


def _linked(text: str, start: int, end: int) -> bool:
    """A printing at [start, end) that a link touches: "and Regions SA", "Department of
    Environment, Tourism", "24 Ore", "Blackburn with"."""
    return bool(_LINK_BEFORE_RE.search(text, max(0, start - 9), start)) or bool(
        _LINK_AFTER_RE.match(text, end)
    )


def _cut_commas(chain: str, at: int) -> tuple[str, int]:
    """A chain's commas belong to one name only after its "of" or "for" ("Department of
    Environment, Tourism, Science and Innovation"); otherwise they list names ("Il Sole 24
    Ore, Italy's ...", "Mill Hill, Audley and Wensley Fold"): the listed piece holding the
    mention at `at`, and the mention's offset in it."""
    head = chain.split(", ", 1)[0]
    if ", " not in chain or " of " in head or " for " in head:
        return chain, at
    start = chain.rfind(", ", 0, at) + 2 if chain.rfind(", ", 0, at) >= 0 else 0
    end = chain.find(", ", at)
    return chain[start : end if end >= 0 else len(chain)], at - start


def _long_name(doc: Context, chain: str, at: int, size: int) -> str:
    """The part of `chain` around the mention at [at, at + size) that is one long name."""
    parts = _parts(chain)
    # Drop the coordinated parts that are names of their own (see `_separate`) on each side.
    lo = next(i for i, (s, e) in enumerate(parts) if s <= at < e or at < s)
    hi = max(i for i, (s, e) in enumerate(parts) if s < at + size)
    own = chain[parts[lo][0] : parts[hi][1]]
    while lo > 0 and not _separate(doc, chain, parts, lo - 1, own):
        lo -= 1
    while hi < len(parts) - 1 and not _separate(doc, chain, parts, hi + 1, own):
        hi += 1
    start, end = parts[lo][0], parts[hi][1]
    words = chain[start:end].split(" ")
    while words and _opener(doc, words[0]):
        words = words[1:]
        start = end - len(" ".join(words))
    while len(words) > 1 and words[-1][0].isdigit():
        words = words[:-1]  # "Olivier Rochus 6-4": a score or a count after the name
        end = start + len(" ".join(words))
    name = chain[start:end]
    if start > at or not _LONG_RE.search(name) or len(name) <= size:
        return ""
    before = chain[start:at].split(" ")[-2:-1] or [""]
    # The words before "of" or "for": "Tory MP for Sleaford and North Hykeham" is a title.
    of = _OF_RE.search(name)
    lead = name[: of.start()].split(" ") if of else []
    if (
        chain.startswith(", ", parts[hi][0] - 2)
        or _is_title(before[0])
        or (_is_title(words[-1]) and words[-1].lower() not in _PORTFOLIOS)
        or any(map(_is_title, lead))
    ):
        # "Labour MP for Gloucester, Priya Shah", "Managing Director and Chief Executive
        # Officer Adaeze Okafor-Bello", "District 7 Coun": a title and its holder, no body's
        # name (a list in a name ends with "and": "Department of Environment, Tourism, ...").
        return ""
    if ", " in name and not _OF_RE.search(name.split(", ")[0]):
        return ""  # a list ("Mill Hill, Audley and Wensley Fold"), not "X of A, B and C"
    return name


def _opener(doc: Context, word: str) -> bool:
    """A word opening a chain that is no part of a name: a sentence's capitalised opener ("A
    Department of ..."), a number ("2006 World Cup"), a role word printed in lower case too
    and never capitalised mid-sentence ("Model Caprice", "Veterans Simon and Garfunkel")."""
    low = word.lower()
    return (
        low in SKIP_WORDS  # capitalised only for its place: "A Primary Industries ..."
        or word[0].isdigit()
        or doc.canon.has_lower(low)
        and not doc.canon.is_mid_cap(word)
    )


def _is_title(word: str) -> bool:
    """A title ("Officer", "Cde", "Coun."): a person's name follows it, no body's."""
    return word.lower().rstrip(".") in TITLES


def _parts(chain: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces of `chain` between coordinating links."""
    out, pos = [], 0
    for m in _SPLIT_RE.finditer(chain):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(chain)))
    return out


def _separate(doc: Context, chain: str, parts: list[tuple[int, int]], i: int, own: str) -> bool:
    """Part `i` is a name of its own, not a piece of the long one: a person's ("Department of
    Health and Alan Milburn", "Smith and Nephew" with a Smith named; "Alberta Environment" is
    a first name and a common word), or one coordinated with the speaker's part `own` with no
    "of" or "for" before the link (see `_one_body`)."""
    s, e = parts[i]
    piece = chain[s:e]
    canon = doc.canon
    if canon.gender(piece) or piece in canon.people or _personal(piece.split(" ")):
        return True
    # The link between the piece and its neighbour on the speaker's side.
    own_left = chain.find(own) < s
    lo, hi = (parts[i - 1][1], s) if own_left else (e, parts[i + 1][0])
    link, head = chain[lo:hi], chain[:lo]
    if " of " in head or " for " in head or ", " in link:
        return False  # "Department of Agriculture, Food and the Marine"
    left, right = (own, piece) if own_left else (piece, own)
    return not _one_body(left, right, link)


def _one_body(left: str, right: str, link: str) -> bool:
    """Two capitalised runs joined by "and", "&" or "with" with no "of" before make one body
    when both hold a common word and the second has two words or more ("Primary
    Industries and Regions SA", "Alberta Environment and Protected Areas"), or for "with" a
    place before a council ("Blackburn with Darwen Council"); not two places, films or people
    ("France and Israel", "Rain Man and Tootsie", "Neumi Nanuku and Marika Vakacegu"), nor
    "and the" ("Portugal and the Czech Republic")."""
    words = right.split(" ")
    if link == " with ":
        return words[-1].lower() in ORG_WORDS and " " not in left
    return (
        "the" not in link
        and len(words) > 1
        and any(map(is_common_or_plural, words))
        and any(map(is_common_or_plural, left.split(" ")))
    )


def _personal(words: list[str]) -> bool:
    """A first name and a surname ("Alan Milburn"), not a first name and common words
    ("Alberta Environment") nor a lone word ("Marine")."""
    return (
        len(words) > 1 and is_first_name(words[0]) and not any(map(is_common_or_plural, words[1:]))
    )
