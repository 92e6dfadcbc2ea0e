"""The `corpus-tools` command line (the contract in DESIGN.md, "Command line").

Exit status: 0 success (broken input files are skipped and named); 1 a fatal error; 2 refused
usage or parameters; 3 broken input files with --strict. No traceback for an expected failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import CorpusToolsError, ParameterError, StrictError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_STRICT = 0, 1, 2, 3


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from exc


def _name_value(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"{text!r}: expected NAME=VALUE")
    return name.strip(), value


def _add_run_options(p: argparse.ArgumentParser, *, out_default: str) -> None:
    p.add_argument("--corpus", default="seeds", help="folder or file of documents (default: seeds)")
    p.add_argument("--out", default=out_default, help=f"output folder (default: {out_default})")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    p.add_argument("--scheduler", help="address of a Dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--strict", action="store_true", help="fail (exit 3) when any input file is broken")
    cache = p.add_mutually_exclusive_group()
    cache.add_argument("--cache", help="analysis cache folder (default: <out>/.cache)")
    cache.add_argument("--no-cache", action="store_true", help="analyse every document afresh")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="corpus-tools",
        description="Sentiment, stance and term-frequency reports for folders of news documents.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log informational messages")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("report", help="analyse a corpus and write HTML reports")
    p.add_argument("reports", nargs="*", metavar="{sentiment,stance,terms}", help="default: all three")
    _add_run_options(p, out_default="reports")
    p.add_argument("-p", "--parameter", action="append", type=_name_value, default=[],
                   metavar="NAME=VALUE", help="a notebook parameter (repeatable)")
    p.add_argument("--parameters-file", help="YAML file of notebook parameters")
    p.add_argument("--since", type=_date, help="only documents dated on or after DATE")
    p.add_argument("--until", type=_date, help="only documents dated on or before DATE")

    p = sub.add_parser("analyse", help="write the analysis tables as Parquet")
    _add_run_options(p, out_default="reports/tables")

    p = sub.add_parser("sentences", help="print the sentences of a text, one a line")
    p.add_argument("file", nargs="?", default="-", help="a text file, or - for standard input")
    p.add_argument("--json", action="store_true", help="print a JSON list of strings")

    p = sub.add_parser("quotes", help="print the direct quotes of files, with speakers")
    p.add_argument("paths", nargs="+", metavar="FILE|DIR")
    p.add_argument("--jsonl", action="store_true", help="one JSON object a line")

    p = sub.add_parser("terms", help="most frequent terms of a corpus")
    p.add_argument("--corpus", default="seeds")
    p.add_argument("--top", type=int, default=20)
    p.add_argument("--ngram", type=int, default=1, help="n-gram size (default: 1)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("keyness", help="terms key to one set of documents against another")
    p.add_argument("--corpus", default="seeds")
    p.add_argument("--target", required=True, metavar="FIELD=VALUE")
    p.add_argument("--reference", metavar="FIELD=VALUE", help="default: all other documents")
    p.add_argument("--measure", choices=["g2", "log-odds"], default="g2")
    p.add_argument("--top", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("validate", help="measure agreement with gold labels")
    vsub = p.add_subparsers(dest="what", required=True)
    v = vsub.add_parser("sentiment", help="VADER against gold ratings or labels")
    v.add_argument("gold")
    v.add_argument("--json", action="store_true")
    v.add_argument("--predictions", help="write per-item predictions to this CSV")
    v = vsub.add_parser("stance", help="the stance model against gold labels")
    v.add_argument("gold")
    v.add_argument("--model", help="stance model JSON (default: the bundled model)")
    v.add_argument("--json", action="store_true")
    v.add_argument("--predictions", help="write per-item predictions to this CSV")

    p = sub.add_parser("train-stance", help="train a stance model from labelled mentions")
    p.add_argument("labelled", metavar="LABELLED.csv")
    p.add_argument("--out", required=True, metavar="MODEL.json")
    return parser


def _cache_dir(args: argparse.Namespace) -> Path | None:
    if args.no_cache:
        return None
    return Path(args.cache) if args.cache else Path(args.out) / ".cache"


def _read_parameters_file(path: str) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ParameterError(f"{path}: cannot read parameters file: {exc}") from exc
    if not isinstance(data, dict):
        raise ParameterError(f"{path}: expected a mapping of NAME: VALUE")
    return {str(k): v for k, v in data.items()}


def cmd_report(args: argparse.Namespace) -> int:
    from .reports import REPORTS, generate_reports

    raw: dict[str, Any] = {}
    if args.parameters_file:
        raw.update(_read_parameters_file(args.parameters_file))
    raw.update(dict(args.parameter))
    run = generate_reports(
        args.reports or list(REPORTS),
        corpus=args.corpus,
        out=args.out,
        parameters=raw,
        since=args.since,
        until=args.until,
        strict=args.strict,
        jobs=args.jobs,
        scheduler=args.scheduler,
        cache_dir=_cache_dir(args),
    )
    info = json.loads((run / "run.json").read_text(encoding="utf-8"))
    print(f"reports for {info['n_documents']} documents written to {run}")
    for report in args.reports or REPORTS:
        print(f"  {run / (report + '.html')}")
    print(f"latest: {run.parent / 'latest'}   index: {run.parent / 'index.html'}")
    if info.get("n_reused"):
        print(f"reused the analysis of {info['n_reused']} unchanged documents")
    return EXIT_OK


def cmd_analyse(args: argparse.Namespace) -> int:
    from .documents import load_corpus
    from .pipeline import analyse, write_tables

    corpus = load_corpus(args.corpus)
    tables = analyse(corpus, jobs=args.jobs, scheduler=args.scheduler, cache_dir=_cache_dir(args))
    _report_skipped(tables.skipped)
    if args.strict and len(tables.skipped):
        raise StrictError(f"{len(tables.skipped)} broken file(s) in {args.corpus} (--strict)")
    write_tables(tables, args.out)
    (Path(args.out) / "run.json").write_text(json.dumps(tables.info, default=str, indent=2))
    reused = f", {tables.info['n_reused']} reused from the cache" if tables.info["n_reused"] else ""
    print(f"{len(tables.documents)} documents, {len(tables.sentences)} sentences{reused}: "
          f"tables written to {args.out}")
    return EXIT_OK


def _report_skipped(skipped: Any) -> None:
    for path, reason in zip(skipped["path"], skipped["reason"]):
        print(f"corpus-tools: skipped {path}: {reason}", file=sys.stderr)


def cmd_sentences(args: argparse.Namespace) -> int:
    from .documents import read_text
    from .sentences import split_sentences

    text = sys.stdin.read() if args.file == "-" else read_text(Path(args.file))
    sentences = [s.text for s in split_sentences(text)]
    if args.json:
        print(json.dumps(sentences, ensure_ascii=False))
    else:
        for s in sentences:
            print(s)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="corpus-tools: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    handlers = {
        "report": cmd_report,
        "analyse": cmd_analyse,
        "sentences": cmd_sentences,
    }
    try:
        return handlers[args.command](args)
    except StrictError as exc:
        print(f"corpus-tools: error: {exc}", file=sys.stderr)
        return EXIT_STRICT
    except ParameterError as exc:
        print(f"corpus-tools: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CorpusToolsError as exc:
        print(f"corpus-tools: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("corpus-tools: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
