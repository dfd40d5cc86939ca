"""The brief cites what people said, not what they are reported to believe."""
from storyline.fusion.merge import merge_quotes
from storyline.model import Article, Extraction, Quote

TEXT = "The mayor said the bridge will reopen in May. The mayor believes voters want a new bridge."


def test_only_speech_quotes_reach_the_brief():
    said = TEXT.index("the bridge will")
    thinks = TEXT.index("voters want")
    quotes = [
        Quote(said, said + 30, TEXT[said:said + 30], "indirect", speaker="The mayor", cue_type="speech",
              sentence=(0, TEXT.index(" The mayor believes"))),
        Quote(thinks, len(TEXT) - 1, TEXT[thinks:-1], "indirect", speaker="The mayor", cue_type="belief",
              sentence=(TEXT.index("The mayor believes"), len(TEXT))),
    ]
    art = Article(id="a1", source="a1.txt", text=TEXT)
    out = merge_quotes([art], [Extraction(article_id="a1", published=None, quotes=quotes)])
    assert [q["text"] for q in out] == [TEXT[said:said + 30]]
    m = out[0]["mentions"][0]
    assert TEXT[m["start"]:m["end"]] == m["text"]
