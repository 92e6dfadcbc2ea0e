"""Tests for corpus_tools.terms: hand counts, formulas by hand, independent regex counts on BBC."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pytest

from corpus_tools.errors import ParameterError
from corpus_tools.stopwords import load_stopwords
from corpus_tools.terms import (
    collocations,
    count_document_terms,
    document_frequency,
    is_stopword_term,
    kwic,
    term_columns,
    term_trends,
    terms_table,
    tfidf_distinctive,
    top_terms,
)

BBC = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc-news"


def spans_of(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Offsets of each sentence string, found in order (independent of any splitter)."""
    out, pos = [], 0
    for s in sentences:
        start = text.index(s, pos)
        out.append((start, start + len(s)))
        pos = start + len(s)
    return out


def line_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


@lru_cache(maxsize=1)
def bbc_docs() -> tuple[tuple[str, str, str], ...]:
    """(doc_id, category, text) of every BBC file; skips when ../shared is absent."""
    if not BBC.is_dir():
        pytest.skip("../shared/data/bbc-news is absent")
    return tuple(
        (str(p.relative_to(BBC)), p.parent.name, p.read_text(encoding="utf-8"))
        for p in sorted(BBC.glob("*/*.txt"))
    )


# --- per-document counts -------------------------------------------------------------------

S1 = "Kremlin spokesman Dmitry Peskov said Russia's President was ready to talk."
S2 = "\u201cThe ball is in Washington\u2019s court,\u201d Peskov said."
S3 = "Nuclear arms talks, he added, must resume."
PARAGRAPH = f"{S1} {S2}\n{S3}"

# Written by hand from the three sentences above.
HAND_UNIGRAMS = {
    "kremlin": 1, "spokesman": 1, "dmitry": 1, "peskov": 2, "said": 2, "russia": 1, "'s": 2,
    "president": 1, "was": 1, "ready": 1, "to": 1, "talk": 1, "the": 1, "ball": 1, "is": 1,
    "in": 1, "washington": 1, "court": 1, "nuclear": 1, "arms": 1, "talks": 1, "he": 1,
    "added": 1, "must": 1, "resume": 1,
}  # fmt: skip
HAND_BIGRAMS = {
    "kremlin spokesman": 1, "spokesman dmitry": 1, "dmitry peskov": 1, "peskov said": 2,
    "said russia": 1, "president was": 1, "was ready": 1, "ready to": 1, "to talk": 1,
    "the ball": 1, "ball is": 1, "is in": 1, "in washington": 1, "nuclear arms": 1,
    "arms talks": 1, "he added": 1, "must resume": 1,
}  # fmt: skip
HAND_TRIGRAMS = {
    "kremlin spokesman dmitry": 1, "spokesman dmitry peskov": 1, "dmitry peskov said": 1,
    "peskov said russia": 1, "president was ready": 1, "was ready to": 1, "ready to talk": 1,
    "the ball is": 1, "ball is in": 1, "is in washington": 1, "nuclear arms talks": 1,
}  # fmt: skip


@pytest.mark.parametrize(
    ("max_n", "expected"),
    [
        (1, {(t, 1): c for t, c in HAND_UNIGRAMS.items()}),
        (2, {(t, n): c for n, d in ((1, HAND_UNIGRAMS), (2, HAND_BIGRAMS)) for t, c in d.items()}),
        (
            3,
            {
                (t, n): c
                for n, d in ((1, HAND_UNIGRAMS), (2, HAND_BIGRAMS), (3, HAND_TRIGRAMS))
                for t, c in d.items()
            },
        ),
    ],
)
def test_counts_match_hand_count(max_n, expected):
    counts = count_document_terms(PARAGRAPH, spans_of(PARAGRAPH, [S1, S2, S3]), max_n=max_n)
    assert counts == expected


@pytest.mark.parametrize(
    ("sentences", "absent", "present"),
    [
        # a comma breaks the n-gram
        (["Talks between Washington, Moscow and Kyiv stalled."], "washington moscow", "moscow and"),
        # a sentence boundary breaks it
        (["Trump called Washington.", "Moscow waited."], "washington moscow", "trump called"),
        # the clitic 's breaks it, while "'s" itself is counted as a unigram
        (["Putin's envoy met Blair's government."], "blair government", "met blair"),
        # a number breaks it; numbers are not terms
        (["Russia has 1,550 warheads deployed."], "has warheads", "warheads deployed"),
        # quotation marks break it
        (["Peskov said \u201cthe ball\u201d is theirs."], "said the", "the ball"),
    ],
)
def test_ngrams_do_not_cross_sentences_or_punctuation(sentences, absent, present):
    text = " ".join(sentences)
    counts = count_document_terms(text, spans_of(text, sentences), max_n=3)
    assert (absent, 2) not in counts
    assert (present, 2) in counts
    assert all(t.replace(" ", "").replace("'", "").replace("-", "").isalpha() for t, _ in counts)


