"""Short summaries of a clause from its dependency parse: subject + verb + object.

"Russian President Vladimir Putin on Wednesday announced a partial mobilization
of reservists, ..." -> "Russian President Vladimir Putin announced a partial
mobilization". Modifiers that carry the date, relative clauses and long
prepositional tails are dropped so the timeline reads as a list of happenings.
"""
from __future__ import annotations

from typing import Callable

from ..doctext import doc_text
from ..extract.cues import RELATIVE_WORDS
from ..extract.quote_marks import quote_token

_SUBJ = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_OBJ = ("dobj", "attr", "acomp", "oprd", "xcomp", "dative")
_DROP_IN_NP = ("relcl", "acl", "appos", "punct", "advcl", "prep", "cc", "conj", "det:predet")
_REPORT = {"say", "tell", "announce", "report", "state", "add", "claim", "confirm", "deny", "warn", "write",
           "insist", "explain", "note", "argue", "declare", "reveal"}
MAX_PHRASE = 8
MAX_WORDS = 18


def _phrase(tok, limit: int = MAX_PHRASE) -> str:
    """The noun phrase headed by ``tok`` without clauses, appositions and prepositional tails."""
    keep = {tok.i}
    stack = [c for c in tok.children if c.dep_ not in _DROP_IN_NP or c.tag_ == "HYPH"]
    while stack:
        c = stack.pop()
        if c.ent_type_ == "DATE" or c.ent_type_ == "TIME":
            continue
        keep.add(c.i)
        stack.extend(ch for ch in c.children if ch.dep_ not in _DROP_IN_NP or ch.tag_ == "HYPH")
    # an "of" tail is part of the thing ("mobilization of reservists") when short
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            sub = [x.i for x in c.subtree]
            if len(keep) + len(sub) <= limit:
                keep.update(sub)
    idx = sorted(keep)
    lo, hi = idx[0], idx[-1]
    doc = tok.doc
    toks = [doc[i] for i in range(lo, hi + 1) if i in keep and (doc[i].dep_ != "punct" or doc[i].tag_ == "HYPH")]
    if len(toks) > limit:
        # keep the head and what stands right before it (compounds, adjectives)
        head_pos = [t.i for t in toks].index(tok.i)
        toks = toks[max(0, head_pos - limit + 1): head_pos + 1]
    return _join(toks)


def _join(toks) -> str:
    """Tokens as written: "anti-war", "Russia's"; a space where tokens were dropped between."""
    out = []
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.i == t.i + 1:
            out.append(t.text_with_ws if t.whitespace_ else t.text)
        else:
            out.append(t.text + (" " if nxt is not None else ""))
    return "".join(out).strip()


def _verb_group(verb) -> str:
    parts = [c for c in verb.children if (c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.lower_ != "to")
             or c.dep_ == "neg"]
    parts.append(verb)
    parts.extend(c for c in verb.children if c.dep_ == "prt")
    return _join(sorted(parts, key=lambda t: t.i))


def summarize(verb, depth: int = 0, with_subject: bool = True, name_of: Callable | None = None) -> str:
    """"Subject verb object" for the clause headed by ``verb`` (reporting verbs keep what was said).
    ``name_of``: the name a pronoun stands for (token -> str or None), so 'In 1991, he flew over the Gulf'
    reads 'Harry Harris flew over the Gulf' (not inside what is reported: 'Sullivan says he instructed staff')."""
    subj = _subject(verb) if with_subject else None
    if with_subject and subj is None and verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        subj = _subject(verb.head)  # not for "as dawn broke": an adverbial clause has its own subject
    # (a show's name the parser made a verb is no object: 'said on NBC's "Meet the Press"'; 'canceling "Rush Hour"' is)
    shows = [c for c in verb.children if (c.pos_ in ("VERB", "AUX") or c.dep_ == "xcomp") and in_quoted_title(c)]
    obj = next((c for c in verb.children if c.dep_ in _OBJ and all(c.i != x.i for x in shows)), None)
    parts = []
    if subj is not None:
        parts.append(_subject_words(subj, verb, name_of if depth == 0 else None))
    parts.append(_verb_group(verb))
    # (not a dateline the parser made a clause: 'WASHINGTON ― This spring, ..., Manafort told friends that ...')
    # (what was said may hang on the show's name: 'said on NBC's "Meet the Press" on Sunday that she would run')
    comps = [c for h in [verb, *shows] for c in h.children if c.dep_ == "ccomp" and any(ch.isalpha() for ch in c.text)
             and not in_quoted_title(c)]
    comp = comps[0] if comps else None
    if verb.lemma_ in _REPORT and comp is not None and depth == 0:
        inner = summarize(comp, depth + 1)
        if inner:
            parts.append(inner)
    elif obj is not None:
        if obj.dep_ == "xcomp" and obj.pos_ in ("VERB", "AUX"):
            inner = summarize(obj, depth + 1, with_subject=False) if depth < 2 else obj.text
            if any(c.lower_ == "to" and c.dep_ == "aux" for c in obj.children):
                inner = "to " + inner  # "vowed to hunt down", not "vowed hunt down"
            parts.append(inner)
        elif obj.lower_ == "what" and obj.tag_ == "WP":
            pass  # 'my recollection of what he told us': the thing told is the clause's noun, not 'what'
        elif (named := _antecedent(obj, verb)).i != obj.i:
            parts.append(_phrase(named))  # 'North Carolina, which Obama won in 2008': Obama won North Carolina
        else:
            parts.append(_phrase(obj))
            if obj.pos_ == "PRON":  # "set himself on fire": the object alone says nothing
                tail = _prep_phrase(verb)
                if tail:
                    parts.append(tail)
    else:
        tail = _prep_phrase(verb)
        if tail and shows and tail.endswith(("'s", "\u2019s")):
            tail += " " + _title_words(shows[0])  # 'said on NBC's Meet the Press', not 'said on NBC's'
        if tail:
            parts.append(tail)
    text = " ".join(p for p in parts if p).strip()
    words = text.split()
    if len(words) > MAX_WORDS:
        text = " ".join(words[:MAX_WORDS]) + " …"
    return text


