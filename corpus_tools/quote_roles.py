"""Job titles tied to the people a news text names, so "the minister" finds Helen Carver.

News introduces a person once with a role and later refers back by the role alone: "Energy
Minister Claire Whitfield" or "The immigration minister, Helen Carver," or "Julia Marsh, an
analyst at Hallam Securities" then "the minister", "the analyst". A role is any word of
`ROLE_NOUNS` in the title run before a name (capitalised or not: "GB captain Jeremy Bates",
"Coastal Savings CEO Petra Lindner"), in a determiner phrase set off by a comma before it, or in
an appositive after it (up to "of", "at", "for" or the next comma).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .quote_lexicon import DEMONYMS, ORG_WORDS
from .quote_names import strip_titles

if TYPE_CHECKING:
    from .quote_context import Context

# "The Scot", "the Australian": one person, named earlier, by nationality (sports reports).
# Not the collective adjectives ("the French", "the Swiss" are a people).
NATIONALS = frozenset(
    word
    for word in DEMONYMS | {"russian", "ukrainian", "american", "german"}
    if not word.endswith(("sh", "ch", "ese", "ss"))
) | frozenset(
    "scot scotsman welshman englishman irishman frenchman dutchman spaniard swede dane briton "
    "brit kiwi aussie turk".split()
)
ROLE_NOUNS = (
    frozenset(
        "minister secretary chancellor president premier commissioner governor senator mayor "
        "ambassador leader chair chairman chairwoman chief executive ceo director manager boss "
        "coach captain skipper striker defender midfielder goalkeeper winger editor analyst "
        "economist correspondent founder owner presenter producer singer actor actress star "
        "judge prosecutor lawyer attorney inspector detective meteorologist campaigner "
        "superintendent commander chief-executive "
        # A member's letters are a role too: "the Ealing North MP said" is the member named.
        "mp msp mep td".split()
    )
    | NATIONALS
)
_WORD_RE = re.compile(r"[A-Za-z][\w\-]*")
# Words of a description that do not narrow the role ("the outgoing minister").
_IGNORED = frozenset("the a an his her its their outgoing incoming former new current".split())
# Ranks that make a different role ("deputy prime minister" is not "the prime minister").
_RANKS = frozenset("deputy shadow vice assistant junior acting".split())
_LINKS = r"(?:the|a|an|of|from|at|for|to|by|with|and|or|in|on|as|now|then)\b"
# "GB captain Jeremy Bates": up to four words glued to the name, no punctuation or link word
# between ("took over at the Home Office from Jack Straw" gives nothing).
# Possessive: each word runs to its blanks and they to the next word, so backtracking could
# never find another match (it made this search 10x slower).
_GLUED_RE = re.compile(rf"(?:(?!{_LINKS})[A-Za-z][\w\-’']*+[ \t]++){{1,4}}+$", re.IGNORECASE)
# "The immigration minister, Helen Carver": a determiner phrase and one comma.
_FRONT_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+([^,.;:!?\"“”()]{1,50}),\s*$")
# "Maureen Kielty, general secretary of the union": the appositive up to a preposition, at
# most five words, no verb ("Condoleezza Rice, the prime minister said" is a new clause).
_AFTER_RE = re.compile(
    r",\s+(?:the\s+|an?\s+)?((?:[\w\-’'&]+\s+){0,4}?[\w\-’'&]+)"
    r"(?=\s+(?:of|at|for|with|in|from|who|whose)\b|\s*[,.;:!?\"“”()]|\s*$)"
)
_CLAUSE_WORDS = frozenset(
    "said says told tells added is are was were has have had will would can could".split()
)


# A title meaning a role it does not spell: "Justice Ravinder Sethi" (Indian, Irish, British
# and Australian courts) is "the judge" later.
_ROLE_ALIASES = {"justice": "judge"}


def _words(phrase: str) -> list[str]:
    return [m.group().lower() for m in _WORD_RE.finditer(phrase)]


def _last_words_start(before: str) -> int:
    """Where the last four whitespace-separated words of `before` start (0 if fewer): a
    `_GLUED_RE` match lies within them, so searching from there finds the same match without
    trying every start in the 60 characters.

    >>> _last_words_start("at the club GB team captain ")
    6
    """
    parts = before.rsplit(None, 4)
    return len(parts[0]) if len(parts) == 5 else 0


def find_roles(
    text: str, mentions: Iterable[tuple[int, int, str, str]], is_person: Callable[[str], bool]
) -> dict[str, list[tuple[int, str, frozenset[str]]]]:
    """Role noun -> [(offset, name, title words)] in text order, from each (start, end, title
    words, name) mention of a person: its own title words and the phrases around it.

    >>> text = "The immigration minister, Helen Carver, spoke."
    >>> roles = find_roles(text, [(26, 38, "", "Helen Carver")], lambda name: True)
    >>> [(at, name, sorted(words)) for at, name, words in roles["minister"]]
    [(26, 'Helen Carver', ['immigration', 'minister'])]
    """
    out: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    for start, end, titles, name in mentions:
        if not name or not is_person(name):
            continue
        before = text[max(0, start - 60) : start]
        glued = _GLUED_RE.search(before, _last_words_start(before))
        front = _FRONT_RE.search(before)
        after = _AFTER_RE.match(text, end, end + 80)
        phrases = [
            titles,
            glued.group() if glued else "",
            front.group(1) if front else "",
            after.group(1) if after else "",
        ]
        # Only the phrases that hold a role describe the person: no stray "Home" from nearby.
        own = _words(titles)  # only the name's own title has an alias's sense
        own += [_ROLE_ALIASES[w] for w in own if w in _ROLE_ALIASES]
        kept = [
            ws
            for ws in [own, *map(_words, phrases[1:])]
            if ROLE_NOUNS.intersection(ws) and not _CLAUSE_WORDS.intersection(ws)
        ]
        title = frozenset(w for ws in kept for w in ws)
        for role in title & ROLE_NOUNS:
            out.setdefault(role, []).append((start, name, title))
    return out


def holder_before(
    roles: dict[str, list[tuple[int, str, frozenset[str]]]], phrase: str, pos: int
) -> str:
    """The latest person before offset `pos` whose title fits the description `phrase` ("the
    minister", "the immigration minister"): the same head noun, every qualifier of the phrase,
    and no rank the phrase lacks ("the prime minister" is not the deputy prime minister).

    >>> roles = find_roles(
    ...     "Deputy Prime Minister John Prescott and Tony Blair met.",
    ...     [(0, 36, "Deputy Prime Minister", "John Prescott")],
    ...     lambda name: True,
    ... )
    >>> holder_before(roles, "the prime minister", 50)
    ''
    >>> holder_before(roles, "the deputy prime minister", 50)
    'John Prescott'
    """
    words = _words(phrase)
    if not words:
        return ""
    head, want = words[-1], set(words[:-1]) - _IGNORED
    best = ""
    for at, name, title in roles.get(head, ()):
        if at >= pos:
            break
        if want <= title and not (title & _RANKS) - want:
            best = name
    return best


def role_map(doc: Context) -> dict[str, list[tuple[int, str, frozenset[str]]]]:
    """The document's role map, built on first use (most documents never ask) and kept.

    >>> from .quote_subjects import read_context
    >>> doc = read_context("Energy Minister Claire Whitfield spoke.")
    >>> [(at, name) for at, name, _ in role_map(doc)["minister"]]
    [(0, 'Claire Whitfield')]
    """
    if doc.roles is None:
        canon = doc.canon
        mentions = []
        for nm in doc.names:
            kept = strip_titles(nm.words)
            titles = " ".join(nm.words[: len(nm.words) - len(kept)])
            mentions.append((nm.start, nm.end, titles, canon.resolve(nm.words)))
        doc.roles = find_roles(doc.text, mentions, lambda name: canon.kind(name) == "person")
    return doc.roles


# A body's spokesperson, named, speaks as the person: "Opera spokeswoman, Berit Hanson".
_SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())
POST_NOUNS = ROLE_NOUNS | _SPOKES_NOUNS


def is_post(phrase: str) -> bool:
    """A post at a body, no person: "BA director of commercial planning", "Opera spokeswoman".

    >>> is_post("BA director of commercial planning"), is_post("Opera spokeswoman"), is_post("BA")
    (True, True, False)
    """
    return any(w in POST_NOUNS for w in phrase.split() if w.islower())


def org_titled(phrase: str) -> bool:
    """A capitalised organisation word ends the phrase, so it names a body, not a person's role.

    >>> org_titled("the Scottish Executive"), org_titled("the chief executive")
    (True, False)
    """
    last = phrase.rsplit(None, 1)[-1]
    return last[:1].isupper() and last.lower() in ORG_WORDS
