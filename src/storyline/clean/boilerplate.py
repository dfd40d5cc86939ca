"""Page furniture that is not the article: prompts, share/navigation lines, tag lists, footers.

General rules only: the phrases are the ones sites use for subscription,
donation, registration and sharing widgets, not sentences of any article.
A line also counts as boilerplate when it recurs across many articles of
different stories (``corpus_lines``).
"""
from __future__ import annotations

import re
from collections import Counter

from .lines import Line

_PROMPTS = [
    # subscription / newsletter
    r"^subscribe\b", r"\bsubscribe (now|today|here|to (our|the))\b", r"\bsubscribers? (only|exclusive)\b",
    r"\bsign up (for|to) (our|the|my) (free |daily |weekly )?(newsletter|briefing|email|alerts?)\b", r"^sign up\b",
    r"\bsign up now\b", r"\balready a (subscriber|member)\b", r"\bunlimited (digital )?access\b",
    r"\bstart your (free )?trial\b", r"\bto continue reading\b", r"\bget (our|the) newsletter\b",
    r"\bnewsletter\b.{0,40}\binbox\b",
    # donation / membership
    r"^donate\b", r"\bdonate (now|today|here)\b", r"\bmake a donation\b", r"\bcontributions? (counts?|matters?)\b",
    r"\bevery contribution\b",
    r"\bsupport (our|truly|independent|quality|free|fearless) (independent )?(journalism|reporting|press|media)\b",
    r"^support (us|our work|our journalism)\b", r"^our mission is\b", r"\bjournalism without an agenda\b", r"^help us (keep|continue|fund|deliver|report|stay)\b",
    r"^become a (member|patron|supporter|subscriber)\b", r"\bon patreon\b", r"\bwhether \$\d+ or \$\d+",
    r"\bmake a (one-off|one-time|monthly|yearly|recurring) (gift|contribution|payment)\b",
    r"\breader[- ]funded\b",
    # registration / login
    r"\bthank you for registering\b", r"\bplease (refresh|log ?in|sign ?in|register|enable)\b",
    r"^(log|sign) ?in (to|with|or)\b", r"\bto be (automatically )?logged in\b", r"\bcreate (a|an|your) (free )?account\b",
    r"\balready have an account\b", r"^register (now|for free|to (read|continue|comment))\b",
    r"\bforgot (your )?password\b", r"\byou have reached (your|the) (limit|maximum)\b",
    r"\barticles? (left|remaining) this month\b",
    # cookies / ads / scripts
    r"\b(accept|manage) (all )?cookies\b", r"\bcookie (policy|settings|preferences)\b", r"^privacy policy\b",
    r"^terms (of|and) (use|service|conditions)\b", r"^advertisements?$", r"^sponsored( content)?$",
    r"\b(disable|turn off) your ad ?blocker\b", r"\benable javascript\b", r"\byour browser (does not|doesn't) support\b",
    r"^real[- ]time (web )?analytics\b",
    # sharing / comments / reading aids
    r"^share (this|on|via|article|story)\b", r"\bclick to (share|print|email)\b", r"^source link$",
    r"^comments? (are|is) (closed|disabled)\.?$", r"^(leave|post) a (comment|reply)\b", r"^join the (conversation|discussion)\b",
    r"^\d+ comments?$", r"^comments? \(\d+\)$", r"^read more\b.{0,120}$", r"^(related|recommended|more from|more on|read next|see also|also read|you may also like)\b.{0,60}$",
    r"^(most )?(popular|read|viewed|trending)( now| stories| articles)?:?$", r"^follow (us|@\w+)\b", r"\bdownload (the|our) app\b",
    r"^click here\b", r"^listen to (this|the) (article|story)\b", r"^\d+ min(ute)?s? read$", r"^reading time\b",
    r"^(we|this site) use[s]? cookies\b", r"^(report|flag) (an )?(error|typo|a correction)\b",
    r"^(have|got) a (news )?tip\b", r"^privacy notice\b", r"^after newsletter promotion$", r"^explore more on\b",
    r"^reuse this content$", r"^join (our|the) (commenting )?(forum|conversation|discussion|community)\b", r"^loading\b.{0,40}$",
    r"^follow [\w .'-]{2,40} on (twitter|facebook|instagram|x|telegram|youtube|tiktok|linkedin)\b", r"^follow [\w .'-]{2,40}:$", r"^share or comment\b", r"^scroll down for\b", r"^acquire licensing rights\b",
    r"^(more on this story|about sharing|share page|related internet links)$", r"^(watch|listen|play)( video| now| live)?:?$", r"^(story|article) continues (below|after)\b", r"^our standards\b",
    r"^(published|updated|posted) \d+ (minutes?|hours?|days?) ago$", r"^(show|view|hide) comments\b", r"^(skip|jump) to (main )?(content|navigation)\b",
]
_PROMPT_RE = [re.compile(p, re.I) for p in _PROMPTS]
_BULLET = re.compile(r"^\s*([-*\u2022\u2013\u2014]|\d{1,2}[.)])\s")
_REPORTED = re.compile(r"\b(said|says|told|according|asked|added|wrote|tweeted)\b")

