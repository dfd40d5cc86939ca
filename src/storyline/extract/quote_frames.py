"""Attributions framed without a reporting clause: 'according to X', 'X reportedly ...', 'In a poll,
...', 'To Sexton, ...', 'As X puts it, ...', a cue noun ('his promise to ...') and 'Name: text' lines.
Parser-based; spans index ``doc.text``.
"""
from __future__ import annotations

from ..doctext import doc_text
from .counted import PERSONISH
from .cues import CUE_NOUNS, CUE_VERBS, ORG_NOUNS, PAGE_LABELS, POSITION_VERBS, ROLE_NOUNS, SPEECH_VERBS
from .quote_attribution import Cue, negated, noun_source
from .quote_common import MIN_WORDS, Candidate, cut_aside, fits, has_subject, inside, tokens_in, trim, words
from .quote_marks import DASHES, DOUBLE_MARKS

_HEARSAY = frozenset(["reportedly", "allegedly", "purportedly", "reputedly"])


def hearsay(doc, adverb, direct_spans) -> Candidate | None:
    """'The senator reportedly met the donors': the clause is attributed to unnamed reports;
    no speaker."""
    if adverb.lower_ not in _HEARSAY or adverb.dep_ != "advmod" or adverb.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = adverb.head
    if verb.dep_ != "ROOT" or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return None  # '..., prosecutors said' or a clause inside another report: that attribution holds it
    s, e = trim(doc, verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text))
    if not fits(doc, s, e, direct_spans):
        return None
    return Candidate(s, e, "indirect", Cue(adverb.idx, adverb.idx + len(adverb.text), adverb.text, None))


# documents and polls that state what a clause reports: "In a new poll, X leads Y"
_SOURCE_DOCS = frozenset(
    """poll polls survey surveys study report statement interview letter memo speech editorial
    op-ed column filing lawsuit complaint ruling analysis briefing testimony mind view""".split()
)
# after the clause, these name where something was said, not a source that reports it
_OCCASIONS = frozenset("interview interviews speech statement statements memo lawsuit lawsuits column letters".split())


def in_source(doc, prep, direct_spans) -> Candidate | None:
    """'In the latest survey, the senator leads by four points': the main clause is what the
    survey reports, the survey its source. Not when the verb is a cue of its own ('In a
    statement, the ministry said ...' is the verb's attribution)."""
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.dep_ != "ROOT" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    if prep.head.lemma_.lower() in CUE_VERBS | POSITION_VERBS:
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in _SOURCE_DOCS:
        return None
    span = clause_beside(doc, prep, prep.right_edge, direct_spans)
    if span is None or (span[0] < prep.idx and pobj.lemma_.lower() in _OCCASIONS):
        return None  # '... Obama positioned Clinton as ... in a speech': told on an occasion, not by a source
    return Candidate(*span, "indirect", Cue(prep.idx, prep.idx + len(prep.text), prep.text, pobj))


def in_view(doc, prep, direct_spans) -> Candidate | None:
    """'To Sexton, Tuesday marked a turning point': a sentence opened by 'to' and a person states
    that person's view. ('For Mr. Obama, it was a day of celebration' is mostly the writer's view
    of him: three in four such sentences in PolNeAR are no attribution.)"""
    if prep.lower_ != "to" or prep.i != prep.sent.start or prep.dep_ != "prep":
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    after = prep.right_edge.i + 1
    if pobj is None or after >= len(doc) or doc[after].text != ",":
        return None
    who = any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in pobj.children)
    if not (pobj.ent_type_ in ("PERSON", "NORP") or pobj.lemma_.lower() in PERSONISH | ROLE_NOUNS or
            (pobj.pos_ == "PROPN" and (pobj.ent_type_ == "" or who))):
        return None  # not 'For years, ...', 'To the north, ...', 'For Apple, sales fell ...'
    s, e = trim(doc, doc[after].idx + 1, prep.sent.end_char)
    if not fits(doc, s, e, direct_spans) or not any(t.pos_ in ("VERB", "AUX") for t in tokens_in(doc, s, e)):
        return None
    return Candidate(s, e, "indirect", Cue(prep.idx, prep.idx + len(prep.text), prep.text, pobj))


