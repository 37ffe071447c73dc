"""Cross-source agreement: do other outlets report the same facts?

An article is more credible when independent outlets covering the same event
report the same numbers, dates and actors, and less credible when trusted
outlets report different ones ("November 4" where the others say 4 December,
120 where another says 130). Two things keep the count honest: outlets are
weighted by the trust truth discovery estimates for them
(:func:`scorer.truth.discover`), and copies do not count as independent
confirmation: articles of the same ``source`` and near-duplicate texts
(re-publications, detected by shingle containment) form one *independence
unit* whose voice counts once.

The work is done per event cluster (:func:`cluster_events`): every step of
:func:`agreement_features` is scoped by event, so calling it on one event's
articles and claims gives exactly that event's rows of a whole-corpus call,
and a ``groupby("event_id")`` driver (e.g. under Dask) reproduces the
corpus result. The corpus is nonetheless processed in one pass, vectorised
across events (one sparse product for copies, one truth-discovery iteration
for every event's claims), because a per-event Python loop costs ~50 ms an
event; only the small key-similarity matrices are computed per event and
kind. Claims are compared by *class* (one event and kind, the same key and
value), never claim against claim: a fact that 500 articles report is one
class, not 250,000 claim pairs, so time and memory grow about linearly with
the claims of an event (10,000 articles in events of 1,000: a few seconds,
most of it finding copies).
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from rapidfuzz import fuzz, process
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils import murmurhash3_32

from scorer.features.claims import _full_dates
from scorer.schema import (
    ARTICLE_ID,
    CLAIM_COLUMNS,
    CLAIM_STATUSES,
    ERROR,
    EVENT_ID,
    PUBLISHED,
    SOURCE,
    TEXT,
    TITLE,
)
from scorer.text import distinct as _distinct
from scorer.truth import METHODS, discover

__all__ = [
    "AGREEMENT_COLUMNS",
    "COPY_COLUMNS",
    "MAX_CONFLICT_IDS",
    "agreement_features",
    "cluster_events",
    "find_copies",
    "label_events",
]

#: Columns of the per-article table :func:`agreement_features` returns.
AGREEMENT_COLUMNS = [
    "agreement",
    "agreement_reason",
    "n_corroborated",
    "n_contradicted",
    "n_uncorroborated",
    "n_independent",
]

#: Article ids a claim's ``conflict_with`` lists before counting the rest
#: ("+N more"): an event of a thousand articles would otherwise write
#: thousands of ids into every claim of a minority value.
MAX_CONFLICT_IDS = 20

_CORROBORATED, _CONTRADICTED, _UNCORROBORATED = CLAIM_STATUSES
_ENTITY_KINDS = ("person", "organisation", "place")
_KEYED_KINDS = ("number", "date")
_NOT_WORD = re.compile(r"[^\w]+")
_ISO_DATE = re.compile(r"^(?:(?P<year>\d{4})|-)(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")
_NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?$")

# Cosine similarity above which two texts are treated as copies when clustering.
_DUPLICATE_SIMILARITY = 0.9

_NO_EVENT = "article could not be assigned to an event (error or empty text)"
_NO_COVERAGE = "no other article covers this event"
_ONLY_COPIES = "only copies or articles of the same outlet cover this event"
_NO_CLAIMS = "no claims to compare"


# --------------------------------------------------------------------------------------------
# Event clustering
# --------------------------------------------------------------------------------------------


def cluster_events(
    articles: pd.DataFrame,
    entities: pd.DataFrame | None = None,
    *,
    min_similarity: float = 0.05,
    strong_similarity: float = 0.3,
    relative: float = 0.8,
    window_days: float = 14.0,
    entity_weight: float = 0.5,
    n_block_terms: int = 30,
    n_neighbours: int = 30,
    max_postings: int = 50,
) -> pd.Series:
    """Group articles that report the same event.

    Articles are compared by TF-IDF cosine similarity over word unigrams and
    bigrams of title and text, with their resolved entities (``entity_id``)
    added as extra features. Two articles are linked when their similarity
    is at least ``strong_similarity``, or when it is at least
    ``min_similarity`` and at least ``relative`` times the best similarity of
    *both* articles (each is among the other's closest stories); events are
    the connected components of the links. Each article's *times* are its
    publication date and the full dates its text mentions ("November 4,
    2023"); when both publication dates are known and none of one
    article's times is within ``window_days`` of one of the other's, the
    two are far apart and link only as near copies (similarity of at least
    0.9). A re-publication years
    after the story still mentions the story's date and stays with it, while
    two look-alike stories of different dates (the same report on a monthly
    figure, a template filled in twice) stay apart however similar their
    words. Within the window, an article's *story day* is the latest date
    it mentions that is not after its publication; two articles whose story
    days are known and more than a day apart do not link by
    ``strong_similarity`` alone: only as each other's closest stories, or
    where one of them has no close candidate sharing its story day (an
    outlet's wrong date) and the other is its closest. So look-alike
    stories a week apart stay apart, and a wrong date stays with its event
    for agreement to contradict.

    Large corpora are not compared all against all: candidate pairs share
    one of each article's ``n_block_terms`` most distinctive terms (a term
    in more than ``max_postings`` articles' lists pairs each of them only
    with about ``max_postings`` of its nearest in time, or, for articles of
    unknown time, with the ``max_postings`` that weigh it most), each
    article keeps its ``n_neighbours`` best candidates (those of its own
    time first), and
    only those pairs are compared in full, in row chunks. Time and memory
    grow about linearly with the corpus (10,000 articles: ~4 s, ~250 MB;
    100,000: ~50 s, ~1.5 GB, mostly the TF-IDF), and an event of a
    thousand articles still forms one component because its articles chain
    through their neighbours.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``article_id`` and ``text`` (``title``, ``published``,
        ``error`` and ``event_id`` are used when present). A non-null
        ``event_id`` is kept as it is.
    entities : pandas.DataFrame, optional
        Entity mentions (``article_id``, ``entity_id``), as
        :func:`scorer.features.claims.extract_entities` returns them.
    min_similarity, strong_similarity, relative : float
        Linking thresholds (see above).
    window_days : float
        Articles whose times are all further apart than this link only as
        near copies. ``numpy.inf`` disables the window.
    entity_weight : float
        Weight of the entity features relative to the words.
    n_block_terms : int
        Distinctive terms per article used to find candidate pairs.
    n_neighbours : int
        Candidates per article compared in full.
    max_postings : int
        Articles a common distinctive term pairs each article with (those
        nearest in time).

    Returns
    -------
    pandas.Series
        Named ``"event_id"``, on the index of ``articles``: the given event id,
        else ``"event-0001"``, ``"event-0002"`` ... numbered by each event's
        first article. NA for articles with an ``error`` or no text.

    Examples
    --------
    >>> articles = pd.DataFrame({
    ...     "article_id": ["a", "b", "c"],
    ...     "text": ["Niger ends two EU missions and receives a Russian delegation.",
    ...              "A Russian delegation visits Niger as the EU missions end.",
    ...              "Apple unveils a new iPhone with a bigger battery."],
    ... })
    >>> cluster_events(articles).tolist()
    ['event-0001', 'event-0001', 'event-0002']
    """
    _require(articles, [ARTICLE_ID, TEXT], "cluster_events", "articles")
    given, todo, text = _event_rows(articles)
    result = given.copy().rename(EVENT_ID)
    if len(todo) == 0:
        return result
    ids = articles[ARTICLE_ID].astype("string").to_numpy()[todo]
    words, names = _event_counts(text[todo], ids, entities)
    n_words, n_names = _document_frequencies(words, names)
    features = _event_matrix(words, names, n_words, n_names, len(todo), entity_weight)
    published = _published(articles)[todo]
    labels = label_events(
        features,
        todo,
        published,
        mentioned=_mentioned_days(text[todo]),
        taken=set(given.dropna()),
        n_articles=len(articles),
        min_similarity=min_similarity,
        strong_similarity=strong_similarity,
        relative=relative,
        window_days=window_days,
        n_block_terms=n_block_terms,
        n_neighbours=n_neighbours,
        max_postings=max_postings,
    )
    result.iloc[todo] = labels
    return result


def _event_rows(articles: pd.DataFrame) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """The given event ids, the rows to cluster (in article-id order) and every row's text.

    Compared in article-id order: ties between candidates go to the smaller
    row, so that permuting the input cannot change which articles link.
    """
    index = articles.index
    given = (
        articles[EVENT_ID].astype("string")
        if EVENT_ID in articles.columns
        else pd.Series(pd.NA, index=index, dtype="string")
    )
    text = articles[TEXT].astype("string").fillna("")
    if TITLE in articles.columns:
        text = articles[TITLE].astype("string").fillna("") + "\n" + text
    usable = text.str.strip().str.len().gt(0).to_numpy(dtype=bool)
    if ERROR in articles.columns:
        usable &= articles[ERROR].isna().to_numpy(dtype=bool)
    todo = np.flatnonzero(usable & given.isna().to_numpy(dtype=bool))
    todo = todo[_canonical_order(articles[ARTICLE_ID].astype("string").iloc[todo])]
    return given, todo, text.to_numpy(dtype=object)


def _mentioned_days(texts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The full dates each text mentions, as (row, day) pairs.

    Days are proleptic Gregorian ordinals (``datetime.date.toordinal``);
    pairs are unique and sorted. They depend on each text alone, so a
    partition's pairs are computed with its rows.
    """
    rows, days = [], []
    for row, text in enumerate(texts):
        found = sorted({date.toordinal() for date in _full_dates(text)})
        rows.extend([row] * len(found))
        days.extend(found)
    return np.asarray(rows, dtype=np.int64), np.asarray(days, dtype=np.int64)


def _published(articles: pd.DataFrame) -> np.ndarray:
    if PUBLISHED in articles.columns:
        return pd.to_datetime(articles[PUBLISHED], errors="coerce").to_numpy(dtype="datetime64[ns]")
    return np.full(len(articles), np.datetime64("NaT"), dtype="datetime64[ns]")


# Word unigrams and bigrams of event clustering, hashed: a stateless
# vectoriser gives every article its row alone, so a corpus split in
# partitions only needs their document frequencies summed (a fixed-size
# vector), never a shared vocabulary.  2**22 columns keep collisions among
# the distinctive terms rare.
_EVENT_WORDS = HashingVectorizer(
    ngram_range=(1, 2),
    stop_words="english",
    n_features=2**22,
    alternate_sign=False,
    norm=None,
    dtype=np.float64,
)
_EVENT_NAMES = 2**18


def _event_counts(
    texts: np.ndarray, ids: np.ndarray, entities: pd.DataFrame | None
) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Sub-linear term frequencies of words and entity presence, one row per article.

    Depend on each article alone (see :func:`_event_matrix` for the weights).
    """
    if len(texts) == 0:  # the vectoriser cannot transform nothing
        return sp.csr_matrix((0, _EVENT_WORDS.n_features)), sp.csr_matrix((0, _EVENT_NAMES))
    words = _EVENT_WORDS.transform(texts).tocsr()
    words.sort_indices()
    words.data = 1.0 + np.log(words.data)  # sublinear tf, as TfidfVectorizer's
    names = sp.csr_matrix((len(ids), _EVENT_NAMES))
    if entities is not None and len(entities):
        _require(entities, [ARTICLE_ID, "entity_id"], "cluster_events", "entities")
        row_of = pd.Series(np.arange(len(ids)), index=pd.Index(ids))
        mentions = entities.loc[
            entities[ARTICLE_ID].astype("string").isin(row_of.index), [ARTICLE_ID, "entity_id"]
        ].dropna()
        if len(mentions):
            rows = row_of.loc[mentions[ARTICLE_ID].astype("string")].to_numpy()
            codes, unique = pd.factorize(mentions["entity_id"].astype("string"))
            hashed = np.fromiter(
                (murmurhash3_32(str(u), positive=True) % _EVENT_NAMES for u in unique),
                dtype=np.int64,
                count=len(unique),
            )
            names = sp.csr_matrix(
                (np.ones(len(rows)), (rows, hashed[codes])), shape=(len(ids), _EVENT_NAMES)
            )
            names.sum_duplicates()
            names.data[:] = 1.0
    return words, names


def _document_frequencies(
    words: sp.csr_matrix, names: sp.csr_matrix
) -> tuple[np.ndarray, np.ndarray]:
    """Articles per word column and per entity column: summed across partitions."""
    return (
        np.bincount(words.indices, minlength=words.shape[1]).astype(np.int64),
        np.bincount(names.indices, minlength=names.shape[1]).astype(np.int64),
    )


def _event_matrix(
    words: sp.csr_matrix,
    names: sp.csr_matrix,
    n_words: np.ndarray,
    n_names: np.ndarray,
    n_documents: int,
    entity_weight: float,
) -> sp.csr_matrix:
    """Row-normalised TF-IDF of words, with weighted TF-IDF of entity ids appended.

    Rows are normalised over all their terms and then keep, as ``float32``,
    only the columns at least two articles share: no other column can link
    two articles, so similarities are unchanged and the rows are smaller.

    ``n_words``/``n_names`` are the document frequencies over the whole corpus
    (``n_documents`` articles), so a row is the same whichever rows are
    computed with it.  Smooth idf, as scikit-learn's ``TfidfVectorizer``.
    """
    if words.shape[0] == 0:
        return sp.csr_matrix((0, 0))
    blocks = [normalize(words.multiply(np.log((1 + n_documents) / (1 + n_words)) + 1).tocsr())]
    if names.nnz and entity_weight > 0:
        idf = np.log((1 + n_documents) / (1 + n_names)) + 1
        blocks.append(entity_weight * normalize(names.multiply(idf).tocsr()))
    features = sp.hstack(blocks).tocsr()
    if features.nnz == 0:
        # No article has a word of two letters or an entity: nothing links any pair.
        return sp.csr_matrix((features.shape[0], 0), dtype=np.float32)
    # Only terms that two articles share can link them: the others count in a
    # row's norm, then go.
    features = normalize(features)
    shared = np.concatenate([n_words, n_names][: len(blocks)])[features.indices] >= 2
    rows = np.repeat(np.arange(features.shape[0]), np.diff(features.indptr))
    return sp.csr_matrix(
        (features.data[shared].astype(np.float32), (rows[shared], features.indices[shared])),
        shape=features.shape,
    )


def label_events(
    features: sp.csr_matrix | Sequence[sp.csr_matrix],
    positions: np.ndarray,
    published: np.ndarray,
    *,
    mentioned: tuple[np.ndarray, np.ndarray] | None = None,
    taken: set[str],
    n_articles: int,
    min_similarity: float = 0.05,
    strong_similarity: float = 0.3,
    relative: float = 0.8,
    window_days: float = 14.0,
    n_block_terms: int = 30,
    n_neighbours: int = 30,
    max_postings: int = 50,
) -> np.ndarray:
    """Event labels of articles given their clustering features (see :func:`cluster_events`).

    Parameters
    ----------
    features : scipy.sparse.csr_matrix or sequence of them
        One row per article to cluster, in article-id order: one matrix, or
        its consecutive row blocks.  A sequence may read its blocks on demand
        (from disk, say): each block is read a few times, and at most two are
        held at once.
    positions : numpy.ndarray
        Each row's position in the corpus: events are numbered by their first
        article.
    published : numpy.ndarray
        Each row's publication date (``datetime64``, NaT when unknown).
    mentioned : tuple of numpy.ndarray, optional, keyword-only
        The full dates the rows' texts mention: row numbers and day
        ordinals, as :func:`_mentioned_days` returns them. With
        ``published``, they are the rows' times (see :func:`cluster_events`).
    taken : set of str, keyword-only
        Event labels already in use (given ids), skipped when numbering.
    n_articles : int, keyword-only
        Size of the corpus.
    min_similarity, strong_similarity, relative, window_days : float
        As :func:`cluster_events`.
    n_block_terms, n_neighbours, max_postings : int
        As :func:`cluster_events`.

    Returns
    -------
    numpy.ndarray
        ``"event-0001"``... per row, object dtype.

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> rows = sp.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]]))
    >>> nat = np.full(3, np.datetime64("NaT"), dtype="datetime64[ns]")
    >>> label_events(rows, np.array([0, 1, 2]), nat, taken=set(), n_articles=3).tolist()
    ['event-0001', 'event-0001', 'event-0002']
    """
    blocks = [features] if sp.issparse(features) else features
    clock = _clock(published, mentioned)
    first, second, similarity = _candidate_pairs(
        blocks,
        len(positions),
        n_block_terms=n_block_terms,
        n_neighbours=n_neighbours,
        max_postings=max_postings,
        clock=clock,
        window_days=window_days,
    )
    return _pair_labels(
        first,
        second,
        similarity,
        clock,
        positions,
        taken=taken,
        n_articles=n_articles,
        min_similarity=min_similarity,
        strong_similarity=strong_similarity,
        relative=relative,
        window_days=window_days,
    )


def _pair_labels(
    first: np.ndarray,
    second: np.ndarray,
    similarity: np.ndarray,
    clock: tuple,
    positions: np.ndarray,
    *,
    taken: set[str],
    n_articles: int,
    min_similarity: float,
    strong_similarity: float,
    relative: float,
    window_days: float,
) -> np.ndarray:
    """:func:`label_events`' labels from its candidate pairs (``first`` < ``second``, sorted).

    ``clock`` is :func:`_clock`'s for the rows, ``similarity`` each pair's
    (see :func:`_pair_similarity`).
    """
    far = _far_apart(first, second, clock, window_days)
    links = _links(
        len(positions),
        first,
        second,
        similarity,
        far,
        _story_dates_differ(first, second, clock, far),
        min_similarity=min_similarity,
        strong_similarity=strong_similarity,
        relative=relative,
    )
    n_components, component = connected_components(links, directed=False)
    # Number components by their first article in the input; skip labels already in use.
    first_position = np.full(n_components, n_articles, dtype=np.int64)
    np.minimum.at(first_position, component, positions)
    rank = np.empty(len(first_position), dtype=np.int64)
    rank[np.argsort(first_position, kind="stable")] = np.arange(len(first_position))
    labels, number = [], 0
    for _ in range(len(first_position)):
        number += 1
        while f"event-{number:04d}" in taken:
            number += 1
        labels.append(f"event-{number:04d}")
    return np.asarray(labels, dtype=object)[rank[component]]


def _candidate_pairs(
    blocks: Sequence[sp.csr_matrix],
    n: int,
    *,
    n_block_terms: int,
    n_neighbours: int,
    max_postings: int,
    clock: tuple,
    window_days: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j) of likely neighbours, and their cosine similarity.

    Every article keeps its ``n_block_terms`` most distinctive terms (found
    in at least two articles). A term shared by at most ``max_postings``
    articles proposes all their pairs; a more common one is read in time
    order (:func:`_posting_times`): its articles are cut in
    runs of ``max_postings // 2`` and each is paired with the articles of
    its own run and the runs on either side, so that its pairs are near in
    time, a large event costs time linear in its size and still chains into
    one component. Articles of unknown time pair through a common term with
    the ``max_postings`` that weigh it most. Each
    article keeps its ``n_neighbours`` best proposals (by the weight of the
    terms they share; proposals far apart in time (:func:`_far_apart` of
    ``clock``) come after all others, since they can link only as near
    copies), and only those pairs are
    compared in full. Work is
    done in row chunks, so memory stays bounded whatever the corpus size;
    ``blocks`` are the rows in consecutive blocks (see :func:`label_events`).
    """
    empty = (np.zeros(0, dtype=np.int64),) * 2 + (np.zeros(0),)
    if n < 2:
        return empty
    shared = _shared_terms(np.bincount(rows.indices, minlength=rows.shape[1]) for rows in blocks)
    if not shared.any():
        return empty
    tops = []
    for rows in blocks:
        tops.append(_top_terms(rows, shared, n_block_terms))
        del rows
    block = sp.vstack(tops, format="csr")
    del tops
    index = _proposal_index(block, max_postings, clock, window_days)
    del block
    if index[2].nnz == 0:
        return empty
    key = _proposals(index, 0, n, n_neighbours=n_neighbours)
    del index
    first, second = key // n, key % n
    del key
    starts = np.concatenate(([0], np.cumsum([rows.shape[0] for rows in blocks])))
    return first, second, _pair_similarity(blocks, starts, first, second)


