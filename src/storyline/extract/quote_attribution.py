"""Finding the cue and the speaker token of a quote from the dependency parse.

A direct quote's attribution sits in the same sentence, before the opening mark
("X said: ...") or after the closing one ("...," he said), so the search is
limited to those two windows, stopping at sentence ends and other quotes.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..doctext import doc_text, entity_of
from ..timeline.lexicon import month_number, weekday_number
from ..timeline.timex_relative import DAYWORD_SHIFT
from .cue_senses import not_reporting
from .gender import gender_of_first_name
from .cues import (
    ADDRESS_VERBS,
    CUE_VERBS,
    MESSAGE_NOUNS,
    NAMING_VERBS,
    ORG_NOUNS,
    PAGE_LABELS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLACE_ENTS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    VIEW_AS_VERBS,
    cue_type,
)
from .quote_marks import DASHES, DOUBLE_MARKS, QUOTE_CHARS
from .roles import title_of_name

_END = {".", "!", "?"}
_SUBJ = ("nsubj", "nsubjpass")
_CLIMB = ("conj", "advcl", "xcomp", "pcomp", "acl", "ccomp", "prep", "pobj")


@dataclass
class Cue:
    """A cue (verb, "according to" or a colon) and the head token of its speaker (or None)."""

    start: int
    end: int
    text: str
    speaker: object | None  # spacy Token


def is_mark(tok) -> bool:
    return tok.text in DOUBLE_MARKS or tok.text in ("``", "''")


def head_window(doc, first_tok: int, floor: int = 0, limit: int = 40) -> list:
    """Tokens before a quote, back to the sentence start, a quote mark or a paragraph break."""
    out = []
    i = first_tok - 1
    while i >= floor and len(out) < limit:
        t = doc[i]
        if t.text in _END or is_mark(t) or "\n" in t.text or "\n" in t.whitespace_:
            break
        out.append(t)
        i -= 1
    return out[::-1]


def tail_window(doc, last_tok: int, limit: int = 30) -> list:
    """Tokens after a quote, up to the sentence end, a quote mark or a paragraph break."""
    out = []
    i = last_tok + 1
    if last_tok >= 0 and "\n" in doc[last_tok].whitespace_:
        return out
    while i < len(doc) and len(out) < limit:
        t = doc[i]
        if t.text in _END or is_mark(t) or "\n" in t.text:
            break
        out.append(t)
        if "\n" in t.whitespace_:
            break
        i += 1
    return out


def _subject_read_as_apposition(noun) -> bool:
    """'In an interview with A and B, the Democratic presidential candidate stated ...': the parser hangs the
    subject on the last name as an apposition; a 'the' phrase of a person noun after a comma, right before
    the verb, is the subject."""
    doc = noun.doc
    first = noun.left_edge
    return noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.lemma_.lower() in PERSON_NOUNS \
        and first.lower_ == "the" and first.i > 0 and doc[first.i - 1].text == "," and noun.right_edge.i == noun.i


def _adjacent_name(verb):
    """A name right before or after a verb the parser left without subject, else the
    nearest person named earlier in the same sentence ("Sanders, who ..., said")."""
    doc = verb.doc
    for step in (-1, 1):
        i = verb.i + step
        while 0 <= i < len(doc) and (doc[i].pos_ in ("ADV", "AUX", "PART") or doc[i].is_space):
            i += step
        if step == -1 and i > 0 and doc[i].text == ")":
            i = _before_brackets(doc, i)  # 'Rep. Paul Ryan (R-WI) said'
        if step == -1 and i > 2 and doc[i].text == "," and doc[i - 1].like_num and doc[i - 2].text == ",":
            i -= 3  # '"...," Ramos, 58, told AFP': the age set off by commas
        if step == -1 and 0 <= i and title_of_name(doc[i]) is not None:
            return doc[i]  # 'Speaker of the House Rep. Paul Ryan said', the parser having lost the subject
        if step == -1 and 0 <= i and _subject_read_as_apposition(doc[i]):
            return doc[i]  # '... with hosts A and B, the Democratic candidate stated': the candidate, not B
        if step == 1 and 0 <= i < len(doc) and doc[i].pos_ == "DET" and verb.lemma_.lower() == "say":
            noun = next((t for t in doc[i + 1 : i + 4] if t.pos_ == "NOUN"), None)
            if noun is not None and noun.lemma_.lower() in PERSON_NOUNS:
                return noun  # '"...," said the woman, who ...': the parser gave her to the clause after
        if step == 1 and 0 <= i < len(doc) and verb.lemma_.lower() == "say":
            name = _untagged_name_after(doc, i)
            if name is not None:
                return name  # '"...," said Oversight ranking Democrat Elijah Cummings': the parse lost him
        if 0 <= i < len(doc) and (doc[i].pos_ == "PROPN" or doc[i].ent_type_ in ("PERSON", "ORG")) \
                and doc[i].ent_type_ not in _NOT_NAMES:  # ('polls Tuesday say ...': a day says nothing)
            if step == 1 and _name_head(doc[i]).dep_ == "dobj" and verb.lemma_.lower() in ADDRESS_VERBS:
                break  # 'told AFP', 'told The Huffington Post': who was told, not who told
            if doc[i].head.i == verb.i or not _modifier(doc[i]):
                return doc[i]
            break  # "called Trump's remarks ...": a possessor, not the speaker; look further back
    start = verb.sent.start
    for i in range(verb.i - 1, max(start, verb.i - 15) - 1, -1):
        t = doc[i]
        if t.text in DOUBLE_MARKS or t.text in (";", ":"):
            break
        if t.ent_type_ == "PERSON" and t.ent_iob_ in ("B", "I") and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I"):
            if t.dep_ == "case" and t.head.i < t.i:
                t = t.head  # "Romney's" tagged as one name: its head word
            if not _modifier(t):
                return t
            if not _in_relative_clause(t, verb):
                return None  # "Sanders' aide ... said": the name only modifies the speaker
    return None


def _untagged_name_after(doc, i: int):
    """The last word of the words from ``i`` to the next punctuation or the end, when they end on a first name
    and a surname the recogniser did not tag (a title run the parser read as a verb: 'Oversight ranking
    Democrat Elijah Cummings'); None otherwise."""
    j = i
    while j < len(doc) and not doc[j].is_punct and j - i < 8:
        j += 1
    if j - i < 2 or j < len(doc) and doc[j].text not in (".", "(", ",", "!", "?") or doc[j - 1].ent_type_:
        return None
    first, last = doc[j - 2], doc[j - 1]
    if first.pos_ != "PROPN" or last.pos_ != "PROPN" or gender_of_first_name(first.text) is None \
            or gender_of_first_name(last.text) is not None:
        return None
    return last


_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _before_brackets(doc, close: int) -> int:
    """The token before the '(' that ``close`` ends, if near; else ``close`` itself."""
    for j in range(close - 1, max(close - 8, 0), -1):
        if doc[j].text == "(":
            return j - 1
    return close


def _name_head(tok):
    """The word a name's article or first words hang on ('The' and 'Huffington' -> 'Post')."""
    while tok.dep_ in ("det", "compound", "flat") and tok.head.i > tok.i and tok.head.ent_type_ == tok.ent_type_:
        tok = tok.head
    return tok


def _in_relative_clause(tok, verb) -> bool:
    """'Stevens, who served as Romney's strategist, called ...': Romney sits in a clause about the speaker;
    so does a role set off beside the name ('Daley, President Obama's former chief of staff, said')."""
    h = tok
    while h.head.i != h.i and h.i != verb.i:
        if h.dep_ == "relcl" or (h.dep_ == "appos" and h.head.pos_ == "PROPN" and h.head.i < tok.i):
            return True
        h = h.head
    return False


def _modifier(tok) -> bool:
    """A name that only modifies another noun ("Sanders' campaign", "Sanders supporters")
    or sits in a prepositional phrase is not the one speaking."""
    return _name_head(tok).dep_ in ("poss", "compound", "nmod", "pobj", "dobj", "amod")


def asked_passively(verb) -> bool:
    """'X was asked about Y', 'Asked about Y, X said': X is who was asked; who asked is not said."""
    if verb.lemma_.lower() != "ask":
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # 'was asked by reporters': the asker is named
    return any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl"))


def _asked_by(verb):
    """The one named after 'by' in a participle of 'ask' that hangs on another clause ('When asked by a host if
    ...'), or None."""
    if verb.lemma_.lower() != "ask" or verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl"):
        return None
    return _agent_object(verb)


def _agent_object(verb):
    """The noun after a passive verb's 'by' ('was booed by the crowd' -> 'crowd'), or None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def question_put(tok) -> bool:
    """'Asked if it had appeared ..., Lee replied': a participle of a cue verb opening the sentence puts
    the question to the speaker; what follows it are not the speaker's words."""
    return tok.tag_ in ("VBN", "VBD") and tok.dep_ == "advcl" and tok.lemma_.lower() in CUE_VERBS \
        and tok.i == tok.sent.start


def subject_of(verb):
    """The speaker token of a cue verb: its subject, the agent of a passive, or a governing verb's subject."""
    if asked_passively(verb):
        return None
    asker = _asked_by(verb)
    if asker is not None:
        return asker  # 'When asked by a reporter whether ..., Trump said': the reporter asked, not Trump
    inverted = inverted_object(verb)
    if inverted is not None:
        return inverted
    found = _subject_of(verb)
    if _passive(verb) and (found is None or _agent_object(verb) is None and verb.lemma_.lower() not in _HEARD_AS):
        # 'Santilli is seen speaking', 'it was revealed', 'who has met Trump and been mentioned as a
        # choice': a passive without 'by X' names no holder; the subject is what was said or whom
        return None
    return found if found is not None else _adjacent_name(verb)


# passives whose subject is the one who spoke: 'he was quoted as saying', 'she was heard shouting'
_HEARD_AS = frozenset({"quote", "hear", "overhear", "record", "film", "catch"})
# (not "tell": in "..., told The Daily Planet" the name is whom he told)
_INVERTED_CUES = frozenset({"report", "say", "write", "add", "note", "state"})


def inverted_object(verb):
    """'..., reported the Washington Examiner.': a name the parser made the object of a report verb set
    after the clause it reports, and ending the sentence, is the verb's subject. Returns it, or None."""
    doc = verb.doc
    if verb.lemma_.lower() not in _INVERTED_CUES or verb.tag_ != "VBD" or verb.i == 0 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.pos_ != "PROPN" \
            or obj.ent_type_ not in ("ORG", "PERSON", "NORP", "WORK_OF_ART"):
        return None
    end = obj.right_edge.i + 1
    return obj if end >= len(doc) or doc[end].is_sent_end or doc[end].text in (".", "!", "?") else None


def _passive(verb) -> bool:
    """'was seen', 'is accused'; not "he's said", which the parser reads as 'he is said'."""
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    if aux:
        return all(c.lower_ not in ("'s", "\u2019s") for c in aux)
    return any(c.dep_ == "nsubjpass" for c in verb.children)


_TIME_MARKS = frozenset({"after", "before", "when", "while", "once", "until", "since"})
# "at one point calling the mayor a liar": the time a participle hangs on says nothing of who speaks
_OCCASIONS = frozenset({"point", "time", "moment", "stage", "juncture", "occasion"})
_NO_ONE = frozenset({"nothing", "something", "everything", "anything", "none", "all", "this", "that", "it"})


def _subject_of(verb):
    stray = stray_conjunct_subject(verb) or _before_aside(verb) or _after_who_clause(verb) or _faulted_for(verb) \
        or _after_time_mark(verb) or _joined_inside_relative(verb) \
        or _gerund_after_named_object(verb)
    if stray is not None:
        return stray
    report = _report_before(verb)
    if report is not None:
        return _report_speaker(report) or report
    outer = _quoting_after_report(verb)
    if outer is not None:
        return _subject_of(outer)
    h = verb
    for _ in range(4):
        if h is not verb and h.pos_ in ("NOUN", "PROPN") and h.lemma_.lower() not in _OCCASIONS and not _titled(h):
            return h  # "officials saying that ...": the noun the participle modifies speaks
        # a quotation mark parsed as a subject ('«...», a tourist told reporters') is none
        # nor does a title in quotation marks ('..., Flynn said on "Fox and Friends."')
        subjects = [c for c in h.children if c.dep_ == "nsubj" and c.text.strip(QUOTE_CHARS) and not _opens_quoted(c)
                    and not _quoted_after(verb, c) and not _titled(c)]
        if subjects and h is not verb and _participle_hung_low(verb, h, subjects):
            h = h.head
            continue
        if subjects:
            # two subjects means a misparse ('..., said Geert Wilders'): prefer a name or pronoun
            # ('Nothing the president said "...," the senator said': 'nothing' is no one), not a place
            # ('Speaking in Salem, Ohio, Smith went after Jones, calling him ...'), not one past a colon ('Bob said
            # he knew two men: Ahmed Abu Khattala, who ...' lists them), then the nearest
            doc = h.doc
            # ('Most voters in Alabama, Georgia and Virginia said': the voters, not a place of the list)
            best = max(subjects, key=lambda c: (c.ent_type_ not in PLACE_ENTS, c.pos_ == "PROPN" or c.pos_ == "PRON"
                                                and c.lower_ not in _NO_ONE or c.ent_type_ in ("PERSON", "ORG"),
                                                not any(t.text == ":" for t in doc[h.i + 1 : c.i]),
                                                c.i > h.i, -abs(c.i - h.i)))
            if _calendar_word(best):
                return _named_inside(best)  # 'Saturday at the convention Sen. Ann Vale (D-MA) said': a day speaks not
            return _member_before_campus(best) or best
        for c in h.children:
            if c.dep_ == "nsubjpass":
                if h.lemma_.lower() in ("quote", "cite") or h is not verb:
                    return c  # "X was booed by Y after telling ...": X tells
                return _agent_object(h)
        if h.dep_ in _CLIMB and h.head.i != h.i:
            dep, below = h.dep_, h
            h = h.head
            controller = _object_controller(h, below) if dep == "xcomp" else None
            if controller is not None:
                return controller  # "the decline led some allies to worry": the allies worry
            # "a report from Bloomberg saying ...": Bloomberg speaks, not who cites it; "His office put out a
            # statement saying ...": the office
            source = _report_speaker(h) if dep == "acl" else _message_source(h) if _from_or_by(below) else None
            if source is None and dep == "acl" and h.lemma_.lower() in _RECORDINGS:
                source = noun_source(h, ("of",))  # 'footage of Vale saying, "..."': the one recorded speaks
            if source is not None:
                return source
            if dep == "acl" and h.pos_ in ("NOUN", "PROPN") and h.ent_type_ not in ("DATE", "TIME"):
                if h.dep_ == "pobj" and h.pos_ == "NOUN" and h.head.head.dep_ == "relcl":
                    return None  # 'X, who served during the campaign, called ...': a misparse; look for a name
                continue
            if h.pos_ not in ("VERB", "AUX", "ADP"):
                return None
            continue
        return None
    return None


def _faulted_for(verb):
    """'Quint slammed Vale as elitist for suggesting that ...', 'sued the Herald for reporting that ...':
    the one blamed or praised for saying it said it, not the one who blames. Returns that object, or None."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "for" or verb.head.head.pos_ != "VERB":
        return None
    obj = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.ent_type_ in ("PERSON", "ORG") or obj.lower_ in PERSON_PRONOUNS):
        return None
    return obj


_RECORDINGS = frozenset("footage video clip recording tape audio film".split())


def _participle_hung_low(verb, h, subjects) -> bool:
    """A participle the parser hung on a clause below the speaker's: 'Gore insisted it was premature ... while
    adding, "..."' (the clause's subject is only 'it'), 'Hannity said ... after the senator won his primary,
    remarking that ...' (a time clause before the comma). The one who adds or remarks is the speaker above."""
    if verb.tag_ != "VBG" or h.head.i == h.i:
        return False
    if h.dep_ == "ccomp":
        return all(c.lower_ in ("it", "there") for c in subjects)
    return h.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in h.children)


