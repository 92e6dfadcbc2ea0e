"""Stance targets: named entities or issues, their aliases, and where they are mentioned in text.

A target file is TOML (or YAML) holding a list of targets::

    [[target]]
    name = "US"
    aliases = ["US", "United States", "Washington", "Americans"]
    patterns = ["\\\\bU\\\\.S\\\\.?"]

Aliases are literal strings matched on word boundaries; an alias with a capital letter is matched
case-sensitively (so "US" never matches "us"), an all-lower-case alias also matches with its first
letter capitalised (sentence-initial "Arms control"). Patterns are regular expressions, used as
written. All targets compile into one regular expression; the longest alternative wins.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ParameterError, ResourceError
from .stopwords import load_stopwords

DEFAULT_TARGETS = "targets-default.toml"
_APOSTROPHES = "'\u2019\u2018\u02bc"


@dataclass(frozen=True)
class Target:
    """A stance target: its display name, literal aliases and extra regular expressions."""

    name: str
    aliases: tuple[str, ...]
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One mention of a target: character offsets into the searched text, and the matched text."""

    target: str
    start: int
    end: int
    text: str


def load_targets(path: str | Path | None = None) -> list[Target]:
    """Read targets from a TOML or YAML file; None gives the bundled default targets.

    >>> [t.name for t in load_targets()][:4]
    ['talks', 'nuclear arms control', 'US', 'Russia']
    """
    if path is None:
        source = resources.files("corpus_tools.data").joinpath(DEFAULT_TARGETS)
        return list(_parse_targets(source.read_text(encoding="utf-8"), DEFAULT_TARGETS, "toml"))
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in {".toml", ".yaml", ".yml"}:
        raise ParameterError(f"{path}: a target file must be .toml, .yaml or .yml")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"{path}: cannot read target file ({exc})") from exc
    return list(_parse_targets(text, str(path), "toml" if suffix == ".toml" else "yaml"))


def _parse_targets(text: str, where: str, fmt: str) -> tuple[Target, ...]:
    try:
        if fmt == "toml":
            data: Any = tomllib.loads(text)
        else:
            import yaml  # only needed for YAML target files

            data = yaml.safe_load(text)
    except Exception as exc:  # tomllib and yaml raise their own error types; both mean "malformed"
        raise ParameterError(f"{where}: not valid {fmt.upper()}: {exc}") from exc
    entries = data.get("target", data.get("targets")) if isinstance(data, dict) else data
    if not isinstance(entries, list) or not entries:
        raise ParameterError(
            f"{where}: expected a list of targets under 'target' "
            "(TOML: [[target]] tables; YAML: target: [ {name: ..., aliases: [...]} ])"
        )
    targets = []
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise ParameterError(f"{where}: target {i} has no 'name' string")
        name = entry["name"]
        aliases = _string_tuple(entry.get("aliases", [name]), where, name, "aliases")
        patterns = _string_tuple(entry.get("patterns", []), where, name, "patterns")
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                msg = f"{where}: target {name!r}: bad pattern {pattern!r}: {exc}"
                raise ParameterError(msg) from exc
        if not aliases and not patterns:
            raise ParameterError(f"{where}: target {name!r} has neither aliases nor patterns")
        targets.append(Target(name, aliases, patterns))
    return tuple(targets)


def _string_tuple(value: Any, where: str, name: str, field: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ParameterError(f"{where}: target {name!r}: '{field}' must be a list of strings")
    return tuple(value)


def _alias_regex(alias: str) -> str:
    parts = []
    for i, ch in enumerate(alias):
        if ch in _APOSTROPHES:
            parts.append(f"[{_APOSTROPHES}]")
        elif ch == " ":
            parts.append(r"\s+")
        elif i == 0 and alias == alias.lower() and ch.isalpha():
            parts.append(f"[{ch}{ch.upper()}]")
        else:
            parts.append(re.escape(ch))
    # Word boundaries that also hold for aliases starting or ending with punctuation ("U.S.").
    return r"(?<!\w)" + "".join(parts) + r"(?!\w)"


@lru_cache(maxsize=64)
def _compile(targets: tuple[Target, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    alternatives: list[tuple[int, str, str]] = []
    for target in targets:
        for alias in target.aliases:
            alternatives.append((len(alias), _alias_regex(alias), target.name))
        for pattern in target.patterns:
            alternatives.append((len(pattern), pattern, target.name))
    # Longest first: "United States" before "United", "Vladimir Putin" before "Putin".
    alternatives.sort(key=lambda a: -a[0])
    regex = "|".join(f"(?P<g{i}>{rx})" for i, (_, rx, _) in enumerate(alternatives))
    return re.compile(regex), tuple(name for _, _, name in alternatives)


def find_mentions(
    text: str, targets: Sequence[Target], *, start: int = 0, end: int | None = None
) -> list[Mention]:
    """Mentions of any target in `text[start:end]`, offsets into `text`, left to right.

    >>> us = Target("US", ("US", "United States"), (r"\\bU\\.S\\.?",))
    >>> find_mentions("The ball is in the court of the US, not the USSR.", [us])
    [Mention(target='US', start=32, end=34, text='US')]
    """
    if not targets:
        return []
    regex, names = _compile(tuple(targets))
    end = len(text) if end is None else end
    mentions = []
    for m in regex.finditer(text, start, end):
        if m.end() == m.start():
            continue  # a user pattern that can match the empty string
        index = int((m.lastgroup or "g0")[1:])
        mentions.append(Mention(names[index], m.start(), m.end(), m.group()))
    return mentions


# Capitalised like names but never stance targets.
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)
_NAME_RE = re.compile(
    r"(?:[A-Z][\w'\u2019.&-]*\w|[A-Z])(?:\s+(?:of\s+(?:the\s+)?)?(?:[A-Z][\w'\u2019.&-]*\w|[A-Z]))*"
)


def _is_sentence_initial(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] in '\n\r"\u201c\u2018':
        return True
    while i > 0 and text[i - 1] in "'\"\u201d\u2019)":
        i -= 1
    return i > 0 and text[i - 1] in ".!?:"


def suggest_targets(texts: Iterable[str], *, top: int = 10) -> list[tuple[str, int]]:
    """Frequent capitalised names and multiword proper nouns in `texts`, with their counts.

    A name seen only at the start of sentences (where every word is capitalised) is left out,
    and so are stopwords ("The", "But"); leading stopwords are stripped
    ("The Kremlin" -> "Kremlin").

    >>> suggest_targets(["The Kremlin said the United States must act.", "Talks with the United "
    ...                  "States stalled, the Kremlin said.", "Talks resume."], top=3)
    [('Kremlin', 2), ('United States', 2)]
    """
    stop = load_stopwords("news")
    counts: Counter[str] = Counter()
    seen_inside: set[str] = set()
    for text in texts:
        for m in _NAME_RE.finditer(text):
            words = m.group().split()
            initial = _is_sentence_initial(text, m.start())
            while words and words[0].lower() in stop:
                words.pop(0)
                initial = False
            while words and words[-1].lower() in stop:
                words.pop()
            name = re.sub(r"['\u2019]s$", "", " ".join(words)).rstrip(".")
            if len(name) < 2 or name.lower() in stop or name.lower() in _CALENDAR:
                continue
            counts[name] += 1
            if not initial:
                seen_inside.add(name)
    ranked = sorted(
        ((n, c) for n, c in counts.items() if n in seen_inside), key=lambda nc: (-nc[1], nc[0])
    )
    return ranked[:top]
