"""What a number counts or measures, read from the parse.

The phrase for ``what`` is built from the sentence, not generated: the counted
noun with its modifiers ("people arrested at protests", "Russians who fled"),
or for a measure the thing measured ("queue stretched", "distance southeast
of Moscow").  Every helper returns None when the parse does not say: a fact
without a "what" is dropped by the caller (precision first).
"""
from __future__ import annotations

import re

from ..doctext import entity_of
from .cues import PEOPLE_NOUNS, RELATIVE_WORDS, ROLE_NOUNS
from .quote_marks import DASHES
from .ratios import DENOMINATORS, PLURAL_DENOMINATORS
from .units import CURRENCIES, CURRENCY_BEFORE, TIME_UNITS, UNIT_AFTER

PERSONISH = {
    "people", "person", "persons", "man", "men", "woman", "women", "child", "children", "resident",
    "citizen", "soldier", "troop", "reservist", "protester", "demonstrator", "refugee", "migrant",
    "worker", "employee", "veteran", "civilian", "student", "voter", "member", "officer", "patient", "victim",
    "passenger", "driver", "prisoner", "journalist", "activist", "fighter", "volunteer", "recruit",
    "supporter", "fan", "delegate", "official", "lawmaker", "senator", "candidate", "immigrant",
    "asylum-seeker", "tourist", "visitor", "guest", "inmate", "detainee", "hostage", "survivor", "casualty",
    "nurse", "doctor", "teacher", "firefighter", "rescuer", "policeman", "trooper", "marine", "sailor",
    "pilot", "crew", "adult", "teenager", "girl", "boy", "family", "household", "staff",
    "russian", "ukrainian", "american", "georgian", "finn", "kazakh", "belarusian", "pensioner", "conscript",
    "boxer", "player", "striker", "goalkeeper", "singer", "actor", "actress", "author", "writer", "farmer",
    "lawyer", "banker", "manager", "owner", "mother", "father", "son", "daughter", "wife", "husband", "suspect",
    "defendant", "gunman", "motorist", "cyclist", "pedestrian", "athlete", "runner", "swimmer", "chef", "artist",
}
# verbs that lend their subject to the clause they raise ("are thought to have died", "is expected to ease")
RAISING_VERBS = {"think", "believe", "fear", "expect", "estimate", "say", "report", "know", "understand",
                 "presume", "feel", "project", "forecast", "predict", "seem", "appear", "set", "likely"}
# verbs whose subject does what their infinitive says: 'the club works to raise $40,000'
CONTROL_VERBS = {"want", "plan", "hope", "seek", "try", "agree", "promise", "pledge", "aim", "intend", "work",
                 "decide", "vow", "offer", "propose", "threaten", "need", "attempt", "refuse", "fail", "manage",
                 "struggle", "begin", "start", "prepare", "wish", "choose", "vote"}
_BOUND_NOUNS = {"excess", "region", "neighbourhood", "neighborhood", "tune", "upwards"}
PRICE_VERBS = {"close", "trade", "end", "finish", "open", "settle", "stand"}  # "closed at $12.40 in New York"
LIGHT_VERBS = {"be", "have", "include", "contain", "number", "total", "say", "comprise", "involve", "see",
               "get", "make", "take", "give", "do", "face", "hold", "need", "want", "use", "show"}
LEVEL_VERBS = {  # "the toll rose to 35", "arrests topped 1,000": the subject is what is measured
    "rise", "fall", "number", "reach", "top", "exceed", "hit", "surpass", "total", "climb", "drop", "increase",
    "decrease", "grow", "jump", "soar", "stand", "decline", "double", "pass", "near", "approach",
    "cost", "stretch", "measure", "last", "weigh", "amount", "equal", "average", "be", "become",
    "remain", "plunge", "slip", "edge", "eclipse", "cross", "break", "gain", "lose", "shed", "tumble", "ease", "shrink", "swell", "expand", "contract", "widen", "narrow", "sink", "slump", "rebound", "recover",
    "close", "end", "finish", "settle", "trade",  # "the index closed at 3,005.47"
}
# words of change: "rose 5%", "up 9%", "a rise by"
CHANGE_LEMMAS = {"rise", "fall", "climb", "drop", "jump", "increase", "decrease", "grow", "gain", "lose",
                 "decline", "slip", "slide", "plunge", "soar", "surge", "tumble", "by", "up", "down", "add", "shed", "dip"}
# verbs that change their object by an amount ("trimmed its forecast by 0.2 points")
CHANGE_OBJECT_VERBS = {"raise", "cut", "lower", "lift", "boost", "trim", "reduce", "increase", "decrease", "edge",
                       "revise", "slash", "hike", "expand", "shrink", "grow", "bump", "pare", "scale", "mark"}
# level verbs that add nothing to "what" ("support stood at 12 percent" -> "support")
STATE_VERBS = {"be", "become", "remain", "stand", "total", "amount", "equal", "average", "reach", "hit", "sit",
               "hover", "come", "number"}
REPORT_VERBS = {
    "say", "report", "estimate", "tell", "announce", "state", "count", "confirm", "claim", "add",
    "write", "tweet", "post", "note", "show", "put", "calculate", "tally", "record", "publish",
    "indicate", "suggest", "find", "reveal", "disclose", "acknowledge", "declare", "insist", "warn",
}
# verbs whose subject is the source even when the figure is their direct object ("the ministry recorded 530")
MEASURE_REPORT = {"report", "announce", "estimate", "count", "record", "tally", "calculate", "put", "register", "confirm",
                  "publish", "show", "find", "reveal", "disclose", "indicate"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "these"}
MAX_WHAT = 12
EMPTY_VERBS = {"compare", "go", "come", "name", "affiliate", "say", "get", "make", "do", "see", "know", "think",
               "seem", "look", "put", "set", "call", "tell", "follow", "include", "be", "have", "use", "want", "find",
               "range"}
FUNCTION_WORDS = {"him", "her", "them", "us", "me", "its", "their", "his", "our", "my", "your", "those", "one", "ones",
                  "other", "others", "some", "many", "all", "both", "each", "few", "several", "most", "more", "less",
                  "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "there", "here",
                  "what", "whom", "whose", "itself", "themselves", "himself", "herself", "such", "same", "any", "none"}
# words that count people by what befell them, without a noun: "left 23 dead and 100 injured"
HARM_VERBS = {"kill", "injure", "wound", "arrest", "detain", "evacuate", "rescue", "displace", "abduct", "kidnap",
              "execute", "hospitalize", "hospitalise"}
CASUALTY_WORDS = {"dead", "injured", "wounded", "missing", "homeless", "hurt", "displaced", "stranded"}
RATIO_BASES = {"gdp", "gnp", "turnover", "output"}  # "4.1% of GDP" measures something against these
FRAME_NOUNS = {"average", "total", "maximum", "minimum", "median", "sum", "mean"}  # "an average of 6%"
LEVEL_NOUNS = {"record", "high", "low", "peak"}  # "hit a record $13.64": a level, not a count of records
TIME_NOUNS = {"year", "month", "week", "day", "quarter", "hour", "minute", "decade", "century", "season"}
CURRENCY_UNITS = CURRENCIES | {"cent"}
DISTANCE_UNITS = {"mile", "kilometre", "metre", "foot", "yard"}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "north-east", "north-west", "south-east", "south-west", "away", "from", "outside", "off",
              "inland", "offshore", "beyond", "short", "northward", "southward", "eastward", "westward"}


def _name_before(noun):
    """"Varna, a city ...": the proper name an appositive noun describes."""
    i = noun.left_edge.i - 1
    doc = noun.doc
    if i >= 1 and doc[i].text == "," and doc[i - 1].pos_ == "PROPN":
        j = i - 1
        while j > 0 and doc[j - 1].pos_ == "PROPN":
            j -= 1
        return doc[j:i].text
    return None


def reports(verb) -> bool:
    """A reporting verb, not its phrasal namesake: "the coalition showed up", "the sums add up"."""
    return verb.lemma_ in REPORT_VERBS and not any(
        c.dep_ == "prt" and c.lower_ in ("up", "off", "around", "away") for c in verb.children)


def _join(tokens) -> str:
    """Text of tokens in order; gaps between non-adjacent tokens become one space."""
    toks = sorted(tokens, key=lambda t: t.i)
    out = []
    for k, t in enumerate(toks):
        out.append(t.text)
        if k + 1 < len(toks):
            nxt = toks[k + 1]
            out.append(t.whitespace_ if nxt.i == t.i + 1 else " ")
    return _balanced("".join(out).strip(" ,;:-"))


def _balanced(text: str) -> str:
    """'emails upgraded to "confidential': a quotation mark the phrase opens but does not close goes."""
    for opening, closing in (("\u201c", "\u201d"), ("\u2018", "\u2019")):
        extra = text.count(opening) - text.count(closing)
        if extra > 0:
            text = " ".join(text.replace(opening, "", extra).split())
    if text.count('"') % 2:
        k = text.rfind('"')
        text = " ".join((text[:k] + text[k + 1 :]).split())
    return text


