"""The `corpus-tools` command line (the contract in DESIGN.md, "Command line").

Exit status: 0 success (broken input files are skipped and named); 1 a fatal error; 2 refused
usage or parameters; 3 broken input files with --strict. No traceback for an expected failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import CorpusToolsError, DocumentError, ParameterError, StrictError

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
    p.add_argument(
        "--strict", action="store_true", help="fail (exit 3) when any input file is broken"
    )
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
    p.add_argument(
        "reports", nargs="*", metavar="{sentiment,stance,terms}", help="default: all three"
    )
    _add_run_options(p, out_default="reports")
    p.add_argument(
        "-p",
        "--parameter",
        action="append",
        type=_name_value,
        default=[],
        metavar="NAME=VALUE",
        help="a notebook parameter (repeatable)",
    )
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


def _json(data: Any) -> str:
    """JSON for stdout: UTF-8 text where stdout takes it, \\u escapes where it does not."""
    utf8 = (sys.stdout.encoding or "").lower().replace("-", "") == "utf8"
    return json.dumps(data, ensure_ascii=not utf8)


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
    from .analysis import Settings
    from .documents import load_corpus
    from .pipeline import stream_tables

    corpus = load_corpus(args.corpus)
    info = stream_tables(corpus, args.out, settings=Settings.default(), jobs=args.jobs,
                         scheduler=args.scheduler, cache_dir=_cache_dir(args))  # fmt: skip
    if args.strict and info["n_skipped"]:
        raise StrictError(f"{info['n_skipped']} broken file(s) in {args.corpus} (--strict)")
    print(f"{analysed_summary(info)}: tables written to {args.out}")
    return EXIT_OK


def analysed_summary(info: dict[str, Any]) -> str:
    """What a run did, in words: how many documents were analysed and how many came from the
    cache (a cached document was not analysed again, so it is not counted as analysed).

    >>> analysed_summary({"n_documents": 5, "n_analysed": 2, "n_reused": 3})
    '5 documents: 2 analysed, 3 reused from the cache'
    >>> analysed_summary({"n_documents": 5, "n_analysed": 5, "n_reused": 0})
    '5 documents analysed'
    """
    if not info["n_reused"]:
        return f"{info['n_documents']} documents analysed"
    return (
        f"{info['n_documents']} documents: {info['n_analysed']} analysed, "
        f"{info['n_reused']} reused from the cache"
    )


def _read_documents(path: Path) -> list[Any]:
    """The documents of one file, read as the corpus reader reads them (cp1252 fallback etc.)."""
    from .documents import read_file

    if not path.exists():
        raise CorpusToolsError(f"{path}: no such file")
    docs, warnings = read_file(path, root=path.parent)
    for w in warnings:
        logging.getLogger("corpus_tools").warning("%s: %s", w.path, w.message)
    return docs


def cmd_sentences(args: argparse.Namespace) -> int:
    from .sentences import split_sentences

    if args.file == "-":
        data = sys.stdin.buffer.read()  # bytes: the locale's encoding may not be UTF-8
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            logging.getLogger("corpus_tools").warning("stdin: not valid UTF-8; read as cp1252")
        start = 0
    else:
        from .documents import read_text

        try:
            text, start, warnings = read_text(args.file)
        except DocumentError as exc:
            if exc.reason != "empty file":
                raise
            text, start, warnings = "", 0, []  # no sentences, not an error
        for w in warnings:
            logging.getLogger("corpus_tools").warning("%s: %s", w.path, w.message)
    sentences = [s.text for s in split_sentences(text, start=start)]
    if args.json:
        print(_json(sentences))
    else:
        for s in sentences:
            print(s)
    return EXIT_OK


def cmd_quotes(args: argparse.Namespace) -> int:
    from .documents import load_corpus
    from .quotes import extract_quotes

    for given in args.paths:
        path = Path(given)
        if path.is_dir():
            corpus = load_corpus(path)
            docs = [(str(path / d.path), d) for d in corpus]
        else:
            docs = [(str(path), d) for d in _read_documents(path)]
        for file, doc in docs:
            for q in extract_quotes(doc.text, start=doc.body_start):
                record = {
                    "file": file,
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "speaker": q.speaker,
                    "cue": q.cue,
                }
                if doc.doc_id != Path(doc.path).with_suffix("").as_posix():
                    record["doc_id"] = doc.doc_id  # one of several records in the file
                if args.jsonl:
                    print(_json(record))
                else:
                    print(f"{file}:{q.start}-{q.end}\t{q.speaker or '?'}\t{q.cue}\t{q.text}")
    return EXIT_OK


def cmd_terms(args: argparse.Namespace) -> int:
    from .analysis import Settings
    from .tables import analyse
    from .terms import top_terms

    settings = Settings(max_ngram=max(1, args.ngram))  # no stance targets: terms only
    tables = analyse(args.corpus, settings=settings, progress=False)
    top = top_terms(tables.terms, n=args.ngram, top=args.top)
    if args.json:
        print(_json({"ngram": args.ngram, "terms": top.to_dict("records")}))
    else:
        print(top.to_string(index=False))
    return EXIT_OK


def cmd_keyness(args: argparse.Namespace) -> int:
    from .analysis import Settings
    from .keyness import keyness_between, keyness_result
    from .tables import analyse

    tables = analyse(args.corpus, settings=Settings(max_ngram=1), progress=False)
    table = keyness_between(
        tables.terms,
        tables.documents,
        target=args.target,
        reference=args.reference,
        measure=args.measure,
        top=args.top,
    )
    if args.json:
        print(_json(keyness_result(table)))
    else:
        print(
            f"target {args.target} ({table.attrs.get('target_total')} words) vs "
            f"{args.reference or 'all other documents'} "
            f"({table.attrs.get('reference_total')} words)"
        )
        print(table.to_string(index=False))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    if args.what == "sentiment":
        from .validation import format_metrics, validate_sentiment

        metrics, predictions = validate_sentiment(args.gold)
    else:
        from .stance import load_stance_model, validate_stance
        from .validation import format_metrics

        model = load_stance_model(args.model) if args.model else None
        metrics, predictions = validate_stance(args.gold, model=model)
    if args.predictions:
        from .validation import write_predictions

        write_predictions(predictions, args.predictions)
    print(json.dumps(metrics, indent=2) if args.json else format_metrics(metrics))
    return EXIT_OK


def cmd_train_stance(args: argparse.Namespace) -> int:
    import pandas as pd

    from .errors import GoldFileError
    from .stance import train_stance_model

    try:
        rows = pd.read_csv(args.labelled)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise GoldFileError(args.labelled, f"cannot read labelled CSV: {exc}") from exc
    missing = {"text", "target", "label"} - set(rows.columns)
    if missing:
        raise GoldFileError(
            args.labelled,
            f"missing column(s) {', '.join(sorted(missing))}; "
            "expected text,target,label[,start,end]",
        )
    model = train_stance_model(rows, provenance={"trained_on": str(args.labelled)})
    model.save(args.out)
    print(f"stance model trained on {len(rows)} mentions written to {args.out}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
        # e.g. a C locale under cron: never fail on a curly quote in plain-text output
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="corpus-tools: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    handlers = {
        "report": cmd_report,
        "analyse": cmd_analyse,
        "sentences": cmd_sentences,
        "quotes": cmd_quotes,
        "terms": cmd_terms,
        "keyness": cmd_keyness,
        "validate": cmd_validate,
        "train-stance": cmd_train_stance,
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
    except BrokenPipeError:
        # output piped into `head` and closed early: not an error; silence the final flush
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
