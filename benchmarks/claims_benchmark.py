"""Claims, entities and internal consistency: corruption detection and throughput.

Run from the repository root::

    .venv/bin/python benchmarks/claims_benchmark.py [--n-throughput 1000] [--seed 0]

Prints two tables:

1. The corruption harness (:mod:`scorer.corrupt`) on FakeNewsAMT's legit
   articles and BuzzFeed-Webis' "mostly true" articles: per data set and
   corruption kind, the number of corrupted articles, the share whose
   consistency fell below the original's (detection, target >= 0.90) and the
   share of their untouched originals flagged with the inconsistency kind the
   corruption should raise (false alarm, target <= 0.05), plus the share
   with any inconsistency at all.
2. Throughput of the three stages (entities, claims, consistency) on real
   BuzzFeed-Webis articles, on one core, and the ratio of their time to one
   regular-expression word-count pass over the same sentences.

Needs the public data (SCORER_DATA_HOME, default ../shared/data).
"""

from __future__ import annotations

import argparse
import re
import time

import pandas as pd

import scorer
from scorer import datasets
from scorer.corrupt import CORRUPTION_KINDS, consistency_scores, corrupt, corruption_report
from scorer.features import claims, consistency, spam
from scorer.text import split_sentences

_WORD_RE = re.compile(r"\w+")


def _articles(frame: pd.DataFrame) -> pd.DataFrame:
    return scorer.load_articles(frame[["article_id", "title", "text"]].reset_index(drop=True))


def corruption_table(seed: int) -> pd.DataFrame:
    amt = datasets.fakenewsamt()
    buzz = datasets.buzzfeed_webis()
    reports = []
    for name, frame in (
        ("fakenewsamt legit", amt.loc[amt["label"] == 1]),
        ("buzzfeed mostly true", buzz.loc[buzz["veracity"] == "mostly true"]),
    ):
        articles = _articles(frame)
        original = consistency_scores(articles)
        for kind in CORRUPTION_KINDS:
            corrupted, truth = corrupt(articles, kind=kind, seed=seed)
            report = corruption_report(original, consistency_scores(corrupted), truth)
            reports.append(report.assign(data=name))
    return pd.concat(reports).reset_index().set_index(["data", "kind"])


def _best_of(fn, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - began)
    return best


def throughput(n: int) -> pd.DataFrame:
    articles = _articles(datasets.buzzfeed_webis().iloc[:n])
    segments = spam.segment(articles)
    sentences = split_sentences(segments)
    texts = sentences["sentence"].tolist()
    state: dict[str, pd.DataFrame] = {}

    def entities() -> None:
        claims._MENTION_CACHE.clear()  # measure the work, not the cache
        state["entities"] = claims.extract_entities(sentences, articles)

    def claim_table() -> None:
        state["claims"] = claims.extract_claims(sentences, articles, state["entities"])

    def consistent() -> None:
        found = consistency.find_inconsistencies(
            articles, segments, sentences, state["claims"], state["entities"]
        )
        consistency.consistency_features(found, articles["article_id"])

    def all_three() -> None:
        entities()
        claim_table()
        consistent()

    def word_count() -> None:
        sum(len(_WORD_RE.findall(t)) for t in texts)

    entities()
    claims._MENTION_CACHE.clear()
    words = _best_of(word_count)
    rows = []
    for stage, fn in (
        ("entities", entities),
        ("claims", claim_table),
        ("consistency", consistent),
        ("all three", all_three),
    ):
        if stage == "claims":
            entities()  # extract_claims reuses the resolved mentions, as in the pipeline
        seconds = _best_of(fn)
        rows.append(
            {
                "stage": stage,
                "seconds": round(seconds, 3),
                "articles/s": round(len(articles) / seconds),
                "x word count": round(seconds / words, 1),
            }
        )
    table = pd.DataFrame(rows).set_index("stage")
    table.attrs["note"] = (
        f"{len(articles)} BuzzFeed-Webis articles, {len(texts)} sentences, "
        f"{sum(map(len, texts)) / 1e6:.1f} M characters; one regex word count: {words:.3f} s"
    )
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n-throughput", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-corruption", action="store_true")
    args = parser.parse_args()
    pd.set_option("display.width", 140)
    if not args.skip_corruption:
        print("Corruption harness (detection >= 0.90, false alarm <= 0.05 per kind)")
        print(corruption_table(args.seed).round(3).to_string())
        print()
    table = throughput(args.n_throughput)
    print(f"Throughput, one core ({table.attrs['note']})")
    print(table.to_string())


if __name__ == "__main__":
    main()
