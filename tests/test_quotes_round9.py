"""Round 9 attribution rules, each on a real BBC sentence (trimmed), hand-annotated speakers.

Every case but the one marked as a guard failed on the round-8 code (commit 61698c7); see
tests/fixtures/quotes/README.md.
"""

from __future__ import annotations

import pytest

from corpus_tools.quotes import extract_quotes

CASES = [
    (  # "Crown" is a title like "Prince": titles are dropped from the speaker
        "Denmark's Crown Prince Frederik and Crown Princess Mary visited New York on Monday. "
        '"Bloom recognizes the darker aspects of Andersen\'s authorship," Prince Frederik said.',
        [("Bloom recognizes the darker aspects of Andersen's authorship,", "Frederik")],
    ),
    (  # a name after "a"/"an" and a preposition qualifies a noun: not the sentence's subject
        "Boss Graeme Souness felt Newcastle were never really in danger of going out of the Uefa "
        "Cup against Heerenveen.\n\nAn early own goal followed by an Alan Shearer strike earned "
        'them a 2-1 win. "Obviously with winning in the first leg it gave us a great advantage," '
        "he said after the 4-2 aggregate victory.",
        [
            (
                "Obviously with winning in the first leg it gave us a great advantage,",
                "Graeme Souness",
            )
        ],
    ),
    (  # "he" does not mean a member of a plural subject ("A, B and C have ...")
        "Jason Gardener says being made an MBE underlines the achievement of the relay squad."
        "\n\nGardener, Darren Campbell, Marlon Devonish and Mark Lewis-Francis have all been "
        'awarded MBEs. "I think this award reinforces what we did on that fantastic night," he '
        "said.",
        [("I think this award reinforces what we did on that fantastic night,", "Jason Gardener")],
    ),
    (  # a quote inside a headline is the words of the source the first body sentence reports
        "Jones medals 'must go if guilty'\n\nWorld Anti-Doping Agency (WADA) chief Dick Pound "
        "says Marion Jones should be stripped of all her medals if found guilty of taking banned "
        "substances.",
        [("must go if guilty", "Dick Pound")],
    ),
    (  # guard (passed before too): a whole quoted headline takes the next sentence's subject
        "'UK will stand firm on EU rebate'\n\nJack Straw has said the UK will stand firm over "
        "its rebate.",
        [("UK will stand firm on EU rebate", "Jack Straw")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round9_rules(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert got == expected
