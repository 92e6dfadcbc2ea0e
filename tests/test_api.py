"""The top-level API a user's notebook imports: every advertised name resolves, lazily."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import corpus_tools as ct

DESIGN_NAMES = ("load_corpus", "analyse", "split_sentences", "tokenize")  # DESIGN.md's own example


@pytest.mark.parametrize("name", sorted(ct.__all__))
def test_every_advertised_name_resolves_with_a_docstring(name: str) -> None:
    value = getattr(ct, name)
    assert value is not None
    if inspect.isfunction(value) or inspect.isclass(value) or inspect.ismodule(value):
        assert inspect.getdoc(value), f"{name} has no docstring"


def test_design_example_names_are_there() -> None:
    assert set(DESIGN_NAMES) <= set(ct.__all__)
    spans = ct.split_sentences("Talks resumed. Peskov said so.")
    assert [s.text for s in spans] == ["Talks resumed.", "Peskov said so."]
    assert [t.text for t in ct.tokenize("Peskov’s call.")] == ["Peskov", "’s", "call", "."]


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'analyze'"):
        ct.analyze  # noqa: B018  # the American spelling is not an alias


def test_importing_the_package_loads_no_heavy_dependency() -> None:
    """`import corpus_tools` (and so every command-line start) stays cheap: pandas,
    matplotlib and papermill load only when a name that needs them is used."""
    code = (
        "import sys, corpus_tools as ct\n"
        "heavy = [m for m in ('pandas', 'matplotlib', 'papermill') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "ct.top_terms\n"
        "assert 'pandas' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
