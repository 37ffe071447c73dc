"""The scale issue's figures: pandas path against a 2-worker Dask LocalCluster.

Usage::

    python benchmarks/scale.py [--sizes 10000 100000] [--event-size 5] [--workers 2]
                               [--paths pandas dask stream] [--chunk 10000] [--json FILE]

For each size, ``benchmarks/generate_corpus.py`` writes a generated corpus
to parquet in its own process (not timed).  Then, each in a fresh process
and on the same file:

* **pandas**: ``scorer.analyze(path)``; wall time and peak RSS of the process;
* **dask**: a ``LocalCluster`` of ``--workers`` worker processes of one
  thread each, ``scorer.load_articles(path, partitions=...)`` and
  ``scorer.analyze`` on it, scores computed back; wall time (cluster start
  excluded) and the peak of the summed RSS of the client, scheduler and
  worker processes (sampled every 0.2 s with psutil);
* **stream**: ``scorer.stream.analyze_to(path, folder)``, every table written
  to Parquet, ``--chunk`` articles per partition; wall time and peak RSS.

Both runs write their scores; the script checks they are identical bit for
bit and prints the speed-up (pandas time / Dask time, measured in the same
run: the machine is shared and noisy, the ratio is the figure to compare)
and the growth time(largest) / time(smallest) of each path.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import _env, _rss_mb, _write_corpus  # noqa: E402

from scorer.schema import ARTICLE_ID, EVENT_ID  # noqa: E402


class _TreeMemory:
    """Peak of the summed resident memory of this process and all its descendants."""

    def __init__(self, interval: float = 0.2) -> None:
        import psutil

        self._root = psutil.Process()
        self._interval = interval
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> float:
        import psutil

        total = 0
        for process in [self._root, *self._root.children(recursive=True)]:
            try:
                total += process.memory_info().rss
            except psutil.Error:
                continue
        return total / 2**20

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, self._sample())
            self._stop.wait(self._interval)

    def __enter__(self) -> _TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_mb = max(self.peak_mb, self._sample())


def _pandas_worker(path: Path, out: Path) -> dict:
    import scorer

    scorer.analyze(scorer.EXAMPLE_CORPUS)  # warm-up: lazy imports are not throughput
    start = time.perf_counter()
    result = scorer.analyze(path)
    wall = time.perf_counter() - start
    result.scores.to_parquet(out)
    result.articles[[ARTICLE_ID, EVENT_ID]].to_parquet(_events_file(out))
    return {"wall_s": wall, "peak_mb": _rss_mb(), "timings": result.timings}


def _events_file(out: Path) -> Path:
    return out.with_name(out.stem + ".events.parquet")


def _event_quality(events: Path, corpus: Path) -> dict:
    """Event clustering against the generator's true events: ARI, counts, largest event."""
    import pandas as pd
    from sklearn.metrics import adjusted_rand_score

    found = pd.read_parquet(events).set_index(ARTICLE_ID)[EVENT_ID].astype(str)
    truth = pd.read_parquet(corpus.with_name(corpus.stem + ".events.parquet"))
    truth = truth.set_index(ARTICLE_ID)[EVENT_ID].astype(str).reindex(found.index)
    return {
        "events_ari": round(float(adjusted_rand_score(truth, found)), 4),
        "events_found": int(found.nunique()),
        "events_true": int(truth.nunique()),
        "largest_event": int(found.value_counts().iloc[0]),
    }


def _dask_worker(path: Path, out: Path, workers: int) -> dict:
    import warnings

    from distributed import Client, LocalCluster

    import scorer
    from scorer.scale import partition_size

    warnings.simplefilter("ignore")
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: __import__("scorer").analyze(__import__("scorer").EXAMPLE_CORPUS))
        scorer.analyze(scorer.EXAMPLE_CORPUS)
        import pyarrow.parquet as pq

        n = pq.ParquetFile(path).metadata.num_rows
        with _TreeMemory() as memory:
            start = time.perf_counter()
            articles = scorer.load_articles(path, partitions=partition_size(n, workers))
            result = scorer.analyze(articles)
            scores = result.scores.compute()
            wall = time.perf_counter() - start
        scores.to_parquet(out)
        result.articles[[ARTICLE_ID, EVENT_ID]].compute().to_parquet(_events_file(out))
        return {"wall_s": wall, "peak_mb": memory.peak_mb, "timings": result.timings}


def _stream_worker(path: Path, out: Path, chunk: int) -> dict:
    import shutil

    import psutil

    import scorer
    from scorer.stream import analyze_to

    scorer.analyze(scorer.EXAMPLE_CORPUS)  # warm-up: lazy imports are not throughput
    folder = out.with_suffix(".tables")
    samples: list[tuple[float, float]] = []
    stop = threading.Event()

    def sample() -> None:
        process = psutil.Process()
        while not stop.is_set():
            samples.append((time.perf_counter(), process.memory_info().rss / 2**20))
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    result = analyze_to(path, folder, chunk_articles=chunk)
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    peak = _rss_mb()
    # Peak RSS per stage, from the samples and the stages' wall times (in order).
    stage_peak, end = {}, start
    for stage, seconds in result.timings.items():
        begin, end = end, end + seconds
        inside = [mb for t, mb in samples if begin <= t <= end]
        stage_peak[stage] = round(max(inside), 0) if inside else None
    result.scores.compute().to_parquet(out)
    result.articles[[ARTICLE_ID, EVENT_ID]].compute().to_parquet(_events_file(out))
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "wall_s": wall,
        "peak_mb": peak,
        "timings": result.timings,
        "stage_peak_mb": stage_peak,
        "chunk": chunk,
    }


