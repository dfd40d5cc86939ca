"""Generic stances: a named actor endorses, supports, opposes or rejects something.

Why: political news states positions with a small set of verbs whatever the
issue ("Obama endorsed Hillary Clinton", "We're against TPP", "the senator
voted against the bill"). The frame is read from the dependency parse: a
stance verb, its object noun phrase (the topic, kept short), polarity from the
verb and negation, and the subject resolved to a named person, organisation or
country. Precision first: pronoun subjects that cannot be resolved, passives,
questions and hypotheticals (modal verbs, if/whether clauses) give nothing.
"""
from __future__ import annotations

import re

from ..doctext import doc_text, entity_of
from ..extract.hedges import in_question
from ..extract.speakers import infinitive_subject
from ..model import Quote, StanceClaim
from .spans import trim

FOR_VERBS = frozenset({"endorse", "support", "back", "favor", "favour", "champion", "approve"})
AGAINST_VERBS = frozenset({"oppose", "reject", "condemn", "denounce", "ban", "veto", "block", "refuse"})
# verb + preposition: (verb lemma, preposition) -> polarity
PREP_FRAMES = {("vote", "for"): "for", ("vote", "against"): "against", ("call", "for"): "for",
               ("be", "against"): "against", ("argue", "against"): "against", ("campaign", "against"): "against",
               ("campaign", "for"): "for", ("approve", "of"): "for"}
# not doing these means opposing ("does not support X"); other negated verbs say nothing for sure
_NEGATABLE = frozenset({"support", "back", "favor", "favour"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "can", "must"})
_IRREALIS_MARKS = frozenset({"if", "whether", "unless"})
_NAMED = ("PERSON", "ORG", "GPE")
# "allowed X to support", "urged women to vote for": the clause is someone's wish or permission, not a stance
# ("has to approve": an obligation)
_NOT_ASSERTED = frozenset({"allow", "let", "need", "have", "want",
                           "try", "ask", "urge", "hope", "expect", "seem", "appear",
                           "make", "force", "encourage", "tell", "wish", "like", "prefer", "invite", "push",
                           "pressure", "convince", "persuade",
                           # someone else's insinuation: 'the ad suggests that Phoenix supports Trump'
                           "suggest", "imply", "insinuate", "allege"})
_FIRST_PERSON = frozenset({"i", "we"})
# an opponent's charge: 'Trump warned that Clinton opposes the Second Amendment' states Trump's view of her
_CHARGES = frozenset({"warn", "claim", "charge", "contend", "accuse", "insist", "argue", "complain"})
# 'the debunked claim that Trump opposed the invasion': what a claim says, not a stance taken
_CLAIM_NOUNS = frozenset({"claim", "allegation", "assertion", "charge", "rumor", "rumour", "notion", "myth", "lie",
                          "suggestion", "accusation", "theory"})
_HEDGE_ADVERBS = frozenset({"perhaps", "maybe", "possibly", "probably", "conceivably"})
# reports that a negation empties ('did not say that ...'); factive ones ('did not mention that ...') do not
_SAYING = frozenset({"say", "claim", "suggest", "mean", "promise", "pledge", "think", "believe", "tell", "argue"})
_UNRESOLVED = frozenset({"it", "this", "that", "these", "those", "them", "him", "her", "what", "which", "who",
                         "something", "anything", "everything", "nothing", "one", "all", "some", "him", "us", "me"})
MAX_TOPIC_WORDS = 6


def _negated(verb) -> bool:
    t = verb
    for _ in range(3):
        if any(c.dep_ == "neg" or c.lower_ in ("never", "nor") for c in t.children):
            return True
        if t.dep_ in ("xcomp", "aux", "conj") and t.head is not t:
            t = t.head
        else:
            break
    return False


def _hypothetical(verb) -> bool:
    """Modal auxiliaries on the verb, an if/whether clause anywhere above it or hung on it
    ('if he does X, I will support him'), or a report that says it was not said ('I did not
    say ... I will support him')."""
    if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX or c.dep_ == "advmod" and c.lower_ in _HEDGE_ADVERBS
           for c in verb.children):
        return True  # (and 'Perhaps Russia will oppose any move': a guess)
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _IRREALIS_MARKS for m in c.children)
           for c in verb.children):
        return True
    node = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in _IRREALIS_MARKS for c in node.children):
            return True
        if node.dep_ in ("ccomp", "parataxis") and node.head is not node and _negated(node.head) \
                and node.head.lemma_.lower() in _SAYING:
            return True  # 'I did not say ... I will support him' (but 'did not mention that X supported' still holds)
        if node.dep_ in ("xcomp",) and any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX
                                           for c in node.head.children):
            return True
        if node.head is node:
            break
        node = node.head
    return False