def test_text_outside_sentence_spans_is_not_counted():
    text = "date 2025-01-24\nKremlin says Putin is ready."
    counts = count_document_terms(text, [(16, len(text))], max_n=1)
    assert ("date", 1) not in counts and counts[("kremlin", 1)] == 1


def test_max_n_below_one_is_refused():
    with pytest.raises(ParameterError):
        count_document_terms("Talks.", [(0, 6)], max_n=0)


@pytest.mark.parametrize(
    ("sentence", "junk"),
    [
        ("A 24-hour strike began.", "hour"),
        ("Prices rose in the 1990s.", "0s"),
        ("Shell is to pay £1.5m.", "5m"),
    ],
)
def test_number_led_words_stay_whole(sentence, junk):
    assert (junk, 1) not in count_document_terms(sentence, [(0, len(sentence))], max_n=1)


# --- stopword flags and the terms table ----------------------------------------------------


@pytest.mark.parametrize(
    ("term", "flag"),
    [
        ("the", True),
        ("said", True),
        ("'s", True),
        ("kremlin", False),
        ("house of commons", False),  # stopword inside only
        ("of the", True),  # all stopwords
        ("the talks", True),  # starts with one
        ("talks with", True),  # ends with one
        ("nuclear arms", False),
    ],
)
def test_stopword_flags(term, flag):
    assert is_stopword_term(term, load_stopwords("news")) is flag


def test_terms_table_columns_and_flags():
    counts = count_document_terms(PARAGRAPH, spans_of(PARAGRAPH, [S1, S2, S3]))
    table = terms_table({"seed": counts}, stopwords=load_stopwords("news"))
    assert list(table.columns) == ["doc_id", "term", "n", "count", "is_stopword"]
    assert len(table) == len(HAND_UNIGRAMS) + len(HAND_BIGRAMS)
    flagged = set(table.loc[table["is_stopword"], "term"])
    assert {"the", "said", "'s", "peskov said", "the ball", "to talk"} <= flagged
    assert not {"kremlin", "nuclear arms", "arms talks"} & flagged
    empty = terms_table({}, stopwords=frozenset())
    assert list(empty.columns) == list(table.columns) and empty.empty


# --- corpus-level measures -----------------------------------------------------------------


def tiny_terms() -> pd.DataFrame:
    """Three tiny documents: d1 "talks talks arms the", d2 "talks the", d3 "summit the the"."""
    return terms_table(
        {
            "d1": {("talks", 1): 2, ("arms", 1): 1, ("the", 1): 1, ("arms talks", 2): 1},
            "d2": {("talks", 1): 1, ("the", 1): 1},
            "d3": {("summit", 1): 1, ("the", 1): 2},
        },
        stopwords=frozenset({"the"}),
    )


def test_top_terms_per_10k_arithmetic():
    out = top_terms(tiny_terms())
    # 9 unigram word tokens in all (stopwords included): talks 3 -> 3/9 * 10,000
    assert out["term"].tolist() == ["talks", "arms", "summit"]
    assert out["count"].tolist() == [3, 1, 1]
    assert out["per_10k"].tolist() == pytest.approx([3 / 9 * 1e4, 1 / 9 * 1e4, 1 / 9 * 1e4])
    assert out["doc_freq"].tolist() == [2, 1, 1]
    with_stop = top_terms(tiny_terms(), include_stopwords=True, top=1)
    assert with_stop.to_dict("records") == [
        {"term": "the", "count": 4, "per_10k": pytest.approx(4 / 9 * 1e4), "doc_freq": 3}
    ]
    bigrams = top_terms(tiny_terms(), n=2)
    assert bigrams["per_10k"].tolist() == pytest.approx([1 / 9 * 1e4])


def test_document_frequency():
    df = document_frequency(tiny_terms())
    got = {(r.term, r.n): r.doc_freq for r in df.itertuples()}
    assert got == {("the", 1): 3, ("talks", 1): 2, ("arms", 1): 1, ("summit", 1): 1,
                   ("arms talks", 2): 1}  # fmt: skip