NAV_WORDS = {
    "headlines", "home", "news", "world", "politics", "business", "sport", "sports", "opinion", "culture",
    "lifestyle", "life", "style", "tech", "technology", "science", "health", "entertainment", "video", "videos",
    "live", "latest", "top stories", "menu", "search", "more", "trending", "markets", "weather", "podcasts",
    "podcast", "newsletters", "account", "related", "related articles", "related stories", "more stories",
    "breaking news", "analysis", "features", "world news", "just in", "local", "national", "international",
    "europe", "africa", "asia", "americas", "middle east", "us news", "uk news", "economy", "money", "travel",
    "food", "arts", "books", "media", "environment", "climate", "education", "obituaries", "letters",
    "editorials", "columns", "columnists", "photos", "gallery", "galleries", "graphics", "investigations",
    "sections", "topics", "back to top", "next", "previous", "prev", "top", "main menu", "close", "open",
    "log in", "login", "sign in", "sign up", "register", "subscribe", "donate", "contact", "contact us", "about",
    "about us", "careers", "faq", "help", "archive", "archives", "rss", "sitemap", "site map", "print edition",
    "e-paper", "epaper", "today's paper", "listen", "watch", "watch live", "read", "view comments", "comments",
    "share", "tweet", "email", "print", "save", "copy link", "copy", "link copied", "more news", "popular",
    "recommended", "sponsored", "partner content", "loading", "video player", "advertisement", "ad",
}
PLATFORMS = {
    "facebook", "twitter", "x", "instagram", "youtube", "tiktok", "linkedin", "whatsapp", "telegram", "reddit",
    "pinterest", "flipboard", "messenger", "threads", "mastodon", "snapchat", "tumblr", "vk", "vkontakte",
    "weibo", "wechat", "line", "viber", "pocket", "bluesky", "truth social", "gab", "gettr", "rumble",
    "odysee", "bitchute", "google news", "apple news", "email", "e-mail", "mail", "print", "sms", "copy link",
}
_SEPARATORS = re.compile(r"\s*(?:\||·|•|/|»|›|>|,|;|\u2022|\s{2,})\s*")
_TAG_HEAD = re.compile(r"^(tags?|topics?|keywords?|filed under|categories|category|related topics|more about)\s*:?\s*(?P<rest>.*)$", re.I)


def is_prompt(line: Line) -> bool:
    """A subscription/donation/registration/cookie/share prompt (short enough to be a widget)."""
    if line.n_words > 40:
        return False
    low = line.folded.lower()
    if '"' in low and _REPORTED.search(low):
        return False  # reported speech ("... make a donation," she said) is article text
    low = low.strip(" \"'")  # ('"Follow Pam Key on Twitter @pamkeyNEN."': a stray mark around the widget)
    return any(p.search(low) for p in _PROMPT_RE)


def _only_items(text: str, vocab: set[str]) -> bool:
    """Every item is a known word/phrase, or (up to 3 words) made only of known words ("Latest News")."""
    items = [i.strip(" .:!").lower() for i in _SEPARATORS.split(text) if i.strip(" .:!")]
    return bool(items) and all(i in vocab or (len(i.split()) <= 3 and all(w in vocab for w in i.split())) for i in items)


def is_nav(line: Line) -> bool:
    """Section/navigation words or platform names alone on a line ("Headlines", "YouTube", "Home | World")."""
    if line.n_words > 12:
        return False
    return _only_items(line.folded, NAV_WORDS | PLATFORMS)


def _is_tag_list(text: str) -> bool:
    items = [i.strip() for i in re.split(r"[,;|#]", text) if i.strip()]
    return len(items) >= 2 and all(len(i.split()) <= 4 and not i.endswith((".", "!", "?")) for i in items)


def mark_boilerplate(lines: list[Line]) -> None:
    """Prompts, navigation, platform words and tag lists, line by line."""
    for i, ln in enumerate(lines):
        if not ln.kept:
            continue
        m = _TAG_HEAD.match(ln.folded)
        if m and (not m.group("rest") or _is_tag_list(m.group("rest")) or len(m.group("rest").split()) <= 4):
            ln.mark("boilerplate", "tag list")
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if not m.group("rest") and nxt is not None and nxt.kept and (_is_tag_list(nxt.text) or nxt.n_words <= 4):
                nxt.mark("boilerplate", "tag list")
        elif is_prompt(ln):
            ln.mark("boilerplate", "prompt")
        elif is_nav(ln):
            ln.mark("boilerplate", "navigation")


def expand_boxes(lines: list[Line]) -> None:
    """Short lines around a prompt belong to its box (headings, a name in a donation box)."""
    for i, ln in enumerate(lines):
        if ln.why != "prompt":
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines):
                other = lines[j]
                if other.why in ("prompt", "box"):
                    j += step
                    continue
                if not other.kept or other.n_words > 6 or other.is_sentence:
                    break
                other.mark("boilerplate", "box")
                j += step


def mark_trailing(lines: list[Line]) -> None:
    """After the last body paragraph, short non-sentence lines are the page footer."""
    last_body = -1
    for i, ln in enumerate(lines):
        if ln.kept and ln.n_words >= 12 and ln.is_sentence:
            last_body = i
    if last_body < 0:
        return
    tail = lines[last_body + 1 :]
    furniture = ("label", "separator", "section label", "correction")  # not page widgets: no footer below
    widget = [ln for ln in tail if not ln.kept and ln.why not in furniture and re.search(r"[^\W_]", ln.text)]
    if widget or len(tail) <= 3:
        for ln in tail:
            if ln.kept and ln.n_words <= 8 and not ln.is_sentence and not _BULLET.match(ln.text):
                ln.mark("boilerplate", "footer")


def mark_recurring(lines: list[Line], counts: Counter, threshold: int = 2) -> None:
    """Lines seen in at least ``threshold`` other articles (of other stories) are boilerplate."""
    if not counts:
        return
    for ln in lines:
        if ln.kept and ln.key and len(ln.key) >= 4 and counts.get(ln.key, 0) >= threshold:
            ln.mark("boilerplate", "recurring")
