"""Corpus-level term measures on the terms table (top terms, tf-idf, trends, collocations,
keyword in context).

What a term is (norms of word tokens, no stemming, n-grams that never cross punctuation or a
sentence, stopwords flagged and never dropped) is defined where terms are counted, in
`corpus_tools.term_counts`; its names are re-exported here.
"""

from __future__ import annotations

import bisect
import logging
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

import pandas as pd

from .errors import ParameterError
from .normalize import ascii_quotes
from .stopwords import load_stopwords
from .term_counts import count_document_terms, is_stopword_term, term_columns
from .tokens import iter_tokens

log = logging.getLogger(__name__)

__all__ = [
    "TERM_COLUMNS", "collocations", "count_document_terms", "document_frequency",
    "is_stopword_term", "kwic", "term_columns", "term_trends", "terms_table", "tfidf_distinctive",
    "top_terms",
]  # fmt: skip

TERM_COLUMNS = ["doc_id", "term", "n", "count", "is_stopword"]


def _is_fragment(norm: str) -> bool:
    # The clitic token "'s" (and any other apostrophe-initial piece) is not a word of its own.
    return norm[:1] == "'"


def _word_runs(text: str, sentences: Sequence[tuple[int, int]]) -> Iterable[list[str]]:
    """Runs of consecutive full-word norms within each sentence, split at any other token."""
    for start, end in sentences:
        run: list[str] = []
        for tok in iter_tokens(text[start:end], offset=start):
            if tok.kind == "word" and not _is_fragment(tok.norm):
                run.append(tok.norm)
            elif run:
                yield run
                run = []
        if run:
            yield run


def terms_table(
    counts_by_doc: Mapping[str, Mapping[tuple[str, int], int]], *, stopwords: frozenset[str]
) -> pd.DataFrame:
    """The `terms` table (doc_id, term, n, count, is_stopword) from per-document counts.

    >>> terms_table({"d1": {("the", 1): 2, ("talks", 1): 1}}, stopwords=frozenset({"the"}))
      doc_id   term  n  count  is_stopword
    0     d1    the  1      2         True
    1     d1  talks  1      1        False
    """
    doc_ids: list[str] = []
    term_list: list[str] = []
    ns: list[int] = []
    count_list: list[int] = []
    for doc_id, counts in counts_by_doc.items():
        doc_ids.extend([doc_id] * len(counts))
        for (term, n), count in counts.items():
            term_list.append(term)
            ns.append(n)
            count_list.append(count)
    flags = {t: is_stopword_term(t, stopwords) for t in set(term_list)}
    return pd.DataFrame(
        {
            "doc_id": pd.Series(doc_ids, dtype=object),
            "term": pd.Series(term_list, dtype=object),
            "n": pd.Series(ns, dtype="int64"),
            "count": pd.Series(count_list, dtype="int64"),
            "is_stopword": pd.Series([flags[t] for t in term_list], dtype=bool),
        }
    )


def _total_words(terms: pd.DataFrame) -> int:
    """All unigram word tokens (stopwords included): the denominator of per-10k rates."""
    return int(terms.loc[terms["n"] == 1, "count"].sum())


def top_terms(
    terms: pd.DataFrame, *, n: int = 1, top: int = 20, include_stopwords: bool = False
) -> pd.DataFrame:
    """The most frequent terms of order `n`: term, count, per_10k, doc_freq.

    per_10k = count / (all unigram word tokens of the corpus, stopwords included) * 10,000, for
    n-grams too (occurrences per 10,000 running words).

    >>> t = terms_table({"a": {("talks", 1): 3, ("the", 1): 1}, "b": {("talks", 1): 1}},
    ...                 stopwords=frozenset({"the"}))
    >>> top_terms(t).to_dict("records")
    [{'term': 'talks', 'count': 4, 'per_10k': 8000.0, 'doc_freq': 2}]
    """
    total = _total_words(terms)
    sel = terms[terms["n"] == n]
    if not include_stopwords:
        sel = sel[~sel["is_stopword"]]
    grouped = sel.groupby("term", sort=False).agg(
        count=("count", "sum"), doc_freq=("doc_id", "nunique")
    )
    grouped = grouped.reset_index().sort_values(["count", "term"], ascending=[False, True])
    grouped["per_10k"] = grouped["count"] * 10_000 / total if total else float("nan")
    return grouped.head(top)[["term", "count", "per_10k", "doc_freq"]].reset_index(drop=True)


def document_frequency(terms: pd.DataFrame) -> pd.DataFrame:
    """How many documents hold each term: term, n, doc_freq (most widespread first).

    >>> t = terms_table({"a": {("talks", 1): 3}, "b": {("talks", 1): 1}}, stopwords=frozenset())
    >>> document_frequency(t).to_dict("records")
    [{'term': 'talks', 'n': 1, 'doc_freq': 2}]
    """
    df = terms[terms["count"] > 0].groupby(["term", "n"])["doc_id"].nunique()
    df = df.rename("doc_freq").reset_index()
    return df.sort_values(["doc_freq", "term"], ascending=[False, True]).reset_index(drop=True)


