"""Training for the stance model: softmax regression by L-BFGS in plain numpy, deterministic.

Split out of `stance` so inference stays small; `corpus_tools.stance.train_stance_model` calls
into here. The objective is the class-weighted sum of log-losses plus l2/2 * |W|^2 over sparse
feature rows from `stance.featurize`; weights are rounded and pruned so the JSON stays small.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .stance import DEFAULT_SETTINGS, LABELS, StanceModel, featurize, locate_rows


def train_stance_model(
    data: Iterable[Sequence[Any]] | pd.DataFrame,
    *,
    provenance: dict[str, Any] | None = None,
    **settings: Any,
) -> StanceModel:
    """Fit the softmax regression on (text, start, end, label) rows or a labelled DataFrame.

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
    """Softmax regression by L-BFGS on sparse rows: sum of log-losses + l2/2 * |W|^2."""
    df = Counter(name for f in feats for name in f)
    names = sorted(n for n, c in df.items() if c >= s["min_count"])
    index = {n: i for i, n in enumerate(names)}
    cols = [[(index[n], v) for n, v in f.items() if n in index] for f in feats]
    rows = np.repeat(np.arange(len(cols)), [len(c) for c in cols])
    idx = np.array([i for c in cols for i, _ in c], dtype=np.int64)
    val = np.array([v for c in cols for _, v in c], dtype=np.float64)
    n, d = len(cols), len(names)
    onehot = np.eye(k)[y]
    counts = np.bincount(y, minlength=k).astype(float)
    cw = n / (k * np.maximum(counts, 1)) if s["balanced"] else np.ones(k)
    onehot_w = onehot * cw[y][:, None]
    rw = cw[y][:, None]
    l2 = float(s["l2"])

    def loss_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[: d * k].reshape(d, k), theta[d * k :]
        contrib = val[:, None] * w[idx]
        z = np.stack([np.bincount(rows, contrib[:, j], minlength=n) for j in range(k)], 1) + b
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        g = (np.exp(logp) - onehot) * rw
        gw = np.stack([np.bincount(idx, val * g[rows, j], minlength=d) for j in range(k)], 1)
        loss = -(logp * onehot_w).sum() + l2 / 2 * (w * w).sum()
        return loss, np.concatenate([(gw + l2 * w).ravel(), g.sum(axis=0)])

    theta = _lbfgs(loss_grad, np.zeros(d * k + k), int(s["iterations"]))
    w, b = theta[: d * k].reshape(d, k), theta[d * k :]
    keep = np.abs(w).max(axis=1) >= float(s["prune"])
    weights = [{names[i]: round(float(w[i, j]), 4) for i in np.flatnonzero(keep)} for j in range(k)]
    return weights, [round(float(v - b.mean()), 4) for v in b]


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
