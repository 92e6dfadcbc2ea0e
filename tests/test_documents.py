"""Tests for corpus_tools.documents: every format, every kind of broken input, the seed, BBC."""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools import documents, record_files
from corpus_tools.documents import (
    Corpus,
    ReadWarning,
    SkippedFile,
    load_corpus,
    read_file,
)
from corpus_tools.errors import CorpusToolsError, DocumentError, ParameterError
from corpus_tools.headlines import _looks_like_headline
from corpus_tools.records import Document

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SEED = REPO / "seeds" / "000_42b31c0652333891.txt"
BBC = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc-news"


def body_of(doc: Document) -> str:
    """The document text after body_start with header spans removed, stripped (what gets split)."""
    parts, pos = [], doc.body_start
    for span in sorted(doc.header_spans, key=lambda s: s.start):
        parts.append(doc.text[pos : span.start])
        pos = span.end
    parts.append(doc.text[pos:])
    return "".join(parts).strip()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# ---- the seed and BBC ---------------------------------------------------------------------


def test_seed_date_title_standfirst_and_offsets():
    corpus = load_corpus(REPO / "seeds")
    [doc] = corpus.documents()
    assert doc.doc_id == "000_42b31c0652333891"
    assert doc.path == "000_42b31c0652333891.txt"
    assert doc.category == ""
    assert doc.date == dt.date(2025, 1, 24)
    assert (
        doc.title
        == "Kremlin says Putin is ready to talk to Trump and is waiting for word from Washington"
    )
    assert doc.standfirst == "Spokesperson says ball is in US court on nuclear arms talks"
    assert doc.text == SEED.read_text(encoding="utf-8")
    assert doc.text[: doc.body_start] == " date 2025-01-24 "
    assert doc.text[doc.body_start] == "\u201c"
    assert [(s.kind, doc.text[s.start : s.end]) for s in doc.header_spans] == [
        ("title", doc.title),
        ("standfirst", doc.standfirst),
    ]
    assert corpus.skipped == [] and corpus.warnings == []


@pytest.mark.slow
def test_bbc_all_files_read_with_first_line_as_title():
    if not BBC.is_dir():
        pytest.skip("../shared/data/bbc-news is absent")
    start = time.perf_counter()
    corpus = load_corpus(BBC)
    docs = corpus.documents()
    seconds = time.perf_counter() - start
    assert len(docs) == 2095
    assert corpus.skipped == [] and corpus.warnings == []  # the LICENSE file is housekeeping
    assert {d.category for d in docs} == {"business", "entertainment", "politics", "sport", "tech"}
    for doc in docs:
        first_line = doc.text.split("\n", 1)[0]
        assert doc.title == first_line, doc.path
        assert doc.header_spans[0].start == 0 and doc.body_start == 0
        assert doc.date is None and doc.standfirst == ""
    ids = {d.doc_id for d in docs}
    assert "business/absa-and-barclays-talks-continue" in ids and len(ids) == 2095
    assert seconds < 10  # measured about 0.13 s; generous for a busy shared machine


# ---- the same articles in three formats ---------------------------------------------------


def test_fixture_formats_give_the_same_documents():
    by_format = {
        name: {d.doc_id: d for d in load_corpus(FIXTURES / "formats" / name)}
        for name in ("text", "jsonl", "csv")
    }
    ids = ["bank-rates", "kremlin-talks", "mobile-sales"]
    for name, docs in by_format.items():
        assert sorted(docs) == ids, name
    for doc_id in ids:
        text, jsonl, csv_ = (by_format[n][doc_id] for n in ("text", "jsonl", "csv"))
        assert text.title == jsonl.title == csv_.title
        assert text.date == jsonl.date == csv_.date
        assert body_of(text) == body_of(jsonl) == body_of(csv_) == jsonl.text
        assert jsonl.meta == csv_.meta == {"source": "Hand-written fixture"}
    assert by_format["text"]["bank-rates"].title == "Bank cuts interest rates to 4.5%"


