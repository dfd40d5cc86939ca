"""Quotes with resolved speakers: direct, partial and indirect speech in one article.

Direct quotes come from paired quotation marks (:mod:`.quote_marks`), their cue and
speaker from the same sentence (:mod:`.quote_attribution`); a quote paragraph with no
attribution continues the previous quote's speaker. Indirect speech is a cue verb
with a clausal complement ("X said that ...") or "according to X". Speakers are
resolved to the fullest name in the article (:mod:`.speakers`).

A quote split around its attribution ('"A," he said. "B."') yields two Quote
objects with the same speaker. Offsets index ``doc.text``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from ..model import Quote
from .cues import BELIEF_VERBS, CUE_NOUNS, CUE_VERBS, POSITION_VERBS
from .quote_attribution import (
    Cue,
    according_to,
    colon_speaker,
    cue_in,
    governing_cue,
    head_window,
    subject_of,
    tail_window,
)
from .quote_marks import Marked, find_marked
from .speakers import SpeakerIndex

log = logging.getLogger(__name__)

_MIN_DIRECT_WORDS = 3
_MIN_INDIRECT_TOKENS = 3


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    cue: Cue | None
    inherit: bool = False  # take the previous quote's speaker (continuation paragraph)
    para: tuple[int, int] | None = None


def _tokens(doc, start: int, end: int) -> list:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _token_at(doc, char: int, after: bool = False):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]


def _words(text: str) -> int:
    return len([w for w in text.split() if any(c.isalnum() for c in w)])


def _is_partial(text: str, m: Marked) -> bool:
    before = text[m.paragraph[0] : m.open].rstrip()
    after = text[m.outer_end : m.paragraph[1]].lstrip()
    content = text[m.start : m.close if m.close is not None else m.end].rstrip()
    embedded_before = bool(before) and (before[-1].isalnum() or before[-1] in "'\u2019")
    embedded_after = bool(after) and after[0].isalnum() and not content.endswith((".", "!", "?", ","))
    sentence_like = content.endswith((".", "!", "?")) and _words(content) >= 6
    return (embedded_before or embedded_after) and not sentence_like


def _previous_colon_cue(doc, m: Marked) -> Cue | None:
    """'He added:' closing the paragraph before a quote paragraph."""
    text = doc.text
    prev_end = m.paragraph[0]
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end == 0 or text[prev_end - 1] != ":":
        return None
    last = _token_at(doc, prev_end - 1)
    if last is None:
        return None
    window = head_window(doc, last.i + 1)
    return cue_in(window, near_end=True) or colon_speaker(window)


def _cue_for(doc, m: Marked, partial: bool) -> Cue | None:
    """The attribution of a marked quote: after it when the quote ends with a comma
    ('"...," he said'), else before it ('X said: "..."'), else a colon line before."""
    text = doc.text
    open_tok = _token_at(doc, m.open)
    close_tok = _token_at(doc, m.outer_end - 1) if m.close is not None else None
    head = head_window(doc, open_tok.i)
    tail = tail_window(doc, close_tok.i) if close_tok is not None else []
    inner = text[m.start : m.close if m.close is not None else m.end].rstrip()
    comma_end = inner.endswith((",", "?", "!")) or text[m.outer_end : m.outer_end + 1] == ","
    cue = None
    if comma_end or not head:
        cue = cue_in(tail, near_end=False, loose=comma_end and not partial)
    cue = cue or cue_in(head, near_end=True) or colon_speaker(head)
    if cue is None and not partial:
        cue = cue_in(tail, near_end=False)
    if cue is None and not head and m.paragraph[0] > 0:
        cue = _previous_colon_cue(doc, m)
    if partial and cue is None:
        cue = governing_cue(_tokens(doc, m.start, m.end))
    return cue


def _direct_candidates(doc, marked: list[Marked]) -> list[_Candidate]:
    text = doc.text
    out: list[_Candidate] = []
    for m in marked:
        if _token_at(doc, m.open) is None:
            continue
        content = text[m.start : m.end]
        if _is_title(content):
            continue  # a show, book or slogan named in quotation marks
        partial = _is_partial(text, m)
        cue = _cue_for(doc, m, partial)
        if partial and (cue is None or cue.speaker is None):
            continue  # scare quotes: nobody is quoted
        if cue is None:
            if _words(content) < _MIN_DIRECT_WORDS:
                continue  # nicknames, single words
            out.append(_Candidate(m.start, m.end, "direct", None, inherit=True, para=m.paragraph))
            continue
        out.append(_Candidate(m.start, m.end, "partial" if partial else "direct", cue, para=m.paragraph))
    return out


def _is_title(content: str) -> bool:
    """'"New Day."', '"Make America Great Again"': short and every word capitalised."""
    words = [w for w in content.strip(" .!?,").split() if any(c.isalpha() for c in w)]
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"}
    return 0 < len(words) <= 5 and all(w[0].isupper() or w in small for w in words) and words[0][0].isupper()


def _inside(start: int, end: int, spans: list[tuple[int, int]], share: float = 0.5) -> bool:
    n = max(end - start, 1)
    return any(min(end, e) - max(start, s) >= share * n for s, e in spans)


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and (text[start].isspace() or text[start] in ",;:-\u2014"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.-\u2014"):
        end -= 1
    return start, end


def _indirect_candidates(doc, direct_spans: list[tuple[int, int]]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for t in doc:
        if any(s <= t.idx < e for s, e in direct_spans):
            continue
        acc = according_to(t)
        if acc is not None:
            cue_end, spk = acc
            sent = t.sent
            pp_end = spk.right_edge.idx + len(spk.right_edge.text)
            left = _trim(doc, sent.start_char, t.idx)
            right = _trim(doc, pp_end, sent.end_char)
            s, e = max(left, right, key=lambda p: p[1] - p[0])
            if _words(doc.text[s:e]) >= _MIN_INDIRECT_TOKENS and not _inside(s, e, direct_spans) and "\n" not in doc.text[s:e]:
                out.append(_Candidate(s, e, "indirect", Cue(t.idx, cue_end, doc.text[t.idx : cue_end], spk)))
            continue
        lemma = t.lemma_.lower()
        if t.pos_ not in ("VERB", "AUX") or lemma not in CUE_VERBS | POSITION_VERBS or lemma == "be":
            continue
        comp = next((c for c in t.children if c.dep_ == "ccomp"), None)
        if comp is not None:
            s, e = _trim(doc, comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text))
        elif lemma in POSITION_VERBS and _complement(t) is not None:
            s, e = _trim(doc, *_complement(t))
        else:
            out.extend(_parenthetical(doc, t, direct_spans))
            continue
        if len(_tokens(doc, s, e)) < _MIN_INDIRECT_TOKENS or _inside(s, e, direct_spans) or "\n" in doc.text[s:e]:
            continue
        spk = subject_of(t)
        if spk is None or s <= spk.idx < e:
            continue
        if lemma in BELIEF_VERBS and spk.pos_ == "PRON" and spk.lower_ in ("i", "you", "we"):
            continue
        out.append(_Candidate(s, e, "indirect", Cue(t.idx, t.idx + len(t.text), t.text, spk)))
    return out


_NOUN_ARGS = ("acl", "ccomp", "relcl_x", "xcomp")
_NOUN_PREPS = ("of", "for", "about", "against", "on", "to")


def _noun_candidates(doc, direct_spans) -> list[_Candidate]:
    """'his promise to build a wall', 'Trump's claim that ...', 'a report by Politico that ...'."""
    out = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in CUE_NOUNS or any(s <= t.idx < e for s, e in direct_spans):
            continue
        spk = next((c for c in t.children if c.dep_ == "poss"), None)
        if spk is None:
            by = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
            spk = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if spk is None:
            continue
        arg = next((c for c in t.rights if c.dep_ in _NOUN_ARGS and c.pos_ in ("VERB", "AUX")), None)
        if arg is None:
            prep = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS), None)
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
            if pobj is None:
                continue
            s, e = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
        else:
            s, e = arg.left_edge.idx, arg.right_edge.idx + len(arg.right_edge.text)
        s, e = _trim(doc, s, e)
        if _words(doc.text[s:e]) >= 2 and "\n" not in doc.text[s:e] and not _inside(s, e, direct_spans):
            out.append(_Candidate(s, e, "indirect", Cue(t.idx, t.idx + len(t.text), t.text, spk)))
    return out