def _quoting_after_report(verb):
    """'a strategist said Clinton will have to choose, saying, "At some point, she ..."': a participle
    that opens a quotation after the clause another speech verb reports, hung by the parser on a verb of
    that clause, quotes the one who reports. Not when the clause tells a past event ('said the man fled,
    shouting "..."': he shouted as he fled), nor for 'citing'. Returns that speech verb."""
    doc = verb.doc
    nxt = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].text in (",", ":"))
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in SPEECH_VERBS \
            or verb.i == 0 or doc[verb.i - 1].text != "," or nxt >= len(doc) or doc[nxt].text not in DOUBLE_MARKS:
        return None
    h = verb.head
    while h.dep_ in ("xcomp", "conj", "advcl") and h.head.i != h.i:
        h = h.head
    if h.dep_ != "ccomp" or h.head.lemma_.lower() not in SPEECH_VERBS or h.head.i > verb.i or h.tag_ in ("VBD", "VBN"):
        return None
    return h.head


def _titled(noun) -> bool:
    """A name in quotation marks ('trashed Comey on MSNBC's "Morning Joe," calling it ...'): a show or a
    work, which says nothing; the participle goes with the clause. The opening mark sticks to the name's
    first word and a closing one follows the name (not 'Live," Marcel Lehel, the hacker known as "G"')."""
    doc, first = noun.doc, noun.left_edge.i
    if doc[first].text in DOUBLE_MARKS:
        first += 1
    before = doc[first - 1] if first > 0 else None
    if noun.pos_ != "PROPN" or before is None or before.text not in DOUBLE_MARKS or before.whitespace_ or first > noun.i:
        return False
    after = noun.i + 1 + (noun.i + 1 < len(doc) and doc[noun.i + 1].text == ",")
    return after < len(doc) and doc[after].text in DOUBLE_MARKS


