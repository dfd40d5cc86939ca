"""Conflicts between outlets: figures, statements, quotes, stances, metadata; series of figures.

Precision first: a false conflict costs more than a missed one. Figures are
compared only across articles, for the same thing (unit, place, counted noun
and context, :func:`.facts.same_subject`), at the same time; a figure dated
differently, or in a sentence that says it changes, joins a series
(``facts[].series``) instead. Contradiction needs figures that cannot both
hold; otherwise (lower bounds, rounding, different sources) it is a
discrepancy. Before a conflict is emitted the pair must also share a frame
(:mod:`.frames`: counted noun, predicate, poll vs result, total vs part) and,
for counts, exactly the same places; pairs about one figure are grouped into a
single conflict listing every side. Statement conflicts come from :mod:`.claims`
(no increase / a fall vs a rise at one place on one day; a denial vs realised
reports of the denied thing at the same place); quotes, stances and metadata
from :mod:`.disputes`. Figures come from :func:`.merge.merge_facts` (``FactList``).
Figures of two articles that tell different stories (:mod:`.stories`: no name in
common among those each is about) are never compared.
"""
from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections import defaultdict

from ..figures import format_figure
from ..model import Article, Extraction
from . import lexicon, stories
from .claims import (
    Claim,
    mentions_thing,
    place_keys,
    read_claims,
    reports_realis,
    same_scene,
    sentence_spans,
    short,
)
from .compare import day as _day
from .compare import name as _name
from .compare import near as _near
from .compare import same_time as _same_time
from .disputes import metadata_conflicts, quote_conflicts, stance_conflicts
from .facts import SHARE_UNITS, Figure, same_subject, same_value
from .frames import outcome, same_frame
from .groups import DisjointSets
from .merge import cluster_figures, figures_of
from .parse_facts import ParsedArticles
from .spans import trim

log = logging.getLogger(__name__)

MAX_BLOCK = 400  # figures compared pairwise inside one block at most
REPRESENTATIVES = 4  # statements of one fact (from different articles) compared with other facts
MAX_RATIO = 2.0  # figures further apart than this measure different scopes, not one thing
_RATES = frozenset({"percent", "USD", "EUR", "GBP", "RUB"})
_SERIES = re.compile(r"\b(?:so far|as of|by (?:late|early|mid|the end)|up to now|latest|updated|at least \S+ more|"
                     r"a week earlier|a day earlier|previous(?:ly)?|earlier|now)\b", re.I)


def _interval(f: Figure) -> tuple[float, float]:
    v, q = f.value, f.qualifier
    if q in ("at_least", "more_than"):
        return (v, math.inf)
    if q in ("at_most", "less_than", "up_to"):
        return (0.0, v)
    if q == "range" and f.value_max is not None:
        return (v, f.value_max)
    if q == "approximately":
        return (v * 0.9, v * 1.1)
    digits = re.sub(r"[^0-9]", "", f"{abs(v):.0f}").rstrip("0")  # rounding: 300,000 may be 250,000-349,999
    slack = 10 ** (len(f"{abs(v):.0f}") - len(digits)) / 2 if len(digits) < len(f"{abs(v):.0f}") else 0.5
    return (v - slack, v + slack)


def _describe(f: Figure) -> str:
    """The figure as a reader writes it ('more than $1 million', '34 years of age', '67% (a share)')."""
    return format_figure({"value": f.value, "value_max": f.value_max, "qualifier": f.qualifier,
                          "unit": f.unit_label or f.unit})


def _changing(f: Figure) -> bool:
    """The sentence says the figure moves over time (an update, a rise, an earlier value)."""
    return bool(_SERIES.search(f.sentence)) or lexicon.has_phrase(f.sentence, lexicon.INCREASE + lexicon.DECREASE)