def test_fixture_formats_give_the_same_body_sentences():
    sentences = pytest.importorskip("corpus_tools.sentences")

    def body_sentences(doc: Document) -> list[str]:
        inside_header = [(h.start, h.end) for h in doc.header_spans]
        return [
            s.text
            for s in sentences.split_sentences(doc.text, start=doc.body_start)
            if not any(a <= s.start < b for a, b in inside_header)
        ]

    found = {
        name: {d.doc_id: body_sentences(d) for d in load_corpus(FIXTURES / "formats" / name)}
        for name in ("text", "jsonl", "csv")
    }
    assert found["text"] == found["jsonl"] == found["csv"]
    assert len(found["text"]["kremlin-talks"]) == 4  # two plain sentences and a two-sentence quote


ARTICLES = [
    (
        "a1",
        "Shell to pay $1m to former finance chief",
        "Shell is to pay $1m to its former finance chief.\n\nShe left the firm in April.",
    ),
    (
        "a2",
        "'Few ready' for information act",
        "Few public bodies are ready for the new law, MPs said.\n\nThe act starts in January.",
    ),
    (
        "a3",
        "Can the Reds win the league?",
        "Liverpool face Chelsea on Sunday.\n\nThe manager said his side were \u201cready\u201d.",
    ),
]


def test_bbc_style_plain_files_match_json_lines_and_csv(tmp_path):
    for doc_id, title, body in ARTICLES:
        write(tmp_path / "text" / f"{doc_id}.txt", f"{title}\r\n\r\n{body}\n")  # CRLF too
    write(
        tmp_path / "jsonl" / "all.jsonl",
        "".join(
            json.dumps({"id": i, "title": t, "text": b, "author": "Staff"}) + "\n"
            for i, t, b in ARTICLES
        ),
    )
    with open(tmp_path / "all.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "text", "author"])
        writer.writerows([(i, t, b, "Staff") for i, t, b in ARTICLES])
    (tmp_path / "csv").mkdir()
    shutil.move(tmp_path / "all.csv", tmp_path / "csv" / "all.csv")
    loaded = {name: load_corpus(tmp_path / name).documents() for name in ("text", "jsonl", "csv")}
    for name, docs in loaded.items():
        assert [(d.doc_id, d.title, d.date) for d in docs] == [
            (i, t, None) for i, t, _ in ARTICLES
        ], name
    for text_doc, jsonl_doc, csv_doc in zip(*loaded.values(), strict=True):
        assert body_of(text_doc).replace("\r\n", "\n") == body_of(jsonl_doc) == body_of(csv_doc)
        assert jsonl_doc.meta == csv_doc.meta == {"author": "Staff"}


# ---- headline heuristic -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Kremlin says Putin is ready to talk to Trump and is waiting for word from Washington",
            True,
        ),
        ("Spokesperson says ball is in US court on nuclear arms talks", True),
        ("$1m payoff for former Shell boss", True),
        ("2025 budget leaves councils short of cash", True),
        ("Ukraine war: what we know on day 1,000", True),
        (
            "It is the last remaining pillar of nuclear arms control between the world's two "
            "biggest nuclear powers.",
            False,
        ),
        ("\u201cTo reach a settlement, it is necessary to hold negotiations", False),
        ("Peskov said:", False),
        ("By Andrew Roth in Moscow", False),
        ("Photograph: Maxim Shemetov/Reuters", False),
        ("Home | News | Sport | Weather", False),
        ("Vladimir Putin", False),  # too short to be a headline; a caption or a name
        ("the talks were lost in many respects and nobody knows", False),
        ("Talks stall. Both sides blame each other", False),
    ],
)
def test_headline_heuristic(line, expected):
    assert _looks_like_headline(line) is expected


