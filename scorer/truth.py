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
   know something)." COLING 2010 (Sums, Average-Log, Investment with g = 1.2).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

__all__ = ["METHODS", "discover"]

#: The truth-discovery methods :func:`discover` knows.
METHODS = ("majority", "truthfinder", "sums", "average_log", "investment")

# TruthFinder's trust score tau = -ln(1 - t) is infinite at t = 1.
_MAX_TRUST = 1.0 - 1e-12
# Scores closer than this count as a tie, so that float noise from the
# iteration order cannot decide a winner.
_TIE_DECIMALS = 12


def discover(
    claims: pd.DataFrame,
    *,
    method: str = "truthfinder",
    source: str = "source",
    object: str = "object",
    value: str = "value",
    weight: str | None = None,
    similarity: Callable[[Any, Any], float] | None = None,
    max_iter: int = 100,
    tol: float = 1e-6,
    gamma: float = 0.3,
    rho: float = 0.5,
    initial_trust: float = 0.9,
    base_similarity: float = 0.5,
    g: float = 1.2,
) -> tuple[pd.DataFrame, pd.Series]:
    """Estimate the true value of every object and the trust of every source.

    Parameters
    ----------
    claims : pandas.DataFrame
        Long table, one row per claim: a source says that an object has a
        value. Rows with a missing source, object or value are ignored; a
        source repeating the same (object, value) counts once (its largest
        weight). Values must be hashable (strings, numbers, tuples,
        frozensets ...).
    method : {"truthfinder", "majority", "sums", "average_log", "investment"}
        ``"majority"`` counts (weighted) sources per value. ``"truthfinder"``
        is Yin et al. (2007) with dampening ``gamma``, implication weight
        ``rho`` and ``initial_trust``; when ``similarity`` is given, similar
        values of the same object support each other with implication
        ``similarity(a, b) - base_similarity``. ``"sums"`` (Hubs and
        Authorities), ``"average_log"`` and ``"investment"`` (growth exponent
        ``g``) are from Pasternack and Roth (2010).
    source, object, value : str
        Column names of the source, the object and the claimed value.
    weight : str, optional
        Column with a non-negative weight per claim (e.g. extraction
        confidence); every claim weighs 1 when omitted.
    similarity : callable, optional
        ``similarity(value_a, value_b) -> float`` in [0, 1]: how far a source
        claiming ``value_a`` also supports ``value_b`` (same object; need not
        be symmetric). Used by ``"truthfinder"`` only; called once per ordered
        pair of distinct values of an object.
    max_iter : int
        Maximum number of iterations.
    tol : float
        Stop when the trust vector changes less than this (TruthFinder: one
        minus the cosine similarity of successive trust vectors, as in [1];
        the other methods: largest absolute change of max-normalised trust).
    gamma, rho, initial_trust, base_similarity : float
        TruthFinder parameters (defaults from [1]).
    g : float
        Investment's belief growth exponent, ``G(x) = x ** g`` ([2]).

    Returns
    -------
    truths : pandas.DataFrame
        One row per object, columns ``object``, ``value`` (the winning value)
        and ``confidence`` in [0, 1] (TruthFinder: the winning fact's
        confidence; the others: the winner's share of the object's belief).
        Ties go to the value with more sources, then to the value seen first.
        Objects are sorted when they can be, else in order of appearance.
    trust : pandas.Series
        Named ``"trust"``, indexed by source (sorted when sortable), in [0, 1];
        higher is more trustworthy. ``"majority"`` reports the share of a
        source's claims that won; ``"sums"``, ``"average_log"`` and
        ``"investment"`` scale trust so that the best source has 1.

    Raises
    ------
    ValueError
        If columns are missing, the method is unknown, or values are not
        hashable.

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
    >>> sorted(discover(books)[0].loc[0, "value"])  # a tie: the value seen first
    ['knuth d']
    >>> covered = lambda a, b: len(a & b) / len(a)
    >>> sorted(discover(books, similarity=covered)[0].loc[0, "value"])
    ['graham r', 'knuth d']
    >>> discover(claims, method="majority")[0]["value"].tolist()
    [1, 5]
    """
    if method not in METHODS:
        raise ValueError(f"discover: unknown method {method!r}; expected one of {METHODS}")
    needed = [source, object, value] + ([weight] if weight is not None else [])
    if not isinstance(claims, pd.DataFrame):
        raise ValueError(f"discover: claims must be a pandas DataFrame, got {type(claims)!r}")
    missing = [column for column in needed if column not in claims.columns]
    if missing:
        raise ValueError(
            f"discover: claims is missing column(s) {missing}; it has {list(claims.columns)}"
        )

    table = _incidence(claims, source=source, object=object, value=value, weight=weight)
    if table is None:
        return _empty_outputs(claims, source=source, object=object, value=value)
    if method == "majority":
        belief, trust = table.support, None
    elif method == "truthfinder":
        implication = None
        if similarity is not None:
            implication = _implication(table, similarity, base_similarity)
        belief, trust = _truthfinder(
            table.matrix, implication, gamma, rho, initial_trust, max_iter, tol
        )
    elif method == "sums":
        belief, trust = _sums(table.matrix, max_iter, tol)
    elif method == "average_log":
        belief, trust = _average_log(table.matrix, max_iter, tol)
    else:
        share = (
            table.support
            / np.bincount(table.fact_object, weights=table.support, minlength=table.n_objects)[
                table.fact_object
            ]
        )
        belief, trust = _investment(table.matrix, share, g, max_iter, tol)

    winners = _winners(table, belief)
    if method == "truthfinder":
        confidence = belief[winners]
    else:
        total = np.bincount(table.fact_object, weights=belief, minlength=table.n_objects)
        n_facts = np.bincount(table.fact_object, minlength=table.n_objects)
        with np.errstate(invalid="ignore", divide="ignore"):
            confidence = np.where(total > 0, belief[winners] / total, 1.0 / n_facts)
    if trust is None:
        is_winner = np.zeros(table.n_facts)
        is_winner[winners] = 1.0
        claimed = np.asarray(table.matrix.sum(axis=1)).ravel()
        with np.errstate(invalid="ignore", divide="ignore"):
            trust = np.where(claimed > 0, (table.matrix @ is_winner) / claimed, 0.0)

    truths = pd.DataFrame(
        {
            "object": _take(table.objects, np.arange(table.n_objects)),
            "value": _take(table.values, table.fact_value[winners]),
            "confidence": np.clip(confidence, 0.0, 1.0),
        }
    )
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
    claims: pd.DataFrame, *, source: str, object: str, value: str, weight: str | None
) -> _Table | None:
    """Factorise the long table into a deduplicated source x fact matrix."""
    present = claims[source].notna() & claims[object].notna() & claims[value].notna()
    frame = claims.loc[present]
    if len(frame) == 0:
        return None
    source_codes, sources = _factorize(frame[source])
    object_codes, objects = _factorize(frame[object])
    try:
        # Values are not sorted: mixed or unorderable types (frozensets) are normal.
        value_codes, values = pd.factorize(frame[value], sort=False)
    except TypeError as error:
        raise ValueError(f"discover: values in column {value!r} must be hashable") from error
    values = np.asarray(values, dtype=object) if values.dtype == object else values

    n_values = len(values)
    fact_keys = object_codes.astype(np.int64) * n_values + value_codes
    # Sorting the fact keys groups the facts of one object together.
    fact_uniques, fact_codes = np.unique(fact_keys, return_inverse=True)
    n_facts = len(fact_uniques)
    fact_object = fact_uniques // n_values
    fact_value = fact_uniques % n_values
    # First row at which each fact appears: the last tie-break.
    first_seen = np.full(n_facts, len(frame), dtype=np.int64)
    np.minimum.at(first_seen, fact_codes, np.arange(len(frame)))

    if weight is None:
        weights = np.ones(len(frame))
    else:
        weights = pd.to_numeric(frame[weight], errors="coerce").to_numpy(dtype=float)
        if np.isnan(weights).any() or (weights < 0).any():
            raise ValueError(f"discover: weights in column {weight!r} must be numbers >= 0")
    # A source repeating a claim counts once, with its largest weight.
    pair_keys = source_codes.astype(np.int64) * n_facts + fact_codes
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


