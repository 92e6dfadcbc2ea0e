"""Tests for corpus_tools.sentences: the 48 English "Golden Rules", news cases, properties, BBC."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.records import Span
from corpus_tools.sentences import iter_sentences, split_sentences

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "data" / "bbc-news"
SEED = REPO / "seeds" / "000_42b31c0652333891.txt"


def texts(text: str, **kwargs: int) -> list[str]:
    return [s.text for s in split_sentences(text, **kwargs)]


# The English Golden Rules of pragmatic_segmenter (Kevin Dias, MIT), as restated in pySBD's
# tests/lang/test_english.py (MIT); expected sentences are the stripped texts.
GOLDEN_RULES = [
    ("Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
    ("What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]),
    ("There it is! I found it.", ["There it is!", "I found it."]),
    ("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
    ("Please turn to p. 55.", ["Please turn to p. 55."]),
    ("Were Jane and co. at the party?", ["Were Jane and co. at the party?"]),
    (
        "They closed the deal with Pitt, Briggs & Co. at noon.",
        ["They closed the deal with Pitt, Briggs & Co. at noon."],
    ),
    ("Let's ask Jane and co. They should know.", ["Let's ask Jane and co.", "They should know."]),
    (
        "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
        ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."],
    ),
    ("I can see Mt. Fuji from here.", ["I can see Mt. Fuji from here."]),
    (
        "St. Michael's Church is on 5th st. near the light.",
        ["St. Michael's Church is on 5th st. near the light."],
    ),
    ("That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]),
    ("I visited the U.S.A. last year.", ["I visited the U.S.A. last year."]),
    ("I live in the E.U. How about you?", ["I live in the E.U.", "How about you?"]),
    ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
    (
        "I work for the U.S. Government in Virginia.",
        ["I work for the U.S. Government in Virginia."],
    ),
    ("I have lived in the U.S. for 20 years.", ["I have lived in the U.S. for 20 years."]),
    (
        (
            "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. "
            "Smith then went to the store."
        ),
        [
            "At 5 a.m. Mr. Smith went to the bank.",
            "He left the bank at 6 P.M.",
            "Mr. Smith then went to the store.",
        ],
    ),
    ("She has $100.00 in her bag.", ["She has $100.00 in her bag."]),
    ("She has $100.00. It is in her bag.", ["She has $100.00.", "It is in her bag."]),
    (
        (
            "He teaches science (He previously worked for 5 years as an engineer.) "
            "at the local University."
        ),
        [
            (
                "He teaches science (He previously worked for 5 years as an engineer.) "
                "at the local University."
            )
        ],
    ),
    (
        "Her email is Jane.Doe@example.com. I sent her an email.",
        ["Her email is Jane.Doe@example.com.", "I sent her an email."],
    ),
    (
        (
            "The site is: "
            "https://www.example.50.com/new-site/awesome_content.html. Please "
            "check it out."
        ),
        [
            "The site is: https://www.example.50.com/new-site/awesome_content.html.",
            "Please check it out.",
        ],
    ),
    (
        "She turned to him, 'This is great.' she said.",
        ["She turned to him, 'This is great.' she said."],
    ),
    (
        'She turned to him, "This is great." she said.',
        ['She turned to him, "This is great." she said.'],
    ),
    (
        'She turned to him, "This is great." She held the book out to show him.',
        ['She turned to him, "This is great."', "She held the book out to show him."],
    ),
    ("Hello!! Long time no see.", ["Hello!!", "Long time no see."]),
    ("Hello?? Who is there?", ["Hello??", "Who is there?"]),
    ("Hello!? Is that you?", ["Hello!?", "Is that you?"]),
    ("Hello?! Is that you?", ["Hello?!", "Is that you?"]),
    ("1.) The first item 2.) The second item", ["1.) The first item", "2.) The second item"]),
    ("1.) The first item. 2.) The second item.", ["1.) The first item.", "2.) The second item."]),
    ("1) The first item 2) The second item", ["1) The first item", "2) The second item"]),
    ("1) The first item. 2) The second item.", ["1) The first item.", "2) The second item."]),
    ("1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
    ("1. The first item. 2. The second item.", ["1. The first item.", "2. The second item."]),
    ("• 9. The first item • 10. The second item", ["• 9. The first item", "• 10. The second item"]),
    ("⁃9. The first item ⁃10. The second item", ["⁃9. The first item", "⁃10. The second item"]),
    (
        "a. The first item b. The second item c. The third list item",
        ["a. The first item", "b. The second item", "c. The third list item"],
    ),
    (
        "You can find it at N°. 1026.253.553. That is where the treasure is.",
        ["You can find it at N°. 1026.253.553.", "That is where the treasure is."],
    ),
    (
        "She works at Yahoo! in the accounting department.",
        ["She works at Yahoo! in the accounting department."],
    ),
    (
        "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
        ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"],
    ),
    (
        (
            "Thoreau argues that by simplifying one’s life, “the laws of the "
            "universe will appear less complex. . . .”"
        ),
        [
            (
                "Thoreau argues that by simplifying one’s life, “the laws of the "
                "universe will appear less complex. . . .”"
            )
        ],
    ),
    (
        '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
        ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'],
    ),
    (
        (
            "If words are left off at the end of a sentence, and that is all that "
            "is omitted, indicate the omission with ellipsis marks (preceded and "
            "followed by a space) and then indicate the end of the sentence with a "
            "period . . . . Next sentence."
        ),
        [
            (
                "If words are left off at the end of a sentence, and that is all that "
                "is omitted, indicate the omission with ellipsis marks (preceded and "
                "followed by a space) and then indicate the end of the sentence with a "
                "period . . . ."
            ),
            "Next sentence.",
        ],
    ),
    (
        "I never meant that.... She left the store.",
        ["I never meant that....", "She left the store."],
    ),
    (
        (
            "I wasn’t really ... well, what I mean...see . . . what I'm saying, "
            "the thing is . . . I didn’t mean it."
        ),
        [
            (
                "I wasn’t really ... well, what I mean...see . . . what I'm saying, "
                "the thing is . . . I didn’t mean it."
            )
        ],
    ),
    (
        (
            "One further habit which was somewhat weakened . . . was that of "
            "combining words into self-interpreting compounds. . . . The practice "
            "was not abandoned. . . ."
        ),
        [
            (
                "One further habit which was somewhat weakened . . . was that of "
                "combining words into self-interpreting compounds."
            ),
            ". . . The practice was not abandoned. . . .",
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), GOLDEN_RULES, ids=[f"rule{i:02d}" for i in range(1, 49)]
)
def test_golden_rules(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# Quoted speech from the seed document and BBC copy: every sentence end inside a quotation is a
# boundary; the closing quote stays with its sentence; the next opening quote starts the next.
NEWS_CASES = [
    (
        "Peskov said: “No. This conflict does not depend on oil prices. It has nothing to do "
        "with oil prices.”",
        [
            "Peskov said: “No.",
            "This conflict does not depend on oil prices.",
            "It has nothing to do with oil prices.”",
        ],
    ),
    (
        "“No. This conflict does not depend on oil prices,” said Peskov.",
        ["“No.", "This conflict does not depend on oil prices,” said Peskov."],
    ),
    (
        'Peskov said: "Putin is ready. We are waiting for signals (from Washington). Everyone is '
        'ready."',
        [
            'Peskov said: "Putin is ready.',
            "We are waiting for signals (from Washington).",
            'Everyone is ready."',
        ],
    ),
    (
        "“To reach a settlement, it is necessary to hold negotiations. [But] Zelensky has banned "
        "himself from conducting in his own decree.”",
        [
            "“To reach a settlement, it is necessary to hold negotiations.",
            "[But] Zelensky has banned himself from conducting in his own decree.”",
        ],
    ),
    (
        '"We are ready." Peskov said the talks would resume. "Are they?" she asked.',
        ['"We are ready."', "Peskov said the talks would resume.", '"Are they?" she asked.'],
    ),
    ('"Why?" Mr Blair asked.', ['"Why?" Mr Blair asked.']),
    (
        '"Is it fair?" Mr Lewis asked in the Commons. "Why?" Mr Blair said he would not answer.',
        [
            '"Is it fair?" Mr Lewis asked in the Commons.',
            '"Why?"',
            "Mr Blair said he would not answer.",
        ],
    ),
    (
        "It is a landmark for patients with MS. Final approval should follow. It became MCI Inc. "
        "Former chief executive Bernard Ebbers is to face trial.",
        [
            "It is a landmark for patients with MS.",
            "Final approval should follow.",
            "It became MCI Inc.",
            "Former chief executive Bernard Ebbers is to face trial.",
        ],
    ),
    ("“Why?” Peskov asked. “Because.”", ["“Why?” Peskov asked.", "“Because.”"]),
    (
        '"It is a great end to a great year. " Hayes said: "I feel a sense of pride."',
        ['"It is a great end to a great year. "', 'Hayes said: "I feel a sense of pride."'],
    ),
    (
        "Mr Blair said the US had to act. The UK would follow, he added.",
        ["Mr Blair said the US had to act.", "The UK would follow, he added."],
    ),
    (
        "Mr. Smith and Dr. Jones met Prof. Reddy at St. Mary's on Jan. 5 at 10 a.m. on Monday.",
        ["Mr. Smith and Dr. Jones met Prof. Reddy at St. Mary's on Jan. 5 at 10 a.m. on Monday."],
    ),
    (
        "He moved to the U.S. in 1990 and to the U.K. later, e.g. to London, i.e. the capital.",
        ["He moved to the U.S. in 1990 and to the U.K. later, e.g. to London, i.e. the capital."],
    ),
    (
        "The firm has lived in the U.S. The move paid off.",
        ["The firm has lived in the U.S.", "The move paid off."],
    ),
    (
        "Shell Inc. said profits rose. Acme Co. It closed.",
        ["Shell Inc. said profits rose.", "Acme Co.", "It closed."],
    ),
    (
        "J. R. R. Tolkien met President George W. Bush. It was 1999.",
        ["J. R. R. Tolkien met President George W. Bush.", "It was 1999."],
    ),
    (
        "It ranged from the 15th century to World War I. But the BBC said no.",
        ["It ranged from the 15th century to World War I.", "But the BBC said no."],
    ),
    (
        "At least 200,000 peacekeepers, 3.5% of the force, cost $1.5bn, or 2.5 million pounds.",
        ["At least 200,000 peacekeepers, 3.5% of the force, cost $1.5bn, or 2.5 million pounds."],
    ),
    (
        "Downing Street is No. 10. No. The other one.",
        ["Downing Street is No. 10.", "No.", "The other one."],
    ),
    (
        "Contestants were told by hosts Ant and Dec. Natalie Appleton had quit.",
        ["Contestants were told by hosts Ant and Dec.", "Natalie Appleton had quit."],
    ),
    (
        "The raid began at 5 a.m. Police said two men were held.",
        ["The raid began at 5 a.m.", "Police said two men were held."],
    ),
    (
        "Mail press@bbc.co.uk. Or visit news.bbc.co.uk.",
        ["Mail press@bbc.co.uk.", "Or visit news.bbc.co.uk."],
    ),
    ("He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
    ("He paused… and then he spoke.", ["He paused… and then he spoke."]),
    (
        '"Arrivals to other destinations such as... Maldives and Sri Lanka also thrived."',
        ['"Arrivals to other destinations such as... Maldives and Sri Lanka also thrived."'],
    ),
    (
        'Mr Letwin said: "This is a very murky area... There will be suspicions."',
        ['Mr Letwin said: "This is a very murky area...', 'There will be suspicions."'],
    ),
    (
        "He left I'm A Celebrity... Get Me Out Of Here on Monday.",
        ["He left I'm A Celebrity... Get Me Out Of Here on Monday."],
    ),
    (
        "(The vote was close.) Then the House rose.",
        ["(The vote was close.)", "Then the House rose."],
    ),
    ("1. one 2. two", ["1. one", "2. two"]),
    ("• Tax cuts • Pension rises", ["• Tax cuts", "• Pension rises"]),
    ("Chelsea won 3. The others lost.", ["Chelsea won 3.", "The others lost."]),
    (
        "Kremlin says Putin is ready to talk to Trump and is waiting for word from Washington\n"
        "Spokesperson says ball is in US court on nuclear arms talks\n"
        "Russian President Vladimir Putin is ready to hold a phone discussion.",
        [
            "Kremlin says Putin is ready to talk to Trump and is waiting for word from Washington",
            "Spokesperson says ball is in US court on nuclear arms talks",
            "Russian President Vladimir Putin is ready to hold a phone discussion.",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_CASES)
def test_news_cases(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("curly", "straight"),
    [
        ("He said: “X is y. Z is w.”", 'He said: "X is y. Z is w."'),
        (
            "She turned to him, ‘This is great.’ she said.",
            "She turned to him, 'This is great.' she said.",
        ),
        ("“Why?” she asked. “No.”", '"Why?" she asked. "No."'),
    ],
)
def test_curly_and_straight_quotes_alike(curly: str, straight: str) -> None:
    assert [(s.start, s.end) for s in split_sentences(curly)] == [
        (s.start, s.end) for s in split_sentences(straight)
    ]


def test_seed_document() -> None:
    text = SEED.read_text(encoding="utf-8")
    got = texts(text)
    # Hand count: 27 sentences, the headline and standfirst lines each on their own.
    assert len(got) == 27
    assert (
        "Kremlin says Putin is ready to talk to Trump and is waiting for word from Washington"
        in got
    )
    assert "Spokesperson says ball is in US court on nuclear arms talks" in got
    assert got[:3] == [
        "date 2025-01-24 “There is something to talk about, we need to talk.",
        "Time has been lost in many respects.",
        "We have spoken about such interest before so the ball is in the court of the US, which "
        "has stopped all substantive contacts with our country,” said Peskov.",
    ]
    assert "Everyone is ready." in got
    assert "It is difficult to read the coffee grounds here." in got


def test_offsets_index_the_full_text_and_start_skips() -> None:
    text = " date 2025-01-24 Putin is ready. Everyone is ready."
    spans = split_sentences(text, start=17)
    assert spans == [
        Span(17, 32, "Putin is ready.", "sentence"),
        Span(33, 51, "Everyone is ready.", "sentence"),
    ]
    assert list(iter_sentences(text, start=17)) == spans


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\r\n ") == []


LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
# Characters that exercise the rules, plus arbitrary ones (emoji, NUL, controls).
TRICKY = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            list("aAbIzZ19 .?!…\"'“”‘’()[]•⁃-:,@$%\t\n\r\u00a0\u2028") + ["😀", "\x00"]
        ),
        st.characters(exclude_categories=["Cs"]),
    ),
    max_size=120,
)


@settings(max_examples=400, deadline=None)
@given(TRICKY)
def test_spans_slice_back_and_cover_every_character(text: str) -> None:
    spans = split_sentences(text)
    covered = 0
    previous_end = 0
    for span in spans:
        assert span.kind == "sentence"
        assert span.text == text[span.start : span.end]
        assert span.text and span.text == span.text.strip()
        assert not any(ch in LINE_BREAKS for ch in span.text)
        assert span.start >= previous_end
        # Only white space between sentences: no character is dropped.
        assert text[previous_end : span.start].strip() == ""
        previous_end = span.end
        covered += len(span.text)
    assert text[previous_end:].strip() == ""


@settings(max_examples=200, deadline=None)
@given(TRICKY, st.integers(min_value=0, max_value=130))
def test_start_at_a_line_start_is_the_tail_of_the_full_split(text: str, k: int) -> None:
    k = min(k, len(text))
    while k > 0 and text[k - 1] not in LINE_BREAKS:
        k -= 1  # back to the start of the line
    assert split_sentences(text, start=k) == [s for s in split_sentences(text) if s.start >= k]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(st.characters(exclude_categories=["Cs", "Zs", "Zl", "Zp", "Cc"]), min_size=1),
        max_size=8,
    )
)
def test_every_nonblank_line_yields_a_sentence(lines: list[str]) -> None:
    text = "\n".join(lines)
    spans = split_sentences(text)
    for offset, line in _line_offsets(text):
        if line.strip():
            assert any(offset <= s.start < offset + len(line) for s in spans)


def _line_offsets(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        out.append((offset, line))
        offset += len(line)
    return out


@pytest.mark.slow
def test_bbc_has_no_lone_quote_sentences_and_titles_stand_alone() -> None:
    if not BBC.is_dir():
        pytest.skip(f"{BBC} not found")
    quote_marks = set("\"'“”‘’«» ")
    lone = titles_alone = n_files = 0
    for path in sorted(BBC.glob("*/*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        spans = split_sentences(text)
        lone += sum(1 for s in spans if set(s.text) <= quote_marks)
        title = text.splitlines()[0].strip()
        titles_alone += bool(spans) and spans[0].text == title
        n_files += 1
    assert n_files == 2095
    assert lone == 0
    assert titles_alone == n_files
