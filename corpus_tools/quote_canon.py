"""The fullest form and the kind of a name mentioned in a document (see `quote_names`).

Mentions resolve to the fullest name the document gives: by last word for people ("Mr Blair" ->
"Tony Blair"), by first word for organisations ("Cairn" -> "Cairn Energy"), job titles stripped.
"""

from __future__ import annotations

import re

from .quote_acronyms import acronyms, ampersand_name, expand, printed_initials
from .quote_first_names import is_ambiguous, is_first_name
from .quote_genders import pronoun_genders
from .quote_lexicon import EVENT_WORDS, HONORIFIC_GENDER, ORG_WORDS, PERSON_TITLES, TITLES
from .quote_name_parts import (
    core_size,
    fold,
    has_generation,
    has_word,
    is_org_name,
    name_key,
    org_prefixes,
    titled_particle,
)
from .quote_names import COUNTRY_CODES, Kind, Name, strip_titles
from .quote_org_heads import introduced_as_org

# Lookbehinds after the first character keep its fast scan: "(?<=[a-z,] )[A-Z]..." and
# "\b[Tt]he ..." match the same but try every position.
_MID_CAP_RE = re.compile(r"[A-Z](?<=[a-z,] [A-Z])[\w&.\-]*\w")
_ASCII_LOWER_RE = re.compile(r"[a-z]+")
# Honorifics a mention drops before it is looked up ("Mr Blair" is "Blair").
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr"))
# Honorifics printed before a first name, not a surname ("Sir John", "Dame Kelly").
_FIRST_NAME_HONORIFICS = frozenset(("Sir", "Dame"))
# Words an organisation's name may be printed with or without ("Black Fork Energy LLC" is
# "Black Fork Energy" later; "Carrowbeg Lodge Hotel" the "Carrowbeg Lodge"): the speaker keeps
# them as the document first prints them with the name.
_SUFFIX_WORDS = frozenset("LLC Inc Ltd Limited plc PLC Corp Co Hotel".split())
# A hyphenated given name after a Korean surname: "Jae-won", "Min-jun" (not "Lewis-Francis").
_GIVEN_NAME_RE = re.compile(r"[A-Z][a-z]+-[a-z]+")
# "he" first, the rest looked behind: scanning for the pair is 3x faster than for every "t".
_THE_NAME_RE = re.compile(r"he(?<=[Tt]he)(?<!\w[Tt]he)[ \t]+([A-Z][\w&.\-]*\w)")