def _colon_lines(doc, direct_spans) -> list[_Candidate]:
    """'Pat Caddell: the voters are angry.' -- a paragraph opened by a name and a colon."""
    out = []
    text = doc.text
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or len(ent) > 4 or ent.end >= len(doc) or doc[ent.end].text != ":":
            continue
        if ent.start_char > 0 and text[ent.start_char - 1] != "\n":
            continue
        colon = doc[ent.end]
        para_end = text.find("\n", colon.idx)
        s, e = _trim(doc, colon.idx + 1, para_end if para_end >= 0 else len(text))
        if _words(text[s:e]) >= _MIN_INDIRECT_TOKENS and not _inside(s, e, direct_spans):
            out.append(_Candidate(s, e, "indirect", Cue(colon.idx, colon.idx + 1, ":", ent.root)))
    return out


def _parenthetical(doc, verb, direct_spans) -> list[_Candidate]:
    """'Time, Mr. Pence added, was on their side.' / 'The plan failed, she said.': the cue
    is set off by commas and the reported text is the rest of the sentence."""
    if verb.lemma_.lower() not in CUE_VERBS or any(c.dep_ in ("dobj", "xcomp", "prep") for c in verb.rights):
        return []
    spk = subject_of(verb)
    if spk is None or spk.head.i != verb.i:
        return []
    lo = min(spk.left_edge.i, verb.i)
    hi = max([verb.i] + [c.right_edge.i for c in verb.rights if c.dep_ in ("npadvmod", "advmod", "prep")])
    before = doc[lo - 1] if lo > 0 else None
    after = doc[hi + 1] if hi + 1 < len(doc) else None
    if before is None or before.text != ",":
        return []
    sent = verb.sent
    parts = [_trim(doc, sent.start_char, before.idx)]
    if after is not None and after.text == ",":
        parts.append(_trim(doc, after.idx + 1, sent.end_char))
    elif after is not None and after.text not in (".", "!", "?"):
        return []
    cue = Cue(verb.idx, verb.idx + len(verb.text), verb.text, spk)
    out = []
    for s, e in parts:
        if _words(doc.text[s:e]) >= _MIN_INDIRECT_TOKENS and "\n" not in doc.text[s:e] and not _inside(s, e, direct_spans):
            out.append(_Candidate(s, e, "indirect", cue))
    return out


