"""Term counts of one document: the unigram and n-gram columns of the terms table.

Terms are the `norm` forms (lower-cased, ASCII apostrophes) of word tokens from
`corpus_tools.tokens`: no stemming, hyphenated words whole, the clitic 's its own term "'s";
numbers and punctuation are not terms. Stopwords are flagged (`is_stopword`), never dropped.

N-grams (n >= 2) join the norms of consecutive word tokens of one sentence with a space. A
punctuation token, a number or a clitic fragment ('s) ends the run, so an n-gram never crosses a
sentence, a comma ("Washington, Moscow" gives no bigram) or a possessive ("Blair's government"
gives no bigram); the unigram "'s" is still counted. An n-gram is flagged `is_stopword` when its
first or last word is a stopword ("of the", "the government"; "house of commons" is not flagged).

This runs once per document in the analysis hot path, so it needs no pandas (the corpus-level
measures on the resulting table are in `corpus_tools.terms`).
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Sequence

from .errors import ParameterError
from .tokens import sentence_word_sequences


def count_document_terms(
    text: str, sentences: Sequence[tuple[int, int]], *, max_n: int = 2
) -> dict[tuple[str, int], int]:
    """Counts of the unigrams and n-grams (up to `max_n`) of `text`, keyed (term, n).

    `sentences` are (start, end) offsets into `text`; text outside them is not counted.

    >>> text = "Russia's arms talks, Peskov said. Arms talks resume."
    >>> counts = count_document_terms(text, [(0, 33), (34, 52)])
    >>> counts[("arms talks", 2)], counts[("'s", 1)], ("talks peskov", 2) in counts
    (2, 1, False)
    """
    terms, ns, counts, _ = term_columns(text, sentences, max_n=max_n)
    return dict(zip(zip(terms, ns), counts))


def term_columns(
    text: str,
    sentences: Sequence[tuple[int, int]],
    *,
    max_n: int = 2,
    stopwords: frozenset[str] = frozenset(),
) -> tuple[list[str], list[int], list[int], list[bool]]:
    """`count_document_terms` as the columns of the terms table (term, n, count, is_stopword):
    the per-document hot path, so it builds no dict of tuples and loops in C where it can.

    >>> term_columns("Arms talks. Talks resume.", [(0, 11), (12, 25)], stopwords={"talks"})
    (['arms', 'talks', 'resume', 'arms talks', 'talks resume'], [1, 1, 1, 2, 2], [1, 2, 1, 1, 1], \
[False, True, False, True, True])
    """
    if max_n < 1:
        raise ParameterError(f"max_n must be at least 1, not {max_n}")
    # one sequence for the whole document, "" after each sentence and for each number or
    # punctuation token, so no n-gram crosses a sentence or punctuation
    seq = sentence_word_sequences(text, sentences)
    unigrams = Counter(seq)
    del unigrams[""]
    terms, counts = list(unigrams), list(unigrams.values())
    ns = [1] * len(terms)
    flags = list(map(stopwords.__contains__, terms))
    is_stop = list(map(stopwords.__contains__, seq))
    for n in range(2, max_n + 1):
        # count every window at C speed, then keep the distinct windows (far fewer) that hold
        # no gap ("" gives a leading, trailing or double space) and no clitic "'s" (a word of
        # its own, but it breaks n-grams; only the clitic starts with "'")
        windows = list(map(" ".join, zip(*(seq[i:] for i in range(n)))))
        window_counts = Counter(windows)
        # an n-gram is a stopword term when its first or last word is a stopword
        flag_of = dict(zip(windows, map(operator.or_, is_stop, is_stop[n - 1 :])))
        kept = [
            g for g in window_counts if not (g[0] in " '" or g[-1] == " " or "  " in g or " '" in g)
        ]
        terms += kept
        counts += map(window_counts.__getitem__, kept)
        ns += [n] * len(kept)
        flags += map(flag_of.__getitem__, kept)
    return terms, ns, counts, flags


def is_stopword_term(term: str, stopwords: frozenset[str]) -> bool:
    """Whether a unigram is a stopword, or an n-gram starts or ends with one.

    >>> sw = frozenset({"of", "the"})
    >>> [is_stopword_term(t, sw) for t in ["the", "house of commons", "of the", "the talks"]]
    [True, False, True, True]
    """
    first, _, rest = term.partition(" ")
    return first in stopwords or (bool(rest) and rest.rpartition(" ")[2] in stopwords)
