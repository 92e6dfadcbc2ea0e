"""Tests for round 7 of quote attribution: roles, organisation cues, glued quotation marks.

Sentences are from BBC News articles (../shared/data/bbc-news, shortened where marked) or the
wire-style fixtures; expected speakers were read off the text by hand.
"""

from __future__ import annotations

import pytest

from corpus_tools.quote_roles import find_roles, holder_before
from corpus_tools.quotes import extract_quotes

# (text, expected [(quote text, speaker)])
CASES = [
    (  # "the minister" is the person introduced with that role, not the last person named
        "The immigration minister, Helen Carver, has defended the cap. The committee’s chair, "
        "Tom Ashdown, asked whether the impact had been modelled.\n\n“We will publish it,” the "
        "minister replied, “when it is ready, and not before.”",
        [
            ("We will publish it,", "Helen Carver"),
            ("when it is ready, and not before.", "Helen Carver"),
        ],
    ),
    (  # a capitalised role after "the" describes a person (BBC, Kinnock; shortened)
        "Neil Kinnock has said his acceptance of a seat in the House of Lords will help reform. "
        "But the outgoing European Commissioner said his comments needed to be put in context. "
        "He said advocates for reform needed to be inside the Lords to vote for it. "
        '"It was pointed out to me that it is going to require advocates in the Lords."',
        [
            (
                "It was pointed out to me that it is going to require advocates in the Lords.",
                "Neil Kinnock",
            )
        ],
    ),
    (  # an upper-case role acronym is a title: "Coastal Savings CEO Petra Lindner"
        "Coastal Savings CEO Petra Lindner, who will join Nordbank’s board, said the two banks "
        "had “very few overlapping branches”.",
        [("very few overlapping branches", "Petra Lindner")],
    ),
    (  # ", which" is said of an organisation: "the company" finds it
        "Eastgate Ports, which owns the terminal, said it was disappointed. “We have made a fair "
        "offer, and we remain available for talks,” a spokesperson for the company said.",
        [("We have made a fair offer, and we remain available for talks,", "Eastgate Ports")],
    ),
    (  # "said an FA statement": the organisation issuing it (BBC, Highbury tunnel)
        "Arsenal's Patrick Vieira had earlier denied accusations that he threatened Gary Neville. "
        '"The referee has confirmed that he is satisfied he dealt with the incident at the time," '
        "said an FA statement.",
        [
            (
                "The referee has confirmed that he is satisfied he dealt with the incident at the "
                "time,",
                "FA",
            )
        ],
    ),
    (  # guard: "The Scottish Executive" is a body, not a role (BBC, escaped prisoner)
        "The SNP's Nicola Sturgeon has demanded to know who was responsible for signing off the "
        'leave. The Scottish Executive said ministers would be notified but it would "not be '
        'common practice" to sign approval.',
        [("not be common practice", "Scottish Executive")],
    ),
    (  # a straight opening mark glued to the full stop before it (BBC, Bafta honours)
        "The crowd screamed when Leonardo DiCaprio arrived on the red carpet.\"It's unlike "
        "anything I've ever encountered. It's very intense and very loud,\" he told the BBC.",
        [
            (
                "It's unlike anything I've ever encountered. It's very intense and very loud,",
                "Leonardo DiCaprio",
            )
        ],
    ),
    (  # guard: a role subject ("The defender said") leaves the next "he" to that person
        "Chelsea defender William Gallas has backed his side. The Frenchman praised Jose "
        "Mourinho. The defender said the manager was the icing on the cake. "
        '"He has this fantastic knack of thinking of everything," he said.',
        [("He has this fantastic knack of thinking of everything,", "William Gallas")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round7_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected


# (text, person mention (start word, name), description, expected holder)
ROLE_CASES = [
    (
        "Energy Minister Claire Whitfield spoke.",
        "Claire Whitfield",
        "the minister",
        "Claire Whitfield",
    ),
    ("GB captain Jeremy Bates named the squad.", "Jeremy Bates", "the captain", "Jeremy Bates"),
    (
        "Julia Marsh, an analyst at Hallam Securities, was unconvinced.",
        "Julia Marsh",
        "the analyst",
        "Julia Marsh",
    ),
    (  # the appositive is a new clause, not Rice's title (BBC)
        "Turning to Condoleezza Rice, the prime minister said there had been a clear evolution.",
        "Condoleezza Rice",
        "the prime minister",
        "",
    ),
    (  # "the Home Office" nearby does not make Straw the home secretary (BBC)
        "He took over at the Home Office from Jack Straw, now foreign secretary.",
        "Jack Straw",
        "the home secretary",
        "",
    ),
    (  # a rank the description lacks: not "the prime minister"
        "Deputy Prime Minister John Prescott arrived.",
        "John Prescott",
        "the prime minister",
        "",
    ),
]


@pytest.mark.parametrize(("text", "name", "phrase", "expected"), ROLE_CASES)
def test_role_holders(text: str, name: str, phrase: str, expected: str) -> None:
    start = text.index(name)
    titles = text[:start] if text.startswith(("Energy", "Deputy")) else ""
    mention = (start, start + len(name), titles, name)
    roles = find_roles(text, [mention], lambda _: True)
    assert holder_before(roles, phrase, len(text)) == expected
