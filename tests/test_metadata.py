"""Article metadata on small invented texts: dates, outlets, wires, bylines, language."""
from __future__ import annotations

import datetime as dt

from test_clean import P2, doc

from storyline.clean import clean_document, clean_documents, outlets
from storyline.clean.dates import date_line, find_dates
from storyline.clean.published import infer
from storyline.model import Document

# test_clean's ferry paragraph without "on Monday": a weekday would move the publication dates inferred here
P1 = ("The river ferry in the invented town of Marlow Bay stopped running after a storm damaged "
      "the landing stage, the operator said in a statement.")


def test_find_dates_reads_common_formats():
    got = {d.text: d.iso() for d in find_dates(
        "On 2031-03-04, then March 5, 2031, 6 March 2031 at 14:30 BST, 03/07/2031 - 08:05 and Sept. 9."
    )}
    assert got["2031-03-04"] == "2031-03-04"
    assert got["March 5, 2031"] == "2031-03-05"
    assert got["6 March 2031"] == "2031-03-06T14:30+01:00"
    assert got["03/07/2031"] == "2031-03-07T08:05"
    assert got["Sept. 9"] is None  # no year stated
    assert find_dates("They may 10 times refuse.") == []


def test_date_line_is_only_a_date():
    assert date_line("Updated: Tuesday 4 March 2031 09:00 GMT").iso() == "2031-03-04T09:00+00:00"
    assert date_line("The ferry stopped on March 4, 2031.") is None


def test_page_date_vs_article_date_picks_the_byline_date_with_warning():
    a = clean_document(doc(f"December 1, 2033\nFerry halted after storm\n\n{P1}\n\nAda Roe Tue, 03/04/2031 - 09:15\n\n{P2}"))
    assert a.published == "2031-03-04T09:15"
    assert a.published_evidence == "Ada Roe Tue, 03/04/2031 - 09:15"
    assert a.bylines == ["Ada Roe"]
    assert any("2031-03-04" in w and "December 1, 2033" in w for w in a.warnings)
    assert {r.text: r.reason for r in a.removed}["December 1, 2033"] == "metadata"


def test_dateline_with_time_and_wire_credit():
    a = clean_document(doc(f"Ferry halted after storm\n\nVia AP news wire\nTuesday 4 March 2031 09:15 GMT\n\n{P1}\n\n{P2}"))
    assert a.wire == "Associated Press"
    assert a.published == "2031-03-04T09:15+00:00"
    assert a.outlet is None
    assert a.text == f"{P1}\n\n{P2}"


def test_publication_date_inferred_from_latest_date_and_later_weekday():
    text = f"{P1} Crews began work on March 4, 2031. On Thursday the operator said buses were full. {P2}"
    p = infer(text, today=dt.date(2040, 1, 1))
    assert p.value == "2031-03-06"  # March 4, 2031 is a Tuesday; the Thursday after it
    assert "March 4, 2031" in p.evidence and "Thursday" in p.evidence
    assert p.warnings and "inferred" in p.warnings[0]


def test_no_date_is_invented_from_nothing():
    a = clean_document(doc(f"{P1}\n\n{P2}"))
    assert a.published is None and a.published_evidence is None


def test_year_of_a_yearless_date_comes_from_the_batch_with_warning():
    dated = doc(f"{P1}\n\nAda Roe Tue, 03/05/2019 - 09:15\n\n{P2}", source="a.txt")
    yearless = doc(f"{P1} Repairs began on March 6 and finished on Friday.\n\n{P2}", source="b.txt")
    _, b = clean_documents([dated, yearless])
    assert b.published == "2019-03-08"  # Wednesday March 6, 2019, then the Friday after it
    assert "batch" in b.published_evidence and any("inferred" in w for w in b.warnings)


def test_hints_win_and_outlet_names_are_canonical():
    a = clean_document(doc(f"{P1}\n\n{P2}", hints={"title": "Ferry halted", "outlet": "the guardian",
                                                   "authors": ["Ada Roe"], "published": "2031-03-04",
                                                   "url": "https://example.org/x"}))
    assert (a.title, a.outlet, a.bylines, a.published, a.url) == (
        "Ferry halted", "The Guardian", ["Ada Roe"], "2031-03-04", "https://example.org/x")


def test_outlet_from_url_domain():
    a = clean_document(doc(f"{P1}\n\n{P2}", url="https://www.nytimes.com/2031/03/04/ferry.html"))
    assert a.outlet == "The New York Times"
    assert outlets.by_domain("https://edition.cnn.com/x").name == "CNN"
    assert outlets.by_domain("https://unknown.example/x") is None


def test_outlet_from_sign_off_and_house_byline():
    a = clean_document(doc(f"{P1}\n\n{P2}\n\nWith Post wires"))
    assert a.outlet == "New York Post"
    assert {r.text: r.reason for r in a.removed}["With Post wires"] == "metadata"
    b = clean_document(doc(f"{P1}\n\nTyler Durden Wed, 03/05/2031 - 10:00\n\n{P2}"))
    assert b.outlet == "ZeroHedge" and b.published == "2031-03-05T10:00"


def test_wire_from_dateline_and_byline_with_agency():
    a = clean_document(doc(f"MARLOW BAY, Fictonia (Reuters) - {P1}\n\n{P2}"))
    assert a.wire == "Reuters"
    assert a.text.startswith("MARLOW BAY")
    b = clean_document(doc(f"By Ada Roe and Ben Cole, Associated Press\n\n{P1}\n\n{P2}"))
    assert b.bylines == ["Ada Roe", "Ben Cole"] and b.wire == "Associated Press"


