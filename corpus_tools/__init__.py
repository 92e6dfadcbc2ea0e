"""corpus_tools: sentiment, stance and term-frequency reports for folders of news documents.

Typical use in a notebook: ``corpus = ct.load_corpus("seeds")``, then
``tables = ct.analyse(corpus)`` gives DataFrames ``.documents``, ``.sentences``, ``.quotes``,
``.mentions``, ``.stance`` and ``.terms``; the functions below work on those tables.
"""

__version__ = "0.1.0"

import importlib
from typing import TYPE_CHECKING

# Names are imported on first use (PEP 562): `corpus-tools analyse` and the process-pool workers
# then never pay for pandas, matplotlib or papermill, which only the notebooks need.
_WHERE = {
    "add_period": "sentiment_stats",
    "analyse": "tables",
    "analyse_document": "analysis",
    "bootstrap_mean_ci": "sentiment_stats",
    "check_report_tables": "summaries",
    "collocations": "terms",
    "Corpus": "documents",
    "corpus_collocations": "summaries",
    "corpus_kwic": "summaries",
    "CorpusToolsError": "errors",
    "count_document_terms": "terms",
    "counts_from_texts": "keyness",
    "document_frequency": "terms",
    "DocumentError": "errors",
    "extract_quotes": "quotes",
    "find_mentions": "targets",
    "format_metrics": "validation",
    "generate_reports": "reports",
    "GoldFileError": "errors",
    "iter_sentences": "sentences",
    "keyness": "keyness",
    "keyness_between": "keyness",
    "keyness_result": "keyness",
    "kwic": "terms",
    "label_from_compound": "sentiment_stats",
    "load_corpus": "documents",
    "load_stance_model": "stance",
    "load_stopwords": "stopwords",
    "load_tables": "tables",
    "load_targets": "targets",
    "ParameterError": "errors",
    "predict_many": "stance",
    "predict_stance": "stance",
    "provenance": "reports",
    "read_tables": "tables",
    "report_keyness": "summaries",
    "score_text": "sentiment",
    "score_texts": "sentiment",
    "select_documents": "keyness",
    "sentences_with_documents": "summaries",
    "sentiment_over_time": "summaries",
    "Settings": "analysis",
    "since_last_run": "summaries",
    "split_sentences": "sentences",
    "stance_over_time": "summaries",
    "StanceModel": "stance",
    "stream_tables": "pipeline",
    "suggest_targets": "targets",
    "suggest_targets_frame": "summaries",
    "summarise_sentiment": "sentiment_stats",
    "Tables": "tables",
    "Target": "targets",
    "term_rate_change": "summaries",
    "term_trends": "terms",
    "terms_table": "terms",
    "tfidf_distinctive": "terms",
    "tokenize": "tokens",
    "top_terms": "terms",
    "train_stance_model": "stance",
    "validate_sentiment": "validation",
    "validate_stance": "stance",
    "voice_keyness": "summaries",
    "words": "tokens",
    "write_predictions": "validation",
    "write_tables": "tables",
    "figures": "",
}  # fmt: skip

if TYPE_CHECKING:  # what type checkers and editors see
    from . import figures
    from .analysis import Settings, analyse_document
    from .documents import Corpus, load_corpus
    from .errors import CorpusToolsError, DocumentError, GoldFileError, ParameterError
    from .keyness import (
        counts_from_texts,
        keyness,
        keyness_between,
        keyness_result,
        select_documents,
    )
    from .pipeline import stream_tables
    from .quotes import extract_quotes
    from .reports import generate_reports, provenance
    from .sentences import iter_sentences, split_sentences
    from .sentiment import score_text, score_texts
    from .sentiment_stats import (
        add_period,
        bootstrap_mean_ci,
        label_from_compound,
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
    from .tables import Tables, analyse, load_tables, read_tables, write_tables
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
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'corpus_tools' has no attribute {name!r}")
    if not module:  # a submodule: figures needs matplotlib (half a second to import)
        return importlib.import_module(f".{name}", __name__)
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


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
