"""CPU seconds of each analysis stage over a corpus, one process, each stage run once (cold
caches), in the order `analyse_document` runs them: where `corpus-tools analyse` spends its time.

    .venv/bin/python benchmarks/stage_times.py [--corpus DIR]

Skips with a message when the corpus (by default ../shared/data/bbc-news) is absent.
"""

from __future__ import annotations

import argparse
import bisect
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus_tools.pipeline import prepare_process

BBC = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc-news"


def timed(label: str, work: Callable[[], Any]) -> Any:
    """Run `work`, print its CPU seconds under `label`, return its result."""
    start = time.process_time()
    result = work()
    print(f"{label:<22} {time.process_time() - start:6.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BBC)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is absent (needs ../shared)")
        return
    prepare_process()  # as in `corpus-tools analyse`
    from corpus_tools import analysis
    from corpus_tools.documents import load_corpus
    from corpus_tools.quotes import extract_quotes
    from corpus_tools.sentences import split_sentences
    from corpus_tools.sentiment import score_texts
    from corpus_tools.stance import load_stance_model, predict_stance
    from corpus_tools.stopwords import load_stopwords
    from corpus_tools.targets import find_mentions
    from corpus_tools.term_counts import term_columns

    docs = timed("read files", lambda: load_corpus(args.corpus).documents())
    settings = analysis.Settings.default()
    stop, model = load_stopwords(settings.stopwords), load_stance_model()
    spans = timed(
        "split sentences", lambda: [split_sentences(d.text, start=d.body_start) for d in docs]
    )
    timed("quotes and speakers", lambda: [extract_quotes(d.text, start=d.body_start) for d in docs])
    body = [analysis.body_sentences(d, s) for d, s in zip(docs, spans, strict=True)]
    timed("VADER per sentence", lambda: [score_texts(s.text for s in b) for b in body])
    timed(
        "terms and bigrams",
        lambda: [
            term_columns(d.text, [(s.start, s.end) for s in sp], stopwords=stop)
            for d, sp in zip(docs, spans, strict=True)
        ],
    )
    mentions = timed(
        "target mentions",
        lambda: [find_mentions(d.text, settings.targets, start=d.body_start) for d in docs],
    )

    def stance() -> int:
        n = 0
        for sentences, found in zip(body, mentions, strict=True):
            starts = [s.start for s in sentences]
            for m in found:
                i = bisect.bisect_right(starts, m.start) - 1
                if i >= 0 and m.end <= sentences[i].end:
                    s = sentences[i]
                    predict_stance(s.text, m.start - s.start, m.end - s.start, model=model)
                    n += 1
        return n

    timed("stance per mention", stance)
    results = [analysis.analyse_document(d, settings) for d in docs]  # caches now warm
    timed(
        "Arrow tables",
        lambda: [analysis.batch_tables(results[i : i + 64]) for i in range(0, len(results), 64)],
    )


if __name__ == "__main__":
    main()