def test_byline_rule_does_not_take_sentences():
    a = clean_document(doc(f"By the time the ferry returned, the storm had passed.\n\n{P1}"))
    assert a.bylines == []
    assert a.text.startswith("By the time")


def test_outlet_table_is_broad():
    table = outlets.table()
    assert len(table) >= 100
    assert sum(o.is_wire for o in table) >= 20
    assert outlets.by_name("AFP").name == "Agence France-Presse"


def test_language_is_detected_and_stable():
    fr = ("Le traversier de la ville inventée de Marlow Bay a cessé de circuler après une tempête, "
          "a indiqué l'exploitant dans un communiqué publié lundi soir.")
    langs = {clean_document(doc(fr)).language for _ in range(3)}
    assert langs == {"fr"}
    assert clean_document(doc("Ok.")).language is None


def test_published_beats_updated_date():
    a = clean_document(doc(f"Published March 1, 2019 09:00 GMT\nUpdated: March 3, 2019 at 4:15 p.m. ET\n\n{P1}\n\n{P2}"))
    assert a.published == "2019-03-01T09:00+00:00"
    assert any("2019-03-03" in w for w in a.warnings)


def test_dateline_line_and_lone_agency_credit_are_metadata():
    a = clean_document(doc(f"DOCKSIDE, March 2 (Xinhua) --\n{P1}\n\nReuters\n\n{P2}"))
    r = {x.text: x.reason for x in a.removed}
    assert r["DOCKSIDE, March 2 (Xinhua) --"] == "metadata" and r["Reuters"] == "metadata"
    assert a.wire == "Xinhua"
    assert a.text == f"{P1}\n\n{P2}"


def test_lone_name_next_to_the_date_line_is_the_byline():
    a = clean_document(doc(f"Ferry halted after storm\nAda Roe\nMarch 4, 2019\n\n{P1}\n\n{P2}"))
    assert a.bylines == ["Ada Roe"] and a.published == "2019-03-04"
    assert a.text == f"{P1}\n\n{P2}"


def test_html_opengraph_meta_and_domain_outlet():
    html = f"""<html><head><title>Ferry halted | Site</title>
    <meta property="og:title" content="Ferry halted after storm">
    <meta property="article:published_time" content="2019-03-04T08:00:00Z">
    <meta name="author" content="Ada Roe">
    <meta property="og:url" content="https://www.reuters.com/world/ferry-halted">
    </head><body><article><h1>Ferry halted after storm</h1><p>{P1}</p><p>{P2}</p></article></body></html>"""
    a = clean_document(Document(source="p.html", content=html, kind="html"))
    assert a.title == "Ferry halted after storm"
    assert a.published == "2019-03-04T08:00+00:00"
    assert a.bylines == ["Ada Roe"]
    assert a.url == "https://www.reuters.com/world/ferry-halted"
    assert a.outlet == "Reuters" and a.wire == "Reuters"
    assert a.text == f"{P1}\n\n{P2}"


def test_html_date_from_htmldate_when_no_metadata():
    html = f"""<html><head><title>Ferry halted</title></head><body><article>
    <p class="date">Published on 2019-03-04</p><p>{P1}</p><p>{P2}</p></article></body></html>"""
    a = clean_document(Document(source="p.html", content=html, kind="html"))
    assert a.published == "2019-03-04"
    assert a.published_evidence


def test_house_byline_and_source_line_name_the_outlet():
    a = clean_document(doc(f"By Post Staff Report\n\n{P1}\n\n{P2}"))
    assert a.outlet == "New York Post" and a.bylines == []
    b = clean_document(doc(f"{P1}\n\n{P2}\n\nSource: theguardian.com"))
    assert b.outlet == "The Guardian"
    assert {r.text: r.reason for r in b.removed}["Source: theguardian.com"] == "metadata"


def test_yearless_date_lines_and_labels_are_metadata():
    a = clean_document(doc(f"Published\n21 September\n\n{P1}\n\n{P2}"))
    assert [(r.text, r.reason) for r in a.removed] == [("Published", "metadata"), ("21 September", "metadata")]
    assert a.published is None  # no year anywhere: nothing is invented


def test_agency_and_outlet_datelines():
    assert clean_document(doc(f"MARLOW, March 3. /TASS/. {P1}")).wire == "TASS"
    assert clean_document(doc(f"(CNN) - {P1}")).outlet == "CNN"
    a = clean_document(doc(f"{P1}\n\n{P2}\n\nSource: Al Jazeera and news agencies"))
    assert a.outlet == "Al Jazeera"


def test_masthead_line_names_the_outlet_and_is_not_the_title():
    a = clean_document(doc(f"The Moscow Times\n\nFerry halted after storm\n\n{P1}\n\n{P2}"))
    assert a.outlet == "The Moscow Times" and a.title == "Ferry halted after storm"


def test_two_lone_dates_pick_the_earlier_and_crawl_dates_lose():
    a = clean_document(doc(f"November 22, 2024\nFerry halted after storm\nMarch 4, 2019\n\n{P1}\n\n{P2}"))
    assert a.published == "2019-03-04" and any("2024-11-22" in w for w in a.warnings)
    b = clean_document(doc(f"Retrieved 2024-11-22 10:00\n\nFerry halted after storm\n\nMarch 4, 2019\n\n{P1}"))
    assert b.published == "2019-03-04" and b.text == P1


def test_author_sign_off_gives_the_byline():
    a = clean_document(doc(f"{P1}\n\n{P2}\n\nFollow Ada Roe on Twitter @adaroe"))
    assert a.bylines == ["Ada Roe"] and a.text == f"{P1}\n\n{P2}"