def test_tfidf_against_formula_by_hand():
    out = tfidf_distinctive(tiny_terms(), top=5)
    got = {(r.doc_id, r.term): r.tfidf for r in out.itertuples()}

    def idf(df: int) -> float:
        return math.log((1 + 3) / (1 + df)) + 1

    expected = {
        ("d1", "talks"): 2 / 4 * idf(2),
        ("d1", "arms"): 1 / 4 * idf(1),
        ("d2", "talks"): 1 / 2 * idf(2),
        ("d3", "summit"): 1 / 3 * idf(1),
    }
    assert got == pytest.approx(expected)
    assert out.loc[out["doc_id"] == "d1", "term"].tolist() == ["talks", "arms"]
    assert out.loc[out["doc_id"] == "d1", "rank"].tolist() == [1, 2]


def test_tfidf_agrees_with_scikit_learn():
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    docs = {"d1": "talks talks arms the", "d2": "talks the", "d3": "summit the the"}
    vec = sklearn_text.TfidfVectorizer(norm=None, smooth_idf=True, token_pattern=r"\S+")
    matrix = vec.fit_transform(docs.values()).toarray()
    vocab = vec.vocabulary_
    out = tfidf_distinctive(tiny_terms(), top=10, include_stopwords=True)
    for r in out.itertuples():
        i = list(docs).index(r.doc_id)
        doc_total = len(docs[r.doc_id].split())
        # scikit-learn's tf is the raw count; ours divides by the document's total
        assert r.tfidf * doc_total == pytest.approx(matrix[i, vocab[r.term]])


def test_term_trends_rates():
    terms = tiny_terms()
    documents = pd.DataFrame(
        {"doc_id": ["d1", "d2", "d3"], "date": ["2025-01-03", "2025-01-20", "2025-02-01"]}
    )
    out = term_trends(terms, documents, terms_of_interest=["Talks", "arms talks"], freq="M")
    rows = {(str(r.period.date()), r.term): (r.count, r.total_words, r.per_10k)
            for r in out.itertuples()}  # fmt: skip
    assert rows == {
        ("2025-01-01", "talks"): (3, 6, pytest.approx(3 / 6 * 1e4)),
        ("2025-01-01", "arms talks"): (1, 6, pytest.approx(1 / 6 * 1e4)),
        ("2025-02-01", "talks"): (0, 3, 0.0),
        ("2025-02-01", "arms talks"): (0, 3, 0.0),
    }
    weekly = term_trends(terms, documents, terms_of_interest=["talks"], freq="W")
    assert weekly["count"].tolist() == [2, 1, 0]
    with pytest.raises(ParameterError):
        term_trends(terms, documents, terms_of_interest=["talks"], freq="Y")  # type: ignore[arg-type]


# --- collocations ---------------------------------------------------------------------------


def test_collocation_measures_against_formulas():
    scipy_stats = pytest.importorskip("scipy.stats")
    sents = ["Prime minister Tony Blair spoke.", "The prime minister left.",
             "Prime minister Blair returned.", "A minister resigned."]  # fmt: skip
    text = " ".join(sents)
    out = collocations([(text, spans_of(text, sents))], min_freq=2, stopwords=frozenset())
    row = out.set_index(["w1", "w2"]).loc[("prime", "minister")]
    # pairs by hand: prime minister x3, minister tony, tony blair, blair spoke, the prime,
    # minister left, minister blair, blair returned, a minister, minister resigned -> N = 12
    n = out.attrs["n_pairs"]
    assert (n, row["count"], row["count_w1"], row["count_w2"]) == (12, 3, 3, 4)
    assert row["pmi"] == pytest.approx(math.log2(3 * 12 / (3 * 4)))
    table = [[3, 0], [1, 8]]
    g2 = scipy_stats.chi2_contingency(table, lambda_="log-likelihood", correction=False)[0]
    assert row["llr"] == pytest.approx(g2)


@pytest.mark.slow
def test_bbc_collocations_have_no_junk():
    docs = bbc_docs()
    inputs = [(text, line_spans(text)) for _, _, text in docs[:400]]
    stop = load_stopwords("news")
    for include in (False, True):
        out = collocations(inputs, top=300, include_stopwords=include, stopwords=stop)
        assert len(out) == 300
        for w in pd.concat([out["w1"], out["w2"]]):
            assert re.fullmatch(r"[^\W_][\w'.\-]*", w), w
            assert w != "'s" and "n't" != w
        both_stop = out["w1"].isin(stop) & out["w2"].isin(stop)
        assert not both_stop.any()
        if not include:
            assert not (out["w1"].isin(stop) | out["w2"].isin(stop)).any()
    assert ("prime", "minister") in set(zip(out["w1"], out["w2"], strict=True))


