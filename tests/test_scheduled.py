"""Scheduled runs: broken input never loses good reports, reruns reuse work, kills leave
the previous reports whole, and two runs do not write at once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def corpus_tools(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).with_name("corpus-tools")), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=timeout,
    )  # fmt: skip


@pytest.fixture
def mixed_corpus(tmp_path: Path, tiny_corpus: Path) -> Path:
    """The tiny corpus plus every kind of broken file the design names."""
    corpus = tmp_path / "mixed"
    shutil.copytree(tiny_corpus, corpus)
    (corpus / "empty.txt").write_text("")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 20)
    (corpus / "cp1252.txt").write_bytes(
        "Caf\u00e9 owners say the \u201cnew rules\u201d will cost \u00a35,000 a year.\n".encode(
            "cp1252"
        )
    )
    (corpus / "dangling.txt").symlink_to(tmp_path / "does-not-exist.txt")
    (corpus / "folder.txt").mkdir()
    (corpus / "records.jsonl").write_text(
        '{"id": "r1", "date": "2025-03-01", "text": "Talks resumed in Geneva on Monday."}\n'
        "{not json\n",
        encoding="utf-8",
    )
    (corpus / "baddate.txt").write_text(
        " date 2025-13-45 The ministers met again and agreed to keep talking.\n",
        encoding="utf-8",
    )
    return corpus


def test_broken_files_are_named_and_good_documents_reported(
    mixed_corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "reports"
    done = corpus_tools("report", "--corpus", str(mixed_corpus), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for name in (
        "empty.txt",
        "binary.txt",
        "dangling.txt",
        "records.jsonl",
        "cp1252.txt",
        "baddate.txt",
    ):
        assert name in done.stderr, name
    run = out / "latest"
    info = json.loads((run / "run.json").read_text(encoding="utf-8"))
    skipped = {Path(p).name for p, _ in info["skipped"]}
    assert {"empty.txt", "binary.txt", "dangling.txt"} <= skipped
    assert "cp1252.txt" not in skipped and "baddate.txt" not in skipped
    import pandas as pd

    docs = pd.read_parquet(run / "tables" / "documents.parquet")
    assert {"cp1252", "baddate", "r1"} <= set(docs["doc_id"])
    assert docs.loc[docs["doc_id"] == "baddate", "date"].isna().all()
    sentences = pd.read_parquet(run / "tables" / "sentences.parquet")
    assert any("Caf\u00e9 owners" in t for t in sentences["text"])
    html = (run / "sentiment.html").read_text(encoding="utf-8")
    assert "binary.txt" in html  # the report lists what it skipped


def test_strict_turns_broken_files_into_a_failure(mixed_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    done = corpus_tools(
        "report", "terms", "--corpus", str(mixed_corpus), "--out", str(out), "--strict"
    )
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    assert not (out / "latest").exists()


def test_rerun_reuses_the_analysis_and_says_so(tiny_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    first = corpus_tools("report", "terms", "--corpus", str(tiny_corpus), "--out", str(out))
    assert first.returncode == 0, first.stderr
    second = corpus_tools("report", "terms", "--corpus", str(tiny_corpus), "--out", str(out))
    assert second.returncode == 0, second.stderr
    assert "reused the analysis of 4 unchanged documents" in second.stdout
    runs = [p for p in out.iterdir() if p.is_dir() and p.name[0].isdigit()]
    assert len(runs) == 2
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(r.name in index for r in runs)


def test_a_killed_run_leaves_the_previous_reports_whole(tiny_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    assert (
        corpus_tools("report", "terms", "--corpus", str(tiny_corpus), "--out", str(out)).returncode
        == 0
    )
    before = (out / "latest").resolve()
    files_before = {p: p.read_bytes() for p in before.rglob("*") if p.is_file()}
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("corpus-tools")), "report", "--corpus",
         str(tiny_corpus), "--out", str(out)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not list(out.glob(".build-*/tables/run.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(out.glob(".build-*")), "the run never started building"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (out / "latest").resolve() == before
    assert {p: p.read_bytes() for p in before.rglob("*") if p.is_file()} == files_before
    # the next run cleans up after the killed one and publishes normally
    again = corpus_tools("report", "terms", "--corpus", str(tiny_corpus), "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert not list(out.glob(".build-*"))
    assert (out / "latest").resolve() != before


def test_a_second_run_at_the_same_time_stops_with_a_clear_message(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    import fcntl

    out = tmp_path / "reports"
    out.mkdir()
    with open(out / ".lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a running report does
        done = corpus_tools("report", "terms", "--corpus", str(tiny_corpus), "--out", str(out))
    assert done.returncode == 1
    assert "another corpus-tools report is writing" in done.stderr


def test_since_until_and_a_parameters_file(tiny_corpus: Path, tmp_path: Path) -> None:
    params = tmp_path / "params.yaml"
    params.write_text("top_n: 5\ntrend_terms: [talks, nuclear]\n", encoding="utf-8")
    out = tmp_path / "reports"
    done = corpus_tools("report", "terms", "--corpus", str(tiny_corpus), "--out", str(out),
                        "--since", "2025-02-01", "--until", "2025-12-31",
                        "--parameters-file", str(params))  # fmt: skip
    assert done.returncode == 0, done.stderr
    info = json.loads((out / "latest" / "run.json").read_text(encoding="utf-8"))
    # only the politics article of 14 February is dated in range; undated ones are left out
    assert info["n_documents"] == 1
    assert info["since"] == "2025-02-01" and info["until"] == "2025-12-31"
    assert info["parameters"] == {"top_n": 5, "trend_terms": ["talks", "nuclear"]}


def test_a_parameters_file_with_a_wrong_type_is_refused(tiny_corpus: Path, tmp_path: Path) -> None:
    params = tmp_path / "params.yaml"
    params.write_text("top_n: many\n", encoding="utf-8")
    out = tmp_path / "reports"
    done = corpus_tools("report", "terms", "--corpus", str(tiny_corpus), "--out", str(out),
                        "--parameters-file", str(params))  # fmt: skip
    assert done.returncode == 2
    assert "top_n" in done.stderr and not out.exists()
