"""Stances: positions actors take on the issues news stories argue about.

Why: a brief should say who will take people in and who will not, merged across
outlets. Read from the dependency parse: a topic noun ("asylum", "visas",
"sanctions", "weapons") under a verb that grants or refuses it ("grant", "offer",
"issue" / "refuse", "deny"; per-topic verbs for sanctions and military aid),
polarity from negation (also on a governing "prepared"/"willing"), the actor
from the verb's subject, resolved through pronouns, collectives ("the three
Baltic states"), capitals and seats of government (:mod:`.places`) and quote
speakers. "X may apply for asylum in Y" is Y's position (for). Positions on any
other issue (endorse/support/oppose/reject ...) come from :mod:`.positions`.
"""
from __future__ import annotations

import logging
import re

from ..doctext import doc_text, entity_of
from ..model import Quote, StanceClaim
from .places import COUNTRIES, SEATS, find_places, group_members
from .positions import find_positions
from .spans import trim

log = logging.getLogger(__name__)

TOPICS = {"asylum": "asylum", "refuge": "asylum", "shelter": "asylum", "sanctuary": "asylum",
          "visa": "visas", "visas": "visas", "residency": "residence permits", "permit": "residence permits",
          "sanction": "sanctions", "sanctions": "sanctions", "embargo": "sanctions",
          "weapon": "military aid", "weapons": "military aid", "arms": "military aid", "ammunition": "military aid",
          "tank": "military aid", "missile": "military aid"}
GRANT = frozenset({"grant", "offer", "give", "issue", "provide", "accept", "welcome", "allow", "admit", "extend",
                   "approve", "award"})
REFUSE = frozenset({"refuse", "deny", "reject", "ban", "stop", "suspend", "halt", "bar", "end", "restrict",
                    "withhold", "revoke", "cancel"})
