"""Span P/R/F1 and speaker accuracy of `extract_quotes` on the hand-annotated fixtures.

A predicted quote matches a gold quote when their overlap is at least half of their union (one
to one, greedy by overlap). Speaker accuracy is over matched pairs, comparing names
case-insensitively without honorifics (Mr, Sir, Lord...) or a leading "the".
Scores are reported per split: "dev" (fixtures the rules were first tuned on); "heldout",
"heldout2" ... "heldout8" (each annotated blind after the previous round of rules,
measured once, and only then used to guide the next round). The latest split's first
measurement is the honest estimate; see tests/fixtures/quotes/README.md for the history.

    .venv/bin/python benchmarks/eval_quotes.py [--verbose] [--split NAME]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from corpus_tools.normalize import ascii_quotes
from corpus_tools.quotes import extract_quotes

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "quotes"
SHARED = REPO.parent / "shared" / "data"
SPLITS = (
    "dev",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "heldout30",
    "heldout31",
    "heldout32",
    "heldout33",
    "heldout34",
    "heldout35",
    "heldout36",
    "heldout37",
    "heldout38",
    "heldout39",
    "heldout40",
    "heldout41",
    "heldout42",
    "heldout43",
    "heldout44",
    "heldout45",
    "heldout46",
    "heldout47",
    "heldout48",
    "heldout49",
    "heldout50",
    "heldout51",
    "heldout52",
    "heldout53",
    "heldout54",
    "heldout55",
    "heldout56",
    "heldout57",
    "heldout58",
    "heldout59",
    "heldout60",
    "heldout61",
)
_HONORIFIC = re.compile(r"^(?:the|mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness)\.?\s+", re.I)


def load_dev_set(split: str | None = "dev") -> list[tuple[str, str, list[dict]]]:
    """(name, text, gold quotes) per fixture and variant of one split (None: all splits).

    BBC fixtures are included only when ../shared exists.
    """
    out = []
    for path in sorted(FIXTURES.glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        if split is not None and rec.get("split", "dev") != split:
            continue
        if "text" in rec:
            text = rec["text"]
        elif "project_file" in rec:
            text = (REPO / rec["project_file"]).read_text(encoding="utf-8")
        else:
            src = SHARED / rec["source"]
            if not src.exists():
                continue
            text = src.read_text(encoding="utf-8")
        out.append((path.stem, text, rec["quotes"]))
        if "ascii" in rec.get("variants", []):
            out.append((path.stem + "+ascii", ascii_quotes(text), rec["quotes"]))
    return out


def same_speaker(a: str, b: str) -> bool:
    """Speakers agree ignoring case, honorifics, a leading "the" and typographic apostrophes
    (a straight-quote copy of an article prints "O'Donoghue" where the gold has "O’Donoghue")."""

    def key(name: str) -> str:
        return _HONORIFIC.sub("", ascii_quotes(name).strip()).casefold()

    return key(a) == key(b)


def match(gold: list[dict], pred: list) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, predicted index) overlapping >= half their union."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            inter = min(g["end"], p.end) - max(g["start"], p.start)
            union = max(g["end"], p.end) - min(g["start"], p.start)
            if inter > 0 and inter * 2 >= union:
                cands.append((inter / union, i, j))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in sorted(cands, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def evaluate(*, split: str | None = "dev", verbose: bool = False) -> dict[str, float]:
    """Run the extractor over one split of the fixtures and return the scores."""
    n_gold = n_pred = n_match = n_speaker = 0
    seconds = 0.0
    dev = load_dev_set(split)
    for name, text, gold in dev:
        t0 = time.perf_counter()
        pred = extract_quotes(text)
        seconds += time.perf_counter() - t0
        pairs = match(gold, pred)
        n_gold += len(gold)
        n_pred += len(pred)
        n_match += len(pairs)
        ok = {i for i, j in pairs if same_speaker(gold[i]["speaker"], pred[j].speaker)}
        n_speaker += len(ok)
        if verbose:
            matched_p = {j for _, j in pairs}
            for i, g in enumerate(gold):
                pj = next((j for gi, j in pairs if gi == i), None)
                if pj is None:
                    print(f"{name}: MISSED {g['text'][:60]!r} ({g['speaker']})")
                elif i not in ok:
                    print(
                        f"{name}: SPEAKER {g['text'][:50]!r} gold={g['speaker']!r} "
                        f"pred={pred[pj].speaker!r} cue={pred[pj].cue!r}"
                    )
            for j, p in enumerate(pred):
                if j not in matched_p:
                    print(f"{name}: SPURIOUS {p.text[:60]!r} ({p.speaker})")
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "documents": len(dev),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": n_match,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "speaker_accuracy": n_speaker / n_match if n_match else 0.0,
        "ms_per_doc": 1000 * seconds / max(1, len(dev)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and wrong speakers")
    parser.add_argument("--split", choices=SPLITS, help="one split only (default: each in turn)")
    args = parser.parse_args()
    result = {}
    for split in [args.split] if args.split else SPLITS:
        scores = evaluate(split=split, verbose=args.verbose)
        result[split] = {k: round(v, 4) for k, v in scores.items()}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
