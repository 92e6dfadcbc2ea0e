"""VADER speed: vaderSentiment 3.3.2 against corpus_tools.sentiment on BBC sentences.

Both scorers get the same input: every line of every BBC article, split after . ! or ? followed
by whitespace (a crude splitter is enough here: the point is a realistic mix of sentences).
Rounds alternate between the two so a busy neighbour on the machine slows both alike; rates use
the process's CPU time, which a neighbour disturbs less than wall time (wall-clock rates are
printed too). Our caches (whole sentences and token forms) are cleared before each round, so
every round is cold: one pass over a corpus, as `analyse` does. A second pass with the token
cache kept (sentence cache cleared) shows the steady state of a long-running process.

    python benchmarks/bench_vader.py [--rounds 5] [--corpus ../shared/data/bbc-news]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from corpus_tools import sentiment

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc-news"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def read_sentences(corpus: Path) -> list[str]:
    """Every non-blank sentence of every .txt file under `corpus`, in path order."""
    sentences = []
    for path in sorted(corpus.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            sentences.extend(s for s in _SENTENCE_END.split(line) if s.strip())
    return sentences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: no corpus at {args.corpus} (../shared is absent)")
        return 0
    sentences = read_sentences(args.corpus)
    analyzer = SentimentIntensityAnalyzer()

    def run_reference() -> list[tuple[float, ...]]:
        return [tuple(analyzer.polarity_scores(s).values()) for s in sentences]

    def run_ours() -> list[tuple[float, ...]]:
        return [(r.neg, r.neu, r.pos, r.compound) for r in sentiment.score_texts(sentences)]

    def rate(run: Callable[[], object], clock: Callable[[], float]) -> float:
        start = clock()
        run()
        return len(sentences) / (clock() - start)

    rates: dict[str, list[float]] = {"reference": [], "cold": [], "warm": [], "wall_ratio": []}
    for _ in range(args.rounds):
        start = time.perf_counter()
        rates["reference"].append(rate(run_reference, time.process_time))
        reference_wall = time.perf_counter() - start
        sentiment.clear_caches()
        start = time.perf_counter()
        rates["cold"].append(rate(run_ours, time.process_time))
        rates["wall_ratio"].append(reference_wall / (time.perf_counter() - start))
        sentiment.clear_caches(tokens=False)
        rates["warm"].append(rate(run_ours, time.process_time))
    sentiment.clear_caches()
    got = run_ours()
    # The input is ASCII-quoted by score_texts: compare against vaderSentiment on the same text.
    normalised = [sentiment.ascii_quotes(s) for s in sentences]
    expected = [tuple(analyzer.polarity_scores(s).values()) for s in normalised]
    differences = sum(e != g for e, g in zip(expected, got, strict=True))
    ref, ours, warm, wall_ratio = (statistics.median(r) for r in rates.values())
    print(f"{len(sentences)} sentences, {args.rounds} alternating rounds (medians, CPU time)")
    print(f"vaderSentiment 3.3.2      : {ref:10,.0f} sentences/s")
    print(f"corpus_tools, cold caches : {ours:10,.0f} sentences/s  ratio {ours / ref:.2f}x")
    print(f"corpus_tools, token cache : {warm:10,.0f} sentences/s  ratio {warm / ref:.2f}x")
    print(f"cold ratio by wall-clock time: {wall_ratio:.2f}x")
    print(f"differences from vaderSentiment on ASCII-quoted input: {differences}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
