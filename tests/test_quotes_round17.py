"""Round 17: headline adjectives, organisations' statements, fuller names, byline outlets.

Sentences shortened around the quote, from BBC articles and heldout16's own-style articles (now
tuned on); expected speakers annotated by hand. Each speaker case failed before round 17; the
guard cases pin what must not change.
"""

from __future__ import annotations

import pytest

from corpus_tools.quotes import extract_quotes

SPEAKERS = [
    (
        # BBC sport: "Off-colour" is the headline's adjective, not part of the name.
        "Off-colour Gardener storms to win\n\nBritain's Jason Gardener shook off an upset "
        "stomach to win the 60m.\n\nGardener clocked 6.56 seconds to equal the meeting record. "
        'The world indoor champion said: "I got to the airport and my stomach was upset."',
        "Jason Gardener",
    ),
    (
        # BBC entertainment: "Film-maker" is a description before the name.
        "Film-maker Spike Lee has backed a scheme for students. "
        '"It is a great opportunity," Film-maker Spike Lee said.',
        "Spike Lee",
    ),
    (
        # heldout16 (NYT arts style): the orchestra's management is the orchestra, named
        # "Philharmonic"; Mahler's "Resurrection" Symphony is a work, not the orchestra.
        "The musicians of the Hudson Valley Philharmonic went on strike, hours before the "
        "orchestra was to open its season with Mahler’s “Resurrection” Symphony.\n\n"
        "“We did not want it,” said Lena Vogt-Marchetti, the orchestra’s principal oboist.\n\n"
        "In a statement, the orchestra’s management said its final offer was “the most the "
        "institution can responsibly afford.”",
        "Hudson Valley Philharmonic",
    ),
]

GUARDS: list[tuple[str, str]] = [
    (
        # A hyphenated surname keeps both capitals and stays whole.
        '"We did not want to be on a sidewalk," said Lena Vogt-Marchetti, the principal oboist.',
        "Lena Vogt-Marchetti",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS + GUARDS)
def test_speaker(text: str, speaker: str) -> None:
    """The last quote in each case goes to the hand-annotated speaker."""
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes][-1:] == [speaker]