def _quoted_after(verb, tok) -> bool:
    """``tok`` comes after the cue and an opening quotation mark: a word of the quotation ('said "hateful
    images, they've got no place ..."', parsed as the cue's subject or the cue hung on the quoted verb)."""
    return tok.i > verb.i and any(t.text in DOUBLE_MARKS for t in verb.doc[verb.i + 1 : tok.i])


def _before_aside(verb):
    """'Neil Sroka, director of DFA - which was founded by ... and which has endorsed Sanders - said ...':
    a verb right after an aside set off by dashes speaks for the person who opens the sentence (the
    parser loses the subject inside the aside)."""
    doc, sent = verb.doc, verb.sent
    if verb.i < 2 or doc[verb.i - 1].text not in DASHES or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(t.text in DASHES for t in doc[sent.start : verb.i - 1]):
        return None
    first = next((e for e in sent.ents if e.start <= sent.start + 1), None)
    if first is None or first.label_ != "PERSON" or doc[first.end].text != ",":
        return None
    return first[-1]


def _after_who_clause(verb):
    """'when Mr. Buchanan, who had failed to win his party's nomination, called for ...': a finite verb
    with no subject right after a 'who' clause set off by commas speaks for the person the clause is
    about (the parser hangs the verb inside the clause)."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for j in range(verb.i - 2, max(verb.sent.start, verb.i - 30), -1):
        if doc[j].text in (",", ";") or doc[j].text in DASHES:
            return None
        if doc[j].lower_ == "who":
            person = doc[j - 2] if j >= 2 and doc[j - 1].text == "," else None
            return person if person is not None and person.ent_type_ == "PERSON" else None
    return None


def _joined_inside_relative(verb):
    """'a boy who stared at a painting and asked who he was': the parser joined 'asked' to the sentence's
    main verb, but the 'and' before it belongs to the relative clause's verb, so the one the clause is about
    asked (the noun the 'who' stands for), not the main clause's subject."""
    doc = verb.doc
    cc = doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ != "conj" or cc is None or cc.dep_ != "cc" or cc.lower_ != "and" or cc.head.i == verb.head.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    rel = cc.head
    # (not 'He praised those who left but said ...': a contrast goes back to the main clause)
    if rel.dep_ != "relcl" or rel.head.pos_ not in ("NOUN", "PROPN") or not verb.head.i < rel.i < verb.i or not any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children):
        return None
    return rel.head


