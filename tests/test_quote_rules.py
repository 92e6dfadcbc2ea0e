"""Quote attribution rules, each on a real news sentence (BBC, trimmed) or a sentence in another
outlet's style, with hand-annotated speakers. Each case failed on the code before its rule
unless marked as a guard; the rounds that added them, their BBC-wide checks and the blind
measurements are in tests/fixtures/quotes/README.md."""

from __future__ import annotations

import pytest

from corpus_tools.quote_common import common_words
from corpus_tools.quote_first_names import first_name_start
from corpus_tools.quote_org_heads import introduced_as_org
from corpus_tools.quotes import extract_quotes

# (text, every (quote, speaker) found, in order)
QUOTES: list[tuple[str, list[tuple[str, str]]]] = [
    # round 9 (see the fixtures README)
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
    # round 10 (see the fixtures README)
    (  # a US party-state tag is no name, and "Sen." ends no sentence
        "Sen. Laura Whitcomb, D-Ore., who leads the opposition, said Tuesday that the bill "
        "“shortchanges every city that depends on buses and trains.”",
        [("shortchanges every city that depends on buses and trains.", "Laura Whitcomb")],
    ),
    (  # a person's title makes a one-word name a person, whom "he" can mean
        'Gen Musharraf told the BBC: "Some people think that the women should be confined to '
        'their houses." The Pakistani president was also asked whether he thought the war on '
        'terror had made the world less safe. "Yes, absolutely. And I would add that we are not '
        'addressing the core problems," he said.',
        [
            ("Some people think that the women should be confined to their houses.", "Musharraf"),
            (
                "Yes, absolutely. And I would add that we are not addressing the core problems,",
                "Musharraf",
            ),
        ],
    ),
    (  # ", Name, said he had ...": a reported clause after "said", no inverted speaker
        'Mr Houston was quoted in the Herald newspaper saying: "I feel UKIP have over-reacted and '
        'overshot the runway."\n\nPeter Nielson, who is UKIP Scotland chairman, said he had '
        'suspended Mr Houston on Friday night. "He will remain suspended while the matter is being '
        'investigated."',
        [
            ("I feel UKIP have over-reacted and overshot the runway.", "Houston"),
            ("He will remain suspended while the matter is being investigated.", "Peter Nielson"),
        ],
    ),
    (  # "Name, <organisation> <role>, said:": the name speaks, not the organisation
        "Fewer security holes have also been discovered so far in Firefox than in IE. Paul "
        'Randle, Microsoft Windows Client product manager, responded to the figures: "We '
        'certainly respect that some customers will choose alternative browsers."',
        [
            (
                "We certainly respect that some customers will choose alternative browsers.",
                "Paul Randle",
            )
        ],
    ),
    (  # "money that states need": a relative clause's verb closing the sentence is no cue
        "Sen. Laura Whitcomb, D-Ore., said the bill was unfair.\n\nSenate Majority Leader Tom "
        "Reyes, R-Texas, accused Democrats of holding up money that states need for road "
        "repairs.\n\n“Every day this bill sits here is a day a bridge goes without repairs,” he "
        "said.",
        [("Every day this bill sits here is a day a bridge goes without repairs,", "Tom Reyes")],
    ),
    (  # a participle after a relative clause is the sentence subject's, not the clause's name's
        "Everton manager David Moyes will discipline striker James Beattie after all.\n\nThe Scot "
        "initially defended Beattie, whose dismissal put Everton on the back foot, saying Gallas "
        'overreacted. But he has had a rethink. He said: "I believe that I should set the record '
        'straight."',
        [("I believe that I should set the record straight.", "David Moyes")],
    ),
    (  # a nationality before a person's name is no part of it
        "The Times on Monday said Australian Lynton Crosby told the party leader to focus on "
        "trying to increase the Tories' Commons presence. But Mr Crosby said in a statement: \"I "
        'have never had any such conversation... and I do not hold that view."',
        [
            (
                "I have never had any such conversation... and I do not hold that view.",
                "Lynton Crosby",
            )
        ],
    ),
    (  # guard: an organisation keeps its nationality
        'The Welsh Assembly Government said: "We will consider the hospital\'s plan carefully."',
        [("We will consider the hospital's plan carefully.", "Welsh Assembly Government")],
    ),
    (  # "the American", "the Dutchman": the person last named, by nationality
        "Andre Agassi beat Nicolas Massu in Dubai. Agassi was delighted with victory over Massu "
        "in his first match for over two months. "
        '"I felt pretty good," said the American.',
        [("I felt pretty good,", "Andre Agassi")],
    ),
    (  # a company is not its news service: "Google" does not mean "Google News"
        "Google told the BBC News website it was aware of the problems. Google News gathers "
        'information from some 4,500 news sources. "It appears that many users in China are '
        'having difficulty accessing Google News sites," said a Google spokesperson.',
        [
            (
                "It appears that many users in China are having difficulty accessing Google News "
                "sites,",
                "Google",
            )
        ],
    ),
    # round 11 (see the fixtures README)
    (  # a trailing cue after a quote earlier in its sentence names the sentence's subject
        'The barrister who had represented Mr Martin had said the rules were "weighted '
        'overwhelmingly" in favour of the householder, said Mr Clarke. He said: "The problem is '
        'there has not been enough understanding of it."',
        [("The problem is there has not been enough understanding of it.", "Clarke")],
    ),
    (  # "..., but conceded that": the sentence's subject speaks, not the conjunction
        'Next chief executive Simon Wolfson admitted that festive sales were "below where we '
        'would expect a normal Christmas to be", but said sales should still top expectations.',
        [("below where we would expect a normal Christmas to be", "Simon Wolfson")],
    ),
    (  # a name with its verb left out
        'Roger Bootle of Deloitte spoke. "Although 2005 may not be the year when things go '
        'completely wrong, it will probably mark the start of a more difficult period," Mr Bootle.',
        [
            (
                "Although 2005 may not be the year when things go completely wrong, it will "
                "probably mark the start of a more difficult period,",
                "Roger Bootle",
            )
        ],
    ),
    (  # US wire: "Sen." keeps its full stop and a party-state tag sits before the verb
        "“This is about whether a family farm in the Mesilla Valley survives the next dry "
        "summer,” Sen. Maria Lopez, D-N.M., said Tuesday after the 14-12 vote.",
        [
            (
                "This is about whether a family farm in the Mesilla Valley survives the next dry "
                "summer,",
                "Maria Lopez",
            )
        ],
    ),
    (  # "the council's report": the document's issuer
        "Hollinsford Borough Council voted on Tuesday. Opposition leader Cllr Graham Tully said "
        "the plan was unfair.\n\nAccording to the council's report, the change \"will be reviewed "
        'after 12 months in consultation with residents".',
        [
            (
                "will be reviewed after 12 months in consultation with residents",
                "Hollinsford Borough Council",
            )
        ],
    ),
    (  # ", the paper quoted X as saying." closing a sentence: X is its subject
        'Peter Chernin spoke to the FT. Video games are "big business", the paper quoted Mr '
        'Chernin as saying. We "would like to get into it".',
        [("would like to get into it", "Peter Chernin")],
    ),
    (  # "Under Mr Brown": a title after a dropped word goes too
        "Under Mr Brown, growth held up under the treaty. Gordon Brown spoke on Monday. Mr Brown "
        'told the committee: "The conditions for euro entry are unchanged by this decision."',
        [("The conditions for euro entry are unchanged by this decision.", "Gordon Brown")],
    ),
    (  # a first name is the one person's full name it starts, whose surname stands alone too
        "Paul McCartney will play at half time. McCartney last played there in 2002. Sir Paul "
        'said: "There\'s nothing bigger than being asked to perform at the Super Bowl."',
        [
            (
                "There's nothing bigger than being asked to perform at the Super Bowl.",
                "Paul McCartney",
            )
        ],
    ),
    (  # an acronym given in brackets after a name means that name
        "The Qualifications and Curriculum Authority (QCA) has drawn up the plans. The QCA said: "
        '"We need to make sure the diplomas are valued by employers."',
        [
            (
                "We need to make sure the diplomas are valued by employers.",
                "Qualifications and Curriculum Authority",
            )
        ],
    ),
    # round 12 (see the fixtures README)
    (  # letters after a name are no part of it
        "The chairman of the Bar Council, Guy Mansfield QC warned there was a real risk that "
        'people on the "margins of society" would be driven into the hands of extremists.',
        [("margins of society", "Guy Mansfield")],
    ),
    (  # ... and the surname alone finds the name without them
        "Scottish Finance Minister, Tom McCabe MSP, spoke on Monday. Mr McCabe told BBC Radio "
        'Scotland: "Here in Scotland we have 32 councils who all have their own payroll systems."',
        [
            (
                "Here in Scotland we have 32 councils who all have their own payroll systems.",
                "Tom McCabe",
            )
        ],
    ),
    (  # Irish style: "TD" after an opposition spokeswoman's name
        "Sinn Féin’s housing spokeswoman, Aoife Brennan TD, said the figures showed “a "
        "Government that has run out of road”.",
        [("a Government that has run out of road", "Aoife Brennan")],
    ),
    (  # "the Ealing North MP": a member described by seat, the person named before
        'Labour MP Stephen Pound has discovered he has a daughter. "It was a pretty horrible '
        'thing with a pretty happy ending," said the Ealing North MP.',
        [("It was a pretty horrible thing with a pretty happy ending,", "Stephen Pound")],
    ),
    (  # "the Labour MP for Birkenhead": the same, with the seat after "for"
        'Former welfare minister Frank Field MP criticised the rivalry.\n\n"What sort of model '
        'does it give to the nation?" the Labour MP for Birkenhead asked.',
        [("What sort of model does it give to the nation?", "Frank Field")],
    ),
    (  # a role noun heading the name at a sentence start (US school-board style)
        "Parent Jessica Tran, whose two children attend Maple Street, spoke during public "
        'comment. "My son walks to school. Next year he\'ll be on a bus for forty minutes," '
        "she said.",
        [
            (
                "My son walks to school. Next year he'll be on a bus for forty minutes,",
                "Jessica Tran",
            )
        ],
    ),
    (  # an Irish particle in a name, its accented capital included
        "The Minister for Housing, Darragh Ó Faoláin, has defended the targets. Speaking in the "
        "Dáil, Mr Ó Faoláin said the shortfall was “disappointing but not a surprise”.",
        [("disappointing but not a surprise", "Darragh Ó Faoláin")],
    ),
    (  # two lower-case particles in a row
        'Manchester United goalkeeper Edwin van der Sar was relieved. "We kept our heads when '
        'it mattered most," said Van der Sar.',
        [("We kept our heads when it mattered most,", "Edwin van der Sar")],
    ),
    (  # a nickname in quotes is part of the name as printed
        "Brian 'Head' Welch told a radio station in California that his bandmates respected his "
        'decision. Welch added that he would explain how he "got to this place in life".',
        [("got to this place in life", "Brian 'Head' Welch")],
    ),
    (  # ... and so the name is a person's, whom "he" finds
        'Antonio "LA" Reid, chairman of The Island Def Jam Music Group, spoke. He hoped Jay-Z '
        'would "move the company into its next groundbreaking era", he added.',
        [("move the company into its next groundbreaking era", 'Antonio "LA" Reid')],
    ),
    (  # a country's initials before one word are part of an organisation's name
        'UK Coal said it was making "significant progress" in shaking up the business. The '
        'company said these actions should "significantly uplift earnings".',
        [("significantly uplift earnings", "UK Coal")],
    ),
    (  # a preposition opening a sentence is no name
        "Outside the venue, the Ugandan activist Grace Nakato told reporters that the walkout "
        "was “the most honest thing that has happened in this building all week”.",
        [("the most honest thing that has happened in this building all week", "Grace Nakato")],
    ),
    (  # ... nor part of one
        "Despite recording a price rise in December, the Halifax survey concluded that there "
        'was "continuing signs of a genuine slowdown in the housing market."',
        [("continuing signs of a genuine slowdown in the housing market.", "Halifax")],
    ),
    (  # ", but declined to say": a conjunction and its verb, no new subject (NYT style)
        "The White House press secretary, Daniel Reyes, said on Wednesday that the president was "
        '"open to conversations with any senator who wants to make these terminals safer," but '
        "declined to say whether the request would be revised.",
        [
            (
                "open to conversations with any senator who wants to make these terminals safer,",
                "Daniel Reyes",
            )
        ],
    ),
    (  # the body issuing a statement speaks, not its signatory (Nigerian press style)
        "But the Nigeria Labour Congress, in a statement signed by its President, Joe Ajaero, "
        "described the increase as “wicked and insensitive to the plight of workers”.",
        [("wicked and insensitive to the plight of workers", "Nigeria Labour Congress")],
    ),
    (  # a person set off by commas after a body's role is the sentence's subject
        "At the bus park, a driver, Mr Tunde Adeyemi, said fares would rise.\n\nReacting, the "
        "National Publicity Secretary of the Independent Petroleum Marketers Association of "
        "Nigeria, Chinedu Okonkwo, blamed the exchange rate.\n\nHe said, “Our members are buying "
        "products at a higher landing cost.”",
        [("Our members are buying products at a higher landing cost.", "Chinedu Okonkwo")],
    ),
    (  # ... as after "The Attorney General" (BBC)
        "The Attorney General, Lord Goldsmith, has so far issued no instructions to police. He "
        'said he will consult the police "in the near future" to decide what measures to take.',
        [("in the near future", "Goldsmith")],
    ),
    # round 13 (see the fixtures README)
    (  # BBC: a middle initial is part of the name and ends no sentence
        '"In this particular geography getting permission to dig the ground and lay the pipes is '
        'a bit of a task," said Mr R. Sridharan, vice president of networks at Tata.',
        [
            (
                "In this particular geography getting permission to dig the ground and lay the "
                "pipes is a bit of a task,",
                "R. Sridharan",
            )
        ],
    ),
    (  # US style: the surname later finds the name with its initial
        "Sen. Mark R. Whitfield, a member of the Armed Services Committee, said he would press "
        'Pentagon leaders.\n\n"I want to know who signed off on this," Whitfield said.',
        [("I want to know who signed off on this,", "Mark R. Whitfield")],
    ),
    (  # an initial and a Roman numeral generation; "Mr." then finds the whole name
        "Thomas J. Whitcombe III, a portfolio manager at Belmont Ridge Asset Management, said the "
        'selloff looked "more like a breather than a turning point."\n\n"Earnings are still '
        'coming in better than expected," Mr. Whitcombe said.',
        [
            ("more like a breather than a turning point.", "Thomas J. Whitcombe III"),
            ("Earnings are still coming in better than expected,", "Thomas J. Whitcombe III"),
        ],
    ),
    (  # "Jr." keeps its full stop as printed
        "Harlan Creek Fire Chief Dale Ruiz Jr. said crews were going door to door.\n\n"
        '"We will not stop until we find every one of them," the chief said.',
        [("We will not stop until we find every one of them,", "Dale Ruiz Jr.")],
    ),
    (  # BBC: "Ex-Labour" is a former affiliation, a title; "Mr Galloway" finds the full name
        "Ex-Labour MP George Galloway has appealed for the release of aid worker Margaret "
        "Hassan. A spokesman later said Mr Galloway had friends in common with Ms Hassan, and "
        'that he was "willing to do anything - go to Iraq or be an intermediary".',
        [("willing to do anything - go to Iraq or be an intermediary", "George Galloway")],
    ),
    (  # BBC: a council role inside the run is a title
        '"It might sound great, but it does create this sense of complacency," said Nottingham '
        "City Councillor Brian Parbutt.",
        [("It might sound great, but it does create this sense of complacency,", "Brian Parbutt")],
    ),
    (  # US local style: "City Councilmember"
        "Not everyone was convinced. City Councilmember Ray Dumont said the plan was "
        '"chasing a headline instead of fixing the basics."',
        [("chasing a headline instead of fixing the basics.", "Ray Dumont")],
    ),
    (  # Scottish local style: a party tag in brackets never speaks
        "Councillor Morag MacLeod (SNP), who represents the Lochend and Braeside ward, said: "
        "“This library is far more than a room full of books.”",
        [("This library is far more than a room full of books.", "Morag MacLeod")],
    ),
]

