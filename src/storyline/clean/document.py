"""Turn a :class:`Document` into a cleaned :class:`Article` with metadata.

Order of the rules matters: metadata lines first (so a byline is not taken for
a caption), then page furniture, captions, lines recurring across the corpus,
the title, repeated blocks, and last the footer after the final paragraph.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Article, Document, Removal
from . import outlets
from .boilerplate import expand_boxes, mark_boilerplate, mark_recurring, mark_trailing
from .captions import mark_captions
from .dates import find_dates
from .duplicates import mark_duplicates
from .furniture import is_correction, mark_corrections, mark_furniture, mark_header
from .html import HtmlMeta, extract_html
from .language import detect_language
from .lines import Line, body_text, removals, split_lines
from .markup import strip_markup
from .metadata import mark_metadata, mark_name_bylines, person_names
from .normalize import content_hash, fold, repair_mojibake, tidy, unwrap_hard_wraps
from .published import NONE_INFERRED, Published, choose, from_file_name, infer
from .title import is_body, mark_title

log = logging.getLogger(__name__)


@dataclass
class Prepared:
    """A document's text before cleaning, and what its container/markup states."""

    doc: Document
    text: str
    html: HtmlMeta | None = None
    warnings: list[str] = field(default_factory=list)
    dropped: str = ""  # HTML page text outside the main text
    cut: list[Removal] = field(default_factory=list)  # embeds and shortcodes cut from the text


def prepare(doc: Document) -> Prepared:
    """Extract the main text of HTML; tidy and unwrap plain text."""
    warnings = list(doc.warnings)
    html = None
    text = doc.content or ""
    if doc.kind == "html":
        res = extract_html(text, doc.url or doc.hints.get("url"))
        text, html = res.text, res.meta
        warnings += res.warnings
        text, cut = strip_markup(text)
        return Prepared(doc, tidy(_repaired(text, warnings)), html, warnings, res.dropped, cut)
    text, cut = strip_markup(text)
    return Prepared(doc, unwrap_hard_wraps(tidy(_repaired(text, warnings))), html, warnings, cut=cut)


def _repaired(text: str, warnings: list[str]) -> str:
    """Before tidying, which would drop the soft hyphen a misread 'í' leaves ('MarÃ\xada')."""
    text, repaired = repair_mojibake(text)
    if repaired:
        warnings.append("repaired characters decoded with the wrong charset upstream (e.g. 'Ã±' for 'ñ')")
    return text