def _gerund_after_named_object(verb):
    """'interviewed about Pope Francis calling Christmas a sham': a name governed by 'about', 'over', 'of' ...
    and right before a subjectless gerund is the one who does it (the parser hangs the gerund on the main
    verb, whose subject did not call anything)."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    name = doc[verb.i - 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.i != verb.i - 1 or name.dep_ != "pobj" or name.ent_type_ not in ("PERSON", "ORG") \
            or name.head.lower_ not in _GERUND_SUBJECT_PREPS:
        return None
    return name


# (not "a letter to Zucker asking", "tweeted at Quint pointing out": there the subject goes on)
_GERUND_SUBJECT_PREPS = frozenset({"about", "over", "of"})


def _after_time_mark(verb):
    """'targeting her since Clinton, at Monday's debate, cited his comments': the parser read 'since Clinton' as a
    phrase and hung the subjectless verb after it on the main verb; the name after the time word ('since',
    'after', 'when' ...), right before the verb or an aside set off by commas, is who acted."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ != "conj" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    j = verb.i - 1
    if j > 0 and doc[j].text == ",":
        j = next((k - 1 for k in range(j - 1, max(verb.sent.start, j - 10), -1) if doc[k].text == ","), -1)
    name = doc[j] if j > verb.sent.start else None
    if name is None or name.ent_type_ != "PERSON" or name.dep_ != "pobj" or name.head.lower_ not in _TIME_MARKS:
        return None
    return name


