"""Cleaning rules on small invented texts: boilerplate, captions, duplicates, removals."""
from __future__ import annotations

from collections import Counter

from storyline.clean import clean_document, clean_documents, line_key, line_keys
from storyline.model import Document

P1 = ("The river ferry in the invented town of Marlow Bay stopped running on Monday after a storm damaged "
      "the landing stage, the operator said in a statement.")
P2 = ("Officials said repairs would take at least two weeks and that a replacement bus service would carry "
      "about 1,200 commuters a day around the bay in the meantime.")
P3 = ("Local shop owners told reporters that the closure had already cut their trade by half, and several "
      "asked the council for help with rent until the ferry returns.")


def doc(text: str, **kw) -> Document:
    return Document(source=kw.pop("source", "test.txt"), content=text, **kw)


def reasons(article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


def test_plain_article_keeps_body_and_takes_title():
    a = clean_document(doc(f"Ferry halted after storm\n\n{P1}\n\n{P2}"))
    assert a.title == "Ferry halted after storm"
    assert a.text == f"{P1}\n\n{P2}"
    assert reasons(a) == {"Ferry halted after storm": "metadata"}
    assert a.language == "en"
    assert a.raw.startswith("Ferry halted")


def test_nothing_disappears_silently():
    raw = f"Ferry halted after storm\n\nSubscribe to our newsletter\n\n{P1}\n\nShare on Facebook\n\n{P2}\n\nSource link"
    a = clean_document(doc(raw))
    kept = set(a.text.split("\n\n"))
    gone = {r.text for r in a.removed}
    for line in (ln for ln in raw.split("\n") if ln.strip()):
        assert line in kept or line in gone, line


def test_prompts_share_and_comment_lines_are_boilerplate():
    raw = (f"{P1}\n\nSign up for our daily newsletter\n\n{P2}\n\nThank you for registering\n\n"
           f"Please log in to continue reading\n\n{P3}\n\nSource link\n\nComments are closed.")
    a = clean_document(doc(raw))
    r = reasons(a)
    for line in ("Sign up for our daily newsletter", "Thank you for registering",
                 "Please log in to continue reading", "Source link", "Comments are closed."):
        assert r[line] == "boilerplate"
    assert a.text == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_follow_prompt_inside_stray_quotation_marks_is_boilerplate():
    """'"Follow Pam Key on Twitter @pamkeyNEN."': an export that wrapped every paragraph of a transcript in
    quotation marks wraps the widget too; it is still no story text (it became a quote of the last speaker)."""
    line = '"Follow Pam Key on Twitter @pamkeyNEN."'
    a = clean_document(doc(f"{P1}\n\n{P2}\n\n{line}"))
    assert reasons(a)[line] == "boilerplate"
    assert a.text == f"{P1}\n\n{P2}"


def test_donation_box_with_a_name_is_removed_and_name_is_no_author():
    raw = (f"Support truly\nindependent journalism\n\nWhether $10 or $100, every contribution counts.\n\n"
           f"Help us keep reporting without an agenda.\n\nMara Quill\n\n{P1}\n\n{P2}")
    a = clean_document(doc(raw))
    r = reasons(a)
    assert r["Support truly"] == r["independent journalism"] == r["Mara Quill"] == "boilerplate"
    assert "Mara Quill" not in a.bylines
    assert a.text == f"{P1}\n\n{P2}"


def test_tag_list_navigation_and_platform_words():
    raw = f"Headlines\n\nFerry halted after storm\n\n{P1}\n\n{P2}\n\nYouTube\n\nTags\nFerry, Storm, Marlow Bay\nSite Widget Footer"
    a = clean_document(doc(raw))
    r = reasons(a)
    assert r["Headlines"] == r["YouTube"] == r["Tags"] == r["Ferry, Storm, Marlow Bay"] == "boilerplate"
    assert r["Site Widget Footer"] == "boilerplate"
    assert a.title == "Ferry halted after storm"
    assert a.text == f"{P1}\n\n{P2}"


def test_short_caption_with_credit_is_removed():
    raw = f"{P1}\n\nLeft: the ferry captain. Image: Harbour Office\n\n{P2}\n\nThe landing stage. Photo: Jo Pell/Marlow Times\n\n{P3}"
    a = clean_document(doc(raw))
    r = reasons(a)
    assert r["Left: the ferry captain. Image: Harbour Office"] == "caption"
    assert r["The landing stage. Photo: Jo Pell/Marlow Times"] == "caption"
    assert a.text == f"{P1}\n\n{P2}\n\n{P3}"


def test_long_caption_sentence_keeps_its_facts_and_loses_only_the_credit():
    cap = ("Passengers wait for a replacement bus at the Marlow Bay landing stage after the ferry stopped running "
           "on March 3, 2031 [Ana Lint/Bay Photo Agency]")
    a = clean_document(doc(f"{P1}\n\n{cap}\n{P2}"))
    assert "Passengers wait for a replacement bus" in a.text
    assert "Ana Lint" not in a.text
    assert reasons(a)["[Ana Lint/Bay Photo Agency]"] == "caption"


def test_getty_credit_at_end_of_caption_sentence_is_cut():
    cap = ("In response to the storm, the mayor of the invented town said the council would pay for extra buses "
           "for at least a month. KIM DOE/AFP via Getty Images")
    a = clean_document(doc(f"{P1}\n\n{cap}\n\n{P2}"))
    assert "KIM DOE" not in a.text and "the council would pay for extra buses" in a.text
    assert reasons(a)["KIM DOE/AFP via Getty Images"] == "caption"


def test_caption_printed_twice_is_removed():
    cap = "A diver inspects the damaged landing stage in Marlow Bay."
    a = clean_document(doc(f"{P1}\n\n{cap}\n{cap}\n\n{P2}"))
    assert a.text == f"{P1}\n\n{P2}"
    assert [r.reason for r in a.removed] == ["caption", "caption"]


def test_caption_blocks_between_single_line_paragraphs():
    body = [P1, P2, P3, P1.replace("Monday", "Tuesday"), P2.replace("two", "three"), P3.replace("half", "a third")]
    raw = "\n\n".join(body[:3] + ["Jon Brae.\nThe ferry operator spoke to reporters on Monday."] + body[3:])
    a = clean_document(doc(raw))
    r = reasons(a)
    assert r["Jon Brae."] == r["The ferry operator spoke to reporters on Monday."] == "caption"
    assert a.text == "\n\n".join(body)


def test_body_printed_twice_with_other_quotes_is_one_copy():
    q1 = 'The mayor said, "We will not leave the bay without a ferry for long," and left the meeting.'
    q2 = "The mayor said, \u201cWe will not leave the bay without a ferry for long,\u201d and left the meeting."
    raw = f"Ferry halted after storm\n\n{P1}\n\n{q1}\n\n{P2}\n\nAda Roe Mon, 03/03/2031 - 10:15\n\n{P1}\n\n{q2}\n\n{P2}"
    a = clean_document(doc(raw))
    assert a.text == f"{P1}\n\n{q1}\n\n{P2}"
    dups = [r for r in a.removed if r.reason == "duplicate"]
    assert len(dups) == 1 and q2 in dups[0].text
    assert a.internal_duplicate_chars == len(P1) + len(q2) + len(P2)
    assert a.bylines == ["Ada Roe"]


def test_title_repeated_on_next_line_is_removed_once_as_duplicate():
    t = "Ferry halted after storm in Marlow Bay"
    a = clean_document(doc(f"{t}\n\n{t}\n\n{P1}\n\n{P2}"))
    assert a.title == t
    assert [(r.text, r.reason) for r in a.removed] == [(t, "metadata"), (t, "duplicate")]


def test_same_article_twice_gets_same_hash_and_id():
    a = clean_document(doc(f"Ferry halted\n\n{P1}\n\n{P2}", source="a.txt"))
    b = clean_document(doc(f"Ferry halted\n\n{P1}  \n\n\n{P2}\n", source="b.txt"))
    c = clean_document(doc(f"{P1}\n\n{P3}"))
    assert a.content_hash == b.content_hash and a.id == b.id
    assert a.id != c.id and len(a.id) == 12 and a.content_hash.startswith(a.id)


def test_lines_recurring_across_other_stories_are_boilerplate():
    promo = "Listen to the Marlow Bay morning show every weekday"
    stories = [P1, P2, P3]
    docs = [doc(f"{s}\n\n{promo}\n\n{s.replace('a', 'o')}", source=f"{i}.txt") for i, s in enumerate(stories)]
    arts = clean_documents(docs)
    for a in arts:
        assert reasons(a)[promo] == "boilerplate" and promo not in a.text


def test_shared_lines_of_the_same_story_are_not_boilerplate():
    docs = [doc(f"{P1}\n\n{P2}\n\n{P3}", source=f"{i}.txt") for i in range(3)]
    arts = clean_documents(docs)
    assert all(a.text == f"{P1}\n\n{P2}\n\n{P3}" for a in arts)


def test_corpus_lines_from_the_caller():
    banner = "Marlow Times Radio Hour"
    a = clean_documents([doc(f"{P1}\n\n{banner}\n\n{P2}")], corpus_lines=Counter({line_key(banner): 5}))[0]
    assert reasons(a)[banner] == "boilerplate"
    assert line_key(banner) in line_keys(f"{P1}\n{banner}")


def test_corpus_needs_more_sightings_for_story_like_lines():
    """Copies of one story share headlines and sentences: a few sightings do not make them boilerplate."""
    title = "Ferry halted after storm in Marlow Bay"
    short = "The operator declined to comment."
    counts = Counter({line_key(title): 3, line_key(short): 4})
    a = clean_document(doc(f"{title}\n\n{P1}\n\n{short}\n\n{P2}"), corpus_lines=counts)
    assert a.title == title
    assert a.text == f"{P1}\n\n{short}\n\n{P2}"


def test_hard_wrapped_text_is_unwrapped_not_cut():
    words = (P1 + " " + P2 + " " + P3).split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) + 1 > 68:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    a = clean_document(doc("\n".join(lines)))
    assert a.text == " ".join(words)
    assert a.removed == []