def test_scraped_page_prefers_a_headline_standfirst_pair_over_a_lone_caption(tmp_path):
    text = (
        "date 2025-03-02 Ministers met in Brussels on Sunday to agree a defence package.\n"
        "European Commission headquarters in Brussels\n"
        "The package would be paid for by new joint borrowing, officials said.\n"
        "EU leaders agree defence spending plan after Brussels summit\n"
        "Commission president calls it a turning point for European security\n"
        "The deal still needs the approval of national parliaments.\n"
    )
    [doc], warnings = read_file(write(tmp_path / "eu.txt", text), root=tmp_path)
    assert doc.title == "EU leaders agree defence spending plan after Brussels summit"
    assert doc.standfirst == "Commission president calls it a turning point for European security"
    assert warnings == []


@pytest.mark.parametrize(
    ("text", "title", "standfirst"),
    [
        ("date 2025-01-02 Markets rose.\nPrices fell.\n", "", ""),  # no headline-like line
        (
            "date 2025-01-02 Markets rose.\nOil price falls to six-month low\nBrent fell.\n",
            "Oil price falls to six-month low",
            "",
        ),
        ("Markets rose on Friday after the jobs data.\nTraders were cautious.\n", "", ""),
        (
            "Oil price falls to six-month low\nBrent crude fell 2% on Monday.\n",
            "Oil price falls to six-month low",
            "",
        ),
        (
            "Oil price falls to six-month low\nTraders fear a glut next year\nBrent fell 2%.\n",
            "Oil price falls to six-month low",
            "Traders fear a glut next year",
        ),
        ("Just one line without a break\n", "", ""),
        ("Dear Sir,\n\nI write about the budget.\n", "", ""),
        (
            "Can the Reds win the league?\n\nLiverpool play on Sunday.\n",
            "Can the Reds win the league?",
            "",
        ),
        ("A first paragraph that runs on " + "and on " * 40 + "\n\nSecond paragraph.\n", "", ""),
    ],
)
def test_titles_of_dated_and_plain_text(tmp_path, text, title, standfirst):
    [doc], _ = read_file(write(tmp_path / "x.txt", text), root=tmp_path)
    assert (doc.title, doc.standfirst) == (title, standfirst)
    for span in doc.header_spans:
        assert doc.text[span.start : span.end] == span.text


# ---- broken input -------------------------------------------------------------------------


