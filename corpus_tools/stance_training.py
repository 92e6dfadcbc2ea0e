"""Labelled stance data: reading it, training the model on it, validating the model against it.

Split out of `stance` so inference stays small; `corpus_tools.stance.train_stance_model` and
`validate_stance` call into here. The model: NB-scaled one-vs-rest logistic regressions fitted
by L-BFGS in plain numpy, deterministically. Per label, the objective is the class-balanced sum
of log-losses plus l2/2 * |w|^2 over sparse feature rows from `stance.featurize`, indicator
features scaled by their naive Bayes log-count ratio; weights are rounded and pruned so the JSON
stays small.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .errors import GoldFileError
from .metrics import classification_metrics
from .stance import DEFAULT_SETTINGS, LABELS, Method, StanceModel, featurize, predict_many

log = logging.getLogger(__name__)


def locate_rows(
    data: Iterable[Sequence[Any]] | pd.DataFrame, *, where: str = "<rows>"
) -> tuple[list[tuple[str, int, int, str]], int]:
    """(text, start, end, label) rows from tuples or a DataFrame with text, target, label and
    optional start, end; without offsets the target's first case-insensitive occurrence is used.
    Returns the rows and the number skipped because the target was not found."""
    if not isinstance(data, pd.DataFrame):
        return [(str(t), int(s), int(e), str(lab)) for t, s, e, lab in data], 0
    missing = {"text", "label"} - set(data.columns)
    if missing or not ({"target"} <= set(data.columns) or {"start", "end"} <= set(data.columns)):
        raise GoldFileError(where, "needs columns text, target, label (and optionally start, end)")
    has_span = {"start", "end"} <= set(data.columns)
    rows: list[tuple[str, int, int, str]] = []
    skipped = 0
    for i, rec in enumerate(data.to_dict("records")):
        text, label = str(rec["text"]), str(rec["label"]).strip().upper()
        if label not in LABELS:
            raise GoldFileError(
                where, f"row {i + 2}: label {rec['label']!r} is not one of {LABELS}"
            )
        if has_span and not (pd.isna(rec["start"]) or pd.isna(rec["end"])):
            start, end = int(rec["start"]), int(rec["end"])
            if not 0 <= start < end <= len(text):
                raise GoldFileError(where, f"row {i + 2}: span {start}:{end} outside the text")
        else:
            target = str(rec.get("target", ""))
            start = text.lower().find(target.lower()) if target else -1
            if start < 0:
                skipped += 1
                continue
            end = start + len(target)
        rows.append((text, start, end, label))
    if skipped:
        log.warning("%s: %d rows skipped: target not found in text", where, skipped)
    return rows, skipped


def train_stance_model(
    data: Iterable[Sequence[Any]] | pd.DataFrame,
    *,
    provenance: dict[str, Any] | None = None,
    **settings: Any,
) -> StanceModel:
    """Fit the per-label linear scores on (text, start, end, label) rows or a labelled DataFrame.

    Deterministic: the same rows and settings give the same JSON, bit for bit.

    >>> rows = [("Critics attacked Obama.", 17, 22, "AGAINST"), ("Fans praised Obama.", 13, 18,
    ...         "FAVOR"), ("Obama spoke.", 0, 5, "NONE")] * 3
    >>> m = train_stance_model(rows, min_count=1)
    >>> from corpus_tools.stance import predict_stance
    >>> predict_stance("Fans praised Obama.", 13, 18, model=m)[0]
    'FAVOR'
    """
    unknown = set(settings) - set(DEFAULT_SETTINGS)
    if unknown:
        raise ValueError(f"unknown settings {sorted(unknown)}; known: {sorted(DEFAULT_SETTINGS)}")
    s = DEFAULT_SETTINGS | settings
    rows, skipped = locate_rows(data)
    feats = [featurize(t, a, b, s) for t, a, b, _ in rows]
    y = np.array([LABELS.index(lab) for *_, lab in rows])
    weights, bias = _fit(feats, y, len(LABELS), s)
    prov = {"n": len(rows), "skipped": skipped, "date": dt.date.today().isoformat()}
    prov |= {"package_version": _package_version()} | (provenance or {})
    return StanceModel(
        {lab: weights[i] for i, lab in enumerate(LABELS)},
        {lab: bias[i] for i, lab in enumerate(LABELS)},
        s,
        prov,
    )


def _fit(
    feats: list[dict[str, float]], y: np.ndarray, k: int, s: dict[str, Any]
) -> tuple[list[dict[str, float]], list[float]]:
    """One-vs-rest logistic regressions on NB-scaled features (NBSVM, Wang & Manning 2012).

    Each indicator feature (a name with ":") is scaled per class by its log-count ratio
    r = log((p / |p|) / (q / |q|)), with p and q the smoothed counts of rows that have it in and
    out of the class, so words that say nothing about a class cost that class nothing and words
    that do are cheap to weight. Numeric features keep scale 1. The scaled weights are stored,
    so inference is the plain linear model.
    """
    df = Counter(name for f in feats for name in f)
    names = sorted(n for n, c in df.items() if c >= s["min_count"])
    index = {n: i for i, n in enumerate(names)}
    cols = [[(index[n], v) for n, v in f.items() if n in index] for f in feats]
    rows = np.repeat(np.arange(len(cols)), [len(c) for c in cols])
    idx = np.array([i for c in cols for i, _ in c], dtype=np.int64)
    val = np.array([v for c in cols for _, v in c], dtype=np.float64)
    n, d = len(cols), len(names)
    indicator = np.array([":" in name for name in names])
    alpha = float(s["nb_alpha"])
    weights, bias = [], []
    for j in range(k):
        yb = (y == j).astype(float)
        scale = np.ones(d)
        if alpha > 0:
            p = alpha + np.bincount(idx, (val > 0) * yb[rows], minlength=d)
            q = alpha + np.bincount(idx, (val > 0) * (1 - yb[rows]), minlength=d)
            scale[indicator] = np.log((p / p.sum()) / (q / q.sum()))[indicator]
        share = yb.mean() if s["balanced"] else 0.5
        rw = np.where(yb == 1, 0.5 / max(share, 1e-9), 0.5 / max(1 - share, 1e-9))
        theta = _fit_binary(rows, idx, val * scale[idx], yb, rw, n, d, s)
        weights.append(theta[:d] * scale)
        bias.append(theta[d])
    w_all = np.stack(weights, 1)
    keep = np.flatnonzero(np.abs(w_all).max(axis=1) >= float(s["prune"]))
    b = np.array(bias)
    return [{names[i]: round(float(w_all[i, j]), 4) for i in keep} for j in range(k)], [
        round(float(v - b.mean()), 4) for v in b
    ]


def _fit_binary(
    rows: np.ndarray,
    idx: np.ndarray,
    val: np.ndarray,
    yb: np.ndarray,
    rw: np.ndarray,
    n: int,
    d: int,
    s: dict[str, Any],
) -> np.ndarray:
    """Weighted logistic regression by L-BFGS: weights then bias (the bias is not penalised)."""
    l2 = float(s["l2"])

    def loss_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:d], theta[d]
        z = np.bincount(rows, val * w[idx], minlength=n) + b
        # log(1 + e^-z) and log(1 + e^z) without overflow
        loss_pos, loss_neg = np.logaddexp(0, -z), np.logaddexp(0, z)
        loss = (rw * (yb * loss_pos + (1 - yb) * loss_neg)).sum() + l2 / 2 * (w @ w)
        g = rw * (1 / (1 + np.exp(-z)) - yb)
        gw = np.bincount(idx, val * g[rows], minlength=d) + l2 * w
        return float(loss), np.append(gw, g.sum())

    return _lbfgs(loss_grad, np.zeros(d + 1), int(s["iterations"]))


def _lbfgs(fun: Any, x: np.ndarray, iterations: int, memory: int = 10) -> np.ndarray:
    """Minimise a smooth convex function with L-BFGS and a backtracking (Armijo) line search."""
    f, g = fun(x)
    hist: list[tuple[np.ndarray, np.ndarray, float]] = []
    for _ in range(iterations):
        q = g.copy()
        alphas = []
        for s_, y_, rho in reversed(hist):
            a = rho * (s_ @ q)
            alphas.append(a)
            q -= a * y_
        if hist:
            s_, y_, _ = hist[-1]
            q *= (s_ @ y_) / (y_ @ y_)
        else:
            q /= max(1.0, float(np.abs(g).max()))
        for (s_, y_, rho), a in zip(hist, reversed(alphas), strict=True):
            q += s_ * (a - rho * (y_ @ q))
        step, slope = 1.0, -(g @ q)
        while True:
            x_new = x - step * q
            f_new, g_new = fun(x_new)
            if f_new <= f + 1e-4 * step * slope or step < 1e-10:
                break
            step /= 2
        s_, y_ = x_new - x, g_new - g
        if s_ @ y_ > 1e-12:
            hist = [*hist[-memory + 1 :], (s_, y_, 1.0 / (s_ @ y_))]
        done = abs(f - f_new) <= 1e-9 * max(1.0, abs(f))
        x, f, g = x_new, f_new, g_new
        if done or np.abs(g).max() < 1e-6:
            break
    return x


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("corpus-tools")
    except PackageNotFoundError:
        return "unknown"


def validate_stance(
    gold_path: str | Path, *, model: StanceModel | None = None, method: Method = "model"
) -> tuple[dict[str, Any], pd.DataFrame]:
    """Score a gold CSV (text, target, label[, start, end][, id]) and compare with the labels.

    Returns metrics (n, f1_macro, f_avg = mean F1 of FAVOR and AGAINST as in SemEval-2016,
    accuracy, per_class, confusion) and a table id, gold, predicted, text in gold order.
    """
    try:
        gold = pd.read_csv(gold_path, dtype={"text": str, "target": str, "label": str})
    except (OSError, ValueError, pd.errors.ParserError) as exc:
        raise GoldFileError(gold_path, f"cannot read stance gold CSV ({exc})") from exc
    gold = gold.reset_index(drop=True)
    if "text" in gold and gold["text"].isna().any():
        raise GoldFileError(gold_path, f"row {int(gold['text'].isna().idxmax()) + 2}: empty text")
    rows, _ = _locate_all(gold, str(gold_path))
    predicted = [lab for lab, _ in predict_many([r[:3] for r in rows], model=model, method=method)]
    labels = [r[3] for r in rows]
    metrics = classification_metrics(labels, predicted, labels=list(LABELS))
    per = metrics["per_class"]
    metrics["f_avg"] = (per["FAVOR"]["f1"] + per["AGAINST"]["f1"]) / 2
    keep = ["n", "f1_macro", "f_avg", "accuracy", "f1_weighted", "per_class", "confusion"]
    metrics = {k: metrics[k] for k in keep} | {"method": method}
    ids = gold["id"] if "id" in gold else pd.Series(range(1, len(gold) + 1))
    table = pd.DataFrame({"id": ids.to_numpy(), "gold": labels, "predicted": predicted})
    table["text"] = [r[0] for r in rows]
    return metrics, table


def _locate_all(gold: pd.DataFrame, where: str) -> tuple[list[tuple[str, int, int, str]], int]:
    rows, skipped = locate_rows(gold, where=where)
    if skipped:  # validation must score every gold row, in order
        raise GoldFileError(where, f"{skipped} rows: target not found in text; add start,end")
    return rows, skipped