def according(doc, tok, found: tuple, direct_spans) -> Candidate | None:
    """'According to X, [clause]' / '[clause], according to X': the clause beside the phrase.
    ``found`` is :func:`.quote_attribution.according_to` of ``tok`` (cue end, speaker token)."""
    cue_end, spk = found
    be = tok.head
    if (be.lemma_.lower() == "be" or be.lower_ in _BE_FORMS) and be.i == tok.i - 1 and any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it", "which") for c in be.children):
        return None  # "That's according to fundraising reports": what is reported is a sentence before
    sent_text = tok.sent.text.rstrip()
    if sent_text.endswith(":"):  # 'According to Jack Kelly, writing for RealClearPolitics:' + a block
        span = _next_paragraph(doc, tok.sent.start_char + len(sent_text), direct_spans)
    else:
        span = clause_beside(doc, tok, _phrase_end(spk), direct_spans)
    if span is None:
        return None
    return Candidate(*span, "indirect", Cue(tok.idx, cue_end, doc_text(doc)[tok.idx : cue_end], spk))


_BE_FORMS = frozenset({"'s", "\u2019s", "is", "was", "are", "were"})


def _phrase_end(spk):
    """The last word of 'according to X'. The parser may hang the subject of the clause after it on X as an
    apposition ('According to a study by Ann Lee and Tom Hale, the recession is to blame'): when the main
    verb after it has no subject, the phrase ends before the comma."""
    doc, end = spk.doc, spk.right_edge
    root = spk.sent.root
    if root.i <= end.i or has_subject(root):
        return end
    comma = next((t for t in doc[spk.i : end.i + 1] if t.text == "," and t.i + 1 <= end.i
                  and doc[t.i + 1 : end.i + 1].root.dep_ == "appos"), None)
    return doc[comma.i - 1] if comma is not None else end


def as_frame(doc, verb, direct_spans) -> Candidate | None:
    """'As the Herald's Ruth Vance puts it, [clause]', '[clause], as Vance noted': the clause
    beside an 'as' clause of speech is what its subject says."""
    cue = as_cue(verb)
    if cue is None:
        return None
    mark = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as")
    span = clause_beside(doc, mark, verb.right_edge, direct_spans)
    return Candidate(*span, "indirect", cue) if span is not None else None


def as_cue(verb) -> Cue | None:
    """The cue of an 'as' clause of speech ('As Vance puts it', 'as she noted'), or None."""
    lemma = verb.lemma_.lower()
    if verb.dep_ != "advcl" or not (lemma in SPEECH_VERBS or lemma == "put"):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i), None)
    spk = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if mark is None or spk is None or spk.lower_ in ("it", "this", "that", "we", "you", "i"):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("though", "if") for c in verb.children):
        return None  # 'it sounded as though he were screaming': a likeness, not a report
    if any(c.dep_ == "advmod" and c.lower_ == "as" and c.i < verb.i for c in verb.head.children):
        return None  # 'if the grab was as bad as she said': a comparison with her words, not a report of them
    if lemma == "put" and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return None  # 'as they put the chairs away'
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children if lemma != "put"):
        return None  # 'as he said that ...', 'as she told reporters': the verb reports its own words
    if lemma in ("respond", "reply", "react", "answer") and any(c.dep_ == "prep" and c.lower_ == "to"
                                                                 for c in verb.children):
        return None  # 'as Mexican-American voters responded to Republican efforts': they acted, said nothing
    return Cue(verb.idx, verb.idx + len(verb.text), verb.text, spk)


def _next_paragraph(doc, colon_end: int, direct_spans) -> tuple[int, int] | None:
    """The paragraph a line ending in a colon introduces, when nothing else stands between."""
    text = doc_text(doc)
    if "\n" not in text[colon_end : colon_end + 3]:
        return None
    start = colon_end + len(text[colon_end:]) - len(text[colon_end:].lstrip())
    end = text.find("\n", start)
    s, e = trim(doc, start, end if end >= 0 else len(text))
    return (s, e) if fits(doc, s, e, direct_spans) else None