_ARGS = {"dobj", "xcomp", "oprd", "attr", "dative", "acomp"}
# prepositions that introduce what is stated ("called for", "accused X of", "described X as");
# others (in, at, during ...) add time or place, not content
_PHRASAL = {"on", "for", "about", "against", "of", "as", "to", "with"}


def _complement(verb) -> tuple[int, int] | None:
    """What a position verb states: its objects and infinitive, without the particle
    ("called on X to ...", "vowed to ...", "accused X of ...")."""
    args, lead = [], None
    for c in verb.rights:
        if c.dep_ in _ARGS:
            args.append(c)
        elif c.dep_ == "prep" and c.lower_ in _PHRASAL:
            if not args and lead is None and c.i == verb.i + 1:
                lead = c  # "called for X": content starts after the particle
            elif args:
                args.append(c)
    if lead is not None:
        pobj = [c for c in lead.children if c.dep_ in ("pobj", "pcomp")]
        args = pobj + args
    if not args:
        return None
    start_tok = args[0].left_edge
    more = [c for c in verb.rights if c.dep_ in ("conj", "dep") and c.pos_ in ("NOUN", "PROPN")]  # "described A, B and C"
    end_tok = max((c.right_edge for c in args + more), key=lambda t: t.i)
    if end_tok.i - start_tok.i + 1 < _MIN_INDIRECT_TOKENS or start_tok.pos_ == "ADP":
        return None
    return start_tok.idx, end_tok.idx + len(end_tok.text)


def _sentence(doc, lo: int, hi: int) -> tuple[int, int]:
    sents = [s for s in doc.sents if s.end_char > lo and s.start_char < hi]
    if not sents:
        return lo, hi
    return sents[0].start_char, sents[-1].end_char


def find_quotes(doc) -> list[Quote]:
    """Direct, partial and indirect quotes in a parsed spaCy ``Doc``; offsets into ``doc.text``."""
    text = doc.text
    marked = find_marked(text)
    direct = _direct_candidates(doc, marked)
    marked_spans = [(m.start, m.end) for m in marked]
    indirect = (
        _indirect_candidates(doc, marked_spans)
        + _colon_lines(doc, marked_spans)
        + _noun_candidates(doc, marked_spans)
    )
    cands = sorted(direct + indirect, key=lambda c: (min(c.start, c.cue.start if c.cue else c.start), c.start))
    index = SpeakerIndex(doc)
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    prev: Quote | None = None
    prev_para: tuple[int, int] | None = None
    for c in cands:
        if (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        q = Quote(start=c.start, end=c.end, text=text[c.start : c.end], kind=c.kind)
        lo, hi = c.start, c.end
        if c.cue is not None:
            q.cue, q.cue_span = c.cue.text, (c.cue.start, c.cue.end)
            lo, hi = min(lo, c.cue.start), max(hi, c.cue.end)
            if c.cue.speaker is not None:
                res = index.resolve(c.cue.speaker)
                q.speaker_span = res.span
                lo, hi = min(lo, res.span[0]), max(hi, res.span[1])
                entity = res.entity
                if entity is None and res.name:
                    entity = index.register_name(res.name, res.kind, res.span[0], res.words)
                if entity is not None:
                    q.speaker, q.speaker_role = entity.name, entity.role
                    index.note_speaker(entity, res.span[0])
        elif c.inherit and prev is not None and prev.speaker_span and _adjacent(text, prev_para, c.para):
            q.speaker, q.speaker_span, q.speaker_role = prev.speaker, prev.speaker_span, prev.speaker_role
        q.sentence = _sentence(doc, lo, hi)
        quotes.append(q)
        if c.kind != "indirect":
            prev, prev_para = q, c.para
    quotes.sort(key=lambda q: (q.start, q.end))
    log.debug("found %d quotes", len(quotes))
    return quotes


def _adjacent(text: str, a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Same paragraph, or b is the paragraph right after a."""
    if a is None or b is None:
        return False
    return a == b or (a[1] <= b[0] and not text[a[1] : b[0]].strip())
