"""Fix-round cleaning rules on invented texts: headlines with final punctuation, export
furniture (labels, abstracts, separators, corrections), inline markup."""
from __future__ import annotations

from test_clean import P1, P2, P3, doc
from test_clean import reasons as removed

from storyline.clean import clean_document, clean_documents
from storyline.model import Document


def test_headline_ending_in_full_stop_is_the_title():
    a = clean_document(doc(f"Ferry halts as storm batters the bay.\n\n{P1}\n\n{P2}"))
    assert a.title == "Ferry halts as storm batters the bay"
    assert not a.text.startswith("Ferry halts")


def test_headline_with_semicolon_and_deck_line():
    a = clean_document(doc(f"Ferry halts in Marlow Bay;\nRepairs could take weeks, operator warns.\n\n{P1}\n\n{P2}"))
    assert a.title == "Ferry halts in Marlow Bay"
    assert removed(a)["Repairs could take weeks, operator warns."] == "metadata"
    assert a.text.startswith("The river ferry")


def test_short_body_sentence_is_not_taken_for_a_title():
    # a first paragraph that is a reported sentence, or two sentences, is body text
    a = clean_document(doc(f"The ferry stopped on Monday, officials said.\n\n{P1}\n\n{P2}"))
    assert a.title is None and a.text.startswith("The ferry stopped")
    b = clean_document(doc(f"It rained. The ferry stopped.\n\n{P1}\n\n{P2}"))
    assert b.title is None and b.text.startswith("It rained.")


def test_export_labels_abstract_and_separators_are_removed():
    raw = f"Ferry halts as storm batters the bay.\n\nABSTRACT.\n\nA short summary of the ferry story.\n\nFULL TEXT.\n\n{P1}\n\n___.\n\n{P2}\n\n* * *\n\n{P3}"
    a = clean_document(doc(raw))
    assert a.text == f"{P1}\n\n{P2}\n\n{P3}"
    r = removed(a)
    assert r["ABSTRACT."] == "metadata" and r["FULL TEXT."] == "metadata"
    assert r["A short summary of the ferry story."] == "metadata"
    assert r["___."] == "boilerplate"


def test_all_caps_kicker_is_removed_but_dateline_stays():
    a = clean_document(doc(f"Ferry halts as storm batters the bay.\n\nSTORM SEASON ARRIVES EARLY.\n\nMARLOW BAY - {P1}\n\n{P2}"))
    assert "STORM SEASON" not in a.text
    assert a.text.startswith("MARLOW BAY - The river ferry")


def test_trailing_correction_block_is_metadata_and_gives_no_date():
    raw = (f"Ferry halts as storm batters the bay.\n\n{P1}\n\n{P2}\n\n{P3}\n\nCORRECTION:\n\n"
           "Because of an editing error, an earlier version misstated the ferry's 1987 launch.\n\nFriday, March 4, 2011.")
    a = clean_document(doc(raw))
    assert a.text == f"{P1}\n\n{P2}\n\n{P3}"
    notice = [r for r in a.removed if r.text.startswith("CORRECTION:")]
    assert len(notice) == 1 and notice[0].reason == "metadata" and "March 4, 2011" in notice[0].text
    assert a.published is None  # the notice's date is not the article's
    assert any("correction notice" in w for w in a.warnings)


def test_earlier_version_note_is_removed():
    raw = f"Ferry halts as storm batters the bay.\n\n{P1}\n\n{P2}\n\n{P3}\n\nAn earlier version of this article gave the wrong day for the closure."
    a = clean_document(doc(raw))
    assert "earlier version" not in a.text
    assert removed(a)["An earlier version of this article gave the wrong day for the closure."] == "metadata"