def _figure_conflicts(figs: list[Figure], fact_of: dict, arts: dict[str, Article]) -> tuple[list[dict], list]:
    """Conflicts between outlets' figures, and series links (same thing, other time) between facts.

    Blocked on unit, a concept of the counted noun, a place and the value's power of two
    (values within :data:`MAX_RATIO` fall in the same or the next block): near-linear cost.
    """
    blocks: dict[tuple, list[Figure]] = defaultdict(list)
    per_fact: dict[str, set[str]] = defaultdict(set)
    stated_in: dict[str, set[str]] = defaultdict(set)  # the articles that state each fact
    for f in figs:
        if (fid := fact_of.get((f.article, f.index))) is not None:
            stated_in[fid].add(f.article)
    for f in figs:
        fid = fact_of.get((f.article, f.index))
        if fid is None or f.value <= 0 or len(per_fact[fid]) >= REPRESENTATIVES or f.article in per_fact[fid]:
            continue  # a few statements of each fact, from different articles, stand for all of them
        per_fact[fid].add(f.article)
        for key in sorted(f.head):  # sorted: the order of comparison, hence the output, must not vary by run
            for place in sorted(f.places) or [None]:
                blocks[(f.unit, key, place, int(math.log2(f.value)))].append(f)
    seen: set[tuple[str, str]] = set()
    out, series = [], []
    for (unit, key, place, level), block in blocks.items():
        if len(block) > MAX_BLOCK:
            log.info("conflicts: block of %d figures truncated", len(block))
            block = block[:MAX_BLOCK]
        upper = blocks.get((unit, key, place, level + 1), [])[:MAX_BLOCK]
        for i, a in enumerate(block):
            for b in block[i + 1 :] + upper:
                fa, fb = fact_of.get((a.article, a.index)), fact_of.get((b.article, b.index))
                if fa is None or fb is None or fa == fb:
                    continue
                pair = tuple(sorted((fa, fb)))
                if pair in seen or same_value(a.value, b.value):
                    continue
                lo, hi = sorted((abs(a.value), abs(b.value)))
                if lo == 0 or hi / lo > MAX_RATIO or not same_subject(a, b) or stories.apart(a.about, b.about):
                    continue  # (two stories' figures, however alike: 'the company has a market value of ...')
                seen.add(pair)
                dated_apart = bool(a.when and b.when and str(a.when)[:10] != str(b.when)[:10])
                if dated_apart:
                    # (one article sets them side by side, 'up from 2,900 a week earlier'; across articles the
                    # scope must match: not '14 killed in San Bernardino' in 2015 and '17 sailors killed' in 2000)
                    if (a.article == b.article or comparable(a, b)) and not _tolls_of_other_years(a, b):
                        series.append(pair)  # the same thing at two times: a series
                    continue
                if _tally_reported_apart(a, b, arts):
                    if comparable(a, b):  # one toll (same places, same outcome) as it grew
                        series.append(pair)
                    continue
                if _changing(a) or _changing(b):
                    if a.article == b.article:
                        series.append(pair)  # the same thing at two times: a series
                    continue
                # (an article that gives both figures tells them apart: 'invested $250 million ..., after buying
                # it for $145 million' does not contradict another outlet's $145 million)
                if a.article != b.article and comparable(a, b) and not stated_in[fa] & stated_in[fb] and \
                        not _rounded(a, b) and \
                        _same_time(a.when, b.when, arts[a.article].published, arts[b.article].published, days=3):
                    out.append(_figure_conflict(a, b, fa, fb, arts))
    return _group_figure_conflicts(out, arts), series


def _rounded(a: Figure, b: Figure) -> bool:
    """One outlet rounds what the other states: 'nearly $1 billion' for '$916 million' agrees (bounds
    stay apart: 'more than 9 miles' and '10 miles' are two outlets' different lower bounds)."""
    for x, y in ((a, b), (b, a)):
        if x.qualifier == "approximately" and y.qualifier in ("exact", "approximately"):
            lo, hi = _interval(x)
            if lo <= y.value <= hi and (y.value_max is None or y.value_max <= hi):
                return True
    return False


def _tally_reported_apart(a: Figure, b: Figure, arts: dict[str, Article]) -> bool:
    """Two outlets' tallies of what happened to people (killed, injured, arrested, missing ...) written on
    different days: the count known at each writing, which grows as bodies are found and arrests made,
    not two accounts of one moment, even when both date the event itself ('the Friday blasts killed')."""
    if outcome(a.frame) is None or outcome(b.frame) is None:
        return False
    da, db = _day(arts[a.article].published), _day(arts[b.article].published)
    return da is not None and db is not None and da != db


def _tolls_of_other_years(a: Figure, b: Figure) -> bool:
    """'The bombings on Aug. 7 killed 259 people' and 'Oklahoma City, where 168 people were killed in 1995': a toll
    grows over days, so two tolls dated in different years are two events, not one series."""
    return outcome(a.frame) is not None and outcome(b.frame) is not None and str(a.when)[:4] != str(b.when)[:4]


