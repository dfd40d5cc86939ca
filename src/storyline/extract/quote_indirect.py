"""Indirect speech led by a cue verb: a clause ("X said that ..."), a position verb with
its complement ("X vowed to ..."), a parenthetical ("The plan, she said, failed") and a
report inside a relative clause ("which she said was ..."). Framings without a cue verb
("according to X", "In a poll, ...") are in :mod:`.quote_frames`. Parser-based; spans
index ``doc.text``.
"""
from __future__ import annotations

from ..doctext import doc_text
from .cue_senses import describes_noun, names_people, not_reporting
from .cues import (
    ADDRESS_VERBS,
    BELIEF_VERBS,
    CUE_VERBS,
    MESSAGE_NOUNS,
    ORG_NOUNS,
    POSITION_VERBS,
    RELATIVE_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    cue_type,
)
from .quote_attribution import (
    Cue,
    according_to,
    asked_passively,
    inverted_object,
    negated,
    question_put,
    stray_conjunct_subject,
    subject_of,
)
from .quote_common import (
    FINITE_TAGS,
    MIN_WORDS,
    Candidate,
    crosses,
    cut_aside,
    fits,
    has_subject,
    inside,
    span_finder,
    states_nothing,
    tokens_in,
    trim,
    words,
)
from .quote_frames import according, as_frame, hearsay, in_source, in_view
from .quote_marks import DASHES, quote_token

_VERB_CUES = CUE_VERBS | POSITION_VERBS | {"put"}  # 'put' reports only in 'as X puts it'


def indirect_candidates(doc, direct_spans: list[tuple[int, int]]) -> list[Candidate]:
    """Cue verbs outside quotation marks with what they report; "according to X"."""
    out: list[Candidate] = []
    text = doc_text(doc)
    quoted = span_finder(direct_spans)
    for t in doc:
        host = quoted(t.idx)
        if host is not None:
            out.extend(_nested_belief(doc, t, host))
            continue
        acc = according_to(t)
        if acc is not None:
            cand = according(doc, t, acc, direct_spans)
            out.extend([cand] if cand is not None else [])
            continue
        framed = hearsay(doc, t, direct_spans) or in_source(doc, t, direct_spans) or in_view(doc, t, direct_spans)
        if framed is not None:
            out.append(framed)
            continue
        lemma = t.lemma_.lower()
        if lemma == "see" and t.pos_ == "VERB":
            out.extend(_seen_as(doc, t, direct_spans))
            continue
        if t.pos_ not in ("VERB", "AUX") or lemma not in _VERB_CUES or lemma == "be" or describes_noun(t):
            continue
        if negated(t) or not_reporting(t):
            continue  # "did not recommend that ...": nothing was said; "called off", "a group called X"
        framed = as_frame(doc, t, direct_spans)
        if framed is not None:
            out.append(framed)
            continue
        if lemma == "put":
            continue  # 'put' reports only in 'as X puts it
        if lemma in _IMPERSONAL:
            imp = _impersonal(doc, t, direct_spans)
            if imp is not None:
                out.append(imp)
                continue
        relative = _relative_report(doc, t, direct_spans)
        if relative is not None:
            out.append(relative)
            continue
        inverted = _name_read_into_clause(doc, t, direct_spans)
        if inverted is not None:
            out.append(inverted)
            continue
        comps = [c for c in t.children if c.dep_ == "ccomp" or _asked_question(t, c)] or _message_clause(t) \
            or _stranded_that_clause(t)
        comps = [_inner_that_clause(c) for c in comps]
        comps = [_that_clause(_contrasted(c, t)) for c in comps if not _not_reported(doc, c, t)]
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), t)
        if _ends_on_introduced_quote(doc, subj.left_edge.i):
            comps = [c for c in comps if c.i > t.i]  # ('Biden weighed in, telling Mic, "...," he said')
        after = [c for c in comps if c.i > t.i]
        if lemma == "say" and any(c.dep_ == "dobj" and c.i > t.i for c in t.children):
            comps = after  # 'At one point, when it was clear ..., someone said a prayer': what was said is its object
        if after and not _set_off(t, _stolen_subject(after[0], t)):
            comps = after  # 'Inside the mosque, Nefzi said he ...': what comes before only sets the scene
        if len(comps) > 1:  # '..., the source recalled': a second clause that is a report of its own
            comps = [c for c in comps if not (c.lemma_.lower() in CUE_VERBS and any(x.dep_ == "nsubj" for x in c.children))]
        # one clause on each side at most: two on one side are a misparse of one clause ('insist that, with
        # the candidate focused on ..., there have been few talks'), which runs from the first to the last
        parts: list[list] = []
        for c in comps:
            if parts and (parts[-1][0].i < t.i) == (c.i < t.i):
                if _leads_into(parts[-1][1]) or _goes_on_with(c):
                    parts[-1][1] = c
            else:
                parts.append([c, c])
        comps = [first for first, _ in parts]
        if comps:
            spans = [trim(doc, *cut_aside(doc, _stolen_subject(first, t).idx, _report_end(doc, last)))
                     for first, last in parts]
            more = _reported_conj(t, comps[-1])
            if more is not None:
                spans[-1] = trim(doc, spans[-1][0], more.right_edge.idx + len(more.right_edge.text))
        elif lemma in POSITION_VERBS and _states_position(t) and not _open_question(t) and not _object_gap(t) and \
                _complement(t, _min_words(lemma)) is not None:
            spans = [trim(doc, *cut_aside(doc, *_complement(t, _min_words(lemma))))]
        else:
            out.extend(_parenthetical(doc, t, direct_spans))
            continue
        # 'It is no surprise, Mr. Garin said, that ...': a clause on each side of the cue
        for comp, (s, e) in zip(comps or [None], spans):
            content = tokens_in(doc, s, e)
            if len(content) < _min_words(lemma) or _mostly_quoted(doc, s, e, direct_spans) or "\n" in text[s:e]:
                continue
            if all(x.pos_ in ("PRON", "DET") or x.is_punct for x in content) or states_nothing(doc, s, e):
                continue  # 'They support it.': a pronoun says nothing by itself; nor 'planned for next week'
            s, e = _with_marks(text, s, e, direct_spans)
            if crosses(s, e, direct_spans):
                continue  # starts inside a quotation and ends outside it
            spk = reporter_of(t) or subject_of(t)
            if lemma == "ask" and spk is None and (not any(x.pos_ in ("VERB", "AUX") for x in content)
                                                   or content[0].i > 0 and doc[content[0].i - 1].lower_ == "about"):
                continue  # 'when asked about Donald Trump, Obama said ...': what he was asked about, not a question
            if comp is not None and comp.i < t.i:
                s, e, spk = _name_left_in_content(doc, s, e, t, spk)
            if spk is None and not asked_passively(t) or spk is not None and s <= spk.idx < e:
                continue  # nobody speaks (a question put by someone unnamed is still reported)
            out.append(Candidate(s, e, "indirect", Cue(t.idx, t.idx + len(t.text), t.text, spk)))
    return [c for c in out if not _cue_in_own_brackets(text, c)]


