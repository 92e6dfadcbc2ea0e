"""corpus_tools.validation: gold files, metrics checked by hand and against sklearn/scipy."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pandas as pd
import pytest
from scipy.stats import pearsonr
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

from corpus_tools.errors import GoldFileError
from corpus_tools.sentiment import label_from_compound, score_text_reference
from corpus_tools.validation import (
    LABELS,
    format_metrics,
    read_gold,
    validate_sentiment,
    write_predictions,
)

# (text, gold label, gold score). VADER gets the last one wrong: "Nobody was hurt." reads negative.
ROWS = [
    ("The ceasefire is a welcome step.", "positive", 0.6),
    ("Talks collapsed amid bitter accusations.", "negative", -0.8),
    ("The meeting is on Tuesday.", "neutral", 0.0),
    ("Officials praised the progress.", "positive", 0.5),
    ("Nobody was hurt.", "positive", 0.3),
]


def write_csv(path: Path, header: list[str], rows: list[tuple]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_fixture_predictions_are_what_the_hand_count_assumes() -> None:
    predicted = [label_from_compound(score_text_reference(t).compound) for t, _, _ in ROWS]
    assert predicted == ["positive", "negative", "neutral", "positive", "negative"]


def test_labels_csv_metrics_by_hand(tmp_path: Path) -> None:
    gold = write_csv(tmp_path / "gold.csv", ["text", "label"], [(t, lab) for t, lab, _ in ROWS])
    metrics, predictions = validate_sentiment(gold)
    assert metrics["n"] == 5
    assert metrics["pearson_r"] is None
    assert metrics["accuracy"] == pytest.approx(4 / 5)
    # positive: P 2/2, R 2/3, F1 0.8; neutral: 1, 1, 1; negative: P 1/2, R 1/1, F1 2/3.
    assert metrics["per_class"]["positive"] == pytest.approx(
        {"precision": 1.0, "recall": 2 / 3, "f1": 0.8, "support": 3}
    )
    assert metrics["per_class"]["neutral"]["f1"] == 1.0
    assert metrics["per_class"]["negative"]["precision"] == 0.5
    assert metrics["f1_macro"] == pytest.approx((0.8 + 1 + 2 / 3) / 3)
    assert metrics["f1_weighted"] == pytest.approx((0.8 * 3 + 1 + 2 / 3) / 5)
    assert metrics["confusion"]["positive"] == {"positive": 2, "neutral": 0, "negative": 1}
    assert list(predictions.columns) == ["id", "gold", "predicted", "text"]
    assert predictions["id"].tolist() == ["1", "2", "3", "4", "5"]
    assert predictions["gold"].tolist() == [lab for _, lab, _ in ROWS]
    assert predictions["text"].tolist() == [t for t, _, _ in ROWS]
    json.dumps(metrics, allow_nan=False)  # the CLI's --json output must be strict JSON


def test_scores_csv_pearson_against_scipy(tmp_path: Path) -> None:
    rows = [(f"n{k}", t, s) for k, (t, _, s) in enumerate(ROWS)]
    gold = write_csv(tmp_path / "gold.csv", ["id", "text", "score"], rows)
    metrics, predictions = validate_sentiment(gold)
    expected = [score_text_reference(t).compound for t, _, _ in ROWS]
    assert predictions["predicted"].tolist() == expected
    assert predictions["id"].tolist() == ["n0", "n1", "n2", "n3", "n4"]
    assert metrics["pearson_r"] == pytest.approx(pearsonr([s for *_, s in ROWS], expected)[0])
    # Gold classes from the score thresholds: 0.3 is positive, so the same hand count holds.
    assert metrics["accuracy"] == pytest.approx(4 / 5)


def test_label_wins_over_score_for_classes(tmp_path: Path) -> None:
    rows = [(t, "negative", s) for t, _, s in ROWS]
    metrics, _ = validate_sentiment(write_csv(tmp_path / "g.csv", ["text", "label", "score"], rows))
    assert metrics["per_class"]["negative"]["support"] == 5
    assert metrics["pearson_r"] is not None


def test_vader_tsv_is_read_and_divided_by_four(tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text("a1\t2.5\tA great result.\r\na2\t-4\tA disaster.\r\n\r\n", encoding="utf-8")
    frame, fmt = read_gold(gold)
    assert fmt == "vader-tsv"
    assert frame["id"].tolist() == ["a1", "a2"]
    assert frame["score"].tolist() == [0.625, -1.0]
    assert frame["text"].tolist() == ["A great result.", "A disaster."]


def test_write_predictions_round_trip(tmp_path: Path) -> None:
    gold = write_csv(tmp_path / "gold.csv", ["text", "score"], [(t, s) for t, _, s in ROWS])
    _, predictions = validate_sentiment(gold)
    out = tmp_path / "predictions.csv"
    write_predictions(predictions, out)
    back = pd.read_csv(out)
    assert list(back.columns) == ["id", "gold", "predicted", "text"]
    assert back["predicted"].tolist() == predictions["predicted"].tolist()
    assert back["text"].tolist() == [t for t, _, _ in ROWS]


def test_format_metrics_shows_every_number(tmp_path: Path) -> None:
    gold = write_csv(tmp_path / "gold.csv", ["text", "label"], [(t, lab) for t, lab, _ in ROWS])
    text = format_metrics(validate_sentiment(gold)[0])
    assert "accuracy     0.800" in text
    assert "pearson_r    n/a" in text
    assert "positive       1.000   0.667   0.800        3" in text


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("g.txt", "1\t1.5\tGood.\n2\tabc\tBad.\n", "line 2: rating 'abc'"),
        ("g.txt", "1\t1.5\tGood.\n2\t4.5\tBad.\n", "line 2: rating '4.5' is not in [-4, 4]"),
        ("g.tsv", "1\t1.5\tGood.\n\n3\t-1\n", "line 3: expected id<TAB>rating<TAB>text"),
        ("g.csv", "body,label\nGood.,positive\n", "found columns ['body', 'label']"),
        ("g.csv", "text\nGood.\n", "`score` and/or `label`"),
        ("g.csv", "text,label\nGood.,positive\nBad.,awful\n", "line 3: label 'awful'"),
        ("g.csv", "text,score\nGood.,0.5\nBad.,-1.5\n", "line 3: score '-1.5' is not in [-1, 1]"),
        ("g.csv", "text,score\nGood.,0.5\n,0.1\n", "line 3: empty text"),
        ("g.csv", "text,score\nGood.,0.5,extra\n", "line 2: more fields than the header"),
        ("g.csv", "text,score\n", "no gold items"),
        ("g.csv", "", "the file is empty"),
        ("g.txt", "\n  \n", "the file is empty"),
    ],
)
def test_malformed_gold_files(tmp_path: Path, name: str, content: str, reason: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFileError) as caught:
        validate_sentiment(path)
    assert reason in str(caught.value)
    assert caught.value.path == str(path)


def test_unreadable_gold_files(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match="cannot read"):
        validate_sentiment(tmp_path / "missing.csv")
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("text,label\nCaf\xe9 is good.,positive\n".encode("latin-1"))
    with pytest.raises(GoldFileError, match="not UTF-8"):
        validate_sentiment(latin1)


# --- the VADER paper's ground truth (skipped without ../shared) ----------------------------------

GROUND_TRUTH = [
    "tweets_GroundTruth.txt",
    "movieReviewSnippets_GroundTruth.txt",
    "amazonReviewSnippets_GroundTruth.txt",
]


def check_against_sklearn(gold_path: Path) -> dict:
    metrics, predictions = validate_sentiment(gold_path)
    ratings = [
        (line.split("\t", 2)[0], float(line.split("\t", 2)[1]) / 4)
        for line in gold_path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert predictions["id"].tolist() == [i for i, _ in ratings]
    gold_scores = [s for _, s in ratings]
    gold = [label_from_compound(s) for s in gold_scores]
    predicted = [label_from_compound(c) for c in predictions["predicted"]]
    assert metrics["n"] == len(ratings)
    assert metrics["accuracy"] == pytest.approx(accuracy_score(gold, predicted))
    for average in ("macro", "weighted"):
        expected = f1_score(gold, predicted, labels=list(LABELS), average=average)
        assert metrics[f"f1_{average}"] == pytest.approx(expected)
    matrix = confusion_matrix(gold, predicted, labels=list(LABELS))
    assert [[metrics["confusion"][g][p] for p in LABELS] for g in LABELS] == matrix.tolist()
    per_class = f1_score(gold, predicted, labels=list(LABELS), average=None)
    assert [metrics["per_class"][k]["f1"] for k in LABELS] == pytest.approx(per_class.tolist())
    r = pearsonr(gold_scores, predictions["predicted"].tolist())[0]
    assert metrics["pearson_r"] == pytest.approx(r)
    assert not math.isnan(metrics["pearson_r"])
    return metrics


@pytest.mark.slow
@pytest.mark.parametrize("name", GROUND_TRUTH)
def test_ground_truth_metrics_match_sklearn(shared_data: Path, name: str) -> None:
    metrics = check_against_sklearn(shared_data / "vader-ground-truth" / name)
    # VADER tracks human ratings on its own paper's data (r = 0.4-0.9 across these sets).
    assert metrics["pearson_r"] > 0.4


@pytest.mark.slow
def test_combined_ground_truth(shared_data: Path, tmp_path: Path) -> None:
    combined = tmp_path / "combined.txt"
    parts = [
        (shared_data / "vader-ground-truth" / n).read_text(encoding="utf-8") for n in GROUND_TRUTH
    ]
    combined.write_text("\n".join(p.rstrip("\r\n") for p in parts) + "\n", encoding="utf-8")
    metrics = check_against_sklearn(combined)
    assert metrics["n"] == sum(len([x for x in p.splitlines() if x.strip()]) for p in parts)


def test_format_metrics_takes_stance_metrics_too() -> None:
    labels = ["FAVOR", "AGAINST", "NONE"]
    metrics = {
        "n": 3,
        "f1_macro": 0.5,
        "f_avg": 0.25,
        "accuracy": 0.5,
        "f1_weighted": 0.5,
        "per_class": {
            k: {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 1} for k in labels
        },
        "confusion": {g: {p: int(g == p) for p in labels} for g in labels},
        "method": "rules",
    }
    text = format_metrics(metrics)
    assert "f_avg        0.250" in text and "pearson_r" not in text
    assert text.splitlines()[-1].split() == ["NONE", "0", "0", "1"]