def _headline_opener(names: list[Name], text: str) -> tuple[str, ...]:
    """The name opening the headline (the text's first line) if printed nowhere else and not
    opened by a first name: "Sprinter Walker quits athletics" may capitalise a common word.

    >>> from .quote_names import find_names
    >>> text = "Sprinter Walker quits\\nDougie Walker is to retire. Walker said so."
    >>> _headline_opener(find_names(text), text)
    ('Sprinter', 'Walker')
    """
    if not names or names[0].start != 0 or len(names[0].words) < 2:
        return ()
    words = names[0].words
    if is_first_name(strip_titles(words)[0]) or any(nm.words == words for nm in names[1:]):
        return ()  # "Martina Hingis makes her return": a real name
    return words


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
        self.head_orgs: dict[str, bool] = {}  # see `introduced_as_org`
        self.after_the = set(_THE_NAME_RE.findall(text))
        self._memo: dict[tuple[str, ...], str] = {}
        self._inner: dict[str, tuple[str, ...] | None] | None = None  # see `_inside`
        self._runs: list[tuple[str, ...]] | None = None  # see `_unnamed_runs`
        # "Eastgate Ports, which owns the terminal": "which" is said of things, not people.
        self.which = (
            {nm.words for nm in names if text.startswith(", which", nm.end)}
            if ", which" in text
            else set()
        )
        orgs_by_first: dict[str, set[tuple[str, ...]]] = {}
        self.suffixed: dict[tuple[str, ...], tuple[str, ...]] = {}  # name -> name + "LLC"
        tails: dict[str, set[tuple[str, ...]]] = {}  # 3+-word organisations by second word
        unique = list(dict.fromkeys(nm.words for nm in names))  # repeats change nothing
        n_kept = []  # words left after the titles, per unique name (reused for genders)
        self.singles: set[tuple[str, ...]] = set()  # one-word mentions, titles dropped
        self.org_names: set[tuple[str, ...]] = set()  # 2+ word organisations, for acronyms
        # "Sprinter Walker quits athletics": a headline's first word is capitalised whatever it
        # is, so a name printed in the body as long is the fuller form.
        opening = _headline_opener(names, text)
        weak: set[str] = set()  # keys whose fullest form so far is such an opener
        self.whole: set[tuple[str, ...]] = set()  # runs kept whole: see `_kept_whole`
        for raw in unique:
            words = strip_titles(raw)
            if len(words) < len(raw) and self._kept_whole(raw, text):
                words = raw
            if len(words) == 1 or words[0].lower() in _HONORIFICS:
                self.singles.add(words[-1:])
            n_kept.append(len(words))
            # Headline-case role words ("Mogul Wilson" when the text says "the music mogul").
            while len(words) > 1 and self.has_lower(words[0].lower()):
                # "Under Mr Brown": the titles after a dropped word go too.
                words = strip_titles(words[1:])
            last = name_key(words)
            best = self.full.get(last)
            if (
                best is None
                or len(words) > len(best)
                and core_size(words) <= 3  # costly: counted only when it decides
                or last in weak
                and len(words) == len(best)
            ):
                self.full[last] = words
                weak.discard(last)
                if raw == opening:
                    weak.add(last)
            # "DiCaprio" finds "Leonardo diCaprio": the case of a last name may vary.
            best = self.folded.get(last.casefold())
            if best is None or len(words) > len(best) and core_size(words) <= 3:
                self.folded[last.casefold()] = words
            if len(words) > 1 and words[-1].rstrip(".") in _SUFFIX_WORDS:
                self.suffixed.setdefault(words[:-1], words)
            if len(words) > 1 and is_org_name(words):
                self.org_names.add(words)
            if len(words) > 1 and last.lower() in ORG_WORDS and last.lower() not in EVENT_WORDS:
                orgs_by_first.setdefault(words[0], set()).add(words)
                if len(words) > 2 and words[1][0].isupper():
                    tails.setdefault(words[1], set()).add(words)
        self.org_prefix = org_prefixes([w for v in tails.values() for w in v]) if tails else {}
        # "Cairn" is "Cairn Energy" when that is the one organisation it starts.
        # Not "X News": a news service is its owner's product ("Google News" is not Google).
        self.org_full = {
            k: full
            for k, v in orgs_by_first.items()
            if len(v) == 1 and (full := next(iter(v)))[-1] != "News"
        }
        # "Operator Meridia Energy" opening a sentence: a role word capitalised only there may
        # head the run, so "Meridia" is "Meridia Energy" (checked lazily in `_resolve`).
        self.org_tails = {
            k: next(iter(v)) for k, v in tails.items() if len(v) == 1 and k not in orgs_by_first
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
                and not is_org_name(words)
            ):
                firsts.setdefault(words[0], set()).add(words)
        self.by_first = {k: next(iter(v)) for k, v in firsts.items() if len(v) == 1}
        # "Sir John" after "Sir John Stevens": "Sir" and "Dame" come before a first name, so
        # the surname need not stand alone; still the one fuller person's name it starts.
        knighted: dict[str, set[tuple[str, ...]]] = {}
        for words in self.full.values():
            if 1 < len(words) <= 3 and not is_org_name(words) and not words[0].isupper():
                knighted.setdefault(words[0], set()).add(words)
        self.by_knighted = {k: next(iter(v)) for k, v in knighted.items() if len(v) == 1}
        # "Bangalore Metro Rail Corporation Limited (BMRCL)": the acronym means the full name.
        self.acronyms = acronyms(text) if "(" in text else {}
        # What an acronym stands for is an organisation or a thing, never a person whom a
        # later "he" could mean ("British Sign Language (BSL)", "Drink Or Die (DOD)").
        self.acronym_names = {" ".join(v) for v in self.acronyms.values()}
        if self.whole:
            self.acronym_names |= {" ".join(v) for v in self.whole}
            self.org_names |= self.whole
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
        self._pronoun_genders(text, names)
        self.which_names = {self.resolve(words) for words in self.which}
        if self._inner is not None:
            # Built while the genders were still being read: read again with all of them.
            self._inner = None
            self._memo.clear()
        self._runs = None  # as `_inner`: read again with all the genders

    def _kept_whole(self, raw: tuple[str, ...], text: str) -> bool:
        """A run whose titles `strip_titles` dropped is whole if the text prints its initials
        as a word ("General Electric" where "GE" stands alone): a company's name, and an
        organisation. Not a run of titles only ("Prime Minister", "PM"), an honorific and a
        name ("Mr Peston", "MP")."""
        if (
            raw[0].lower() not in _HONORIFICS
            and raw[0].lower() not in HONORIFIC_GENDER
            and not all(w.lower() in TITLES for w in raw)
            and printed_initials(raw, text)
        ):
            self.whole.add(raw)
            return True
        return False

    def _pronoun_genders(self, text: str, names: list[Name]) -> None:
        """One-word people known by the pronoun after their verb (`quote_genders`): a word
        printed in lower case is a common noun, no name, as is a plural never capitalised
        mid-sentence ("Doctors found his ...")."""
        for word, g in pronoun_genders(text, names).items():
            name = self.resolve((word,))
            if (
                name == word
                and name not in self.genders
                and word.lower() not in ORG_WORDS
                and not self.has_lower(word.lower())
                and (self.is_mid_cap(word) or not word.endswith("s"))
            ):
                self.genders[name] = g

    def has_lower(self, word: str) -> bool:
        """`word` (lower case) stands alone somewhere in the text: "steps" in "Festival director
        steps down" but not "ton" in "Washington" or "don" in "don't".

        >>> canon = Canon([], "He left Washington, steps ahead. Don't.")
        >>> canon.has_lower("ton"), canon.has_lower("don"), canon.has_lower("steps")
        (False, False, True)
        """
        hit = self._lower.get(word)
        if hit is None:
            hit = self._lower[word] = bool(_ASCII_LOWER_RE.fullmatch(word)) and has_word(
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
        if len(words) == 2 and words[0] in _FIRST_NAME_HONORIFICS:
            knighted = self.by_knighted.get(words[1])
            if knighted is not None:
                return " ".join(knighted)
        # An honorific before the last word ("Dr Rajesh"; strip_titles may drop "Dr" first).
        honorific = len(words) > 1 and words[-2].lower().rstrip(".") in _HONORIFICS
        if not (self.whole and words in self.whole):
            words = strip_titles(words)
        if words and words[0].lower().rstrip(".") in _HONORIFICS:
            words = words[1:]
        if not words:
            return ""
        # "Operator Southern Cross Tramways" when the body says "the operator": a role word
        # capitalised only to open the sentence goes, as it went from the names in `__init__`.
        while (
            len(words) > 2
            and words[1][0].isupper()
            and self.has_lower(words[0].lower())
            and not self.is_mid_cap(words[0])
        ):
            words = strip_titles(words[1:])
        key = name_key(words)
        full = self.full.get(key, words)
        folded = self.folded.get(key.casefold(), full)
        full = folded if len(folded) > len(full) else full
        # "Griffey" is the "Ken Griffey Jr" it ends, but for the generation.
        core = full[:-1] if has_generation(full) and not has_generation(words) else full
        tail = core[-len(words) :]
        if tail != words and titled_particle(words, core):
            tail = words  # "Me den Hartog" (a misprinted "Mr") is "Jurgen den Hartog"
        if len(full) < len(words) or tail != words and fold(tail) != fold(words):
            full = words
        if len(full) == 2 and full in self.org_prefix:
            full = self.org_prefix[full]
        elif len(full) == 1 and full[0] in self.org_full:
            full = self.org_full[full[0]]
        elif len(full) == 1 and full[0] in self.org_tails:
            tail = self.org_tails[full[0]]
            full = full if self.is_mid_cap(tail[0]) else tail[1:]
        elif len(full) == 1:
            # "S.P.A." is "SPA" as printed with dots (an older or more formal house style).
            bare = full[0].replace(".", "") if "." in full[0] else full[0]
            full = (
                self.acronyms.get(bare)
                or self._spelled(bare)
                or self.by_first.get(full[0])
                or self._inside(full[0])
                or self._first_only(full[0], honorific)
                or full
            )
        if self.suffixed:
            full = self.suffixed.get(full, full)
        return " ".join(full)

    def _inside(self, word: str) -> tuple[str, ...] | None:
        """A surname that is not the last word of the printed name: "Tsui" for "Edmund Tsui
        Wing-kei", "Carvajal" for "Inés Carvajal Montoya", "Lim" for "Lim Wei Jie" (surname
        first, or a second surname): the one person's name of 3+ words it is in. A person's:
        opening with a first name or given a gender or a person's title ("Sumitomo Mitsui
        Financial", "Apple Developer Connection" are not)."""
        if self._inner is None:
            inner: dict[str, tuple[str, ...] | None] = {}
            for words in set(self.full.values()):
                if len(words) < 3 or is_org_name(words) or any(w.isupper() for w in words):
                    continue
                name = " ".join(words)
                if not (is_first_name(words[0]) or name in self.genders or name in self.people):
                    continue
                for w in words[:-1]:
                    if w[:1].isupper() and not w.endswith("."):
                        # Two names holding the word: which one is meant is not known.
                        inner[w] = None if inner.get(w, words) != words else words
            self._inner = inner
        return self._inner.get(word)

    def _first_only(self, word: str, honorific: bool) -> tuple[str, ...] | None:
        """A first name alone ("Peggy", "Darren" after "great-gran Peggy Ashworth", "Plasterer
        Darren Whitcombe"), or any word after an honorific in Singapore and Malaysian style
        ("Dr Rajesh" for "Rajesh Subramaniam"), is the one fuller person's name it starts. A
        lone word reaching here ends no printed name, so it is no one's surname."""
        full = self.by_knighted.get(word)
        # "Noh" for "Noh Jae-won": a Korean name puts the surname first and a hyphenated given
        # name last, and later mentions give the surname alone (Yonhap, Korea Herald style).
        surname_first = full is not None and len(full) == 2 and _GIVEN_NAME_RE.fullmatch(full[1])
        if not (honorific or surname_first or is_first_name(word) and not is_ambiguous(word)):
            return None
        # Not a company led by a first name ("Delta Airlines I" run on into a quote's "I").
        if full is None or any(len(w) == 1 or w.lower() in ORG_WORDS for w in full):
            return None
        return full

    def _spelled(self, word: str) -> tuple[str, ...] | None:
        """An unbracketed acronym ("BA") as the one printed organisation it spells ("British
        Airways"; "UKIP", "CPSC", mixed-case "DrKW" and "M&S" too, see `quote_acronyms`): the
        document's fullest name for the speaker. Not "EU", "UN": a bloc's initials are the
        name it goes by (the fixtures keep "EU" where "European Union" is printed too)."""
        if not 2 <= len(word) <= 6 or word.lower() in COUNTRY_CODES:
            return None
        full = None
        if "&" in word:
            full = ampersand_name(word, self.text)
        # "DrKW": capitals after the first, and lower case (no name word's shape).
        elif word.isupper() and self.org_names or sum(c.isupper() for c in word) > 1:
            full = expand(word, self.org_names, self._unnamed_runs() if len(word) > 2 else ())
        if full is not None:
            # What initials stand for is an organisation ("it", never "she": "Hewlett Packard"
            # has no organisation word to tell `kind`).
            self.acronym_names.add(" ".join(full))
        return full

    def _unnamed_runs(self) -> list[tuple[str, ...]]:
        """Fullest names of 2+ words that are no person's: not opened by a first name nor
        given a gender or a person's title."""
        if self._runs is None:
            self._runs = [
                words
                for words in self.full.values()
                if len(words) > 1
                and not is_first_name(words[0])
                and " ".join(words) not in self.genders
                and " ".join(words) not in self.people
            ]
        return self._runs

    def gender(self, name: str) -> str:
        """The gender of a resolved name: "m", "f" or "" (unknown)."""
        return self.genders.get(name, "")

    def kind(self, name: str) -> Kind:
        """The kind of a resolved name, "person" or "org" (see the module docstring)."""
        if name in self.genders or name in self.people:
            return "person"
        words = name.split()
        if len(words) < 2 or is_org_name(tuple(words)) or words[0] in self.after_the:
            return "org"
        if self.acronym_names and name in self.acronym_names:
            return "org"
        # "BBC One", "BBC Radio Five Live": a media or company acronym heads the name.
        if words[0].isupper() and words[0].lower() in ORG_WORDS or name in self.which_names:
            return "org"
        if len(words) == 2 and words[0].lower() in COUNTRY_CODES and words[0].isupper():
            return "org"
        return "org" if introduced_as_org(self.text, name, self.head_orgs) else "person"