def tfidf_distinctive(
    terms: pd.DataFrame, *, top: int = 10, n: int = 1, include_stopwords: bool = False
) -> pd.DataFrame:
    """Each document's most distinctive terms by tf-idf: doc_id, term, count, tfidf, rank.

    tf = count / (the document's total count of terms of order n, stopwords included);
    idf = ln((1 + N) / (1 + df)) + 1 (scikit-learn's smooth idf), N = documents in `terms`,
    df = documents holding the term. Rank 1 is the highest tf-idf (ties: alphabetical).

    >>> t = terms_table({"a": {("talks", 1): 1, ("arms", 1): 1}, "b": {("talks", 1): 2}},
    ...                 stopwords=frozenset())
    >>> tfidf_distinctive(t, top=1)[["doc_id", "term", "rank"]].to_dict("records")
    [{'doc_id': 'a', 'term': 'arms', 'rank': 1}, {'doc_id': 'b', 'term': 'talks', 'rank': 1}]
    """
    n_docs = terms["doc_id"].nunique()
    rows = terms[terms["n"] == n]
    doc_total = rows.groupby("doc_id")["count"].transform("sum")
    df = rows.groupby("term")["doc_id"].transform("nunique")
    out = rows.assign(
        tfidf=rows["count"] / doc_total * (((1 + n_docs) / (1 + df)).map(math.log) + 1)
    )
    if not include_stopwords:
        out = out[~out["is_stopword"]]
    out = out.sort_values(["doc_id", "tfidf", "term"], ascending=[True, False, True])
    out["rank"] = out.groupby("doc_id").cumcount() + 1
    out = out[out["rank"] <= top]
    return out[["doc_id", "term", "count", "tfidf", "rank"]].reset_index(drop=True)


def _normalise_query_term(term: str) -> str:
    return " ".join(ascii_quotes(term).lower().split())


def term_trends(
    terms: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    terms_of_interest: Sequence[str],
    freq: Literal["D", "W", "M"] = "M",
) -> pd.DataFrame:
    """Counts and rates of chosen terms per period: period, term, count, total_words, per_10k.

    `period` is the period's first day; total_words counts every unigram word token of the
    period's documents (stopwords included); undated documents are left out (logged). A term
    with spaces is looked up as an n-gram; every (period, term) pair appears, 0 when absent.

    >>> t = terms_table({"a": {("talks", 1): 1, ("the", 1): 1}, "b": {("the", 1): 2}},
    ...                 stopwords=frozenset())
    >>> d = pd.DataFrame({"doc_id": ["a", "b"], "date": ["2025-01-03", "2025-02-01"]})
    >>> term_trends(t, d, terms_of_interest=["Talks"])[["term", "count", "per_10k"]].values.tolist()
    [['talks', 1, 5000.0], ['talks', 0, 0.0]]
    """
    if freq not in ("D", "W", "M"):
        raise ParameterError(f"freq must be one of D, W, M, not {freq!r}")
    dates = pd.to_datetime(documents.set_index("doc_id")["date"], errors="coerce")
    undated = int(dates.isna().sum())
    if undated:
        log.info("term_trends: %d of %d documents have no date", undated, len(dates))
    period = dates.dropna().dt.to_period(freq).dt.start_time.rename("period")
    wanted = list(dict.fromkeys(_normalise_query_term(t) for t in terms_of_interest))
    columns = ["period", "term", "count", "total_words", "per_10k"]
    rows = terms.merge(period, left_on="doc_id", right_index=True, how="inner")
    if rows.empty or not wanted:
        return pd.DataFrame(columns=columns)
    totals = rows[rows["n"] == 1].groupby("period")["count"].sum().rename("total_words")
    hits = rows[rows["term"].isin(wanted)].groupby(["period", "term"])["count"].sum()
    grid = pd.MultiIndex.from_product([totals.index, wanted], names=["period", "term"])
    out = hits.reindex(grid, fill_value=0).rename("count").reset_index()
    out = out.merge(totals, left_on="period", right_index=True)
    out["count"] = out["count"].astype("int64")
    out["per_10k"] = out["count"] * 10_000 / out["total_words"]
    return out[columns].reset_index(drop=True)


