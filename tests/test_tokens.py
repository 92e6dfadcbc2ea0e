"""Tokens: the surface forms DESIGN.md fixes for terms, offsets, and the fast paths' agreement."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.errors import ResourceError
from corpus_tools.normalize import ascii_quotes, has_typography
from corpus_tools.stopwords import load_stopwords
from corpus_tools.tokens import (
    iter_norms,
    sentence_word_sequences,
    tokenize,
    word_sequence,
    words,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # possessive 's split off, typographic and ASCII apostrophes alike
        ("Russia’s national security", ["russia", "'s", "national", "security"]),
        ("Russia's national security", ["russia", "'s", "national", "security"]),
        # hyphenated words stay one token
        ("land- and submarine-based missiles", ["land", "and", "submarine-based", "missiles"]),
        # contractions stay whole, in ASCII form
        ("“We don’t trust them,” said Peskov.", ["we", "don't", "trust", "them", "said", "peskov"]),
        ("The talks weren't good.", ["the", "talks", "weren't", "good"]),
        # numbers are not words; number-led words are
        ("at least 200,000 European peacekeepers", ["at", "least", "european", "peacekeepers"]),
        ("Shell is to pay $1m (£522,000)", ["shell", "is", "to", "pay", "1m"]),
        ("a 24-hour strike in the 1990s", ["a", "24-hour", "strike", "in", "the", "1990s"]),
        # abbreviations with periods are one word
        ("talks in the U.S. on Friday", ["talks", "in", "the", "u.s.", "on", "friday"]),
        # names with apostrophes are not split
        ("O’Brien’s report", ["o'brien", "'s", "report"]),
    ],
)
def test_words_follow_the_design_rules(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_token_kinds_on_a_news_sentence() -> None:
    got = [(t.text, t.kind) for t in tokenize("Brent fell 3% to $74.5 a barrel.")]
    assert got == [
        ("Brent", "word"), ("fell", "word"), ("3", "num"), ("%", "punct"), ("to", "word"),
        ("$", "punct"), ("74.5", "num"), ("a", "word"), ("barrel", "word"), (".", "punct"),
    ]  # fmt: skip


@settings(max_examples=300)
@given(st.text())
def test_offsets_slice_back_to_the_text(text: str) -> None:
    previous_end = 0
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
        assert tok.start >= previous_end
        assert not text[previous_end : tok.start].strip() or "_" in text[previous_end : tok.start]
        previous_end = tok.end


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("ab A’'s-.,1İʼ “”\n")))
def test_fast_paths_agree_with_tokenize(text: str) -> None:
    reference = [t.norm if t.kind == "word" else "" for t in tokenize(text)]
    assert word_sequence(text) == reference
    assert [n if k == "word" else "" for k, n in iter_norms(text)] == reference


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("abS A’'s-._1é9İʼ “”£\n")), st.data())
def test_sentence_word_sequences_agree_with_tokenize(text: str, data: st.DataObject) -> None:
    """The per-document fast path (ASCII pattern when every word character is ASCII, the
    Unicode one otherwise) gives each slice's tokenize() words, a gap after each slice."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=3)))
    bounds = [0, *cuts, len(text)]
    spans = list(zip(bounds, bounds[1:]))
    reference: list[str] = []
    for start, end in spans:
        reference += [t.norm if t.kind == "word" else "" for t in tokenize(text[start:end])]
        reference.append("")
    assert sentence_word_sequences(text, spans) == reference


def test_ascii_quotes_keeps_length_and_fixes_marks() -> None:
    text = "“We don’t trust them,” said Peskov. ‘Yes’ «non»"
    plain = ascii_quotes(text)
    assert len(plain) == len(text)
    assert plain == '"We don\'t trust them," said Peskov. \'Yes\' "non"'
    assert has_typography(text) and not has_typography(plain)


def test_stopword_lists_are_named_and_editable() -> None:
    english, news = load_stopwords("english"), load_stopwords("news")
    assert len(english) == 179  # NLTK's English list, as its file header says
    assert {"said", "mr", "'s"} <= news - english
    assert "us" not in news  # "US" lower-cases to "us": never drop it from news counts
    custom = load_stopwords("news", add=["Kremlin"], remove=["said"])
    assert "kremlin" in custom and "said" not in custom
    with pytest.raises(ResourceError, match="unknown stopword list 'french'"):
        load_stopwords("french")