# (text, the speaker of its one quote)
ONE_SPEAKER: list[tuple[str, str]] = [
    # round 14 (see the fixtures README)
    (
        "The general secretary of the public services union Unison Dave Prentis criticised the "
        "plans. \"If you want world class public services you don't get that by hitting people "
        'as they approach retirement."',
        "Dave Prentis",
    ),
    (
        "Agent Brian Hassell insists that the 31-year-old Brazilian midfielder is determined to "
        "win back his place. \"But, if the manager is not going to pick him, that's a different "
        'ball game," he said.',
        "Brian Hassell",
    ),
    (
        "Backbencher Stephen Pound said some MPs had threatened to expose those fuelling the "
        'reports if Mr Blair and Mr Brown did not "stop this nonsense, this poisonous briefing".',
        "Stephen Pound",
    ),
    (
        'Broadcaster Chris Evans said: "I have got too much stuff and it is time to let it go."',
        "Chris Evans",
    ),
    (
        "Scrum-half Peter Stringer said: \"We struggled in the first half because we hadn't the "
        'football."',
        "Peter Stringer",
    ),
    # A first name first: an organisation's name is kept whole.
    (
        'Morgan Stanley Dean Witter said: "The outlook for the economy is good."',
        "Morgan Stanley Dean Witter",
    ),
    # An acronym before the first name is part of a company's name.
    ('CB Richard Ellis said: "Demand for office space in London is rising."', "CB Richard Ellis"),
    # round 15 (see the fixtures README)
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
    # round 18 (see the fixtures README)
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
    # round 19 (see the fixtures README)
    (  # a title cut from its holder: the name set off before it speaks
        'David Higdon, Vice President of the ATP, admitted: "I agree with Greg. We would have '
        'loved to have had these things available as soon as possible."',
        "David Higdon",
    ),
    (  # the person closing the title's phrase speaks
        'Shadow leader of the Commons Oliver Heald said: "This will be part of our aim to reduce '
        "unnecessary and costly interference in people's lives.\"",
        "Oliver Heald",
    ),
    (  # the name set off right after the title speaks
        "The Lord Chancellor, Lord Falconer, agreed the 1701 Act of Settlement, which governs "
        'the succession, was discriminatory but added that "for all practical purposes its '
        'effects are limited".',
        "Falconer",
    ),
    (  # a title's capitalised object runs into the holder's name
        "“We are watching the market with a high sense of urgency,” Vice Finance Minister for "
        "International Affairs Haruto Ishizaki told reporters in Tokyo on Wednesday.",
        "Haruto Ishizaki",
    ),
    (  # BBC tech: "one ... woman" is a person never named, not the last name before
        "The study predicts that 40% of all home PC net security buyers will be women in 2005. "
        '"I think older people have become more vigilant about protecting their PCs", said one '
        "over-60 woman who took part in the research.",
        "",
    ),
    (  # "who asked not to be named": no one named, so not the sheriff either
        "Sheriff Dwayne Kettering said deputies were searching the area. A woman who lives "
        "across the street, who asked not to be named because she feared retaliation, said she "
        "heard “somebody running through the yards at night” but assumed it was teenagers.",
        "",
    ),
    (  # BBC politics: "said ... but admitted" shares the first verb's subject
        "Michael Howard has denied his shadow cabinet was split over ID cards.\n\nThe Tory "
        'leader said his front bench team had reached a "collective view" after holding a '
        '"good discussion", but admitted it was "not an easy issue".',
        "Michael Howard",
    ),
    (  # BBC politics: not the word before the second verb ("a Welsh-English issue")
        "Andy Williams, chief executive of Powys Local Health Board, had criticised the "
        "plan.\n\nMr Williams had said he did not think it "
        'was a Welsh-English issue, but said Hereford hospital was "struggling financially and '
        'trying to pass the problem back".',
        "Andy Williams",
    ),
    (  # a club's name is an organisation's; "statement read:" gives the issuer
        "Millbrook Rovers have sacked manager Dave Kent after a ten-game winless run. Assistant "
        'Tom Hale will take charge for now. A club statement read: "The board would like to '
        'thank Dave for his hard work and wishes him every success."',
        "Millbrook Rovers",
    ),
    # round 20 (see the fixtures README)
    (  # initials opening the name after the verb stay in it
        '"We will finish the lakes by June," said R. Senthil Kumar, the executive engineer.',
        "R. Senthil Kumar",
    ),
    ('"It is a fine book for readers of all ages," said J.K. Rowling, the author.', "J.K. Rowling"),
    (  # an acronym speaks as the one printed organisation whose initials it is
        "British Airways is to halt its flights to Jeddah. BA will suspend the flights, which "
        'it says will remain "under constant review" for now.',
        "British Airways",
    ),
    (  # a bracketed acronym keeping the link word's initial
        "The Department of Conservation (DOC) has proposed new rules. A DOC spokeswoman said "
        'the plan rested on "five years of observation data" from the bay.',
        "Department of Conservation",
    ),
    (  # a bracketed clipped form
        "Fares rise after the Maharashtra Metro Rail Corporation Limited (Maha-Metro) announced "
        'a revision. "Our power and maintenance costs have gone up," a senior Maha-Metro '
        "official told the paper.",
        "Maharashtra Metro Rail Corporation Limited",
    ),
    (  # "X and Y <organisation word>" with no "the" before is one body
        "Cardiff and Vale University Health Board said extra staff had been redeployed. A "
        'spokesperson for the health board said demand had been "far higher than we planned".',
        "Cardiff and Vale University Health Board",
    ),
    (  # "Ministry of X and Y" where Y is a lone organisation word
        "The country's Ministry of Environment and Energy said it would “review the "
        "findings together with scientists” before deciding.",
        "Ministry of Environment and Energy",
    ),
    (  # a person, then an organisation's officer: no one body
        "In a joint statement, Whitlock-Reyes and Lanternfish Animation Studios president "
        'Gabriel Santangelo said: "We are proud of what we built together."',
        "Gabriel Santangelo",
    ),
    (  # a surname mention that is not the printed name's last word
        "Minibus fares will rise next month, legislator Edmund Tsui Wing-kei said on Sunday. "
        '"For a family here, an extra few dollars a day is a lot of money," Tsui said.',
        "Edmund Tsui Wing-kei",
    ),
    (  # an accented first name is a first name
        "Spain will raise the pension age, economy minister Inés Carvajal Montoya has said. "
        '"The arithmetic is not ideological," Carvajal told the Financial Times.',
        "Inés Carvajal Montoya",
    ),
    (
        'Union leader José Luis Arenas Ruiz said the plan was "asking cleaners to pay for a '
        'crisis they did not cause".',
        "José Luis Arenas Ruiz",
    ),
    (  # a role word inside the run ("Sheriff"), an occupation or rank heading it
        '"This fire moved faster than anything I have seen," Clark County Sheriff Dale '
        "Whitcomb said.",
        "Dale Whitcomb",
    ),
    (
        'Farmer Geoff Brooks told BBC News people\'s lives "revolved around hunting" in the '
        "county.",
        "Geoff Brooks",
    ),
    (
        '"Most breeding sites we find are inside homes," Datuk Dr Rosnah Ismail said.',
        "Rosnah Ismail",
    ),
    (  # a bloc's initials stay the name it goes by
        'The European Union met on Monday. The EU said any tax "should not hinder the airlines".',
        "EU",
    ),
]

