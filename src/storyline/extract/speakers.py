"""Who a mention refers to: the fullest name the article gives for a speaker.

The parser gives names (NER) but no coreference, and the small model gives no
gender. Resolution therefore works on the article's own evidence, in reading order:
a surname is matched to the full name given elsewhere, "he"/"she" to the most
recent person who was a subject or speaker and whose gender (from Mr./Mrs./Ms.,
the first name, or an earlier pronoun) does not contradict it -- never to a name
said inside quotation marks or in a prepositional phrase, "it"/"they" to the most recent
organisation, and a role noun ("the minister", "the group") to the latest
entity introduced with that word. Unnamed sources ("one man", "a witness")
resolve to nothing rather than to a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from spacy.tokens import Span

from ..clean.outlets import by_name as outlet_named
from ..doctext import doc_text, entity_of
from .cues import (
    FEMALE_NOUNS,
    FEMALE_TITLES,
    MALE_NOUNS,
    MALE_TITLES,
    MESSAGE_NOUNS,
    ORG_NOUNS,
    ORG_PRONOUNS,
    OUTLET_NOUNS,
    PEOPLE_NOUNS,
    PAGE_LABELS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLACE_ENTS,
    RELATIVE_WORDS,
    ROLE_NOUNS,
    SELF_NAMED_RE,
    UNNAMED_DETS,
    corporate,
    cue_type,
    named_with_legal_form,
    seat_word,
)
from .gender import gender_of_first_name, known_first_name
from .quote_common import in_dateline, tokens_in
from .quote_marks import DASHES, DOUBLE_MARKS, quote_token
from .roles import apposition, is_role_word, role_of, split_title, title_of_name

_SELF_NAMED = re.compile(SELF_NAMED_RE)
_POSS = re.compile(r"(?:['\u2019]s?)$")
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_SUBJ = {"nsubj", "nsubjpass"}


@dataclass
class Entity:
    name: str
    kind: str  # person | org
    role: str | None = None
    words: set[str] = field(default_factory=set)
    label: str = ""  # NER label of the first mention (GPE: a place speaking as its government)
    gender: str | None = None  # "m" | "f" from a title, a first name or a bound pronoun
    age: int | None = None  # "Maria Lopez, 34," or "34-year-old Maria Lopez": later "the 34-year-old"

    def tokens(self) -> list[str]:
        return name_tokens(self.name)

    def surname(self) -> str:
        """The family name: the last word, before a generation's mark ('Brent Bozell III' is a Bozell)."""
        toks = self.tokens()
        return toks[-2] if len(toks) > 2 and toks[-1] in _GENERATIONS else toks[-1]


def name_tokens(name: str) -> list[str]:
    """Lower-cased words of a name, apostrophes made straight ('James O’Neill' is later 'O'Neill')."""
    return name.lower().translate(_STRAIGHT_APOSTROPHES).split()


_GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_STRAIGHT_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@dataclass
class Resolution:
    entity: Entity | None
    span: tuple[int, int]
    name: str | None = None  # for unregistered names (self-named sources)
    kind: str = "person"
    words: set[str] = field(default_factory=set)  # role words of an unregistered name


# capitalised words of clocks, calendars, places and titles that never make a personal name
_NOT_NAME_WORDS = frozenset(
    """time standard daylight eastern western pacific central mountain street avenue road square day
    week news post times journal herald tribune press daily weekly review people voters""".split()
)


# 'Interior Minister', 'Latvian Foreign Minister', 'Minister of Defence' (not 'Prime Minister')
_MINISTER_RE = re.compile(r"\b((?:[A-Z][a-z]+ )+)(?<!Prime )Minister\b|\bMinister of ((?:[A-Z][a-z]+ ?)+)")


def _title_gender(doc, ent, name_toks) -> str | None:
    """'m' or 'f' from Mr./Mrs./Ms. before or inside a name mention."""
    before = doc[ent.start - 1].lower_.strip(".") if ent.start > 0 else ""
    inner = [t.lower_.strip(".") for t in ent[: len(ent) - len(name_toks)]]
    for word in [before] + inner:
        if word in MALE_TITLES:
            return "m"
        if word in FEMALE_TITLES:
            return "f"
    return None


def _said_form(low: str) -> bool:
    """A past form of a verb of speech ('stated', 'continued', 'said')."""
    return low in ("said", "wrote", "told") or len(low) > 4 and low.endswith("ed") and "speech" in (
        cue_type(low[:-1]), cue_type(low[:-2]))


def _clean_name(text: str) -> str:
    parts = [p.strip() for p in re.split(r"\n+|\s[-\u2013\u2014]+\s", text) if p.strip()]
    if len(parts) > 1:  # "BERLIN - Donald Trump", "State Department - before": one part is the name
        named = [p for p in parts if re.sub(r"^the\s+", "", p)[:1].isupper()
                 and not (len(p) >= 4 and p.replace(" ", "").isupper())]
        text = named[0] if named else parts[-1]
    text = _POSS.sub("", text.strip())
    first, _, rest = text.partition(" ")
    if rest and first.istitle() and _said_form(first.lower()):
        text = rest  # 'Stated Stone', where the recogniser took the verb opening the line into the name
    outlet = outlet_named(text)
    if outlet is not None and outlet.name.startswith("The ") and len(outlet.name.split()) == 2 \
            and text.lower() == outlet.name.lower():
        return outlet.name  # 'The Hill reported': a one-word name keeps its article ('Wall Street Journal' needs none)
    text = re.sub(r"^(?:the|The)\s+", "", text)
    return text.strip(" ,.;:")


_AFTER_POSSESSIVE = re.compile(r"[\u2019']s\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)$")


def _not_a_name(name: str) -> bool:
    """A capitalised word that only a headline's capitals make look like a name ('Anchor Expressed
    Fear ...'), or words cut across a quotation mark ('"Broad City" Star Asked ...')."""
    return any(c in DOUBLE_MARKS for c in name) or " " not in name and name.lower() in PERSON_NOUNS | ROLE_NOUNS


_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|HD))?")  # a US broadcaster: 'KING-TV', 'WNYC'


def _shouted(name: str) -> bool:
    """A dateline ('WASHINGTON') or a headline in capitals, not a speaker's name; a station's call
    sign ('KING-TV') is one, and so is a firm's with its legal form ('N.V. DSM')."""
    return name.isupper() and len(name) > 5 and not _CALL_SIGN.fullmatch(name) \
        and not any(corporate(w) for w in name.split())


# the legal form closing a firm's name ('Sun Microsystems Inc.', 'Provigo Ltd', 'Esselte AB')
def _looks_org(words: list[str]) -> bool:
    return any(w.lower() in ORG_NOUNS for w in words) or bool(words) and corporate(words[-1])


def _is_firm(entity: Entity) -> bool:
    """An organisation named with its legal form ('Sun Microsystems Inc', 'N.V. DSM')."""
    return entity.kind == "org" and named_with_legal_form(entity.name.split())


