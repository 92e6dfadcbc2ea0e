"""Report parameters: read from each notebook's `parameters` cell, checked before anything runs.

papermill only warns on an unknown name and turns `-p zip 01234` into 1234; here every value is
converted to the type its `name: type = value  # help` line declares, or refused.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CorpusToolsError, ParameterError

REPORTS = ("sentiment", "stance", "terms")
# Parameters the runner sets itself; a user's -p cannot override them.
RUNNER_PARAMETERS = ("corpus", "tables_dir", "out_dir", "previous_tables_dir")


def notebooks_dir() -> Path:
    """The report notebooks: `notebooks/` of the source tree, or a copy shipped in the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "notebooks", here / "notebooks"):
        if (candidate / "sentiment.ipynb").exists():
            return candidate
    raise CorpusToolsError(f"report notebooks not found next to {here}")


@dataclass(frozen=True)
class Parameter:
    """One entry of a notebook's `parameters` cell: `name: type = value  # help`."""

    name: str
    type: str
    default: Any
    help: str


def notebook_parameters(report: str) -> dict[str, Parameter]:
    """The declared parameters of a report notebook, read from its `parameters` cell."""
    from papermill.inspection import inspect_notebook  # heavy import, only when reporting

    declared = inspect_notebook(str(notebooks_dir() / f"{report}.ipynb"))
    params = {}
    for name, p in declared.items():
        default = ast.literal_eval(p["default"])  # the cell holds literals only
        params[name] = Parameter(name, p["inferred_type_name"], default, p["help"])
    return params


def _as_text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return json.dumps([v if isinstance(v, (int, float, str)) else str(v) for v in value])
    return str(value)


def parse_parameter(param: Parameter, raw: str) -> Any:
    """Convert a command-line string to the declared type, refusing what does not fit."""
    kind = param.type.replace(" ", "")
    try:
        if kind == "str":
            return raw
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "bool":
            lowered = raw.lower()
            if lowered not in {"true", "false", "1", "0", "yes", "no"}:
                raise ValueError("expected true or false")
            return lowered in {"true", "1", "yes"}
        if kind.startswith("list"):
            raw = raw.strip()
            items = (
                json.loads(raw)
                if raw.startswith("[")
                else [s.strip() for s in raw.split(",") if s.strip()]
            )
            if not isinstance(items, list):
                raise ValueError("expected a list")
            inner = kind[5:-1] if kind.startswith("list[") else "str"
            return [parse_parameter(Parameter(param.name, inner, None, ""), str(i)) for i in items]
        if kind in {"date", "dt.date", "datetime.date"}:
            return dt.date.fromisoformat(raw).isoformat()
    except (ValueError, json.JSONDecodeError) as exc:
        raise ParameterError(
            f"parameter {param.name}: {raw!r} is not a valid {param.type} ({exc})"
        ) from exc
    raise ParameterError(f"parameter {param.name}: unsupported declared type {param.type!r}")


def check_parameters(
    reports: Sequence[str], raw: Mapping[str, str | Any]
) -> dict[str, dict[str, Any]]:
    """Validate -p values against every chosen notebook before anything runs.

    A name must be declared by at least one chosen report; it is passed to those that declare it.
    """
    declared = {r: notebook_parameters(r) for r in reports}
    valid = sorted({n for ps in declared.values() for n in ps} - set(RUNNER_PARAMETERS))
    per_report: dict[str, dict[str, Any]] = {r: {} for r in reports}
    for name, value in raw.items():
        if name in RUNNER_PARAMETERS:
            raise ParameterError(
                f"parameter {name} is set by the command line (use --corpus/--out)"
            )
        if name not in valid:
            raise ParameterError(f"unknown parameter {name!r}; valid names: {', '.join(valid)}")
        for report, params in declared.items():
            if name in params:
                # values from a YAML file arrive typed; check them as their text all the same
                text = value if isinstance(value, str) else _as_text(value)
                converted = parse_parameter(params[name], text)
                per_report[report][name] = converted
    for params in per_report.values():
        for key in ("since", "until"):
            if params.get(key):
                try:
                    dt.date.fromisoformat(str(params[key]))
                except ValueError as exc:
                    raise ParameterError(
                        f"parameter {key}: {params[key]!r} is not a date YYYY-MM-DD"
                    ) from exc
    return per_report
