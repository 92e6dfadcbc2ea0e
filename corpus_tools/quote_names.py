"""Names in news text for quote attribution: capitalised runs, their fullest form, their kind.

A name is a run of capitalised tokens ("Sir Alex Ferguson", "Trevor O'Hoy", "U.S. Commerce
Department"); a possessive ends the run ("Manchester's Trafford Centre" is two names). Mentions
resolve to the fullest name the document gives: by last word for people ("Mr Blair" -> "Tony
Blair"), by first word for organisations ("Cairn" -> "Cairn Energy"), job titles stripped
("chief executive", "Kremlin spokesperson") except inside an organisation's own name
("Environment Agency", "Home Office"). A name is an organisation when it ends in an
organisation word, starts with a word that follows "the" somewhere ("the Two Ronnies"), or is
one word; a person otherwise, or whenever an honorific (Mr, Ms, Sir...) gives a gender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .quote_lexicon import (
    DEMONYMS,
    GENERATIONS,
    GROUP_WORDS,
    HONORIFIC_GENDER,
    NUMERALS,
    ORG_WORDS,
    PERSON_TITLES,
    POST_NOMINALS,
    ROLES,
    SKIP_WORDS,
    TITLES,
    acronyms,
)

Kind = Literal["person", "org"]

# Accented capitals start names too: "Darragh Ó Faoláin", "Émile Zola".
# A full stop stays in a token after initials ("U.S."), a middle initial before a name word
# ("Mark R. Whitfield", not "Plan B. The") and "Jr."/"Sr." (printed so: "Dale Ruiz Jr.").
_CAP_TOKEN = (
    r"[A-ZÀ-ÖØ-Þ](?:[\w&.\-]*\w)?(?:(?<=\.[A-Z])\.|(?<=[ \t][A-Z])\.(?=[ \t]+[A-Z])"
    r"(?![ \t]+(?:The|He|She|It|They|We|In|But|A|An|This|That)\b)|(?<=\b[JS]r)\.)?"
    r"(?:['’][A-Z][\w&.\-]*\w)?"
    r"(?:(?<=s)['’](?=[ \t]+[A-Z]))?"
)
# The capital first, so the regex engine skips ahead to capitals (3x faster than the same
# language written "(CAP blank)* CAP").
# Inside a name, a lower-case particle glued to a capital or standing before one: "Leonardo
# diCaprio", "Ruud van Nistelrooy", "Dominique de Villepin".
# Up to two: "Edwin van der Sar", "Rafael de la Torre", "Abu Musab al-Zarqawi".
_PARTICLE = (
    r"(?:(?:di|de|da|du|le|la|mc|mac|al-|el-)(?=[A-Z])|(?:van|von|de|da|di|du|der|den|del|della|"
    r"dos|das|do|la|le|ter|ten|bin|ben|ibn|al|el)[ \t]+)"
)
# A nickname in quotes inside a name is part of it as printed: "Brian 'Head' Welch".
_NICKNAME = r"(?:['‘\"“][A-Z][\w\-]*(?:[ \t][A-Z][\w\-]*)?['’\"”][ \t]+)"
_NAME_RE = re.compile(
    rf"{_CAP_TOKEN}(?:[ \t]+{_NICKNAME}?{_PARTICLE}{{0,2}}{_CAP_TOKEN})*(?:['’]s\b)?"
)
# Lookbehinds after the first character keep its fast scan: "(?<=[a-z,] )[A-Z]..." and
# "\b[Tt]he ..." match the same but try every position.
_MID_CAP_RE = re.compile(r"[A-Z](?<=[a-z,] [A-Z])[\w&.\-]*\w")
_OF_RE = re.compile(r"[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+")
_ASCII_LOWER_RE = re.compile(r"[a-z]+")
# "Canada-based", "London-listed": a place before a hyphen and a participle is an adjective.
_ADJ_COMPOUND_RE = re.compile(r"-(?:based|born|owned|listed|led|made|bred|run|backed)$")
_PARTY_TAG_RE = re.compile(r"[DRI]-[A-Z][a-z]+")
# A country's initials before a name: a title before a person's ("US Senator John Kerry"),
# part of an organisation's before one word ("UK Coal").
_COUNTRY_CODES = frozenset(("uk", "us", "eu", "un"))
_THE_NAME_RE = re.compile(r"[Tt](?<!\w[Tt])he[ \t]+([A-Z][\w&.\-]*\w)")


@dataclass(slots=True)
class Name:
    """A capitalised run in the text, titles not yet stripped."""

    start: int
    end: int
    words: tuple[str, ...]
    possessive: bool


def find_names(text: str) -> list[Name]:
    """Capitalised runs, leading function words ("The", "But", "On Monday") skipped.

    >>> [n.words for n in find_names("But Southcorp chairman Brian Finn said so.")]
    [('Southcorp',), ('Brian', 'Finn')]
    """
    names = []
    for m in _NAME_RE.finditer(text):
        group = m.group()
        toks = group.split()
        last = toks[-1]
        if "-" in last and _ADJ_COMPOUND_RE.search(last):
            if all(t.lower() in SKIP_WORDS for t in toks[:-1]):
                continue  # "The Canada-based company"
        if group[1:2] == "-" and _PARTY_TAG_RE.fullmatch(group):
            continue  # "Sen. Laura Whitcomb, D-Ore., said": a US party-state tag, no name
        possessive = toks[-1].endswith(("'s", "’s"))
        if possessive:
            toks[-1] = toks[-1][:-2]
        if toks[0].lower() not in SKIP_WORDS:  # the common case, kept cheap
            # An inner apostrophe is rare: test for it before splitting hairs.
            cut = _plural_possessive(toks) if "'" in group or "’" in group else 0
            if cut:  # "Delta Air Lines' Comair" is two names; "Workers' Union" one
                end = group.index(toks[cut - 1]) + len(toks[cut - 1])
                second = m.start() + group.index(toks[cut], end)
                first = (*toks[: cut - 1], toks[cut - 1][:-1])
                names.append(Name(m.start(), m.start() + end, first, True))
                names.append(Name(second, m.end(), tuple(toks[cut:]), possessive))
            else:
                names.append(Name(m.start(), m.end(), tuple(toks), possessive))
            continue
        skip = 0
        while skip < len(toks) and toks[skip].lower() in SKIP_WORDS:
            skip += 1
        if skip == len(toks):
            continue
        s = m.start()
        if skip:
            # Offset of the first kept token: the skipped ones are joined by blanks.
            pos = 0
            for tok in toks[:skip]:
                pos = group.index(tok, pos) + len(tok)
            s += group.index(toks[skip], pos)
        names.append(Name(s, m.end(), tuple(toks[skip:]), possessive))
    return _join_of(text, names)


def _plural_possessive(toks: list[str]) -> int:
    """Index of the token after an inner plural possessive, unless an organisation word ends."""
    if toks[-1].lower() in ORG_WORDS:
        return 0
    for i, tok in enumerate(toks[:-1]):
        if tok[-1] in "'’" and tok[0] not in "'‘":  # not a nickname: "Brian 'Head' Welch"
            return i + 1
    return 0


def _join_of(text: str, names: list[Name]) -> list[Name]:
    """Join "Department" + "of" + "Health" when the first part ends in an organisation word or
    follows "the" (a person is never "the X": "the British Chambers of Commerce"), and
    "the Dock" + "and" + "Harbour Union"."""
    out: list[Name] = []
    for nm in names:
        prev = out[-1] if out else None
        # "Councillor Morag MacLeod (SNP) said", "Sen. Mark R. Whitfield (D-Va.)": a tag in
        # brackets right after a name qualifies it and never speaks.
        if prev and text[prev.end : nm.start] == " (" and text[nm.end : nm.end + 1] == ")":
            continue
        if prev is not None and (
            not prev.possessive
            and _OF_RE.fullmatch(text, prev.end, nm.start)
            and (prev.words[-1].lower() in ORG_WORDS or _the_of(text, prev.start, prev.end))
            or _the_and(text, prev, nm)
        ):
            link = text[prev.end : nm.start].split()
            out[-1] = Name(prev.start, nm.end, (*prev.words, *link, *nm.words), nm.possessive)
        else:
            out.append(nm)
    return out


def _the_and(text: str, prev: Name, nm: Name) -> bool:
    """ "the Dock and Harbour Union": "the X and Y <organisation word>" is one body (but not
    "the Tory Party and Labour Party", two).

    >>> [nm.words for nm in find_names("Then the Dock and Harbour Union said")]
    [('Dock', 'and', 'Harbour', 'Union')]
    """
    return (
        not prev.possessive
        and nm.words[-1].lower() in ORG_WORDS
        and prev.words[-1].lower() not in ORG_WORDS
        and text[max(0, prev.start - 4) : prev.start] in ("the ", "The ")
        and text[prev.end : nm.start] == " and "
    )


def _the_of(text: str, start: int, end: int) -> bool:
    """ "the X of Y": a definite name joined by "of" (not "for": "the Labour MP for Ealing")."""
    return text[max(0, start - 4) : start] in ("the ", "The ") and text[end : end + 4] == " of "


def _is_org_name(words: tuple[str, ...]) -> bool:
    """Ends in an organisation word, or has one before "of" ("Department of Health")."""
    if words[-1].lower() in ORG_WORDS:
        return True
    return "of" in words or "for" in words and words[0].lower() in ORG_WORDS


def _personal(words: tuple[str, ...]) -> bool:
    """Two or more words with no organisation or group word: a person's name, so a nationality
    before it is dropped ("Australian Lynton Crosby", not "Welsh Liberal Democrats").

    >>> _personal(("Lynton", "Crosby")), _personal(("Liberal", "Democrats")), _personal(("Re",))
    (True, False, False)
    """
    return len(words) > 1 and not any(
        w.lower() in ORG_WORDS or w.lower() in GROUP_WORDS for w in words
    )


def strip_titles(words: tuple[str, ...]) -> tuple[str, ...]:
    """Drop leading job titles, but not from an organisation's name ("Environment Agency").

    >>> strip_titles(("Shadow", "Home", "Secretary", "David", "Davis"))
    ('David', 'Davis')
    >>> strip_titles(("Carnegie", "Mellon", "Professor", "Raj", "Reddy"))
    ('Raj', 'Reddy')
    >>> strip_titles(("Aoife", "Brennan", "TD"))  # letters after the name go too
    ('Aoife', 'Brennan')
    >>> strip_titles(("UK", "Coal")), strip_titles(("US", "Senator", "Kerry"))
    (('UK', 'Coal'), ('Kerry',))
    """
    while len(words) > 2 and words[-1].rstrip(".") in POST_NOMINALS:
        words = words[:-1]
    if len(words) > 1 and _is_org_name(words):
        return words
    i = 0
    while i < len(words) - 1:
        word = words[i].lower().rstrip(".")
        if word in _COUNTRY_CODES and len(words) - i == 2 and words[i + 1].lower() not in TITLES:
            break  # "UK Coal", "US Embassy": the country is part of the one word's name
        # "Ex-Labour MP George Galloway": a former affiliation is a title like "former".
        ex = word.startswith("ex-")
        if not ex and word not in TITLES and not (word in DEMONYMS and _personal(words[i + 1 :])):
            break
        i += 1
    # "Carnegie Mellon Professor Raj Reddy": a role word inside the run starts the name after it.
    for j in range(len(words) - 2, i, -1):
        if words[j].lower() in ROLES:
            return strip_titles(words[j + 1 :])
    return words[i:]


def _key(words: tuple[str, ...]) -> str:
    """The word a name is looked up by: its last, or the surname before "Jr" or "Sr".

    >>> _key(("Ken", "Griffey", "Jr")), _key(("Tony", "Blair"))
    ('Griffey', 'Blair')
    """
    if len(words) > 1 and _generation(words):
        return words[-2]
    return words[-1]


def _core_size(words: tuple[str, ...]) -> int:
    """Words of a name but its initials and generation: three at most make a fuller name.

    >>> _core_size(("Thomas", "J.", "Whitcombe", "III")), _core_size(("Dale", "Ruiz", "Jr."))
    (2, 2)
    """
    core = len(words) - _generation(words)
    return core - sum(1 for w in words if len(w) == 2 and w[1] == ".")


def _generation(words: tuple[str, ...]) -> bool:
    """The name ends in a generation: "Jr", "Sr." or a numeral after two words or more."""
    return words[-1] in GENERATIONS or len(words) > 2 and words[-1] in NUMERALS


def _fold(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.casefold() for w in words)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what the regex \w means in a str pattern


def _has_word(text: str, word: str) -> bool:
    """`word` occurs with no word character on either side (as r"\\bword\\b" would find it)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not _is_word_char(text[i - 1])) and (
            j == len(text) or not _is_word_char(text[j])
        ):
            return True
        i = text.find(word, i + 1)
    return False


