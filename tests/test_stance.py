"""Tests for corpus_tools.stance: masking, lexicon rule, training, model file, validation."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from corpus_tools import stance, stance_training
from corpus_tools.errors import GoldFileError, ResourceError
from corpus_tools.metrics import classification_metrics
from corpus_tools.sentiment import score_text
from corpus_tools.stance import (
    StanceModel,
    featurize,
    load_stance_model,
    predict_many,
    predict_stance,
    train_stance_model,
    validate_stance,
)

NEWSMTSC = Path(__file__).resolve().parents[2] / "shared" / "data" / "newsmtsc" / "train.csv"

# (sentence, mention, expected label of the lexicon rule); hand-written, unambiguous cases.
CLEAR_CASES = [
    (
        "Critics said Washington had betrayed its allies and ruined the talks.",
        "Washington",
        "AGAINST",
    ),
    ("Peskov praised Trump as a wise and courageous leader.", "Trump", "FAVOR"),
    ("Zelensky said the Kremlin's lies had killed thousands.", "Kremlin", "AGAINST"),
    (
        "Analysts welcomed New Start as a great success that kept the world safe.",
        "New Start",
        "FAVOR",
    ),
    ("The talks will resume in Geneva on Tuesday.", "talks", "NONE"),
]


def span(sentence: str, mention: str) -> tuple[int, int]:
    start = sentence.index(mention)
    return start, start + len(mention)


@pytest.mark.parametrize(("sentence", "mention", "expected"), CLEAR_CASES)
def test_lexicon_rule_direction(sentence: str, mention: str, expected: str) -> None:
    label, score = predict_stance(sentence, *span(sentence, mention), method="lexicon")
    assert label == expected
    assert -1 <= score <= 1


def test_mention_is_masked() -> None:
    # VADER's compound is x / sqrt(x^2 + 15) over the valence sum x: "want" +0.3 and
    # "peace" +2.5 give 0.5859; toward the target "peace" only "want" may count (0.0772).
    sentence = "They want peace."
    assert score_text(sentence).compound == pytest.approx(2.8 / (2.8**2 + 15) ** 0.5, abs=1e-4)
    f = featurize(sentence, *span(sentence, "peace"))
    assert f["vader_masked"] == score_text("They want it.").compound
    # Only the learned target-word prior may name it; no context or lexicon feature does.
    assert [k for k in f if "peace" in k] == ["T:peace"]
    _, score = predict_stance(sentence, *span(sentence, "peace"), method="lexicon")
    assert score == pytest.approx(0.3 / (0.3**2 + 15) ** 0.5, abs=1e-4)
    # "war" (-2.9) in the mention must not make the stance toward it negative.
    war = "Both sides said they hope to end the war soon."
    _, score = predict_stance(war, *span(war, "war"), method="lexicon")
    assert score >= 0


def test_negation_flips_context_valence() -> None:
    pos = "Peskov said Trump was good for the talks."
    neg = "Peskov said Trump was not good for the talks."
    assert predict_stance(pos, *span(pos, "Trump"), method="lexicon")[1] > 0
    assert predict_stance(neg, *span(neg, "Trump"), method="lexicon")[1] < 0


def test_bundled_model_predicts_clear_cases() -> None:
    model = load_stance_model()
    assert model.provenance["n"] > 8000
    assert "MIT" in model.provenance["source"]
    results = predict_many([(s, *span(s, m)) for s, m, _ in CLEAR_CASES[:3]], model=model)
    assert [lab for lab, _ in results] == [e for _, _, e in CLEAR_CASES[:3]]
    assert all(-1 <= score <= 1 for _, score in results)


def test_bundled_model_file_is_small_json() -> None:
    path = Path(stance.__file__).parent / "data" / stance.DEFAULT_MODEL
    assert path.stat().st_size < 2_000_000
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == stance.MODEL_FORMAT


# (sentence, mention, expected position features); word counts by hand, punctuation excluded.
POSITION_CASES = [
    (
        "Peskov said Trump was ready to talk.",
        "Trump",
        {"len_l:1": 1.0, "len_r:3": 1.0, "rel_position": 2 / 6, "mention_words": 0.25},
    ),
    (
        "The Kremlin says the ball is in the US court.",
        "Kremlin",
        {"len_l:1": 1.0, "len_r:6": 1.0, "rel_position": 1 / 9, "mention_words": 0.25},
    ),
    ("He denied it.", "He", {"len_l:0": 1.0, "len_r:1": 1.0, "mention_words": 0.25}),
    (
        "Analysts welcomed New Start as a great success that kept the world safe.",
        "New Start",
        {"len_l:1": 1.0, "len_r:6": 1.0, "rel_position": 2 / 11, "mention_words": 0.5},
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), POSITION_CASES)
def test_position_features(sentence: str, mention: str, expected: dict) -> None:
    f = featurize(sentence, *span(sentence, mention))
    got = {k: v for k, v in f.items() if k.startswith("len_") or k in expected}
    assert got == pytest.approx(expected)
    assert f["capitalised"] == 1.0
    assert "rel_position" in expected or "rel_position" not in f  # 0 at the start: dropped


@pytest.mark.parametrize(
    ("sentence", "mention", "words"),
    [
        ("Analysts welcomed New Start as a great success.", "New Start", {"T:new", "T:start"}),
        ("Both sides said they hope to end the war soon.", "war", {"T:war"}),
        (
            "Zelensky said the Kremlin’s lies had killed thousands.",
            "Kremlin’s",
            {"T:kremlin", "T:'s"},
        ),
    ],
)
def test_target_word_prior_features(sentence: str, mention: str, words: set[str]) -> None:
    # The mention's words appear only as T: features (a learned prior), never in the context
    # features or the masked VADER score.
    f = featurize(sentence, *span(sentence, mention))
    assert {k for k in f if k.startswith("T:")} == words
    bare = featurize(
        sentence, *span(sentence, mention), stance.DEFAULT_SETTINGS | {"target_words": False}
    )
    assert not any(k.startswith("T:") for k in bare)
    assert {k: v for k, v in f.items() if not k.startswith("T:")} == bare
    no_pos = featurize(
        sentence, *span(sentence, mention), stance.DEFAULT_SETTINGS | {"position": False}
    )
    assert not any(k.startswith("len_") or k == "capitalised" for k in no_pos)


# (sentence, mention, expected verb features): who does what to whom, by hand.
VERB_CASES = [
    (
        "Critics attacked Obama over the failed deal.",
        "Obama",
        {"verb_against:object", "verb_object:attacked"},
    ),
    ("Obama attacked the critics of the deal.", "Obama", {"verb_against:subject"}),
    # The clause ends at the comma: "blamed" belongs to another clause.
    ("Supporters praised Clinton, but the press blamed her.", "Clinton", {"verb_favor:object"}),
    # Only the six nearest words of the clause count; "attacked" is the 12th.
    (
        "Critics attacked the plan that the senators from three states had drafted with Obama.",
        "Obama",
        set(),
    ),
    ("Peskov said the talks would resume.", "Peskov", {"speaker"}),
    # A passive agent: the verb precedes the mention, and "by" tells the model it is the doer.
    ("The treaty was backed by Merkel.", "Merkel", {"verb_favor:object", "by_agent"}),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), VERB_CASES)
def test_verb_features(sentence: str, mention: str, expected: set[str]) -> None:
    f = featurize(sentence, *span(sentence, mention))
    assert {k for k in f if k.startswith(("verb_", "speaker", "by_agent"))} == expected


def test_nb_one_vs_rest_fit_matches_sklearn() -> None:
    # The trainer against an independent fit: per label, sklearn's logistic regression on the
    # features scaled by r = log((p/|p|) / (q/|q|)) (smoothed counts of rows with the feature in
    # and out of the label), balanced sample weights, C = 1 / l2; stored weights are coef * r.
    linear = pytest.importorskip("sklearn.linear_model")
    np = pytest.importorskip("numpy")
    rows = small_rows()
    feats = [featurize(t, a, b) for t, a, b, _ in rows]
    y = np.array([stance.LABELS.index(lab) for *_, lab in rows])
    settings = stance.DEFAULT_SETTINGS | {"min_count": 1, "prune": 0.0, "l2": 2.0}
    weights, bias = stance_training._fit(feats, y, 3, settings)
    names = sorted({n for f in feats for n in f})
    x = np.array([[f.get(n, 0.0) for n in names] for f in feats])
    indicator = np.array([":" in n for n in names])
    expected_bias = []
    for j, label in enumerate(stance.LABELS):
        yb = y == j
        p = 1 + (x[yb] > 0).sum(0)
        q = 1 + (x[~yb] > 0).sum(0)
        r = np.where(indicator, np.log((p / p.sum()) / (q / q.sum())), 1.0)
        sample = np.where(yb, 0.5 / yb.mean(), 0.5 / (1 - yb.mean()))
        fit = linear.LogisticRegression(C=1 / 2.0, tol=1e-10, max_iter=10_000)
        fit.fit(x * r, yb, sample_weight=sample)
        got = np.array([weights[j].get(n, 0.0) for n in names])
        assert got == pytest.approx(fit.coef_[0] * r, abs=2e-3), label
        expected_bias.append(fit.intercept_[0])
    centred = np.array(expected_bias) - np.mean(expected_bias)
    assert bias == pytest.approx(list(centred), abs=2e-3)


def test_training_module_is_the_same_entry_point() -> None:
    rows = small_rows()
    a = stance_training.train_stance_model(rows, provenance={"date": "fixed"})
    b = train_stance_model(rows, provenance={"date": "fixed"})
    assert a.to_json() == b.to_json()
    with pytest.raises(ValueError, match="unknown settings"):
        train_stance_model(rows, windw=3)


SMALL = [
    ("Critics attacked Obama over the failed deal.", "Obama", "AGAINST"),
    ("Supporters praised Obama for the historic deal.", "Obama", "FAVOR"),
    ("Obama arrived in Berlin on Monday.", "Obama", "NONE"),
    ("Voters blamed Clinton for the defeat.", "Clinton", "AGAINST"),
    ("Clinton won warm applause from the crowd.", "Clinton", "FAVOR"),
    ("Clinton spoke to reporters in Iowa.", "Clinton", "NONE"),
] * 2


def small_rows() -> list[tuple[str, int, int, str]]:
    return [(s, *span(s, m), lab) for s, m, lab in SMALL]


def test_training_is_deterministic_and_round_trips() -> None:
    a = train_stance_model(small_rows(), min_count=1, provenance={"date": "fixed"})
    b = train_stance_model(small_rows(), min_count=1, provenance={"date": "fixed"})
    assert hashlib.sha256(a.to_json().encode()).digest() == (
        hashlib.sha256(b.to_json().encode()).digest()
    )
    again = StanceModel.from_json(a.to_json())
    assert again == a
    sentence = "Critics attacked Obama over the failed deal."
    assert predict_stance(sentence, *span(sentence, "Obama"), model=again)[0] == "AGAINST"


def test_training_from_dataframe_locates_targets(tmp_path, caplog) -> None:
    frame = pd.DataFrame(SMALL, columns=["text", "target", "label"])
    frame.loc[len(frame)] = ["Nobody was named here.", "Obama", "NONE"]
    model = train_stance_model(frame, min_count=1)
    assert model.provenance["n"] == len(SMALL)
    assert model.provenance["skipped"] == 1
    path = tmp_path / "m.json"
    model.save(path)
    assert load_stance_model(path).weights == model.weights


@pytest.mark.parametrize(
    ("content", "fragment"),
    [("not json", "not a JSON stance model"), ('{"format": "other"}', "not a stance model")],
)
def test_bad_model_file_names_the_file(tmp_path, content: str, fragment: str) -> None:
    path = tmp_path / "bad-model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError, match=fragment) as info:
        load_stance_model(path)
    assert "bad-model.json" in str(info.value)
    with pytest.raises(ResourceError, match="missing.json"):
        load_stance_model(tmp_path / "missing.json")


def test_validate_stance_matches_sklearn(tmp_path) -> None:
    metrics_sk = pytest.importorskip("sklearn.metrics")
    gold = pd.DataFrame(
        [
            (f"g{i}", s, m, lab)
            for i, (s, m, lab) in enumerate(SMALL[:6] + [CLEAR_CASES[0][:2] + ("FAVOR",)])
        ],
        columns=["id", "text", "target", "label"],
    )
    path = tmp_path / "gold.csv"
    gold.to_csv(path, index=False)
    metrics, table = validate_stance(path, method="lexicon")
    expected = [
        predict_stance(s, *span(s, m), method="lexicon")[0]
        for _, s, m, _ in gold.itertuples(index=False)
    ]
    assert list(table.columns) == ["id", "gold", "predicted", "text"]
    assert table["id"].tolist() == gold["id"].tolist()
    assert table["predicted"].tolist() == expected
    labels = list(stance.LABELS)
    assert metrics["n"] == len(gold)
    assert metrics["f1_macro"] == pytest.approx(
        metrics_sk.f1_score(
            gold["label"], expected, labels=labels, average="macro", zero_division=0
        )
    )
    assert metrics["accuracy"] == pytest.approx(metrics_sk.accuracy_score(gold["label"], expected))
    favor_against = metrics_sk.f1_score(
        gold["label"], expected, labels=labels[:2], average=None, zero_division=0
    )
    assert metrics["f_avg"] == pytest.approx(favor_against.mean())


@pytest.mark.parametrize(
    ("csv", "fragment"),
    [
        ("text,target,label\nPutin spoke.,Putin,POSITIVE\n", "row 2: label"),
        ("text,target\nPutin spoke.,Putin\n", "needs columns"),
        ("text,target,label\nPutin spoke.,Trump,NONE\n", "target not found"),
        ("text,target,label,start,end\nPutin spoke.,Putin,NONE,0,99\n", "row 2: span"),
    ],
)
def test_malformed_gold_names_file_and_row(tmp_path, csv: str, fragment: str) -> None:
    path = tmp_path / "gold.csv"
    path.write_text(csv, encoding="utf-8")
    with pytest.raises(GoldFileError, match=fragment) as info:
        validate_stance(path)
    assert str(path) in str(info.value)


def test_newsmtsc_grouped_holdout() -> None:
    # The bar (macro-F1 >= 0.65 on NewsMTSC's held-out split) on a grouped 80/20 split of
    # the training file: every mention of a sentence on the same side. Measured 2026-11: 0.693
    # (0.654 with the first model); a few seconds.
    if not NEWSMTSC.exists():
        pytest.skip("NewsMTSC not available in ../shared")
    data = pd.read_csv(NEWSMTSC)
    rows, _ = stance_training.locate_rows(data)
    test = [int(hashlib.sha1(r[0].encode()).hexdigest(), 16) % 5 == 0 for r in rows]
    train = [r for r, t in zip(rows, test, strict=True) if not t]
    held = [r for r, t in zip(rows, test, strict=True) if t]
    model = train_stance_model(train)
    predicted = [lab for lab, _ in predict_many([r[:3] for r in held], model=model)]
    m = classification_metrics([r[3] for r in held], predicted, labels=list(stance.LABELS))
    assert m["f1_macro"] >= 0.65
