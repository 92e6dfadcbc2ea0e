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
from typing import Literal

from .quote_common import common_words, frequent_common_words, is_descriptor, is_person_noun
from .quote_first_names import first_name_start, is_ambiguous, is_first_name
from .quote_lexicon import (
    DEMONYMS,
    HONORIFIC_GENDER,
    LEGISLATORS,
    NATIONS,
    PERSON_TITLES,
    POST_NOMINALS,
    ROLES,
    SKIP_WORDS,
    TITLE_PAIRS,
    TITLES,
    WORLD_TITLES,
)
from .quote_name_joins import join_of
from .quote_name_parts import (
    NAME_PARTICLES,
    Name,
    hyphen_adjective,
    is_org_name,
    personal,
    plural_possessive,
)

Kind = Literal["person", "org"]

# Accented capitals start names too: "Darragh Ó Faoláin", "Émile Zola".
# A full stop stays in a token after initials ("U.S."), a lone initial before a name word
# ("Mark R. Whitfield", "R. Senthil Kumar" opening a phrase; not "Plan B. The") and
# "Jr."/"Sr." (printed so: "Dale Ruiz Jr.").
_CAP_TOKEN = (
    r"[A-ZÀ-ÖØ-Þ](?:[\w&.\-]*\w)?(?:(?<=\.[A-Z])\.|(?<=\b[A-Z])\.(?=[ \t]+[A-Z])"
    r"(?![ \t]+(?:The|He|She|It|They|We|In|But|A|An|This|That)\b)|(?<=\b[JS]r)\.)?"
    r"(?:['’][A-Z][\w&.\-]*\w)?"
    r"(?:(?<=s)['’](?=[ \t]+[A-Z]))?"
)
# The capital first, so the regex engine skips ahead to capitals (3x faster than the same
# language written "(CAP blank)* CAP").
# Inside a name, a lower-case particle glued to a capital or standing before one: "Leonardo
# diCaprio", "Ruud van Nistelrooy", "Dominique de Villepin".
# Up to two: "Edwin van der Sar", "Rafael de la Torre", "Abu Musab al-Zarqawi"; Maasai "ole"
# ("Saitoti ole Nkukuu"), Malay "binti", Welsh "ap" ("Dafydd ap Gwilym").
# The spaced particles are `quote_name_parts.NAME_PARTICLES`, the one list name lengths use too.
_PARTICLE = (
    r"(?:(?:di|de|da|du|le|la|mc|mac|al-|el-)(?=[A-Z])|(?:"
    + "|".join(sorted(NAME_PARTICLES, key=lambda p: (-len(p), p)))
    + r")[ \t]+)"
)
# A nickname in quotes inside a name is part of it as printed: "Brian 'Head' Welch".
_NICKNAME = r"(?:['‘\"“][A-Z][\w\-]*(?:[ \t][A-Z][\w\-]*)?['’\"”][ \t]+)"
_NAME_RE = re.compile(
    rf"{_CAP_TOKEN}(?:[ \t]+{_NICKNAME}?{_PARTICLE}{{0,2}}{_CAP_TOKEN})*(?:['’]s\b)?"
)
# "Canada-based", "London-listed": a place before a hyphen and a participle is an adjective.
_ADJ_COMPOUND_RE = re.compile(r"-(?:based|born|owned|listed|led|made|bred|run|backed)$")
# After an opening "-ing" word, a preposition or a determiner makes it a participle ("Imposing
# the sentence, Judge X said"); "Reading beat Derby", "Manning said" stay names.
_PREP_AFTER_RE = re.compile(
    r"[ \t]+(?:to|on|in|at|about|after|from|with|for|the|a|an|his|her|their|its|this)[ \t]"
)
_PARTY_TAG_RE = re.compile(r"[DRI]-[A-Z][a-z]+")
# A country's initials before a name: a title before a person's ("US Senator John Kerry"),
# part of an organisation's before one word ("UK Coal").
COUNTRY_CODES = frozenset(("uk", "us", "eu", "un"))
# Honorifics inside a run start the person's name ("GDC Mr Allard").
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."))
# Honorifics and person's titles a peer's or an official's territorial name follows.
_PEERS = frozenset(HONORIFIC_GENDER) | PERSON_TITLES
# Loaded once here: a set lookup before each call keeps the common case cheap.
_COMMON = common_words()
# Not the function words skipped anyway ("The Guardian"): counting words in the text costs.
_OPENERS = frequent_common_words() - SKIP_WORDS


