"""Truth discovery: accuracy, equivalence with the truthdiscovery package, and speed.

Usage::

    bash benchmarks/peers/setup_truthdiscovery.sh      # once: the peer's own venv
    python benchmarks/truth_benchmark.py [--claims 1000000] [--no-peer]

Three tables, each beside the truthdiscovery package (1.0.4) run in its own
environment (``.venv-truthdiscovery``, see ``benchmarks/peers/``) on the same
inputs in the same run:

1. Accuracy on TruthFinder's book-author set (100 gold books): author strings
   normalised to sets of "lastname f" tokens by
   :func:`scorer.datasets.normalise_authors` on both sides; one claim per
   (store, book), the first, as the package requires.
2. Equivalence: trust and belief of every algorithm both implement, run for
   the same fixed number of rounds (20, or fewer where the package stops
   early because its update became undefined: trust reaching 1 in
   TruthFinder, an investment reaching 0 in PooledInvestment). Beliefs are
   compared as shares of their object (the package scales belief by the
   global maximum, scorer by object; shares are invariant to both), trust
   scaled to a maximum of 1 where the package does so.
3. Speed on a generated table of ``--claims`` claims (1,000 sources x 10,000
   objects): every scorer method, and the package, against one pandas
   majority vote (``groupby(...).size()`` then ``idxmax``) on the same table.
   The package's CRH is skipped at scale: it builds a dense claims x claims
   matrix (the peak memory printed is its size).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scorer import datasets  # noqa: E402
from scorer.truth import METHODS, discover  # noqa: E402

PEER_PYTHON = ROOT / ".venv-truthdiscovery" / "bin" / "python"
PEER_RUNNER = ROOT / "benchmarks" / "peers" / "truthdiscovery_runner.py"
# scorer method -> the package's class, for the algorithms both implement.
SHARED = {
    "majority": "MajorityVoting",
    "sums": "Sums",
    "average_log": "AverageLog",
    "investment": "Investment",
    "pooled_investment": "PooledInvestment",
    "truthfinder": "TruthFinder",
    "crh": "CRH",
}
ROUNDS = 20


def _containment(claimed: str, other: str) -> float:
    """Author-set containment on "|"-joined sets, as the runner gives the package."""
    a, b = set(claimed.split("|")), set(other.split("|"))
    return len(a & b) / len(a)


def _books() -> tuple[pd.DataFrame, pd.DataFrame]:
    claims, gold = datasets.book_authors()
    claims = claims.assign(value=claims["value"].map(datasets.normalise_authors))
    claims = claims.loc[claims["value"].map(len) > 0, ["source", "object", "value"]]
    claims = claims.drop_duplicates(["source", "object"]).reset_index(drop=True)
    gold = gold.assign(value=gold["value"].map(datasets.normalise_authors))
    return claims, gold


def _peer(claims: pd.DataFrame, algorithms: list[str], *, set_values: bool) -> dict | None:
    if not PEER_PYTHON.exists():
        return None
    request = {
        "claims": claims[["source", "object", "value"]].astype(str).to_numpy().tolist(),
        "iterations": ROUNDS,
        "algorithms": algorithms,
        "set_values": set_values,
    }
    done = subprocess.run(
        [str(PEER_PYTHON), str(PEER_RUNNER)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    return json.loads(done.stdout)


def _peer_winners(result: dict) -> pd.DataFrame:
    """The package's most believed value per object (first listed among ties)."""
    belief = pd.DataFrame(result["belief"], columns=["object", "value", "belief"])
    best = belief.loc[belief.groupby("object", sort=False)["belief"].idxmax()]
    return best[["object", "value"]]


def _accuracy(winners: pd.DataFrame, gold: pd.DataFrame) -> float:
    merged = gold.merge(winners, on="object", suffixes=("_gold", ""))
    return float((merged["value_gold"] == merged["value"]).mean())