def test_broken_fixture_folder_skips_and_warns_with_reasons(tmp_path, caplog):
    root = tmp_path / "broken"
    shutil.copytree(FIXTURES / "broken", root)
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    (root / "notes.txt").mkdir()  # a folder named like a file
    (root / "folder.json").mkdir()
    write(
        root / "folder.json" / "inside.txt",
        "Rail strike called off\n\nUnions called off the strike.\n",
    )
    with caplog.at_level(logging.WARNING, logger="corpus_tools.documents"):
        corpus = load_corpus(root)
        docs = {d.doc_id: d for d in corpus}
    skipped = {Path(s.path).name: s.reason for s in corpus.skipped}
    assert skipped == {
        "binary.txt": "binary file",
        "blank.txt": "empty file",
        "dangling.txt": "broken link",
        "empty.txt": "empty file",
        "no-text.csv": "CSV header has no text, body or content column",
        "notes.md": "unsupported file type",
        "notes.txt": "is a directory",
    }
    assert sorted(docs) == [
        "cp1252",
        "folder.json/inside",
        "good",
        "impossible-date",
        "ok-1",
        "ok-2",
    ]
    assert docs["cp1252"].title == "Caf\u00e9 owners protest"
    assert "\u201cnew rules\u201d" in docs["cp1252"].text and "\u00a31,000" in docs["cp1252"].text
    assert docs["impossible-date"].date is None
    assert docs["ok-1"].date == dt.date(2025, 1, 24)  # the date part of an ISO timestamp
    messages = [(Path(w.path).name, w.message) for w in corpus.warnings]
    assert ("cp1252.txt", "not valid UTF-8; read as cp1252") in messages
    assert ("impossible-date.txt", "impossible date '2025-13-45'; date left empty") in messages
    jsonl = [m for name, m in messages if name == "malformed.jsonl"]
    assert jsonl[0].startswith("line 2: invalid JSON")
    assert jsonl[1:] == [
        "line 3: no text, body or content field",
        "line 4: impossible date '2025-13-45'; date left empty",
    ]
    logged = {r.getMessage() for r in caplog.records}
    for skip in corpus.skipped:
        assert f"{skip.path}: {skip.reason}" in logged
    for warning in corpus.warnings:
        assert f"{warning.path}: {warning.message}" in logged


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file without permission")
def test_unreadable_file_is_skipped_as_permission_denied(tmp_path):
    locked = write(tmp_path / "locked.txt", "Talks resume\n\nThey met.\n")
    write(tmp_path / "ok.txt", "Talks resume\n\nThey met.\n")
    locked.chmod(0)
    try:
        corpus = load_corpus(tmp_path)
        assert [d.doc_id for d in corpus] == ["ok"]
        assert corpus.skipped == [SkippedFile(str(locked), "permission denied")]
    finally:
        locked.chmod(0o644)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("bom-only.txt", b"\xef\xbb\xbf \n", "empty file"),
        ("nul.csv", b"id,text\n1,a\x00b\n", "binary file"),
        ("scan.pdf", b"%PDF-1.4", "unsupported file type"),
        (
            "bad.json",
            b'{"text": "unfinished',
            "invalid JSON (Unterminated string starting at: line 1 column 10 (char 9))",
        ),
        ("number.json", b"42", "JSON is neither a list of records nor an object"),
        (
            "all-bad.jsonl",
            b"not json\n[1, 2]\n",
            "no usable records (2 unusable; first: line 1: invalid JSON "
            "(Expecting value: line 1 column 1 (char 0)))",
        ),
        (
            "empty-text.jsonl",
            b'{"text": "  "}\n',
            "no usable records (1 unusable; first: line 1: empty text)",
        ),
        ("header-only.csv", b"id,text\n", "no usable records"),
    ],
)
def test_read_file_refuses_with_reason(tmp_path, name, content, reason):
    path = write(tmp_path / name, content)
    with pytest.raises(DocumentError) as info:
        read_file(path, root=tmp_path)
    assert info.value.reason == reason
    assert info.value.path == str(path)


def test_csv_field_limit_covers_long_articles_and_larger_fields_skip_the_file(
    tmp_path, monkeypatch
):
    long_text = "Markets rose again. " * 10_000  # 200,000 characters: over csv's default limit
    path = write(tmp_path / "long.csv", f"id,text\n1,{long_text}\n")
    [doc], _ = read_file(path, root=tmp_path)
    assert doc.text == long_text
    monkeypatch.setattr(record_files, "CSV_FIELD_LIMIT", 10)
    with pytest.raises(
        DocumentError, match=r"malformed CSV at line 2 \(field larger than field limit"
    ):
        read_file(path, root=tmp_path)
    assert csv.field_size_limit() == 131072  # the process-wide default is restored


def test_bom_and_crlf_keep_offsets_into_the_text_as_read(tmp_path):
    raw = "\ufeff date 2025-01-24 Peskov spoke.\r\nKremlin ready for Trump call\r\nMore text.\r\n"
    [doc], warnings = read_file(write(tmp_path / "x.txt", raw.encode("utf-8")), root=tmp_path)
    assert doc.text == raw[1:]  # BOM stripped, CRLF kept
    assert doc.date == dt.date(2025, 1, 24) and warnings == []
    assert doc.title == "Kremlin ready for Trump call"
    assert doc.text[doc.header_spans[0].start : doc.header_spans[0].end] == doc.title


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    path = write(
        tmp_path / "win.txt", "Talks resume\r\n\r\nNegotiators met again.\r\n".encode("utf-16")
    )
    [doc], warnings = read_file(path, root=tmp_path)
    assert doc.title == "Talks resume" and warnings == []