def _cue_in_own_brackets(text: str, cand: Candidate) -> bool:
    """'blowback from members ("I want my dues back," wrote Edward Nelson, ...)': a cue inside brackets that
    open after the content starts reports what the brackets hold, not the sentence around them."""
    if cand.cue is None or cand.cue.start < cand.start:
        return False
    between = text[cand.start : cand.cue.start]
    opened = between.rfind("(")
    return opened > 0 and ")" not in between[opened:]


def _not_reported(doc, clause, verb) -> bool:
    """A clause the parser made the cue's complement that is not what was said: the writer's lead-in,
    a relative or adverbial clause, a finite verb whose subject is elsewhere, the question put to the
    speaker ('Asked if ..., Lee replied')."""
    return _lead_in(doc, clause, verb) or _object_relative(clause) or _subjectless_finite(clause, verb) \
        or _adverbial(clause) or _misread_relative(clause) or question_put(clause.left_edge) \
        or _report_of_its_own(clause) or _inverted_condition(clause) or _result_of_degree(clause, verb) \
        or _as_after_comma(clause, verb)


def _as_after_comma(clause, verb) -> bool:
    """'Spencer said, as a few young fighters worked out inside the gym': an 'as' or 'while' clause with its
    own subject, set off after the cue, is the scene of the saying; it reports nothing. ('Lenox was a
    juggernaut, Mr. Clarke said, until it went bankrupt' is still his account.)"""
    first, doc = clause.left_edge, clause.doc
    return verb.i < first.i and first.lower_ in ("as", "while") and first.dep_ == "mark" and first.head.i == clause.i \
        and doc[first.i - 1].text == "," and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _scene_part(doc, part: tuple[int, int], verb) -> bool:
    """The part after an aside cue is one such scene clause and nothing more."""
    toks = [t for t in tokens_in(doc, *part) if not t.is_punct]
    clause = toks[0].head if toks else None
    return clause is not None and _as_after_comma(clause, verb) \
        and all(clause.left_edge.i <= t.i <= clause.right_edge.i for t in toks)


def _result_of_degree(clause, verb) -> bool:
    """'spoke with so much gusto it sounded as though he were screaming': after 'so' or 'such' between the
    verb and the clause, the clause says what came of it, not what was said."""
    between = verb.doc[verb.i + 1 : clause.left_edge.i]
    return verb.i < clause.i and any(t.lower_ in ("so", "such") and t.dep_ in ("advmod", "amod", "predet")
                                     for t in between) \
        and not any(t.lower_ in ("often", "time", "times", "frequently") for t in between)  # 'said so many times that'


def _inverted_condition(clause) -> bool:
    """'pointed to Reid as a peacemaker, should the campaign keep up its attacks': 'should', 'had' or
    'were' before the subject after a comma opens a condition, not what was said."""
    first, doc = clause.left_edge, clause.doc
    return first.lower_ in ("should", "had", "were") and first.head.i == clause.i and first.i > 0 \
        and doc[first.i - 1].text == "," \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in clause.children)


def _report_of_its_own(clause) -> bool:
    """'... and which has endorsed Sanders - said Sanders has several options': a speech verb with a
    clause of its own but no subject, hung on the cue by the parser, is the sentence's report, not
    what the cue states."""
    return clause.lemma_.lower() in SPEECH_VERBS and clause.i > 0 and clause.doc[clause.i - 1].text in DASHES \
        and any(c.dep_ == "ccomp" for c in clause.children) and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                      for c in clause.children)


def _contrasted(clause, verb):
    """'A, KING-TV reported, while in Chicago B, the Sun-Times reported': the clause the parser made the
    second cue's complement is the first outlet's report; the second reports the 'while' clause between."""
    if not (clause.i < verb.i and clause.lemma_.lower() in CUE_VERBS and any(c.dep_ == "ccomp" for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)):
        return clause
    return next((c for c in [*verb.children, *clause.children] if c.dep_ == "advcl" and clause.i < c.i < verb.i
                 and any(m.dep_ == "mark" and m.lower_ in _CONTRAST_MARKS for m in c.children)), clause)


def _that_clause(comp):
    """'said in a history of the Clinton years that women ...': the parser made the noun 'years'
    the complement; the that-clause hanging on it is what was said."""
    if comp.ent_type_ == "WORK_OF_ART":  # 'said on NBC's "Meet the Press" on Sunday that ...': the title
        return next((t for t in comp.subtree if t.i > comp.i and _complement_that(t)), comp)  # read as a clause
    if comp.pos_ not in ("NOUN", "PROPN"):
        return comp
    return next((c for c in comp.rights if _complement_that(c)), comp)


def _complement_that(clause) -> bool:
    """A clause opened by 'that' as a conjunction, with a subject of its own; not a report of its
    own ('the case that he has said he would make': the gap is in what he said)."""
    return clause.dep_ in ("ccomp", "acl", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i for m in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and not (clause.lemma_.lower() in CUE_VERBS and any(c.dep_ == "ccomp" for c in clause.children))


def _subjectless_finite(clause, verb) -> bool:
    """'said Hany Farid, ..., who co-developed the system': a finite verb with no subject of its own
    is a misparsed relative clause, not what was said. Not when the subject went elsewhere: to the
    cue's object ('told POLITICO the standards are ...') or to a relative word before the cue
    ('what she said were punitive policies')."""
    if clause.tag_ not in FINITE_TAGS or clause.i < verb.i or _opens_itself(clause) or _predicate_split_off(clause):
        return False
    taken = any(c.dep_ in ("dobj", "dative") and verb.i < c.i < clause.i for c in verb.children)
    return not taken and verb.left_edge.lower_ not in _WH and verb.doc[max(verb.left_edge.i - 1, 0)].lower_ not in _WH


def _leads_into(clause) -> bool:
    """'that, with the candidate focused on ..., there have been few talks': a clause opened by 'with',
    'if', 'when' ... before the comma sets the scene for the reported clause after it."""
    return any(c.dep_ == "mark" and c.lower_ in _LEAD_MARKS for c in clause.children)


def _goes_on_with(clause) -> bool:
    """A second clause the parser split off that still belongs to what was said: a subordinate clause
    ('..., though he contended ...', '... unless Sanders disavows ...'), a participle ('..., suggesting
    he might ...') or what follows a colon. (A clause with its own subject after a comma, '..., however
    this time that number has dropped', is the writer's.)"""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return _leads_into(clause) or clause.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        or before is not None and before.text == ":" or _predicate_split_off(clause)


def _predicate_split_off(clause) -> bool:
    """'claimed that statements calling for a ban makes him "..."': a finite verb with no subject of its
    own, straight after another clause of the same cue, is the predicate of that clause's long subject,
    split off by the parser."""
    start, doc = clause.left_edge.i, clause.doc
    if start == 0 or doc[start - 1].is_punct or doc[start - 1].dep_ == "cc" or clause.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    if clause.lemma_.lower() in CUE_VERBS or cue_type(clause.lemma_) == "speech":
        return False  # '... the inquiry and Democrats accused the GOP': a report of its own, its subject astray
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") and c.i < clause.i for c in clause.children):
        return False
    cue = clause.head
    if _about_the_subject(cue):
        return False
    return any(c.dep_ == "ccomp" and c.i != clause.i and c.right_edge.i == start - 1 for c in cue.children)


def _about_the_subject(cue) -> bool:
    """'The hacker whose mischief revealed that ... pleaded guilty', 'One reason Democrats say ... was the
    fear', "Trump's tweet saying X meant ...": the cue sits in a clause about the sentence's subject, and
    a verb after what it reports is that subject's."""
    doc = cue.doc
    return sum(c.dep_ in ("nsubj", "nsubjpass", "npadvmod", "dobj") for c in cue.lefts) > 1 \
        or cue.dep_ in ("acl", "relcl") or cue.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in cue.children) \
        or any(t.lower_ in ("whose", "who", "which") for t in doc[cue.sent.start : cue.i])


