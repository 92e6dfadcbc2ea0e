"""Tests for corpus_tools.quotes: news-sentence patterns, the seed, the hand-annotated dev set."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.normalize import ascii_quotes
from corpus_tools.quotes import extract_quotes

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_42b31c0652333891.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "quotes"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

# (text, expected [(quote text, speaker, cue)]): speakers checked by hand against the sentence.
PATTERNS = [
    (  # “...,” said X (the seed's opening)
        "“We need to talk. Time has been lost,” said Peskov.",
        [("We need to talk. Time has been lost,", "Peskov", "said")],
    ),
    (  # “...,” X said, partial name resolved to the fullest one
        "US President Donald Trump spoke in Davos. "
        "“We'd like to see denuclearisation,” Trump said.",
        [("We'd like to see denuclearisation,", "Donald Trump", "said")],
    ),
    (  # X said: “...”, title stripped
        "Kremlin spokesperson Dmitry Peskov said: “Putin is ready. Everyone is ready.”",
        [("Putin is ready. Everyone is ready.", "Dmitry Peskov", "said")],
    ),
    (  # X told the BBC: "..." (BBC straight quotes)
        'Mr Peston told BBC News: "My understanding is that they are not close."',
        [("My understanding is that they are not close.", "Peston", "told")],
    ),
    (  # X told reporters "..." and Mr X resolved to the full name
        'Tony Blair spoke on Sunday. Mr Blair told reporters "you don\'t do deals over jobs".',
        [("you don't do deals over jobs", "Tony Blair", "told")],
    ),
    (  # according to X, “...”
        "According to the Kremlin, “the ball is in the court of the US”.",
        [("the ball is in the court of the US", "Kremlin", "according to")],
    ),
    (  # “A,” he said. “B.”: pronoun, then a continuation quote
        "Labour's spokesman, David Okafor, spoke. “They talk about levelling up,” he said. "
        "“What they mean is closing down.”",
        [
            ("They talk about levelling up,", "David Okafor", "said"),
            ("What they mean is closing down.", "David Okafor", ""),
        ],
    ),
    (  # organisation as speaker
        '"Central to the proposals are lower wholesale prices," BT said in a statement.',
        [("Central to the proposals are lower wholesale prices,", "BT", "said")],
    ),
    (  # the quote paragraph attributed by the sentence before (the seed's third quote)
        "Kremlin spokesperson Dmitry Peskov spoke on Friday.\n"
        "Peskov also took issue with Trump's assertion that Ukrainian President Volodymyr Zelensky"
        " was ready to strike a deal.\n“To reach a settlement, it is necessary to hold talks.”",
        [("To reach a settlement, it is necessary to hold talks.", "Dmitry Peskov", "")],
    ),
    (  # multi-paragraph quote: one quote per paragraph, same speaker
        "Ms Marsh said: “Nobody pretends this is easy.\n\n“But the alternative was worse.”",
        [
            ("Nobody pretends this is easy.", "Marsh", "said"),
            ("But the alternative was worse.", "Marsh", ""),
        ],
    ),
    (  # BBC run-together paragraphs: `..." "...` with no closing mark
        'Mr Howard said: "So far this year they have called me names. "I don\'t know about you."',
        [
            ("So far this year they have called me names.", "Howard", "said"),
            ("I don't know about you.", "Howard", ""),
        ],
    ),
    (  # nested single quotes stay inside, apostrophes are not quote marks
        "“There are lots of ‘urban legends’ about Wal-Mart’s pay,” Mr Scott said.",
        [("There are lots of ‘urban legends’ about Wal-Mart’s pay,", "Scott", "said")],
    ),
    (  # single speech marks, pronoun
        "Maria Santos was asked about film-making. She replied: ‘Never say never.’",
        [("Never say never.", "Maria Santos", "replied")],
    ),
]

# One case per attribution rule added after the held-out measurements: (text, [(quote, speaker)]).
# Speakers checked by hand against the sentences (news copy in BBC and Guardian/Reuters style).
RULE_CASES = [
    (  # auxiliary before the cue verb after the quote
        'The events must not be "swept under the carpet", the Tories have warned.',
        [("swept under the carpet", "Tories")],
    ),
    (  # a cue closing the sentence, after narration around a partial quote
        'The US was "very bad at coordinating with anyone" and India had its own problems, '
        "Ms Short said.",
        [("very bad at coordinating with anyone", "Short")],
    ),
    (  # a company name that only qualifies the speaker's name
        "\"Southcorp's board has informed Foster's that it is not prepared to recommend the "
        'offer," said Southcorp chairman Brian Finn.',
        [
            (
                "Southcorp's board has informed Foster's that it is not prepared to recommend "
                "the offer,",
                "Brian Finn",
            )
        ],
    ),
    (  # an apostrophe inside a name
        '"The combination will transform the global wine industry," said Trevor O\'Hoy, '
        "Foster's chief executive officer.",
        [("The combination will transform the global wine industry,", "Trevor O'Hoy")],
    ),
    (  # appositive subject with a relative clause, then "he said"
        "Rovers manager Sean Hartley was angry. The City captain, Daniel Osei, who scored twice, "
        "paid tribute to his team-mates. “The lads were magnificent from the first whistle,” he "
        "said.",
        [("The lads were magnificent from the first whistle,", "Daniel Osei")],
    ),
    (  # "it said" names the organisation, not the last person mentioned
        "Chief executive Alison Reid spoke first. Northgate Breweries said it would close two of "
        "its seven sites. “These are not decisions we take lightly,” it said in a statement.",
        [("These are not decisions we take lightly,", "Northgate Breweries")],
    ),
    (  # a spokesperson for an organisation, then "the spokesperson said"
        "Analyst Tom Hale was unconvinced. A spokesperson for the GMB union said 300 jobs were at "
        "risk. “Our members deserve better than this,” the spokesperson said.",
        [("Our members deserve better than this,", "GMB")],
    ),
    (  # "the agency": the latest organisation whose name ends in Agency, titles kept
        "The Environment Agency said it was still assessing the scheme. Janet Wells disagreed. "
        "“No final decision has been taken on any project,” a spokesperson for the agency said.",
        [("No final decision has been taken on any project,", "Environment Agency")],
    ),
    (  # "the department" after a relative clause holding a decimal number
        "The U.S. Commerce Department, which awarded Veltrix a $1.5 billion grant last year, "
        "said it was reviewing the plans. “We expect every recipient to meet its milestones,” "
        "the department said.",
        [("We expect every recipient to meet its milestones,", "U.S. Commerce Department")],
    ),
    (  # an organisation's first word resolves to its full name
        "Shares in Cairn Energy, a UK oil firm, fell 18%. But Cairn said estimates had been "
        'revised in what was a "significant downgrade of the initial expectation".',
        [("significant downgrade of the initial expectation", "Cairn Energy")],
    ),
    (  # a quote ending in ?' is not a sentence end before "said Calder"
        '"Matt Williams must be wondering, \'what have we walked into here?\'" said Calder. "And '
        "we can now expect weeks of arguments.",
        [
            ("Matt Williams must be wondering, 'what have we walked into here?'", "Calder"),
            ("And we can now expect weeks of arguments.", "Calder"),
        ],
    ),
    (  # "told Reuters": the name after told is the listener
        'Tetsuro Tsusaka is an analyst with Deutsche Bank. "Vodafone is going to need to put a '
        'lot of money into Japan," Tetsuro Tsusaka, a telecoms analyst, told Reuters.',
        [("Vodafone is going to need to put a lot of money into Japan,", "Tetsuro Tsusaka")],
    ),
    (  # BBC's sentence-initial "Said X:"
        "Said Wales assistant coach Scott Johnson: \"We're positive about Hal and hope he'll "
        'be raring to go."',
        [("We're positive about Hal and hope he'll be raring to go.", "Scott Johnson")],
    ),
    (  # Name “...,” the description said
        'Comair "deeply regrets the inconvenience to all of our customers," the Delta '
        "subsidiary said in a statement.",
        [("deeply regrets the inconvenience to all of our customers,", "Comair")],
    ),
    (  # a description ends at its first preposition ("behind JFK" is not the speaker)
        'Oliver Stone went to Sweden. "Europeans tend to see me a little differently," said the '
        "director behind JFK, Platoon and Born on the Fourth of July.",
        [("Europeans tend to see me a little differently,", "Oliver Stone")],
    ),
    (  # the speaker inside a relative clause before the cue
        "Others poured scorn on the accent, which Variety called "
        '"a combination of Mata Hari and Count Dracula".',
        [("a combination of Mata Hari and Count Dracula", "Variety")],
    ),
    (  # an organisation named "X of Y", speaking through a spokesperson
        "A Department of Health spokesperson said: “We urge the unions to come back to the table.”",
        [("We urge the unions to come back to the table.", "Department of Health")],
    ),
    (  # reported speech runs on: a partial quote with no subject takes the previous speaker
        'Mr Blair said: "You\'ve just got to confront it." The "worst thing in politics" was '
        "that voters saw only snippets.",
        [
            ("You've just got to confront it.", "Blair"),
            ("worst thing in politics", "Blair"),
        ],
    ),
    (  # a stray space after the opening mark
        'Nobutaka Machimura told Mr Straw that his plan was " a worrying issue that concerns the '
        'security of Japan".',
        [(" a worrying issue that concerns the security of Japan", "Nobutaka Machimura")],
    ),
    (  # a quote in a paragraph of its own takes the subject of the sentence before it, even
        # when an unclosed quote by someone else ended the paragraph before
        "Brian O'Driscoll said: \"It is enough for us.\n\nTama Umaga admitted the fear of "
        "injury weighed on him. \"The second coach made the approach, I didn't hesitate.",
        [
            ("It is enough for us.", "Brian O'Driscoll"),
            ("The second coach made the approach, I didn't hesitate.", "Tama Umaga"),
        ],
    ),
    (  # a role word inside a capitalised run starts the name ("Carib Chief Charles Williams")
        'Carib Chief Charles Williams said the script had "a strong element of cannibalism".',
        [("a strong element of cannibalism", "Charles Williams")],
    ),
    (  # honorifics are titles: "Lord Sainsbury" is the "David Sainsbury" the text names
        "Science Minister Lord Sainsbury has made a donation. David Sainsbury said he was "
        'pleased. Lord Sainsbury added: "I am pleased to be able to make this contribution."',
        [("I am pleased to be able to make this contribution.", "David Sainsbury")],
    ),
    (  # a less common speech verb after the quote
        '"Did you ever know Mr Ebbers to make an accounting entry?" Mr Weingarten pressed.',
        [("Did you ever know Mr Ebbers to make an accounting entry?", "Weingarten")],
    ),
    (  # `said its director of policy, Rocio Concha`: the appositive names the speaker
        "Consumer group Which? was scathing. “Subscribers are being asked to pay more,” said its "
        "director of policy, Rocio Concha.",
        [("Subscribers are being asked to pay more,", "Rocio Concha")],
    ),
    (  # a description after "and" ends the clause: it, not an earlier capitalised word, speaks
        'Richard Dunne is ready to commit. Early talks have taken place and the defender said: "I '
        'definitely want to stay at City."',
        [("I definitely want to stay at City.", "Richard Dunne")],
    ),
    (  # a short quoted phrase with a speech cue in its sentence stays a (partial) quote
        'Mr Kilroy-Silk promised a "firm but fair" policy on immigration.',
        [("firm but fair", "Kilroy-Silk")],
    ),
    # Round 5 (heldout4 errors, checked on the BBC-wide changes).
    (  # a role noun heading a name at a sentence start is a title, like "Chairman"
        'Producer Kevin Wallace said: "It will be like nothing they have ever seen before."',
        [("It will be like nothing they have ever seen before.", "Kevin Wallace")],
    ),
    (  # "X-based" is an adjective, not a name: the described company is the organisation
        "Video game firm Bioware is to hold open auditions. The Canada-based company says it "
        'was looking for "a wide variety of people to use as face models".',
        [("a wide variety of people to use as face models", "Bioware")],
    ),
    (  # "the X of Y" is one organisation; "it said" finds it
        "The British Chambers of Commerce welcomed the latest proposal. "
        '"This move today is the best of both worlds," it said.',
        [("This move today is the best of both worlds,", "British Chambers of Commerce")],
    ),
    (  # an official speaks for the organisation, like a spokesperson
        'Shaheed said it was grave. "Calculators will have to wait," said an IMF official in a '
        "briefing on Wednesday.",
        [("Calculators will have to wait,", "IMF")],
    ),
    (  # "a spokeswoman for the department" is the department named before; she speaks for it
        "The Department for Energy defended the cap. Tom Hadley said it was wrong. A spokeswoman "
        'for the department said officials would meet suppliers. "The door is open, and it has '
        'always been open," she said.',
        [("The door is open, and it has always been open,", "Department for Energy")],
    ),
    (  # a name after "of <description> <group>" is an affiliation: Brett Lock speaks
        'Brett Lock of gay group OutRage! said they were "wiping the slate clean".',
        [("wiping the slate clean", "Brett Lock")],
    ),
    (  # ", he said." closing a sentence means the speaker of the quote before it
        '"The reggae industry will work with the artists," according to strategist Glen '
        "Yearwood. The campaign hurt stars such as Beenie Man. The industry would halt any "
        'attempt to release such a song, he said. "We\'ll advise them this is not the way."',
        [
            ("The reggae industry will work with the artists,", "Glen Yearwood"),
            ("We'll advise them this is not the way.", "Glen Yearwood"),
        ],
    ),
    (  # a quote paragraph after narration about the last speaker continues that speaker
        'Dan Jolin said the film had a chance. "Imelda Staunton is a shoo-in," he said.\n\n'
        "Mr Jolin tipped another contender. Strong Oscar contenders did not figure.\n\n"
        '"There is a sense that this film is ours."',
        [
            ("Imelda Staunton is a shoo-in,", "Dan Jolin"),
            ("There is a sense that this film is ours.", "Dan Jolin"),
        ],
    ),
    (  # a headline quote repeated in an attributed body quote takes its speaker
        "‘It felt like a betrayal’: teachers react\n\nJoanne Pryce said: “Instead they have "
        "been handed a settlement. It felt like a betrayal.”",
        [
            ("It felt like a betrayal", "Joanne Pryce"),
            (
                "Instead they have been handed a settlement. It felt like a betrayal.",
                "Joanne Pryce",
            ),
        ],
    ),
    (  # "the company" right before the verb is the subject, not the name in the clause before
        "Meanwhile Microsoft is launching adverts. In the adverts, from chief executive Steve "
        'Ballmer, the company says the article continues to "needlessly spread fear among '
        'customers".',
        [("needlessly spread fear among customers", "Microsoft")],
    ),
    # Round 6 (heldout5 errors, checked on the BBC-wide changes).
    (  # "quoted X as saying": the quoted person speaks, not the agency or an earlier speaker
        "Oracle's chief Larry Ellison spoke on Friday. \"We're mourning the passing of a great "
        'company," the agency quoted Peoplesoft worker David Ogden as saying.',
        [("We're mourning the passing of a great company,", "David Ogden")],
    ),
    (  # the same cue before the quote
        'Reuters quoted Mr Hadley as saying: "The door is open, and it has always been open."',
        [("The door is open, and it has always been open.", "Hadley")],
    ),
    (  # a name and a colon with no verb label the speech
        "The new show will launch next year. BBC Two controller Roly Keating: \"It's an exciting "
        'new era for Top of the Pops."',
        [("It's an exciting new era for Top of the Pops.", "Roly Keating")],
    ),
    (  # a colon after narration is no label: "London" does not speak
        'Jamie Foxx said he was sorry. He apologised for not being in London, joking: "I am '
        'stuck driving a car."',
        [("I am stuck driving a car.", "Jamie Foxx")],
    ),
    (  # a quoted name after "known as" is no quote
        'He attended Lewis Boys\' School in Pengam, known then as the "Eton of the valleys". '
        '"I accepted the kind invitation for practical reasons," he said.',
        [("I accepted the kind invitation for practical reasons,", "")],
    ),
    # Round 8 (heldout7 errors, checked on the BBC-wide changes; BBC sentences).
    (  # MP is a title; "he" after it finds the MP
        "However, Labour MP George Foulkes said the campaigners would not make any difference. "
        '"A serving soldier knows that what Labour is proposing is right," he said.',
        [("A serving soldier knows that what Labour is proposing is right,", "George Foulkes")],
    ),
    (  # an honorific after other titles gives the gender: "He" is Lord Janner
        "Former Labour MP Lord Janner, who is a high profile member of Britain's Jewish "
        'community, branded it stupid. He told ITV: "The time has come for him to make a '
        'public apology."',
        [("The time has come for him to make a public apology.", "Janner")],
    ),
    (  # a hyphenated verb makes the subject: Lee, not "Fantastic Four" characters
        "Spider-Man creator Stan Lee is to get a windfall. "
        "As well as Spider-Man, Lee co-created the Incredible Hulk, X-Men, Daredevil and "
        'Fantastic Four characters. He said: "I am gratified by the judge\'s decision."',
        [("I am gratified by the judge's decision.", "Stan Lee")],
    ),
    (  # an unnamed person speaks as "", and a relative clause's name is no speaker
        "Of the cut now due to Lee, 82, who created Spider-Man in 1962, his lawyer said: "
        '"It could be tens of millions of dollars, that\'s no exaggeration."',
        [("It could be tens of millions of dollars, that's no exaggeration.", "")],
    ),
    (  # the issuer of "an agency statement"
        "A spokesman for the International Atomic Energy Agency (IAEA) spoke. Computer "
        'specialist Peter Smith agreed. "Failure to replace the hardware will carry large '
        'risks," said an agency statement.',
        [
            (
                "Failure to replace the hardware will carry large risks,",
                "International Atomic Energy Agency",
            )
        ],
    ),
    (  # a name then its description with no closing comma: the name speaks
        "Eventually the service will replace existing landline services as Wanadoo goes head "
        'to head with BT. "Voice-over broadband is a key trend across Europe, " Eric Abensur, '
        "Wanadoo's chief executive told the BBC News website.",
        [("Voice-over broadband is a key trend across Europe, ", "Eric Abensur")],
    ),
    (  # a passive cue: the agent speaks
        'The $499 Macintosh, sold for £339 in the UK, was described by Jobs as the "most '
        'important Mac ever made". Steve Jobs showed it in San Francisco.',
        [("most important Mac ever made", "Steve Jobs")],
    ),
    (  # a passive cue: the subject was asked, the asker is unnamed
        'Wheelchair user Kevin Donnellon was asked: "Why on earth do you want our elected '
        'representatives to be disabled?"',
        [("Why on earth do you want our elected representatives to be disabled?", "")],
    ),
    (  # "the X and Y Union" is one organisation
        'The Finance and Economy Ministry spoke. "Internal and external economic conditions '
        'are likely to remain unfavourable," the Finance and Economy Ministry said.',
        [
            (
                "Internal and external economic conditions are likely to remain unfavourable,",
                "Finance and Economy Ministry",
            )
        ],
    ),
    (  # a lower-case particle inside a name; the other-case mention is the same person
        "Hollywood stars Leonardo diCaprio and Richard Gere are in the audience. DiCaprio faces "
        "competition from Jamie Foxx. The crowd screamed when he arrived. \"It's unlike "
        "anything I've ever encountered,\" he told the BBC.",
        [("It's unlike anything I've ever encountered,", "Leonardo diCaprio")],
    ),
    (  # a sentence adverb opens no name
        "Only last year she insisted a comeback was unlikely. Instead, he pointed to how Tony "
        'Blair had in 1997 complained about "personalised abusive campaigning".',
        [("personalised abusive campaigning", "Tony Blair")],
    ),
]

NOT_QUOTES = [
    # 1-2 word scare quotes and terms
    "By “well-known territories” Peskov meant parts of eastern Ukraine.",
    'Mr Hain accused the Tory leader of behaving like an "attack mongrel".',
    "Labour was not ‘rattled’, she said.",
    # titles of works in Title Case
    "The plan, titled “Connecting the North”, would close 14 stations.",
    "He starred in the festival's breakout hit ‘A Quiet Harbour’ last year.",
    # apostrophes only
    "Russia’s position hasn’t changed, and the Americans’ response didn’t help.",
    # quoted terms of 3-4 words modifying a noun, with no speech cue in the sentence
    "The introduction of 'chip and pin' cards has tightened security on the High Street.",
    'It was a so-called "denial of service" attack on the network.',
    "It marks a move away from the 'download and play' model we have all accepted.",
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS)
def test_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(q.text, q.speaker, q.cue) for q in extract_quotes(text)]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), RULE_CASES)
def test_attribution_rules(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert got == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_scare_quotes_titles_and_apostrophes_are_not_quotes(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize("convert", [False, True], ids=["curly", "straight"])
def test_seed_quotes_and_speakers(convert: bool) -> None:
    text = SEED.read_text(encoding="utf-8")
    text = ascii_quotes(text) if convert else text
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Dmitry Peskov"] * 4 + ["Donald Trump"]
    starts = ["There is something", "No. This conflict", "To reach", "Putin is ready", "We'd like"]
    assert [q.text[: len(s)] for q, s in zip(quotes, starts, strict=True)] == starts
    assert all("well-known territories" != q.text for q in quotes)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert text[q.start - 1] in '“"' and text[q.end] in '”"'  # marks just outside


def test_start_offset_limits_the_search() -> None:
    text = "“We need to talk now,” said Peskov. “Putin is ready to talk,” Peskov said."
    cut = text.index("Putin") - 1
    quotes = extract_quotes(text, start=cut)
    assert [q.text for q in quotes] == ["Putin is ready to talk,"]
    assert quotes[0].start == text.index("Putin")


def _load_fixture(path: Path) -> tuple[str, list[dict]]:
    rec = json.loads(path.read_text(encoding="utf-8"))
    if "text" in rec:
        return rec["text"], rec["quotes"]
    if "project_file" in rec:
        return (REPO / rec["project_file"]).read_text(encoding="utf-8"), rec["quotes"]
    src = SHARED / rec["source"]
    if not src.exists():
        pytest.skip(f"shared data absent: {src}")
    return src.read_text(encoding="utf-8"), rec["quotes"]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.stem)
def test_fixture_gold_is_consistent(path: Path) -> None:
    text, gold = _load_fixture(path)
    for g in gold:
        assert text[g["start"] : g["end"]] == g["text"]
        assert text[g["start"] - 1] in "\"“‘'"  # gold spans start right after an opening mark


@pytest.mark.parametrize(
    "split",
    ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout6", "heldout7", "heldout8"],
)
def test_fixture_scores(split: str) -> None:
    """Span F1 and speaker accuracy stay at the issue's bar on every split (measured values and
    their history: tests/fixtures/quotes/README.md)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import eval_quotes
    finally:
        sys.path.pop(0)
    scores = eval_quotes.evaluate(split=split)
    assert scores["gold"] > 0
    assert scores["f1"] >= 0.95
    assert scores["speaker_accuracy"] >= 0.90


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab C.,:\n\"“”‘’'«» said he Mr")) | st.characters()))
def test_arbitrary_text_gives_valid_offsets(text: str) -> None:
    for q in extract_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
