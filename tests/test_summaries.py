"""Corpus-level views the reports show: periods, voices, changes since the last run."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from corpus_tools.analysis import Settings
from corpus_tools.summaries import (
    choose_period,
    sentences_with_documents,
    sentiment_over_time,
    since_last_run,
    term_rate_change,
    voice_keyness,
)
from corpus_tools.tables import analyse, write_tables
from corpus_tools.tokens import words


@pytest.fixture(scope="module")
def tiny_tables(tiny_corpus):
    return analyse(tiny_corpus, settings=Settings.default(stance_method="lexicon"))


@pytest.mark.parametrize(
    ("dates", "freq", "expected"),
    [
        (["2025-01-20", "2025-01-20"], "auto", None),  # one day: no trend
        ([None, None], "auto", None),
        (["2025-01-20", "2025-02-14"], "auto", "D"),  # 25 days
        (["2025-01-01", "2025-05-01"], "auto", "W"),
        (["2024-01-01", "2025-05-01"], "auto", "M"),
        (["2025-01-20", "2025-02-14"], "M", "M"),
    ],
)
def test_choose_period(dates, freq, expected) -> None:
    assert choose_period(pd.Series(pd.to_datetime(dates)), freq) == expected


def test_sentiment_over_time_means_match_the_sentences(tiny_tables) -> None:
    sentences = sentences_with_documents(tiny_tables)
    trend = sentiment_over_time(sentences, freq="D")
    dated = sentences.dropna(subset=["date"])
    for row in trend.itertuples():
        day = dated[dated["date"].dt.normalize() == row.period]
        assert row.n == len(day)
        assert row.mean == pytest.approx(day["compound"].mean())


def _g2(a: float, b: float, c: float, d: float) -> float:
    """Dunning's log-likelihood for counts a, b in corpora of sizes c, d (Rayson & Garside)."""
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    return 2 * sum(o * math.log(o / e) for o, e in ((a, e1), (b, e2)) if o > 0)


def test_voice_keyness_is_quoted_words_against_narration(tiny_tables) -> None:
    table = voice_keyness(tiny_tables, min_count=2)
    quoted = [w for t in tiny_tables.quotes["text"] for w in words(t)]
    narration = [
        w for t in tiny_tables.sentences.loc[~tiny_tables.sentences["is_quote"], "text"]
        for w in words(t)
    ]  # fmt: skip
    assert table.attrs["target_total"] == len(quoted)
    assert table.attrs["reference_total"] == len(narration)
    for row in table.itertuples():
        assert row.target_count == quoted.count(row.term)
        assert row.reference_count == narration.count(row.term)
        assert row.score == pytest.approx(
            _g2(row.target_count, row.reference_count, len(quoted), len(narration))
        )


def test_term_rate_change_per_10k() -> None:
    now = pd.DataFrame(
        {
            "doc_id": "a",
            "term": ["talks", "war", "the"],
            "n": 1,
            "count": [30, 10, 60],
            "is_stopword": [False, False, True],
        }
    )
    before = pd.DataFrame(
        {
            "doc_id": "b",
            "term": ["talks", "war", "the"],
            "n": 1,
            "count": [10, 30, 160],
            "is_stopword": [False, False, True],
        }
    )
    change = term_rate_change(now, before).set_index("term")["change"]
    # talks: 30/100 - 10/200 per 10,000 words; war: 10/100 - 30/200
    assert change["talks"] == pytest.approx(3000 - 500)
    assert change["war"] == pytest.approx(1000 - 1500)
    assert "the" not in change


def test_since_last_run_names_new_documents(tiny_tables, tmp_path) -> None:
    before = analyse(
        tiny_tables.info["corpus"] + "/politics", settings=Settings.default(stance_method="lexicon")
    )
    write_tables(before, tmp_path)
    shown = since_last_run(tiny_tables, tmp_path)
    assert "business/oil-prices" in shown.loc["new documents", "value"]
    assert shown.loc["documents now / before", "value"] == "4 / 2"
    assert "No previous run" in since_last_run(tiny_tables, None).iloc[0, 0]
