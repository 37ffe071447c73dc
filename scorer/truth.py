"""Truth discovery on long (source, object, value) tables.

Several outlets report values for the same objects ("how many Europeans
serve in EUCAP Sahel Niger", "who wrote ISBN 0201853949"), and they disagree.
Counting votes treats a careless copier like a careful reporter. Truth
discovery estimates, jointly and iteratively, how trustworthy each source is
and how believable each value is: a value is believable when trustworthy
sources claim it, a source is trustworthy when it claims believable values.
The estimated trust is what cross-source agreement weights outlets by.

All methods build one sparse source x fact incidence matrix (a *fact* is one
distinct (object, value) pair) and iterate sparse matrix-vector products, so
one iteration costs time linear in the number of claims.

References
----------
.. [1] X. Yin, J. Han, P. S. Yu. "Truth discovery with multiple conflicting
   information providers on the web." KDD 2007 (TruthFinder; gamma = 0.3,
   rho = 0.5, initial trust 0.9, base similarity 0.5 as in its experiments).
.. [2] J. Pasternack, D. Roth. "Knowing what to believe (when you already
   know something)." COLING 2010 (Sums, Average-Log, Investment with g = 1.2,
   PooledInvestment with g = 1.4).
.. [3] Y. Li, Q. Li, J. Gao, L. Su, B. Zhao, W. Fan, J. Han. "On the
   discovery of evolving truth." / "Resolving conflicts in heterogeneous
   data by truth discovery and source reliability estimation." SIGMOD 2014
   (CRH: categorical 0-1 loss and continuous normalised absolute deviation).
.. [4] X. L. Dong, L. Berti-Equille, D. Srivastava. "Integrating conflicting
   data: the role of source dependence." VLDB 2009 (ACCU/DEPEN: sources that
   share many *false* values are copies, and a copy is no new evidence).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

__all__ = ["METHODS", "discover"]

#: The truth-discovery methods :func:`discover` knows; the first is the default.
METHODS = (
    "copy_aware",
    "truthfinder",
    "majority",
    "sums",
    "average_log",
    "investment",
    "pooled_investment",
    "crh",
)
# Growth exponents of [2]: Investment 1.2, PooledInvestment 1.4.
_DEFAULT_G = {"investment": 1.2, "pooled_investment": 1.4}

# TruthFinder's trust score tau = -ln(1 - t) is infinite at t = 1.
_MAX_TRUST = 1.0 - 1e-12
# Rounds of (dependence from rejected values, TruthFinder on discounted claims).
_COPY_ROUNDS = 2
# Share of the smaller error list two sources must have in common to be copies.
_MIN_DEPENDENCE = 0.2
# CRH's guard against log(0) and division by zero ([3]; as the truthdiscovery package).
_CRH_EPS = 1e-5
# Scores closer than this count as a tie, so that float noise from the
# iteration order cannot decide a winner.
_TIE_DECIMALS = 12


def discover(
    claims: pd.DataFrame,
    *,
    method: str = "copy_aware",
    source: str = "source",
    object: str = "object",
    value: str = "value",
    weight: str | None = None,
    order: str | None = None,
    similarity: Callable[[Any, Any], float] | None = None,
    all_values: bool = False,
    continuous: bool = False,
    max_iter: int = 100,
    tol: float = 1e-6,
    gamma: float = 0.3,
    rho: float = 0.5,
    initial_trust: float = 0.9,
    base_similarity: float = 0.5,
    g: float | None = None,
    min_shared_errors: int = 2,
) -> tuple[pd.DataFrame, pd.Series]:
    """Estimate the true value of every object and the trust of every source.

    Parameters
    ----------
    claims : pandas.DataFrame
        Long table, one row per claim: a source says that an object has a
        value. Rows with a missing source, object or value are ignored; a
        source repeating the same (object, value) counts once (its largest
        weight). Values must be hashable (strings, numbers, tuples,
        frozensets ...). The order of the rows decides nothing but ties
        between values (see Returns): when the values can be sorted, the
        numbers are the same bit for bit whatever the order.
    method : str
        One of :data:`METHODS`:

        - ``"copy_aware"`` (default): TruthFinder, then sources that share
          at least ``min_shared_errors`` losing values are treated as
          copies ([4]): each claim is down-weighted by how far its
          co-claimants depend on its source, and TruthFinder runs again on
          the weighted claims. Set-valued objects (author lists) get a
          containment similarity automatically when ``similarity`` is None.
        - ``"truthfinder"``: Yin et al. [1] with dampening ``gamma``,
          implication weight ``rho`` and ``initial_trust``; with
          ``similarity``, similar values of one object support each other
          with implication ``similarity(a, b) - base_similarity``.
        - ``"majority"``: (weighted) count of sources per value.
        - ``"sums"`` (Hubs and Authorities), ``"average_log"``,
          ``"investment"`` and ``"pooled_investment"`` (growth exponent
          ``g``) from Pasternack and Roth [2].
        - ``"crh"``: Li et al. [3]; categorical (0-1 loss against the
          believed distribution), or with ``continuous=True`` numbers whose
          truth is the trust-weighted median.
    source, object, value : str
        Column names of the source, the object and the claimed value.
    weight : str, optional
        Column with a non-negative weight per claim (e.g. extraction
        confidence); every claim weighs 1 when omitted.
    order : str, optional
        Column of sortable keys giving each row's place: "seen first" (the
        last tie-break, see Returns) then follows this order instead of the
        rows', so a table gathered in any order (one piece per partition)
        gives the result of the sorted table without being sorted.
    similarity : callable, optional
        ``similarity(value_a, value_b) -> float`` in [0, 1]: how far a source
        claiming ``value_a`` also supports ``value_b`` (same object; need not
        be symmetric). Used by ``"truthfinder"`` and ``"copy_aware"``; called
        once per ordered pair of distinct values of an object.
    all_values : bool
        Return one row per claimed (object, value) instead of one per object,
        with the value's ``confidence`` and ``is_truth``.
    continuous : bool
        ``"crh"`` only: values are numbers (ValueError otherwise).
    max_iter : int
        Maximum number of iterations.
    tol : float
        Stop when the trust vector changes less than this (TruthFinder: one
        minus the cosine similarity of successive trust vectors, as in [1];
        the other methods: largest absolute change of max-normalised trust;
        CRH: of its normalised weights). ``tol=0`` runs ``max_iter`` rounds.
    gamma, rho, initial_trust, base_similarity : float
        TruthFinder parameters (defaults from [1]).
    g : float, optional
        Belief growth exponent ``G(x) = x ** g`` of the Investment methods;
        1.2 for ``"investment"`` and 1.4 for ``"pooled_investment"`` ([2]).
    min_shared_errors : int
        ``"copy_aware"``: the fewest losing values two sources must share
        before they count as dependent.

    Returns
    -------
    truths : pandas.DataFrame
        One row per object, columns ``object``, ``value`` (the winning value)
        and ``confidence`` in [0, 1] (TruthFinder and copy-aware: the winning
        fact's confidence; CRH continuous: the trust share of sources
        claiming the median; the others: the winner's share of the object's
        belief). Ties go to the value with more sources, then to the value
        seen first. Objects are sorted when they can be, else in order of
        appearance. With ``all_values``: one row per (object, value), values
        in order of first appearance, plus a boolean ``is_truth``.
    trust : pandas.Series
        Named ``"trust"``, indexed by source (sorted when sortable), in [0, 1];
        higher is more trustworthy. ``"majority"`` reports the share of a
        source's claims that won; ``"sums"``, ``"average_log"``, the
        Investment methods and ``"crh"`` scale trust so that the best source
        has 1.

    Raises
    ------
    ValueError
        If columns are missing, the method is unknown, values are not
        hashable, or (``continuous``) not numbers.

    Examples
    --------
    >>> claims = pd.DataFrame({
    ...     "source": ["a", "b", "c", "a", "b", "c", "d"],
    ...     "object": ["x", "x", "x", "y", "y", "y", "y"],
    ...     "value": [1, 1, 2, 5, 5, 6, 6],
    ... })
    >>> truths, trust = discover(claims)
    >>> truths.round(3)
      object  value  confidence
    0      x      1       0.656
    1      y      5       0.656
    >>> trust.round(3)
    source
    a    0.656
    b    0.656
    c    0.607
    d    0.644
    Name: trust, dtype: float64

    Similar values support each other: here a value's authors that another
    value also lists (a truncated author list supports the full one).

    >>> full, first_only = frozenset({"knuth d", "graham r"}), frozenset({"knuth d"})
    >>> books = pd.DataFrame({
    ...     "source": ["s1", "s2", "s3", "s4"],
    ...     "object": ["isbn-1"] * 4,
    ...     "value": [first_only, full, first_only, full],
    ... })
    >>> sorted(discover(books, method="truthfinder")[0].loc[0, "value"])  # a tie: seen first
    ['knuth d']
    >>> sorted(discover(books)[0].loc[0, "value"])  # copy_aware: set containment by default
    ['graham r', 'knuth d']
    >>> discover(claims, method="majority")[0]["value"].tolist()
    [1, 5]
    >>> prices = pd.DataFrame({"source": list("abcd"), "object": "price",
    ...                        "value": [10.0, 10.5, 10.0, 99.0]})
    >>> discover(prices, method="crh", continuous=True)[0]["value"].tolist()
    [10.0]
    """
    if method not in METHODS:
        raise ValueError(f"discover: unknown method {method!r}; expected one of {METHODS}")
    needed = [source, object, value] + [c for c in (weight, order) if c is not None]
    if not isinstance(claims, pd.DataFrame):
        raise ValueError(f"discover: claims must be a pandas DataFrame, got {type(claims)!r}")
    missing = [column for column in needed if column not in claims.columns]
    if missing:
        raise ValueError(
            f"discover: claims is missing column(s) {missing}; it has {list(claims.columns)}"
        )
    if continuous and method != "crh":
        raise ValueError("discover: continuous=True is for method='crh' only")

    table = _incidence(
        claims, source=source, object=object, value=value, weight=weight, order=order
    )
    if table is None:
        return _empty_outputs(
            claims, source=source, object=object, value=value, all_values=all_values
        )
    growth = _DEFAULT_G.get(method, 1.2) if g is None else g
    confidence = winners = None
    if method == "majority":
        belief, trust = table.support, None
    elif method in ("truthfinder", "copy_aware"):
        if similarity is None and method == "copy_aware" and _all_sets(table.values):
            similarity = _containment
        implication = None
        if similarity is not None:
            implication = _implication(table, similarity, base_similarity)
        options = (gamma, rho, initial_trust, max_iter, tol)
        if method == "copy_aware":
            belief, trust = _copy_aware(table, implication, options, min_shared_errors)
        else:
            belief, trust = _truthfinder(table.matrix, implication, *options)
        confidence = belief
    elif method == "sums":
        belief, trust = _sums(table.matrix, max_iter, tol)
    elif method == "average_log":
        belief, trust = _average_log(table.matrix, max_iter, tol)
    elif method == "crh" and continuous:
        belief, trust, winners = _crh_continuous(table, max_iter, tol)
    elif method == "crh":
        belief, trust = _crh(table, max_iter, tol)
    else:
        belief, trust = _investment(
            table,
            growth,
            max_iter,
            tol,
            pooled=method == "pooled_investment",
        )

    if confidence is None:
        total = np.bincount(table.fact_object, weights=belief, minlength=table.n_objects)
        n_facts = np.bincount(table.fact_object, minlength=table.n_objects)
        with np.errstate(invalid="ignore", divide="ignore"):
            confidence = np.where(
                total[table.fact_object] > 0,
                belief / total[table.fact_object],
                1.0 / n_facts[table.fact_object],
            )
    if winners is None:
        winners = _winners(table, belief)
    if trust is None:
        is_winner = np.zeros(table.n_facts)
        is_winner[winners] = 1.0
        claimed = np.asarray(table.matrix.sum(axis=1)).ravel()
        with np.errstate(invalid="ignore", divide="ignore"):
            trust = np.where(claimed > 0, (table.matrix @ is_winner) / claimed, 0.0)

    if all_values:
        facts = np.argsort(table.first_seen, kind="stable")
        facts = facts[np.lexsort((table.first_seen[facts], table.fact_object[facts]))]
        is_truth = np.zeros(table.n_facts, dtype=bool)
        is_truth[winners] = True
    else:
        facts = winners
    truths = pd.DataFrame(
        {
            "object": _take(table.objects, table.fact_object[facts]),
            "value": _take(table.values, table.fact_value[facts]),
            "confidence": np.clip(confidence[facts], 0.0, 1.0),
        }
    )
    if all_values:
        truths["is_truth"] = is_truth[facts]
    trust_series = pd.Series(
        np.clip(trust, 0.0, 1.0), index=pd.Index(table.sources, name=source), name="trust"
    )
    return truths, trust_series


class _Table:
    """The factorised claims: who claims which fact, and what each fact is."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