# (text, the speaker of its last quote)
LAST_SPEAKER: list[tuple[str, str]] = [
    # round 16 (see the fixtures README)
    (
        # heldout15 (AP style): the legal suffix is kept as the document prints it.
        "The mine is operated by Black Fork Energy LLC. Black Fork Energy said in a statement "
        'that it was "cooperating fully with state and federal investigators".',
        "Black Fork Energy LLC",
    ),
    (
        # heldout15 (Irish Times style): "Hotel" printed once with the name.
        "The Carrowbeg Lodge Hotel near Killarney has closed its spa. In a statement the "
        'Carrowbeg Lodge said it was "working closely with the HSE".',
        "Carrowbeg Lodge Hotel",
    ),
    (
        # heldout15 (The Age style): "Operator" is capitalised only to open the sentence.
        "Drivers were told to tighten their belts while the operator's profits went up. "
        "Operator Southern Cross Tramways described the action as "
        '"disproportionate and deeply disappointing for the travelling public".',
        "Southern Cross Tramways",
    ),
    (
        # heldout15 (celebrity magazine style): a representative of a person never named.
        'Maxine Okoro-Bell was among the first to react. "Nobody deserves it more," she said. '
        "A representative for the actor confirmed the news and said the couple were "
        '"over the moon and planning something small".',
        "",
    ),
    # round 17 (see the fixtures README)
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
    (
        # A hyphenated surname keeps both capitals and stays whole.
        '"We did not want to be on a sidewalk," said Lena Vogt-Marchetti, the principal oboist.',
        "Lena Vogt-Marchetti",
    ),
    # round 19 (see the fixtures README)
    (  # "she said" after a person never named means her, not the last named woman
        "Dr Anna Kerr, a consultant with the health board, said the risk was low. One guest, "
        "who asked not to be named, said the pool had been shut for a week. “Nobody told us "
        "anything at all,” she said.",
        "",
    ),
    (  # a quote paragraph after a person never named is theirs, not the next sentence's subject
        "Rescue crewman Tama Rangi said the group had done well. One of the kayakers, a "
        "27-year-old Taupo man who did not want to be named, told the paper the river rose "
        "quickly.\n\n“One minute we were having lunch, the next we were running for the bank.”"
        "\n\nCouncil hazards manager Aroha Kani said rainfall had been heavy.",
        "",
    ),
    # round 21 (see the fixtures README)
    (  # "X for Y and Z" is one organisation, as "X of Y and Z" is
        "Jobs are to go at the Treasury. A Department for Work and Pensions spokeswoman "
        'said: "The award reflects all that he has achieved."',
        "Department for Work and Pensions",
    ),
    (  # a tabloid's hyphenated descriptor heading a name is no part of it
        "Man-of-the-match Damien Duff starred. Man-of-the-match Duff said: "
        '"I would have headed that every time."',
        "Damien Duff",
    ),
    (  # a first name alone is the one fuller person's name it starts
        "Neighbours helped great-gran Peggy Ashworth, 82, to the bank. Peggy, who was treated "
        'in hospital, said: "He is my guardian angel."',
        "Peggy Ashworth",
    ),
    (  # Singapore style: an honorific and the given name
        "Infectious diseases specialist Rajesh Subramaniam said he expected a peak. "
        '"We usually see the peak after the rains," said Dr Rajesh.',
        "Rajesh Subramaniam",
    ),
    (  # a company a first name starts is no person's name
        'It was fired by Delta Airlines I said. A Delta spokesperson said there were "very '
        'clear rules" on it.',
        "Delta",
    ),
    (  # a surname-first name: the short surname before the given names stays
        "Environment minister Koh Wei Ming urged residents to act. "
        '"Five minutes a week can make a real difference," he said.',
        "Koh Wei Ming",
    ),
    (  # "the engineer said" after an unnamed engineer at a company is still no one
        '"This is not fatal," said Mei-Ling Chou, an analyst at Tidewater Research. One '
        "engineer at a PC maker who was briefed on the delay, and who asked not to be named, "
        'said the problem was known. "Everyone on our side assumed it would slip," the '
        "engineer said.",
        "",
    ),
    (
        "Talking to Dawn, Environment Minister Rabia Naseem Khokhar said schools would "
        "close. A doctor at Mayo Hospital, requesting anonymity, said cases had risen. "
        '"Every second child we are seeing has a cough," the doctor said.',
        "",
    ),
    # round 22 (see the fixtures README)
    (  # an officer named right after the body's "X of Y" name is a name of its own
        "Speaking on Radio Kerry, Minister of State at the Department of Health Maura Byrne "
        'said the plan answered "years of calls from patients and their families".',
        "Maura Byrne",
    ),
    (  # an age and a relative clause between the subject and its verb: no name there speaks
        "Many young cooks settle in cities. Samir Haddad, 31, who trained in Poitiers, "
        'explained his choice: "The rent is half and the customers are loyal."',
        "Samir Haddad",
    ),
    (  # a place after "said during a visit to" is no inverted speaker; the appositive's name is
        "Fees will fall next year. \u201cNo nurse should pay to park at night,\u201d Helen Achebe, "
        "the care minister, said during a visit to Royal Wessex Hospital in Poole.",
        "Helen Achebe",
    ),
    (  # a newspaper's title after "told" is its listener
        'Charges remain by day. "Day staff are the same nurses on another rota," Gwen Pryce, '
        "its general secretary, told The Herald.",
        "Gwen Pryce",
    ),
    (  # "the statement said": the subject of the sentence that introduced a statement
        "In a statement, the Harbour Authority said the ferries would run until May. The "
        "routes pass Albert Quay and Mill Station. \u201cDemand will be watched closely,\u201d "
        "the statement said.",
        "Harbour Authority",
    ),
    (  # a headline's capitalised first word heading a surname: the body's full name
        "Hurdler Okafor retires from racing\n\nFormer world champion Tunde Okafor is to retire. "
        '"My body has had enough," said Okafor.',
        "Tunde Okafor",
    ),
    # round 23 (see the fixtures README)
    (  # an abbreviated councillor's title heading a surname: "Coun Hepworth"
        "Local councillor Mark Hepworth has written to the mayor. "
        '"Taking away the only bus is cutting people off," Coun Hepworth said.',
        "Mark Hepworth",
    ),
    (  # a body's "X for Y" name is one name, with or without "the" before it
        "The route was cut. A spokesperson for Transport for West Yorkshire said: "
        '"We are looking at options to restore the link."',
        "Transport for West Yorkshire",
    ),
    (
        "The Coalition for Fair Fares, an industry-funded group, said the cuts had "
        '"many causes, including falling passenger numbers," in an email.',
        "Coalition for Fair Fares",
    ),
    (  # a title heading a company's name whose initials the text prints: no title
        "US giant General Dynamics has posted higher profits and declared itself "
        '"in very good shape". GD said orders were up, "with growth in every division".',
        "General Dynamics",
    ),
    (  # a one-word name whose own verb takes "his"/"he" is a person a later "he" may mean
        "Henman battled past Ivo Karlovic in four sets. The Croatian served well but Henman "
        'raised his game. "I tried to stay calm out there today," he said.',
        "Henman",
    ),
    (  # a plural people noun opening the sentence is a group never named
        "A third defendant, Richard Okoye, was acquitted. Investigators said Okoye's partner "
        'was "a snake oil salesman with a website".',
        "",
    ),
    (  # an unnamed person's street is no speaker
        "Shops have waited four years. \u201cThey dug up our street and said two years, tops,"
        "\u201d said one cafe owner on Church Street, who did not want to be named.",
        "",
    ),
    # round 24 (see the fixtures README)
    (  # a word printed mostly in lower case heading a title and a name describes them
        "The ferry will be out until June. Local MSP Morag Finlayson said the delay showed "
        '"a failure of planning at every level".',
        "Morag Finlayson",
    ),
    (  # ... or a first name and a surname: a capitalised descriptor opening the sentence
        'The club won again. "We knew we had to be patient," said Wing Christophe Dupont.',
        "Christophe Dupont",
    ),
    (  # an honorific inside a run starts the name: a place or event before it is no part
        "Wendy Carr spoke next. Speaking in Harrogate Mrs Carr said: "
        '"People want a party that listens to them."',
        "Wendy Carr",
    ),
    (  # a frequent common word opening a sentence before a one-word name printed alone too
        "Searches by the worm went through Yahoo for days. Once Yahoo blocked them the rate "
        'fell. "We will be reviewing our procedures," Yahoo said.',
        "Yahoo",
    ),
    (  # a common word joined by "and" to a title is half the title, no speaker
        '"The economy is in a recovery stage," said Economic and Fiscal Policy Minister '
        "Akira Tanabe.",
        "Akira Tanabe",
    ),
    # round 25 (see the fixtures README)
    (  # a name with particles is fuller than its capitalised headline form
        "Van der Berg wins title\n\nMarten van der Berg won the final on Sunday.\n\n"
        '"I still cannot believe it," Van der Berg said.',
        "Marten van der Berg",
    ),
    (  # Maasai "ole" keeps the name whole
        'Kipas ole Sankale, a ranger, spoke. "The birds clean the land," Sankale said.',
        "Kipas ole Sankale",
    ),
    (  # a hyphenated given name is no headline adjective
        'Ji-hoon Baek, 58, runs a shop there. "Nobody asked us," Baek said.',
        "Ji-hoon Baek",
    ),
    (  # an "-ing" word before a determiner opening a sentence is a participle
        "The appeal was heard. Imposing a new sentence, the judge said he had weighed "
        '"the efforts he has undoubtedly made while in custody".',
        "",
    ),
    (  # a word that is no first name before a particle and a surname: a title or misprint
        'Delft: Pieter ter Horst led the work. "We had to rewrite the tools," Me ter Horst told '
        "the BBC.",
        "Pieter ter Horst",
    ),
    # round 26 (see the fixtures README)
    (  # a nation after a title-like word names a public body
        'A Transport Scotland spokesman said: "We are working with the operator."',
        "Transport Scotland",
    ),
    (  # ... but not after a peer's honorific
        'Home Office minister Baroness Scotland said: "Murder is the most serious of crimes."',
        "Scotland",
    ),
    (  # a legislature's abbreviation after a constituency starts the name after it
        'Highlands and Islands MSP Catriona Rennie said it was "another chapter in a scandal".',
        "Catriona Rennie",
    ),
    (  # Malay and Gulf honorifics go
        'Madam Tan Siew Lan, 67, sells noodles. "Rent is one thing," she said.',
        "Tan Siew Lan",
    ),
    (
        'Eng Khalid Salem al-Marri told the paper: "The market has served the city well."',
        "Khalid Salem al-Marri",
    ),
    (  # a body's 2-word short name is the one 3+-word name it opens, printed in full
        "Metlink works for Greater Wellington Regional Council. A Greater Wellington "
        'spokeswoman said: "Check the app before you travel."',
        "Greater Wellington Regional Council",
    ),
    # round 27 (see the fixtures README)
    (  # an unbracketed short form speaks as the full name printed: "A&B"
        'Marks & Spencer is cutting prices. "We are bringing in new ranges," M&S said.',
        "Marks & Spencer",
    ),
    (  # a capitalised word counts whole in the initials
        'The UK Independence Party won 12 seats. "We were outspent," UKIP said.',
        "UK Independence Party",
    ),
    (  # a country before a national body's name is left out of its initials
        'The U.S. Consumer Product Safety Commission announced a recall. "Stop using the '
        'heaters now," the CPSC said.',
        "U.S. Consumer Product Safety Commission",
    ),
    (  # a mixed-case short form's parts open the name's words, which need no org word
        'Analysts at Dresdner Kleinwort Wasserstein were cautious. "This cannot be good for '
        'margins," DrKW said.',
        "Dresdner Kleinwort Wasserstein",
    ),
    (  # ... and the name so found is a body, "it", not "she"
        "Carly Fiorina leads Hewlett Packard. The job of firms such as HP now, she said, was "
        'to make things simple. "The revolution is about people," she told delegates.',
        "Carly Fiorina",
    ),
    (  # two letters spelling a name with no organisation word are a person's initials
        'Cat Deeley is leaving CD:UK. "I have had a great time," CD said.',
        "CD",
    ),
    (  # "Cde" (comrade) is an honorific before a Zimbabwean official's name
        'The Deputy Minister of Lands, Cde Tendai Mhlanga, opened the floors. "Side '
        'marketing will not be tolerated," said Cde Mhlanga.',
        "Tendai Mhlanga",
    ),
    # round 28 (see the fixtures README)
    (  # a noun for a person by work heading a name is no part of it: "-man"
        'Fisherman Rajindra Ramlogan, 58, has worked the bay for years. "I never see it so '
        'bad," Ramlogan said.',
        "Rajindra Ramlogan",
    ),
    (  # "-ee"
        'Retiree Tan Ah Lian, 71, eats there daily. "Last time I had to cook," she said.',
        "Tan Ah Lian",
    ),
    (  # "Co-" and a noun
        'Co-author Tevita Fifita called it "a pathway nobody had looked for".',
        "Tevita Fifita",
    ),
    (  # a compound ending in a listed title, with a particle in the name
        'Headteacher Dafydd ap Ifan said he was "overwhelmed by the support".',
        "Dafydd ap Ifan",
    ),
    (  # ... not "-er" alone, which ends as many names: a bank's name stays whole
        'Dresdner Kleinwort Wasserstein analysts were cautious. "This is not good for '
        'margins," Dresdner Kleinwort Wasserstein said.',
        "Dresdner Kleinwort Wasserstein",
    ),
    (  # a British police rank in capitals before a first name is a title
        'PC Hannah Lyle told the inquest: "The low sun was a significant factor."',
        "Hannah Lyle",
    ),
    (  # ... capitals before a first name otherwise open a company's name
        'CB Richard Ellis said: "Office rents rose again in the City."',
        "CB Richard Ellis",
    ),
    (  # the pilgrim's honorific goes and tells a man, so his middle name finds him
        'Hajji Swaibu Kakooza Musoke chairs the traders. "The road is cut in three places," '
        "Hajji Kakooza said.",
        "Swaibu Kakooza Musoke",
    ),
    (  # a letter after a slash ends a model's code, no initial of a person "P Vaio"
        "Paul Trotter judged the awards. Sony's PCG-X505/P Vaio laptop won. \"It broke the "
        'design rules yet again," he said.',
        "Paul Trotter",
    ),
    (  # "said" and a clause with a past verb taking an object reports, names no speaker
        "Paul Trotter, editor of PC Pro, said several Sony products helped it to win.\n\nHe "
        'said its player "broke the design rules yet again".',
        "Paul Trotter",
    ),
    (  # ... a relative clause's verb after "who" is the speaker's own
        'Leeds coach Jo Kay was delighted. "We never gave up," said the coach who inspired them.',
        "Jo Kay",
    ),
    (  # an acronym printed alone elsewhere, run on into its chief's name, is two names
        "The co-head of aerospace group EADS Philippe Camus is to leave EADS. Mr Camus said: "
        '"I will give up my role as soon as the board asks me."',
        "Philippe Camus",
    ),
    (  # ... a company's initials never printed alone stay its name's
        'KPMG Peat Marwick said: "Audit fees rose." Peat Marwick has 30 offices.',
        "KPMG Peat Marwick",
    ),
    (  # "the X and Y ... Alliance": a group's word ends the one body's name, as a body's does
        "A spokesperson for the Computer and Digital Commerce Alliance said the group is wary "
        'of "a patchwork of overlapping disclosure mandates".',
        "Computer and Digital Commerce Alliance",
    ),
    # round 29 (see the fixtures README)
    (  # two-word honorifics of Malaysia go with the title before them
        'Executive chairman Tan Sri Lim Kok Seng told shareholders: "Mechanisation is no '
        'longer a choice."',
        "Lim Kok Seng",
    ),
    (
        'Council chief executive Datuk Wira Azman Shah Haron said: "We are still short."',
        "Azman Shah Haron",
    ),
    ('Pehin Dato Lim Jock Seng said: "Trade has grown."', "Lim Jock Seng"),  # Brunei
    (  # a Knesset member, a Myanmar honorific, an RAF rank
        'Committee chairman MK Yosef Abu-Rish said: "Every time we meet, there is a new reason."',
        "Yosef Abu-Rish",
    ),
    ('Daw Khin Mar Aung said: "The clinics need more nurses."', "Khin Mar Aung"),
    ('Sqn Ldr Tomasz Wierzbicki said: "The crew did everything right."', "Tomasz Wierzbicki"),
    (  # a clergy title before a first name; the full name printed elsewhere
        'Canon Margaret writes: "Lent begins on 5 March." The Revd Canon Margaret Ellwood '
        "is vicar.",
        "Margaret Ellwood",
    ),
    # ... guards: titles that are also names, words and firms
    ('Canon said: "Sales of cameras rose."', "Canon"),
    ('Canon Europe said: "Sales of printers rose."', "Canon Europe"),
    ('Sri Mulyani Indrawati said: "The budget is sound."', "Sri Mulyani Indrawati"),
    ('Retiree Tan Siew Lan said: "The bus is always late."', "Tan Siew Lan"),
    ('MK Dons said: "The manager has left."', "MK Dons"),
    (  # a post in head case between commas after a name is no name: the name before speaks
        'Dr Rajesh Menon, Deputy Medical Director, added: "Getting patients home matters."',
        "Rajesh Menon",
    ),
    ('Ms Joan Okoro, Chief Nurse, said: "The lounge has made a real difference."', "Joan Okoro"),
    ('Mr Tom Hale, Head of Operations, said: "We are ready."', "Tom Hale"),
    ('Jane Smith, Director General of the agency, said: "We are ready."', "Jane Smith"),
    # ... guard: a title heading a name in the last part stays a title
    ('Speaking in Cardiff, Health Minister Jane Hutt said: "We will act."', "Jane Hutt"),
    (  # the outlet an interview was given to is no sentence subject for a later "he"
        "Jon Ander Urrutia signed in May. In an interview with the Basque newspaper El Correo "
        'last year, he said he saw himself in England "sooner or later".',
        "Jon Ander Urrutia",
    ),
    (  # ... guard: a person with an honorific after a programme's name is the subject
        'On the Today programme Mr Johnson was asked why. He replied: "It was time to move on."',
        "Johnson",
    ),
    (  # dotted initials in brackets after the name stand for it as undotted ones do
        "The Samoa Ports Authority (S.P.A.) will build a ramp. An S.P.A. spokesperson said it "
        'would be ready "before the first excavator arrives on site".',
        "Samoa Ports Authority",
    ),
    (  # ... and printed dotted after the name, unbracketed
        "The National Union of Teachers said it was worried. The N.U.T. said the plan was "
        '"a disaster for schools".',
        "National Union of Teachers",
    ),
    ('The U.S. said the plan was "a disaster for schools".', "U.S."),  # a country stays
    # round 30 (see the fixtures README)
    (  # an ampersand joins one body's name: not "Exchange Commission"
        "The Securities & Exchange Commission accused the firm of using techniques that "
        '"did not comply in material respects" with the rules.',
        "Securities & Exchange Commission",
    ),
    ('Marks & Spencer said: "Sales were weak."', "Marks & Spencer"),
    (  # a headline partial: the lead's source named by a description, the next sentence names it
        "Fannie Mae 'should restate books'\n\nFannie Mae should restate its earnings, watchdogs "
        "have said.\n\nThe Securities & Exchange Commission accused the firm of errors.",
        "Securities & Exchange Commission",
    ),
    (  # ... "the firm" is the organisation the lead names
        "Continental 'may run out of cash'\n\nShares in Continental Airlines have tumbled after "
        "the firm warned it could run out of cash.\n\nIt filed a report.",
        "Continental Airlines",
    ),
    (  # ... a name closing the lead's cue
        "Small firms 'hit by rising costs'\n\nCosts are hitting small manufacturers, business "
        "lobby group the CBI says.\n\nA survey found output had risen.",
        "CBI",
    ),
    (  # guard: a name inside the description is not the source
        "Alfa Romeos 'to get GM engines'\n\nFiat is to stop making engines, unions at the "
        "Italian carmaker have said.\n\nThe unions say engines will come from GM.",
        "",
    ),
    (  # an inverted trailing cue whose name ends on an appositive
        'It represents a "big leap forward" for broadband, said Chris Stening, UK Online '
        "general manager.",
        "Chris Stening",
    ),
    (  # ... and after a whole quote with no comma of its own
        '"Sales will keep growing" said Lee Rainie, director of the Pew Internet Project.',
        "Lee Rainie",
    ),
    # round 31 (see the fixtures README)
    (  # a person introduced by age and home town, with no speech verb, is whom "she" means
        "Wreake Valley Travel said passenger numbers had fallen.\n\nJean Hollis, 81, from "
        'Frisby, uses the bus three times a week.\n\nShe said: "I don\'t drive."',
        "Jean Hollis",
    ),
    (  # ... "Speaking to X, she said"
        "The Tyne and Wear Metro was suspended.\n\nCommuter Lauren Robson, 29, from Whitley "
        'Bay, was among hundreds stranded.\n\nSpeaking to ChronicleLive, she said: "It was '
        'chaos."',
        "Lauren Robson",
    ),
    (  # guard: an age alone after a one-word organisation does not make it a subject
        'Ms Trew said "ballet is dying".\n\nLondon, 2004, was a good year.\n\n"It was '
        'lovely," she said.',
        "Trew",
    ),
    (  # a name an organisation's head noun introduces is an organisation: "the company"
        "Operator Wreake Valley Travel said numbers had fallen. A spokesperson for the company "
        'said: "We appreciate this will be disappointing."',
        "Wreake Valley Travel",
    ),
    (  # ... so "he" passes over it to the person before
        'Tom Hale said: "Fine."\n\nOperator Wreake Valley Travel cut the route.\n\n"It is '
        'a shame," he said.',
        "Tom Hale",
    ),
    (  # an appositive post with its scope named ("for the Midland Main Line") is not the speaker
        "Claire Wetherell, Network Rail's programme director for the Midland Main Line, told "
        'The Star that engineers had "found things nobody had records of".',
        "Claire Wetherell",
    ),
]


