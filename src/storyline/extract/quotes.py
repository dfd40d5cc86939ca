"""Quotes with resolved speakers: direct, partial and indirect speech in one article.

Direct quotes come from paired quotation marks (:mod:`.quote_marks`), their cue and
speaker from the same sentence (:mod:`.quote_attribution`); a quote paragraph with no
attribution continues the previous quote's speaker. Indirect speech comes from the
parse (:mod:`.quote_indirect`). Speakers are resolved, in reading order, to the
fullest name in the article (:mod:`.speakers`).

A quote split around its attribution ('"A," he said. "B."') yields two Quote
objects with the same speaker. Offsets index ``doc.text``.
"""
from __future__ import annotations

import logging
import re

from ..doctext import doc_text
from ..clean.outlets import by_name as outlet_named
from ..model import Quote
from .attribution_model import learned_candidates
from .attribution_tagger import tagged_candidates
from .cues import OUTLET_NOUNS, cue_type
from .quote_attribution import (
    Cue,
    colon_speaker,
    cue_in,
    governing_cue,
    head_window,
    is_mark,
    reports_own_clause,
    tail_window,
)
from .quote_common import MIN_WORDS, Candidate, after_dateline, token_at, tokens_in, trim, words
from .quote_frames import as_cue, colon_lines, label_cue, noun_candidates
from .quote_indirect import indirect_candidates, reporter_of
from .quote_marks import DASHES, QUOTE_CHARS, Marked, find_marked
from .speakers import SpeakerIndex

log = logging.getLogger(__name__)


def _after_word(text: str, m: Marked) -> bool:
    """The opening mark follows a word of the writer's sentence ('called it "a big mistake"')."""
    before = text[m.paragraph[0] : m.open].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in "'\u2019")


def _is_partial(text: str, m: Marked) -> bool:
    after = text[m.outer_end : m.paragraph[1]].lstrip()
    content = text[m.start : m.close if m.close is not None else m.end].rstrip()
    embedded_before = _after_word(text, m)
    embedded_after = bool(after) and after[0].isalnum() and not content.endswith((".", "!", "?", ","))
    sentence_like = content.endswith((".", "!", "?")) and words(content) >= 6
    return (embedded_before or embedded_after) and not sentence_like


def _opens_mid_sentence(text: str, m: Marked) -> bool:
    """'accused him of running a campaign "of hatred, of derision, of dividing us."': a quotation
    that opens in lower case right after a word goes on the writer's sentence, whose verb frames it."""
    return _after_word(text, m) and text[m.start : m.start + 1].islower()


def _previous_colon_cue(doc, m: Marked) -> Cue | None:
    """'He added:' closing the paragraph before a quote paragraph."""
    text = doc_text(doc)
    prev_end = m.paragraph[0]
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end == 0 or text[prev_end - 1] != ":":
        return None
    last = token_at(doc, prev_end - 1)
    if last is None:
        return None
    window = head_window(doc, last.i + 1)
    return cue_in(window, near_end=True) or colon_speaker(window)


_ENDS = (".", "!", "?")
# '"..." ― Jorge Falcon': a dash and a name closing the quote's line sign it
_SIGNATURE = re.compile(  # the name, then perhaps an age, a place or a job after a comma ('— Paul Reed, Ohio')
    r"[^\S\n]*(\u2015|\u2014|\u2013|--?)[^\S\n]*"
    r"([A-Z][\w.'\u2019-]*(?:[^\S\n]+(?:[A-Z][\w.'\u2019-]*|de|del|da|van|von|la|le|bin|al)){0,5})"
    r"(?:,[^\S\n]*[\w][^\n,]{0,40}){0,2}[^\S\n]*[.,]?[^\S\n]*(?=\n|$)"
)


def _opens_line(text: str, m: Marked) -> bool:
    """Nothing but space before the opening mark on its line: a quote standing alone (a reader's
    comment, an epigraph), not one inside a sentence with a byline after it ('... Spain."--Kim Berg')."""
    line_start = text.rfind("\n", 0, m.open) + 1
    return not text[line_start : m.open].strip()


