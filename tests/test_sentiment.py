"""corpus_tools.sentiment: parity with vaderSentiment 3.3.2, and the aggregation helpers."""

from __future__ import annotations

import math
import re
import statistics
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment import vaderSentiment as vs

from corpus_tools import sentiment
from corpus_tools.errors import ParameterError
from corpus_tools.normalize import ascii_quotes, has_typography
from corpus_tools.sentiment import (
    SentimentScores,
    add_period,
    bootstrap_mean_ci,
    label_from_compound,
    score_text,
    score_texts,
    summarise_sentiment,
)

ANALYZER = vs.SentimentIntensityAnalyzer()


def vader(text: str) -> SentimentScores:
    """The reference, called directly on the text given (no normalisation)."""
    return SentimentScores(**ANALYZER.polarity_scores(text))


def fast_uncached(text: str) -> SentimentScores:
    """Our scorer with caches cleared, so the token learning path runs too."""
    sentiment.clear_caches()
    return score_text(text)


def first_difference(texts: list[str]) -> tuple[int, str, SentimentScores, SentimentScores] | None:
    ours = score_texts(texts)
    for k, (text, got) in enumerate(zip(texts, ours, strict=True)):
        expected = vader(ascii_quotes(text))
        if got != expected:
            return k, text, got, expected
    return None


def test_lexicons_are_vader_own() -> None:
    assert sentiment.load_lexicon() == ANALYZER.lexicon
    assert sentiment.load_emoji_lexicon() == ANALYZER.emojis


# Real and news-like sentences exercising each VADER rule; expected values: vaderSentiment itself.
NEWS = [
    "The talks weren't good.",
    "The Kremlin said the talks were not productive.",
    "Peskov said Moscow was never so hopeful about a deal.",
    "Analysts say the summit was never this good for Russia.",
    "The plan was good, but the timing was terrible.",
    "The plan was good but the timing was terrible, but hope remains.",
    "It was good, good, but good enough? Not really.",
    "Sales were kind of disappointing this quarter.",
    "The minister was sort of pleased with the result.",
    "Markets were only kinda happy with the Fed.",
    "The deal is a GOOD one, the minister said.",
    "THE DEAL IS GOOD.",
    "Shares fell sharply after the VERY bad results.",
    "This is a great day for the country!!!",
    "This is a terrible day for the country!!!!!!",
    "Is this really the best they can do??",
    "Why would anyone agree to that???? Nobody knows.",
    "There is no doubt the economy is strong.",
    "There is no good answer to this crisis.",
    "No, no, no good will come of it.",
    "He offered no help or support to the victims.",
    "Without a doubt, an excellent idea.",
    "Without doubt, excellent progress was made.",
    "It was the least helpful briefing of the year.",
    "At least it isn't a horrible outcome.",
    "It is very least appealing to investors.",
    "The new album is the shit, fans said.",
    "The film is the bomb.",
    "The striker was a bad ass on the pitch.",
    "He waited at the bus stop in the rain.",
    "Yeah right, said the opposition leader.",
    "It was the kiss of death for the merger.",
    "The chocolate cake was to die for.",
    "A beating heart of the city, the market thrives.",
    "The results were just enough to satisfy investors.",
    "Nothing good came from the meeting.",
    "I can't say I'm happy with the outcome.",
    "I CAN'T say I'm happy with the outcome.",
    "They didn't fail, they succeeded.",
    "Fans love the team :) and hate the referee :(",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "The crowd cheered🎉the winners.",
    "Ministers were 😡 about the leak.",
    "The ON🔛 switch UP🆙 today!",
    "It's a win-win situation for both sides.",
    "Oil prices rose 5% on Tuesday.",
    "",
    "   ",
    "!!!",
    "good",
    "no",
    "NO GOOD",
    "not bad at all",
    "Not bad. Not bad at all!",
    "kind of",
    "The outlook is absolutely, totally, completely dire.",
    "The outlook is EXTREMELY good for exporters, analysts said.",
]


@pytest.mark.parametrize("text", NEWS)
def test_news_sentences_match_vader(text: str) -> None:
    assert fast_uncached(text) == vader(text)
    assert score_text(text) == vader(text)  # and again from the caches


@pytest.mark.parametrize(
    "curly, straight",
    [
        ("The talks weren\u2019t good.", "The talks weren't good."),
        (
            "\u201cWe don\u2019t trust them,\u201d said Peskov.",
            '"We don\'t trust them," said Peskov.',
        ),
        ("\u2018It isn\u2019t a good deal,\u2019 she said.", "'It isn't a good deal,' she said."),
    ],
)
def test_typographic_quotes_score_like_ascii(curly: str, straight: str) -> None:
    assert score_text(curly) == vader(straight)
    assert score_text(curly).compound < 0
    assert sentiment.score_text_reference(curly) == score_text(curly)


