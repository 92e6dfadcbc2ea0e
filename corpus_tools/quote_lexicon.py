"""Word lists for reading names in news text (function words, titles, honorifics, nationalities,
the last words of organisation names), for `quote_names`.

>>> "mr" in TITLES and "plc" in ORG_WORDS
True
"""

from __future__ import annotations

SKIP_WORDS = frozenset(
    "the a an but and or in on at for of to as if when while after before with by from so yet "
    "this that these those there here it its he she they we i you his her their our my speaking "
    "commenting asked meanwhile however although though now then also later earlier last "
    "next on monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december according many some most "
    "all few several both each every any no other such more much only just even still perhaps "
    "indeed instead already again almost nearly yes "
    # Prepositions opening a sentence: "Outside the venue, the activist Grace Nakato told".
    "outside inside despite during under above below beyond behind near amid among across "
    "following like unlike throughout "
    # Court reports open with the side a lawyer speaks for: "Defending, solicitor Barry
    # Costigan said", "Prosecuting, Ms Reid told the court".
    "defending prosecuting".split()
)
# Nationality adjectives before a person's name are no part of it: "Australian Lynton Crosby"
# (but "Swiss Re", "Welsh Assembly Government", "Czech Republic" keep theirs, see `personal`).
# Words opening a phrase before a sentence's subject: "In a statement on Monday, a council
# spokeswoman said", "In a submission to a Senate inquiry, the Ethnic Communities Council said".
OPENING_WORDS = (
    "In", "On", "At", "After", "During", "Following", "Speaking", "Responding", "Commenting",
    "Writing", "Asked", "Earlier", "Later", "Meanwhile", "Separately",
)  # fmt: skip
OPENING_ALT = "|".join(OPENING_WORDS)
DEMONYMS = frozenset(
    "australian canadian irish "
    "scottish welsh english italian spanish portuguese japanese indian pakistani israeli iraqi "
    "iranian afghan dutch swiss swedish norwegian danish finnish polish greek turkish brazilian "
    "argentine argentinian mexican egyptian saudi nigerian kenyan zimbabwean jamaican belgian "
    "austrian czech hungarian romanian serbian croatian colombian venezuelan chilean cuban "
    "korean vietnamese thai indonesian malaysian palestinian lebanese syrian moroccan".split()
)
GROUP_WORDS = frozenset("government republic democrats republicans".split())
TITLES = (
    frozenset(
        "mr mrs ms miss dr prof professor president prime minister secretary chancellor chairman "
        "chairwoman chief executive director spokesman spokeswoman spokesperson senator governor "
        "mayor deputy shadow leader foreign home environment transport business finance health "
        "justice defence defense education culture trade interior economy energy constitutional "
        "affairs senior general judge king queen prince princess pope commissioner ambassador rev "
        "captain colonel attorney kremlin us uk eu un labour tory conservative liberal democrat "
        "russian ukrainian american british french german chinese former then new vice dj sir lord "
        "lady dame baroness baron ceo cfo coo cto mp msp mep officer crown sen rep gov gen lt col "
        "sgt capt det supt insp cllr director-general secretary-general".split()
    )
    # Abbreviated ranks of councillors, aldermen and officers: "Coun Mark Hepworth", "Ald X",
    # and the Australian and New Zealand councillor's "Cr Jane Smith".
    | frozenset("coun ald cr cmdr cdr maj brig".split())
    | frozenset(  # role nouns that head-case a name at a sentence start: "Prosecutor Helen Marsh"
        "prosecutor lawyer solicitor barrister detective inspector striker defender midfielder "
        "goalkeeper skipper winger coach manager boss producer presenter actor actress singer "
        "rapper comedian novelist author journalist critic economist analyst campaigner activist "
        "guitarist drummer archbishop bishop peer councillor".split()
    )
    | frozenset(  # local and US elected roles: "City Councilmember Ray Dumont"
        "councilmember councilman councilwoman council-member alderman alderwoman trustee "
        "supervisor selectman assemblyman assemblywoman assemblymember congressman "
        "congresswoman councilor".split()
    )
    | frozenset(  # people in the news by what they do, not a title: "Parent Jessica Tran"
        "parent resident commuter student pupil teacher nurse shopper passenger voter patient "
        "worker fan homeowner tenant landlord motorist cyclist".split()
    )
    | frozenset(  # more such words, and ranks and honorifics outside the UK's: "Datuk Dr X"
        "farmer shopkeeper shopowner owner founder chef pastor rabbi imam lecturer researcher "
        "advocate "  # Indian papers title lawyers: "Advocate Nandini Rao"
        "scientist surgeon firefighter paramedic sheriff commodore admiral sergeant constable "
        "superintendent datuk dato garda corporal cpl cst const "
        # American school years before a pupil's name: "Junior Eli Thibodeau"
        "freshman sophomore junior".split()
    )
    # Malay and Gulf honorifics and engineers' titles: "Madam Tan Siew Lan", "Encik Rahman",
    # "Eng Khalid Salem al-Marri" (the Gulf press's "Eng." for an engineer); "Cde" (comrade)
    # before officials in Zimbabwean and other southern African papers: "Cde Tendai Mhlanga".
    | frozenset("madam puan encik cik haji hajjah eng engr cde comrade".split())
    # The pilgrim's honorific as East and West African papers spell it: "Hajji Swaibu Kakooza
    # Musoke" (Uganda), "Alhaji Aliko Dangote", "Alhaja Sikirat Ojo" (Nigeria).
    | frozenset("hajji alhaji alhaja hajia".split())
)
# British police ranks printed as capitals before an officer's name ("PC Hannah Lyle", "DCI
# Tom Reid"): titles there, although capitals before a first name otherwise open a company's
# name ("CB Richard Ellis"); never titles alone ("PC World", "DC Comics").
POLICE_RANKS = frozenset("PC WPC DC DS DI DCI DSI DSU PCSO".split())
# Members of a legislature, printed between a constituency and the name: "Highlands and
# Islands MSP Catriona Rennie" is Catriona Rennie.
LEGISLATORS = frozenset("MP MSP MEP MLA MS AM TD MPP".split())
# A nation printed after a title-like word names a public body, not a person: "Transport
# Scotland", "Health Canada" ("Transport" heads "Transport Secretary X" elsewhere).
NATIONS = frozenset(
    "scotland wales england ireland britain canada australia zealand india singapore "
    "malaysia nigeria kenya".split()
)
# Titles printed abbreviated with a full stop before a name ("Sen. Maria Lopez", "Coun. Mark
# Hepworth"): the stop ends no sentence and stays with the speaker (`quotes`, `quote_speakers`,
# `quote_context` build their patterns from this one list).
DOTTED_TITLES = (
    "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Supt", "Det", "Insp", "Cllr", "Coun",
    "Ald", "Cr", "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Cpl", "Cst", "Const",
)  # fmt: skip


