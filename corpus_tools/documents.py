"""Read a corpus folder or file into Documents: seed format, plain text, JSON Lines, JSON, CSV.

Every file is read on its own (`read_file`), so a corpus of 20k+ documents streams one file at a
time. Broken files never raise past the loader: they become `SkippedFile`s with a reason; odd but
usable input (cp1252 bytes, an impossible date, a malformed record) becomes a `ReadWarning`.
Both are logged as "<path>: <reason>".

Decisions worth knowing:
- Hidden files and folders (".name") and housekeeping files (README, LICENSE, ...) are ignored
  silently; other files with an unsupported extension are skipped with a reason.
- With `since`/`until`, documents without a date are excluded (counted in `n_excluded_by_date`).
- Title and standfirst lines stay inside `text`; `header_spans` marks them so later stages can
  show them and keep them out of the body's sentences.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from .errors import CorpusToolsError, DocumentError, ParameterError
from .headlines import HEADER_KINDS, nonblank_lines, plain_headers, scraped_headers
from .record_files import content_hash, csv_records, json_records, parse_date, record_document
from .records import Document, Span

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".jsonl", ".ndjson", ".json", ".csv"}
# Files that sit beside many corpora (the BBC folder has a LICENSE) but are not news.
_HOUSEKEEPING = frozenset(
    {"readme", "license", "licence", "copying", "notice", "changelog", "authors", "citation"}
)

_DATE_TOKEN = r"\d{4}-\d{1,2}-\d{1,2}(?:T[0-9:.+\-Z]*)?"
_SEED_DATE = re.compile(rf"\A\s*date[ \t]*:?[ \t]*({_DATE_TOKEN})\s*", re.IGNORECASE)


@dataclass(frozen=True)
class SkippedFile:
    """A file that gave no documents, and why (e.g. "empty file", "binary file")."""

    path: str
    reason: str


@dataclass(frozen=True)
class ReadWarning:
    """Something odd in a file that was still read (cp1252 bytes, a bad record, a bad date)."""

    path: str
    message: str


def read_file(path: Path, *, root: Path) -> tuple[list[Document], list[ReadWarning]]:
    """Read one file into documents; raise `DocumentError(path, reason)` when it must be skipped.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> _ = (root / "talks.txt").write_text("Talks resume\\n\\nThe talks resumed on Friday.\\n")
    >>> docs, warnings = read_file(root / "talks.txt", root=root)
    >>> docs[0].doc_id, docs[0].title, docs[0].header_spans[0].end, warnings
    ('talks', 'Talks resume', 12, [])
    """
    path = Path(path)
    relpath = _relative(path, root)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise DocumentError(path, "unsupported file type")
    warnings: list[ReadWarning] = []
    text = _decode(_read_bytes(path), path, warnings)
    category = relpath.split("/")[0] if "/" in relpath else ""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        doc_id = relpath.rsplit(".", 1)[0]
        return [_text_document(text, doc_id, relpath, category, path, warnings)], warnings
    records = csv_records(text, path) if suffix == ".csv" else json_records(text, path, suffix)
    docs: list[Document] = []
    problems: list[str] = []
    for number, where, record in records:
        # a str is the problem of a record that could not be parsed or used
        doc = (
            record
            if isinstance(record, str)
            else record_document(
                record, number, where, relpath, category, lambda m: _warn(warnings, path, m)
            )
        )
        if isinstance(doc, str):
            problems.append(f"{where}: {doc}")
            _warn(warnings, path, problems[-1])
        else:
            docs.append(doc)
    if not docs:
        detail = f" ({len(problems)} unusable; first: {problems[0]})" if problems else ""
        raise DocumentError(path, f"no usable records{detail}")
    return docs, warnings


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def _read_bytes(path: Path) -> bytes:
    if path.is_symlink() and not path.exists():
        raise DocumentError(path, "broken link")
    if path.is_dir():
        raise DocumentError(path, "is a directory")
    try:
        return path.read_bytes()
    except OSError as err:
        raise DocumentError(path, _os_reason(err)) from None


def _os_reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, FileNotFoundError):
        return "file not found"
    if isinstance(err, IsADirectoryError):
        return "is a directory"
    return f"cannot read ({err.strerror or err})"


def _decode(data: bytes, path: Path, warnings: list[ReadWarning]) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:  # Windows "Unicode text" exports: NUL bytes there are not binary
            text = data.decode("utf-16")
        except UnicodeError:
            raise DocumentError(path, "binary file") from None
    elif b"\x00" in data:
        raise DocumentError(path, "binary file")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; they become U+FFFD rather than fail the file
            text = data.decode("cp1252", errors="replace")
            _warn(warnings, path, "not valid UTF-8; read as cp1252")
    if not text.strip():
        raise DocumentError(path, "empty file")
    return text


def read_text(path: str | Path) -> tuple[str, int, list[ReadWarning]]:
    """A single file's text as the corpus reader decodes it, whatever its extension, with the
    offset where its body starts (after a seed-format date) and any warnings.

    >>> read_text("seeds/000_42b31c0652333891.txt")[1]  # doctest: +SKIP
    17
    """
    path = Path(path)
    warnings: list[ReadWarning] = []
    text = _decode(_read_bytes(path), path, warnings)
    seed = _SEED_DATE.match(text)
    return text, seed.end() if seed else 0, warnings


def _warn(warnings: list[ReadWarning], path: Path, message: str) -> None:
    warnings.append(ReadWarning(str(path), message))


# ---- plain text and the seed format -------------------------------------------------------


def _text_document(
    text: str, doc_id: str, relpath: str, category: str, path: Path, warnings: list[ReadWarning]
) -> Document:
    date, body_start = None, 0
    seed = _SEED_DATE.match(text)
    if seed:
        body_start = seed.end()
        try:
            date = parse_date(seed.group(1))
        except ValueError as err:
            _warn(warnings, path, str(err))
        headers = scraped_headers(text, list(nonblank_lines(text, body_start)))
    else:  # only the opening lines can be a plain file's title and standfirst
        headers = plain_headers(text, list(islice(nonblank_lines(text, 0), 3)))
    spans = tuple(
        Span(s, e, text[s:e], kind) for (s, e), kind in zip(headers, HEADER_KINDS, strict=False)
    )
    return Document(
        doc_id=doc_id,
        path=relpath,
        text=text,
        category=category,
        date=date,
        title=spans[0].text if spans else "",
        standfirst=spans[1].text if len(spans) > 1 else "",
        content_hash=content_hash(text),
        header_spans=spans,
        body_start=body_start,
    )


# ---- the corpus ---------------------------------------------------------------------------


class Corpus:
    """The documents of a folder, read lazily one file at a time; see `load_corpus`.

    `.skipped` and `.warnings` fill up as files are read and are complete after one full
    iteration; iterating again re-reads the files without duplicating them.
    """

    def __init__(
        self,
        root: Path,
        files: list[Path],
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        skipped: Iterable[SkippedFile] = (),
    ) -> None:
        self.root = root
        self.files = files
        self.since = since
        self.until = until
        self._found_skipped = list(skipped)
        self._file_skipped: dict[Path, SkippedFile] = {}
        self._file_warnings: dict[Path, list[ReadWarning]] = {}
        self._file_excluded: dict[Path, int] = {}
        self._n_documents: int | None = None

    def __repr__(self) -> str:
        return f"Corpus({str(self.root)!r}, files={len(self.files)})"

    @property
    def skipped(self) -> list[SkippedFile]:
        read = [self._file_skipped[f] for f in self.files if f in self._file_skipped]
        return sorted(self._found_skipped + read, key=lambda s: s.path)

    @property
    def warnings(self) -> list[ReadWarning]:
        return [w for f in self.files for w in self._file_warnings.get(f, ())]

    @property
    def n_excluded_by_date(self) -> int:
        """Documents read but outside [since, until] or, with a range, without a date."""
        return sum(self._file_excluded.values())

    def __len__(self) -> int:
        if self._n_documents is None:
            for _ in self:  # one streaming pass; the count is cached
                pass
        assert self._n_documents is not None
        return self._n_documents

    def documents(self) -> list[Document]:
        """Every document in memory at once (fine for a few thousand; iterate for more)."""
        return [doc for doc in self]  # not list(self): list() calls __len__, a second pass

    def __iter__(self) -> Iterator[Document]:
        seen_ids: set[str] = set()
        n_read = n_kept = 0
        for path in self.files:
            first_time = path not in self._file_warnings
            try:
                docs, warnings = read_file(path, root=self.root)
            except DocumentError as err:
                self._file_warnings[path], self._file_excluded[path] = [], 0
                self._file_skipped[path] = skip = SkippedFile(str(path), err.reason)
                if first_time:
                    logger.warning("%s: %s", skip.path, skip.reason)
                continue
            docs = [_unique_id(doc, seen_ids, path, warnings) for doc in docs]
            self._file_warnings[path] = warnings
            self._file_skipped.pop(path, None)  # readable now, whatever an earlier pass found
            if first_time:
                for warning in warnings:
                    logger.warning("%s: %s", warning.path, warning.message)
            kept = [doc for doc in docs if self._in_range(doc)]
            self._file_excluded[path] = len(docs) - len(kept)
            n_read += len(docs)
            n_kept += len(kept)
            yield from kept
        if n_read == 0:
            raise CorpusToolsError(_nothing_readable(self.root, self.skipped))
        self._n_documents = n_kept

    def _in_range(self, doc: Document) -> bool:
        if self.since is None and self.until is None:
            return True
        if doc.date is None:
            return False
        return (self.since is None or doc.date >= self.since) and (
            self.until is None or doc.date <= self.until
        )


def _unique_id(doc: Document, seen: set[str], path: Path, warnings: list[ReadWarning]) -> Document:
    """Keep doc_id unique across the corpus: tables join on it."""
    doc_id, n = doc.doc_id, 1
    while doc_id in seen:
        n += 1
        doc_id = f"{doc.doc_id}~{n}"
    seen.add(doc_id)
    if doc_id == doc.doc_id:
        return doc
    _warn(warnings, path, f"duplicate document id {doc.doc_id!r}; renamed {doc_id!r}")
    return replace(doc, doc_id=doc_id)


def _nothing_readable(root: Path, skipped: list[SkippedFile]) -> str:
    kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
    if not skipped:
        return f"no readable documents in {root}: no {kinds} files found"
    first = skipped[0]
    return (
        f"no readable documents in {root}: {len(skipped)} file(s) skipped "
        f"(first: {first.path}: {first.reason}); supported types are {kinds}"
    )


def load_corpus(
    path: str | Path, *, since: dt.date | str | None = None, until: dt.date | str | None = None
) -> Corpus:
    """Find the documents of a folder (recursively) or of one file, to be read lazily.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> _ = (root / "a.txt").write_text(" date 2025-01-24 Peskov said talks were possible.")
    >>> corpus = load_corpus(root, since="2025-01-01")
    >>> len(corpus), [doc.date.isoformat() for doc in corpus], corpus.skipped
    (1, ['2025-01-24'], [])
    """
    root = Path(path)
    since, until = _as_date(since, "since"), _as_date(until, "until")
    if since and until and since > until:
        raise ParameterError(f"since ({since}) is after until ({until}): no document can match")
    if not root.exists():
        raise CorpusToolsError(f"corpus folder {root} does not exist")
    if root.is_file():
        if root.suffix.lower() not in SUPPORTED_SUFFIXES:
            kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
            raise CorpusToolsError(f"{root} is not a supported file type ({kinds})")
        return Corpus(root.parent, [root], since=since, until=until)
    files, skipped = _find_files(root)
    for skip in skipped:
        logger.warning("%s: %s", skip.path, skip.reason)
    if not files:
        raise CorpusToolsError(_nothing_readable(root, skipped))
    return Corpus(root, files, since=since, until=until, skipped=skipped)


def _as_date(value: dt.date | str | None, name: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):  # a datetime does not compare with a date
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(value)
    except ValueError as err:
        raise ParameterError(f"{name}: {err}") from None


def _find_files(root: Path) -> tuple[list[Path], list[SkippedFile]]:
    """Candidate files under `root` (sorted), and what was passed over with a reason."""
    files: list[Path] = []
    skipped: list[SkippedFile] = []
    visited: set[str] = set()

    def on_error(err: OSError) -> None:
        skipped.append(SkippedFile(str(err.filename or root), _os_reason(err)))

    # followlinks for linked sub-folders; `visited` stops a link that loops back up
    for folder, subfolders, names in os.walk(root, onerror=on_error, followlinks=True):
        here = Path(folder)
        real = os.path.realpath(folder)
        if real in visited:
            subfolders[:] = []
            continue
        visited.add(real)
        # Real folders before linked ones, so a link to a folder already in the tree is dropped
        # whatever order the file system lists them in.
        subfolders[:] = sorted(
            (name for name in subfolders if not name.startswith(".")),
            key=lambda name: (os.path.islink(os.path.join(folder, name)), name),
        )
        names = [name for name in names if not name.startswith(".")]
        if here != root and here.suffix.lower() in SUPPORTED_SUFFIXES and not subfolders + names:
            skipped.append(SkippedFile(str(here), "is a directory"))
        for name in names:
            file = here / name
            if file.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(file)
            elif Path(name).stem.lower() not in _HOUSEKEEPING:
                skipped.append(SkippedFile(str(file), "unsupported file type"))
    files.sort(key=lambda file: file.relative_to(root).as_posix())
    return files, sorted(skipped, key=lambda skip: skip.path)
