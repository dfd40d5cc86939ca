"""Word lists for attribution: cue verbs, role nouns, organisation words, unnamed sources.

Kept apart from the matching code so the lists can grow without touching logic.
All entries are lower-case lemmas.
"""
from __future__ import annotations

# Verbs that report speech or writing: "said", "told", "tweeted", "added" ...
SPEECH_VERBS = frozenset(
    """
    say tell add argue claim write tweet post state announce declare explain note insist warn
    reply respond answer ask comment remark suggest acknowledge admit deny confirm promise
    pledge vow urge recall describe quip joke testify concede predict repeat emphasize
    emphasise stress contend assert maintain allege report inform mention caution complain
    boast lament observe point reiterate continue conclude concur agree disagree counter
    retort shout yell scream chant cry whisper tout proclaim reveal disclose estimate
    blog brief advise recount recommend demand threaten assure reassure quote cite
    """.split()
)

# Verbs of belief or intention that PolNeAR-style annotation also counts as attribution
# when they take a clause ("X believes that ..."): emitted as indirect, never as direct.
BELIEF_VERBS = frozenset("believe think hope expect fear worry feel know doubt".split())

# Verbs that govern a partial quote as its object: 'called it "a big mistake"'.
NAMING_VERBS = frozenset(
    "call describe dismiss label brand term characterize characterise deride decry slam praise".split()
)

CUE_VERBS = SPEECH_VERBS | BELIEF_VERBS

# Verbs that hold a view of something 'as' what a quotation calls it: 'viewed him as "directly responsible"'.
VIEW_AS_VERBS = frozenset("see view regard".split())

# Nouns that name a person by function; used to accept a title before a name and to
# resolve "the minister" to the person introduced with that title.
ROLE_NOUNS = frozenset(
    """
    minister secretary president premier chancellor senator sen rep representative congressman
    congresswoman governor gov mayor spokesman spokeswoman spokesperson chief head director
    chairman chairwoman chair ceo founder leader analyst journalist reporter editor correspondent
    official ambassador envoy general commander adviser advisor aide strategist professor
    researcher expert economist lawyer attorney judge justice prosecutor candidate nominee
    democrat republican deputy member lawmaker legislator king queen prince pope bishop
    fm pm mp mep dr colonel col lt sgt captain capt officer inspector commissioner
    coordinator manager executive vice speaker whip strategist pollster activist campaigner
    organizer organiser historian scientist author writer columnist commentator host anchor
    economist owner partner investor diplomat monitor observer
    staffer delegate surrogate operative consultant donor supporter critic voter resident
    worker teacher student doctor nurse physician engineer agent soldier veteran farmer
    opponent challenger incumbent contender frontrunner front-runner hopeful assistant
    clerk sheriff marshal trooper detective investigator negotiator mediator regulator
    counsel solicitor administrator superintendent principal dean provost rabbi imam priest
    pastor cardinal archbishop cofounder co-founder entrepreneur billionaire celebrity actor
    actress singer star athlete coach player treasurer comptroller auditor councillor
    councilor alderman scholar fellow lecturer academic specialist witness survivor victim
    protester demonstrator volunteer blogger photographer producer publisher moderator
    pundit spokesman spokeswoman staff aide advisor official officials
    rival astronaut retiree waitress waiter broker pioneer guru oligarch native prophet
    immigrant refugee owner landlord tenant customer shopper trader
    admiral lieutenant sergeant corporal brigadier commodore
    """.split()
)

# Head words of organisation names and role nouns that refer to organisations.
# words for a publication or broadcaster ('the newspaper reported')
OUTLET_NOUNS = frozenset({"newspaper", "paper", "magazine", "network", "station", "outlet", "website", "agency",
                          "broadcaster", "daily", "weekly", "tabloid"})
ORG_NOUNS = frozenset(
    """
    ministry department agency office government administration police guard guards service
    group committee council commission party campaign company firm bank court parliament
    army military navy force forces embassy authority authorities organization organisation
    union federation association institute foundation university newspaper paper outlet magazine
    channel broadcaster network agency kremlin house board bureau team media medium television tv
    utility operator inspectorate regulator watchdog ombudsman
    center centre coalition alliance movement senate congress assembly cabinet regime
    pac caucus club society fund corporation corp inc llc college school nations
    """.split()
)

_CORPORATE_FORMS = frozenset("inc corp co cos ltd plc llc llp lp ag ab sa nv gmbh bhd".split())


def corporate(word: str) -> bool:
    """A firm's legal form, with or without its stops ('Inc.', 'Corp', 'PLC', 'N.V.')."""
    return word.lower().replace(".", "") in _CORPORATE_FORMS


def named_with_legal_form(words: list[str]) -> bool:
    """A firm's name: its legal form closes it ('Sun Microsystems Inc.'), or opens it written with stops
    ('N.V. DSM'; not 'AG Bill Barr')."""
    return len(words) >= 2 and (corporate(words[-1]) or "." in words[0][:-1] and corporate(words[0]))


def seat_word(token) -> bool:
    """'Mich.-based', 'New York-based': a modifier of a name that says where the body sits, no part of it."""
    hyphened = token.lower_ == "based" and token.i > 0 and token.doc[token.i - 1].text == "-"
    return token.dep_ in ("compound", "amod", "nmod") and (token.lower_.endswith("-based") or hyphened)


# what a statement is issued in ('said in a statement that', 'issued a statement saying')
MESSAGE_NOUNS = frozenset("statement letter memo email e-mail tweet release video message post".split())

