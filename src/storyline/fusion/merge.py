"""Merging per-article items into brief items with all their mentions.

Facts: the same figure about the same thing becomes one fact (see
:mod:`.facts`); blocking on the value keeps this linear in the number of
figures. Quotes merge on near-identical text by the same speaker; stances on
actor + topic + polarity; events stay per article (the timeline sorts them).
"""
from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from dataclasses import replace

from ..extract.cues import ORG_NOUNS
from ..extract.gender import known_first_name
from ..model import Article, Extraction, Mention, Quantity, QuantityFrame
from .claims import place_keys
from .copies import CopyReport
from .facts import Figure, figure_from, same_figure
from .frames import frame_of
from .lexicon import name_key, stem, words
from .parse_facts import ParsedArticles
from .spans import mention
from .stories import About, article_topics, names_in

log = logging.getLogger(__name__)


def _sentence_mention(article: Article, span: tuple[int, int] | None, start: int, end: int) -> dict:
    s, e = span if span else (start, end)
    return mention(article.id, article.text, s, e)


def _value_key(v: float) -> tuple[int, int]:
    """Block figures on their value to 3 significant digits (exact comparison happens later)."""
    if v == 0:
        return (0, 0)
    exp = len(str(int(abs(v)))) if abs(v) >= 1 else 0
    return (round(abs(v) / 10 ** (exp - 3)) if exp else round(abs(v) * 1000), exp)


class FactList(list):
    """The merged facts (a plain list for the brief) carrying the figures they were built from.

    Why: conflict detection must compare exactly the figures that were merged; passing them
    along with the facts avoids recomputing them or keeping module-level state.
    """

    def __init__(self, facts=(), figures: list[Figure] | None = None,
                 fact_of: dict[tuple[str, int], str] | None = None) -> None:
        super().__init__(facts)
        self.figures: list[Figure] = figures or []
        self.fact_of: dict[tuple[str, int], str] = fact_of or {}


def figures_of(articles: list[Article], extractions: list[Extraction]) -> list[Figure]:
    """Every quantity of every extraction as a :class:`Figure` (articles missing from the list are skipped)."""
    return _figures(articles, extractions)


def _figures(articles: list[Article], extractions: list[Extraction]) -> list[Figure]:
    by_id = {a.id: a for a in articles}
    parsed = ParsedArticles(extractions)
    out = []
    for ext in extractions:
        art = by_id.get(ext.article_id)
        if art is None:
            continue
        topics = article_topics(art, parsed)
        for i, q in enumerate(ext.quantities):
            if q.value is None or not 0 <= q.start <= q.end <= len(art.text):
                log.warning("skipping a quantity of %s without a value or inside the text: %r", art.id, q.text)
                continue
            if not q.asserted or not q.what:
                continue  # a forecast, a condition, a conversion, or a measure of nothing named: no fact to compare
            fig = figure_from(art, q, i)
            entities = parsed.entities(art.id, fig.mention["start"], fig.mention["end"])
            parsed_frame = parsed.frame(art.id, i)
            out.append(replace(
                fig,
                frame=frame_of(parsed_frame, fig.sentence),
                named_places=frozenset(place_keys(fig.sentence, entities, cities=True)),
                scope_places=frozenset(place_keys(fig.sentence, entities)),
                owners=_owners(art, q, parsed, parsed_frame),
                about=About(topics, names_in(fig.sentence, entities)),
            ))
    return out


# names that own what a figure counts (places are its scope: :attr:`.Figure.where`, :func:`.places.place_keys`)
_OWNER_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "FAC"})  # (not NORP: "Russians who fled" are counted)


def _owners(art: Article, q: Quantity, parsed: ParsedArticles, frame: QuantityFrame | None) -> frozenset[str]:
    """The names whose thing a quantity counts, as :func:`.lexicon.name_key` gives them: those inside its 'what'
    ('Armco shares closed', "Provigo's sales") and the subject of its holding verb ('Acme had profit of ...',
    :attr:`.QuantityFrame.holder`); empty when it names no one."""
    names = {frame.holder} if frame is not None and frame.holder else set()
    if q.what_span is not None and q.what:
        start, end = q.what_span
        names |= {name for s, e, label in parsed.entities(art.id, start, end)
                  if label in _OWNER_LABELS and (name := art.text[start + s : start + e]) in q.what}
    return frozenset(k for k in map(name_key, names) if k)