def _iso(value) -> str | None:
    """A stated date/date-time as ISO text (None when unreadable)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    try:
        parsed = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
        return parsed.date().isoformat() if len(s) <= 10 else parsed.isoformat(timespec="minutes")
    except ValueError:
        pass
    found = [d for d in find_dates(s) if d.date]
    if found:
        return found[0].iso()
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(s).isoformat(timespec="minutes")
    except (TypeError, ValueError, IndexError):
        return None


def _authors(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        value = re.split(r"\s*(?:;|\band\b|,)\s*", value)
    if isinstance(value, dict):
        value = [value]
    names = [v.get("name", "") if isinstance(v, dict) else v for v in value]
    return [" ".join(str(v).split()) for v in names if v and str(v).strip()]


def _strip_site_suffix(title: str | None, outlet: str | None) -> str | None:
    if not title:
        return None
    parts = re.split(r"\s+[|\u2013\u2014-]\s+", title)
    if len(parts) > 1 and (outlets.by_name(parts[-1]) or (outlet and fold(parts[-1]).lower() == fold(outlet).lower())):
        title = " - ".join(parts[:-1])
    return " ".join(title.split())


#: Sightings in other articles needed before a line counts as boilerplate. Copies of
#: one story share headlines and short sentences, so the more a line looks like
#: story text, the more sightings it needs; a two-word widget label needs few.
SIGHTINGS_LABEL = 2  # up to 3 words
SIGHTINGS_LINE = 5  # longer lines that are not body sentences (headline-like)
SIGHTINGS_BODY = 8  # body sentences
SIGHTINGS_BATCH_BODY = 3  # in the batch other stories are told apart, so fewer suffice


def _recurring(lines: list[Line], counts: Counter) -> Counter:
    """Counts reduced to the lines seen often enough, for their kind, to be boilerplate."""
    out: Counter = Counter()
    for ln in lines:
        c = counts.get(ln.key, 0)
        need = SIGHTINGS_BODY if (is_body(ln) or ln.is_sentence) else SIGHTINGS_LABEL if ln.n_words <= 3 else SIGHTINGS_LINE
        if c >= need:
            out[ln.key] = c
    return out


def clean_prepared(p: Prepared, counts: Counter | None = None, batch: Counter | None = None) -> Article:
    """Clean one prepared document.

    ``counts``: sightings of each line key in other stored articles (any story);
    ``batch``: sightings in other articles of the same batch that tell other stories.
    """
    doc, hints, html = p.doc, p.doc.hints or {}, p.html
    warnings = list(p.warnings)
    lines = split_lines(p.text)
    mark_corrections(lines)
    tmeta = mark_metadata(lines)
    mark_furniture(lines)
    mark_boilerplate(lines)
    expand_boxes(lines)
    mark_captions(lines)
    mark_name_bylines(lines, tmeta)
    recurring = _recurring(lines, counts) if counts else Counter()
    for ln in lines:
        if batch and batch.get(ln.key, 0) >= (SIGHTINGS_BATCH_BODY if is_body(ln) else SIGHTINGS_LABEL):
            recurring[ln.key] = max(recurring[ln.key], batch[ln.key])
    if recurring:
        mark_recurring(lines, recurring, threshold=1)
    outlet_hint = hints.get("outlet") or (html.outlet if html else None)
    title_hint = _strip_site_suffix(hints.get("title") or (html.title if html else None), outlet_hint)
    title_hint = repair_mojibake(title_hint)[0] if title_hint else title_hint
    title = mark_title(lines, title_hint)
    mark_header(lines)
    dup_chars = mark_duplicates(lines)
    mark_trailing(lines)
    text = body_text(lines)
    removed = removals(lines)
    removed = p.cut + removed
    if p.dropped:
        removed.insert(0, Removal(p.dropped, "other"))

    url = hints.get("url") or (html.url if html else None) or doc.url
    outlet, wire = _outlet(hints, html, url, tmeta, doc.source)
    bylines = _authors(hints.get("authors")) or (html.authors if html else []) or tmeta.bylines
    for b in bylines:
        named = outlets.by_name(b)
        if named and named.is_wire and not wire:
            wire = named.name  # an agency given as the author ("By Reuters")
    bylines = [b for b in bylines if not outlets.by_name(b)]
    if html and not hints.get("authors") and html.authors:
        bylines = [n for a in bylines for n in (person_names(a) or [a])]

    meta_pub = _iso(hints.get("published")) or (_iso(html.published) if html and html.published else None)
    meta_ev = f"stated by the input: {hints['published']}" if hints.get("published") else (html.published_evidence if html else None)
    pub = choose(tmeta.dates, meta_pub, meta_ev)
    if not pub.value:
        pub = from_file_name(doc.source)
    if not pub.value:
        pub = infer(*_inference_text(text, removed))
    warnings += pub.warnings
    if not text.strip():
        warnings.append("no article text left after cleaning")
    if any(ln.why == "correction" for ln in lines):
        warnings.append("a correction notice was removed from the text (see removed, reason metadata)")
    if dup_chars:
        warnings.append(f"the article repeats a block of {dup_chars} characters; one copy kept")

    chash = content_hash(text if text.strip() else (doc.content or ""))
    return Article(
        id=chash[:12],
        source=doc.source,
        text=text,
        raw=doc.content or "",
        kind=doc.kind,
        url=url,
        title=title,
        outlet=outlet,
        wire=wire,
        bylines=bylines,
        published=pub.value,
        published_evidence=pub.evidence,
        language=detect_language(text) or (html.language if html else None),
        removed=removed,
        warnings=warnings,
        content_hash=chash,
        internal_duplicate_chars=dup_chars,
    )


def _outlet(hints: dict, html: HtmlMeta | None, url: str | None, tmeta, source: str | None = None) -> tuple[str | None, str | None]:
    """Outlet: stated by the input or page, else the URL's domain, else a text signal; wire when stated."""
    wire = tmeta.wire
    named = hints.get("outlet") or (html.outlet if html else None)
    if named and re.fullmatch(r"[\w-]+(\.[\w-]+)+", named.strip()):
        known = outlets.by_domain(named.strip())  # a site name that is only a host name
        named = known.name if known else named
    outlet = outlets.canonical_name(named) if named else None
    if not outlet:
        known = outlets.by_domain(url)
        outlet = known.name if known else None
    outlet = outlet or tmeta.outlet
    if not outlet and html is None and (by_file := outlets.by_file_name(source)):
        outlet = by_file.name  # archives name files "<outlet>_<date>_<slug>"
    if not outlet and url and html is not None:
        outlet = outlets.host_of(url)
    entry = outlets.by_name(outlet) if outlet else None
    if entry and entry.is_wire and not wire:
        wire = entry.name
    return outlet, wire


def _inference_text(text: str, removed) -> tuple[str, str]:
    """Body, and captions plus metadata lines: their dates are dates the article knows about."""
    notes = [r.text for r in removed if r.reason in ("caption", "metadata") and not is_correction(r.text)]
    return text, "\n\n".join(notes)


def clean_document(doc: Document, *, corpus_lines: Counter | None = None) -> Article:
    """Clean one document; ``corpus_lines`` counts line keys seen in other articles."""
    return clean_prepared(prepare(doc), corpus_lines)


def reinfer_with_batch_year(article: Article, years: Counter) -> None:
    """For an article without a stated date whose dates lack a year, borrow the batch's year."""
    if article.published or not years:
        return
    year = years.most_common(1)[0][0]
    pub: Published = infer(*_inference_text(article.text, article.removed), context_year=year)
    if pub.value:
        article.published, article.published_evidence = pub.value, pub.evidence
        article.warnings = [w for w in article.warnings if w != NONE_INFERRED] + pub.warnings
