"""Documents from export files: one record per document in JSON Lines, JSON or CSV.

A record needs `text` (or `body`, `content`); `id`, `date`, `title`, `standfirst` and
`category` fill the document's own fields, any other field is kept as metadata. A record that
cannot be used becomes a problem string naming it ("row 3 (line 4): ..."), so one bad record
never costs the rest of the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import DocumentError
from .records import Document

_TEXT_FIELDS = ("text", "body", "content")
_LIST_KEYS = ("documents", "records", "data")
CSV_FIELD_LIMIT = 16 * 1024 * 1024
# Column names of the documents table: a record field with one of these names is kept in meta
# under "record_<name>" so it cannot overwrite the table's own column.
_TABLE_COLUMNS = frozenset({"doc_id", "path", "content_hash", "n_sentences", "n_tokens", "meta"})
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]*(?:Z|[+-][\d:]+)?)?\s*\Z")


def parse_date(value: str) -> dt.date:
    """An ISO date, or the date part of an ISO timestamp; ValueError names a bad value."""
    match = _ISO_DATE.match(value)
    if not match:
        raise ValueError(f"unrecognised date {value!r}; expected YYYY-MM-DD")
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise ValueError(f"impossible date {value!r}; date left empty") from None


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# (number, where, fields), or (number, where, problem) for a record that could not be parsed.
_Parsed = tuple[int, str, dict[str, Any] | str]


def json_records(text: str, path: Path, suffix: str) -> Iterable[_Parsed]:
    if suffix != ".json":
        return _json_lines(text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":  # JSON Lines saved as .json: a common export slip
            return _json_lines(text)
        raise DocumentError(path, f"invalid JSON ({err})") from None
    except (ValueError, RecursionError) as err:
        raise DocumentError(path, f"invalid JSON ({err})") from None
    if isinstance(data, dict):
        lists = [data[key] for key in _LIST_KEYS if isinstance(data.get(key), list)]
        data = lists[0] if lists else [data]
    if not isinstance(data, list):
        raise DocumentError(path, "JSON is neither a list of records nor an object")
    return [(n, f"record {n}", _as_record(item)) for n, item in enumerate(data, 1)]


def _json_lines(text: str) -> Iterator[_Parsed]:
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield n, f"line {n}", _as_record(json.loads(line))
        except (ValueError, RecursionError) as err:
            yield n, f"line {n}", f"invalid JSON ({err})"


def _as_record(item: Any) -> dict[str, Any] | str:
    return item if isinstance(item, dict) else f"not a JSON object ({type(item).__name__})"


def csv_records(text: str, path: Path) -> list[_Parsed]:
    # strict: an unterminated quote is an error, not a field swallowing the rest of the file
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    # The default limit (128 KiB) is below a long article; the limit is process-wide, so restore it.
    previous_limit = csv.field_size_limit(CSV_FIELD_LIMIT)
    parsed: list[_Parsed] = []
    try:
        header = [name.strip().lower() for name in reader.fieldnames or []]
        if not any(field in header for field in _TEXT_FIELDS):
            raise DocumentError(path, "CSV header has no text, body or content column")
        for n, row in enumerate(reader, 1):
            where = f"row {n} (line {reader.line_num})"
            if None in row:  # more values than header names: almost always a quoting slip
                parsed.append((n, where, "more values than columns in the header"))
                continue
            parsed.append((n, where, {k: v for k, v in row.items() if v is not None}))
    except csv.Error as err:
        problem = f"malformed CSV at line {reader.line_num + 1} ({err})"
        if not parsed:
            raise DocumentError(path, problem) from None
        # keep the rows read before the break; what follows it cannot be trusted
        n = len(parsed) + 1
        parsed.append((n, f"row {n} on", f"{problem}; this row and the rest of the file skipped"))
    finally:
        csv.field_size_limit(previous_limit)
    return parsed


def record_document(
    record: dict[str, Any],
    number: int,
    where: str,
    relpath: str,
    category: str,
    warn: Callable[[str], None],
) -> Document | str:
    """The record's document, or the problem that makes it unusable."""
    keys = {str(key).strip().lower(): key for key in record}
    text_key = next((keys[f] for f in _TEXT_FIELDS if f in keys), None)
    if text_key is None:
        return "no text, body or content field"
    text = record[text_key]
    if not isinstance(text, str):
        return f"{text_key} is not a string"
    if not text.strip():
        return f"empty {text_key}"

    def field(name: str) -> str:
        value = record.get(keys.get(name, name))
        return "" if value is None else str(value).strip()

    date = None
    if field("date"):
        try:
            date = parse_date(field("date"))
        except ValueError as err:
            warn(f"{where}: {err}")
    used = {text_key, *(keys[f] for f in ("id", "date", "title", "standfirst") if f in keys)}
    if field("category"):
        used.add(keys["category"])
    meta = {
        _meta_name(str(key).strip()): _meta_value(value)
        for key, value in record.items()
        if key not in used and value is not None
    }
    return Document(
        doc_id=field("id") or f"{relpath}#{number}",
        path=relpath,
        text=text,
        category=field("category") or category,
        date=date,
        title=field("title"),
        standfirst=field("standfirst"),
        content_hash=content_hash(text),
        meta=meta,
    )


def _meta_name(name: str) -> str:
    return f"record_{name}" if name.lower() in _TABLE_COLUMNS else name


def _meta_value(value: Any) -> str | int | float | bool:
    if isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, ensure_ascii=False)  # nested lists/objects: kept, as JSON text
