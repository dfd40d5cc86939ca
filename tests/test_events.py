"""Dated events: which clauses a date belongs to, and how they are summarized."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.timeline.events import find_events
from storyline.timeline.timex import find_timexes

ANCHOR = dt.date(2022, 9, 22)  # a Thursday


def events(parse, text, anchor=ANCHOR):
    doc = parse(text)
    return find_events(doc, find_timexes(doc, anchor), anchor)


def test_dated_clause_becomes_event_with_summary(parse):
    (ev,) = events(parse, "The president announced a partial mobilization on Wednesday.")
    assert ev.date == "2022-09-21" and ev.date_end is None and ev.precision == "day"
    assert ev.date_evidence == "Wednesday"
    assert ev.summary.startswith("The president announced a partial mobilization")
    assert ev.text == "The president announced a partial mobilization on Wednesday."


def test_week_and_month_are_intervals(parse):
    (week,) = events(parse, "Prices rose sharply last week.")
    assert (week.date, week.date_end, week.precision) == ("2022-09-12", "2022-09-18", "week")
    (month,) = events(parse, "The factory closed in March.")
    assert (month.date, month.date_end, month.precision) == ("2022-03-01", "2022-03-31", "month")


def test_next_day_counts_from_previous_event(parse):
    evs = events(parse, "Rebels attacked a depot on Monday. The army struck back the next day.")
    assert [e.date for e in evs] == ["2022-09-19", "2022-09-20"]


def test_date_inside_noun_phrase_is_not_the_event(parse):
    assert events(parse, "Officials criticized a report published on Monday.") == []


def test_no_events_from_vague_references_durations_or_plans(parse):
    text = ("The border is now closed. The siege lasted six months. "
            "The minister will visit the city on Saturday.")
    assert events(parse, text) == []


def test_no_event_without_anchor_for_relative_date(parse):
    assert events(parse, "The minister resigned on Wednesday.", anchor=None) == []


def test_explicit_date_needs_no_anchor(parse):
    (ev,) = events(parse, "The treaty was signed on 3 March 2021.", anchor=None)
    assert ev.date == "2021-03-03"


def test_caption_line_counts(parse):
    text = "Police detain a protester in Moscow on September 21, 2022.\n\nThe crackdown continued."
    (ev,) = events(parse, text)
    assert ev.date == "2022-09-21" and ev.text.startswith("Police detain")


def test_reporting_verb_summary_keeps_what_was_said(parse):
    (ev,) = events(parse, "The minister said on Tuesday that the border would stay open.")
    assert ev.date == "2022-09-20"
    assert ev.summary.startswith("The minister said")
    assert "border" in ev.summary


def test_since_date_dates_the_clause(parse):
    (ev,) = events(parse, "Since March 10, Latvia has issued visas only in rare cases.")
    assert ev.date == "2022-03-10" and ev.date_evidence == "March 10"


def test_two_dated_clauses_give_two_events(parse):
    evs = events(parse, "The town fell on Monday. Rebels retook it on Wednesday.")
    assert [(e.date, e.date_evidence) for e in evs] == [("2022-09-19", "Monday"), ("2022-09-21", "Wednesday")]


def test_a_comparison_baseline_does_not_date_the_event(parse):
    vote = events(parse, "Voters elected the mayor on Tuesday by a wider margin than in 2020.")
    assert [e.date for e in vote] == ["2022-09-20"]
    assert not [e for e in events(parse, "Sales rose 4 percent compared with 2019.") if e.date.startswith("2019")]


def test_a_live_blog_stamp_dates_the_entry_below_it(parse):
    text = "___.\n\n8:50 p.m.\n\nThe mayor won her first race, taking all 12 seats on the council."
    (ev,) = events(parse, text)
    assert ev.date == "2022-09-22" and ev.date_evidence == "8:50 p.m."
    assert ev.summary.startswith("The mayor won her first race")


def test_a_state_since_a_date_and_a_changed_figure_s_date_are_not_events(parse):
    """'Her votes make her the most liberal judge since 1937': a state that still holds began then, nothing
    happened in 1937 ('Since March 10, Latvia has issued visas ...' above still dates the clause); 'added 160
    guards, up from 90 last year': last year is when there were 90."""
    assert events(parse, "Her votes in criminal cases also make her one of the most liberal judges since 1937.") == []
    evs = events(parse, "In Leeds, organizers added 160 security guards along the route, up from 90 last year.")
    assert not [e for e in evs if e.date.startswith("2021")]


