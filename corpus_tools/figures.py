"""Matplotlib figures the report notebooks share. Each returns a Figure; nothing is shown here."""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

POSITIVE, NEUTRAL, NEGATIVE = "#2a9d8f", "#adb5bd", "#e76f51"


def _shorten(label: object, width: int = 60) -> str:
    text = str(label)
    return text if len(text) <= width else text[: width - 1] + "…"


def histogram(
    values: Sequence[float] | pd.Series,
    *,
    title: str,
    xlabel: str,
    bins: int = 21,
    thresholds: tuple[float, float] | None = (-0.05, 0.05),
) -> Figure:
    """A histogram, with the neutral band shaded when `thresholds` are given."""
    fig, ax = plt.subplots(figsize=(8, 3.6))
    ax.hist(
        list(values),
        bins=bins,
        range=(-1, 1) if thresholds else None,
        color="#457b9d",
        edgecolor="white",
    )
    if thresholds:
        ax.axvspan(*thresholds, color=NEUTRAL, alpha=0.35, label="neutral band (±0.05)")
        ax.legend(loc="upper left", frameon=False)
    ax.set(title=title, xlabel=xlabel, ylabel="count")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def bars(
    labels: Sequence[object],
    values: Sequence[float],
    *,
    title: str,
    xlabel: str,
    low: Sequence[float] | None = None,
    high: Sequence[float] | None = None,
    signed_colours: bool = False,
) -> Figure:
    """Horizontal bars, first item on top, with optional interval whiskers [low, high]."""
    n = len(values)
    fig, ax = plt.subplots(figsize=(8, max(2.0, 0.32 * n + 1)))
    y = np.arange(n)[::-1]
    colours = (
        [POSITIVE if v >= 0.05 else NEGATIVE if v <= -0.05 else NEUTRAL for v in values]
        if signed_colours
        else "#457b9d"
    )
    xerr = None
    if low is not None and high is not None:
        xerr = np.array([np.subtract(values, low), np.subtract(high, values)]).clip(min=0)
    ax.barh(y, values, xerr=xerr, color=colours, ecolor="#333333", capsize=2)
    ax.set_yticks(y, [_shorten(label) for label in labels])
    ax.set(title=title, xlabel=xlabel)
    if all(float(v).is_integer() for v in values):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 0.5 quotes
    if signed_colours:
        ax.axvline(0, color="#333333", linewidth=0.8)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def over_time(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    title: str,
    ylabel: str,
    group: str | None = None,
    low: str | None = None,
    high: str | None = None,
) -> Figure:
    """Lines over time (one per `group`), with a shaded interval when `low`/`high` are given."""
    fig, ax = plt.subplots(figsize=(8, 3.8))
    groups = frame.groupby(group) if group else [(y, frame)]
    for name, part in groups:
        part = part.sort_values(x)
        ax.plot(part[x], part[y], marker="o", label=str(name))
        if low and high:
            ax.fill_between(part[x], part[low], part[high], alpha=0.2)
    if group:
        ax.legend(frameon=False, fontsize="small")
    ax.set(title=title, ylabel=ylabel, xlabel="")
    ax.spines[["top", "right"]].set_visible(False)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def heatmap(
    values: pd.DataFrame,
    *,
    title: str,
    counts: pd.DataFrame | None = None,
    vmin: float = -1.0,
    vmax: float = 1.0,
) -> Figure:
    """A diverging heatmap of `values` (rows x columns), cells annotated with value and count."""
    fig, ax = plt.subplots(
        figsize=(max(5.0, 1.3 * values.shape[1] + 3), max(2.5, 0.45 * values.shape[0] + 1.5))
    )
    image = ax.imshow(
        values.to_numpy(dtype=float), cmap="RdYlGn", vmin=vmin, vmax=vmax, aspect="auto"
    )
    ax.set_xticks(
        range(values.shape[1]), [_shorten(c, 20) for c in values.columns], rotation=30, ha="right"
    )
    ax.set_yticks(range(values.shape[0]), [_shorten(r, 30) for r in values.index])
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v = values.iat[i, j]
            if pd.isna(v):
                continue
            n = f"\nn={int(counts.iat[i, j])}" if counts is not None else ""
            ax.text(j, i, f"{v:+.2f}{n}", ha="center", va="center", fontsize=8)
    fig.colorbar(image, ax=ax, shrink=0.8, label="mean stance score")
    ax.set_title(title)
    fig.tight_layout()
    return fig