def _claimed_by_another(verb, actor: str, quotes: list[Quote]) -> bool:
    """The stance is someone else's claim about the actor: a charge reported ('X warned that Y opposes ...'), the
    content of a claim ('the claim that Y opposed ...'), or words quoted from another speaker."""
    node = verb
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in ("acl", "ccomp") and head.lemma_.lower() in _CLAIM_NOUNS and head.pos_ == "NOUN":
            return True
        if node.dep_ == "ccomp" and head.lemma_.lower() in _CHARGES:
            reporter = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if reporter is None or _strip_the(reporter.text) not in actor:
                return True
        if node.dep_ == "ccomp" and head.lemma_.lower() in ("say", "tell") and _one_person_on_another(head, node):
            return True
        node = head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in _FIRST_PERSON:
        return False
    return any(q.kind != "indirect" and q.start <= verb.idx < q.end and q.speaker
               and _strip_the(q.speaker).split()[-1] not in actor for q in quotes)


def _one_person_on_another(report, clause) -> bool:
    """'She said Republican Donald Trump favors a "strongman approach"': one person saying what another, named
    in the clause, favours now is her reading of him, not his position. An act in the past is news she reports
    ('Lind said Vale endorsed Tolvo'), and a minister saying what her country will do speaks for it."""
    reporter = next((c for c in report.children if c.dep_ == "nsubj"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if reporter is None or subject is None or subject.ent_type_ != "PERSON" or clause.tag_ not in ("VBZ", "VBP"):
        return False
    words = {t.lower_ for t in reporter.subtree}
    if words & _SPEAKS_FOR:
        return False  # ('her spokesman Tom Lee said Ann Vale rejected the plan': hers, through him)
    if reporter.ent_type_ == "PERSON":
        return not (words & {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"})
    return reporter.lower_ in ("he", "she")


_SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer",
                         "attorney", "representative", "campaign"})


def _kept_from(verb, obj) -> bool:
    """"blocked the company from abandoning the sites": against the act, not the company."""
    return any(p.dep_ == "prep" and p.lower_ == "from" and p.i > obj.i and
               any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children) for p in (*verb.children, *obj.children))


def _topic(obj) -> str | None:
    """The object's short noun phrase (determiners and clauses dropped), or None when unresolvable."""
    if obj.lower_ in _UNRESOLVED or obj.pos_ == "PRON" or obj.ent_type_ in ("DATE", "TIME") \
            or obj.lower_ in ("percent", "%", "point", "points"):  # "Clinton support 27 percent": a poll figure
        return None
    if any(c.dep_ in ("relcl", "acl") for c in obj.children):
        return None  # "supporters that level attacks": the short phrase would change the meaning
    ent = entity_of(obj)
    nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if obj.pos_ == "NOUN" and obj.is_title and nxt is not None and nxt.is_title and ent is None:
        return None  # 'voted for the No Child Left Behind law': a title the parser cut after 'Child'
    outside = [c for c in obj.children if c.dep_ in ("amod", "compound") and ent is not None
               and not ent.start <= c.i < ent.end]
    if ent is not None and ent.label_ in _NAMED + ("NORP", "LAW", "EVENT", "WORK_OF_ART") and not outside:
        return _strip_the(ent.text)
    left = [c for c in obj.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") and c.pos_ != "PRON"]
    start = min([obj.i] + [min(t.i for t in c.subtree) for c in left])
    words = [t for t in obj.doc[start : obj.i + 1] if t.pos_ not in ("DET", "PUNCT") or _inner_hyphen(t)
             or _glued_to_hyphen(t)]
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "on")), None)
    if of is not None:
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ != "PRON":
            words += [of] + [t for t in obj.doc[min(x.i for x in pobj.subtree) : pobj.i + 1] if t.pos_ != "DET"]
    if not words or len(words) > MAX_TOPIC_WORDS:
        return None
    nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if nxt is not None and not obj.whitespace_ and nxt.text in _HYPHENS:
        return None  # "the anti-union law" parsed as "anti": half a word is no topic
    return _joined(words)


def _joined(words: list) -> str:
    """The words with a space wherever the text had one between them, even across a dropped mark
    ('the "Neocons For Hillary" movement', 'the United States' pivot' keep the space before the next word)."""
    text = doc_text(words[0].doc)
    out = words[0].text
    for prev, tok in zip(words, words[1:]):
        gap = text[prev.idx + len(prev.text) : tok.idx]
        out += (" " if any(ch.isspace() for ch in gap) else "") + tok.text
    return out.strip()