def _signature(doc, m: Marked) -> Cue | None:
    """A quote signed by a name after a dash at the end of its line ('"..." ― Ana Ruiz', '— Reuters')."""
    text = doc_text(doc)
    found = _SIGNATURE.match(text, m.outer_end)
    if found is None:
        return None
    dash = found.start(1)
    name_end = found.start(2) + len(found.group(2).rstrip(".,"))
    last = token_at(doc, name_end - 1)
    if last is None or last.pos_ != "PROPN":
        return None
    return Cue(dash, dash + 1, text[dash], last)


def _cue_for(doc, m: Marked, partial: bool) -> Cue | None:
    """The attribution of a marked quote: after it when the quote ends with a comma
    ('"...," he said'), else before it ('X said: "..."'), else a colon line before."""
    text = doc_text(doc)
    open_tok = token_at(doc, m.open)
    close_tok = token_at(doc, m.outer_end - 1) if m.close is not None else None
    head = head_window(doc, open_tok.i)
    tail = tail_window(doc, close_tok.i) if close_tok is not None else []
    inner = text[m.start : m.close if m.close is not None else m.end].rstrip()
    comma_end = inner.endswith((",", "?", "!")) or text[m.outer_end : m.outer_end + 1] == ","
    cue = _signature(doc, m) if _opens_line(text, m) else None
    if cue is not None:
        return cue
    quote = (open_tok.i, close_tok.i if close_tok is not None else len(doc) - 1)
    # the verb a quotation inside the writer's sentence hangs on ('called it "a big mistake"')
    framing = governing_cue(tokens_in(doc, m.start, m.end)) if partial or _opens_mid_sentence(text, m) else None
    if partial and framing is not None and framing.start < m.open and framing.speaker is not None:
        return framing  # 'even as Ruiz claimed that "...," the prosecutor said': Ruiz's words
    if comma_end or not head:
        cue = cue_in(tail, near_end=False, loose=comma_end and not partial, quote=quote)
        lead = _opening_cue(head, quote) if cue is not None else None
        if lead is not None and (_participle(doc, cue) or _relayed(cue, lead)):
            return lead  # 'but said, "It's time we change," promising ...': the verb that opens the quotation
        if cue is not None and not comma_end and inner.endswith(_ENDS) and _own_sentence(cue, tail):
            cue = None
        elif cue is not None and _circumstance(doc, cue):
            cue = None  # '..., "That makes me smart," when Quint blasted him': what was going on, not who spoke
        elif cue is not None and _introduces_next(doc, inner, tail):
            cue = None  # 'X was asked, "...?" He answered, "...": the answer's cue, not the question's
    if cue is None:
        cue = cue_in(head, near_end=True, quote=quote)
        if cue is None or cue.speaker is None:  # 'When asked, she gave this answer: "..."'
            cue = colon_speaker(head) or cue
        if (cue is None or cue.speaker is None) and head and head[-1].text == ":":
            cue = label_cue(doc, head[-1]) or cue  # a headline's 'Trump: "We will win"
    if cue is None and not partial:
        cue = cue_in(tail, near_end=False, quote=quote)
        if cue is not None and inner.endswith(_ENDS) and _own_sentence(cue, tail):
            cue = None  # a new sentence with its own report follows the quote
    if cue is None and not head and m.paragraph[0] > 0:
        cue = _previous_colon_cue(doc, m)
    if cue is None and framing is None:  # 'As Ms. Simonyan put it, RT is "providing a perspective ..."'
        cue = next((c for t in head if (c := as_cue(t)) is not None), None)
    cue = cue if cue is not None else framing
    verb = token_at(doc, cue.start) if cue is not None else None
    if verb is not None and (reporter := reporter_of(verb)) is not None:
        # 'She told ABC the tone was cordial, and predicted viewers "will be ..."': the first report's speaker
        cue = Cue(cue.start, cue.end, cue.text, reporter)
    return cue


_CIRCUMSTANCE_MARKS = frozenset({"when", "while", "after", "before", "because", "if", "since", "until"})