def _opens_itself(clause) -> bool:
    """The clause has its own subject or an opening conjunction ('that', 'if')."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children)


_CONTRAST_MARKS = ("while", "whereas")  # 'A, KING-TV reported, while B ...': a report of its own may follow
_ADVERBIAL_MARKS = frozenset("after before when while because since although though once until unless".split())
_LEAD_MARKS = _ADVERBIAL_MARKS | {"with", "if", "as"}  # also 'with the candidate focused on ...', 'if ...', 'as ...'


def _set_off(verb, after) -> bool:
    """'It is no surprise, Ms. Vance said, that ...', 'Trump has one thing in common with them, the columnist
    suggested: "..."': a cue between two parts of one report is set off by a comma or a colon before the part
    after it."""
    k = after.i - 1
    while k > verb.i and quote_token(verb.doc[k]):
        k -= 1  # ('..., the columnist suggested: "His streak ...')
    return after.i > verb.i and verb.doc[k].text in (",", ":")


def _stolen_subject(clause, verb):
    """Where the reported clause starts: 'voters said life for the next generation would be worse' --
    the parser made 'life' the object of 'said', leaving the clause without its subject. A verb
    that is not said to someone ('told POLITICO the plan ...' is) has no object of its own there."""
    start = clause.left_edge
    if clause.dep_ == "advcl" and start.dep_ == "mark" and start.lower_ in _CONTRAST_MARKS:
        return clause.doc[start.i + 1]  # 'while in Chicago the parade began' (see _contrasted)
    if clause.i < verb.i or verb.lemma_.lower() in ADDRESS_VERBS or _opens_itself(clause):
        return start
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    if obj is None or obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ or obj.lemma_.lower() in MESSAGE_NOUNS:
        return start
    return obj.left_edge


def _adverbial(clause) -> bool:
    """'after Minning came on the scene, he told ...': a clause opened by 'after', 'because' ... says when
    or why; the parser sometimes makes it the cue's complement."""
    doc = clause.doc
    return any(m.dep_ == "mark" and m.lower_ in _ADVERBIAL_MARKS  # the clause opens with it ('But after ...')
               and all(t.dep_ in ("cc", "punct") for t in doc[clause.left_edge.i : m.i]) for m in clause.children)


def _object_relative(clause) -> bool:
    """'spoke at the rally that the union organised': 'that' is the clause's missing object, so
    the clause describes the rally; nothing is reported. Nor in 'Commission reports that track
    spending', where 'that' is the subject."""
    that = clause.left_edge
    if that.lower_ != "that" or that.head.i != clause.i or any(c.dep_ in ("ccomp", "xcomp") for c in clause.children):
        return False
    if that.dep_ == "nsubj":  # a plural verb: not the demonstrative of 'I think that's the message'
        return clause.tag_ == "VBP" and sum(c.dep_ == "nsubj" for c in clause.children) == 1
    return that.dep_ == "dobj"


def _misread_relative(clause) -> bool:
    """A relative clause the parser made the cue's complement: 'during which she touched on X,
    Clinton remarked ...', 'told millions watching at home who could guess ...' (a 'who' after
    other words of the clause belongs to a noun; 'asked who was responsible' opens with it)."""
    first = clause.left_edge
    if first.tag_ == "WP$" and first.i > 0 and first.doc[first.i - 1].pos_ in ("NOUN", "PROPN"):
        return True  # 'he said of people whose rights were restored': 'whose' after a noun is relative
    if any(p.dep_ == "prep" and p.i < clause.i and any(c.dep_ == "pobj" and c.tag_ in ("WDT", "WP") and not c.n_rights
                                                        for c in p.children)  # (not 'about which of the two is')
           for p in clause.children):
        return True
    if _opens_on_a_noun(clause):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") and c.i > first.i
               and c.lower_ in RELATIVE_WORDS for c in clause.children)


def _opens_on_a_noun(clause) -> bool:
    """'tells voters who wonder why ...', 'said Gregory Slayton, ..., and who is now supporting Rubio': a
    'who' or 'which' subject right after a noun or a joining 'and' opens a relative clause on that noun, not
    a question ('asked who was responsible')."""
    first, doc = clause.left_edge, clause.doc
    if first.lower_ not in ("who", "which") or first.dep_ not in ("nsubj", "nsubjpass") or first.head.i != clause.i \
            or first.i == 0:
        return False
    before = doc[first.i - 1]
    return before.pos_ in ("NOUN", "PROPN") or before.lower_ in (",", "and", "but")


def _inner_that_clause(clause):
    """'tells voters who wonder why he cannot summon Trump's fury that he "wasn't brought up that way"': past
    a relative clause the parser made the complement, a that-clause at its end is what was said."""
    if not _opens_on_a_noun(clause):
        return clause
    return next((t for t in clause.subtree if t.i > clause.i and _complement_that(t)
                 and t.right_edge.i == clause.right_edge.i and not _reported_below(t, clause)), clause)


def _reported_below(comp, top) -> bool:
    """'who remembered Freddy claiming that his father was Jewish': the that-clause is the complement of
    a cue inside the relative clause, that cue's report."""
    cur = comp.head
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.lemma_.lower() in _VERB_CUES:
            return True
        cur = cur.head
    return top.lemma_.lower() in CUE_VERBS


# nouns whose own that-clause says what they are ('despite the fact that both men were born abroad'), or
# when or how far ('in the event that Clinton faces Trump', 'to the extent that'); also news someone else
# gave ('called for X following news that the department would sue')
_CONTENT_NOUNS = frozenset({"fact", "idea", "notion", "possibility", "likelihood", "chance", "assumption",
                            "hope", "fear", "belief", "view", "sense", "argument", "claim", "suggestion",
                            "event", "case", "extent", "degree", "news", "word", "rumor", "rumour", "revelation",
                            "allegation", "accusation", "indication", "sign", "evidence", "confirmation"})