def test_html_main_text_metadata_and_dropped_page_text():
    html = """<html lang="en"><head><title>Ferry halted after storm | Marlow Times</title>
    <link rel="canonical" href="https://marlow-times.example/ferry-halted">
    <meta property="og:site_name" content="Marlow Times">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry halted after storm",
    "datePublished":"2031-03-04T09:15:00+00:00","author":{"@type":"Person","name":"Ada Roe"},
    "publisher":{"@type":"Organization","name":"Marlow Times"}}</script></head>
    <body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><article><h1>Ferry halted after storm</h1>
    <p>%s</p><p>Sign up for our newsletter to get the morning briefing.</p><p>%s</p></article>
    <footer>Share on Facebook</footer></body></html>""" % (P1, P2)
    a = clean_document(Document(source="page.html", content=html, kind="html"))
    assert a.text == f"{P1}\n\n{P2}"
    assert a.title == "Ferry halted after storm"
    assert a.outlet == "Marlow Times"
    assert a.bylines == ["Ada Roe"]
    assert a.published.startswith("2031-03-04") and "datePublished" in a.published_evidence
    assert a.url == "https://marlow-times.example/ferry-halted"
    r = reasons(a)
    assert r["Sign up for our newsletter to get the morning briefing."] == "boilerplate"
    assert any(reason == "other" and "Share on Facebook" in text for text, reason in r.items())