def _circumstance(doc, cue: Cue) -> bool:
    """The cue after a quotation heads a clause of time or cause with its own subject ('when Quint blasted
    him'); ('"...," as Quint said' does attribute)."""
    tok = token_at(doc, cue.start)
    return tok is not None and any(c.dep_ == "nsubj" for c in tok.children) and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _CIRCUMSTANCE_MARKS for c in tok.children)


def _opening_cue(head: list, quote: tuple[int, int]) -> Cue | None:
    """The cue verb right before the comma or colon that opens the quotation ('but said, "..."'), or None."""
    if len(head) < 2 or head[-1].text not in (",", ":"):
        return None
    lead = cue_in(head, near_end=True, quote=quote)
    return lead if lead is not None and lead.start == head[-2].idx and lead.speaker is not None else None


def _participle(doc, cue: Cue) -> bool:
    """The cue after a quotation is a bare participle ('"...," promising the club will ...'): it goes
    on with the sentence, it does not attribute the words before it."""
    tok = token_at(doc, cue.start)
    return tok is not None and tok.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in tok.children)


def _relayed(cue: Cue, lead: Cue) -> bool:
    """A news outlet's report after someone's quoted words ('She said, "No comment," the Herald
    reported') relays them: the words stay with the verb that opens them."""
    return _outlet(cue.speaker) and not _outlet(lead.speaker, strict=True) and lead.speaker.lower_ != "it"


def _outlet(tok, strict: bool = False) -> bool:
    """An organisation, or a name or noun for a publication ('the Miami Herald', 'the newspaper').
    ``strict``: an organisation only when it names a known outlet (the recogniser calls 'Trump' one now and then)."""
    if tok is None:
        return False
    if tok.lemma_ in OUTLET_NOUNS or tok.ent_type_ == "ORG" and (not strict or outlet_named(tok.text) is not None):
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and any(c.lower_ == "the" for c in tok.children)


def _introduces_next(doc, inner: str, tail: list) -> bool:
    """A new sentence after a finished quote that ends on a comma or colon before another quote
    ('... idea?" He answered, "I have no idea."') introduces that quote. (An interruption, '"Yes,"
    he said, "it is."', goes on in lower case.)"""
    if not tail or not inner.rstrip("'’”\"").endswith(("?", "!", ".")) or not tail[0].text[:1].isupper():
        return False
    nxt = tail[-1].i + 1
    return tail[-1].text in (",", ":") and nxt < len(doc) and is_mark(doc[nxt])