def _inner_hyphen(tok) -> bool:
    """The hyphen of 'Hillary-style': part of the word, not punctuation to drop."""
    return tok.text in _HYPHENS and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _glued_to_hyphen(tok) -> bool:
    """The 'no' of 'no-fly zone': a word before a hyphen it is written against, part of the word after it."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and not tok.whitespace_ and nxt.text in _HYPHENS


_HYPHENS = ("-", "\u2010", "\u2011")


def _speaker(tok, quotes: list[Quote]) -> str | None:
    for q in quotes:
        lo, hi = q.sentence or (q.start, q.end)
        if lo <= tok.idx < hi and q.speaker and q.speaker[:1].isupper():
            return q.speaker
    return None


def _actor(verb, quotes: list[Quote]) -> str | None:
    """The subject as a named entity; "we"/"I" inside a quote resolve to its speaker; else None."""
    t = verb
    subj = None
    for _ in range(3):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None or t.dep_ not in ("xcomp", "conj") or t.head is t:
            break
        t = t.head
    if subj is None:
        return None
    if subj.lower_ in _FIRST_PERSON:
        return _speaker(subj, quotes)
    if subj.lower_ in ("who", "that") and t.dep_ == "relcl":  # "Obama, who endorsed Clinton"
        if subj.lower_ == "who" and t.head.ent_type_ in ("GPE", "LOC"):
            return None  # 'J. J. Price, a union member in Roanoke, Va., who voted for Mr. Obama': not the town
        # ('Trump and Cruz, who has openly opposed ground troops': the nearest of the pair, as 'has' says)
        singular = t.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "is", "was", "does")
                                          for c in t.children)
        nearest = next((c for c in reversed(list(t.head.children)) if c.dep_ == "conj" and c.i < subj.i), None)
        subj = nearest if singular and nearest is not None else t.head
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in subj.children):
        return None  # 'a super PAC that opposed Trump': one of a kind, not a named actor
    ent = entity_of(subj)
    if ent is None or ent.label_ not in _NAMED or ent.root.i != subj.i and subj.dep_ in ("compound", "poss"):
        return None
    return _strip_the(ent.text)


_HONORIFIC = re.compile(r"^(?:the\s+|(?:mr|mrs|ms|dr|gov|sen|rep|senator|president|governor|representative)\.?\s+)+",
                        re.I)


def _strip_the(text: str) -> str:
    """"the United Nations" -> "United Nations", "Mr. Trump" -> "Trump": one name for merging."""
    out = _HONORIFIC.sub("", text).strip()
    return out or text


def _frames(doc):
    """(verb, object token, polarity) for every stance verb with an object."""
    for v in doc:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        lemma = v.lemma_.lower()
        if lemma in FOR_VERBS or lemma in AGAINST_VERBS:
            if any(c.dep_ == "prt" for c in v.children):
                continue  # 'backing up their endorsements with manpower': another verb than 'back'
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if obj is None and lemma == "approve":
                continue
            if obj is not None:
                yield v, obj, "for" if lemma in FOR_VERBS else "against"
        for prep in v.children:
            pol = PREP_FRAMES.get((lemma, prep.lower_)) if prep.dep_ == "prep" else None
            if pol:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    yield v, obj, pol


def find_positions(doc, quotes: list[Quote]) -> list[StanceClaim]:
    """Stance claims from generic endorse/support/oppose/reject frames, precise over complete."""
    out: list[StanceClaim] = []
    seen: set[tuple] = set()
    for verb, obj, polarity in _frames(doc):
        sent = verb.sent
        if in_question(verb) or _hypothetical(verb):
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _NOT_ASSERTED:
            continue
        if verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children):
            continue  # "has yet to endorse Ryan": not done, and not refused either
        if verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children):
            continue  # "signs pointed to Obama endorsing Clinton": expected, not stated
        if (verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" or verb.dep_ == "pcomp") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue  # "a reason for Bush to back Cruz": a motive someone sees, not a stance taken
        negative = _negated(verb)
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline"):
            negative = not negative
        if negative and verb.lemma_.lower() not in _NEGATABLE:
            continue
        if infinitive_subject(obj) or _kept_from(verb, obj):
            continue  # "called for contestants to wear shorter dresses": the stance is on the act, not the people
        topic = _topic(obj)
        actor = _actor(verb, quotes)
        if not topic or not actor or topic.lower() == actor.lower() or _claimed_by_another(verb, actor, quotes):
            continue
        if negative:
            polarity = "against"
        key = (actor, topic.lower(), polarity, sent.start_char)
        if key in seen:
            continue
        seen.add(key)
        s, e = trim(doc_text(doc), sent.start_char, sent.end_char)
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i])
        position = " ".join(doc[first : min(obj.i + 1, verb.i + 12)].text.split())
        out.append(StanceClaim(actor=actor, position=position, polarity=polarity, topic=topic,
                               start=s, end=e, text=doc_text(doc)[s:e]))
    return out