def _span(toks: list) -> tuple[int, int]:
    """Character offsets from the first token's start to the last token's end."""
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _trim(tokens: list) -> list:
    """Drop leading determiners/punctuation and trailing punctuation; cap the length."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].pos_ in ("DET", "PUNCT", "CCONJ") or toks[0].lower_ in ("'s",)):
        toks.pop(0)
    segments, cur = [], []
    for t in toks:  # a phrase never crosses a line break: keep the biggest piece
        if "\n" in t.text:
            segments.append(cur)
            cur = []
        elif not t.is_space:
            cur.append(t)
    segments.append(cur)
    toks = max(segments, key=len)
    if len(toks) > MAX_WHAT:  # cut where a phrase starts, not inside one ('... and other social justice')
        toks = toks[:MAX_WHAT]
        cut = max((k for k, t in enumerate(toks) if k >= MAX_WHAT // 2 + 1 and toks[k - 1].whitespace_
                   and toks[k - 1].pos_ not in ("AUX", "PART") and t.lower_ in _PHRASE_WORDS
                   and t.pos_ in ("ADP", "CCONJ", "SCONJ", "PRON", "DET", "ADV")), default=None)
        toks = toks[:cut] if cut is not None else toks
    while toks and toks[-1].pos_ in ("PUNCT", "CCONJ", "ADP", "DET"):
        toks.pop()
    return toks


# a conjunction, preposition (not 'of', which binds its noun) or relative word: a phrase starts here
_PHRASE_WORDS = {"and", "or", "but", "that", "who", "which", "whose", "where", "when", "while", "because",
                 "in", "on", "at", "for", "by", "with", "from", "during", "near", "after", "before", "against",
                 "among", "into", "through", "across", "over", "under", "since", "until", "without"}


def _wire_dash(tok) -> bool:
    """' _ ', the dash of old wire copy ('700,000 Cubans living in South Florida _ and elsewhere _ send')."""
    return tok.text == "_" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _clause_subtree(tok, exclude: set[int], stop_at_comma: bool = True) -> list:
    """Subtree tokens of ``tok`` that are contiguous with it and outside ``exclude``."""
    out = []
    for t in tok.subtree:
        if t.i in exclude:
            continue
        if stop_at_comma and t.i > tok.i and (t.text in (",", ";", "(", "—", "–", "--") or _wire_dash(t)):
            break
        if t.i > tok.i and t.dep_ == "cc" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num:
            break  # "... in the states and 718 superdelegates": another figure begins
        out.append(t)
    return out


def noun_phrase(noun, exclude: set[int], with_right: bool = True) -> list:
    """The noun with its left modifiers and (optionally) first prep/acl/relcl on the right."""
    toks = [noun]
    after = max((i for i in exclude if i < noun.i), default=-1)  # "a record 8.7 million people"
    for child in noun.lefts:
        if child.i in exclude or child.dep_ in ("det", "nummod", "quantmod", "predet", "punct"):
            continue
        if child.dep_ == "amod" and child.lower_ in _COMPARED and any(t.i in exclude for t in child.subtree):
            toks.append(child)  # "7 million fewer people": fewer, not 7 million people
            continue
        if child.left_edge.i < after:
            continue
        if child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod") and not any(
            (t.like_num and t.tag_ != "JJ" and not _in_hyphened_word(t)) or t.i in exclude for t in child.subtree
        ):  # (an ordinal is a word of the name: 'two former first ladies')
            toks.extend(child.subtree)
        elif child.dep_ == "compound" and child.i > after and not child.like_num and child.lower_ not in _UNIT_WORDS:
            toks.append(child)  # "a €750bn recovery fund": the figure hangs on 'recovery', the word still names the fund
    if with_right:
        for child in noun.rights:
            if child.i in exclude:
                continue
            if child.dep_ in ("prep", "acl", "relcl"):
                if _past_colon(noun, child):
                    break  # "two things: getting $15 an hour and ...": what follows a colon lists them
                if child.lower_ in _SUBSET_WORDS:
                    continue  # "23 people, including four minors": a part, not what is counted
                if child.dep_ == "relcl" and _singular_verb(child) and noun.tag_ in ("NNS", "NNPS"):
                    continue  # "a war in two provinces that continues": the clause is about the war
                if child.dep_ == "relcl" and child.right_edge.i == child.i and child.lower_ in _CLITIC_VERBS:
                    continue  # "the states he's won", the parser ending the clause at "'s": cut short, so left out
                if child.dep_ == "relcl" and _stacked_who(noun, child):
                    continue  # "anyone who destroyed 34,000 records who didn't get indicted": not the records
                if child.dep_ == "relcl" and any(t.like_num and t.i not in exclude and t.ent_type_ in _FIGURE_ENTS
                                                 for t in child.subtree):
                    continue  # "emails that were not among the 30,000 Quint's lawyers returned": another count
                if child.lower_ == "to" and noun.dep_ == "pobj" and noun.head.lower_ == "from":
                    break  # "from a $15 minimum wage to free tuition at ...": the next item of a list
                if child.lower_ == "than":
                    continue  # "30 more delegates than Mr. Sanders": the other side of a comparison
                if child.lower_ in ("to", "from") and any(t.like_num and t.i not in exclude and not _in_hyphened_word(t)
                                                          for t in child.subtree):
                    break  # "a 31-point advantage to the current two points": the other end of a change
                if child.dep_ in ("relcl", "acl") and child.left_edge.text in ("(", "["):
                    continue  # "250,000 Syrian refugees (Obama has proposed accepting ...)": an aside in brackets
                if child.dep_ in ("relcl", "acl") and any(t.text == "," for t in noun.doc[noun.i + 1:child.left_edge.i]):
                    continue  # "2,000 parents, of whom 61% said ...": an aside about them ('Two analysts, A and
                    # B, found in 2014 that ...': the sentence's verb read as a participle)
                if child.dep_ == "relcl" and noun.dep_ == "pobj" and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
                    continue  # "made the case to 23 leaders that he had not ...": what he argued, not who they are
                sub = _clause_subtree(child, exclude)
                if child.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in sub):
                    continue  # "subscribers in the quarter": time is `when`, not `what`
                toks.extend(sub)
                break
    return toks


_COMPARED = frozenset({"more", "fewer", "less", "additional", "extra"})
_FIGURE_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_CLITIC_VERBS = frozenset({"'s", "\u2019s", "'ve", "\u2019ve", "'re", "\u2019re", "'d", "\u2019d"})


def _past_colon(noun, child) -> bool:
    """A colon stands between the noun and its dependent: what follows lists or explains, it does not
    modify ('two things: getting $15 an hour')."""
    return any(t.text == ":" for t in noun.doc[noun.i + 1 : child.left_edge.i])


def _singular_verb(clause) -> bool:
    """The relative word is the subject of a third person singular verb ('that continues', 'which has
    grown'; not 'the delegates he needs', whose subject is another)."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ not in RELATIVE_WORDS:
        return False
    return clause.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in clause.children)


def _in_hyphened_word(tok) -> bool:
    """"One-way tickets", "two-party system": a number that is part of a hyphened word, not a count."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and tok.whitespace_ == "" and doc[tok.i + 1].text == "-" \
        and doc[tok.i + 1].whitespace_ == "" and doc[tok.i + 2].is_alpha


# prepositions that name a part or an exception of what is counted
_SUBSET_WORDS = {"including", "excluding", "among", "like", "besides", "except", "plus", "such"}
# prepositions whose phrase does not say what a verb's figure is about ("according to", "despite")
_NOT_TAIL_PREPS = _SUBSET_WORDS | {"according", "as", "despite", "because"}
_TAIL_STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "and", "or", "with", "from", "that",
              "who", "which", "its", "their", "his", "her"}


def _cap(text: str, limit: int = 14) -> str:
    """At most ``limit`` words, not ending on a function word."""
    words = text.split()
    if len(words) <= limit:
        return text.strip()
    words = words[:limit]
    cut = max((k for k, w in enumerate(words) if k >= limit // 2 + 1 and w.lower() in _PHRASE_WORDS), default=None)
    words = words[:cut] if cut is not None else words
    while words and words[-1].lower() in _TAIL_STOP:
        words.pop()
    return " ".join(words)


def _has_clause(toks, noun) -> bool:
    return any(t.head.i == noun.i and t.dep_ in ("acl", "relcl") for t in toks)


def _verb_tail(verb, exclude: set[int], skip: set[int], with_object: bool = False) -> list:
    """Particle, a short object (optionally) and the first non-temporal prep/agent phrase of a verb."""
    out = []
    for child in verb.rights:
        if child.i in exclude or child.i in skip:
            continue
        if child.dep_ == "prt":
            out.append(child)
        elif child.dep_ == "agent" and any(c.dep_ == "nsubj" for c in verb.children):
            continue  # 'the economy added 358,000 jobs, far above the 235,000 forecast by economists': an active
            # verb has no agent; the parser took another noun's
        elif (child.dep_ in ("dobj", "attr", "acomp") or child.dep_ == "oprd" and child.pos_ == "ADJ") and with_object:
            # ('call themselves conservative')
            obj = _clause_subtree(child, exclude)
            if len(obj) > 5:
                obj = [t for t in noun_phrase(child, exclude, with_right=False) if t.pos_ != "DET"]
            if len(obj) <= 5 and not any(t.like_num for t in obj) and not (
                    out and any(c.dep_ == "nummod" for c in child.children)):
                out.extend(obj)  # (not a second object, another figure's: 'paid girls as little as 50 cents')
        elif child.dep_ in ("prep", "agent") and not any(
            t.ent_type_ in ("DATE", "TIME") or t.i in exclude or t.like_num for t in child.subtree
        ) and child.lower_ not in _NOT_TAIL_PREPS and not _in_idiom(child):
            out.extend(_clause_subtree(child, exclude))
            break
    return out


# past forms that are not also the participle: 'a march that drew 10,000 people' does not make '10,000 people drew'
_PAST_NOT_PARTICIPLE = frozenset("""drove drew took gave saw wrote chose rose fell froze spoke stole broke tore wore
    threw grew knew flew blew began ran came became forgot got hid shook ate did went sang swam rode woke""".split())


def _reads_as_participle(verb) -> bool:
    """The verb's form also reads as the participle after the counted noun ('people killed', 'people sent')."""
    return verb.tag_ == "VBN" or verb.lower_ not in _PAST_NOT_PARTICIPLE


def _first_conjunct(noun):
    """The first of a row of conjuncts ("his mother and 10 others"), which carries the row's role."""
    while noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN", "PRON"):
        noun = noun.head
    return noun


_ACHIEVED = frozenset({"manage", "proceed", "go", "help"})  # 'managed to kill 49 people': it was done


def _harm_participle(verb) -> str:
    """"killed" for "killing", "kidnapped" for "kidnapping": the state of the people counted."""
    lemma = verb.lemma_.lower()
    if lemma == "kidnap":
        return "kidnapped"
    return lemma + ("d" if lemma.endswith("e") else "ed")


# nouns for people, whom a relative clause calls 'who' ('economists who raised ...', not 'that')
_PEOPLE_LEMMAS = frozenset(PERSONISH | ROLE_NOUNS | PEOPLE_NOUNS)


def _who_clause(clause) -> bool:
    return any(c.lower_ in ("who", "whom") for c in clause.children)


def _stacked_who(noun, clause) -> bool:
    """A second 'who' clause after the object of a first one ('anyone who destroyed 34,000 records who
    didn't get indicted') goes back to the first one's person, when the object is not one."""
    verb = noun.head
    return _who_clause(clause) and noun.dep_ == "dobj" and verb.dep_ == "relcl" and _who_clause(verb) \
        and not _person_like(noun)


