"""The analysis pipeline: tables, identical results in-process / process pool, the cache."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from corpus_tools.analysis import COLUMNS, Settings, analyse_document
from corpus_tools.documents import load_corpus
from corpus_tools.sentiment import score_text_reference
from corpus_tools.tables import analyse, read_tables, write_tables

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_TITLE = "Kremlin says Putin is ready to talk to Trump and is waiting for word from Washington"


@pytest.fixture(scope="module")
def seed_tables():
    return analyse(SEEDS, settings=Settings.default(stance_method="lexicon"))


def test_tables_have_the_design_columns(seed_tables) -> None:
    for name, columns in COLUMNS.items():
        assert list(getattr(seed_tables, name).columns) == list(columns), name
    docs = seed_tables.documents
    for column in (
        "doc_id",
        "path",
        "category",
        "date",
        "title",
        "standfirst",
        "n_sentences",
        "n_tokens",
        "content_hash",
    ):
        assert column in docs.columns


def test_seed_document_row(seed_tables) -> None:
    doc = seed_tables.documents.iloc[0]
    assert doc["date"] == pd.Timestamp("2025-01-24")
    assert doc["title"] == SEED_TITLE
    assert doc["standfirst"] == "Spokesperson says ball is in US court on nuclear arms talks"
    assert doc["n_sentences"] == len(seed_tables.sentences)


def test_sentence_offsets_slice_back_to_the_file_text(seed_tables) -> None:
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    for row in seed_tables.sentences.itertuples():
        assert text[row.start : row.end] == row.text


def test_headline_and_standfirst_are_kept_out_of_body_sentences(seed_tables) -> None:
    texts = set(seed_tables.sentences["text"])
    assert SEED_TITLE not in texts
    assert not any(t.startswith("date ") for t in texts)


def test_sentence_scores_equal_the_reference_after_ascii_quotes(seed_tables) -> None:
    from corpus_tools.normalize import ascii_quotes

    for row in seed_tables.sentences.itertuples():
        ref = score_text_reference(ascii_quotes(row.text))
        assert (row.neg, row.neu, row.pos, row.compound) == (
            ref.neg,
            ref.neu,
            ref.pos,
            ref.compound,
        )


def test_quoted_sentences_carry_their_speaker(seed_tables) -> None:
    quoted = seed_tables.sentences[seed_tables.sentences["is_quote"]]
    assert set(quoted["speaker"]) <= {"Dmitry Peskov", "Donald Trump"}
    assert "Dmitry Peskov" in set(quoted["speaker"])
    # narration has no speaker
    assert set(seed_tables.sentences.loc[~seed_tables.sentences["is_quote"], "speaker"]) == {""}


def test_stance_rows_summarise_their_mentions(seed_tables) -> None:
    mentions, stance = seed_tables.mentions, seed_tables.stance
    assert len(mentions) > 0
    for row in stance.itertuples():
        mine = mentions[(mentions.holder == row.holder) & (mentions.target == row.target)]
        assert row.n_mentions == len(mine)
        assert row.score == pytest.approx(mine["score"].mean())
        assert sorted(row.evidence) == sorted(set(mine["sent_id"]))
        counts = mine["label"].value_counts()
        if (counts == counts.max()).sum() == 1:
            assert row.label == counts.idxmax()  # the majority of its mentions
        else:
            assert row.label == "NONE"  # a tie is no clear stance


def test_holders_are_author_or_quoted_speakers(seed_tables) -> None:
    holders = set(seed_tables.mentions["holder"])
    assert "author" in holders
    assert holders <= {"author", "Dmitry Peskov", "Donald Trump", "unknown speaker"}


def test_pool_gives_identical_tables(tiny_corpus) -> None:
    settings = Settings.default(stance_method="lexicon")
    serial = analyse(tiny_corpus, settings=settings, jobs=1)
    pooled = analyse(tiny_corpus, settings=settings, jobs=2)
    for name in COLUMNS:
        pd.testing.assert_frame_equal(getattr(serial, name), getattr(pooled, name), obj=name)
    pd.testing.assert_frame_equal(serial.documents, pooled.documents)


def test_cache_reuses_unchanged_documents(tiny_corpus, tmp_path) -> None:
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(tiny_corpus, corpus)
    settings = Settings.default(stance_method="lexicon")
    first = analyse(corpus, settings=settings, cache_dir=tmp_path / "cache")
    assert (first.info["n_analysed"], first.info["n_reused"]) == (4, 0)
    second = analyse(corpus, settings=settings, cache_dir=tmp_path / "cache")
    assert (second.info["n_analysed"], second.info["n_reused"]) == (0, 4)
    for name in COLUMNS:
        pd.testing.assert_frame_equal(getattr(first, name), getattr(second, name), obj=name)
    # a changed file is analysed again, the rest reused
    changed = corpus / "business" / "oil-prices.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nPrices rose again.\n", encoding="utf-8"
    )
    third = analyse(corpus, settings=settings, cache_dir=tmp_path / "cache")
    assert (third.info["n_analysed"], third.info["n_reused"]) == (1, 3)
    assert "Prices rose again." in set(third.sentences["text"])


def test_tables_round_trip_through_parquet(tiny_corpus, tmp_path) -> None:
    tables = analyse(tiny_corpus, settings=Settings.default(stance_method="lexicon"))
    write_tables(tables, tmp_path)
    back = read_tables(tmp_path)
    pd.testing.assert_frame_equal(tables.sentences, back.sentences)
    pd.testing.assert_frame_equal(tables.terms, back.terms)


def test_analyse_document_is_pure(tiny_corpus) -> None:
    doc = next(iter(load_corpus(tiny_corpus)))
    settings = Settings.default(stance_method="lexicon")
    assert analyse_document(doc, settings) == analyse_document(doc, settings)


@pytest.mark.slow
def test_dask_cluster_gives_identical_tables(tiny_corpus) -> None:
    distributed = pytest.importorskip("distributed")
    settings = Settings.default(stance_method="lexicon")
    serial = analyse(tiny_corpus, settings=settings)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        on_dask = analyse(tiny_corpus, settings=settings, scheduler=cluster.scheduler_address)
    assert on_dask.info["executor"].startswith("dask at tcp://")
    for name in COLUMNS:
        pd.testing.assert_frame_equal(getattr(serial, name), getattr(on_dask, name), obj=name)


def test_unreachable_scheduler_is_a_clear_error(tiny_corpus) -> None:
    from corpus_tools.errors import CorpusToolsError

    with pytest.raises(CorpusToolsError, match="cannot reach the Dask scheduler"):
        analyse(tiny_corpus, scheduler="tcp://127.0.0.1:9", settings=Settings())


def test_streamed_tables_equal_the_in_memory_tables(tiny_corpus, tmp_path) -> None:
    from corpus_tools.pipeline import stream_tables

    settings = Settings.default(stance_method="lexicon")
    in_memory = analyse(tiny_corpus, settings=settings)
    info = stream_tables(load_corpus(tiny_corpus), tmp_path, settings=settings, jobs=2)
    assert info["n_documents"] == 4
    streamed = read_tables(tmp_path)
    for name in COLUMNS:
        pd.testing.assert_frame_equal(getattr(in_memory, name), getattr(streamed, name), obj=name)
    pd.testing.assert_frame_equal(in_memory.documents, streamed.documents)
    assert not list(tmp_path.glob(".writing-*"))


def test_stopword_flags_follow_the_terms_rule(seed_tables) -> None:
    from corpus_tools.stopwords import load_stopwords
    from corpus_tools.terms import is_stopword_term

    stop = load_stopwords()
    terms = seed_tables.terms
    assert set(terms["n"]) == {1, 2}
    for row in terms.itertuples():
        assert row.is_stopword == is_stopword_term(row.term, stop), row.term


def test_progress_on_a_terminal_and_silence_otherwise(tiny_corpus, capsys) -> None:
    settings = Settings.default(stance_method="lexicon")
    analyse(tiny_corpus, settings=settings, progress=True)
    assert "analysing: 4 documents" in capsys.readouterr().err
    analyse(tiny_corpus, settings=settings)  # stderr is not a terminal under pytest
    assert capsys.readouterr().err == ""


@pytest.mark.slow
def test_bbc_plain_word_counts_equal_an_independent_count(shared_data) -> None:
    from test_terms import independent_plain_words  # the same independent count as there

    corpus = shared_data / "bbc-news" / "politics"
    tables = analyse(corpus, settings=Settings(max_ngram=1))
    uni = tables.terms[tables.terms["n"] == 1]
    for doc_id, part in uni.groupby("doc_id"):
        text = (corpus / f"{doc_id}.txt").read_text(encoding="utf-8")
        ours = {t: c for t, c in zip(part["term"], part["count"]) if t.isascii() and t.isalpha()}
        assert ours == dict(independent_plain_words(text)), doc_id


def test_command_line_analysis_never_imports_pandas(tmp_path) -> None:
    """`corpus-tools analyse` and its workers write Arrow tables without loading pandas (0.3 s
    of start-up per process); pandas still loads on demand afterwards."""
    code = (
        "import sys\n"
        "from corpus_tools.cli import main\n"
        f"code = main(['analyse', '--corpus', {str(SEEDS)!r}, '--out', {str(tmp_path)!r},"
        " '--jobs', '2', '--no-cache'])\n"
        "assert code == 0, code\n"
        "assert 'pandas' not in sys.modules, 'pandas was imported'\n"
        "import pyarrow.parquet as pq\n"
        f"frame = pq.read_table({str(tmp_path / 'sentences.parquet')!r}).to_pandas()\n"
        "print(type(frame).__name__, len(frame))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    kind, rows = done.stdout.splitlines()[-1].split()
    assert kind == "DataFrame" and int(rows) > 0
