"""Speaker candidates that are no speaker: a lone number word, role noun or generic noun.

Attribution rules take a capitalised word before a cue as a name; at a sentence start that
may be a number word ("Two escaped, said..."), a role noun with no name ("Minister"), a
generic noun ("Church").

>>> not_a_speaker("One"), not_a_speaker("Dmitry Peskov")
(True, False)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .quote_common import is_common_or_plural

if TYPE_CHECKING:
    from .quote_canon import Canon

# Not "five": Channel Five speaks as "Five said" in BBC text.
NUMBER_WORDS = frozenset(
    "one two three four six seven eight nine ten eleven twelve twenty hundreds thousands "
    "dozens millions none neither either first second third another others".split()
)
# Nouns that head a sentence as a group or thing, not a person: "Church leaders" cut short.
GENERIC_WORDS = frozenset(
    "church analysts officials experts critics observers sources residents police witnesses "
    "responding asked speaking "
    # Plural people nouns: a group never named ("Prosecutors said Jaynes was ...") speaks as "".
    "prosecutors investigators detectives doctors scientists researchers campaigners "
    "protesters demonstrators activists teachers parents pupils students villagers locals "
    "diplomats negotiators lawyers economists insiders rescuers medics shoppers passengers "
    "commuters consumers customers users delegates organisers organizers judges jurors "
    "neighbours neighbors survivors relatives families victims staff".split()
)
# Role nouns with no name after them: a title cut from its holder ("Shadow home secretary").
ROLE_WORDS = frozenset(
    "minister shadow president chancellor director chairman secretary ceo spokesman "
    "spokeswoman".split()
)


def not_a_speaker(speaker: str) -> bool:
    """True when `speaker` is one common word: a number word, a role noun or a generic noun.

    >>> not_a_speaker("Mr Brown"), not_a_speaker("Shadow")
    (False, True)
    """
    if " " in speaker:
        return False
    word = speaker.lower()
    return word in NUMBER_WORDS or word in GENERIC_WORDS or word in ROLE_WORDS


def is_common_group(speaker: str, canon: Canon) -> bool:
    """A lone plural common noun as the speaker: "Fans said", "Farmers warned". The hand
    list above cannot hold every group; the corpus counts of `quote_common` can: a word ending
    in "s" that news prints in lower case mid-sentence, itself or its singular (fans,
    ministers, voters; "Nurses" by "nurse").
    Kept when this text treats it as a name: capitalised mid-sentence ("Wolves", a club) or
    given a gender ("Mr Banks").

    >>> from .quote_canon import Canon
    >>> canon = Canon([], "Fans said so. Mr Banks said so, Wolves said.")
    >>> [is_common_group(w, canon) for w in ("Fans", "Banks", "Tesco", "Analysis")]
    [True, False, False, False]
    """
    low = speaker.lower()
    if " " in speaker or not low.endswith("s") or low.endswith(("ss", "is", "us")):
        return False  # "Analysis", "Chaos" are no plurals
    if not is_common_or_plural(speaker) or canon.is_mid_cap(speaker):
        return False
    return not canon.gender(speaker)


# A group noun, then where its members live: "Residents of the nearby Woodquay and Bohermore
# areas", "Farmers in Norfolk". Not "from" or "at" ("analysts from Citigroup Smith Barney",
# "analysts at UBS" write for the firm), "of" only before a word for a place ("members of the
# union" may speak for it), and not spokespeople ("officials in Beijing").
_GROUP_PLACE_RE = re.compile(
    r"([A-Z]?[a-z][a-z\-]*s)\s+(?:(?:in|near|across|around)\s|of\s(?=[^,;:]*\b(?:areas?|"
    r"villages?|towns?|city|estates?|streets?|roads?|districts?|suburbs?|neighbou?rhoods?|"
    r"county|region)\b))"
)
_SPOKES_GROUPS = frozenset("officials sources representatives spokesmen spokeswomen".split())
# A counted group: "Two Senate aides", "Several Tory backbenchers" (not "Five", a channel).
_COUNTED_RE = re.compile(
    r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Many|Other)\s+"
    r"(?:[A-Z][\w\-]*\s+){1,3}([a-z][\w\-]*s)"
)


def is_group_phrase(phrase: str) -> bool:
    """A speaker phrase naming an unnamed group by where it is or by count: the names inside
    never speak, so the phrase speaks as "".

    >>> is_group_phrase("Residents of the nearby Woodquay and Bohermore areas")
    True
    >>> [is_group_phrase(p) for p in ("Officials in Beijing", "Analysts at UBS", "Ed Balls")]
    [False, False, False]
    >>> is_group_phrase("Farmers in Norfolk"), is_group_phrase("Members of the Musicians' Union")
    (True, False)
    >>> is_group_phrase("Two Senate aides"), is_group_phrase("Two White House officials")
    (True, False)
    """
    counted = _COUNTED_RE.fullmatch(phrase)
    if counted:
        return counted.group(1) not in _SPOKES_GROUPS
    m = _GROUP_PLACE_RE.match(phrase)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _SPOKES_GROUPS:
        return False
    return word in GENERIC_WORDS or is_common_or_plural(word)