_PRON_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _apposition_heads(ent) -> list:
    """The common nouns in apposition to an entity, either side of it ('Xinhua, the news agency')."""
    root = ent.root
    nouns = [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []
    return nouns + [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]


def _apposed_body(ent, name_tokens: list) -> bool:
    """'Xinhua, the official news agency, wrote': a name in apposition to an organisation noun (and
    to no role, and not opening with a first name) is a body, which no later 'he' or 'she' means."""
    lemmas = [n.lemma_.lower() for n in _apposition_heads(ent)]
    return bool(lemmas) and lemmas[0] in ORG_NOUNS and not any(w in ROLE_NOUNS for w in lemmas) \
        and gender_of_first_name(name_tokens[0].text) is None


def _apposed_nouns(ent) -> set[str]:
    """Common nouns standing in apposition to an entity, with their modifiers' nouns."""
    return {t.lemma_.lower() for n in _apposition_heads(ent) for t in n.subtree
            if t.pos_ == "NOUN" and not (ent.start <= t.i < ent.end)}


def pronoun_gender(word: str) -> str | None:
    return _PRON_GENDER.get(word.lower())


class SpeakerIndex:
    """Names and their mentions in one parsed document, for resolving speakers.

    ``quoted``: character spans inside quotation marks. A name said inside a quote
    is not a mention an outside pronoun can refer to ("She continued, 'I am proud of
    Bernie'" is not Bernie).
    """

    def __init__(self, doc, quoted: list[tuple[int, int]] | None = None):
        self.doc = doc
        self.quoted = quoted or []
        self.entities: list[Entity] = []
        self.by_ent: dict[int, Entity] = {}  # ent start token -> entity
        # (char, entity, salience): 0 none, EMBEDDED a subject inside another clause, MAIN a main-clause subject
        self.mentions: list[tuple[int, Entity, int]] = []
        self.weak: set[int] = set()  # chars of mentions a pronoun may not take (quoted, prepositional object)
        text = doc_text(doc)
        ents = list(doc.ents)
        for k, ent in enumerate(ents):
            if ent.label_ not in ("PERSON", "ORG", "GPE") or in_dateline(text, ent.start_char):
                continue  # a dateline's place is where the story was filed, not an actor
            if k and ents[k - 1].end == ent.start and ents[k - 1].label_ == "PERSON" and ents[k - 1][-1].text in _PARTICLES:
                continue  # the rest of 'Ursula von der' + 'Leyen', registered with its first part
            if ent.label_ == "PERSON" and ent[-1].text in _PARTICLES and k + 1 < len(ents) and ents[k + 1].start == ent.end:
                whole = self._register(Span(doc, ent.start, ents[k + 1].end, label="PERSON"))
                if whole is not None:
                    self.by_ent[ents[k + 1].start] = whole
                continue
            ent = _with_untagged_surname(ent)
            if k + 1 < len(ents) and self._shares_surname(ent, ents[k + 1]):  # 'Khizr | and Ghazala Khan'
                self._register(ent, surname=ents[k + 1][-1].text)
                continue
            self._register(ent)
        self._untagged_surnames()
        self._firms_called_people()
        self._unnamed_introduced()

    # -- building -------------------------------------------------------------
    def _untagged_surnames(self) -> None:
        """'Patty Judge ...' then 'Judge doesn't have ...': a subject the recogniser missed is still
        a mention of the person with that surname, so a 'she' after it is her."""
        found = False
        for tok in self.doc:
            # (also one the tagger took for a word: 'Trump, later alleging ..., said' tagged an adjective)
            if tok.ent_iob_ != "O" or tok.pos_ not in ("PROPN", "ADJ", "NOUN") or tok.dep_ not in _SUBJ \
                    or not tok.text[:1].isupper() or tok.pos_ != "PROPN" and not tok.text[1:].islower() \
                    or any(c.dep_ == "compound" for c in tok.children) \
                    or self._quoted_at(tok.idx):
                continue
            person = self._by_surname(tok.text)
            if person is not None and tok.pos_ == "NOUN" and not known_first_name(person.name.split()[0]):
                person = None  # ('Women have become ...' is no 'International Women' the recogniser made a person)
            if person is not None:
                self.mentions.append((tok.idx, person, _salience(tok)))
                found = True
        if found:
            self.mentions.sort(key=lambda m: m[0])

    def _unnamed_introduced(self) -> None:
        """'begging a woman who claimed to be undecided ... she said he had her vote': a man or woman the
        article brings in unnamed ('a woman', 'one man') is who a later 'she' or 'he' may be, so the
        pronoun is not the last named woman. (Not 'Clinton, a woman who ...', 'she is a mother', nor 'a plane
        unusual for a man of his wealth': a kind of person, not one.)"""
        for tok in self.doc:
            if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") \
                    and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in tok.children) \
                    and not self._quoted_at(tok.idx):
                self.note_unnamed(tok, tok.idx)

    def _firms_called_people(self) -> None:
        """'Twitter said threats had long been against its terms ... It added': a one-word name the recogniser
        calls a person, whose own clause speaks of it as 'its', which nothing makes a man or a woman and no one
        named in full bears as a surname, is a company, so a later "it" can be it."""
        candidates = [e for e in self.entities if e.kind == "person" and e.gender is None and len(e.tokens()) == 1
                      and not known_first_name(e.name) and not self._full_namesakes(e.name)]
        if not candidates:
            return
        subjects: dict[str, list] = {}
        for tok in self.doc:
            if tok.dep_ == "nsubj":
                subjects.setdefault(tok.text, []).append(tok)
        for entity in candidates:
            if any(self._called_its(tok) for tok in subjects.get(entity.name, ())):
                entity.kind = "org"

    def _called_its(self, subject) -> bool:
        """The subject's clause says 'its' (outside quotation marks) and no he, she, his or her."""
        words = {t.lower_ for t in subject.head.subtree if not self._quoted_at(t.idx)}
        return "its" in words and not words & {"he", "she", "his", "her", "him", "hers"}

    def _shares_surname(self, ent, nxt) -> bool:
        """'Khizr and Ghazala Khan', 'Bill and Hillary Clinton': a lone first name joined by 'and' to a
        full name is that family's member (not when it is the surname of someone already named)."""
        doc, first = self.doc, ent[0]
        if len(ent) != 1 or ent.label_ != "PERSON" or nxt.label_ != "PERSON" or len(nxt) not in (2, 3) \
                or nxt.start != ent.end + 1 or doc[ent.end].lower_ != "and":
            return False
        return nxt.root.dep_ == "conj" and nxt.root.head.i == first.i and first.is_title \
            and first.lower_ != nxt[-1].lower_ and gender_of_first_name(nxt[0].text) is not None \
            and not self._with_surname(first.text)

    def _kind(self, ent, name_tokens: list) -> str:
        words = [t.text for t in name_tokens]
        if _looks_org(words) or _apposed_body(ent, name_tokens):
            return "org"
        if ent.label_ == "PERSON":
            return "person"
        if ent.label_ == "ORG" and 2 <= len(name_tokens) <= 4 and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and t.ent_type_ != "GPE"
            and t.lower_ not in _NOT_NAME_WORDS or 0 < k < len(name_tokens) - 1 and t.text in _PARTICLES
            for k, t in enumerate(name_tokens)
        ) and (len(name_tokens) <= 3 or any(t.text in _PARTICLES for t in name_tokens)) \
                and not (name_tokens[-1].tag_ == "NNPS" and name_tokens[-1].lower_[:-1] in PEOPLE_NOUNS):
            return "person"  # the small model often labels foreign personal names ORG (not 'United Mine Workers')
        return "org"

    def _register(self, ent, surname: str | None = None) -> Entity | None:
        """Add a name mention; ``surname``: the family name it shares with the name after it."""
        title, name_toks = split_title(ent)
        firm = bool(name_toks) and corporate(name_toks[-1].text)  # "Hudson's Bay Co.", 'Anheuser-Busch Cos.'
        cut = next((k for k, t in enumerate(name_toks) if k and (t.pos_ in ("VERB", "AUX", "PART", "ADP", "SCONJ")
                                                                 and not _name_link(name_toks, k)
                                                                 and not (firm and (t.tag_ == "POS"
                                                                                    or corporate(t.text)))
                                                                 or t.text in (":", "|") or "\n" in t.text)), None)
        if cut is not None:  # a headline's 'Ted Cruz Refuses To ...' or 'Judicial Watch: State ...' tagged as one name
            name_toks = name_toks[:cut]
        if len(name_toks) > 1 and name_toks[0].is_sent_start and name_toks[0].lower_.endswith("ing") \
                and not known_first_name(name_toks[0].text):
            name_toks = name_toks[1:]  # 'Injecting Clinton's marital troubles into the campaign is ...'
        if not name_toks:
            return None
        first = _particle_start(self.doc, name_toks[0].i) if ent.label_ == "PERSON" else name_toks[0].i
        if ent.label_ != "PERSON" and first > 0 and self.doc[first - 1].lower_ == "the":
            first -= 1  # ('The Hill reported': an outlet keeps its article; _clean_name drops any other)
        name = _clean_name(doc_text(self.doc)[self.doc[first].idx : name_toks[-1].idx + len(name_toks[-1].text)])
        surname = surname or self._family_surname(ent, name_toks)
        if surname:
            name = f"{name} {surname}"
        if not name or not any(c.isalpha() for c in name) or _shouted(name):
            return None  # datelines and shouted headlines are not speakers
        if all(_POSS.sub("", w).lower().strip("’'") in PAGE_LABELS for w in name.split()):
            return None  # "Editor's Note:", "Update:": page furniture, not a person
        kind = self._kind(ent, name_toks)
        # a surname the NER calls an organisation ('Djokovic laughed') is the person of that surname,
        # even where a headline made it an organisation first
        person = self._by_surname(name) if len(name.split()) == 1 and kind == "org" and \
            (ent.label_ == "ORG" or ent.label_ == "GPE" and self._called_by_surname(name)) and not _looks_org([name]) else None
        if title and title[0].lower_.strip(".") in _ROYAL_TITLES and person is None and kind == "person":
            # 'King Hussein of Jordan' after 'Saddam Hussein': a monarch is named by his given name, no surname,
            # and is known by it with the title
            name = f"{' '.join(t.text for t in title)} {name}"
            entity = next((e for e in self.entities if e.tokens() == name_tokens(name)), None)
        else:
            entity = person or self._match(name, kind, gender=_title_gender(self.doc, ent, name_toks),
                                           char=ent.start_char)
        if entity is not None and kind == "person" and len(entity.tokens()) == 1 and len(name_toks) >= 2 \
                and entity.gender and gender_of_first_name(name_toks[0].text) not in (None, entity.gender):
            entity = None  # 'Trump ... he' then 'Ivanka Trump': another person of that surname, not a fuller name
        if person is not None:
            kind = person.kind
        elif entity is None and len(name.split()) == 1 and kind == "org":
            entity = self._match(name, "person")
            kind = entity.kind if entity is not None else kind
        if entity is None:
            entity = Entity(name=name, kind=kind, label=ent.label_)
            self.entities.append(entity)
        elif len(name.split()) > len(entity.name.split()) and kind == entity.kind:
            entity.name = name  # the fuller form wins
        elif kind == "person" and entity.kind == "org" and entity.label == "ORG" and ent.label_ == "PERSON" and \
                len(entity.tokens()) == 1 and not _looks_org([entity.name]) and self._count(entity) < 3:
            # 'Brafman' tagged an organisation first, a person since: a surname ('Carrier', an
            # organisation named again and again, stays one when the recogniser once calls it a person)
            entity.kind = "person"
        entity.words |= {w.lower() for w in name.split()}
        in_quote = self._quoted_at(ent.start_char)
        role = role_of(ent) if ent.label_ != "GPE" and not in_quote else None  # a chant of "President X" gives no role
        if role and kind == "person" and len(name.split()) == 1 and len(self._with_surname(name)) > 1:
            role = None  # 'President Clinton' where Bill and Hillary Clinton are both named: whose title is unclear
        if role and not entity.role and kind == "person":
            entity.role = role
        if role and (kind == "person" or any(w.lower() in ORG_NOUNS or w.lower() in ROLE_NOUNS for w in role.split())):
            said = {_POSS.sub("", w.lower()).strip(".,") for w in role.split()}
            entity.words |= said | {_ABBREV_TITLES[w] for w in said if w in _ABBREV_TITLES}  # 'Gov.': 'the governor'
        if kind == "org":  # "the monitoring group X" / "X, a rights group": later "the group" is X
            entity.words |= _apposed_nouns(ent)
        self.by_ent[ent.start] = entity
        # (a name in apposition to a pronoun is what 'she' is likened to: 'she is caricatured: Lady Macbeth')
        # ('the operative and Marine John Tiegen found ...': a coordinated subject acts too)
        salient = (ent.root.dep_ in _SUBJ or (ent.root.dep_ in ("appos", "conj") and ent.root.head.dep_ in _SUBJ
                                              and ent.root.head.pos_ != "PRON") or _cleft_focus(ent.root)
                   or _before_dashed_aside(ent) or _asked_a_question(ent.root)) \
            and not _gerund_subject(ent.root) and not _compared_subject(ent.root)
        # 'for the United States to meet the target it pledged'; 'he was joined by Ann Hogue. She said ...'
        acts = infinitive_subject(ent.root) or _passive_agent(ent.root)
        if kind == "person":
            self._learn_gender(entity, ent, name_toks, salient)
            entity.age = entity.age or _stated_age(ent)
        topic = kind == "person" and not in_quote and _topic_possessor(ent.root)
        if in_quote or ent.root.dep_ in ("pobj", "poss", "compound") and not acts and not topic:
            self.weak.add(ent.start_char)
            salient = False
        salience = MAIN if _introduced(ent.root) or topic else _salience(ent.root) if salient else EMBEDDED if acts else 0
        self.mentions.append((ent.start_char, entity, salience))
        return entity

    def _family_surname(self, ent, name_toks: list) -> str | None:
        """A first name set beside a relative of a named person ('Clinton's husband, Bill,') or of the person
        a pronoun refers to ('his wife, Jane,') is of that family."""
        family = _kin_of(ent, name_toks)
        if family is None or family.pos_ == "PROPN":
            return family.text if family is not None else None
        gender = pronoun_gender(family.lower_)
        person = self._latest(family.idx, "person", gender=gender) if gender else None
        return person.name.split()[-1] if person is not None and len(person.tokens()) > 1 else None

    def _learn_gender(self, entity: Entity, ent, name_toks: list, salient: bool) -> None:
        """Mr./Mrs./Ms. before the name, else the first name, else a pronoun that can only be this subject."""
        doc = self.doc
        titled = _title_gender(doc, ent, name_toks)
        if titled:
            entity.gender = titled
            return
        if entity.gender is None and len(name_toks) >= 2:
            entity.gender = gender_of_first_name(name_toks[0].text)
        if entity.gender is None and salient:
            # "Lopez defended her record": the only person in the sentence, a pronoun in her clause
            sent = ent.sent
            # (the subject may be a surname the recogniser called an organisation: 'Christie blamed Clinton for her ...')
            if not any(e.label_ in ("PERSON", "ORG") and e.start != ent.start for e in sent.ents):
                verb = ent.root.head
                found = {pronoun_gender(t.text) for t in verb.subtree if t.pos_ == "PRON" and not ent.start <= t.i < ent.end
                         and not self._quoted_at(t.idx)}  # not the 'she' of a question put to him
                found.discard(None)
                if len(found) == 1:
                    entity.gender = found.pop()

    def _match(self, name: str, kind: str, gender: str | None = None, char: int | None = None) -> Entity | None:
        """The known entity this name (at ``char``) refers to; ``gender`` from a title ('Mrs. Clinton' is not Bill)."""
        toks = name_tokens(name)
        best = exact_other = None
        for e in reversed(self.entities):
            et = e.tokens()
            if et == toks:
                if e.kind == kind or kind != "person":
                    return e
                # a headline's 'Quint wins Ohio' made 'Quint' a place; the person 'Sen. Tom Quint' named since is meant
                exact_other = exact_other or e
                continue
            if kind == "person" and e.kind == "person":
                # surname or a shorter/longer form of the same name ("Von der Leyen"); of two people
                # with one surname ("Ted Cruz", "Heidi Cruz") the one mentioned more often
                if toks[-1] in (et[-1], e.surname()) and (len(toks) == 1 or len(et) == 1 or toks[0] == et[0]
                                           or et[-len(toks):] == toks and (toks[0] in _PARTICLES or _surname_of(toks, et))
                                           or toks[-len(et):] == et and (et[0] in _PARTICLES or _surname_of(et, toks))):
                    # a title's gender first ('Mr. Trump' is Donald, not Ivana), then one of no other
                    # gender ('Mr. Khan' is Khizr, not Ghazala Khan), then the most mentioned
                    if best is None or self._fit(e, gender, char) > self._fit(best, gender, char):
                        best = e
        if best is None and exact_other is not None:
            return exact_other
        if best is None and kind == "person" and len(toks) == 1:
            # "Xi" for Xi Jinping, "Lula" for Luiz Inacio Lula da Silva: a word of one known name only
            holders = [e for e in self.entities if e.kind == "person" and toks[0] in e.tokens()[:-1]
                       and (len(e.tokens()) > 2 or e.label == "PERSON" and toks[0] == e.tokens()[0])
                       and toks[0] not in _LINK_WORDS]  # (not 'Trump' for a headline's 'Trump Train')
            if len(holders) == 1:
                best = holders[0]
        if best is None and kind == "org":
            # 'Sun' for Sun Microsystems Inc., 'Provigo' for Provigo Inc.: the opening words of one firm's name
            firms = [e for e in self.entities if _is_firm(e) and len(e.tokens()) > len(toks)
                     and e.tokens()[:len(toks)] == toks]
            if len(firms) == 1:
                best = firms[0]
        return best

    def _fit(self, entity: Entity, gender: str | None, char: int | None) -> tuple[bool, bool, bool, int]:
        """How well a known person fits a name said at ``char`` with a title of ``gender``."""
        return (bool(gender) and entity.gender == gender, not (gender and entity.gender and entity.gender != gender),
                self._acted_just_before(entity, char), self._count(entity))

    def _by_surname(self, word: str) -> Entity | None:
        """The person with this surname, the most mentioned of several."""
        return max(reversed(self._full_namesakes(word)), key=self._count, default=None)

    def _full_namesakes(self, word: str) -> list[Entity]:
        """The people named so far in full (two words or more) whose last name is this word's."""
        return [e for e in self._with_surname(word) if len(e.tokens()) > 1]

    def _called_by_surname(self, word: str) -> bool:
        """The article already named a person by this surname alone ('Bloomberg's entry'): the recogniser
        calling it a place elsewhere ('Bloomberg has an impressive résumé') is then a slip."""
        text, end = doc_text(self.doc), len(word)
        people = {id(e) for e in self._full_namesakes(word)}
        return any(id(e) in people and text.startswith(word, m) and not text[m + end : m + end + 1].isalpha()
                   for m, e, _ in self.mentions)

    def _quoted_at(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.quoted)

    def _with_surname(self, word: str) -> list[Entity]:
        """The people named so far whose last name is this word's."""
        surname = name_tokens(word)[-1]
        return [e for e in self.entities if e.kind == "person" and e.surname() == surname]

    def _count(self, entity: Entity) -> int:
        return sum(1 for m in self.mentions if m[1] is entity)

    def _acted_just_before(self, entity: Entity, char: int | None, since: int | None = None) -> bool:
        """The person was the subject of a main clause in the few sentences before ``char`` (or from ``since``
        on): 'Ann Smith, mother of soldier Tom Smith, rejected it. "...," Smith said.' is Ann, though Tom was
        named as often."""
        if char is None:
            return False
        lo = char - _RECENT if since is None else since - 1
        return any(m[1] is entity and m[2] == MAIN and lo < m[0] < char for m in self.mentions)

    def _campaign_of_last_subject(self, token, found: Entity) -> str | None:
        """'Trump's campaign said ... Clinton plans to call on ... The campaign says ...': the candidate named as
        the subject of the sentence just before owns 'the campaign'; the name of that campaign, when the
        campaign named last is someone else's and the article names hers too (one who is no candidate has
        none), else None."""
        before = _sentence_before(token)
        if before is None:
            return None
        subject = next((c for c in before.root.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"), None)
        person = self.entity_at(subject) if subject is not None else None
        if person is None or person.kind != "person" or not person.name or person.words & found.words:
            return None
        theirs = next((t for t in self.doc if t.lower_ == token.lower_ and any(
            c.dep_ == "poss" and any(x.lower_ in person.words for x in c.subtree) for c in t.children)), None)
        return doc_text(self.doc)[theirs.left_edge.idx : theirs.idx + len(theirs.text)] if theirs is not None else None

    def named_subject(self, token) -> str | None:
        """The name of the person a subject 'he' or 'she' outside quotation marks stands for, or None; see
        :func:`person_named_by` for when a name is safe."""
        if token.lower_ not in ("he", "she") or token.dep_ not in _SUBJ or self._quoted_at(token.idx):
            return None
        verb, found = token.head, None
        before = _sentence_before(token)
        if verb.dep_ == "ROOT" and before is not None:
            found = self.resolve(token).entity  # (acting in the sentence before, or this one)
            if found is not None and not self._acted_just_before(found, token.idx, since=before.start_char):
                found = None
        elif verb.dep_ == "advcl" and verb.i > verb.head.i:
            main = next((c for c in verb.head.children if c.dep_ in _SUBJ and c.i < verb.i), None)
            found = self.entity_at(main) if main is not None and main.ent_type_ == "PERSON" else None
            if found is not None and found.gender not in (None, pronoun_gender(token.lower_)):
                found = None
        return found.name if found is not None and found.kind == "person" and found.name else None

    # -- resolving ------------------------------------------------------------
    def _ministry_of_minister(self) -> str | None:
        """The one ministry the article's ministers head ('Interior Minister' -> 'Interior Ministry',
        'Minister of Defence' -> 'Ministry of Defence'); None when there are none or several."""
        names = set()
        for e in self.entities:
            m = _MINISTER_RE.search(e.role or "") if e.kind == "person" else None
            if m:
                names.add(f"{m[1]}Ministry" if m[1] else f"Ministry of {m[2].strip()}")
        return names.pop() if len(names) == 1 else None

    def _holder_just_before(self, title: str, token, found: Entity) -> Entity:
        """Of several people named with a title ('the senator'), the one the sentences just before were
        about: a holder of it, else a person given no office ('Rubio stopped by his headquarters. Walking
        in, the senator said ...'), when the last holder named has not acted since."""
        char = token.idx
        person = self._latest(char, "person")
        if person is None or person is found or not self._acted_just_before(person, char):
            return found
        if title in person.words:
            return person
        focal = self._focal_person(token, title) if title in _FOCAL_TITLES else None
        return focal if focal is person and not self._acted_just_before(found, char) else found

    def _outlet_just_named(self, char: int) -> Entity | None:
        """The news outlet (a known one) named in the sentences just before ``char``, or None."""
        for pos, ent, _ in reversed(self.mentions):
            if pos >= char:
                continue
            if char - pos > _RECENT:
                return None
            if ent.kind == "org" and ent.name and outlet_named(ent.name) is not None:
                return ent
        return None

    def _body_just_named(self, token) -> Entity | None:
        """The organisation that spoke or acted in the sentence before ``token`` (or in its own, before it),
        when no one else did there and the only one named there; else None ('the group' may be people
        the recogniser did not name: 'spoke out at City Council hearings. ... the group collaborated')."""
        sent = token.sent
        start = token.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        here = [(ent, salience) for pos, ent, salience in self.mentions if start <= pos < token.idx and ent.name
                and not self._quoted_at(pos) and ent.label not in PLACE_ENTS]
        body = _the_only([ent for ent, _ in here])
        if body is None or not any(salience for _, salience in here) or body.kind != "org" or body.label != "ORG":
            return None
        return body

    def _firm_just_named(self, char: int) -> Entity | None:
        """The firm (a name with its legal form: 'Inc.', 'Corp.', 'AB') that last spoke or acted before ``char``;
        None when another firm was named in a sentence since ('... competition from International Business
        Machines Corp. ... the company said' may be either firm). A firm named in the sentence where the firm
        spoke ('Coda Energy Inc. said it arranged a facility with NCNB Corp. The Dallas concern said') is what
        it spoke of, not the next sentence's subject."""
        named_since: list[tuple[int, Entity]] = []  # (the firm's own name as a possessor does not count:
        for pos, ent, salient in reversed(self.mentions):  # "Sun's results were better. ... the company said")
            if pos >= char or ent.label != "ORG" or not _is_firm(ent) or self._quoted_at(pos):
                continue
            if salient:
                start = self._sentence_start(pos)
                return None if any(other is not ent and self._sentence_start(p) != start
                                   for p, other in named_since) else ent
            named_since.append((pos, ent))
        return None

    def _focal_person(self, token, lemma: str) -> Entity | None:
        """'Reid would not say ... The minority leader said flatly': a title no one named so far holds
        is the person the last sentences were about, if the article gave that person no other office."""
        char = token.idx
        gender = "f" if lemma.endswith("woman") or lemma in FEMALE_NOUNS else "m" if lemma.endswith("man") else None
        person = self._latest(char, "person", gender=gender)
        if person is None or not person.name or person.label not in ("PERSON", "") \
                or not self._acted_just_before(person, char):
            return None  # (not a place the recogniser once took for a person: 'the businessman' is no Israel)
        if lemma in _REDESCRIBING and token.dep_ in _SUBJ and token.head.dep_ in ("advcl", "ccomp") and any(
                m[1] is person and m[2] and token.sent.start_char <= m[0] < char for m in self.mentions):
            return None  # ('the senator called on ... after the billionaire mogul claimed', 'Mr. Trump took on Hillary
            # Clinton after the Democratic front-runner had said', 'he focused on Clinton, saying that the Democratic
            # front-runner failed to ...': who acts in the sentence is not the one a clause in it describes anew; but
            # 'Cruz said that he was the lone candidate who ...' says who he is)
        held = _offices_held(person)
        # (a calling is no office holder's: 'Prime Minister Netanyahu ... before the billionaire developer called')
        if lemma in _STANDING and held:
            # ('Trump called on Mayor de Blasio ... De Blasio disbanded the unit. "...," the Republican presidential
            # candidate said': the mayor acted last, but a candidate is likelier the one man with no office who
            # acted just before; with several such, no one)
            free = {id(m[1]): m[1] for m in self.mentions
                    if m[1] is not person and m[1].kind == "person" and m[1].name and m[2] == MAIN
                    and not _offices_held(m[1])
                    and char - _RECENT < m[0] < char}
            if free:
                return next(iter(free.values())) if len(free) == 1 else None
        return person if lemma in _STANDING or not held else None

    def note_unnamed(self, token, char: int) -> None:
        """'said the woman, who did not want to be named', 'said one voter': a person the article
        leaves unnamed takes the pronouns after it, so a later 'she said' is not the last named woman;
        so does an unnamed report ('the report said. It added ...': not the last body named)."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.tag_ == "NNS":
            return
        if lemma in _WRITTEN:  # 'the congressional report said ... It accused the FDIC': the report, unnamed
            self._mention(char, Entity(name="", kind="org"), MAIN)
            return
        gender = "f" if lemma in FEMALE_NOUNS else "m" if lemma in MALE_NOUNS else None
        if gender is None:
            return  # 'one voter' takes no 'he' or 'she' of its own: the pronoun may be the candidate asked
        self._mention(char, Entity(name="", kind="person", gender=gender), MAIN)

    def note_speaker(self, entity: Entity, char: int, token=None) -> None:
        """A resolved speaker is salient for later pronouns: as a main-clause subject, unless ``token``
        (the speaker's word) is the subject of a report inside another clause ('Carson turned on the
        Post, pointing out that its Robert Costa had reported ... He said': still Carson)."""
        self.weak.discard(char)
        self._mention(char, entity, EMBEDDED if token is not None and _reports_within(token) else MAIN)

    def _mention(self, char: int, entity: Entity, salience: int) -> None:
        """Add a mention found after the names were read, keeping the mentions in text order."""
        self.mentions.append((char, entity, salience))
        self.mentions.sort(key=lambda m: m[0])

    def _latest(
        self, char: int, kind: str, word: str | None = None, plural: bool = False, gender: str | None = None,
        others: list[Entity] | None = None,
    ) -> Entity | None:
        """The entity a word at ``char`` refers to; ``others``: people it cannot be."""
        fallback = embedded = agreeing = None
        agreeing_pos = -1
        for pos, ent, salient in reversed(self.mentions):
            if pos >= char or ent.kind != kind and (word is None or kind) or any(ent is e for e in others or ()):
                continue
            if embedded is not None and pos < embedded[1]:
                return embedded[0]  # no main-clause subject in the embedded subject's sentence
            if kind == "person" and (pos in self.weak or (gender and ent.gender and ent.gender != gender)):
                continue  # a name inside a quote or a prepositional object, or the other gender
            if not ent.name:  # an unnamed speaker takes a pronoun, unless a person was named after it
                if kind == "person" and word is None:
                    return fallback if fallback is not None and fallback.label == "PERSON" else ent
                if kind == "org" and word is None and not plural:
                    return ent  # 'the report said ... It added': the unnamed report
                continue
            if kind == "org" and word is None:
                # "it"/"they" only for an organisation that spoke or acted, never a place for "they"
                if salient and not (plural and ent.label == "GPE"):
                    other = self._plural_subject_between(pos, char, ent) if plural \
                        else self._new_body_between(pos, char, ent)
                    return None if other else ent
                continue
            if word is not None:
                if word in ent.words:
                    return ent
                continue
            if salient == EMBEDDED and kind == "person" and word is None:
                # 'Khalif said Donald Trump is a bigot. But he said ...': the subject of the main
                # clause before one inside what was said, or inside 'pushing for X to ...'
                if embedded is None:
                    embedded = (ent, self._sentence_start(pos))
                continue
            if salient:
                if agreeing is not None and self._newer_person(agreeing, agreeing_pos, pos, char):
                    return agreeing
                return ent
            fallback = fallback or ent
            if agreeing is None and kind == "person" and gender and ent.gender == gender and ent.label == "PERSON":
                agreeing, agreeing_pos = ent, pos
        return embedded[0] if embedded is not None else fallback

    def _placed(self, char: int, word: str, places: set[str], found: Entity) -> Entity:
        """Who 'the Wisconsin Republican' is when the last Republican named (``found``) is from nowhere the
        article says: one it placed there before, else the person the sentences just before were about when
        the word is a party, which anyone may belong to (the place is news about him), else ``found`` ('the
        Arizona Republican' after McCain, whose state was not given; 'the Texas senator' is a senator)."""
        for pos, ent, _salient in reversed(self.mentions):
            if pos < char and word in ent.words and places <= ent.words:
                return ent
        person = self._latest(char, "person")
        if person is not None and person is not found and word in _PARTIES and self._acted_just_before(person, char):
            return person
        return found

    def _gendered_in_sentence(self, pronoun, gender: str, others: list[Entity]) -> Entity | None:
        """'Chris Christie called for ... Since Hillary Clinton's op-ed, she's tacked ...': a person of the
        pronoun's gender named before it in its own sentence, even in a phrase, beats one of unknown gender named
        further back (who would take the gender from this pronoun). Not a name inside a quotation ('"No thanks
        to Nathan Deal," he added'). The only such person, and no one of unknown gender named there too, else None."""
        start = pronoun.sent.start_char
        here = [e for pos, e, _ in self.mentions if start <= pos < pronoun.idx and e.kind == "person" and e.name
                and not self._quoted_at(pos) and not any(e is o for o in others)]
        if any(e.gender is None for e in here):
            return None  # ('Chris Shays was pro John Kasich while ..., he said': Shays is named here too)
        return _the_only([e for e in here if e.gender == gender])

    def _newer_person(self, person: Entity, person_pos: int, subject_pos: int, char: int) -> bool:
        """'... a video showed him grabbing reporter Michelle Fields by the arm. She was trying to ...': a
        person of the pronoun's gender named in the sentence before, though not its subject, is likelier than
        a subject named further back, if no one else who could be the pronoun is named there and no subject
        pronoun since has kept to that subject."""
        sent = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if sent is None or sent.sent.start == 0:
            return False
        prev = self.doc[sent.sent.start - 1].sent
        if person_pos < prev.start_char or prev.start_char <= subject_pos:
            return False
        gender = person.gender
        if any(prev.start_char <= pos < prev.end_char and ent is not person and ent.kind == "person"
               and ent.gender in (None, gender) for pos, ent, _ in self.mentions):
            return False  # ('Trump accused Cruz ... Then he ...', the parser having lost the subject: two men named)
        if any(c.dep_ in _SUBJ and c.pos_ == "NOUN" and c.lemma_.lower() in _PERSON_WORDS
               and not any(a.dep_ in ("appos", "compound") and a.ent_type_ == "PERSON" for a in c.children)
               for c in prev.root.children):
            return False  # ('A president who authorized the raid that killed bin Laden will ... Where he used to
            # boast ...': the sentence was about a person it did not name, not about the one killed; 'The director
            # of the centre, Ina Kirsch, told ...' names her)
        # ('She spoke. She hugged Jane Smith. She said ...': a subject pronoun between keeps the subject)
        return not any(t.dep_ in _SUBJ and pronoun_gender(t.lower_) == gender and not self._quoted_at(t.idx)
                       for t in prev)

    def _named_in_own_clause(self, pronoun) -> list[Entity]:
        """'he accused Mr. Trump of ...', 'she said Lee was wrong': a subject pronoun is not the person
        who is its verb's object, or the subject of the clause it reports, before or around the cue (outside
        quotation marks, where anyone may be named). Names deeper in ('recalling Mr. Clinton's remark') may still be him."""
        if pronoun.dep_ not in _SUBJ:
            return []
        args = []
        for c in pronoun.head.children:
            if c.dep_ in ("dobj", "dative", "attr", "oprd"):
                args.append(c)
            elif c.dep_ in ("prep", "ccomp"):
                args.extend(g for g in c.children if g.dep_ in ("pobj", "nsubj", "nsubjpass"))
            if c.dep_ == "ccomp":  # 'He said there were aggravating circumstances, notably that Petraeus lied'
                args.extend(g for g in c.subtree if g.dep_ in ("nsubj", "nsubjpass") and g.head.i != c.i
                            and g.pos_ == "PROPN" and not _in_relative(g, c))
        args = [t for t in args if t.i > pronoun.i]
        for c in pronoun.head.children:  # 'Asked about ... that Clinton faces Trump, she replied': not the topics
            if c.dep_ == "advcl" and c.lemma_ == "ask" and c.tag_ == "VBN" and c.i < pronoun.i \
                    and not any(g.dep_ in _SUBJ for g in c.children):
                args.extend(t for t in c.subtree if t.ent_type_ == "PERSON" and t.dep_ != "compound")
        if pronoun.head.dep_ == "parataxis" and pronoun.head.head.i > pronoun.head.i:
            # 'Loyalty, he noted, has long been ...': the clause the aside interrupts is what he reports
            args.extend(c for c in pronoun.head.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        found = (self.entity_at(t) for t in args if (t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN")
                 and not self._quoted_at(t.idx))
        # ('battled with Guardian', an ORG to the NER)
        return [e for e in found if e is not None and e.kind == "person"] + self._spoken_of_before(pronoun)

    def _spoken_of_before(self, pronoun) -> list[Entity]:
        """'Joseph Hunter said he will not vote for Trump. Also, Trump isn't a conservative, he said': the
        subject of a report set before ', he said' is not him when another person was the subject of the sentence
        just before, in the paragraph. (Otherwise it is the usual paraphrase of the speaker himself: 'Former Rep.
        Chris Shays was pro Kasich while ..., he said', 'what drew Ann Olivieri to it. Then a student, Ms.
        Olivieri found ..., she said'.)"""
        doc = self.doc
        if pronoun.i < 2 or doc[pronoun.i - 1].text != "," or pronoun.head.i != pronoun.i + 1 \
                or pronoun.sent.start == 0:
            return []
        before = doc[pronoun.sent.start - 1].sent
        if "\n" in doc_text(doc)[before.start_char : pronoun.sent.start_char].strip():
            return []  # (a paragraph of its own)
        subjects = [e for pos, e, salience in self.mentions
                    if before.start_char <= pos < before.end_char and salience == MAIN and e.kind == "person"]
        if not subjects:
            return []
        verb = pronoun.head
        reported = [c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i == pronoun.i - 2]
        if verb.dep_ == "parataxis" and verb.head.i < verb.i:
            reported.append(verb.head)
        start = pronoun.sent.start_char
        out = []
        for clause in reported:
            for t in clause.children:
                ent = self.entity_at(t) if t.dep_ in ("nsubj", "nsubjpass") and not self._quoted_at(t.idx) else None
                if ent is not None and ent.kind == "person" and not any(e is ent for e in subjects) \
                        and any(e is ent and pos < start for pos, e, _ in self.mentions):
                    out.append(ent)
        return out

    def _sentence_start(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.sent.start_char if span is not None else char

    def _plural_subject_between(self, start: int, end: int, ent: Entity) -> bool:
        """"..., according to show insiders. They said ...": a plural noun named after the
        organisation is the likelier "they"; the article leaves that group unnamed (or names it only by a
        party or people: 'Republicans have no intention of dialing back their criticism')."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        own = set(ent.name.split())  # ('House Republicans ... they think': the body's own word is no other group)
        return span is not None and any(
            (t.tag_ == "NNS" or t.tag_ == "NNPS" and t.ent_type_ == "NORP" and t.text not in own)
            and (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.lower_ == "to"
                 and t.head.i > 0 and self.doc[t.head.i - 1].lower_ == "according")
            for t in span[1:])

    def _new_body_between(self, start: int, end: int, ent: Entity) -> bool:
        """'The court ruled ... A coalition of groups sent a letter ... "...," it read': a group or a
        message that is a subject after the organisation, by a word that is not the organisation's own,
        is the likelier "it"; the article gives it no name. So is a place that acts ('The city sent a letter.
        It says ...'). ('said in a statement' is no new subject.)"""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return span is not None and any(
            t.tag_ == "NN" and t.dep_ in ("nsubj", "nsubjpass") and not t.ent_type_ and t.lemma_.lower() not in ent.words
            and (t.lemma_.lower() in ORG_NOUNS or t.lemma_.lower() in _ACTING_NOUNS)
            and any(c.dep_ in ("det", "poss") for c in t.children)
            for t in span[1:])

    def _person_named(self, name: str) -> bool:
        """``name`` is a person's: one the article named already, or opening with a known first name
        ('CNN's Jake Tapper'; not 'McDonald's Corp.', nor "Hudson's Bay Co.": a firm's legal form ends no
        person's name)."""
        words = name.split()
        return bool(words) and not corporate(words[-1]) and (
            known_first_name(words[0]) or self._match(name, "person") is not None)

    def entity_at(self, token) -> Entity | None:
        if token.ent_iob_ == "O":
            return None
        if token.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in token.children):
            return None  # 'than Mr. Quint - 60 percent of voters said': the recogniser ran the name into the share
        i = token.i
        while i > 0 and self.doc[i].ent_iob_ == "I":
            i -= 1
            if self.doc[i].dep_ == "case" and self.doc[i].head.i < token.i \
                    and self._person_named(doc_text(self.doc)[self.doc[i + 1].idx : token.idx + len(token.text)]):
                return None  # "Media Research Center's Bozell" tagged as one name: Bozell is not the centre
        return self.by_ent.get(i)

    def resolve(self, token, previous: Entity | None = None) -> Resolution:
        """Resolve the head token of a speaker mention; ``previous``: the speaker a
        continuing pronoun ("he added") refers to when its gender agrees."""
        doc = self.doc
        noun = _antecedent(token)
        if noun is not token:  # the pronoun stays the mention; its noun says who it is
            res = self.resolve(noun, previous)
            res.span = (token.idx, token.idx + len(token.text))
            return res
        # a common noun with a name in apposition: "the head of ..., Anna Korhonen"
        for child in [*token.children, *_stray_appositions(token)] if token.ent_type_ != "PERSON" else ():
            # ('Ann Lee, Columbus' is Ann Lee)
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.text[:1].isupper() and not any(
                    t.text == ":" for t in doc[min(token.i, child.i) : max(token.i, child.i)]) \
                    and _next_to(token, child):
                ent = self.entity_at(child)
                if ent is not None:
                    return Resolution(ent, _span_of(child))
                if token.ent_type_ in PLACE_ENTS and any(seat_word(c) for c in child.lefts):
                    # "Kalamazoo, Mich.-based First of America said": the place is the seat of the one who said
                    span = _span_of(child)
                    return Resolution(None, span, name=_clean_name(doc_text(doc)[span[0] : span[1]]), kind="org")
                if token.pos_ == "NOUN":  # "the watchdog group Civic-Watch"
                    kind = "org" if token.lemma_.lower() in ORG_NOUNS else "person"
                    # a person's name ends before 'of' ('Ann Lee of Columbus Church'); a title may not
                    person = child.ent_type_ == "PERSON" or not child.ent_type_ and token.lemma_.lower() in ROLE_NOUNS
                    span = _span_of(child, of_phrase=not person)
                    res = Resolution(None, span, name=_clean_name(doc_text(doc)[span[0] : span[1]]), kind=kind)
                    res.words = {t.lower_ for t in token.subtree if t.pos_ == "NOUN"}
                    return res
        titled = _titled_name_at_end(token)
        if titled is not None and (ent := self.entity_at(titled[-1])) is not None:
            return Resolution(ent, (titled.start_char, titled.end_char))
        ent = self.entity_at(token)
        if ent is not None:
            span = entity_of(token)
            after = _name_after_title(self, doc, (span.start_char, span.end_char)) if span else None
            if after is not None:
                return after
            return Resolution(ent, (span.start_char, span.end_char) if span else _span_of(token))
        low = token.lower_
        tspan = (token.idx, token.idx + len(token.text))
        if low in PERSON_PRONOUNS:
            gender = pronoun_gender(low)
            owner = _nominal_controller(token) or _main_subject_after(token)
            owned = self.entity_at(owner) if owner is not None else None
            if owned is not None and owned.kind == "person" and owned.gender in (None, gender):
                # "Trump's unwillingness to affirm his support": Trump's; 'Even as he accused ..., Giuliani
                # wouldn't ...': the person named as the subject of the clause the pronoun's clause opens
                return Resolution(owned, tspan)
            others = self._named_in_own_clause(token)
            agrees = previous is not None and previous.kind == "person" and previous.gender in (None, gender)
            if agrees and not any(previous is e for e in others):
                found = previous
            else:
                found = self._latest(token.idx, "person", gender=gender, others=others)
            if found is not None and found.gender is None and gender:
                found = self._gendered_in_sentence(token, gender, others) or found
                found.gender = gender  # later pronouns must agree with this binding
            return Resolution(found if found is not None and found.name else None, tspan)  # '' : unnamed
        if low == "it" and token.head.lemma_.lower() in _EXPLETIVE_HOSTS:
            return Resolution(None, tspan)  # 'it seems like ...', 'It was at the conference that ...': no one
        if low in ORG_PRONOUNS:
            found = self._latest(token.idx, "org", plural=low in ("they", "their"))
            return Resolution(found if found is not None and found.name else None, tspan)
        if token.pos_ == "PRON":
            return Resolution(None, tspan)
        span = _span_of(token)
        if token.lower_ == "police" and all(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) \
                and not any(c.dep_ == "prep" for c in token.rights):
            return Resolution(None, span, name="police", kind="org")  # 'police said': the force, unnamed
        aged = _AGE_DESCRIPTOR.fullmatch(doc_text(doc)[span[0]:span[1]])
        if aged:  # "said the 34-year-old": the one person whose age the article gave as 34, if only one
            people = [e for e in self.entities if e.kind == "person" and e.age == int(aged[1])]
            if not people:  # no age given before: the age is news about the person the text was just about
                latest = self._latest(token.idx, "person")
                people = [latest] if latest is not None and latest.name and latest.age is None \
                    and self._acted_just_before(latest, token.idx) else []
            return Resolution(people[0] if len(people) == 1 else None, span)
        named = _SELF_NAMED.search(doc_text(doc)[span[1] : span[1] + 80])
        if named and token.pos_ == "NOUN":
            return Resolution(None, span, name=named.group(1), kind="person")
        after = _name_after_title(self, doc, span) or _name_in_title_of(self, token) or _name_after_titles(self, token)
        if after is not None:
            return after
        # ('FALLIN: Well, ...': a label in capitals the tagger read as a number)
        labelled = token.pos_ == "NUM" and token.is_alpha and _transcript_label(token)
        # ('Trump, later alleging ..., said': a surname of someone named the tagger took for an adjective)
        labelled = labelled or token.pos_ == "ADJ" and token.dep_ in _SUBJ and token.text[1:].islower() \
            and self._match(token.text, "person", char=token.idx) is not None
        if (token.pos_ in ("PROPN", "NOUN") or labelled) and token.text[:1].isupper() and not (
            {c.lower_ for c in token.children if c.dep_ == "det" and not _title_article(c)}
        ):
            name = _clean_name(doc_text(doc)[span[0] : span[1]])
            firm = self._match(name, "org") if name and self._match(name, "person") is None else None
            if firm is not None and _is_firm(firm):
                # "Hudson's Bay said" after "Hudson's Bay Co.": the firm, not 'Bay' (but 'Trump' after 'Trump
                # Restaurants LLC' is still the man)
                return Resolution(firm, span)
            owned = _AFTER_POSSESSIVE.search(name) if name else None
            if owned is not None and self._person_named(owned.group(1)):
                name = owned.group(1)  # "Media Research Center's Bozell": the one named after the possessor
            known = self._match(name, "person", char=token.idx) if name else None
            if known is None and _not_a_name(name):
                return Resolution(None, span)
            if _shouted(name) and not (known is not None and len(name.split()) == 1
                                                        and _transcript_label(token)):
                return Resolution(None, span)  # a dateline ("WASHINGTON"), not a speaker, nor the city named later
            if known is not None:
                return Resolution(known, span)
            titled = _person_after_role(doc, span)
            if titled is not None:  # 'United Auto Workers Secretary-Treasurer Gary Casteel' with no PERSON tag
                return Resolution(None, titled, name=doc_text(doc)[titled[0] : titled[1]], kind="person")
            kind = "org" if _names_a_body(token, name) else "person"
            if token.pos_ == "PROPN" or token.i > token.sent.start:
                return Resolution(None, span, name=name or None, kind=kind)
        joint = _joint_authors(token)
        if joint is not None:
            return Resolution(None, joint, name=doc_text(doc)[joint[0] : joint[1]], kind="org")
        author = _author_of(token)
        if author is not None:  # "a report by the Institute of Marine Science found ...": the institute
            return self.resolve(author, previous)
        dets = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "quantmod")}
        author = _author_just_named(token) if "the" in dets else None
        if author is not None:  # '"...," the statement said': the mention stays here, its author speaks
            res = self.resolve(author, previous)
            res.span = span
            return res
        if dets & UNNAMED_DETS or token.lower_ in UNNAMED_DETS:
            return Resolution(None, span)
        lemma = _hyphened_lemma(token)  # "front-runner", which the tokenizer splits at the hyphen
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
            return Resolution(None, span)  # "Iran, whose leaders have called for ...": not the last leader named
        if "the" in dets and lemma in OUTLET_NOUNS and (outlet := self._outlet_just_named(token.idx)) is not None:
            return Resolution(outlet, span)  # 'The Wall Street Journal called on Trump ... the newspaper wrote'
        if "the" in dets and lemma in _GROUP_NOUNS and not any(c.pos_ == "PROPN" for c in token.lefts) \
                and self._latest(token.idx, "org", word=lemma) is None \
                and (body := self._body_just_named(token)) is not None:
            # '..., according to the National Golf Foundation. ..., the group says'; 'The State Department said
            # ... said the agency' (an agency named as one, 'the Environmental Protection Agency', is found below)
            return Resolution(body, span)
        possessors = [c for c in token.children if c.dep_ == "poss"]
        seat_owned = bool(possessors) and all(c.ent_type_ == "GPE" for c in possessors)  # "Canada's largest retailer"
        if ("the" in dets or seat_owned) and _business_noun(token) \
                and self._latest(token.idx, "org", word=lemma) is None:
            # 'Sun Microsystems Inc. said ... the computer maker said', 'The Menlo Park, Calif., company said'
            if token.tag_ != "NNS" and not any(  # ('the companies' are several; 'the maker of Tylenol' may be another)
                    c.dep_ == "poss" and not seat_owned or c.dep_ == "prep" and c.lower_ in ("of", "from")
                    and any(t.pos_ == "PROPN" for t in c.subtree) for c in token.children):
                firm = self._firm_just_named(token.idx)
                if firm is not None:
                    return Resolution(firm, span)
            if not any(c.ent_type_ not in ("", "GPE") for c in token.lefts):
                return Resolution(None, span)  # the firm's seat describes it; it is no name ('the St. Louis company',
                # "Canada's largest department store operator")
        if "the" in dets or any(c.dep_ == "poss" for c in token.children):
            if lemma in _PERSON_WORDS or lemma in ORG_NOUNS or token.lower_ in ORG_NOUNS:
                kind_word = lemma if lemma in _PERSON_WORDS or lemma in ORG_NOUNS else token.lower_
                # "Devlin's council" is an organisation, not the man whose role mentions a council
                body = lemma not in _PERSON_WORDS and (lemma in ORG_NOUNS or token.lower_ in ORG_NOUNS)
                found = self._latest(token.idx, "org" if body else "person" if lemma in _CALLINGS else "", word=kind_word)
                if found is not None and found.kind == "person":
                    found = self._holder_just_before(kind_word, token, found)
                places = {t.lower_ for c in token.lefts if c.dep_ in ("compound", "amod") for t in c.subtree
                          if t.ent_type_ == "GPE"}
                if found is not None and places - found.words:
                    found = self._placed(token.idx, kind_word, places, found)
                if found is not None and lemma == "campaign" and "the" in dets:
                    candidate = self._campaign_of_last_subject(token, found)
                    if candidate is not None:  # 'Clinton plans to ... The campaign says': hers, not the last named
                        return Resolution(None, span, name=candidate, kind="org")
                if found is None and lemma == "ministry" and not any(c.dep_ in ("compound", "amod", "poss")
                                                                     for c in token.lefts):
                    ministry = self._ministry_of_minister()
                    if ministry:  # 'Interior Minister X said ... The ministry later said': the Interior Ministry
                        return Resolution(None, span, name=ministry, kind="org")
                owners = {  # "Trump's campaign" is not the last campaign named
                    t.lower_
                    for p in token.children
                    if p.dep_ == "poss"
                    for t in p.subtree
                    if t.pos_ == "PROPN"
                }
                qualifiers = owners | {
                    t.lower_
                    for p in token.rights
                    if p.dep_ == "prep" and p.lower_ in ("from", "of")
                    for t in p.subtree
                    if t.pos_ == "PROPN" or t.ent_type_ in _NAME_LABELS
                }
                modifiers = {  # "the transport ministry" is not the Interior Ministry named before
                    c.lower_
                    for c in token.lefts
                    if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and c.lower_ not in _GENERIC_MODIFIERS
                    and not any(t.like_num for t in c.subtree)  # "the two-term president" is still the president
                }
                known = found.words | set((found.role or "").lower().split()) if found is not None else set()
                if found is not None and qualifiers - known:
                    if not (body and owners - known):
                        return Resolution(None, span)  # "the senator from Florida" is not the last senator named
                    found = None  # "Sanders' campaign" after "Kasich's campaign": another body, named below
                if found is not None and not modifiers - known:
                    return Resolution(found, span)
                if found is None and "the" in dets and not qualifiers and lemma in _FOCAL_TITLES and (
                        token.tag_ == "NN" or "-" in lemma and token.text.islower()):
                    focal = self._focal_person(token, lemma)
                    if focal is not None:
                        return Resolution(focal, span)
                if found is not None and lemma not in _BODIES:
                    return Resolution(None, span)
            # "the Finnish border guards", "the transport ministry": an organisation named by its modifier (not a
            # business by its nationality: 'the Dutch chemical group', 'the British paper' describe one)
            trade = lemma in _TRADE_NOUNS and token.tag_ != "NNS"  # ("Kenya's national newspapers" are several)
            if any(c.pos_ == "PROPN" and c.ent_type_ not in ("NORP", "GPE") or not trade and (
                    c.pos_ == "PROPN" or c.ent_type_ in _NAME_LABELS or c.dep_ == "compound" and c.pos_ == "NOUN"
                    and lemma in _BODIES and c.i == token.i - 1) for c in token.lefts) and (
                    lemma in ORG_NOUNS or token.lower_ in ORG_NOUNS):
                return Resolution(None, span, name=_clean_name(doc_text(doc)[span[0] : span[1]]), kind="org")
        if not dets and (lemma in ORG_NOUNS or token.lower_ in ORG_NOUNS) and any(
                c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
                for c in token.lefts):
            # "wrote Time magazine", "according to Finnish border guards": a name before the body noun
            return Resolution(None, span, name=_clean_name(doc_text(doc)[span[0] : span[1]]), kind="org")
        return Resolution(None, span)

    def register_name(self, name: str, words: set[str] | None = None, kind: str = "person") -> Entity:
        """An organisation or person named outside NER ("Finnish border guards"). Not yet salient:
        the caller notes it as a speaker when later pronouns may take it."""
        entity = self._match(name, kind) or next((e for e in self.entities if e.name.lower() == name.lower()), None)
        if entity is None:
            entity = Entity(name=name, kind=kind, words={w.lower() for w in name.split()})
            if kind == "person" and len(name.split()) > 1:
                entity.gender = gender_of_first_name(name.split()[0])
            self.entities.append(entity)
        entity.words |= words or set()
        return entity


# parties, which anyone may belong to: 'the Wisconsin Republican' may be whoever the text was just about
_PARTIES = frozenset({"republican", "democrat", "conservative", "liberal", "independent", "socialist"})
# messages and places that act as a body: an "it" after them is likelier theirs than an organisation's named before
_ACTING_NOUNS = MESSAGE_NOUNS | {"ad", "advertisement", "commercial", "city", "town", "county", "state", "village",
                                 "province", "municipality"}
# adjectives that do not tell one office-holder or body from another ("the former minister")
_GENERIC_MODIFIERS = frozenset({"former", "new", "top", "senior", "current", "same", "other", "local", "then",
                                "longtime", "veteran", "outgoing", "incoming", "acting", "first", "second", "main",
                                "lead", "chief", "powerful", "influential", "embattled", "beleaguered", "freshman",
                                "junior", "retiring"})
# titles an article re-describes the person it is about by ('the candidate said', 'the minority leader said');
# not those of helpers and onlookers ('the spokesman', 'the official'), who are mostly someone new
_STANDING = frozenset({"candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender", "incumbent",
                       "billionaire"})
# callings that re-describe the person just written about ('Cross said ... The GOP speechwriter said'); not
# the relational ones (spokesman, aide, lawyer), who speak for someone else
_CALLINGS = frozenset({"speechwriter", "economist", "actress", "actor", "neurosurgeon", "surgeon", "businessman",
                       "businesswoman", "comedian", "novelist", "entrepreneur", "mogul", "tycoon", "filmmaker",
                       "singer", "rapper", "historian", "developer", "magnate"})
_OFFICES = frozenset({"president", "senator", "sen", "congressman", "congresswoman", "governor", "gov", "mayor",
                      "leader", "chancellor", "premier", "minister", "secretary", "chairman", "chairwoman",
                      "lawmaker", "legislator", "representative", "rep"})
_REDESCRIBING = _STANDING | _CALLINGS  # words that name the person just written about, whatever office they hold
_PERSON_WORDS = ROLE_NOUNS | _CALLINGS  # a role or a calling: a person, not a body
_FOCAL_TITLES = _REDESCRIBING | _OFFICES - {"sen", "gov", "rep"}
# words that name an organisation only by its kind: 'the group says' is the one just named
_GROUP_NOUNS = frozenset({"group", "organization", "organisation", "agency"})
# nouns for a business ('the company', 'the thrift', 'the computer maker'), which stand for the firm last named
# (not 'producer' or 'publisher': often a person)
_BUSINESS_NOUNS = frozenset("company firm corporation concern thrift insurer lender airline carrier retailer "
                            "manufacturer supplier brewer conglomerate maker steelmaker automaker carmaker "
                            "chipmaker drugmaker planemaker operator".split())


_ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "pope",
                           "crown", "sheikh", "shah"})


def person_named_by(doc, quoted: list[tuple[int, int]]) -> Callable:
    """A function giving the name of the person a subject pronoun outside the ``quoted`` spans stands for,
    or None, for other steps that say who acted ('He released a letter' -> who). Stricter than a quote's
    speaker, since a name put in a summary is a claim: the pronoun opens its sentence's main clause and the
    person was the main subject of the sentence just before ('Admiral Harris trained ... In 1991, he flew
    ...'), or it opens a clause of time or cause whose main clause a named person is the subject of ('Joe
    Biden was apologetic when he visited Ankara'). Not 'since he dropped out', 'for which he apologized',
    'looking like he'll be competitive': there the nearest name is often someone else. The index is built
    on the first pronoun asked about, so an article without one costs nothing."""
    built: list[SpeakerIndex] = []

    def name_of(token) -> str | None:
        if token.lower_ not in ("he", "she"):
            return None
        if not built:
            built.append(SpeakerIndex(doc, quoted=quoted))
        return built[0].named_subject(token)

    return name_of


def _person_after_role(doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a known first name and what follows it when a role word comes just before it, inside a run
    of capitalised words the recogniser tagged no person in ('... Secretary-Treasurer Gary Casteel')."""
    toks = tokens_in(doc, *span)
    if not all(t.pos_ == "PROPN" or t.text == "-" for t in toks):
        return None  # ('Supporters of Senator Ann Lee said': the supporters, not the senator)
    for k in range(len(toks) - 2, 0, -1):
        if known_first_name(toks[k].text) and is_role_word(toks[k - 1]) and toks[-1].text[:1].isupper():
            return toks[k].idx, span[1]
    return None


def _business_noun(token) -> bool:
    """'the company', 'the computer maker': a common noun for a business."""
    return token.lemma_.lower() in _BUSINESS_NOUNS and token.pos_ == "NOUN"


# nouns for a business or an outlet, which a nationality describes and does not name ('the Dutch chemical group')
_TRADE_NOUNS = _BUSINESS_NOUNS | OUTLET_NOUNS | {"group", "bank", "fund", "channel", "media"}
# public bodies a common-noun modifier names ("the transport ministry", "the health department")
_BODIES = frozenset({"ministry", "department", "agency", "commission", "committee", "authority", "office",
                     "bureau", "court", "council", "inspectorate", "regulator", "watchdog", "service", "police"})
# abbreviated titles and the word 'the governor said' re-describes them by
_ABBREV_TITLES = {"brig": "brigadier", "gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant",
                  "capt": "captain", "gov": "governor", "sen": "senator", "rep": "representative", "maj": "major",
                  "adm": "admiral", "cmdr": "commander", "dr": "doctor", "prof": "professor"}


def _next_to(noun, appos) -> bool:
    """The name in apposition follows the noun's own phrase with only punctuation between ('the head of the
    group, Anna Korhonen'); not one the parser hung on it from across the clause ('The lawyers pointed to ...
    hopefuls, Sen. John McCain')."""
    if appos.i < noun.i:
        return True
    end = max([noun.i] + [t.i for c in noun.rights if c.i < appos.i for t in c.subtree])
    depth = 0
    for t in noun.doc[end + 1 : appos.left_edge.i]:  # ('New York (AFP) - actress Susan Sarandon': a bracket between)
        depth += (t.text == "(") - (t.text == ")")
        if not t.is_punct and depth <= 0:
            return False
    return True


def _titled_name_at_end(token) -> Span | None:
    """'Australians for a Constitutional Monarchy executive director Kerry Jones said': the parser made the
    body the subject and hung the person, named right after a title, at the end of its 'for' phrase."""
    last = token.right_edge
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON" or last.ent_type_ != "PERSON" or last.i <= token.i + 1:
        return None  # (not 'Aides to President Ann Lee': people around her)
    ent = entity_of(last, ("PERSON",))
    if ent is None or ent.end - 1 != last.i or ent.start - 1 <= token.i:
        return None
    title = token.doc[ent.start - 1]  # a common noun that is the name's title ('director'), not a capital 'Senator'
    return ent if title.is_lower and ent.root.head.i == title.i and is_role_word(title) else None


def _stray_appositions(token) -> list:
    """'One pastor supporting Mr. Cruz, Darran Whiting of ..., said', 'A spokesman for the group, Ann
    Lee, said', 'The head of the inquiry in Dar es Salaam, Ann Lee, said': the parser set the speaker's
    name beside another person's name, an organisation noun or a place inside the description; none of
    them is that person. Not a bracketed aside ('Sen. Jeff Merkley (D-Ore.)': his party and state)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() in ORG_NOUNS:
        return []
    return [t for t in token.subtree if t.dep_ == "appos" and t.head.i != token.i and t.i > t.head.i
            and t.pos_ == "PROPN" and t.doc[t.left_edge.i - 1].text != "(" and (
                t.ent_type_ in ("PERSON", "") and t.head.ent_type_ == "PERSON" and t.head.pos_ == "PROPN"
                and t.lower_ != t.head.lower_
                or t.ent_type_ == "PERSON" and (t.head.pos_ == "NOUN" and t.head.lemma_.lower() in ORG_NOUNS
                                                or t.head.pos_ == "PROPN" and t.head.ent_type_ in ("GPE", "LOC")))]


_EXPLETIVE_HOSTS = frozenset({"seem", "appear", "be", "look", "happen"})
MAIN, EMBEDDED = 2, 1
_RECENT = 400  # characters: the last two or three sentences


def _sentence_before(token):
    """The sentence before the one ``token`` is in, or None for the first sentence."""
    return token.doc[token.sent.start - 1].sent if token.sent.start > 0 else None


def _offices_held(entity: Entity) -> set[str]:
    """The offices the person's role words name ('Mayor', 'Gov.'); a calling ('billionaire developer') is none."""
    return {w.lower().strip(".,") for w in (entity.role or "").split()} & _OFFICES


def _with_untagged_surname(ent):
    """'Lt. Gov. Patty Judge': the recogniser tagged 'Patty' alone, yet made it part of the capitalised word
    after it; the name runs on to that word (a surname that is also a title or a common noun)."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if ent.label_ != "PERSON" or nxt is None or nxt.ent_iob_ != "O" or nxt.pos_ != "PROPN" \
            or not nxt.text[:1].isupper() or ent[-1].dep_ != "compound" or ent[-1].head.i != nxt.i:
        return ent
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


def _before_dashed_aside(ent) -> bool:
    """'Gov. Chris Christie — who is being vetted ... — made ...': the parser loses the subject of a
    sentence whose name is followed by an aside in dashes, and makes the name the root."""
    doc = ent.doc
    return ent.root.dep_ == "ROOT" and ent.end < len(doc) and doc[ent.end].text in DASHES


def _the_only(entities: list[Entity]) -> Entity | None:
    """The one entity the list holds, however often it is there (by identity); None for none or several."""
    first = entities[0] if entities else None
    return first if first is not None and all(e is first for e in entities) else None


def _asked_a_question(tok) -> bool:
    """'Scott Conroy asked Sanders whether ... "Sure it is," he said': the one a question was put to answers
    next, so is as likely a 'he' as the asker (not 'asked him to step aside', a request)."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() == "ask" and any(
        c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
        or c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)


def _salience(subject) -> int:
    """MAIN for the subject of the sentence's main verb (or a verb coordinated with it, or a name in
    apposition to that subject), else EMBEDDED: a subject inside a reported, relative or adverbial clause."""
    tok = subject.head if subject.dep_ in ("appos", "conj") else subject
    return MAIN if _first_of_row(tok.head).dep_ == "ROOT" else EMBEDDED


def _first_of_row(verb):
    """The first of a row of coordinated verbs, which carries the row's place in the sentence."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb


def _reports_within(subject) -> bool:
    """The subject of a report inside what another clause says ('pointing out that Reed had reported ...').
    Not a verb set beside the main clause ('"...," he said' parsed as parataxis), nor one in an adverbial
    clause ('At the moment Christie learned ..., he was ...'), whose subject the main clause goes on about."""
    if subject.dep_ not in _SUBJ:
        return False
    verb = _first_of_row(subject.head)
    return verb.dep_ == "ccomp" and verb.i > verb.head.i  # (a 'ccomp' before its head is a misparsed lead-in)


def _topic_possessor(token) -> bool:
    """'Mr. Trump's decision to seize on immigration has showed ... His call to deport ...': a person whose
    act or thing is the subject of the sentence's main verb is its topic, and the next 'he'. Not when
    the subject is another person or a body ('Smith's lawyer said ... He added': the lawyer)."""
    subject = token.head
    if token.dep_ != "poss" or subject.dep_ not in _SUBJ or subject.pos_ != "NOUN" or _salience(subject) != MAIN:
        return False
    lemma = subject.lemma_.lower()
    return lemma not in PERSON_NOUNS | ROLE_NOUNS | ORG_NOUNS and subject.ent_type_ not in ("PERSON", "ORG", "NORP")


def _names_a_body(token, name: str) -> bool:
    """A capitalised name nobody known holds is a body (which 'he' cannot be): an organisation word or
    capitals throughout, a people ('Hispanics', 'Democrats'), or several words the recogniser did not
    call a person that open with no known first name or role noun ('Right Wing Watch first reported')."""
    words = name.split()
    if _looks_org(words) or name.isupper() or token.tag_ == "NNPS" or token.ent_type_ == "NORP" and token.tag_ != "NNP":
        return True
    return token.ent_type_ != "PERSON" and len(words) > 1 and gender_of_first_name(words[0]) is None \
        and not any(w.lower() in ROLE_NOUNS for w in words)


def _introduced(name) -> bool:
    """'a worker named Antonio Arroyo has nothing but praise': a person brought into the story by name is
    who the next 'he' means, whatever the parser made of the noun that introduces him."""
    verb = name.head
    return name.dep_ == "oprd" and verb.lemma_ in ("name", "call") and verb.dep_ == "acl" \
        and verb.head.lemma_.lower() in PERSON_NOUNS


def _surname_of(short: list[str], full: list[str]) -> bool:
    """'Wasserman Schultz' is the surname of Debbie Wasserman Schultz: a name of two words or more that
    ends the fuller one, where only the fuller one opens with a first name ('Hillary Clinton' is not the
    surname of a 'Crooked Hillary Clinton')."""
    return 1 < len(short) < len(full) and known_first_name(full[0].title()) \
        and not known_first_name(short[0].title())


def _cleft_focus(tok) -> bool:
    """'it was Mr. Trump who seemed a different candidate': the name a cleft puts in focus is what the
    sentence is about, as much as a subject is."""
    verb = tok.head
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # (the parser hangs the 'who' clause on the name or on 'was')
    return tok.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children) and after is not None \
        and after.lower_ in ("who", "that") and after.dep_ in ("nsubj", "nsubjpass") \
        and after.head.head.i in (tok.i, verb.i)


def _compared_subject(tok) -> bool:
    """'..., just as President Lincoln did': the subject of a comparison is brought in for the
    comparison; the sentence is still about its main subject."""
    verb = tok.head
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "like", "than") for c in verb.children)


