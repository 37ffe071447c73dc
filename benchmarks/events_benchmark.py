"""Event clustering alone, against a generated corpus's true events.

Usage::

    python benchmarks/generate_corpus.py 100000 -o out/corpus_100000.parquet \\
        --seed 0 --event-size 5 --n-outlets 50 -q
    python benchmarks/events_benchmark.py out/corpus_100000.parquet [more corpora ...]

For each corpus it times :func:`scorer.features.agreement.cluster_events`
with the entities the pipeline would pass it, and prints one line: articles,
adjusted Rand index against the generator's events (``<stem>.events.parquet``,
as ``benchmarks/scale.py`` computes ``events_ari``), events found and true,
the largest event found and true, true events split across several found
ones, seconds, and the peak resident memory above the level before
clustering (sampled every 20 ms).

The entities are computed once per corpus (segments, sentences and
``extract_entities``, as :mod:`scorer.pipeline` runs them) and cached next
to it as ``<stem>.entities.parquet``; ``--no-entities`` clusters by text alone.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

import pandas as pd
from sklearn.metrics import adjusted_rand_score

try:
    import scorer
except ModuleNotFoundError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import scorer
from scorer import pipeline
from scorer.features import agreement, claims
from scorer.schema import ARTICLE_ID, EVENT_ID


def _entities(corpus: Path, articles: pd.DataFrame) -> pd.DataFrame:
    """The corpus's entity mentions (article_id, entity_id), computed once and cached."""
    cached = corpus.with_name(f"{corpus.stem}.entities.parquet")
    if cached.exists():
        return pd.read_parquet(cached)
    sentences = pipeline._blocked_tables(articles, {})["sentences"]
    entities = claims.extract_entities(sentences, articles)[[ARTICLE_ID, "entity_id"]]
    entities = entities.astype("string")
    entities.to_parquet(cached)
    return entities


def _resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


class _PeakMemory:
    """Peak resident memory above the level at entry, sampled in a thread."""

    def __enter__(self) -> _PeakMemory:
        self.base = self.peak = _resident_bytes()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, _resident_bytes())

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _resident_bytes())


def measure(corpus: Path, *, use_entities: bool = True) -> dict:
    """Cluster one corpus and compare with its true events."""
    articles = scorer.load_articles(corpus)
    entities = _entities(corpus, articles) if use_entities else None
    with _PeakMemory() as memory:
        start = time.perf_counter()
        found = agreement.cluster_events(articles, entities)
        seconds = time.perf_counter() - start
    found = pd.Series(found.to_numpy(), index=articles[ARTICLE_ID].to_numpy()).astype(str)
    truth = pd.read_parquet(corpus.with_name(f"{corpus.stem}.events.parquet"))
    truth = truth.set_index(ARTICLE_ID)[EVENT_ID].astype(str).reindex(found.index)
    pieces = pd.DataFrame({"truth": truth, "found": found}).groupby("truth")["found"].nunique()
    return {
        "articles": len(articles),
        "ari": adjusted_rand_score(truth, found),
        "events": found.nunique(),
        "true": truth.nunique(),
        "largest": int(found.value_counts().max()),
        "largest_true": int(truth.value_counts().max()),
        "split": int((pieces > 1).sum()),
        "seconds": seconds,
        "peak_mb": (memory.peak - memory.base) / 2**20,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", type=Path, nargs="+", help="generated corpora (.parquet)")
    parser.add_argument(
        "--no-entities", action="store_true", help="cluster by text alone (no entities)"
    )
    args = parser.parse_args(argv)
    print(
        f"{'articles':>10} {'ARI':>6} {'events':>9} {'true':>9} {'largest':>8} "
        f"{'(true)':>7} {'split':>8} {'seconds':>8} {'peak MB':>8}"
    )
    for corpus in args.corpora:
        r = measure(corpus, use_entities=not args.no_entities)
        print(
            f"{r['articles']:>10,} {r['ari']:>6.3f} {r['events']:>9,} {r['true']:>9,} "
            f"{r['largest']:>8,} {r['largest_true']:>7,} {r['split']:>8,} "
            f"{r['seconds']:>8.1f} {r['peak_mb']:>8,.0f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