def _stranded_that_clause(verb) -> list:
    """'said in a memoir of the Carter years that farmers distrusted him': the parser hung the
    that-clause on the last noun of the phrase after the verb; it is the verb's complement. One a verb
    in the phrase governs is that verb's ('slammed Vale for suggesting that ...')."""
    for prep in (c for c in verb.rights if c.dep_ == "prep"):
        found = [t for t in prep.subtree if _complement_that(t) and t.head.lemma_.lower() not in _CONTENT_NOUNS
                 and t.head.pos_ not in ("VERB", "AUX")]
        if found:
            return found[:1]
    return []


def _lead_in(doc, clause, verb) -> bool:
    """'The ruling set off a row on Friday: Republicans said ...': a clause before a colon is the
    writer's lead-in, not what the speaker after it said. Nor is a clause before a cue whose message
    follows it ('Just yesterday, can you believe it, he urged the Russians to hack ...', '42% say they
    are liberal, 32% call themselves conservative')."""
    end = clause.right_edge.i
    while end > clause.i and doc[end].is_punct:
        end -= 1  # (the parser may end the clause on the colon or the quotation mark after it)
    return clause.i < verb.i and (any(doc[k].text in (":", ";") for k in range(end, verb.i))
                                  or any(c.dep_ in ("xcomp", "oprd") and c.i > verb.i for c in verb.children))


_MEDIUM_NOUNS = MESSAGE_NOUNS | {"interview", "speech"}  # also what is said in: 'said in an interview that'


def _message_clause(verb) -> list:
    """'said in a statement that X': the parser hung the 'that' clause on the statement."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in ("in", "on", "during"):
            continue
        for n in p.children:
            if n.dep_ == "pobj" and n.lemma_.lower() in _MEDIUM_NOUNS:
                return [c for c in n.children if c.dep_ in ("acl", "relcl") and c.i > n.i
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)][:1]
    return []


def _name_left_in_content(doc, s: int, e: int, verb, spk):
    """'..., Commander Delia Marsh of the coast guard said.': when the parser hangs the
    speaker's name on the reported clause, the clause ends at the last comma before the name
    and the name is the speaker. Not for a possessor ('..., Smith's lawyer said')."""
    text = doc_text(doc)
    comma = text.rfind(",", s, e)
    if comma < 0 or (spk is not None and spk.ent_type_ == "PERSON"):
        return s, e, spk
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not comma < ent.start_char < e or ent.end > verb.i:
            continue
        between = text[comma + 1 : ent.start_char]
        if len(between.split()) > 2 or any(q in between for q in "\"\u201c\u2018") or \
                ent.root.dep_ in ("poss", "compound", "nsubj", "nsubjpass"):
            continue  # more than a title between the comma and the name, a quoted title; 'Smith's'; a subject of its own
        if any(x.pos_ in ("VERB", "AUX") for x in doc[ent.end : verb.i]) or (spk is not None and spk.i < ent.end):
            continue  # a clause or the real subject lies between the name and the cue
        if ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "\u2019s"):
            continue
        s2, e2 = trim(doc, s, comma)
        return s2, e2, ent.root
    return s, e, spk


_IMPERSONAL = frozenset(["seem", "appear", "expect", "believe", "think"])


def _impersonal(doc, verb, direct_spans) -> Candidate | None:
    """'The group is expected to report ...', 'The plan seems to be failing': a belief
    held by nobody named; the whole clause is the content and there is no speaker."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lemma in ("seem", "appear") and passive:
        return None
    if lemma not in ("seem", "appear") and (not passive or any(c.dep_ == "agent" for c in verb.children)):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    deps = ("xcomp",) if passive else ("xcomp", "acomp", "attr")
    comp = next((c for c in verb.rights if c.dep_ in deps), None)
    if subj is None or comp is None or subj.lower_ in ("it", "there", "this", "that", "what", "which", "who"):
        return None
    s, e = trim(doc, subj.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text))
    if not fits(doc, s, e, direct_spans, MIN_WORDS + 1):
        return None
    return Candidate(s, e, "indirect", Cue(verb.idx, verb.idx + len(verb.text), verb.text, None))


def _nested_belief(doc, verb, host: tuple[int, int]) -> list[Candidate]:
    """'"I think the plan will fail," she said': a belief verb with a clause inside a quote
    is an attribution of its own (the quote's speaker holds the belief), nested in the quote."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BELIEF_VERBS or negated(verb):
        return []
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    spk = subject_of(verb)
    if comp is None or spk is None or spk.idx < host[0]:
        return []
    s, e = trim(doc, comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text))
    if s < host[0] or e > host[1] or words(doc_text(doc)[s:e]) < MIN_WORDS or s <= spk.idx < e:
        return []
    return [Candidate(s, e, "indirect", Cue(verb.idx, verb.idx + len(verb.text), verb.text, spk))]


