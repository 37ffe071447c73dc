"""The same analysis on a Dask DataFrame: partition by partition, on any cluster.

:func:`scorer.analyze` and :func:`scorer.score` hand a Dask DataFrame to
:func:`analyze_dask`, which runs every stage of :mod:`scorer.pipeline` as Dask
tasks on whatever scheduler is active: a ``dask.distributed`` ``Client``
(``LocalCluster()`` on one machine, or ``Client("tcp://scheduler:8786")`` on
an existing cluster), else Dask's local scheduler.  The results equal the
pandas path's on the same corpus, row for row and bit for bit, because every
stage runs on frames that hold all the evidence it reads:

* per-article stages (segments, spam, sentences, quotes, attribution) run on
  partitions of whole outlets, since page chrome is recognised by its
  repetition within one outlet;
* entities and claims are found partition by partition; what entity
  resolution must know about the whole corpus (words written capitalised
  mid-sentence, names the prose vouches for, the multi-word people and how
  often each spelling is written) is a few sets and count tables, one entry
  per distinct name, merged between rounds (see :func:`_claim_tables`);
* event clustering computes each partition's hashed TF-IDF rows on its
  worker; only document frequencies (a fixed-size vector) are summed.  Each
  partition keeps its rows' most distinctive terms (the blocking keys), and
  only those are laid out together, to propose candidate pairs, so no step
  compares all pairs; the candidates' similarities are summed term range by
  term range, each range's entries moving once, never the text and never
  every row to one worker (see :func:`_linked`);
* agreement and copy detection run on partitions of whole events;
* the outlet table is a reduction over (outlet, reliability) pairs.

Rows move between these partitionings by article, as Dask tasks; the
returned tables are Dask DataFrames partitioned in input order, so
``result.scores.compute()`` is the pandas ``scores`` table.
"""

from __future__ import annotations

import functools
import inspect
import itertools
import math
import os
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from scorer import pipeline
from scorer.combine import ReliabilityModel
from scorer.features import agreement, claims, consistency
from scorer.schema import ARTICLE_ID, EVENT_ID, SOURCE

__all__ = ["analyze_dask", "is_dask", "load_articles_dask", "partition_size"]

#: Articles per partition the Dask path aims for: small enough that every
#: worker gets several partitions, large enough that task overhead is noise.
PARTITION_ARTICLES = 5_000

_POSITION = "_scorer_position"
_ROW = "_scorer_row"
_RANK = "_scorer_rank"
_PART = "_scorer_part"
_TARGET = "_scorer_target"
_BOOKKEEPING = (_POSITION, _ROW, _PART, _TARGET)
_STRING_COLUMNS = {c for c in pipeline.ARTICLE_COLUMNS if c != "published"} | {EVENT_ID}
#: cluster_events' options, so that both paths cluster alike.
_CLUSTERING = {
    name: parameter.default
    for name, parameter in inspect.signature(agreement.cluster_events).parameters.items()
    if parameter.kind is inspect.Parameter.KEYWORD_ONLY
}
_LINKING = {
    name: _CLUSTERING[name]
    for name in inspect.signature(agreement.label_events).parameters
    if name in _CLUSTERING
}


def is_dask(obj: object) -> bool:
    """Whether ``obj`` is a Dask DataFrame (without importing Dask when it is not).

    Examples
    --------
    >>> is_dask(pd.DataFrame({"a": [1]}))
    False
    """
    return pipeline._is_dask(obj)