# The first quote's speaker.
FIRST_SPEAKER = [
    # round 32 (see the fixtures README)
    (  # an intro partial given the group takes the named person whose later quote repeats it
        'Traders in Portobello have warned the plans could "kill the high street".\n\nFiona '
        'McLeish said: "Put a meter outside and it will kill the high street, simple as that."',
        "Fiona McLeish",
    ),
    (  # ... a headline partial too; a cue subject ending on a common noun ("passengers say")
        "Metro passengers 'left stranded for two hours'\n\nMetro passengers say they were \"left "
        'stranded for two hours".\n\nCommuter Lauren Robson, 29, from Whitley Bay, was caught '
        'up.\n\nSpeaking to ChronicleLive, she said: "We were left stranded for two hours."',
        "Lauren Robson",
    ),
    (  # ... the person named in the later quote's trailing cue
        'Parents say "nobody picks up the phone" at CMS.\n\n"Nobody picks up the phone. You sit '
        'on hold," Keisha Alston said.',
        "Keisha Alston",
    ),
    (  # guard: a later quote carried over by "she said" past an unnamed spokeswoman
        'The Scottish Executive said it would "not be common practice" to sign.\n\nDavid '
        'McLetchie said it was wrong.\n\nThe executive spokeswoman said more. She said: "It '
        'would not be common practice for them."',
        "Scottish Executive",
    ),
    (  # guard: a named person's own cue keeps her words
        'Ann Lee warned it was "a very sad day".\n\nBob Hay said: "It is a very sad day for '
        'us all."',
        "Ann Lee",
    ),
    # round 33: the Australian councillor's "Cr" and the US alderman's "Ald." are titles
    (
        'Deputy mayor Elise Marchetti said the beach had to reopen.\n\n"Eastern Beach is the one '
        'place in Geelong where everyone swims," Cr Marchetti said.',
        "Elise Marchetti",
    ),
    (
        'The council voted 13-2.\n\n"This is a street where people are driving 60 miles an hour '
        'past a school," said Ald. Marcus Tolliver, whose district includes the stretch.',
        "Marcus Tolliver",
    ),
    (
        "Councillor Owen Pettigrew said it was the third shutdown.\n\n“Every time, we’re told "
        "it’s the last one for a while,” Cr Pettigrew told the Bendigo Advertiser.",
        "Owen Pettigrew",
    ),
    # round 34: a speaker cut from a long organisation name printed in full takes the name
    (
        "Growers near Lenswood lost most of the crop.\n\nA Primary Industries and Regions SA "
        'spokesperson said the agency was "monitoring the situation closely".',
        "Primary Industries and Regions SA",
    ),
    (
        "Fines for fly-tipping will double.\n\nBlackburn with Darwen Council said: “People dump "
        "rubbish at night so that nobody knows where they are.”",
        "Blackburn with Darwen Council",
    ),
    (
        "Farmers are angry.\n\nA spokesperson for the Department of Agriculture, Food and the "
        'Marine said: "The consultation remains open until March."',
        "Department of Agriculture, Food and the Marine",
    ),
    (
        'A crocodile was seen at Palm Cove.\n\n"The crocodile has been assessed," a '
        "Department of Environment, Tourism, Science and Innovation spokesperson said.",
        "Department of Environment, Tourism, Science and Innovation",
    ),
    (
        'The plan was welcomed. According to Il Sole 24 Ore, the government will focus on "opening '
        'up markets".',
        "Il Sole 24 Ore",
    ),
    # guards: a person's title and name; a body also printed alone; two places or people
    (
        'Labour MP for Gloucester, Priya Shah, said: "The minister stood in this town."',
        "Priya Shah",
    ),
    (
        'Vodafone and Deutsche Telekom were named. Vodafone said: "We will appeal."',
        "Vodafone",
    ),
    (
        'The match between Neumi Nanuku and Marika Vakacegu was close. "We held on," '
        "Marika Vakacegu said.",
        "Marika Vakacegu",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), FIRST_SPEAKER)
