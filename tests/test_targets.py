"""Tests for corpus_tools.targets: loading target files, finding mentions, suggesting targets."""

from __future__ import annotations

import pytest

from corpus_tools.errors import ParameterError, ResourceError
from corpus_tools.targets import Mention, Target, find_mentions, load_targets, suggest_targets

DEFAULT = load_targets()


def test_default_targets_cover_the_seed_subject() -> None:
    names = [t.name for t in DEFAULT]
    for name in ["talks", "nuclear arms control", "US", "Russia", "Ukraine", "Putin", "Trump"]:
        assert name in names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We have spoken about such interest before so the ball is in the court of the US, "
            "which has stopped all substantive contacts with our country",
            [("US", "US")],
        ),
        ("The USSR collapsed; us and them.", []),
        (
            "the complete refusal of the Americans and Europeans to listen to Russia’s concerns.",
            [("US", "Americans"), ("Russia", "Russia")],
        ),
        (
            "The New Strategic Arms Reduction Treaty, or New Start, which caps the number of "
            "strategic nuclear warheads the US and Russia can deploy",
            [
                ("nuclear arms control", "New Strategic Arms Reduction Treaty"),
                ("nuclear arms control", "New Start"),
                ("nuclear arms control", "nuclear warheads"),
                ("US", "US"),
                ("Russia", "Russia"),
            ],
        ),
        (
            "Russian President Vladimir Putin is ready to hold a phone discussion with US "
            "President Donald Trump, and Moscow is waiting for word from Washington DC",
            [
                ("Putin", "Vladimir Putin"),
                ("US", "US"),
                ("Trump", "Donald Trump"),
                ("Russia", "Moscow"),
                ("US", "Washington"),
            ],
        ),
        ("Talks on the U.S. position resumed.", [("talks", "Talks"), ("US", "U.S.")]),
        ("The Kremlin–US talks", [("Russia", "Kremlin"), ("US", "US"), ("talks", "talks")]),
    ],
)
def test_find_mentions_on_seed_sentences(sentence: str, expected: list[tuple[str, str]]) -> None:
    mentions = find_mentions(sentence, DEFAULT)
    assert [(m.target, m.text) for m in mentions] == expected
    for m in mentions:
        assert sentence[m.start : m.end] == m.text


def test_find_mentions_respects_start_and_end() -> None:
    text = "Putin met Trump. Trump met Putin."
    found = find_mentions(text, DEFAULT, start=17)
    assert found == [Mention("Trump", 17, 22, "Trump"), Mention("Putin", 27, 32, "Putin")]
    assert find_mentions(text, DEFAULT, start=0, end=16) == [
        Mention("Putin", 0, 5, "Putin"),
        Mention("Trump", 10, 15, "Trump"),
    ]


def test_typographic_apostrophe_in_alias() -> None:
    target = Target("Kremlin's view", ("Kremlin's view",))
    assert [m.text for m in find_mentions("It is the Kremlin’s view.", [target])] == [
        "Kremlin’s view"
    ]


def test_load_toml_and_yaml(tmp_path) -> None:
    toml = tmp_path / "t.toml"
    toml.write_text(
        '[[target]]\nname = "US"\naliases = ["US", "United States"]\n'
        'patterns = ["\\\\bU\\\\.S\\\\.?"]\n'
        '[[target]]\nname = "NATO"\naliases = ["NATO", "the alliance"]\n',
        encoding="utf-8",
    )
    yaml = tmp_path / "t.yaml"
    yaml.write_text(
        "target:\n  - name: US\n    aliases: [US, United States]\n    patterns: ['\\bU\\.S\\.?']\n"
        "  - name: NATO\n    aliases: [NATO, the alliance]\n",
        encoding="utf-8",
    )
    expected = [
        Target("US", ("US", "United States"), (r"\bU\.S\.?",)),
        Target("NATO", ("NATO", "the alliance"), ()),
    ]
    assert load_targets(toml) == expected
    assert load_targets(yaml) == expected
    found = find_mentions("The alliance and the U.S. agreed.", load_targets(yaml))
    assert [(m.target, m.text) for m in found] == [("NATO", "The alliance"), ("US", "U.S.")]


@pytest.mark.parametrize(
    ("name", "content", "error", "fragment"),
    [
        ("bad.toml", "[[target]\nname=", ParameterError, "not valid TOML"),
        ("empty.toml", "title = 'x'\n", ParameterError, "expected a list of targets"),
        ("noname.yaml", "target:\n  - aliases: [US]\n", ParameterError, "no 'name'"),
        ("badre.toml", '[[target]]\nname="x"\npatterns=["("]\n', ParameterError, "bad pattern"),
        ("t.json", "{}", ParameterError, ".toml, .yaml or .yml"),
    ],
)
def test_bad_target_file_names_the_file(tmp_path, name, content, error, fragment) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=fragment) as info:
        load_targets(path)
    assert str(path) in str(info.value)


def test_missing_target_file(tmp_path) -> None:
    path = tmp_path / "missing.toml"
    with pytest.raises(ResourceError, match="missing.toml"):
        load_targets(path)


def test_suggest_targets_counts_names_not_sentence_initial_words() -> None:
    texts = [
        "Kremlin spokesperson Dmitry Peskov said the ball is in the court of the US.",
        "Peskov said Putin is ready. Meanwhile the US waits.",
        "Meanwhile, talks stalled on Thursday, Peskov said.",
    ]
    # Hand count: Peskov 2 ("Dmitry Peskov" counts as its own name), US 2, Putin 1;
    # "Kremlin" and "Meanwhile" only open sentences, "Thursday" is a date word.
    assert suggest_targets(texts, top=4) == [
        ("Peskov", 2),
        ("US", 2),
        ("Dmitry Peskov", 1),
        ("Putin", 1),
    ]