def partition_size(n_articles: int, n_workers: int) -> int:
    """How many partitions a corpus of ``n_articles`` is cut into for ``n_workers``.

    One per :data:`PARTITION_ARTICLES` articles, but at least four per worker
    (so a slow partition does not idle the others) and at least 500 articles
    each (below that, task overhead dominates).

    Examples
    --------
    >>> partition_size(100_000, 2), partition_size(10_000, 2), partition_size(10, 2)
    (20, 8, 1)
    """
    by_size = math.ceil(n_articles / PARTITION_ARTICLES)
    return max(1, min(max(by_size, 4 * n_workers), max(n_articles // 500, 1)))


def _settle(*collections: Any) -> None:
    """Wait until persisted collections are computed (on a cluster, persist returns at once)."""
    try:
        from distributed import futures_of, get_client, wait

        get_client()
    except (ImportError, ValueError):
        return  # the local schedulers compute on persist
    wait(futures_of(collections))


def _n_workers() -> int:
    try:
        from distributed import get_client

        return max(1, len(get_client().scheduler_info().get("workers", {})))
    except (ImportError, ValueError):
        return os.cpu_count() or 1


# ---------------------------------------------------------------------------
# moving rows between partitionings
# ---------------------------------------------------------------------------


def _split(frame: pd.DataFrame, target: np.ndarray, n: int) -> list[pd.DataFrame]:
    """The rows of ``frame`` for each of ``n`` targets, keeping their order."""
    order = np.argsort(target, kind="stable")
    bounds = np.searchsorted(target[order], np.arange(n + 1))
    return [frame.iloc[order[bounds[i] : bounds[i + 1]]] for i in range(n)]


def _route(
    parts: Sequence[Any],
    target: Callable[..., np.ndarray],
    n: int,
    sort: list[str],
    *extra: Any,
) -> list[Any]:
    """All-to-all: each part's rows go to partition ``target(rows, *extra)``, sorted by ``sort``."""
    from dask import delayed

    pieces = [
        delayed(lambda frame, *more: tuple(_split(frame, target(frame, *more), n)), nout=n)(
            part, *extra
        )
        for part in parts
    ]
    return [
        delayed(_gather_sorted)([piece[i] for piece in pieces], sort, pure=False) for i in range(n)
    ]


def _gather_sorted(pieces: list[pd.DataFrame], sort: list[str]) -> pd.DataFrame:
    # Empty pieces carry no reliable dtypes (nor, for some tables, the same
    # columns): they would turn string columns into objects.
    pieces = [piece for piece in pieces if len(piece)] or pieces[:1]
    frame = pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0]
    order = np.lexsort([frame[column].to_numpy() for column in reversed(sort)])
    return frame.iloc[order].reset_index(drop=True)


def _bucket(values: pd.Series, n: int) -> np.ndarray:
    """A stable hash bucket (0..n-1) of each string value."""
    hashed = pd.util.hash_array(values.astype(str).to_numpy(dtype=object), categorize=True)
    return (hashed % np.uint64(n)).astype(np.int64)


def _group_sizes(values: pd.Series) -> pd.Series:
    """Rows per (non-missing) group value of one partition."""
    return values.dropna().astype(str).value_counts(sort=False)


def _pack(sizes: list[pd.Series], n: int) -> dict[str, int]:
    """Groups to ``n`` partitions of about equal rows: largest group first, to the lightest.

    Compact: one entry per group (outlet or event), never per article.
    """
    import heapq

    total = pd.concat(sizes).groupby(level=0, sort=True).sum() if sizes else pd.Series([])
    order = sorted(zip(total.index.tolist(), total.tolist(), strict=True), key=lambda g: -g[1])
    loads = [(0, number) for number in range(n)]
    packed: dict[str, int] = {}
    for name, size in order:  # stable sort: equal sizes keep name order
        load, number = heapq.heappop(loads)
        packed[name] = number
        heapq.heappush(loads, (load + int(size), number))
    return packed


def _target(values: pd.Series, packed: dict[str, int], n: int) -> np.ndarray:
    """Each row's partition: its group's, else (no group) a hash of the value."""
    mapped = values.astype(str).map(packed)
    target = mapped.to_numpy(dtype=float, copy=True)
    missing = np.isnan(target)
    if missing.any():
        target[missing] = _bucket(values[missing].astype("string").fillna(""), n)
    return target.astype(np.int64)


def _outlet_key(articles: pd.DataFrame) -> pd.Series:
    # Articles without an outlet share no evidence: each is its own group.
    return articles[SOURCE].astype("string").fillna("\x00" + articles[ARTICLE_ID].astype(str))


# ---------------------------------------------------------------------------
# the stages
# ---------------------------------------------------------------------------


def _collector_paused(function: Callable) -> Callable:
    """``function`` run as a partition task: cyclic garbage collector paused, allocator tuned.

    The pandas path pauses the collector while it finds entities, claims and
    inconsistencies (:func:`scorer.features.claims._gc_paused`): those steps
    build hundreds of thousands of small tuples that hold no reference cycles.
    A worker needs the pause in more places, because it also holds the
    persisted results of its other partitions and every full collection walks
    them all.  The heavy partition tasks leave almost no cyclic garbage (a few
    hundred objects each); reference counting frees the rest as usual.  On
    20,000 generated articles the two workers of a LocalCluster spent 11.8 s
    in the collector before the pause and 2.7 s with it (the whole pandas
    run: 1.6 s).

    The first task on a worker also restores glibc's large-allocation
    threshold (see :func:`_restore_mmap_threshold`).
    """

    @functools.wraps(function)
    def paused(*args: Any, **kwargs: Any) -> Any:
        _restore_mmap_threshold()
        with claims._gc_paused():
            return function(*args, **kwargs)

    return paused


#: glibc's ``mallopt`` parameter and the largest threshold its own dynamic
#: rule reaches on 64-bit systems (``DEFAULT_MMAP_THRESHOLD_MAX``).
_M_MMAP_THRESHOLD = -3
_MMAP_THRESHOLD_MAX = 32 * 1024 * 1024
#: Environment variables any of which freezes glibc's mmap threshold at 128 KiB.
_FREEZING = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_")


@functools.cache
def _restore_mmap_threshold() -> None:
    """Let glibc serve large temporary arrays from its heap again, once per process.

    Dask's nanny starts every worker with ``MALLOC_TRIM_THRESHOLD_=65536``
    (``distributed.nanny.pre-spawn-environ``) so that freed memory goes back
    to the system.  Setting any trim parameter also freezes glibc's mmap
    threshold at 128 KiB, which otherwise rises as large blocks are freed:
    every array above 128 KiB is then a fresh ``mmap`` whose pages fault in
    on first touch.  NumPy and SciPy make and drop such temporaries all the
    time: event clustering of 20,000 generated articles took 9.3-9.8 s in a
    process started with that variable against 6.6-7.5 s without, and
    7.3 s with the threshold raised again.  Raising it to the dynamic rule's
    own ceiling keeps Dask's prompt trimming of the heap's top (freed memory
    still goes back) and the pandas path's speed.  Nothing changes when the
    variable is absent, when ``MALLOC_MMAP_THRESHOLD_`` is set (the user
    chose), or outside glibc.
    """
    mallopt = getattr(pipeline._LIBC, "mallopt", None)
    if mallopt is None or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return
    if any(name in os.environ for name in _FREEZING):
        mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_MAX)


def _with_position(part: pd.DataFrame, offset: int) -> pd.DataFrame:
    # Dask turns text columns into pyarrow strings with NA as missing value;
    # the articles table (and so every later table) holds pandas' default
    # string dtype, whose missing value is NaN.  Other columns pass as given.
    arrow = {
        column: "str"
        for column, dtype in part.dtypes.items()
        if column in _STRING_COLUMNS
        and isinstance(dtype, pd.StringDtype)
        and dtype.na_value is pd.NA
    }
    return (
        part.astype(arrow)
        .reset_index(drop=True)
        .assign(**{_POSITION: np.arange(offset, offset + len(part), dtype=np.int64)})
    )


def _with_part(part: pd.DataFrame, number: int) -> pd.DataFrame:
    return part.assign(**{_PART: np.full(len(part), number, dtype=np.int64)})


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` without the Dask path's bookkeeping columns."""
    return frame.drop(columns=[c for c in _BOOKKEEPING if c in frame.columns])


def _positions(part: pd.DataFrame) -> pd.Series:
    return pd.Series(part[_POSITION].to_numpy(), index=part[ARTICLE_ID].astype(str).to_numpy())


def _tag(table: pd.DataFrame, part: pd.DataFrame) -> pd.DataFrame:
    """Rows of a per-row table with their article's position and partition, and their order."""
    ids = table[ARTICLE_ID].astype(str)
    return table.reset_index(drop=True).assign(
        **{
            _POSITION: _positions(part).reindex(ids).to_numpy(dtype=np.int64),
            _ROW: np.arange(len(table), dtype=np.int64),
            _PART: np.full(len(table), int(part[_PART].iloc[0]) if len(part) else 0, np.int64),
        }
    )


@_collector_paused
def _per_article(part: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Per-article tables of one partition of whole outlets (as the pandas blocks)."""
    tables = pipeline._per_article_tables(_plain(part), {})
    for name in pipeline._ROW_TABLES:
        tables[name] = _tag(tables[name], part)
    return tables


@_collector_paused
def _claim_spans(part: pd.DataFrame, tables: dict):
    """Round 1 of entity resolution on one partition: its sentences and their name spans."""
    frame = claims._sentence_frame(_plain(tables["sentences"]), _plain(part))
    return frame, claims._mention_spans(frame)


def _union(sets: list[set[str]]) -> set[str]:
    return set().union(*sets)


def _total_names(counts: list) -> tuple:
    """The corpus's people (one entity per person) from every partition's full-name counts."""
    total: Counter = Counter()
    for count in counts:
        total.update(count)
    return claims._people(total)


def _entity_names(parts: list[pd.DataFrame]) -> dict[str, str]:
    totals = pd.concat([claims._spelling_totals(p) for p in parts], ignore_index=True)
    totals = totals.groupby(["entity_id", "surface"], sort=False)["mentions"].sum().reset_index()
    return claims._entity_names(totals)


@_collector_paused
def _span_records(spans, mid_sentence: set[str]):
    """Round 2 of entity resolution on one partition: its prose's mention records."""
    return claims._span_records(spans[1], mid_sentence)


@_collector_paused
def _headline_mentions(spans, records, known: set[str]) -> pd.DataFrame:
    """Round 3 on one partition: its raw mentions, headline names vouched for by the corpus."""
    return claims._headline_mentions(spans[1], records[0], records[1], known)


@_collector_paused
def _partition_claims(spans, raw: pd.DataFrame, people: tuple):
    """Mentions resolved with the corpus's people, and their spellings, for one partition."""
    mentions = claims._resolved(raw, spans[0], people)
    return mentions, claims._spellings(mentions)


@_collector_paused
def _claims_and_entities(part, spans, resolved, names) -> dict[str, pd.DataFrame]:
    frame, _ = spans
    mentions, spellings = resolved
    articles = _plain(part)
    entities = claims._entity_table(spellings, names, articles)
    claim_table = claims._claims_from(mentions, frame, articles, entities)
    return {"entities": _tag(entities, part), "claims": _tag(claim_table, part)}


def _claim_tables(outlets: list, per_article: list) -> dict[str, list]:
    """Entities and claims partition by partition, with the corpus-wide name state merged.

    Entity resolution needs what the whole corpus says about names: the
    words written capitalised mid-sentence, the names the prose vouches for
    (they count in Title-Case headlines), the multi-word people (clustered
    into one entity per person) and how often each spelling is written (the
    most written names the entity).  Each is a set or a count table, one
    entry per distinct name: partitions compute theirs, the scheduler merges
    them, and the partitions resolve their own mentions with the result.
    """
    import dask
    from dask import delayed

    spans = [delayed(_claim_spans)(p, t) for p, t in zip(outlets, per_article, strict=True)]
    mid = delayed(_union)([delayed(lambda s: s[1].mid_sentence)(s) for s in spans])
    records = [delayed(_span_records)(s, mid) for s in spans]
    known = delayed(_union)([delayed(lambda r: claims._known_names(r[0]))(r) for r in records])
    (spans, records, known) = dask.persist(spans, records, known)
    _settle(spans, records, known)
    raw = [delayed(_headline_mentions)(s, r, known) for s, r in zip(spans, records, strict=True)]
    (raw,) = dask.persist(raw)
    people = delayed(_total_names)([delayed(claims._full_names)(m) for m in raw])
    resolved = [delayed(_partition_claims)(s, m, people) for s, m in zip(spans, raw, strict=True)]
    names = delayed(_entity_names)([delayed(lambda x: x[1])(x) for x in resolved])
    tables = [
        delayed(_claims_and_entities)(p, s, x, names)
        for p, s, x in zip(outlets, spans, resolved, strict=True)
    ]
    (tables,) = dask.persist(tables)
    return {
        "entities": [t["entities"] for t in tables],
        "claims": [t["claims"] for t in tables],
    }


def _name_evidence(entity_part: pd.DataFrame):
    """One partition's full names for the headline check, in corpus order."""
    order = entity_part[_POSITION].to_numpy() * (1 << 31) + entity_part[_ROW].to_numpy()
    return consistency._name_evidence(_plain(entity_part), order)


def _headline_names(evidence: list) -> dict[str, str]:
    candidates = pd.concat([e[0] for e in evidence], ignore_index=True)
    return consistency.headline_names(candidates, set().union(*(e[1] for e in evidence)))


def _consistency(
    part: pd.DataFrame,
    tables: dict,
    claim_part: pd.DataFrame,
    entity_part: pd.DataFrame,
    full_names: dict[str, str],
) -> dict[str, pd.DataFrame]:
    """Inconsistencies and consistency of one partition: each article is checked alone.

    Only the headline check reads beyond the article: which full names the
    corpus vouches for (``full_names``, merged from every partition).
    """
    articles = _plain(part)
    found = consistency.find_inconsistencies(
        articles,
        _plain(tables["segments"]),
        _plain(tables["sentences"]),
        _plain(claim_part),
        _plain(entity_part),
        full_names=full_names,
    )
    table = consistency.consistency_features(found, articles[ARTICLE_ID])
    return {
        "inconsistencies": _tag(found, part),
        "consistency": table.rename_axis(ARTICLE_ID).reset_index(),
    }


@_collector_paused
def _event_counts(part: pd.DataFrame, entities: pd.DataFrame):
    """One partition's clustering inputs: its rows' counts and document frequencies."""
    articles = _plain(part)
    given, todo, text = agreement._event_rows(articles)
    ids = articles[ARTICLE_ID].astype("string").to_numpy()[todo]
    words, names = agreement._event_counts(text[todo], ids, _plain(entities))
    # Sparse (column, articles) pairs: a dense vector per partition would be
    # 32 MB on the wire.
    frequencies = tuple(np.unique(m.indices, return_counts=True) for m in (words, names))
    info = pd.DataFrame(
        {
            ARTICLE_ID: ids,
            _POSITION: part[_POSITION].to_numpy()[todo],
            "published": agreement._published(articles)[todo],
        }
    )
    mentioned = agreement._mentioned_days(text[todo])
    return words, names, frequencies, info, set(given.dropna()), mentioned


def _frequencies(counts: list) -> tuple:
    """Document frequencies, clustered articles and given labels, over all partitions."""
    n_words, n_names = (
        np.bincount(
            np.concatenate([c[2][which][0] for c in counts]),
            weights=np.concatenate([c[2][which][1] for c in counts]),
            minlength=width,
        ).astype(np.int64)
        for which, width in ((0, agreement._EVENT_WORDS.n_features), (1, agreement._EVENT_NAMES))
    )
    n_documents = sum(len(c[3]) for c in counts)
    taken = set().union(*(c[4] for c in counts))
    return n_words, n_names, n_documents, taken


def _event_rows(counts: tuple, totals: tuple):
    """One partition's TF-IDF rows for event clustering (sparse), articles and mentioned dates."""
    words, names, _, info, _, mentioned = counts
    n_words, n_names, n_documents, _ = totals
    matrix = agreement._event_matrix(
        words, names, n_words, n_names, n_documents, _CLUSTERING["entity_weight"]
    )
    return matrix, info, mentioned


def _linked(rows: list, totals: Any, n_articles: int, k: int) -> Any:
    """Event labels (a delayed Series by article id) from the partitions' clustering rows.

    The steps of :func:`scorer.features.agreement.label_events` as tasks, so
    that no worker reads every row: each partition keeps its rows' most
    distinctive terms (the blocking keys); one task lays those out in
    article-id order and indexes them (:func:`agreement._proposal_index`,
    ~30 entries an article); ``k`` tasks propose the pairs of row ranges;
    each term range's similarities are summed apart, from the entries of
    that range only (every entry moves once), and the partial sums are
    added in range order, as the pandas path adds them; one task links the
    pairs and numbers the events.
    """
    from dask import delayed

    layout = delayed(_link_layout)([r[1] for r in rows], [r[2] for r in rows])
    shared = delayed(_link_shared)([delayed(_column_counts)(r[0]) for r in rows])
    tops = [delayed(_event_tops)(r[0], shared) for r in rows]
    index = delayed(_link_index, nout=2)(tops, layout, k)
    keys = [delayed(_link_proposals)(index[0], index[1], i) for i in range(k)]
    pairs = delayed(_link_pairs)(keys, layout)
    n_ranges = agreement.term_ranges(agreement._EVENT_WORDS.n_features + agreement._EVENT_NAMES)
    pieces = [delayed(_range_pieces, nout=n_ranges)(r[0], n_ranges) for r in rows]
    partials = [
        delayed(_range_similarity)([p[number] for p in pieces], layout, pairs)
        for number in range(n_ranges)
    ]
    # Added in range order as they come (agreement.add_ranges, one range at
    # a time): the linking task receives one array, not one per range.
    similarity = partials[0]
    for partial in partials[1:]:
        similarity = delayed(np.add)(similarity, partial)
    return delayed(_link_labels)(layout, pairs, similarity, totals, n_articles)


@_collector_paused
def _link_layout(infos: list[pd.DataFrame], mentioned: list) -> dict[str, Any]:
    """The clustered articles in article-id order, where each partition's rows go, their times."""
    info, destination, starts = _id_layout(infos)
    if info.empty:
        return {"ids": np.zeros(0, dtype=object), "destination": destination, "starts": starts}
    clock = agreement._clock(
        info["published"].to_numpy(dtype="datetime64[ns]"),
        _id_mentioned(destination, starts, mentioned),
    )
    return {
        "ids": info[ARTICLE_ID].astype(str).to_numpy(),
        "positions": info[_POSITION].to_numpy(),
        "destination": destination,
        "starts": starts,
        "clock": clock,
    }


def _column_counts(matrix: Any) -> tuple[np.ndarray, np.ndarray, int]:
    """One partition's clustering columns, the rows holding each, and its matrix's width."""
    count = np.bincount(matrix.indices, minlength=matrix.shape[1])
    columns = np.flatnonzero(count)
    return columns, count[columns], matrix.shape[1]


def _link_shared(columns: list[tuple]) -> np.ndarray:
    """Which clustering columns two articles share, from every partition's column counts."""
    width = max((c[2] for c in columns), default=0)
    count = np.bincount(
        np.concatenate([c[0] for c in columns] + [np.zeros(0, np.int64)]),
        weights=np.concatenate([c[1] for c in columns] + [np.zeros(0)]),
        minlength=width,
    )
    return agreement._shared_terms([count.astype(np.int64)])


@_collector_paused
def _event_tops(matrix: Any, shared: np.ndarray) -> Any:
    """One partition's blocking keys: each row's most distinctive shared terms."""
    return agreement._top_terms(matrix, shared, _LINKING["n_block_terms"])


@_collector_paused
def _link_index(tops: list, layout: dict[str, Any], k: int) -> tuple[Any, list]:
    """The blocking keys in article-id order, indexed by term; ``k`` row ranges of equal cost."""
    n = len(layout["ids"])
    if n < 2 or not any(top.nnz for top in tops):
        return None, [(0, 0)] * k
    index = agreement._proposal_index(
        _in_id_order(tops, layout),
        _LINKING["max_postings"],
        layout["clock"],
        _LINKING["window_days"],
    )
    if index[2].nnz == 0:
        return None, [(0, 0)] * k
    return index, agreement._proposal_ranges(index, k)


@_collector_paused
def _link_proposals(index: Any, bounds: list, number: int) -> np.ndarray:
    start, end = bounds[number]
    if index is None or start >= end:
        return np.zeros(0, dtype=np.int64)
    return agreement._proposals(index, start, end, n_neighbours=_LINKING["n_neighbours"])


def _link_pairs(keys: list[np.ndarray], layout: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """Every proposed pair once (first < second), sorted, as the pandas path lists them."""
    n = len(layout["ids"])
    key = agreement._distinct(np.concatenate(keys))
    return key // max(n, 1), key % max(n, 1)


def _range_pieces(matrix: Any, n_ranges: int) -> tuple:
    """One partition's clustering rows cut by term range (see :func:`agreement.term_range_rows`)."""
    return tuple(agreement.term_range_rows(matrix, number) for number in range(n_ranges))


@_collector_paused
def _range_similarity(pieces: list, layout: dict[str, Any], pairs: tuple) -> np.ndarray:
    """Every pair's similarity over one term range's entries, from all partitions' pieces."""
    first, second = pairs
    if len(first) == 0:
        return np.zeros(0)
    rows = _in_id_order(pieces, layout)
    return agreement._pair_products(rows, rows, first, second)


def _in_id_order(matrices: list, layout: dict[str, Any]) -> Any:
    """The partitions' rows (``matrices[p]``) as one matrix, in article-id order."""
    lengths = [np.diff(m.indptr) for m in matrices]
    destination, starts = layout["destination"], layout["starts"]
    (rows,) = _row_blocks(
        len(matrices),
        destination,
        starts,
        _id_indptr(destination, starts, lengths),
        matrices.__getitem__,
        None,
    )
    return rows


@_collector_paused
def _link_labels(
    layout: dict[str, Any], pairs: tuple, similarity: np.ndarray, totals: tuple, n_articles: int
) -> pd.Series:
    """Event labels by article id from the pairs and their similarities."""
    if len(layout["ids"]) == 0:
        return pd.Series([], dtype=object)
    first, second = pairs
    labels = agreement._pair_labels(
        first,
        second,
        similarity,
        layout["clock"],
        layout["positions"],
        taken=totals[3],
        n_articles=n_articles,
        **{name: _LINKING[name] for name in _PAIR_RULES},
    )
    return pd.Series(labels, index=layout["ids"])


#: label_events' options that decide links between the candidate pairs.
_PAIR_RULES = ("min_similarity", "strong_similarity", "relative", "window_days")


def _id_layout(infos: list[pd.DataFrame]) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """The partitions' articles in article-id order; each row's place there; partition starts."""
    info = pd.concat(infos, ignore_index=True) if infos else pd.DataFrame()
    if info.empty:
        return info, np.zeros(0, dtype=np.int64), np.zeros(len(infos) + 1, dtype=np.int64)
    order = agreement._canonical_order(info[ARTICLE_ID])
    destination = np.empty(len(order), dtype=np.int64)
    destination[order] = np.arange(len(order))
    starts = np.concatenate(([0], np.cumsum([len(i) for i in infos]))).astype(np.int64)
    return info.iloc[order], destination, starts


def _id_indptr(destination: np.ndarray, starts: np.ndarray, lengths: Sequence) -> np.ndarray:
    """Row pointer of the partitions' rows (``lengths[p]`` entries per row) in article-id order."""
    size = np.zeros(len(destination), dtype=np.int64)
    for number, length in enumerate(lengths):
        size[destination[starts[number] : starts[number + 1]]] = length
    return np.concatenate(([0], np.cumsum(size)))


def _id_mentioned(destination: np.ndarray, starts: np.ndarray, mentioned: list) -> tuple:
    """The partitions' mentioned dates (see ``agreement._mentioned_days``) by row in id order."""
    rows = np.concatenate(
        [destination[starts[p] + m[0]] for p, m in enumerate(mentioned)] + [np.zeros(0, np.int64)]
    )
    days = np.concatenate([m[1] for m in mentioned] + [np.zeros(0, np.int64)])
    return rows, days


def label_rows(
    infos: list[pd.DataFrame],
    lengths: list[np.ndarray],
    matrix: Callable[[int], Any],
    totals: tuple,
    n_articles: int,
    *,
    mentioned: list[tuple[np.ndarray, np.ndarray]],
    block_entries: int | None = None,
    park: Callable[[Iterable], Sequence] | None = None,
) -> pd.Series:
    """Event labels from partitions' clustering rows, laid out in article-id order.

    ``infos[p]`` (article_id, position, published), ``lengths[p]`` (entries
    per row) and ``mentioned[p]`` (its rows' mentioned dates, as
    ``agreement._mentioned_days`` gives them) describe partition ``p``;
    ``matrix(p)`` returns its rows.  The corpus's rows are assembled once, in blocks of about
    ``block_entries`` entries (default: one block); ``park`` receives the
    blocks as they are made and returns a sequence that reads them back (for
    example from disk), so that the whole matrix never needs to be in memory.
    """
    info, destination, starts = _id_layout(infos)
    if info.empty:
        return pd.Series([], dtype=object)
    indptr = _id_indptr(destination, starts, lengths)
    blocks = _row_blocks(len(infos), destination, starts, indptr, matrix, block_entries)
    blocks = park(blocks) if park is not None else list(blocks)
    labels = agreement.label_events(
        blocks[0] if len(blocks) == 1 else blocks,
        info[_POSITION].to_numpy(),
        info["published"].to_numpy(dtype="datetime64[ns]"),
        mentioned=_id_mentioned(destination, starts, mentioned),
        taken=totals[3],
        n_articles=n_articles,
        **_LINKING,
    )
    return pd.Series(labels, index=info[ARTICLE_ID].astype(str).to_numpy())


def _row_blocks(n_parts, destination, starts, indptr, matrix, block_entries):
    """Consecutive blocks of the corpus's clustering rows, each assembled partition by partition."""
    import scipy.sparse as sp

    n = len(destination)
    bounds = [0]
    while bounds[-1] < n:
        lo = bounds[-1]
        if block_entries is None:
            bounds.append(n)
            continue
        hi = int(np.searchsorted(indptr, indptr[lo] + block_entries, side="right")) - 1
        bounds.append(min(n, max(hi, lo + 1)))
    for lo, hi in itertools.pairwise(bounds):
        data = np.empty(int(indptr[hi] - indptr[lo]), dtype=np.float32)
        indices = np.empty(len(data), dtype=np.int32)
        width = 0
        for number in range(n_parts):
            target = destination[starts[number] : starts[number + 1]]
            inside = np.flatnonzero((target >= lo) & (target < hi))
            if len(inside) == 0:
                continue
            rows = matrix(number)
            width = max(width, rows.shape[1])
            rows = rows[inside] if len(inside) < rows.shape[0] else rows
            # Each entry's place: its row's start in the block plus its offset in the row.
            first = indptr[target[inside]] - indptr[lo]
            place = np.repeat(first - rows.indptr[:-1], np.diff(rows.indptr)) + np.arange(rows.nnz)
            data[place] = rows.data
            indices[place] = rows.indices
            del rows, place
        block_indptr = indptr[lo : hi + 1] - indptr[lo]
        yield sp.csr_matrix((data, indices, block_indptr), shape=(hi - lo, width))


def _with_events(part: pd.DataFrame, labels: pd.Series) -> pd.DataFrame:
    given = (
        part[EVENT_ID].astype("string")
        if EVENT_ID in part.columns
        else pd.Series(pd.NA, index=part.index, dtype="string")
    )
    found = labels.reindex(part[ARTICLE_ID].astype(str).to_numpy()).to_numpy(dtype=object)
    event = given.to_numpy(dtype=object)
    event = np.where(given.isna().to_numpy(), found, event)
    # The pandas path's column: cluster_events' string Series as "str".
    event = pd.Series(pd.array(event, dtype="string"), index=part.index).astype("str")
    out = _plain(part).assign(**{EVENT_ID: event})
    return out.assign(**{c: part[c].to_numpy() for c in _BOOKKEEPING if c in part.columns})


def _claims_routed(
    claim_table: pd.DataFrame, part: pd.DataFrame, packed: dict[str, int], n: int
) -> pd.DataFrame:
    event = pd.Series(part[EVENT_ID].to_numpy(), index=part[ARTICLE_ID].astype(str).to_numpy())
    events = event.reindex(claim_table[ARTICLE_ID].astype(str)).reset_index(drop=True)
    return claim_table.assign(**{_TARGET: _target(events, packed, n)})


@_collector_paused
def _event_agreement(articles: pd.DataFrame, claim_rows: pd.DataFrame):
    """Agreement and copies of one partition of whole events."""
    frame = _plain(articles)
    checked, features = agreement.agreement_features(_plain(claim_rows), frame)
    keep = [c for c in _BOOKKEEPING if c in claim_rows.columns]
    checked = checked.assign(**{c: claim_rows[c].to_numpy() for c in keep})
    copies = agreement.find_copies(frame)
    position = _positions(articles)
    part = pd.Series(articles[_PART].to_numpy(), index=position.index)
    copies = copies.assign(
        **{
            _POSITION: position.reindex(copies[ARTICLE_ID].astype(str)).to_numpy(np.int64),
            _ROW: position.reindex(copies["copy_of"].astype(str)).to_numpy(np.int64),
        }
    )
    features = features.rename_axis(ARTICLE_ID).reset_index()
    ids = features[ARTICLE_ID].astype(str)
    features = features.assign(
        **{
            _POSITION: position.reindex(ids).to_numpy(np.int64),
            _PART: part.reindex(ids).to_numpy(np.int64),
        }
    )
    return checked, features, copies


def _outlet_features(
    part: pd.DataFrame,
    tables: dict,
    consistency_part: pd.DataFrame,
    agreement_part: pd.DataFrame,
    claim_part: pd.DataFrame,
) -> pd.DataFrame:
    """The pandas path's feature assembly for one partition of whole outlets."""
    ids = part[ARTICLE_ID]
    by_id = [
        _plain(t).set_index(ARTICLE_ID).reindex(ids) for t in (consistency_part, agreement_part)
    ]
    features = pipeline._assemble_features(
        ids,
        part[EVENT_ID],
        segments=_plain(tables["segments"]),
        sentences=_plain(tables["sentences"]),
        claim_table=_plain(claim_part),
        tables=[tables["spam"], tables["attribution"], *by_id],
    )
    return features.assign(**{_POSITION: part[_POSITION].to_numpy()})


@_collector_paused
def _style(part: pd.DataFrame) -> pd.DataFrame:
    return pipeline.style_features(_plain(part))


def _outlet_scores(
    part: pd.DataFrame, features: pd.DataFrame, model, style: pd.DataFrame | None
) -> pd.DataFrame:
    scores = pipeline._scores(_plain(part), _plain(features), model, style=style)
    return scores.assign(**{_POSITION: part[_POSITION].to_numpy()})


def _sources(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The outlet table from every article's (outlet, reliability), in input order."""
    scores = _gather_sorted([p[[SOURCE, "reliability", _POSITION]] for p in parts], [_POSITION])
    return pipeline.outlet_scores(scores)


def truth_rows(checked: pd.DataFrame, part: pd.DataFrame) -> pd.DataFrame:
    """One partition of whole outlets' rows of the truth-discovery table, repeats dropped.

    A source is an outlet (or a lone article), and an outlet's articles share
    a partition, so the repeats of a (source, object, value) all meet here;
    each row keeps its claim's place in the corpus.
    """
    columns = [ARTICLE_ID, "kind", "key", "value", _POSITION, _ROW]
    articles = part[[ARTICLE_ID, SOURCE, EVENT_ID]]
    return pipeline._truth_table(checked[columns], articles, keep=[_POSITION, _ROW])


def discover_rows(rows: list[pd.DataFrame] | pd.DataFrame):
    """Truth discovery over every partition's :func:`truth_rows` (a list, or them concatenated).

    The rows are not sorted: their corpus order goes to the ties by rank,
    which gives the same result without a second copy of the table.
    """
    if isinstance(rows, list):
        pieces = [piece for piece in rows if len(piece)] or rows[:1]
        rows = pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0]
    place = np.lexsort((rows[_ROW].to_numpy(), rows[_POSITION].to_numpy()))
    rank = np.empty(len(rows), dtype=np.int64)
    rank[place] = np.arange(len(rows))
    return pipeline.discover_truths(rows.assign(**{_RANK: rank}), order=_RANK)


def _in_input_order(parts: list, n: int, k: int, sort: list[str]) -> list:
    """Route rows to ``k`` partitions of consecutive article positions."""
    size = max(1, math.ceil(n / k))
    return _route(
        parts, lambda frame: (frame[_POSITION].to_numpy() // size).clip(0, k - 1), k, sort
    )


def _finish_tables(tables: dict[str, list]) -> dict[str, Any]:
    """Dask DataFrames of computed parts, without bookkeeping, each indexed 0..n-1 overall.

    All tables are moved and measured in the same few scheduler calls, so
    their work overlaps on the workers.
    """
    import dask
    import dask.dataframe as dd
    from dask import delayed

    plain = {name: [delayed(_plain)(p) for p in parts] for name, parts in tables.items()}
    (plain,) = dask.persist(plain)
    (lengths,) = dask.compute(
        {name: [delayed(len)(p) for p in parts] for name, parts in plain.items()}
    )
    indexed = {}
    for name, parts in plain.items():
        # Empty partitions (more partitions than rows) would mix their dtypes in.
        kept = [i for i, length in enumerate(lengths[name]) if length] or [0]
        sizes = [lengths[name][i] for i in kept]
        offsets = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)
        indexed[name] = [
            delayed(_reindexed)(parts[i], int(o)) for i, o in zip(kept, offsets, strict=True)
        ]
    (indexed,) = dask.persist(indexed)
    (metas,) = dask.compute(
        {name: delayed(lambda frame: frame.iloc[:0])(parts[0]) for name, parts in indexed.items()}
    )
    # Dask would turn pandas' string columns into pyarrow strings with NA as
    # missing value: the tables must keep the pandas path's dtypes.
    with dask.config.set({"dataframe.convert-string": False}):
        return {
            name: dd.from_delayed(parts, meta=metas[name], verify_meta=False)
            for name, parts in indexed.items()
        }


def _reindexed(frame: pd.DataFrame, offset: int) -> pd.DataFrame:
    return frame.set_axis(pd.RangeIndex(offset, offset + len(frame)), axis=0)


def analyze_dask(
    articles: Any,
    *,
    model: ReliabilityModel | None = None,
    progress: bool = False,
    partitions: int | None = None,
) -> pipeline.Analysis:
    """:func:`scorer.analyze` on a Dask DataFrame; every table comes back as a Dask DataFrame.

    Parameters
    ----------
    articles : dask.dataframe.DataFrame
        An articles table (:data:`scorer.schema.ARTICLE_COLUMNS`), for
        example from ``scorer.load_articles(path, partitions=...)`` or
        ``dask.dataframe.from_pandas(scorer.load_articles(path))``.  Any
        partitioning: rows are regrouped by outlet and by event as the stages
        need.
    model : ReliabilityModel, optional
        As :func:`scorer.analyze`.
    progress : bool, keyword-only
        Show a progress bar of the stages.
    partitions : int, keyword-only, optional
        Partitions of whole outlets (and of whole events) to work on;
        default :func:`partition_size` of the corpus for the workers.

    Returns
    -------
    Analysis
        The tables of :func:`scorer.analyze` as Dask DataFrames, already
        computed and held by the scheduler (on a cluster, in the workers'
        memory), partitioned in input order: each equals the pandas path's
        table once computed.  ``truths`` and ``trust`` are pandas.
    """
    import dask
    from dask import delayed

    missing = [c for c in pipeline.ARTICLE_COLUMNS if c not in articles.columns]
    if missing:
        raise ValueError(
            f"analyze: the Dask DataFrame lacks the articles columns {missing}; "
            "load it with scorer.load_articles(..., partitions=N)"
        )
    model = model if model is not None else ReliabilityModel.from_defaults()
    clock = pipeline._Clock(progress=progress, total=6)
    try:
        (parts_in,) = dask.persist(articles.to_delayed())
        lengths = dask.compute(*[delayed(len)(p) for p in parts_in])
        n = int(sum(lengths))
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
        positioned = [
            delayed(_with_position)(p, int(o)) for p, o in zip(parts_in, offsets, strict=True)
        ]
        k = partitions if partitions is not None else partition_size(n, _n_workers())
        if k < 1:
            raise ValueError(f"analyze: partitions must be at least 1, got {partitions!r}")
        # Whole outlets per partition, packed to about equal sizes.
        packed = delayed(_pack)([delayed(_group_sizes)(p[SOURCE]) for p in positioned], k)
        (packed,) = dask.persist(packed)
        routed = _route(
            positioned, lambda f, g: _target(_outlet_key(f), g, k), k, [_POSITION], packed
        )
        outlets = [delayed(_with_part)(p, i) for i, p in enumerate(routed)]
        (outlets,) = dask.persist(outlets)
        _settle(outlets)
        del routed
        clock.lap("load")

        per_article = [delayed(_per_article)(p) for p in outlets]
        (per_article,) = dask.persist(per_article)
        # The row tables go back to input order in the background: the
        # workers move them while the corpus-wide steps below leave them idle.
        finished = {
            name: _in_input_order([t[name] for t in per_article], n, k, [_POSITION, _ROW])
            for name in pipeline._ROW_TABLES
        }
        (finished,) = dask.persist(finished)
        _settle(per_article)
        clock.split({"segments": 1.0, "attribution": 1.0})

        by_outlet = _claim_tables(outlets, per_article)
        # Event linking is submitted before the partition work that needs no
        # events (consistency, style), so that the scheduler, which runs
        # earlier submissions first, starts its tasks as soon as their inputs
        # are ready and that work fills the waits between its steps.
        counts = [
            delayed(_event_counts, nout=6)(p, e)
            for p, e in zip(outlets, by_outlet["entities"], strict=True)
        ]
        totals = delayed(_frequencies, nout=4)(counts)
        rows = [delayed(_event_rows, nout=3)(c, totals) for c in counts]
        (labels,) = dask.persist(_linked(rows, totals, n, k))
        del counts, totals, rows
        full_names = delayed(_headline_names)(
            [delayed(_name_evidence)(e) for e in by_outlet["entities"]]
        )
        checks = [
            delayed(_consistency)(p, t, c, e, full_names)
            for p, t, c, e in zip(
                outlets, per_article, by_outlet["claims"], by_outlet["entities"], strict=True
            )
        ]
        by_outlet["inconsistencies"] = [c["inconsistencies"] for c in checks]
        by_outlet["consistency"] = [c["consistency"] for c in checks]
        (by_outlet,) = dask.persist(by_outlet)
        for name in ("entities", "inconsistencies"):
            (finished[name],) = dask.persist(
                _in_input_order(by_outlet[name], n, k, [_POSITION, _ROW])
            )
        # The style features read only the text: they too fill the wait.
        style = [delayed(_style)(p) if pipeline._needs_style(model) else None for p in outlets]
        (style,) = dask.persist(style)
        _settle(by_outlet)
        clock.lap("claims")

        outlets = [delayed(_with_events)(p, labels) for p in outlets]
        # The articles table in input order: the input partitions and their
        # events (no text moves back).
        articles_out = [delayed(_with_events)(p, labels) for p in positioned]
        (outlets, articles_out) = dask.persist(outlets, articles_out)
        del parts_in, positioned, labels

        # Whole events per partition, packed to about equal sizes.
        events = delayed(_pack)([delayed(_group_sizes)(p[EVENT_ID]) for p in outlets], k)
        (events,) = dask.persist(events)
        event_articles = _route(
            outlets, lambda f, g: _target(f[EVENT_ID], g, k), k, [_POSITION], events
        )
        claim_targets = [
            delayed(_claims_routed)(c, p, events, k)
            for c, p in zip(by_outlet["claims"], outlets, strict=True)
        ]
        event_claims = _route(
            claim_targets, lambda f: f.pop(_TARGET).to_numpy(), k, [_POSITION, _ROW]
        )
        results = [
            delayed(_event_agreement, nout=3)(a, c)
            for a, c in zip(event_articles, event_claims, strict=True)
        ]
        (results,) = dask.persist(results)
        checked = _route(
            [r[0] for r in results], lambda f: f[_PART].to_numpy(), k, [_POSITION, _ROW]
        )
        agreed = _route([r[1] for r in results], lambda f: f[_PART].to_numpy(), k, [_POSITION])
        copies = [r[2] for r in results]
        (checked, agreed, copies) = dask.persist(checked, agreed, copies)
        _settle(checked, agreed, copies)
        del results, event_articles, event_claims, claim_targets
        clock.lap("agreement")

        features = [
            delayed(_outlet_features)(p, t, c, a, cl)
            for p, t, c, a, cl in zip(
                outlets, per_article, by_outlet["consistency"], agreed, checked, strict=True
            )
        ]
        scores = [
            delayed(_outlet_scores)(p, f, model, st)
            for p, f, st in zip(outlets, features, style, strict=True)
        ]
        sources = delayed(_sources)(scores)
        truths = delayed(discover_rows, nout=2)(
            [delayed(truth_rows)(c, p) for c, p in zip(checked, outlets, strict=True)]
        )
        (features, scores, sources, truths) = dask.persist(features, scores, sources, truths)
        sources, (truth_table, trust) = dask.compute(sources, truths)

        def ordered(parts, sort):
            return _in_input_order(parts, n, k, sort)

        out = _finish_tables(
            {
                "articles": articles_out,
                **{name: finished[name] for name in pipeline._ROW_TABLES},
                "claims": ordered(checked, [_POSITION, _ROW]),
                "entities": finished["entities"],
                "inconsistencies": finished["inconsistencies"],
                "copies": ordered(copies, [_POSITION, _ROW]),
                "features": ordered(features, [_POSITION]),
                "scores": ordered(scores, [_POSITION]),
            }
        )
        clock.lap("scores")
    finally:
        clock.close()
    return pipeline.Analysis(
        **out, sources=sources, truths=truth_table, trust=trust, timings=clock.timings
    )


# ---------------------------------------------------------------------------
# loading
# ---------------------------------------------------------------------------


def _pieces(source: Any, partitions: int, columns, max_bytes, encoding) -> list[tuple]:
    """Raw-frame readers ``(function, *arguments)`` for the parts of ``source``, in order."""
    from scorer import io

    if isinstance(source, pd.DataFrame):
        frame = io._from_frame(source, "DataFrame", columns)
        bounds = np.linspace(0, len(frame), max(1, min(partitions, len(frame))) + 1).astype(int)
        return [(_slice, frame.iloc[a:b]) for a, b in itertools.pairwise(bounds)]
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.exists():
            raise FileNotFoundError(f"no such file or folder: {path}")
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file())
            txt = [p for p in files if p.suffix.lower() == ".txt"]
            if txt:
                meta_path = path / io._METADATA_FILE
                meta = io._read_metadata(meta_path, columns) if meta_path.exists() else None
                if meta is not None:
                    unknown = sorted(set(meta[ARTICLE_ID]) - {p.stem for p in txt})
                    if unknown:
                        warnings.warn(
                            f"{meta_path}: rows for files that are not in the folder: {unknown}",
                            stacklevel=4,
                        )
                chunks = np.array_split(np.arange(len(txt)), max(1, min(partitions, len(txt))))
                return [
                    (_read_txt_part, [txt[i] for i in chunk], meta, max_bytes, encoding)
                    for chunk in chunks
                ]
            tables = [
                p
                for p in files
                if p.suffix.lower() in io._TABLE_SUFFIXES and p.name != io._METADATA_FILE
            ]
            if not tables:
                io._read_folder(path, columns, max_bytes, encoding)  # raises the InputError
            per_file = max(1, partitions // len(tables))
            return [
                piece for p in tables for piece in _table_pieces(p, per_file, columns, encoding)
            ]
        suffix = path.suffix.lower()
        if suffix in io._TABLE_SUFFIXES:
            return _table_pieces(path, partitions, columns, encoding)
        if suffix == ".txt":
            return [(_read_txt_part, [path], None, max_bytes, encoding)]
        io._read_any(path, columns, max_bytes, encoding)  # raises the InputError
    if isinstance(source, Iterable) and not isinstance(source, (bytes, Mapping)):
        items = list(source)
        if not items:
            raise io.InputError("empty list of inputs: nothing to load")
        each = max(1, partitions // len(items))
        return [
            piece for item in items for piece in _pieces(item, each, columns, max_bytes, encoding)
        ]
    raise TypeError(
        f"cannot load articles from {type(source).__name__}; pass a path, a list of paths "
        "or a DataFrame"
    )


def _table_pieces(path: Path, partitions: int, columns, encoding) -> list[tuple]:
    from scorer import io

    if path.suffix.lower() != ".parquet":
        return [(io._read_table, path, columns, encoding)]
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(path).metadata
    rows = np.array([metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)])
    if len(rows) <= 1 or partitions <= 1:
        return [(io._read_table, path, columns, encoding)]
    groups = np.array_split(np.arange(len(rows)), min(partitions, len(rows)))
    starts = np.concatenate(([0], np.cumsum(rows)[:-1]))
    return [
        (io._read_table, path, columns, encoding, group.tolist(), int(starts[group[0]]))
        for group in groups
        if len(group)
    ]


def _rows(frame: pd.DataFrame, lo: int, hi: int) -> pd.DataFrame:
    return frame.iloc[lo:hi]


def _slice(frame: pd.DataFrame) -> pd.DataFrame:
    return frame


def _read_txt_part(paths: list[Path], meta, max_bytes, encoding) -> pd.DataFrame:
    from scorer import io

    frame = io._read_txt(paths, max_bytes, encoding)
    if meta is not None:
        frame = frame.merge(meta, on=ARTICLE_ID, how="left", validate="one_to_one")
    return frame


def _renamed(frame: pd.DataFrame, ids: pd.Series | None, max_bytes) -> pd.DataFrame:
    from scorer import io

    if ids is not None:
        frame = frame.assign(**{ARTICLE_ID: ids.to_numpy()})
    return io._finish(frame, max_bytes)


def _raw_ids(frame: pd.DataFrame) -> pd.Series:
    return frame[ARTICLE_ID].astype(str).reset_index(drop=True)


def load_articles_dask(
    source: Any,
    *,
    partitions: int,
    columns: Mapping[str, str] | None = None,
    max_bytes: int | None = 5_000_000,
    encoding: str | None = None,
):
    """:func:`scorer.load_articles` as a Dask DataFrame (``load_articles(..., partitions=N)``).

    The input is read part by part on the active scheduler; only the
    article ids travel back, to make repeated ids unique across parts as
    the pandas loader does (``#2``, ``#3`` in input order, with a warning).
    A file that can only be read whole (a Parquet file of one row group, a
    CSV or JSON Lines file) is read by one task and then cut into row
    ranges, so that the result has about ``partitions`` partitions and the
    checks of each article (encoding, dates, language) run on every worker.

    Examples
    --------
    >>> import scorer
    >>> articles = load_articles_dask(scorer.EXAMPLE_CORPUS, partitions=2)
    >>> articles.npartitions, len(articles.compute())
    (2, 5)
    """
    import dask
    import dask.dataframe as dd
    from dask import delayed

    from scorer import io

    if not isinstance(partitions, (int, np.integer)) or partitions < 1:
        raise ValueError(
            f"load_articles: partitions must be a positive integer, got {partitions!r}"
        )
    pieces = _pieces(source, int(partitions), columns, max_bytes, encoding)
    raw = [delayed(function)(*arguments) for function, *arguments in pieces]
    (raw,) = dask.persist(raw)
    ids = dask.compute(*[delayed(_raw_ids)(part) for part in raw])
    every = pd.concat(ids, ignore_index=True) if ids else pd.Series([], dtype=str)
    unique = io._unique_ids(every)
    renamed: list[pd.Series | None] = []
    start = 0
    for part in ids:
        new = unique.iloc[start : start + len(part)]
        renamed.append(None if new.equals(part.set_axis(new.index)) else new)
        start += len(part)
    # A file read whole (one row group, one CSV) is cut into row ranges here,
    # so that the checks of every article (encodings, dates, language) run on
    # all the workers and the result has about ``partitions`` partitions.
    total = sum(len(part) for part in ids)
    finished = []
    for part, new, length in zip(raw, renamed, (len(i) for i in ids), strict=True):
        share = min(max(1, round(partitions * length / total)), length) if total else 1
        bounds = np.linspace(0, length, share + 1).round().astype(np.int64)
        for lo, hi in itertools.pairwise(bounds.tolist()):
            rows = part if share == 1 else delayed(_rows)(part, lo, hi)
            ranged = new if new is None or share == 1 else new.iloc[lo:hi]
            finished.append(delayed(_renamed)(rows, ranged, max_bytes))
    (finished,) = dask.persist(finished)
    meta = dask.compute(delayed(lambda frame: frame.iloc[:0])(finished[0]))[0]
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_delayed(finished, meta=meta, verify_meta=False)