def _parenthetical(doc, verb, direct_spans) -> list[Candidate]:
    """'Time, Mr. Pence added, was on their side.' / 'The plan failed, she said.': the cue
    is set off by commas and the reported text is the rest of the sentence."""
    inverted = inverted_object(verb)
    if verb.lemma_.lower() not in CUE_VERBS or any(
            c.dep_ in ("dobj", "xcomp", "prep") and (inverted is None or c.i != inverted.i) for c in verb.rights):
        return []
    spk = subject_of(verb)
    if spk is None or spk.head.i != verb.i:
        return []
    if verb.lemma_.lower() in ("continue", "go", "conclude", "finish") and spk.pos_ == "NOUN" and not spk.ent_type_ \
            and not names_people(spk) and spk.lemma_.lower() not in ROLE_NOUNS | ORG_NOUNS:
        return []  # '..., an investigation will continue': a thing goes on, nobody speaks
    lo = min(spk.left_edge.i, verb.i)
    hi = max([verb.i] + [c.right_edge.i for c in verb.rights if c.dep_ in ("npadvmod", "advmod", "prep")])
    if spk.i > verb.i:  # inverted: '..., said Geert Wilders, founder of ...'
        hi = max(hi, spk.right_edge.i)
    before = doc[lo - 1] if lo > 0 else None
    after = doc[hi + 1] if hi + 1 < len(doc) else None
    if before is None or before.text != ",":
        return []
    sent = verb.sent
    # 'They had hope: With the debate over, they said, there was ...': what precedes a colon is the writer's
    opening = next((t.idx + 1 for t in reversed(doc[sent.start : before.i]) if t.text in (":", ";")), sent.start_char)
    parts = [trim(doc, opening, before.idx)]
    if _ends_on_introduced_quote(doc, lo):
        parts = []  # 'Biden weighed in, telling Mic, "..., they're both qualified," he said': the cue is the quotation's
    if after is not None and after.text == ",":
        rest = trim(doc, after.idx + 1, sent.end_char)
        if not _report_beside(doc, *rest) and not _scene_part(doc, rest, verb):
            parts.append(rest)
    elif after is not None and after.text not in (".", "!", "?"):
        return []
    if question_put(doc[sent.start]):
        parts = parts[1:]  # 'Asked if the talks had failed, Ryan said, ...': the question put to him, not his words
    if len(parts) == 2 and not _after_conjunction(doc, *parts[0]):
        parts = parts[1:]  # 'And, he acknowledged, it is unclear ...': a bare 'and' says nothing
    if len(parts) == 2 and _adjunct_only(doc, *parts[0]) and _has_subject(doc, *parts[1]) \
            and not _opens_with_verb(doc, *parts[1]):
        parts = parts[1:]  # 'Back in Virginia, he said, he decided to ...': the opening phrase only sets the scene
    quoting = verb.i + 2 < len(doc) and doc[verb.i + 1].text == "," and quote_token(doc[verb.i + 2])
    if quoting and parts and _scene_or_report(doc, *parts[0]) and not (
            len(parts) == 2 and (_subject_then_predicate(doc, parts) or _opens_with_verb(doc, *parts[1]))):
        parts = parts[1:]  # 'But six minutes in, when a man was led away, Trump yelled, "Out!"': the scene
    cue = Cue(verb.idx, verb.idx + len(verb.text), verb.text, spk)
    text = doc_text(doc)
    if len(parts) == 2 and (min(words(text[s:e]) for s, e in parts) < MIN_WORDS or not _has_subject(doc, *parts[1])
                            or _subject_then_predicate(doc, parts) or _condition_first(doc, parts[0])):
        # 'It was, he said, one of the bitterest failures', 'The question of ..., she said, is not so
        # cut and dried': a clause the cue interrupts is one report ('It was' alone says nothing)
        parts = [(parts[0][0], parts[1][1])]
    return [Candidate(s, e, "indirect", cue) for s, e in parts if fits(doc, s, e, direct_spans)]


def _name_read_into_clause(doc, verb, direct_spans) -> Candidate | None:
    """'Any reading of his actions, said Michael Kofman, an expert on Russia, would read this as ...': the
    parser made the sentence's subject the cue's and the name after the cue the subject of the rest. The name
    speaks; what is reported is the sentence around the cue, as with '..., she said, ...'."""
    name = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if name is None or verb.i == 0 or doc[verb.i - 1].text != "," or verb.lemma_.lower() not in CUE_VERBS \
            or name.ent_type_ != "PERSON":
        return None
    while name.dep_ == "compound" and name.head.ent_type_ == "PERSON" and name.head.i > name.i:
        name = name.head
    clause = name.head
    close = name.right_edge.i if name.right_edge.text == "," else name.right_edge.i + 1
    if name.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.i != verb.i or close >= clause.i \
            or doc[close].text != ",":
        return None
    sent = verb.sent
    s, e = trim(doc, sent.start_char, sent.end_char)
    if not fits(doc, s, e, direct_spans):
        return None
    return Candidate(s, e, "indirect", Cue(verb.idx, verb.idx + len(verb.text), verb.text, name))


def _scene_or_report(doc, s: int, e: int) -> bool:
    """A part with no main clause of its own ('But six minutes into the event, when another man was led
    away'), or whose main clause is a report of its own ('He said he had not seen it, and when asked ...'):
    before a quotation, the writer's scene, not what the speaker said."""
    toks = tokens_in(doc, s, e)
    ids = {t.i for t in toks}
    main = [t for t in toks if (t.head.i not in ids or t.head.i == t.i) and t.pos_ in ("VERB", "AUX") and has_subject(t)
            and t.dep_ != "advcl"]  # ('when another man was led away' is subordinate)
    return not main or any(t.lemma_.lower() in CUE_VERBS for t in main)


def _ends_on_introduced_quote(doc, i: int) -> bool:
    """The words before token ``i`` (the cue's clause) end on a quotation that a comma or colon introduced
    ('telling Mic in an interview, "But gosh almighty, they're both qualified," he said'): the cue attributes
    that quotation, and what comes before it is the writer's lead-in. (Not 'He called it "a disgrace," she
    said', where the quotation is part of the reported clause.)"""
    start = doc[i].sent.start
    k = i - 1
    while k > start and doc[k].text == ",":
        k -= 1
    if k <= start or not quote_token(doc[k]):
        return False
    opening = next((t for t in reversed(doc[start:k]) if quote_token(t)), None)
    if opening is None or opening.i == start or doc[opening.i - 1].text not in (",", ":"):
        return False
    # (not 'Prices rose, "and nobody saw it coming," she said', nor a title: 'his show, "Mornings with Tom Vance,"',
    # nor an opening phrase with no clause of its own: 'Sooner or later, "I think we will ...," he said')
    return doc[opening.i + 1].text[:1].isupper() and any(t.pos_ in ("VERB", "AUX") for t in doc[opening.i : k]) \
        and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") for t in doc[start : opening.i])


def _report_beside(doc, s: int, e: int) -> bool:
    """'Prices rose, Reuters reported, while the ministry said they fell': a contrast after the cue that
    holds a report of its own is not this cue's."""
    toks = tokens_in(doc, s, e)
    return bool(toks) and toks[0].lower_ in _CONTRAST_MARKS and any(
        t.pos_ == "VERB" and cue_type(t.lemma_) == "speech" and any(c.dep_ == "nsubj" for c in t.children)
        for t in toks)


def _subject_then_predicate(doc, parts) -> bool:
    """'The hashtag #X, Mr. Abboud said, accompanied descriptions of ... when someone was found': a
    noun phrase with no verb before the cue and a verb opening the part after it are one clause
    (the subject found later is of a clause inside)."""
    left, right = tokens_in(doc, *parts[0]), tokens_in(doc, *parts[1])
    while right and (quote_token(right[0]) or right[0].lower_ in ("all", "both", "each") and len(right) > 1):
        right = right[1:]  # 'These sources, the lawyers said, "all command the same conclusion"'
    return bool(left and right) and not any(t.pos_ in ("VERB", "AUX") for t in left) \
        and right[0].pos_ in ("VERB", "AUX")


def _condition_first(doc, part) -> bool:
    """'If it is just a few delegates, the campaign said, it may not bother': a subordinate clause before
    the cue belongs to the clause after it; alone it states nothing."""
    toks = _after_conjunction(doc, *part)
    return bool(toks) and toks[0].dep_ == "mark" and toks[0].lower_ in _ADVERBIAL_MARKS | {"if", "whether"}


def _after_conjunction(doc, s: int, e: int) -> list:
    """The part's tokens without an opening 'and'/'but'."""
    toks = tokens_in(doc, s, e)
    return toks[1:] if toks and toks[0].pos_ == "CCONJ" else toks


