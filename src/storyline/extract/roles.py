"""A person's role as the article states it, next to the name.

Two constructions cover most news prose: a title before the name ("Latvian Foreign
Minister Jana Novak", "FM Piet Hendriks") and an apposition on
either side ("Anna Korhonen, the head of ...", "the head of ..., Anna
Korhonen"). A candidate is kept only when it contains a role noun (a list, or
a title-forming suffix: -ist, -ian, -man, -woman), so adjectives and stray nouns
("a blasé Mrs. Clinton", "in a way") are not taken for roles.
"""
from __future__ import annotations

import re

from ..doctext import doc_text, entity_of
from .cues import ORG_NOUNS, ROLE_NOUNS

_TITLE_POS = {"NOUN", "PROPN", "ADJ"}
_MAX_ROLE_TOKENS = 10
_NOT_NAME = {"VERB", "ADV", "ADP", "DET", "SCONJ", "CCONJ", "PART", "PRON", "AUX"}
_ROLE_SUFFIX = re.compile(r"[a-z]{3,}(?:ist|ian|man|woman|person|writer|maker|holder|leader|broker|rival|delegate)s?$")


def is_role_word(tok) -> bool:
    """A noun that names a function or an office: a listed role noun or a title suffix."""
    word = tok.lower_.strip(".")
    if word in ROLE_NOUNS or tok.lemma_.lower() in ROLE_NOUNS:
        return True
    return tok.pos_ in ("NOUN", "PROPN") and bool(_ROLE_SUFFIX.match(word)) and word not in ORG_NOUNS


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my"})


def _clean(tokens: list) -> list:
    while tokens and (tokens[0].dep_ in ("det", "cc", "punct", "case") or tokens[0].is_punct or tokens[0].is_space
                      or tokens[0].lower_ in _POSSESSIVE_PRONOUNS
                      or tokens[0].lower_ == "one" and tokens[1:2] and tokens[1].lower_ != "of"
                      or tokens[0].lower_ == "fellow" and len(tokens) > 1 and is_role_word(tokens[1])):
        # 'his top aide' -> 'top aide', 'One candidate, Marco Rubio' -> 'candidate', 'fellow Sen.' -> 'Sen.'
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ in ("cc", "case") or tokens[-1].lower_ == "the"
        or tokens[-1].dep_ == "prep" and not tokens[-1].n_lefts and not tokens[-1].n_rights
    ):
        tokens = tokens[:-1]  # (a preposition whose object the parser hung elsewhere: 'analyst and broker with')
    while len(tokens) > 1 and tokens[-1].lower_.strip(".") in HONORIFICS:
        tokens = tokens[:-1]  # 'National Security editor Dr. Sebastian Gorka': the honorific is the name's
    return tokens


def _text(tokens: list) -> str | None:
    if not tokens:
        return None
    doc = tokens[0].doc
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def is_role(tokens: list, head=None) -> bool:
    """Does this token run name a function? Its head (or any word) must be a role noun."""
    if head is not None and tokens and len(tokens) <= _MAX_ROLE_TOKENS and head.pos_ == "NOUN" and head.text.islower():
        return head.lower_ not in ORG_NOUNS and is_role_word(head)
    tokens = [t for t in tokens if not t.is_space]
    if not tokens or len(tokens) > _MAX_ROLE_TOKENS:
        return False
    return any(is_role_word(t) for t in tokens if t.pos_ in ("NOUN", "PROPN"))


def split_title(span) -> tuple[list, list]:
    """Split a name span that swallowed its title ("Press Secretary Maria Lopez")."""
    toks = list(span)
    cut = 0
    for k, t in enumerate(toks[:-1]):
        if k == 0 and len(toks) == 2 and t.lower_ in _FIRST_NAME_TITLES:
            continue  # 'Dean Baker': a first name before a lone surname, not a dean
        if not t.whitespace_:
            continue  # 'KING-TV': a word joined to the next is part of the name, not a title
        # a suffix title ("Comedian Sarah Silverman") only when a full name remains ("Christian Smith" stays)
        if t.lower_.strip(".") in _TITLE_WORDS or (
                span.label_ == "PERSON" and is_role_word(t) and len(toks) - k - 1 >= 2):
            cut = k + 1
    while cut < len(toks) - 1 and toks[cut].pos_ in _NOT_NAME:
        cut += 1  # "Entrusting Donald Trump": a verb the recogniser swallowed
    before = toks[cut - 1] if cut > 0 else (span.doc[span.start - 1] if span.start > 0 else None)
    if cut < len(toks) - 2 and toks[cut].lower_ in _PAGEANTS and before is not None and before.lower_ == "miss":
        cut += 1  # "Miss Universe Alicia Machado": the pageant is part of the title
    if span.label_ != "PERSON" and all(t.lower_ in ORG_NOUNS for t in toks[cut:]):
        # "the Republican Party": an organisation named after a role word, no title and a name
        cut = next((k for k, t in enumerate(toks) if t.pos_ != "DET"), 0)
    return toks[:cut], toks[cut:]