# ---- records ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        '[{"id": "x1", "text": "Oil fell."}, {"id": "x2", "body": "Gold rose."}]',
        '{"documents": [{"id": "x1", "text": "Oil fell."}, {"id": "x2", "body": "Gold rose."}]}',
        '{"records": [{"id": "x1", "text": "Oil fell."}, {"id": "x2", "body": "Gold rose."}]}',
        '{"data": [{"id": "x1", "content": "Oil fell."}, {"id": "x2", "Body": "Gold rose."}]}',
        # JSON Lines saved as .json
        '{"id": "x1", "text": "Oil fell."}\n{"id": "x2", "text": "Gold rose."}\n',
    ],
)
def test_json_shapes(tmp_path, content):
    docs, warnings = read_file(write(tmp_path / "export.json", content), root=tmp_path)
    assert [(d.doc_id, d.text) for d in docs] == [("x1", "Oil fell."), ("x2", "Gold rose.")]
    assert warnings == []


def test_single_json_object_is_one_document(tmp_path):
    docs, _ = read_file(
        write(tmp_path / "one.json", '{"text": "Oil fell.", "date": "2025-01-24"}'), root=tmp_path
    )
    assert [(d.doc_id, d.date) for d in docs] == [("one.json#1", dt.date(2025, 1, 24))]


def test_record_fields_ids_category_and_meta(tmp_path):
    records = [
        {
            "text": "Oil fell.",
            "source": "Reuters",
            "words": 2,
            "score": 0.5,
            "tags": ["oil", "markets"],
        },
        {"id": 7, "text": "Gold rose.", "category": "markets", "path": "/web/gold", "extra": None},
        {"id": "7", "text": "Silver rose."},
    ]
    write(tmp_path / "exports" / "wire.ndjson", "\n".join(json.dumps(r) for r in records) + "\n")
    corpus = load_corpus(tmp_path)
    first, second, third = corpus.documents()
    assert first.doc_id == "exports/wire.ndjson#1"
    assert first.path == "exports/wire.ndjson" and first.category == "exports"
    assert first.meta == {
        "source": "Reuters",
        "words": 2,
        "score": 0.5,
        "tags": '["oil", "markets"]',
    }
    assert second.doc_id == "7" and second.category == "markets"
    assert second.meta == {"record_path": "/web/gold"}  # never overwrites the path column
    assert third.doc_id == "7~2"
    assert [w.message for w in corpus.warnings] == ["duplicate document id '7'; renamed '7~2'"]


@pytest.mark.parametrize(
    ("value", "expected", "warning"),
    [
        ("2025-01-24", dt.date(2025, 1, 24), None),
        ("2025-01-24T10:00:00Z", dt.date(2025, 1, 24), None),
        ("2025-01-24T10:00:00+01:00", dt.date(2025, 1, 24), None),
        ("2025-1-4", dt.date(2025, 1, 4), None),
        ("", None, None),
        ("2025-02-30", None, "line 1: impossible date '2025-02-30'; date left empty"),
        ("24/01/2025", None, "line 1: unrecognised date '24/01/2025'; expected YYYY-MM-DD"),
    ],
)
def test_record_dates(tmp_path, value, expected, warning):
    path = write(tmp_path / "d.jsonl", json.dumps({"text": "Oil fell.", "date": value}) + "\n")
    [doc], warnings = read_file(path, root=tmp_path)
    assert doc.date == expected
    assert [w.message for w in warnings] == ([warning] if warning else [])


def test_csv_row_with_too_many_values_is_skipped_with_row_and_line(tmp_path):
    path = write(
        tmp_path / "n.csv",
        'id,text,source\n1,"Oil fell.",AP\n2,Gold rose, sharply,AP\n3,"Tin\nrose.",AP\n',
    )
    docs, warnings = read_file(path, root=tmp_path)
    assert [(d.doc_id, d.text, d.meta) for d in docs] == [
        ("1", "Oil fell.", {"source": "AP"}),
        ("3", "Tin\nrose.", {"source": "AP"}),
    ]
    assert warnings == [
        ReadWarning(str(path), "row 2 (line 3): more values than columns in the header")
    ]


