"""Tests for corpus_tools.keyness: G2, p-values and log-odds against independent computations."""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from corpus_tools.errors import ParameterError
from corpus_tools.keyness import (
    counts_from_texts,
    keyness,
    keyness_between,
    keyness_result,
    select_documents,
)
from corpus_tools.stopwords import load_stopwords
from corpus_tools.terms import count_document_terms, terms_table
from corpus_tools.tokens import words

BBC = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc-news"
POLITICS = {"labour", "election", "party", "government", "blair", "tory", "minister", "brown",
            "howard", "tories", "lord", "mps"}  # fmt: skip


def g2_by_hand(a: int, b: int, c: int, d: int) -> float:
    """The UCREL log-likelihood calculator's formula: G2 = 2*((a*ln(a/E1)) + (b*ln(b/E2)))
    with E1 = c*(a+b)/(c+d), E2 = d*(a+b)/(c+d); a zero count contributes 0."""
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    return 2 * ((a * math.log(a / e1) if a else 0.0) + (b * math.log(b / e2) if b else 0.0))


def g2_full_table(a: int, b: int, c: int, d: int) -> float:
    """Dunning's G2 over the whole 2x2 table, which scipy computes too."""
    n = c + d
    cells = [(a, (a + b) * c / n), (b, (a + b) * d / n),
             (c - a, (n - a - b) * c / n), (d - b, (n - a - b) * d / n)]  # fmt: skip
    return 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)


# (target count, reference count, target total, reference total)
TABLES = [(30, 2, 1000, 1000), (708, 1, 178419, 164411), (5, 0, 120, 4000), (12, 40, 900, 2100),
          (1, 1, 10, 10), (250, 60, 5000, 90000)]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "c", "d"), TABLES)
def test_g2_matches_formula_scipy_and_p_value(a, b, c, d):
    stats = pytest.importorskip("scipy.stats")
    out = keyness({"w": a, "x": c - a}, {"w": b, "x": d - b}, min_count=1, top=5)
    assert out.attrs["target_total"] == c and out.attrs["reference_total"] == d
    row = out.set_index("term").loc["w"] if "w" in set(out["term"]) else None
    expected = g2_by_hand(a, b, c, d)
    scipy_g2 = stats.chi2_contingency(
        [[a, b], [c - a, d - b]], lambda_="log-likelihood", correction=False
    )[0]
    # the two-cell form differs from the full table only by the "other words" cells
    assert g2_full_table(a, b, c, d) == pytest.approx(scipy_g2)
    assert expected == pytest.approx(scipy_g2, rel=0.05, abs=0.1)
    if a / c > b / d:
        assert row is not None
        assert row["score"] == pytest.approx(expected)
        assert row["p_value"] == pytest.approx(stats.chi2.sf(expected, 1), rel=1e-9, abs=1e-300)
        assert row["log_ratio"] == pytest.approx(math.log2(((a + 0.5) / c) / ((b + 0.5) / d)))
    else:  # under-represented (or equal): never listed
        assert row is None


def test_g2_is_signed_and_only_positive_terms_listed():
    target = {"vote": 30, "goal": 2, "the": 968}
    reference = {"vote": 2, "goal": 30, "the": 968}
    out = keyness(target, reference, min_count=1)
    assert out["term"].tolist() == ["vote"]
    flipped = keyness(reference, target, min_count=1)
    assert flipped["term"].tolist() == ["goal"]
    assert flipped.loc[0, "score"] == pytest.approx(out.loc[0, "score"])


def monroe_log_odds(y_i, y_j, prior_total=None):
    """Monroe, Colaresi & Quinn (2008) eq. 16-22, term by term with numpy scalars."""
    y_i, y_j = np.asarray(y_i, float), np.asarray(y_j, float)
    n_i, n_j = y_i.sum(), y_j.sum()
    y = y_i + y_j
    a0 = y.sum() if prior_total is None else prior_total
    alpha = y / y.sum() * a0  # informative prior: combined counts scaled to alpha_0
    omega_i = (y_i + alpha) / (n_i + a0 - y_i - alpha)
    omega_j = (y_j + alpha) / (n_j + a0 - y_j - alpha)
    delta = np.log(omega_i) - np.log(omega_j)
    sigma2 = 1 / (y_i + alpha) + 1 / (y_j + alpha)
    return delta, delta / np.sqrt(sigma2)


@pytest.mark.parametrize("prior_total", [None, 10.0, 500.0])
def test_log_odds_matches_monroe_et_al(prior_total):
    terms = ["vote", "goal", "party", "match", "the"]
    y_i = [40, 3, 25, 5, 300]
    y_j = [4, 35, 6, 20, 310]
    delta, z = monroe_log_odds(y_i, y_j, prior_total)
    out = keyness(dict(zip(terms, y_i, strict=True)), dict(zip(terms, y_j, strict=True)),
                  measure="log-odds", min_count=1, prior=prior_total)  # fmt: skip
    got = out.set_index("term")
    listed = [t for t, zz in zip(terms, z, strict=True) if zz > 0]
    assert set(got.index) == set(listed)
    for t, dd, zz in zip(terms, delta, z, strict=True):
        if zz > 0:
            assert got.loc[t, "score"] == pytest.approx(zz)
            assert got.loc[t, "delta"] == pytest.approx(dd)
    assert got["score"].is_monotonic_decreasing


