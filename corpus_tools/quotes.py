"""Direct quotations in news text and who said them: offline rules over the raw text.

A quote is attributed speech inside “ ”, " ", ‘ ’ (or « ») of 3+ word tokens: 1-2 word scare
quotes, Title Case titles of works (`quote_marks`) and short quoted terms modifying a noun with
no speech cue in their sentence (`'chip and pin' cards`) are left out.

Attribution, in order: a cue right after the quote (`,” said X`, `,” X said`, `,” the Tories
have warned`; `Comair “...,” the Delta subsidiary said` gives Comair); a cue before it in its
sentence (`X said: “`, `X told reporters “`, `according to X, “`, `which Variety called “`); a cue
closing its sentence (`... “partial quote” and more, Ms Short said.`); the previous quote when
only a paragraph break or nothing separates them; otherwise the subject of its own sentence, of
the sentence before, or after (`quote_subjects`, `quote_speakers`).
"""

from __future__ import annotations

import bisect
import re

from .quote_context import BRACKET_TAG, Context
from .quote_fallback import carry_back, next_candidate
from .quote_generic import is_common_group, is_group_phrase, not_a_speaker
from .quote_headlines import echo_speakers, headline_end, headline_speakers, person_echoes
from .quote_lexicon import DOTTED_TITLES, TITLE_STOP
from .quote_long_names import fuller_speakers
from .quote_marks import MarkedSpan, is_speech, pair_marks
from .quote_names import find_names
from .quote_roles import is_post
from .quote_segments import speaker_segment
from .quote_speakers import (
    DESCRIPTION_RE,
    NOT_INVERTED,
    PRONOUN_RE,
    TRAIL_CUE_RE,
    first_subject,
    resolve_phrase,
    subjects_between,
    trail_speaker,
    unnamed_first,
)
from .quote_subjects import read_context
from .quote_unnamed import ANON_RE, unnamed
from .quote_verbs import VERB_RE, VERBS
from .records import Quote

# An abbreviated title keeps its full stop and a US party-state tag sits between the name and
# its verb: `,” Sen. Maria Lopez, D-N.M., said`, `,” Rep. Curtis Albright (R-Kan.) said`.
_ABBR = rf"(?:(?:{'|'.join(DOTTED_TITLES)})\.\s+)?"
# An initial's full stop stays in a speaker: `,” said Mr R. Sridharan, vice president`,
# `,” said J.K. Rowling`; so does a title's after other words: `,” state Sen. Ann Ray said`.
_SPEAKER_CHAR = rf"(?:[^.,;:!?\"“”]|(?<=[\s.][A-Z])\.(?=\s?[A-Z])|{TITLE_STOP})"
_CUE_AFTER_RE = re.compile(
    rf"^[\s,]*(?:(?P<v1>{VERBS})\s+(?P<s1>{_ABBR}{_SPEAKER_CHAR}+)|(?P<s2>{_ABBR}{_SPEAKER_CHAR}{{1,80}}?)"
    rf"(?:,[ \t]*[DRI]-[A-Z][A-Za-z.]*,|{BRACKET_TAG})?"
    rf"\s+(?:(?:has|have|had|also)\s+)*(?P<v2>{VERBS})\b)"
)
# Only a conjunction and lower-case words before the verb, no new subject: "..., but conceded
# that", "..., but declined to say whether".
_CONJUNCTION_RE = re.compile(
    r"(?:but|and|yet)(?:\s+(?!(?:the|a|an|his|her|its|their|he|she|they|it|we|i)\b)[a-z]+){0,3}"
)
_BARE_NAME_RE = re.compile(
    r"^\s+((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)"
    r"\.(?:\s|$)"
)
_APPOSITIVE_RE = re.compile(r",\s+([A-Z][^.,;:!?\"“”]{1,60})")
# A described subject after "and"/"but" ends the clause: "... and the defender said:".
_TAIL_DESCRIPTION_RE = re.compile(
    r"\b(?:and|but)\s+((?:the|a|an)\s+(?:[\w\-]+\s+){0,2}[a-z][\w\-]*)$"
)
# A verb's own "and"/"but" with no subject between: "said ... and insisted", "but added".
_CONJOINED_RE = re.compile(r"\s(?:and|but)(?:\s+[a-z]+ly)?\s*$")
# Accusation verbs and the word that marks them passive when it follows directly.
_PASSIVE_AFTER = {
    "accused": "of",
    "criticised": "for|over",
    "criticized": "for|over",
    "told": "to",
    "asked": "to",
    "urged": "to",
}
_AGENT_RE = re.compile(r"\s+by\s+([^,;:]{1,60}?)\s+(?:as|of|for|to|over)\b")
_AUX_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$")
_GAP_CHARS = " \t\n\"“”«»„‘’'"
_PARTICIPLES = frozenset("saying telling adding insisting warning".split())
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
# A speech verb, but not inside "so-called", the classic marker of a quoted term.
_CUE_RE = re.compile(rf"(?<![\w\-])(?:{VERBS})\b")
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")
# `the agency quoted Peoplesoft worker David Ogden as saying`: the quoted person speaks.
_QUOTED_AS = r"\bquoted\s+(?P<s>[^.;:!?\"“”]{1,80}?)\s+as\s+(?:saying|telling|adding|warning)\b"
_QUOTED_AS_TAIL_RE = re.compile(rf",?\s*(?:[^.;:!?\"“”]{{0,40}}?\s)?{_QUOTED_AS[2:]}")
_QUOTED_AS_RE = re.compile(rf"{_QUOTED_AS}\W*$")
_LABEL_VERB_RE = re.compile(r"^(?:Said|Says|Added|Adds|Observes|Observed|Explained|Explains)\s+")
# "A club statement read:", "The letter reads:": a document read out, no speech verb.
_READ_RE = re.compile(r"\b(?:statement|letter|message|release)(\s+(reads?))$")
# `known then as the “Eton of the valleys”`, `nicknamed “the Iron Lady”`: a name, not speech.
_NAMING_RE = re.compile(
    r"(?:\bknown(?:\s+[a-z]+)?\s+as|\bnicknamed|\bdubbed|\bso-called)(?:\s+(?:the|a|an))?\s*$"
)


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
    doc = read_context(text, quoted=[(r.start, r.end) for r in paired])
    raws = [r for r in raws if not _is_term(text, r, doc.bounds) and not _is_naming(text, r)]
    canon = doc.canon
    quotes: list[Quote] = []
    for i, raw in enumerate(raws):
        prev = quotes[-1] if quotes else None
        prev_raw = raws[i - 1] if i else None
        speaker, cue = _attribute(doc, raw, prev, prev_raw)
        if speaker and (not_a_speaker(speaker) or is_common_group(speaker, canon)):
            # A title cut from its holder ("Vice President"): the holder named around it.
            close = raw.end + 1 if raw.closed else raw.end
            speaker = next_candidate(doc, speaker, raw.start - 1, close)
        quotes.append(Quote(raw.start, raw.end, text[raw.start : raw.end], speaker, cue))
        if speaker:
            # A quote's speaker is the newest candidate for a later "he said".
            entry = (raw.start, speaker, canon.gender(speaker), canon.kind(speaker))
            bisect.insort(doc.subjects, entry)
    quotes = carry_back(text, raws, quotes)
    return fuller_speakers(doc, person_echoes(doc, headline_speakers(doc, echo_speakers(quotes))))