def comparable(a: Figure, b: Figure) -> bool:
    """Same scope and frame: the same places (a city's count is part of a national one), the same
    counted noun and predicate for plain counts, the same predicate for shares and sums, and the
    same kind of source (a poll is not a result; a total is not a part). Places of a measure
    (a 10-mile queue from one country to another) describe a route, not a scope."""
    if (a.unit is None or a.unit in _RATES) and ((a.where and b.where and a.where != b.where) or
                                                  a.scope_places != b.scope_places):
        return False
    if _share(a.unit) and a.head != b.head:
        return False  # a share of whom: "55% of all voters" is not "74% of Democratic voters"
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or fa.bare_verb or fb.bare_verb:
        return False  # ('$800,000 was spent': whose money, or what for, is not said)
    if a.unit is None:
        return same_frame(fa, fb)
    if a.unit in _RATES:
        return same_frame(fa, fb, need_noun=False)
    return fa.poll == fb.poll and fa.overall == fb.overall  # a measure: the measured thing was matched


def _share(unit: str | None) -> bool:
    """Percentages, fractions and percentage points: a share of a population or a margin."""
    return unit in SHARE_UNITS or "point" in (unit or "")


def _when_key(when: str | None) -> tuple:
    """Sort key of an ISO date, week (2022-W37) or month; undated last."""
    if not when:
        return (1, "")
    m = re.match(r"(\d{4})-W(\d{2})", when)
    if m:
        return (0, dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat())
    return (0, when[:10])


def _link_series(facts: list[dict], links: list[tuple[str, str]], arts: dict[str, Article]) -> None:
    """Give each fact of a series the whole series, in time order (``facts[].series``): by the date
    stated, then by when the first outlet reported it (one event's toll as it grew)."""
    sets = DisjointSets(f["id"] for f in facts)
    for a, b in links:
        if a in sets and b in sets:
            sets.union(a, b)
    groups: dict[str, list[dict]] = defaultdict(list)
    for f in facts:
        groups[sets.find(f["id"])].append(f)
    for group in groups.values():
        if len(group) > 1:
            group.sort(key=lambda f: (_when_key(f.get("when")), _first_report(f, arts)))
            entry = [{"fact": f["id"], "value": f["value"], "when": f.get("when")} for f in group]
            for f in group:
                f["series"] = entry


def _first_report(fact: dict, arts: dict[str, Article]) -> dt.date:
    """The day the first outlet stating the fact was published (undated outlets last)."""
    days = (_day(arts[m["article"]].published) for m in fact.get("mentions", []) if m["article"] in arts)
    return min((d for d in days if d is not None), default=dt.date.max)


def _snippet(f: Figure, words: int = 5) -> str:
    """The words around the number, so a reader sees what each outlet says."""
    sent = f.sentence
    rel = sent.find(f.raw)
    if rel < 0:
        return sent if len(sent) <= 120 else sent[:117] + "…"
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", sent)]
    before = [sp for sp in spans if sp[1] <= rel]
    after = [sp for sp in spans if sp[0] >= rel + len(f.raw)]
    start = before[-words][0] if len(before) >= words else 0
    end = after[words - 1][1] if len(after) >= words else len(sent)
    return ("…" if start > 0 else "") + sent[start:end] + ("…" if end < len(sent) else "")


def _figure_conflict(a: Figure, b: Figure, fa: str, fb: str, arts: dict[str, Article]) -> dict:
    ia, ib = _interval(a), _interval(b)
    can_hold = ia[0] < ib[1] and ib[0] < ia[1]  # rounding intervals that only touch do not overlap
    diff_sources = bool(a.according_to and b.according_to and a.according_to != b.according_to)
    same_day = (a.when is not None and str(a.when)[:10] == str(b.when)[:10]) or (
        a.when is None and b.when is None and _day(a.published) is not None and _day(a.published) == _day(b.published))
    kind = "contradiction" if not can_hold and not diff_sources and same_day else "discrepancy"
    lower = {"at_least", "more_than"}
    if can_hold:
        why = "both are lower bounds, so both can hold" if {a.qualifier, b.qualifier} <= lower else \
            "the two can both hold"
    elif diff_sources:
        why = f"they are estimates from different sources ({a.according_to}; {b.according_to})"
    elif kind == "discrepancy":
        why = "the figures differ, though they may not refer to exactly the same moment"
    else:
        why = "both cannot be true"
    return {
        "kind": kind,
        "items": [fa, fb],
        "mentions": [a.mention, b.mention],
        "explanation": f"{_name(arts[a.article])} gives {_describe(a)} (“{_snippet(a)}”) where "
                       f"{_name(arts[b.article])} gives {_describe(b)} (“{_snippet(b)}”); {why}.",
        "_sides": [(fa, a), (fb, b)],
        "_why": why,
    }