def title_stop_lookbehinds(titles: tuple[str, ...], *, negative: bool) -> str:
    r"""Lookbehinds, to follow a full stop, for "the stop closes one of `titles`" (`negative`:
    does not), one per title length since a lookbehind's alternatives must be equally long.

    >>> import re
    >>> stop = re.compile(r"\." + title_stop_lookbehinds(("Sen", "Rep"), negative=False))
    >>> bool(stop.match("state Sen. Ann Ray", 9)), bool(stop.match("the end. Ann", 7))
    (True, False)
    """
    by_length: dict[int, list[str]] = {}
    for title in titles:
        by_length.setdefault(len(title), []).append(title)
    sign = "!" if negative else "="
    looks = [rf"(?<{sign}\b(?:{'|'.join(ts)})\.)" for _, ts in sorted(by_length.items())]
    return "".join(looks) if negative else f"(?:{'|'.join(looks)})"


# A full stop inside a speaker phrase: closing an abbreviated title ("state Sen. Marisol
# Ybarra"), or a generation after the name ("PRTA president Orly Cabrera Jr. said").
TITLE_STOP = (
    r"(?:\."
    + title_stop_lookbehinds(DOTTED_TITLES, negative=False)
    + r"(?=\s[A-Z])|\.(?<=\b[JS]r\.)(?=[\s,]))"
)
ROLES = frozenset(
    "councilmember councilman councilwoman alderman alderwoman trustee supervisor selectman "
    "assemblyman assemblywoman assemblymember congressman congresswoman councillor councilor "
    "professor president minister secretary chancellor chairman chairwoman director executive "
    "spokesman spokeswoman spokesperson senator governor mayor leader commissioner ambassador "
    "captain coach manager boss editor analyst economist correspondent dj chief ceo cfo coo "
    "cto officer sheriff commodore admiral superintendent director-general judge "
    "secretary-general".split()
)
# Letters after a person's name, no part of it: "Aoife Brennan TD", "Sir Tim Rice QC" (exact
# case: "Md" or "Td" would be a word). "Jr" and "Sr" are part of the name, but the surname
# before them is what a later mention repeats ("Griffey" for "Ken Griffey Jr").
POST_NOMINALS = frozenset(
    "TD MP MSP MEP MLA AM QC KC SC OBE MBE CBE KBE DBE PhD Ph.D MD DPhil FRS Esq".split()
)
# Printed with or without the full stop ("Dale Ruiz Jr."); a Roman numeral is a generation only
# after two or more words ("Thomas J. Whitcombe III", not the sequel "Cinderella II").
GENERATIONS = frozenset("Jr Sr Jr. Sr. Jnr Snr".split())
NUMERALS = frozenset("II III IV".split())
# Titles only a person holds: "Gen Musharraf", "President Putin" are people though one word
# is left (a one-word name is otherwise an organisation: "Cairn", "Nasa").
PERSON_TITLES = frozenset(
    "dr prof professor president senator governor mayor judge pope ambassador rev captain "
    "colonel general sen rep gov gen lt col sgt capt det supt insp cllr coun ald cr cmdr cdr maj "
    "brig".split()
)
HONORIFIC_GENDER = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "baroness": "f",
    "prince": "m",
    "princess": "f",
    # The pilgrim's honorifics are a man's or a woman's ("Hajji Swaibu Kakooza Musoke").
    "haji": "m",
    "hajji": "m",
    "alhaji": "m",
    "hajjah": "f",
    "alhaja": "f",
    "hajia": "f",
}
# Last words of organisation names (a generic list of company, public-body and media suffixes).
ORG_WORDS = frozenset(
    "association centre center forum council group party union ltd inc plc office ministry "
    "department commission committee bank agency authority company corporation corp trust "
    "society network times news post bbc itv cnn records festival journal club school "
    "university court church fund federation league institute foundation service services "
    "division programme kremlin energy breweries brewery semiconductor semiconductors motors "
    "airways airlines holdings systems technologies pharmaceuticals industries partners capital "
    "media telecom communications networks entertainment studios insurance foods oil petroleum "
    "steel mining resources electronics software labs securities stores brands police army "
    "navy parliament assembly board executive cabinet treasury house senate congress chambers "
    "construction orchestra philharmonic symphony "
    # Airlines printed "Summit Air", "Meridian Air" (later plain "Meridian"); Ireland's police,
    # whose "Garda" is otherwise an officer's rank ("Garda Sinéad Whelan").
    "air síochána siochana "
    # Football clubs: "Ashbourne Rovers", "Manchester United", "Leicester City".
    "rovers united city athletic wanderers albion rangers fc".split()
)
# Last words of competitions, prizes and places: no people (a later "he said" never means
# "World Cup", "Academy Award" or "Coolum Beach"), so counted with the organisations, but no
# body's full name ("Uefa" is not "Uefa Cup"). Not "Street": Downing Street speaks.
EVENT_WORDS = frozenset(
    "cup games championship championships olympics trophy prix awards award prize "
    "road avenue beach valley airport harbour harbor square".split()
)
ORG_WORDS |= EVENT_WORDS
# Honorifics and titles of the English-language press outside Britain and the US, and religious,
# professional and service ranks, that head a person's name but are also names, words or firms
# ("Canon said", "Sri Mulyani Indrawati", "Father Ted", "Begum", "Adi", "Hon Hai"): dropped only
# before a listed first name or two more capitalised words (`quote_names.strip_titles`).
WORLD_TITLES = frozenset(
    # Malaysia and Brunei; Indonesia; Thailand; Myanmar ("Daw Aung San Suu Kyi")
    "tun toh datin pehin awang dayang bapak pak ibu bu khun u daw "
    # South Asia ("Smt Sonia Gandhi", "Maulana Fazlur Rehman")
    "shri smt shrimati kumari begum sardar pandit maulana mufti "
    # the Gulf and Arab world; Africa; the Pacific; Bhutan; Israel's Knesset ("MK")
    "sheikh sheikha sayyid sayed oba mwalimu mheshimiwa hon honourable ato weyzero ratu adi "
    "dasho lyonpo mk "
    # churches, mosques and temples
    "canon father fr sister brother msgr monsignor cardinal archdeacon revd reverend lama "
    "swami "
    # professions (the Philippine "Atty", Malta's "Perit"), councils, service ranks
    "atty perit alderman assemblymember cpl pte ldr sqn flt".split()
)
# Two-word titles whose first word alone is no title or is a surname ("Tan Sri Lim Kok Seng",
# "Datuk Wira Azman Shah Haron", "the Rt Rev Nick Baines", "Sqn Ldr Mark Hughes").
TITLE_PAIRS = frozenset(
    tuple(pair.split())
    for pair in (
        "tan sri", "puan sri", "toh puan", "datuk seri", "datuk wira", "datuk patinggi",
        "dato seri", "dato sri", "dato' sri", "datin seri", "datin paduka", "very rev",
        "rt rev", "rt hon", "right rev", "right honourable", "wing cdr", "wing commander",
        "sqn ldr", "squadron leader", "flt lt", "flight lieutenant", "ch insp", "ch supt",
        "chief nurse", "medical director",
    )
)  # fmt: skip
