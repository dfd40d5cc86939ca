"""Copies between and inside articles, and which articles are independent.

Why: ten outlets printing one wire story are one source, not ten. Candidate
pairs come from blocking, never from comparing all pairs: MinHash LSH over word
shingles (near-duplicate articles) plus an inverted index of winnowed shingle
fingerprints (a shared passage inside otherwise different articles). Only the
candidate pairs are aligned, with ``difflib``, to character spans.
"""
from __future__ import annotations

import difflib
import logging
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

from ..model import Article
from .groups import DisjointSets

log = logging.getLogger(__name__)

SHINGLE = 5  # words per shingle
WINDOW = 4  # winnowing window (one fingerprint per WINDOW shingles at least)
MIN_SHARED_FPS = 5  # fingerprints two articles must share to be aligned (150 chars hold ~8)
MIN_BLOCK_WORDS = 10  # shortest aligned run of words that counts as copied
MIN_PASSAGE_CHARS = 150  # shortest shared text (outside quotation marks) reported as a shared passage
NUM_PERM = 64
NEAR_DUP_THRESHOLD = 0.6

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
# quoted speech: outlets quoting the same speech share its words without copying each other.
# An opening mark with no closing one runs to the end of its paragraph (multi-paragraph quotes).
_QUOTED_RE = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|(?:''|``)(?:(?!'')[^\n])*(?:''|$)|«[^»\n]*(?:»|$)",
                        re.M)


@dataclass
class CopyReport:
    """Contract ``copies`` plus the groups of articles that are not independent."""

    copies: list[dict] = field(default_factory=list)
    groups: list[set[str]] = field(default_factory=list)
    # (article a, article b) -> [(a_start, a_end, b_start, b_end)] character spans of shared text
    passages: dict[tuple[str, str], list[tuple[int, int, int, int]]] = field(default_factory=dict)

    def independent(self, article_ids, mentions: list[dict] | None = None) -> int:
        """How many of ``article_ids`` are independent.

        A copy group (near duplicates, syndication, one wire credit) counts once;
        with ``mentions`` given, two articles also count once when each one's
        mention lies inside a passage they share.
        """
        ids = sorted(set(article_ids))
        sets = DisjointSets(ids)
        for g in self.groups:
            members = [a for a in ids if a in g]
            for other in members[1:]:
                sets.union(members[0], other)
        if mentions:
            by_article = defaultdict(list)
            for m in mentions:
                by_article[m["article"]].append((m["start"], m["end"]))
            for (a, b), spans in self.passages.items():
                if a in sets and b in sets and _mention_in(by_article[a], [(s[0], s[1]) for s in spans]) \
                        and _mention_in(by_article[b], [(s[2], s[3]) for s in spans]):
                    sets.union(a, b)
        return len({sets.find(a) for a in ids})