def _group_figure_conflicts(pairs: list[dict], arts: dict[str, Article]) -> list[dict]:
    """One conflict per disputed figure: pairs sharing a fact become one item listing every side."""
    sets = DisjointSets(range(len(pairs)))
    owner: dict[str, int] = {}
    for i, c in enumerate(pairs):
        for fid in c["items"]:
            if fid in owner:
                sets.union(i, owner[fid])
            else:
                owner[fid] = i
    groups: dict[int, list[dict]] = defaultdict(list)
    for i, c in enumerate(pairs):
        groups[sets.find(i)].append(c)
    out = []
    for members in sorted(groups.values(), key=lambda g: pairs.index(g[0])):
        if len(members) == 1:
            c = members[0]
            out.append({k: v for k, v in c.items() if not k.startswith("_")})
            continue
        sides: dict[str, Figure] = {}
        for c in members:
            for fid, fig in c["_sides"]:
                sides.setdefault(fid, fig)
        kind = "contradiction" if any(c["kind"] == "contradiction" for c in members) else "discrepancy"
        listed = "; ".join(f"{_name(arts[f.article])} gives {_describe(f)} (“{_snippet(f)}”)" for f in sides.values())
        why = "some of them cannot both be true" if kind == "contradiction" else \
            "; ".join(dict.fromkeys(c["_why"] for c in members))
        out.append({"kind": kind, "items": list(sides), "mentions": [f.mention for f in sides.values()],
                    "explanation": f"Outlets differ on this figure: {listed}; {why}."})
    return out


def _claim_conflicts(claims: list[Claim], arts: dict[str, Article], items_at) -> list[dict]:
    out = []
    by_place: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.frame == "change" and not c.negated:
            for p in c.places:
                by_place[p].append(c)
    for neg in (c for c in claims if c.frame == "change" and c.negated):
        shared = 1 if neg.direction == "none" else 2  # a fall needs a closer match than "no increase"
        others = [c for c in by_place.get(neg.place or "", []) if c.article != neg.article
                  and len(neg.concepts & c.concepts) >= shared
                  and _near(neg.date or arts[neg.article].published, c.date or arts[c.article].published, 1)]
        what = "no increase" if neg.direction == "none" else "a fall"
        for article in sorted({c.article for c in others}):
            side = [c for c in others if c.article == article]
            out.append(_statement(neg, side, arts, items_at,
                                  f"{_name(arts[neg.article])} reports {what} in {neg.place} (“{neg.phrase}”) "
                                  f"while {_name(arts[article])} reports a rise there at the same time "
                                  f"(“{short(side[0].text)}”)."))
    return out


def _denial_conflicts(claims: list[Claim], sentences: dict[str, list[tuple[int, int]]], arts: dict[str, Article],
                      parsed: ParsedArticles, items_at, date_of) -> list[dict]:
    denials = [c for c in claims if c.frame == "denial"]
    if not denials:
        return []
    wanted = set().union(*(d.concepts for d in denials))
    index: dict[str, list[tuple[str, int, int]]] = defaultdict(list)  # concept -> sentences stating it
    for aid, spans in sentences.items():
        text = arts[aid].text
        for s, e in spans:
            if e - s < 600:
                for c in lexicon.concepts(text[s:e]) & wanted:
                    index[c].append((aid, s, e))
    out = []
    for d in denials:
        hits = set.intersection(*(set(index.get(c, [])) for c in d.concepts))
        by_article: dict[str, list[Claim]] = defaultdict(list)
        for aid, s, e in sorted(hits):
            if aid == d.article or not _same_time(None, None, arts[d.article].published, arts[aid].published, 8):
                continue
            s, e = trim(arts[aid].text, s, e)
            if _dated_after(date_of(aid)(s, e), d, arts):
                continue
            text = arts[aid].text[s:e]
            if mentions_thing(text, d.concepts) and reports_realis(text, parsed.realis(aid, s, e), d.concepts) and \
                    same_scene(place_keys(d.text, parsed.entities(d.article, d.start, d.end)),
                               place_keys(text, parsed.entities(aid, s, e)), arts[aid].text):
                by_article[aid].append(Claim("report", aid, s, e, text, False))
        if by_article:  # one conflict per denial, listing every outlet that reports the thing
            side = [c for aid in sorted(by_article) for c in by_article[aid][:2]]
            outlets = ", ".join(dict.fromkeys(_name(arts[aid]) for aid in sorted(by_article)))
            out.append(_statement(d, side, arts, items_at,
                                  f"{_name(arts[d.article])} reports a denial (“{short(d.phrase)}”) while "
                                  f"{outlets} report{'s' if len(by_article) == 1 else ''} that it happened "
                                  f"(“{short(side[0].text)}”)."))
    return out