def cluster_figures(figures: list[Figure]) -> list[list[Figure]]:
    """Groups of figures that state the same figure about the same thing."""
    blocks: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figures:
        blocks[(_value_key(f.value), f.unit)].append(f)
    clusters: list[list[Figure]] = []
    for block in blocks.values():
        groups: list[list[Figure]] = []
        for f in block:
            for g in groups:
                if any(same_figure(f, m) for m in g):
                    g.append(f)
                    break
            else:
                groups.append([f])
        clusters.extend(groups)
    clusters.sort(key=lambda g: (min(_order(f) for f in g)))
    return clusters


def _order(f: Figure) -> tuple:
    return (f.article, f.mention["start"], f.index)


def _fact(fid: str, group: list[Figure], copies: CopyReport) -> dict:
    group = sorted(group, key=_order)
    first = group[0]
    qualifiers = Counter(f.qualifier for f in group)
    qualifier = max(qualifiers, key=lambda q: (qualifiers[q], q == first.qualifier))
    mentions, seen = [], set()
    for f in group:
        if f.span not in seen:
            seen.add(f.span)
            mentions.append(dict(f.mention))
    outlets = list(dict.fromkeys(f.article for f in group))
    sources: dict[str, str] = {}  # one entry per source, however its case or article ("the agency" = "The agency")
    for f in group:
        src = (f.according_to or "").strip()
        if src:
            sources.setdefault(re.sub(r"^the\s+", "", src.lower()), src)
    whats = Counter(f.what for f in group if f.what)
    independent = copies.independent(outlets, mentions)
    return {
        "id": fid,
        "value": first.value,
        "value_max": first.value_max,
        "qualifier": qualifier,
        "unit": first.unit_label or first.unit,
        "what": (whats.most_common(1)[0][0] if whats else ""),
        "where": next((f.where_label or f.where for f in group if f.where), None),
        "when": next((f.when for f in group if f.when), None),
        "according_to": list(sources.values()),
        "stated_as": list(dict.fromkeys(f.raw for f in group)),
        "mentions": mentions,
        "outlets": outlets,
        "independent_sources": independent,
        "status": "corroborated" if independent >= 2 else "single_source",
    }


def merge_facts(articles: list[Article], extractions: list[Extraction], copies: CopyReport) -> FactList:
    """One fact per figure-about-a-thing, with mentions, outlets, sources and status.

    The returned list also carries ``.figures`` and ``.fact_of`` ((article, quantity index) -> fact id)
    for :func:`.conflicts.find_conflicts`.
    """
    figures = figures_of(articles, extractions)
    clusters = cluster_figures(figures)
    facts = [_fact(f"f{i + 1}", g, copies) for i, g in enumerate(clusters)]
    fact_of = {(f.article, f.index): fact["id"] for fact, g in zip(facts, clusters) for f in g}
    return FactList(facts, figures, fact_of)


def _quote_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "president", "sir", "prof"})


def _same_but_initial(toks: dict, counts: Counter, done: dict) -> dict:
    """'Donald J. Trump' and 'Donald Trump' are one person written two ways: both become the
    more frequent spelling. Not when two different initials are written ('John A. Smith',
    'John B. Smith')."""
    spellings: dict[tuple, list[str]] = defaultdict(list)
    for n, tk in toks.items():
        if len(tk) >= 2 and n not in done:
            spellings[tk].append(n)
    out = {}
    for names in spellings.values():
        initials = {"".join(re.findall(r"\b([A-Z])\.?(?=\s|$)", n)) for n in names}
        if len(names) < 2 or len(initials - {""}) > 1:
            continue
        main = max(names, key=lambda n: (counts[n], len(n), n))
        out.update({n: main for n in names if n != main})
    return out


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# plural names of parties and camps: a fuller name with them is a subgroup, not the same speaker
_GROUPS = frozenset("""republicans democrats conservatives liberals progressives independents libertarians
    evangelicals socialists greens tories nationalists loyalists separatists rebels""".split())


# a chamber's short name is also the tail of another institution's name
_OTHER_INSTITUTIONS = frozenset({("white", "house")})


def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in re.findall(r"[\w'-]+", name.lower()) if t not in _TITLES and len(t) > 1)


_NAME_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "du", "di", "y", "of"})


