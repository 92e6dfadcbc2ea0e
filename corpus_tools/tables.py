"""The analysis tables as pandas DataFrames: analysed in memory, written, read back, loaded for a
report notebook.

The streaming side (`corpus_tools.pipeline`) needs no pandas; this is the side notebooks and
users' own code work with.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from .analysis import COLUMNS, DOCUMENT_COLUMNS, SCHEMAS, TABLES, Settings
from .cache import ResultCache
from .documents import Corpus, load_corpus
from .errors import CorpusToolsError
from .pipeline import RunStats, iter_results, run_info


@dataclass
class Tables:
    """The analysis tables as DataFrames (columns as in DESIGN.md, plus `mentions`)."""

    documents: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    mentions: pd.DataFrame
    stance: pd.DataFrame
    terms: pd.DataFrame
    skipped: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["path", "reason"]))
    info: dict[str, Any] = field(default_factory=dict)

    def items(self) -> Iterator[tuple[str, pd.DataFrame]]:
        """(name, table) pairs, the skipped-files table included."""
        for name in (*TABLES, "skipped"):
            yield name, getattr(self, name)


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
    return Tables(documents=docs_frame, skipped=skipped, info=run_info(corpus, stats), **frames)


def _concat_in_order(parts: list[pa.Table], name: str, order: dict[str, int]) -> pd.DataFrame:
    """One DataFrame from batches, sorted by corpus order (cached batches arrive last)."""
    frame = to_frame(pa.concat_tables(parts) if parts else SCHEMAS[name].empty_table(), name)
    rank = frame["doc_id"].map(order)
    return frame.iloc[rank.argsort(kind="stable")].reset_index(drop=True)


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
    missing = [n for n in (*TABLES, "skipped") if not (folder / f"{n}.parquet").exists()]
    if missing:
        raise CorpusToolsError(
            f"{folder}: no analysed tables ({', '.join(missing)} missing); run corpus-tools analyse"
        )
    frames = {
        n: restore_lists(pd.read_parquet(folder / f"{n}.parquet"), n) for n in (*TABLES, "skipped")
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


def to_frame(table: pa.Table, name: str) -> pd.DataFrame:
    """An Arrow table of analysis results as a DataFrame with plain Python list cells."""
    return restore_lists(table.to_pandas(), name)


def restore_lists(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Parquet gives list columns back as arrays; make them lists again, as analysis wrote them."""
    if name == "stance" and len(frame):
        frame = frame.assign(evidence=[list(map(int, e)) for e in frame["evidence"]])
    return frame


def documents_frame(documents: list[dict[str, Any]]) -> pd.DataFrame:
    """The documents table; dates as datetime64 so notebooks can resample by period."""
    frame = pd.DataFrame(documents)
    if frame.empty:
        frame = pd.DataFrame(columns=sorted(DOCUMENT_COLUMNS))
    # millisecond resolution: what a Parquet round trip gives back, so tables compare equal
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce").astype("datetime64[ms]")
    for column in ("compound", "title_compound"):
        if column in frame:  # cached rows give a missing score as None, fresh ones as NaN
            frame[column] = frame[column].astype(float)
    return frame
