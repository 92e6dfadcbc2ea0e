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

import pyarrow as pa
import pyarrow.parquet as pq

from .analysis import COLUMNS, SCHEMAS, Batch, Settings, analyse_batch, documents_table
from .cache import ResultCache
from .documents import Corpus
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


def arrow_without_pandas() -> None:
    """Stop pyarrow from importing pandas in this process, unless pandas is already loaded.

    Why: pyarrow imports pandas (about 0.3 s of CPU) on its first conversion, only to check
    whether its input is a pandas object; the analysis never hands it one, yet each pool worker
    and the writing parent would pay for that import. With pandas unimportable for one
    conversion, pyarrow records "no pandas" and stops looking; a later call that needs pandas
    (`to_pandas`) imports it then. Only for processes whose conversions we own (the command
    line's streaming run and its workers); any failure here just leaves pyarrow as it was.
    """
    if "pandas" in sys.modules:
        return
    blocker = _NoPandas()
    sys.meta_path.insert(0, blocker)
    try:
        pa.array([0])
    except Exception:  # noqa: BLE001  # an optimisation only: never fail a run over it
        log.debug("pyarrow's pandas check could not be skipped", exc_info=True)
    finally:
        sys.meta_path.remove(blocker)


def use_system_allocator() -> None:
    """Make pyarrow allocate with the C library's malloc in this process, unless the user chose
    a pool (ARROW_DEFAULT_MEMORY_POOL).

    Why: pyarrow's default pool (mimalloc in its wheels) hands freed pages back to the system and
    faults fresh ones in for the next batch's tables; malloc keeps and reuses them. Building the
    BBC corpus's tables took 0.62 s of CPU with the default pool and 0.27 s with malloc
    (`benchmarks/stage_times.py`), the difference all system time. Buffers made before the switch
    stay valid (each keeps its own pool). Scoped like `arrow_without_pandas`: only processes whose
    tables we build (the command line's streaming run and its workers).
    """
    if "ARROW_DEFAULT_MEMORY_POOL" not in os.environ:
        pa.set_memory_pool(pa.system_memory_pool())


def prepare_process() -> None:
    """Set up a process that builds and writes the analysis tables (a pool worker's initializer
    and the streaming run itself): no pandas import by pyarrow, and malloc for Arrow buffers."""
    arrow_without_pandas()
    use_system_allocator()


class _NoPandas:
    """An import hook that makes `import pandas` fail (see `arrow_without_pandas`)."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "pandas":
            raise ImportError("pandas is not needed here")


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
        with ProcessPoolExecutor(
            max_workers=jobs, mp_context=ctx, initializer=prepare_process
        ) as pool:
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


def run_info(corpus: Corpus, stats: RunStats) -> dict[str, Any]:
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
    prepare_process()  # this process only builds and writes Arrow tables
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
    pq.write_table(documents_table(documents), tmp / "documents.parquet")
    pq.write_table(skipped_table(stats.skipped), tmp / "skipped.parquet")
    info = run_info(corpus, stats)
    (tmp / "run.json").write_text(json.dumps(info, indent=2, default=str), encoding="utf-8")
    for file in tmp.iterdir():
        os.replace(file, out / file.name)
    tmp.rmdir()
    return info


def skipped_table(skipped: Sequence[tuple[str, str]]) -> pa.Table:
    """The skipped-files table: the path and the reason of each file left out."""
    paths, reasons = zip(*skipped) if skipped else ((), ())
    return pa.table(
        {"path": pa.array(paths, pa.string()), "reason": pa.array(reasons, pa.string())}
    )