# topics whose verbs differ from granting/refusing: (verbs for, verbs against)
TOPIC_VERBS = {
    "sanctions": (frozenset({"impose", "support", "back", "extend", "approve", "tighten", "expand", "adopt",
                             "introduce", "announce"}),
                  frozenset({"lift", "oppose", "reject", "block", "veto", "ease", "end", "drop", "scrap"})),
    "military aid": (frozenset({"send", "provide", "supply", "deliver", "give", "approve", "offer", "ship"}),
                     frozenset({"refuse", "block", "halt", "suspend", "withhold", "stop", "ban", "reject"})),
}
APPLY = frozenset({"apply", "seek", "request"})
INVITE = frozenset({"encourage", "urge", "invite", "welcome", "allow", "let", "can", "may", "should", "could"})
PRONOUNS = frozenset({"they", "it", "we", "he", "she", "i", "its", "their"})
_PEOPLE_EXCEPT = frozenset({"Swiss", "US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "EU", "E.U.", "UN", "U.N."})


def _is_people(alias: str) -> bool:
    """'Russians', 'Finns': the people, not the state."""
    return alias.endswith("s") and alias not in COUNTRIES and alias not in SEATS and alias not in _PEOPLE_EXCEPT


_PEOPLE_NOUNS = re.compile(r"\s+(?:citizens?|men|women|people|nationals|soldiers|troops|refugees|migrants|students|"
                           r"tourists|reservists|conscripts|draftees|deserters|residents|families|children)\b", re.I)


def _countries(phrase: str, doc_text: str) -> list[str]:
    """Countries a subject phrase stands for; "Russians" or "Russian citizens" are people, not a state."""
    found = []
    for s, e, canon in find_places(phrase):
        if not _is_people(phrase[s:e]) and not _PEOPLE_NOUNS.match(phrase, e) and canon not in found:
            found.append(canon)
    return found or group_members(phrase, doc_text)


def _negated(tok) -> bool:
    """Negation on the verb or on the chain of heads it complements ("not prepared to offer")."""
    t = tok
    for _ in range(4):
        if any(c.dep_ == "neg" or c.lower_ in ("never", "nor") for c in t.children):
            return True
        if t.dep_ in ("xcomp", "acomp", "aux", "conj") and t.head is not t:
            t = t.head
        else:
            break
    return False


def _subject(verb):
    """The subject token of ``verb`` or of the clause it complements."""
    t = verb
    for _ in range(4):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            return subj[0]
        if t.dep_ in ("xcomp", "conj", "aux", "acomp") and t.head is not t:
            t = t.head
        else:
            return None
    return None


def _reporting_subject(tok):
    """For a pronoun subject: the subject of the verb that reports its clause ("X say they ...")."""
    t = tok.head
    for _ in range(5):
        if t.dep_ in ("ccomp", "xcomp", "advcl", "conj") and t.head is not t:
            t = t.head
            subj = [c for c in t.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS]
            if subj:
                return subj[0]
        else:
            break
    return None


def _phrase(tok) -> str:
    sub = list(tok.subtree)
    return tok.doc[sub[0].i : sub[-1].i + 1].text


_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _head_phrase(tok) -> str:
    """The noun phrase without its clauses: in "the frustration that saw Britons abandon the EU"
    the EU is not the subject."""
    skip = {t.i for c in tok.children if c.dep_ in _CLAUSES or (c.dep_ == "prep" and c.lower_ not in ("of", "in", "from"))
            for t in c.subtree}
    return " ".join(t.text for t in tok.subtree if t.i not in skip)


def _speaker_countries(tok, quotes: list[Quote], doc_text: str) -> list[str]:
    for q in quotes:
        lo, hi = q.sentence or (q.start, q.end)
        if lo <= tok.idx < hi:
            return _countries(" ".join(x for x in (q.speaker_role, q.speaker) if x), doc_text)
    return []


def _actors(verb, quotes: list[Quote], doc_text: str) -> list[str]:
    subj = _subject(verb)
    if subj is None:
        return []
    if subj.lower_ in PRONOUNS:
        if subj.lower_ in ("we", "i"):
            return _speaker_countries(subj, quotes, doc_text)
        antecedent = _reporting_subject(subj)
        if antecedent is None:
            return []
        subj = antecedent
    countries = _countries(_head_phrase(subj), doc_text)
    if countries:
        return countries
    ent = entity_of(subj, ("GPE", "ORG", "PERSON"))
    if ent is not None:
        return [ent.text]
    return []


def _governing_verb(noun):
    t = noun
    for _ in range(3):
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head is t:
            break
    return None


def _position(verb, sent) -> str:
    """The predicate, from its auxiliaries/negation (also on "not prepared to") to the verb's last word."""
    chain, t = [verb], verb
    while t.dep_ in ("xcomp", "acomp") and t.head is not t and len(chain) < 4:
        t = t.head
        chain.append(t)
    start = min(c.i for v in chain for c in [v, *v.children] if c is v or c.dep_ in ("aux", "neg", "auxpass"))
    subj = _subject(verb)
    if subj is not None and subj.i < start:
        start = max(start, subj.i + 1)
    end = max(t.i for t in verb.subtree) + 1
    span = verb.doc[start : min(end, start + 20)]
    return " ".join(span.text.split()).strip(" ,.;")


def _claims_for(noun, topic, quotes, doc_text):
    """(actors, polarity, verb) for one topic noun, or None."""
    verb = _governing_verb(noun)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    no_det = any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children)
    if lemma in APPLY and noun.head.lower_ == "for":  # "X may apply for asylum in Y": Y's stance
        if _negated(verb):
            return None
        invited = any(c.lower_ in INVITE for c in verb.children) or verb.head.lemma_.lower() in INVITE
        places = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "with", "to")]
        if not invited or not places:
            places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "with", "to")]
        if not invited or not places:
            return None
        actors = [c for p in places for c in _countries(_phrase(p), doc_text)]
        return (actors, "for", verb) if actors else None
    pro, con = TOPIC_VERBS.get(topic, (GRANT, REFUSE))
    if topic in TOPIC_VERBS and lemma in APPLY:
        return None
    if lemma in pro:
        negative = _negated(verb) or no_det or any(c.lower_ == "only" for c in verb.children)
    elif lemma in con:
        negative = not _negated(verb)
    elif no_det and lemma in ("say", "announce", "decide"):
        negative = True
    else:
        return None
    if noun.dep_ == "nsubjpass":
        return None  # "asylum is granted": nobody's stance in particular
    actors = _actors(verb, quotes, doc_text)
    return (actors, "against" if negative else "for", verb) if actors else None


def find_stances(doc, quotes: list[Quote]) -> list[StanceClaim]:
    """Per-article stance claims (actor, position, polarity, topic); offsets are the sentence's."""
    quotes = [q for q in quotes if q.confidence is None]  # speakers from cue rules only
    out: list[StanceClaim] = []
    seen: set[tuple] = set()
    for tok in doc:
        topic = TOPICS.get(tok.lemma_.lower()) or TOPICS.get(tok.lower_)
        if topic is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.lower_ == "arms" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "into the arms of Donald Trump": an embrace, not weapons
        found = _claims_for(tok, topic, quotes, doc_text(doc))
        if not found:
            continue
        actors, polarity, verb = found
        sent = tok.sent
        position = _position(verb, sent)
        for actor in actors:
            key = (actor, topic, polarity, sent.start_char)
            if key in seen:
                continue
            seen.add(key)
            s, e = trim(doc_text(doc), sent.start_char, sent.end_char)
            out.append(StanceClaim(actor=actor, position=position, polarity=polarity, topic=topic,
                                   start=s, end=e, text=doc_text(doc)[s:e]))
    covered = {(c.start, c.actor) for c in out}
    out += [c for c in find_positions(doc, quotes) if (c.start, c.actor) not in covered]
    return out