def test_reading_aids_and_related_links_are_boilerplate():
    raw = (f"{P1}\n\nStory continues below advertisement\n\nREAD MORE: Ferry operator posts record loss\n\n{P2}\n\n"
           f"Advertisement\n\n{P3}\n\nRelated Topics\nFerries, Storms")
    a = clean_document(doc(raw))
    assert a.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert {r.reason for r in a.removed} == {"boilerplate"}


def test_body_sentences_about_donations_or_newsletters_are_kept():
    s1 = "The council said donations to the ferry fund had reached 40,000 euros by Friday."
    s2 = "Residents can sign up for text alerts about the replacement buses, the operator said."
    a = clean_document(doc(f"{P1}\n\n{s1}\n\n{s2}\n\n{P2}"))
    assert a.text == f"{P1}\n\n{s1}\n\n{s2}\n\n{P2}"
    assert a.removed == []


def test_navigation_phrases_made_of_section_words():
    a = clean_document(doc(f"Latest News\n\nWorld | Europe News\n\n{P1}\n\n{P2}"))
    assert a.text == f"{P1}\n\n{P2}"
    assert {r.reason for r in a.removed} == {"boilerplate"}


def test_gallery_caption_and_licensing_line():
    cap = "[1/5] A diver inspects the damaged landing stage. REUTERS/Ana Lint"
    a = clean_document(doc(f"{cap}\n\n{P1}\n\n{P2}\n\nAcquire Licensing Rights"))
    assert a.text == f"{P1}\n\n{P2}"
    assert reasons(a) == {cap: "caption", "Acquire Licensing Rights": "boilerplate"}