def _dated_after(report_day: str | None, denial: Claim, arts: dict[str, Article]) -> bool:
    """A report that dates the thing after the denial tells of what happened since ('denied that more arrests
    had been made' on Tuesday; 'identified Thursday as two more suspects who had been arrested'): no
    contradiction. A denial of what was reported before it, or undated, is one."""
    dr, dd = _day(report_day), _day(denial.date or arts[denial.article].published)
    return dr is not None and dd is not None and dr > dd


def _statement(a: Claim, side: list[Claim], arts, items_at, explanation: str) -> dict:
    mentions = [{"article": c.article, "start": c.start, "end": c.end, "text": c.text} for c in [a, *side]]
    items = list(dict.fromkeys(i for c in [a, *side] for i in items_at(c.article, c.start, c.end)))
    return {"kind": "contradiction", "items": items, "mentions": mentions, "explanation": explanation}


def _fact_index(figs: list[Figure], facts: list[dict]) -> dict[tuple[str, int], str]:
    """(article, quantity index) -> fact id, re-deriving :func:`merge_facts`' deterministic clusters."""
    by_id = {f["id"]: f for f in facts}
    out = {}
    for i, group in enumerate(cluster_figures(figs)):
        fact = by_id.get(f"f{i + 1}")
        if fact is None or not same_value(fact["value"], group[0].value):
            continue
        for f in group:
            out[(f.article, f.index)] = fact["id"]
    return out


def find_conflicts(
    articles: list[Article],
    extractions: list[Extraction],
    facts: list[dict],
    quotes: list[dict],
    events: list[dict],
    stances: list[dict],
) -> list[dict]:
    """Contradictions, discrepancies and metadata conflicts; sets involved facts' status to ``disputed``."""
    arts = {a.id: a for a in articles}
    exts = [e for e in extractions if e.article_id in arts]
    figs = getattr(facts, "figures", None)
    fact_of = getattr(facts, "fact_of", None)
    if figs is None or fact_of is None:  # a plain list of facts: re-derive merge_facts' clusters
        figs = figures_of(articles, exts)
        fact_of = _fact_index(figs, facts)

    spans_by_item: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for it in [*quotes, *events, *stances]:
        for m in it.get("mentions", []):
            spans_by_item[m["article"]].append((it["id"], m["article"], m["start"], m["end"]))

    def items_at(article: str, start: int, end: int) -> list[str]:
        return [i for i, _, s, e in spans_by_item.get(article, []) if s < end and start < e]

    dated = defaultdict(list)
    for ev in events:
        for m in ev.get("mentions", []):
            if ev.get("precision") == "day":
                dated[m["article"]].append((m["start"], m["end"], ev["date"]))

    def date_of(article: str):
        def inner(s: int, e: int) -> str | None:
            return next((d for ds, de, d in dated.get(article, []) if ds <= s and e <= de or s <= ds and de <= e),
                        None)
        return inner

    sentences = {e.article_id: sentence_spans(arts[e.article_id].text, e.sentences) for e in exts}
    claims = [c for e in exts for c in read_claims(e.article_id, arts[e.article_id].text, sentences[e.article_id],
                                                   date_of(e.article_id))]
    parsed = ParsedArticles(exts)
    figure_conflicts, series = _figure_conflicts(figs, fact_of, arts)
    _link_series(facts, series, arts)
    conflicts = (figure_conflicts + _claim_conflicts(claims, arts, items_at)
                 + _denial_conflicts(claims, sentences, arts, parsed, items_at, date_of) + quote_conflicts(quotes, arts)
                 + stance_conflicts(stances, arts)
                 + metadata_conflicts(articles))
    disputed = {i for c in conflicts for i in c["items"]}
    for fact in facts:
        if fact["id"] in disputed:
            fact["status"] = "disputed"
    for i, c in enumerate(conflicts):
        c["id"] = f"c{i + 1}"
    return [{"id": c.pop("id"), **c} for c in conflicts]
