"""Tune and train the default stance model on NewsMTSC with grouped 5-fold cross-validation.

Usage (from the repository root; NewsMTSC lives in ../shared/data/newsmtsc):

    .venv/bin/python benchmarks/tune_stance.py [--grid] [--write]

Folds group mentions by sentence text, so one sentence never sits on both sides of a split.
Reports CV macro-F1 for the lexicon rule (target-directed VADER) and for the model under each
setting tried; with --write, trains on all of train.csv with the best setting and writes
corpus_tools/data/stance-model.json with provenance.

Measured (2026-11, grouped 5-fold CV macro-F1 on train.csv, 8,739 mentions; the same folds every
time unless said). Lexicon rule 0.551.
First model (softmax regression, balanced classes, l2 10, min_count 2, prune 0.03, window 4):
0.6625; l2 5: 0.659; l2 25: 0.661; sentence bigrams +0.001 for 2.7x the file size;
distance-decayed sentence words -0.004; unbalanced classes -0.004.
Round 2, each idea added alone to the softmax model (differences under ~0.003 are noise):
  per-class bias offsets tuned for macro-F1 on out-of-fold logits of the training folds: -0.002
  5-letter prefixes of context words (crude stems): +0.001
  position (binned word counts each side, relative position, capitalised, mention length): +0.003
  target words (a learned prior per word of the mention, T:trump): +0.008
  min_count 1 instead of 2 (with the target words): +0.002
  directional verbs (criticised/praised... before or after the mention in its clause, speaker,
      passive "by"): -0.001 alone, +0.002 on top of the target words
  clause valences (own clause vs the rest, nearest sentiment word, contrast/negation between):
      -0.002; the clause's words as features: -0.004
  side-tagged words beyond the window: -0.009
  window words crossed with the sign of the masked VADER score: -0.004
  sentiment attachment (valence nearer the mention than any other name or pronoun): +0.001
  VADER compound of +-3/6/10-word windows: -0.001; speaker x quote valence: +0.000
  word clusters (k-means on PPMI-SVD vectors from BBC + NewsMTSC + VADER texts): -0.006
  stacking: gradient boosting on out-of-fold logits + 130 dense features: -0.005
  probability average with a bigram model and an unbalanced model: +0.003 for 2-3x the size
  -> target words + position + min_count 1: 0.6758.
Round 3, NBSVM (Wang & Manning 2012): one-vs-rest logistic regressions with indicator features
scaled per label by their NB log-count ratio. Plain one-vs-rest: 0.6770; NB-scaled, l2 10:
0.6900; l2 5: 0.6934; l2 3: 0.691; alpha 0.5 / 2: -0.001 / -0.002; half-scaled (0.5 r + 0.5):
0.677. With min_count 2 (half the file) 0.6940. On top of NB, again one idea at a time:
directional verbs +0.0026 (kept); bigrams -0.004; window 3 / 6: -0.002 / -0.007; prefixes -0.003;
clause valences -0.002; sentiment attachment -0.001; binned VADER scores as indicators -0.004.
Shipped defaults (NB one-vs-rest, l2 5, min_count 2, prune 0.03, target words, position, verbs):
0.6966; ablation: no NB scaling 0.6722, no target words 0.6793, no position 0.6935, no verbs
0.6940, min_count 1 0.6939, l2 20 0.6844. The fold assignment alone moves the score by ~0.01:
over 4 assignments (salted hashes) the shipped model averages 0.6893 (0.6966, 0.6878, 0.6894,
0.6833), the first model 0.6606 (0.6625, 0.6585, 0.6615, 0.6601). Grouped 80/20 hold-out
(fold 0, as in tests/test_stance.py): 0.6933 (first model 0.654).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np
import pandas as pd

from corpus_tools import stance, stance_training
from corpus_tools.metrics import classification_metrics

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "data" / "newsmtsc" / "train.csv"
OUT = ROOT / "corpus_tools" / "data" / "stance-model.json"
FOLDS = 5


def group_folds(texts: list[str], k: int = FOLDS) -> np.ndarray:
    """Fold number per row from a hash of its sentence: deterministic and grouped by text."""
    return np.array([int(hashlib.sha1(t.encode()).hexdigest(), 16) % k for t in texts])


def macro_f1(gold: list[str], pred: list[str]) -> float:
    return classification_metrics(gold, pred, labels=list(stance.LABELS))["f1_macro"]


def cross_validate(rows, feats, folds, settings) -> float:
    gold_all, pred_all = [], []
    for k in range(FOLDS):
        train = [i for i in range(len(rows)) if folds[i] != k]
        test = [i for i in range(len(rows)) if folds[i] == k]
        y = np.array([stance.LABELS.index(rows[i][3]) for i in train])
        w, b = stance_training._fit([feats[i] for i in train], y, 3, settings)
        model = stance.StanceModel(dict(zip(stance.LABELS, w)), dict(zip(stance.LABELS, b)))
        gold_all += [rows[i][3] for i in test]
        pred_all += [stance._predict_features(feats[i], model)[0] for i in test]
    return macro_f1(gold_all, pred_all)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", action="store_true", help="try a grid of settings")
    parser.add_argument("--write", action="store_true", help="write the bundled model JSON")
    args = parser.parse_args()
    data = pd.read_csv(TRAIN)
    rows, _ = stance_training.locate_rows(data, where=str(TRAIN))
    folds = group_folds([r[0] for r in rows])
    lex = [lab for lab, _ in stance.predict_many([r[:3] for r in rows], method="lexicon")]
    lexicon_f1 = macro_f1([r[3] for r in rows], lex)
    print(f"lexicon rule (target-directed VADER), all rows: macro-F1 {lexicon_f1:.4f}")
    base = dict(stance.DEFAULT_SETTINGS)
    grid = [{}]
    if args.grid:
        # One change at a time against the defaults (an ablation), then the l2 strength.
        grid += [{"nb_alpha": 0.0}, {"target_words": False}, {"position": False}, {"verbs": False}]
        grid += [{"min_count": 1}]
        grid += [{"l2": l2} for l2 in (5.0, 20.0)]
    results = []
    cache: dict[tuple, list] = {}
    for change in grid:
        settings = base | change
        t0 = time.perf_counter()
        names = ("window", "decay", "bigrams", "target_words", "position", "verbs")
        key = tuple(settings[k] for k in names)
        if key not in cache:
            cache[key] = [stance.featurize(t, a, b, settings) for t, a, b, _ in rows]
        f1 = cross_validate(rows, cache[key], folds, settings)
        results.append((f1, change))
        print(f"model {change}: CV macro-F1 {f1:.4f} ({time.perf_counter() - t0:.1f} s)")
    best_f1, best = max(results, key=lambda r: r[0])
    print(f"best {best}: {best_f1:.4f}")
    if args.write:
        provenance = {
            "source": "NewsMTSC train split (Hamborg & Donnay, EACL 2021), MIT licence",
            "training_data": "../shared/data/newsmtsc/train.csv",
            "trainer": "corpus_tools.stance_training: NB-scaled one-vs-rest logistic regression",
            "cv": f"{FOLDS}-fold, grouped by sentence text",
            "cv_f1_macro": round(best_f1, 4),
            "cv_f1_macro_lexicon_rule": round(lexicon_f1, 4),
        }
        held_out = folds == 0
        part = [r for r, h in zip(rows, held_out, strict=True) if not h]
        check = stance.train_stance_model(part, **(base | best))
        test = [r for r, h in zip(rows, held_out, strict=True) if h]
        predicted = stance.predict_many([r[:3] for r in test], model=check)
        provenance["holdout_f1_macro"] = round(
            macro_f1([r[3] for r in test], [lab for lab, _ in predicted]), 4
        )
        provenance["holdout"] = f"grouped 80/20 (fold 0 of {FOLDS}), {len(test)} mentions"
        model = stance.train_stance_model(data, provenance=provenance, **(base | best))
        model.save(OUT)
        size = OUT.stat().st_size
        n = len(next(iter(model.weights.values())))
        print(f"wrote {OUT} ({size / 1e6:.2f} MB, {n} features)")
        print(json.dumps(model.provenance, indent=1))
        t0 = time.perf_counter()
        stance.predict_many([r[:3] for r in rows], model=model)
        print(f"prediction: {len(rows) / (time.perf_counter() - t0):.0f} mentions/s")


if __name__ == "__main__":
    main()
