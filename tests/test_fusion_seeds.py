"""End to end on the shared seed articles (when present): the fusion rows of the scorer."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seeds"

pytestmark = [pytest.mark.eval, pytest.mark.slow,
              pytest.mark.skipif(not (SEEDS / "gold.json").exists(), reason="seed articles not present")]


def test_seed_fusion_rows(tmp_path):
    from storyline.analyze import analyze_texts
    from storyline.brief import build_brief
    from storyline.clean import clean_documents
    from storyline.model import Document

    files = sorted((SEEDS / "articles").glob("*.txt"))
    arts = clean_documents([Document(source=f.name, content=f.read_text()) for f in files])
    exts = list(analyze_texts([(a.id, a.text, a.published) for a in arts]))
    out = tmp_path / "brief.json"
    out.write_text(json.dumps(build_brief(arts, exts), default=str))
    scorer = SEEDS.parent / "score.py"
    res = subprocess.run([sys.executable, str(scorer), str(SEEDS / "gold.json"), str(out), "--verbose"],
                         capture_output=True, text=True, check=True).stdout
    rows = {m.group(1).strip(): (int(m.group(2)), int(m.group(3)))
            for m in re.finditer(r"^(.+?)\s+(\d+)/(\d+)\s", res, re.M)}
    found, total = rows["facts merged across outlets"]
    assert found == total
    found, total = rows["facts status (corroborated/single)"]
    assert found == total
    found, total = rows["conflicts between outlets"]
    assert 3 * found >= 2 * total
    assert "TRAP: false conflict" not in res
    brief = json.loads(out.read_text())
    stances = {(s["actor"], s["polarity"]) for s in brief["stances"] if s["topic"] == "asylum"}
    assert {("Lithuania", "against"), ("Latvia", "against"), ("Estonia", "against"),
            ("United States", "for")} <= stances
