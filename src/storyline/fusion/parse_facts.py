"""What fusion needs from an article's parse: read once during analysis, looked up by span later.

Why: comparing outlets needs a little syntax: the noun a figure counts and the
verb said of it (:mod:`.frames`), the place names of a sentence, and whether a
word is stated as having happened (:func:`.claims.reports_realis`). Every
article is parsed once by :mod:`storyline.analyze`; this step reads those few
facts from that parse into :class:`~storyline.model.ParseFacts`, which the
extraction cache stores, so fusion never loads a parser nor parses a sentence
again. Each fact is read inside the window the comparison looks at (the
quantity's sentence; the parser's sentence), as a parse of that text alone would.
"""
from __future__ import annotations

from bisect import bisect_left

from ..doctext import doc_text, entity_of
from ..model import Extraction, ParseFacts, Quantity, QuantityFrame
from . import lexicon
from .spans import trim

# verbs that only attach a number to a list or a copula, never say what happened to it
_LINKING = frozenset({"include", "including", "among"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall", "'ll", "wo", "ca"})
_IRREALIS_MARKS = frozenset({"if", "whether", "unless", "lest"})
_PERFECT_AUX = frozenset({"have", "be", "get"})


# ---- analysis: read from the parsed Doc ------------------------------------------


def read_parse_facts(doc, quantities: list[Quantity]) -> ParseFacts:
    """Named entities, each quantity's frame and the realis words of one parsed article."""
    frames = []
    starts = [t.idx for t in doc]
    for q in quantities:
        window = trim(doc_text(doc), *(q.sentence if q.sentence else (q.start, q.end)))
        frame = _frame(doc, starts, q, window)
        if frame is not None:
            frames.append(frame)
    return ParseFacts(entities=[(e.start_char, e.end_char, e.label_) for e in doc.ents], frames=frames,
                      realis=_realis(doc))


def _frame(doc, starts: list[int], q: Quantity, window: tuple[int, int]) -> QuantityFrame | None:
    """The counted noun and the predicate of the number at ``q``, reading only the tokens inside ``window``
    (a head outside it counts as the root); None when no token lies in the quantity's span."""
    ws, we = window
    start, end = max(ws, q.start), max(ws, q.end)
    lo, hi = bisect_left(starts, start), bisect_left(starts, min(end, we))
    toks = [doc[i] for i in range(lo, hi)]

    def head(t):
        h = t.head
        return h if ws <= h.idx < we else t

    nums = [t for t in toks if t.like_num or t.pos_ == "NUM"] or toks
    if not nums:
        return None
    t = nums[-1]
    while t.dep_ in ("quantmod", "compound", "nummod", "npadvmod") and head(t).i != t.i and \
            (head(t).like_num or head(t).pos_ == "NUM") and start <= head(t).idx < end:
        t = head(t)  # "2.5 million": the last number word
    noun = None
    node = t
    if head(t).i != t.i and head(t).pos_ in ("NOUN", "PROPN") and t.dep_ in ("nummod", "quantmod", "amod",
                                                                             "compound", "det", "nmod"):
        noun = head(t)
        node = noun
    elif t.pos_ in ("NOUN", "PROPN") and not t.like_num:
        noun = t
    else:  # "all five of these states", "1,400 of the protesters": the noun after "of"
        noun = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "NOUN" and ws <= g.idx < we), None)
    predicate = None
    cur = node
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() not in _LINKING and cur.i != t.i:
            predicate = cur
            break
        if head(cur).i == cur.i:
            break
        cur = head(cur)
    if predicate is None and noun is not None:  # "people killed in ...": a participle describing the noun
        predicate = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                          and ws <= c.idx < we), None)
    return QuantityFrame(start=q.start, end=q.end, noun=noun.lemma_ if noun is not None else None,
                         predicate=predicate.lemma_.lower() if predicate is not None else None,
                         bare_verb=_bare_verb(doc, q), holder=_holder(predicate, ws, we))


# verbs whose subject has, gains or loses the amount ('Acme had profit of', 'Russia has 300,000 troops');
# not 'report' or 'say', whose subject may be a source telling of someone else's
_HOLDING = frozenset("have post earn record book lose owe spend pay receive raise hold own".split())
_HOLDER_LABELS = ("ORG", "PERSON", "PRODUCT", "FAC", "GPE")