def _own_sentence(cue: Cue, tail: list) -> bool:
    """The sentence after a finished quote reports a clause of its own, or opens the next
    quote ('"..." Mr. Zahed said: "..."'), or its cue hangs inside one of its phrases ('"..." The government
    faced a movement calling for a withdrawal'): either way it does not attribute this one."""
    verb = next((t for t in tail if t.idx == cue.start), None)
    embedded = verb is not None and verb.dep_ in ("acl", "relcl", "amod", "advcl", "pcomp", "xcomp")
    # '"..." As it stands, the system holds 25 percent of inmates, according to the bureau': the next sentence's
    # own clause comes before its 'according to'
    sourced = cue.text.lower().startswith("according") and any(
        t.idx < cue.start and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") for t in tail)
    return embedded or sourced or reports_own_clause(cue, tail) or any(
        t.text == ":" and t.idx > cue.start for t in tail)


def _coordinated_with(doc, m: Marked, before: Candidate) -> bool:
    """A quoted phrase joined by 'and'/'or' to the quoted phrase just before it."""
    inside = tokens_in(doc, m.start, m.end)
    root = next((t for t in inside if not m.start <= t.head.idx < m.end), None)
    return root is not None and root.dep_ == "conj" and before.start <= root.head.idx < before.end


def _direct_candidates(doc, marked: list[Marked]) -> list[Candidate]:
    text = doc_text(doc)
    out: list[Candidate] = []
    for m in marked:
        if token_at(doc, m.open) is None:
            continue
        content = text[m.start : m.end]
        if _is_title(content, after_on=text[: m.open].rstrip().endswith(" on")):
            continue  # a show, book or slogan named in quotation marks
        partial = _is_partial(text, m)
        last = out[-1] if out else None
        if partial and last is not None and last.kind == "partial" and _coordinated_with(doc, m, last):
            cue = last.cue  # 'compared them to "criminals" and "rapists", Ferrera wrote ...': one speaker's words
        else:
            cue = _cue_for(doc, m, partial)
        if partial and (cue is None or cue.speaker is None):
            continue  # scare quotes: nobody is quoted
        labelled = _transcript_line(doc, m) if cue is None else None
        if labelled is not None:  # '"PENCE: Well, look, ...': a transcript line names its speaker
            out.append(labelled)
            continue
        if cue is None:
            if words(content) < MIN_WORDS:
                continue  # nicknames, single words
            out.append(Candidate(m.start, m.end, "direct", None, inherit=not _named_by_noun(doc, m), para=m.paragraph))
            continue
        out.append(Candidate(m.start, m.end, "partial" if partial else "direct", cue, para=m.paragraph))
    return out


_LABEL_NOUNS = frozenset("chant slogan motto phrase refrain cry banner sign placard headline hashtag song".split())


def _transcript_line(doc, m: Marked) -> Candidate | None:
    """A quoted line that opens with a speaker's label and a colon ('"WALLACE: Let's start ...'): the words
    after the colon, said by the one the label names; None for any other quotation."""
    colon = next((t for t in tokens_in(doc, m.start, min(m.end, m.start + 40)) if t.text == ":"), None)
    cue = label_cue(doc, colon) if colon is not None else None
    if cue is None:
        return None
    s, e = trim(doc, colon.idx + 1, m.end)
    return Candidate(s, e, "direct", cue, para=m.paragraph) if words(doc_text(doc)[s:e]) >= MIN_WORDS else None


def _named_by_noun(doc, m: Marked) -> bool:
    """'the crowd reprised the chant "Lock her up!"': the words a noun before the quotation names are
    that chant or slogan, not more words of the person quoted before."""
    open_tok = token_at(doc, m.open)
    prev = doc[open_tok.i - 1] if open_tok is not None and open_tok.i > 0 else None
    return prev is not None and prev.pos_ == "NOUN" and prev.lemma_.lower() in _LABEL_NOUNS


def _is_title(content: str, after_on: bool = False) -> bool:
    """'"New Day."', '"Make America Great Again"': short and every word capitalised; longer only with
    a subtitle ('"Those Guys Have All the Fun: Inside the World of ESPN"') or after 'on' ('said on "The Late
    Show With Stephen Colbert"', a programme)."""
    words = [w for w in content.strip(" .!?,").split() if any(c.isalpha() for c in w)]
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "from", "by", "or"}
    limit = 14 if ":" in content.strip(" .!?,") or after_on else 5
    return 0 < len(words) <= limit and all(w[0].isupper() or w in small for w in words) and words[0][0].isupper()


def _sentence(doc, lo: int, hi: int) -> tuple[int, int]:
    sents = [s for s in doc.sents if s.end_char > lo and s.start_char < hi]
    if not sents:
        return lo, hi
    return sents[0].start_char, sents[-1].end_char


