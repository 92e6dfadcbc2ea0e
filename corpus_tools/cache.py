"""Cache of per-document analysis results, as Parquet, keyed by document text and settings.

Layout: `<cache>/<settings fingerprint>/<table>/<part>.parquet` holds the rows of one analysed
batch; `index.json` maps each document (doc_id and content hash) to its part. A changed text,
setting or package version gives a new key, so stale results are never reused.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .analysis import COLUMNS, SCHEMAS, Batch, Settings, documents_table
from .records import Document

log = logging.getLogger(__name__)
_TABLES = ("documents", *COLUMNS)


class ResultCache:
    """Per-document results of earlier runs for one set of settings."""

    def __init__(self, root: Path, settings: Settings) -> None:
        self.dir = Path(root) / settings.fingerprint()
        self._index: dict[str, str] = self._read_index()
        self._used: dict[str, str] = {}

    @staticmethod
    def key(doc: Document) -> str:
        return f"{doc.doc_id}\x00{doc.content_hash}"

    def _read_index(self) -> dict[str, str]:
        path = self.dir / "index.json"
        if not path.exists():
            return {}
        try:
            index = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:  # a damaged cache costs a re-analysis, not a failure
            log.warning("%s: unreadable analysis cache (%s); analysing again", path, exc)
            return {}
        return {
            k: v for k, v in index.items() if (self.dir / "documents" / f"{v}.parquet").exists()
        }

    def has(self, doc: Document) -> bool:
        """Whether `doc` (same id, same text) was analysed before with these settings."""
        return self.key(doc) in self._index

    def store(self, batch: Batch) -> None:
        """Write the tables of one freshly analysed batch as a new part."""
        part = uuid.uuid4().hex
        for name in _TABLES:
            (self.dir / name).mkdir(parents=True, exist_ok=True)
        pq.write_table(documents_table(batch.documents), self.dir / "documents" / f"{part}.parquet")
        for name, table in batch.tables.items():
            pq.write_table(table, self.dir / name / f"{part}.parquet")
        for doc in batch.documents:
            self._used[f"{doc['doc_id']}\x00{doc['content_hash']}"] = part

    def load(self, docs: Sequence[tuple[str, str]]) -> Iterator[Batch]:
        """The cached results of `docs` ((doc_id, content_hash) pairs), one batch per part."""
        by_part: dict[str, set[str]] = {}
        for doc_id, content_hash in docs:
            key = f"{doc_id}\x00{content_hash}"
            part = self._index[key]
            by_part.setdefault(part, set()).add(doc_id)
            self._used[key] = part
        for part, doc_ids in by_part.items():
            wanted = pa.array(sorted(doc_ids))
            documents = pq.read_table(self.dir / "documents" / f"{part}.parquet")
            documents = documents.filter(pc.is_in(documents["doc_id"], value_set=wanted))
            tables = {}
            for name in COLUMNS:
                table = pq.read_table(self.dir / name / f"{part}.parquet", schema=SCHEMAS[name])
                tables[name] = table.filter(pc.is_in(table["doc_id"], value_set=wanted))
            yield Batch(documents.to_pylist(), tables)

    def commit(self) -> None:
        """Keep what this run used: write the index atomically and drop unused parts."""
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.dir / f"index.json.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(self._used), encoding="utf-8")
        os.replace(tmp, self.dir / "index.json")
        keep = set(self._used.values())
        for name in _TABLES:
            for file in (self.dir / name).glob("*.parquet"):
                if file.stem not in keep:
                    file.unlink(missing_ok=True)
        # results of other settings or package versions are never read again
        for sibling in self.dir.parent.iterdir():
            if sibling.is_dir() and sibling != self.dir and len(sibling.name) == 16:
                shutil.rmtree(sibling, ignore_errors=True)