def find_names(text: str) -> list[Name]:
    """Capitalised runs, leading function words ("The", "But", "On Monday") skipped.

    >>> [n.words for n in find_names("But Southcorp chairman Brian Finn said so.")]
    [('Southcorp',), ('Brian', 'Finn')]
    >>> [n.words for n in find_names("Off-colour Gardener storms to win")]
    [('Gardener',)]
    """
    names = []
    for m in _NAME_RE.finditer(text):
        group = m.group()
        if group.lower() in SKIP_WORDS:
            # A lone function word ("The", "But"; a quarter of all runs) is never a name: every
            # test below would drop it too, so drop it before them.
            continue
        toks = group.split()
        last = toks[-1]
        if "-" in last and _ADJ_COMPOUND_RE.search(last):
            if all(t.lower() in SKIP_WORDS for t in toks[:-1]):
                continue  # "The Canada-based company"
        if group[1:2] == "-" and _PARTY_TAG_RE.fullmatch(group):
            continue  # "Sen. Laura Whitcomb, D-Ore., said": a US party-state tag, no name
        if group[-3:] == "ing" and len(toks) == 1 and _participle(text, m.start(), m.end()):
            continue  # "Responding to the complaint, the Election Commission said"
        if len(toks[0]) == 1 and len(toks) > 1 and m.start() and text[m.start() - 1] == "/":
            # "Sony's PCG-X505/P Vaio laptop": a letter after a slash ends a model's code, no
            # initial of a person "P Vaio" (who would take the next "he" said).
            rest = toks[1:]
            possessive = rest[-1].endswith(("'s", "’s"))
            if possessive:
                rest[-1] = rest[-1][:-2]
            names.append(
                Name(m.start() + group.index(rest[0], 1), m.end(), tuple(rest), possessive)
            )
            continue
        possessive = toks[-1].endswith(("'s", "’s"))
        if possessive:
            toks[-1] = toks[-1][:-2]
        lead_adj = len(toks) > 1 and "-" in toks[0] and hyphen_adjective(toks[0])
        if len(toks) == 2 and not lead_adj and toks[0].lower() in _OPENERS:
            lead_adj = _sentence_opener(text, m.start(), toks)
        elif len(toks) == 1 and text.startswith(" and ", m.end()) and _coordinated(text, m, toks):
            continue
        if toks[0].lower() not in SKIP_WORDS and not lead_adj:  # the common case, kept cheap
            # An inner apostrophe is rare: test for it before splitting hairs.
            cut = plural_possessive(toks) if "'" in group or "’" in group else 0
            if not cut and len(toks) > 2 and toks[0].isupper() and _glued_acronym(text, toks):
                # "group EADS Philippe Camus": the company, then its chief, two names.
                second = m.start() + group.index(toks[1], len(toks[0]))
                names.append(Name(m.start(), m.start() + len(toks[0]), (toks[0],), False))
                names.append(Name(second, m.end(), tuple(toks[1:]), possessive))
                continue
            if cut:  # "Delta Air Lines' Comair" is two names; "Workers' Union" one
                end = group.index(toks[cut - 1]) + len(toks[cut - 1])
                second = m.start() + group.index(toks[cut], end)
                first = (*toks[: cut - 1], toks[cut - 1][:-1])
                names.append(Name(m.start(), m.start() + end, first, True))
                names.append(Name(second, m.end(), tuple(toks[cut:]), possessive))
            else:
                names.append(Name(m.start(), m.end(), tuple(toks), possessive))
            continue
        skip = 1 if lead_adj else 0
        while skip < len(toks) and toks[skip].lower() in SKIP_WORDS and not _irish_an(toks, skip):
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
    return join_of(text, names)


