"""Running the per-document analysis over a corpus: in-process, in a process pool or on Dask.

Documents stream through in batches so memory stays bounded; results come back in corpus order
whatever the executor, so the tables are identical every way. Cached results (see `cache.py`) are
reused for documents whose text and settings have not changed.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .analysis import (
    COLUMNS,
    SCHEMAS,
    Batch,
    Settings,
    Tables,
    analyse_batch,
    documents_frame,
    restore_lists,
    to_frame,
)
from .analysis import (
    TABLES as TABLE_NAMES,
)
from .cache import ResultCache
from .documents import Corpus, load_corpus
from .errors import CorpusToolsError
from .records import Document

log = logging.getLogger(__name__)
BATCH_SIZE = 64  # documents per task: large enough to amortise IPC, small enough to stream


@dataclass
class RunStats:
    """What a run did, for the report's provenance block and the command line's summary."""

    n_documents: int = 0
    n_reused: int = 0
    n_analysed: int = 0
    seconds: float = 0.0
    executor: str = "in-process"
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


class Progress:
    """Counts documents on stderr for a terminal; silent otherwise (cron mails stay short)."""

    def __init__(self, total: int, label: str, *, enabled: bool | None = None) -> None:
        # total is the number of files: counting documents first would read every file twice
        self.total, self.label, self.done = total, label, 0
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._last = 0.0

    def advance(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.2 or self.done >= self.total):
            self._last = now
            end = "\n" if self.done >= self.total else ""
            print(
                f"\r{self.label}: {self.done} documents ({self.total} files)",
                end=end,
                file=sys.stderr,
            )


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def _ordered(futures: Iterable[Any], result: Callable[[Any], Any], ahead: int) -> Iterator[Any]:
    """Yield results in submission order, keeping at most `ahead` tasks in flight."""
    pending: deque[Any] = deque()
    for fut in futures:
        pending.append(fut)
        if len(pending) >= ahead:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def run_batches(
    batches: Iterable[Sequence[Document]],
    settings: Settings,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[Batch]:
    """Analyse batches of documents, yielding each batch's results in order."""
    if scheduler:
        yield from _run_on_dask(batches, settings, scheduler)
    elif jobs > 1:
        # fork starts workers in milliseconds on Linux; elsewhere fall back to the default
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            futures = (pool.submit(analyse_batch, b, settings) for b in batches)
            yield from _ordered(futures, Future.result, ahead=2 * jobs)
    else:
        for batch in batches:
            yield analyse_batch(batch, settings)


def _run_on_dask(
    batches: Iterable[Sequence[Document]], settings: Settings, scheduler: str
) -> Iterator[Batch]:
    try:
        from distributed import Client
    except ImportError as exc:  # the "dask" extra is not installed
        raise CorpusToolsError("--scheduler needs Dask: pip install 'corpus-tools[dask]'") from exc
    try:
        client = Client(scheduler, timeout="5s")
    except (OSError, TimeoutError) as exc:
        raise CorpusToolsError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        settings_future = client.scatter(settings, broadcast=True)
        futures = (
            client.submit(analyse_batch, list(b), settings_future, pure=False) for b in batches
        )
        yield from _ordered(futures, lambda f: f.result(), ahead=2 * n_workers + 2)


def iter_results(
    corpus: Corpus,
    settings: Settings,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    cache: ResultCache | None = None,
    stats: RunStats | None = None,
    progress: bool | None = None,
) -> Iterator[Batch]:
    """Yield the results batch by batch: analysed documents in corpus order, then those
    reused from the cache."""
    stats = stats if stats is not None else RunStats()
    stats.executor = (
        f"dask at {scheduler}" if scheduler else f"{jobs} processes" if jobs > 1 else "in-process"
    )
    started = time.perf_counter()
    meter = Progress(len(corpus.files), "analysing", enabled=progress)
    reused_docs: list[tuple[str, str]] = []  # ids only: no texts held for cached documents

    def fresh_docs() -> Iterator[Document]:
        for doc in corpus:
            stats.n_documents += 1
            if cache is not None and cache.has(doc):
                reused_docs.append((doc.doc_id, doc.content_hash))
            else:
                yield doc

    for results in run_batches(
        _batches(fresh_docs(), BATCH_SIZE), settings, jobs=jobs, scheduler=scheduler
    ):
        stats.n_analysed += len(results.documents)
        meter.advance(len(results.documents))
        if cache is not None:
            cache.store(results)
        yield results
    if cache is not None and reused_docs:
        for batch in cache.load(reused_docs):
            stats.n_reused += len(batch.documents)
            meter.advance(len(batch.documents))
            yield batch
    if cache is not None:
        cache.commit()
    stats.skipped = [(s.path, s.reason) for s in corpus.skipped]
    stats.warnings = [(w.path, w.message) for w in corpus.warnings]
    stats.seconds = time.perf_counter() - started