def _adjunct_only(doc, s: int, e: int) -> bool:
    """'Back in Virginia', 'Too often', 'But without the means to travel', 'With rebels playing a
    bigger role', 'Emphasizing the urgency of the matter': a phrase with no finite verb, so no clause
    of its own to state."""
    toks = _after_conjunction(doc, s, e)  # 'But without the ability to take part'
    opening = toks[0].pos_ in ("ADV", "ADP", "SCONJ") or toks[0].tag_ in ("VBG", "VBN") and toks[0].dep_ == "advcl" \
        if toks else False
    if opening and toks[0].pos_ == "ADP" and toks[0].dep_ == "prep" \
            and all(t.is_punct or toks[0].left_edge.i <= t.i <= toks[0].right_edge.i for t in toks):
        return True  # 'After being informed that he would be charged': one phrase, whatever it holds
    return opening and not any(t.tag_ in FINITE_TAGS or t.tag_ == "MD" for t in toks) and not any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_ != "VBG" for t in toks)


def _opens_with_verb(doc, s: int, e: int) -> bool:
    """'Putting the show together, Butz said, allowed him to ...': a part that opens with its finite verb
    takes the phrase before the cue as its subject ('growing up, Rafael turned ...' has its own)."""
    toks = tokens_in(doc, s, e)
    while toks and quote_token(toks[0]):
        toks = toks[1:]  # ('Evaluating the candidates ..., Stevens said, "is like looking at ..."')
    return bool(toks) and (toks[0].tag_ in FINITE_TAGS or toks[0].tag_ == "MD")


def _has_subject(doc, s: int, e: int) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.pos_ in ("VERB", "AUX") for t in tokens_in(doc, s, e))


_ARGS = {"dobj", "xcomp", "oprd", "attr", "dative", "acomp"}
# prepositions that introduce what is stated ("called for", "accused X of", "described X as");
# others (in, at, during ...) add time or place, not content
_PHRASAL = {"on", "for", "about", "against", "of", "as", "to", "with"}