def test_typography_changes_vader_unnormalised() -> None:
    # The reason for normalising: vaderSentiment reads "weren’t" as an unknown word.
    assert vader("The talks weren\u2019t good.").compound > 0


def test_no_words_and_no_sentiment() -> None:
    assert score_text("") == SentimentScores(0.0, 0.0, 0.0, 0.0) == vader("")
    assert score_text("The meeting is on Tuesday.") == SentimentScores(0.0, 1.0, 0.0, 0.0)


def test_a_full_token_cache_is_emptied_and_refilled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentiment, "_TOKEN_CACHE_LIMIT", 5)
    sentiment.clear_caches()
    assert score_texts(NEWS) == [vader(t) for t in NEWS]
    assert len(sentiment._CODE) < 40
    sentiment.clear_caches()


def test_score_texts_is_score_text_in_order() -> None:
    assert score_texts(iter(NEWS)) == [score_text(t) for t in NEWS]


def test_scores_are_frozen() -> None:
    with pytest.raises(AttributeError):
        score_text("good").compound = 1.0  # type: ignore[misc]


# Words that trigger every rule, plus neutral filler, emoticons, emoji and punctuation.
RULE_WORDS = sorted(
    {"but", "BUT", "kind", "of", "least", "at", "very", "no", "NO", "or", "nor", "never", "so"}
    | {"this", "without", "doubt", "not", "isn't", "can't", "CAN'T", "the", "to", "die", "for"}
    | {"shit", "bomb", "bad", "ass", "bus", "stop", "yeah", "right", "kiss", "death", "just"}
    | {"enough", "sort", "beating", "heart", "kinda", "really", "extremely", "barely", "more"}
)
FILLER = ["talks", "Moscow", "US", "I", "a", "said", "said,", "\u2019s", "weren\u2019t", "it's"]
LEXICON_SAMPLE = sorted(ANALYZER.lexicon)[::40]
SYMBOLS = [":)", ":(", ":D", "<3", "!", "?", "!!", "??", "...", "\U0001f600", "\U0001f622", "--"]


def _variants(word: str) -> list[str]:
    return [word, word.upper(), word.capitalize(), word + ",", word + "!", '"' + word + '."']


