"""Exceptions raised by corpus_tools: one base class, a few specific ones carrying context."""

from __future__ import annotations

from pathlib import Path


class CorpusToolsError(Exception):
    """Base class for every expected failure; the command line prints its message, no traceback."""


class FileProblem(CorpusToolsError):
    """A problem with one file: carries the path and the reason, and names both."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class DocumentError(FileProblem):
    """A file that cannot be read as documents; the corpus loader skips it and records why."""


class ParameterError(CorpusToolsError):
    """A report or command parameter that was refused before anything ran."""


class GoldFileError(FileProblem):
    """A gold or labelled file for validation or training that cannot be used."""


class ResourceError(CorpusToolsError):
    """A bundled data file (lexicon, stopword list, model) is unknown or unreadable."""


class StrictError(CorpusToolsError):
    """Broken input files were found and --strict was given (exit status 3)."""
