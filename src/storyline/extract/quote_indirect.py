"""Indirect speech: a cue verb with a clause ("X said that ..."), "according to X",
a position verb with its complement ("X vowed to ..."), a cue noun ("his promise to ...")
and "Name: text" lines. Parser-based; spans index ``doc.text``.
"""
from __future__ import annotations

from .cues import BELIEF_VERBS, CUE_NOUNS, CUE_VERBS, POSITION_VERBS
from .quote_attribution import Cue, according_to, negated, subject_of
from .quote_common import MIN_WORDS, Candidate, inside, tokens_in, trim, words


def indirect_candidates(doc, direct_spans: list[tuple[int, int]]) -> list[Candidate]:
    """Cue verbs outside quotation marks with what they report; "according to X"."""
    out: list[Candidate] = []
    for t in doc:
        if any(s <= t.idx < e for s, e in direct_spans):
            continue
        acc = according_to(t)
        if acc is not None:
            cue_end, spk = acc
            sent = t.sent
            pp_end = spk.right_edge.idx + len(spk.right_edge.text)
            left = trim(doc, sent.start_char, t.idx)
            right = trim(doc, pp_end, sent.end_char)
            s, e = max(left, right, key=lambda p: p[1] - p[0])
            if words(doc.text[s:e]) >= MIN_WORDS and not inside(s, e, direct_spans) and "\n" not in doc.text[s:e]:
                out.append(Candidate(s, e, "indirect", Cue(t.idx, cue_end, doc.text[t.idx : cue_end], spk)))
            continue
        lemma = t.lemma_.lower()
        if t.pos_ not in ("VERB", "AUX") or lemma not in CUE_VERBS | POSITION_VERBS or lemma == "be":
            continue
        if negated(t):
            continue  # "did not recommend that ...": nothing was said
        comp = next((c for c in t.children if c.dep_ == "ccomp"), None)
        if comp is not None:
            s, e = trim(doc, comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text))
        elif lemma in POSITION_VERBS and _complement(t) is not None:
            s, e = trim(doc, *_complement(t))
        else:
            out.extend(_parenthetical(doc, t, direct_spans))
            continue
        if len(tokens_in(doc, s, e)) < MIN_WORDS or inside(s, e, direct_spans) or "\n" in doc.text[s:e]:
            continue
        spk = subject_of(t)
        if spk is None or s <= spk.idx < e:
            continue
        if lemma in BELIEF_VERBS and spk.pos_ == "PRON" and spk.lower_ in ("i", "you", "we"):
            continue
        out.append(Candidate(s, e, "indirect", Cue(t.idx, t.idx + len(t.text), t.text, spk)))
    return out


_NOUN_ARGS = ("acl", "ccomp", "relcl_x", "xcomp")
_NOUN_PREPS = ("of", "for", "about", "against", "on", "to")


def noun_candidates(doc, direct_spans) -> list[Candidate]:
    """'his promise to build a wall', 'Trump's claim that ...', 'a report by Politico that ...'."""
    out = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in CUE_NOUNS or any(s <= t.idx < e for s, e in direct_spans):
            continue
        if negated(t) or (t.head.pos_ in ("VERB", "AUX") and negated(t.head)):
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
        s, e = trim(doc, s, e)
        if words(doc.text[s:e]) >= 2 and "\n" not in doc.text[s:e] and not inside(s, e, direct_spans):
            out.append(Candidate(s, e, "indirect", Cue(t.idx, t.idx + len(t.text), t.text, spk)))
    return out


def colon_lines(doc, direct_spans) -> list[Candidate]:
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
        s, e = trim(doc, colon.idx + 1, para_end if para_end >= 0 else len(text))
        if words(text[s:e]) >= MIN_WORDS and not inside(s, e, direct_spans):
            out.append(Candidate(s, e, "indirect", Cue(colon.idx, colon.idx + 1, ":", ent.root)))
    return out


def _parenthetical(doc, verb, direct_spans) -> list[Candidate]:
    """'Time, Mr. Pence added, was on their side.' / 'The plan failed, she said.': the cue
    is set off by commas and the reported text is the rest of the sentence."""
    if verb.lemma_.lower() not in CUE_VERBS or any(c.dep_ in ("dobj", "xcomp", "prep") for c in verb.rights):
        return []
    spk = subject_of(verb)
    if spk is None or spk.head.i != verb.i:
        return []
    lo = min(spk.left_edge.i, verb.i)
    hi = max([verb.i] + [c.right_edge.i for c in verb.rights if c.dep_ in ("npadvmod", "advmod", "prep")])
    if spk.i > verb.i:  # inverted: '..., said Geert Wilders, founder of ...'
        hi = max(hi, spk.right_edge.i)
    before = doc[lo - 1] if lo > 0 else None
    after = doc[hi + 1] if hi + 1 < len(doc) else None
    if before is None or before.text != ",":
        return []
    sent = verb.sent
    parts = [trim(doc, sent.start_char, before.idx)]
    if after is not None and after.text == ",":
        parts.append(trim(doc, after.idx + 1, sent.end_char))
    elif after is not None and after.text not in (".", "!", "?"):
        return []
    cue = Cue(verb.idx, verb.idx + len(verb.text), verb.text, spk)
    out = []
    for s, e in parts:
        if words(doc.text[s:e]) >= MIN_WORDS and "\n" not in doc.text[s:e] and not inside(s, e, direct_spans):
            out.append(Candidate(s, e, "indirect", cue))
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
    if end_tok.i - start_tok.i + 1 < MIN_WORDS or start_tok.pos_ == "ADP":
        return None
    return start_tok.idx, end_tok.idx + len(end_tok.text)