def test_first_quote_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text)][:1] == [speaker]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes_and_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == expected


@pytest.mark.parametrize(("text", "speaker"), ONE_SPEAKER)
def test_one_quote_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), LAST_SPEAKER)
def test_last_quote_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text)][-1:] == [speaker]


@pytest.mark.parametrize(
    ("words", "start"),
    [
        (("Headteacher", "Fiona", "Adeyemi-Clarke"), 1),
        (("House", "Agriculture", "Chair", "Glenn", "T.", "Harwood"), 3),
        (("Parent", "Jessica", "Tran"), 1),
        (("Morgan", "Stanley", "Dean", "Witter"), 0),  # a first name at 0: no cut
        (("Blair", "Will", "Stand"), 0),  # a first name that is a common word
        (("Agence", "France", "Presse"), 0),  # a place
        (("Hein", "Le", "Roux"), 0),  # a name particle
        (("CB", "Richard", "Ellis"), 0),  # an acronym before it
        (("Green", "MEP", "Caroline", "Lucas"), 2),  # a title acronym before it is fine
        (("Defiant", "Matt"), 0),  # no surname after it
    ],
)
def test_first_name_start(words: tuple[str, ...], start: int) -> None:
    assert first_name_start(words) == start


def test_common_words_list() -> None:
    """The BBC-derived list of words printed mostly in lower case mid-sentence loads and holds
    descriptors but not surnames that are also words (round 24)."""
    words = common_words()
    assert len(words) > 3000
    assert {"local", "once", "economic", "sprinter", "member"} <= words
    assert not {"brown", "friday", "green", "king", "rice", "cook", "wood", "hall"} & words


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [  # round 31: an organisation's head noun before a name; guards: a person's description
        ("Operator Wreake Valley Travel said so.", "Wreake Valley Travel", True),
        ("the bus operator Stagecoach Bus said so.", "Stagecoach Bus", True),
        ("fellow broadcaster Michael Pointon said so.", "Michael Pointon", False),
        ("film maker Ken Loach said so.", "Ken Loach", False),
    ],
)
def test_introduced_as_org(text: str, name: str, org: bool) -> None:
    assert introduced_as_org(text, name, {}) is org