def _gerund_subject(tok) -> bool:
    """'... to Hillary Clinton being a co-founder', 'with Ann Lee leading': the subject of a bare
    -ing clause is talked about, not the actor a later pronoun returns to."""
    verb = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and verb.tag_ == "VBG" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _passive_agent(tok) -> bool:
    """'He was joined on the call by Ann Hogue': the doer of the sentence's main verb in the passive
    (the parser may hang 'by' on the noun before it); not of a passive aside ('tools used by Obama')."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "by":
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ == "ROOT" and any(c.dep_ == "auxpass" for c in verb.children)


def infinitive_subject(tok) -> bool:
    """'for X to meet ...': X is who acts, though the parser makes it the object of 'for'."""
    doc = tok.doc
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.i + 2 < len(doc) and \
        doc[tok.i + 1].lower_ == "to" and doc[tok.i + 2].pos_ in ("VERB", "AUX")


def _transcript_label(token) -> bool:
    """'WALLACE: Governor, ...': a capitalised surname opening a paragraph before a colon."""
    doc, i = token.doc, token.i
    if i > 0 and quote_token(doc[i - 1]):
        i -= 1  # '"WALLACE: ...', a transcript quoted line by line
    return token.i + 1 < len(doc) and doc[token.i + 1].text == ":" and (
        i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space)


def _nominal_controller(token):
    """'Trump's unwillingness to affirm his support': a possessive pronoun inside a noun's infinitive takes the
    person who owns that noun; so does the subject of a clause set on a verb whose subject is that person's
    ('One of Trump's jeremiads came in February, when he told Fox News'). The owner's token, or None."""
    if token.dep_ == "nsubj" and token.lower_ in ("he", "she") and token.head.dep_ == "advcl":
        subj = next((c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ not in ("NOUN", "NUM") or subj.i > token.i:
            return None
        of = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        noun = of if subj.pos_ == "NUM" and of is not None else subj
        return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if token.dep_ != "poss" or token.lower_ not in ("his", "her"):
        return None
    cur = token.head
    for _ in range(5):
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return None  # a clause with a subject of its own: its subject is nearer
        owner = next((c for c in cur.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < token.i),
                     None) if cur.pos_ == "NOUN" and cur.i != token.head.i else None
        if owner is not None:
            return owner
        if cur.head.i == cur.i or cur.dep_ not in ("xcomp", "acl", "dobj", "pobj", "prep", "advcl"):
            return None
        cur = cur.head
    return None


def _in_relative(tok, top) -> bool:
    """A word inside a clause on a noun below ``top`` ('... others whom Mr. Hannity has known for years'), where a
    writer may name the one a pronoun above stands for."""
    node = tok.head
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False


# subordinators of a clause that may open a sentence with a pronoun for the subject named after it
_FRONTED_MARKS = frozenset("as when while after before although though since once because if until".split())


def _main_subject_after(pronoun):
    """'Even as he accused the Justice Department ..., Giuliani wouldn't speculate': the subject of a clause
    that opens the sentence, set off by a comma, names no one before the main clause; the pronoun looks ahead
    to that clause's subject when it is a name. The name's token, or None."""
    clause = pronoun.head
    if pronoun.dep_ not in _SUBJ or clause.dep_ != "advcl" or clause.head.i < clause.i \
            or not any(c.dep_ == "mark" and c.lower_ in _FRONTED_MARKS for c in clause.children):
        return None
    main = clause.head
    end = clause.right_edge.i
    if clause.left_edge.i > main.sent.start + 1 or end + 1 >= len(pronoun.doc) or pronoun.doc[end + 1].text != ",":
        return None
    subject = next((c for c in main.children if c.dep_ in _SUBJ and c.i > end), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def _antecedent(token):
    """'a group that urged ...', 'Bill Maher, who is supporting Sanders': a relative pronoun
    speaks for the noun its clause hangs on (a name in apposition to that noun if any)."""
    verb = token.head
    if token.lower_ not in RELATIVE_WORDS or token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
        return token
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or any(t.text in DOUBLE_MARKS for t in token.doc[noun.i + 1 : token.i]):
        return token  # 'a website called "Halifax If Peter Smith Wins" that pitches ...': a title says nothing
    while noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN") and not _thing_of_person(noun):
        noun = noun.head.head  # "the head of the group, who said": the head speaks
    # (a surname the recogniser took for an organisation, 'lined up with Priebus, who has said', is still 'who')
    if noun.dep_ == "pobj" and not (token.lower_ == "who" and noun.ent_type_ in ("PERSON", "ORG") and noun.i == token.i - 2
                                    and token.doc[token.i - 1].text == ","):
        # ('steep for Mr. Sanders, who said ...': only a person is 'who'; not 'from X to Joe Biden — who ...')
        return token  # "an analysis reported by the Globe, which concluded": which noun is unclear
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        noun = noun.head  # "Bill Daley, a former banker who had lobbied ..."
    return noun


# nouns of an act or a state, which no one is: 'mention', 'endorsement', 'candidacy'
_ABSTRACT = re.compile(r"\w{3,}(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|acy)$")
_EVENTS = frozenset("victory win defeat loss campaign speech rally support praise attack death".split())


def _hyphened_lemma(token) -> str:
    """The token's lemma, or with the word hyphened to it before when that makes a listed title
    ('front-runner' for 'runner'; 'co-chairman' stays 'chairman')."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        joined = f"{doc[i - 2].lower_}-{token.lemma_.lower()}"
        if joined in _PERSON_WORDS or joined in _REDESCRIBING:
            return joined
    return token.lemma_.lower()


def _thing_of_person(noun) -> bool:
    """'no mention of Jeb Bush, who announced ...': a person named after 'of' an act or a state
    (not 'the head of', 'the wife of', 'a supporter of') is who the relative clause is about."""
    owner = noun.head.head
    lemma = owner.lemma_.lower()
    return noun.ent_type_ == "PERSON" and owner.pos_ == "NOUN" and (bool(_ABSTRACT.match(lemma)) or lemma in _EVENTS)


def _name_after_title(index: "SpeakerIndex", doc, span: tuple[int, int]) -> Resolution | None:
    """'Brig. Gen. Patrick Ryder': the parser may stop at an abbreviated title; the name follows."""
    tail = doc_text(doc)[span[0] : span[1]].split()
    if not tail or tail[-1].strip(".").lower() not in _ABBREV_TITLES:
        return None
    for ent in doc.ents:
        if ent.label_ == "PERSON" and 0 <= ent.start_char - span[1] <= 12:
            between = doc_text(doc)[span[1] : ent.start_char].split()
            if all(w.strip(".").lower() in _ABBREV_TITLES or w == "." for w in between):
                found = _known(index, ent)
                if found is not None:
                    return found
    return None


def _known(index: "SpeakerIndex", ent) -> Resolution | None:
    """The registered person or body a name span is, as a resolution of that span."""
    entity = index.by_ent.get(ent.start)
    return Resolution(entity, (ent.start_char, ent.end_char)) if entity is not None else None


def _name_in_title_of(index: "SpeakerIndex", token) -> Resolution | None:
    """'Speaker of the House Rep. Paul Ryan (R-WI) said': the parser made the title the subject; the name
    ending its 'of' phrase speaks (see roles.title_of_name)."""
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None:
        return None
    for ent in token.doc.ents:
        found = _known(index, ent) if ent.label_ == "PERSON" and prep.i < ent.start <= prep.right_edge.i \
            and title_of_name(ent.root) is token else None
        if found is not None:
            return found
    return None


def _name_after_titles(index: "SpeakerIndex", token) -> Resolution | None:
    """'former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell', 'Former prosecutor
    and New York City Mayor Rudy Giuliani': two titles joined by 'and' before one name; the parser makes
    the first title the subject and the name its conjunct."""
    if token.lower_.strip(".") not in ROLE_NOUNS and token.lemma_.lower().strip(".") not in ROLE_NOUNS \
            and token.lower_.strip(".") not in _ABBREV_TITLES:
        return None
    doc = token.doc
    for c in token.rights:
        if c.dep_ != "conj" or c.ent_type_ != "PERSON" or doc[token.i + 1].lower_ != "and":
            continue
        ent = entity_of(c, ("PERSON",))
        found = _known(index, ent) if ent is not None and all(
            t.is_title or t.is_punct for t in doc[token.i + 2 : ent.start]) else None
        if found is not None:
            return found
    return None


# particles inside personal names ('Ursula von der Leyen', 'Mohammed bin Salman')
_PARTICLES = frozenset("von van der den de del della da do dos di le la al el bin ibn".split())
# small words inside any name ('Bank of England', 'Institute for Fiscal Studies')
_LINK_WORDS = _PARTICLES | {"of", "for"}


def _name_link(toks, k: int) -> bool:
    """'Bank of England', 'Institute for Fiscal Studies': a small word inside a name, between capitals."""
    return toks[k].lower_ in _LINK_WORDS and k + 1 < len(toks) and toks[k + 1].text[:1].isupper()


def _particle_start(doc, i: int) -> int:
    """'Ursula von der Leyen' where the recogniser took only 'Leyen': the name starts before its particles."""
    j = i
    while j > 0 and doc[j - 1].text in _PARTICLES:
        j -= 1
    if j == i:
        return i
    while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() and \
            doc[j - 1].lower_ not in ROLE_NOUNS and doc[j - 1].whitespace_:
        j -= 1
        break  # one given name
    return j


_WRITTEN = frozenset("report study survey analysis review audit assessment investigation poll paper statement".split())


_KIN = frozenset("husband wife son daughter brother sister father mother widow widower grandson granddaughter".split())


def _kin_of(ent, name_toks: list):
    """'Clinton's husband, Bill,', 'his wife, Jane,': the possessor of the relative a lone first name is set
    beside (a name or a pronoun), or None."""
    root = ent.root
    if ent.label_ != "PERSON" or len(name_toks) != 1 or root.dep_ != "appos" or root.head.lemma_.lower() not in _KIN \
            or not known_first_name(root.text):
        return None
    family = next((c for c in root.head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")), None)
    return family if family is not None and family.ent_type_ in ("PERSON", "ORG", "") else None


def _title_article(det) -> bool:
    """'according to The Federalist': a capital 'The' inside a sentence, before a name, is part of it."""
    return det.text == "The" and not det.is_sent_start and det.head.pos_ == "PROPN" and det.i == det.head.i - 1 \
        and not quote_token(det.doc[det.i - 1])  # (not a quoted title)


def _author_of(token):
    """The named author of a document that speaks: 'a 2023 report by X', 'a report released by X last
    year', 'a Marist College poll' (a name the recogniser knows, before it), or None."""
    if token.lemma_.lower() not in _WRITTEN:
        return None
    preps = [p for p in token.rights if p.dep_ in ("prep", "agent")]
    preps += [p for v in token.rights if v.dep_ == "acl" and v.tag_ == "VBN" for p in v.children if p.dep_ == "agent"]
    for prep in preps:
        if prep.lower_ in ("by", "from"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in ("ORG", "PERSON")):
                return pobj
    return next((c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.ent_type_ in ("ORG", "PERSON") and not c.is_sent_start),
                None)  # (not 'Exit polls', which the recogniser may call a name)


_PUT_OUT = frozenset("issue release publish put send".split())


def _author_just_named(token):
    """'A statement by the ministry described ... "...," the statement said': the author of the same kind of
    document named in the sentence before (by X, X's, X issued it), or None when that one has none."""
    lemma = token.lemma_.lower()
    if lemma not in _WRITTEN or token.sent.start == 0:
        return None
    before = token.doc[token.sent.start - 1].sent
    named = [t for t in before if t.lemma_.lower() == lemma and t.pos_ == "NOUN"]
    if len(named) != 1:
        return None
    doc_noun = named[0]
    author = _author_of(doc_noun) or next((c for c in doc_noun.children if c.dep_ == "poss" and (
        c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON"))), None)
    if author is None and doc_noun.dep_ == "dobj" and doc_noun.head.lemma_.lower() in _PUT_OUT:
        author = next((c for c in doc_noun.head.children if c.dep_ == "nsubj"), None)
    return author if author is not None and author.ent_type_ not in ("DATE", "TIME") else None  # ('Wednesday's poll')


def _joint_authors(token) -> tuple[int, int] | None:
    """'a CNN/ORC poll', 'a Wall Street Journal/NBC News poll': the names joined by a slash before the
    document, as one source (character span)."""
    if token.lemma_.lower() not in _WRITTEN:
        return None
    doc, k = token.doc, token.i - 1
    while k >= 0 and (doc[k].pos_ == "PROPN" or doc[k].text in ("/", "&")) and doc[k].head.i >= k:
        k -= 1
    run = doc[k + 1 : token.i]
    if len(run) < 3 or run[0].pos_ != "PROPN" or run[-1].pos_ != "PROPN" or not any(t.text == "/" for t in run):
        return None
    return run.start_char, run.end_char


_YEAR_OLD = r"(\d{1,3})-year-old"
_AGE_DESCRIPTOR = re.compile(rf"(?:the\s+)?{_YEAR_OLD}", re.I)  # "the 34-year-old"
_AGE_BEFORE_NAME = re.compile(rf"{_YEAR_OLD}\s*$")  # "34-year-old Maria Lopez"


def _stated_age(ent) -> int | None:
    """"Maria Lopez, 34,", "Maria Lopez, aged 34,", "34-year-old Maria Lopez": the age a name is given with."""
    doc = ent.doc
    after = [t.text for t in doc[ent.end:ent.end + 4]]
    if after[:1] == [","] and after[1:2] == ["aged"]:
        after = after[:1] + after[2:]
    if len(after) >= 3 and after[0] == "," and after[1].isdigit() and after[2] in (",", ".") and 0 < int(after[1]) < 120:
        return int(after[1])
    before = doc[max(0, ent.start - 5):ent.start].text
    m = _AGE_BEFORE_NAME.search(before)
    return int(m[1]) if m and 0 < int(m[1]) < 120 else None


def _span_of(token, of_phrase: bool = True) -> tuple[int, int]:
    """Character span of a noun phrase head with its left modifiers (no clauses); ``of_phrase``:
    with an 'of' phrase after it ('Bank of America') or a 'for' and a name ('Citizens for Trump')."""
    left = token
    for c in token.lefts:
        if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC") and token.pos_ == "PROPN" or seat_word(c):
            continue  # "North Carolina's Ada Fisher", "Mich.-based First of America": the place is not in the name
        if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case") or c.pos_ == "PROPN":
            person = entity_of(c, ("PERSON",)) if c.dep_ == "poss" else None
            # ('Rival Hillary Clinton's campaign': the possessor's name, not the words in front of it)
            left = min(left, person[0] if person is not None and person.start <= c.i else c.left_edge,
                       key=lambda t: t.i)
    right = token
    for c in token.rights:
        if c.dep_ in ("compound", "case", "flat") or (c.dep_ == "prep" and c.lower_ == "of" and of_phrase) or (
                of_phrase and c.dep_ == "prep" and c.lower_ == "for" and c.right_edge.pos_ == "PROPN"
                and c.right_edge.text[:1].isupper()):  # 'Citizens for Trump', 'March for Bernie'
            right = max(right, c.right_edge, key=lambda t: t.i)
    while left.i < token.i and (left.is_punct or left.dep_ == "det" and left.lower_ in ("the",)):
        if left.dep_ == "det":
            break
        left = token.doc[left.i + 1]
    return left.idx, right.idx + len(right.text)


__all__ = ["SpeakerIndex", "Entity", "Resolution", "apposition"]
