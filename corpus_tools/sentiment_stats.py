"""Sentiment statistics for reports: labels at VADER's thresholds, bootstrap intervals,
summaries per group and period. Pure functions over pandas tables of sentence scores."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd

from .errors import ParameterError

# As in the VADER paper: compound >= 0.05 positive, <= -0.05 negative, else neutral.
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05


def label_from_compound(c: float) -> Literal["positive", "neutral", "negative"]:
    """VADER's three classes from a compound score (>= 0.05 positive, <= -0.05 negative).

    >>> label_from_compound(0.05), label_from_compound(0.0), label_from_compound(-0.3412)
    ('positive', 'neutral', 'negative')
    """
    if c >= POSITIVE_THRESHOLD:
        return "positive"
    if c <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


def bootstrap_mean_ci(
    values: Sequence[float], *, n_resamples: int = 2000, confidence: float = 0.95, seed: int = 0
) -> tuple[float, float, float]:
    """Mean and percentile-bootstrap confidence interval (mean, low, high); NaNs are dropped.

    No values give (nan, nan, nan); one value gives (value, nan, nan): one draw has no spread.

    >>> mean, low, high = bootstrap_mean_ci([0.2, -0.4, 0.5, 0.1, 0.0])
    >>> round(mean, 2), low < mean < high
    (0.08, True)
    """
    if n_resamples < 1 or not 0 < confidence < 1:
        raise ParameterError("bootstrap needs n_resamples >= 1 and 0 < confidence < 1")
    data = np.asarray(values, dtype=float)
    data = data[~np.isnan(data)]
    n = data.size
    if n == 0:
        return math.nan, math.nan, math.nan
    mean = float(data.mean())
    if n == 1:
        return mean, math.nan, math.nan
    rng = np.random.default_rng(seed)
    # Resample in blocks: n_resamples x n indices at once would be 640 MB for 40k sentences.
    block = max(1, 2_000_000 // n)
    means = np.empty(n_resamples)
    for start in range(0, n_resamples, block):
        stop = min(start + block, n_resamples)
        means[start:stop] = data[rng.integers(0, n, size=(stop - start, n))].mean(axis=1)
    tail = (1 - confidence) / 2
    low, high = np.quantile(means, [tail, 1 - tail])
    return mean, float(low), float(high)


def summarise_sentiment(sentences: pd.DataFrame, *, by: str | list[str]) -> pd.DataFrame:
    """Per group: n, mean compound with a bootstrap 95% interval, and shares of the three labels.

    Columns: the `by` columns, n, mean, ci_low, ci_high, share_positive, share_neutral,
    share_negative. Groups come out sorted; a missing key (NaN) forms its own group.

    >>> df = pd.DataFrame({"doc_id": ["a", "a", "b"], "compound": [0.5, -0.3, 0.0]})
    >>> summarise_sentiment(df, by="doc_id")[["doc_id", "n", "mean", "share_positive"]]
      doc_id  n  mean  share_positive
    0      a  2   0.1             0.5
    1      b  1   0.0             0.0
    """
    keys = [by] if isinstance(by, str) else list(by)
    missing = [c for c in [*keys, "compound"] if c not in sentences.columns]
    if missing:
        raise ParameterError(f"summarise_sentiment: no column {missing}; have {list(sentences)}")
    rows = []
    for key, group in sentences.groupby(keys, dropna=False, sort=True, observed=True):
        compound = group["compound"].to_numpy(dtype=float)
        mean, low, high = bootstrap_mean_ci(compound)
        n = int(np.count_nonzero(~np.isnan(compound)))
        positive = int(np.count_nonzero(compound >= POSITIVE_THRESHOLD))
        negative = int(np.count_nonzero(compound <= NEGATIVE_THRESHOLD))
        rows.append(
            {
                **dict(zip(keys, key, strict=True)),
                "n": n,
                "mean": mean,
                "ci_low": low,
                "ci_high": high,
                "share_positive": positive / n if n else math.nan,
                "share_neutral": (n - positive - negative) / n if n else math.nan,
                "share_negative": negative / n if n else math.nan,
            }
        )
    columns = [*keys, "n", "mean", "ci_low", "ci_high"]
    columns += ["share_positive", "share_neutral", "share_negative"]
    return pd.DataFrame(rows, columns=columns)


_FREQ = {"D": "D", "W": "W", "M": "M"}


def add_period(
    sentences: pd.DataFrame, *, date_column: str = "date", freq: Literal["D", "W", "M"]
) -> pd.DataFrame:
    """A copy with a `period` column: the start of the day, week (Monday) or month of each date.

    Unparseable or missing dates give NaT, which summarise_sentiment keeps as its own group.

    >>> df = pd.DataFrame({"date": ["2025-03-05", "2025-03-20", None]})
    >>> add_period(df, freq="M")["period"].dt.strftime("%Y-%m-%d").tolist()
    ['2025-03-01', '2025-03-01', nan]
    """
    if freq not in _FREQ:
        raise ParameterError(f"freq must be one of {sorted(_FREQ)}, not {freq!r}")
    if date_column not in sentences.columns:
        raise ParameterError(f"add_period: no column {date_column!r}; have {list(sentences)}")
    dates = sentences[date_column]
    if not pd.api.types.is_datetime64_any_dtype(dates):
        # "mixed": pandas otherwise guesses one format from the first value and drops the rest.
        dates = pd.to_datetime(dates, errors="coerce", format="mixed")
    if isinstance(dates.dtype, pd.DatetimeTZDtype):
        dates = dates.dt.tz_localize(None)
    return sentences.assign(period=dates.dt.to_period(_FREQ[freq]).dt.start_time)
