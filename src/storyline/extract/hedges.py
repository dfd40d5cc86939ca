"""Numbers that are written but not asserted: idioms, names, conditions, hedges, asks, ads.

"The $64,000 question", "of two minds", "the Fight for 15 movement", "if he
wins by 10 points", "whether two suspects remain", "could be 42 percent",
"hopes to win two contests": each holds a number, none states a figure as a
fact.  Precision first: such numbers are dropped, or (for a hedge with an
explicit bound such as "up to") kept only with that bound.  Headlines, link lists
and adverts ("Subscribe now for $1.99") are page furniture, not reported figures.
"""
from __future__ import annotations

import re

# fixed phrases holding a number that counts nothing (matched on the lower-cased sentence)
IDIOM_RE = re.compile(
    r"(\$?64,000|million[- ]dollar|billion[- ]dollar) question|\b(of|in) two minds\b|\bcloud nine\b"
    r"|\bsixes and sevens\b|\bdime a dozen\b|\bsix feet under\b|\btwo birds\b"
    r"|\b(my|his|her|their|our|your) two cents\b|\btwo cents'? worth\b"  # an opinion, not "fell two cents"
    r"|\bone of the (few|many|most|best|only|last|first)\b|\bnine times out of ten\b|\bone[- ]two punch\b"
    r"|\b(a|one) thousand words\b|\ba (million|thousand|hundred) times\b|\bnumber one\b|\bone by one\b"
    r"|\bone way or (another|the other)\b|\btwo sides of the same coin\b|\bthousand cuts\b"
    r"|\bat (one|some) point\b|\bonce in a hundred years\b|\btwo[- ]way street\b|\bsecond to none\b"
    # "lop five figures off": a magnitude, not a count (but "four figures who ..." are people)
    r"|\b(four|five|six|seven|eight|nine)[- ]figures?\b(?! (who|whom|that|from|in|of|on|at|with)\b)"
    r"|\b(24|twenty-four) hours a day\b|\bseven days a week\b"
    # "gave 100 percent", "I am 100% convinced": emphasis, not a share
    r"|\b(gave|give|gives|giving|performed) 1?[01]0 ?(%|percent|per cent)\b"
    r"|\b1?[01]0 ?(%|percent|per cent) (sure|convinced|certain|certainty|certainly|confident|committed|behind|"
    r"right|wrong|serious|honest|correct|positive|clear|done|true)\b"
)
COND_MARKS = {"if", "whether", "unless", "lest"}
HEDGE_MODALS = {"could", "might", "may"}
WISH_VERBS = {"hope", "wish", "want", "dream", "imagine", "suppose", "pretend", "aim", "seek", "try",
              "wonder", "fantasize", "fear"}
# surface forms too: the tagger lemmatises "hopes" as "hop" now and then
WISH_FORMS = WISH_VERBS | {f"{v}s" for v in WISH_VERBS} | {f"{v.rstrip('e')}ed" for v in WISH_VERBS} | {
    f"{v.rstrip('e')}ing" for v in WISH_VERBS} | {"tries", "tried", "sought", "wishes", "dreamt"}
BOUNDED = {"up_to", "at_most", "less_than", "at_least", "more_than", "range"}
NAME_SAFE_ENTS = {"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME"}
ASK_FIRST = {"reply", "text", "chip", "rush", "click", "tap"}


def in_idiom(sent, start_c: int, end_c: int) -> bool:
    """The number lies inside a fixed idiom ("the $64,000 question", "of two minds")."""
    low = sent.text.lower()
    base = sent.start_char
    for m in IDIOM_RE.finditer(low):
        if m.start() + base < end_c and start_c < m.end() + base:
            return True
    return False


def wholly_of(tokens, end: int, value: float, unit: str | None) -> bool:
    """'her son was 100 percent American': emphasis on who someone is, as '100 percent sure' is, not a share."""
    return unit == "percent" and value in (100, 110) and end < len(tokens) and tokens[end].ent_type_ == "NORP" \
        and tokens[end].dep_ in ("acomp", "attr")


def in_name(tokens, first: int, end: int, unit: str | None) -> bool:
    """"the Fight for 15 protesters", 'the "Fight for $15" movement': a number closing a Title-Case
    name ("X for/of N"); a money sign may be part of it. Or one inside a name: 'a used-car lot -- Under 70 Auto
    Sales -- donated', a capitalised small word before it inside the sentence and two names after it."""
    if first < 2 or unit is not None and not (tokens[first].is_currency and first > 2 and tokens[first - 3].is_quote):
        return False  # money in a name only inside quotation marks: 'bought Weisfield's Inc. for $50 a share'
    prep, word = tokens[first - 1], tokens[first - 2]
    if unit is None and end + 1 < len(tokens) and prep.pos_ in ("ADP", "ADV", "ADJ") and prep.text.istitle() \
            and not prep.is_sent_start and word.text not in (":", "\"", "\u201c", "'", "\u2018") \
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens[end : end + 2]):
        return True
    return (prep.lower_ in ("for", "of") and prep.is_lower and word.is_title and not word.is_sent_start
            and word.ent_type_ not in NAME_SAFE_ENTS and word.pos_ in ("PROPN", "NOUN", "VERB"))


