"""Round 18: a lone number word, role noun or generic noun is no speaker (hand-annotated)."""

from __future__ import annotations

import pytest

from corpus_tools.quotes import extract_quotes

CASES = [
    (
        "Employees are angry at the way the cash crisis was handled. One told BBC News Online "
        'that the staff who had been fired had been "financially ruined in the space of a day".',
        "",
    ),
    (
        'Another current member of the Cabinet says she was told: "You have only succeeded '
        'because you are a woman."',
        "",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_generic_word_is_no_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_channel_five_still_speaks() -> None:
    text = 'Five said it had been surprised because it was "obvious this material is a drama".'
    assert [q.speaker for q in extract_quotes(text)] == ["Five"]