def _written_as_name(name: str) -> bool:
    """Only a name can be the fuller form of a name: "Bernie Sanders presidential campaign",
    "John Kasich's campaign" or a dateline's "BERLIN - Donald Trump" are not Bernie Sanders,
    John Kasich or Donald Trump."""
    if "\n" in name or re.search(r"\s[-\u2013\u2014]\s|\d|['\u2019]s\b|/", name):
        return False  # (nor two bodies joined: "New York Times/CBS News" is not The New York Times)
    for word in name.split():
        if word.lower() in _NAME_PARTICLES:
            continue
        letters = re.sub(r"[^\w]", "", word)
        if not word[:1].isupper() or (len(letters) >= 4 and letters.isupper()):
            return False
    return True


def _run_on_tail(words: tuple[str, ...], full_names: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The full name that ends ``words`` after words run on in front of it that start with no first name
    ('street donald trump' -> 'donald trump'; not 'osman abu laban', whose first name is his own), or None."""
    if len(words) <= 2 or known_first_name(words[0]):
        return None
    return next((words[k:] for k in range(1, len(words) - 1) if words[k:] in full_names), None)


def canonical_speakers(names, texts: dict[str, str] | None = None,
                       article_names: dict[str, list[str]] | None = None) -> dict:
    """Map each shorter speaker name to the one fuller name it can only mean.

    "Obama" and "Mr. Obama" become "Barack Obama" when that is the only fuller name containing
    them; "Clinton" stays as it is when both "Hillary Clinton" and "Bill Clinton" are named.
    With ``texts`` and ``article_names`` (article id -> its speaker names), a name that is
    ambiguous across the brief is also resolved per article, when the article's text names
    only one of the fuller names: keys are then ``(article id, name)``.
    """
    counts = Counter(n for n in names if n and n[:1].isupper())
    toks = {n: _name_tokens(n) for n in counts}
    holders: dict[str, set[str]] = defaultdict(set)  # name word -> the names containing it
    for n, tk in toks.items():
        for word in tk:
            holders[word].add(n)
    out: dict = {}
    # a word the recogniser ran on in front of a person's full name another mention gives ('Street Donald Trump',
    # from 'Wall Street Donald Trump'), which no fuller name of 'Donald Trump' or 'Trump' can be
    full_names = {tk for tk in toks.values() if len(tk) >= 2 and known_first_name(tk[0])}
    run_on = {n: tail for n, tk in toks.items() if (tail := _run_on_tail(tk, full_names)) is not None}

    def containing(name: str) -> set[str]:
        """Names with every word of ``name`` (so the search stays linear in the number of names)."""
        return set.intersection(*(holders[w] for w in toks[name]))

    def resolve(name: str, pool, named_here: bool = False) -> str | None:
        """``named_here``: the pool holds names the article itself writes, so a first name alone may stand for
        one of them ('Bob' for the 'Bob Lane' it names, not the 'Bob Goodlatte' of another article)."""
        tk = toks[name]
        if tk and tk[-1] in _GROUPS:
            return None  # 'Republicans' are not 'House Republicans' nor 'Gay Republicans'
        fuller = [m for m in pool if len(toks[m]) > len(tk) and set(tk) <= set(toks[m])
                  and (toks[m][-1] == tk[-1] or toks[m][0] == tk[0] and (len(tk) > 1 or named_here))
                  and m not in run_on
                  and _written_as_name(m)
                  and not set(toks[m]) - set(tk) <= _GENERATIONS  # 'Donald Trump Jr' is his son
                  and not (set(toks[m]) - set(tk)) & ORG_NOUNS  # 'Clinton Foundation' is no Clinton
                  and not (toks[m][-1] in _GROUPS and tk[-1] not in _GROUPS)  # 'Senate' is not 'Senate Democrats'
                  and not (toks[m][-2:] in _OTHER_INSTITUTIONS and tk == toks[m][-1:])]  # 'House' is no White House
        if not fuller:
            return None
        longest = max(fuller, key=lambda m: len(toks[m]))
        if all(set(toks[m]) <= set(toks[longest]) for m in fuller):  # one person, however named
            return max(fuller, key=lambda m: (counts[m], len(toks[m]), m))
        return None

    for name, tk in toks.items():
        if len(tk) == 1 and tk[0] in ORG_NOUNS:
            continue  # a bare 'Senate' or 'Bank' is resolved only inside an article that names one fuller form
        if tk and (full := resolve(name, sorted(containing(name)))):
            out[name] = full
    for name, tail in run_on.items():  # and it is that person
        out.setdefault(name, max((n for n, other in toks.items() if other == tail), key=lambda n: (counts[n], n)))
    out.update(_same_but_initial(toks, counts, out))
    for aid, own in (article_names or {}).items():
        text = (texts or {}).get(aid, "")
        for name in set(own):
            if name in toks and toks[name] and name not in out:
                full = resolve(name, [m for m in sorted(containing(name)) if m in text], named_here=True)
                if full:
                    out[(aid, name)] = full
    return out


def _article_canon(by_id: dict, extractions: list[Extraction], names_of) -> dict:
    """:func:`canonical_speakers` over the names ``names_of(extraction)`` gives, per article too."""
    own = {ext.article_id: [n for n in names_of(ext) if n] for ext in extractions if ext.article_id in by_id}
    return canonical_speakers([n for names in own.values() for n in names],
                              {aid: by_id[aid].text for aid in own}, own)


def _canonical(canon: dict, article_id: str, name: str | None) -> str | None:
    return (canon.get(name) or canon.get((article_id, name)) or name) if name else name


def merge_quotes(articles: list[Article], extractions: list[Extraction]) -> list[dict]:
    """Quotes with the same words and the same (or an unknown) speaker become one quote.

    Only speech is kept (``cue_type == "speech"``): beliefs and findings ("X thinks",
    "a study found") stay in ``storyline extract`` output but are not quotes a reader cites.
    Speakers are first canonicalised across the brief (:func:`canonical_speakers`).
    """
    by_id = {a.id: a for a in articles}
    canon = _article_canon(by_id, extractions, lambda ext: [q.speaker for q in ext.quotes])
    quotes: list[dict] = []
    index: dict[str, dict] = {}
    for ext in extractions:
        art = by_id.get(ext.article_id)
        if art is None:
            continue
        for q in ext.quotes:
            if q.cue_type != "speech":  # beliefs and findings are not quotes a reader can cite
                continue
            men = _sentence_mention(art, q.sentence, q.start, q.end)
            key = _quote_key(q.text)
            speaker = _canonical(canon, art.id, q.speaker)
            prior = index.get(key) if len(key) >= 20 else None
            if prior is not None and _same_speaker(prior["speaker"], speaker):
                if all((m["article"], m["start"]) != (men["article"], men["start"]) for m in prior["mentions"]):
                    prior["mentions"].append(men)
                prior["speaker"] = prior["speaker"] or speaker
                prior["speaker_role"] = prior["speaker_role"] or q.speaker_role
                continue
            item = {
                "id": f"q{len(quotes) + 1}",
                "speaker": speaker,
                "speaker_role": q.speaker_role,
                "text": q.text,
                "kind": q.kind,
                "cue": q.cue,
                "mentions": [men],
            }
            quotes.append(item)
            index.setdefault(key, item)
    return quotes


def _surname(name: str | None) -> str:
    parts = re.findall(r"[\w'-]+", (name or "").lower())
    return parts[-1] if parts else ""


def _same_speaker(a: str | None, b: str | None) -> bool:
    return not a or not b or _surname(a) == _surname(b)


def merge_stances(articles: list[Article], extractions: list[Extraction]) -> list[dict]:
    """The same actor + topic + polarity across articles becomes one stance with every mention."""
    by_id = {a.id: a for a in articles}
    stances: list[dict] = []
    index: dict[tuple, dict] = {}
    # an actor named by surname ('Reid') takes the fuller name its article's quotes give ('Harry M. Reid')
    canon = _article_canon(by_id, extractions, lambda ext: [q.speaker for q in ext.quotes] + [
        n for s in ext.stances for n in (s.actor, s.topic)])
    for ext in extractions:
        art = by_id.get(ext.article_id)
        for s in ext.stances:
            s = replace(s, actor=_canonical(canon, ext.article_id, s.actor),
                        topic=_canonical(canon, ext.article_id, s.topic))
            if art is not None:
                m = mention(ext.article_id, art.text, s.start, s.end)
            else:
                m = Mention(ext.article_id, s.start, s.end, s.text).to_dict()
            key = (s.actor.lower(), " ".join(stem(stem(w)) for w in words(s.topic or "")), s.polarity)  # bombings
            prior = index.get(key)
            if prior is not None:
                if all((x["article"], x["start"]) != (m["article"], m["start"]) for x in prior["mentions"]):
                    prior["mentions"].append(m)
                continue
            item = {
                "id": f"s{len(stances) + 1}",
                "actor": s.actor,
                "position": s.position,
                "polarity": s.polarity,
                "topic": s.topic,
                "mentions": [m],
            }
            stances.append(item)
            index[key] = item
    return stances