def clause_beside(doc, first, last, direct_spans) -> tuple[int, int] | None:
    """The longer side of the sentence around the source phrase ``first``..``last``
    ('According to X, [clause]', '[clause], according to X', 'In a poll, [clause]')."""
    sent = first.sent
    if first.right_edge.i > last.i and first.right_edge.i < sent.root.i and not (
            not has_subject(sent.root) and any(t.text == "," for t in doc[last.i + 1 : first.right_edge.i])):
        # (not past a comma when the main verb lost its subject to the phrase: see _phrase_end)
        last = first.right_edge  # 'According to a poll out Thursday, ...': the phrase ends later
    left = trim(doc, sent.start_char, first.idx)
    right = trim(doc, last.idx + len(last.text), sent.end_char)
    s, e = max(left, right, key=lambda p: p[1] - p[0])
    if sent.root.i < first.i and sent.root.idx >= left[0] and fits(doc, *left, direct_spans):
        s, e = left  # the main clause is on the left; the right is an aside ('..., more than twice ...')
    k = first.i - 1
    while k > sent.start and doc[k].text == ",":
        k -= 1
    if k >= sent.start and doc[k].lower_ in ("that", "which"):
        s, e = right  # 'X said that according to its count [clause]', '... that, according to ...,': on the right
    elif (s, e) == right and sent.root.i < first.i and not _has_clause(doc, s, e):
        return None  # '"...," the pope told reporters, according to Reuters, during an answer ...': no clause
    return (s, e) if fits(doc, s, e, direct_spans) else None


def _has_clause(doc, s: int, e: int) -> bool:
    """The span's top word is a verb with a subject of its own (not a phrase with a clause inside it)."""
    toks = tokens_in(doc, s, e)
    ids = {t.i for t in toks}
    tops = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return any(has_subject(t) for t in tops)


_NOUN_ARGS = ("acl", "ccomp", "relcl_x", "xcomp")


_NOUN_PREPS = ("of", "for", "about", "against", "on", "to")


def _opened(clause) -> bool:
    """'promise to build', 'claim that ...': a clause a noun states is an infinitive or opened by a
    conjunction; a bare participle is not ('Obama's speech called to mind ...' misparsed)."""
    return clause.dep_ != "acl" or any(c.dep_ in ("aux", "mark") and c.i < clause.i for c in clause.children)


def _addressee(noun) -> bool:
    """'her comments to a radio host', 'his letter to Congress': who was spoken to, not what was said."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "PRON" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or lemma in PERSONISH \
        or lemma in ROLE_NOUNS or lemma in _AUDIENCES


_AUDIENCES = frozenset("audience crowd reporter press congregation nation public supporter".split())
_REMARK_NOUNS = frozenset({"comment", "remark", "mention"})


# gatherings a statement is made at: 'his opening statement of Thursday's debate' says nothing about the debate
_GATHERINGS = frozenset("debate debates meeting hearing rally conference summit session convention forum briefing "
                        "hall event ceremony".split())  # ("a town hall": the hall)


def _topic_only(noun, prep, pobj) -> bool:
    """'his comments about Mr. Curiel', 'remarks on the Girl Scouts', 'mention by name': whom or what
    a remark was about, or how it was made, not what it said; 'his statement of Thursday's debate' (or
    'of May 3'): where or when it was made."""
    if prep.lower_ == "of" and (pobj.lemma_.lower() in _GATHERINGS or pobj.ent_type_ in ("DATE", "TIME", "EVENT")):
        return True
    return noun.lemma_.lower() in _REMARK_NOUNS and prep.lower_ in ("about", "on", "by")


def _threatened(noun, pobj) -> bool:
    """'Putin's threat to Eastern Europe', 'a warning to investors': who is threatened or warned, not what was said
    (that would be a verb: 'his threat to pull out')."""
    return noun.lemma_.lower() in ("threat", "warning") and pobj.pos_ in ("NOUN", "PROPN", "PRON")


def noun_candidates(doc, direct_spans) -> list[Candidate]:
    """'his promise to build a wall', 'Trump's claim that ...', 'a report by Politico that ...'."""
    out = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in CUE_NOUNS or any(s <= t.idx < e for s, e in direct_spans):
            continue
        if negated(t) or (t.head.pos_ in ("VERB", "AUX") and negated(t.head)):
            continue
        spk = noun_source(t)
        if spk is None:
            continue
        arg = next((c for c in t.rights if c.dep_ in _NOUN_ARGS and c.pos_ in ("VERB", "AUX") and _opened(c)), None)
        if arg is None:
            prep = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS), None)
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
            if pobj is None or prep.lower_ == "to" and (_addressee(pobj) or _threatened(t, pobj)) \
                    or _topic_only(t, prep, pobj):
                continue
            s, e = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
        else:
            s, e = arg.left_edge.idx, arg.right_edge.idx + len(arg.right_edge.text)
        s, e = trim(doc, *cut_aside(doc, s, e))
        if fits(doc, s, e, direct_spans, 2):
            out.append(Candidate(s, e, "indirect", Cue(t.idx, t.idx + len(t.text), t.text, spk)))
    return out


