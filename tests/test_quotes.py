"""Tests for corpus_tools.quotes: news-sentence patterns, the seed, the hand-annotated dev set."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.normalize import ascii_quotes
from corpus_tools.quotes import extract_quotes

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_42b31c0652333891.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "quotes"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

# (text, expected [(quote text, speaker, cue)]): speakers checked by hand against the sentence.
PATTERNS = [
    (  # “...,” said X (the seed's opening)
        "“We need to talk. Time has been lost,” said Peskov.",
        [("We need to talk. Time has been lost,", "Peskov", "said")],
    ),
    (  # “...,” X said, partial name resolved to the fullest one
        "US President Donald Trump spoke in Davos. "
        "“We'd like to see denuclearisation,” Trump said.",
        [("We'd like to see denuclearisation,", "Donald Trump", "said")],
    ),
    (  # X said: “...”, title stripped
        "Kremlin spokesperson Dmitry Peskov said: “Putin is ready. Everyone is ready.”",
        [("Putin is ready. Everyone is ready.", "Dmitry Peskov", "said")],
    ),
    (  # X told the BBC: "..." (BBC straight quotes)
        'Mr Peston told BBC News: "My understanding is that they are not close."',
        [("My understanding is that they are not close.", "Peston", "told")],
    ),
    (  # X told reporters "..." and Mr X resolved to the full name
        'Tony Blair spoke on Sunday. Mr Blair told reporters "you don\'t do deals over jobs".',
        [("you don't do deals over jobs", "Tony Blair", "told")],
    ),
    (  # according to X, “...”
        "According to the Kremlin, “the ball is in the court of the US”.",
        [("the ball is in the court of the US", "Kremlin", "according to")],
    ),
    (  # “A,” he said. “B.”: pronoun, then a continuation quote
        "Labour's spokesman, David Okafor, spoke. “They talk about levelling up,” he said. "
        "“What they mean is closing down.”",
        [
            ("They talk about levelling up,", "David Okafor", "said"),
            ("What they mean is closing down.", "David Okafor", ""),
        ],
    ),
    (  # organisation as speaker
        '"Central to the proposals are lower wholesale prices," BT said in a statement.',
        [("Central to the proposals are lower wholesale prices,", "BT", "said")],
    ),
    (  # the quote paragraph attributed by the sentence before (the seed's third quote)
        "Kremlin spokesperson Dmitry Peskov spoke on Friday.\n"
        "Peskov also took issue with Trump's assertion that Ukrainian President Volodymyr Zelensky"
        " was ready to strike a deal.\n“To reach a settlement, it is necessary to hold talks.”",
        [("To reach a settlement, it is necessary to hold talks.", "Dmitry Peskov", "")],
    ),
    (  # multi-paragraph quote: one quote per paragraph, same speaker
        "Ms Marsh said: “Nobody pretends this is easy.\n\n“But the alternative was worse.”",
        [
            ("Nobody pretends this is easy.", "Marsh", "said"),
            ("But the alternative was worse.", "Marsh", ""),
        ],
    ),
    (  # BBC run-together paragraphs: `..." "...` with no closing mark
        'Mr Howard said: "So far this year they have called me names. "I don\'t know about you."',
        [
            ("So far this year they have called me names.", "Howard", "said"),
            ("I don't know about you.", "Howard", ""),
        ],
    ),
    (  # nested single quotes stay inside, apostrophes are not quote marks
        "“There are lots of ‘urban legends’ about Wal-Mart’s pay,” Mr Scott said.",
        [("There are lots of ‘urban legends’ about Wal-Mart’s pay,", "Scott", "said")],
    ),
    (  # single speech marks, pronoun
        "Maria Santos was asked about film-making. She replied: ‘Never say never.’",
        [("Never say never.", "Maria Santos", "replied")],
    ),
]

NOT_QUOTES = [
    # 1-2 word scare quotes and terms
    "By “well-known territories” Peskov meant parts of eastern Ukraine.",
    'Mr Hain accused the Tory leader of behaving like an "attack mongrel".',
    "Labour was not ‘rattled’, she said.",
    # titles of works in Title Case
    "The plan, titled “Connecting the North”, would close 14 stations.",
    "He starred in the festival's breakout hit ‘A Quiet Harbour’ last year.",
    # apostrophes only
    "Russia’s position hasn’t changed, and the Americans’ response didn’t help.",
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS)
def test_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(q.text, q.speaker, q.cue) for q in extract_quotes(text)]
    assert got == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_scare_quotes_titles_and_apostrophes_are_not_quotes(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize("convert", [False, True], ids=["curly", "straight"])
def test_seed_quotes_and_speakers(convert: bool) -> None:
    text = SEED.read_text(encoding="utf-8")
    text = ascii_quotes(text) if convert else text
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Dmitry Peskov"] * 4 + ["Donald Trump"]
    starts = ["There is something", "No. This conflict", "To reach", "Putin is ready", "We'd like"]
    assert [q.text[: len(s)] for q, s in zip(quotes, starts, strict=True)] == starts
    assert all("well-known territories" != q.text for q in quotes)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert text[q.start - 1] in '“"' and text[q.end] in '”"'  # marks just outside


def test_start_offset_limits_the_search() -> None:
    text = "“We need to talk now,” said Peskov. “Putin is ready to talk,” Peskov said."
    cut = text.index("Putin") - 1
    quotes = extract_quotes(text, start=cut)
    assert [q.text for q in quotes] == ["Putin is ready to talk,"]
    assert quotes[0].start == text.index("Putin")


def _load_fixture(path: Path) -> tuple[str, list[dict]]:
    rec = json.loads(path.read_text(encoding="utf-8"))
    if "text" in rec:
        return rec["text"], rec["quotes"]
    if "project_file" in rec:
        return (REPO / rec["project_file"]).read_text(encoding="utf-8"), rec["quotes"]
    src = SHARED / rec["source"]
    if not src.exists():
        pytest.skip(f"shared data absent: {src}")
    return src.read_text(encoding="utf-8"), rec["quotes"]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.stem)
def test_fixture_gold_is_consistent(path: Path) -> None:
    text, gold = _load_fixture(path)
    for g in gold:
        assert text[g["start"] : g["end"]] == g["text"]
        assert text[g["start"] - 1] in "\"“‘'"  # gold spans start right after an opening mark


def test_dev_set_scores() -> None:
    """The dev set's span F1 and speaker accuracy stay at the measured level (see benchmarks/)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import eval_quotes
    finally:
        sys.path.pop(0)
    scores = eval_quotes.evaluate()
    assert scores["f1"] >= 0.95
    assert scores["speaker_accuracy"] >= 0.85


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab C.,:\n\"“”‘’'«» said he Mr")) | st.characters()))
def test_arbitrary_text_gives_valid_offsets(text: str) -> None:
    for q in extract_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