def is_ask(sent) -> bool:
    """"Reply GIVE to contribute $10", "Text VOTE to 5555": a call to action, not news."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return bool(words) and words[0].lower_ in ASK_FIRST and (
        len(words) > 1 and words[1].is_upper and len(words[1].text) > 1 or words[0].tag_ == "VB"
    )


def in_question(token) -> bool:
    """The token's clause ends in a question mark before any full stop: "Why did 5,000 flee?".
    A colon or an opening quotation mark starts other words ('five questioners asked: "Is it ...?"')."""
    for t in token.doc[token.i + 1:token.sent.end]:
        if t.text in (".", "!", ";", ":", "“"):
            return False
        if t.text.rstrip("\"”’'") == "?":  # not a "?" inside a web address
            return True
    return False


def not_asserted(head, qualifier: str, measure: bool = False) -> bool:
    """The number sits in a question, an if/whether clause, under a wish verb, or under a hedging modal.

    A hedged number with an explicit bound ("up to 500 could lose their jobs") is kept:
    the bound already says it is not exact; so is a number inside the subject of a hedged
    verb ("the 125,000 suspensions could include ..."): the hedge is on what is said of it.
    """
    if in_question(head):
        return True  # "What kind of genius loses a billion dollars?": asked, not stated
    described = ("compound", "amod", "nmod", "nummod") if measure else ("compound", "amod", "nmod")
    if head.dep_ in described and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        return False  # "could spell trouble for the $200 billion market": a description of a thing, not the claim
    cur, prev = head, None
    for _ in range(14):
        if cur.pos_ in ("VERB", "AUX"):
            kids = list(cur.children)
            if any(c.dep_ == "mark" and c.lower_ in COND_MARKS for c in kids):
                return True
            if prev is not None and (cur.lemma_.lower() in WISH_VERBS or cur.lower_ in WISH_FORMS) and prev.dep_ in ("xcomp", "ccomp"):
                return qualifier not in BOUNDED  # "fears that as many as 2,000 may go": the bound is the claim
            modal = [c for c in kids if c.dep_ == "aux" and c.tag_ == "MD"]
            negated = any(c.dep_ == "neg" for c in kids)
            # "the $200 billion market could suffer": the subject is presupposed, only the predicate is hedged
            subject = prev is not None and prev.dep_ in ("nsubj", "nsubjpass", "csubj") and prev.head.i == cur.i
            if not subject and any(m.lower_ in HEDGE_MODALS or (m.lower_ in ("can", "ca") and negated) for m in modal):
                return qualifier not in BOUNDED
            if cur.dep_ in ("relcl", "acl") and prev is not None:
                break  # the clause above is about something else
            if _absolute(cur):
                break  # "could shift the tides, with 47 percent saying ...": the 'with' clause states its own figure
        if cur.head.i == cur.i:
            break
        prev, cur = cur, cur.head
    return False


def _absolute(verb) -> bool:
    """'with 47 percent of voters saying they will ...': a clause after 'with' that has its own subject
    reports a finding of its own; a modal on the sentence it hangs on does not hedge it."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "with" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# ---- page furniture: headlines, link lists and adverts carry numbers nobody reports -------

def headline_like(sent) -> bool:
    """Title Case runs (headlines, link lists, menus) are page furniture, not reported facts."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if sent[0].like_num and len(words) >= 2 and all(t.is_title for t in words) and not any(
            t.tag_ in ("VBD", "VBZ", "VBP") for t in sent):
        return True  # '10 Things to Know for Today.': a list's title, however short
    if len(words) < 4:
        return False
    if sum(t.is_upper for t in words) / len(words) > 0.7:
        return True
    last = [t for t in sent if not t.is_space]
    if last and last[-1].text in (".", "!", "?", '"', "”", "’", "'", ":"):
        return False  # a sentence with final punctuation is prose, however many names it holds
    return sum(t.is_title for t in words) / len(words) > 0.6


AD_VERBS = {"subscribe", "donate", "buy", "order", "get", "shop", "save", "call", "join", "sign", "try", "click",
            "download", "book", "claim", "register", "support", "give", "grab", "upgrade", "start", "pay"}
AD_WORDS = {"subscribe", "subscription", "subscriber-only", "donate", "donation", "discount", "coupon", "promo",
            "sale", "offer", "checkout", "cart", "trial", "deal", "shipping", "newsletter"}


# links to other stories set into an article ("Read more: The 10 best beaches", "RELATED: ...")
_TEASER = re.compile(r"(?:read more|read also|also read|more on this|related|see also|watch|listen|recommended)\s*[:|]",
                     re.I)


def teaser_like(sent) -> bool:
    """A link to another story ("Read more: ...") is furniture, whatever numbers its title holds."""
    return bool(_TEASER.match(sent.text.lstrip()))


def _finite(verb) -> bool:
    """A finite verb, or one with a finite auxiliary: "offered", "has been offered", "would create"."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.tag_ in ("MD", "VBD", "VBZ", "VBP") and c.dep_ in ("aux", "auxpass") for c in verb.children)


def advert_like(sent) -> bool:
    """Calls to action ("Subscribe now for $1.99", "Donate $5", "Only £9.99 – order today"): ads, not news."""
    roots = [t for t in sent if t.dep_ == "ROOT"]
    if roots and roots[0].tag_ == "VB" and roots[0].lemma_.lower() in AD_VERBS and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in roots[0].children
    ):
        return True
    lemmas = {t.lemma_.lower() for t in sent if t.lower_ != "sales"}  # a firm's sales are its revenue
    reported = any(  # a statement with a subject ("the merger would create"), not an address to "you"
        t.dep_ in ("nsubj", "nsubjpass") and t.lower_ != "you"
        and _finite(t.head) for t in sent)
    if lemmas & AD_WORDS and any(t.text in ("$", "£", "€", "%") for t in sent) and len(sent) < 25 and not reported:
        return True  # "Donations of $5 keep us going" vs "Sanders accepted $200,000 in donations"
    return any(re.fullmatch(r"\d+\.(99|95|49)", t.text) for t in sent) and not reported
