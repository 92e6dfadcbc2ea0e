"""Corpus-level views of the analysis tables that the report notebooks show.

Each function takes `Tables` (or its DataFrames) and returns a DataFrame, so a user's own notebook
can call the same thing a report shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, cast

import pandas as pd

from .errors import CorpusToolsError, ParameterError
from .keyness import counts_from_texts, keyness, keyness_between
from .sentiment_stats import add_period, summarise_sentiment
from .stopwords import load_stopwords
from .tables import Tables
from .targets import suggest_targets
from .terms import collocations, kwic


def check_report_tables(tables: Tables) -> None:
    """Stop a report early, with a clear message, when there is nothing to report on."""
    if len(tables.documents) == 0:
        raise CorpusToolsError(
            f"no documents to report on in {tables.info.get('corpus', 'the corpus')}"
        )


def sentences_with_documents(tables: Tables) -> pd.DataFrame:
    """Sentences joined with their document's title, date and category (for grouping)."""
    docs = tables.documents[["doc_id", "title", "date", "category"]]
    return tables.sentences.merge(docs, on="doc_id", how="left")


Period = Literal["D", "W", "M"]


def choose_period(dates: pd.Series, freq: str = "auto") -> Period | None:
    """The bin for a trend: None when dates span one day or none; "auto" picks D, W or M."""
    if freq not in ("auto", "D", "W", "M"):
        raise ParameterError(f"period must be auto, D, W or M, not {freq!r}")
    dates = pd.to_datetime(dates, errors="coerce").dropna()
    if dates.dt.normalize().nunique() < 2:
        return None
    if freq != "auto":
        return cast(Period, freq)
    span = (dates.max() - dates.min()).days
    return "D" if span <= 31 else "W" if span <= 183 else "M"


def sentiment_over_time(sentences: pd.DataFrame, *, freq: str = "auto") -> pd.DataFrame | None:
    """Mean sentence score per period with bootstrap intervals; None without a span of dates.

    `sentences` needs a `date` column (see `sentences_with_documents`).
    """
    period = choose_period(sentences["date"], freq)
    if period is None:
        return None
    dated = add_period(sentences.dropna(subset=["date"]), freq=period)
    return summarise_sentiment(dated, by="period").sort_values("period").reset_index(drop=True)


def stance_over_time(tables: Tables, *, freq: str = "auto") -> pd.DataFrame | None:
    """Mean stance score per target and period; None without a span of dates."""
    mentions = tables.mentions.merge(tables.documents[["doc_id", "date"]], on="doc_id")
    period = choose_period(mentions["date"], freq)
    if period is None:
        return None
    mentions = add_period(mentions.dropna(subset=["date"]), freq=period)
    out = mentions.groupby(["target", "period"])["score"].agg(["mean", "count"]).reset_index()
    return out.rename(columns={"count": "mentions"})


def suggest_targets_frame(tables: Tables, *, top: int = 10) -> pd.DataFrame:
    """Candidate targets (frequent names and phrases) from the corpus's sentences."""
    found = suggest_targets(tables.sentences["text"], top=top)
    return pd.DataFrame(found, columns=["candidate", "mentions"])


def corpus_collocations(tables: Tables, *, top: int = 20, min_freq: int = 2) -> pd.DataFrame:
    """Collocations (log-likelihood) within the corpus's body sentences."""
    texts = ((text, [(0, len(text))]) for text in tables.sentences["text"])
    return collocations(
        texts, min_freq=min_freq, measure="llr", top=top, stopwords=load_stopwords()
    )


def corpus_kwic(tables: Tables, query: str, *, window: int = 8) -> pd.DataFrame:
    """Keyword in context over body sentences; start/end are offsets into the document text."""
    sents = tables.sentences
    keyed = ((f"{d}\x00{s}", t) for d, s, t in zip(sents["doc_id"], sents["start"], sents["text"]))
    hits = kwic(keyed, query, window=window)
    if len(hits) == 0:
        return hits
    doc_sent = hits["doc_id"].str.split("\x00", expand=True)
    offset = doc_sent[1].astype(int)
    return hits.assign(doc_id=doc_sent[0], start=hits["start"] + offset, end=hits["end"] + offset)


