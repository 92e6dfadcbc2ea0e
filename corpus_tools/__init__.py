"""corpus_tools: sentiment, stance and term-frequency reports for folders of news documents.

Typical use in a notebook: ``corpus = ct.load_corpus("seeds")``, then
``tables = ct.analyse(corpus)`` gives DataFrames ``.documents``, ``.sentences``, ``.quotes``,
``.mentions``, ``.stance`` and ``.terms``; the functions below work on those tables.
"""

__version__ = "0.1.0"

from .analysis import Settings, Tables, analyse_document
from .documents import Corpus, load_corpus
from .errors import CorpusToolsError, DocumentError, GoldFileError, ParameterError
from .keyness import counts_from_texts, keyness, keyness_between, keyness_result, select_documents
from .pipeline import analyse, load_tables, read_tables, stream_tables, write_tables
from .quotes import extract_quotes
from .reports import generate_reports, provenance
from .sentences import iter_sentences, split_sentences
from .sentiment import (
    add_period,
    bootstrap_mean_ci,
    label_from_compound,
    score_text,
    score_texts,
    summarise_sentiment,
)
from .stance import (
    StanceModel,
    load_stance_model,
    predict_many,
    predict_stance,
    train_stance_model,
    validate_stance,
)
from .stopwords import load_stopwords
from .summaries import (
    check_report_tables,
    corpus_collocations,
    corpus_kwic,
    report_keyness,
    sentences_with_documents,
    sentiment_over_time,
    since_last_run,
    stance_over_time,
    suggest_targets_frame,
    term_rate_change,
    voice_keyness,
)
from .targets import Target, find_mentions, load_targets, suggest_targets
from .terms import (
    collocations,
    count_document_terms,
    document_frequency,
    kwic,
    term_trends,
    terms_table,
    tfidf_distinctive,
    top_terms,
)
from .tokens import tokenize, words
from .validation import format_metrics, validate_sentiment, write_predictions


def __getattr__(name: str) -> object:
    # figures needs matplotlib (half a second to import): load it when a notebook asks for it
    if name == "figures":
        import importlib

        return importlib.import_module(".figures", __name__)
    raise AttributeError(f"module 'corpus_tools' has no attribute {name!r}")


__all__ = [
    "Corpus", "CorpusToolsError", "DocumentError", "GoldFileError", "ParameterError", "Settings",
    "StanceModel", "Tables", "Target", "add_period", "analyse", "analyse_document",
    "bootstrap_mean_ci", "check_report_tables", "collocations", "corpus_collocations",
    "corpus_kwic", "count_document_terms", "counts_from_texts", "document_frequency",
    "extract_quotes", "figures", "find_mentions", "format_metrics", "generate_reports",
    "iter_sentences", "keyness", "keyness_between", "keyness_result", "kwic",
    "label_from_compound", "load_corpus", "load_stance_model", "load_stopwords", "load_tables",
    "load_targets", "predict_many", "predict_stance", "provenance", "read_tables",
    "report_keyness", "score_text", "score_texts", "select_documents",
    "sentences_with_documents", "sentiment_over_time", "since_last_run", "split_sentences",
    "stance_over_time", "stream_tables", "suggest_targets", "suggest_targets_frame",
    "summarise_sentiment", "term_rate_change", "term_trends", "terms_table",
    "tfidf_distinctive", "tokenize", "top_terms", "train_stance_model", "validate_sentiment",
    "validate_stance", "voice_keyness", "words", "write_predictions", "write_tables",
]  # fmt: skip