def _member_before_campus(subj):
    """'Mary Jones of the University of Wisconsin, Madison said': the parser takes the campus after the
    comma for the subject; it ends the institution's name, and the person before 'of' speaks."""
    doc, i = subj.doc, subj.i
    if subj.pos_ != "PROPN" or i < 4 or doc[i - 1].text != ",":
        return None
    body = entity_of(doc[i - 2], ("ORG",))
    start = body.start if body is not None else 0
    if start and doc[start - 1].lower_ == "the":
        start -= 1
    if start < 2 or doc[start - 1].lower_ not in ("of", "at"):
        return None
    person = doc[start - 2]
    if person.ent_type_ != "PERSON":
        return None
    while person.dep_ == "conj" and person.head.ent_type_ == "PERSON" and person.head.i < person.i:
        person = person.head  # 'Ann Cole and Tom Brandt of ...': the first named
    return person


def _opens_quoted(tok) -> bool:
    """The phrase alone is in quotation marks ('on "Fox and Friends."'): a title, not a speaker
    (not the 'I' of '"I think ...'', which opens a quotation that goes on)."""
    doc, first, last = tok.doc, tok.left_edge, tok.right_edge
    after = last.i + 1
    while after < len(doc) and doc[after].text in (".", ",", "!", "?"):
        after += 1
    return first.i > 0 and doc[first.i - 1].tag_ == "``" and after < len(doc) and doc[after].tag_ == "''"


def stray_conjunct_subject(verb):
    """'... mishandled the case and Democrats accused the GOP': the parser joined 'Democrats' to the
    object before it and left the finite verb after it without subject, or with that object as its
    subject ('the case and Democrats accused'); the name is the subject."""
    doc, i = verb.doc, verb.i - 1
    while i > 0 and doc[i].dep_ in ("aux", "neg") and doc[i].head.i == verb.i:
        i -= 1  # 'and others have said'
    if i < 1 or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    name, cc = doc[i], doc[i - 1]
    if not (name.dep_ == "conj" and cc.dep_ == "cc" and name.head.i < verb.i and
            (name.pos_ == "PROPN" or name.ent_type_ in ("NORP", "ORG", "PERSON") or name.lower_ == "others")):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    if not subjects:
        return name
    thing = name.head  # a thing joined to a group of people is a misparse, not two speakers
    if [s.i for s in subjects] == [thing.i] and thing.pos_ == "NOUN" and not thing.ent_type_ and \
            thing.lemma_.lower() not in PEOPLE_NOUNS and thing.lemma_.lower() not in ORG_NOUNS:
        return name
    return None


_MESSAGE_NOUNS = MESSAGE_NOUNS | {"ad", "note", "advertisement", "commercial"}  # what an issuer puts out
_OBJECT_CONTROL = frozenset("""lead urge ask tell encourage force prompt persuade convince push press invite
    allow cause inspire warn order drive compel pressure challenge implore beg advise remind instruct""".split())


def _object_controller(verb, xcomp):
    """The object that is the subject of an infinitive: 'led some allies to worry', 'urged voters to
    reject' (not 'promised voters to ...', where the subject keeps it)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _OBJECT_CONTROL:
        return None  # 'used a luncheon to complain', 'promised voters to ...': the subject keeps it
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


_REPORT_NOUNS = _MESSAGE_NOUNS | {"report", "study", "survey", "poll", "story", "article", "analysis", "document"}


def _report_speaker(noun):
    """Who speaks through a report or message: the source it names, else whoever put it out."""
    return _message_source(noun) or _issuer(noun)


def _from_or_by(tok) -> bool:
    return tok.dep_ == "prep" and tok.lower_ in ("from", "by")


def _message_source(noun):
    """'a report from Bloomberg saying', 'a Reuters report saying', 'a statement by the ministry saying':
    the source a message names speaks for it (the parser hangs the participle on the noun or on 'from')."""
    if noun.lemma_.lower() not in _REPORT_NOUNS:
        return None
    named = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                  and c.ent_type_ not in PLACE_ENTS), None)  # not 'New Hampshire ads supporting X'
    return named or noun_source(noun, ("by", "from"))


def _report_before(verb):
    """'disputing a report from Reuters saying ...', which the parser may hang on 'disputing': a participle
    right after a report (no comma between) says what the report says."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].is_punct:
        return None
    t = doc[verb.i - 1]
    for _ in range(4):
        if t.pos_ == "NOUN" and t.lemma_.lower() in _REPORT_NOUNS:
            return t
        if t.head.i == t.i or t.head.i > verb.i or t.dep_ not in ("pobj", "prep", "compound", "agent"):
            return None
        t = t.head
    return None


