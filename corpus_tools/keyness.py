"""Keyness: which terms are over-represented in a target set of documents against a reference.

Two measures:
- "g2": the log-likelihood G2 of corpus keyness as Rayson & Garside (2000) and the UCREL
  log-likelihood calculator compute it, G2 = 2 * (a * ln(a / E1) + b * ln(b / E2)) with
  E1 = c * (a + b) / (c + d) and E2 = d * (a + b) / (c + d) (a, b: the term's counts in target
  and reference; c, d: the totals of word tokens of each side; a zero count adds 0), signed
  positive when a / c > b / d. (Dunning's full 2x2 table adds the two "other words" cells,
  which differ by well under 1% at corpus sizes.) p_value is the chi-square
  (1 df) tail, erfc(sqrt(G2 / 2)); log_ratio = log2(((a + 0.5) / c) / ((b + 0.5) / d)), 0.5
  added to both counts so that a term absent from one side gets a finite effect size.
- "log-odds": Monroe, Colaresi & Quinn (2008) "Fightin' Words", eq. 16-22: the log-odds ratio
  with an informative Dirichlet prior, delta = ln((a + al) / (c + al0 - a - al))
  - ln((b + al) / (d + al0 - b - al)), var = 1 / (a + al) + 1 / (b + al), score = delta /
  sqrt(var) (the z-score). al, the prior for a term, is its combined count a + b scaled so the
  prior sums to al0 (default: the combined counts themselves, al0 = their sum).
Totals are all word tokens of each side, stopwords included, even when stopwords are left out
of the list of terms (`exclude`): the totals are what the formula uses.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from typing import Any, Literal

import numpy as np
import pandas as pd

from .errors import ParameterError
from .tokens import words

log = logging.getLogger(__name__)

Measure = Literal["g2", "log-odds"]
MEASURES: tuple[str, ...] = ("g2", "log-odds")


def counts_from_texts(texts: Iterable[str]) -> Counter[str]:
    """Counts of the word terms of `texts` (stopwords included), e.g. quotes versus narration.

    >>> counts_from_texts(["Russia’s talks", "Russia's arms"])["'s"]
    2
    """
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(words(text))
    return counts


def _as_series(counts: Mapping[str, int] | pd.Series) -> pd.Series:
    series = counts if isinstance(counts, pd.Series) else pd.Series(dict(counts), dtype="int64")
    return series.astype("int64")


def _g2(a: np.ndarray, b: np.ndarray, c: float, d: float) -> np.ndarray:
    """Rayson & Garside's G2 for counts a, b in corpora of c and d tokens, element-wise."""
    n = c + d
    total = np.zeros_like(a, dtype=float)
    for obs, expected in ((a, (a + b) * c / n), (b, (a + b) * d / n)):
        obs = np.asarray(obs, dtype=float)
        safe = np.where(obs > 0, obs, 1.0)
        total += np.where(obs > 0, obs * np.log(safe / np.where(expected > 0, expected, 1.0)), 0)
    return 2 * total


def keyness(
    target_counts: Mapping[str, int] | pd.Series,
    reference_counts: Mapping[str, int] | pd.Series,
    *,
    measure: Measure = "g2",
    top: int = 20,
    min_count: int = 5,
    prior: float | None = None,
    target_total: int | None = None,
    reference_total: int | None = None,
    exclude: Collection[str] = frozenset(),
) -> pd.DataFrame:
    """The `top` terms most over-represented in target against reference, highest score first.

    Columns: term, target_count, reference_count, score, then p_value and log_ratio (g2) or
    delta (log-odds). Only terms with score > 0 and target + reference count >= `min_count`
    are listed; terms in `exclude` (e.g. stopwords) are never listed but still count in the
    totals. The totals default to the sums of the counts given; `prior` is the log-odds prior's
    total al0. df.attrs holds measure, target_total and reference_total.

    >>> out = keyness({"vote": 30, "the": 500}, {"vote": 2, "the": 520},
    ...               target_total=1000, reference_total=1000)
    >>> out[["term", "target_count", "reference_count"]].values.tolist()
    [['vote', 30, 2]]
    >>> float(round(out.loc[0, "score"], 1)), out.attrs["target_total"]
    (29.4, 1000)
    """
    if measure not in MEASURES:
        raise ParameterError(f"measure must be one of {list(MEASURES)}, not {measure!r}")
    tgt, ref = _as_series(target_counts), _as_series(reference_counts)
    table = pd.concat([tgt.rename("target_count"), ref.rename("reference_count")], axis=1)
    table = table.fillna(0).astype("int64")
    table.index.name = "term"
    table = table[(table["target_count"] + table["reference_count"]) > 0]  # no 0/0 cells
    c = int(tgt.sum()) if target_total is None else int(target_total)
    d = int(ref.sum()) if reference_total is None else int(reference_total)
    if c <= 0 or d <= 0:
        raise ParameterError(
            f"keyness needs words on both sides (target total {c}, reference total {d})"
        )
    if c < int(tgt.sum()) or d < int(ref.sum()):
        raise ParameterError("a total is smaller than the sum of its counts")
    a = table["target_count"].to_numpy(dtype=float)
    b = table["reference_count"].to_numpy(dtype=float)
    if measure == "g2":
        sign = np.sign(a / c - b / d)
        g2 = _g2(a, b, c, d)
        table["score"] = sign * g2
        table["p_value"] = [math.erfc(math.sqrt(max(x, 0.0) / 2)) for x in g2]
        table["log_ratio"] = np.log2(((a + 0.5) / c) / ((b + 0.5) / d))
    else:
        combined = a + b
        alpha0 = combined.sum() if prior is None else float(prior)
        if prior is not None and alpha0 <= 0:
            raise ParameterError(f"the log-odds prior total must be positive, not {prior}")
        alpha = combined * alpha0 / combined.sum()
        delta = np.log((a + alpha) / (c + alpha0 - a - alpha)) - np.log(
            (b + alpha) / (d + alpha0 - b - alpha)
        )
        table["score"] = delta / np.sqrt(1 / (a + alpha) + 1 / (b + alpha))
        table["delta"] = delta
    keep = (table["score"] > 0) & (a + b >= min_count) & ~table.index.isin(list(exclude))
    out = table[keep].reset_index()
    out = out.sort_values(["score", "term"], ascending=[False, True]).head(top)
    out = out.reset_index(drop=True)
    out.attrs.update(measure=measure, target_total=c, reference_total=d)
    return out