def accuracy_table(claims: pd.DataFrame, gold: pd.DataFrame, peer: dict | None) -> pd.DataFrame:
    rows = []
    for method in METHODS:
        truths, _ = discover(claims, method=method)
        rows.append(("scorer", method, _accuracy(truths, gold)))
    truths, _ = discover(claims, method="truthfinder", similarity=_set_containment)
    rows.append(("scorer", "truthfinder + author containment", _accuracy(truths, gold)))
    if peer is not None:
        joined = gold.assign(value=gold["value"].map(lambda v: "|".join(sorted(v))))
        for name, result in peer["results"].items():
            if "error" in result:
                rows.append(("truthdiscovery", name, np.nan))
                continue
            label = name + (" + author containment" if name == "TruthFinder" else "")
            rows.append(("truthdiscovery", label, _accuracy(_peer_winners(result), joined)))
    merged = claims.merge(gold, on="object", suffixes=("", "_gold"))
    oracle = (merged["value"] == merged["value_gold"]).groupby(merged["object"]).any().mean()
    rows.append(("-", "some source is right (upper bound)", oracle))
    return pd.DataFrame(rows, columns=["tool", "method", "accuracy"])


def _set_containment(claimed: frozenset, other: frozenset) -> float:
    return len(claimed & other) / len(claimed)


def equivalence_table(joined: pd.DataFrame, peer: dict) -> pd.DataFrame:
    rows = []
    for method, name in SHARED.items():
        result = peer["results"].get(name, {"error": "not run"})
        if "error" in result:
            rows.append((name, method, None, np.nan, np.nan, result["error"]))
            continue
        rounds = result.get("iterations") or ROUNDS
        similarity = _containment if method == "truthfinder" else None
        ours, trust = discover(
            joined,
            method=method,
            all_values=True,
            max_iter=rounds,
            tol=0.0,
            similarity=similarity,
        )
        theirs = pd.DataFrame(result["belief"], columns=["object", "value", "belief"])
        if method != "truthfinder":  # TruthFinder's belief is a probability in both
            theirs["belief"] = theirs["belief"] / theirs.groupby("object")["belief"].transform(
                "sum"
            )
        merged = ours.merge(theirs, on=["object", "value"], validate="one_to_one")
        assert len(merged) == len(ours) == len(theirs)
        belief_gap = float((merged["confidence"] - merged["belief"]).abs().max())
        peer_trust = pd.Series(result["trust"])
        if method == "majority":
            trust_gap, note = np.nan, "trust: the package reports 1 for every source"
        else:
            if method not in ("truthfinder",):
                peer_trust = peer_trust / peer_trust.max()
            trust_gap = float((trust - peer_trust.reindex(trust.index)).abs().max())
            note = ""
        if rounds < ROUNDS:
            note = f"the package stopped after {rounds} rounds (update undefined); compared there"
        rows.append((name, method, rounds, belief_gap, trust_gap, note))
    return pd.DataFrame(
        rows, columns=["package", "scorer", "rounds", "max |belief|", "max |trust|", "note"]
    )


