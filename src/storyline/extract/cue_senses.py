"""Senses of cue words that report nothing: 'called off the talks', 'a group called X', 'time will
tell', 'denied him bail', 'had shown disrespect to his wife'. Shared by the rule-based and the
learned attribution, for direct and indirect quotes alike."""
from __future__ import annotations

from .counted import PERSONISH
from .cues import NAMING_VERBS, ORG_NOUNS, PERSON_NOUNS, ROLE_NOUNS, SPEECH_VERBS

_REFLEXIVES = frozenset(["himself", "herself", "themselves", "itself", "myself", "ourselves"])
_MEANING_PARTICLES = frozenset(["off", "up", "in", "down", "back"])  # "called off the talks", "called up reservists"
_NAMING_PARTICIPLES = frozenset(["call", "name", "dub", "title", "label"])
_FORECAST_VERBS = frozenset(["promise", "threaten"])


def not_reporting(verb) -> bool:
    """Cue verbs used in a sense that reports nothing: a phrasal verb ('called off the talks'),
    a naming participle ('a group called Color of Change'), or a forecast by a thing ('the
    debate promised to be crucial', 'time will tell'), or saying little or nothing; 'call' and
    'admit' in their other senses; the noun 'states' misread as a verb; a duty ('X must admit')."""
    lemma = verb.lemma_.lower()
    if lemma in SPEECH_VERBS | NAMING_VERBS and any(c.dep_ == "prt" and c.lower_ in _MEANING_PARTICLES
                                                   for c in verb.children):
        return True  # not 'weighed in on', 'backed off': those still take a position
    # 'a group called Color of Change'; 'the procedure sometimes called X', parsed as a clause of its own
    # (not 'Trump called Cruz a liar', which the parser may read as 'Trump, called Cruz': two names given)
    names_given = sum(c.dep_ == "oprd" for c in verb.children)
    if lemma in _NAMING_PARTICIPLES and names_given < 2 and (verb.tag_ == "VBN" and verb.dep_ == "acl" or names_given
                                                           and _named_thing(verb)):
        return True
    if lemma in _NAMING_PARTICIPLES and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in verb.children) and any(
            c.dep_ == "ccomp" and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            for c in verb.children):
        return True  # 'A super PAC called Our Principles is ramping up': the name's clause lacks its subject
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in verb.children):
        return True  # 'Israel must also acknowledge the history of ...': what the writer says it ought to say
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "aux")}
    if {"for", "to"} <= marks and any(c.dep_ == "acomp" for c in verb.head.children) and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children):
        # (one named may well have said it: 'it's not unreasonable for Clinton to assert that ...')
        return True  # 'whether it is appropriate for a justice to criticize a candidate': an act judged, none reported
    if lemma == "conclude" and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True  # 'The spot concludes with footage of ...': it ends, it judges nothing
    if lemma == "charge" and verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True  # 'the parts of his administration charged with facilitating ...': given a task, no charge
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if lemma == "tell" and subj is not None and subj.lower_ == "time":
        return True
    if lemma in ("say", "tell") and any(c.dep_ == "dobj" and c.lower_ in ("little", "nothing") for c in verb.children):
        return True  # 'She has said little about the plan'
    if lemma in ("claim", "charge") and any(c.dep_ == "dobj" and any(t.like_num or t.ent_type_ == "MONEY"
                                                                     for t in c.subtree) for c in verb.children):
        return True  # 'she had claimed £12,000 for a second home', 'charged a $100,000 fee': money, not a statement
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "charge" and objects and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            _gerund_with_clause(g) for g in c.children) for c in verb.children):
        # ('charged the swimmer with filing a false report' accuses him)
        return True  # 'charged the inspectors with verifying that ...': a task given, not an accusation
    if any(c.lemma_.lower() in _OTHER_SENSE_OBJECTS.get(lemma, ()) for c in objects):
        return True  # 'call attention', 'calls itself X', 'denied him bail', 'report earnings'
    if lemma == "call" and any(c.lemma_.lower() in _CONVENED and not any(g.dep_ == "acl" for g in c.rights)
                               for c in objects) and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")
                                                             for c in verb.children):
        return True  # 'called snap elections', 'called a strike': convened or ordered ('called the vote rigged' names)
    if lemma == "call" and any(p.dep_ == "xcomp" and p.lower_ == "mind" or p.dep_ == "prep" and p.lower_ == "to"
                               and any(c.lower_ == "mind" for c in p.children) for p in verb.children):
        return True  # 'called to mind the promise of ...'
    if lemma == "admit" and any(names_people(c) or c.ent_type_ == "NORP" for c in objects):
        return True  # 'efforts to admit Central Americans as refugees': let in, not confessed
    if lemma in ("add", "show") and objects and any(c.dep_ in ("prep", "dative") and c.lower_ == "to"
                                                    for c in verb.children) \
            and not any(t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") for c in objects for t in c.subtree):
        # ('the filings showed $200,000 in payments to X' is what they report)
        return True  # 'add a title to his resume', 'had shown disrespect to his wife': put or given, not said
    if lemma == "deny" and (len(objects) > 1 or objects and any(c.dep_ == "dative" for c in verb.children)):
        return True  # 'denying poor folks health care', 'deny him that path': withheld, not denied as untrue
    if lemma == "call" and any(c.lower_ in _REFLEXIVES for c in objects) and any(
            c.dep_ == "oprd" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in verb.children):
        # ('called him "my African American"' is still a claim about him)
        return True  # 'a man calling himself Paul Paul': a name given, not a claim ('calling himself a victim')
    if lemma == "call" and len(objects) == 1 and _phoned(verb, objects[0]):
        return True  # 'calling friends on their cellphones to say ...': rang them up, said nothing of them
    if lemma == "call" and not objects and any(c.dep_ == "oprd" and any(_name_of(a) for a in c.children)
                                               for c in verb.children) \
            and not any(c.dep_ == "auxpass" for c in verb.children) and not _quotes_after(verb):
        return True  # 'Palin called a delegate candidate, Clara Powers, and ...' read as naming: rang her up
    if verb.lower_ == "states" and verb.i > 0 and verb.doc[verb.i - 1].pos_ == "PROPN" and verb.i + 1 < len(verb.doc) \
            and verb.doc[verb.i - 1].ent_type_ not in ("PERSON", "ORG") \
            and verb.doc[verb.i + 1].ent_type_ in ("GPE", "LOC"):
        return True  # 'Rust Belt states Indiana, Michigan and Ohio': the noun, misread as a verb
    if lemma in _FORECAST_VERBS:
        if subj is not None and subj.pos_ == "NOUN" and subj.ent_type_ == "" and \
                subj.lemma_.lower() not in ROLE_NOUNS | ORG_NOUNS and not names_people(subj):
            return True
    return False


def _gerund_with_clause(tok) -> bool:
    """'with verifying that ...', 'with determining whether ...': an -ing form (the tagger may call it a
    noun) that goes on to a clause of its own."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return tok.dep_ in ("pcomp", "pobj") and tok.lower_.endswith("ing") and nxt is not None \
        and nxt.lower_ in ("that", "whether", "if")


def describes_noun(verb) -> bool:
    """'pledged delegates', 'the promised reforms', 'enough pledged delegates': a participle inside a noun
    phrase reports nothing, also where the parser makes it a verb with the noun as its object."""
    if verb.dep_ == "amod":
        return True
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # 'have since released statements', 'have both supported implementation': a verb
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    if verb.tag_ == "VBN" and before.tag_ == "CC" and after.tag_ == "NN" and after.dep_ == "compound":
        return True  # 'activist and accused doctor killer James Kopp': a title given in a list of names
    if verb.tag_ == "VBN" and after.tag_ in ("NNS", "NN") and before.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True  # 'the figures include pledged delegates': no one pledged anything here
    return after.tag_ in ("NNS", "NN") and (before.tag_ in ("DT", "PDT", "PRP$", "IN", "CD")
                                            or before.lower_ in _QUANTITY_WORDS)


_QUANTITY_WORDS = frozenset({"both", "enough", "more", "most", "fewer", "many", "several"})


def _named_thing(verb) -> bool:
    """'the procedure sometimes called partial-birth abortion', parsed as a clause whose subject is the
    thing named: no object, no auxiliary, and a subject that is a common noun for no one who could speak."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "ROOT" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    if subj is None:  # ('attacked the procedure sometimes called X': a participle with no one who calls;
        # 'disliked the gatherings of leaders, called the Clinton Global Initiative, that ...', set off by commas)
        return verb.tag_ == "VBN" or verb.dep_ == "conj" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return subj.pos_ == "NOUN" and not subj.ent_type_ and not names_people(subj) \
        and subj.lemma_.lower() not in PERSON_NOUNS | ORG_NOUNS


def _phoned(verb, obj) -> bool:
    """'call' with people as its only argument: a telephone call or a summons, not a name given to them
    ('calling out Trump for his "lies"', 'calling Clinton on her attack' still accuse)."""
    purpose = any(c.dep_ == "xcomp" and c.lemma_.lower() in _CALLED_TO for c in verb.children)
    people = obj.lower_ in ("me", "us", "him", "her", "them") or obj.ent_type_ == "PERSON" \
        or obj.lemma_.lower() in _PEOPLE or purpose and obj.pos_ == "PROPN"
    if not people or any(c.dep_ in ("amod", "appos", "acl") and c.i > obj.i and not _name_of(c) for c in obj.children):
        return False  # (but 'called a delegate candidate, Clara Powers, and ...' rang her up)
    if _quotes_after(verb):
        return False  # 'calling him, among other things, "a failed candidate"': the name is in quotation marks
    for c in [*verb.children, *obj.children]:
        if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr", "dobj", "prt") and c.i != obj.i \
                and not (purpose and c.dep_ == "xcomp"):
            return False  # (but 'called Sanders to congratulate him': rang him up for that)
        pobj = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else None
        if c.lower_ in ("on", "for") and pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") \
                and pobj.lemma_.lower() not in _PHONES:
            return False  # 'calling Clinton on the substance of her attack': called to account
    return True


def _quotes_after(verb) -> bool:
    """A quotation mark in what the verb governs: what someone was called is quoted."""
    doc = verb.doc
    return any(t.is_quote for t in doc[verb.i + 1 : min(verb.right_edge.i + 4, len(doc))])


def _name_of(appos) -> bool:
    """A person's name set beside the noun ('a delegate candidate, Clara Powers'): who, not what they were called."""
    return appos.dep_ == "appos" and appos.ent_type_ == "PERSON" and appos.pos_ == "PROPN" \
        and not any(c.dep_ == "appos" for c in appos.children)  # ('the senator, Ted Cruz, a liar' names him one)


_CALLED_TO = frozenset({"congratulate", "concede", "thank", "apologize", "apologise", "offer", "wish", "check"})
_CONVENED = frozenset("election vote referendum strike meeting session halt truce ceasefire recess timeout".split())
_PHONES = frozenset({"phone", "cellphone", "telephone", "line", "cell", "mobile"})
_PEOPLE = PERSON_NOUNS | PERSONISH


# objects that give a cue verb a sense in which it reports nothing
_OTHER_SENSE_OBJECTS = {
    # 'to call attention to racism'; 'a group that calls itself Asawitri Media' is a name ('calling
    # himself the king of debt' is still a claim)
    "call": frozenset({"attention", "itself"}),
    # 'denied him bail', 'denying people care': withheld, not denied as untrue
    "deny": frozenset("care access coverage benefit service entry visa bail permit permission treatment funding aid "
                      "asylum passage admission".split()),
    # 'was to report fourth-quarter earnings': accounts published, nobody quoted
    "report": frozenset("earnings earning result profit loss revenue sale income".split()),
    # 'a war steadily claiming soldiers' lives', 'claimed the title': taken or won, not asserted
    "claim": frozenset("life victim title crown seat prize medal trophy championship throne".split()),
}


def names_people(noun) -> bool:
    """'officials', 'voters', 'Kenyan advocates': a noun for people who can promise."""
    return noun.lemma_.lower() in PERSONISH or noun.lemma_.lower() == "advocate" or \
        any(c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for c in noun.children)