def _person_like(noun) -> bool:
    """A name, a people word, or a noun of agent ('plaintiff', 'donor', 'economist'); a guess, used
    only to tell which of two nouns a 'who' can refer to."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in ("PERSON", "NORP") or noun.pos_ in ("PROPN", "PRON") or lemma in PERSONISH or \
        lemma.endswith(("er", "or", "ist", "ian", "ant", "ent", "iff", "ee"))


# nouns that make an adverb with 'in' ('50 cents in exchange for sex', '$5m in total', '$1 billion in the red'), not
# money's purpose
_IN_IDIOMS = frozenset({"exchange", "return", "addition", "total", "all", "part", "turn", "lieu", "response", "contrast",
                        "effect", "particular", "general", "fact", "advance", "red", "black"})


def _in_idiom(prep) -> bool:
    """'in part', 'in exchange', 'in total': an adverb, no place or purpose."""
    return prep.lower_ == "in" and any(c.dep_ == "pobj" and c.lower_ in _IN_IDIOMS for c in prep.children)


def _before_possessive(noun) -> bool:
    """The noun is followed by a possessive ending ('the nation's'), which the parser may have set apart."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.tag_ == "POS"


SHARE_NOUNS = set(DENOMINATORS) | set(PLURAL_DENOMINATORS) | {"percent", "%", "majority", "minority", "share"}
_SCALE_NOUNS = {"dozen", "hundred", "thousand", "million", "billion", "score"}


def _owned_noun(possessor):
    """The noun after 'X's' that X owns, within a few words: 'the campaign's several dozen paid employees'."""
    doc = possessor.doc
    for tok in doc[possessor.i + 2 : min(possessor.i + 7, possessor.sent.end)]:
        if tok.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ") and tok.dep_ != "amod":
            return None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() not in _SCALE_NOUNS and tok.dep_ != "compound":
            return tok
    return None


def counted_noun(span_toks: list, unit: str | None):
    """The noun the number counts or qualifies, or None ("1,400 people", "$5bn in aid")."""
    ids = {t.i for t in span_toks}
    head = head_of(span_toks)
    # a price reached is the subject's level: 'fell to $45.10 in early trading' counts no trading
    level = _at_level(head) and _level_verb(head).lemma_.lower() in CHANGE_LEMMAS | PRICE_VERBS
    # "1,400 of the protesters", "thousands of people", "$3bn in aid", "5% of voters"
    for t in span_toks:
        for child in t.children:
            if child.i in ids or child.dep_ != "prep":
                continue
            if child.lower_ == "of" or (child.lower_ in ("in", "for", "worth") and unit in CURRENCY_UNITS and not level):
                pobj = [c for c in child.children if c.dep_ == "pobj" and (c.pos_ in ("NOUN", "PROPN") or _described_group(c))
                        and c.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")
                        and not _in_idiom(child)
                        and not (child.lower_ == "for" and (c.ent_type_ in ("NORP", "PERSON", "ORG")
                                                            or c.lemma_.lower() in PERSONISH))]  # '$300,000 for Republicans', 'for veterans'
                if pobj and _before_possessive(pobj[0]) and t.dep_ == "nmod" and t.head.pos_ == "NOUN" \
                        and t.head.i > pobj[0].i:
                    return t.head  # "Fifty of the nation's top officers": the officers, not the nation
                owned = _owned_noun(pobj[0]) if pobj and _before_possessive(pobj[0]) else None
                if owned is not None:
                    return owned  # "a dozen of the campaign's several dozen paid employees", however parsed
                if pobj:
                    return pobj[0]
    nxt_i = max(ids) + 1
    if nxt_i + 1 < len(head.doc) and head.doc[nxt_i].lower_ == "more" and head.doc[nxt_i + 1].lower_ in CASUALTY_WORDS:
        nxt_i += 1  # "with dozens more missing"
    if nxt_i < len(head.doc) and head.doc[nxt_i].lower_ in CASUALTY_WORDS and head.doc[nxt_i].pos_ in ("ADJ", "VERB") \
            and head.doc[nxt_i].dep_ not in ("amod", "compound") and unit is None:  # not "30 dead bodies"
        return head.doc[nxt_i]  # "left 23 dead and more than 100 injured"
    if unit in CURRENCY_UNITS and not level and nxt_i < len(head.doc) and head.doc[nxt_i].lower_ == "in" \
            and head.doc[nxt_i].dep_ == "prep" and head.doc[nxt_i].head.pos_ == "VERB" \
            and not _in_idiom(head.doc[nxt_i]):
        pobj = [c for c in head.doc[nxt_i].children if c.dep_ == "pobj" and c.pos_ == "NOUN" and not c.ent_type_
                and not any(d.dep_ in ("det", "poss") for d in c.children)]
        if pobj:  # "announced $5bn in aid", the parser hanging "in aid" on the verb; not "in a funding round"
            return pobj[0]
    if head.dep_ == "npadvmod" and head.head.lower_ in ("more", "fewer", "additional", "extra", "less", "new") \
            and head.head.head.pos_ == "NOUN" and head.head.head.i > head.i:
        return head.head.head  # "nine million more workers"
    if head.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "npadvmod", "predet") and head.head.pos_ in (
        "NOUN", "PROPN"
    ) and head.head.i not in ids and head.head.i > head.i:
        noun = head.head
        if _across_and(head, ids):
            return None
        if any(t.tag_ == "VBD" and reports(t) for t in head.doc[max(ids) + 1 : noun.i]):
            return None  # "more than 4 in 10 said billionaire Donald Trump would ...": they said it
        if head.dep_ == "predet" and noun.dep_ == "poss" and noun.head.pos_ == "NOUN":
            noun = noun.head  # "half the party's superdelegates": half of the delegates, not of the party
        noun = _past_dashed_aside(head, noun)
        if noun.lower_ in ("times", "time", "%", "percent", "cent") or noun.lemma_.lower() in TIME_NOUNS | LEVEL_NOUNS \
                or _level_mark(noun):
            return None
        if noun.tag_ == "NNP":  # "10 Downing Street", "3 Doors Down": a name, not a count
            return None
        if noun.lower_ == "worth":  # "$500,000 worth of ads" tagged a noun: the ads
            bought = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            if bought:
                return bought[0]
        while noun.dep_ == "compound" and (noun.head.pos_ == "NOUN" or noun.head.tag_ == "NNPS") \
                and noun.head.i == noun.i + 1 and noun.lower_ not in UNIT_AFTER \
                and noun.head.lemma_.lower() != "age":  # ('45 children ages 3 to 17': the children)
            noun = noun.head  # "a €750bn recovery fund" counts the fund ("a 10 point agenda" no point), "400
            # establishment Democrats" the Democrats
        return noun
    last = max(span_toks, key=lambda t: t.i)
    if last.dep_ == "nummod" and last.head.i == last.i + 1 and last.head.tag_ == "NNS" and len(span_toks) > 1:
        return last.head  # "seat 60,000 to 65,000 fans": the range's second number carries the noun
    doc = head.doc
    if head.dep_ == "nsubj" and head.head.i == head.i + 1 and head.head.tag_ in ("VBD", "VBN") \
            and head.i + 2 < len(doc) and doc[head.i + 2].tag_ == "NNS" and doc[head.i + 2].dep_ in ("nsubj", "nsubjpass"):
        return doc[head.i + 2]  # "60 pledged delegates were at stake", read as '60 pledged' and 'delegates were'
    first = min(ids)
    if nxt_i < len(doc) and doc[nxt_i].tag_ == "VBG" and first > 0 and doc[first - 1].tag_ in ("PRP$", "POS") \
            and (nxt_i + 1 == len(doc) or doc[nxt_i + 1].pos_ in ("ADP", "PUNCT")):
        return doc[nxt_i]  # 'his 22 percent showing in Miami-Dade': a noun the tagger read as a participle
    return _sibling_noun(head, nxt_i)


def _past_dashed_aside(number, noun):
    """'the average 80,000 — overwhelmingly EU member state — immigrants': the noun the parser found lies in an
    aside set off by dashes after the number; what is counted is the noun after the closing dash."""
    doc = number.doc
    between = doc[number.i + 1 : noun.i]
    if not between or between[0].text not in DASHES or noun.i + 1 >= len(doc) or doc[noun.i + 1].text not in DASHES:
        return noun
    after = doc[noun.i + 2] if noun.i + 2 < len(doc) else None
    return after if after is not None and after.pos_ == "NOUN" and after.tag_ == "NNS" else noun


def _level_mark(noun) -> bool:
    """'cases eclipse the 600 mark': a threshold the subject passes (not 'donated 20,000 marks')."""
    return noun.lower_ == "mark" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LEVEL_VERBS \
        and any(c.lower_ == "the" for c in noun.children)


def _across_and(mod, ids: set[int]) -> bool:
    """'climbed 60 percent and computer maker Dell's soared': a figure the parser hung on a noun past an 'and'
    joined to the figure itself is a misparse ('between 20 and 30 people' is one figure; '46 Asian and African
    countries' joins the adjectives)."""
    if any(c.dep_ == "conj" and (c.like_num or any(g.like_num for g in c.children)) for t in ids
           for c in mod.doc[t].children):
        return False  # '$19 and one-eighth share': a row of figures
    return any(t.lower_ == "and" and t.dep_ == "cc" and t.i not in ids and t.head.i in ids
               for t in mod.doc[mod.i + 1 : mod.head.i])  # (not '250,000 or so Iowans', '400,000 plus jobs')


def _described_group(tok) -> bool:
    """"those polled", "those who fled": a pronoun that names a group by what its members did."""
    return tok.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in tok.children)


def _sibling_noun(head, nxt_i: int):
    """"has won 758 pledged delegates" parsed as two objects of "won": the plural noun phrase that
    starts right after the number and hangs on the same word is what it counts."""
    if not head.like_num or head.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "attr"):
        return None
    doc = head.doc
    j = nxt_i
    while j < len(doc) and doc[j].dep_ in ("amod", "compound") and doc[j].head.i > j:
        j += 1
    if j >= len(doc):
        return None
    noun = doc[j]
    if noun.tag_ == "NNS" and noun.head.i == head.head.i and noun.left_edge.i == nxt_i and noun.dep_ == head.dep_:
        return noun
    return None


