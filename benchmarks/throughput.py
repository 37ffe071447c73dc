"""Throughput of the whole pipeline on generated corpora.

Usage::

    python benchmarks/throughput.py [--sizes 1000 10000] [--seed 0] [--no-tracemalloc]
                                    [--event-size 5]

``--event-size 1000`` gives the cross-source agreement issue's set-up (events
of about 1,000 articles).

For each size, ``benchmarks/generate_corpus.py`` writes a corpus to a
parquet file in its own process (not timed; its memory is not counted), then
a fresh Python process times

* a baseline: one regular-expression word count over the same texts (the
  machine is shared and noisy; the ratio pipeline / baseline is the figure to
  compare between runs), and
* ``scorer.analyze(path)`` end to end, reading the file included
  (``scorer.score`` if there is no ``analyze``), with its per-stage
  ``timings`` and the peak resident set size reached by the end of each stage,

and reports the wall time, articles/s, the peak of Python allocations
(tracemalloc, measured in a second, untimed run because tracing slows Python
down) and the peak resident set size of the process (``ru_maxrss``).
``--n-outlets`` defaults to ``max(50, event size)``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import traceback
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"\w+")


def _rss_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def _word_count(texts: list[str]) -> int:
    return sum(len(_WORD.findall(text)) for text in texts)


def _best_of(repeats: int, function, *args) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - start)
    return best


def _run_pipeline(scorer, articles, stage_peaks: dict | None = None):
    """analyze() when the package has it (for the stage timings), else score().

    ``stage_peaks`` receives the peak RSS (MB) at the end of each stage, read
    through the pipeline's stage clock when it has one.
    """
    if not hasattr(scorer, "analyze"):
        scorer.score(articles)
        return {}
    pipeline = sys.modules.get("scorer.pipeline")
    clock = getattr(pipeline, "_Clock", None)
    if stage_peaks is None or clock is None:
        return getattr(scorer.analyze(articles), "timings", None) or {}
    lap, split = clock.lap, getattr(clock, "split", None)

    def peak_lap(self, stage):
        lap(self, stage)
        stage_peaks[stage] = _rss_mb()

    def peak_split(self, stages):
        split(self, stages)
        for stage in stages:
            stage_peaks[stage] = _rss_mb()

    clock.lap = peak_lap
    if split is not None:
        clock.split = peak_split
    try:
        return getattr(scorer.analyze(articles), "timings", None) or {}
    finally:
        clock.lap = lap
        if split is not None:
            clock.split = split


def _write_corpus(size: int, seed: int, event_size: float, n_outlets: int, folder: Path) -> Path:
    """Generate the corpus to parquet in a separate process: its memory is not ours."""
    path = folder / f"corpus_{size}.parquet"
    command = [sys.executable, str(ROOT / "benchmarks" / "generate_corpus.py"), str(size)]
    command += ["-o", str(path), "--seed", str(seed), "--event-size", str(event_size)]
    command += ["--n-outlets", str(n_outlets), "-q"]
    subprocess.run(command, check=True, env=_env())
    return path


def _worker(path: Path, size: int, trace: bool) -> dict:
    """Measure one corpus file; runs in its own process so that the peaks are per size."""
    sys.path.insert(0, str(ROOT))
    import pyarrow.parquet as pq

    record: dict = {"size": size}
    texts = pq.read_table(path, columns=["text"]).column("text").to_pylist()
    record["chars"] = sum(map(len, texts))
    record["baseline_s"] = _best_of(3, _word_count, texts)
    del texts
    try:
        import scorer

        # A tiny warm-up run: lazy imports and first-call compilation are not throughput.
        _run_pipeline(scorer, scorer.EXAMPLE_CORPUS)
        record["rss_before_mb"] = _rss_mb()
        stage_peaks: dict[str, float] = {}
        start = time.perf_counter()
        timings = _run_pipeline(scorer, path, stage_peaks)
        record["wall_s"] = time.perf_counter() - start
        record["rss_peak_mb"] = _rss_mb()
        record["stages"] = {str(k): float(v) for k, v in timings.items()}
        record["stage_rss_mb"] = stage_peaks
        if trace:
            tracemalloc.start()
            _run_pipeline(scorer, path)
            record["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
    except Exception as error:  # report the failure in the table rather than crash the run
        record["error"] = f"{type(error).__name__}: {error}".splitlines()[0][:200]
        record["traceback"] = traceback.format_exc()
    return record


def _env() -> dict:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }


def _measure(size: int, seed: int, trace: bool, event_size: float, n_outlets: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="scorer-throughput-") as folder:
        start = time.perf_counter()
        try:
            path = _write_corpus(size, seed, event_size, n_outlets, Path(folder))
        except subprocess.CalledProcessError as error:
            return {"size": size, "error": f"corpus generation failed: {error}"}
        generate_s = time.perf_counter() - start
        command = [sys.executable, __file__, "--worker", str(path), "--size", str(size)]
        if not trace:
            command.append("--no-tracemalloc")
        done = subprocess.run(command, capture_output=True, text=True, env=_env(), check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"size": size, "error": f"worker exited with {done.returncode}: {tail[0]}"}
    return {**json.loads(lines[-1]), "generate_s": generate_s}


def _format(value, spec: str) -> str:
    if value is not None:
        return format(value, spec)
    width = re.match(r"\d*", spec).group()
    return "-".rjust(int(width or 0))


def _table(records: list[dict]) -> str:
    header = (
        f"{'articles':>9} {'MB text':>8} {'wall s':>8} {'articles/s':>11} {'regex s':>8} "
        f"{'ratio':>7} {'py peak MB':>11} {'rss MB':>8} {'rss before':>11}"
    )
    rows = [header, "-" * len(header)]
    for r in records:
        wall = r.get("wall_s")
        rate = r["size"] / wall if wall else None
        ratio = wall / r["baseline_s"] if wall and r.get("baseline_s") else None
        rows.append(
            f"{r['size']:>9,} {_format(r.get('chars', 0) / 1e6, '8.1f')} {_format(wall, '8.2f')} "
            f"{_format(rate, '11,.0f')} {_format(r.get('baseline_s'), '8.3f')} "
            f"{_format(ratio, '7.0f')} {_format(r.get('tracemalloc_peak_mb'), '11.0f')} "
            f"{_format(r.get('rss_peak_mb'), '8.0f')} {_format(r.get('rss_before_mb'), '11.0f')}"
        )
        if "error" in r:
            rows.append(f"{'':>9} pipeline failed: {r['error']}")
    return "\n".join(rows)


def _stage_table(records: list[dict]) -> str:
    stages: list[str] = []
    for r in records:
        stages.extend(s for s in r.get("stages", {}) if s not in stages)
    if not stages:
        return ""
    measured = [r for r in records if r.get("stages")]
    header = (f"{'stage':<16}" + "".join(f"{r['size']:>20,} art.   " for r in measured)).rstrip()
    rows = [header, "-" * len(header)]
    for stage in stages:
        cells = []
        for r in measured:
            seconds = r["stages"].get(stage)
            share = seconds / sum(r["stages"].values()) if seconds is not None else None
            peak = r.get("stage_rss_mb", {}).get(stage)
            cells.append(
                f"{_format(seconds, '9.3f')} s {_format(share, '5.0%')} {_format(peak, '6.0f')} MB"
            )
        rows.append((f"{stage:<16}" + "".join(f"{c:>28}" for c in cells)).rstrip())
    return "\n".join(rows)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--event-size", type=float, default=5, help="mean articles per event (make_corpus)"
    )
    parser.add_argument(
        "--no-tracemalloc",
        dest="trace",
        action="store_false",
        help="skip the second, traced run (halves the time)",
    )
    parser.add_argument("--n-outlets", type=int, help="outlets (default max(50, event size))")
    parser.add_argument("--json", type=Path, help="also write the measurements to this file")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    if args.worker is not None:
        print(json.dumps(_worker(args.worker, args.size, args.trace)))
        return 0
    n_outlets = args.n_outlets or max(50, int(args.event_size))
    records = []
    for size in args.sizes:
        print(f"measuring {size:,} articles ...", file=sys.stderr, flush=True)
        records.append(_measure(size, args.seed, args.trace, args.event_size, n_outlets))
    python = sys.version.split()[0]
    print(
        f"scorer throughput on generated corpora (seed {args.seed}, "
        f"mean event size {args.event_size:g}, python {python})"
    )
    print("ratio = pipeline wall time / one regex word-count pass over the same text\n")
    print(_table(records))
    stages = _stage_table(records)
    if stages:
        print("\nper stage (Analysis.timings; MB = peak RSS by the end of the stage)\n")
        print(stages)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(records, indent=2))
    return 1 if any("error" in r for r in records) else 0


if __name__ == "__main__":
    raise SystemExit(main())