# people the article may leave unnamed ("said the woman", "one voter said")
FEMALE_NOUNS = frozenset({"woman", "mother", "daughter", "girl", "grandmother", "wife", "sister", "widow",
                           "mom", "mum", "aunt", "waitress", "actress", "housewife"})
MALE_NOUNS = frozenset({"man", "father", "son", "boy", "grandfather", "husband", "brother", "dad", "uncle",
                         "widower"})
PEOPLE_NOUNS = frozenset({"voter", "resident", "supporter", "protester", "witness", "student", "worker", "official",
                           "person", "attendee", "participant", "volunteer", "delegate", "veteran", "teacher",
                           "nurse", "doctor", "soldier", "refugee", "migrant", "local", "shopper", "driver",
                           "farmer", "customer", "parent", "neighbor", "neighbour", "friend", "member", "user"})

# nouns that name a person, told or untold ('said the woman', 'said the official', 'a worker named X')
PERSON_NOUNS = FEMALE_NOUNS | MALE_NOUNS | PEOPLE_NOUNS | ROLE_NOUNS

# Verbs whose object is who was addressed ('told AFP', 'warned reporters the plan ...'), not what was said.
ADDRESS_VERBS = frozenset("tell ask inform assure warn remind brief urge notify convince persuade promise show "
                          "teach".split())

# Pronouns resolved to the last person / organisation.
PERSON_PRONOUNS = frozenset("he she him her his hers".split())
ORG_PRONOUNS = frozenset("it its they their".split())

# Determiners and quantifiers that mark an unnamed source: "one man", "a witness".
UNNAMED_DETS = frozenset("a an one some another several many two three few most".split())

# Patterns of a self-named anonymous source: 'one woman, identifying herself only as Mira'.
SELF_NAMED_RE = (
    r"(?:identif(?:y|ying|ied)\s+(?:himself|herself|themselves)|gave\s+(?:his|her|their)\s+name"
    r"|giving\s+(?:his|her|their)\s+name|who\s+(?:was\s+)?(?:named|called)|named)"
    r"\s+(?:only\s+)?(?:as\s+)?([A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?)"
)

# Verbs whose object or infinitive states a position, plan or claim ("vowed to ...",
# "called on X to ...", "accused X of ...", "wants to ..."): indirect attribution when
# they take no clause. PolNeAR-style annotation counts these as attributions too.
POSITION_VERBS = frozenset(
    """
    want plan hope intend seek aim vow pledge promise propose call urge accuse deny criticize
    criticise describe show find expect announce oppose reject praise blame endorse back favor
    favour prefer agree refuse decline threaten demand recommend suggest insist estimate predict
    indicate reveal conclude acknowledge admit question support argue claim warn ask dismiss
    condemn defend applaud welcome attack slam blast rail support know learn understand
    mention list offer denounce consider view regard complain talk discuss trust vote
    expect seem appear endorse cite decide express echo charge worry focus speak campaign
    advocate lobby brag testify report recall refer remember order downplay document recount
    encourage
    """.split()
)

# Nouns that carry an attribution with their possessor as source: "his promise to build a
# wall", "Trump's claim that ...", "her support for the deal", "a report by Politico that ...".
CUE_NOUNS = frozenset(
    """
    claim statement promise pledge warning call argument view belief assertion allegation
    accusation suggestion proposal plan vow demand complaint criticism fear hope concern
    support endorsement opposition report announcement comment comments remark remarks
    insistence contention prediction threat rejection denial admission assurance
    """.split()
)

# Cue nouns that report speech or writing (the rest are beliefs, plans or positions).
SPEECH_NOUNS = frozenset(
    """
    claim statement promise pledge warning call argument assertion allegation accusation
    suggestion proposal vow demand complaint criticism report announcement comment comments
    remark remarks insistence contention prediction threat rejection denial admission assurance
    """.split()
)

# Verbs and nouns of belief, wish, plan or perception: attributions for PolNeAR, not speech.
BELIEF_CUES = BELIEF_VERBS | frozenset(
    """
    want plan hope intend aim expect seem appear know learn understand consider view regard
    trust fear worry doubt prefer favor favour decide belief fear hope concern view plan see
    """.split()
)

# Entity labels of places (a place may be where a figure holds, never who speaks when a name competes)
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})

# Relative pronouns that can be a clause's subject ('a group that urged', 'the leader who pledged')
RELATIVE_WORDS = frozenset({"who", "that", "which", "whom"})

# Labels of page furniture that the recogniser takes for names ("Editor's Note:", "Update:")
PAGE_LABELS = frozenset("""note editor editors update correction clarification disclosure disclaimer
    transcript excerpt excerpts""".split())

# Titles that state gender: "Mr. Smith said ... she" is not Smith.
MALE_TITLES = frozenset("mr mr. sir lord king prince father brother pope".split())
FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss madam lady queen princess sister".split())


_REPORT_ACTS = frozenset("propose accuse criticize criticise condemn denounce blame charge express brag echo".split())


def cue_type(lemma: str) -> str:
    """'speech' for said/told/according to, 'belief' for thinks/wants/plans, else 'other'."""
    lemma = lemma.lower()
    if lemma in ("according", ":", "") or lemma in SPEECH_VERBS or lemma in NAMING_VERBS or lemma in SPEECH_NOUNS:
        return "speech"
    if lemma in _REPORT_ACTS:
        return "speech"
    if lemma in BELIEF_CUES:
        return "belief"
    return "other"
