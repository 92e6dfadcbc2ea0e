"""Direct quotations in news text and who said them: offline rules over the raw text.

A quote is attributed speech inside “ ”, " ", ‘ ’ (or « ») of 3+ word tokens: 1-2 word scare
quotes, quoted terms and Title Case titles of works are left out (`quote_marks`).

Attribution, in order: a cue right after the quote (`,” said X`, `,” X said`, `,” the Tories
have warned`); a cue before it in its sentence (`X said: “`, `X told reporters “`, `according to
X, “`); a cue closing its sentence (`... “partial quote” and more, Ms Short said.`); the previous
quote when only a paragraph break or nothing separates them; otherwise the subject of the
sentence before, or after. Each sentence's subject is a name followed by a verb ("Southcorp
chairman Brian Finn said" gives Brian Finn), an appositive ("The City captain, Daniel Osei, who
scored twice, paid"), a resolved pronoun, or a described speaker ("A spokesperson for the GMB
union said", "The company said"). He/she resolve to the latest compatible person or
spokesperson, "it" to the latest organisation, "the agency" to the latest name ending in Agency
(else the latest organisation); names resolve to the fullest form in the text (`quote_names`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .quote_marks import MarkedSpan, is_speech, pair_marks
from .quote_names import SKIP_WORDS, Canon, Name, find_names
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
_AUX = "is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does"
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b")
# After these the next name is the listener or target, not the speaker: `, told Reuters.`
_NOT_INVERTED = frozenset(
    "told tells tell telling asked asks accused criticised criticized called described urged "
    "saying adding insisting warning".split()
)
_CUE_AFTER_RE = re.compile(
    rf"^[\s,]*(?:(?P<v1>{_VERBS})\s+(?P<s1>[^.,;:!?\"“”]+)|(?P<s2>[^.,;:!?\"“”]{{1,80}}?)\s+"
    rf"(?:(?:has|have|had|also)\s+)*(?P<v2>{_VERBS})\b)"
)
# A cue closing the quote's sentence: `... and India had its own problems, Ms Short said.`
_TRAIL_CUE_RE = re.compile(
    rf"(?:^|,)\s*(?:(?P<v1>{_VERBS})\s+(?P<s1>[^.,;:!?\"“”]{{1,60}})|(?P<s2>[^.,;:!?\"“”]{{1,60}}?)"
    rf"(?:,[^.;:!?\"“”]{{1,80}},)?\s+(?:(?:has|have|had|also)\s+)*(?P<v2>{_VERBS})"
    rf"(?:\s+(?:BBC|Reuters|[a-z]+)(?:[ \t]+[\w’']+){{0,4}})?)\s*[.!?]?\s*$"
)
# Lookbehinds after the punctuation, so they are only tried at a candidate boundary; a
# lower-case word next (`?" said Calder`) continues the sentence.
_SENT_END_RE = re.compile(
    r"[.!?](?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMrs\.)['\"’”)]*\s+(?![\sa-z])|\n+"
)
_PRONOUN_RE = re.compile(r"\b(?:he|she|they|it)\b", re.IGNORECASE)
_SPOKES_RE = re.compile(r"\bspokes(man|woman|person)\b")
_SPOKES_GENDER = {"man": "m", "woman": "f"}
_SPOKES_TAIL_RE = re.compile(r"\bspokes(?P<g>man|woman|person)(?:\s+for\s+(?P<org>.+))?\s*$")
# "Sarah Beck of Investec", "advice to Mills": a name after a preposition is not the subject.
_AFFIL_RE = re.compile(
    r"\b(?:of|at|for|from|with|in|to|by|on|about|against|than|into)\s+(?:the\s+)?$"
)
_TIME = r"(?:\s+(?:on\s+)?(?:[MTWFS][a-z]+day|yesterday|today|also|then|later|now))?"
# "Gerrard, who fired Liverpool into the last 16 ..., insisted": a relative clause before the verb.
_RELATIVE = r"\s*,\s*(?:who|whose|which)\b(?:[^.;\"“”]|\.(?=\d)){1,160}?,"
_FOLLOW_VERB_RE = re.compile(
    rf"(?:{_RELATIVE}|\s*,[^,.;\"“”]{{1,60}},|\s*,)?{_TIME}(?:\s+[a-z]+ly)?\s+(?P<w>[a-z]+)"
)
_FOLLOW_CUE_RE = re.compile(
    rf"(?:{_RELATIVE}|\s*,(?:[^.;\"“”]|\.(?=\d)){{1,70}}?,?)?{_TIME}"
    rf"\s+(?:also\s+|then\s+|later\s+)?(?:{_VERBS})\b"
)
_LEAD_PRONOUN_RE = re.compile(
    r"\W*(?:(?:and|but|so|yet|then|now|later|also)\s+)?(he|she|they|it)\b", re.IGNORECASE
)
_ROLE_GAP_RE = re.compile(r"(?:[ \t]+[a-z][\w\-]*){1,4}[ \t]+")
_SAID_FIRST_RE = re.compile(r"(?:Said|Added|Says|Adds)\s+(?P<s>[^.:;\"“”]{1,80}?)\s*:")
# "the director", "the Delta subsidiary": a description ending in a common noun.
_DESCRIPTION_RE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w&.\-]*\s+)*[a-z]")
_PREP_SPLIT_RE = re.compile(r"\s+(?:behind|of|at|for|from|with|in|on|who|which|whose)\s+")
_RELATIVE_HEAD_RE = re.compile(r"(?:which|who|whom|that)\s+(.+)$")
_GAP_CHARS = " \t\n\"“”«»„‘’'"
_PARTICIPLES = frozenset("saying telling adding insisting warning".split())
_ORG_HEADS = (
    "firm company group retailer carmaker maker monopoly bank business chain giant operator "
    "regulator watchdog union association government ministry department council board agency "
    "club organisation organization charity party airline insurer supermarket broadcaster "
    "band team side label studio authority commission committee office brewer chipmaker "
    "police force"
)
_ORG_HEAD_SET = frozenset(_ORG_HEADS.split())
_NAMED_ONLY = frozenset("government ministry department council police force court".split())
_ORG_ALT = "|".join(_ORG_HEADS.split())
_DESC_SUBJ_RE = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd|[Hh]owever,?)\s+)?(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w\-'’&.]+\s+){0,4}?"
    rf"(?:spokes(?:man|woman|person)(?:\s+for\s+[\w\-'’&. ]{{1,50}}?)?|(?:{_ORG_ALT})))"
    rf"(?:\s*,[^,.;]{{1,60}},)?{_TIME}\s+(?:{_AUX}|{_VERBS}|[a-z]+ed)\b"
)
_NOT_VERB = frozenset(
    "in of on at for from with by to and or the a an as into over after before during about "
    "than that which who whose where when while".split()
)
_AUX_SET = frozenset(_AUX.split("|"))
_IRREGULAR = frozenset(
    "told said met left made took gave went came saw thought felt kept won lost led put set hit "
    "cut ran began became spent paid sent built held brought found knew got sold bought fell "
    "rose wrote spoke stood".split()
)
_PRONOUN_ACCEPT = {
    "he": (("person", "spokes"), "m"),
    "she": (("person", "spokes"), "f"),
    "it": (("org", "spokes"), ""),
    "they": (("person", "org", "spokes"), ""),
}

# After a short quoted phrase, a word that carries the sentence on (a preposition, a verb, a
# pronoun...). Any other lower-case word means the phrase modifies a noun: 'chip and pin' cards.
_CARRY_ON = frozenset(
    "a an the and or but nor so yet as at by for from in into of on onto over to under with "
    "without about against among between than that which who whom whose where when while "
    "because since if unless until after before during despite though although whereas "
    "he she it they we you i his her its their this these those there here is are was were "
    "be been being has have had will would can could may might must should shall do does did "
    "not also then now yet still today yesterday tonight recently earlier later instead "
    "said says added told warned insisted claimed argued admitted according through throughout "
    "whether last next ahead back across around behind beyond within upon towards toward amid "
    "per via".split()
)
_SPEECH_OPENERS = frozenset(
    "i i'm i’m we you he she they will would can could must should may might is are was were "
    "has have had do does did not never no".split()
)
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")

# (offset, resolved name, gender, kind) of each sentence subject and quote speaker.
Subject = tuple[int, str, str, str]


@dataclass(slots=True)
class _Doc:
    text: str
    bounds: list[int]
    names: list[Name]
    starts: list[int]  # of names
    canon: Canon
    subjects: list[Subject]
    pronouns: dict[int, str]  # sentence offset -> referent of its leading he/she/they


def extract_quotes(text: str, *, start: int = 0) -> list[Quote]:
    """Find the direct quotes in `text[start:]`, with offsets into `text` and speakers.

    >>> doc = "Kremlin spokesperson Dmitry Peskov spoke on Friday. “Putin is ready,” Peskov said."
    >>> [(q.text, q.speaker, q.cue) for q in extract_quotes(doc)]
    [('Putin is ready,', 'Dmitry Peskov', 'said')]
    """
    paired = pair_marks(text)
    paired_from = pair_marks(text, start=start) if start > 0 else paired
    raws = [r for r in paired_from if is_speech(text, r)]
    if not raws:
        return []
    bounds = _sentence_starts(text)
    raws = [r for r in raws if not _is_term(text, r, bounds)]
    names = find_names(text)
    canon = Canon(names, text)
    inside = [(r.start, r.end) for r in paired]
    names = [nm for nm in names if not _within(inside, nm.start)]
    doc = _Doc(text, bounds, names, [nm.start for nm in names], canon, [], {})
    _find_subjects(doc)
    quotes: list[Quote] = []
    for i, raw in enumerate(raws):
        prev = quotes[-1] if quotes else None
        prev_raw = raws[i - 1] if i else None
        speaker, cue = _attribute(doc, raw, prev, prev_raw)
        quotes.append(Quote(raw.start, raw.end, text[raw.start : raw.end], speaker, cue))
        if speaker:
            # A quote's speaker is the newest candidate for a later "he said".
            entry = (raw.start, speaker, canon.gender(speaker), canon.kind(speaker))
            bisect.insort(doc.subjects, entry)
    return quotes


def _sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENT_END_RE.finditer(text)]


def _is_term(text: str, raw: MarkedSpan, bounds: list[int]) -> bool:
    """A short quoted phrase modifying the next noun, with no speech cue in its sentence.

    >>> text = "The introduction of 'chip and pin' cards has tightened security."
    >>> _is_term(text, pair_marks(text)[0], _sentence_starts(text))
    True
    """
    inner = text[raw.start : raw.end]
    if not raw.closed or inner[-1:] in ".?!,;:" or len(inner.split()) > 4:
        return False
    if inner.split()[0].lower() in _SPEECH_OPENERS:  # "Abbas 'will not tolerate' attacks"
        return False
    nxt = _NEXT_WORD_RE.match(text, raw.end + 1)
    if not nxt or nxt.group(1) in _CARRY_ON or nxt.group(1).endswith(("ly", "ed")):
        return False
    # "promised a “firm but fair” policy": a partial quote, attributed in its sentence.
    k = bisect.bisect_right(bounds, raw.start) - 1
    k_end = bisect.bisect_right(bounds, raw.end)
    end = bounds[k_end] if k_end < len(bounds) else len(text)
    return not (_VERB_RE.search(text, bounds[k], raw.start) or _VERB_RE.search(text, raw.end, end))


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, len(spans) + 1 << 40)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _looks_verb(word: str) -> bool:
    if word in _AUX_SET or word in _IRREGULAR or word.endswith("ed") or _VERB_RE.fullmatch(word):
        return True
    if len(word) > 4 and word.endswith("ing"):  # "Mr Howard hypnotising people, saying:"
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _drop_modifiers(text: str, names: list[Name]) -> list[Name]:
    """Drop a name that only qualifies the next one: "Southcorp chairman Brian Finn"."""
    out = []
    for i, a in enumerate(names):
        b = names[i + 1] if i + 1 < len(names) else None
        gap = _ROLE_GAP_RE.fullmatch(text, a.end, b.start) if b and not a.possessive else None
        words = gap.group().split() if gap else []
        # "US coach Patrick McEnroe" but not "Patrick McEnroe wants Roddick".
        if (
            words
            and not _looks_verb(words[-1])
            and not any(
                w in _NOT_VERB or w in _AUX_SET or w in _IRREGULAR or w.endswith("ed")
                for w in words
            )
        ):
            continue
        out.append(a)
    return out


def _find_subjects(doc: _Doc) -> None:
    """Fill `doc.subjects` with each sentence's apparent subject, in text order."""
    text, names, starts, canon, subjects = doc.text, doc.names, doc.starts, doc.canon, doc.subjects
    for k, lo in enumerate(doc.bounds):
        hi = doc.bounds[k + 1] if k + 1 < len(doc.bounds) else len(text)
        cands = [
            nm
            for nm in names[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
            if not nm.possessive
        ]
        lead = _LEAD_PRONOUN_RE.match(text, lo, min(hi, lo + 40))
        pron = lead.group(1).lower() if lead else ""
        # A leading "it" is too often expletive ("It is thought") to name a subject.
        if pron and pron != "it" and (not cands or cands[0].start > lead.start(1)):
            # Resolved when first asked for, so quotes attributed before it count too.
            subjects.append((lo, "", _PRONOUN_ACCEPT[pron][1], pron))
            continue
        # "..., Mr Hensel said." at the end: the sentence reports that speaker.
        end = _rstrip_pos(text, lo, hi)
        # The cue clause is short: only the sentence's last 200 characters can hold it.
        trail = None
        if text[end - 1 : end] == "." and not any(c in text[lo:hi] for c in '"“”'):
            trail = _TRAIL_CUE_RE.search(text, max(lo, end - 200), end)
        if trail:
            name = _trail_speaker(doc, trail, lo)
            if name:
                subjects.append((lo, name, canon.gender(name), canon.kind(name)))
                continue
        said = _SAID_FIRST_RE.match(text, lo, hi)
        name = _resolve_phrase(doc, said.group("s"), lo) if said else ""
        if name:
            subjects.append((lo, name, canon.gender(name), canon.kind(name)))
            continue
        desc = _DESC_SUBJ_RE.match(text, lo, hi)
        name = _resolve_phrase(doc, desc.group("np"), lo) if desc else ""
        spokes = _SPOKES_RE.search(desc.group("np")) if desc else None
        if desc and name and (spokes or canon.kind(name) == "org"):
            gender = _SPOKES_GENDER.get(spokes.group(1), "") if spokes else ""
            subjects.append((lo, name, gender, "spokes" if spokes else "org"))
            continue
        cands = [nm for nm in cands if not _AFFIL_RE.search(text, max(lo, nm.start - 12), nm.start)]
        cands = [nm for nm in _drop_modifiers(text, cands) if _plausible(text, nm, lo, canon)]
        pick = next((nm for nm in cands if _FOLLOW_CUE_RE.match(text, nm.end)), None)
        # A name then a verb-like word; failing that, then any word but a preposition.
        for strict in (True, False):
            for nm in cands if pick is None else ():
                m = _FOLLOW_VERB_RE.match(text, nm.end)
                w = m.group("w") if m else "in"
                if _looks_verb(w) if strict else w not in _NOT_VERB:
                    pick = nm
                    break
        if pick is not None:
            name = canon.resolve(pick.words)
            subjects.append((pick.start, name, canon.gender(name), canon.kind(name)))


def _plausible(text: str, nm: Name, lo: int, canon: Canon) -> bool:
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


def _latest(doc: _Doc, pos: int, accept: tuple[str, ...], gender: str = "") -> str:
    """The latest subject before `pos` of an accepted kind and compatible gender."""
    subjects = doc.subjects
    i = bisect.bisect_left(subjects, (pos,))
    for entry in reversed(subjects[max(0, i - 12) : i]):
        _, name, g, kind = _resolved(doc, entry)
        if name and kind in accept and not (gender and g and g != gender):
            return name
    return ""


def _resolved(doc: _Doc, entry: Subject) -> Subject:
    """A subject entry with a leading pronoun ("He added: ...") resolved to its referent."""
    pos, name, gender, kind = entry
    if kind not in _PRONOUN_ACCEPT:
        return entry
    if pos not in doc.pronouns:
        doc.pronouns[pos] = _latest(doc, pos, *_PRONOUN_ACCEPT[kind])
    name = doc.pronouns[pos]
    return pos, name, doc.canon.gender(name) or gender, doc.canon.kind(name)


def _latest_named(doc: _Doc, pos: int, head: str) -> str:
    """The latest organisation before `pos` whose name ends in `head` ("the agency")."""
    i = bisect.bisect_left(doc.starts, pos)
    for nm in reversed(doc.names[max(0, i - 40) : i]):
        if nm.words[-1].lower() == head:
            name = doc.canon.resolve(nm.words)
            if doc.canon.kind(name) == "org":
                return name
    return ""


def _resolve_phrase(doc: _Doc, phrase: str, pos: int, *, inverted: bool = False) -> str:
    """A speaker phrase ("chief executive Anna Lindqvist", "he", "the agency") to a name.

    `inverted`: the phrase follows its verb (`said X`), so its first name is the speaker;
    otherwise the last one is ("BT chief executive Ben Verwaayen").
    """
    phrase = phrase.strip(" ,")
    low = phrase.lower()
    if low in _PRONOUN_ACCEPT:
        accept, gender = _PRONOUN_ACCEPT[low]
        return _latest(doc, pos, accept, gender)
    spokes = _SPOKES_TAIL_RE.search(phrase)
    if spokes and spokes.group("org"):  # "a spokesperson for the GMB union"
        return _resolve_phrase(doc, spokes.group("org"), pos)
    if not spokes and _DESCRIPTION_RE.match(phrase):  # "the director behind JFK"
        phrase = _PREP_SPLIT_RE.split(phrase, maxsplit=1)[0]
        low = phrase.lower()
    if spokes:  # "An REM spokesman", "the band's spokeswoman", "the spokesperson"
        phrase = phrase[: spokes.start()].strip()
        low = phrase.lower()
        named = find_names(phrase)
        if named and named[-1].words[-1].lower() not in SKIP_WORDS:
            return doc.canon.resolve(named[-1].words)
        head = re.search(r"([a-z][\w\-]*?)(?:['’]s)?\s*$", phrase)
        if head and head.group(1) in _ORG_HEAD_SET:
            return _latest_named(doc, pos, head.group(1)) or _latest(doc, pos, ("org", "spokes"))
        # A bare "the spokesman" speaks for the organisation in the news just before.
        latest = _latest(doc, pos, ("person", "org", "spokes"))
        return "" if latest and doc.canon.kind(latest) == "person" else latest
    found = [nm for nm in find_names(phrase) if not nm.possessive]
    # "Sarah Beck of Investec": a name after a preposition is an affiliation, not the speaker.
    main = _drop_modifiers(
        phrase, [nm for nm in found if not _AFFIL_RE.search(phrase, 0, nm.start)] or found
    )
    head = re.search(r"\b([a-z][\w\-]*)\s*$", phrase)
    if head and low.startswith(("the ", "a ", "an ")):
        # "the prime minister", "the Two Ronnies star", "the agency", "the GMB union"
        if head.group(1) not in _ORG_HEAD_SET:
            return _latest(doc, pos, ("person",))
        if main:
            return doc.canon.resolve(main[-1].words)
        named = _latest_named(doc, pos, head.group(1))
        # "the government", "the police": only a body named so in the text, never a company.
        if named or head.group(1) in _NAMED_ONLY:
            return named
        return _latest(doc, pos, ("org", "spokes"))
    if main:
        name = doc.canon.resolve((main[0] if inverted else main[-1]).words)
        if name.lower() not in SKIP_WORDS:
            return name
    return ""


def _attribute(
    doc: _Doc, raw: MarkedSpan, prev: Quote | None, prev_raw: MarkedSpan | None
) -> tuple[str, str]:
    text, bounds = doc.text, doc.bounds
    close = raw.end + 1 if raw.closed else raw.end
    inner_end = text[raw.start : raw.end].rstrip()[-1:]
    tail = text[close : close + 120].split("\n", 1)[0]
    # `,” said X` / `,” X said`: only when the quote does not end its sentence.
    if inner_end in ",?!" or tail.startswith(","):
        m = _CUE_AFTER_RE.match(tail)
        if m:
            inverted = bool(m.group("v1"))
            phrase, verb = (m.group("s1"), m.group("v1")) if inverted else m.group("s2", "v2")
            speaker = "" if verb in _NOT_INVERTED and inverted else phrase
            k = bisect.bisect_right(bounds, raw.start - 1) - 1
            lead = text[bounds[k] : raw.start - 1].strip()
            own = find_names(lead) if speaker and _DESCRIPTION_RE.match(phrase) else []
            if len(own) == 1 and own[0].end - own[0].start == len(lead):
                # `Comair “...,” the Delta subsidiary said`: the description is the name before.
                return doc.canon.resolve(own[0].words), verb
            speaker = speaker and _resolve_phrase(doc, phrase, close, inverted=inverted)
            if speaker or not inverted:
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
            return _resolve_phrase(doc, phrase, raw.start), "according to"
        head = before[: cue.start()]
        head = re.sub(r"\s+(?:has|had|have|also|then|later|previously|would|will)\s*$", "", head)
        speaker = ""
        if cue.group() not in _PARTICIPLES:
            speaker = _subject_of(doc, _speaker_segment(head), lo + len(head))
        speaker = speaker or _first_subject(doc, bounds[k], raw.start)
        if speaker:
            return speaker, cue.group()
    trail = _trailing_cue(doc, close)
    if trail[0]:
        return trail
    if cues or before.strip():
        # A partial quote inside narration ("Corbett goes on to criticise “...”").
        speaker = _first_subject(doc, bounds[k], raw.start)
        if not speaker and not cues and k > 0:
            # Reported speech runs on: “worst thing in politics” after Blair's quote.
            speaker = _first_subject(doc, bounds[k - 1], bounds[k])
        if speaker or cues:
            return speaker, ""
    if before.strip(" -—–") == "" and prev is not None and prev_raw is not None:
        gap = text[prev_raw.end : raw.start]
        # Only marks and a paragraph break between: the same speech continues.
        if len(gap) <= 4 or not (raw.closed and prev_raw.closed) and not gap.strip(_GAP_CHARS):
            return prev.speaker, ""
    if before.strip() == "":
        # Adjacency: a lone quote takes the subject of the sentence before (or the previous
        # quote's speaker when that sentence held it), else the one after.
        s_before = bounds[k - 1] if k > 0 else 0
        if prev is not None and prev_raw is not None and prev_raw.end >= s_before:
            return prev.speaker, ""
        speaker = _first_subject(doc, s_before, raw.start)
        if not speaker:
            k2 = bisect.bisect_right(bounds, raw.end + 1)
            if k2 < len(bounds):
                nxt = bounds[k2 + 1] if k2 + 1 < len(bounds) else len(text)
                speaker = _first_subject(doc, bounds[k2], nxt)
        return speaker, ""
    return "", ""


def _trailing_cue(doc: _Doc, close: int) -> tuple[str, str]:
    """`... “very bad at coordinating” and India had problems, Ms Short said.`"""
    k = bisect.bisect_right(doc.bounds, close)
    end = doc.bounds[k] if k < len(doc.bounds) else len(doc.text)
    rest = doc.text[close:end]
    if not rest.startswith((" ", ",")) or any(c in rest for c in '"“”«»'):
        return "", ""
    m = _TRAIL_CUE_RE.search(rest)
    if not m:
        return "", ""
    return _trail_speaker(doc, m, close), m.group("v1") or m.group("v2")


def _trail_speaker(doc: _Doc, m: re.Match[str], pos: int) -> str:
    inverted = bool(m.group("v1"))
    if inverted and m.group("v1") in _NOT_INVERTED:
        return ""
    return _resolve_phrase(
        doc, m.group("s1") if inverted else m.group("s2"), pos, inverted=inverted
    )


def _rstrip_pos(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _speaker_segment(head: str) -> str:
    """The comma-separated part of `head` naming the speaker, skipping a trailing appositive.

    >>> _speaker_segment("John Ison, from the controversial group Fathers 4 Justice, ")
    'John Ison'
    """
    parts = [p.strip() for p in re.split(r"[,;(]", head)]
    parts = [p for p in parts if p]
    if not parts:
        return ""
    rel = _RELATIVE_HEAD_RE.match(parts[-1])
    if rel and find_names(rel.group(1)):  # "..., which Variety called “...”"
        return rel.group(1)
    if len(parts) > 1 and parts[-1][:1].islower() and find_names(parts[-2]):
        if not _PRONOUN_RE.fullmatch(parts[-1]):
            return parts[-2]
    return parts[-1]


def _subject_of(doc: _Doc, phrase: str, pos: int) -> str:
    phrase = phrase.strip()
    pron = list(_PRONOUN_RE.finditer(phrase))
    found = [nm for nm in find_names(phrase) if not nm.possessive]
    if (
        pron
        and (not found or pron[-1].start() > found[-1].start)
        and phrase.endswith(pron[-1].group())
    ):
        return _resolve_phrase(doc, pron[-1].group(), pos)
    if found:
        return _resolve_phrase(doc, phrase, pos)
    if pron:
        return _resolve_phrase(doc, pron[0].group(), pos)
    return _resolve_phrase(doc, phrase, pos)


def _first_subject(doc: _Doc, lo: int, hi: int) -> str:
    i = bisect.bisect_left(doc.subjects, (lo,))
    if i < len(doc.subjects) and doc.subjects[i][0] < hi:
        return _resolved(doc, doc.subjects[i])[1]
    return ""
