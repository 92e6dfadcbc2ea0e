"""Report generation: parameter checks before anything runs, and every notebook executed."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from corpus_tools.errors import ParameterError
from corpus_tools.parameters import REPORTS, check_parameters, notebook_parameters, notebooks_dir
from corpus_tools.reports import generate_reports

NOTEBOOKS = sorted(notebooks_dir().glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_committed_clean_with_one_parameters_cell(path: Path) -> None:
    nb = nbformat.read(str(path), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    # literals only, one `name: type = value  # help` a line
    for line in tagged[0].source.splitlines():
        assert re.fullmatch(r"\w+: \w+ = .+  # .+", line), line


@pytest.mark.parametrize(
    ("name", "raw", "expected"),
    [
        ("top_n", "15", 15),
        ("since", "2025-01-01", "2025-01-01"),
        ("gold_file", "01234", "01234"),  # declared str: stays a string, leading zero kept
        ("period", "W", "W"),
    ],
)
def test_parameters_are_converted_to_their_declared_type(name: str, raw: str, expected) -> None:
    assert check_parameters(["sentiment"], {name: raw})["sentiment"][name] == expected


def test_list_parameters_parse() -> None:
    got = check_parameters(["terms"], {"trend_terms": "nuclear, talks"})["terms"]["trend_terms"]
    assert got == ["nuclear", "talks"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"zip": "01234"}, "unknown parameter 'zip'; valid names:"),
        ({"top_n": "ten"}, "top_n"),
        ({"since": "2025-13-45"}, "since"),
        ({"corpus": "x"}, "set by the command line"),
    ],
)
def test_bad_parameters_are_refused(raw: dict[str, str], message: str) -> None:
    with pytest.raises(ParameterError, match=re.escape(message)):
        check_parameters(list(REPORTS), raw)


def test_every_report_declares_the_common_parameters() -> None:
    for report in REPORTS:
        declared = notebook_parameters(report)
        assert {"corpus", "tables_dir", "out_dir", "since", "until"} <= set(declared)


@pytest.fixture(scope="module")
def report_run(tmp_path_factory: pytest.TempPathFactory, tiny_corpus: Path) -> Path:
    out = tmp_path_factory.mktemp("reports")
    return generate_reports(
        list(REPORTS), corpus=tiny_corpus, out=out, parameters={"stance_method": "lexicon"}
    )


@pytest.mark.slow
@pytest.mark.parametrize("report", REPORTS)
def test_each_report_is_written_with_a_figure_and_no_error(report_run: Path, report: str) -> None:
    html = (report_run / f"{report}.html").read_text(encoding="utf-8")
    assert len(html) > 10_000
    assert "data:image/png;base64" in html
    executed = nbformat.read(str(report_run / f"{report}.ipynb"), as_version=4)
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert not [o for o in outputs if o.get("name") == "stderr" and "Error" in o.text]
    assert 'class="ansi-red-fg"' not in html  # no traceback rendered
    assert (report_run / f"{report}.csv").stat().st_size > 0
    # code is hidden in the HTML
    assert "import corpus_tools" not in html


@pytest.mark.slow
def test_run_layout_latest_index_and_provenance(report_run: Path) -> None:
    out = report_run.parent
    assert (out / "latest").resolve() == report_run.resolve()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert report_run.name in index
    info = json.loads((report_run / "run.json").read_text(encoding="utf-8"))
    assert info["n_documents"] == 4
    assert info["versions"]["vaderSentiment"] == "3.3.2"
    assert info["parameters"] == {"stance_method": "lexicon"}
    for table in ("documents", "sentences", "terms", "stance"):
        assert (report_run / "tables" / f"{table}.parquet").exists()


def test_unknown_parameter_writes_nothing(tmp_path: Path, tiny_corpus: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(ParameterError):
        generate_reports(list(REPORTS), corpus=tiny_corpus, out=out, parameters={"nope": "1"})
    assert not out.exists()


def test_a_failed_run_leaves_the_previous_reports_whole(
    tmp_path: Path, tiny_corpus: Path, report_run: Path, monkeypatch
) -> None:
    out = tmp_path / "out"
    shutil.copytree(report_run.parent, out, symlinks=True)
    before = sorted(p.relative_to(out) for p in out.rglob("*"))

    import corpus_tools.reports as reports

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # as if killed midway through the notebooks

    monkeypatch.setattr(reports, "execute_report", crash)
    with pytest.raises(KeyboardInterrupt):
        generate_reports(["terms"], corpus=tiny_corpus, out=out)
    after = sorted(p.relative_to(out) for p in out.rglob("*") if ".cache" not in p.parts)
    assert [p for p in after if not str(p).startswith(".")] == [
        p for p in before if not str(p).startswith(".")
    ]
    assert not list(out.glob(".build-*"))


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_run_as_opened_in_jupyterlab(path: Path, tmp_path: Path) -> None:
    """Run all cells with the committed defaults, from the notebooks folder: the notebook
    analyses ../seeds itself (no tables_dir, nothing written)."""
    import papermill as pm

    out = tmp_path / path.name
    pm.execute_notebook(str(path), str(out), kernel_name="python3", progress_bar=False,
                        cwd=str(path.parent))  # fmt: skip
    executed = nbformat.read(str(out), as_version=4)
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)
    assert any("/seeds" in str(o.get("data", {})) for o in outputs)  # provenance names it
