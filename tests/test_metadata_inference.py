"""Publication-date inference, precision first: no date rather than a wrong one."""
from __future__ import annotations

import datetime as dt

from storyline.clean import clean_document, clean_documents
from storyline.clean.published import infer
from storyline.model import Document

P1 = ("The river ferry in the invented town of Marlow Bay stopped running on Monday after a storm damaged "
      "the landing stage, the operator said in a statement.")
P2 = ("Officials said repairs would take at least two weeks and that a replacement bus service would carry "
      "about 1,200 commuters a day around the bay in the meantime.")


def test_timeline_headings_are_not_the_news_day():
    body = (f"{P1}\n\nMarch 3, 2009 The ferry is launched.\n\nThe first crossing was full.\n\n"
            "June 16, 2012 A new landing stage opens.\n\nIt cost far more than planned.")
    assert infer(body).value is None


def test_single_timeline_heading_without_separator_is_skipped():
    assert infer(f"{P1}\n\nJune 16, 2012 A new landing stage opens.\n\n{P2}").value is None


def test_a_later_year_in_the_text_blocks_an_older_date():
    body = f"The ferry first sailed on May 2, 2013, the operator said.\n\n{P2} The 2016 season will be shorter."
    pub = infer(body)
    assert pub.value is None and "2016" in pub.warnings[0]


def test_recent_date_is_still_inferred_with_a_warning():
    pub = infer(f"On March 3, 2021, the ferry stopped. {P2}", today=dt.date(2022, 1, 1))
    assert pub.value and pub.value.startswith("2021-03") and pub.warnings


def test_no_date_gives_null_and_a_warning():
    a = clean_document(Document(source="t.txt", content=f"Ferry halts\n\n{P1}\n\n{P2}"))
    assert a.published is None and any("no publication date" in w for w in a.warnings)


def test_inferred_date_far_before_the_batch_is_dropped():
    stated = [Document(source=f"s{i}.txt", content=f"Ferry news {i}\n\nPublished March {10 + i}, 2021\n\n{P1} {i}\n\n{P2}")
              for i in range(2)]
    old = Document(source="old.txt", content=f"Ferry history\n\nThe ferry was sold on May 2, 2019, to a new owner.\n\n{P2}")
    arts = clean_documents(stated + [old])
    assert [a.published[:10] for a in arts[:2]] == ["2021-03-10", "2021-03-11"]
    assert arts[2].published is None and any("weeks before" in w for w in arts[2].warnings)


def test_date_in_the_file_name_is_used_when_the_text_states_none():
    a = clean_document(Document(source="/data/bay-news_2021-03-09_ferry-halts.txt", content=f"Ferry halts\n\n{P1}\n\n{P2}"))
    assert a.published == "2021-03-09" and "file name" in a.published_evidence
    assert any("file name" in w for w in a.warnings)
    b = clean_document(Document(source="/data/story-20210309-1999.txt", content=f"Ferry halts\n\n{P1}\n\n{P2}"))
    assert b.published == "2021-03-09"
    c = clean_document(Document(source="https://x.example/2021-03-09/a", content=f"Ferry halts\n\n{P1}\n\n{P2}"))
    assert c.published is None


def test_outlet_named_in_a_dated_file_name():
    a = clean_document(Document(source="/data/nyt_2021-03-09_ferry-halts.txt", content=f"Ferry halts\n\n{P1}\n\n{P2}"))
    assert a.outlet == "The New York Times"
    b = clean_document(Document(source="/data/notes_2021-03-09.txt", content=f"Ferry halts\n\n{P1}\n\n{P2}"))
    assert b.outlet is None
