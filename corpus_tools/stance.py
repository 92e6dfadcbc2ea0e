"""Target-directed stance: is a sentence FAVOR, AGAINST or NONE toward one mention in it?

Two methods. "model" (default): a linear score per label (one-vs-rest logistic regressions on
naive-Bayes-scaled features, NBSVM-style; the highest score wins) over features of the mention's
context (position-tagged words and bigrams in windows left and right, the sentence's other words,
VADER valences of context words near and far with negation, quote marks, the mention's position,
directional verbs such as "attacked" or "praised" before or after it in its clause),
trained on NewsMTSC (Hamborg & Donnay 2021) and shipped as JSON weights; inference is pure Python.
"lexicon": target-directed VADER, the valences of context words weighted by their distance to the
mention. In both, the mention's own words are masked first: "peace" (+2.5) and "war" (-2.9) in a
target's name must not decide the stance toward it through the lexicon. The model may still learn
a prior per target word from its training data (T:trump); that prior reflects NewsMTSC's 2016-19
US and UK political news and is off with the setting target_words=False.
Training lives in `stance_training` (numpy only); `train_stance_model` is re-exported here.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .errors import ResourceError
from .sentiment import load_lexicon, score_text
from .tokens import iter_tokens, norms_around

if TYPE_CHECKING:  # only training and validation use pandas; prediction must not pay for it
    import pandas as pd

Label = Literal["FAVOR", "AGAINST", "NONE"]
LABELS: tuple[Label, ...] = ("FAVOR", "AGAINST", "NONE")
Method = Literal["model", "lexicon"]
DEFAULT_MODEL = "stance-model.json"
MODEL_FORMAT = "corpus_tools.stance/1"
MASK = "it"  # neutral in VADER and grammatical where a name stood
DEFAULT_SETTINGS: dict[str, Any] = {
    "window": 4,  # words each side of the mention that get position-tagged features
    "decay": 0.0,  # sentence words weigh 1 / (1 + distance / decay); 0 = all weigh 1
    "bigrams": False,  # bigrams of the sentence words (mention masked)
    "target_words": True,  # a learned prior per word of the mention (T:trump), not its valence
    "position": True,  # context lengths (binned), relative position, capitalised mention
    "verbs": True,  # directional verbs (attacked, praised) before/after the mention; speaker
    "min_count": 2,  # drop features seen in fewer training rows
    "l2": 5.0,  # L2 penalty per label (objective: sum of log-losses + l2/2 * |w|^2)
    "balanced": True,  # weight classes inversely to their frequency (macro-F1 is the goal)
    "nb_alpha": 1.0,  # smoothing of the NB log-count ratios scaling indicator features; 0 = off
    "iterations": 300,  # L-BFGS iterations
    "prune": 0.03,  # drop features whose largest |weight| is below this in the shipped model
}
# VADER's negators (vaderSentiment.NEGATE) plus the typical news forms.
_NEGATORS = frozenset(
    "not no never none nothing nor neither without n't cannot can't don't doesn't didn't isn't "
    "aren't wasn't weren't won't wouldn't shouldn't couldn't hasn't haven't hadn't".split()
)
_PRONOUNS = frozenset("he she his him her hers they them their it its we us our i me my".split())
_N_SCALAR = -0.74  # VADER's factor for a negated valence
# Verbs that send sentiment from their subject to their object ("Critics attacked X"): a mention
# after one, in the same clause, receives it; a mention before it gives it.
_AGAINST_VERBS = frozenset(
    "accuse accused accuses accusing criticize criticized criticizes criticizing criticise "
    "criticised criticises criticising attack attacked attacks attacking blame blamed blames "
    "blaming condemn condemned condemns condemning slam slammed slams slamming denounce denounced "
    "denounces denouncing oppose opposed opposes opposing reject rejected rejects rejecting mock "
    "mocked mocks mocking sue sued sues suing fire fired fires firing investigate investigated "
    "investigating charge charged indict indicted impeach impeached ridicule ridiculed blast "
    "blasted blasts rebuke rebuked lambast lambasted chastise chastised warn warned warns assail "
    "assailed target targeted targets threaten threatened threatens insult insulted insults oust "
    "ousted defeat defeated beat beats beaten".split()
)
_FAVOR_VERBS = frozenset(
    "praise praised praises praising support supported supports supporting endorse endorsed "
    "endorses endorsing back backed backs backing defend defended defends defending applaud "
    "applauded applauds welcome welcomed welcomes thank thanked thanks hail hailed hails commend "
    "commended commends laud lauded admire admired admires elect elected vote voted help helped "
    "helps protect protected protects celebrate celebrated honor honored honour honoured champion "
    "championed".split()
)
_SPEECH_VERBS = frozenset(
    "said says say told tells tweeted wrote writes added argued claimed insisted noted stated "
    "explained asked".split()
)
_CLAUSE_ENDS = frozenset(
    {",", ";", ":", '"', "(", ")", "and", "but", "while", "although", "though"}
)


@dataclass(frozen=True)
class StanceModel:
    """Linear weights and bias per label, with the feature settings and provenance."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    settings: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_SETTINGS))
    provenance: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        """The model as a JSON document (sorted keys, so equal models give equal text)."""
        doc = {"format": MODEL_FORMAT, "labels": list(LABELS), "bias": self.bias}
        doc |= {"settings": self.settings, "provenance": self.provenance, "weights": self.weights}
        return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, *, source: str = "<string>") -> StanceModel:
        """Read a model written by `to_json`; a clear ResourceError naming `source` otherwise."""
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ResourceError(f"{source}: not a JSON stance model ({exc})") from exc
        if not isinstance(doc, dict) or doc.get("format") != MODEL_FORMAT:
            raise ResourceError(f"{source}: not a stance model (expected format {MODEL_FORMAT})")
        weights, bias = doc.get("weights"), doc.get("bias")
        if not isinstance(weights, dict) or not isinstance(bias, dict) or set(bias) != set(LABELS):
            raise ResourceError(f"{source}: stance model lacks weights or bias for {LABELS}")
        settings = DEFAULT_SETTINGS | doc.get("settings", {})
        return cls(weights, bias, settings, doc.get("provenance", {}))

    @cached_property
    def weight_rows(self) -> dict[str, tuple[float, float, float]]:
        """Each feature's weights for the labels in LABELS order: one lookup per feature when
        predicting instead of one per feature and label."""
        names = set().union(*(self.weights[label] for label in LABELS))
        w_favor, w_against, w_none = (self.weights[label] for label in LABELS)
        return {k: (w_favor.get(k, 0.0), w_against.get(k, 0.0), w_none.get(k, 0.0)) for k in names}

    def save(self, path: str | Path) -> None:
        """Write the model as UTF-8 JSON."""
        Path(path).write_text(self.to_json(), encoding="utf-8")