def head_of(span_toks: list):
    """The token of the quantity whose head lies outside it (the span's syntactic root)."""
    ids = {t.i for t in span_toks}
    roots = [t for t in span_toks if t.head.i not in ids or t.head.i == t.i]
    # "Rs 500 crore" parsed as two objects: the figure's noun, not the currency word, is the root
    return next((t for t in roots if t.lower_ not in CURRENCY_BEFORE), roots[0]) if roots else span_toks[-1]


def governing_verb(tok):
    """The nearest verb (or copula) above ``tok``."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur is not tok:
            return cur
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
    return None


def has_own_subject(verb) -> bool:
    """'reporting that he owes $650m', parsed as a clause on 'reporting': a verb with its own subject is no
    participle describing the noun."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _object_read_as_subject(subj, verb):
    """'Clinton won 19 delegates and Sanders won 15': the parser made '19 delegates and Sanders' the
    subject of the second 'won', hung on the first, which is left with no object. The first verb, right
    before the figure and said again after it, is what was done to the counted thing. Returns it, or None."""
    doc = subj.doc
    first = doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    if first is None or first.i != verb.head.i or first.pos_ != "VERB" or first.lemma_ != verb.lemma_ \
            or any(c.dep_ in ("dobj", "ccomp") and c.i != verb.i for c in first.children):
        return None
    return first


def _participle_read_as_verb(verb) -> bool:
    """'one of 707 people shot and killed by police': a past form with no auxiliary whose act has an agent
    ('by police', also on a verb joined to it) is a participle describing its 'subject'."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    row = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(c.dep_ == "agent" for v in row for c in v.children)


def _participle_after_noun(conj) -> bool:
    """'tied among the group of voters making $100,000', 'agonized over embassy workers held hostage for 444
    days': a participle straight after a noun, with no 'and' before it, describes that noun; the parser made
    it a conjunct of the main verb."""
    before = conj.doc[conj.i - 1] if conj.i > 0 else None
    participle = conj.tag_ in ("VBG", "VBN") or _participle_read_as_verb(conj)
    return participle and before is not None and before.pos_ in ("NOUN", "PROPN") and before.dep_ == "pobj"


def _clause_after_object(conj) -> bool:
    """'tax returns that showed the businessman and his companies lost $916 million': a past verb straight
    after an object, with no 'and' before it and no subject of its own, opens a clause whose subject is that
    object; the parser made it a conjunct of the main verb."""
    before = conj.doc[conj.i - 1] if conj.i > 0 else None
    return conj.tag_ == "VBD" and not has_own_subject(conj) and not _participle_read_as_verb(conj) and \
        before is not None and before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("dobj", "conj") and \
        before.head.i < conj.i and before.head.i != conj.head.i


def _after_relative(conj) -> bool:
    """'..., the National Front, whose leader topped a poll with 30%': a verb the parser made a conjunct of
    the main verb, though a relative word and no 'and' come before it, is the relative clause's; the
    main verb's subject is not its subject."""
    doc = conj.doc
    before = doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
    return (before is None or before.dep_ != "cc") and any(
        t.lower_ in ("whose", "who", "which") for t in doc[conj.head.i + 1 : conj.left_edge.i])


def _joint_subject(subj, exclude: set[int]) -> list:
    """'Bill and Hillary Clinton are worth $45 million': the names joined to the subject by 'and' share the
    figure (not a list of figures: 'Clinton 42 percent and Trump 34 percent'; with 'respectively' the caller
    gives each figure its own subject instead)."""
    doc = subj.doc
    conj = next((c for c in subj.rights if c.dep_ == "conj" and c.pos_ == subj.pos_ == "PROPN"), None)
    if conj is None or doc[conj.left_edge.i - 1].lower_ != "and" or doc[subj.i + 1].lower_ != "and" \
            or any(t.like_num or t.i in exclude for t in conj.subtree):
        return []
    return [doc[subj.i + 1]] + [t for t in conj.subtree if t.i > subj.i]


def _reported_modal(verb) -> bool:
    """'The center says it would depress revenue ..., but would eventually add $84 billion': a modal verb the
    parser joined to the report verb belongs to what is reported; the reporter does not add the money."""
    return reports(verb.head) and _has_modal(verb) and not _has_modal(verb.head)


def _has_modal(verb) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _respective(subj, head):
    """The one of the joined subjects ('A and B ... X and Y, respectively') that the figure's place in its own
    row of figures points to; the subject itself when the rows do not match."""
    place, cur = 0, head
    while cur.dep_ == "conj" and (cur.head.like_num or cur.head.pos_ == "NUM"):
        place, cur = place + 1, cur.head
    subjects, nxt = [subj], subj
    while (nxt := next((c for c in nxt.children if c.dep_ == "conj"), None)) is not None:
        subjects.append(nxt)
    return subjects[place] if len(subjects) > 1 and place < len(subjects) else subj


def _counted_subject(verb, exclude: set[int]) -> bool:
    """The verb's subject is itself a figure's noun ('45 percent of caucusgoers')."""
    subj = _subject(verb, exclude)
    return subj is not None and any(t.like_num for t in subj.subtree)


def _subject(verb, exclude: set[int]):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i not in exclude:
            return child
    return None


_UNIT_WORDS = {"percent", "per cent", "%", "times", "points", "point", "cents"}