class Canon:
    """Maps a mention ("Mr Blair", "Peskov", "Cairn") to the fullest name in the document."""

    def __init__(self, names: list[Name], text: str = "") -> None:
        self.text = text
        self.full: dict[str, tuple[str, ...]] = {}
        self.folded: dict[str, tuple[str, ...]] = {}
        self.genders: dict[str, str] = {}
        self.people: set[str] = set()  # named with a person's title but no gender
        # Word lookups answered on demand: a set of every word costs more than the few asked.
        self._lower: dict[str, bool] = {}
        self._mid_caps: set[str] | None = None
        self.which_names: set[str] = set()
        self.after_the = set(_THE_NAME_RE.findall(text))
        self._memo: dict[tuple[str, ...], str] = {}
        # "Eastgate Ports, which owns the terminal": "which" is said of things, not people.
        self.which = (
            {nm.words for nm in names if text.startswith(", which", nm.end)}
            if ", which" in text
            else set()
        )
        orgs_by_first: dict[str, set[tuple[str, ...]]] = {}
        unique = list(dict.fromkeys(nm.words for nm in names))  # repeats change nothing
        n_kept = []  # words left after the titles, per unique name (reused for genders)
        self.singles: set[tuple[str, ...]] = set()  # one-word mentions, titles dropped
        for words in unique:
            words = strip_titles(words)
            if len(words) == 1 or words[0].lower() in ("mr", "mrs", "ms", "miss", "dr"):
                self.singles.add(words[-1:])
            n_kept.append(len(words))
            # Headline-case role words ("Mogul Wilson" when the text says "the music mogul").
            while len(words) > 1 and self.has_lower(words[0].lower()):
                # "Under Mr Brown": the titles after a dropped word go too.
                words = strip_titles(words[1:])
            last = _key(words)
            fits = _core_size(words) <= 3
            best = self.full.get(last)
            if best is None or len(words) > len(best) and fits:
                self.full[last] = words
            # "DiCaprio" finds "Leonardo diCaprio": the case of a last name may vary.
            best = self.folded.get(last.casefold())
            if best is None or len(words) > len(best) and fits:
                self.folded[last.casefold()] = words
            if len(words) > 1 and last.lower() in ORG_WORDS:
                orgs_by_first.setdefault(words[0], set()).add(words)
        # "Cairn" is "Cairn Energy" when that is the one organisation it starts.
        # Not "X News": a news service is its owner's product ("Google News" is not Google).
        self.org_full = {
            k: full
            for k, v in orgs_by_first.items()
            if len(v) == 1 and (full := next(iter(v)))[-1] != "News"
        }
        # "Sir Paul" is "Paul McCartney": the one fuller name a lone word starts, if it is a
        # person's, whose surname stands alone somewhere too ("McCartney said"). Companies'
        # products and channels fail that test ("BBC One", "Yahoo Messenger", "Uefa Cup").
        firsts: dict[str, set[tuple[str, ...]]] = {}
        for words in self.full.values():
            if (
                len(words) == 2
                and self.full.get(words[-1]) == words
                and (words[-1],) in self.singles
                and not words[0].isupper()
                and not words[1].isupper()  # "Microsoft IPTV"
                and not _is_org_name(words)
            ):
                firsts.setdefault(words[0], set()).add(words)
        self.by_first = {k: next(iter(v)) for k, v in firsts.items() if len(v) == 1}
        # "Bangalore Metro Rail Corporation Limited (BMRCL)": the acronym means the full name.
        self.acronyms = acronyms(text) if "(" in text else {}
        # What an acronym stands for is an organisation or a thing, never a person whom a
        # later "he" could mean ("British Sign Language (BSL)", "Drink Or Die (DOD)").
        self.acronym_names = {" ".join(v) for v in self.acronyms.values()}
        for words, kept in zip(unique, n_kept, strict=True):
            if len(words) < 2:
                continue  # a gender needs a name after the honorific
            # The honorific may follow other titles: "Former Labour MP Lord Janner".
            lead = words[: len(words) - kept + 1]
            g = next(filter(None, (HONORIFIC_GENDER.get(w.lower().rstrip(".")) for w in lead)), "")
            if g:
                self.genders.setdefault(self.resolve(words), g)
            elif kept < len(words) and any(
                w.lower().rstrip(".") in PERSON_TITLES for w in lead[:-1]
            ):
                # A title before the name, not the name left ("Attorney General").
                self.people.add(self.resolve(words))
        self.which_names = {self.resolve(words) for words in self.which}

    def has_lower(self, word: str) -> bool:
        """`word` (lower case) stands alone somewhere in the text: "steps" in "Festival director
        steps down" but not "ton" in "Washington" or "don" in "don't".

        >>> canon = Canon([], "He left Washington, steps ahead. Don't.")
        >>> canon.has_lower("ton"), canon.has_lower("don"), canon.has_lower("steps")
        (False, False, True)
        """
        hit = self._lower.get(word)
        if hit is None:
            hit = self._lower[word] = bool(_ASCII_LOWER_RE.fullmatch(word)) and _has_word(
                self.text, word
            )
        return hit

    def is_mid_cap(self, word: str) -> bool:
        """`word` is capitalised after a lower-case word or a comma somewhere in the text."""
        if self._mid_caps is None:
            self._mid_caps = set(_MID_CAP_RE.findall(self.text))
        return word in self._mid_caps

    def resolve(self, words: tuple[str, ...]) -> str:
        """The fullest form of a mention, titles and honorifics dropped."""
        name = self._memo.get(words)
        if name is None:
            name = self._memo[words] = self._resolve(words)
        return name

    def _resolve(self, words: tuple[str, ...]) -> str:
        words = strip_titles(words)
        if words and words[0].lower().rstrip(".") in ("mr", "mrs", "ms", "miss", "dr"):
            words = words[1:]
        if not words:
            return ""
        key = _key(words)
        full = self.full.get(key, words)
        folded = self.folded.get(key.casefold(), full)
        full = folded if len(folded) > len(full) else full
        # "Griffey" is the "Ken Griffey Jr" it ends, but for the generation.
        core = full[:-1] if _generation(full) and not _generation(words) else full
        tail = core[-len(words) :]
        if len(full) < len(words) or tail != words and _fold(tail) != _fold(words):
            full = words
        if len(full) == 1 and full[0] in self.org_full:
            full = self.org_full[full[0]]
        elif len(full) == 1:
            full = self.acronyms.get(full[0]) or self.by_first.get(full[0], full)
        return " ".join(full)

    def gender(self, name: str) -> str:
        """The gender of a resolved name: "m", "f" or "" (unknown)."""
        return self.genders.get(name, "")

    def kind(self, name: str) -> Kind:
        """The kind of a resolved name, "person" or "org" (see the module docstring)."""
        if name in self.genders or name in self.people:
            return "person"
        words = name.split()
        if len(words) < 2 or _is_org_name(tuple(words)) or words[0] in self.after_the:
            return "org"
        if self.acronym_names and name in self.acronym_names:
            return "org"
        # "BBC One", "BBC Radio Five Live": a media or company acronym heads the name.
        if words[0].isupper() and words[0].lower() in ORG_WORDS or name in self.which_names:
            return "org"
        if len(words) == 2 and words[0].lower() in _COUNTRY_CODES and words[0].isupper():
            return "org"
        return "person"