def _run(kind: str, path: Path, out: Path, option: int) -> dict:
    command = [sys.executable, __file__, "--run", kind, str(path), str(out), str(option)]
    done = subprocess.run(command, capture_output=True, text=True, env=_env(), check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = done.stderr.strip().splitlines()[-3:] or ["no output"]
        return {"error": f"{kind} exited with {done.returncode}: {' | '.join(tail)}"}
    return json.loads(lines[-1])


def _measure(size: int, args: argparse.Namespace) -> dict:
    import pandas as pd

    record: dict = {"size": size}
    with tempfile.TemporaryDirectory(prefix="scorer-scale-", dir=args.tmp) as folder:
        n_outlets = args.n_outlets or max(50, int(args.event_size))
        path = _write_corpus(size, args.seed, args.event_size, n_outlets, Path(folder))
        outputs = {}
        for kind in args.paths:
            print(f"  {kind} on {size:,} articles ...", file=sys.stderr, flush=True)
            outputs[kind] = Path(folder) / f"scores_{kind}.parquet"
            option = args.workers if kind == "dask" else args.chunk
            record[kind] = _run(kind, path, outputs[kind], option)
        done = [k for k in args.paths if "error" not in record[k]]
        if done:
            record["events"] = _event_quality(_events_file(outputs[done[0]]), path)
        for kind in done[1:]:
            try:
                pd.testing.assert_frame_equal(
                    pd.read_parquet(outputs[kind]),
                    pd.read_parquet(outputs[done[0]]),
                    check_exact=True,
                )
                record.setdefault("identical", True)
            except AssertionError as error:
                record["identical"] = False
                record["difference"] = f"{kind}: {str(error).splitlines()[0]}"
    return record


def _table(records: list[dict], args: argparse.Namespace) -> str:
    def cell(value, spec):
        return format(value, spec) if value is not None else "-"

    header = f"{'articles':>9}" + "".join(f" {k + ' s':>9} {k + ' MB':>10}" for k in args.paths)
    header += f" {'speed-up':>9} {'identical':>10}"
    rows = [header, "-" * len(header)]
    for r in records:
        p, d = r.get("pandas", {}), r.get("dask", {})
        speed = p["wall_s"] / d["wall_s"] if "wall_s" in p and "wall_s" in d else None
        line = f"{r['size']:>9,}"
        for kind in args.paths:
            line += f" {cell(r[kind].get('wall_s'), '9.1f'):>9}"
            line += f" {cell(r[kind].get('peak_mb'), '10.0f'):>10}"
        rows.append(line + f" {cell(speed, '9.2f'):>9} {r.get('identical', '-')!s:>10}")
        for kind in args.paths:
            if "error" in r[kind]:
                rows.append(f"{'':>9} {kind} failed: {r[kind]['error']}")
        if "events" in r:
            e = r["events"]
            rows.append(
                f"{'':>9} events: ARI {e['events_ari']:.3f} against the generated events"
                f" ({e['events_found']:,} found, {e['events_true']:,} true,"
                f" largest {e['largest_event']:,} articles)"
            )
    for kind in args.paths:
        points = [(r["size"], r[kind]["wall_s"]) for r in records if "wall_s" in r[kind]]
        if len(points) >= 2:
            (n0, t0), (n1, t1) = points[0], points[-1]
            rows.append(
                f"{kind}: time({n1:,}) / time({n0:,}) = {t1 / t0:.1f} (articles x{n1 / n0:.0f})"
            )
    if "dask" in args.paths:
        rows.append(f"dask: LocalCluster of {args.workers} worker processes, one thread each")
    if "stream" in args.paths:
        rows.append(f"stream: scorer.stream.analyze_to, {args.chunk:,} articles per partition")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--event-size", type=float, default=5)
    parser.add_argument("--n-outlets", type=int)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--paths",
        nargs="+",
        choices=("pandas", "dask", "stream"),
        default=["pandas", "dask"],
        help="what to run: in memory (pandas), Dask LocalCluster, streamed through disk",
    )
    parser.add_argument("--chunk", type=int, default=10_000, help="stream: articles per part")
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the corpus and tables")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--run", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        kind, path, out, option = args.run
        sys.path.insert(0, str(ROOT))
        if kind == "pandas":
            record = _pandas_worker(Path(path), Path(out))
        elif kind == "stream":
            record = _stream_worker(Path(path), Path(out), int(option))
        else:
            record = _dask_worker(Path(path), Path(out), int(option))
        print(json.dumps(record))
        return 0
    records = []
    for size in args.sizes:
        print(f"measuring {size:,} articles ...", file=sys.stderr, flush=True)
        records.append(_measure(size, args))
    print(f"scorer on generated corpora: {', '.join(args.paths)} (cpus: {os.cpu_count()})\n")
    print(_table(records, args))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(records, indent=2))
    failed = any("error" in r[k] for r in records for k in args.paths)
    return 1 if failed or any(r.get("identical") is False for r in records) else 0


if __name__ == "__main__":
    raise SystemExit(main())
