"""Write a generated corpus and its ground truth tables to disk.

Usage::

    python benchmarks/generate_corpus.py 10000 -o out/corpus_10000.parquet [--seed 0]

The articles go to the ``-o`` file (``.parquet`` or ``.csv``); each ground
truth table goes next to it as ``<stem>.<table><suffix>`` (for example
``out/corpus_10000.conflicts.parquet``).  The corpus is generated and written
in chunks of whole events, so 1M articles need little memory.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

try:
    from scorer.stream import ParquetAppender
    from scorer.synthetic import iter_corpus
except ModuleNotFoundError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from scorer.stream import ParquetAppender
    from scorer.synthetic import iter_corpus

_SUFFIXES = (".parquet", ".csv")


class _TableWriter:
    """Appends DataFrame chunks to one .parquet or .csv file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows = 0
        self._parquet = ParquetAppender(path) if path.suffix == ".parquet" else None
        self._empty: pd.DataFrame | None = None

    def write(self, frame: pd.DataFrame) -> None:
        if self._parquet is not None:
            self._parquet.write(frame)
        elif frame.empty:
            # an empty chunk carries no reliable column types; keep its columns only
            if self._empty is None:
                self._empty = frame
            return
        else:
            frame.to_csv(
                self.path, mode="a" if self.rows else "w", header=not self.rows, index=False
            )
        self.rows += len(frame)

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        elif self.rows == 0 and self._empty is not None:
            self._empty.to_csv(self.path, index=False)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n_articles", type=int, help="number of articles")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help="articles file (.parquet or .csv); default out/corpus_N.parquet",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n-outlets", type=int, default=50)
    parser.add_argument("--event-size", type=float, default=5, help="mean articles per event")
    parser.add_argument("--spam-rate", type=float, default=1.0, help="multiplier on spam lines")
    parser.add_argument(
        "--conflict-rate", type=float, default=1.0, help="multiplier on wrong facts"
    )
    parser.add_argument("--chunk-size", type=int, default=50_000, help="rows generated at a time")
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    args = parser.parse_args(argv)
    if args.output is None:
        args.output = Path("out") / f"corpus_{args.n_articles}.parquet"
    if args.output.suffix not in _SUFFIXES:
        parser.error(f"--output must end in {' or '.join(_SUFFIXES)}: {args.output}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    out: Path = args.output
    out.parent.mkdir(parents=True, exist_ok=True)
    writers: dict[str, _TableWriter] = {"articles": _TableWriter(out)}
    start = time.perf_counter()
    chunks = iter_corpus(
        args.n_articles,
        chunk_size=args.chunk_size,
        n_outlets=args.n_outlets,
        event_size=args.event_size,
        seed=args.seed,
        spam_rate=args.spam_rate,
        conflict_rate=args.conflict_rate,
    )
    outlets = None
    for articles, truth in chunks:
        writers["articles"].write(articles)
        for name, table in truth.items():
            if name == "outlets":
                outlets = table  # the same in every chunk: written once below
                continue
            if name not in writers:
                writers[name] = _TableWriter(out.with_name(f"{out.stem}.{name}{out.suffix}"))
            writers[name].write(table)
        if not args.quiet:
            done = writers["articles"].rows
            elapsed = time.perf_counter() - start
            print(f"\r{done:>10,} articles  {elapsed:7.1f} s", end="", file=sys.stderr, flush=True)
    if outlets is not None:
        writers["outlets"] = _TableWriter(out.with_name(f"{out.stem}.outlets{out.suffix}"))
        writers["outlets"].write(outlets)
    for writer in writers.values():
        writer.close()
    elapsed = time.perf_counter() - start
    if not args.quiet:
        rate = writers["articles"].rows / elapsed if elapsed else float("nan")
        print(file=sys.stderr)
        print(f"{writers['articles'].rows:,} articles in {elapsed:.1f} s ({rate:,.0f} articles/s)")
        for name, writer in writers.items():
            print(f"  {name:<11} {writer.rows:>11,} rows  {writer.path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
