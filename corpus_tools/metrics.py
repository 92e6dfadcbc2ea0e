"""Agreement measures between gold labels and predictions (sentiment and stance validation)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any


def pearson_r(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson's correlation coefficient; nan when either side is constant.

    >>> round(pearson_r([1, 2, 3], [2, 4, 7]), 4)
    0.9934
    """
    n = len(x)
    if n != len(y) or n < 2:
        return math.nan
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        return math.nan
    return sxy / math.sqrt(sxx * syy)


def classification_metrics(
    gold: Sequence[str], predicted: Sequence[str], *, labels: Sequence[str]
) -> dict[str, Any]:
    """Accuracy, macro and weighted F1, per-class precision/recall/F1 and the confusion matrix.

    The confusion matrix is a dict gold label -> predicted label -> count.

    >>> m = classification_metrics(["a", "b", "b"], ["a", "b", "a"], labels=["a", "b"])
    >>> m["accuracy"], round(m["f1_macro"], 3)
    (0.6666666666666666, 0.667)
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    confusion = {g: {p: 0 for p in labels} for g in labels}
    for g, p in zip(gold, predicted):
        confusion[g][p] += 1
    per_class: dict[str, dict[str, float]] = {}
    for label in labels:
        tp = confusion[label][label]
        predicted_n = sum(confusion[g][label] for g in labels)
        support = sum(confusion[label].values())
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    n = len(gold)
    correct = sum(confusion[label][label] for label in labels)
    return {
        "n": n,
        "accuracy": correct / n if n else math.nan,
        "f1_macro": sum(c["f1"] for c in per_class.values()) / len(labels),
        "f1_weighted": (
            sum(c["f1"] * c["support"] for c in per_class.values()) / n if n else math.nan
        ),
        "per_class": per_class,
        "confusion": confusion,
    }
