"""Features of a (cue word, argument) pair for the learned attribution scorer.

An attribution is a cue word (a verb such as "believes", a noun such as "criticism",
a preposition such as "according to") and the argument of that word that carries
what is attributed (its clause, object, infinitive or prepositional phrase). The
rule-based finders cover the frequent speech cues; this module describes every
other pair so that a linear model (:mod:`.attribution_model`) can weigh them. The
same function serves training (``tools/train_attribution.py``) and prediction, so
both see identical features.
"""
from __future__ import annotations

# argument relations that can carry attributed content
ARG_DEPS = frozenset(
    "dobj prep ccomp xcomp advcl nsubj nsubjpass acomp conj acl attr oprd pobj relcl parataxis dep pcomp".split()
)
HEAD_POS = frozenset(["VERB", "AUX", "NOUN", "ADJ", "ADP"])


def candidate_pairs(doc):
    """Every (head, argument) pair the scorer considers, in document order."""
    for h in doc:
        if h.pos_ not in HEAD_POS or not h.is_alpha:
            continue
        for c in h.children:
            if c.dep_ in ARG_DEPS and not c.is_punct:
                yield h, c


def _bucket(n: int) -> str:
    for limit, name in ((1, "1"), (2, "2"), (5, "3-5"), (10, "6-10"), (20, "11-20")):
        if n <= limit:
            return name
    return "21+"


def _subject_kind(h) -> str:
    subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        if h.pos_ == "NOUN":
            return "poss" if any(c.dep_ == "poss" for c in h.children) else "none"
        return "none"
    if subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return subj.ent_type_
    if subj.pos_ == "PRON":
        return "PRON:" + subj.lower_
    return subj.pos_


def head_features(h, in_quote: bool) -> list[str]:
    """The features of a pair that depend on the cue word alone (computed once per word)."""
    hl = h.lemma_.lower()
    subj = _subject_kind(h)
    feats = [
        "bias",
        f"hl={hl}",
        f"hp={h.pos_}",
        f"ht={h.tag_}",
        f"hd={h.dep_}",
        f"subj={subj}",
        f"hl|subj={hl}|{subj.split(':')[0]}",
        f"hh|hd={h.head.lemma_.lower()}|{h.dep_}",
        f"inq={in_quote}",
        f"hl|inq={hl}|{in_quote}",
        f"hl|ht={hl}|{h.tag_}",
        "sig=" + ",".join(sorted({x.dep_ for x in h.children if x.dep_ not in ("punct", "det")})),
    ]
    subj_tok = next((x for x in h.children if x.dep_ in ("nsubj", "nsubjpass", "poss")), None)
    if subj_tok is not None and subj_tok.pos_ == "NOUN":
        feats += [f"subjl={subj_tok.lemma_.lower()}", f"hl|subjl={hl}|{subj_tok.lemma_.lower()}"]
    modal = next((x.lower_ for x in h.children if x.dep_ == "aux" and x.tag_ == "MD"), None)
    if modal:
        feats += [f"modal={modal}", f"hl|modal={hl}|{modal}"]
    if any(x.dep_ == "neg" for x in h.children):
        feats += ["neg", f"hl|neg={hl}"]
    if any(x.dep_ == "auxpass" for x in h.children):
        feats += ["passive", f"hl|passive={hl}"]
    if h.pos_ == "NOUN":
        feats.append(f"noun|hd={h.dep_}|{h.head.lemma_.lower()}")
    return feats


def pair_features(h, c, head: list[str]) -> list[str]:
    """String features of one pair; names are stable (they key the stored weights).
    ``head`` is :func:`head_features` of ``h``, computed once per cue word."""
    hl = h.lemma_.lower()
    cd = c.dep_
    sub = list(c.subtree)
    direction = "R" if c.i > h.i else "L"
    mark = next((m.lower_ for m in c.children if m.dep_ in ("mark", "aux") and m.i < c.i), "-")
    subj = _subject_kind(h)
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in sub)
    size = _bucket(len(sub))
    cl = c.lemma_.lower()
    feats = list(head)
    feats += [
        f"cd={cd}",
        f"cp={c.pos_}",
        f"cd|dir={cd}|{direction}",
        f"hl|cd={hl}|{cd}",
        f"hl|cd|dir={hl}|{cd}|{direction}",
        f"hp|cd={h.pos_}|{cd}",
        f"cd|mark={cd}|{mark}",
        f"hl|mark={hl}|{mark}",
        f"cd|subj={cd}|{subj}",
        f"len={size}",
        f"cd|len={cd}|{size}",
        f"verb={has_verb}",
        f"cd|verb={cd}|{has_verb}",
        f"cl={cl}",
        f"hl|cl={hl}|{cl}",
        f"cd|cl={cd}|{cl}",
        f"hd|cd={h.dep_}|{cd}",
        f"first={sub[0].lower_ if sub[0].i != c.i else '-'}",
    ]
    if cd == "prep":
        prep = c.lower_
        pobj = next((x.lemma_.lower() for x in c.children if x.dep_ in ("pobj", "pcomp")), "-")
        feats += [f"prep={prep}", f"hl|prep={hl}|{prep}", f"hl|prep|pobj={hl}|{prep}|{pobj}"]
    return feats


def argument_span(h, c) -> tuple[int, int]:
    """Character span of what the pair attributes: the argument's subtree, without a
    leading preposition or complementiser ('called for [X]', 'said that [X]')."""
    toks = [t for t in c.subtree]
    if c.dep_ == "prep" and len(toks) > 1 and toks[0].i == c.i:
        toks = toks[1:]
    while len(toks) > 1 and (toks[0].is_punct or toks[0].dep_ == "mark" and toks[0].head.i == c.i):
        toks = toks[1:]
    while len(toks) > 1 and toks[-1].is_punct:
        toks = toks[:-1]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)