# Irish public bodies named with the Irish article: "An Post", "An Bord Pleanála", "An Taisce".
_IRISH_AN_BODIES = frozenset("Post Bord Taisce Chomhairle Coimisiún Garda".split())


def _irish_an(toks: list[str], i: int) -> bool:
    """`toks[i]` is the "An" of an Irish body's name, kept in it ("An Post said").

    >>> _irish_an(["An", "Post"], 0), _irish_an(["An", "Oxford", "Professor"], 0)
    (True, False)
    """
    return toks[i] == "An" and i + 1 < len(toks) and toks[i + 1] in _IRISH_AN_BODIES


def _glued_acronym(text: str, toks: list[str]) -> bool:
    """An acronym the text prints alone as a name, run on into a person's name: "aerospace
    group EADS Philippe Camus" when "EADS" stands alone too. A person's name: a listed first
    name, or a surname the text gives an honorific ("Mr Camus"). "CB Richard Ellis", printed
    only whole, stays one name.

    >>> [n.words for n in find_names("Its group EADS Philippe Camus left. EADS said Mr Camus was.")]
    [('EADS',), ('Philippe', 'Camus'), ('EADS',), ('Mr', 'Camus')]
    """
    head, first = toks[0], toks[1]
    if len(head) < 2 or not head.isalpha() or head.lower() in TITLES or head in LEGISLATORS:
        return False
    if is_ambiguous(first) or not first[1:].islower() or is_org_name(tuple(toks)):
        return False
    # Substring tests (fast C scans) before the word-bounded regexes that confirm them.
    if not (is_first_name(first) or _honored(text, toks[-1])):
        return False
    return _solo(text, head)


def _solo(text: str, head: str) -> bool:
    """`head` printed as a word with no capitalised word after it somewhere ("EADS said")."""
    at = text.find(head)
    while at >= 0:
        end = at + len(head)
        after = text[end : end + 2]
        if (
            not (at and (text[at - 1].isalnum() or text[at - 1] == "-"))
            and not (after[:1].isalnum() or after[:1] == "-")
            and not (after[:1] in " \t" and after[1:2].isupper())
        ):
            return True
        at = text.find(head, end)
    return False


_HONORIFIC_FORMS = ("Mr", "Mrs", "Ms", "Miss", "Dr")


def _honored(text: str, last: str) -> bool:
    """The text gives `last` an honorific somewhere ("Mr Camus"), so it is a person's surname."""
    if not any(f"{h} {last}" in text or f"{h}. {last}" in text for h in _HONORIFIC_FORMS):
        return False
    return re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(last)}\b", text) is not None


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 2) : start]
    return start == 0 or before[-1:] == "\n" or before in (". ", '" ', "” ")


def _sentence_opener(text: str, start: int, toks: list[str]) -> bool:
    """A common word capitalised only to open a sentence before a one-word name the text prints
    without it elsewhere: "Once Google started blocking ..." is Google (`quote_common`).

    >>> [n.words for n in find_names("Google was slow. Once Google acted, it fell.")]
    [('Google',), ('Google',)]
    """
    head = toks[0]
    return (
        head[1:].islower()
        and _opens_sentence(text, start)
        and not is_first_name(head)
        and text.count(toks[1]) > text.count(f"{head} {toks[1]}")
    )


def _coordinated(text: str, m: re.Match[str], toks: list[str]) -> bool:
    """A common word joined by "and" to a title before a person's name is the first half of
    the title, no name: "said Economic and Fiscal Policy Minister Heizo Takenaka".

    >>> [n.words for n in find_names("said Economic and Fiscal Policy Minister Jo Kim.")]
    [('Fiscal', 'Policy', 'Minister', 'Jo', 'Kim')]
    """
    head = toks[0]
    if not (head[1:].islower() and head.lower() in _COMMON):
        return False
    nxt = _NAME_RE.match(text, m.end() + 5)
    if nxt is None:
        return False
    words = tuple(nxt.group().split())
    kept = strip_titles(words)
    return 1 < len(kept) < len(words) and not is_org_name(words)