def _take(uniques: Any, codes: np.ndarray) -> Any:
    """Select uniques by code, keeping extension dtypes and object values intact."""
    if isinstance(uniques, np.ndarray) and uniques.dtype == object:
        out = np.empty(len(codes), dtype=object)
        out[:] = [uniques[code] for code in codes]
        return out
    return uniques.take(codes) if hasattr(uniques, "take") else np.asarray(uniques)[codes]


def _empty_outputs(
    claims: pd.DataFrame, *, source: str, object: str, value: str
) -> tuple[pd.DataFrame, pd.Series]:
    truths = pd.DataFrame(
        {
            "object": pd.Series([], dtype=claims[object].dtype),
            "value": pd.Series([], dtype=claims[value].dtype),
            "confidence": pd.Series([], dtype=float),
        }
    )
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
    matrix: sp.csr_matrix, prior: np.ndarray, g: float, max_iter: int, tol: float
) -> tuple[np.ndarray, np.ndarray]:
    transposed = matrix.T.tocsr()
    n_claims = np.maximum(np.asarray(matrix.sum(axis=1)).ravel(), 1e-300)
    # Voted prior beliefs (each value's share of its object's votes), as [2]
    # does: with uniform priors a lone claimant would collect a whole belief.
    belief = prior.astype(float)
    trust = np.ones(matrix.shape[0])
    previous = np.zeros(matrix.shape[0])
    for _ in range(max_iter):
        # Each source invests its trust evenly in its claims and is paid back
        # in proportion to its stake in each claim's belief.
        invested = trust / n_claims
        pooled = transposed @ invested
        with np.errstate(invalid="ignore", divide="ignore"):
            payout = np.where(pooled > 0, belief / pooled, 0.0)
        trust = _scaled(invested * (matrix @ payout))
        belief = _scaled((transposed @ (trust / n_claims)) ** g)
        change = np.max(np.abs(trust - previous))
        previous = trust
        if change < tol:
            break
    return belief, trust