def _issuer(noun):
    """'X issued a statement saying ...': a message speaks for whoever put it out."""
    if noun.lemma_.lower() not in _MESSAGE_NOUNS or noun.dep_ != "dobj" or noun.pos_ == "PROPN":
        return None  # (not "told The Huffington Post: ...": a name, not a message)
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


_NEG_WORDS = {"never", "not", "n't", "no"}
_NOBODY = {"nobody", "none", "neither"}


def negated(tok) -> bool:
    """'did not recommend', 'never said', 'No one has claimed': the cue reports that nothing was said."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEG_WORDS) for c in tok.children):
        return True
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "poss"):
            if c.lower_ in _NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                return True
            if c.lower_ == "one" and any(d.lower_ == "no" for d in c.lefts):
                return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _DECLINE and tok.lemma_.lower() in SPEECH_VERBS:
        return True  # 'declined to say whether ...' (the refusal itself is a position: 'declined [to comment]')
    if _left_undone(tok) or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REQUEST_VERBS:
        return True  # ('urged Congress to reject the deal', 'when asked to condemn the Klan': asked for, not done)
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "unless") for c in tok.children):
        return True  # 'confiscating money until the Mexican government agreed to pay': a condition, not an act
    return tok.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children)


_DECLINE = frozenset({"decline", "refuse"})
# verbs that ask someone else to do what their infinitive names
# (not 'force': 'forced Stumpf to admit' says he admitted)
_REQUEST_VERBS = frozenset(
    "ask urge press pressure push encourage implore beg invite challenge dare order call".split())
# 'refrained from endorsing', 'decided against recommending', 'stopped short of endorsing': the preposition
# and the word it hangs on that say the gerund's words were not said
_KEPT_FROM = {"from": frozenset({"refrain", "abstain"}), "against": frozenset({"decide", "vote", "advise"}),
              "of": frozenset({"short"})}


def _left_undone(tok) -> bool:
    """A gerund cue that its head says did not happen ('Trump has avoided directly criticizing Comey')."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "xcomp":
        return tok.head.lemma_.lower() == "avoid"
    if tok.dep_ != "pcomp" or tok.head.lower_ not in _KEPT_FROM:
        return False
    return tok.head.head.lemma_.lower() in _KEPT_FROM[tok.head.lower_]


def according_to(tok):
    """For the token "according" of "according to X": (cue end char, speaker token) or None."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        to = tok.doc[tok.i + 1]
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    return to.idx + len(to.text), pobj


def in_words_of(tok) -> Cue | None:
    """'in Forbes' words', 'in the words of Ms. Vance': a cue naming whose words follow; ``tok`` is 'words'."""
    if tok.lower_ != "words" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    doc = tok.doc
    spk = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")), None)
    if spk is None and tok.i >= 2 and doc[tok.i - 1].text in ("'", "\u2019") and doc[tok.i - 2].pos_ == "PROPN":
        spk = doc[tok.i - 2]  # "in Forbes' words", the parser leaving the name apart
    if spk is None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        spk = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if spk is None:
        return None
    end = max(tok.idx + len(tok.text), spk.right_edge.idx + len(spk.right_edge.text) if spk.i > tok.i else 0)
    return Cue(tok.head.idx, end, doc_text(doc)[tok.head.idx : end], spk)