def analyse(
    corpus: Corpus | str | Path,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    settings: Settings | None = None,
    cache_dir: str | Path | None = None,
    progress: bool | None = None,
) -> Tables:
    """Analyse a corpus into tables (DataFrames).

    >>> tables = analyse("seeds")  # doctest: +SKIP
    >>> tables.sentences[["text", "compound"]].head()  # doctest: +SKIP
    """
    if not isinstance(corpus, Corpus):
        corpus = load_corpus(corpus)
    settings = settings or Settings.default()
    cache = ResultCache(Path(cache_dir), settings) if cache_dir else None
    stats = RunStats()
    documents: list[dict[str, Any]] = []
    parts: dict[str, list[pa.Table]] = {name: [] for name in COLUMNS}
    for batch in iter_results(
        corpus,
        settings,
        jobs=jobs,
        scheduler=scheduler,
        cache=cache,
        stats=stats,
        progress=progress,
    ):
        documents.extend(batch.documents)
        for name in COLUMNS:
            parts[name].append(batch.tables[name])
    order = {doc_id: i for i, doc_id in enumerate(d["doc_id"] for d in documents)}
    frames = {name: _concat_in_order(parts[name], name, order) for name in COLUMNS}
    docs_frame = documents_frame(documents)
    if len(docs_frame):
        docs_frame = docs_frame.sort_values("doc_id", key=lambda s: s.map(order)).reset_index(
            drop=True
        )
    skipped = pd.DataFrame(stats.skipped, columns=["path", "reason"])
    return Tables(documents=docs_frame, skipped=skipped, info=_run_info(corpus, stats), **frames)


def _run_info(corpus: Corpus, stats: RunStats) -> dict[str, Any]:
    return {
        "corpus": str(corpus.root),
        "n_documents": stats.n_documents,
        "n_skipped": len(stats.skipped),
        "n_reused": stats.n_reused,
        "n_analysed": stats.n_analysed,
        "seconds": round(stats.seconds, 3),
        "executor": stats.executor,
        "warnings": stats.warnings,
    }


def _concat_in_order(parts: list[pa.Table], name: str, order: dict[str, int]) -> pd.DataFrame:
    """One DataFrame from batches, sorted by corpus order (cached batches arrive last)."""
    frame = to_frame(pa.concat_tables(parts) if parts else SCHEMAS[name].empty_table(), name)
    rank = frame["doc_id"].map(order)
    return frame.iloc[rank.argsort(kind="stable")].reset_index(drop=True)


def stream_tables(
    corpus: Corpus,
    out: str | Path,
    *,
    settings: Settings,
    jobs: int = 1,
    scheduler: str | None = None,
    cache_dir: str | Path | None = None,
    progress: bool | None = None,
) -> dict[str, Any]:
    """Analyse `corpus` straight into `<out>/<table>.parquet`, batch by batch.

    Memory stays bounded whatever the corpus size: only the documents table (one row per
    document) is held until the end. Files are written in a temporary folder and moved into
    `out` when complete. Returns the run's facts (also written as run.json).
    """
    out = Path(out)
    tmp = out / f".writing-{os.getpid()}"
    tmp.mkdir(parents=True, exist_ok=True)
    cache = ResultCache(Path(cache_dir), settings) if cache_dir else None
    stats = RunStats()
    documents: list[dict[str, Any]] = []
    writers = {name: pq.ParquetWriter(tmp / f"{name}.parquet", SCHEMAS[name]) for name in COLUMNS}
    try:
        for batch in iter_results(
            corpus, settings, jobs=jobs, scheduler=scheduler, cache=cache, stats=stats,
            progress=progress,
        ):  # fmt: skip
            documents.extend(batch.documents)
            for name, writer in writers.items():
                writer.write_table(batch.tables[name])
    finally:
        for writer in writers.values():
            writer.close()
    documents_frame(documents).to_parquet(tmp / "documents.parquet", index=False)
    pd.DataFrame(stats.skipped, columns=["path", "reason"]).to_parquet(
        tmp / "skipped.parquet", index=False
    )
    info = _run_info(corpus, stats)
    (tmp / "run.json").write_text(json.dumps(info, indent=2, default=str), encoding="utf-8")
    for file in tmp.iterdir():
        os.replace(file, out / file.name)
    tmp.rmdir()
    return info


def write_tables(tables: Tables, folder: str | Path) -> list[Path]:
    """Write every table as `<folder>/<name>.parquet`, plus `run.json` with the run's facts."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = folder / f"{name}.parquet"
        frame.to_parquet(path, index=False)
        written.append(path)
    return written


def read_tables(folder: str | Path) -> Tables:
    """Tables written by `write_tables` (or `corpus-tools analyse`).

    >>> tables = read_tables("reports/latest/tables")  # doctest: +SKIP
    """
    folder = Path(folder)
    missing = [n for n in (*TABLE_NAMES, "skipped") if not (folder / f"{n}.parquet").exists()]
    if missing:
        raise CorpusToolsError(
            f"{folder}: no analysed tables ({', '.join(missing)} missing); run corpus-tools analyse"
        )
    frames = {
        n: restore_lists(pd.read_parquet(folder / f"{n}.parquet"), n)
        for n in (*TABLE_NAMES, "skipped")
    }
    info_path = folder / "run.json"
    info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.exists() else {}
    return Tables(info=info, **frames)


def load_tables(
    *,
    corpus: str | Path = "seeds",
    tables_dir: str | Path | None = None,
    since: str | None = None,
    until: str | None = None,
    jobs: int = 1,
) -> Tables:
    """Tables for a report notebook: read `tables_dir` when given, else analyse `corpus` here.

    >>> tables = load_tables(corpus="seeds")  # doctest: +SKIP
    """
    import datetime as dt

    if tables_dir:
        return read_tables(tables_dir)
    corpus_obj = load_corpus(
        corpus,
        since=dt.date.fromisoformat(since) if since else None,
        until=dt.date.fromisoformat(until) if until else None,
    )
    tables = analyse(corpus_obj, jobs=jobs, progress=False)
    tables.info.setdefault("parameters", {})
    return tables
