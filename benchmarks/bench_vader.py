"""VADER speed: vaderSentiment 3.3.2 against corpus_tools.sentiment on BBC sentences.

Both scorers get the same input: every line of every BBC article, split after . ! or ? followed
by whitespace (a crude splitter is enough here: the point is a realistic mix of sentences).
Rounds alternate between the two so a busy neighbour on the machine slows both alike. Our
caches (whole sentences and tokens) are cleared before each round, so every round is cold;
a warm round (caches filled by the previous one) is reported separately.

    python benchmarks/bench_vader.py [--rounds 5] [--corpus ../shared/data/bbc-news]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
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

    reference_rates, our_rates, warm_rates = [], [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        expected = run_reference()
        reference_rates.append(len(sentences) / (time.perf_counter() - start))
        sentiment.clear_caches()
        start = time.perf_counter()
        got = run_ours()
        our_rates.append(len(sentences) / (time.perf_counter() - start))
        start = time.perf_counter()
        run_ours()
        warm_rates.append(len(sentences) / (time.perf_counter() - start))
    # The input is ASCII-quoted by score_texts: compare against vaderSentiment on the same text.
    normalised = [sentiment.ascii_quotes(s) for s in sentences]
    expected = [tuple(analyzer.polarity_scores(s).values()) for s in normalised]
    differences = sum(e != g for e, g in zip(expected, got, strict=True))
    ref, ours, warm = (statistics.median(r) for r in (reference_rates, our_rates, warm_rates))
    print(f"{len(sentences)} sentences, {args.rounds} alternating rounds (medians)")
    print(f"vaderSentiment 3.3.2 : {ref:10,.0f} sentences/s")
    print(f"corpus_tools (cold)  : {ours:10,.0f} sentences/s  ratio {ours / ref:.2f}x")
    print(f"corpus_tools (warm)  : {warm:10,.0f} sentences/s  ratio {warm / ref:.2f}x")
    print(f"differences from vaderSentiment on ASCII-quoted input: {differences}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