def describe(span_toks: list, unit: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """(what, what_span as char offsets) for one quantity, or (None, None)."""
    what, span = _describe(span_toks, unit)
    if what is not None:
        low = what.lower()
        for lead in ("percent of ", "per cent of ", "% of ", "points of "):
            if low.startswith(lead):  # "72 percent of the electorate" -> "the electorate"
                what = what[len(lead):]
                break
    if what is None or what.lower() in _UNIT_WORDS or not any(ch.isalpha() for ch in what):
        return None, None
    if what.lower().startswith(("percent ", "per cent ", "% ")):
        return None, None  # "10 percent in Texas" after "12 percent in Idaho": another share's unit, no thing
    if span is not None:
        text = span_toks[0].doc.text
        rest = _HYPHEN_TAIL.match(text, span[1])
        if rest and what.endswith(text[span[1] - 1]):  # "her e-mails", the parser having cut the word at '-'
            what, span = what + rest.group(0), (span[0], rest.end())
    if len(what.strip(" '\u2019")) < 2 or all(w in PRONOUNS or w in FUNCTION_WORDS for w in what.lower().split()):
        return None, None  # "them", "the others", "it", a stray letter or clitic ("He’s 38 percent ..."): says nothing
    if span is not None and " " not in what.strip().removeprefix("to ") \
            and span_toks[0].doc.char_span(*span) is not None:
        tok = span_toks[0].doc.char_span(*span, alignment_mode="expand")[0]
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in EMPTY_VERBS:
            return None, None  # "compared", "going", "named": a verb alone that tells nothing
    return what, span


_HYPHEN_TAIL = re.compile(r"-[^\W\d_]+(?:-[^\W\d_]+)*")


def _describe(span_toks: list, unit: str | None) -> tuple[str | None, tuple[int, int] | None]:
    ids = {t.i for t in span_toks}
    head = head_of(span_toks)
    noun = counted_noun(span_toks, unit)
    of_pron = any(c.lower_ == "of" and c.i not in ids and any(
        g.dep_ == "pobj" and g.pos_ == "PRON" and not _described_group(g) for g in c.children)
        for t in span_toks for c in t.children)
    if of_pron or (noun is not None and (noun.pos_ == "PRON" or noun.lower_ in PRONOUNS) and not _described_group(noun)):
        return None, None  # "dozens of them", "five of those": what is counted is not said here
    if noun is not None and noun.lower_ in CASUALTY_WORDS and noun.pos_ in ("ADJ", "VERB"):
        return noun.text, (noun.idx, noun.idx + len(noun))  # "23 dead": the state is what is counted
    if noun is not None:
        toks = noun_phrase(noun, ids)
        np_toks = _trim(toks)
        extra: list = []
        participle = False
        # "His mother and 10 others died": a counted conjunct shares the row's verb
        role = _first_conjunct(noun) if unit is None else noun
        if noun.dep_ == "pobj" and noun.head.head.lower_ == "worth":
            role = noun.head.head  # "bought $2 million worth of airtime": the airtime bought
        elif unit is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i in ids \
                and noun.lemma_.lower() != "time":  # ('scrambled hundreds of times': how often, no thing counted)
            role = noun.head.head  # "killing dozens of people": the people killed
        elif unit is None and noun.dep_ == "pobj" and noun.head.lower_ == "including" \
                and noun.head.head.pos_ in ("NOUN", "NUM"):
            role = noun.head.head  # "killed 200 people, including 12 Americans": the Americans killed
        if not _has_clause(toks, noun) and role.dep_ in ("nsubjpass", "dobj", "nsubj") \
                and not (role.dep_ == "dobj" and noun.lemma_.lower() in CHANGE_LEMMAS):  # '..., a 7% rise'
            verb = role.head
            raised = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                           or c.dep_ in ("oprd", "acomp") and c.lower_ in CASUALTY_WORDS), None) \
                if noun.dep_ == "nsubjpass" and verb.lemma_ in RAISING_VERBS else None  # also 'feared dead'
            if raised is not None:  # "40,000 people are thought to have died": the people died
                extra = [raised] + _verb_tail(raised, ids, {t.i for t in toks})
                participle = True
            elif verb.pos_ in ("VERB", "AUX") and verb.lemma_ not in LIGHT_VERBS:
                # (an age tells who someone is, not what was done to them: 'trailed the 74-year-old senator';
                # still 'arrested a 34-year-old man')
                aged = (unit or "").endswith(" of age") and verb.lemma_.lower() not in HARM_VERBS
                state = next((c for c in verb.children if c.dep_ in ("oprd", "acomp") and c.lower_ in CASUALTY_WORDS
                              and c.i > noun.i), None) if role.dep_ == "dobj" else None
                if state is not None:  # "left 14 people dead": the people dead, not the people left
                    extra = [state] if verb.lemma_.lower() == "leave" else [verb, state]  # "people shot dead"
                elif role.dep_ == "nsubjpass" or (role.dep_ == "dobj" and verb.tag_ in ("VBD", "VBN") and not aged
                                                  and _reads_as_participle(verb)):
                    extra = [verb] + _verb_tail(verb, ids, {t.i for t in toks})
                    participle = True
                elif role.dep_ == "dobj" and verb.lemma_.lower() in HARM_VERBS and (verb.tag_ == "VBG" or (
                        verb.tag_ == "VB" and verb.head.lemma_.lower() in _ACHIEVED)):
                    # "wounding 5,000 others", "managed to kill 49 people": the others wounded, the people killed
                    extra = [_harm_participle(verb)]  # ('plans to kill 40 wolves' did not)
                elif role.dep_ == "nsubj" and (done := _object_read_as_subject(role, verb)) is not None:
                    extra = [done]  # "Clinton won 19 delegates and Sanders won 15": the delegates won
                    participle = True
                elif role.dep_ == "nsubj" and _participle_read_as_verb(verb):
                    extra = [verb] + _verb_tail(verb, ids, {t.i for t in toks})
                    participle = True  # "707 people shot and killed by police": the people were shot
                elif role.dep_ == "nsubj" and verb.dep_ == "relcl" and any(
                        c.tag_ in ("WDT", "WP") and c.lower_ != "what" for c in verb.children):
                    pass  # 'the deal, which at least one employee considered illegal': the clause is the deal's
                elif role.dep_ == "nsubj":
                    aux = [c for c in verb.lefts if c.dep_ in ("aux", "neg") and c.i > noun.i]
                    people = noun.lemma_.lower() in _PEOPLE_LEMMAS or noun.ent_type_ == "NORP" \
                        or noun.lower_ == "others" or (unit or "").endswith(" of age") and _person_like(noun)
                    extra = ["who" if people else "that"]
                    if any(c.lower_ == "to" for c in aux) or verb.tag_ == "VBG" and not aux \
                            or aux and aux[0].tag_ == "VBG":
                        extra = []  # "expected 5,000 people to attend", "with 140 members blasting the raids",
                        # "with four states having voted"
                    extra += aux + [verb] + _verb_tail(verb, ids, {t.i for t in toks}, with_object=True)
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "across") and noun.head.head.pos_ == "NOUN" \
                and noun.head.head.i not in ids and noun.head.head.i < noun.i \
                and not any(c.dep_ == "nummod" for c in noun.head.head.children) \
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" or c.lower_ == "the" for c in noun.children) \
                and not any(t.dep_ in ("relcl", "acl") and t.head.i == noun.i for t in toks) \
                and noun.head.head.lemma_.lower() not in FRAME_NOUNS | _UNIT_WORDS:  # not "52 goals in 53 games",
            # "an average of 6% across 50 states"; "protests in 38 cities" -> "cities with protests" (not when a
            # clause says what the places are: "women in 46 countries where the virus is circulating"; nor
            # someone's own set or a set named before: "his prowess in his 11 debates", "a position in the
            # first two voting states")
            extra = ["with", noun.head.head]
        elif noun.dep_ == "pobj" and noun.head.lower_ in ("in", "across") and noun.head.head.pos_ == "VERB":
            subj = _subject(noun.head.head, ids)  # "protests took place in 38 cities"
            if subj is not None and subj.tag_ == "NNS" and subj.lower_ not in PRONOUNS:  # not "the striker scored in 22 games"
                extra = ["with", subj.text.lower() if subj.is_sent_start else subj.text]
        if unit == "percent" and noun.head.lower_ == "of" and noun.lower_ in RATIO_BASES:
            measured = _measured(head, ids, unit)  # "narrowed to 4.1% of GDP": the deficit is measured, against GDP
            if measured[0] and _names_a_thing(head.doc, measured[1]):
                return measured  # (not a bare verb: "exceeding 3 percent of output" keeps "output")
        if not np_toks or all(t.tag_ == "NNP" for t in np_toks) or (
            noun.tag_ in ("NN", "NNP") and not noun.is_sent_start and all(t.is_title for t in np_toks)
        ):
            if unit == "percent" and noun.head.lower_ == "of":
                return _measured(head, ids, unit)  # "widened to 5.8% of GDP": the deficit is measured
            return None, None  # "the FBI's 10 Most Wanted List": a name
        end = noun.i  # the end of the word the noun is in ('co-defendants', which the tokenizer splits)
        while _in_hyphened_word(noun.doc[end]):
            end += 2
        np_toks = sorted({*np_toks, *noun.doc[noun.i : end + 1]}, key=lambda t: t.i)
        text = _join(np_toks)
        right = [t for t in np_toks if t.i > end]
        if participle and right and right[0].lower_ != "of":  # "people killed across Spain", not "people across Spain killed"
            left = [t for t in np_toks if t.i <= end]
            text = " ".join(x for x in (_join(left), _join(extra), _join(right)) if x)
        elif extra:
            words = " ".join(e for e in extra if isinstance(e, str))
            tail = _join([e for e in extra if not isinstance(e, str)])
            text = " ".join(x for x in (text, words, tail) if x)
        span = (min(t.idx for t in np_toks), max(t.idx + len(t) for t in np_toks))
        return _cap(text), span
    noun, doc, first = head.head, head.doc, min(t.i for t in span_toks)
    bracketed = noun.i + 2 == first and doc[noun.i + 1].text == "(" and noun.dep_ in ("nsubj", "nsubjpass", "dobj")
    restated = noun.i + 3 == first and doc[noun.i + 1].text == "," and doc[noun.i + 2].lower_ in ("now", "currently")
    if unit is not None and head.dep_ == "appos" and noun.pos_ == "NOUN" and (bracketed or restated):
        toks = _trim(noun_phrase(noun, ids, with_right=False))  # "the firm's market share (15%)", "the wage, now $7.25"
        if toks:
            return _join(toks), _span(toks)
    if _time_frame(head, ids, unit):
        return None, None
    return _measured(head, ids, unit)


def bare_name(span_toks: list, unit: str | None) -> tuple[str, tuple[int, int]] | None:
    """"playing the 74-year-old Sanders on NBC's show": an age is the named person's, whatever
    phrase follows the name; None when the figure counts no name."""
    noun = counted_noun(span_toks, unit)
    if noun is None or noun.tag_ not in ("NNP", "NNPS"):
        return None
    toks = noun_phrase(noun, {t.i for t in span_toks}, with_right=False)
    return _join(toks), _span(toks)


def apposed_name(span_toks: list, unit: str | None) -> tuple[str, tuple[int, int]] | None:
    """"Tom Hale, a 43-year-old black man": an age on a noun in apposition to a person's name is that
    person's (also "a 43-year-old man, Tom Hale,"); None when no name stands beside the noun."""
    noun = counted_noun(span_toks, unit)
    if noun is None:
        return None
    beside = [noun.head] if noun.dep_ == "appos" else []
    beside += [c for c in noun.children if c.dep_ == "appos"]
    for tok in beside:
        # (a name the recogniser took for an organisation is a person's when the noun is a person: 'a black man')
        ent = entity_of(tok, ("PERSON",) if noun.lemma_.lower() not in PERSONISH else ("PERSON", "ORG"))
        if ent is not None:
            return ent.text, (ent.start_char, ent.end_char)
    return None


FRAME_PREPS = {"in", "over", "within", "during"}
FRAME_UNITS = {"month", "year", "decade"}  # 'ran 100 metres in 9.58 seconds' is the sprinter's time
SHORT_FRAME_UNITS = {"hour", "day", "week"}  # only after a count: '1 million tweets in 10 hours'


def _time_frame(head, ids: set[int], unit: str | None) -> bool:
    """'3,500 lawsuits in 30 years', 'the first such report in 10 years', 'rose 5% over two years':
    the months or years another figure or a superlative is counted over, not a fact of its own."""
    if unit not in FRAME_UNITS | SHORT_FRAME_UNITS:
        return False
    first = head.doc[min(ids | {head.i})]
    before = head.doc[first.i - 1] if first.i else None
    if head.dep_ == "pobj" and head.head.lower_ in FRAME_PREPS:
        owner = head.head.head
    elif before is not None and before.lower_ in FRAME_PREPS and before.dep_ == "quantmod" \
            and head.dep_ in ("npadvmod", "dobj"):
        owner = head.head  # 'spend $30 billion over 10 years': the parser made 'over' part of the number
    else:
        return False
    counted_before = owner.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" and c.i not in ids
                                                             for c in owner.children)
    if unit in SHORT_FRAME_UNITS:
        return counted_before  # "6.7 million posts in 10 hours" (not "ran 100 metres in 9.58 seconds")
    if owner.like_num and owner.i not in ids:
        return True  # "$10 trillion over 10 years"
    if owner.pos_ in ("NOUN", "PROPN"):
        return counted_before or any(c.lower_ in ("first", "last") or c.tag_ == "JJS" for c in owner.children)
    return owner.pos_ == "VERB" and any(
        t.like_num and t.i not in ids for c in owner.children
        if c.dep_ in ("dobj", "npadvmod", "attr", "nsubj", "nsubjpass") for t in c.subtree)


def _other_item(prep, obj) -> bool:
    """The verb's object is another item of a list of levels: after a comma that follows the figure's
    'at' ('X at 16%, Y at 10%'), or before another 'at'/'to' with a figure ('Y at 10% and Z at 8%')."""
    doc = prep.doc
    if obj.i > prep.i:
        return any(t.text == "," for t in doc[prep.i : obj.i])  # ('reducing to 10% from 20% the level' is one)
    return any(t.lower_ == prep.lower_ and any(d.like_num for d in t.subtree) for t in doc[obj.i + 1 : prep.i])


def _to_verb(verb) -> list:
    """The verb with its infinitive 'to' ("to spend"), so a what reads "Berlin's plan to spend"."""
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1]
    return to + [verb]


def own_clause(head, ids: set[int]) -> tuple[str, tuple[int, int]] | None:
    """"raised $57 million of the $64 million it pledged": a figure with its own relative clause is
    what that clause says (the city pledged it), not what the sentence's verb did."""
    last = max(ids | {head.i})
    rel = next((c for c in head.children if c.dep_ == "relcl" and c.pos_ == "VERB" and c.left_edge.i == last + 1
                and c.left_edge.tag_ != "WRB"), None)  # right after it: not ', of which half ...', 'when ...'
    subj = _subject(rel, ids) if rel is not None else None
    if subj is None or subj.lower_ in RELATIVE_WORDS:
        return None
    if subj.lower_ in ("it", "they"):  # the sentence's subject, when the figure is part of its object
        outer = governing_verb(head)
        subj = _subject(outer, ids) if outer is not None and outer.i < rel.i else None
        if subj is None or subj.lower_ in PRONOUNS:
            return None
    elif subj.lower_ in PRONOUNS:
        return None  # 'the fourteen dollars we're seeing': who 'we' are is not said
    who = _short_subject(subj, ids)
    if not who:
        return None
    then = next((c for c in rel.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    verbs = [rel] + (_to_verb(then) if then is not None else [])  # "it expects to collect"
    return _join(who + verbs), (who[0].idx, verbs[-1].idx + len(verbs[-1]))


def _done_by(head, ids: set[int]) -> tuple[str, tuple[int, int]] | None:
    """'surpassing the $394,000 raised by Clinton': a figure with its own participle and agent is what the
    agent did ('Clinton raised'), not what the sentence's verb did."""
    acl = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == max(ids | {head.i}) + 1), None)
    agent = next((c for c in acl.children if c.dep_ == "agent"), None) if acl is not None else None
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    who = _short_subject(doer, ids) if doer is not None and doer.lower_ not in PRONOUNS else []
    if not who:
        return None
    return f"{_join(who)} {acl.text}", (min(who[0].idx, acl.idx), max(who[-1].idx + len(who[-1]), acl.idx + len(acl)))