def _mention_in(mentions: list[tuple[int, int]], spans: list[tuple[int, int]]) -> bool:
    """Whether some mention overlaps a shared span by at least half its length."""
    for ms, me in mentions:
        for s, e in spans:
            overlap = min(me, e) - max(ms, s)
            if overlap > 0 and overlap >= 0.5 * max(1, me - ms):
                return True
    return False


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Word tokens outside quotation marks (quoted words are the speaker's, not the outlet's)."""
    quoted = [(m.start(), m.end()) for m in _QUOTED_RE.finditer(text)]
    out, k = [], 0
    for m in _TOKEN_RE.finditer(text):
        while k < len(quoted) and quoted[k][1] <= m.start():
            k += 1
        if k < len(quoted) and quoted[k][0] <= m.start() < quoted[k][1]:
            continue
        out.append((m.group(0).lower(), m.start(), m.end()))
    return out


def _shingles(words: list[str]) -> list[int]:
    return [zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)]


def _as_is(h: int) -> int:
    return h


def _winnow(hashes: list[int]) -> set[int]:
    """Winnowing (Schleimer et al.): the minimum hash of every window, so shared runs share fingerprints."""
    if len(hashes) <= WINDOW:
        return set(hashes)
    return {min(hashes[i : i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}


def _norm_wire(wire: str | None) -> str | None:
    if not wire:
        return None
    w = re.sub(r"[^a-z]", "", wire.lower())
    return {"ap": "associatedpress", "afp": "agencefrancepresse"}.get(w, w) or None


def _align(ta: list[tuple[str, int, int]], tb: list[tuple[str, int, int]]) -> list[tuple[int, int, int, int]]:
    """Character spans of word runs the two texts share (light edits between runs are bridged)."""
    wa, wb = [t[0] for t in ta], [t[0] for t in tb]
    sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    blocks = [blk for blk in sm.get_matching_blocks() if blk.size >= 3]
    runs: list[list[int]] = []  # [a_start_tok, a_end_tok, b_start_tok, b_end_tok, matched_words]
    for blk in blocks:
        if runs and blk.a - runs[-1][1] <= 3 and blk.b - runs[-1][3] <= 3 and blk.a >= runs[-1][1] \
                and blk.b >= runs[-1][3]:
            runs[-1][1], runs[-1][3] = blk.a + blk.size, blk.b + blk.size
            runs[-1][4] += blk.size
        else:
            runs.append([blk.a, blk.a + blk.size, blk.b, blk.b + blk.size, blk.size])
    out = []
    for a0, a1, b0, b1, matched in runs:
        if matched >= MIN_BLOCK_WORDS:
            out.append((ta[a0][1], ta[a1 - 1][2], tb[b0][1], tb[b1 - 1][2]))
    return out


def _candidates(arts: list[Article], toks: list[list[tuple[str, int, int]]]) -> set[tuple[int, int]]:
    """Pairs of article indexes worth aligning: LSH near-duplicates plus shared fingerprints."""
    pairs: set[tuple[int, int]] = set()
    lsh = MinHashLSH(threshold=NEAR_DUP_THRESHOLD, num_perm=NUM_PERM)
    index: dict[int, list[int]] = defaultdict(list)
    for i, tk in enumerate(toks):
        sh = _shingles([t[0] for t in tk])
        if not sh:
            continue
        mh = MinHash(num_perm=NUM_PERM, hashfunc=_as_is)  # shingles are already 32-bit hashes
        mh.update_batch(list(set(sh)))
        for j in lsh.query(mh):
            pairs.add((j, i))
        lsh.insert(i, mh)
        for fp in _winnow(sh):
            index[fp].append(i)
    # fingerprints shared by very many articles are boilerplate, not copying
    max_df = max(20, len(arts) // 50)
    shared: Counter = Counter()
    for members in index.values():
        if 1 < len(members) <= max_df:
            uniq = sorted(set(members))
            for x in range(len(uniq)):
                for y in range(x + 1, len(uniq)):
                    shared[(uniq[x], uniq[y])] += 1
    pairs |= {p for p, n in shared.items() if n >= MIN_SHARED_FPS}
    return pairs


def find_copies(articles: list[Article]) -> CopyReport:
    """Bodies repeated inside one article (from cleaning) and text shared between articles."""
    report = CopyReport()
    for a in articles:
        if a.internal_duplicate_chars:
            report.copies.append(
                {"articles": [a.id], "kind": "internal_duplicate", "shared_chars": a.internal_duplicate_chars}
            )
    toks = [_tokens(a.text) for a in articles]
    sets = DisjointSets(range(len(articles)))

    for i, j in sorted(_candidates(articles, toks)):
        a, b = articles[i], articles[j]
        if a.id == b.id:
            continue
        spans = _align(toks[i], toks[j])
        shared = sum(s[1] - s[0] for s in spans)
        if not spans or shared < MIN_PASSAGE_CHARS:
            continue
        report.passages[(a.id, b.id)] = spans
        cover = shared / max(1, min(len(a.text), len(b.text)))
        cover_long = shared / max(1, max(len(a.text), len(b.text)))
        same_wire = _norm_wire(a.wire) is not None and _norm_wire(a.wire) == _norm_wire(b.wire)
        if same_wire and cover >= 0.5:
            kind = "syndicated"
        elif cover >= 0.8 and cover_long >= 0.6:
            kind = "near_duplicate"
        else:
            kind = "shared_passage"
        if kind != "shared_passage":
            sets.union(i, j)
        report.copies.append(
            {
                "articles": [a.id, b.id],
                "kind": kind,
                "shared_chars": shared,
                "passages": [{"a": [s[0], s[1]], "b": [s[2], s[3]]} for s in spans],
            }
        )
    # one wire credit counts once
    by_wire: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        w = _norm_wire(a.wire)
        if w:
            by_wire[w].append(i)
    for members in by_wire.values():
        for k in members[1:]:
            sets.union(k, members[0])
    groups: dict[int, set[str]] = defaultdict(set)
    for i, a in enumerate(articles):
        groups[sets.find(i)].add(a.id)
    report.groups = [g for g in groups.values() if len(g) > 1]
    log.debug("copies: %d pairs, %d groups", len(report.copies), len(report.groups))
    return report
