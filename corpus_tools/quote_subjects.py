"""Each news sentence's apparent subject, the candidates a quote's speaker is chosen from.

A sentence's subject is, in order: a leading he/she/they, or a sentence-final cue (", Ms Short
said.", ", he said."), a "Said X:" opener, a described speaker ("A spokesperson for the GMB
union said", "The company said"), a person by role ("The minister said"), else a name followed
by a verb (found lazily, see `quote_context`). Pronouns and roles are resolved when first asked
for, so quote speakers attributed before them count (`quote_speakers`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .quote_canon import Canon
from .quote_context import (
    ORG_HEAD_ALT,
    PENDING,
    TIME,
    Context,
    outside,
    sentence_starts,
)
from .quote_lexicon import OPENING_ALT, OPENING_WORDS
from .quote_names import SKIP_WORDS, Name, find_names
from .quote_roles import ROLE_NOUNS
from .quote_speakers import (
    PRONOUN_ACCEPT,
    SPOKES_GENDER,
    TRAIL_CUE_RE,
    resolve_phrase,
    trail_speaker,
)
from .quote_unnamed import SPOKES_RE, UNNAMED, unnamed_subject
from .quote_verbs import AUX, VERB_RE, VERBS, by_first_letter

_LEAD_PRONOUN_RE = re.compile(
    r"\W*(?:(?:and|but|so|yet|then|now|later|also)\s+)?(he|she|they|it)\b", re.IGNORECASE
)
# "For Jupiter analyst Olivier Beauvillain, ...", "But for Allen Weiner, a research director at
# Gartner, ...": the person whose view the sentence gives.
_FOR_TOPIC_RE = re.compile(r"(?:But\s+for|For)\s+(?P<np>[^,.;:\"“”]{1,60}?),")
_SAID_FIRST_RE = re.compile(r"(?:Said|Added|Says|Adds)\s+(?P<s>[^.:;\"“”]{1,80}?)\s*:")
# An opening phrase before a spokesperson or body: "In a statement on Monday, a council
# spokeswoman said". (Not before a role: "On Monday, the judge agreed ..." names no judge, and
# a role never named would be guessed.)
_OPENER = rf"(?:(?:{OPENING_ALT})\b[^,.;:!?\"“”]{{0,60}},\s+)?"
_DESC_SUBJ_RE = re.compile(
    rf"{_OPENER}(?:(?:[Bb]ut|[Aa]nd|[Hh]owever,?)\s+)?"
    r"(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w\-'’&.]+\s+){0,4}?"
    rf"(?:(?:spokes(?:man|woman|person)|official|representative|source)"
    rf"(?:\s+for\s+[\w\-'’&. ]{{1,50}}?)?|(?:{ORG_HEAD_ALT})))"
    rf"(?:\s*,[^,.;]{{1,60}},)?{TIME}\s+(?:{AUX}|{VERBS}|[a-z]+ed)\b"
)
# "The minister said", "But the outgoing European Commissioner said": a person by role.
_ROLE_SUBJ_RE = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd|[Hh]owever,?)\s+)?(?P<np>[Tt]he\s+(?:[\w\-'’]+\s+){0,3}?"
    rf"(?i:{by_first_letter(sorted(ROLE_NOUNS))})){TIME}\s+(?:{AUX}|{VERBS}|[a-z]+ed)\b"
)
_ROLE_OPENERS = frozenset(("The ", "the ", "But ", "And ", "Howe"))
# The first letters a description subject or an opener can start with: only such sentences
# are tried.
_DESC_LETTERS = frozenset("TtAaBbH") | {w[0] for w in OPENING_WORDS}
_UNNAMED_OPENERS = frozenset("OABH")


def read_context(text: str, *, quoted: Sequence[tuple[int, int]] = ()) -> Context:
    """The context of `text`, ignoring names inside the `quoted` (start, end) spans, with its
    sentence subjects found.

    >>> from .quote_speakers import subjects_between
    >>> doc = read_context("Chelsea boss Jose Mourinho insisted they were fine.")
    >>> subjects_between(doc, 0, len(doc.text))
    ['Jose Mourinho']
    """
    names = find_names(text)
    canon = Canon(names, text)
    if quoted:
        names = outside(names, quoted)
    doc = Context(text, sentence_starts(text), names, [nm.start for nm in names], canon, [], {})
    find_subjects(doc)
    return doc


def find_subjects(doc: Context) -> None:
    """Fill `doc.subjects` with each sentence's apparent subject, in text order. A subject
    found by name and verb (the costly rule, pure) waits as a placeholder until a lookup reaches
    it; the rules that resolve a phrase against earlier subjects run now, in text order.

    >>> from .quote_speakers import first_subject
    >>> doc = read_context("The City captain, Daniel Osei, who scored twice, paid tribute.")
    >>> doc.subjects
    [(0, '', '', '~pending')]
    >>> first_subject(doc, 0, len(doc.text)), doc.subjects
    ('Daniel Osei', [(18, 'Daniel Osei', '', 'person')])
    """
    text, names, starts, canon, subjects = doc.text, doc.names, doc.starts, doc.canon, doc.subjects
    # Names in sentence order: each sentence's first name index is the last one's end, so
    # one bisect per sentence (from there) finds its names.
    i = bisect.bisect_left(starts, doc.bounds[0]) if doc.bounds else 0
    for k, lo in enumerate(doc.bounds):
        hi = doc.bounds[k + 1] if k + 1 < len(doc.bounds) else len(text)
        j = bisect.bisect_left(starts, hi, i)
        first = _first_candidate(names, i, j)
        i = j
        lead = _LEAD_PRONOUN_RE.match(text, lo, min(hi, lo + 40))
        pron = lead.group(1).lower() if lead else ""
        at = lead.start(1) if lead else hi
        # A leading "it" is too often expletive ("It is thought") to name a subject.
        if pron and pron != "it" and (first is None or first.start > at):
            # Resolved when first asked for, so quotes attributed before it count too.
            subjects.append((lo, "", PRONOUN_ACCEPT[pron][1], pron))
            continue
        # "..., Mr Hensel said." at the end: the sentence reports that speaker.
        end = lo + len(text[lo:hi].rstrip())
        # The cue clause is short: only the sentence's last 200 characters can hold it.
        trail = None
        a = max(lo, end - 200)
        # The cue starts at a comma (or the text's start) and its verb follows the last comma
        # (no part of the cue after its verb holds one): cheap tests before the costly regex.
        comma = text.rfind(",", a, end)
        # Quotes earlier in the sentence are fine ("... the rules were "weighted
        # overwhelmingly" in favour, said Mr Clarke."): only the cue clause must have none, so
        # the cue starts after the last mark.
        mark = -1
        if (
            text[end - 1 : end] == "."
            and (comma >= 0 or a == 0)
            and VERB_RE.search(text, max(a, comma), end)
            and (mark := max(text.rfind(c, a, end) for c in '"“”')) < max(a, comma)
        ):
            trail = TRAIL_CUE_RE.search(text, max(a, mark + 1), end)
        phrase = trail and (trail.group("s1") or trail.group("s2") or "").strip().lower()
        if trail and phrase in PRONOUN_ACCEPT and not trail.group("v1"):
            # Resolved when first asked for: "..., he said." after an attributed quote.
            subjects.append((lo, "", PRONOUN_ACCEPT[phrase][1], phrase))
            continue
        if trail:
            name = trail_speaker(doc, trail, lo)
            if name:
                # At the cue, so it is newer than the speakers of quotes earlier in the sentence
                # (and a headline's source check reads "Tony Blair has said" there).
                at = trail.start("s1") if trail.group("v1") else trail.start("s2")
                # "..., a council spokeswoman said the repairs ...": a later "she" means her
                spokes = SPOKES_RE.search(phrase) if phrase else None
                if spokes:
                    gender = SPOKES_GENDER.get(spokes.group("g") or "", "")
                    subjects.append((at, name, gender, "spokes"))
                else:
                    subjects.append((at, name, canon.gender(name), canon.kind(name)))
                continue
        said = _SAID_FIRST_RE.match(text, lo, hi) if text.startswith("S", lo) else None
        name = resolve_phrase(doc, said.group("s"), lo) if said else ""
        if name:
            subjects.append((lo, name, canon.gender(name), canon.kind(name)))
            continue
        desc = _DESC_SUBJ_RE.match(text, lo, hi) if text[lo : lo + 1] in _DESC_LETTERS else None
        name = resolve_phrase(doc, desc.group("np"), lo) if desc else ""
        spokes = SPOKES_RE.search(desc.group("np")) if desc else None
        if desc and name and (spokes or canon.kind(name) == "org"):
            gender = SPOKES_GENDER.get(spokes.group("g") or "", "") if spokes else ""
            subjects.append((lo, name, gender, "spokes" if spokes else "org"))
            continue
        # Only "The ...", "But the ...", "And the ...", "However, the ..." can open a role subject.
        role = _ROLE_SUBJ_RE.match(text, lo, hi) if text[lo : lo + 4] in _ROLE_OPENERS else None
        if role:
            # Resolved when first asked for, like a pronoun: "the minister" may be a quote's
            # speaker attributed later.
            subjects.append((lo, role.group("np"), "", "role"))
            continue
        # "One guest, who asked not to be named, said": a person never named reports.
        unnamed = unnamed_subject(text, lo, hi) if text[lo : lo + 1] in _UNNAMED_OPENERS else None
        if unnamed is not None:
            subjects.append((lo, "", unnamed, UNNAMED))
            continue
        topic = _for_topic(doc, lo, hi) if text[lo : lo + 1] in "FB" else ""
        if topic:
            subjects.append((lo, topic, canon.gender(topic), "person"))
            continue
        if first is not None:
            subjects.append((lo, "", "", PENDING))
            doc.pending[lo] = hi


def _for_topic(doc: Context, lo: int, hi: int) -> str:
    """The person a sentence opens on with "For": "For Jupiter analyst Olivier Beauvillain,
    Yahoo's decision was an error." A later "he said" means him.

    >>> doc = read_context("For analyst Olivier Beauvillain, it was an error. Others agreed.")
    >>> _for_topic(doc, 0, 51)
    'Olivier Beauvillain'
    """
    m = _FOR_TOPIC_RE.match(doc.text, lo, hi)
    if m is None:
        return ""
    np = m.group("np")
    names = find_names(np)
    if not names or names[-1].end != len(np):
        return ""
    if any(w.lower() in SKIP_WORDS for w in np[: names[-1].start].split()):
        return ""  # "For example in West Ham, ...": a place in a phrase, no one's view
    name = doc.canon.resolve(names[-1].words)
    return name if doc.canon.kind(name) == "person" else ""


def _first_candidate(names: list[Name], i: int, j: int) -> Name | None:
    """The first non-possessive name among `names[i:j]` (a sentence's names): only whether
    there is one, and where, is asked, so no list of them is built."""
    for k in range(i, j):
        if not names[k].possessive:
            return names[k]
    return None