def _controller(head, ids: set[int]):
    """The subject that does what an infinitive under ``head`` says: of a control verb with no object
    of its own ('works to raise'), or of the copula before an adjective ('Sanders was able to raise')."""
    if head.pos_ == "ADJ" and head.lower_ in CONTROL_ADJECTIVES and head.dep_ == "acomp":
        return _subject(head.head, ids)
    if head.lemma_ in CONTROL_VERBS and not any(c.dep_ in ("dobj", "dative") for c in head.children):
        return _subject(head, ids)
    return None


CONTROL_ADJECTIVES = {"able", "unable", "ready", "eager", "willing", "unwilling", "determined", "set", "keen",
                      "quick", "slow", "reluctant", "prepared", "poised"}

# verbs of the level a price ends a session at ('to settle at $41.60', 'to close at 2,173')
_SETTLING = frozenset({"settle", "close", "finish", "end"})


def _settled_at(verb, head) -> bool:
    """'crude was up 46 cents to settle at $41.60', 'gold closed up $16.70, to settle at $1,349': an infinitive
    with no subject of its own gives the level the clause's subject ended at."""
    return verb.dep_ in ("xcomp", "advcl") and verb.lemma_ in _SETTLING and head.head.lower_ == "at" \
        and head.head.head.i == verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _short_subject(subj, ids: set[int]) -> list:
    """The subject's words when they are a short name for who acted ("Sanders", "the town"), else []."""
    who = _trim(noun_phrase(subj, ids, with_right=False))
    while who and who[0].tag_ in ("WRB", "WDT", "WP", "RB"):
        who = who[1:]  # 'a twist on how Bernie Sanders ... was able to raise': 'how' is not his name
    return who if who and len(who) <= 4 and not any(t.like_num for t in who) else []


def _names_a_thing(doc, span) -> bool:
    """The described span holds more than a verb ('budget deficit narrowed', not 'exceeding')."""
    chars = doc.char_span(*span, alignment_mode="expand") if span else None
    return chars is not None and any(t.pos_ not in ("VERB", "AUX", "ADP", "PART") for t in chars)


def _expletive_purpose(verb, head, unit: str | None):
    """"It takes about 45 minutes to drive there", "It will cost $2bn to rebuild": the time or
    cost of the infinitive's action; the subject 'it' names nothing."""
    kind = {"take": "time", "cost": "cost"}.get(verb.lemma_.lower())
    if kind is None or head.head.i != verb.i or head.dep_ not in ("dobj", "npadvmod", "attr"):
        return None
    if kind == "time" and unit not in TIME_UNITS or kind == "cost" and unit not in CURRENCY_UNITS:
        return None
    subj = _subject(verb, set())
    todo = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > head.i
                 and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), None)
    if subj is None or subj.lower_ != "it" or todo is None:
        return None
    toks = _trim([t for t in todo.subtree if t.i > head.i])
    if not toks:
        return None
    return f"{kind} {_join(toks)}", _span(toks)


def _level_reached(verb, head) -> bool:
    """'Unemployment has fallen to 5 percent', 'rose from 40 percent', 'tied at 5%': a level the
    subject is at, so the subject alone is what is measured (not 'rose 5%', a change; nor 'closed
    at $19.50', where the verb tells which level it is)."""
    return _at_level(head) and _level_verb(head).i == verb.i and verb.lemma_.lower() not in _NAMED_LEVELS \
        and len(_to_verb(verb)) == 1  # ('Inflation is expected to ease to 5.7%': a forecast)


_COUNT_NOUNS = frozenset({"number", "amount", "count", "total", "share", "proportion", "percentage"})


def _on_the_object(head, verb) -> bool:
    """'aides believe her efforts as a senator for eight years will ...': a figure in a phrase on the verb's
    object tells about the object, not about the subject."""
    obj = head.head.head if head.dep_ == "pobj" else None
    return obj is not None and obj.dep_ == "dobj" and obj.head.i == verb.i and obj.pos_ == "NOUN"


def _standing(verb, head, unit: str | None) -> bool:
    """'Cruz follows Trump with 16 percent', 'Clinton won with 52 percent': a share a contender stands
    at in a race is the contender's."""
    return unit == "percent" and head.dep_ == "pobj" and head.head.lower_ == "with" \
        and verb.lemma_.lower() in _STANDING_VERBS


_STANDING_VERBS = frozenset("lead follow trail finish place rank win come poll score".split())


def _at_level(head) -> bool:
    """'to 5 percent', 'at $45.10', 'from 40 percent': the figure is a level, not an amount of change."""
    return head.dep_ == "pobj" and head.head.lower_ in ("to", "at", "from")


def named_holder(head, unit: str | None):
    """'... ; Sen. Mark Ruiz at 12 percent': a share set right after a person's name is that person's
    (the parser may hang the name on another candidate, whose clause would take the figure, or 'at' on
    the verb)."""
    prep = head.head
    if unit != "percent":
        return None
    gapped = _gapped_holder(head)
    if gapped is not None:
        return gapped
    if head.dep_ != "pobj" or prep.lower_ != "at" or prep.i == 0:
        return None  # ('followed by Cruz at 25 percent': the parser may hang 'at' on the verb)
    return next((e for e in head.doc.ents if e.label_ == "PERSON" and e.end == prep.i), None)


def _possessor(head, unit: str | None):
    """'Deacon had raised $293,565 to Kingson's $199,445', '46 percent to Trump's 41 percent': a name
    owning a share or a sum itself holds it (the clause's subject holds the other). A count keeps its
    noun ('compared with Forbes's 1,864' are still billionaires)."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    mark = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    if poss is None and mark is not None and mark.dep_ == "case" and mark.head.pos_ == "PROPN" \
            and mark.head.i == mark.i - 1:
        poss = mark.head  # "to Sanders' 49.6 percent", the parser leaving the name apart
    if poss is None or unit != "percent" and unit not in CURRENCY_UNITS:
        return None
    name = entity_of(poss, ("PERSON", "ORG"))
    if name is not None and name[-1].dep_ == "case":
        name = name[:-1]  # "Trump's" taken in whole
    return name


def _gapped_holder(head):
    """'Clinton earned 42 percent, Trump 34 percent and Johnson 11 percent': a later item of the list
    leaves out the verb; the name right before its number (after the comma or 'and') holds it."""
    num = next((c for c in head.lefts if c.dep_ == "nummod" and c.like_num), None)
    doc = head.doc
    if num is None or num.i == 0 or doc[num.i - 1].pos_ != "PROPN" or doc[num.i - 1].ent_type_ not in ("PERSON", "ORG"):
        return None
    # (with its title: '... and Green Party candidate Jill Stein 3 percent')
    start = _listed_name_start(doc, num.i - 1, lambda t: t.pos_ in ("PROPN", "NOUN") and t.dep_ in ("compound", "nmod"))
    return doc[start : num.i] if start is not None else None


def _listed_name_start(doc, last: int, belongs) -> int | None:
    """Where the name ending at token ``last`` starts, when a comma or 'and' comes right before it (a later
    item of a list); ``belongs`` tells which earlier words are still the name's."""
    start = last
    while start > 0 and belongs(doc[start - 1]):
        start -= 1
    return start if start > 0 and doc[start - 1].text in (",", "and") else None


def _gapped_share(head, unit: str | None) -> list:
    """'Trump was chosen by 37% of likely voters, Sanders by 30% and Bloomberg by 16%': a later item
    leaves out the verb and what the share is of; it is of the same people as the first share the
    sentence gives with that preposition. Returns that noun's words, or []."""
    prep, doc = head.head, head.doc
    if unit != "percent" or head.dep_ != "pobj" or prep.pos_ != "ADP" or prep.i < 2 \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return []
    start = _listed_name_start(doc, prep.i - 1, lambda t: t.pos_ == "PROPN")
    if doc[prep.i - 1].pos_ != "PROPN" or start is None:
        return []
    for tok in doc[head.sent.start : start]:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if tok.lower_ in ("%", "percent") and tok.dep_ == "pobj" and tok.head.lower_ == prep.lower_ and of is not None:
            noun = next((c for c in of.children if c.dep_ == "pobj"), None)
            return _trim(noun_phrase(noun, set(), with_right=False)) if noun is not None else []
    return []


def _level_verb(head):
    """The verb a level hangs on, past 'down to'/'up to' ('fell by that margin down to 48 percent'; not
    'was down 25 cents to $30', a change, nor 'up 18% from $1.69 billion', where the verb holds another figure)."""
    prep, verb = head.head, head.head.head
    if verb.dep_ in ("advmod", "prt") and verb.lower_ in ("down", "up") and prep.lower_ == "to" \
            and prep.i == verb.i + 1 and verb.head.pos_ == "VERB":
        return verb.head
    return verb


_NAMED_LEVELS = PRICE_VERBS | {"peak", "bottom"}  # 'closed at $19.50', 'peaked at $65': the verb names the level


def _estimated_at(verb, head) -> bool:
    """'Damages are estimated at £2bn', 'the toll was put at 40': a passive estimate measures its subject."""
    return any(c.dep_ == "auxpass" for c in verb.children) and head.dep_ == "pobj" \
        and head.head.lower_ in ("at", "in") and head.head.head.i == verb.i


def _gain(verb, head) -> bool:
    """"The index added 1.2%": 'add' with the figure as its object and no clause is a gain."""
    return verb.lemma_.lower() == "add" and head.head.i == verb.i and head.dep_ in ("dobj", "npadvmod") \
        and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children)


