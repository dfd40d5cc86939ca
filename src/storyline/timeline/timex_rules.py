"""The grammar of English temporal expressions: one regular expression per construction.

Each :class:`Rule` pairs a pattern with a handler from :mod:`.timex_resolve`
that turns the match into a TIMEX3 ``(type, value)``. Extents follow TimeML:
modifiers such as "last", "early", "the past" belong to the expression;
prepositions do not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from . import timex_resolve as R
from .lexicon import MONTH_RE, NUM_RE, ORDINAL_RE, POD_RE, SEASON_RE, UNIT_RE, UNITS, WEEKDAY_RE
from .timex_resolve import Alias, Context

MONTH = f"(?-i:{MONTH_RE})"
WD = f"(?-i:{WEEKDAY_RE})"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    handle: Callable[[re.Match, Context], tuple[str, str] | None]

def _rx(p: str) -> re.Pattern:
    """Case-insensitive, and never starting inside a word: the look-behind also lets the
    engine give up at once at the many positions where no expression can start."""
    return re.compile(rf"(?<!\w)(?:{p})", re.IGNORECASE)


_PRE = r"(?:(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[- ]?\s*)?"
_HOL = (r"(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Independence\s+Day"
        r"|Fourth\s+of\s+July|July\s+Fourth|Halloween|Valentine's\s+Day|Boxing\s+Day)")
_HOLIDAY_THINGS = (r"(?:trees?|cards?|carols?|lights|decorations|ornaments?|movies?|films?|songs?|music|spirit|gifts?"
                   r"|presents?|sweaters?|stockings?|markets?|costumes?|candy|turkeys?|specials?|episodes?)\b")

RULES: tuple[Rule, ...] = (
    Rule("iso", _rx(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<hh>\d{2}):(?P<mm>\d{2})(?::\d{2})?)?\b"), R.resolve_iso),
    Rule("numeric", _rx(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"), R.resolve_numeric),
    Rule("month_day", _rx(
        rf"(?:{WD},?\s+)?{_PRE}(?P<mon>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|\d))"
        rf"(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d)\b)?"), R.resolve_month_day),
    Rule("day_month", _rx(
        rf"(?:{WD},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d)\b)?"), R.resolve_month_day),
    Rule("month_year", _rx(rf"{_PRE}(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<year>(?:1[5-9]|20)\d\d)\b"), R.resolve_month),
    Rule("month_rel_year", _rx(rf"(?P<mon>{MONTH})\s+(?P<rel>last|this|next)\s+year"), R.resolve_month_rel_year),
    Rule("month", _rx(rf"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?{_PRE}(?P<mon>{MONTH})(?![\w'’-])(?!\s*\d)"),
         R.resolve_month),
    Rule("weekday_set", _rx(rf"(?:(?:every|each)\s+(?P<wd>{WD})|(?P<wd2>(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)))"
                            rf"(?:\s+(?P<pod>{POD_RE})s?)?"),
         lambda m, c: R.resolve_weekday_set(Alias(m, wd=m["wd"] or m["wd2"]), c)),
    Rule("weekday_pod_set", _rx(rf"(?P<wd>{WD})\s+(?P<pod>morning|afternoon|evening|night)s\b"),
         R.resolve_weekday_set),  # "Tuesday nights": a habit
    Rule("weekday", _rx(
        rf"(?:(?P<mod>last|this|next|this\s+past|this\s+coming|coming|past|early|late)\s+)?(?P<wd>{WD})(?![\w-])"
        rf"(?:\s+(?P<pod>{POD_RE}))?"), R.resolve_weekday),
    Rule("pod_weekday", _rx(rf"(?P<pod>{POD_RE})\s+(?:on\s+)?(?P<wd>{WD})"),
         lambda m, c: R.resolve_weekday(Alias(m, mod=None), c)),
    # (not the newspaper 'USA TODAY')
    Rule("dayword", _rx(r"(?:(?:early|late|earlier|later)\s+)?(?<!USA\s)(?P<w>yesterday|today|tomorrow|tonight)(?![\w-])"
                        rf"(?:\s+(?P<pod>{POD_RE}))?"), R.resolve_dayword),
    Rule("pod_dayword", _rx(rf"(?:(?:early|late|mid)[- ]?\s*)?(?P<pod>{POD_RE})\s+(?P<w>yesterday|today|tomorrow)"),
         R.resolve_dayword),
    Rule("last_night", _rx(r"last\s+(?P<pod>night|evening)"), R.resolve_last_night),
    Rule("this_pod", _rx(r"(?:(?:earlier|later)\s+)?this\s+(?P<pod>morning|afternoon|evening)"), R.resolve_this_pod),
    Rule("overnight", _rx(r"\bovernight\b"), R.resolve_overnight),
    Rule("ref_day", _rx(
        r"(?:the\s+(?:next|following|same|previous|prior)\s+(?:day|(?P<pod>morning|afternoon|evening|night))"
        r"|the\s+day\s+(?:before|after)|that\s+(?:same\s+)?(?:day|(?P<pod2>morning|afternoon|evening|night))"
        r"|(?:earlier|later)\s+that\s+day|the\s+night\s+before)"),
         lambda m, c: R.resolve_ref_day(Alias(m, pod=m["pod"] or m["pod2"]), c)),
    Rule("rel_unit", _rx(
        r"(?P<rel>(?:(?:early|late|earlier|later|mid)[- ]?\s*)?(?:the\s+(?:end|beginning|start|middle|rest)\s+of\s+)?"
        r"(?:last|this|next|that|the\s+(?:following|same|previous|prior|current|coming)|this\s+past|this\s+coming|"
        r"earlier\s+this|later\s+this|the\s+current))"
        r"\s+(?P<unit>week|weekend|month|year|decade|century)(?![\w-])"), R.resolve_rel_unit),
    Rule("the_weekend", _rx(r"(?:over\s+)?the\s+weekend(?![\w-])"),
         lambda m, c: R.resolve_the_weekend(m, c)),
    Rule("season", _rx(rf"(?:(?P<rel>this\s+past|this|last|next|early|late|mid|the)[- ]?\s*)?(?P<season>{SEASON_RE})"
                       rf"(?:\s+(?:of\s+)?(?P<year>(?:1[5-9]|20)\d\d))?\b"), R.resolve_rel_season),
    Rule("ago", _rx(
        rf"(?:(?:nearly|almost|more\s+than|some|barely|less\s+than)\s+)?"
        rf"(?P<num>{NUM_RE})[- ]\s*(?P<unit>{UNIT_RE}|weekend)s?\s+"
        rf"(?P<dir>ago|earlier|later|from\s+now|hence|(?:before|after)(?=\s*[.,;:)]|\s*$))(?![\w-])"), R.resolve_ago),
    Rule("vague_ago", _rx(r"(?:(?:several|many|some|a\s+few)\s+)?(?:years|months|weeks|days|decades)\s+ago"),
         R.resolve_vague("PAST_REF")),
    Rule("year", _rx(r"(?:(?:fiscal|calendar|(?:early|mid|late)[- ]|the\s+(?:end|beginning|start|middle)\s+of\s+)\s*)?"
                     r"(?<![\d$.,])(?P<year>(?:1[6-9]|20)\d\d)(?![\d%]|[.,]\d|\s*(?:percent|per\s+cent))"), R.resolve_year),
    # "the 1990s", "'90s", "the 1980’s", and "the 90's" (a bare "90s" is as often degrees or an age)
    Rule("decade", _rx(r"(?:the\s+)?(?:(?:early|mid|late)[- ]?\s*)?(?:(?P<dec>(?:1[6-9]|20)\d)0|['’](?P<dec2>\d)0)['’]?s\b"
                       r"|the\s+(?:(?:early|mid|late)[- ]?\s*)?(?P<dec3>[1-9])0['’]s\b"),
         lambda m, c: ("DATE", m["dec"] or R.decade_from_two(m["dec2"] or m["dec3"]))),
    Rule("year_ago", _rx(r"(?:the\s+)?year-(?:ago|earlier)(?:\s+(?:quarter|period))?"), R.resolve_year_ago),
    Rule("period", _rx(r"the\s+(?:latest|same|comparable|corresponding|year-ago|year-earlier)\s+(?:fiscal\s+)?period"
                       r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"), R.resolve_period),
    Rule("year_end", _rx(r"(?:the\s+end\s+of\s+(?:the|this)\s+year|year[- ]end|(?:the\s+)?year's\s+end)(?![\w-])"),
         R.resolve_year_end),
    Rule("the_year", _rx(r"the\s+(?:full\s+|whole\s+|entire\s+)?year(?![\w-])(?!\s+(?:ago|earlier|later|before|after|of|in|when|that|\d))"),
         R.resolve_the_year),
    Rule("two_thousand", _rx(r"(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(?P<n>[a-z]+(?:-[a-z]+)?))?(?![\w-])"),
         R.resolve_year_two_thousand),
    Rule("past_unit", _rx(r"the\s+(?:past|last|next|coming|previous)\s+(?P<unit>week|month|year|decade)(?![\w-])"),
         lambda m, c: ("DURATION", "P1" + UNITS[R.unit_name(m["unit"])][0])),
    Rule("spelled_year", _rx(r"(?P<c>nineteen|twenty)[- ](?P<y>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                             r"seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                             r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b"), R.resolve_spelled_year),
    Rule("bare_plural", _rx(r"\b(?P<unit>year|month|week|decade)s\b(?![\w-])"), R.resolve_plural_duration),
    Rule("century", _rx(r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[- ]century"), R.resolve_century),
    Rule("quarter", _rx(
        rf"(?:the\s+(?![a-z]+-quarter))?(?P<mods>(?:(?:latest|current|last|past|previous|most\s+recent|this\s+year's|"
        rf"last\s+year's|next\s+year's|year-ago|year-earlier|same|fiscal|recent|(?P<year0>(?:19|20)\d\d))[- ]\s*)*)"
        rf"(?:(?P<ord>{ORDINAL_RE})[- ]\s*)?(?:fiscal[- ]\s*)?(?P<q>quarter|half)(?![\w])(?!-(?:point|inch|mile))"
        rf"(?:\s+of\s+(?P<year>(?:1[5-9]|20)\d\d))?"), R.resolve_quarter),
    Rule("duration", _rx(
        rf"(?:(?:the|a|an)\s+)?(?:(?:past|last|next|first|coming|previous|final|following|initial|latest|recent|"
        rf"same|remaining|other)\s+)?(?:(?:nearly|almost|(?:no\s+)?more\s+than|up\s+to|at\s+least|"
        rf"less\s+than)\s+)?(?P<num>{NUM_RE})(?P<frac>\s+1/2|\s*½|\s+and\s+a\s+half)?[- ]\s*(?P<unit>{UNIT_RE})s?"
        rf"(?![\w]|-old)(?P<half>\s+and\s+a\s+half)?(?:-long)?"), R.resolve_duration),
    Rule("plural_duration", _rx(
        r"(?:(?:the\s+)?(?:past|last|next|coming|previous)\s+)?(?:several|a\s+few|many|the\s+past\s+few|few|some)\s+"
        r"(?P<unit>minute|hour|day|week|month|year|decade)s\b"), R.resolve_plural_duration),
    Rule("set", _rx(r"(?:every|each|per)\s+(?:other\s+)?(?P<unit>day|week|month|year|quarter|hour|minute|"
                    r"morning|night|evening|afternoon)\b"), R.resolve_set),
    Rule("adverb_set", _rx(r"\b(?:daily|weekly|monthly|hourly|nightly)\b"), R.resolve_adverb_set),
    Rule("time", _rx(
        rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*(?P<ap>a\.\s?m\.|p\.\s?m\.|am\b|pm\b)"
        rf"|(?P<noon>noon|midnight))(?:\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET|local\s+time))?"
        rf"(?:,?\s+(?:on\s+)?(?:(?P<dw>{WD}|today|yesterday|tomorrow)"
        rf"|(?P<mon>{MONTH})\s+(?P<md>\d{{1,2}})(?!\d|,\s*\d)))?"), R.resolve_time),
    # (not a thing named after the day: 'the Christmas tree', 'Halloween costumes')
    Rule("holiday", _rx(rf"(?P<hol>{_HOL})(?:\s+(?P<year>(?:1[5-9]|20)\d\d))?(?!\s+{_HOLIDAY_THINGS})"), R.resolve_holiday),
    Rule("present", _rx(r"\b(?:right\s+now|now|currently|current|at\s+present|presently|nowadays|these\s+days|"
                        r"at\s+the\s+moment)\b(?!-)"), R.resolve_vague("PRESENT_REF")),
    Rule("past", _rx(r"\b(?:(?:more\s+)?recently|lately|"
                     r"the\s+past|past\s+years)\b(?!-)"), R.resolve_vague("PAST_REF")),
    Rule("future", _rx(r"\b(?:the\s+(?:near\s+|distant\s+)?future|soon|the\s+(?:near|short|long)\s+term|"
                       r"coming\s+(?:quarters|periods))\b(?!-)"), R.resolve_vague("FUTURE_REF")),
    Rule("vague_plural", _rx(r"\b(?:recent|coming|the\s+coming|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few)\s+"
                             r"(?P<unit>minute|hour|day|week|month|year|decade)s\b"), R.resolve_plural_duration),
)