def cue_in(window: list, near_end: bool, loose: bool = False, quote: tuple[int, int] | None = None) -> Cue | None:
    """The cue in a window nearest the quote (``near_end``: the quote follows the window);
    ``quote``: the first and last token index of the quotation, whose words never speak."""
    order = window[::-1] if near_end else window
    for t in order:
        acc = according_to(t)
        if acc is not None:
            end, spk = acc
            return Cue(t.idx, end, doc_text(t.doc)[t.idx : end], spk)
        words = in_words_of(t)
        if words is not None:
            return words
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") and (lemma in SPEECH_VERBS or lemma in NAMING_VERBS or lemma in CUE_VERBS):
            if lemma == "be" or negated(t) or not_reporting(t) or _goes_on(t):
                continue
            if near_end and (_closed_before(t, window) or t.dep_ == "relcl" and any(
                    c.dep_ == "dobj" for c in t.children)):  # ('from a candidate who promised mass deportation:
                continue  # "...": what was promised is the object, the quotation is another's)
            if not near_end and quote is not None and _in_later_relative(t, quote[1]):
                continue
            spk = subject_of(t)
            if spk is not None and quote is not None and quote[0] <= spk.i <= quote[1]:
                # the parse climbed into the quotation itself: its words are no speaker
                spk = _clause_subject_before(t, window) if near_end else _adjacent_name(t)
            return Cue(t.idx, t.idx + len(t.text), t.text, spk)
        voice = _voiced(t, window) if near_end else None
        if voice is not None:
            return Cue(t.idx, t.idx + len(t.text), t.text, voice)
        if near_end and window[-1].text in (",", ":") and all(x.is_punct for x in window if x.i > t.i):
            issuer = _issuer(t)
            if issuer is not None:  # 'Trump issued a statement, "..."': the one who issued it
                return Cue(t.idx, t.idx + len(t.text), t.text, issuer)
        if near_end and _introducing_noun(t, window):  # 'after her comment that, "..."'
            poss = next(c for c in t.children if c.dep_ == "poss")
            return Cue(t.idx, t.idx + len(t.text), t.text, poss)
    if loose:  # '"...," he followed with' -- the comma convention marks the attribution
        for t in window[:8]:
            if t.pos_ == "CCONJ":
                break  # '"...," Trump barked and a guard escorted him out': the next clause is another's
            if t.pos_ == "VERB":
                spk = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if spk is None and t.i > 0 and t.doc[t.i - 1].dep_ == "compound" and t.doc[t.i - 1].head.i == t.i \
                        and t.doc[t.i - 1].pos_ == "PROPN":
                    spk = t.doc[t.i - 1]  # 'Trump barked' parsed as one noun phrase: the name is who barked
                # ('"... through California," which votes June 7': a clause on a word of the quotation)
                if spk is not None and spk.i > window[0].i - 1 and spk.tag_ not in ("WDT", "WP"):
                    return Cue(t.idx, t.idx + len(t.text), t.text, spk)
    return None


def _closed_before(verb, window: list) -> bool:
    """'Boos rained down when Trump mentioned the former secretary, and the crowd reprised the chant
    "...": a verb whose object ended its clause well before the quotation, another verb coming between,
    does not introduce it."""
    if not any(c.dep_ == "dobj" for c in verb.children) or verb.right_edge.i >= window[-1].i - 2:
        return False
    return any(t.pos_ == "VERB" and t.i > verb.right_edge.i and t.lemma_.lower() not in CUE_VERBS for t in window)


def _voiced(verb, window: list):
    """'... and then boomed, "Today, you proved ..."': a finite verb with no object right before the
    comma or colon that opens a quotation (or with only its particle between) says how its subject spoke the
    words; that subject, or None."""
    doc = verb.doc
    particle = window[-1].i - 2 == verb.i and doc[verb.i + 1].dep_ in ("prt", "advmod") \
        and doc[verb.i + 1].head.i == verb.i and doc[verb.i + 1].pos_ in ("ADP", "ADV")  # 'Sanders shot back, "..."'
    if not ((verb.i == window[-1].i - 1 or particle) and window[-1].text in (",", ":") and verb.pos_ == "VERB"
            and verb.tag_ in ("VBD", "VBZ", "VBP")) or any(  # (the quotation itself may hang on it)
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "prep") and c.i < window[-1].i for c in verb.children):
        return None
    if any(t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS for t in window if t.i < verb.i):
        return None  # 'Clinton said in the spring, when the story broke, "..."': the cue is 'said'
    if verb.dep_ in ("relcl", "advcl", "acl", "ccomp") and verb.head.i <= window[-1].i:
        return None  # 'She took her phone everywhere she went, "..."': a subordinate clause says no words
        # (a clause hung on a verb of the quotation is the parser's misreading of the quotation as its object)
    subj, h = subject_of(verb), verb
    while subj is None and h.dep_ in ("conj", "dep") and h.head.i != h.i:  # 'gestured ..., then leaned in and boomed'
        h = h.head
        subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
    person = subj is not None and (subj.lower_ in PERSON_PRONOUNS or subj.ent_type_ == "PERSON"
                                   or subj.pos_ == "PROPN" and not subj.ent_type_ or subj.lemma_.lower() in PERSON_NOUNS)
    return subj if person else None


def _in_later_relative(verb, quote_end: int) -> bool:
    """'part of "investor day," a ritual in which managers ... tell analysts why': a verb in a
    relative clause on a noun after the quotation speaks about that noun, not the quoted words."""
    h = verb
    while h.head.i != h.i:
        if h.dep_ == "relcl" and h.head.i > quote_end:
            return True
        h = h.head
    return False


def _clause_subject_before(verb, window: list):
    """'Clinton seemed ready, telling the crowd, "..."': a participle after a comma speaks for
    the subject of the clause before it (the parser had hung it on a verb inside the quotation)."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    return next((x for x in reversed(window) if x.i < verb.i and x.dep_ == "nsubj" and x.head.i < verb.i
                 and x.head.pos_ in ("VERB", "AUX")), None)


def _introducing_noun(t, window: list) -> bool:
    """A speech noun with a possessor whose 'that' opens the quote ('her remark that, "..."');
    'called his remarks "a low point"', 'his remarks "hurt us"' or 'about his plan: "..."'
    name the remarks or the plan, they do not quote them."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in SPEECH_NOUNS or negated(t):
        return False
    if not any(c.dep_ == "poss" for c in t.children):
        return False
    between = [x.lower_ for x in window if x.i > t.i]
    return "that" in between and all(x in ("that", ",") for x in between)