def _generated(n_claims: int, seed: int = 0) -> pd.DataFrame:
    """1,000 sources x 10,000 objects; sources right with their own accuracy, else one of 5 lies."""
    rng = np.random.default_rng(seed)
    n_sources, n_objects = 1_000, 10_000
    per_source = max(1, n_claims // n_sources)
    source = np.repeat(np.arange(n_sources), per_source)
    obj = np.concatenate(
        [rng.choice(n_objects, min(per_source, n_objects), replace=False) for _ in range(n_sources)]
    )
    accuracy = rng.uniform(0.5, 0.95, n_sources)[source]
    value = np.where(rng.random(len(source)) < accuracy, 0, rng.integers(1, 6, len(source)))
    return pd.DataFrame(
        {
            "source": pd.array([f"s{s}" for s in source], dtype="string"),
            "object": pd.array([f"o{o}" for o in obj], dtype="string"),
            "value": pd.array([f"v{v}" for v in value], dtype="string"),
        }
    )


def _best(function, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def speed_table(claims: pd.DataFrame, with_peer: bool) -> pd.DataFrame:
    def pandas_majority() -> None:
        votes = claims.groupby(["object", "value"], sort=False).size()
        votes.groupby(level="object", sort=False).idxmax()

    baseline = _best(pandas_majority)
    rows = [("pandas", "majority vote (groupby + idxmax)", baseline, 1.0)]
    for method in METHODS:
        seconds = _best(lambda method=method: discover(claims, method=method))
        rows.append(("scorer", method, seconds, seconds / baseline))
    if with_peer:
        algorithms = [name for name in SHARED.values() if name != "CRH"]
        started = time.perf_counter()
        peer = _peer(claims, algorithms, set_values=False)
        if peer is not None:
            rows.append(
                (
                    "truthdiscovery",
                    "build Dataset",
                    peer["build_seconds"],
                    peer["build_seconds"] / baseline,
                )
            )
            for name, result in peer["results"].items():
                seconds = result.get("seconds", np.nan) + peer["build_seconds"]
                rows.append(
                    ("truthdiscovery", f"{name} (incl. build)", seconds, seconds / baseline)
                )
            n_facts = len(claims[["object", "value"]].drop_duplicates())
            rows.append(
                (
                    "truthdiscovery",
                    f"CRH skipped: dense {n_facts:,}^2 matrix = {n_facts**2 * 8 / 2**30:,.0f} GiB",
                    np.nan,
                    np.nan,
                )
            )
            rows.append(("truthdiscovery", "wall time of the peer process", 0.0, np.nan))
            rows[-1] = (*rows[-1][:2], time.perf_counter() - started, np.nan)
    return pd.DataFrame(rows, columns=["tool", "method", "seconds", "x pandas majority"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000, help="size of the speed table")
    parser.add_argument("--no-peer", action="store_true", help="skip the truthdiscovery package")
    parser.add_argument(
        "--json",
        type=Path,
        help="also write the three tables here (notebooks/05_agreement.ipynb shows "
        "benchmarks/results/truth_benchmark.json)",
    )
    args = parser.parse_args(argv)
    pd.set_option("display.width", 160, "display.max_colwidth", 90)
    if not args.no_peer and not PEER_PYTHON.exists():
        print(f"(no {PEER_PYTHON}: run benchmarks/peers/setup_truthdiscovery.sh for the peer)\n")

    claims, gold = _books()
    joined = claims.assign(value=claims["value"].map(lambda v: "|".join(sorted(v))))
    peer = None
    if not args.no_peer:
        peer = _peer(joined, list(SHARED.values()), set_values=True)
    print(f"1. Book authors: {len(claims):,} claims, {claims['source'].nunique()} stores, ")
    print(f"   {claims['object'].nunique():,} books, accuracy on the {len(gold)} gold books\n")
    tables = {"accuracy": accuracy_table(claims, gold, peer)}
    print(tables["accuracy"].to_string(index=False, float_format="{:.2f}".format))
    print(
        "\n   scorer iterates to convergence (tol 1e-6, at most 100 rounds); the package runs"
        "\n   20 fixed rounds (TruthFinder: until its cosine change < 0.001) and stops early"
        "\n   where its update becomes undefined, which is why some of its accuracies differ"
        "\n   although table 2 shows the same numbers round for round."
    )
    if peer is not None:
        print(f"\n2. Equivalence with truthdiscovery on the book set ({ROUNDS} rounds)\n")
        tables["equivalence"] = equivalence_table(joined, peer)
        print(tables["equivalence"].to_string(index=False, float_format="{:.1e}".format))
    print(f"\n3. Speed on {args.claims:,} generated claims (best of 3; peer once)\n")
    speed = speed_table(_generated(args.claims), with_peer=peer is not None)
    print(speed.to_string(index=False, float_format="{:.3f}".format))
    if args.json:
        tables["speed"] = speed
        payload = {
            "command": "python benchmarks/truth_benchmark.py " + " ".join(argv or sys.argv[1:]),
            "date": time.strftime("%Y-%m-%d"),
            "claims": args.claims,
            **{name: json.loads(table.to_json(orient="records")) for name, table in tables.items()},
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