def keyness_result(table: pd.DataFrame) -> dict[str, Any]:
    """The command line's JSON form of a `keyness` table: {measure, target_total,
    reference_total, terms: [{term, target_count, reference_count, score}, ...]}.

    >>> keyness_result(keyness({"vote": 30}, {"vote": 2}, target_total=99, reference_total=99))
    ... # doctest: +ELLIPSIS
    {'measure': 'g2', 'target_total': 99, 'reference_total': 99, 'terms': [{'term': 'vote', ...}]}
    """
    return {
        "measure": table.attrs["measure"],
        "target_total": int(table.attrs["target_total"]),
        "reference_total": int(table.attrs["reference_total"]),
        "terms": [
            {
                "term": str(row.term),
                "target_count": int(row.target_count),
                "reference_count": int(row.reference_count),
                "score": float(row.score),
            }
            for row in table.itertuples(index=False)
        ],
    }


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_RANGE = re.compile(r"^(?P<lo>\d{4}-\d{2}-\d{2})?\.\.(?P<hi>\d{4}-\d{2}-\d{2})?$")


def select_documents(documents: pd.DataFrame, spec: str) -> pd.Series:
    """Which documents a "FIELD=VALUE" spec selects, as a boolean Series aligned with `documents`.

    Any documents column may be the FIELD; text values match case-insensitively. For `date`,
    VALUE is a day (2025-01-31) or an inclusive range (2025-01-01..2025-01-31; either end may be
    left open).

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "category": ["politics", "sport"],
    ...                      "date": ["2025-01-05", "2025-02-01"]})
    >>> select_documents(docs, "category=Politics").tolist()
    [True, False]
    >>> select_documents(docs, "date=2025-01-01..2025-01-31").tolist()
    [True, False]
    """
    field, sep, value = spec.partition("=")
    field, value = field.strip(), value.strip()
    if not sep or not field:
        raise ParameterError(f"a selection must look like FIELD=VALUE, not {spec!r}")
    if field not in documents.columns:
        raise ParameterError(
            f"unknown field {field!r} in {spec!r}; valid fields: {', '.join(map(str, documents))}"
        )
    column = documents[field]
    if field == "date":
        dates = pd.to_datetime(column, errors="coerce")
        span = _DATE_RANGE.match(value)
        try:
            if span:
                lo, hi = span.group("lo"), span.group("hi")
                selected = pd.Series(True, index=documents.index)
                if lo:
                    selected &= dates >= pd.Timestamp(lo)
                if hi:
                    selected &= dates <= pd.Timestamp(hi)
                return selected & dates.notna()
            if not _DAY.match(value):
                raise ValueError(value)
            return dates == pd.Timestamp(value)
        except ValueError as exc:
            raise ParameterError(
                f"bad date in {spec!r}: use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD"
            ) from exc
    return column.astype(str).str.casefold() == value.casefold()


def _summed_unigrams(terms: pd.DataFrame, doc_ids: pd.Series) -> pd.Series:
    rows = terms[(terms["n"] == 1) & terms["doc_id"].isin(doc_ids)]
    return rows.groupby("term")["count"].sum()


def keyness_between(
    terms: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    target: str,
    reference: str | None = None,
    measure: Measure = "g2",
    top: int = 20,
    include_stopwords: bool = False,
    min_count: int = 5,
    prior: float | None = None,
) -> pd.DataFrame:
    """Keyness of the documents selected by `target` against those selected by `reference`
    (default: all other documents), on unigram counts from the `terms` table.

    Stopwords (the `is_stopword` flag) are left out of the list unless include_stopwords, but
    always count in the totals (all word tokens of each side).

    >>> terms = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "term": ["vote", "the"] * 2,
    ...     "n": 1, "count": [30, 500, 2, 520], "is_stopword": [False, True] * 2})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "category": ["politics", "sport"]})
    >>> keyness_between(terms, docs, target="category=politics")["term"].tolist()
    ['vote']
    """
    in_target = select_documents(documents, target)
    in_reference = ~in_target if reference is None else select_documents(documents, reference)
    for spec, chosen in ((target, in_target), (reference or "(all others)", in_reference)):
        if not chosen.any():
            field = spec.partition("=")[0].strip()
            known = (
                sorted(map(str, documents[field].dropna().unique()))[:20]
                if field in documents
                else []
            )
            raise ParameterError(
                f"{spec!r} selects no documents"
                + (f"; values of {field}: {', '.join(known)}" if known else "")
            )
    tgt = _summed_unigrams(terms, documents.loc[in_target, "doc_id"])
    ref = _summed_unigrams(terms, documents.loc[in_reference, "doc_id"])
    stop: Collection[str] = frozenset()
    if not include_stopwords:
        flagged = terms.loc[(terms["n"] == 1) & terms["is_stopword"], "term"]
        stop = frozenset(flagged.unique())
    log.info(
        "keyness: %d target and %d reference documents", int(in_target.sum()), in_reference.sum()
    )
    return keyness(
        tgt, ref, measure=measure, top=top, min_count=min_count, prior=prior, exclude=stop
    )
