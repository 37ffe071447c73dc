"""Run the truthdiscovery package (1.0.4) on a claims table; called by truth_benchmark.py.

This file runs under the package's own virtual environment (see
``benchmarks/peers/setup_truthdiscovery.sh``), never under scorer's: the
package pins 31 old exact dependencies. It reads a JSON request on stdin::

    {"claims": [[source, object, value], ...], "iterations": 20,
     "algorithms": ["Sums", ...], "set_values": true}

Values are strings; with ``set_values`` each is a ``|``-joined author set and
TruthFinder gets the containment implication scorer uses. It writes, for each
algorithm, the trust of every source, the belief of every (object, value),
the time to build the dataset and to run, as JSON on stdout.
"""

import json
import sys
import time

from truthdiscovery import (
    CRH,
    AverageLog,
    FixedIterator,
    Investment,
    MajorityVoting,
    PooledInvestment,
    Sums,
    TruthFinder,
)
from truthdiscovery.input import Dataset

ALGORITHMS = {
    "MajorityVoting": MajorityVoting,
    "Sums": Sums,
    "AverageLog": AverageLog,
    "Investment": Investment,
    "PooledInvestment": PooledInvestment,
    "TruthFinder": TruthFinder,
    "CRH": CRH,
}


def containment(_var, claimed, other):
    claimed, other = set(claimed.split("|")), set(other.split("|"))
    return len(claimed & other) / len(claimed) - 0.5


def main():
    request = json.load(sys.stdin)
    triples = [tuple(row) for row in request["claims"]]
    started = time.perf_counter()
    plain = Dataset(triples, allow_multiple=True)
    build_seconds = time.perf_counter() - started
    implied = None
    output = {"build_seconds": build_seconds, "n_claims": len(triples), "results": {}}
    for name in request["algorithms"]:
        data = plain
        if name == "TruthFinder" and request.get("set_values"):
            if implied is None:
                implied = Dataset(triples, allow_multiple=True, implication_function=containment)
            data = implied
        if name == "MajorityVoting":
            algorithm = MajorityVoting()
        else:
            algorithm = ALGORITHMS[name](iterator=FixedIterator(request["iterations"]))
        started = time.perf_counter()
        try:
            result = algorithm.run(data)
        except Exception as error:  # the package's own failures are results too
            output["results"][name] = {"error": f"{type(error).__name__}: {error}"}
            continue
        seconds = time.perf_counter() - started
        output["results"][name] = {
            "seconds": seconds,
            "iterations": result.iterations,
            "trust": {str(k): float(v) for k, v in result.trust.items()},
            "belief": [
                [str(var), str(val), float(b)]
                for var, values in result.belief.items()
                for val, b in values.items()
            ],
        }
    json.dump(output, sys.stdout)


if __name__ == "__main__":
    main()
