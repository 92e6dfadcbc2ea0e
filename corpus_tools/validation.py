"""Validate VADER sentence scores against human sentiment ratings or labels.

Gold files come in two forms (see DESIGN.md, "Sentiment gold"):
- the VADER ground-truth TSV of Hutto & Gilbert (2014): `id<TAB>mean rating in [-4, 4]<TAB>text`,
  no header; ratings are divided by 4;
- a CSV with a `text` column and `score` in [-1, 1] and/or `label` (positive/neutral/negative),
  optionally `id`. With both, `label` gives the gold classes and `score` the correlation.
Each gold text is scored as one unit. Classes on both sides come from the VADER paper's
thresholds on the compound score: >= 0.05 positive, <= -0.05 negative, otherwise neutral.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from corpus_tools.errors import CorpusToolsError, GoldFileError
from corpus_tools.metrics import classification_metrics, pearson_r
from corpus_tools.sentiment import score_texts
from corpus_tools.sentiment_stats import label_from_compound

LABELS = ("positive", "neutral", "negative")
GoldFormat = Literal["vader-tsv", "csv"]


def validate_sentiment(gold_path: str | Path) -> tuple[dict[str, Any], pd.DataFrame]:
    """Score every gold text and measure agreement: (metrics, predictions in gold order).

    Metrics: n, pearson_r (None without gold scores), accuracy, f1_macro, f1_weighted,
    per_class {label: precision, recall, f1, support}, confusion {gold: {predicted: count}},
    and format. Predictions: id, gold (score or label), predicted (compound), text.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = os.path.join(d, "gold.csv")
    ...     _ = open(path, "w").write("text,label\\nIt went well.,positive\\nIt failed.,negative")
    ...     metrics, predictions = validate_sentiment(path)
    >>> metrics["n"], metrics["accuracy"], predictions["predicted"].tolist()
    (2, 1.0, [0.2732, -0.5106])
    """
    gold, fmt = read_gold(gold_path)
    predicted = [s.compound for s in score_texts(gold["text"])]
    has_scores = gold["score"].notna().all()
    if "label" in gold and gold["label"].notna().all():
        gold_labels = gold["label"].tolist()
    else:
        gold_labels = [label_from_compound(s) for s in gold["score"]]
    predicted_labels = [label_from_compound(c) for c in predicted]
    scores = classification_metrics(gold_labels, predicted_labels, labels=LABELS)
    r = pearson_r(gold["score"].tolist(), predicted) if has_scores else math.nan
    metrics = {
        "n": scores["n"],
        "pearson_r": None if math.isnan(r) else r,
        "accuracy": scores["accuracy"],
        "f1_macro": scores["f1_macro"],
        "f1_weighted": scores["f1_weighted"],
        "per_class": scores["per_class"],
        "confusion": scores["confusion"],
        "format": fmt,
    }
    predictions = pd.DataFrame(
        {
            "id": gold["id"],
            "gold": gold["score"] if has_scores else gold["label"],
            "predicted": predicted,
            "text": gold["text"],
        }
    )
    return metrics, predictions


def read_gold(gold_path: str | Path) -> tuple[pd.DataFrame, GoldFormat]:
    """Read a gold file into columns id, score (in [-1, 1] or NaN), label (or None), text.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = os.path.join(d, "gold.txt")
    ...     _ = open(path, "w").write("7\\t-2.0\\tThe talks failed.\\n")
    ...     gold, fmt = read_gold(path)
    >>> fmt, gold.loc[0, "id"], float(gold.loc[0, "score"])
    ('vader-tsv', '7', -0.5)
    """
    path = Path(gold_path)
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise GoldFileError(path, f"cannot read the file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise GoldFileError(path, f"not UTF-8 text (byte {exc.start})") from exc
    lines = content.splitlines()
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise GoldFileError(path, "the file is empty")
    if path.suffix.lower() != ".csv" and _looks_like_vader_tsv(first):
        return _read_vader_tsv(path, lines), "vader-tsv"
    return _read_csv(path, content), "csv"


def _looks_like_vader_tsv(line: str) -> bool:
    parts = line.split("\t", 2)
    return len(parts) == 3 and _parse_float(parts[1]) is not None


def _parse_float(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _read_vader_tsv(path: Path, lines: list[str]) -> pd.DataFrame:
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        parts = line.split("\t", 2)
        if len(parts) != 3:
            raise GoldFileError(path, f"line {number}: expected id<TAB>rating<TAB>text")
        rating = _parse_float(parts[1])
        if rating is None or not -4 <= rating <= 4:
            raise GoldFileError(path, f"line {number}: rating {parts[1]!r} is not in [-4, 4]")
        rows.append((parts[0], rating / 4, None, parts[2]))
    return pd.DataFrame(rows, columns=["id", "score", "label", "text"])


def _read_csv(path: Path, content: str) -> pd.DataFrame:
    reader = csv.DictReader(io.StringIO(content, newline=""))
    columns = [c.strip() for c in reader.fieldnames or []]
    reader.fieldnames = columns
    if "text" not in columns or not {"score", "label"} & set(columns):
        raise GoldFileError(
            path,
            "expected a VADER ground-truth TSV (id<TAB>rating<TAB>text) or a CSV with a header "
            f"naming `text` and `score` and/or `label`; found columns {columns}",
        )
    rows: list[tuple[str, float, str | None, str]] = []
    for record in reader:
        where = f"line {reader.line_num}"
        if None in record:
            raise GoldFileError(path, f"{where}: more fields than the header names")
        text = record["text"]
        if text is None or not text.strip():
            raise GoldFileError(path, f"{where}: empty text")
        score = None
        if "score" in record:
            score = _parse_float(record["score"] or "")
            if score is None or not -1 <= score <= 1:
                raise GoldFileError(path, f"{where}: score {record['score']!r} is not in [-1, 1]")
        label = None
        if "label" in record:
            label = (record["label"] or "").strip().lower()
            if label not in LABELS:
                raise GoldFileError(
                    path, f"{where}: label {record['label']!r} is not one of {', '.join(LABELS)}"
                )
        row_id = record.get("id") or str(len(rows) + 1)
        rows.append((row_id, math.nan if score is None else score, label, text))
    if not rows:
        raise GoldFileError(path, "no gold items after the header")
    return pd.DataFrame(rows, columns=["id", "score", "label", "text"])


def write_predictions(predictions: pd.DataFrame, path: str | Path) -> None:
    """Write the predictions table as CSV with columns id, gold, predicted, text.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     out = os.path.join(d, "p.csv")
    ...     write_predictions(pd.DataFrame({"id": [1], "gold": [0.5], "predicted": [0.44],
    ...                                     "text": ["A good deal."]}), out)
    ...     open(out).read().splitlines()
    ['id,gold,predicted,text', '1,0.5,0.44,A good deal.']
    """
    try:
        predictions[["id", "gold", "predicted", "text"]].to_csv(path, index=False)
    except OSError as exc:
        raise CorpusToolsError(f"{path}: cannot write predictions ({exc.strerror or exc})") from exc


def format_metrics(metrics: dict[str, Any]) -> str:
    """A plain-text table of validation metrics (sentiment or stance), for the command line.

    >>> m = {"n": 2, "pearson_r": None, "accuracy": 0.5, "f1_macro": 0.3, "f1_weighted": 0.4,
    ...      "per_class": {k: {"precision": 1.0, "recall": 0.5, "f1": 0.667, "support": 1}
    ...                    for k in LABELS},
    ...      "confusion": {g: {p: 0 for p in LABELS} for g in LABELS}}
    >>> print(format_metrics(m).splitlines()[1])
    pearson_r    n/a
    """

    def number(value: float | None) -> str:
        return "n/a" if value is None or math.isnan(value) else f"{value:.3f}"

    lines = [f"{'n':<12} {metrics['n']}"]
    # Sentiment has pearson_r, stance has f_avg: show the headline numbers each one has.
    for key in ("pearson_r", "f_avg", "accuracy", "f1_macro", "f1_weighted"):
        if key in metrics:
            lines.append(f"{key:<12} {number(metrics[key])}")
    lines += ["", f"{'class':<10} {'precision':>9} {'recall':>7} {'f1':>7} {'support':>8}"]
    for label, c in metrics["per_class"].items():
        lines.append(
            f"{label:<10} {number(c['precision']):>9} {number(c['recall']):>7} "
            f"{number(c['f1']):>7} {c['support']:>8}"
        )
    labels = list(metrics["confusion"])
    lines += ["", "confusion (rows: gold, columns: predicted)"]
    lines.append(f"{'':<10} " + " ".join(f"{p:>9}" for p in labels))
    for gold in labels:
        counts = " ".join(f"{metrics['confusion'][gold][p]:>9}" for p in labels)
        lines.append(f"{gold:<10} {counts}")
    return "\n".join(lines)
