"""corpus_tools: sentiment, stance and term-frequency reports for news corpora."""