def find_quotes(doc) -> list[Quote]:
    """Direct, partial and indirect quotes in a parsed spaCy ``Doc``; offsets into ``doc.text``."""
    text = doc_text(doc)
    marked = find_marked(text)
    direct = _direct_candidates(doc, marked)
    marked_spans = [(m.start, m.end) for m in marked]
    indirect = (
        indirect_candidates(doc, marked_spans)
        + colon_lines(doc, marked_spans)
        + noun_candidates(doc, marked_spans)
    )
    found = direct + indirect
    found += learned_candidates(doc, marked_spans, found)
    found += tagged_candidates(doc, marked_spans, found)
    for c in found:
        if c.kind == "indirect":
            c.start = after_dateline(text, c.start, c.end)
    cands = sorted(found, key=lambda c: (min(c.start, c.cue.start if c.cue else c.start), c.start))
    index = SpeakerIndex(doc, quoted=marked_spans)
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    prev: Quote | None = None
    prev_entity = None
    prev_para: tuple[int, int] | None = None
    report: tuple[Quote, tuple[int, int]] | None = None  # a report closing its paragraph since the last quotation
    latest = None  # the person of the last rule-found quote of any kind
    for c in cands:
        if (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        q = Quote(start=c.start, end=c.end, text=text[c.start : c.end], kind=c.kind)
        lo, hi = c.start, c.end
        entity = None
        if c.cue is not None:
            q.cue, q.cue_span = c.cue.text, (c.cue.start, c.cue.end)
            cue_tok = token_at(doc, c.cue.start)
            signed = c.cue.text == ":" or c.cue.text in DASHES
            lemma = ":" if signed else (cue_tok.lemma_ if cue_tok is not None else c.cue.text)
            if c.cue.text.lower().startswith("according"):
                lemma = "according"
            q.cue_type = cue_type(lemma)
            if q.cue_type == "other" and c.kind == "direct" and c.confidence is None:
                q.cue_type = "speech"  # words in quotation marks that a rule gave a speaker ('boomed, "..."')
            if c.confidence is not None:
                q.confidence = c.confidence
                q.negated = c.negated
                if q.cue_type == "speech":
                    q.cue_type = "other"  # the brief cites rule-confirmed speech only
            lo, hi = min(lo, c.cue.start), max(hi, c.cue.end)
            if c.cue.speaker is not None:
                # ('..., he added.' after what it reports goes on from the quote before, as '"...," he added' does)
                trailing = c.kind == "indirect" and c.cue.speaker.idx > c.end
                continuing = (c.kind != "indirect" or trailing) and lemma.lower() in _CONTINUING \
                    and _adjacent(text, prev_para, c.para or _paragraph_at(text, c.start)) \
                    and (latest is None or latest is prev_entity)  # (not past another person's report: '... Amano
                # said that ... - which he added "is deeply regrettable"')
                res = index.resolve(c.cue.speaker, previous=prev_entity if continuing else None)
                q.speaker_span = res.span
                lo, hi = min(lo, res.span[0]), max(hi, res.span[1])
                entity = res.entity
                if entity is None and res.name:
                    entity = index.register_name(res.name, res.words, res.kind)
                elif entity is None and c.cue.speaker.pos_ == "NOUN":
                    index.note_unnamed(c.cue.speaker, res.span[0])
                if entity is None and c.cue.speaker.lower_ in ("i", "we", "you") \
                        and (host := _holding_quote(quotes, q)) is not None:
                    # '"I think the plan will fail," she said', '"We believe ...," she said': hers, in her words
                    _take_speaker(q, host)
                if entity is not None:
                    q.speaker, q.speaker_role = entity.name, entity.role
                    named = c.cue.speaker.pos_ != "PRON"
                    if c.confidence is None or (entity.kind == "org" and named):
                        # learned guesses do not steer later pronouns, except an organisation named as the
                        # holder ("The ministry welcomed the decision. It said ...")
                        index.note_speaker(entity, res.span[0], c.cue.speaker)
        elif c.inherit and report is not None and _opens_next_paragraph(text, c, report[1]) \
                and _adjacent(text, report[1], c.para):
            _take_speaker(q, report[0])
        elif c.inherit and (told := _report_just_before(text, quotes, c)) is not None:
            # 'Also, Trump isn't a conservative, he said. "He's a liberal!"': more of the words just reported
            _take_speaker(q, told)
        elif c.inherit and prev is not None and prev.speaker_span and _adjacent(text, prev_para, c.para):
            _take_speaker(q, prev)
        if q.speaker is None and (host := _reporting_host(quotes, c)) is not None and (
                host.speaker or q.speaker_span is None):
            # 'Luntz said the camp had failed to "humanize their campaign."': the report's speaker
            _take_speaker(q, host)
            q.cue, q.cue_span, q.cue_type = host.cue, host.cue_span, host.cue_type
        q.sentence = _sentence(doc, lo, hi)
        quotes.append(q)
        if entity is not None and entity.kind == "person" and c.confidence is None:
            latest = entity
        if c.kind != "indirect":
            if entity is not None or q.speaker is None:
                prev_entity = entity
            prev, prev_para, report = q, c.para, None
        elif entity is not None and entity.label == "PERSON" and c.confidence is None \
                and not _inside_another(quotes, q, c.cue.start) \
                and (last := _closing_paragraph(text, q.sentence)):  # (not a report inside another one)
            report = (q, last)  # 'Clinton responded, saying ...' then a paragraph of her words
    quotes.sort(key=lambda q: (q.start, q.end))
    log.debug("found %d quotes", len(quotes))
    return quotes


_CONTINUING = {"continue", "add", "conclude", "reiterate", "go", "repeat", "finish", "elaborate"}


def _reporting_host(quotes: list[Quote], c) -> Quote | None:
    """The rule-found reported clause a cue-less quotation sits in, if it names its speaker."""
    if c.kind == "indirect":
        return None
    return next((h for h in reversed(quotes) if h.kind == "indirect" and h.confidence is None and h.speaker_span
                 and h.start <= c.start and c.end <= h.end + 2), None)


def _take_speaker(q: Quote, source: Quote) -> None:
    """The quotation goes on with the words of ``source``'s speaker."""
    q.speaker, q.speaker_span, q.speaker_role = source.speaker, source.speaker_span, source.speaker_role


def _holding_quote(quotes: list[Quote], q: Quote) -> Quote | None:
    """The direct quotation or labelled transcript line ('VALE: ...') with a speaker that holds ``q``, or None."""
    return next((h for h in reversed(quotes) if (h.kind == "direct" or h.cue == ":") and h.speaker
                 and h.start <= q.start and q.end <= h.end), None)


def _inside_another(quotes: list[Quote], q: Quote, pos: int) -> bool:
    """A report whose cue or start (``pos``) lies inside another quotation: nested, not the writer's own."""
    return any(h.start <= pos < h.end for h in quotes if h is not q)


def _report_just_before(text: str, quotes: list[Quote], c) -> Quote | None:
    """A rule-found report of speech by a named speaker whose sentence ends on it, right before the quotation,
    in its paragraph."""
    told = next((q for q in reversed(quotes) if q.kind == "indirect" and q.sentence), None)
    if told is None or told.confidence is not None or told.cue_type != "speech" or not told.speaker \
            or not told.speaker_span:
        return None  # (what someone 'expected' or 'believes' is not followed by their words)
    if _inside_another(quotes, told, told.start):
        return None
    last = max(told.end, told.cue_span[1] if told.cue_span else told.end, told.speaker_span[1])
    if text[last : told.sentence[1]].strip(QUOTE_CHARS + " .,!?\n"):
        return None  # the sentence goes on past the report ('he expected me to read it - and the judge ...')
    gap = text[told.sentence[1] : c.start]  # (the sentence may take the paragraph break along)
    if told.sentence[1] > c.start or "\n" in text[told.end : c.start] or gap.strip(QUOTE_CHARS + " "):
        return None
    # '"...," said Kristen Day, reports USA Today. "...": what is relayed holds the words of its own speaker
    inner = next((q for q in reversed(quotes) if q.kind == "direct" and q.speaker
                  and told.start <= q.start and q.end <= told.end), None)
    return inner or told


def _closing_paragraph(text: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The paragraph a report's sentence closes, or None: a quotation paragraph with no cue right after
    a paragraph that ends on what someone said is more of their words."""
    end = sentence[1]
    while end > sentence[0] and text[end - 1].isspace():
        end -= 1
    lo, hi = _paragraph_at(text, end)
    return (lo, hi) if lo <= sentence[0] and not text[end:hi].strip() else None


def _opens_next_paragraph(text: str, c, para: tuple[int, int] | None) -> bool:
    """A quotation that is the whole start of the paragraph after ``para`` (only its mark before it)."""
    return c.para is not None and c.para != para and not text[c.para[0] : c.start].strip(QUOTE_CHARS + " ")


def _paragraph_at(text: str, pos: int) -> tuple[int, int]:
    """Offsets of the paragraph (line) holding ``pos``."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, end if end >= 0 else len(text)


def _adjacent(text: str, a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Same paragraph, or b is the paragraph right after a."""
    if a is None or b is None:
        return False
    return a == b or (a[1] <= b[0] and not text[a[1] : b[0]].strip())