# ---- the corpus: discovery, ids, dates, laziness ------------------------------------------


def test_discovery_ignores_hidden_and_housekeeping_files(tmp_path):
    for name in (
        "b/z.txt",
        "a.text",
        "b/a.txt",
        ".hidden.txt",
        ".git/x.txt",
        "README.md",
        "LICENSE",
        "c.docx",
    ):
        write(tmp_path / name, "Oil price falls\n\nBrent fell.\n")
    corpus = load_corpus(tmp_path)
    assert [f.relative_to(tmp_path).as_posix() for f in corpus.files] == [
        "a.text",
        "b/a.txt",
        "b/z.txt",
    ]
    assert corpus.skipped == [SkippedFile(str(tmp_path / "c.docx"), "unsupported file type")]
    assert [d.doc_id for d in corpus] == ["a", "b/a", "b/z"]
    assert [d.doc_id for d in load_corpus(tmp_path)] == ["a", "b/a", "b/z"]  # stable


def test_linked_folders_are_followed_once_and_loops_stop(tmp_path):
    write(tmp_path / "sub" / "a.txt", "Oil price falls\n\nBrent fell.\n")
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)  # a loop
    (tmp_path / "a-link").symlink_to(tmp_path / "sub", target_is_directory=True)  # listed first
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["sub/a"]
    assert corpus.skipped == [SkippedFile(str(tmp_path / "self.txt"), "broken link")]


def test_single_file_corpus(tmp_path):
    corpus = load_corpus(SEED)
    assert corpus.root == SEED.parent and len(corpus) == 1
    with pytest.raises(CorpusToolsError, match="not a supported file type"):
        load_corpus(write(tmp_path / "x.pdf", "%PDF"))


def test_missing_and_empty_corpora_fail_with_clear_messages(tmp_path):
    with pytest.raises(CorpusToolsError, match=r"corpus folder .*nowhere does not exist"):
        load_corpus(tmp_path / "nowhere")
    with pytest.raises(CorpusToolsError, match="no readable documents in .*no .csv, .json"):
        load_corpus(tmp_path)
    write(tmp_path / "empty.txt", "")
    corpus = load_corpus(tmp_path)  # a candidate file exists; reading shows it is unusable
    with pytest.raises(CorpusToolsError, match=r"no readable documents .*empty.txt: empty file"):
        len(corpus)


@pytest.fixture
def dated(tmp_path):
    for name, date in [("a", "2025-01-10"), ("b", "2025-01-24"), ("c", "2025-02-05")]:
        write(tmp_path / f"{name}.txt", f"date {date} Oil prices rose again.\n")
    write(tmp_path / "undated.txt", "Oil price falls\n\nBrent fell.\n")
    return tmp_path


@pytest.mark.parametrize(
    ("since", "until", "ids", "excluded"),
    [
        (None, None, ["a", "b", "c", "undated"], 0),
        (dt.date(2025, 1, 24), None, ["b", "c"], 2),
        (None, "2025-01-24", ["a", "b"], 2),
        ("2025-01-11", dt.datetime(2025, 2, 4, 12, 0), ["b"], 3),
        ("2025-01-10", "2025-01-10", ["a"], 3),
    ],
)
def test_since_until(dated, since, until, ids, excluded):
    corpus = load_corpus(dated, since=since, until=until)
    assert [d.doc_id for d in corpus] == ids
    assert corpus.n_excluded_by_date == excluded and len(corpus) == len(ids)


@pytest.mark.parametrize(
    ("since", "until", "message"),
    [
        ("2025-02-01", "2025-01-01", "since .2025-02-01. is after until"),
        ("yesterday", None, "since: unrecognised date 'yesterday'"),
        (None, "2025-13-01", "until: impossible date"),
    ],
)
def test_bad_date_range_is_refused(dated, since, until, message):
    with pytest.raises(ParameterError, match=message):
        load_corpus(dated, since=since, until=until)