def _seen_as(doc, verb, direct_spans) -> list[Candidate]:
    """'Developers see golf courses as wasted space': a view held by the subject."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    as_ = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    spk = subject_of(verb)
    if obj is None or as_ is None or spk is None or negated(verb) or spk.i > verb.i:
        return []
    s, e = trim(doc, obj.left_edge.idx, as_.right_edge.idx + len(as_.right_edge.text))
    if not fits(doc, s, e, direct_spans):
        return []
    return [Candidate(s, e, "indirect", Cue(verb.idx, verb.idx + len(verb.text), verb.text, spk))]


def _states_position(verb) -> bool:
    """'appeared on a reality show', 'spoke to a veterans group': the object is a place or an
    audience, not what was said; 'denied Garland a hearing' withholds from a person. 'appear'/'seem' state
    something only with a clause, and so does 'conclude' ('concluding the disclosure process' ends it); 'speak'
    and 'talk' only about a topic."""
    lemma = verb.lemma_.lower()
    if lemma in ("appear", "seem", "conclude"):
        return False
    if lemma in ("deny", "refuse") and any(c.dep_ in ("dobj", "dative") and c.ent_type_ == "PERSON"
                                           for c in verb.children):
        return False  # 'denied Merrick Garland a hearing': withheld from him, no claim denied
    if lemma in ("speak", "talk"):
        prep = next((c for c in verb.rights if c.dep_ == "prep"), None)
        if prep is None or prep.lower_ not in ("about", "of", "on"):
            return False
        # 'spoke on condition of anonymity', 'on the record': how it was said, not what
        return not any(c.lemma_.lower() in ("condition", "background", "record") for c in prep.children)
    return True


_SECOND_REPORTS = SPEECH_VERBS | POSITION_VERBS | {"refer"}


def _report_end(doc, comp) -> int:
    """End of a reported clause. A second report by the same speaker that the parser hung
    inside the clause ('said the plan failed and noted that ...', '..., and accused X of ...',
    '..., referring to ...') is an attribution of its own: the first one ends before it; so
    does a report set off by punctuation ('... no chance," the aide recalled, ...')."""
    end_tok = comp.right_edge
    if end_tok.i + 1 < len(doc) and end_tok.i > comp.i + 1:
        stray = stray_conjunct_subject(doc[end_tok.i + 1])
        if stray is not None and stray.i == end_tok.i:  # '... mishandled the case and Democrats accused ...'
            return doc[end_tok.i - 2].idx + len(doc[end_tok.i - 2].text)
    swallowed = _swallowed_subject(doc, comp, end_tok)
    if swallowed is not None:  # '... about the community and one in four said ...': the next report's subject
        return swallowed
    loose = next((c for c in comp.rights if c.dep_ == "dep" and c.tag_ in FINITE_TAGS
                  and doc[c.left_edge.i - 1].text == "," and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)),
                 None)
    if loose is not None:  # 'Cole, though she said Ruiz should get a hearing, notably stopped short of ...':
        return doc[loose.left_edge.i - 2].idx + len(doc[loose.left_edge.i - 2].text)  # the sentence goes on
    for t in comp.subtree:
        if t.pos_ != "VERB" or t.i == comp.i:
            continue
        subj = stray_conjunct_subject(t) or next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        # (not a clause that 'that' opens: 'said CNN had tweeted A and that Tapper, Bash and Blitzer had mentioned it')
        if subj is not None and cue_type(t.lemma_) == "speech" and subj.left_edge.i > comp.left_edge.i + 1 and \
                (doc[subj.left_edge.i - 1].is_punct or doc[subj.left_edge.i - 1].dep_ == "cc") \
                and not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            # '... to win," the aide recalled, ...', '... and the council said ...': another report
            cut = subj.left_edge.i - 1
            while cut > comp.left_edge.i and (doc[cut].is_punct or doc[cut].dep_ == "cc"):
                cut -= 1
            return doc[cut].idx + len(doc[cut].text)
        if t.i < comp.i or t.right_edge.i < end_tok.i:
            continue
        second = t.dep_ == "conj" or (t.dep_ == "advcl" and t.tag_ == "VBG" and
                                            "," in (x.text for x in doc[t.left_edge.i - 2 : t.left_edge.i]))
        if not second or t.lemma_.lower() not in _SECOND_REPORTS or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        cc = t.left_edge.i - 1  # before 'did not' of '..., but did not suggest ...'
        while cc > comp.i and (doc[cc].dep_ in ("cc", "advmod") or doc[cc].is_punct):
            cc -= 1
        if cc > comp.i:
            return doc[cc].idx + len(doc[cc].text)
    end_tok = _past_aside(doc, comp, end_tok) or end_tok
    return end_tok.idx + len(end_tok.text)


def _past_aside(doc, comp, end_tok):
    """'said her server - there were several, in succession - was never hacked': the parser took the
    aside between the dashes for the clause, and the subject's own predicate after the closing dash
    for a clause of the main verb. The report runs on to the end of that predicate (its last token)."""
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < comp.i), None)
    if subj is None or end_tok.i + 2 >= len(doc) or doc[subj.right_edge.i + 1].text not in DASHES:
        return None
    pred = doc[end_tok.i + 1]
    while pred.head.i > end_tok.i and pred.head.i != pred.i:
        pred = pred.head
    if pred.pos_ not in ("VERB", "AUX") or pred.tag_ == "VBG" or pred.head.i > end_tok.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in pred.children) \
            or not any(t.text in DASHES for t in doc[end_tok.i + 1 : pred.i]):
        return None
    last = pred.right_edge
    while last.i > end_tok.i and last.is_punct:
        last = doc[last.i - 1]
    return last


def _swallowed_subject(doc, comp, end_tok) -> int | None:
    """'One in three said the party doesn't care about the community and one in four said ...': the
    parser joined the next report's subject to the last noun of this clause, leaving the next cue
    without one; this clause ends before the 'and' (char offset), or None."""
    nxt = doc[end_tok.i + 1] if end_tok.i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ != "VERB" or cue_type(nxt.lemma_) != "speech" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
        return None
    conj = next((t for t in comp.subtree if t.dep_ == "conj" and t.right_edge.i == end_tok.i
                 and t.left_edge.i > comp.left_edge.i + 1 and doc[t.left_edge.i - 1].dep_ == "cc"), None)
    if conj is None:
        return None
    cut = conj.left_edge.i - 1
    while cut > comp.left_edge.i and (doc[cut].is_punct or doc[cut].dep_ == "cc"):
        cut -= 1
    return doc[cut].idx + len(doc[cut].text)


def _with_marks(text: str, s: int, e: int, quoted) -> tuple[int, int]:
    """A clause that opens or closes on a quotation's own words takes its marks along
    ('"the plan" was dead', 'had "made up the story."'), so the span does not cut through them."""
    if any(a == s and e > b for a, b in quoted) and s > 0 and not text[s - 1].isspace():
        s -= 1
    close = next((b for a, b in quoted if s < a < e <= b and not text[e:b].strip(" .,;:!?")), None)
    if close is not None and close < len(text) and not text[close].isspace():
        e = close + 1
    return s, e


def _mostly_quoted(doc, s: int, e: int, quoted) -> bool:
    """The clause is a quotation already found, give or take two words ('said: "..."'); a
    clause that quotes a phrase inside its own words ('said Kim's state is "spiraling"') is not."""
    if not inside(s, e, quoted):
        return False
    chars = list(doc_text(doc)[s:e])
    for a, b in quoted:
        for i in range(max(a, s), min(b, e)):
            chars[i - s] = " "
    return words("".join(chars)) < MIN_WORDS


def _reported_conj(verb, comp):
    """'She said A, but her parents earned too much', 'said A, but that he would not ...': a
    clause joined to the cue verb after its reported clause still belongs to the report (the
    parser hangs it on the verb). Not a report of its own ('..., and Olsen denied it') nor a
    named person's or a pronoun's action ('..., and Jones left', '..., but he sounded a note')."""
    if comp.i < verb.i:
        return None
    for c in verb.rights:
        if c.dep_ != "conj" or c.i < comp.i or c.pos_ not in ("VERB", "AUX"):
            continue
        if not any(x.dep_ == "cc" and x.lower_ in ("and", "but") for x in verb.doc[comp.right_edge.i + 1 : c.i]):
            return None
        mark = any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if c.lemma_.lower() in CUE_VERBS | POSITION_VERBS and not mark:
            return None
        if mark or (subj is not None and subj.ent_type_ != "PERSON" and (subj.pos_ != "PRON" or subj.lower_ in ("it", "there"))):
            return c
        return None
    return None


_WH = frozenset(["which", "that", "what", "who"])


def _relative_report(doc, verb, direct_spans) -> Candidate | None:
    """'emails, which she said represented all her work', 'what critics say is a tax': the
    report sits inside a relative clause whose gap is the reported subject. The content runs
    from the relative word to the end of the clause, the speaker's words included."""
    if verb.lemma_.lower() not in SPEECH_VERBS | BELIEF_VERBS or verb.dep_ not in ("relcl", "pcomp", "ccomp", "acl"):
        return None
    subj = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subj or subj[-1].left_edge.i == 0:
        return None
    subj = subj[-1]
    wh = doc[subj.left_edge.i - 1]
    if wh.lower_ not in _WH or wh.dep_ == "pobj" or wh.dep_ == "dobj" and (wh.head.i == verb.i or
                                                                          _infinitive_object(wh, verb)) or \
            any(c.dep_ in ("dobj", "dative") and c.i > verb.i for c in verb.children):
        # ('under which Iraq agreed to give ...': the relative word is a preposition's, what was agreed follows)
        return None  # 'that he told reporters', 'what Trump has threatened to do': the gap is an object
    if any(g.dep_ in ("nsubj", "nsubjpass") and g.i != wh.i for c in verb.children if c.dep_ == "ccomp" for g in c.children):
        return None  # 'that she said the plan failed': a complementiser, the clause has its own subject
    if verb.dep_ != "pcomp" and not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None  # 'which Obama declared as a monument': no reported predicate follows
    last = verb.head.right_edge if verb.dep_ == "pcomp" else verb.right_edge
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : last.i + 1]):
        return None  # 'the claim that he said in May': the gap is the object, nothing is reported
    s, e = trim(doc, wh.idx, last.idx + len(last.text))
    if not fits(doc, s, e, direct_spans, MIN_WORDS + 1):
        return None
    return Candidate(s, e, "indirect", Cue(verb.idx, verb.idx + len(verb.text), verb.text, subj))


def _infinitive_object(wh, verb) -> bool:
    """'what Trump has threatened to do': the relative word is the object of the cue's infinitive (not in
    'what they believed to be an effort', where it is the subject of 'be', nor in 'which he argued help
    ease ...', where the parser took a finite verb for an infinitive)."""
    inf = wh.head
    return inf.dep_ == "xcomp" and inf.head.i == verb.i and inf.lemma_ != "be" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children)


def reporter_of(verb):
    """The speaker of a second report hung inside the first one's clause ('Olsen said the plan
    failed, and accused the board of ...'): the first report's subject, not the clause's."""
    if verb.dep_ not in ("conj", "advcl") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    h = verb
    while h.head.i != h.i:
        if h.dep_ == "ccomp" and h.head.lemma_.lower() in SPEECH_VERBS:
            return subject_of(h.head) if _report_end(verb.doc, h) <= verb.idx else None
        h = h.head
    return None


def _asked_question(verb, child) -> bool:
    """'asked the senator if he had been preparing ...': the question is the clause, not the
    person asked (the parser makes it an adverbial clause)."""
    return verb.lemma_.lower() == "ask" and child.dep_ == "advcl" and child.i > verb.i and _open_question(child)