_PARENTS = {"father": "children", "mother": "children", "parent": "children", "grandfather": "grandchildren",
            "grandmother": "grandchildren", "grandparent": "grandchildren"}
_LEVEL_PREPS = {"near", "around", "above", "below"}
_SPAN_PREPS = {"for", "over", "during"}


def _compared_or_spanned(head, unit: str | None) -> bool:
    """'too friendly with Wall Street over two decades', 'the target of a campaign for two years', 'a man five
    decades younger', 'with five days remaining': a stretch of time a state lasted, an age gap or a countdown,
    not a count of the clause's subject."""
    if unit not in TIME_UNITS:
        return False
    held = head.head.head if head.dep_ == "pobj" and head.head.lower_ in _SPAN_PREPS else None
    if held is not None and (held.pos_ == "ADJ" or held.pos_ == "NOUN" and held.dep_ == "attr"):
        return True  # (not a noun the parser hung it on by chance: 'held captive by the militia for 200 days')
    if any(c.dep_ == "acl" and c.lemma_.lower() in ("remain", "leave", "go") for c in head.children):
        return True  # 'with five days remaining until the caucuses': a countdown
    return head.dep_ == "npadvmod" and head.head.tag_ in ("JJR", "RBR")


def _linked_noun(head, unit: str | None):
    """The noun a figure is linked to by one word, which the figure measures, or None: "inflation of 5%", "a
    rise of 5 percent", "the damage at £2m" (not a share of it: "three-quarters of the $59 million spent by
    ..."); "a mortgage worth more than $50 million"; "interest rates near zero", "prices above $100" (a level
    the noun stands at; not 'below the 22 Congress sought')."""
    link, noun = head.head, head.head.head
    if noun.pos_ != "NOUN":
        return None
    if head.dep_ == "pobj" and (link.lower_ == "of" or link.lower_ == "at" and unit in CURRENCY_UNITS):
        return noun if noun.lower_ not in SHARE_NOUNS else None
    if head.dep_ == "npadvmod" and link.lower_ == "worth" and link.dep_ == "amod":
        return noun if noun.i < head.i else None
    if head.dep_ == "pobj" and link.lower_ in _LEVEL_PREPS and noun.i < head.i and noun.lemma_.lower() not in TIME_NOUNS \
            and not any(c.dep_ in ("det", "relcl", "acl") for c in head.children):
        return noun
    if head.dep_ == "pobj" and link.lower_ in ("over", "under") and unit in CURRENCY_UNITS and noun.i < head.i \
            and noun.lemma_.lower() in _AMOUNT_NOUNS:
        return noun  # "annual incomes over $50,000" (not 'a fight over $5,000')
    return None


# nouns of an amount of money, which 'over'/'under' a sum puts at a level
_AMOUNT_NOUNS = frozenset("income salary wage price pay budget revenue debt fee cost rent earnings".split())


