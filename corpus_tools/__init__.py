"""corpus_tools: sentiment, stance and term-frequency reports for folders of news documents.

    import corpus_tools as ct
    corpus = ct.load_corpus("seeds")
    tables = ct.analyse(corpus)          # .documents .sentences .quotes .mentions .stance .terms
"""

__version__ = "0.1.0"

from . import figures
from .analysis import Settings, Tables, analyse_document
from .documents import Corpus, load_corpus
from .errors import CorpusToolsError, DocumentError, GoldFileError, ParameterError
from .keyness import keyness, keyness_between, select_documents
from .pipeline import analyse, load_tables, read_tables, write_tables
from .quotes import extract_quotes
from .reports import generate_reports, provenance
from .sentences import split_sentences
from .sentiment import (
    bootstrap_mean_ci,
    label_from_compound,
    score_text,
    score_texts,
    summarise_sentiment,
)
from .stance import load_stance_model, predict_stance, train_stance_model, validate_stance
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
)
from .targets import Target, find_mentions, load_targets, suggest_targets
from .terms import collocations, count_document_terms, kwic, term_trends, tfidf_distinctive, top_terms
from .tokens import tokenize
from .validation import validate_sentiment

__all__ = [
    "Corpus", "CorpusToolsError", "DocumentError", "GoldFileError", "ParameterError", "Settings",
    "Tables", "Target", "analyse", "analyse_document", "bootstrap_mean_ci", "check_report_tables",
    "collocations", "corpus_collocations", "corpus_kwic", "count_document_terms", "extract_quotes",
    "figures", "find_mentions", "generate_reports", "keyness", "keyness_between", "kwic",
    "label_from_compound", "load_corpus", "load_stance_model", "load_stopwords", "load_tables",
    "load_targets", "predict_stance", "provenance", "read_tables", "report_keyness",
    "score_text", "score_texts", "select_documents", "sentences_with_documents",
    "sentiment_over_time", "since_last_run", "split_sentences", "stance_over_time",
    "suggest_targets", "suggest_targets_frame", "summarise_sentiment", "term_rate_change",
    "term_trends", "tfidf_distinctive", "tokenize", "top_terms", "train_stance_model",
    "validate_sentiment", "validate_stance", "write_tables",
]  # fmt: skip