def test_quoted_speech_about_donating_is_kept():
    q = '"I wanted to make a donation to the ferry fund," said Ola Brandt, a shop owner.'
    a = clean_document(doc(f"{P1}\n\n{q}\n\n{P2}"))
    assert q in a.text and a.removed == []


def test_closing_bullet_list_is_not_a_footer():
    a = clean_document(doc(f"{P1}\n\n{P2}\n\n- Free buses\n- Rent relief\n- Extra staff"))
    assert a.text.endswith("- Extra staff") and a.removed == []


def test_repeated_body_split_into_other_paragraphs_is_found():
    raw = f"{P1}\n\n{P2}\n\n{P3}\n\n{P1} {P2}\n\n{P3}"
    a = clean_document(doc(raw))
    assert a.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert a.internal_duplicate_chars == len(f"{P1} {P2}") + len(P3)


def test_headline_printed_twice_on_adjacent_lines():
    t = "Ferry halted after storm in Marlow Bay"
    a = clean_document(doc(f"{t}\n{t}\n\n{P1}\n\n{P2}"))
    assert a.title == t and a.text == f"{P1}\n\n{P2}"
    assert [r.reason for r in a.removed] == ["metadata", "duplicate"]


def test_text_decoded_with_the_wrong_charset_upstream_is_repaired_with_a_warning():
    """'Mexican President Enrique PeÃ±a Nieto': a page saved as UTF-8 after a Latin-1 misreading garbles
    names (and so speakers and merges); the text is repaired and the article says so. Typography stays."""
    article = clean_document(doc("Summit ends\n\nThe visiting president, Ana Mar\u00c3\u00ada Pe\u00c3\u00b1a, "
                                 "said \u201cthe talks went well\u201d on Friday.\n"))
    assert "Ana Mar\u00eda Pe\u00f1a" in article.text and "\u201cthe talks went well\u201d" in article.text
    assert any("wrong charset" in w for w in article.warnings)
    clean = clean_document(doc("Summit ends\n\nThe visiting president, Ana Mar\u00eda Pe\u00f1a, spoke.\n"))
    assert not any("wrong charset" in w for w in clean.warnings)


def test_garbled_text_that_was_decomposed_afterwards_is_repaired_too():
    """'rA\u0303\u00a9sumA\u0303\u00a9': the misread 'é' stored with 'Ã' split into 'A' and a combining tilde; the
    repair composes it first. Guard: correctly decomposed text ('Pen\u0303a') is left as written, with no warning."""
    article = clean_document(doc("Mayor runs\n\nThe mayor has an impressive rA\u0303\u00a9sumA\u0303\u00a9, "
                                 "aides said on Friday.\n"))
    assert "impressive r\u00e9sum\u00e9," in article.text
    assert any("wrong charset" in w for w in article.warnings)
    plain = clean_document(doc("Mayor runs\n\nThe mayor, Ana Pen\u0303a, spoke on Friday.\n"))
    assert "Ana Pen\u0303a" in plain.text and not any("wrong charset" in w for w in plain.warnings)


def test_control_characters_are_dropped_from_the_text():
    """'not with the demands of being a father\\x1b — then': a control character a page carried is no text;
    it would end up inside a quote. Tabs and line ends stay as space and paragraphs."""
    a = clean_document(doc(f"Ferry halted after storm\n\n{P1}\n\nHe said not much, being a father\x1b \u2014 then\tleft."))
    assert a.text.endswith("He said not much, being a father \u2014 then left.")