def test_a_possibility_is_not_a_happening(parse):
    """'argued for nominating a Republican who can win the general election in November', 'could not say on
    Monday': what can, could or may happen is no dated event; 'argued' itself has no date here."""
    assert events(parse, "He argued for nominating a Republican who can win the general election in November.") == []
    assert events(parse, "Police could not say on Monday how many had been hurt.") == []
    assert events(parse, "The aides refused because the final would be played on Monday.") == []
    assert [e.date for e in events(parse, "Police said on Monday that six had been hurt.")] == ["2022-09-19"]


@pytest.mark.parametrize("text", [
    "Halvard Corp. said third-quarter profit grew 19% from a year ago on strong chemical sales.",
    "Orbis's net loss for the quarter narrowed from a year earlier on a leap in revenue.",
    "Profit at the mill dropped to $58.6 million from $186.4 million a year ago, when demand was strong.",
    "Net income fell 5.9% to $9.5 million, or 46 cents a share, from $10.1 million, or 49 cents a share, "
    "in the year-ago period.",
])
def test_the_time_of_the_value_a_change_started_from_dates_no_event(parse, text):
    """'grew 19% from a year ago': the change is now; a year ago is only what it is measured against."""
    assert events(parse, text) == []


def test_a_period_that_starts_from_a_day_still_dates_its_event(parse):
    """Guard: 'ran from Monday until Friday' starts on Monday (as before the change)."""
    assert [e.date for e in events(parse, "The strike ran from Monday until Friday.")] == ["2022-09-19"]


def test_a_quarter_ended_on_a_day_is_the_three_months_to_that_day(parse):
    """'the fourth quarter ended Aug. 26' is a firm's fiscal quarter: May 27 to Aug. 26, not October to
    December; a half ending June 30 is January to June. The evidence quotes the end date too."""
    (ev,) = events(parse, "Halvard said net income rose 21% to $3 million for the fourth quarter ended Aug. 26.")
    assert (ev.date, ev.date_end, ev.date_evidence) == ("2022-05-27", "2022-08-26", "the fourth quarter ended Aug. 26")
    (ev,) = events(parse, "Orbis said profit rose in the first half ending June 30.")
    assert (ev.date, ev.date_end) == ("2022-01-01", "2022-06-30")
    (ev,) = events(parse, "Orbis said profit rose in the second quarter.")  # guard: a quarter as labelled
    assert (ev.date, ev.date_end) == ("2022-04-01", "2022-06-30")


def test_a_date_after_or_before_which_something_happened_does_not_date_it(parse):
    """'After a flat second quarter, Halvard attributed the gain ...': the quarter bounds the event, it is not
    when it happened. A clock time keeps its day ('arrived after 10 p.m. on Friday', guard)."""
    assert events(parse, "After a flat second quarter, Halvard attributed the gain to higher prices.") == []
    assert events(parse, "Prices had fallen before Monday.") == []
    (ev,) = events(parse, "Police arrived after 10 p.m. on Friday.")
    assert ev.date == "2022-09-16"


@pytest.mark.parametrize("text, summary", [
    ("Ann Vale is a judge who was born in 1964 and grew up in Jackson.", "a judge was born"),
    ("He wasn't sure about North Carolina, which Obama won in 2008.", "Obama won North Carolina"),
], ids=lambda v: str(v)[:30])
def test_a_relative_pronoun_is_summarized_as_what_it_stands_for(parse, text, summary):
    """'a judge who was born in 1964': the timeline says who was born, not 'who was born'."""
    assert [ev.summary for ev in events(parse, text)] == [summary]


def test_a_dateline_or_a_show_title_is_not_what_was_reported(parse):
    """'WASHINGTON ― This spring, ..., Vale told friends that ...': the parser made the dateline a clause of
    'told'; 'said on NBC's "Meet the Press" on Sunday': the title is no verb the day dates."""
    (spring,) = events(parse, "WASHINGTON ― This spring, as he was becoming chairman of the campaign, Tom Vale told "
                              "friends that he was finally free of his work abroad.")
    assert spring.summary == "Tom Vale told he was free of his work abroad"
    (sunday,) = events(parse, "Mr. Quint said on NBC's ''Meet the Press'' on Sunday that he was proud.")
    assert "Meet" not in sunday.summary and sunday.summary.startswith("Mr. Quint said")


