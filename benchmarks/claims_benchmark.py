"""Claims, entities and internal consistency: gold recall, corruption detection, throughput.

Run from the repository root::

    .venv/bin/python benchmarks/claims_benchmark.py [--n-throughput 1000] [--seed 0]

Prints:

1. Gold claims of the founding corpus (tests/data/niger_gold_claims.csv):
   the share found with the right kind and normalised value (target >= 0.90).
2. The corruption harness (:mod:`scorer.corrupt`) on FakeNewsAMT's legit
   articles, BuzzFeed-Webis' "mostly true" articles and the extraction
   benchmark's article bodies, each split in a development half (the
   articles the rules were inspected and tuned on) and a held-out half (not
   looked at while tuning; but on 2026-11-23 the alarms on BuzzFeed's
   held-out originals were read, and four rules written against the false
   ones, so that half is no longer untouched):

   * BuzzFeed-Webis by outlet: development = cnn, eagle-rising,
     addicting-info, freedom-daily, the-other-98 (577 articles); held out =
     politico, abc, right-wing-news, occupy-democrats (687).  Each half
     holds mainstream, left and right outlets.
   * FakeNewsAMT by a hash of the pair id (the story), so an article and its
     fake twin fall in the same half.
   * The hand-checked article bodies of Zyte's article-extraction benchmark
     (181 news pages from many sites, some not in English: those are
     skipped with an error), by a hash of the page id.  No rule was tuned
     on them before 2026-11-23; since then only the development half's
     misses and alarms were read (later that day too: its name_respelled
     misses, which were mostly words the harness took for surnames because
     the extractor called "Hong Kong", "Enter South Dakota" or "Thanks
     Junior" a person).  The spelling alarms of every BuzzFeed original
     were read again that evening for the rule that two spellings each
     written twice are two names.

   Per half and corruption kind: ``n`` corrupted articles, ``detection`` (the
   share whose consistency fell below the original's; target >= 0.90),
   ``fa_any`` (the share of their untouched originals with any
   inconsistency at all, i.e. consistency < 1; target <= 0.05) and
   ``fa_same_kind`` (originals flagged with the inconsistency kind the
   corruption should raise).  ``all originals`` is ``fa_any`` over every
   article of the half, corruptible or not.
3. The untouched originals of each half flagged by each inconsistency kind.
4. Throughput of the three stages (entities, claims, consistency) on the
   first 1,000 BuzzFeed-Webis articles, on one core, beside one
   regular-expression word-count pass over the same sentences timed
   alternately with it.  Times are the process's CPU seconds (best of 5),
   which other jobs on a shared machine disturb far less than wall time;
   the ratio to the word count is the stable figure.  ``cold`` clears the
   module-level memo caches first.

Needs the public data (SCORER_DATA_HOME, default ../shared/data); takes
about two minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import time
from pathlib import Path

import pandas as pd

import scorer
from scorer import datasets
from scorer.corrupt import CORRUPTION_KINDS, consistency_scores, corrupt, corruption_report
from scorer.evaluate import gold_claim_recall
from scorer.features import claims, consistency, spam
from scorer.text import split_sentences

_WORD_RE = re.compile(r"\w+")
_ROOT = Path(__file__).resolve().parent.parent
_SEEDS = _ROOT / "data" / "examples" / "niger-2023"
_GOLD = _ROOT / "tests" / "data" / "niger_gold_claims.csv"
_SEED_DATES = {"001": "2023-12-05", "002": "2023-12-05", "003": "2025-06-26"}
#: BuzzFeed-Webis outlets whose articles the consistency rules were inspected on.
DEV_OUTLETS = frozenset(["cnn", "eagle-rising", "addicting-info", "freedom-daily", "the-other-98"])


def _articles(frame: pd.DataFrame) -> pd.DataFrame:
    return scorer.load_articles(frame[["article_id", "title", "text"]].reset_index(drop=True))


def _hash_half(key: str) -> str:
    return (
        "dev" if hashlib.blake2b(key.encode(), digest_size=1).digest()[0] % 2 == 0 else "held-out"
    )


def halves() -> dict[str, tuple[pd.DataFrame, dict[str, str]]]:
    """Each data set's articles and the half (dev / held-out) of every article id."""
    amt = datasets.fakenewsamt()
    amt = amt.loc[amt["label"] == 1]
    buzz = datasets.buzzfeed_webis()
    buzz = buzz.loc[buzz["veracity"] == "mostly true"]
    pages = datasets.article_extraction_text()
    pages = pages.loc[pages["body"].notna()]
    bodies = pd.DataFrame({"article_id": pages["article_id"], "title": "", "text": pages["body"]})
    return {
        "extraction bodies": (
            _articles(bodies),
            {a: _hash_half(a) for a in bodies["article_id"]},
        ),
        "fakenewsamt legit": (
            _articles(amt),
            dict(zip(amt["article_id"], amt["pair_id"].map(_hash_half), strict=True)),
        ),
        "buzzfeed mostly true": (
            _articles(buzz),
            dict(
                zip(
                    buzz["article_id"],
                    ["dev" if s in DEV_OUTLETS else "held-out" for s in buzz["source"]],
                    strict=True,
                )
            ),
        ),
    }


