"""Per-document analysis and the tidy tables it feeds.

`analyse_document` is a pure function of (document, settings): the unit of caching and of parallel
work. Its result holds plain rows (tuples), not DataFrames, because it runs once per document in a
hot loop; `batch_tables` turns a batch of results into Arrow tables (`corpus_tools.tables` holds
their DataFrame side). No pandas here: every worker and the command line import this module.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np
import pyarrow as pa

from . import __version__
from .quotes import extract_quotes
from .records import Document, Quote, Span
from .sentences import split_sentences
from .sentiment import score_text, score_texts
from .stance import load_stance_model, predict_stance
from .stopwords import DEFAULT_STOPWORDS, load_stopwords
from .targets import Target, find_mentions, load_targets
from .term_counts import term_columns

TABLES = ("documents", "sentences", "quotes", "mentions", "stance", "terms")
AUTHOR = "author"  # the holder of stance expressed in narration


@dataclass(frozen=True)
class Settings:
    """Everything besides the document that the analysis result depends on (the cache key)."""

    targets: tuple[Target, ...] = ()
    stance_method: Literal["model", "lexicon"] = "model"
    stance_model_path: str | None = None
    stopwords: str = DEFAULT_STOPWORDS
    max_ngram: int = 2

    @classmethod
    def default(cls, *, targets_path: str | None = None, **kwargs: Any) -> Settings:
        """Settings with the bundled default targets (or those of `targets_path`)."""
        return cls(targets=tuple(load_targets(targets_path)), **kwargs)

    def fingerprint(self) -> str:
        """A short hash of the settings and package version, used to key cached results."""
        payload = json.dumps([__version__, asdict(self)], sort_keys=True, default=str)
        return hashlib.sha256(payload.encode()).hexdigest()[:16]


@dataclass
class DocumentResult:
    """The rows one document contributes to each table."""

    doc_id: str
    document: dict[str, Any]
    sentences: list[tuple[Any, ...]] = field(default_factory=list)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    stance: list[tuple[Any, ...]] = field(default_factory=list)
    # the terms table is by far the largest, so it travels as columns: term, n, count, is_stopword
    terms: tuple[list[str], list[int], list[int], list[bool]] = ([], [], [], [])


COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": (
        "doc_id", "sent_id", "start", "end", "text", "is_quote", "speaker",
        "neg", "neu", "pos", "compound",
    ),
    "quotes": ("doc_id", "quote_id", "start", "end", "text", "speaker", "cue"),
    "mentions": (
        "doc_id", "sent_id", "holder", "target", "start", "end", "mention", "label", "score",
    ),
    "stance": ("doc_id", "holder", "target", "label", "score", "n_mentions", "evidence"),
    "terms": ("doc_id", "term", "n", "count", "is_stopword"),
}  # fmt: skip


def body_sentences(doc: Document, spans: Sequence[Span] | None = None) -> list[Span]:
    """Sentences of the body: after `body_start`, without title and standfirst lines."""
    if spans is None:
        spans = split_sentences(doc.text, start=doc.body_start)
    if not doc.header_spans:
        return list(spans)
    return [s for s in spans if not any(h.start <= s.start < h.end for h in doc.header_spans)]


def _quote_for(sentence: Span, quotes: Sequence[Quote]) -> Quote | None:
    """The quote covering most of `sentence`, if quoted speech is over half of its characters."""
    best, best_overlap = None, 0
    for q in quotes:
        overlap = min(sentence.end, q.end) - max(sentence.start, q.start)
        if overlap > best_overlap:
            best, best_overlap = q, overlap
    if best is not None and best_overlap * 2 > sentence.end - sentence.start:
        return best
    return None


def quotes_for(sentences: Sequence[Span], quotes: Sequence[Quote]) -> list[Quote | None]:
    """`_quote_for` of each sentence (both in text order), looking only at the quotes that
    overlap it: a window slides along the quotes instead of scanning all for every sentence.

    >>> q = [Quote(4, 20, "", "Peskov", ""), Quote(30, 34, "", "", "")]
    >>> [x and x.speaker for x in quotes_for([Span(0, 22, ""), Span(22, 40, "")], q)]
    ['Peskov', None]
    """
    if any(a.start > b.start for a, b in zip(quotes, quotes[1:])):
        return [_quote_for(span, quotes) for span in sentences]  # not in text order: scan all
    out: list[Quote | None] = []
    lo = hi = 0  # quotes[lo:hi] may overlap the current sentence
    for span in sentences:
        while hi < len(quotes) and quotes[hi].start < span.end:
            hi += 1
        # a quote ending before this sentence overlaps no later one either (they start later)
        while lo < hi and quotes[lo].end <= span.start:
            lo += 1
        out.append(_quote_for(span, quotes[lo:hi]))
    return out


def _holder(offset: int, quotes: Sequence[Quote]) -> str:
    """Who holds a stance expressed at `offset`: the speaker of the quote around it, else the
    author (in '“...,” Trump said.' a mention of Trump outside the marks is narration)."""
    for q in quotes:
        if q.start <= offset < q.end:
            return q.speaker or "unknown speaker"
    return AUTHOR


def _majority(labels: Sequence[str]) -> str:
    """The most frequent mention label; a FAVOR/AGAINST tie is NONE (no clear stance)."""
    counts = {label: labels.count(label) for label in ("FAVOR", "AGAINST", "NONE")}
    top = max(counts.values())
    leaders = [label for label, n in counts.items() if n == top]
    return leaders[0] if len(leaders) == 1 else "NONE"


def analyse_document(doc: Document, settings: Settings) -> DocumentResult:
    """Analyse one document: sentences with VADER scores, quotes, stance mentions, term counts."""
    all_spans = split_sentences(doc.text, start=doc.body_start)  # headline lines included
    sentences = body_sentences(doc, all_spans)
    quotes = extract_quotes(doc.text, start=doc.body_start)
    scores = score_texts(s.text for s in sentences)
    result = DocumentResult(doc.doc_id, {})
    for sent_id, (span, sc, quote) in enumerate(
        zip(sentences, scores, quotes_for(sentences, quotes))
    ):
        speaker = quote.speaker if quote else ""
        result.sentences.append(
            (doc.doc_id, sent_id, span.start, span.end, span.text, quote is not None, speaker,
             sc.neg, sc.neu, sc.pos, sc.compound)
        )  # fmt: skip
    for quote_id, q in enumerate(quotes):
        result.quotes.append((doc.doc_id, quote_id, q.start, q.end, q.text, q.speaker, q.cue))

    use_model = settings.targets and settings.stance_method == "model"
    model = load_stance_model(settings.stance_model_path) if use_model else None
    grouped: dict[tuple[str, str], list[tuple[int, str, float]]] = {}
    starts = [span.start for span in sentences]
    # one scan of the whole body, then each mention to its sentence (header lines have none)
    for m in find_mentions(doc.text, settings.targets, start=doc.body_start):
        sent_id = bisect_right(starts, m.start) - 1
        if sent_id < 0 or m.end > sentences[sent_id].end:
            continue
        span = sentences[sent_id]
        label, score = predict_stance(
            span.text, m.start - span.start, m.end - span.start, model=model,
            method=settings.stance_method,
        )  # fmt: skip
        holder = _holder(m.start, quotes)
        result.mentions.append(
            (doc.doc_id, sent_id, holder, m.target, m.start, m.end, m.text, label, score)
        )
        grouped.setdefault((holder, m.target), []).append((sent_id, label, score))
    for (holder, target), items in grouped.items():
        mean = sum(score for _, _, score in items) / len(items)
        evidence = sorted({sent_id for sent_id, _, _ in items})
        majority = _majority([label for _, label, _ in items])
        result.stance.append((doc.doc_id, holder, target, majority, mean, len(items), evidence))

    stop = load_stopwords(settings.stopwords)
    # terms count every word of the document, headline and standfirst too (they are its words;
    # only sentence-level sentiment averages keep them apart)
    result.terms = term_columns(
        doc.text, [(s.start, s.end) for s in all_spans], max_n=settings.max_ngram, stopwords=stop
    )

    # word tokens of the document: the denominator of every per-10,000-words rate
    _, ns, counts, _ = result.terms
    n_tokens = sum(counts[: ns.count(1)])  # unigrams come first
    body = [row[-1] for row in result.sentences]
    result.document = {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "category": doc.category,
        "date": doc.date,
        "title": doc.title,
        "standfirst": doc.standfirst,
        "n_sentences": len(sentences),
        "n_tokens": n_tokens,
        "n_quotes": len(quotes),
        "compound": sum(body) / len(body) if body else float("nan"),
        "title_compound": score_text(doc.title).compound if doc.title else float("nan"),
        "content_hash": doc.content_hash,
        **{k: v for k, v in doc.meta.items() if k not in DOCUMENT_COLUMNS},
    }
    return result


DOCUMENT_COLUMNS = frozenset(
    ("doc_id", "path", "category", "date", "title", "standfirst", "n_sentences", "n_tokens",
     "n_quotes", "compound", "title_compound", "content_hash")
)  # fmt: skip


def analyse_batch(docs: Sequence[Document], settings: Settings) -> Batch:
    """`analyse_document` over a batch (the unit sent to a process pool or a Dask worker)."""
    return batch_tables(analyse_document(doc, settings) for doc in docs)


_STRING, _INT, _FLOAT, _BOOL = pa.string(), pa.int64(), pa.float64(), pa.bool_()
_TYPES = {
    **dict.fromkeys(("doc_id", "text", "speaker", "cue", "holder", "target", "mention", "label",
                     "term"), _STRING),
    **dict.fromkeys(("sent_id", "quote_id", "start", "end", "n", "count", "n_mentions"), _INT),
    **dict.fromkeys(("neg", "neu", "pos", "compound", "score"), _FLOAT),
    **dict.fromkeys(("is_quote", "is_stopword"), _BOOL),
    "evidence": pa.list_(_INT),
}  # fmt: skip
SCHEMAS: dict[str, pa.Schema] = {
    name: pa.schema([(column, _TYPES[column]) for column in columns])
    for name, columns in COLUMNS.items()
}


@dataclass
class Batch:
    """The results of a batch of documents: document rows, and Arrow tables of the rest.

    Arrow tables are built in the worker, where it runs in parallel, and cross process
    boundaries cheaply; the parent only writes them.
    """

    documents: list[dict[str, Any]]
    tables: dict[str, pa.Table]


def batch_tables(results: Iterable[DocumentResult]) -> Batch:
    """Gather per-document rows into one Arrow table per table name."""
    row_tables = [name for name in COLUMNS if name != "terms"]
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in row_tables}
    terms: list[str] = []
    ns: list[int] = []
    counts: list[int] = []
    flags: list[bool] = []
    doc_ids: list[str] = []
    n_terms: list[int] = []
    documents: list[dict[str, Any]] = []
    for r in results:
        documents.append(r.document)
        for name in row_tables:
            rows[name] += getattr(r, name)
        doc_ids.append(r.doc_id)
        doc_terms, doc_ns, doc_counts, doc_flags = r.terms
        n_terms.append(len(doc_terms))
        terms += doc_terms
        ns += doc_ns
        counts += doc_counts
        flags += doc_flags
    tables = {}
    for name in row_tables:
        columns = COLUMNS[name]
        values = list(zip(*rows[name])) if rows[name] else [()] * len(columns)
        tables[name] = pa.table(dict(zip(columns, values)), schema=SCHEMAS[name])
    # the terms table's doc_id repeats each id hundreds of times: converting one string per
    # document and repeating it by index is ten times cheaper than converting every copy
    term_doc_ids = pa.array(doc_ids, pa.string()).take(repeat_indices(n_terms))
    tables["terms"] = pa.table(
        dict(zip(COLUMNS["terms"], [term_doc_ids, terms, ns, counts, flags])),
        schema=SCHEMAS["terms"],
    )
    return Batch(documents, tables)


def repeat_indices(counts: Sequence[int]) -> np.ndarray:
    """Each index i repeated counts[i] times, as numpy (pyarrow's take reads it without a copy;
    a Python list of a million ints would cost more to build and convert than the take).

    >>> repeat_indices([2, 0, 3]).tolist()
    [0, 0, 2, 2, 2]
    """
    return np.repeat(np.arange(len(counts), dtype=np.int32), counts)


# Arrow types of the documents table's own columns; metadata columns are inferred
_DOCUMENT_TYPES = {
    **dict.fromkeys(("doc_id", "path", "category", "title", "standfirst", "content_hash"),
                    _STRING),
    **dict.fromkeys(("n_sentences", "n_tokens", "n_quotes"), _INT),
    **dict.fromkeys(("compound", "title_compound"), _FLOAT),
    # milliseconds: what pandas' datetime64[ms] round-trips, so tables compare equal either way
    "date": pa.timestamp("ms"),
}  # fmt: skip


def documents_table(documents: Sequence[dict[str, Any]]) -> pa.Table:
    """The documents table as Arrow: one row per document, columns in order of first appearance.

    >>> documents_table([{"doc_id": "a", "n_tokens": 3}, {"doc_id": "b", "source": "BBC"}])
    ... # doctest: +NORMALIZE_WHITESPACE
    pyarrow.Table
    doc_id: string
    n_tokens: int64
    source: string
    ----
    doc_id: [["a","b"]]
    n_tokens: [[3,null]]
    source: [[null,"BBC"]]
    """
    names = list(dict.fromkeys(k for d in documents for k in d)) or sorted(DOCUMENT_COLUMNS)
    return pa.table([_document_column(n, [d.get(n) for d in documents]) for n in names], names)


def _document_column(name: str, values: list[Any]) -> pa.Array:
    if name == "date":
        values = [_as_datetime(v) for v in values]
    try:
        # from_pandas: a NaN score is stored as null, as pandas' own Parquet writer stores it
        return pa.array(values, type=_DOCUMENT_TYPES.get(name), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # a metadata column mixing types (an id that is a number in one record, text in
        # another) is kept as text rather than failing the run
        return pa.array([None if v is None else str(v) for v in values], type=_STRING)


def _as_datetime(value: Any) -> dt.datetime | None:
    """A document date (a date, or a datetime read back from the cache) as a datetime."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    return None
