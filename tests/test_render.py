"""Static reports and the shared view: escaping, highlights, panels (invented story)."""
from __future__ import annotations

from html.parser import HTMLParser

from test_web_corpus import story_brief

from storyline.render.highlight import anchored_text, highlight
from storyline.render.html import render_html
from storyline.render.markdown import md, render_markdown
from storyline.render.view import build_story, format_figure, safe_url


class Audit(HTMLParser):
    """Collects what would make article text active: scripts, handlers, javascript: URLs, foreign tags."""

    ALLOWED = {
        "html", "head", "meta", "title", "style", "link", "body", "header", "nav", "main", "footer", "section", "aside",
        "h1", "h2", "h3", "p", "a", "b", "div", "span", "table", "thead", "tbody", "tr", "th", "td", "ul", "li",
        "details", "summary", "blockquote", "mark", "ol", "form", "label", "input", "textarea", "button",
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.ids: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.ALLOWED:
            self.problems.append(f"tag <{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"handler {name}")
            if name in ("href", "src", "action") and value and value.strip().lower().startswith(("javascript:", "data:text")):
                self.problems.append(f"{name}={value}")
            if name == "id":
                self.ids.append(value)

    def handle_data(self, data):
        self.text.append(data)


def audit(html: str) -> Audit:
    a = Audit()
    a.feed(html)
    a.close()
    return a


def test_highlight_escapes_the_pieces_around_the_mark():
    text = "a <b>bold</b> claim & more"
    out = str(highlight(text, 2, 13))
    assert out == 'a <mark id="hl">&lt;b&gt;bold&lt;/b&gt;</mark> claim &amp; more'
    assert str(highlight(text, 5, 99)) == "a &lt;b&gt;bold&lt;/b&gt; claim &amp; more"  # out of range: no mark
    assert "<mark" not in str(highlight(text, 4, 4))


def test_anchored_text_keeps_nested_spans_and_drops_partial_overlaps():
    text = "One two three. Four five."
    out, kept = anchored_text(text, [(0, 14), (4, 7), (10, 20), (15, 25)], "a1")
    assert kept == {(0, 14), (4, 7), (15, 25)}
    assert str(out) == (
        '<span class="m" id="a1-0-14">One <span class="m" id="a1-4-7">two</span> three.</span> '
        '<span class="m" id="a1-15-25">Four five.</span>'
    )


def test_safe_url_accepts_only_http():
    assert safe_url("https://x.example/a?b=1") == "https://x.example/a?b=1"
    for bad in ("javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x", "//evil.example", "http://", None, ""):
        assert safe_url(bad) is None


def test_figures_read_naturally():
    assert format_figure({"value": 1300.0, "qualifier": "at_least"}) == "at least 1,300"
    assert format_figure({"value": 40, "qualifier": "exact", "unit": "percent"}) == "40%"
    assert format_figure({"value": 2.5, "qualifier": "approximately", "unit": "USD"}) == "about $2.5"
    assert format_figure({"value": 10, "value_max": 12, "qualifier": "range", "unit": "miles"}) == "10–12 miles"
    assert format_figure({"value": 15, "qualifier": "exact", "unit": "US dollar per hour"}) == "$15 per hour"
    assert format_figure({"value": 2e5, "qualifier": "exact", "unit": "barrel per day"}) == "200,000 barrels per day"


def test_story_view_groups_by_outlet_day_speaker_and_actor():
    story = build_story(story_brief())
    assert [c["label"] for c in story.fact_columns][:1] == ["Daily Planet"]
    assert all(row["cells"] for row in story.fact_rows)
    planet_row = next(r for r in story.fact_rows if "art-planet" in r["cells"])
    assert planet_row["cells"]["art-planet"][0]["ref"].text.startswith("Officials said on Monday")
    days = [d["label"] for d in story.days]
    assert "Mon 2 Mar 2026" in days
    ortiz = next(g for g in story.speakers if g["speaker"] == "Lena Ortiz")
    assert ortiz["roles"] == ["Mayor"] and len(ortiz["quotes"]) == 2
    assert {g["actor"] for g in story.actors} >= {"the council", "the governor"}
    assert story.conflicts and story.conflicts[0]["items"]


def test_html_report_is_self_contained_and_inert():
    brief = story_brief()
    html = render_html(brief)
    result = audit(html)
    assert result.problems == []
    assert "<script" not in html.lower().replace("&lt;script", "")
    assert "http://" not in html.replace("https://planet.example/flood", "")  # no external resources
    assert "<link rel=\"stylesheet\"" not in html and "<style>" in html
    text = "".join(result.text)
    assert "<script>alert('x')</script> Flood <b>news" in text  # hostile title shown as text
    assert "onerror=alert(1)" in text
    # every panel is there
    for panel in ("articles", "conflicts", "facts", "timeline", "quotes", "stances", "copies", "texts"):
        assert f'id="{panel}"' in html
    # each fact cell links to an anchored sentence that exists in the file
    links = [part.split('"')[0] for part in html.split('class="fact-link" href="#')[1:]]
    assert links and all(link in result.ids for link in links)


def test_html_report_renders_an_empty_brief():
    html = render_html({"schema": "storyline.brief/1", "articles": [], "facts": [], "quotes": [], "events": [],
                        "stances": [], "conflicts": [], "copies": []})
    assert "No numeric facts found." in html and audit(html).problems == []


def test_markdown_escapes_article_text():
    assert md("a | b <script> *x* [l](javascript:y)\nnext") == r"a \| b \<script\> \*x\* \[l\](javascript:y) next"


def test_markdown_report_tables_keep_their_shape():
    brief = story_brief()
    out = render_markdown(brief)
    for heading in ("## Articles", "## Conflicts", "## Facts", "## Timeline", "## Quotes", "## Stances", "## Copies"):
        assert heading in out
    lines = out.splitlines()
    start = lines.index("## Facts") + 2
    table = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        table.append(line)
    assert len(table) == len(brief["facts"]) + 2
    # unescaped pipes delimit cells: every row has as many as the header
    import re

    widths = {len(re.findall(r"(?<!\\)\|", row)) for row in table}
    assert len(widths) == 1
    assert "<script>" not in out and r"\<script\>" in out
    assert "Lena Ortiz — Mayor" in out
    assert "[Valley flood: 120 evacuated](<https://planet.example/flood>)" in out
    assert "](javascript" not in out and "(<javascript" not in out


def test_a_large_brief_lists_who_reported_each_fact_instead_of_a_column_per_outlet():
    brief = story_brief()
    extra = [{**brief["articles"][0], "id": f"art-extra-{i}", "title": f"Extra {i}", "outlet": f"Outlet {i}"}
             for i in range(40)]
    fact = brief["facts"][0]
    source = fact["mentions"][0]
    same_text = next(a for a in brief["articles"] if a["id"] == source["article"])
    extra = [{**e, "text": same_text["text"]} for e in extra]
    facts = [{**fact, "mentions": fact["mentions"] + [{**source, "article": e["id"]} for e in extra]},
             *brief["facts"][1:]]
    brief = {**brief, "articles": brief["articles"] + extra, "facts": facts}
    html = render_html(brief)
    assert "Reported by" in html and 'class="outlet">Outlet 7' not in html
    result = audit(html)
    assert result.problems == []
    links = [part.split('"')[0] for part in html.split('class="fact-link" href="#')[1:]]
    assert links and all(link in result.ids for link in links)