def _measured(head, ids: set[int], unit: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """What a number without a counted noun measures: distance, level of a subject, action."""
    # "100 miles southeast of Moscow"
    if unit in DISTANCE_UNITS and head.dep_ == "npadvmod" and head.head.lower_ in DIRECTIONS:
        rest = _trim([t for t in head.head.subtree if t.i not in ids and t.i >= head.head.i])
        if rest:
            place = head.head.head
            prefix = place.text + " " if place.pos_ == "PROPN" and place.i < head.i else ""
            return f"{prefix}distance {_join(rest)}", (rest[0].idx, rest[-1].idx + len(rest[-1]))
    # "Varna, a city 400 kilometers to the east of Sofia"
    if unit in DISTANCE_UNITS and head.dep_ == "npadvmod" and head.head.pos_ == "NOUN":
        rest = [t for c in head.head.rights if c.i > head.i and c.dep_ == "prep" for t in c.subtree]
        rest = _trim([t for t in rest if t.i not in ids])
        if rest:
            name = _name_before(head.head) or head.head.text
            return f"{name} distance {_join(rest)}", (rest[0].idx, rest[-1].idx + len(rest[-1]))
    if _compared_or_spanned(head, unit):
        return None, None
    # "98,000 heading to Kazakhstan and 43,000 to Finland": the verb of the first conjunct
    if head.dep_ == "conj":
        own = [t for c in head.rights if c.dep_ == "prep" for t in c.subtree]
        verb = head.head.head if head.head.like_num else head.head
        first = head.head if head.head.like_num else _subject(verb, ids)
        if own and verb.pos_ == "VERB" and first is not None and first.like_num and \
                first.dep_ in ("nsubj", "nsubjpass"):
            return f"{verb.text} {_join(own)}", (own[0].idx, own[-1].idx + len(own[-1]))
    # "530 arrests recorded in Moscow and more than 470 in St. Petersburg"
    if head.dep_ == "conj" and head.head.pos_ == "NOUN" and any(
        c.like_num for c in head.head.children if c.dep_ == "nummod"
    ):
        own = [t for c in head.rights if c.dep_ == "prep" for t in c.subtree]
        acl = [c for c in head.head.rights if c.dep_ == "acl" and c.i < head.i]
        if own:
            words = [head.head.text] + [a.text for a in acl[:1]] + [_join(own)]
            return " ".join(words), (own[0].idx, own[-1].idx + len(own[-1]))
    # "a 10-mile queue", "a 5% rise in prices"
    if head.head.pos_ == "NOUN" and head.dep_ in ("compound", "amod", "nmod", "nummod") and head.head.i > head.i \
            and head.head.lemma_.lower() not in TIME_NOUNS and not _level_mark(head.head) and not _across_and(head, ids):
        toks = _trim(noun_phrase(head.head, ids))
        if toks:
            return _join(toks), _span(toks)
    # "a 23% lower risk of stroke", "a 5% bigger share": the compared noun; "a 1,000-strong crowd"
    strong = head.head.lower_ == "strong"
    if head.dep_ in ("npadvmod", "advmod") and (head.head.tag_ in ("JJR", "RBR") or strong) and head.head.dep_ == "amod" \
            and head.head.head.pos_ == "NOUN" and head.head.head.i > head.i:
        toks = _trim(noun_phrase(head.head.head, ids | {head.head.i}))
        if toks:
            more = "" if head.head in toks or strong else head.head.text + " "  # "lower risk", not "risk"
            return more + _join(toks), _span(toks)
    # "rose by an average of 6.1%", "lost a total of 5,000", "hit a record high of $2,135": the frame
    # noun stands where the figure does, and the clause around it tells what is measured
    frame = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if frame is not None and (frame.lemma_.lower() in FRAME_NOUNS and any(c.lower_ in ("a", "an") for c in frame.children)
                              or frame.lemma_.lower() in LEVEL_NOUNS and frame.dep_ in ("dobj", "attr", "pobj")):
        framed = _measured(frame, ids | {head.head.i, frame.i}, unit)
        if framed[0]:
            return framed  # else "recorded a low of minus 8 degrees": the low itself
    # "The wildfire is 40% contained", "the reservoir is 85% full": the subject, in that state
    if head.dep_ == "npadvmod" and head.head.dep_ == "acomp" and head.head.pos_ in ("ADJ", "VERB") and unit == "percent":
        state, cop = head.head, head.head.head
        subj = _subject(cop, ids) or (_subject(cop.head, ids) if cop.dep_ == "conj" else None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.lower_ not in PRONOUNS:
            toks = _trim(noun_phrase(subj, ids, with_right=False))
            if toks:
                return f"{_join(toks)} {state.text}", (toks[0].idx, state.idx + len(state))
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _BOUND_NOUNS:
        head = head.head.head  # "estimated in excess of £2bn": the bound is no thing counted
        owner = head.head.head if head.dep_ == "pobj" else None
        if owner is not None and owner.pos_ == "VERB":  # "racked up a bill in excess of $80,000"
            owner = next((c for c in owner.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < head.i), None)
        if owner is not None and owner.pos_ == "NOUN" and owner.i not in ids:  # "fines in excess of $3m"
            toks = _trim(noun_phrase(owner, ids, with_right=False))
            if toks:
                return _join(toks), _span(toks)
    # "a father of seven": his children
    of = head.head
    kin = of.head if of.head.lemma_.lower() in _PARENTS else of.doc[of.i - 1] if of.i > 0 else of
    if unit is None and head.dep_ == "pobj" and of.lower_ == "of" and kin.lemma_.lower() in _PARENTS:
        # ('a husband and father of four': the parser may hang 'of' on the first noun of the pair)
        return _PARENTS[kin.lemma_.lower()], (kin.idx, kin.idx + len(kin))
    linked = _linked_noun(head, unit)
    if linked is not None:
        toks = _trim(noun_phrase(linked, ids | {head.head.i}, with_right=False))
        if toks:
            return _join(toks), _span(toks)
    if head.dep_ in ("compound", "nmod", "amod") and head.head.lemma_.lower() in TIME_NOUNS or (
            head.dep_ == "nummod" and head.head.ent_type_ == "DATE" and head.ent_type_ != "DATE"):
        head = head.head  # "rents jumped 12% year on year", "topped 45,000 last year": the figure hangs on the date
    elif head.dep_ in ("compound", "nmod", "appos", "nummod") and (head.head.lemma_.lower() in LEVEL_NOUNS
                                                                   or _level_mark(head.head)):
        head = head.head  # "hit a record $13.64": the level the subject reached
    shared = _gapped_share(head, unit)
    if shared:
        return _join(shared), _span(shared)
    named = named_holder(head, unit) or _possessor(head, unit)
    if named is not None:
        return named.text, (named.start_char, named.end_char)
    own = own_clause(head, ids) or _done_by(head, ids)
    if own:
        return own
    verb = governing_verb(head)
    if verb is None:
        return None, None
    purpose = _expletive_purpose(verb, head, unit)
    if purpose:
        return purpose
    if head.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children):
        return None, None  # "- there are nine across the globe -": its subject is a misparse, not what exists
    if (unit or "").endswith(" of age") and head.dep_ == "dobj" and head.head.i == verb.i \
            and verb.lemma_.lower() in HARM_VERBS:
        toks = [verb] + _verb_tail(verb, ids, set())  # "a shooting that killed a 13-year-old": the one killed
        return _join(toks), (verb.idx, max(t.idx + len(t) for t in toks))
    # "bringing its total to 223 million", "doubled its workforce to 3,000": the object is the level;
    # "raised its forecast by 0.1 points", "cut the budget by a third": the object is what changed
    # (and the level it started from: 'raised the fee from $10 to $15'; not a bare number, whose noun is left
    # out: 'scale back hiring to one construction crew from two')
    by_change = (head.head.lower_ == "by" or head.head.lower_ == "from" and unit is not None) \
        and verb.lemma_.lower() in CHANGE_OBJECT_VERBS
    if head.dep_ == "pobj" and (head.head.lower_ in ("to", "at") or by_change) and head.head.head.i == verb.i:
        # (an object tagged a verb is a noun the tagger missed: "its growth forecast")
        # (not another item of a list: 'followed by X at 16% each, Y at 10% and Z at 8%')
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "VERB") and c.i not in ids
                and not _other_item(head.head, c)]
        counted = objs and any(g.dep_ == "nummod" and g.ent_type_ != "DATE" for g in objs[0].children)
        if counted and head.head.lower_ == "to" and objs[0].lower_ in _UNIT_WORDS:
            return None, None  # 'had 49.9 percent to Hale's 40 percent': the other side of a pair, whose holder is not said
        if counted and objs[0].lemma_.lower() in UNIT_AFTER:  # 'rented 9,000 feet of office space at $120': the space
            objs = [g for c in objs[0].children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"] or objs
        if objs:
            # "the number of polling places" (also 'cut the number of ... to 60')
            toks = _trim(noun_phrase(objs[0], ids, with_right=by_change or objs[0].lemma_.lower() in _COUNT_NOUNS))
            if toks:
                return _join(toks), _span(toks)
    on_object = _on_the_object(head, verb)
    if on_object and head.head.lower_ in ("to", "at"):
        obj = head.head.head  # "boosts Edelman's stake to 20%", the parser hanging 'to' on the stake: the stake
        toks = _trim(noun_phrase(obj, ids, with_right=obj.lemma_.lower() in _COUNT_NOUNS))
        if toks and not any(t.like_num for t in toks):
            return _join(toks), _span(toks)
    estimate = _estimated_at(verb, head)
    reporting = verb.lemma_ in REPORT_VERBS and not _gain(verb, head) and not estimate
    subj = _subject(verb, ids)
    settled = subj is None and _settled_at(verb, head)
    if subj is None and verb.dep_ == "conj" and _participle_after_noun(verb):
        subj = verb.doc[verb.i - 1]  # "won among voters making $100,000 or more": the voters make it
    elif subj is None and verb.dep_ == "conj" and _clause_after_object(verb):
        subj = _first_conjunct(verb.doc[verb.i - 1])
    elif subj is None and verb.dep_ == "conj" and not _after_relative(verb) and not _reported_modal(verb) and (
            not has_own_subject(verb) or _counted_subject(verb.head, ids)):
        # "The bridge is long and cost £90m"; "45 percent of caucusgoers backed X and 42 percent favored Y"
        # (not 'Mr. Biden added, ... but only 7 percent do today': a share's own clause, joined by misparse)
        subj = _subject(verb.head, ids)
    elif settled:
        subj = _subject(verb.head, ids)  # "crude was up 46 cents to settle at $41.60": the crude settled
    elif subj is None and verb.dep_ == "xcomp" and verb.head.lemma_ in RAISING_VERBS and (
            verb.head.lemma_ in ("expect", "seem", "appear") or any(c.dep_ == "auxpass" for c in verb.head.children)):
        subj = _subject(verb.head, ids)  # "Inflation is expected to ease to 5%" (not 'analyses estimated X to cost')
    respective = subj is not None and any(t.lower_ == "respectively" for t in verb.sent)
    if respective:
        subj = _respective(subj, head)  # "Carson and Cruz raised $23 million and $20 million, respectively"
    relative = subj is not None and subj.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl"
    rel_word = subj.lower_ if relative else ""
    if relative:
        subj = verb.head  # "lines of cars that surpass 10 miles"
        if rel_word == "who" and subj.dep_ == "pobj" and subj.head.head.pos_ == "NOUN" \
                and not _person_like(subj) and _person_like(subj.head.head):
            subj = subj.head.head  # "a plaintiff in the lawsuit who waited": 'who' is the plaintiff
    direct = (head.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "nsubjpass", "pobj", "advmod", "oprd", "xcomp",
                            "acomp") or respective and head.dep_ == "conj") and not on_object
    if subj is not None and subj.lower_ not in PRONOUNS and direct and not reporting and (
        verb.lemma_ in LEVEL_VERBS or unit is not None or head.dep_ == "attr"
    ) and not (unit is None and subj.ent_type_ == "PERSON" and rel_word != "which"):
        # ("Clinton will gain 18": 18 of what, not Clintons; 'McCaw, which dropped 2 1/2' is a company)
        toks = _trim(noun_phrase(subj, ids, with_right=not relative or subj.i > verb.i)) \
            + ([] if respective else _joint_subject(subj, ids))
        if relative:  # keep "lines of cars", not the relative clause the verb is in
            toks = [t for t in toks if t.i < verb.i and not (verb.left_edge.i <= t.i)]
            toks = _trim(toks + [t for c in subj.rights if c.dep_ == "prep" and c.i < verb.left_edge.i
                                 for t in c.subtree if t.i < verb.left_edge.i])
        if toks and not any(t.i in ids or (t.like_num and not _in_hyphened_word(t)) for t in toks):
            text = _join(toks)
            held = unit == "percent" and verb.lemma_ in ("have", "hold") and head.dep_ == "dobj" \
                and head.head.i == verb.i  # 'Clinton, who has 44 percent': hers (not 'had profit of $7m, up 11%')
            if relative and verb.lemma_ not in LEVEL_VERBS and unit is not None and not held:
                rel = rel_word
                obj = [c for c in verb.children if c.dep_ == "dobj" and c.i not in ids]
                obj_toks = _trim(noun_phrase(obj[0], ids, with_right=False)) if obj else []
                if len(obj_toks) > 4 or any(t.like_num for t in obj_toks) or obj and obj[0].left_edge.i != verb.i + 1:
                    obj_toks = []  # (an object the parser found further on is often a misparse)
                if obj_toks:  # "who has known the mayor"
                    obj_toks = [c for c in obj[0].children if c.dep_ == "det" and c.i == obj_toks[0].i - 1] + obj_toks
                aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
                verbs = _join(aux + [verb])  # "who has known", not "who known"
                text = " ".join(x for x in (text, rel, verbs, _join(obj_toks)) if x)  # "Clinton who trailed Sanders"
            elif verb.lemma_ not in STATE_VERBS and unit is not None and not relative and not estimate \
                    and not _level_reached(verb, head) and not held and not _standing(verb, head, unit) \
                    and not settled:
                text = f"{text} {_join(_to_verb(verb))}"  # "Cleveland raised", "the convention to inject"
            return text, _span(toks)
    # "Five remain missing", "three were still missing", "seven were reported dead": the state they are counted in
    state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ in CASUALTY_WORDS), None)
    if head.dep_ in ("nsubjpass", "nsubj") and head.head.i == verb.i and state is not None:
        return state.text, (state.idx, state.idx + len(state))
    # "more than 1,400 were detained at protests" -> "detained at protests"
    # (not '..., Kasich has 129 and Rubio left the race': a number joined to a name is a misparse)
    if head.dep_ in ("nsubjpass", "nsubj") and verb.lemma_ not in LIGHT_VERBS and head.head.i == verb.i \
            and not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in head.children):
        toks = [verb] + _verb_tail(verb, ids, set(), with_object=True)  # "40 percent chose Trump"
        return _join(toks), (verb.idx, max(t.idx + len(t) for t in toks))
    # "Gunmen killed 12 in the village", "has infected 1,245 people and killed 37": a bare count of people
    # harmed, rescued or held is told by the verb
    if unit is None and head.dep_ == "dobj" and head.head.i == verb.i and head.like_num and \
            verb.lemma_.lower() in HARM_VERBS:
        toks = [verb] + _verb_tail(verb, ids, set())
        return _join(toks), (verb.idx, max(t.idx + len(t) for t in toks))
    # "donations totalling £1.3m", "a firm valued at $2bn", "the house sold for £1m": a participle
    # describing a noun measures that noun
    at_verb = head.dep_ == "pobj" and head.head.lower_ in ("at", "for", "with", "on", "by") \
        and head.head.head.i == verb.i and verb.tag_ in ("VBN", "VBG")  # (not "intent to buy ... for $3m")
    if unit is not None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i \
            and not _past_colon(verb.head, verb) and not has_own_subject(verb) and (
            head.head.i == verb.i and head.dep_ in ("dobj", "npadvmod", "attr") or at_verb):
        toks = _trim(noun_phrase(verb.head, ids, with_right=False))
        if toks and not any(t.like_num for t in toks):  # "an announcement to spend $5bn"
            return _join(toks + _to_verb(verb)), (toks[0].idx, verb.idx + len(verb))
    # "he paid $5 for it": a measure (money, percent, distance) still tells its action
    if unit is not None and head.dep_ in ("dobj", "npadvmod", "pobj") and head.head.i in (verb.i, *(
            c.i for c in verb.children if c.dep_ == "prep")) and verb.lemma_ not in LIGHT_VERBS | REPORT_VERBS:
        toks = _to_verb(verb) + [c for c in verb.children if c.dep_ == "prt"]
        subj = _subject(verb, ids)
        if subj is None and verb.dep_ == "xcomp" and len(toks) > 1:
            subj = _controller(verb.head, ids)  # "the committee works to raise $60m": the committee raises it
        elif subj is None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ == "VERB":
            subj = _subject(verb.head.head, ids)  # "Brainard fueled the talk by donating $2,700"
        if subj is not None and subj.lower_ not in PRONOUNS and subj.pos_ in ("PROPN", "NOUN"):
            who = _short_subject(subj, ids)  # "Sanders accepted", not a bare "accepted"
            if who and _level_reached(verb, head):
                return _join(who), _span(who)  # "before slipping back to 39 percent": Trump's level
            if who:  # (the doer first also where the gerund comes first: 'despite spending ..., Sanders')
                return f"{_join(who)} {_join(toks)}", (min(who[0].idx, toks[0].idx), max(
                    who[-1].idx + len(who[-1]), verb.idx + len(verb)))
        return _join(toks), (verb.idx, verb.idx + len(verb))
    return None, None