def _participle(text: str, start: int, end: int) -> bool:
    """A lone "-ing" word opening a sentence before a preposition is a participle, no name
    ("Responding to the complaint, ..."; "Reading beat Derby" stays a name).

    >>> [n.words for n in find_names("Responding to the complaint, the DMK said so.")]
    [('DMK',)]
    """
    before = text[max(0, start - 2) : start]
    opens = start == 0 or before[-1:] == "\n" or before in (". ", '" ', "” ")
    return opens and _PREP_AFTER_RE.match(text, end) is not None


def _names_follow(rest: tuple[str, ...]) -> bool:
    """A title that is also a name, word or firm ("Canon", "Father", "Begum") heads a person's
    name only before a listed first name or two capitalised words ("Canon said", "Canon
    Europe", "Father Christmas" stay).

    >>> _names_follow(("Margaret",)), _names_follow(("Europe",)), _names_follow(("Win", "Tin"))
    (True, False, True)
    """
    if len(rest) >= 2:
        return rest[0][:1].isupper() and rest[1][:1].isupper()
    return is_first_name(rest[0]) and not is_ambiguous(rest[0])


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
    if len(words) < 2:
        return words  # most runs are one word, with no title to drop: skip the tests below
    while len(words) > 2 and words[-1].rstrip(".") in POST_NOMINALS:
        words = words[:-1]
    if len(words) > 1 and is_org_name(words):
        return words
    if len(words) == 2 and words[1].lower() in NATIONS and words[0].lower() not in _PEERS:
        return words  # "Transport Scotland": a public body ("Baroness Scotland" a peer)
    i = 0
    while i < len(words) - 1:
        word = words[i].lower().rstrip(".")
        if word in COUNTRY_CODES and len(words) - i == 2 and words[i + 1].lower() not in TITLES:
            break  # "UK Coal", "US Embassy": the country is part of the one word's name
        if i + 2 < len(words) and (word, words[i + 1].lower().rstrip(".")) in TITLE_PAIRS:
            i += 2  # "Tan Sri Lim Kok Seng", "Datuk Wira Azman Shah Haron"
            continue
        if word in WORLD_TITLES and _names_follow(words[i + 1 :]):
            i += 1  # "Sheikha Moza bint Nasser", "MK Yosef Abu-Rish", "Canon Margaret"
            continue
        # "Ex-Labour MP George Galloway": a former affiliation is a title like "former".
        ex = word.startswith("ex-")
        if (
            not ex
            and word not in TITLES
            and not (word in DEMONYMS and personal(words[i + 1 :]))
            # "Local MSP Alasdair Nicolson", "Economic Heizo Takenaka": a word printed mostly
            # in lower case heading a person's name describes them (`quote_common`), as does
            # a noun for a person ("Fisherman Rajindra Ramlogan", "Retiree Tan Ah Lian"); both
            # need 3+ words, tested first as most runs are shorter.
            and not (
                len(words) - i > 2
                and (word in _COMMON or is_person_noun(words[i]))
                and is_descriptor(words[i:])
            )
        ):
            break
        i += 1
    # "Carnegie Mellon Professor Raj Reddy": a role word inside the run starts the name after it,
    # as an honorific does ("at GDC Mr Allard": no name goes on past "Mr").
    for j in range(len(words) - 2, i, -1):
        low = words[j].lower()
        if low in ROLES or words[j] in LEGISLATORS:
            return strip_titles(words[j + 1 :])
        if low in _HONORIFICS:
            return strip_titles(words[j:])
    # "Headteacher Fiona Adeyemi-Clarke": an unlisted role word before a first name goes too.
    if len(words) - i > 2:
        i += first_name_start(words[i:])
    return words[i:]