def _is_term(text: str, raw: MarkedSpan, bounds: list[int]) -> bool:
    """A short quoted phrase modifying the next noun, with no speech cue in its sentence.

    >>> text = "The introduction of 'chip and pin' cards has tightened security."
    >>> _is_term(text, pair_marks(text)[0], [0])  # one sentence, starting at 0
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
    return not (_CUE_RE.search(text, bounds[k], raw.start) or _CUE_RE.search(text, raw.end, end))


def _is_naming(text: str, raw: MarkedSpan) -> bool:
    """A short quoted name after "known as", "nicknamed", "dubbed" or "so-called".

    >>> text = 'He went to a school known then as the "Eton of the valleys".'
    >>> _is_naming(text, pair_marks(text)[0])
    True
    """
    inner = text[raw.start : raw.end]
    if inner[-1:] in ".?!,;:" or len(inner.split()) > 6:
        return False
    return bool(_NAMING_RE.search(text, max(0, raw.start - 40), raw.start - 1))


def _attribute(
    doc: Context, raw: MarkedSpan, prev: Quote | None, prev_raw: MarkedSpan | None
) -> tuple[str, str]:
    text, bounds = doc.text, doc.bounds
    close = raw.end + 1 if raw.closed else raw.end
    inner_end = text[raw.start : raw.end].rstrip()[-1:]
    tail = text[close : close + 120].split("\n", 1)[0]
    quoted_as = _QUOTED_AS_TAIL_RE.match(tail) if inner_end in ",?!" else None
    if quoted_as:  # `,” the agency quoted worker David Ogden as saying.`
        return resolve_phrase(doc, quoted_as.group("s"), close), "quoted"
    # `,” said X` / `,” X said`: only when the quote does not end its sentence.
    if inner_end in ",?!" or tail.startswith(","):
        m = _CUE_AFTER_RE.match(tail)
        if m and m.group("s2") and _CONJUNCTION_RE.fullmatch(m.group("s2")):
            m = None  # `“...”, but conceded that`: the sentence's subject, before, speaks
        bare = None if m else _BARE_NAME_RE.match(tail)
        if bare and len(find_names(bare.group(1))) == 1:
            # `“...,” Mr Bootle.`: a name with its verb left out (a slip in the copy).
            return resolve_phrase(doc, bare.group(1), close), ""
        if m:
            inverted = bool(m.group("v1"))
            phrase, verb = (m.group("s1"), m.group("v1")) if inverted else m.group("s2", "v2")
            speaker = "" if verb in NOT_INVERTED and inverted else phrase
            k = bisect.bisect_right(bounds, raw.start - 1) - 1
            lead = text[bounds[k] : raw.start - 1].strip()
            own = find_names(lead) if speaker and DESCRIPTION_RE.match(phrase) else []
            if len(own) == 1 and own[0].end - own[0].start == len(lead):
                # `Comair “...,” the Delta subsidiary said`: the description is the name before.
                return doc.canon.resolve(own[0].words), verb
            speaker = speaker and resolve_phrase(doc, phrase, close, inverted=inverted)
            if speaker and inverted and doc.canon.kind(speaker) == "org" and is_post(phrase):
                # `,” said BA director of commercial planning, Robert Boyle.`: the post's holder
                # set off after it speaks, not the body it names.
                appos = _APPOSITIVE_RE.match(tail, m.end())
                holder = resolve_phrase(doc, appos.group(1), close) if appos else ""
                if holder and doc.canon.kind(holder) == "person":
                    return holder, verb
            if not speaker and inverted and verb not in NOT_INVERTED:
                # `,” said its director of policy, Rocio Concha.`: the name is the appositive.
                appos = _APPOSITIVE_RE.match(tail, m.end())
                speaker = resolve_phrase(doc, appos.group(1), close) if appos else ""
                if not speaker and unnamed(phrase):
                    return "", verb  # `,” said one woman, a farmer from Waiwadan village`
            if speaker or not inverted:
                return speaker, verb
    # `X said: “` / `X told the BBC “` / `according to X, “` in the same sentence.
    k = bisect.bisect_right(bounds, raw.start - 1) - 1
    lo = max(bounds[k], prev_raw.end + 1 if prev_raw else 0)
    before = text[lo : raw.start - 1]
    quoted_as = _QUOTED_AS_RE.search(before)
    if quoted_as:  # `The paper quoted Mr Ellison as saying: “`
        return resolve_phrase(doc, quoted_as.group("s"), raw.start), "quoted"
    cues = list(VERB_RE.finditer(before))
    if cues:
        cue = cues[-1]
        if len(cues) == 1 and _is_passive(before, cue):
            # "Chancellor accused of ‘smoke and mirrors’": the subject is the target, and the
            # words are someone else's (a headline echoing the body finds them), or the agent's:
            # "was described by Jobs as". After another cue ("Hughes said students who were
            # told ...") the passive is inside reported speech and says nothing.
            agent = _AGENT_RE.match(before, cue.end())
            return (
                (resolve_phrase(doc, agent.group(1), raw.start), cue.group()) if agent else ("", "")
            )
        if cue.group().lower() == "according to":
            phrase = re.split(r"[,:]", before[cue.end() :], maxsplit=1)[0]
            return resolve_phrase(doc, phrase, raw.start), "according to"
        # "A Hebridean Marine Services spokeswoman said ... and insisted the timetable was
        # “...”": a verb joined by "and"/"but" with no subject of its own shares the subject
        # of the verb before it.
        i = len(cues) - 1
        while i > 0 and _CONJOINED_RE.search(before, 0, cues[i].start()):
            i -= 1
        head = before[: cues[i].start()]
        head = re.sub(r"\s+(?:has|had|have|also|then|later|previously|would|will)\s*$", "", head)
        speaker = ""
        if cue.group() not in _PARTICIPLES:
            segment = speaker_segment(head)
            # "his lawyer said:", "A woman ..., who asked not to be named, said", "Two Senate
            # aides said": no one named, no one else meant.
            if unnamed(segment) or is_group_phrase(segment) or ANON_RE.search(head):
                return "", cue.group()
            speaker = _subject_of(doc, segment, lo + len(head))
        speaker = speaker or first_subject(doc, bounds[k], raw.start)
        if speaker:
            return speaker, cue.group()
    if not cues and before.rstrip().endswith(":"):
        # `BBC Two controller Roly Keating: “` / `- Sir Alex Ferguson: “`: a speaker label.
        # Only the label itself: not "He apologised for not being in London, joking:".
        phrase = re.split(r"[,;(]", before.rstrip()[:-1])[-1].strip(" -—–")
        # "Said Williams:", "Observes Mr Hadi:": a verb first, then the speaker.
        phrase = _LABEL_VERB_RE.sub("", phrase)
        read = _READ_RE.search(phrase)
        if read:  # "A club statement read:": the document's issuer speaks
            return resolve_phrase(doc, phrase[: read.start(1)], raw.start), read.group(2)
        names = find_names(phrase)
        if names and names[-1].end == len(phrase) and len(phrase.split()) <= 8:
            return resolve_phrase(doc, phrase, raw.start), ""
    trail = _trailing_cue(doc, close)
    if trail[0]:
        return trail
    if not cues and before.strip() and headline_end(text) > raw.start:
        # A quote inside a headline, with no cue: the body names its source (see
        # `quote_headlines`). A whole quoted headline is adjacent to the body's first
        # sentence and takes its subject below.
        return "", ""
    if cues or before.strip():
        # A partial quote inside narration ("Corbett goes on to criticise “...”").
        speaker = first_subject(doc, bounds[k], raw.start)
        if not speaker and not cues and k > 0:
            # Reported speech runs on: “worst thing in politics” after Blair's quote.
            speaker = first_subject(doc, bounds[k - 1], bounds[k])
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
        if (
            prev is not None
            and prev_raw is not None
            and prev.speaker
            and _opens_paragraph(text, raw)
        ):
            # A quote paragraph after narration about the last speaker ("Mr Jolin tipped ...")
            # continues that speaker's speech. The narration starts after the sentence of the
            # last quote, whose own cue ("..., Balogun said.") tells nothing of what follows.
            j = bisect.bisect_right(bounds, prev_raw.end)
            narration = bounds[j] if j < len(bounds) else raw.start
            if prev.speaker in subjects_between(doc, narration, raw.start):
                return prev.speaker, ""
        speaker = first_subject(doc, s_before, raw.start)
        if not speaker and not unnamed_first(doc, s_before, raw.start):
            k2 = bisect.bisect_right(bounds, raw.end + 1)
            if k2 < len(bounds):
                nxt = bounds[k2 + 1] if k2 + 1 < len(bounds) else len(text)
                speaker = first_subject(doc, bounds[k2], nxt)
        return speaker, ""
    return "", ""


def _is_passive(before: str, cue: re.Match[str]) -> bool:
    """The cue is passive, so its subject is not the speaker: "accused of", "criticised for",
    "was described as", "was told".

    >>> before = "Chancellor accused of "
    >>> _is_passive(before, VERB_RE.search(before))
    True
    """
    verb = cue.group()
    after = _PASSIVE_AFTER.get(verb)
    if after and re.match(rf"\s+(?:{after})\b", before[cue.end() :]):
        return True
    passive_verb = verb in _PASSIVE_AFTER or verb == "described"
    return passive_verb and bool(_AUX_BEFORE_RE.search(before, 0, cue.start()))


def _opens_paragraph(text: str, raw: MarkedSpan) -> bool:
    i = raw.start - 1  # the opening mark
    return i <= 0 or text[i - 1] == "\n"


def _trailing_cue(doc: Context, close: int) -> tuple[str, str]:
    """`... “very bad at coordinating” and India had problems, Ms Short said.`"""
    k = bisect.bisect_right(doc.bounds, close)
    end = doc.bounds[k] if k < len(doc.bounds) else len(doc.text)
    rest = doc.text[close:end]
    if not rest.startswith((" ", ",")) or any(c in rest for c in '"“”«»'):
        return "", ""
    m = TRAIL_CUE_RE.search(rest)
    if not m:
        return "", ""
    verb = m.group("v1") or m.group("v2")
    lead = rest[: m.start()].strip()
    if lead and not m.group("v1"):
        # `industry, " Eric Abensur, Wanadoo's chief executive told`: a name, then its
        # description with no closing comma; the name speaks.
        names = find_names(lead)
        if len(names) == 1 and names[0].start == 0 and names[0].end == len(lead):
            return doc.canon.resolve(names[0].words), verb
    return trail_speaker(doc, m, close), verb


def _subject_of(doc: Context, phrase: str, pos: int) -> str:
    phrase = phrase.strip()
    tail = _TAIL_DESCRIPTION_RE.search(phrase)
    if tail:  # "Early talks have taken place and the defender"
        return resolve_phrase(doc, tail.group(1), pos)
    pron = list(PRONOUN_RE.finditer(phrase))
    found = [nm for nm in find_names(phrase) if not nm.possessive]
    if (
        pron
        and (not found or pron[-1].start() > found[-1].start)
        and phrase.endswith(pron[-1].group())
    ):
        return resolve_phrase(doc, pron[-1].group(), pos)
    if found:
        return resolve_phrase(doc, phrase, pos)
    if pron:
        return resolve_phrase(doc, pron[0].group(), pos)
    return resolve_phrase(doc, phrase, pos)