def test_channel_five_still_speaks() -> None:
    text = 'Five said it had been surprised because it was "obvious this material is a drama".'
    assert [q.speaker for q in extract_quotes(text)] == ["Five"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # session 5: a lone plural common noun opening a sentence is an unnamed group
        ('Fans said "the club has let us all down" after the game.', ""),
        ('Ministers said "the policy is working well now" on Monday.', ""),
        ('Farmers said "prices are rising too fast" on Monday.', ""),
        ('Staff said "the office was closed without warning" last week.', ""),
        # guards: a plural printed as a name mid-sentence, a surname with an honorific, and
        # organisation names ending in "s" that news does not print in lower case
        ("Wolves said \"the manager has our full support\" today. He joined Wolves in May.",
         "Wolves"),
        ('Mr Banks spoke. Banks said "the vote was a disgrace to the house".', "Banks"),
        ('Barclays said "profits rose in every division" on Tuesday.', "Barclays"),
        ('Siemens said "the order is worth two billion euros" on Tuesday.', "Siemens"),
    ],
)  # fmt: skip
def test_common_group_is_no_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # session 5: ", but Wenger said" opens a clause whose subject speaks (BBC: 26 quotes in
        # 8 articles had gone to the subject of the clause before the comma)
        ('Prices for autos also jumped, but Shepherdson said "these increases will not stick".',
         "Shepherdson"),
        ("Arsenal manager Arsene Wenger was unhappy. Kolo Toure scored late, but Wenger said: "
         '"The only positive is that we are still in the tie."', "Arsene Wenger"),
        ('Sotherton finished third behind the Swede, and Kluft said: "I knew about her well."',
         "Kluft"),
        # guard: "but the Kiwi" is a description of the man named before, read as before
        ("Referee John Dallas ruled it out. Dallas said that Bob Deans was tackled short, but "
         'the Kiwi said he "was dragged back into the field of play".', "Bob Deans"),
    ],
)  # fmt: skip
def test_clause_after_but_names_its_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # session 5, round 36 (tuned on heldout50-51): groups described, never named
        ("Residents of the nearby Woodquay and Bohermore areas said the tower would be "
         '"completely out of scale with everything around it".', ""),
        ('Farmers in Norfolk said "the rain came far too late for the barley".', ""),
        ('"I will believe it when I am riding it," said one man waiting for a bus to Roseland.',
         ""),
        ("Two Senate aides said the bill was \u201cthe kind of thing nobody wants to vote "
         "against.\u201d", ""),
        # guards: analysts from a firm write for it; a group of spokespeople speaks for its body
        ('"Such events have a limited impact on bookings," wrote analysts from Citigroup Smith '
         "Barney in a note.", "Citigroup Smith Barney"),
    ],
)  # fmt: skip
def test_described_group_is_no_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # round 36: a body's name with commas ends in a portfolio word, which is no title here
        ("The Department for Environment, Food and Rural Affairs said it was \"monitoring the "
         'situation closely".', "Department for Environment, Food and Rural Affairs"),
        # "Brighouse" and "West Yorkshire Police" were joined across a whole sentence
        ("He runs a firm in Brighouse and was among those stranded until the early hours. West "
         'Yorkshire Police said the fire was "not being treated as suspicious".',
         "West Yorkshire Police"),
    ],
)  # fmt: skip
def test_long_body_names(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [  # round 36: Title Case titles ending in a comma inside the marks, or up to ten words
        "The report, titled \u201cKeeping the F Moving,\u201d was published on Monday.",
        'The campaign, "Safe and Sustainable Maternity Care in North Cumbria", ends today.',
    ],
)
def test_long_titles_are_not_quotes(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # round 37: a person set off by a long lower-case description, then a verb, is the
        # sentence's subject (the description's names are not), so a later "she" means her
        ('"It is the end of the blind date as we know it," said Graeme Oxby, a director. '
         "Flic Everett, journalist and dating expert for Company magazine and the Daily "
         "Express, thinks technology has been liberating.\n\n"
         '"One of the problems with video phones is people do not know what to video," she '
         "told BBC News.", "Flic Everett"),
        # guard: no verb after the description, so the name still opens the sentence's topic
        ("For Rick Dean, director of business development for digital content company THX, a "
         "high-definition future is an exciting prospect. He has worked on many films. "
         '"There was a time when this was quite impossible," he says.', "Rick Dean"),
    ],
)  # fmt: skip
def test_long_description_after_subject(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text)][-1] == speaker


def test_long_relative_clause_before_cue() -> None:
    """Round 37: a relative clause of over 70 characters between a name and its cue."""
    text = (
        "Tess Kavanagh, a spokeswoman, said the change was needed. Retired nurse Helen "
        "Papadakis, 71, who takes the tram to medical appointments in Parkville twice a week, "
        'said she was worried. "I have got a bad hip and two trams is a lot of standing," she '
        "said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Helen Papadakis"]


def test_age_and_long_clause_introduce_a_subject() -> None:
    """Round 37: after an age, a clause of over 60 characters before the verb."""
    text = (
        "In Ingham, Sharon Cappello, 58, whose family has farmed sugar cane outside the town "
        "for three generations, spent Saturday moving machinery to higher ground.\n\n"
        '"We have been through a few of these floods before now," she said.'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Sharon Cappello"]