def _shared_terms(counts: Iterable[np.ndarray]) -> np.ndarray:
    """Whether each column is found in at least two rows, from per-block column counts."""
    document_frequency = np.zeros(0, dtype=np.int64)
    for count in counts:
        missing = len(count) - len(document_frequency)
        if missing > 0:
            document_frequency = np.pad(document_frequency, (0, missing))
        document_frequency[: len(count)] += count
    # Terms of one article cannot pair it with another.
    return document_frequency >= 2


def _top_terms(rows: sp.csr_matrix, shared: np.ndarray, n_block_terms: int) -> sp.csr_matrix:
    """Each row's ``n_block_terms`` weightiest shared terms, as wide as ``shared``."""
    top = _keep_top(rows, n_block_terms, shared=shared[: rows.shape[1]])
    return sp.csr_matrix((top.data, top.indices, top.indptr), shape=(top.shape[0], len(shared)))


def _proposal_index(block: sp.csr_matrix, max_postings: int, clock: tuple, window_days: float):
    """What :func:`_proposals` reads: the posting matrices of ``block``, the clock, the window."""
    return (*_postings(block, max_postings, _posting_times(clock, window_days)), clock, window_days)


def _proposals(index: tuple, start: int, end: int, *, n_neighbours: int) -> np.ndarray:
    """Keys ``i * n + j`` (i < j) of the pairs rows ``start:end`` propose, distinct, sorted.

    Every row's proposals depend on that row alone, so row ranges can be
    worked in any order or place.
    """
    block, spread, by_term, clock, window_days = index
    n = block.shape[0]
    keys = [np.zeros(0, dtype=np.int64)]
    cost = spread @ np.diff(by_term.indptr)
    for lo, hi in _row_chunks(block[start:end], cost, _CHUNK_BUDGET):
        lo, hi = lo + start, hi + start
        shared_terms = ((block[lo:hi] @ spread) @ by_term).tocsr()
        rows = np.repeat(np.arange(lo, hi), np.diff(shared_terms.indptr))
        shared_terms.data[shared_terms.indices == rows] = 0.0  # not its own neighbour
        shared_terms.eliminate_zeros()
        if shared_terms.nnz:
            rows = np.repeat(np.arange(lo, hi), np.diff(shared_terms.indptr))
            far = _far_apart(rows, shared_terms.indices.astype(np.int64), clock, window_days)
            # Shared weights are dot products of unit rows (at most 1): adding
            # 1 to the near pairs ranks them all before the far ones.
            shared_terms.data[~far] += 1.0
        best = _keep_top(shared_terms, n_neighbours).tocoo()
        first, second = best.row.astype(np.int64) + lo, best.col.astype(np.int64)
        keys.append(np.minimum(first, second) * n + np.maximum(first, second))
    return _distinct(np.concatenate(keys))