def colon_lines(doc, direct_spans) -> list[Candidate]:
    """'Pat Caddell: the voters are angry.', 'Poll: voters turn away', a headline's 'Judicial
    Watch: Agency Hid Email' -- a paragraph opened by a name (or a source noun such as poll,
    newspaper, historians) and a colon."""
    out = []
    text = doc_text(doc)
    known = _known_sources(doc)
    for colon in doc:
        cue = label_cue(doc, colon, known)
        if cue is None:
            continue
        para_end = text.find("\n", colon.idx)
        s, e = trim(doc, colon.idx + 1, para_end if para_end >= 0 else len(text))
        if words(text[s:e]) >= MIN_WORDS and not inside(s, e, direct_spans):
            out.append(Candidate(s, e, "indirect", cue))
    return out


def label_cue(doc, colon, known=None) -> Cue | None:
    """The cue of a paragraph opened by a source label and a colon ('Trump: ...'), or None."""
    if colon.text != ":" or colon.i == 0 or not colon.whitespace_:
        return None  # ('"Trump:You base your statements ...' addresses a tweet; it names no speaker)
    text = doc_text(doc)
    head = doc[max(0, colon.i - 6) : colon.i]
    start = next((t for t in reversed(head) if _opens_line(text, t.idx)), None)
    if start is None:
        return None
    label = _after_kicker(doc[start.i : colon.i])
    if not _is_source_label(label, known if known is not None else _known_sources(doc)):
        return None
    return Cue(colon.idx, colon.idx + 1, ":", label.root)


def _opens_line(text: str, pos: int) -> bool:
    """``pos`` starts a line, or follows only the quotation mark that opens it ('"PENCE: Well, ...')."""
    if pos > 0 and text[pos - 1] in DOUBLE_MARKS:
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


_SOURCE_LABELS = frozenset(
    "poll polls survey study report newspaper historians experts sources analysts officials insiders".split()
)


def _after_kicker(label):
    """'EXCLUSIVE \u2013 Roger Stone' -> 'Roger Stone': a capitalised kicker before a dash is not the source."""
    dash = next((t for t in label if t.text in DASHES), None)
    if dash is not None and dash.i > label.start and all(t.is_upper for t in label.doc[label.start : dash.i]):
        return label.doc[dash.i + 1 : label.end]
    return label


def _known_sources(doc) -> tuple[set[str], set[str]]:
    """Words of the article's person names, and its organisation names in full (lower case)."""
    people = {t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e}
    orgs = {e.text.lower() for e in doc.ents if e.label_ == "ORG"}
    return people, orgs


def _section_heading(label, people: set[str]) -> bool:
    """'Veto Power Impedes Peace Efforts: ...': a long capitalised run the recogniser calls an organisation, with
    no organisation word in it, no name of a person the article names ('Trump Addresses Munich Attack: "..."'
    is Trump's) and named nowhere else in the article, heads a section; it does not speak."""
    return len(label) >= 4 and not any(t.lower_ in ORG_NOUNS or t.lower_ in people for t in label) \
        and doc_text(label.doc).count(label.text) == 1


def _is_source_label(label, known: tuple[set[str], set[str]]) -> bool:
    """A speaker label before a colon: a person or organisation name, a name the article uses
    elsewhere ('Lopez', 'Dr. Ben Carson', 'Judicial Watch'), or a source noun ('Poll')."""
    if not label or len(label) > 5 or not all(t.text[:1].isupper() or not t.is_alpha for t in label):
        return False
    if label[-1].lower_ in PAGE_LABELS:
        return False  # "Editor's Note:": page furniture
    people, orgs = known
    ents = [e for e in label.doc.ents if e.start >= label.start and e.end <= label.end]
    if any(e.label_ in ("PERSON", "ORG") and e.start == label.start and e.end == label.end for e in ents):
        return not _section_heading(label, people)
    if label[-1].lower_ in people:
        return True  # the surname of a person the article names
    if label.text.lower() in orgs:
        return True
    return label[-1].lower_ in _SOURCE_LABELS
