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
from collections.abc import Collection, Sequence
from itertools import compress, repeat

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
    the per-document hot path, so it loops in C where it can.

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
    # whether each word may sit in an n-gram: not a gap ("") and not the clitic "'s", the only
    # word starting with "'" unless a letter-like mark such as "ʼ" normalises to one ("ʼtis")
    breaks = dict.fromkeys(compress(unigrams, map(str.startswith, unigrams, repeat("'"))), False)
    breaks[""] = False
    joins = list(map(breaks.get, seq, repeat(True)))
    fits = joins
    for n in range(2, max_n + 1):
        # fits[i]: the window of n words from seq[i] holds no gap and no clitic
        fits = list(map(operator.and_, fits, joins[n - 1 :]))
        # count the fitting windows as tuples, all at C speed, and join only the distinct ones
        # (fewer than the windows); Counter keeps first-seen order, the order of the rows
        grams = Counter(compress(zip(*(seq[i:] for i in range(n))), fits))
        terms += map(" ".join, grams)
        counts += grams.values()
        ns += [n] * len(grams)
        flags += _stopword_flags(grams, stopwords)
    return terms, ns, counts, flags


def _stopword_flags(grams: Collection[tuple[str, ...]], stopwords: frozenset[str]) -> list[bool]:
    """`is_stopword_term` of each n-gram given as a tuple of words, at C speed: its first or
    last word is a stopword.

    >>> _stopword_flags([("of", "the"), ("house", "of", "commons"), ("the", "talks")], {"the"})
    [True, False, True]
    """
    firsts = map(stopwords.__contains__, map(operator.itemgetter(0), grams))
    lasts = map(stopwords.__contains__, map(operator.itemgetter(-1), grams))
    return list(map(operator.or_, firsts, lasts))


def is_stopword_term(term: str, stopwords: frozenset[str]) -> bool:
    """Whether a unigram is a stopword, or an n-gram starts or ends with one.

    >>> sw = frozenset({"of", "the"})
    >>> [is_stopword_term(t, sw) for t in ["the", "house of commons", "of the", "the talks"]]
    [True, False, True, True]
    """
    first, _, rest = term.partition(" ")
    return first in stopwords or (bool(rest) and rest.rpartition(" ")[2] in stopwords)