def _postings(
    block: sp.csr_matrix, max_postings: int, times: np.ndarray | None
) -> tuple[sp.csr_matrix, sp.csr_matrix, sp.csr_matrix]:
    """Articles x slots, slots x slots and slots x articles: their product proposes pairs.

    ``block`` holds each article's distinctive terms and their weights. A
    term of at most ``max_postings`` articles is one slot that pairs them
    all.  A more common term is sorted by time (``times``: one or two per
    article, NaN when unknown; ties by row) and cut in runs of
    ``max_postings // 2`` entries, one slot each; an article's slot reads
    (through the middle matrix) its own run and the runs on either side.  A
    common term's articles of unknown time share one slot holding the
    ``max_postings`` articles that weigh the term most, as without times.
    The middle matrix keeps memory at one entry per article and term: the
    neighbouring runs are only spread out for a chunk of rows at a time.

    Slots are numbered term by term (its shared slot, then its runs), so
    the first matrix is ``block`` with each entry's column renamed to its
    slot, plus an entry where an article's second time falls in another
    run; the third is its transpose, with the shared slots of common terms
    holding their weightiest articles instead.  Common terms are sorted a
    batch of terms at a time, so the transient memory stays at a few bytes
    per entry of ``block``.

    Ranking a common term's articles by weight alone would pair each with
    the same few articles whatever their dates: in a large corpus where a
    story's words recur every year (a template, an annual report), those
    are articles of other years, and the near ones are never compared.
    """
    n, width = block.shape
    block.sort_indices()
    size = np.bincount(block.indices, minlength=width)
    if not (size > max_postings).any():
        return block, sp.identity(width, dtype=np.float32, format="csr"), block.T.tocsr()
    if times is None:
        times = np.full((n, 1), np.nan)
    # Terms renumbered among those present, in order (the corpus-wide
    # vocabulary is far larger than a block's).
    present = size > 0
    term = np.cumsum(present, dtype=np.int32)[block.indices] - 1
    size = size[present]
    del present
    common = size > max_postings
    run_size = max(1, max_postings // 2)
    row = np.repeat(np.arange(n, dtype=np.int32), np.diff(block.indptr))
    n_known = (~np.isnan(times)).sum(axis=1).astype(np.int8)
    in_common = common[term]
    dated = in_common & (n_known[row] > 0)
    # Each term's slots: one shared slot (all the articles of a rare term,
    # or a common term's articles of unknown time), then its runs.
    has_shared = ~common
    has_shared[term[in_common & ~dated]] = True
    n_items = np.bincount(term[dated], weights=n_known[row[dated]], minlength=len(size))
    n_runs = -(-n_items.astype(np.int64) // run_size)
    first_slot = np.cumsum(has_shared + n_runs) - n_runs - has_shared
    first_run = first_slot + has_shared
    n_slots = int(first_slot[-1] + has_shared[-1] + n_runs[-1])
    # A common term's articles of unknown time read its weightiest articles.
    reads_top = common & has_shared
    top = None
    if reads_top.any():
        wanted = np.flatnonzero(reads_top[term])
        needed = np.flatnonzero(reads_top)
        top = _keep_top(
            sp.csr_matrix(
                (block.data[wanted], (np.searchsorted(needed, term[wanted]), row[wanted])),
                shape=(len(needed), n),
            ),
            max_postings,
        )
        del wanted
    slot = first_slot[term].astype(np.int32 if n_slots < 2**31 else np.int64)
    extras, extra_slots = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=slot.dtype)]
    batches = _entry_ranges(np.concatenate([[0.0], np.cumsum(n_items)]), _TERM_BATCH)
    for low, high in batches if n_items.any() else []:
        entries = np.flatnonzero(dated & (term >= low) & (term < high))
        when = times[row[entries]]
        known = ~np.isnan(when)
        item = np.broadcast_to(entries[:, None], known.shape)[known]
        order = np.lexsort((row[item], when[known], term[item]))
        item = item[order]
        del entries, when, known, order
        terms = term[item]
        place = np.arange(len(item)) - np.searchsorted(terms, terms, side="left")
        slots = (first_run[terms] + place // run_size).astype(slot.dtype)
        del terms, place
        # An article's runs of one term, each once, in order.
        order = np.lexsort((slots, item))
        item, slots = item[order], slots[order]
        fresh = np.ones(len(item), dtype=bool)
        fresh[1:] = (item[1:] != item[:-1]) | (slots[1:] != slots[:-1])
        item, slots = item[fresh], slots[fresh]
        first = np.ones(len(item), dtype=bool)
        first[1:] = item[1:] != item[:-1]
        slot[item[first]] = slots[first]
        extras.append(item[~first])
        extra_slots.append(slots[~first])
        del order, item, slots, fresh, first
    del row, dated, in_common, n_items
    left = _with_extra_entries(block, slot, np.concatenate(extras), np.concatenate(extra_slots))
    left = sp.csr_matrix(left, shape=(n, n_slots))
    del slot, extras, extra_slots
    right = left.T.tocsr()
    if top is not None:
        right = _replace_rows(right, first_slot[needed], top)
        del top
    # A run reads itself and the runs of the same term next to it.
    many = np.flatnonzero(n_runs > 1)
    pairs = n_runs[many] - 1
    after = np.repeat(first_run[many] - np.cumsum(pairs) + pairs, pairs) + np.arange(pairs.sum())
    reader = np.concatenate([np.arange(n_slots), after, after + 1])
    read = np.concatenate([np.arange(n_slots), after + 1, after])
    spread = sp.csr_matrix(
        (np.ones(len(reader), dtype=np.float32), (reader, read)), shape=(n_slots,) * 2
    )
    return left, spread, right


#: Times of common terms' articles sorted at once in :func:`_postings` (~60 MB).
_TERM_BATCH = 1_000_000


def _with_extra_entries(
    matrix: sp.csr_matrix, columns: np.ndarray, extra: np.ndarray, extra_columns: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR arrays of ``matrix`` with its entries' columns renamed, and extra entries.

    Entry ``extra[i]`` (an index into ``matrix``'s entries) gains a copy of
    its value in column ``extra_columns[i]``, placed right after it: each
    entry's extra columns are consecutive in ``extra``, ascending, and
    below the next entry's column.  With no extra entries, the values and
    row pointers are ``matrix``'s own arrays.
    """
    if not len(extra):
        return matrix.data, columns, matrix.indptr
    size = len(columns) + len(extra)
    position = np.zeros(len(columns) + 1, dtype=np.int32 if size < 2**31 else np.int64)
    np.add.at(position, extra + 1, 1)
    np.cumsum(position, out=position)
    position = position[:-1]
    position += np.arange(len(columns), dtype=position.dtype)
    indices = np.empty(size, dtype=columns.dtype)
    data = np.empty(size, dtype=matrix.data.dtype)
    indices[position] = columns
    data[position] = matrix.data
    new = np.ones(len(extra), dtype=bool)
    new[1:] = extra[1:] != extra[:-1]
    step = np.arange(len(extra))
    step -= np.maximum.accumulate(np.where(new, step, 0)) - 1
    spot = position[extra] + step
    del position, new, step
    indices[spot] = extra_columns
    data[spot] = matrix.data[extra]
    owner = np.searchsorted(matrix.indptr, extra, side="right") - 1
    added = np.bincount(owner, minlength=matrix.shape[0])
    indptr = np.concatenate([[0], np.cumsum(np.diff(matrix.indptr) + added)])
    return data, indices, indptr.astype(matrix.indptr.dtype)


def _replace_rows(matrix: sp.csr_matrix, rows: np.ndarray, other: sp.csr_matrix) -> sp.csr_matrix:
    """``matrix`` with ``rows`` replaced by the rows of ``other``, in order."""
    other = other.tocsr()
    replaced = np.zeros(matrix.shape[0], dtype=bool)
    replaced[rows] = True
    counts = np.diff(matrix.indptr)
    counts[rows] = np.diff(other.indptr)
    from_other = np.repeat(replaced, counts)
    kept = ~np.repeat(replaced, np.diff(matrix.indptr))
    indices = np.empty(counts.sum(), dtype=matrix.indices.dtype)
    data = np.empty(len(indices), dtype=matrix.data.dtype)
    indices[~from_other] = matrix.indices[kept]
    data[~from_other] = matrix.data[kept]
    indices[from_other] = other.indices
    data[from_other] = other.data
    indptr = np.concatenate([[0], np.cumsum(counts)]).astype(matrix.indptr.dtype)
    return sp.csr_matrix((data, indices, indptr), shape=matrix.shape)


def _posting_times(clock: tuple, window_days: float) -> np.ndarray:
    """The times by which :func:`_postings` orders a common term's articles.

    Per row, its publication day, and its story day when that is more than
    ``window_days`` away (a re-post years later, which belongs beside its
    story; or a wrong date) or the publication is unknown; NaN otherwise.
    """
    day, _times, story = clock
    with np.errstate(invalid="ignore"):
        other = np.where(np.isnan(day) | (np.abs(story - day) > window_days), story, np.nan)
    return np.column_stack([day, other])


# Entries of the sparse products computed at once in _candidate_pairs and
# _pair_similarity, and first rows densified at once in _pair_similarity:
# they bound memory (~100 MB) whatever the corpus size.  32 first rows keep
# the dense block small enough for the cache (1.2-1.4x faster than 128 on
# 20,000 generated articles, the same sums).
_CHUNK_BUDGET = 4_000_000
_SIMILARITY_ROWS = 32


def _keep_top(matrix: sp.csr_matrix, k: int, *, shared: np.ndarray | None = None) -> sp.csr_matrix:
    """The ``k`` largest entries of every row; ties go to the smaller column.

    With ``shared`` (a boolean per column), only the entries of those columns
    count.  The result has sorted column indices.  Works in row ranges of
    about :data:`_TOP_ENTRIES` entries, so the transient memory stays small
    beside the matrix itself.
    """
    matrix = matrix.tocsr()
    bounds = _entry_ranges(matrix.indptr, _TOP_ENTRIES)
    if len(bounds) > 1:
        return sp.vstack(
            [_keep_top(matrix[start:end], k, shared=shared) for start, end in bounds],
            format="csr",
        )
    keep = np.ones(matrix.nnz, dtype=bool) if shared is None else shared[matrix.indices]
    rows = np.repeat(np.arange(matrix.shape[0], dtype=np.int32), np.diff(matrix.indptr))
    kept = np.bincount(rows[keep], minlength=matrix.shape[0])
    # A loop over the rows that need trimming only: linear, a few µs each.
    for row in np.flatnonzero(kept > k):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        eligible = keep[start:end]
        values = matrix.data[start:end]
        candidates = values[eligible]
        kth = np.partition(candidates, len(candidates) - k)[len(candidates) - k]
        above = eligible & (values > kth)
        tied = np.flatnonzero(eligible & (values == kth))
        tied = tied[np.argsort(matrix.indices[start:end][tied], kind="stable")]
        above[tied[: k - int(above.sum())]] = True
        keep[start:end] = above
        kept[row] = k
    indptr = np.zeros(matrix.shape[0] + 1, dtype=np.int64)
    np.cumsum(kept, out=indptr[1:])
    top = sp.csr_matrix(
        (matrix.data[keep], matrix.indices[keep], indptr.astype(matrix.indptr.dtype)),
        shape=matrix.shape,
    )
    top.sort_indices()
    return top


def _entry_ranges(indptr: np.ndarray, budget: float) -> list[tuple[int, int]]:
    """Consecutive row ranges of a CSR matrix holding about ``budget`` entries each.

    ``indptr`` may be any running total that starts at 0 (a cost per row).
    """
    n = len(indptr) - 1
    bounds = [0]
    while bounds[-1] < n:
        end = int(np.searchsorted(indptr, indptr[bounds[-1]] + budget, side="right")) - 1
        bounds.append(min(n, max(end, bounds[-1] + 1)))
    return list(itertools.pairwise(bounds))


#: Entries :func:`_keep_top` trims at once (~20 bytes of temporaries each).
_TOP_ENTRIES = 4_000_000


def _row_chunks(
    matrix: sp.csr_matrix, cost_per_column: np.ndarray, budget: int
) -> list[tuple[int, int]]:
    """Consecutive row ranges whose product cost (sum over entries) stays near ``budget``."""
    return _entry_ranges(_running_cost(matrix, cost_per_column), budget)


def _running_cost(matrix: sp.csr_matrix, cost_per_column: np.ndarray) -> np.ndarray:
    """The cost of the rows before each row (and of all), summed over their entries' columns."""
    # One array of the entries' size, summed in place, read at each row's start.
    running = np.empty(matrix.nnz + 1)
    running[0] = 0.0
    np.take(np.asarray(cost_per_column, dtype=float), matrix.indices, out=running[1:])
    np.cumsum(running, out=running)
    return running[matrix.indptr]


def _proposal_ranges(index: tuple, k: int) -> list[tuple[int, int]]:
    """``k`` consecutive row ranges of about equal cost for :func:`_proposals`, some maybe empty."""
    block, spread, by_term = index[:3]
    cost = _running_cost(block, spread @ np.diff(by_term.indptr))
    cuts = np.searchsorted(cost, np.linspace(0.0, cost[-1], k + 1)[1:-1], side="right")
    return list(itertools.pairwise([0, *np.minimum(cuts, block.shape[0]).tolist(), block.shape[0]]))


def _pair_similarity(
    blocks: Sequence[sp.csr_matrix], starts: np.ndarray, first: np.ndarray, second: np.ndarray
) -> np.ndarray:
    """Dot products of rows ``first[p]`` and ``second[p]`` (``first`` sorted), by block pairs."""
    if len(blocks) == 1:
        rows = blocks[0]
        return _pair_products(rows, rows, first, second)
    similarity = np.zeros(len(first))
    block_of_first = np.searchsorted(starts, first, side="right") - 1
    block_of_second = np.searchsorted(starts, second, side="right") - 1
    for i in range(len(blocks)):
        here = np.flatnonzero(block_of_first == i)
        if len(here) == 0:
            continue
        rows = blocks[i]
        for j in range(len(blocks)):
            pairs = here[block_of_second[here] == j]
            if len(pairs) == 0:
                continue
            others = rows if j == i else blocks[j]
            similarity[pairs] = _pair_products(
                rows, others, first[pairs] - starts[i], second[pairs] - starts[j]
            )
            del others
        del rows
    return similarity


def _pair_products(
    features: sp.csr_matrix, seconds: sp.csr_matrix, first: np.ndarray, second: np.ndarray
) -> np.ndarray:
    """Dot products of ``features`` row ``first[p]`` and ``seconds`` row ``second[p]``.

    ``first`` is sorted; every pair's products are summed in the order of
    its second row's entries, term range by term range (see
    :func:`_ranges_summed`), so the result does not depend on the chunks.
    """
    similarity = np.zeros(len(first))
    n_ranges = term_ranges(max(features.shape[1], seconds.shape[1]))
    # Column of each term in the current dense block; 0 is a column of zeros
    # for the terms the block's rows lack.
    position = np.zeros(max(features.shape[1], seconds.shape[1]), dtype=np.int64)
    pair_cost = np.cumsum(np.diff(seconds.indptr)[second])
    start = 0
    while start < len(first):
        done = pair_cost[start - 1] if start else 0
        end = max(start + 1, int(np.searchsorted(pair_cost, done + _CHUNK_BUDGET, side="right")))
        low = first[start]
        end = start + int(np.searchsorted(first[start:end], low + _SIMILARITY_ROWS))
        high = first[end - 1] + 1
        # Scatter the chunk's first rows into a small dense block over their own
        # terms, then gather the second rows' entries from it.
        rows = features[low:high]
        # The distinct terms of these rows, without sorting: the last entry of
        # each term claims it.
        entry = np.arange(1, rows.nnz + 1)
        position[rows.indices] = entry
        terms = rows.indices[position[rows.indices] == entry]
        width = len(terms) + 1
        position[terms] = np.arange(1, width)
        dense = np.zeros((high - low) * width)
        row_of = np.repeat(np.arange(high - low), np.diff(rows.indptr))
        dense[row_of * width + position[rows.indices]] = rows.data
        others = seconds[second[start:end]]
        pair = np.repeat(np.arange(end - start), np.diff(others.indptr))
        cells = (first[start:end] - low)[pair] * width + position[others.indices]
        products = dense.take(cells) * others.data
        similarity[start:end] = _ranges_summed(
            pair, others.indices, products, end - start, n_ranges
        )
        position[terms] = 0
        start = end
    return similarity


def _ranges_summed(
    pair: np.ndarray, columns: np.ndarray, products: np.ndarray, n_pairs: int, n_ranges: int
) -> np.ndarray:
    """Each pair's products summed per term range (in entry order), then over the ranges in order.

    The fixed order makes a similarity the same whether one place sums all
    its terms or each term range is summed apart, from that range's entries
    (:func:`term_range_rows`, as the Dask path does), and the partial sums
    are added afterwards with :func:`add_ranges`.
    """
    if n_ranges <= 1:
        return np.bincount(pair, weights=products, minlength=n_pairs)
    cell = pair * n_ranges + (columns >> _TERM_RANGE_BITS)
    partial = np.bincount(cell, weights=products, minlength=n_pairs * n_ranges)
    return add_ranges(partial.reshape(n_pairs, n_ranges).T)


def add_ranges(partials: Sequence[np.ndarray]) -> np.ndarray:
    """Per-term-range partial similarities (one array per range, in range order) added up."""
    total = np.array(partials[0], dtype=float)
    for partial in partials[1:]:
        total += partial
    return total


def term_ranges(width: int) -> int:
    """How many term ranges of :data:`_TERM_RANGE_BITS` columns cover ``width`` columns."""
    return max(1, -(-width >> _TERM_RANGE_BITS))


def term_range_rows(rows: sp.csr_matrix, number: int) -> sp.csr_matrix:
    """``rows`` with only the entries of term range ``number`` (columns and order kept)."""
    keep = (rows.indices >> _TERM_RANGE_BITS) == number
    kept = np.zeros(len(keep) + 1, dtype=np.int64)
    np.cumsum(keep, out=kept[1:])
    return sp.csr_matrix((rows.data[keep], rows.indices[keep], kept[rows.indptr]), shape=rows.shape)


#: Columns per term range of :func:`_ranges_summed`: 2**19, so the hashed
#: words (2**22 columns) fall in eight ranges and the entity ids in a ninth.
_TERM_RANGE_BITS = 19


def _links(
    n: int,
    first: np.ndarray,
    second: np.ndarray,
    similarity: np.ndarray,
    far: np.ndarray,
    differ: np.ndarray,
    *,
    min_similarity: float,
    strong_similarity: float,
    relative: float,
) -> sp.csr_matrix:
    """Links between candidate pairs (see :func:`cluster_events` for the rules)."""
    # Copies must not raise the bar for an article's other links: the best
    # neighbour is sought among non-duplicate pairs of its own time.
    distinct = similarity < _DUPLICATE_SIMILARITY
    best = np.zeros(n)
    np.maximum.at(best, first[distinct & ~far], similarity[distinct & ~far])
    np.maximum.at(best, second[distinct & ~far], similarity[distinct & ~far])
    near_best = (similarity >= relative * best[first]) & (similarity >= relative * best[second])
    strong = similarity >= strong_similarity
    # Stories told for different days (see _story_dates_differ) link only as
    # each other's closest story, or where one of them shares its day with
    # no close candidate (its outlet's wrong date) and this is its closest:
    # the wrong date stays with its event, while a look-alike story of
    # another day, closer to its own event, does not join this one.
    usual = distinct & ~far & ~differ
    best_same = np.zeros(n)
    np.maximum.at(best_same, first[usual], similarity[usual])
    np.maximum.at(best_same, second[usual], similarity[usual])
    closest_first, closest_second = similarity >= best[first], similarity >= best[second]
    alone = (closest_first & (best_same[first] < relative * similarity)) | (
        closest_second & (best_same[second] < relative * similarity)
    )
    near_best &= similarity >= min_similarity
    linked = np.where(
        differ,
        (near_best & closest_first & closest_second) | (alone & (strong | near_best)),
        strong | near_best,
    )
    keep = linked & (~far | ~distinct)
    return sp.csr_matrix((np.ones(int(keep.sum())), (first[keep], second[keep])), shape=(n, n))


def _clock(published: np.ndarray, mentioned: tuple[np.ndarray, np.ndarray] | None) -> tuple:
    """Each row's times for :func:`_far_apart` and :func:`_story_dates_differ`.

    Returns the publication days (NaN when unknown); when there are
    mentioned dates, every row's times sorted by row (start, count, days),
    else None; and each row's *story day*: the latest day it mentions that
    is not after its publication (NaN when it mentions none).  Days count
    from 1970-01-01.
    """
    day = (published - np.datetime64(0, "D")) / np.timedelta64(1, "D")
    story = np.full(len(day), np.nan)
    if mentioned is None or not len(mentioned[0]):
        return day, None, story
    rows, days = mentioned
    days = days - _UNIX_ORDINAL
    # A text can announce a later date; the story is what has happened by publication.
    past = ~(days > day[rows] + _STORY_DAY_TOLERANCE)
    np.fmax.at(story, rows[past], days[past].astype(float))
    known = np.flatnonzero(~np.isnan(day))
    owner = np.concatenate([known, rows])
    when = np.concatenate([day[known], days])
    order = np.lexsort((when, owner))
    owner, when = owner[order], when[order]
    times = (
        np.searchsorted(owner, np.arange(len(day))),
        np.bincount(owner, minlength=len(day)),
        when,
    )
    return day, times, story


def _story_dates_differ(
    first: np.ndarray, second: np.ndarray, clock: tuple, far: np.ndarray
) -> np.ndarray:
    """Pairs of the same time whose story days (see :func:`_clock`) are both known and differ.

    More than ``_STORY_DAY_TOLERANCE`` days apart: the same template
    filled in for two happenings a week apart (two monthly figures, two
    matches), or one outlet's wrong date.  Pairs already far apart are left
    to that rule.
    """
    story = clock[2]
    with np.errstate(invalid="ignore"):
        return ~far & (np.abs(story[first] - story[second]) > _STORY_DAY_TOLERANCE)


def _far_apart(
    first: np.ndarray, second: np.ndarray, clock: tuple, window_days: float
) -> np.ndarray:
    """Whether each pair's times (publication and mentioned dates) are all ``window_days`` apart.

    ``clock`` is :func:`_clock`'s.  Only pairs whose publication dates are
    both known and further apart than ``window_days`` can be far: a
    mentioned date brings two articles together (a re-post dated years
    later that states the story's date), never apart, since a text may
    mention any past date.  Such pairs compare every time of one with every
    time of the other.  Pairs are taken in slices, so the transient memory
    stays small beside the pairs.
    """
    day, times, _story = clock
    far = np.zeros(len(first), dtype=bool)
    for lo in range(0, len(first), _PAIR_SLICE):
        a, b = first[lo : lo + _PAIR_SLICE], second[lo : lo + _PAIR_SLICE]
        here = np.abs(day[a] - day[b]) > window_days  # False where a date is unknown
        if times is not None and here.any():
            pick = np.flatnonzero(here)
            here[pick] = _times_apart(a[pick], b[pick], times, window_days)
        far[lo : lo + _PAIR_SLICE] = here
    return far


def _times_apart(a: np.ndarray, b: np.ndarray, times: tuple, window_days: float) -> np.ndarray:
    """Whether every time of article ``a[p]`` is ``window_days`` from every time of ``b[p]``."""
    start, count, when = times
    size = count[a] * count[b]
    cost = np.cumsum(size)
    total = int(cost[-1]) if len(cost) else 0
    cuts = np.searchsorted(cost, np.arange(_TIME_PAIRS, total, _TIME_PAIRS))
    out = np.zeros(len(a), dtype=bool)
    for lo, hi in itertools.pairwise([0, *cuts.tolist(), len(a)]):
        pair = np.repeat(np.arange(hi - lo), size[lo:hi])
        offset = np.arange(len(pair)) - np.repeat(np.cumsum(size[lo:hi]) - size[lo:hi], size[lo:hi])
        width = count[b[lo:hi]][pair]
        mine = when[start[a[lo:hi]][pair] + offset // width]
        apart = np.abs(mine - when[start[b[lo:hi]][pair] + offset % width])
        closest = np.full(hi - lo, np.inf)
        np.minimum.at(closest, pair, apart)
        out[lo:hi] = closest > window_days
    return out


#: Days by which two story days may differ and still be the same (a late-night report).
_STORY_DAY_TOLERANCE = 1.0

#: Pairs :func:`_far_apart` compares at once.
_PAIR_SLICE = 1_000_000

#: Pairs of times :func:`_times_apart` compares at once: each costs ~50 bytes
#: of temporaries, so ~50 MB (4,000,000 took ~220 MB, the peak of event linking
#: in the streamed path at 100,000 articles).
_TIME_PAIRS = 1_000_000

# Proleptic ordinal of 1970-01-01, so that mentioned days and datetime64 days compare.
_UNIX_ORDINAL = datetime.date(1970, 1, 1).toordinal()


# --------------------------------------------------------------------------------------------
# Agreement
# --------------------------------------------------------------------------------------------


def agreement_features(
    claims: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    method: str = "truthfinder",
    key_threshold: float = 85.0,
    duplicate_containment: float = 0.7,
    prior: float = 1.0,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Check every claim against the other outlets covering the same event.

    Within each event (``articles["event_id"]``), claims about the same thing
    are aligned across articles: number and date claims, and entity claims
    (person, organisation, place) that carry a ``key`` such as a role, by
    the similarity of their ``key`` (rapidfuzz token-sort ratio at least
    ``key_threshold``) or, for numbers of at least 10 and full dates or
    years, by an identical value; entity claims without a key by ``value``
    (the ``entity_id``). Keys are read for how much they say: a generic
    date key (a bare event noun: "announcement") aligns only with a near
    date (one part or a week apart) or beside the same organisation, and
    with other nouns of its family ("a note sent") only on a slipped date
    (November 4 vs December 4) or beside the same organisation; a count of
    an organisation's people ("120 Europeans" after naming the mission, "the
    130-strong mission") aligns with counts of the same organisation of
    similar size (within 1.5x) whatever their key; an entity role aligns
    on its normalised role (ranks dropped, "vice" = "deputy"), corroborated
    by the same entity, and conflicts with another entity only where both
    roles have one holder ("head of the Wagner Group", not "general" or
    "president"). Aligned values are the same, compatible (1,500 vs
    1,487 within rounding; a date vs its month) or conflicting (120 vs 130;
    2023-11-04 vs 2023-12-04). Only *independent* articles count: articles
    of the same ``source`` and near-duplicate texts (one contains at least
    ``duplicate_containment`` of the other's word 5-gram shingles; texts of
    under five words: the same words) form one unit that counts once. Units
    are weighted by the trust that :func:`scorer.truth.discover`
    (``method``) estimates from the event's claims.

    Trust is estimated per event, not per outlet across the corpus: a unit
    exists only within its event, and an outlet's record on other stories
    is not evidence about this one. The default TruthFinder runs on every
    event at once (one block-diagonal iteration in which each event stops
    when its own trust converges, giving what ``discover`` gives on that
    event alone); the other methods call ``discover`` once per event, which
    is slower (~4 ms an event). Every step is scoped by event: the rows of
    one event are the same whether it is passed alone or with the corpus.

    Claims are compared class by class (a class: the claims of one event
    and kind with the same normalised key and value), so cost grows with
    the number of claims and of distinct (key, value) pairs of an event,
    not with the square of its claims (10,000 articles in events of 1,000
    take a few seconds).

    Parameters
    ----------
    claims : pandas.DataFrame
        Claims with :data:`scorer.schema.CLAIM_COLUMNS` (at least
        ``article_id``, ``kind``, ``key``, ``value``).
    articles : pandas.DataFrame
        Articles with ``article_id`` and ``event_id`` (``source``, ``text``
        and ``error`` are used when present).
    method : str
        Truth-discovery method for the outlets' trust, one of
        :data:`scorer.truth.METHODS` (ValueError otherwise).
    key_threshold : float
        Minimum key similarity (0-100) for number and date claims to align.
    duplicate_containment : float
        Shingle containment above which two texts are copies of each other.
    prior : float
        Strength of the neutral prior in the agreement score (see Returns).

    Returns
    -------
    claims : pandas.DataFrame
        The input claims (same rows and order) with ``status`` (one of
        ``corroborated``, ``contradicted``, ``uncorroborated``), ``support``
        (number of independent other units agreeing) and ``conflict_with``
        (";"-joined ids of the articles disagreeing, sorted; "" when none;
        beyond :data:`MAX_CONFLICT_IDS` (20) ids, the first 20 then
        ``"+N more"``, e.g. ``"a01;...;a20;+480 more"``) filled. A
        claim is corroborated when at least one independent unit agrees and
        the units holding its value (its own included) carry at least as much
        trust as those disagreeing, contradicted otherwise when any disagree, and
        uncorroborated when no independent unit reports on it.
    features : pandas.DataFrame
        Indexed by ``article_id`` (all articles, in order): ``agreement`` in
        [0, 1], 1 when every checked claim is confirmed by trusted outlets,
        0 when trusted outlets contradict them all, 0.5 for claims nobody
        else reports on; computed as ``sum(A + prior / 2) / sum(A + C + prior)``
        over the article's claims, A and C being the trust of the units
        agreeing and disagreeing with a claim. NaN with
        ``agreement_reason`` when no independent article covers the event,
        when the article has no claims, has an error or no text;
        ``n_corroborated``, ``n_contradicted``, ``n_uncorroborated``;
        ``n_independent`` (independent other units covering the event).

    Examples
    --------
    >>> articles = pd.DataFrame({
    ...     "article_id": ["a", "b", "c"], "source": ["A", "B", "C"],
    ...     "text": ["Niger ended the missions on December 4.",
    ...              "The note was sent on December 4, the ministry said.",
    ...              "Niger announced the decision on November 4."],
    ...     "event_id": ["e1", "e1", "e1"],
    ... })
    >>> claims = pd.DataFrame({
    ...     "article_id": ["a", "b", "c"], "kind": "date",
    ...     "key": "note to the EU", "value": ["2023-12-04", "2023-12-04", "2023-11-04"],
    ... })
    >>> checked, features = agreement_features(claims, articles)
    >>> checked[["article_id", "status", "support", "conflict_with"]]
      article_id        status  support conflict_with
    0          a  corroborated        1             c
    1          b  corroborated        1             c
    2          c  contradicted        0           a;b
    >>> features["agreement"].round(2).tolist()
    [0.53, 0.53, 0.22]
    """
    _require(claims, [ARTICLE_ID, "kind", "key", "value"], "agreement_features", "claims")
    _require(articles, [ARTICLE_ID, EVENT_ID], "agreement_features", "articles")
    if method not in METHODS:
        raise ValueError(
            f"agreement_features: unknown method {method!r}; expected one of {METHODS}"
        )
    article_ids = articles[ARTICLE_ID].astype("string")
    # Truth discovery and the vote counts add floats in the order of the
    # articles and claims (and name units after their first article): both are
    # processed sorted by article id, claims keeping their order within an
    # article, so that permuting the input changes no bit of the result.
    claim_order = _canonical_order(claims[ARTICLE_ID])
    sorted_claims = claims.iloc[claim_order]
    sorted_articles = articles.iloc[_canonical_order(article_ids)]
    usable = pd.Series(True, index=sorted_articles.index)
    if ERROR in sorted_articles.columns:
        usable &= sorted_articles[ERROR].isna()
    if TEXT in sorted_articles.columns:
        usable &= sorted_articles[TEXT].astype("string").fillna("").str.strip().str.len().gt(0)
    event = sorted_articles[EVENT_ID].astype("string").where(usable)
    in_event = event.notna().to_numpy(dtype=bool)
    event_of = pd.Series(
        event.to_numpy(), index=pd.Index(sorted_articles[ARTICLE_ID].astype("string").to_numpy())
    )
    event_of = event_of[~event_of.index.duplicated()]
    claim_event = sorted_claims[ARTICLE_ID].astype("string").map(event_of)

    status = np.full(len(claims), _UNCORROBORATED, dtype=object)
    support = np.zeros(len(claims), dtype=np.int64)
    conflict_with = np.full(len(claims), "", dtype=object)
    in_events = sorted_articles.loc[in_event].assign(**{EVENT_ID: event.loc[in_event]})
    found_parts = [_empty_features(np.zeros(0, dtype=object))]
    for article_rows, sorted_rows in _event_batches(in_events[EVENT_ID], claim_event):
        claim_rows = claim_order[sorted_rows]
        checked, found = _event_agreement(
            sorted_claims.iloc[sorted_rows],
            in_events.iloc[article_rows],
            method=method,
            key_threshold=key_threshold,
            duplicate_containment=duplicate_containment,
            prior=prior,
        )
        status[claim_rows] = checked["status"].to_numpy()
        support[claim_rows] = checked["support"].to_numpy()
        conflict_with[claim_rows] = checked["conflict_with"].to_numpy()
        found_parts.append(found)
    found = pd.concat(found_parts)

    claims_out = claims.copy()
    claims_out["status"] = pd.array(status, dtype="string")
    claims_out["support"] = support
    claims_out["conflict_with"] = pd.array(conflict_with, dtype="string")
    ordered = [column for column in CLAIM_COLUMNS if column in claims_out.columns]
    claims_out = claims_out[ordered + [c for c in claims_out.columns if c not in ordered]]

    found = found[~found.index.duplicated()]
    position = pd.Index(found.index).get_indexer(article_ids.to_numpy())
    rated = position >= 0
    features = _empty_features(article_ids.to_numpy())
    features["agreement_reason"] = _NO_EVENT
    for column in AGREEMENT_COLUMNS:
        values = features[column].to_numpy(dtype=object)
        values[rated] = found[column].to_numpy(dtype=object)[position[rated]]
        features[column] = values
    features = features.astype(
        {
            "agreement": "float64",
            "agreement_reason": "string",
            "n_corroborated": "int64",
            "n_contradicted": "int64",
            "n_uncorroborated": "int64",
            "n_independent": "int64",
        }
    )
    return claims_out, features


# Claims and articles handled in one _event_agreement call: memory grows
# linearly with them (~150 bytes a claim), so this bounds it (~150 MB) on
# corpora of any size.
_CLAIM_BUDGET = 1_000_000


def _event_batches(
    article_event: pd.Series, claim_event: pd.Series
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Positions of the articles and of the claims of whole events, batch by batch."""
    names, article_code = np.unique(article_event.to_numpy(dtype=object), return_inverse=True)
    if len(names) == 0:
        return []
    known = claim_event.notna().to_numpy(dtype=bool)
    claim_rows = np.flatnonzero(known)
    claim_code = np.searchsorted(names, claim_event.to_numpy(dtype=object)[known])
    cost = np.bincount(claim_code, minlength=len(names)) + np.bincount(
        article_code, minlength=len(names)
    )
    _, batch = np.unique((np.cumsum(cost) - cost) // _CLAIM_BUDGET, return_inverse=True)
    n_batches = int(batch.max()) + 1
    article_batch, claim_batch = batch[article_code], batch[claim_code]
    # Stable sorts: within a batch, articles and claims keep their order.
    article_order = np.argsort(article_batch, kind="stable")
    claim_order = claim_rows[np.argsort(claim_batch, kind="stable")]
    article_bounds = np.searchsorted(np.sort(article_batch), np.arange(n_batches + 1))
    claim_bounds = np.searchsorted(np.sort(claim_batch), np.arange(n_batches + 1))
    return [
        (
            article_order[article_bounds[b] : article_bounds[b + 1]],
            claim_order[claim_bounds[b] : claim_bounds[b + 1]],
        )
        for b in range(n_batches)
    ]


def _canonical_order(ids: pd.Series) -> np.ndarray:
    """Positions that sort ``ids`` (missing ids first), equal ids keeping their order."""
    codes, _ = pd.factorize(ids.astype("string"), sort=True)
    return np.argsort(codes, kind="stable")


def _empty_features(article_ids: np.ndarray) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "agreement": np.nan,
            "agreement_reason": pd.Series(pd.NA, index=range(len(article_ids)), dtype="string"),
            "n_corroborated": 0,
            "n_contradicted": 0,
            "n_uncorroborated": 0,
            "n_independent": 0,
        },
        index=range(len(article_ids)),
    )
    frame.index = pd.Index(article_ids, name=ARTICLE_ID)
    return frame


def _event_agreement(
    claims: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    method: str,
    key_threshold: float,
    duplicate_containment: float,
    prior: float,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Agreement within events: claims with status, and per-article features.

    ``articles`` holds one or more whole events (``event_id`` set) and
    ``claims`` only claims of those articles. Every step is keyed by event,
    so one call over many events equals one call per event.
    """
    article_ids = articles[ARTICLE_ID].astype("string").to_numpy(dtype=object)
    if len(article_ids) == 0:
        checked = pd.DataFrame(
            {"status": _UNCORROBORATED, "support": 0, "conflict_with": ""}, index=claims.index
        )
        return checked, _empty_features(article_ids)
    events, event_names = pd.factorize(articles[EVENT_ID].astype("string"), sort=True)
    n_events = len(event_names)
    unit = _independence_units(articles, events, duplicate_containment)
    n_units = int(unit.max()) + 1 if len(unit) else 0
    # A unit is named after its first article, as truth discovery sees it.
    _, first_article = np.unique(unit, return_index=True)
    unit_label = article_ids[first_article]
    unit_event = events[first_article]
    units_in_event = np.bincount(unit_event, minlength=n_events)
    articles_in_event = np.bincount(events, minlength=n_events)

    first_row = ~pd.Index(article_ids).duplicated()
    claim_article = claims[ARTICLE_ID].astype("string").to_numpy(dtype=object)
    claim_row = np.flatnonzero(first_row)[
        pd.Index(article_ids[first_row]).get_indexer(claim_article)
    ]
    claim_event = events[claim_row]
    claim_unit = unit[claim_row]
    kinds = claims["kind"].astype("string").fillna("").to_numpy(dtype=object)
    values = claims["value"].astype("string").fillna("").str.strip().to_numpy(dtype=object)
    keys = (
        claims["key"]
        .astype("string")
        .fillna("")
        .str.casefold()
        .str.replace(_NOT_WORD, " ", regex=True)
        .str.strip()
        .to_numpy(dtype=object)
    )
    value_code, parsed = _parse_values(values)
    facts = _facts_of(kinds, keys)
    anchors = _claim_anchors(claims, kinds, keys, facts)
    # Entity claims are compared by their role, ranks and honorifics dropped.
    keys = np.where(np.isin(kinds, _ENTITY_KINDS), facts["role"], keys)
    anchor_code, _ = pd.factorize(anchors, sort=True)

    claim_class, class_pos, class_group = _claim_classes(
        claim_event, kinds, keys, values, value_code, anchor_code
    )
    representative = class_pos  # the first claim of every class stands for it
    class_first, class_second = _aligned_classes(
        class_group,
        kinds[representative],
        keys[representative],
        value_code[representative],
        np.where(anchors[representative] == "", -1, anchor_code[representative]),
        {name: column[representative] for name, column in facts.items()},
        parsed,
        key_threshold,
    )
    compatible = _compatible_codes(
        kinds[representative][class_first],
        value_code[representative][class_first],
        value_code[representative][class_second],
        parsed,
    )
    cells = _Cells(claim_class, claim_unit, len(class_pos), max(n_units, 1))
    rows, group = _trust_objects(cells, claim_class, class_pos, class_first, class_second)
    trust = _unit_trust(
        claim_event,
        claim_unit,
        unit_label,
        unit_event,
        kinds,
        values,
        value_code,
        parsed,
        rows,
        group,
        method=method,
    )
    votes = _class_votes(cells, class_first, class_second, compatible, trust, len(claims))
    conflict_text = _conflict_lists(
        cells,
        claim_class,
        claim_row,
        article_ids,
        unit,
        class_first,
        class_second,
        compatible,
        votes,
    )

    # Every claim is in its own class, so its own unit is among those agreeing
    # with the class: one vote and its trust come off.
    n_claims = len(claims)
    eligible = claim_class >= 0
    own_class = claim_class[eligible]
    own_trust = trust[claim_unit]
    agree_mass = np.zeros(n_claims)
    conflict_mass = np.zeros(n_claims)
    support = np.zeros(n_claims, dtype=np.int64)
    n_disagreeing = np.zeros(n_claims, dtype=np.int64)
    holding = np.zeros(n_claims)  # trust of the units holding the claim's value, its own included
    conflict_with = np.full(n_claims, "", dtype=object)
    support[eligible] = votes.n_agreeing[own_class] - 1
    holding[eligible] = votes.agree_mass[own_class]
    agree_mass[eligible] = holding[eligible] - own_trust[eligible]
    conflict_mass[eligible] = votes.conflict_mass[own_class]
    n_disagreeing[eligible] = votes.n_disagreeing[own_class]
    conflict_with[eligible] = conflict_text[own_class]

    # The claim's own unit votes too: two outlets against one is not a tie.
    checked_any = (support > 0) | (conflict_mass > 0) | (n_disagreeing > 0)
    status = np.where(
        ~checked_any,
        _UNCORROBORATED,
        np.where((support > 0) & (holding >= conflict_mass), _CORROBORATED, _CONTRADICTED),
    )
    checked = pd.DataFrame(
        {"status": status, "support": support, "conflict_with": conflict_with},
        index=claims.index,
    )

    per_claim = pd.DataFrame(
        {
            ARTICLE_ID: claim_article,
            "numerator": agree_mass + prior / 2,
            "denominator": agree_mass + conflict_mass + prior,
            "corroborated": status == _CORROBORATED,
            "contradicted": status == _CONTRADICTED,
            "uncorroborated": status == _UNCORROBORATED,
        }
    )
    totals = per_claim.groupby(ARTICLE_ID, sort=False).sum()
    totals = totals.reindex(pd.Index(article_ids)).fillna(0)
    features = _empty_features(article_ids).assign(n_independent=units_in_event[events] - 1)
    for status_name in CLAIM_STATUSES:
        features[f"n_{status_name}"] = totals[status_name].astype("int64").to_numpy()
    n_claims_of = totals[list(CLAIM_STATUSES)].sum(axis=1).to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        score = totals["numerator"].to_numpy() / totals["denominator"].to_numpy()
    reason = np.where(n_claims_of > 0, None, _NO_CLAIMS).astype(object)
    reason[units_in_event[events] == 1] = _ONLY_COPIES
    reason[articles_in_event[events] == 1] = _NO_COVERAGE
    alone = units_in_event[events] == 1
    features["agreement"] = np.where((n_claims_of > 0) & ~alone, score, np.nan)
    features["agreement_reason"] = pd.array(reason, dtype="string")
    return checked, features


#: Columns of the table :func:`find_copies` returns.
COPY_COLUMNS = [ARTICLE_ID, "copy_of", "containment", "shared_shingles", "copied_share"]


def find_copies(articles: pd.DataFrame, *, containment: float = 0.7) -> pd.DataFrame:
    """Who copies or re-publishes whom, and how much.

    Texts are compared by their word 5-gram shingles (the shingles that make
    near-copies one independence unit in :func:`agreement_features`); a text
    of under five words has one shingle, its whole word sequence (case and
    punctuation ignored), so that its exact copies are found too. Two
    articles are a copy pair when either contains at least ``containment``
    of the other's shingles: a verbatim re-post, a re-post wrapped in page
    chrome, or an article lifted into a longer one. The original is the one
    published first; when either date is unknown or both are equal, the one
    that comes first in ``articles``. Only articles of the same event
    (``event_id``, when the column is there) are compared, and only those
    sharing a shingle (one sparse product, chunked): no all-pairs loop, so
    time grows with the shared shingles, not with the square of the corpus.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``article_id`` and ``text`` (``published``,
        ``event_id`` and ``error`` are used when present). Articles with an
        ``error``, no text, or a missing ``event_id`` (when the column is
        there) are not compared.
    containment : float
        Share (0-1) of one text's shingles the other must contain.

    Returns
    -------
    pandas.DataFrame
        One row per copy pair, columns :data:`COPY_COLUMNS`: ``article_id``
        (the copy), ``copy_of`` (the original), ``containment`` (share of the
        copy's shingles found in the original: 1.0 for a verbatim copy, less
        when chrome or new text surrounds it), ``shared_shingles`` and
        ``copied_share`` (share of the original's shingles found in the copy:
        how much of it was taken). Sorted by the copy's then the original's
        position in ``articles``; empty when nothing is copied.

    Examples
    --------
    >>> story = ("Niger's military government ended the two European Union security "
    ...          "missions on Monday and received a Russian delegation in Niamey.")
    >>> articles = pd.DataFrame({
    ...     "article_id": ["lemonde", "repost", "other"],
    ...     "text": [story, "Sponsor: QWIKET. Read more. " + story + " Share this article.",
    ...              "Apple unveils a new iPhone with a bigger battery and a new camera."],
    ...     "published": pd.to_datetime(["2023-12-06", "2025-06-26", "2023-12-06"]),
    ... })
    >>> find_copies(articles).round(2)
      article_id  copy_of  containment  shared_shingles  copied_share
    0     repost  lemonde         0.67               14           1.0
    """
    _require(articles, [ARTICLE_ID, TEXT], "find_copies", "articles")
    if not 0 < containment <= 1:
        raise ValueError(f"find_copies: containment must be in (0, 1], got {containment!r}")
    text = articles[TEXT].astype("string").fillna("")
    usable = text.str.strip().str.len().gt(0).to_numpy(dtype=bool)
    if ERROR in articles.columns:
        usable &= articles[ERROR].isna().to_numpy(dtype=bool)
    if EVENT_ID in articles.columns:
        event = articles[EVENT_ID].astype("string")
        usable &= event.notna().to_numpy(dtype=bool)
        scope = event.fillna("").to_numpy(dtype=object)
    else:
        scope = np.zeros(len(articles), dtype=np.int64)
    rows = np.flatnonzero(usable)
    empty = pd.DataFrame(
        {
            ARTICLE_ID: pd.Series([], dtype="string"),
            "copy_of": pd.Series([], dtype="string"),
            "containment": pd.Series([], dtype="float64"),
            "shared_shingles": pd.Series([], dtype="int64"),
            "copied_share": pd.Series([], dtype="float64"),
        }
    )
    if len(rows) < 2:
        return empty
    events, _ = pd.factorize(scope[rows], sort=True)
    if PUBLISHED in articles.columns:
        published = pd.to_datetime(articles[PUBLISHED], errors="coerce").to_numpy()[rows]
    else:
        published = np.full(len(rows), np.datetime64("NaT"), dtype="datetime64[ns]")
    parts = []
    for row, column, overlap, size in _shingle_overlaps(text.to_numpy(dtype=object)[rows], events):
        # Each unordered pair once (row < column), kept when either text is mostly the other's.
        keep = (row < column) & (
            np.maximum(overlap / size[row], overlap / size[column]) >= containment
        )
        parts.append((row[keep], column[keep], overlap[keep], size))
    if not parts:
        return empty
    first = np.concatenate([part[0] for part in parts])
    second = np.concatenate([part[1] for part in parts])
    overlap = np.concatenate([part[2] for part in parts])
    size = parts[0][3]
    # The later-published article copies the earlier one; without both dates, the later row.
    known = ~np.isnat(published[first]) & ~np.isnat(published[second])
    swap = known & (published[second] < published[first])
    copy, original = np.where(swap, first, second), np.where(swap, second, first)
    order = np.lexsort((original, copy))
    copy, original, overlap = copy[order], original[order], overlap[order]
    ids = articles[ARTICLE_ID].astype("string").to_numpy(dtype=object)[rows]
    return pd.DataFrame(
        {
            ARTICLE_ID: pd.array(ids[copy], dtype="string"),
            "copy_of": pd.array(ids[original], dtype="string"),
            "containment": overlap / size[copy],
            "shared_shingles": overlap.astype(np.int64),
            "copied_share": overlap / size[original],
        }
    )


# Shingles (word 5-grams) whose containment flags re-publications.
_SHINGLES = HashingVectorizer(
    analyzer="word",
    ngram_range=(5, 5),
    n_features=2**22,
    alternate_sign=False,
    norm=None,
    binary=True,
    lowercase=True,
)


#: Articles whose shingles are built at once in :func:`_shingle_overlaps`
#: (whole events; a larger event is a batch of its own): bounds its memory.
_SHINGLE_BATCH = 10_000


def _shingle_overlaps(texts: np.ndarray, events: np.ndarray):
    """Pairs of articles of one event sharing shingles, chunk by chunk.

    Yields ``(row, column, overlap, size)``: both articles' positions (every
    ordered pair, an article with itself included), the shingles they share,
    and every article's number of shingles (one array, filled batch by batch:
    complete for the rows yielded so far). Shingle columns are scoped by
    event, so one sparse product only meets articles of the same event, and
    the articles are taken in batches of whole events.
    """
    n = len(texts)
    if n == 0:
        return
    counts = np.bincount(events)
    shared = counts[events] > 1  # an article alone in its event has no copy to find
    if not shared.any():
        return
    size = np.zeros(n)
    batch_of_event = (np.cumsum(counts) - counts) // _SHINGLE_BATCH
    batch = batch_of_event[events]
    for number in np.unique(batch[shared]):
        rows = np.flatnonzero(shared & (batch == number))
        yield from _batch_overlaps(texts, events, rows, size)


def _batch_overlaps(texts: np.ndarray, events: np.ndarray, rows: np.ndarray, size: np.ndarray):
    """:func:`_shingle_overlaps` for the articles at ``rows`` (whole events)."""
    shingles = _SHINGLES.transform(texts[rows])
    # A text of under five words has no 5-gram: its whole word sequence is its
    # one shingle (in columns of their own), so that its exact copies are found.
    short = np.flatnonzero(np.diff(shingles.indptr) == 0)
    if len(short):
        sequence, _ = pd.factorize(_word_sequences(texts[rows][short]))
        whole = sp.csr_matrix(
            (np.ones(len(short)), (short, sequence)), shape=(len(rows), int(sequence.max()) + 1)
        )
        shingles = sp.hstack([shingles, whole]).tocsr()
    entry_row = np.repeat(np.arange(len(rows)), np.diff(shingles.indptr))
    scoped, _ = pd.factorize(
        events[rows][entry_row].astype(np.int64) * shingles.shape[1] + shingles.indices
    )
    del shingles
    present = sp.csr_matrix(
        (np.ones(len(scoped)), (entry_row, scoped)),
        shape=(len(rows), int(scoped.max()) + 1 if len(scoped) else 0),
    )
    del scoped, entry_row
    size[rows] = np.diff(present.indptr)
    transposed = present.T.tocsr()
    for start, end in _row_chunks(present, np.diff(transposed.indptr), _CHUNK_BUDGET):
        overlap = (present[start:end] @ transposed).tocoo()
        yield (
            rows[overlap.row.astype(np.int64) + start],
            rows[overlap.col.astype(np.int64)],
            overlap.data,
            size,
        )


def _word_sequences(texts: np.ndarray) -> pd.Series:
    """Every text's words, case-folded and single-spaced (the text itself if it has none)."""
    raw = pd.Series(texts, dtype="string").fillna("")
    words = raw.str.casefold().str.replace(_NOT_WORD, " ", regex=True).str.strip()
    return words.where(words != "", raw.str.strip())


def _independence_units(
    articles: pd.DataFrame, events: np.ndarray, containment: float
) -> np.ndarray:
    """Unit number of every article: same outlet or near-copies within one event."""
    n = len(articles)
    firsts, seconds = [np.arange(n)], [np.arange(n)]
    if SOURCE in articles.columns:
        outlets = articles[SOURCE].astype("string").str.strip().str.casefold()
        known = np.flatnonzero(outlets.notna().to_numpy(dtype=bool))  # an unknown outlet is its own
        if len(known):
            codes, _ = pd.factorize(
                pd.MultiIndex.from_arrays([events[known], outlets.to_numpy(dtype=object)[known]])
            )
            _, leader = np.unique(codes, return_index=True)
            firsts.append(known[leader[codes]])
            seconds.append(known)
    if TEXT in articles.columns:
        texts = articles[TEXT].astype("string").fillna("").to_numpy(dtype=object)
        for row, column, overlap, size in _shingle_overlaps(texts, events):
            copy = overlap / size[row] >= containment
            firsts.append(row[copy])
            seconds.append(column[copy])
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    links = sp.csr_matrix((np.ones(len(first)), (first, second)), shape=(n, n))
    _, unit = connected_components(links, directed=False)
    return unit


def _parse_values(values: np.ndarray) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Code of every value, and per code what comparing values needs (date parts, number)."""
    code, uniques = pd.factorize(values)
    names = ("date", "year", "month", "day", "day_of_year", "number", "real", "rounding")
    names += tuple(f"distinctive_{kind}" for kind in _KEYED_KINDS)
    types = (bool, np.int64, np.int64, np.int64, np.int64, bool, float, float, bool, bool)
    columns = list(zip(*(_value_facts(value) for value in uniques), strict=True))
    columns = columns or [()] * len(names)
    parsed = {
        name: np.asarray(column, dtype=dtype)
        for name, column, dtype in zip(names, columns, types, strict=True)
    }
    return code, parsed


def _value_facts(value: str) -> tuple:
    """Date parts (-1 when absent), day of the year, number and precision, distinctiveness."""
    parts = _date_parts(value)
    year, month, day = (-1, -1, -1) if parts is None else (_part(p) for p in parts)
    day_of_year = _day_of_year(month, day)
    numeric = bool(_NUMBER.match(value))
    real = float(value) if numeric else np.nan
    rounding = _rounding_unit(value) if numeric else np.nan
    distinctive = (_is_distinctive(kind, value) for kind in _KEYED_KINDS)
    return parts is not None, year, month, day, day_of_year, numeric, real, rounding, *distinctive


def _day_of_year(month: int, day: int) -> int:
    """Day of a leap year (2000) for a month and day, -1 when either is absent or invalid."""
    if month < 1 or day < 1:
        return -1
    try:
        return datetime.date(2000, month, day).timetuple().tm_yday
    except ValueError:
        return -1


# --- what a key says ------------------------------------------------------------------------
#
# Keys are short noun phrases the claim extractor writes ("french troops", "announcement",
# "head of wagner group"). How strictly two claims must be tied before their values are
# compared depends on how much the key says on its own.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_KEY_STOP_WORDS = _words("a an and at by for from in into its his her of on s the their to with")
_MONTH_WORDS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday"
)
_TIME_UNITS = _words(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades"
)
# Families of event nouns: two bare nouns of one family (an announcement, a note sent)
# may name the same act; words of different families never do.
_EVENT_FAMILIES = {
    "communication": "announcement announced announce statement stated declaration declared "
    "note notice notification notified memo memorandum letter sending sent communique "
    "release message",
    "start": "launch launched start started beginning began creation created establishment "
    "established founding founded installation installed initiated initiation inception",
    "end": "end ended termination terminated withdrawal withdrew departure exit dissolution "
    "closure suspension suspended cancellation cancelled",
}
_EVENT_FAMILY = {word: name for name, words in _EVENT_FAMILIES.items() for word in words.split()}
# Ranks and honorifics: many people hold them, so they never make a role functional.
_RANKS = _words(
    "general gen colonel col captain capt lieutenant lt major maj sergeant sgt admiral adm "
    "marshal brigadier corporal private senator sen representative rep dr doctor mr mrs ms "
    "prof professor sir dame lord lady excellency honourable honorable rev reverend"
)
_ROLE_FILLER = _words("also new newly appointed current incoming sitting the a an")
# Offices: a role naming one, qualified by an organisation or place ("head of the Wagner
# Group", "health minister"), usually has one holder at a time.
_OFFICES = _words(
    "head chief leader director chairman chair president ceo governor mayor minister "
    "secretary spokesperson commander premier prime chancellor king queen emir sultan "
    "prefect coordinator editor founder owner manager coach"
)
# Modifiers of a role that many people share at once.
_MANY_HOLDERS = _words(
    "deputy assistant associate former ex one member adviser advisor official officer "
    "aide envoy representative"
)
_ROLE_SYNONYMS = {
    "vice": "deputy",
    "defence": "defense",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairwoman": "chairman",
    "chairperson": "chairman",
}
# Nouns a number can count the people of an organisation with ("120 Europeans",
# "a 130-strong mission", "300 staff").
_PERSONNEL = _words(
    "members staff personnel troops soldiers officers employees workers experts agents "
    "people police civilians advisers advisors instructors trainers strong strength "
    "mission force contingent team delegation unit battalion brigade"
)
_STRONG = re.compile(r"\bstrong\b", re.IGNORECASE)


class _KeyFacts(tuple):
    """What a normalised key says: see :func:`_key_facts`."""

    __slots__ = ()
    role = property(lambda self: self[0])
    generic = property(lambda self: self[1])
    functional = property(lambda self: self[2])
    head = property(lambda self: self[3])
    counts_people = property(lambda self: self[4])


@functools.lru_cache(maxsize=65536)
def _key_facts(kind: str, key: str) -> _KeyFacts:
    """(role, generic, functional, head, counts_people) of a normalised key.

    ``role`` is the key entity claims are compared by: ranks, honorifics and
    filler dropped, synonyms mapped ("Vice Minister of Defence, Gen." ->
    "deputy minister of defense"); the key itself for other kinds, or when
    only a rank is left ("colonel general"). ``functional``: an entity role
    that usually has one holder (an office qualified by an organisation or
    place, held by no deputy), the only roles whose holders can conflict.
    ``generic``: a number or date key that names nothing distinctive (a bare
    event noun such as "announcement", or a unit of time), whose values are
    compared only when something else ties the claims together. ``head``:
    the event family (or the noun) of a generic date key. ``counts_people``:
    a number key that may count an organisation's people.
    """
    tokens = key.split()
    if kind in _ENTITY_KINDS:
        if key in ("", kind):
            return _KeyFacts((key, False, False, "", False))
        words = [_ROLE_SYNONYMS.get(token, token) for token in tokens]
        kept = [w for w in words if w not in _RANKS and w not in _ROLE_FILLER]
        if not kept or all(w in _KEY_STOP_WORDS for w in kept):
            return _KeyFacts((" ".join(words), False, False, "", False))
        office = any(w in _OFFICES for w in kept)
        qualified = any(
            w not in _OFFICES and w not in _KEY_STOP_WORDS and w not in _MANY_HOLDERS for w in kept
        )
        shared = any(w in _MANY_HOLDERS for w in kept)
        return _KeyFacts((" ".join(kept), False, office and qualified and not shared, "", False))
    content = [
        token
        for token in tokens
        if token not in _KEY_STOP_WORDS and token not in _MONTH_WORDS and token != kind
    ]
    if kind == "date":
        generic = len(content) <= 1
        head = _EVENT_FAMILY.get(content[0], content[0]) if generic and content else ""
        return _KeyFacts((key, generic, False, head, False))
    if kind == "number":
        counted = [token for token in content if token not in _TIME_UNITS]
        last = content[-1] if content else ""
        counts_people = last in _PERSONNEL or (len(last) > 4 and last.endswith("ans"))
        return _KeyFacts((key, not counted, False, "", counts_people))
    return _KeyFacts((key, False, False, "", False))


def _near_codes(
    kinds: np.ndarray, first: np.ndarray, second: np.ndarray, parsed: dict[str, np.ndarray]
) -> np.ndarray:
    """Values close enough to be one fact told differently or wrongly.

    Compatible values, and two dates with month and day that differ in one
    part only (November 4 vs December 4, a year off) or by a week at most.
    """
    near = _compatible_codes(kinds, first, second, parsed)
    year, month, day, doy = (parsed[c] for c in ("year", "month", "day", "day_of_year"))
    full = (doy[first] >= 0) & (doy[second] >= 0)
    both_years = (year[first] >= 0) & (year[second] >= 0)
    other_year = both_years & (year[first] != year[second])
    differing = (
        other_year.astype(np.int64)
        + (month[first] != month[second]).astype(np.int64)
        + (day[first] != day[second]).astype(np.int64)
    )
    week = ~other_year & (np.abs(doy[first] - doy[second]) <= 7)
    return near | ((kinds == "date") & full & ((differing == 1) | week))


def _slipped_codes(
    first: np.ndarray, second: np.ndarray, parsed: dict[str, np.ndarray]
) -> np.ndarray:
    """Two dates of one day of the month whose month or year alone differs (Nov 4 vs Dec 4).

    The slip a writer makes; two dates a few days apart are as often two acts.
    """
    year, month, day = (parsed[c] for c in ("year", "month", "day"))
    full = (day[first] >= 0) & (month[first] >= 0) & (day[second] >= 0) & (month[second] >= 0)
    other_year = (year[first] >= 0) & (year[second] >= 0) & (year[first] != year[second])
    other_month = month[first] != month[second]
    return full & (day[first] == day[second]) & (other_year != other_month)


def _claim_anchors(
    claims: pd.DataFrame, kinds: np.ndarray, keys: np.ndarray, facts: dict[str, np.ndarray]
) -> np.ndarray:
    """The organisation a number or date claim is about, or "" (read from the claims table).

    Number claims that may count an organisation's people (their key, or
    "N-strong" in their surface) and date claims with a generic key are
    anchored to the organisation entity (an ``organisation`` claim's value)
    named nearest to them in their sentence, else, for numbers, to the last
    one the previous sentence names ("... EUCAP Sahel Niger. This mission,
    comprising 120 Europeans, ..."). Needs ``sentence_no``; ``sentence`` and ``surface``
    place the claims within their sentence. ``facts`` are :func:`_facts_of`'s.
    """
    anchors = np.full(len(claims), "", dtype=object)
    if "sentence_no" not in claims.columns or len(claims) == 0:
        return anchors
    surface = (
        claims["surface"].astype("string").fillna("")
        if "surface" in claims.columns
        else pd.Series("", index=claims.index, dtype="string")
    )
    strong = surface.str.contains(_STRONG, regex=True).to_numpy(dtype=bool)
    wanted = ((kinds == "number") & (facts["counts_people"] | strong)) | (
        (kinds == "date") & facts["generic"]
    )
    sentence_no = pd.to_numeric(claims["sentence_no"], errors="coerce").to_numpy(dtype=float)
    values = claims["value"].astype("string").fillna("").str.strip().to_numpy(dtype=object)
    is_org = (kinds == "organisation") & (values != "") & ~np.isnan(sentence_no)
    if not (wanted & ~np.isnan(sentence_no)).any() or not is_org.any():
        return anchors
    sentence = (
        claims["sentence"].astype("string").fillna("").to_numpy(dtype=object)
        if "sentence" in claims.columns
        else np.full(len(claims), "", dtype=object)
    )
    article = claims[ARTICLE_ID].astype("string").to_numpy(dtype=object)
    surface = surface.to_numpy(dtype=object)
    # Where each claim sits in its sentence (only the claims taking part are searched).
    position = np.full(len(claims), -1, dtype=np.int64)
    looked_up = np.flatnonzero(wanted | is_org)
    position[looked_up] = [
        sentence[row].find(surface[row]) if surface[row] else -1 for row in looked_up
    ]
    orgs = pd.DataFrame(
        {
            "article": article[is_org],
            "sentence_no": sentence_no[is_org],
            "org": values[is_org],
            "org_position": position[is_org],
            "org_row": np.flatnonzero(is_org),
        }
    )
    rows = np.flatnonzero(wanted & ~np.isnan(sentence_no))
    asked = pd.DataFrame(
        {
            "article": article[rows],
            "sentence_no": sentence_no[rows],
            "position": position[rows],
            "row": rows,
        }
    )
    same = asked.merge(orgs, on=["article", "sentence_no"], how="inner")
    distance = np.where(
        (same["position"] >= 0) & (same["org_position"] >= 0),
        np.abs(same["position"] - same["org_position"]),
        np.iinfo(np.int64).max // 2 + same["org_row"],
    )
    same = same.assign(distance=distance).sort_values(["row", "distance", "org_row"])
    same = same.drop_duplicates("row")
    # Only a count reaches back a sentence ("This mission, comprising 120 Europeans"): a
    # date's organisation must be named beside it.
    counts = kinds[asked["row"].to_numpy()] == "number"
    previous = asked.loc[counts & ~asked["row"].isin(same["row"]).to_numpy()].assign(
        sentence_no=lambda frame: frame["sentence_no"] - 1
    )
    before = previous.merge(orgs, on=["article", "sentence_no"], how="inner")
    before = before.sort_values(["row", "org_position", "org_row"]).drop_duplicates(
        "row", keep="last"
    )
    for found in (same, before):
        anchors[found["row"].to_numpy()] = found["org"].to_numpy(dtype=object)
    return anchors


def _part(part: str | None) -> int:
    return -1 if part is None else int(part)


def _compatible_codes(
    kinds: np.ndarray, first: np.ndarray, second: np.ndarray, parsed: dict[str, np.ndarray]
) -> np.ndarray:
    """:func:`_compatible` for arrays of kinds and value codes."""
    result = first == second
    rest = np.flatnonzero(~result)
    kinds, first, second = kinds[rest], first[rest], second[rest]
    date = (kinds == "date") & parsed["date"][first] & parsed["date"][second]
    for column in ("year", "month", "day"):
        part = parsed[column]
        date &= (part[first] < 0) | (part[second] < 0) | (part[first] == part[second])
    numeric, real, rounding = parsed["number"], parsed["real"], parsed["rounding"]
    number = (kinds == "number") & numeric[first] & numeric[second]
    with np.errstate(invalid="ignore"):
        close = (
            np.abs(real[first] - real[second]) <= np.maximum(rounding[first], rounding[second]) / 2
        )
    result[rest] = date | (number & close)
    return result


def _claim_classes(
    claim_event: np.ndarray,
    kinds: np.ndarray,
    keys: np.ndarray,
    values: np.ndarray,
    value_code: np.ndarray,
    anchor_code: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Classes of interchangeable claims: one event and kind, the same key, value and anchor.

    Alignment and comparison only look at a claim's event, kind, normalised
    key, value and anchor (:func:`_claim_anchors`), so the claims of a class
    differ by their unit alone.
    Returns every claim's class (-1 for claims that cannot be aligned: no
    value, or a number or date without a key), every class's first claim,
    and every class's (event, kind) group; classes are numbered in order of
    (event, kind, key, value, anchor), so the classes of a group are contiguous.
    """
    eligible = (values != "") & (~np.isin(kinds, _KEYED_KINDS) | (keys != ""))
    rows = np.flatnonzero(eligible)
    claim_class = np.full(len(values), -1, dtype=np.int64)
    if len(rows) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return claim_class, empty, empty
    kind_code, kind_names = pd.factorize(kinds[rows], sort=True)
    key_code, key_names = pd.factorize(keys[rows], sort=True)
    group = claim_event[rows].astype(np.int64)
    _, group = np.unique(group * len(kind_names) + kind_code, return_inverse=True)
    composite = group
    for code, size in (
        (key_code, len(key_names)),
        (value_code[rows], int(value_code.max()) + 1),
        (anchor_code[rows], int(anchor_code.max()) + 1),
    ):
        _, composite = np.unique(composite * size + code, return_inverse=True)
    _, first = np.unique(composite, return_index=True)
    claim_class[rows] = composite
    return claim_class, rows[first], group[first]


def _aligned_classes(
    class_group: np.ndarray,
    kinds: np.ndarray,
    keys: np.ndarray,
    value_code: np.ndarray,
    anchors: np.ndarray,
    facts: dict[str, np.ndarray],
    parsed: dict[str, np.ndarray],
    key_threshold: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Ordered pairs of classes about the same thing, every class with itself included.

    ``kinds``, ``keys``, ``value_code``, ``anchors`` (-1: none) and ``facts``
    (:func:`_facts_of`) are those of each class. Returns the two class
    numbers, sorted.
    """
    n_classes = len(class_group)
    firsts, seconds = [np.arange(n_classes)], [np.arange(n_classes)]
    bounds = np.flatnonzero(np.r_[True, class_group[1:] != class_group[:-1], True])
    # One small all-against-all over the classes of each (event, kind): the
    # only per-event loop; a class is a key and value, not a claim, so even
    # an event of a thousand articles has a few dozen.
    for start, end in itertools.pairwise(bounds):
        if end - start < 2:
            continue
        kind = kinds[start]
        group_keys = keys[start:end]
        key_code, unique_keys = pd.factorize(group_keys)
        similar = (
            process.cdist(list(unique_keys), list(unique_keys), scorer=fuzz.token_sort_ratio)[
                key_code[:, None], key_code[None, :]
            ]
            >= key_threshold
        )
        codes = value_code[start:end]
        same_value = codes[:, None] == codes[None, :]
        if kind in _KEYED_KINDS:
            size = end - start
            left_codes, right_codes = np.repeat(codes, size), np.tile(codes, size)
            kind_column = np.full(size * size, kind, dtype=object)
            near = _near_codes(kind_column, left_codes, right_codes, parsed).reshape(size, size)
            generic = facts["generic"][start:end]
            either_generic = generic[:, None] | generic[None, :]
            group_anchor = anchors[start:end]
            same_anchor = (group_anchor[:, None] == group_anchor[None, :]) & (
                group_anchor[:, None] >= 0
            )
            # A specific key ("French troops") ties claims by itself; a generic
            # one ("announcement") only with a value near enough to be the same
            # fact or the same organisation named beside it.
            aligned = similar & (~either_generic | near | same_anchor)
            # The same distinctive value (1500 troops, 2012) in one event is
            # one fact even when the keys are worded apart ("French troops",
            # "soldiers"); small counts ("two agreements") are too common.
            aligned |= same_value & parsed[f"distinctive_{kind}"][codes][:, None]
            if kind == "date":
                # Bare event nouns of one family ("announcement", "sending" a note)
                # name one act when the same organisation is named beside them or
                # the dates differ as a slip does (November 4 vs December 4).
                head = facts["head"][start:end]
                same_head = (head[:, None] == head[None, :]) & (head[:, None] != "")
                slipped = _slipped_codes(left_codes, right_codes, parsed).reshape(size, size)
                aligned |= same_head & (slipped | same_anchor)
            else:
                # Counts of one organisation's people ("120 Europeans" of the
                # mission just named, "the 130-strong mission") of similar size.
                real = parsed["real"][codes]
                with np.errstate(invalid="ignore", divide="ignore"):
                    ratio = np.maximum(real[:, None], real[None, :]) / np.minimum(
                        real[:, None], real[None, :]
                    )
                sized = (real >= 10) & parsed["number"][codes]
                aligned |= same_anchor & sized[:, None] & sized[None, :] & (ratio <= 1.5)
        else:
            # An entity claim with a key ("head of the Wagner Group") aligns
            # with claims of a similar key: the same entity corroborates it, and
            # another one conflicts only where the role has one holder (many
            # people are "general" or "president"); a bare mention aligns with
            # the same entity. A key that only repeats the kind marks a bare mention.
            keyed = (group_keys != "") & (group_keys != kind)
            bare = ~keyed[:, None] & ~keyed[None, :]
            functional = facts["functional"][start:end]
            holders = same_value | (functional[:, None] & functional[None, :])
            both_keyed = keyed[:, None] & keyed[None, :]
            aligned = np.where(bare, same_value, similar & holders & both_keyed)
        np.fill_diagonal(aligned, False)
        left, right = np.nonzero(aligned)
        firsts.append(left + start)
        seconds.append(right + start)
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    order = np.lexsort((second, first))
    return first[order], second[order]


def _facts_of(kinds: np.ndarray, keys: np.ndarray) -> dict[str, np.ndarray]:
    """:func:`_key_facts` of every claim, computed once per distinct (kind, key)."""
    code, uniques = pd.factorize(pd.MultiIndex.from_arrays([kinds, keys]))
    found = [_key_facts(kind, key) for kind, key in uniques]
    found = found or [_KeyFacts(("", False, False, "", False))]
    columns = list(zip(*found, strict=True))
    names = ("role", "generic", "functional", "head", "counts_people")
    types = (object, bool, bool, object, bool)
    return {
        name: np.asarray(column, dtype=dtype)[code] if len(code) else np.zeros(0, dtype=dtype)
        for name, column, dtype in zip(names, columns, types, strict=True)
    }


class _Cells:
    """The (class, unit) cells of the claims: who says what, once per unit.

    ``cell_class`` and ``cell_unit`` are sorted by class then unit;
    ``position`` is the first claim of each cell; ``start[c]:start[c + 1]``
    are the cells of class ``c``.
    """

    def __init__(
        self, claim_class: np.ndarray, claim_unit: np.ndarray, n_classes: int, n_units: int
    ) -> None:
        rows = np.flatnonzero(claim_class >= 0)
        cell, first = np.unique(claim_class[rows] * n_units + claim_unit[rows], return_index=True)
        self.n_units = n_units
        self.cell_class = cell // n_units
        self.cell_unit = cell % n_units
        self.position = rows[first]
        self.start = np.searchsorted(self.cell_class, np.arange(n_classes + 1))
        self.n_class_units = np.diff(self.start)

    def expand(self, class_first: np.ndarray, class_second: np.ndarray) -> tuple[np.ndarray, ...]:
        """For every pair (c, d) and cell of ``d``: the pair and the cell."""
        count = self.n_class_units[class_second]
        pair = np.repeat(np.arange(len(class_first)), count)
        offset = np.arange(len(pair)) - np.repeat(np.cumsum(count) - count, count)
        return pair, self.start[class_second][pair] + offset


def _trust_objects(
    cells: _Cells,
    claim_class: np.ndarray,
    class_pos: np.ndarray,
    class_first: np.ndarray,
    class_second: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Claims that truth discovery sees, and the object (group of aligned claims) of each.

    A claim takes part when an aligned claim of another unit exists. Objects
    are the connected components of the claims linked that way; as every
    claim of a class with two units or more is linked to all its class's
    other units, they are the components of the classes linked by at least
    one pair of claims of different units. An object is numbered by its
    first claim (the order a claim-level labelling gives).
    """
    n_classes = len(class_pos)
    units = cells.n_class_units
    first_unit = cells.cell_unit[cells.start[:-1]]  # every class has a cell
    one_unit = (units[class_first] == 1) & (units[class_second] == 1)
    linked = np.where(
        class_first == class_second,
        units[class_first] >= 2,
        ~(one_unit & (first_unit[class_first] == first_unit[class_second])),
    )
    taking_part = np.zeros(n_classes, dtype=bool)
    taking_part[class_first[linked]] = True
    graph = sp.csr_matrix(
        (np.ones(int(linked.sum())), (class_first[linked], class_second[linked])),
        shape=(n_classes, n_classes),
    )
    _, component = connected_components(graph, directed=False)
    first_claim = np.full(n_classes, np.iinfo(np.int64).max)
    np.minimum.at(first_claim, component[taking_part], class_pos[taking_part])
    rows = np.flatnonzero(claim_class >= 0)
    rows = rows[taking_part[claim_class[rows]]]
    return rows, first_claim[component[claim_class[rows]]]


class _Votes:
    """Per class: the units agreeing and disagreeing with its value, counted once each."""

    def __init__(self, **fields: np.ndarray) -> None:
        self.__dict__.update(fields)


def _class_votes(
    cells: _Cells,
    class_first: np.ndarray,
    class_second: np.ndarray,
    compatible: np.ndarray,
    trust: np.ndarray,
    n_claims: int,
) -> _Votes:
    """Units agreeing and disagreeing with every class, their number and trust.

    A unit agrees with a class when it holds a compatible value in an aligned
    class, and disagrees when it holds only incompatible ones (a unit that
    reports both values counts as agreeing). The units of a class are summed
    in the order of their first claim, as a claim-by-claim count adds them.
    """
    n_classes = len(cells.start) - 1
    n_units = cells.n_units
    pair, cell = cells.expand(class_first, class_second)
    entry_class = class_first[pair]
    entry_unit = cells.cell_unit[cell]
    entry_position = cells.position[cell]
    agrees = compatible[pair]

    def ordered(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # Sorted by class then first claim; each unit kept at its first claim.
        classes, units = entry_class[mask], entry_unit[mask]
        order = np.argsort(classes * n_claims + entry_position[mask], kind="stable")
        _, first = np.unique((classes * n_units + units)[order], return_index=True)
        keep = order[np.sort(first)]
        return classes[keep], units[keep]

    agree_class, agree_unit = ordered(agrees)
    against_class, against_unit = ordered(~agrees)
    only_against = ~np.isin(
        against_class * n_units + against_unit, agree_class * n_units + agree_unit
    )
    against_class, against_unit = against_class[only_against], against_unit[only_against]
    # bincount adds in order, from 0: the same sums as adding vote by vote.
    return _Votes(
        n_agreeing=np.bincount(agree_class, minlength=n_classes),
        agree_mass=np.bincount(agree_class, weights=trust[agree_unit], minlength=n_classes),
        n_disagreeing=np.bincount(against_class, minlength=n_classes),
        conflict_mass=np.bincount(against_class, weights=trust[against_unit], minlength=n_classes),
        against_key=against_class * n_units + against_unit,
    )


def _conflict_lists(
    cells: _Cells,
    claim_class: np.ndarray,
    claim_row: np.ndarray,
    article_ids: np.ndarray,
    article_unit: np.ndarray,
    class_first: np.ndarray,
    class_second: np.ndarray,
    compatible: np.ndarray,
    votes: _Votes,
) -> np.ndarray:
    """Per class: ";"-joined ids of the articles of the disagreeing units, sorted, capped."""
    n_classes = len(cells.start) - 1
    text = np.full(n_classes, "", dtype=object)
    if len(votes.against_key) == 0:
        return text
    names, rank = np.unique(article_ids.astype(str), return_inverse=True)
    rows = np.flatnonzero(claim_class >= 0)
    # The articles of each class, with their unit, once each.
    held = _distinct(claim_class[rows] * len(article_ids) + claim_row[rows])
    held_class, held_article = held // len(article_ids), held % len(article_ids)
    held_start = np.searchsorted(held_class, np.arange(n_classes + 1))
    conflicting = ~compatible
    first, second = class_first[conflicting], class_second[conflicting]
    count = np.diff(held_start)[second]
    pair = np.repeat(np.arange(len(first)), count)
    offset = np.arange(len(pair)) - np.repeat(np.cumsum(count) - count, count)
    article = held_article[held_start[second][pair] + offset]
    entry_class = first[pair]
    unit = article_unit[article]
    keep = np.isin(entry_class * cells.n_units + unit, votes.against_key)
    listed = _distinct(entry_class[keep] * len(names) + rank[article[keep]])
    listed_class, listed_name = listed // len(names), names[listed % len(names)]
    starts = np.flatnonzero(np.r_[True, listed_class[1:] != listed_class[:-1]])
    sizes = np.diff(np.r_[starts, len(listed)])
    within = np.arange(len(listed)) - np.repeat(starts, sizes)
    shown = within < MAX_CONFLICT_IDS
    shown_starts = np.flatnonzero(np.r_[True, listed_class[shown][1:] != listed_class[shown][:-1]])
    # ";"-join per class: add "id;" strings group-wise, drop the last ";".
    joined = np.add.reduceat((listed_name[shown].astype(object) + ";"), shown_starts)
    more = sizes - MAX_CONFLICT_IDS
    text[listed_class[starts]] = [
        part[:-1] if extra <= 0 else f"{part}+{extra} more"
        for part, extra in zip(joined, more, strict=True)
    ]
    return text


def _unit_trust(
    claim_event: np.ndarray,
    claim_unit: np.ndarray,
    unit_label: np.ndarray,
    unit_event: np.ndarray,
    kinds: np.ndarray,
    values: np.ndarray,
    value_code: np.ndarray,
    parsed: dict[str, np.ndarray],
    rows: np.ndarray,
    group: np.ndarray,
    *,
    method: str,
) -> np.ndarray:
    """Trust of every unit from truth discovery over its event's aligned claims.

    Trust is estimated per event (a unit only exists within its event): an
    object is a group of claims aligned with each other (``rows``, the
    claims taking part, and ``group``, their object), a source a unit.
    Units of events without aligned claims weigh 1.
    """
    trust = np.ones(len(unit_label))
    if len(rows) == 0:
        return trust
    if method == "truthfinder":
        estimate_trust = _truthfinder_by_event
    else:
        estimate_trust = functools.partial(_discover_by_event, method=method)
    rated, estimate = estimate_trust(
        claim_event[rows],
        claim_unit[rows],
        unit_label,
        group,
        kinds[rows],
        values[rows],
        value_code[rows],
        parsed,
    )
    trust[rated] = estimate
    # Units without aligned claims get the mean trust of their event's others.
    n_events = int(unit_event.max()) + 1
    total = np.bincount(unit_event[rated], weights=estimate, minlength=n_events)
    count = np.bincount(unit_event[rated], minlength=n_events)
    unrated = np.ones(len(unit_label), dtype=bool)
    unrated[rated] = False
    unrated &= count[unit_event] > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        trust[unrated] = (total / count)[unit_event[unrated]]
    return trust


def _discover_by_event(
    event: np.ndarray,
    unit: np.ndarray,
    unit_label: np.ndarray,
    group: np.ndarray,
    kinds: np.ndarray,
    values: np.ndarray,
    value_code: np.ndarray,
    parsed: dict[str, np.ndarray],
    *,
    method: str,
) -> tuple[np.ndarray, np.ndarray]:
    """Any :func:`scorer.truth.discover` method, called once per event.

    Takes the arguments of :func:`_truthfinder_by_event` (``value_code`` and
    ``parsed`` unused) and returns the rated units and their trust.
    """
    rated, estimates = [], []
    order = np.argsort(event, kind="stable")
    bounds = np.flatnonzero(np.r_[True, event[order][1:] != event[order][:-1], True])
    for start, end in itertools.pairwise(bounds):
        rows = order[start:end]
        long = pd.DataFrame(
            {
                "source": unit_label[unit[rows]],
                "object": group[rows],
                "value": list(zip(kinds[rows], values[rows], strict=True)),
            }
        )
        _, trust = discover(long, method=method, similarity=_implication)
        unit_of = dict(zip(unit_label[unit[rows]], unit[rows], strict=True))
        rated.append(np.array([unit_of[label] for label in trust.index], dtype=np.int64))
        estimates.append(trust.to_numpy(dtype=float))
    return np.concatenate(rated), np.concatenate(estimates)


# TruthFinder as scorer.truth.discover runs it by default (Yin et al. 2007).
_GAMMA, _RHO, _INITIAL_TRUST, _BASE_SIMILARITY = 0.3, 0.5, 0.9, 0.5
_MAX_ITER, _TOL, _MAX_TRUST = 100, 1e-6, 1.0 - 1e-12


def _truthfinder_by_event(
    event: np.ndarray,
    unit: np.ndarray,
    unit_label: np.ndarray,
    group: np.ndarray,
    kinds: np.ndarray,
    values: np.ndarray,
    value_code: np.ndarray,
    parsed: dict[str, np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """``discover(..., method="truthfinder")`` on every event at once.

    Rows are the aligned claims: their event, unit (source), group (object)
    and value; ``unit_label`` names every unit. Returns the rated units and
    their trust.

    The events form one block-diagonal source x fact matrix, ordered within
    each block as :func:`scorer.truth.discover` orders a single event's
    claims (sources by name, facts by object then by sorted (kind, value)),
    and each event stops iterating when its own trust vector converges, so
    that every event's trust is what a call on that event alone gives.
    """
    sources = (
        pd.DataFrame({"event": event, "label": unit_label[unit], "unit": unit})
        .drop_duplicates("unit")
        .sort_values(["event", "label"])
    )
    source_unit = sources["unit"].to_numpy()
    source_event = sources["event"].to_numpy()
    source_of_unit = np.zeros(len(unit_label), dtype=np.int64)
    source_of_unit[source_unit] = np.arange(len(source_unit))
    # A value is a (kind, value) pair, numbered in sorted order within its event
    # as discover numbers the values it can sort.
    value, _ = pd.factorize(pd.MultiIndex.from_arrays([event, kinds, values]), sort=True)
    n_values = int(value.max()) + 1
    facts, fact = np.unique(group.astype(np.int64) * n_values + value, return_inverse=True)
    fact_object = facts // n_values
    representative = np.zeros(len(facts), dtype=np.int64)
    representative[fact] = np.arange(len(fact))
    fact_kind, fact_code = kinds[representative], value_code[representative]

    claimed = _distinct(source_of_unit[unit] * len(facts) + fact)
    matrix = sp.csr_matrix(
        (np.ones(len(claimed)), (claimed // len(facts), claimed % len(facts))),
        shape=(len(source_unit), len(facts)),
    )
    # Similar values of an object support each other: all ordered pairs of
    # distinct facts of one object (facts of an object are contiguous).
    starts = np.flatnonzero(np.r_[True, fact_object[1:] != fact_object[:-1]])
    sizes = np.diff(np.r_[starts, len(facts)])
    size_of_fact = np.repeat(sizes, sizes)
    target = np.repeat(np.arange(len(facts)), size_of_fact)
    offset = np.arange(len(target)) - np.repeat(
        np.cumsum(size_of_fact) - size_of_fact, size_of_fact
    )
    other = np.repeat(starts, sizes)[target] + offset
    distinct = target != other
    target, other = target[distinct], other[distinct]
    support = _compatible_codes(fact_kind[other], fact_code[other], fact_code[target], parsed)
    implication = sp.csr_matrix(
        (support.astype(float) - _BASE_SIMILARITY, (target, other)), shape=(len(facts),) * 2
    )

    block_starts = np.flatnonzero(np.r_[True, source_event[1:] != source_event[:-1]])
    block = np.repeat(np.arange(len(block_starts)), np.diff(np.r_[block_starts, len(source_unit)]))
    active = np.ones(len(block_starts), dtype=bool)
    trust = np.full(len(source_unit), _INITIAL_TRUST)
    transposed = matrix.T.tocsr()
    n_claimed = np.asarray(matrix.sum(axis=1)).ravel()
    for _ in range(_MAX_ITER):
        trust_score = -np.log1p(-np.minimum(trust, _MAX_TRUST))
        fact_score = transposed @ trust_score
        fact_score = fact_score + _RHO * (implication @ fact_score)
        # A fact hundreds of outlets deny has a score far below zero: exp
        # overflows to inf and its confidence is 0, as it should be.
        with np.errstate(over="ignore"):
            confidence = 1.0 / (1.0 + np.exp(-_GAMMA * fact_score))
        with np.errstate(invalid="ignore", divide="ignore"):
            new_trust = np.where(n_claimed > 0, (matrix @ confidence) / n_claimed, 0.0)
        norms = np.sqrt(np.add.reduceat(trust * trust, block_starts)) * np.sqrt(
            np.add.reduceat(new_trust * new_trust, block_starts)
        )
        with np.errstate(invalid="ignore", divide="ignore"):
            change = np.where(
                norms > 0, 1.0 - np.add.reduceat(trust * new_trust, block_starts) / norms, 0.0
            )
        trust = np.where(active[block], new_trust, trust)
        active &= change >= _TOL
        if not active.any():
            break
    return source_unit, np.clip(trust, 0.0, 1.0)


def _implication(claimed: tuple[str, str], other: tuple[str, str]) -> float:
    """Support a value gives another value of the same object: 1 if compatible, else 0."""
    kind, value = claimed
    return 1.0 if _compatible(kind, value, other[1]) else 0.0


def _is_distinctive(kind: str, value: str) -> bool:
    if kind == "date":
        # A full date or a bare year; a shared month ("2023-09") is too common.
        parts = _date_parts(value)
        return (
            parts is not None and parts[0] is not None and (parts[1] is None) == (parts[2] is None)
        )
    return bool(_NUMBER.match(value)) and abs(float(value)) >= 10


def _compatible(kind: str, first: str, second: str) -> bool:
    """Same or compatible values (rounding; a date and its month or year)."""
    if first == second:
        return True
    if kind == "date":
        first_parts, second_parts = _date_parts(first), _date_parts(second)
        if first_parts is None or second_parts is None:
            return False
        # Compatible when no part both dates state differs ("2023-12" and
        # "--12-04" fit "2023-12-04").
        return all(
            a is None or b is None or a == b for a, b in zip(first_parts, second_parts, strict=True)
        )
    if kind == "number" and _NUMBER.match(first) and _NUMBER.match(second):
        a, b = float(first), float(second)
        return abs(a - b) <= max(_rounding_unit(first), _rounding_unit(second)) / 2
    return False


def _date_parts(value: str) -> tuple[str | None, str | None, str | None] | None:
    """(year, month, day) of an ISO date, ``YYYY-MM``, ``YYYY`` or year-less ``--MM-DD``."""
    match = _ISO_DATE.match(value)
    if match is None:
        return None
    year, month, day = match.group("year", "month", "day")
    return year, month, day


def _rounding_unit(number: str) -> float:
    """The precision a number is written with: 1500 -> 100, 1487 -> 1, 3.14 -> 0.01."""
    number = number.lstrip("+-")
    if "." in number:
        return 10.0 ** -len(number.split(".")[1])
    digits = number.lstrip("0")
    if not digits:
        return 1.0
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


def _require(frame: pd.DataFrame, columns: list[str], function: str, name: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(f"{function}: {name} must be a pandas DataFrame, got {type(frame)!r}")
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(
            f"{function}: {name} is missing column(s) {missing}; it has {list(frame.columns)}"
        )
