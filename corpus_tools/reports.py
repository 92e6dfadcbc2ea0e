"""Report generation: checked parameters, one analysis, papermill runs, HTML with code hidden.

A run builds everything in a temporary folder beside its final place and renames it into place
only when every report succeeded, so a crash or kill leaves earlier reports whole.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import html
import json
import logging
import os
import shutil
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import CorpusToolsError, ParameterError, StrictError
from .parameters import REPORTS, check_parameters, notebook_parameters, notebooks_dir

log = logging.getLogger(__name__)
KERNEL = "python3"


@contextmanager
def run_lock(out: Path) -> Iterator[None]:
    """One report run per output folder at a time; a second one stops with a clear message."""
    out.mkdir(parents=True, exist_ok=True)
    with open(out / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise CorpusToolsError(
                f"another corpus-tools report is writing to {out}; try again when it has finished"
            ) from exc
        yield


def execute_report(
    report: str,
    build: Path,
    parameters: Mapping[str, Any],
    *,
    progress: bool = False,
) -> Path:
    """Execute one notebook into `build`, then write its HTML with code hidden; returns the HTML."""
    import nbformat
    import papermill as pm
    from nbconvert import HTMLExporter

    executed = build / f"{report}.ipynb"
    try:
        pm.execute_notebook(
            str(notebooks_dir() / f"{report}.ipynb"),
            str(executed),
            parameters=dict(parameters),
            kernel_name=KERNEL,
            progress_bar=False,
            cwd=str(notebooks_dir()),
            # the kernel's start-up chatter (TCP notice) would fill every cron mail
            extra_arguments=["--IPKernelApp.log_level=ERROR"],
        )
    except pm.PapermillExecutionError as exc:
        raise CorpusToolsError(
            f"the {report} report failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue} "
            f"(see {executed})"
        ) from exc
    nb = nbformat.read(str(executed), as_version=4)
    exporter = HTMLExporter(
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True
    )
    exporter.log.setLevel(logging.ERROR)  # its alt-text notice is not the reader's concern
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": f"{report} report"}})
    out = build / f"{report}.html"
    out.write_text(body, encoding="utf-8")
    return out


def publish(build: Path, out: Path, run_name: str) -> Path:
    """Move a finished build to `out/<run_name>` and point `out/latest` at it, atomically."""
    final = out / run_name
    os.replace(build, final)
    link_tmp = out / f".latest-{os.getpid()}"
    if link_tmp.is_symlink() or link_tmp.exists():
        link_tmp.unlink()
    link_tmp.symlink_to(run_name, target_is_directory=True)
    latest = out / "latest"
    if latest.exists() and not latest.is_symlink():
        shutil.rmtree(latest)  # an older layout's plain folder
    os.replace(link_tmp, latest)
    return final


def new_run_name(out: Path) -> str:
    """A folder name for this run, e.g. 2026-11-28T0700 (seconds added when that exists)."""
    now = dt.datetime.now()
    name = now.strftime("%Y-%m-%dT%H%M")
    if (out / name).exists():
        name = now.strftime("%Y-%m-%dT%H%M%S")
    suffix = 1
    while (out / name).exists():
        suffix += 1
        name = f"{now.strftime('%Y-%m-%dT%H%M%S')}-{suffix}"
    return name


def write_index(out: Path) -> Path:
    """`out/index.html`: every run with its parameters and document counts, newest first."""
    rows = []
    for run in sorted(
        (p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")), reverse=True
    ):
        if run.name == "latest" or not (run / "run.json").exists():
            continue
        info = json.loads((run / "run.json").read_text(encoding="utf-8"))
        links = " ".join(
            f'<a href="{html.escape(run.name)}/{r}.html">{r}</a>'
            for r in REPORTS
            if (run / f"{r}.html").exists()
        )
        rows.append(
            "<tr>"
            f"<td>{html.escape(run.name)}</td><td>{links}</td>"
            f"<td>{info.get('n_documents', '')}</td><td>{info.get('n_skipped', '')}</td>"
            f"<td><code>{html.escape(json.dumps(info.get('parameters', {})))}</code></td>"
            f"<td>{html.escape(str(info.get('corpus', '')))}</td>"
            "</tr>"
        )
    page = (
        "<!doctype html><meta charset='utf-8'><title>corpus_tools reports</title>"
        "<style>body{font-family:sans-serif}"
        "td,th{padding:4px 10px;border-bottom:1px solid #ddd}</style>"
        "<h1>corpus_tools reports</h1><p><a href='latest/'>latest run</a></p>"
        "<table><tr><th>run</th><th>reports</th><th>documents</th><th>skipped</th>"
        "<th>parameters</th><th>corpus</th></tr>" + "".join(rows) + "</table>"
    )
    tmp = out / f".index-{os.getpid()}.html"
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, out / "index.html")
    return out / "index.html"


def previous_run(out: Path) -> Path | None:
    """The run `latest` points at, if any (for the "since the last run" comparison)."""
    latest = out / "latest"
    return latest.resolve() if latest.exists() else None


def say(message: str) -> None:
    """Progress on stderr, only for a terminal (cron mails stay short)."""
    if sys.stderr.isatty():
        print(message, file=sys.stderr)


def versions() -> dict[str, str]:
    """Versions of the package, the VADER lexicon/scorer and the stance model behind the numbers."""
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__
    from .stance import load_stance_model

    found = {"corpus_tools": __version__}
    for package in ("vaderSentiment", "nltk", "pandas", "papermill"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "not installed"
    provenance = load_stance_model(None).provenance or {}
    found["stance_model"] = (
        f"bundled, trained {provenance.get('date', '?')} on {provenance.get('n', '?')} NewsMTSC "
        f"mentions, CV macro-F1 {provenance.get('cv_f1_macro', '?')}"
    )
    return found


def generate_reports(
    reports: Sequence[str],
    *,
    corpus: str | Path,
    out: str | Path,
    parameters: Mapping[str, str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    strict: bool = False,
    jobs: int = 1,
    scheduler: str | None = None,
    cache_dir: str | Path | None = None,
) -> Path:
    """Analyse `corpus` once and render the chosen reports into a new run folder under `out`.

    Returns the run folder. Parameters are checked before anything is written.
    """
    from .analysis import Settings
    from .documents import load_corpus
    from .tables import analyse, write_tables

    unknown = [r for r in reports if r not in REPORTS]
    if unknown:
        raise ParameterError(f"unknown report {unknown[0]!r}; choose from {', '.join(REPORTS)}")
    per_report = check_parameters(reports, parameters or {})
    merged = {k: v for params in per_report.values() for k, v in params.items()}
    since = since or _as_date(merged.get("since"))
    until = until or _as_date(merged.get("until"))
    settings = Settings.default(
        targets_path=merged.get("targets_file") or None,
        stance_method=merged.get("stance_method") or "model",
    )
    corpus_path = Path(corpus).resolve()
    loaded = load_corpus(corpus_path, since=since, until=until)
    out = Path(out).resolve()
    started = time.perf_counter()
    with run_lock(out):
        # holding the lock, any build folder left is from a killed run: it was never published
        for stale in out.glob(".build-*"):
            shutil.rmtree(stale, ignore_errors=True)
        run_name = new_run_name(out)
        build = out / f".build-{run_name}-{os.getpid()}"
        try:
            say(f"analysing {corpus_path} ...")
            tables = analyse(
                loaded,
                jobs=jobs,
                scheduler=scheduler,
                settings=settings,
                cache_dir=cache_dir,
                progress=None,
            )
            if strict and len(tables.skipped):
                raise StrictError(
                    f"{len(tables.skipped)} broken file(s) in {corpus_path} (--strict)"
                )
            if not len(tables.documents):
                raise CorpusToolsError(f"no documents to report on in {corpus_path}")
            previous = previous_run(out)
            info = {
                **tables.info,
                "corpus": str(corpus_path),
                "run": run_name,
                "since": since.isoformat() if since else None,
                "until": until.isoformat() if until else None,
                "date_range": _date_range(tables.documents),
                "parameters": {k: v for k, v in merged.items()},
                "reports": list(reports),
                "versions": versions(),
                "skipped": [list(x) for x in zip(tables.skipped["path"], tables.skipped["reason"])],
                "previous_run": previous.name if previous else None,
            }
            tables.info = info
            write_tables(tables, build / "tables")
            _write_json(build / "tables" / "run.json", info)
            for report in reports:
                say(f"running the {report} report ...")
                params = {
                    **per_report[report],
                    "corpus": str(corpus_path),
                    "tables_dir": str(build / "tables"),
                    "out_dir": str(build),
                }
                if previous is not None and "previous_tables_dir" in notebook_parameters(report):
                    params["previous_tables_dir"] = str(previous / "tables")
                execute_report(report, build, params)
            info["analysis_seconds"] = info.pop("seconds", None)
            info["seconds"] = round(time.perf_counter() - started, 2)
            _write_json(build / "run.json", info)
            _write_json(build / "tables" / "run.json", info)
            final = publish(build, out, run_name)
            write_index(out)
            return final
        finally:
            if build.exists():
                shutil.rmtree(build, ignore_errors=True)


def _describe_range(dates: Sequence[str | None]) -> str:
    if not dates or all(d is None for d in dates):
        return "no dated documents"
    return f"{dates[0]} to {dates[1]}"


def _write_json(path: Path, data: Mapping[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")


def _as_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def _date_range(documents: Any) -> list[str | None]:
    if "date" not in documents or documents["date"].notna().sum() == 0:
        return [None, None]
    dates = documents["date"].dropna()
    return [dates.min().date().isoformat(), dates.max().date().isoformat()]


def provenance(tables: Any) -> Any:
    """A two-column table of what a report was made from: corpus, counts, dates, versions, time."""
    import pandas as pd

    info = dict(tables.info or {})
    skipped = list(zip(tables.skipped["path"], tables.skipped["reason"]))
    rows = [
        ("corpus", info.get("corpus", "")),
        ("documents used", len(tables.documents)),
        ("files skipped", len(skipped)),
        (
            "date range",
            _describe_range(info.get("date_range") or _date_range(tables.documents)),
        ),
        ("selection", f"since {info.get('since') or '-'}, until {info.get('until') or '-'}"),
        ("parameters", json.dumps(info.get("parameters", {}), default=str)),
        (
            "analysis",
            f"{info.get('n_analysed', '?')} analysed, {info.get('n_reused', 0)} reused "
            f"from cache, {info.get('seconds', info.get('analysis_seconds', '?'))} s, "
            f"{info.get('executor', 'in-process')}",
        ),
        (
            "versions",
            ", ".join(f"{k} {v}" for k, v in (info.get("versions") or versions()).items()),
        ),
        ("run", info.get("run", "interactive")),
    ]
    return pd.DataFrame(rows, columns=["what", "value"]).set_index("what")