def test_a_show_title_the_parser_made_a_verb_is_neither_event_nor_object(parse):
    """'On CBS' Face the Nation the day before, she stated ...': an unclosed mark opens the show's name, which
    the parser reads as a verb; 'said on NBC's "Meet the Press" on Sunday that she would run' reports the
    clause hung on the title; 'my recollection of what he told us' has no object 'what'."""
    (day,) = events(parse, "On CBS\u2018 Face the Nation the day before, she stated it was over.")
    assert day.summary.startswith("she stated")
    (sunday,) = events(parse, 'Ann Vale said on NBC\'s "Meet the Press" on Sunday that she would run.')
    assert sunday.summary == "Ann Vale said she would run"
    (bare,) = events(parse, 'Ann Vale said on NBC\'s "Meet the Press" on Sunday.')
    assert bare.summary == "Ann Vale said on NBC's Meet the Press"
    (told,) = events(parse, "\u201cThat is not my recollection of what he told us on September 14,\u201d King said.")
    assert told.summary == "he told"


@pytest.mark.parametrize("text, words", [
    ("On Monday, the network announced it was canceling the low-rated \u201cRush Hour.\u201d", "Rush Hour"),
    ("President Ann Vale said on Friday, \u201cLet us stand together against this.\u201d", "Let"),
], ids=["title-object", "quote-opening"])
def test_guard_a_title_as_an_object_and_a_quotation_opening_in_capitals_stay(parse, text, words):
    """Guard: a show cancelled is what was done, and a quotation's first word is no title."""
    (ev,) = events(parse, text)
    assert words in ev.summary


def test_a_summary_names_who_a_pronoun_subject_is(parse):
    """'He instructed staff on Monday': the timeline says who, as the speaker of a quote would be named; a
    pronoun inside what is reported stays ('Lee says he ...')."""
    from storyline.analyze import analyze_doc

    doc = parse("Kevin Lee, the tax commissioner, spoke to reporters on Sunday. He instructed staff on Monday to "
                "check the files. On Tuesday, Lee said he had found nothing.")
    got = [e.summary for e in analyze_doc(doc, "a", ANCHOR.isoformat()).events]
    assert got == ["Kevin Lee spoke to reporters", "Kevin Lee instructed staff", "Lee said he had found nothing"]


def test_a_summary_names_the_person_its_subject_is_in_apposition_with(parse):
    """'One of the court's justices, Anton Vale, died': 'One died' tells nothing."""
    (ev,) = events(parse, "One of the high court's most conservative justices, Anton Vale, died in February.")
    assert ev.summary == "Anton Vale died"


def test_a_pronoun_is_named_only_where_the_name_is_safe(parse):
    """A name in a summary is a claim. 'Biden was apologetic when he visited Ankara': the main clause's
    subject. Not 'since he dropped out' (the senators' talk is about Cruz, not the last senator named),
    nor 'He released a letter' after an unnamed 'former governor' (the last man named is someone else)."""
    from storyline.analyze import analyze_doc

    def summaries(text):
        return [e.summary for e in analyze_doc(parse(text), "a", ANCHOR.isoformat()).events]

    assert summaries("Joe Biden was apologetic when he visited Ankara on Monday.") == ["Joe Biden visited Ankara"]
    assert summaries("Senator Tom Vale spoke on Sunday. Other senators said they have had no dealings with Lee "
                     "since he dropped out of the race on Monday.")[1:] == ["he dropped"]
    assert summaries("Donald Trump spoke on Sunday. Gary Jones's doctor is calling the candidate fit. The former "
                     "governor is a triathlete. He released a letter from his doctor on Monday.")[1:] \
        == ["He released a letter"]


@pytest.mark.parametrize("text", [
    "The circumstances are changed when you go through a depression like we did in 2008.",
    "It's not what worked in 2012.",
], ids=["we-did", "what-worked"])
def test_a_verb_standing_for_what_the_sentence_says_elsewhere_is_no_event(parse, text):
    """'like we did in 2008', 'what worked in 2012': the words beside the verb are pronouns or a light verb with
    nothing after it; the timeline would show 'we did'."""
    assert events(parse, text) == []


@pytest.mark.parametrize("text, summary", [
    ("He died in 2010.", "He died"),
    ("It stood in 1975 at 60 percent.", "It stood at 60 percent"),
    ("In 2010, they attacked him.", "they attacked him"),
], ids=["died", "stood-at", "attacked"])
def test_guard_a_pronoun_subject_with_a_full_verb_is_an_event(parse, text, summary):
    """Guard: a subject pronoun with a verb of its own, or a light verb with its complement, says what happened."""
    assert [ev.summary for ev in events(parse, text)] == [summary]