def _open_question(verb) -> bool:
    """'whether she would support the bill': a position asked about, not taken."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def _min_words(lemma: str) -> int:
    """Wishes and plans are stated briefly ("wants a revolution", "plans to run"), and
    support for a party or person in a word or two ("voters who back Sanders")."""
    if lemma in _BACKING_VERBS:
        return 1
    return 2 if lemma in _WISH_VERBS else MIN_WORDS


_BACKING_VERBS = frozenset(["support", "oppose", "back", "endorse", "favor", "favour"])
_WISH_VERBS = frozenset(["want", "plan", "intend", "hope", "aim", "seek", "wish"])


def _object_gap(verb) -> bool:
    """'the target it pledged to reach': in a relative clause whose infinitive lacks its object, what
    was pledged is the noun the clause modifies; the infinitive alone ('to reach at the talks') is not it."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ in RELATIVE_WORDS for t in c.subtree)
           for c in verb.children):
        return False  # 'the leader who pledged to fight', 'two of whom pledged their support': the one who pledged
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if xcomp is not None:
        return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in xcomp.children)
    # 'the votes that Vale accused the campaign of stealing': the verb has an object of its own, so the gap
    # the noun fills is inside what the charge says (not 'the hearing at which Vale accused the campaign', nor
    # 'the first time that she revealed her bias', where the noun says when)
    if verb.head.lemma_.lower() in _WHEN_NOUNS:
        return False
    return any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_WORDS for c in verb.children) and not any(
        c.dep_ == "advmod" and c.tag_ == "WRB" or c.dep_ == "prep" and any(g.tag_ in ("WDT", "WP") for g in c.children)
        for c in verb.children)


_WHEN_NOUNS = frozenset("time day moment year week month night occasion way reason".split())


def _stranded_predicate(obj, end_tok):
    """'promising the Friends of Abe will return to its roots': the parser took the clause's subject for
    the cue's object and hung 'will return' elsewhere; the last token of that predicate, or None."""
    doc = obj.doc
    nxt = doc[end_tok.i + 1] if end_tok.i + 1 < len(doc) else None
    if obj.dep_ != "dobj" or obj.head.dep_ == "relcl" or nxt is None or nxt.tag_ != "MD" or nxt.dep_ != "aux":
        return None  # ('superdelegates who back him would be going against ...': the relative clause ends at 'him')
    pred = nxt.head
    if pred.i <= nxt.i or pred.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                                   for c in pred.children):
        return None
    return pred.right_edge


def _clause_break(start_tok, end_tok):
    """Where a position verb's complement really ends: before 'while doctors warned ...' (a report with a
    subject of its own) and before 'and celebrated the ruling' (a finite verb the parser joined to the
    infinitive: it goes on the sentence's own verb, 'vowed to keep X legal and celebrated ...')."""
    doc = start_tok.doc
    for t in doc[start_tok.i + 1 : end_tok.i + 1]:
        if t.dep_ == "mark" and t.lower_ in _CONTRAST_MARKS and t.head.i > t.i and cue_type(t.head.lemma_) == "speech" \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children):
            return _before(doc, t.i)
        if t.dep_ == "cc" and t.head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children) \
                and any(c.dep_ == "conj" and c.tag_ == "VBD" and c.i > t.i and not any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in t.head.children):
            return _before(doc, t.i)
    return end_tok


def _before(doc, i: int):
    """The last word before token ``i``, past commas."""
    i -= 1
    while i > 0 and doc[i].is_punct:
        i -= 1
    return doc[i]


def _complement(verb, min_words: int = MIN_WORDS) -> tuple[int, int] | None:
    """What a position verb states: its objects and infinitive, without the particle
    ("called on X to ...", "vowed to ...", "accused X of ...") unless it is 'against'."""
    if inverted_object(verb) is not None:
        return None  # '..., reported the Washington Examiner': the object is who reports
    if any(c.dep_ == "dobj" and c.i < verb.i and c.pos_ == "NOUN" and any(
            d.dep_ == "det" and d.lower_ in ("what", "which", "whatever") for d in c.children) for c in verb.children):
        # ('what he called "a disgrace"', 'a bill that critics called anti-gay' still name their object)
        return None  # 'decide what price he'll demand for his support': what is demanded is the price asked about
    args, lead = [], None
    for c in verb.rights:
        if c.dep_ in _ARGS:
            args.append(c)
        elif c.dep_ == "prep" and c.lower_ in _PHRASAL:
            if not args and lead is None and c.i == verb.i + 1:
                lead = c  # "called for X": content starts after the particle
            elif args:
                args.append(c)
    asked_for = next((c for c in args if c.dep_ == "prep" and c.lower_ == "for"), None)
    if verb.lemma_.lower() == "ask" and asked_for is not None and args[0].dep_ == "dobj" and len(args) == 2:
        args = [c for c in asked_for.children if c.dep_ == "pobj"]  # 'asks the pilot for details': not who is asked
    if verb.lemma_.lower() == "ask" and any(c.dep_ == "dobj" and c.lemma_.lower() == "question" and all(
            d.dep_ == "det" for d in c.children) for c in args):
        return None  # 'trying to ask Trump a question': which question is not said
    if lead is not None:
        pobj = [c for c in lead.children if c.dep_ in ("pobj", "pcomp")]
        # 'called for the secretary to release ...': the infinitive the parser hung on the verb goes with it
        then = [c for c in verb.rights if c.dep_ == "advcl" and pobj and c.left_edge.i == pobj[-1].right_edge.i + 1
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        args = pobj + args + then
    if not args:
        return None
    # 'argued against intervention': the particle that turns the position round stays with it (not 'campaigning
    # against Mitt Romney': a rival, no position)
    against = lead is not None and lead.lower_ == "against" and lead.i + 1 == args[0].left_edge.i \
        and args[0].ent_type_ != "PERSON"
    start_tok = lead if against else args[0].left_edge
    more = [c for c in verb.rights if c.dep_ in ("conj", "dep") and c.pos_ in ("NOUN", "PROPN")]  # "described A, B and C"
    end_tok = max((c.right_edge for c in args + more), key=lambda t: t.i)
    end_tok = _stranded_predicate(args[0], end_tok) or end_tok
    end_tok = _clause_break(start_tok, end_tok)
    if quote_token(start_tok) and args[0].dep_ == "oprd":  # 'what lawmakers called “fraud” lead Sens. ...': a name
        # given in quotation marks ends with them
        end_tok = next((t for t in verb.doc[start_tok.i + 1 : end_tok.i + 1] if quote_token(t)), end_tok)
    if end_tok.i - start_tok.i + 1 < min_words or start_tok.pos_ == "ADP" and not against:
        return None
    return start_tok.idx, end_tok.idx + len(end_tok.text)