def _holder(predicate, ws: int, we: int) -> str | None:
    """The name that is the subject of a holding verb of the number, or None."""
    if predicate is None or predicate.lemma_.lower() not in _HOLDING:
        return None
    subj = next((c for c in predicate.children if c.dep_ == "nsubj" and ws <= c.idx < we), None)
    ent = entity_of(subj, _HOLDER_LABELS) if subj is not None else None
    return ent.text if ent is not None else None


def _bare_verb(doc, q: Quantity) -> bool:
    """The quantity's 'what' is one verb ('spent', 'to rise'): it says what was done, not to what or by whom."""
    if q.what_span is None:
        return False
    span = doc.char_span(*q.what_span, alignment_mode="expand")
    words = [t for t in span if t.lower_ != "to"] if span is not None else []
    return len(words) == 1 and words[0].pos_ in ("VERB", "AUX")


def _finite_past(verb) -> bool:
    """A verb stating that something happened: past or perfect, not modal, negated, conditional or an infinitive."""
    kids = list(verb.children)
    if any(c.dep_ == "neg" for c in kids):
        return False
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in _MODALS or c.lower_ == "to") for c in kids):
        return False
    node = verb
    for _ in range(6):  # a conditional clause anywhere above makes it hypothetical
        if any(c.dep_ == "mark" and c.lower_ in _IRREALIS_MARKS for c in node.children):
            return False
        if node.head.i == node.i:
            break
        node = node.head
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _PERFECT_AUX for c in kids)
    return False


def _governing_verb(tok):
    """The nearest verb above ``tok`` (itself included, adjectival participles skipped), or None."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("amod",):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _realis(doc) -> list[tuple[int, int]]:
    """Spans of the words whose governing verb states that something happened ("had arrested", not
    "could arrest", "if they arrest", "leading to the arrest"). Only words that name a :mod:`.lexicon`
    concept are kept: fusion asks about nothing else, and the rest would only fill the cache."""
    verdict: dict[int, bool] = {}
    out = []
    for tok in doc:
        if not lexicon.concepts(tok.text):
            continue
        verb = _governing_verb(tok)
        if verb is None:
            continue
        if verb.i not in verdict:
            verdict[verb.i] = _finite_past(verb)
        if verdict[verb.i]:
            out.append((tok.idx, tok.idx + len(tok)))
    return out


# ---- fusion: look the facts up by article and span ----------------------------------


class ParsedArticles:
    """The articles' parse facts by article id and span. An article analysed without a parser (a
    hand-made extraction, an older cache) has none: its figures get no frame, its sentences no named
    places and no realis words, so fusion compares less rather than guessing."""

    def __init__(self, extractions: list[Extraction]):
        self._parse = {e.article_id: e.parse for e in extractions if e.parse is not None}
        self._frames = {e.article_id: {(f.start, f.end): f for f in e.parse.frames}
                        for e in extractions if e.parse is not None}
        self._quantities = {e.article_id: e.quantities for e in extractions}

    def frame(self, article: str, index: int) -> QuantityFrame | None:
        """The frame of quantity ``index`` of ``article``."""
        qs = self._quantities.get(article, [])
        if not 0 <= index < len(qs):
            return None
        return self._frames.get(article, {}).get((qs[index].start, qs[index].end))

    def entities(self, article: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The named entities inside ``[start, end)``, with offsets relative to ``start``."""
        parse = self._parse.get(article)
        if parse is None:
            return []
        return [(s - start, e - start, label) for s, e, label in parse.entities if start <= s and e <= end]

    def realis(self, article: str, start: int, end: int) -> list[tuple[int, int]]:
        """The realis word spans inside ``[start, end)``, with offsets relative to ``start``."""
        parse = self._parse.get(article)
        if parse is None:
            return []
        spans = parse.realis
        out = []
        for s, e in spans[bisect_left(spans, (start, -1)):]:
            if s >= end:
                break
            if e <= end:
                out.append((s - start, e - start))
        return out