# titles that before a lone surname are more often a first name
_FIRST_NAME_TITLES = frozenset({"dean"})
_PAGEANTS = frozenset({"universe", "america", "world", "usa", "teen"})
# forms of address the recogniser sometimes takes into a name ("Ms Shah"): not part of it
HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "sir", "dame"})
_TITLE_WORDS = ROLE_NOUNS | HONORIFICS


def title_of_name(tok):
    """The title whose 'of' phrase a person's name ends ('Speaker of the House Rep. Paul Ryan': the
    parser hangs the name inside it), or None. The title is one capitalised role word; the words
    between are capitalised or 'the'/'of'/'and'. ('Supporters of Hillary Clinton' are no title.)"""
    doc = tok.doc
    name = entity_of(tok, ("PERSON",))
    if name is None or name.root.dep_ != "pobj" or name.root.head.lower_ != "of":
        return None
    prep = name.root.head
    title = prep.head
    if not (title.is_title and title.tag_ not in ("NNS", "NNPS")
            and (title.lower_ in ROLE_NOUNS or title.lemma_.lower() in ROLE_NOUNS)):
        return None
    between = doc[prep.i + 1 : name.start]
    return title if all(t.is_title or t.lower_ in ("the", "of", "and") or t.is_punct for t in between) else None


def title_before(span) -> str | None:
    """Title words right before a name: compounds and adjectives up to a determiner or comma."""
    tokens = _title_words(span)
    if tokens == [] and span.root.dep_ == "conj" and span.root.head.ent_type_ == "PERSON":
        first = entity_of(span.root.head)
        shared = _title_words(first) if first is not None and first.end <= span.start else None
        # 'candidates Hanna Berg and Tom Quint': a plural title is each one's role
        tokens = shared if shared and shared[-1].tag_ in _PLURAL_TAGS else None
    if not tokens or not is_role(tokens):
        return None
    return _singular(tokens) if tokens[-1].tag_ in _PLURAL_TAGS else _text(tokens)


_PLURAL_TAGS = ("NNS", "NNPS")


def _title_words(span) -> list | None:
    """The words before a name that may be its title ([] for none); None where they end a list
    ('19 delegates and Tom Quint')."""
    doc = span.doc
    title, name = split_title(span)
    k = span.start
    while k > 0 and span.start - k < _MAX_ROLE_TOKENS:
        t = doc[k - 1]
        if t.is_space and "\n" not in t.text:
            k -= 1
            continue
        if t.pos_ in _TITLE_POS or (t.pos_ == "CCONJ" and k - 2 >= 0 and doc[k - 2].pos_ in _TITLE_POS) or (
            t.text == "-" and t.whitespace_ == ""
        ) or _of_in_title(doc, k):
            if t.ent_type_ == "PERSON" or t.ent_type_ in ("DATE", "TIME", "CARDINAL"):
                break
            if _shouted(t) and k >= 2 and _shouted(doc[k - 2]):
                break  # 'DEADLY ISTANBUL EXPLOSION Turkish President X': a headline, no title (not 'CIA Director')
            if t.i == span.root.head.i and span.root.dep_ in ("dobj", "pobj", "nsubj", "attr"):
                break  # '— Count former President X among ...': a word that governs the name is no title of it
            if t.pos_ == "CCONJ" and all(w.lower_.strip(".") in HONORIFICS or w.is_space
                                         for w in list(doc[k : span.start]) + title):
                break  # 'the president and Mrs. Clinton': two people; 'Mrs.' is all her title
            if t.pos_ == "CCONJ" and doc[k - 2].pos_ == "PROPN" and not is_role_word(doc[k - 2]) and k >= 3 \
                    and not doc[k - 2].is_upper and doc[k - 3].lower_ != "of":
                break  # 'where Trump and Sen. Ted Cruz are': a name before 'and' is another person
            k -= 1
            continue
        break
    before = _clean(_own_phrase(list(doc[k : span.start]), span) + title)
    if before and before[0].pos_ == "CCONJ":
        before = before[1:]
    if not before:
        return []
    last = next((t for t in reversed(doc[k : span.start]) if not t.is_space), None)
    if last is not None and last.pos_ == "CCONJ" and not title:
        return None
    return before


