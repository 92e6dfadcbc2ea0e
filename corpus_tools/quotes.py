"""Direct quotations in news text and who said them: offline rules over the raw text.

A quote is attributed speech inside “ ”, " ", ‘ ’ (or « ») of 3+ word tokens: 1-2 word scare
quotes and terms, and Title Case titles of works, are left out. Marks are paired per paragraph
(line); a straight " counts as opening when it follows a space and precedes a non-space. Single
marks are only speech marks at the top level, never inside a word (don’t, Russia’s).

A quote spanning paragraphs (British style: no closing mark, the next paragraph opens anew), or
BBC's run-together paragraphs (`...mongrel. "I don't...`), yields one quote per part, each ending
before the next opening mark, so the quote marks stay outside every span; the parts share a
speaker. Attribution, in order: a cue right after the quote (`,” said X`, `,” X said`); a cue
before it in its sentence (`X said: “`, `X told reporters “`, `according to X, “`); the previous
quote when only a paragraph break or nothing separates them; otherwise the subject of the
sentence before, or after. Pronouns and "the prime minister"-style phrases resolve to the latest
compatible named subject; partial names ("Mr Blair", "Peskov") to the fullest name in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .records import Quote

_VERBS = (
    "said|says|say|told|tells|tell|telling|added|adds|adding|asked|asks|explained|explains|warned|"
    "warns|insisted|insists|argued|argues|claimed|claims|stated|states|wrote|writes|tweeted|"
    "announced|announces|noted|notes|replied|replies|continued|saying|declared|"
    "admitted|admits|complained|stressed|insisting|warning|suggested|suggests|conceded|"
    "acknowledged|remarked|recalled|believes|thinks|accused|criticised|criticized|called|"
    "described|urged|commented|responded|predicted|promised|vowed|pledged|confirmed|denied|"
    "revealed|joked|concluded|pointed out|went on|(?i:according to)"
)
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b")
_CUE_AFTER_RE = re.compile(
    rf"^[\s,]*(?:(?P<v1>{_VERBS})\s+(?P<s1>[^.,;:!?\"“”]+)|(?P<s2>[^.,;:!?\"“”]{{1,80}}?)\s+(?:has\s+|had\s+|also\s+)?(?P<v2>{_VERBS})\b)"
)
# Lookbehinds after the punctuation, so they are only tried at a candidate boundary.
_SENT_END_RE = re.compile(
    r"[.!?](?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMrs\.)['\"’”)]*\s+|\n+"
)
_MARK_RE = re.compile("[\"“”«»„‘’']")
_MID_CAP_RE = re.compile(r"(?<=[a-z,] )[A-Z][\w&.\-]*\w")
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_CAP_TOKEN = r"(?:[A-Z][\w&.\-]*[\w]|[A-Z])(?:(?<=s)['’](?=[ \t]+[A-Z]))?"
# A possessive ends a run: "Manchester's Trafford Centre" is two names.
_NAME_RE = re.compile(rf"(?:{_CAP_TOKEN}[ \t]+)*{_CAP_TOKEN}(?:['’]s\b)?")
_PRONOUN_RE = re.compile(r"\b(?:he|she|they|it)\b", re.IGNORECASE)
_DEF_NP_RE = re.compile(r"\b(?:the|a|an)\s+(?:[\w\-']+\s+){0,3}?(?P<head>[a-z][\w\-]*)\s*$")
_SPOKES_FOR_RE = re.compile(r"\bspokes(?:man|woman|person)\s+for\s+(?P<org>.+)$")
_SPOKES_RE = re.compile(r"\bspokes(?:man|woman|person)\b")
_AFFIL_RE = re.compile(r"\b(?:of|at|for|from|with|in)\s+(?:the\s+)?$")
_FOLLOW_VERB_RE = re.compile(r"(?:\s*,[^,.;\"“”]{1,60},|\s*,)?\s+(?P<w>[a-z]+)")
_FOLLOW_CUE_RE = re.compile(
    rf"(?:\s*,[^.;\"“”]{{1,70}}?,?)?\s+(?:also\s+|then\s+|later\s+)?"
    rf"(?:{_VERBS})\b"
)
_LEAD_PRONOUN_RE = re.compile(
    r"\W*(?:(?:and|but|so|yet|then|now|later|also)\s+)?(he|she|they|it)\b", re.IGNORECASE
)
_PARTICIPLES = frozenset("saying telling adding insisting warning".split())
_ORG_HEADS = frozenset(
    "firm company group retailer carmaker maker monopoly bank business chain giant operator "
    "regulator watchdog union association government ministry department council board agency "
    "club organisation organization charity party airline insurer supermarket broadcaster".split()
)
_NOT_VERB = frozenset(
    "in of on at for from with by to and or the a an as into over after before during about "
    "than that which who whose where when while".split()
)
_TITLES = frozenset(
    "mr mrs ms miss dr prof professor president prime minister secretary chancellor chairman "
    "chairwoman chief executive director spokesman spokeswoman spokesperson senator governor "
    "mayor deputy shadow leader foreign home environment transport business finance health "
    "justice defence defense education culture trade interior economy energy constitutional "
    "affairs senior general judge king queen prince princess pope commissioner ambassador rev "
    "captain colonel attorney kremlin us uk eu un labour tory conservative liberal democrat "
    "russian ukrainian american british french german chinese former then new vice".split()
)
_HONORIFIC_GENDER = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "baroness": "f",
}
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_ORG_WORDS = frozenset(
    "association centre center forum council group party union ltd inc plc office ministry "
    "department commission committee bank agency authority company corporation trust society "
    "network times news post bbc itv cnn records festival journal club school university court "
    "church fund federation league institute foundation service services division programme "
    "kremlin".split()
)
_SKIP_WORDS = frozenset(
    "the a an but and or in on at for of to as if when while after before with by from so yet "
    "this that these those there here it its he she they we i you his her their our my speaking "
    "commenting asked meanwhile however although though now then also later earlier last "
    "next on monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december".split()
)
_TITLE_SMALL = frozenset("the of and a an in on to for at with from by or".split())
_OPEN_ALWAYS = "“«„"
_CLOSE_ALWAYS = "”»"


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    closed: bool  # False: ended by a paragraph end or by the next opening mark


@dataclass(slots=True)
class _Name:
    start: int
    end: int
    words: tuple[str, ...]
    possessive: bool


def extract_quotes(text: str, *, start: int = 0) -> list[Quote]:
    """Find the direct quotes in `text[start:]`, with offsets into `text` and speakers.

    >>> doc = "Kremlin spokesperson Dmitry Peskov spoke on Friday. “Putin is ready,” Peskov said."
    >>> [(q.text, q.speaker, q.cue) for q in extract_quotes(doc)]
    [('Putin is ready,', 'Dmitry Peskov', 'said')]
    """
    paired = _pair_marks(text, 0)
    if start > 0:
        paired_from = _pair_marks(text, start)
    else:
        paired_from = paired
    raws = [r for r in paired_from if _is_speech(text, r)]
    if not raws:
        return []
    names = _find_names(text)
    canon = _Canon(names, text)
    bounds = _sentence_starts(text)
    inside = [(r.start, r.end) for r in paired]
    names = [nm for nm in names if not _within(inside, nm.start)]
    subjects = _sentence_subjects(text, bounds, names, canon)
    quotes: list[Quote] = []
    for i, raw in enumerate(raws):
        prev = quotes[-1] if quotes else None
        prev_raw = raws[i - 1] if i else None
        speaker, cue = _attribute(text, raw, prev, prev_raw, bounds, names, canon, subjects)
        quotes.append(Quote(raw.start, raw.end, text[raw.start : raw.end], speaker, cue))
        if speaker:
            # A quote's speaker is the newest candidate for a later "he said".
            bisect.insort(subjects, (raw.start, speaker, canon.gender(speaker)))
    return quotes


def _pair_marks(text: str, start: int) -> list[_Raw]:
    """Pair opening and closing marks paragraph by paragraph (see the module docstring)."""
    raws: list[_Raw] = []
    pos = max(0, min(start, len(text)))
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        raws.extend(_pair_paragraph(text, pos, end))
        pos = end + 1
    return raws


def _pair_paragraph(text: str, lo: int, hi: int) -> list[_Raw]:
    out: list[_Raw] = []
    open_at = -1
    kind = ""  # "d" double or "s" single
    for mark in _MARK_RE.finditer(text, lo, hi):
        i = mark.start()
        ch = mark.group()
        before = text[i - 1] if i > lo else " "
        after = text[i + 1] if i + 1 < hi else " "
        opens = before.isspace() or before in "([{—–-:/" or i == lo
        opens = opens and not after.isspace()
        closes = not before.isspace()
        if ch in '"“”«»„':
            if open_at >= 0 and kind == "d":
                if ch in _OPEN_ALWAYS or (ch == '"' and opens and not closes):
                    out.append(_Raw(open_at, _rstrip(text, open_at, i), False))
                    open_at = i + 1
                elif ch in _CLOSE_ALWAYS or ch == '"':
                    out.append(_Raw(open_at, i, True))
                    open_at = -1
            elif open_at < 0 and (ch in _OPEN_ALWAYS or (ch == '"' and opens)):
                open_at, kind = i + 1, "d"
        elif open_at < 0:
            if (ch == "‘" or ch == "'") and opens and not before.isalnum():
                open_at, kind = i + 1, "s"
        elif kind == "s" and ch in "’'" and closes and not after.isalnum():
            out.append(_Raw(open_at, i, True))
            open_at = -1
    if open_at >= 0 and kind == "d":
        out.append(_Raw(open_at, _rstrip(text, open_at, hi), False))
    return [r for r in out if r.end > r.start]


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _is_speech(text: str, raw: _Raw) -> bool:
    """3+ words, and not a Title Case title such as “Connecting the North”."""
    words = _WORD_RE.findall(text, raw.start, raw.end)
    if len(words) < 3:
        return False
    inner = text[raw.start : raw.end].rstrip()
    if len(words) <= 6 and inner[-1:] not in ".?!,":
        if all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL for w in words):
            return False
    return True


def _find_names(text: str) -> list[_Name]:
    names = []
    for m in _NAME_RE.finditer(text):
        toks = m.group().split()
        possessive = toks[-1].endswith(("'s", "’s"))
        if possessive:
            toks[-1] = toks[-1][:-2]
        skip = 0
        while skip < len(toks) and toks[skip].lower() in _SKIP_WORDS:
            skip += 1
        if skip == len(toks):
            continue
        s = m.start()
        if skip:
            # Offset of the first kept token: the skipped ones are joined by blanks.
            group = m.group()
            pos = 0
            for tok in toks[:skip]:
                pos = group.index(tok, pos) + len(tok)
            s += group.index(toks[skip], pos)
        names.append(_Name(s, m.end(), tuple(toks[skip:]), possessive))
    return names


def _strip_titles(words: tuple[str, ...]) -> tuple[str, ...]:
    i = 0
    while i < len(words) - 1 and words[i].lower().rstrip(".") in _TITLES:
        i += 1
    return words[i:]


class _Canon:
    """Maps a mention ("Mr Blair", "Peskov") to the fullest name in the document."""

    lower: set[str]
    mid_caps: set[str]

    def __init__(self, names: list[_Name], text: str = "") -> None:
        self.full: dict[str, tuple[str, ...]] = {}
        self.genders: dict[str, str] = {}
        self.lower = lower = set(_LOWER_WORD_RE.findall(text))
        self.mid_caps = set(_MID_CAP_RE.findall(text))
        for nm in names:
            words = _strip_titles(nm.words)
            # Headline-case role words ("Mogul Wilson" when the text says "the music mogul").
            while len(words) > 1 and words[0].lower() in lower:
                words = words[1:]
            last = words[-1]
            best = self.full.get(last)
            if best is None or len(words) > len(best) and len(words) <= 3:
                self.full[last] = words
        for nm in names:
            g = _HONORIFIC_GENDER.get(nm.words[0].lower().rstrip("."))
            if g and len(nm.words) > 1:
                self.genders.setdefault(self.resolve(nm.words), g)

    def resolve(self, words: tuple[str, ...]) -> str:
        words = _strip_titles(words)
        if words and words[0].lower().rstrip(".") in ("mr", "mrs", "ms", "miss", "dr"):
            words = words[1:]
        if not words:
            return ""
        full = self.full.get(words[-1], words)
        if len(full) < len(words) or full[-len(words) :] != words:
            full = words
        return " ".join(full)

    def gender(self, name: str) -> str:
        return self.genders.get(name, "")


def _is_person(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[-1].lower() not in _ORG_WORDS


def _sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENT_END_RE.finditer(text)]


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, len(spans) + 1 << 40)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _sentence_subjects(
    text: str, bounds: list[int], names: list[_Name], canon: _Canon
) -> list[tuple[int, str, str]]:
    """(offset, resolved name, gender) of each sentence's apparent subject, in text order.

    The subject is a leading he/she/it/they (resolved), else a name followed by a speech verb or
    auxiliary, else the first name followed by a lower-case non-preposition word.
    """
    subjects: list[tuple[int, str, str]] = []
    starts = [nm.start for nm in names]
    for k, lo in enumerate(bounds):
        hi = bounds[k + 1] if k + 1 < len(bounds) else len(text)
        cands = [
            nm
            for nm in names[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
            if not nm.possessive
        ]
        lead = _LEAD_PRONOUN_RE.match(text, lo, min(hi, lo + 40))
        if lead and (not cands or cands[0].start > lead.start(1)):
            low = lead.group(1).lower()
            name = _latest_subject(
                subjects, lo, person=low in _PRONOUN_GENDER, gender=_PRONOUN_GENDER.get(low, "")
            )
            if name:
                subjects.append((lo, name, canon.gender(name)))
            continue
        # "Sarah Beck of Investec", "in the Radio Times": affiliations, not subjects.
        cands = [nm for nm in cands if not _AFFIL_RE.search(text, max(lo, nm.start - 12), nm.start)]
        cands = [nm for nm in cands if _plausible(text, nm, lo, canon)]
        pick = next((nm for nm in cands if _FOLLOW_CUE_RE.match(text, nm.end)), None)
        if pick is None:
            for nm in cands:
                m = _FOLLOW_VERB_RE.match(text, nm.end)
                if m and m.group("w") not in _NOT_VERB:
                    pick = nm
                    break
        if pick is not None:
            name = canon.resolve(pick.words)
            subjects.append((pick.start, name, canon.gender(name)))
    return subjects


def _plausible(text: str, nm: _Name, lo: int, canon: _Canon) -> bool:
    """A lone capitalised word opening a sentence ("Analysts were") is a name only if it is an
    acronym, part of a longer name, or also capitalised mid-sentence somewhere."""
    if nm.start != lo or len(nm.words) > 1:
        return True
    word = nm.words[0]
    if word.lower() in canon.lower:  # "Festival director steps down": a common word
        return False
    if word.isupper() or canon.resolve(nm.words) != word:
        return True
    return word in canon.mid_caps


def _latest_subject(
    subjects: list[tuple[int, str, str]],
    pos: int,
    *,
    person: bool,
    gender: str = "",
    org: bool = False,
) -> str:
    i = bisect.bisect_left(subjects, (pos, "", ""))
    for _, name, g in reversed(subjects[max(0, i - 12) : i]):
        if (person and not _is_person(name)) or (org and _is_person(name)):
            continue
        if gender and g and g != gender:
            continue
        return name
    return ""


def _resolve_phrase(
    phrase: str,
    pos: int,
    canon: _Canon,
    subjects: list[tuple[int, str, str]],
    *,
    inverted: bool = False,
) -> str:
    """A speaker phrase ("chief executive Anna Lindqvist", "he", "the prime minister") to a name.

    `inverted`: the phrase follows its verb (`said X`), so its first name is the speaker;
    otherwise the last one is ("BT chief executive Ben Verwaayen").
    """
    phrase = phrase.strip(" ,")
    low = phrase.lower()
    if low in _PRONOUN_GENDER or low == "they" or low == "it":
        return _latest_subject(
            subjects, pos, person=low in _PRONOUN_GENDER, gender=_PRONOUN_GENDER.get(low, "")
        )
    m = _SPOKES_FOR_RE.search(phrase)
    if m:
        phrase, inverted = m.group("org"), True
    head = re.search(r"\b([a-z][\w\-]*)\s*$", phrase)
    if head and low.startswith("the ") and not _SPOKES_RE.search(low):
        # "the prime minister", "the Two Ronnies star", "the former monopoly"
        is_org = head.group(1) in _ORG_HEADS
        return _latest_subject(subjects, pos, person=not is_org, org=is_org)
    found = [nm for nm in _find_names(phrase) if not nm.possessive]
    # "Sarah Beck of Investec": a name after a preposition is an affiliation, not the speaker.
    main = [nm for nm in found if not _AFFIL_RE.search(phrase, 0, nm.start)] or found
    if main:
        name = canon.resolve((main[0] if inverted else main[-1]).words)
        if name.lower() not in _SKIP_WORDS:
            return name
    if re.match(r"(?:a|an|the)\s+spokes", low):
        org = _latest_subject(subjects, pos, person=False)
        return "" if _is_person(org) else org
    return ""


def _attribute(
    text: str,
    raw: _Raw,
    prev: Quote | None,
    prev_raw: _Raw | None,
    bounds: list[int],
    names: list[_Name],
    canon: _Canon,
    subjects: list[tuple[int, str, str]],
) -> tuple[str, str]:
    close = raw.end + 1 if raw.closed else raw.end
    inner_end = text[raw.start : raw.end].rstrip()[-1:]
    tail = text[close : close + 120].split("\n", 1)[0]
    # `,” said X` / `,” X said`: only when the quote does not end its sentence.
    if inner_end in ",?!" or tail.startswith(","):
        m = _CUE_AFTER_RE.match(tail)
        if m:
            phrase, verb = (
                (m.group("s1"), m.group("v1")) if m.group("v1") else (m.group("s2"), m.group("v2"))
            )
            speaker = _resolve_phrase(phrase, close, canon, subjects, inverted=bool(m.group("v1")))
            if speaker or m.group("v1") is None:
                return speaker, verb
    # `X said: “` / `X told the BBC “` / `according to X, “` in the same sentence.
    k = bisect.bisect_right(bounds, raw.start - 1) - 1
    lo = max(bounds[k], prev_raw.end + 1 if prev_raw else 0)
    before = text[lo : raw.start - 1]
    cues = list(_VERB_RE.finditer(before))
    if cues:
        cue = cues[-1]
        if cue.group().lower() == "according to":
            phrase = re.split(r"[,:]", before[cue.end() :], maxsplit=1)[0]
            return _resolve_phrase(phrase, raw.start, canon, subjects), "according to"
        head = before[: cue.start()]
        head = re.sub(r"\s+(?:has|had|have|also|then|later|previously|would|will)\s*$", "", head)
        speaker = ""
        if cue.group() not in _PARTICIPLES:
            speaker = _subject_of(_speaker_segment(head), lo + len(head), canon, subjects)
        speaker = speaker or _first_subject(subjects, bounds[k], raw.start)
        if speaker:
            return speaker, cue.group()
    elif before.strip():
        # A partial quote inside narration ("Corbett goes on to criticise “...”").
        speaker = _first_subject(subjects, bounds[k], raw.start)
        if speaker:
            return speaker, ""
    if before.strip(" -—–") == "" and prev is not None and prev_raw is not None:
        gap = text[prev_raw.end : raw.start]
        if len(gap) <= 4 or (not raw.closed or not prev_raw.closed) and "\n" in gap[:3]:
            return prev.speaker, ""
    if before.strip() == "":
        # Adjacency: a lone quote takes the subject of the sentence before (or the previous
        # quote's speaker when that sentence held it), else the one after.
        s_before = bounds[k - 1] if k > 0 else 0
        if prev is not None and prev_raw is not None and prev_raw.end >= s_before:
            return prev.speaker, ""
        speaker = _first_subject(subjects, s_before, raw.start)
        if not speaker:
            k2 = bisect.bisect_right(bounds, raw.end + 1)
            if k2 < len(bounds):
                nxt = bounds[k2 + 1] if k2 + 1 < len(bounds) else len(text)
                speaker = _first_subject(subjects, bounds[k2], nxt)
        return speaker, ""
    return "", ""


def _speaker_segment(head: str) -> str:
    """The comma-separated part of `head` naming the speaker, skipping a trailing appositive.

    >>> _speaker_segment("John Ison, from the controversial group Fathers 4 Justice, ")
    'John Ison'
    """
    parts = [p.strip() for p in re.split(r"[,;(]", head)]
    parts = [p for p in parts if p]
    if not parts:
        return ""
    if len(parts) > 1 and parts[-1][:1].islower() and _NAME_RE.search(parts[-2]):
        if not _PRONOUN_RE.fullmatch(parts[-1]):
            return parts[-2]
    return parts[-1]


def _subject_of(phrase: str, pos: int, canon: _Canon, subjects: list[tuple[int, str, str]]) -> str:
    phrase = phrase.strip()
    pron = list(_PRONOUN_RE.finditer(phrase))
    found = [nm for nm in _find_names(phrase) if not nm.possessive]
    if (
        pron
        and (not found or pron[-1].start() > found[-1].start)
        and phrase.endswith(pron[-1].group())
    ):
        return _resolve_phrase(pron[-1].group(), pos, canon, subjects)
    if found:
        return _resolve_phrase(phrase, pos, canon, subjects)
    if pron:
        return _resolve_phrase(pron[0].group(), pos, canon, subjects)
    return _resolve_phrase(phrase, pos, canon, subjects)


def _first_subject(subjects: list[tuple[int, str, str]], lo: int, hi: int) -> str:
    i = bisect.bisect_left(subjects, (lo, "", ""))
    if i < len(subjects) and subjects[i][0] < hi:
        return subjects[i][1]
    return ""
