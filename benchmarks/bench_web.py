"""Page load time of the story page for a 50-article story served from SQLite (a benchmark, not a test).

Generates N invented articles about one story (shared figures, quotes and
dates, so the fact grid has many outlets per row), ingests them into a fresh
SQLite database, serves the app with uvicorn on 127.0.0.1 and times HTTP
requests with httpx:

- cold: the first story page load of a new server (runs the NLP on every article),
- restart: the first load of a second server on the same database (extractions cached),
- warm: repeated loads (the brief is cached per set of articles).

    python benchmarks/bench_web.py                 # 50 articles
    python benchmarks/bench_web.py --articles 200 --repeat 30

Writes benchmarks/out/bench_web.json.

    python benchmarks/bench_web.py --screenshot-of DIR_OR_FILES...

instead ingests the given inputs into a temporary database, serves them and
saves full-page screenshots of the story page and of one highlighted fact to
test-artifacts/ (needs /usr/bin/chromium).
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

OUTLETS = ["Harbour Herald", "Valley Courier", "Northern Ledger", "Metro Dispatch", "Coastal Times", "The Daily Beacon",
           "Riverside Post", "Evening Standard-Bearer", "Plains Gazette", "Summit Observer"]
PEOPLE = [("Ana Lorne", "the port director", "We moved everyone we could before the water rose"),
          ("Iker Dalt", "a fire service spokesman", "Our crews have worked through three nights without a break"),
          ("Mira Tolvo", "the mayor", "The valley will be rebuilt, but not on the flood plain")]


def make_article(n: int, rng: random.Random) -> tuple[str, dict]:
    outlet = f"{OUTLETS[n % len(OUTLETS)]}" + (f" {n // len(OUTLETS) + 1}" if n >= len(OUTLETS) else "")
    day = 10 + n % 3
    evacuated = rng.choice([1200, 1200, 1200, 1300, 1500])
    homes = rng.choice([40, 40, 45])
    person, role, words = rng.choice(PEOPLE)
    paras = [
        f"Officials said on Monday that {evacuated:,} people were evacuated from the flooded Lunestad valley.",
        f"At least {homes} homes were destroyed when the river burst its banks on Sunday, according to the fire service.",
        f"\"{words},\" said {person}, {role}.",
        f"The regional council voted on Tuesday to release {rng.choice([5, 5, 6])} million euros for repairs.",
        f"Ana Lorne said the levees had not been inspected since 2019. Crews worked through the night in sector {n}.",
        "The government opposes a plan to rebuild homes on the flood plain, a minister said.",
    ]
    rng.shuffle(paras[3:])
    hints = {"title": f"Flood forces {evacuated:,} from Lunestad valley ({outlet})", "outlet": outlet,
             "published": f"2031-03-{day:02d}"}
    return "\n\n".join(paras) + "\n", hints


def _time(client, path: str) -> float:
    t = time.perf_counter()
    r = client.get(path)
    r.raise_for_status()
    return time.perf_counter() - t


def _serve_and_time(settings, repeat: int) -> dict:
    import httpx
    from conftest import LiveServer

    from storyline.web.app import create_app

    with LiveServer(create_app(settings)) as server, httpx.Client(base_url=server.url, timeout=600) as client:
        first = _time(client, "/")
        warm = [_time(client, "/") for _ in range(repeat)]
        articles = client.get("/api/articles").json()
        article_page = [_time(client, f"/articles/{articles[0]['id']}?start=0&end=20") for _ in range(repeat)]
        api = [_time(client, "/api/brief") for _ in range(repeat)]
        report = [_time(client, "/report.html") for _ in range(max(3, repeat // 5))]
        size = len(client.get("/").content)
    med = lambda xs: round(statistics.median(xs) * 1000, 1)  # noqa: E731
    return {
        "first_load_s": round(first, 2),
        "story_page_warm_median_ms": med(warm),
        "story_page_warm_max_ms": round(max(warm) * 1000, 1),
        "article_page_median_ms": med(article_page),
        "api_brief_median_ms": med(api),
        "html_report_median_ms": med(report),
        "story_page_bytes": size,
        "articles_served": len(articles),
    }


def screenshot(inputs: list[str]) -> None:
    from conftest import CHROMIUM, CHROMIUM_ARGS, LiveServer
    from playwright.sync_api import sync_playwright

    from storyline.pipeline import ingest
    from storyline.settings import Settings
    from storyline.web.app import create_app

    out = ROOT / "test-artifacts"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.load(db_url=f"sqlite:///{Path(tmp) / 'shot.db'}")
        report = ingest(inputs, settings=settings)
        for err in report.errors:
            print(f"skipped: {err}", file=sys.stderr)
        with LiveServer(create_app(settings)) as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1360, "height": 900})
            t = time.perf_counter()
            page.goto(server.url + "/", timeout=600_000)
            print(f"story page of {report.added + report.existing} articles loaded in {time.perf_counter() - t:.1f} s")
            page.screenshot(path=str(out / "story-seeds.png"), full_page=True)
            if page.locator("a.fact-link").count():
                page.locator("a.fact-link").first.click()
                page.wait_for_load_state()
                page.screenshot(path=str(out / "story-seeds-fact.png"))
            browser.close()
    print(f"screenshots in {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--screenshot-of", nargs="+", metavar="INPUT")
    args = parser.parse_args()
    if args.screenshot_of:
        screenshot(args.screenshot_of)
        return

    from storyline.model import Document
    from storyline.pipeline import ingest_documents
    from storyline.settings import Settings

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.load(db_url=f"sqlite:///{Path(tmp) / 'bench.db'}")
        docs = []
        for n in range(args.articles):
            text, hints = make_article(n, rng)
            docs.append(Document(source=f"article-{n:03d}.txt", content=text, hints=hints))
        t = time.perf_counter()
        report = ingest_documents(docs, settings=settings)
        ingest_s = time.perf_counter() - t
        cold = _serve_and_time(settings, args.repeat)
        restart = _serve_and_time(settings, args.repeat)
    result = {"articles": args.articles, "stored": report.added, "ingest_s": round(ingest_s, 2), "cold": cold,
              "restart": restart}
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_web.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
