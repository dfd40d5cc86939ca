"""Ingest + clean throughput and peak memory (a benchmark, not a test).

Generates N invented articles as .txt files (headline, byline, date line,
paragraphs with figures and quotes, share/subscribe boilerplate, sometimes a
caption), then times ``storyline.pipeline.ingest`` on the directory into an
empty database, each run in a fresh subprocess so peak RSS is its own.

    python benchmarks/bench_ingest.py                       # 100 and 1,000 on SQLite
    python benchmarks/bench_ingest.py --sizes 100 1000 10000 --pg-url postgresql+psycopg://u@127.0.0.1/db

The PostgreSQL database given is emptied (its tables dropped) before each run.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = ["Port Vell", "Lunestad", "Vessmark", "Orrin Key", "Talbrook", "Kessel Bay", "Maraval", "Dunhollow"]
THINGS = ["homes without power", "people evacuated", "flights cancelled", "schools closed", "boats damaged",
          "volunteers deployed", "roads blocked", "tonnes of debris cleared"]
PEOPLE = ["Ana Lorne", "Iker Dalt", "Mira Tolvo", "Sam Ortolan", "Priya Vance", "Nell Castor", "Ruth Penhallow"]
VERBS = ["said", "told reporters", "said on Tuesday", "added"]
BOILER = ["Share this article", "Subscribe to our newsletter for daily updates", "Comments are closed.",
          "Tags: weather, local, emergency", "Read more: latest updates"]


def make_article(n: int, rng: random.Random) -> str:
    place, person = rng.choice(PLACES), rng.choice(PEOPLE)
    lines = [f"Storm leaves damage across {place} (report {n})", "", f"By {person}", "",
             f"{rng.randint(1, 28)} March 2031", "", rng.choice(BOILER), ""]
    for p in range(rng.randint(4, 9)):
        thing = rng.choice(THINGS)
        lines.append(
            f"At least {rng.randint(2, 5000):,} {thing} in {place} on day {p} of the storm, officials in "
            f"{rng.choice(PLACES)} {rng.choice(VERBS)}, as crews worked through the night number {n}-{p}."
        )
        if rng.random() < 0.4:
            lines.append(f"\"We have never seen anything like it,\" {rng.choice(PEOPLE)} {rng.choice(VERBS)}.")
        if rng.random() < 0.1:
            lines.append(f"Crews at work in {place}. Photo: {rng.choice(PEOPLE)} / Invented Press")
        lines.append("")
    lines += [rng.choice(BOILER), rng.choice(BOILER)]
    return "\n".join(lines) + "\n"


def generate(folder: Path, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    size = 0
    for n in range(count):
        text = make_article(n, rng)
        (folder / f"article-{n:05d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode())
    return size


def empty_postgres(url: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        meta = sa.MetaData()
        meta.reflect(conn)
        meta.drop_all(conn)
    engine.dispose()


def run_one(folder: str, db_url: str) -> dict:
    """In the child: ingest ``folder`` into ``db_url``; time and peak RSS."""
    from storyline.model import Document
    from storyline.pipeline import ingest, ingest_documents
    from storyline.settings import Settings

    # Warm up outside the timing: imports, language profiles, regex compilation.
    start = time.perf_counter()
    warm = Document(source="warm-up.txt", content=make_article(-1, random.Random(0)))
    ingest_documents([warm], settings=Settings.load(db_url="sqlite://"))
    startup = time.perf_counter() - start
    settings = Settings.load(db_url=db_url)
    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    report = ingest([folder], settings=settings)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "added": report.added, "errors": len(report.errors), "seconds": round(seconds, 2),
        "articles_per_s": round(report.added / seconds, 1) if seconds else None,
        "peak_rss_mb": round(peak_kb / 1024, 1), "rss_before_mb": round(base_kb / 1024, 1),
        "startup_s": round(startup, 2),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--pg-url", help="also run on this PostgreSQL database (it is emptied first)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--child", nargs=2, metavar=("FOLDER", "DB_URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(*args.child)))
        return

    results = []
    print(f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, {platform.platform()}", file=sys.stderr)
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "articles"
            folder.mkdir()
            nbytes = generate(folder, size)
            backends = [("sqlite", f"sqlite:///{Path(tmp) / 'bench.db'}")]
            if args.pg_url:
                backends.append(("postgresql", args.pg_url))
            for name, url in backends:
                if name == "postgresql":
                    empty_postgres(url)
                out = subprocess.run([sys.executable, __file__, "--child", str(folder), url],
                                     capture_output=True, text=True, check=False)
                if out.returncode != 0:
                    print(out.stderr, file=sys.stderr)
                    raise SystemExit(f"run failed: {size} articles on {name}")
                row = {"articles": size, "input_mb": round(nbytes / 2**20, 1), "db": name,
                       **json.loads(out.stdout.strip().splitlines()[-1])}
                results.append(row)
                print(f"{size:>6} articles  {name:<10}  {row['seconds']:>8.2f} s  {row['articles_per_s']:>8.1f} "
                      f"articles/s  peak RSS {row['peak_rss_mb']:>7.1f} MB (before ingest {row['rss_before_mb']} MB; "
                      f"start-up {row['startup_s']} s not timed)",
                      file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
