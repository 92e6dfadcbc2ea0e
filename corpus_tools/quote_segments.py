"""The part of the words before a speech verb that names the speaker.

`"...," said John Ison, from the controversial group Fathers 4 Justice, ` names John Ison: a
trailing appositive, a relative clause, a bracketed party tag or a role after the name is not
the speaker.
"""

from __future__ import annotations

import re

from .quote_common import is_title_run
from .quote_context import ORG_HEAD_ALT
from .quote_lexicon import OPENING_ALT
from .quote_name_parts import personal
from .quote_names import find_names
from .quote_roles import ROLE_NOUNS
from .quote_speakers import PRONOUN_RE, unnamed
from .quote_verbs import by_first_letter

# A party or state tag in brackets after a name: "(SNP)", "(D-Va.)", "(R-Texas)".
_BRACKET_TAG_RE = re.compile(r"(?<=\w)\s+\([A-Z][\w.\- ]{0,20}\)")
_ORG_SUBJECT_RE = re.compile(rf"(?:[Tt]he|[Ii]ts)\s+(?:[\w\-]+\s+){{0,2}}(?:{ORG_HEAD_ALT})")
_POSSESSIVE_RE = re.compile(r"(?:his|her|their)\s")
# An appositive ending in a lower-case role noun: "IBM senior vice president".
_ROLE_TAIL_RE = re.compile(rf"\s(?:{by_first_letter(sorted(ROLE_NOUNS))})$")
_SCOPE_RE = re.compile(r"\s+(?:for|of|at|in|on)\s+")
_SIGNED_BY_RE = re.compile(r"\b(?:signed|issued|released|read|sent)\s+by\s+(?:its|their)\s")
RELATIVE_HEAD_RE = re.compile(r"(?:which|who|whom|that)\s+(.+)$")
# A conjunction and a capitalised word open a clause with its own subject: "Prices jumped, but
# Shepherdson said". Not "but added" (the subject before speaks), nor "and before he left for
# Africa, the chancellor" or "but the Kiwi" (a clause or description to read further).
_CLAUSE_OPENER_RE = re.compile(r"(?:but|and|while|whereas|yet|although|though)\s+[A-Z]")
# A sentence's opening phrase: "In a submission to a Senate inquiry, ...".
_OPENING_RE = re.compile(rf"(?:{OPENING_ALT})\s")
_DASH_ASIDE_RE = re.compile(r"\s[-–—]\s[^-–—\"“”]{1,80}?\s[-–—](?=\s)")
_RELATIVE_START_RE = re.compile(r"(?:who|whose|which)\b")
# "The Oscar-nominated actor": a description ending in a role noun.
_ROLE_SUBJECT_RE = re.compile(
    rf"[Tt]he\s+(?:[\w\-'’]+\s+){{0,3}}(?:{'|'.join(sorted(ROLE_NOUNS))})"
)
# Between a subject and its verb: an age, a relative clause, a lower-case description.
_INSERTION_RE = re.compile(r"(?:aged\s+)?\d+$|(?:who|which|whose|whom)\b|[a-z]")


def speaker_segment(head: str) -> str:
    """The comma-separated part of `head` naming the speaker, skipping a trailing appositive.

    >>> speaker_segment("John Ison, from the controversial group Fathers 4 Justice, ")
    'John Ison'
    """
    if ")" in head:  # "Councillor Morag MacLeod (SNP), who...": a bracketed tag never speaks
        head = _BRACKET_TAG_RE.sub(_drop_tag, head)
    if " - " in head or "–" in head or "—" in head:
        # "Mr Bez - himself a former executive at rival Porsche - said": an aside in dashes
        head = _DASH_ASIDE_RE.sub("", head)
    parts = [p.strip() for p in re.split(r"[,;(]", head)]
    parts = [p for p in parts if p]
    if not parts:
        return ""
    if _ORG_SUBJECT_RE.fullmatch(parts[-1]) and not head.rstrip().endswith(","):
        return parts[-1]  # "In the adverts, from Sidney Taurel, the company says"
    if len(parts) > 1 and head.rstrip().endswith(","):
        subject = _before_insertions(parts)
        if subject:
            return subject
        # "The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and
        # Star Wars: The Phantom Menace, said": a relative clause may hold commas of its own,
        # and a description before it is the subject.
        k = next((i for i in range(1, len(parts)) if _RELATIVE_START_RE.match(parts[i])), 0)
        if 0 < k < len(parts) - 1 and _ROLE_SUBJECT_RE.fullmatch(parts[k - 1]):
            return parts[k - 1]
    rel = RELATIVE_HEAD_RE.match(parts[-1])
    # "..., which Variety called “...”", but not "X, who won a Bafta in 1999, said:".
    if rel and not head.rstrip().endswith(",") and find_names(rel.group(1)):
        return rel.group(1)
    # "the Nigeria Labour Congress, in a statement signed by its President, Joe Ajaero,
    # described": the name is the signatory's, inside the phrase; the body before it speaks.
    if len(parts) > 2 and _SIGNED_BY_RE.search(parts[-2]) and find_names(parts[-3]):
        return parts[-3]
    # "Dr John E. Kelly, IBM senior vice president, said": a name, then its role.
    if len(parts) > 1 and head.rstrip().endswith(",") and _is_role(parts[-1]):
        names = find_names(parts[-2])
        if len(names) == 1 and (names[0].start, names[0].end) == (0, len(parts[-2])):
            return parts[-2]
    # A name in a relative clause ("Lee, 82, who created Spider-Man in 1962, his lawyer") is
    # no speaker, and "his lawyer" is a subject, no appositive. A part opening "but Wenger" is
    # a clause of its own, whose subject speaks.
    last = parts[-1]
    opens_clause = _CLAUSE_OPENER_RE.match(last)
    if (
        len(parts) > 1
        and last[:1].islower()
        and not opens_clause
        # "In a submission to a Senate inquiry, the Ethnic Communities Council of NSW said": a
        # body named after an opening phrase is the subject
        and not (last.startswith("the ") and last[4:5].isupper() and _OPENING_RE.match(parts[-2]))
        and find_names(parts[-2])
    ):
        if not PRONOUN_RE.fullmatch(last) and not RELATIVE_HEAD_RE.match(parts[-2]):
            if not (unnamed(last) and _POSSESSIVE_RE.match(last)):
                return parts[-2]
    return last


