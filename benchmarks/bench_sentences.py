"""Speed of `split_sentences` against NLTK's untrained Punkt on the BBC news corpus.

Run from the repository root: `python benchmarks/bench_sentences.py [--rounds 5]`.
Rounds alternate the two splitters so that machine load affects both alike; medians are
reported. Also counts lone quote-mark "sentences" in our output (should be 0).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from nltk.tokenize.punkt import PunktSentenceTokenizer

from corpus_tools.sentences import split_sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc-news"
_QUOTE_MARKS = set("\"'“”‘’«»")


def read_texts(folder: Path) -> list[str]:
    """Every BBC text file, decoded as UTF-8 with cp1252 as the fallback."""
    texts = []
    for path in sorted(folder.glob("*/*.txt")):
        raw = path.read_bytes()
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1252"))
    return texts


def time_once(split: Callable[[str], list], texts: list[str]) -> tuple[float, int]:
    """Seconds taken and sentences found by one pass of `split` over `texts`."""
    t0 = time.perf_counter()
    n = sum(len(split(t)) for t in texts)
    return time.perf_counter() - t0, n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the shared BBC data lives beside the repository)")
        return 0
    texts = read_texts(DATA)
    punkt = PunktSentenceTokenizer()
    runs: dict[str, list[float]] = {"punkt": [], "ours": []}
    counts: dict[str, int] = {}
    for _ in range(args.rounds):
        for name, split in (("punkt", punkt.tokenize), ("ours", split_sentences)):
            seconds, n = time_once(split, texts)
            runs[name].append(seconds)
            counts[name] = n
    rate = {}
    for name in ("punkt", "ours"):
        median = statistics.median(runs[name])
        rate[name] = counts[name] / median
        print(
            f"{name:>5}: {len(texts)} files, {counts[name]} sentences, "
            f"median {median:.3f} s over {args.rounds} rounds, {rate[name]:,.0f} sentences/s"
        )
    print(f"ratio ours/punkt (sentences/s): {rate['ours'] / rate['punkt']:.2f}")
    chars_per_s = sum(map(len, texts)) / statistics.median(runs["ours"])
    print(f"ours: {chars_per_s / 1e6:.2f} M characters/s")
    lone = sum(1 for t in texts for s in split_sentences(t) if set(s.text) <= _QUOTE_MARKS | {" "})
    print(f"lone quote-mark sentences in our output: {lone}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