def colon_speaker(window: list):
    """'Pat Caddell: "..."' -- a short name before a colon; or a clause whose subject is a
    person and that ends in a colon: 'she put it this way: "..."'."""
    if not window or window[-1].text != ":":
        return None
    colon = window[-1]
    # ('Transcript as follows:' labels what follows; it does not say it)
    names = [t for t in window[:-1] if t.pos_ == "PROPN" and t.lower_ not in PAGE_LABELS]
    # (not '..., and contrasted the candidate with Clinton: "..."': a label with a preposition opens its line)
    if names and len(window) <= 6 and (window[0].is_sent_start or not any(t.pos_ == "ADP" for t in window)) \
            and not any(t.pos_ in ("VERB", "AUX") for t in window[:-1]):
        return Cue(colon.idx, colon.idx + 1, ":", names[-1])
    signed = _signed_name(window[:-1])
    if signed is not None:
        return Cue(colon.idx, colon.idx + 1, ":", signed)
    verb = colon.head
    for _ in range(2):  # ('Vale broke down exactly what was wrong with it to the paper: "..."': up to Vale's verb)
        if verb.pos_ not in ("VERB", "AUX") or verb.i < window[0].i or negated(verb):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.lower_ in PERSON_PRONOUNS or subj.ent_type_ == "PERSON"):
            return Cue(colon.idx, colon.idx + 1, ":", subj)
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _signed_name(window: list):
    """'HEADLINE IN CAPITALS - Jeffrey M. Jones:': a person's name set off by a dash right before the colon."""
    i = len(window)
    while i > 0 and window[i - 1].pos_ == "PROPN" and window[i - 1].ent_type_ == "PERSON":
        i -= 1
    if i == len(window) or i == 0 or window[i - 1].text not in ("-", "–", "—", "|"):
        return None
    return window[-1]


def reports_own_clause(cue: Cue, window: list) -> bool:
    """The cue verb of the sentence after a quote reports a clause of its own ('"..." The
    union will sit it out, Smith told us', '"..." Officials said the work was done'): it does
    not attribute the quote. A pronoun speaker ('"..." He said he would ...') still continues
    the person just quoted, so that cue is kept."""
    verb = next((t for t in window if t.idx == cue.start), None)
    if verb is None or (cue.speaker is not None and cue.speaker.lower_ in PERSON_PRONOUNS):
        return False
    first, last = window[0].i, window[-1].i
    return any(c.dep_ in ("ccomp", "parataxis") and first <= c.left_edge.i <= last  # (it may run past the window)
               for c in verb.children)


def governing_cue(tokens: list) -> Cue | None:
    """A partial quote's governing verb when it names or reports: 'called it "a big mistake"'."""
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside), tokens[0])
    below, h = root, root.head
    for _ in range(5):
        # (also 'accused him of running a campaign "of hatred"': an act of speech that frames the words; and
        # 'viewed him as "directly responsible"', the quotation itself what he is seen as)
        verb = h.pos_ in ("VERB", "AUX") or _verb_tagged_noun(h)
        if verb and (h.lemma_.lower() in CUE_VERBS or cue_type(h.lemma_) == "speech"
                     or h.lemma_.lower() in VIEW_AS_VERBS and below.lower_ == "as" and root.head.i == below.i) \
                and not _goes_on(h):
            if negated(h) or below.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return None  # ('3 percent of self-identified "liberals" said': words naming who speaks)
            return Cue(h.idx, h.idx + len(h.text), h.text, subject_of(h))
        if h.head.i == h.i:
            break
        below, h = h, h.head
    return None


def _calendar_word(tok) -> bool:
    """A day or month named alone ('Saturday', 'yesterday', 'March'), not 'the 46-year-old' the recogniser dates."""
    return tok.ent_type_ in ("DATE", "TIME") and (weekday_number(tok.text) is not None
                                                  or month_number(tok.text) is not None or tok.lower_ in DAYWORD_SHIFT)


def _named_inside(subject):
    """The last person the parser hung inside a subject that cannot speak, or None."""
    people = [t for t in subject.subtree if t.ent_type_ == "PERSON" and t.ent_iob_ in ("B", "I")
              and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_type_ != "PERSON")]
    return people[-1] if people else None


def _verb_tagged_noun(tok) -> bool:
    """'Ivanov calls extending NATO ... "a movement in the wrong direction"': the tagger made 'calls' a
    plural noun, yet it heads the sentence and has a subject, as only a verb does."""
    return tok.tag_ == "NNS" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children)


_ASPECTUAL = frozenset({"continue", "go", "keep", "begin", "start"})


def _goes_on(verb) -> bool:
    """'will continue to be "a champion"', 'went on to win': with an infinitive these verbs say
    that something goes on, not that anyone speaks ('he continued, "..."' still does)."""
    return verb.lemma_.lower() in _ASPECTUAL and any(c.dep_ == "xcomp" for c in verb.children)


def noun_source(noun, preps: tuple[str, ...] = ("by",)):
    """'his criticism of X', 'criticism by Y of X', 'a report from Y': the possessor or the agent."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    by = next((c for c in noun.rights if c.dep_ in ("prep", "agent") and c.lower_ in preps), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