def load_stance_model(path: str | Path | None = None) -> StanceModel:
    """Read a stance model from JSON; None gives the bundled NewsMTSC model (cached).

    >>> load_stance_model().provenance["source"][:8]
    'NewsMTSC'
    """
    if path is None:
        return _bundled_model()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"{path}: cannot read stance model ({exc})") from exc
    return StanceModel.from_json(text, source=str(path))


@lru_cache(maxsize=1)
def _bundled_model() -> StanceModel:
    source = resources.files("corpus_tools.data").joinpath(DEFAULT_MODEL)
    return StanceModel.from_json(source.read_text(encoding="utf-8"), source=DEFAULT_MODEL)


def _context(text: str, start: int, end: int) -> tuple[list[str], list[str], bool]:
    """Normalised tokens left and right of the mention (nearest first on the left), and whether
    the mention sits inside quotation marks (an odd number of quote marks before it)."""
    left, right = norms_around(text, start, end)
    quotes = left.count('"')
    left.reverse()
    return left, right, quotes % 2 == 1


_CLAUSE_BREAKS = re.compile(r"[,;:()\"\u201c\u201d]|\s(?:but|while|although|though|whereas)\s")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the clause around the mention: between the nearest breaks on either side."""
    a = max((m.end() for m in _CLAUSE_BREAKS.finditer(text, 0, start)), default=0)
    b = next((m.start() for m in _CLAUSE_BREAKS.finditer(text, end)), len(text))
    return a, b


def _valences(tokens: list[str]) -> list[float]:
    """VADER lexicon valence of each token, flipped and damped when a negator precedes it within
    three tokens (tokens in reading order)."""
    lexicon = load_lexicon()
    out = []
    for i, tok in enumerate(tokens):
        v = lexicon.get(tok, 0.0)
        if v and any(t in _NEGATORS or t.endswith("n't") for t in tokens[max(0, i - 3) : i]):
            v *= _N_SCALAR
        out.append(v)
    return out


def _weighted(vals: list[float]) -> float:
    """Sum of valences (nearest first) weighted by 1 / (1 + distance / 3)."""
    return sum(v / (1 + d / 3) for d, v in enumerate(vals))


def _lexicon_score(weighted_left: float, weighted_right: float) -> float:
    """Distance-weighted sum of context valences (`_weighted` of each side), squashed to [-1, 1]
    as VADER does."""
    total = weighted_left + weighted_right
    return total / math.sqrt(total * total + 15)


def featurize(text: str, start: int, end: int, settings: dict[str, Any] | None = None) -> dict:
    """Features of the context of the mention text[start:end], the mention itself masked.

    >>> f = featurize("They want peace.", 10, 15)
    >>> f["L1:want"], "S:peace" in f, f["vader_masked"]
    (1.0, False, 0.0772)
    """
    s = DEFAULT_SETTINGS if settings is None else settings
    left, right, in_quote = _context(text, start, end)
    window = int(s["window"])
    f: dict[str, float] = {}
    for side, toks in (("L", left), ("R", right)):
        for d, tok in enumerate(toks[:window], 1):
            f[f"{side}{min(d, 3)}:{tok}"] = 1.0
            f[f"{side}:{tok}"] = 1.0
        if len(toks) >= 2:
            f[f"{side}2g:{toks[0]} {toks[1]}"] = 1.0
        if not toks or toks[0] in '.!?"':
            f[f"{side}:<edge>"] = 1.0
    sentence = [*left[::-1], "<T>", *right]
    decay = float(s["decay"])
    for d, tok in (*enumerate(left, 1), *enumerate(right, 1)):
        # Nearer words say more about this mention than about another one in the same sentence.
        key = "S:" + tok
        f[key] = max(f.get(key, 0.0), 1 / (1 + d / decay)) if decay else 1.0
    if s["bigrams"]:
        for a, b in zip(sentence, sentence[1:], strict=False):
            f[f"S2:{a} {b}"] = 1.0
    lval, rval = _valences(left[::-1])[::-1], _valences(right)
    weighted = {"l": _weighted(lval), "r": _weighted(rval)}  # also the lexicon score's terms
    for side, vals in (("l", lval), ("r", rval)):
        near, far = vals[:window], vals[window:]
        f[f"val_{side}_weighted"] = weighted[side] / 4
        for d, v in enumerate(near[:3], 1):
            if v:  # the valence class at a position generalises over the words that carry it
                f[f"{side.upper()}{d}:<{'pos' if v > 0 else 'neg'}>"] = 1.0
        f[f"val_{side}_near"] = sum(near) / 4
        f[f"val_{side}_far"] = sum(far) / 4
        f[f"val_{side}_min"] = min(vals, default=0.0) / 4
        f[f"val_{side}_max"] = max(vals, default=0.0) / 4
    for side, vals in (("l", lval[:window]), ("r", rval[:window])):
        f[f"npos_{side}"] = sum(v > 0 for v in vals) / 2
        f[f"nneg_{side}"] = sum(v < 0 for v in vals) / 2
    f["neg_near"] = float(any(t in _NEGATORS for t in left[:3] + right[:3]))
    f["lexicon_score"] = _lexicon_score(weighted["l"], weighted["r"])
    masked = score_text(text[:start] + MASK + text[end:])
    f["vader_masked"] = masked.compound
    f["vader_pos"], f["vader_neg"] = masked.pos, masked.neg
    f["vader_left"] = score_text(text[:start]).compound if start else 0.0
    f["vader_right"] = score_text(text[end:]).compound
    c0, c1 = _clause(text, start, end)
    f["vader_clause"] = score_text(text[c0:start] + MASK + text[end:c1]).compound
    f["start_x_vader"] = f["vader_masked"] * (not left)
    f["in_quote"] = float(in_quote)
    f["quote_x_vader"] = f["vader_masked"] * in_quote
    f["has_quote"] = float('"' in sentence)
    f["sentence_start"] = float(not left)
    f["pronoun"] = float(text[start:end].lower() in _PRONOUNS)
    if s["target_words"]:
        for word in iter_tokens(text[start:end]):
            f[f"T:{word.norm}"] = 1.0
    if s["position"]:
        f |= _position_features(text[start:end], left, right)
    if s["verbs"]:
        f |= _verb_features(left, right)
    return {k: v for k, v in f.items() if v}


def _verb_features(left: list[str], right: list[str]) -> dict[str, float]:
    """Who does what to whom: directional verbs in the mention's clause before it (the mention
    is their object) or after it (their subject); a speech verb next to it; a passive "by"."""
    f: dict[str, float] = {}
    for tok in _clause_words(left)[:6]:
        if tok in _AGAINST_VERBS:
            f["verb_against:object"] = f[f"verb_object:{tok}"] = 1.0
        if tok in _FAVOR_VERBS:
            f["verb_favor:object"] = 1.0
    for tok in _clause_words(right)[:6]:
        if tok in _AGAINST_VERBS:
            f["verb_against:subject"] = 1.0
        if tok in _FAVOR_VERBS:
            f["verb_favor:subject"] = 1.0
    f["speaker"] = float(any(t in _SPEECH_VERBS for t in right[:3] + left[:2]))
    f["by_agent"] = float("by" in left[:2])
    return f


def _clause_words(tokens: list[str]) -> list[str]:
    """Tokens (nearest first) up to the first clause break."""
    out = []
    for tok in tokens:
        if tok in _CLAUSE_ENDS:
            break
        out.append(tok)
    return out


def _bin(n: int) -> str:
    return "0" if n == 0 else "1" if n <= 2 else "3" if n <= 5 else "6" if n <= 10 else "11"


def _position_features(mention: str, left: list[str], right: list[str]) -> dict[str, float]:
    """Where the mention sits: words before and after it (binned), its relative position, and
    whether it is capitalised (a name rather than a common noun) and how long it is."""
    n_left = sum(t[0].isalnum() for t in left)
    n_right = sum(t[0].isalnum() for t in right)
    return {
        f"len_l:{_bin(n_left)}": 1.0,
        f"len_r:{_bin(n_right)}": 1.0,
        "rel_position": n_left / max(1, n_left + n_right),
        "capitalised": float(mention[:1].isupper()),
        "mention_words": min(len(mention.split()), 4) / 4,
    }


def predict_stance(
    text: str, start: int, end: int, *, model: StanceModel | None = None, method: Method = "model"
) -> tuple[Label, float]:
    """Stance toward the mention text[start:end] in the sentence `text`, and a score in [-1, 1].

    The score is P(FAVOR) - P(AGAINST) under a softmax of the model's label scores; for the
    lexicon rule, the distance-weighted context valence (labelled with VADER's +-0.05 thresholds).

    >>> s = "Critics said Washington had betrayed its allies and ruined the talks."
    >>> predict_stance(s, 13, 23)[0], predict_stance(s, 13, 23, method="lexicon")[0]
    ('AGAINST', 'AGAINST')
    """
    if method == "lexicon":
        left, right, _ = _context(text, start, end)
        lval, rval = _valences(left[::-1])[::-1], _valences(right)
        score = _lexicon_score(_weighted(lval), _weighted(rval))
        label: Label = "FAVOR" if score >= 0.05 else "AGAINST" if score <= -0.05 else "NONE"
        return label, round(score, 4)
    if method != "model":
        raise ValueError(f"unknown stance method {method!r}; choose 'model' or 'lexicon'")
    model = model or load_stance_model()
    return _predict_features(featurize(text, start, end, model.settings), model)


def _predict_features(features: dict[str, float], model: StanceModel) -> tuple[Label, float]:
    rows = model.weight_rows
    favor = against = none = 0.0
    # per label, the same additions in the same (feature) order as a sum over that label's
    # weights, so the scores are the same floats; features without weights add nothing
    for k, v in features.items():
        row = rows.get(k)
        if row is not None:
            favor += row[0] * v
            against += row[1] * v
            none += row[2] * v
    bias = model.bias
    logits = (bias["FAVOR"] + favor, bias["AGAINST"] + against, bias["NONE"] + none)  # LABELS
    top = max(logits)
    exp = [math.exp(v - top) for v in logits]
    best = LABELS[max(range(len(LABELS)), key=logits.__getitem__)]  # the first of equal maxima
    return best, round((exp[0] - exp[1]) / sum(exp), 4)


def predict_many(
    rows: Iterable[tuple[str, int, int]],
    *,
    model: StanceModel | None = None,
    method: Method = "model",
) -> list[tuple[Label, float]]:
    """`predict_stance` for many (text, start, end) rows, loading the model once.

    >>> [lab for lab, _ in predict_many([("They want peace.", 10, 15)], method="lexicon")]
    ['FAVOR']
    """
    model = model or (load_stance_model() if method == "model" else None)
    return [predict_stance(t, s, e, model=model, method=method) for t, s, e in rows]


def train_stance_model(
    data: Iterable[Sequence[Any]] | pd.DataFrame,
    *,
    provenance: dict[str, Any] | None = None,
    **settings: Any,
) -> StanceModel:
    """Fit a stance model on (text, start, end, label) rows or a labelled DataFrame (text,
    target, label[, start, end]); see `stance_training.train_stance_model`.

    >>> rows = [("Critics attacked Obama.", 17, 22, "AGAINST"), ("Fans praised Obama.", 13, 18,
    ...         "FAVOR"), ("Obama spoke.", 0, 5, "NONE")] * 3
    >>> predict_stance("Critics attacked Obama.", 17, 22, model=train_stance_model(rows))[0]
    'AGAINST'
    """
    from .stance_training import train_stance_model as train  # it imports this module

    return train(data, provenance=provenance, **settings)


def validate_stance(
    gold_path: str | Path, *, model: StanceModel | None = None, method: Method = "model"
) -> tuple[dict[str, Any], pd.DataFrame]:
    """Score a gold CSV (text, target, label[, start, end][, id]) and compare with the labels;
    see `stance_training.validate_stance` for the metrics and the table returned."""
    from .stance_training import validate_stance as validate  # it imports this module

    return validate(gold_path, model=model, method=method)