def _title_words(tok) -> str:
    """The capitalised words of a title from ``tok`` on ('Meet the Press')."""
    doc, end = tok.doc, tok.i + 1
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in _SMALL and end + 1 < len(doc)
                              and doc[end + 1].text[:1].isupper()):
        end += 1
    return doc[tok.i : end].text


_SMALL = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "at", "by"})


def in_quoted_title(tok) -> bool:
    """A word of a quotation in capitals ('"Meet the Press"'): every word from the opening mark to the closing one
    is capitalised or a small word, and the quotation is short."""
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    doc = tok.doc

    def titled(t) -> bool:
        return t.text[:1].isupper() or t.lower_ in _SMALL

    opened = next((k for k in range(tok.i - 1, max(-1, tok.i - 6), -1)
                   if quote_token(doc[k]) or not titled(doc[k])), None)
    if opened is None or not quote_token(doc[opened]):
        return False
    closed = next((k for k in range(tok.i + 1, min(len(doc), tok.i + 8))
                   if quote_token(doc[k]) or not titled(doc[k]) and not doc[k].is_punct), None)
    if closed is not None and quote_token(doc[closed]):
        return True
    # "On CBS' Face the Nation the day before, she stated": a network's show whose mark is never closed, which
    # the parser reads as a verb in the base form under the preposition
    return opened == tok.i - 1 and opened > 0 and doc[opened - 1].pos_ == "PROPN" and tok.tag_ == "VB" \
        and tok.dep_ in ("pcomp", "pobj", "prep")


def _antecedent(tok, verb):
    """The noun a relative pronoun stands for ('a judge who was born in 1964' -> 'judge'), else ``tok``."""
    if verb.dep_ == "relcl" and tok.lower_ in RELATIVE_WORDS and tok.tag_ in ("WP", "WDT") and verb.head.pos_ in (
            "NOUN", "PROPN"):
        return verb.head
    return tok


def _subject_words(subj, verb, name_of: Callable | None) -> str:
    """The subject as a reader needs it: the name a pronoun or an apposition gives ('One of the justices,
    Antonin Scalia, died' -> 'Antonin Scalia died'), the noun a relative pronoun stands for."""
    named = _antecedent(subj, verb)
    if named.i == subj.i and name_of is not None and (name := name_of(subj)):
        return name
    appos = next((c for c in named.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"),
                 None)
    if appos is not None and named.ent_type_ != "PERSON":
        return _phrase(appos)
    return _phrase(named)


def _subject(verb):
    """The verb's subject nearest to it; a dateline ("PHILADELPHIA —") or a stray "_" is no subject."""
    cands = [c for c in verb.children if c.dep_ in _SUBJ and any(ch.isalnum() for ch in c.text)]
    doc = verb.doc
    good = [c for c in cands
            if not (c.i + 1 < len(doc) and doc[c.i + 1].text in ("—", "–", "--", "-", "(") and c.text.isupper())]
    if not good:
        return None
    before = [c for c in good if c.i < verb.i]
    return before[-1] if before else good[0]


def _prep_phrase(verb) -> str | None:
    """The first prepositional phrase of ``verb`` that is not a date ("on fire", "in Moscow")."""
    for c in verb.children:
        if c.dep_ not in ("prep", "agent") or c.ent_type_ in ("DATE", "TIME"):
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") and pobj.pos_ != "PRON" and pobj.lower_ not in ("other", "another"):
            return c.text + " " + _phrase(pobj, 5)
    return None


def clause_span(doc, verb) -> tuple[int, int]:
    """Character offsets of the sentence holding ``verb`` (the clause is the unit a reader checks)."""
    sent = verb.sent
    s, e = sent.start_char, sent.end_char
    text = doc_text(doc)
    # a sentence the parser ran across a line break: keep the line of the verb
    nl = text.rfind("\n", s, verb.idx)
    if nl != -1:
        s = nl + 1
    nl = text.find("\n", verb.idx, e)
    if nl != -1:
        e = nl
    while e > s and text[e - 1].isspace():
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e
