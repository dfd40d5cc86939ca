"""Learned attribution content spans: a span tagger for what the rules and the pair scorer miss.

The cue rules and the pair scorer (:mod:`.attribution_model`) only propose content that
hangs off a cue word in the parse. Attribution corpora also mark content the parse does
not link that way: a belief spread over a clause the parser attached elsewhere, a
position stated in a coordinated verb phrase, a claim in a title. A spaCy entity
recognizer with its own token encoder (word shapes, affixes, tags and dependency labels),
trained on the PolNeAR attribution corpus by ``tools/train_attribution_tagger.py``,
marks content spans directly. Its spans run inside the spaCy pipeline (so they are
computed in the worker processes of ``nlp.pipe``) and are kept in ``doc.spans``; a span
none of the other finders covers becomes an indirect quote whose cue and holder are read
from the parse, if the parse gives them and the pair scorer rates that cue word and
argument at least as high as it requires of its own items. The tagger finds the span
(where the scorer's own argument span was dropped or cut wrong); the scorer vouches for
the pair, so the tagger adds recall without lowering precision.

The stored model is a spaCy pipeline folder in ``storyline/data``; the environment
variable ``STORYLINE_ATTRIBUTION_TAGGER`` names another one (held-out evaluation), or
``off`` to run without it.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span

from ..doctext import doc_text
from .attribution_features import ARG_DEPS, HEAD_POS, head_features, pair_features
from .attribution_model import THRESHOLD, load_weights, pair_probability
from .cue_senses import not_reporting
from .quote_attribution import Cue, negated, noun_source, subject_of
from .quote_common import Candidate, crosses, inside, states_nothing

TAGGER_DIR = "data/attribution_tagger"
COMPONENT = "storyline_attribution_tagger"
SPANS_KEY = "storyline_attribution"
LABEL = "CONTENT"
# a tagged span is new when at most this share of its words is in an item already found
NEW_SHARE = 0.5
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4)
def load_tagger(path: str | None = None):
    """The stored tagger pipeline, the one ``STORYLINE_ATTRIBUTION_TAGGER`` names, or None
    (no model shipped, or the variable says ``off``)."""
    import spacy

    path = path or os.environ.get("STORYLINE_ATTRIBUTION_TAGGER")
    if path and path.strip().lower() in ("off", "0", "no", "false"):
        return None
    source = Path(path) if path else Path(str(resources.files("storyline").joinpath(TAGGER_DIR)))
    if not (source / "config.cfg").is_file():
        return None
    return spacy.load(source)


def tagger_available() -> bool:
    return load_tagger() is not None


@Language.factory(COMPONENT)
def make_attribution_tagger(nlp, name):
    nlp.vocab.strings.add(LABEL)
    return tag_attributions


def tag_attributions(doc):
    """Store the tagger's content spans in ``doc.spans``; needs the tags and the parse.

    The recognizer writes entities, so it runs on a copy and the document's own named
    entities are left alone."""
    tagger = load_tagger()
    if tagger is None or not len(doc):
        return doc
    work = doc.copy()
    work.set_ents([], default="missing")  # preset entities would constrain the recognizer
    for _name, proc in tagger.pipeline:
        work = proc(work)
    doc.spans[SPANS_KEY] = [Span(doc, e.start, e.end, label=LABEL) for e in work.ents]
    return doc


def tagged_candidates(doc, direct_spans: list[tuple[int, int]], taken: list[Candidate]) -> list[Candidate]:
    """Indirect candidates for tagged content spans that no earlier finder covers."""
    if SPANS_KEY not in doc.spans:
        return []
    text = doc_text(doc)
    covered: set[int] = set()
    used_cues = {c.cue.start for c in taken if c.cue is not None}
    for c in taken:
        covered.update(_words(text, c.start, c.end))
    weights = load_weights()
    out: list[Candidate] = []
    for span in doc.spans[SPANS_KEY]:
        span = _trimmed(span)
        if span is None or len(span) == 1 and span[0].pos_ != "PROPN":
            continue  # one word that is not a name ('chanting no'): too little to attribute, as for the scorer
        s, e = span.start_char, span.end_char
        words = _words(text, s, e)
        if not words or len(words & covered) > NEW_SHARE * len(words):
            continue
        if "\n" in text[s:e] or states_nothing(doc, s, e) or crosses(s, e, direct_spans):
            continue
        if inside(s, e, direct_spans) and not _is_quotation(text, s, e):
            continue  # part of a direct quote already found
        word, cue, confidence = _cue(span, weights)
        if cue is None or cue.speaker is None:
            continue  # held out, spans with no cue word or no holder were right less than half the time
        if confidence < THRESHOLD:
            continue  # the scorer's own bar: held out, the spans below it were right about 40% of the time
        if cue.start in used_cues:
            continue  # that word's content is already an item, with the finder's own boundaries
        out.append(Candidate(s, e, "indirect", cue, confidence=confidence, negated=negated(word)))
        covered.update(words)
        used_cues.add(cue.start)
    return out


def _words(text: str, s: int, e: int) -> set[int]:
    return {s + m.start() for m in _WORD.finditer(text[s:e])}


def _trimmed(span):
    """Without edge punctuation and spaces (the corpus marks 'that' clauses from their first word)."""
    s, e = span.start, span.end
    doc = span.doc
    while s < e and (doc[s].is_space or doc[s].is_punct and doc[s].text not in "\"\u201c\u2018'"):
        s += 1
    while e > s and (doc[e - 1].is_space or doc[e - 1].is_punct and doc[e - 1].text not in "\"\u201d\u2019'"):
        e -= 1
    return doc[s:e] if e > s else None


def _is_quotation(text: str, s: int, e: int) -> bool:
    return text[s] in "\"\u201c\u2018" and text[e - 1] in "\"\u201d\u2019"


def _cue(span, weights):
    """(cue token, cue, confidence): the word the span's root hangs from, with its holder, and
    the pair scorer's probability for that (cue word, argument) pair as the item's confidence
    (0 without stored weights); no cue when the root's head is inside the span or is not a
    word that can report."""
    root = span.root
    h = root.head
    if h.pos_ == "ADP" and h.dep_ in ("prep", "agent") and not span.start <= h.i < span.end:
        root, h = h, h.head  # 'pushed for [a ban]': the verb is the cue, its preposition the argument
    if h.i == root.i or span.start <= h.i < span.end or h.pos_ not in HEAD_POS or not h.is_alpha:
        return None, None, 0.0
    if not_reporting(h):
        return None, None, 0.0  # 'called off [projects]': the word reports nothing here
    p = 0.0
    if weights and root.dep_ in ARG_DEPS:
        p = pair_probability(weights, pair_features(h, root, head_features(h, False)))
    if h.tag_ == "VBN" and h.dep_ in ("acl", "amod"):
        spk = None
    else:
        spk = subject_of(h) if h.pos_ in ("VERB", "AUX") else noun_source(h)
    if spk is not None and span.start <= spk.i < span.end:
        spk = None
    return h, Cue(h.idx, h.idx + len(h.text), h.text, spk), round(p, 3)
