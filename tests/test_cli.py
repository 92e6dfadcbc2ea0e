"""The command line contract: subcommands, outputs and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_tools.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "corpus_tools.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_sentences_json_from_stdin() -> None:
    text = "Mr. Blair said it was fine. “We will win,” he said. Nobody agreed\nA headline line"
    done = run_cli("sentences", "--json", stdin=text)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [
        "Mr. Blair said it was fine.",
        "“We will win,” he said.",
        "Nobody agreed",
        "A headline line",
    ]


def test_sentences_of_the_seed_one_a_line() -> None:
    seed = next((ROOT / "seeds").glob("*.txt"))
    done = run_cli("sentences", str(seed))
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert (
        "Kremlin says Putin is ready to talk to Trump and is waiting for word from Washington"
        in lines
    )


def test_missing_corpus_is_a_clear_error_without_traceback(tmp_path: Path) -> None:
    done = run_cli("analyse", "--corpus", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o"))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "nowhere" in done.stderr


def test_unknown_report_parameter_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    done = run_cli("report", "--out", str(out), "-p", "zip=01234")
    assert done.returncode == 2
    assert "unknown parameter 'zip'" in done.stderr and "valid names" in done.stderr
    assert not out.exists()


def test_analyse_writes_parquet_tables(tmp_path: Path, tiny_corpus: Path) -> None:
    import pandas as pd

    assert main(["analyse", "--corpus", str(tiny_corpus), "--out", str(tmp_path)]) == 0
    sentences = pd.read_parquet(tmp_path / "sentences.parquet")
    assert set(sentences["doc_id"]) == {
        "business/oil-prices",
        "business/shell-payoff",
        "politics/talks-resume",
        "politics/ukraine-aid",
    }


def test_analyse_says_how_many_documents_came_from_the_cache(
    tmp_path: Path, tiny_corpus: Path, capsys
) -> None:
    out = str(tmp_path / "tables")
    assert main(["analyse", "--corpus", str(tiny_corpus), "--out", out]) == 0
    assert capsys.readouterr().out.startswith("4 documents analysed:")
    assert main(["analyse", "--corpus", str(tiny_corpus), "--out", out]) == 0
    assert capsys.readouterr().out.startswith("4 documents: 0 analysed, 4 reused from the cache:")


def test_strict_fails_on_a_broken_file(tmp_path: Path, tiny_corpus: Path) -> None:
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(tiny_corpus, corpus)
    (corpus / "empty.txt").write_text("")
    assert main(["analyse", "--corpus", str(corpus), "--out", str(tmp_path / "a")]) == 0
    assert main(["analyse", "--corpus", str(corpus), "--out", str(tmp_path / "b"), "--strict"]) == 3


def test_the_same_articles_in_three_formats_give_the_same_tables(tmp_path: Path) -> None:
    import pandas as pd

    formats = ROOT / "tests" / "fixtures" / "formats"
    tables = {}
    for fmt in ("text", "jsonl", "csv"):
        out = tmp_path / fmt
        assert main(["analyse", "--corpus", str(formats / fmt), "--out", str(out)]) == 0
        docs = pd.read_parquet(out / "documents.parquet").sort_values("title")
        sents = pd.read_parquet(out / "sentences.parquet")
        by_title = dict(zip(docs["doc_id"], docs["title"]))
        tables[fmt] = (
            docs[["title", "date"]].reset_index(drop=True),
            sorted((by_title[d], t) for d, t in zip(sents["doc_id"], sents["text"])),
            docs,
        )
    for fmt in ("jsonl", "csv"):
        pd.testing.assert_frame_equal(tables["text"][0], tables[fmt][0])
        assert tables["text"][1] == tables[fmt][1]
        # the extra metadata column survives into the documents table
        assert set(tables[fmt][2]["source"]) == {"Hand-written fixture"}


def test_validate_sentiment_json_and_predictions(tmp_path: Path) -> None:
    from sklearn.metrics import f1_score

    from corpus_tools.sentiment import label_from_compound, score_text_reference

    gold = tmp_path / "gold.csv"
    rows = [
        ("The talks were a great success.", "positive"),
        ("The talks weren’t good.", "negative"),
        ("The talks will resume on Monday.", "neutral"),
        ("Peskov said the sanctions were a terrible mistake.", "negative"),
        ("Investors welcomed the excellent results.", "positive"),
    ]
    import csv

    with open(gold, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["text", "label"])
        writer.writerows(rows)
    preds = tmp_path / "preds.csv"
    done = run_cli("validate", "sentiment", str(gold), "--json", "--predictions", str(preds))
    assert done.returncode == 0, done.stderr
    metrics = json.loads(done.stdout)
    from corpus_tools.normalize import ascii_quotes

    predicted = [
        label_from_compound(score_text_reference(ascii_quotes(t)).compound) for t, _ in rows
    ]
    gold_labels = [label for _, label in rows]
    assert metrics["n"] == 5
    assert metrics["f1_macro"] == pytest.approx(f1_score(gold_labels, predicted, average="macro"))
    import pandas as pd

    table = pd.read_csv(preds)
    assert list(table.columns) == ["id", "gold", "predicted", "text"]
    assert list(table["text"]) == [t for t, _ in rows]
    assert table.loc[1, "predicted"] < 0  # weren’t negates


def test_validate_with_a_missing_gold_file_is_a_clear_error(tmp_path: Path) -> None:
    done = run_cli("validate", "sentiment", str(tmp_path / "missing.csv"))
    assert done.returncode == 1
    assert "missing.csv" in done.stderr and "Traceback" not in done.stderr


def test_quotes_jsonl_on_the_seed() -> None:
    seed = next((ROOT / "seeds").glob("*.txt"))
    done = run_cli("quotes", str(seed), "--jsonl")
    assert done.returncode == 0, done.stderr
    quotes = [json.loads(line) for line in done.stdout.splitlines()]
    text = seed.read_text(encoding="utf-8")
    assert [q["speaker"] for q in quotes].count("Dmitry Peskov") == 4
    assert [q["speaker"] for q in quotes].count("Donald Trump") == 1
    for q in quotes:
        assert set(q) >= {"file", "start", "end", "text", "speaker", "cue"}
        assert text[q["start"] : q["end"]] == q["text"]
        assert text[q["start"] - 1] in '“"' and text[q["end"]] in '”"'  # marks excluded
    assert not any(q["text"] == "well-known territories" for q in quotes)  # a scare quote


def test_terms_json_counts_by_hand(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Talks on arms\n\nThe arms talks resumed. Russia’s arms talks, and the US’s arms.\n",
        encoding="utf-8",
    )
    done = run_cli("terms", "--corpus", str(corpus), "--top", "3", "--json")
    assert done.returncode == 0, done.stderr
    top = {t["term"]: t["count"] for t in json.loads(done.stdout)["terms"]}
    # every word of the document, title line included: arms x4, talks x3, resumed/russia/us x1
    assert top == {"arms": 4, "talks": 3, "resumed": 1}
    done = run_cli("terms", "--corpus", str(corpus), "--ngram", "2", "--json")
    bigrams = {t["term"]: t["count"] for t in json.loads(done.stdout)["terms"]}
    assert bigrams["arms talks"] == 2  # "Russia’s arms talks" counts; "talks, and" does not
    assert "talks and" not in bigrams


@pytest.mark.parametrize("name", ["case.in", "case.json", "case"])
def test_sentences_reads_any_file_as_plain_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Hello world. My name is Jonas.", encoding="utf-8")
    done = run_cli("sentences", str(path), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["Hello world.", "My name is Jonas."]


def test_sentences_of_an_empty_file_is_an_empty_list(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("")
    done = run_cli("sentences", str(path), "--json")
    assert (done.returncode, json.loads(done.stdout)) == (0, [])