def gold_recall() -> tuple[float, int, list[tuple]]:
    """Share of the founding corpus' gold claims found, through the pipeline's own segmentation."""
    articles = scorer.load_articles(_SEEDS)
    stems = articles["article_id"].str[:3]
    articles = articles.assign(
        published=pd.to_datetime(stems.map(_SEED_DATES)).astype(articles["published"].dtype)
    )
    sentences = split_sentences(spam.segment(articles))
    entities = claims.extract_entities(sentences, articles)
    found = claims.extract_claims(sentences, articles, entities)
    gold = pd.read_csv(_GOLD, dtype=str)
    recall, missed = gold_claim_recall(found, gold)
    return recall, len(gold), missed


def corruption_table(seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Detection and false alarms per half and kind; originals flagged per inconsistency kind."""
    rows = []
    flagged = []
    for name, (articles, half_of) in halves().items():
        original = consistency_scores(articles)
        counts = original.filter(like="n_").drop(columns="n_inconsistencies").gt(0)
        halves_of = original.index.map(half_of)
        for half in ("dev", "held-out"):
            own = counts.loc[halves_of == half]
            flagged.append(
                pd.Series(
                    own.sum().to_numpy(), index=[c[2:] for c in own.columns], name=(name, half)
                )
                .to_frame()
                .T.assign(articles=len(own))
            )
        runs = []
        for kind in CORRUPTION_KINDS:
            corrupted, truth = corrupt(articles, kind=kind, seed=seed)
            runs.append((consistency_scores(corrupted), truth))
        for half in ("dev", "held-out"):
            ids = [a for a in articles["article_id"] if half_of[a] == half]
            alarms = float((original["n_inconsistencies"].reindex(ids) > 0).mean())
            for scores, truth in runs:
                own = truth.loc[truth["article_id"].isin(ids)]
                report = corruption_report(original, scores, own).reset_index()
                for record in report.to_dict("records"):
                    rows.append(
                        {
                            "data": name,
                            "half": f"{half} ({len(ids)})",
                            "kind": record["kind"],
                            "n": record["n"],
                            "detection": record["detection"],
                            "fa_any": record["any_alarm"],
                            "fa_same_kind": record["false_alarm"],
                            "all originals": alarms,
                        }
                    )
    return pd.DataFrame(rows).set_index(["data", "half", "kind"]), pd.concat(flagged)


def _clear_caches() -> None:
    for module in (claims, consistency):
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()
    claims._MENTION_CACHE.clear()


def throughput(n: int, repeats: int = 5) -> pd.DataFrame:
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

    def cold() -> None:
        _clear_caches()
        all_three()

    def word_count() -> None:
        sum(len(_WORD_RE.findall(t)) for t in texts)

    all_three()
    rows = []
    for stage, fn in (
        ("entities", entities),
        ("claims", claim_table),
        ("consistency", consistent),
        ("all three", all_three),
        ("all three, cold", cold),
    ):
        if stage == "claims":
            entities()  # extract_claims reuses the resolved mentions, as in the pipeline
        # Alternate the stage and the reference so both see the same load.
        seconds = words = float("inf")
        for _ in range(repeats):
            began = time.process_time()
            word_count()
            words = min(words, time.process_time() - began)
            began = time.process_time()
            fn()
            seconds = min(seconds, time.process_time() - began)
        rows.append(
            {
                "stage": stage,
                "cpu seconds": round(seconds, 3),
                "articles/s": round(len(articles) / seconds),
                "word count s": round(words, 3),
                "x word count": round(seconds / words, 1),
            }
        )
    table = pd.DataFrame(rows).set_index("stage")
    table.attrs["note"] = (
        f"{len(articles)} BuzzFeed-Webis articles, {len(texts)} sentences, "
        f"{sum(map(len, texts)) / 1e6:.1f} M characters; best of {repeats}"
    )
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n-throughput", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-corruption", action="store_true")
    args = parser.parse_args()
    pd.set_option("display.width", 160)
    recall, n_gold, missed = gold_recall()
    print(f"Gold claims of the founding corpus: {recall:.3f} of {n_gold} found (target >= 0.90)")
    if missed:
        print(f"  missed: {missed}")
    print()
    if not args.skip_corruption:
        table, flagged = corruption_table(args.seed)
        print("Corruption harness (detection >= 0.90; fa_any and fa_same_kind <= 0.05 per kind)")
        print(table.round(3).to_string())
        print()
        print("Untouched originals flagged, by inconsistency kind (articles)")
        print(flagged.to_string())
        print()
    table = throughput(args.n_throughput)
    print(f"Throughput, one core ({table.attrs['note']})")
    print(table.to_string())


if __name__ == "__main__":
    main()
