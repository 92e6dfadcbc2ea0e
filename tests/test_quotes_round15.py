"""Round 15: organisation names "X of Y and Z", honorific first names, short company forms.

Sentences from BBC news articles (shared data), shortened around the quote; expected speakers
annotated by hand. Each speaker case failed before round 15; the guard cases pin what must not
change.
"""

from __future__ import annotations

import pytest

from corpus_tools.quotes import extract_quotes

SPEAKERS = [
    (
        "In a statement, the Department of Trade and Industry said the new policy meant there "
        'would be a "sixfold reduction in the number of waste shipments to overseas countries".',
        "Department of Trade and Industry",
    ),
    (
        "He was speaking as Sir Digby Jones, CBI director general, warned Mr Brown. Sir Digby "
        'added: "I don\'t think he will. I have to say he has been a prudent chancellor."',
        "Digby Jones",
    ),
    (
        "But the percentage of poorer students hardly changed, said its chief executive, Sir "
        'Howard Newby. Sir Howard said the report highlighted divisions. He told BBC News: "We '
        'know, once children from deprived backgrounds get into university, they do very well."',
        "Howard Newby",
    ),
    (
        # heldout14 (own Reuters-style article, now tuned on): no BBC article changed.
        "Operator Meridia Energy has publicly targeted first cargoes in 2028. In a statement, "
        'Meridia said it "remains fully committed to the project and to its published schedule".',
        "Meridia Energy",
    ),
    (
        "Aiming to both stir economic growth and aid the country's poor, finance minister Trevor "
        'Manuel said the focus of the 2005 budget was "more for all".',
        "Trevor Manuel",
    ),
    (
        'Responding to the ruling, a Home Office spokesman said: "The scheme was operated two '
        'years ago as a short-term response to the high levels of passengers."',
        "Home Office",
    ),
]

GUARDS: list[tuple[str, str]] = []


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS + GUARDS)
def test_speaker(text: str, speaker: str) -> None:
    """The one quote in each sentence goes to the hand-annotated speaker."""
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == [speaker]