def _own_phrase(words: list, span) -> list:
    """The longest run of the words before a name that belongs to the name's own phrase: each word
    hangs on a later one of them, on the name, or governs the name. 'The Congressional Black Caucus
    and Sen. Chuck Schumer' gives 'Sen.'; 'the last thing state Representative Ann Lee wants' gives
    'state Representative'; 'President and CEO Tom Quint' keeps both titles."""
    inside = set(range(span.start, span.end))
    if span.root.dep_ == "appos":  # 'New York (AFP) - actress Ann Lee': title and name both set beside one word
        inside.add(span.root.head.i)
    # (a list's first item is no title: 'The Civic League and Sen. X'; 'President and CEO X' is)
    # (nor the word a name is set beside when it names no role: 'at the party convention Sen. X')
    governor = span.root.head.i if span.root.dep_ not in ("conj", "appos") or is_role_word(span.root.head) else None
    for k in range(len(words)):
        run = words[k:]
        allowed = inside | {t.i for t in run}
        if all(t.is_space or t.head.i in allowed or t.i == governor for t in run):
            return run
    return []


def _of_in_title(doc, k: int) -> bool:
    """'Secretary of State', 'Bank of England Governor': 'of' between a title or body word and a
    capitalised word (not 'Tour of Britain winner')."""
    before = doc[k - 2] if k >= 2 else None
    return doc[k - 1].lower_ == "of" and before is not None and before.is_title and doc[k].is_title \
        and before.lower_ in _TITLE_WORDS | ORG_NOUNS


def _shouted(tok) -> bool:
    return tok.is_alpha and tok.is_upper and len(tok) >= 3


def _singular(tokens: list) -> str | None:
    """'presidential candidates' -> 'presidential candidate': the title of one of the people it names."""
    last = tokens[-1]
    word = last.lemma_ if last.text.islower() else last.lemma_[:1].upper() + last.lemma_[1:]
    head = _text(tokens[:-1]) if len(tokens) > 1 else ""
    gap = tokens[-2].whitespace_ if len(tokens) > 1 else ""
    return f"{head}{gap}{word}" if word and word != last.text else _text(tokens)


_SOME_OF = frozenset({"more", "most", "other", "some", "many", "several", "few", "both", "less"})


def _described_through_place(root):
    """The noun a name is in apposition to; for 'The head of the inquiry in Dar es Salaam, Ann Lee,' (the
    parser set the name beside the place that ends the description) the noun the description opens with."""
    head = root.head
    if head.pos_ == "PROPN" and head.ent_type_ in ("GPE", "LOC") and head.dep_ in ("pobj", "appos"):
        while head.dep_ in ("pobj", "prep") or head.dep_ == "appos" and head.ent_type_ in ("GPE", "LOC"):
            head = head.head  # ('The mayor of Springfield, Ohio, John Lake,')
    return head if head.pos_ == "NOUN" else None


_TIME_NOUNS = frozenset("time moment day week month year point era period".split())


def _timed(tok) -> bool:
    """A preposition whose object is a time with a clause: 'by the time her husband won', 'since the day it
    opened'; it dates the description, it is no part of the title."""
    return tok.dep_ == "prep" and any(c.dep_ == "pobj" and c.lemma_.lower() in _TIME_NOUNS
                                      and any(g.dep_ == "relcl" for g in c.children) for c in tok.children)


def apposition(span) -> str | None:
    """The common-noun apposition of a name, on either side of it."""
    root = span.root
    doc = span.doc
    head = _described_through_place(root) if root.dep_ == "appos" else None
    if head is not None:
        toks = [t for t in doc[head.left_edge.i : root.left_edge.i]]
        toks = _clean(toks)
        if head.tag_ == "NNS" and any(t.lower_ in _SOME_OF for t in toks):
            return None  # 'the more establishment candidates -- Rubio and Bush': a kind of people, not a title
        if is_role(toks, head):
            return _text(toks)
    for child in root.children:
        # the apposition follows the name ('Berg, the party's leader'); one the parser hung on it from
        # across the sentence ('Berg is ahead because of superdelegates, the party leaders') is not hers,
        # nor a plural ('more votes than Sanders, superdelegates who back him would ...')
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.left_edge.i <= span.end + 1 and child.tag_ != "NNS":
            # (nor a phrase whose clause says when: 'an activist by the time her husband won')
            toks = [t for t in child.subtree if t.dep_ != "relcl" and not _timed(t) and not any(
                a.dep_ == "relcl" or _timed(a) for a in t.ancestors if a.i > child.i)]
            toks = _clean(sorted(toks, key=lambda t: t.i))
            if is_role(toks, child):
                return _text(toks)
    return None


# words that say whom a person stands against, and so no role without the other ('Rival Hillary Clinton')
_RELATIONAL = frozenset({"rival", "opponent", "challenger", "contender"})


def role_of(span) -> str | None:
    """The role stated next to this name mention, or None."""
    role = title_before(span) or apposition(span)
    return None if role is not None and role.lower() in _RELATIONAL else role