def test_iteration_is_lazy_and_len_is_cached(dated, monkeypatch):
    calls: list[Path] = []
    real_read_file = documents.read_file

    def counting_read_file(path, *, root):
        calls.append(path)
        return real_read_file(path, root=root)

    monkeypatch.setattr(documents, "read_file", counting_read_file)
    corpus = load_corpus(dated)
    assert calls == []  # finding files reads none of them
    first = next(iter(corpus))
    assert first.doc_id == "a" and calls == [dated / "a.txt"]
    assert len(corpus) == 4 and len(calls) == 5
    assert len(corpus) == 4 and len(calls) == 5  # cached
    assert len(corpus.documents()) == 4 and len(calls) == 9  # one more pass, not two


def test_iterating_twice_does_not_duplicate_skips_warnings_or_log_lines(tmp_path, caplog):
    write(tmp_path / "good.txt", " date 2025-13-45 Oil rose.\n")
    write(tmp_path / "empty.txt", "")
    corpus = load_corpus(tmp_path)
    with caplog.at_level(logging.WARNING, logger="corpus_tools.documents"):
        assert len(corpus.documents()) == 1
        assert len(corpus.documents()) == 1
    assert corpus.skipped == [SkippedFile(str(tmp_path / "empty.txt"), "empty file")]
    assert corpus.warnings == [
        ReadWarning(str(tmp_path / "good.txt"), "impossible date '2025-13-45'; date left empty")
    ]
    assert len(caplog.records) == 2


def test_corpus_repr_and_type():
    corpus = load_corpus(REPO / "seeds")
    assert isinstance(corpus, Corpus) and repr(corpus).endswith("files=1)")


# ---- properties ---------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(
            st.sampled_from(
                [
                    "date 2025-01-24 ",
                    "Oil price falls to record low",
                    "\n",
                    "\r\n",
                    "Prices rose.",
                    '{"text": "a"}',
                    ",",
                    '"',
                    "\x00",
                    "\xff",
                ]
            ),
            max_size=12,
        ).map(lambda parts: "".join(parts).encode("utf-8")),
    ),
    suffix=st.sampled_from([".txt", ".jsonl", ".json", ".csv"]),
)
def test_any_bytes_give_documents_or_a_document_error(tmp_path_factory, data, suffix):
    root = tmp_path_factory.mktemp("any")
    path = write(root / f"f{suffix}", data)
    try:
        docs, warnings = read_file(path, root=root)
    except DocumentError as err:
        assert err.reason
        return
    assert docs and all(isinstance(w, ReadWarning) for w in warnings)
    for doc in docs:
        assert doc.text.strip() and 0 <= doc.body_start <= len(doc.text)
        for span in doc.header_spans:
            assert doc.text[span.start : span.end] == span.text and span.text.strip()


def test_csv_unterminated_quote_keeps_rows_before_it_and_names_the_line(tmp_path):
    """A quote opened and never closed used to swallow the rest of the file into one text."""
    path = write(
        tmp_path / "u.csv",
        'id,text\n1,Oil fell.\n2,"Gold rose sharply.\n3,Tin was flat.\n4,Copper slid.\n',
    )
    docs, warnings = read_file(path, root=tmp_path)
    assert [(d.doc_id, d.text) for d in docs] == [("1", "Oil fell.")]
    assert warnings == [
        ReadWarning(
            str(path),
            "row 2 on: malformed CSV at line 3 (unexpected end of data); "
            "this row and the rest of the file skipped",
        )
    ]
    whole = write(tmp_path / "w.csv", 'id,text\n1,"Oil fell.\n2,Gold rose.\n')
    with pytest.raises(DocumentError, match=r"malformed CSV at line 2 \(unexpected end of data"):
        read_file(whole, root=tmp_path)