def _is_role(part: str) -> bool:
    """`part` is a post: "IBM senior vice president", or in head case "Deputy Medical
    Director", "Head of Operations" (the words before "of" all titles or common words).

    >>> _is_role("Chief Nurse"), _is_role("Director General of the agency"), _is_role("Ed Balls")
    (True, True, False)
    >>> _is_role("Network Rail's programme director for the Midland Main Line")
    True
    """
    # "Network Rail's programme director for the Midland Main Line": the post ends before
    # its scope, whose name is not the speaker's.
    if _ROLE_TAIL_RE.search(_SCOPE_RE.split(part, maxsplit=1)[0]):
        return True
    words = tuple(part.split(" of ", 1)[0].split())
    return 0 < len(words) <= 4 and words[0][:1].isupper() and is_title_run(words)


def _before_insertions(parts: list[str]) -> str:
    """The subject before the comma-enclosed insertions ending the words before a verb (an age,
    a relative clause, a lower-case description: "Karim Benyahia, 27, who trained in Limoges,
    explained"), so no name inside them speaks. The subject is a name, whole: not an opening
    phrase ("Speaking in Leeds, the minister, who ...,"); "" when there is none.

    >>> _before_insertions(["Karim Benyahia", "27", "who trained in Limoges"])
    'Karim Benyahia'
    >>> _before_insertions(["Speaking in Leeds", "the minister", "who trained in Limoges"])
    ''
    >>> _before_insertions(["The firm's boss", "Jane Roe"])
    ''
    >>> _before_insertions(["In Keswick", "café owner Dave Lumsden", "58"])
    'café owner Dave Lumsden'
    """
    i = len(parts) - 1
    while i > 0 and _INSERTION_RE.match(parts[i]) and not _names_person(parts[i]):
        i -= 1
    if i == len(parts) - 1:
        return ""
    subject = parts[i].removeprefix("The ")
    names = find_names(subject)
    if not names or names[-1].end != len(subject):
        return ""
    # "café owner Dave Lumsden, 58, said": a lower-case description may head the one name
    lead = subject[: names[0].start]
    described = len(names) == 1 and lead[:1].isalpha() and lead == lead.lower()
    return parts[i] if names[0].start == 0 or described else ""


def _names_person(part: str) -> bool:
    """A lower-case appositive ending in a person's name names the subject ("The Archbishop
    of Cardiff, the Most Reverend Peter Smith, told"): no insertion to skip."""
    names = find_names(part)
    return bool(names) and names[-1].end == len(part) and personal(names[-1].words)


def _drop_tag(m: re.Match[str]) -> str:
    """A bracketed tag goes unless it is the acronym of the words before it: "the British
    Phonographic Industry (BPI)" keeps it, "Councillor Morag MacLeod (SNP)" does not.

    >>> _BRACKET_TAG_RE.sub(_drop_tag, "Morag MacLeod (SNP) and the Music Managers' Forum (MMF)")
    "Morag MacLeod and the Music Managers' Forum (MMF)"
    """
    tag = m.group()[m.group().index("(") + 1 : -1]
    before = m.string[max(0, m.start() - 80) : m.start()].split()
    # "Conseil Superieur de l'Audiovisuel (CSA)": a word after an elision counts too.
    initials = {c for w in before[-8:] for c in (w[0], w.rpartition("'")[2][:1])}
    if tag.isalpha() and tag.isupper() and set(tag) <= initials:
        return m.group()
    return ""