# --- KWIC ------------------------------------------------------------------------------------


def test_kwic_apostrophes_offsets_and_context():
    docs = [
        ("a", "Russia\u2019s envoy met Russia's critics. Russias is a typo; russia's arms."),
        ("b", "No match here: Prussia's king."),
    ]
    hits = kwic(docs, "Russia\u2019s", window=2)
    assert hits["match"].tolist() == ["Russia\u2019s", "Russia's", "russia's"]
    for r in hits.itertuples():
        assert dict(docs)[r.doc_id][r.start : r.end] == r.match
    assert hits["left"].tolist() == ["", "envoy met", "a typo;"]
    assert hits["right"].tolist() == ["envoy met", "critics. Russias", "arms."]
    assert len(kwic(docs, "Russia's", ignore_case=False)) == 2
    phrase = kwic([("c", "The arms\ncontrol talks; arms-control, arms control.")], "arms control")
    assert phrase["match"].tolist() == ["arms\ncontrol", "arms control"]
    with pytest.raises(ParameterError):
        kwic(docs, "   ")


def independent_pattern(query: str) -> re.Pattern[str]:
    """A word or phrase on token boundaries: not inside a longer word, hyphenated compound or
    apostrophe word (a following 's is allowed: "Blair's" holds "Blair")."""
    alnum = r"[^\W_]"
    body = r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in query.split())
    return re.compile(
        rf"(?<!{alnum})(?<!{alnum}[-'\u2019]){body}"
        rf"(?!{alnum})(?!-{alnum})(?!['\u2019](?![sS](?!{alnum})){alnum})",
        re.IGNORECASE,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "query", ["labour", "government", "Blair's", "prime minister", "tax", "said", "Mr Howard"]
)
def test_kwic_finds_every_occurrence_in_bbc(query):
    docs = bbc_docs()
    hits = kwic(((d, t) for d, _, t in docs), query)
    pattern = independent_pattern(query)
    expected = Counter({d: len(pattern.findall(t)) for d, _, t in docs})
    assert Counter(hits["doc_id"]) == +expected
    assert sum(expected.values()) > 10


# --- independent plain-word counts on BBC ---------------------------------------------------

_ABBR = re.compile(r"(?:[^\W\d_]\.){2,}")  # U.S., a.m.: not plain words
_CLITIC = re.compile(r"['\u2019][sS](?![^\W_])")  # 's, even after "OutRage!"
_CHUNK = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")  # words joined by hyphens/apostrophes


def independent_plain_words(text: str) -> Counter[str]:
    """ASCII all-letter words, counted without corpus_tools: blank out abbreviations and
    clitics, take maximal hyphen/apostrophe-joined chunks, keep chunks of letters only."""
    text = _ABBR.sub(lambda m: " " * len(m.group()), text)
    text = _CLITIC.sub("  ", text)
    out: Counter[str] = Counter()
    for m in _CHUNK.finditer(text):
        word = m.group()
        if word.isascii() and word.isalpha():
            out[word.lower()] += 1
    return out


@pytest.mark.slow
def test_plain_word_counts_match_independent_count_on_bbc():
    mismatched = []
    bigram_re = {b: independent_pattern(b) for b in ("prime minister", "last year", "tony blair")}
    for doc_id, _, text in bbc_docs():
        counts = count_document_terms(text, line_spans(text), max_n=2)
        ours = Counter({t: c for (t, n), c in counts.items() if n == 1 and t.isascii()
                        and t.isalpha()})  # fmt: skip
        if ours != independent_plain_words(text):
            mismatched.append(doc_id)
        for bigram, pattern in bigram_re.items():
            assert counts.get((bigram, 2), 0) == len(pattern.findall(text)), (doc_id, bigram)
    assert mismatched == []


@pytest.mark.parametrize("max_n", [1, 2, 3])
def test_term_columns_agree_with_hand_flags_on_bbc(max_n):
    """The columns fed to the terms table: the same counts as count_document_terms (itself checked
    against hand counts above) and each flag as the first-or-last-word rule gives it."""
    stop = load_stopwords("news")
    for _, _, text in bbc_docs()[::150]:
        spans = line_spans(text)
        terms, ns, counts, flags = term_columns(text, spans, max_n=max_n, stopwords=stop)
        assert dict(zip(zip(terms, ns), counts)) == count_document_terms(text, spans, max_n=max_n)
        words = [t.split(" ") for t in terms]
        assert flags == [w[0] in stop or w[-1] in stop for w in words]
        assert ns == [len(w) for w in words]