def collocations(
    texts_with_sentences: Iterable[tuple[str, Sequence[tuple[int, int]]]],
    *,
    min_freq: int = 3,
    measure: Literal["pmi", "llr"] = "llr",
    top: int = 30,
    stopwords: frozenset[str] | None = None,
    include_stopwords: bool = False,
) -> pd.DataFrame:
    """Adjacent word pairs that occur together more than chance: w1, w2, count, count_w1,
    count_w2, pmi, llr (sorted by `measure`, highest first).

    Pairs are adjacent full words within one sentence (as for n-grams: no punctuation, numbers or
    's between). Counts are over pair positions (Evert 2005): N = all pairs, count_w1 = pairs
    starting with w1, count_w2 = pairs ending with w2. pmi = log2(count * N / (count_w1 *
    count_w2)); llr = Dunning's G2 = 2 * sum(O * ln(O / E)) over the 2x2 table. Pairs with a
    stopword are dropped (`stopwords` defaults to the "news" list); with include_stopwords=True
    only pairs of two stopwords are.

    >>> text = "Arms control talks. Arms control matters. Arms control again."
    >>> collocations([(text, [(0, 19), (20, 41), (42, 61)])], min_freq=2)[["w1", "w2", "count"]]
         w1       w2  count
    0  arms  control      3
    """
    if measure not in ("pmi", "llr"):
        raise ParameterError(f"measure must be 'pmi' or 'llr', not {measure!r}")
    stop = load_stopwords() if stopwords is None else stopwords
    pairs: Counter[tuple[str, str]] = Counter()
    for text, sentences in texts_with_sentences:
        for run in _word_runs(text, sentences):
            pairs.update(zip(run, run[1:], strict=False))
    first: Counter[str] = Counter()
    second: Counter[str] = Counter()
    for (w1, w2), c in pairs.items():
        first[w1] += c
        second[w2] += c
    n_pairs = sum(pairs.values())
    records = []
    for (w1, w2), c in pairs.items():
        s1, s2 = w1 in stop, w2 in stop
        if c < min_freq or (s1 and s2) or (not include_stopwords and (s1 or s2)):
            continue
        c1, c2 = first[w1], second[w2]
        pmi = math.log2(c * n_pairs / (c1 * c2))
        llr = _g2_cells(c, c1 - c, c2 - c, n_pairs - c1 - c2 + c)
        records.append((w1, w2, c, c1, c2, pmi, llr))
    out = pd.DataFrame(records, columns=["w1", "w2", "count", "count_w1", "count_w2", "pmi", "llr"])
    out = out.sort_values([measure, "count", "w1", "w2"], ascending=[False, False, True, True])
    out = out.head(top).reset_index(drop=True)
    out.attrs["n_pairs"] = n_pairs
    return out


def _g2_cells(o11: float, o12: float, o21: float, o22: float) -> float:
    """Dunning's G2 for one 2x2 table of observed counts (empty cells contribute 0)."""
    n = o11 + o12 + o21 + o22
    r1, r2, k1, k2 = o11 + o12, o21 + o22, o11 + o21, o12 + o22
    total = 0.0
    for o, e in ((o11, r1 * k1 / n), (o12, r1 * k2 / n), (o21, r2 * k1 / n), (o22, r2 * k2 / n)):
        if o > 0:
            total += o * math.log(o / e)
    return 2 * total


def _context_key(text: str, ignore_case: bool) -> str:
    return ascii_quotes(text).lower() if ignore_case else ascii_quotes(text)


def kwic(
    documents_texts: Iterable[tuple[str, str]],
    query: str,
    *,
    window: int = 8,
    ignore_case: bool = True,
) -> pd.DataFrame:
    """Every occurrence of a word or phrase, with `window` words of context each side:
    doc_id, start, end, left, match, right (start/end are offsets into the document text).

    The query is tokenised like the documents and matched token by token, so "arm" does not
    match "arms", "Russia" matches "Russia's", and typographic and ASCII apostrophes match alike.
    Context runs to the window-th word (numbers count as words) with whitespace collapsed.

    >>> hits = kwic([("d1", "Russia’s missiles, Russia's talks.")], "Russia's", window=1)
    >>> hits[["start", "end", "match", "right"]].values.tolist()
    [[0, 8, 'Russia’s', 'missiles,'], [19, 27, "Russia's", 'talks.']]
    """
    query_keys = [_context_key(t.text, ignore_case) for t in iter_tokens(query)]
    if not query_keys:
        raise ParameterError(f"the KWIC query {query!r} holds no word to look for")
    m = len(query_keys)
    records = []
    for doc_id, text in documents_texts:
        if query_keys[0] not in _context_key(text, ignore_case):
            continue  # cheap pre-filter: most documents do not hold the query at all
        toks = list(iter_tokens(text))
        keys = [_context_key(t.text, ignore_case) for t in toks]
        word_idx = [k for k, t in enumerate(toks) if t.kind != "punct"]
        for i in range(len(toks) - m + 1):
            if keys[i] != query_keys[0] or keys[i : i + m] != query_keys:
                continue
            start, end = toks[i].start, toks[i + m - 1].end
            before = bisect.bisect_left(word_idx, i)  # words before the match
            left_from = toks[word_idx[before - window - 1]].end if before > window else 0
            after = bisect.bisect_left(word_idx, i + m)  # first word after the match
            k = after + window
            right_to = toks[word_idx[k]].start if k < len(word_idx) else len(text)
            records.append(
                (
                    doc_id,
                    start,
                    end,
                    " ".join(text[left_from:start].split()) if window else "",
                    text[start:end],
                    " ".join(text[end:right_to].split()) if window else "",
                )
            )
    return pd.DataFrame(records, columns=["doc_id", "start", "end", "left", "match", "right"])
