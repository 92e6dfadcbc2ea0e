"""corpus_tools: sentiment, stance and term-frequency reports for folders of news documents.

    import corpus_tools as ct
    corpus = ct.load_corpus("seeds")
    tables = ct.analyse(corpus)
"""

__version__ = "0.1.0"