def report_keyness(
    tables: Tables, *, target: str | None = None, top: int = 20
) -> pd.DataFrame | None:
    """Keyness of `target` (FIELD=VALUE) against the rest; without one, the largest category
    against the others. None when there are not two groups to compare."""
    docs = tables.documents
    if target and "=" not in target:
        target = target.replace(":", "=", 1)  # notebook parameters write FIELD:VALUE
    if target is None:
        categories = docs["category"].replace("", pd.NA).dropna()
        if categories.nunique() < 2:
            return None
        target = f"category={categories.value_counts().index[0]}"
    table = keyness_between(tables.terms, docs, target=target, top=top)
    if len(table) == 0:
        return None
    table.attrs["label"] = f"{target} vs the rest"
    return table


def voice_keyness(
    tables: Tables, *, speaker: str | None = None, top: int = 20, min_count: int = 3
) -> pd.DataFrame | None:
    """Keyness (G2) of quoted speech against narration, or of one speaker's quotes against all
    other text; stopwords are not listed. None when a side is empty."""
    # the quoted words themselves (marks and "he said" excluded) against narration sentences
    quotes = tables.quotes
    narration = tables.sentences.loc[~tables.sentences["is_quote"], "text"]
    if speaker is None:
        target, reference = list(quotes["text"]), list(narration)
        label = "quoted speech vs narration"
    else:
        chosen = quotes["speaker"] == speaker
        target = list(quotes.loc[chosen, "text"])
        reference = list(quotes.loc[~chosen, "text"]) + list(narration)
        label = f"{speaker} vs all other text"
    if not target or not reference:
        return None
    table = keyness(
        counts_from_texts(target), counts_from_texts(reference), top=top, min_count=min_count,
        exclude=load_stopwords(),
    )  # fmt: skip
    table.attrs["label"] = label
    return table


def since_last_run(tables: Tables, previous_tables_dir: str | Path | None) -> Any:
    """What changed since the previous scheduled run: new documents, terms that rose or fell
    most (per 10,000 words), and the change in mean sentence score."""
    from .tables import read_tables

    if not previous_tables_dir or not Path(previous_tables_dir).exists():
        return pd.DataFrame({"note": ["No previous run to compare with."]})
    before = read_tables(previous_tables_dir)
    new_docs = sorted(set(tables.documents["doc_id"]) - set(before.documents["doc_id"]))
    gone = sorted(set(before.documents["doc_id"]) - set(tables.documents["doc_id"]))
    rows: list[tuple[str, Any]] = [
        ("documents now / before", f"{len(tables.documents)} / {len(before.documents)}"),
        (
            "new documents",
            ", ".join(new_docs[:20]) + (" ..." if len(new_docs) > 20 else "") or "none",
        ),
        ("documents gone", len(gone)),
        (
            "mean sentence score now / before",
            f"{tables.sentences['compound'].mean():+.3f} / "
            f"{before.sentences['compound'].mean():+.3f}",
        ),
    ]
    change = term_rate_change(tables.terms, before.terms)
    if len(change):
        rose = change.head(5)
        fell = change.tail(5).iloc[::-1]
        rows.append(
            (
                "terms that rose most",
                ", ".join(f"{t} ({d:+.1f})" for t, d in zip(rose["term"], rose["change"]) if d > 0)
                or "none",
            )
        )
        rows.append(
            (
                "terms that fell most",
                ", ".join(f"{t} ({d:+.1f})" for t, d in zip(fell["term"], fell["change"]) if d < 0)
                or "none",
            )
        )
    return pd.DataFrame(rows, columns=["since the last run", "value"]).set_index(
        "since the last run"
    )


def term_rate_change(
    now: pd.DataFrame, before: pd.DataFrame, *, min_count: int = 3
) -> pd.DataFrame:
    """Change in rate per 10,000 words of each non-stopword unigram, largest rise first."""

    def rates(terms: pd.DataFrame) -> pd.Series:
        uni = terms[terms["n"] == 1]
        total = uni["count"].sum()
        counts = uni[~uni["is_stopword"]].groupby("term")["count"].sum()
        return counts[counts >= min_count] * 10_000 / total if total else counts * 0.0

    a, b = rates(now), rates(before)
    change = a.sub(b, fill_value=0).rename("change").reset_index()
    change = change[change["change"] != 0]
    return change.sort_values("change", ascending=False).reset_index(drop=True)