def _factorize(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Codes and uniques, uniques sorted when their type allows it."""
    try:
        codes, uniques = pd.factorize(values, sort=True)
    except TypeError:
        codes, uniques = pd.factorize(values, sort=False)
    return codes, np.asarray(uniques, dtype=object) if uniques.dtype == object else uniques


def _incidence(
    claims: pd.DataFrame,
    *,
    source: str,
    object: str,
    value: str,
    weight: str | None,
    order: str | None = None,
) -> _Table | None:
    """Factorise the long table into a deduplicated source x fact matrix."""
    present = (claims[source].notna() & claims[object].notna() & claims[value].notna()).to_numpy()
    # Selecting every row would copy the table: large ones are mostly complete.
    frame = claims if present.all() else claims.loc[present]
    if len(frame) == 0:
        return None
    source_codes, sources = _factorize(frame[source])
    object_codes, objects = _factorize(frame[object])
    try:
        # Values are not sorted here: mixed or unorderable types (frozensets) are normal.
        value_codes, values = pd.factorize(frame[value], sort=False)
    except TypeError as error:
        raise ValueError(f"discover: values in column {value!r} must be hashable") from error
    # (`object` is a column name in this scope, so the object dtype is spelled "O".)
    values = np.asarray(values, dtype="O") if values.dtype == np.dtype("O") else values
    value_codes, values = _sorted_values(value_codes, values)

    n_values = len(values)
    fact_keys = object_codes.astype(np.int64) * n_values + value_codes
    # Sorted fact keys group the facts of one object together (hashing, then
    # sorting only the distinct keys, is faster than sorting every claim).
    fact_codes, fact_uniques = pd.factorize(fact_keys, sort=True)
    n_facts = len(fact_uniques)
    fact_object = fact_uniques // n_values
    fact_value = fact_uniques % n_values
    # First row at which each fact appears: the last tie-break.
    place = np.arange(len(frame))
    if order is not None:
        place[np.argsort(frame[order].to_numpy(), kind="stable")] = np.arange(len(frame))
    first_seen = np.full(n_facts, len(frame), dtype=np.int64)
    np.minimum.at(first_seen, fact_codes, place)

    if weight is None:
        weights = np.ones(len(frame))
    else:
        weights = pd.to_numeric(frame[weight], errors="coerce").to_numpy(dtype=float)
        if np.isnan(weights).any() or (weights < 0).any():
            raise ValueError(f"discover: weights in column {weight!r} must be numbers >= 0")
    # A source repeating a claim counts once, with its largest weight.
    pair_keys = source_codes.astype(np.int64) * n_facts + fact_codes
    if weight is None:  # all weights equal: any one copy will do (hashing, no sort)
        keep = np.flatnonzero(~pd.Series(pair_keys).duplicated().to_numpy())
    else:
        order = np.lexsort((-weights, pair_keys))
        keep = order[np.r_[True, pair_keys[order][1:] != pair_keys[order][:-1]]]
    matrix = sp.csr_matrix(
        (weights[keep], (source_codes[keep], fact_codes[keep])),
        shape=(len(sources), n_facts),
    )
    support = np.asarray(matrix.sum(axis=0)).ravel()
    return _Table(
        matrix=matrix,
        sources=sources,
        objects=objects,
        values=values,
        n_objects=len(objects),
        n_facts=n_facts,
        fact_object=fact_object,
        fact_value=fact_value,
        first_seen=first_seen,
        support=support,
    )


def _sorted_values(codes: np.ndarray, uniques: Any) -> tuple[np.ndarray, Any]:
    """Values renumbered in sorted order when they sort (else as first seen).

    The facts of an object are ordered by value code, and every sum over a
    source's facts adds in that order: sorted codes make the result the same
    bit for bit whatever the order of the rows. Sets are left as they are
    (``<`` is a partial order on them).
    """
    if len(uniques) < 2:
        return codes, uniques
    array = np.asarray(uniques, dtype=object) if not isinstance(uniques, np.ndarray) else uniques
    if array.dtype == object and any(isinstance(item, (set, frozenset)) for item in array):
        return codes, uniques
    try:
        order = np.argsort(array, kind="stable")
    except TypeError:  # mixed types that do not compare
        return codes, uniques
    rank = np.empty(len(order), dtype=np.intp)
    rank[order] = np.arange(len(order))
    return rank[codes], _take(uniques, order)


def _take(uniques: Any, codes: np.ndarray) -> Any:
    """Select uniques by code, keeping extension dtypes and object values intact."""
    if isinstance(uniques, np.ndarray) and uniques.dtype == object:
        out = np.empty(len(codes), dtype=object)
        out[:] = [uniques[code] for code in codes]
        return out
    return uniques.take(codes) if hasattr(uniques, "take") else np.asarray(uniques)[codes]


def _empty_outputs(
    claims: pd.DataFrame, *, source: str, object: str, value: str, all_values: bool
) -> tuple[pd.DataFrame, pd.Series]:
    truths = pd.DataFrame(
        {
            "object": pd.Series([], dtype=claims[object].dtype),
            "value": pd.Series([], dtype=claims[value].dtype),
            "confidence": pd.Series([], dtype=float),
        }
    )
    if all_values:
        truths["is_truth"] = pd.Series([], dtype=bool)
    index = pd.Index([], dtype=claims[source].dtype, name=source)
    return truths, pd.Series([], index=index, dtype=float, name="trust")


def _winners(table: _Table, belief: np.ndarray) -> np.ndarray:
    """The index of the winning fact of every object (deterministic ties)."""
    rounded = np.round(belief, _TIE_DECIMALS)
    order = np.lexsort((table.first_seen, -table.support, -rounded, table.fact_object))
    first = np.r_[True, table.fact_object[order][1:] != table.fact_object[order][:-1]]
    return order[first]


def _implication(
    table: _Table, similarity: Callable[[Any, Any], float], base_similarity: float
) -> sp.csr_matrix:
    """Fact x fact matrix M with M[f, f'] = similarity(f', f) - base (same object)."""
    facts = pd.DataFrame({"object": table.fact_object, "fact": np.arange(table.n_facts)})
    pairs = facts.merge(facts, on="object", suffixes=("", "_other"))
    pairs = pairs.loc[pairs["fact"] != pairs["fact_other"]]
    if len(pairs) == 0:
        return sp.csr_matrix((table.n_facts, table.n_facts))
    values = table.values
    target = table.fact_value[pairs["fact"].to_numpy()]
    other = table.fact_value[pairs["fact_other"].to_numpy()]
    implication = np.fromiter(
        (
            similarity(values[o], values[t]) - base_similarity
            for o, t in zip(other, target, strict=True)
        ),
        dtype=float,
        count=len(pairs),
    )
    return sp.csr_matrix(
        (implication, (pairs["fact"].to_numpy(), pairs["fact_other"].to_numpy())),
        shape=(table.n_facts, table.n_facts),
    )


def _row_means(matrix: sp.csr_matrix, vector: np.ndarray) -> np.ndarray:
    weights = np.asarray(matrix.sum(axis=1)).ravel()
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(weights > 0, (matrix @ vector) / weights, 0.0)


def _scaled(vector: np.ndarray) -> np.ndarray:
    top = vector.max() if len(vector) else 0.0
    return vector / top if top > 0 else vector


def _truthfinder(
    matrix: sp.csr_matrix,
    implication: sp.csr_matrix | None,
    gamma: float,
    rho: float,
    initial_trust: float,
    max_iter: int,
    tol: float,
) -> tuple[np.ndarray, np.ndarray]:
    trust = np.full(matrix.shape[0], initial_trust, dtype=float)
    transposed = matrix.T.tocsr()
    confidence = np.zeros(matrix.shape[1])
    for _ in range(max_iter):
        trust_score = -np.log1p(-np.minimum(trust, _MAX_TRUST))
        fact_score = transposed @ trust_score
        if implication is not None:
            fact_score = fact_score + rho * (implication @ fact_score)
        with np.errstate(over="ignore"):  # exp overflows to inf: confidence 0, as it should
            confidence = 1.0 / (1.0 + np.exp(-gamma * fact_score))
        new_trust = _row_means(matrix, confidence)
        norms = np.linalg.norm(trust) * np.linalg.norm(new_trust)
        change = 1.0 - float(trust @ new_trust) / norms if norms > 0 else 0.0
        trust = new_trust
        if change < tol:
            break
    return confidence, trust


def _sums(matrix: sp.csr_matrix, max_iter: int, tol: float) -> tuple[np.ndarray, np.ndarray]:
    transposed = matrix.T.tocsr()
    belief = np.ones(matrix.shape[1])
    trust = np.zeros(matrix.shape[0])
    for _ in range(max_iter):
        new_trust = _scaled(matrix @ belief)
        belief = _scaled(transposed @ new_trust)
        change = np.max(np.abs(new_trust - trust))
        trust = new_trust
        if change < tol:
            break
    return belief, trust


def _average_log(matrix: sp.csr_matrix, max_iter: int, tol: float) -> tuple[np.ndarray, np.ndarray]:
    transposed = matrix.T.tocsr()
    n_claims = np.diff(matrix.indptr).astype(float)
    # log |C_s|: a source with a single claim earns no trust, by design of [2].
    log_claims = np.log(np.maximum(n_claims, 1.0))
    belief = np.ones(matrix.shape[1])
    trust = np.zeros(matrix.shape[0])
    for _ in range(max_iter):
        new_trust = _scaled(log_claims * _row_means(matrix, belief))
        belief = _scaled(transposed @ new_trust)
        change = np.max(np.abs(new_trust - trust))
        trust = new_trust
        if change < tol:
            break
    return belief, trust


def _investment(
    table: _Table, g: float, max_iter: int, tol: float, *, pooled: bool
) -> tuple[np.ndarray, np.ndarray]:
    matrix = table.matrix
    transposed = matrix.T.tocsr()
    n_claims = np.maximum(np.asarray(matrix.sum(axis=1)).ravel(), 1e-300)
    if pooled:
        # Uniform priors over each object's values, as [2] gives PooledInvestment.
        belief = 1.0 / np.bincount(table.fact_object, minlength=table.n_objects)[table.fact_object]
    else:
        # Voted priors (each value's share of its object's votes): with uniform
        # priors a lone claimant would collect a whole belief.
        votes = np.bincount(table.fact_object, weights=table.support, minlength=table.n_objects)
        belief = table.support / votes[table.fact_object]
    trust = np.ones(matrix.shape[0])
    for _ in range(max_iter):
        # Each source invests its trust evenly in its claims and is paid back
        # in proportion to its stake in each claim's belief.
        invested = trust / n_claims
        stake = transposed @ invested
        with np.errstate(invalid="ignore", divide="ignore"):
            payout = np.where(stake > 0, belief / stake, 0.0)
        new_trust = _scaled(invested * (matrix @ payout))
        returns = transposed @ (new_trust / n_claims)
        grown = returns**g
        if pooled:
            # Pooled: a value's return is its share of the growth of its object's values.
            pool = np.bincount(table.fact_object, weights=grown, minlength=table.n_objects)
            with np.errstate(invalid="ignore", divide="ignore"):
                grown = np.where(
                    pool[table.fact_object] > 0, returns * grown / pool[table.fact_object], 0.0
                )
        belief = _scaled(grown)
        change = np.max(np.abs(new_trust - trust))
        trust = new_trust
        if change < tol:
            break
    return belief, trust


def _crh(table: _Table, max_iter: int, tol: float) -> tuple[np.ndarray, np.ndarray]:
    """Categorical CRH [3] in time linear in the claims.

    A source's loss on an object is the squared distance between the believed
    distribution over the object's values and the indicator of its own
    value: sum(b_f'^2) - 2 b_f + 1 over the object's facts f'. No fact x fact
    matrix is built, so memory stays linear.
    """
    matrix = table.matrix
    transposed = matrix.T.tocsr()
    belief = np.asarray((matrix > 0).sum(axis=0), dtype=float).ravel() / matrix.shape[0]
    trust = np.zeros(matrix.shape[0])
    for _ in range(max_iter):
        squares = np.bincount(table.fact_object, weights=belief**2, minlength=table.n_objects)
        loss = squares[table.fact_object] - 2.0 * belief + 1.0
        alpha = _CRH_EPS + matrix @ loss
        new_trust = _CRH_EPS - np.log(alpha / alpha.sum())
        belief = (transposed @ new_trust) / new_trust.sum()
        change = np.max(np.abs(_scaled(new_trust) - _scaled(trust)))
        trust = new_trust
        if change < tol:
            break
    return belief, _scaled(trust)


def _crh_continuous(
    table: _Table, max_iter: int, tol: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Continuous CRH [3]: trust-weighted medians, losses scaled by each object's spread.

    Returns the belief of every fact (the trust share of its sources), the
    trust, and the winning fact of every object (its weighted median).
    """
    try:
        numbers = np.asarray(_take(table.values, table.fact_value), dtype=float)
    except (TypeError, ValueError) as error:
        raise ValueError("discover: continuous=True needs numeric values") from error
    if not np.isfinite(numbers).all():
        raise ValueError("discover: continuous=True needs finite numeric values")
    claims = table.matrix.tocoo()
    source, fact, weight = claims.row, claims.col, claims.data
    obj, number = table.fact_object[fact], numbers[fact]
    count = np.bincount(obj, minlength=table.n_objects)
    mean = np.bincount(obj, weights=number, minlength=table.n_objects) / np.maximum(count, 1)
    spread = np.sqrt(
        np.bincount(obj, weights=(number - mean[obj]) ** 2, minlength=table.n_objects)
        / np.maximum(count, 1)
    )
    spread[spread == 0] = 1.0
    order = np.lexsort((number, obj))
    first_of_object = np.r_[True, obj[order][1:] != obj[order][:-1]]
    trust = np.ones(table.matrix.shape[0])
    median = np.zeros(table.n_objects, dtype=np.int64)
    for _ in range(max_iter):
        mass = (trust[source] * weight)[order]
        total = np.bincount(obj[order], weights=mass, minlength=table.n_objects)
        cumulative = np.cumsum(mass)
        before = np.maximum.accumulate(np.where(first_of_object, cumulative - mass, 0.0))
        reached = np.flatnonzero((cumulative - before) >= total[obj[order]] / 2.0 - 1e-12)
        objects, first = np.unique(obj[order][reached], return_index=True)
        median[objects] = fact[order][reached[first]]
        loss = weight * np.abs(number - numbers[median[obj]]) / spread[obj]
        per_source = _CRH_EPS + np.bincount(source, weights=loss, minlength=len(trust))
        new_trust = _scaled(-np.log(per_source / per_source.sum()) + _CRH_EPS)
        change = np.max(np.abs(new_trust - trust))
        trust = new_trust
        if change < tol:
            break
    mass = trust[source] * weight
    held = np.bincount(fact, weights=mass, minlength=table.n_facts)
    total = np.bincount(table.fact_object, weights=held, minlength=table.n_objects)
    with np.errstate(invalid="ignore", divide="ignore"):
        belief = np.where(total[table.fact_object] > 0, held / total[table.fact_object], 0.0)
    return belief, trust, median


def _all_sets(values: Any) -> bool:
    return (
        isinstance(values, np.ndarray)
        and values.dtype == object
        and len(values) > 0
        and all(isinstance(item, (set, frozenset)) for item in values)
    )


def _containment(claimed: frozenset, other: frozenset) -> float:
    """How far a source listing ``claimed`` supports ``other``: the share it lists too."""
    return len(claimed & other) / len(claimed) if claimed else 0.0


def _copy_aware(
    table: _Table,
    implication: sp.csr_matrix | None,
    options: tuple[float, float, float, int, float],
    min_shared_errors: int,
) -> tuple[np.ndarray, np.ndarray]:
    """TruthFinder on claims discounted for copying, as in ACCU [4].

    The first losing values come from a vote, not from TruthFinder: a bloc of
    copies wins TruthFinder's first pass outright (it agrees with itself
    perfectly) and its victims would then look like the copiers. Each round
    re-estimates dependence from the values the last round rejected.
    """
    belief = table.support
    matrix = table.matrix
    for _ in range(_COPY_ROUNDS):
        dependence = _dependence(table, _winners(table, belief), min_shared_errors)
        matrix = _discount_copies(table.matrix, dependence) if dependence.nnz else table.matrix
        belief, trust = _truthfinder(matrix, implication, *options)
    return belief, trust


def _dependence(table: _Table, winners: np.ndarray, min_shared_errors: int) -> sp.csr_matrix:
    """Source x source dependence from shared losing values ([4]).

    Two independent sources rarely make the same mistake; a copier repeats
    its original's. Dependence of a pair is the share of the smaller error
    list that the other source also made, kept for pairs that share at least
    ``min_shared_errors`` losing values (0 otherwise).
    """
    lost = np.ones(table.n_facts, dtype=bool)
    lost[winners] = False
    matrix = table.matrix
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    wrong = lost[matrix.indices] & (matrix.data > 0)
    errors = sp.csr_matrix(
        (np.ones(int(wrong.sum())), (rows[wrong], matrix.indices[wrong])), shape=matrix.shape
    )
    shared = (errors @ errors.T).tocoo()
    n_errors = np.bincount(rows[wrong], minlength=matrix.shape[0]).astype(float)
    keep = (shared.row != shared.col) & (shared.data >= min_shared_errors)
    row, col = shared.row[keep], shared.col[keep]
    strength = shared.data[keep] / np.minimum(n_errors[row], n_errors[col])
    # Large sources share a few errors by chance; only a real overlap is copying.
    strong = strength >= _MIN_DEPENDENCE
    row, col, strength = row[strong], col[strong], strength[strong]
    n = table.matrix.shape[0]
    return sp.csr_matrix((strength, (row, col)), shape=(n, n))


def _discount_copies(matrix: sp.csr_matrix, dependence: sp.csr_matrix) -> sp.csr_matrix:
    """Divide each claim's weight by 1 + the dependence of its co-claimants on its source.

    Two perfect copies claiming a fact then weigh one source together; a
    fact claimed by independent sources keeps its full weight.
    """
    claimed = (matrix > 0).astype(float).tocsr()
    copied = claimed.multiply(dependence @ claimed).tocsr()
    divisor = (claimed + copied).tocsr()
    divisor.data = 1.0 / divisor.data
    return matrix.multiply(divisor).tocsr()