WORD = st.sampled_from(RULE_WORDS + FILLER + SYMBOLS + LEXICON_SAMPLE).flatmap(
    lambda w: st.sampled_from(_variants(w))
)
SEPARATOR = st.sampled_from([" ", " ", " ", "  ", "\n", ""])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(WORD, SEPARATOR), max_size=25))
def test_any_text_matches_vader(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in parts)
    assert fast_uncached(text) == vader(ascii_quotes(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_unicode_matches_vader(text: str) -> None:
    assert fast_uncached(text) == vader(ascii_quotes(text))


TYPOGRAPHIC = (
    "\u2018\u2019\u201a\u201b\u2032\u02bc\uff07\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(TYPOGRAPHIC) | st.characters(), max_size=40))
def test_fast_normalisation_is_ascii_quotes(text: str) -> None:
    assert sentiment._normalise(text) == ascii_quotes(text)


# --- parity on real data (skipped without ../shared) -------------------------------------------


def read_ground_truth(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t", 2)[2] for line in lines if line.strip()]


@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    [
        "tweets_GroundTruth.txt",
        "movieReviewSnippets_GroundTruth.txt",
        "amazonReviewSnippets_GroundTruth.txt",
    ],
)
def test_ground_truth_texts_match_vader(shared_data: Path, name: str) -> None:
    texts = read_ground_truth(shared_data / "vader-ground-truth" / name)
    assert len(texts) > 3000
    sentiment.clear_caches()
    assert first_difference(texts) is None
    # The files are ASCII but for a handful of texts: those compare against raw vaderSentiment.
    plain = [t for t in texts if not has_typography(t)]
    assert [vader(t) for t in plain] == score_texts(plain)


@pytest.mark.slow
def test_bbc_sentences_match_vader(shared_data: Path) -> None:
    files = sorted((shared_data / "bbc-news").rglob("*.txt"))[::5]
    sentences = [
        s
        for path in files
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        for s in re.split(r"(?<=[.!?])\s+", line)
        if s.strip()
    ]
    assert len(sentences) > 5000
    sentiment.clear_caches()
    assert first_difference(sentences) is None


# --- labels and aggregation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "compound, label",
    [
        (0.05, "positive"),
        (0.0499, "neutral"),
        (0.0, "neutral"),
        (-0.0499, "neutral"),
        (-0.05, "negative"),
        (0.9, "positive"),
        (-1.0, "negative"),
    ],
)
def test_label_from_compound(compound: float, label: str) -> None:
    assert label_from_compound(compound) == label


def test_bootstrap_degenerate_inputs() -> None:
    assert all(math.isnan(x) for x in bootstrap_mean_ci([]))
    mean, low, high = bootstrap_mean_ci([0.3])
    assert mean == 0.3 and math.isnan(low) and math.isnan(high)
    assert bootstrap_mean_ci([0.3, math.nan])[0] == 0.3
    assert bootstrap_mean_ci([0.2, 0.2, 0.2]) == pytest.approx((0.2, 0.2, 0.2))


def test_bootstrap_is_seeded_and_close_to_the_normal_interval() -> None:
    values = np.random.default_rng(42).normal(0.1, 0.4, size=400).tolist()
    mean, low, high = bootstrap_mean_ci(values, n_resamples=4000)
    assert bootstrap_mean_ci(values, n_resamples=4000) == (mean, low, high)
    assert bootstrap_mean_ci(values, n_resamples=4000, seed=1) != (mean, low, high)
    assert mean == pytest.approx(statistics.fmean(values))
    half = 1.959964 * statistics.stdev(values) / math.sqrt(len(values))
    assert low == pytest.approx(mean - half, abs=0.1 * half)
    assert high == pytest.approx(mean + half, abs=0.1 * half)
    _, low90, high90 = bootstrap_mean_ci(values, n_resamples=4000, confidence=0.9)
    assert low < low90 < mean < high90 < high


def test_bootstrap_refuses_bad_parameters() -> None:
    with pytest.raises(ParameterError):
        bootstrap_mean_ci([1.0, 2.0], confidence=1.5)
    with pytest.raises(ParameterError):
        bootstrap_mean_ci([1.0, 2.0], n_resamples=0)


def test_summarise_sentiment_by_hand() -> None:
    df = pd.DataFrame(
        {
            "category": ["politics", "politics", "politics", "politics", "sport"],
            "is_quote": [True, False, False, True, False],
            "compound": [0.05, -0.05, 0.0, 0.6, -0.4],
        }
    )
    out = summarise_sentiment(df, by="category")
    assert list(out.columns) == [
        "category",
        "n",
        "mean",
        "ci_low",
        "ci_high",
        "share_positive",
        "share_neutral",
        "share_negative",
    ]
    politics = out.set_index("category").loc["politics"]
    assert politics["n"] == 4
    assert politics["mean"] == pytest.approx(0.15)
    assert (politics["share_positive"], politics["share_neutral"]) == (0.5, 0.25)
    assert politics["share_negative"] == 0.25
    assert politics["ci_low"] <= 0.15 <= politics["ci_high"]
    sport = out.set_index("category").loc["sport"]
    assert sport["n"] == 1 and sport["share_negative"] == 1.0 and math.isnan(sport["ci_low"])
    two = summarise_sentiment(df, by=["category", "is_quote"])
    assert len(two) == 3 and two["n"].sum() == 5


def test_summarise_sentiment_names_missing_columns() -> None:
    with pytest.raises(ParameterError, match="speaker"):
        summarise_sentiment(pd.DataFrame({"compound": [0.1]}), by="speaker")


@pytest.mark.parametrize(
    "freq, expected",
    [
        ("D", ["2025-03-05", "2025-03-09", "2025-03-10", "2025-04-01"]),
        ("W", ["2025-03-03", "2025-03-03", "2025-03-10", "2025-03-31"]),
        ("M", ["2025-03-01", "2025-03-01", "2025-03-01", "2025-04-01"]),
    ],
)
def test_add_period(freq: str, expected: list[str]) -> None:
    df = pd.DataFrame({"date": ["2025-03-05", "2025-03-09 18:00", "2025-03-10", "2025-04-01"]})
    out = add_period(df, freq=freq)  # type: ignore[arg-type]
    assert out["period"].dt.strftime("%Y-%m-%d").tolist() == expected
    assert "period" not in df.columns


def test_add_period_refuses_unknown_frequency_and_column() -> None:
    df = pd.DataFrame({"date": ["2025-03-05"]})
    with pytest.raises(ParameterError):
        add_period(df, freq="Y")  # type: ignore[arg-type]
    with pytest.raises(ParameterError):
        add_period(df, date_column="published", freq="D")