def test_exclude_keeps_totals_and_min_count_filters():
    target = {"vote": 30, "the": 960, "rare": 3}
    reference = {"vote": 2, "the": 990, "rare": 0}
    out = keyness(target, reference, exclude={"the"}, min_count=4)
    assert out["term"].tolist() == ["vote"]
    assert (out.attrs["target_total"], out.attrs["reference_total"]) == (993, 992)
    assert out.loc[0, "score"] == pytest.approx(g2_by_hand(30, 2, 993, 992))
    assert keyness(target, reference, min_count=1)["term"].tolist()[:2] == ["vote", "rare"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"measure": "chi2"}, "measure"),
        ({"target_total": 10}, "smaller"),
        ({"reference_total": 0}, "both sides"),
    ],
)
def test_bad_parameters_are_refused(kwargs, message):
    with pytest.raises(ParameterError, match=message):
        keyness({"vote": 30, "the": 960}, {"vote": 2, "the": 990}, **kwargs)


def test_keyness_result_is_the_cli_json():
    out = keyness({"vote": 30, "the": 960}, {"vote": 2, "the": 990})
    result = json.loads(json.dumps(keyness_result(out)))
    assert set(result) == {"measure", "target_total", "reference_total", "terms"}
    assert (result["measure"], result["target_total"], result["reference_total"]) == (
        "g2",
        990,
        992,
    )
    assert result["terms"] == [
        {
            "term": "vote",
            "target_count": 30,
            "reference_count": 2,
            "score": pytest.approx(g2_by_hand(30, 2, 990, 992)),
        }  # fmt: skip
    ]


def test_counts_from_texts_are_word_tokens():
    texts = ["\u201cWe don\u2019t trust them,\u201d said Peskov.", "Russia's 2 envoys."]
    assert counts_from_texts(texts) == Counter(
        ["we", "don't", "trust", "them", "said", "peskov", "russia", "'s", "envoys"]
    )


# --- document selection -----------------------------------------------------------------------

DOCS = pd.DataFrame(
    {
        "doc_id": ["a", "b", "c", "d"],
        "category": ["politics", "sport", "Politics", "business"],
        "source": ["BBC", "BBC", "Reuters", "BBC"],
        "date": ["2025-01-05", "2025-01-31", "2025-02-01", None],
    }
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("category=politics", [True, False, True, False]),
        ("source=bbc", [True, True, False, True]),
        (" source = Reuters ", [False, False, True, False]),
        ("date=2025-01-01..2025-01-31", [True, True, False, False]),
        ("date=2025-01-31..", [False, True, True, False]),
        ("date=..2025-01-05", [True, False, False, False]),
        ("date=2025-02-01", [False, False, True, False]),
    ],
)
def test_select_documents(spec, expected):
    assert select_documents(DOCS, spec).tolist() == expected


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("topic=politics", "valid fields: doc_id, category, source, date"),
        ("politics", "FIELD=VALUE"),
        ("date=January", "YYYY-MM-DD"),
    ],
)
def test_select_documents_refuses_bad_specs(spec, message):
    with pytest.raises(ParameterError, match=message):
        select_documents(DOCS, spec)


def tiny_terms() -> pd.DataFrame:
    texts = {
        "a": "Labour won the vote. The vote was close.",
        "b": "The goal won the match.",
        "c": "Labour called a vote on the budget.",
        "d": "Shares rose on the vote.",
    }
    counts = {d: count_document_terms(t, [(0, len(t))], max_n=1) for d, t in texts.items()}
    return terms_table(counts, stopwords=load_stopwords("news"))


def test_keyness_between_sums_selected_documents():
    terms = tiny_terms()
    out = keyness_between(terms, DOCS, target="category=politics", reference="category=sport",
                          min_count=1)  # fmt: skip
    # politics a + c: 15 word tokens, vote 3, labour 2; sport b: 5 tokens, no vote or labour
    assert out.attrs["target_total"] == 15 and out.attrs["reference_total"] == 5
    got = out.set_index("term")
    assert got.loc["vote", "score"] == pytest.approx(g2_by_hand(3, 0, 15, 5))
    assert got.loc["labour", "score"] == pytest.approx(g2_by_hand(2, 0, 15, 5))
    assert "the" not in got.index  # stopword: left out of the list, kept in the totals
    others = keyness_between(terms, DOCS, target="category=politics", min_count=1)
    assert others.attrs["reference_total"] == 5 + 5  # b and d
    with_stop = keyness_between(terms, DOCS, target="category=politics", min_count=1,
                                include_stopwords=True, measure="log-odds")  # fmt: skip
    assert with_stop.attrs["measure"] == "log-odds"
    with pytest.raises(ParameterError, match="values of category: Politics, business"):
        keyness_between(terms, DOCS, target="category=culture")


# --- BBC acceptance ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def bbc_word_counts() -> dict[str, Counter[str]]:
    """Word counts of the BBC politics and sport files, built with tokens.words."""
    sides: dict[str, Counter[str]] = {}
    for category in ("politics", "sport"):
        counts: Counter[str] = Counter()
        for path in sorted((BBC / category).glob("*.txt")):
            counts.update(words(path.read_text(encoding="utf-8")))
        sides[category] = counts
    return sides


@pytest.mark.slow
@pytest.mark.parametrize("measure", ["g2", "log-odds"])
def test_bbc_politics_against_sport(measure):
    if not BBC.is_dir():
        pytest.skip("../shared/data/bbc-news is absent")
    sides = bbc_word_counts()
    stop = load_stopwords("news")
    out = keyness(sides["politics"], sides["sport"], measure=measure, exclude=stop, top=20)
    result = keyness_result(out)
    top = {t["term"] for t in result["terms"]}
    assert len(top & POLITICS) >= 5, top
    assert result["target_total"] == sum(sides["politics"].values())
    assert result["reference_total"] == sum(sides["sport"].values())
    if measure == "g2":  # the reported counts and totals reproduce every score
        c, d = result["target_total"], result["reference_total"]
        for t in result["terms"]:
            g2 = g2_by_hand(t["target_count"], t["reference_count"], c, d)
            assert t["score"] == pytest.approx(g2)
