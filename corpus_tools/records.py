"""Records that cross module boundaries: frozen dataclasses with character offsets.

Offsets always index the document text as read (UTF-8 decoded), never a normalised copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text `text[start:end]` with its kind (e.g. "sentence", "title", "word")."""

    start: int
    end: int
    text: str
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its offsets, lower-cased/ASCII-quoted form and kind ("word", "num", "punct")."""

    start: int
    end: int
    text: str
    norm: str
    kind: str


@dataclass(frozen=True)
class Document:
    """One news document as read from a corpus.

    `path` is relative to the corpus root; `category` is its first sub-folder ("" at the root);
    `meta` holds any further metadata columns of the source record.
    """

    doc_id: str
    path: str
    text: str
    category: str = ""
    date: dt.date | None = None
    title: str = ""
    standfirst: str = ""
    content_hash: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    # Spans of `text` that are title / standfirst lines (kind "title" or "standfirst"): shown,
    # scored apart, kept out of the body's sentences and averages.
    header_spans: tuple[Span, ...] = ()
    # Text before this offset is not body (e.g. the seed format's leading " date 2025-01-24 ").
    body_start: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct speech: offsets exclude the quotation marks; `speaker` may be ""."""

    start: int
    end: int
    text: str
    speaker: str
    cue: str