def test_inline_embeds_and_shortcodes_are_cut():
    raw = (f"Ferry halts as storm batters the bay.\n\n{P1}\n\n"
           '<tweet tweet-author="@bayferry" tweet-date="March 9, 2011">Service suspended until further notice<tweet/>.\n\n'
           f'{P2} [caption id="x1"]The empty landing stage.[/caption]\n\n[embed]https://video.example/1[/embed]\n\n{P3}')
    a = clean_document(doc(raw))
    assert a.text == f"{P1}\n\n{P2}\n\n{P3}"
    r = removed(a)
    assert any(t.startswith("<tweet") and v == "other" for t, v in r.items())
    assert r['[caption id="x1"]The empty landing stage.[/caption]'] == "caption"
    assert a.published is None  # the tweet's date is not the article's


def test_language_is_fast_and_right():
    import time

    de = "Die Fähre im erfundenen Ort Marlow Bay fährt seit Montag nicht mehr, teilte der Betreiber mit."
    t = time.perf_counter()
    arts = clean_documents([doc(f"{P1}\n\n{P2}"), doc(de)])
    assert [a.language for a in arts] == ["en", "de"]
    assert time.perf_counter() - t < 1.0


def test_correction_word_in_a_sentence_or_nav_is_not_a_notice():
    raw = f"Corrections\n\nFerry halts as storm batters the bay\n\n{P1}\n\nCorrections officers said the jail ferry also stopped.\n\n{P2}"
    a = clean_document(doc(raw))
    assert a.title == "Ferry halts as storm batters the bay"
    assert "Corrections officers said" in a.text


def test_deck_above_the_abstract_label_is_header():
    raw = f"Storm closes the ferry, and the town waits.\n\nABSTRACT.\n\nA summary line.\n\nFULL TEXT.\n\n{P1}\n\n{P2}"
    a = clean_documents([Document(source="t.json", content=raw, hints={"title": "Ferry halted by storm"})])[0]
    assert a.title == "Ferry halted by storm"
    assert a.text == f"{P1}\n\n{P2}"
    assert removed(a)["Storm closes the ferry, and the town waits."] == "metadata"


def test_lede_below_a_dateline_is_not_a_title():
    raw = f"MARLOW BAY, Wessex (AP) _\n\nThe storm shut the ferry on Monday.\n\n{P1}\n\n{P2}"
    a = clean_document(doc(raw))
    assert a.title is None
    assert "The storm shut the ferry on Monday." in a.text


def test_data_list_under_caps_heading_stays():
    raw = f"Ferry halts as storm batters the bay\n\n{P1}\n\n{P2}\n\nMARLOW BAY:\n\nCrossings cancelled: 40\n\nPassengers stranded: 1,200\n\n___\n\nRepairs: 2 weeks"
    a = clean_document(doc(raw))
    for line in ("MARLOW BAY:", "Crossings cancelled: 40", "Passengers stranded: 1,200", "Repairs: 2 weeks"):
        assert line in a.text


def test_short_lede_paragraph_is_not_a_title():
    for lede in ("The council closed the ferry on Friday.", "Marlow Bay (CNN) The ferry is closed."):
        a = clean_document(doc(f"{lede}\n\n{P1}\n\n{P2}"))
        assert a.title is None and a.text.startswith(lede.split()[0])


def test_one_sentence_lede_paragraph_is_not_a_title():
    lede = "Marlow Ferry Co. holders adopted a plan to sell the company's two oldest boats at the annual meeting."
    a = clean_document(doc(f"{lede}\n\n{P1}\n\n{P2}"))
    assert a.title is None and a.text.startswith("Marlow Ferry Co.")
    b = clean_document(doc(f"Ferry Owners Vote To Sell The Two Oldest Boats After A Long And Stormy Annual Meeting.\n\n{P1}\n\n{P2}"))
    assert b.title and b.title.startswith("Ferry Owners Vote")


def test_wire_dateline_line_is_not_a_label():
    a = clean_document(doc(f"MARLOW BAY _\n\n{P1}\n\n{P2}"))
    assert not any(r.reason == "boilerplate" for r in a.removed)
