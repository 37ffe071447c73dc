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

The work is done per event cluster (:func:`cluster_events`): a function of
one event's articles and claims, plus a thin ``groupby`` driver, so that the
same function can run under Dask.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import scipy.sparse as sp
from rapidfuzz import fuzz, process
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import HashingVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize

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
from scorer.truth import discover

__all__ = ["AGREEMENT_COLUMNS", "agreement_features", "cluster_events"]

#: Columns of the per-article table :func:`agreement_features` returns.
AGREEMENT_COLUMNS = [
    "agreement",
    "agreement_reason",
    "n_corroborated",
    "n_contradicted",
    "n_uncorroborated",
    "n_independent",
]

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
) -> pd.Series:
    """Group articles that report the same event.

    Articles are compared by TF-IDF cosine similarity over word unigrams and
    bigrams of title and text, with their resolved entities (``entity_id``)
    added as extra features. Two articles are linked when their similarity
    is at least ``strong_similarity``, or when it is at least
    ``min_similarity`` and at least ``relative`` times the best similarity of
    *both* articles (each is among the other's closest stories); events are
    the connected components of the links. When both publication dates are
    known and more than ``window_days`` apart, a weak link survives only if
    one article is the other's closest (a re-publication far from the
    story's date stays with its story). Only pairs sharing one of each
    article's ``n_block_terms`` most distinctive terms are compared, so large
    corpora are not compared all against all.

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
        Publication dates further apart than this need the closest-article
        link. ``numpy.inf`` disables the window.
    entity_weight : float
        Weight of the entity features relative to the words.
    n_block_terms : int
        Distinctive terms per article used to find candidate pairs.

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
    result = given.copy().rename(EVENT_ID)
    if len(todo) == 0:
        return result

    ids = articles[ARTICLE_ID].astype("string").to_numpy()[todo]
    features = _event_features(text.to_numpy()[todo], ids, entities, entity_weight)
    if PUBLISHED in articles.columns:
        published = pd.to_datetime(articles[PUBLISHED], errors="coerce").to_numpy()[todo]
    else:
        published = np.full(len(todo), np.datetime64("NaT"), dtype="datetime64[ns]")
    first, second, similarity = _candidate_pairs(features, n_block_terms)
    links = _links(
        len(todo),
        first,
        second,
        similarity,
        published,
        min_similarity=min_similarity,
        strong_similarity=strong_similarity,
        relative=relative,
        window_days=window_days,
    )
    _, component = connected_components(links, directed=False)
    # Number components by their first article; skip labels already in use.
    _, first_position = np.unique(component, return_index=True)
    rank = np.empty(len(first_position), dtype=np.int64)
    rank[np.argsort(first_position, kind="stable")] = np.arange(len(first_position))
    taken = set(given.dropna())
    labels, number = [], 0
    for _ in range(len(first_position)):
        number += 1
        while f"event-{number:04d}" in taken:
            number += 1
        labels.append(f"event-{number:04d}")
    result.iloc[todo] = np.asarray(labels, dtype=object)[rank[component]]
    return result


def _event_features(
    texts: np.ndarray, ids: np.ndarray, entities: pd.DataFrame | None, entity_weight: float
) -> sp.csr_matrix:
    """Row-normalised TF-IDF of words, with weighted TF-IDF of entity ids appended."""
    vectorizer = TfidfVectorizer(
        ngram_range=(1, 2), sublinear_tf=True, stop_words="english", dtype=np.float64
    )
    try:
        words = vectorizer.fit_transform(texts)
    except ValueError:  # only stop words / no tokens anywhere
        words = sp.csr_matrix((len(texts), 0))
    blocks = [words]
    if entities is not None and len(entities) and entity_weight > 0:
        _require(entities, [ARTICLE_ID, "entity_id"], "cluster_events", "entities")
        row_of = pd.Series(np.arange(len(ids)), index=pd.Index(ids))
        mentions = entities.loc[
            entities[ARTICLE_ID].astype("string").isin(row_of.index), [ARTICLE_ID, "entity_id"]
        ].dropna()
        if len(mentions):
            rows = row_of.loc[mentions[ARTICLE_ID].astype("string")].to_numpy()
            columns, _ = pd.factorize(mentions["entity_id"].astype("string"), sort=True)
            present = sp.csr_matrix(
                (np.ones(len(rows)), (rows, columns)), shape=(len(ids), columns.max() + 1)
            )
            present.data[:] = 1.0
            document_frequency = np.asarray((present > 0).sum(axis=0)).ravel()
            idf = np.log((1 + len(ids)) / (1 + document_frequency)) + 1
            blocks.append(entity_weight * normalize(present.multiply(idf).tocsr()))
    return normalize(sp.hstack(blocks).tocsr())


def _candidate_pairs(
    features: sp.csr_matrix, n_block_terms: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j) sharing a distinctive term, and their cosine similarity."""
    n = features.shape[0]
    empty = (np.zeros(0, dtype=np.int64),) * 2 + (np.zeros(0),)
    if n < 2 or features.nnz == 0:
        return empty
    document_frequency = np.bincount(features.indices, minlength=features.shape[1])
    # Terms found in many articles say little about the event and would make
    # blocking quadratic; terms found once link nothing.
    cap = max(50, int(np.sqrt(n)) * 5)
    useful = (document_frequency >= 2) & (document_frequency <= cap)
    rows, columns, weights = [], [], []
    for i in range(n):
        start, end = features.indptr[i], features.indptr[i + 1]
        terms = features.indices[start:end]
        values = features.data[start:end]
        keep = useful[terms]
        terms, values = terms[keep], values[keep]
        if len(terms) > n_block_terms:
            # Stable top-k by weight, ties by term id, for determinism.
            order = np.lexsort((terms, -values))[:n_block_terms]
            terms = terms[order]
        rows.append(np.full(len(terms), i))
        columns.append(terms)
        weights.append(np.ones(len(terms)))
    block = sp.csr_matrix(
        (np.concatenate(weights), (np.concatenate(rows), np.concatenate(columns))),
        shape=features.shape,
    )
    shared = sp.triu(block @ block.T, k=1).tocoo()
    if shared.nnz == 0:
        return empty
    order = np.lexsort((shared.col, shared.row))
    first, second = shared.row[order].astype(np.int64), shared.col[order].astype(np.int64)
    similarity = np.asarray(features[first].multiply(features[second]).sum(axis=1)).ravel()
    return first, second, similarity


def _links(
    n: int,
    first: np.ndarray,
    second: np.ndarray,
    similarity: np.ndarray,
    published: np.ndarray,
    *,
    min_similarity: float,
    strong_similarity: float,
    relative: float,
    window_days: float,
) -> sp.csr_matrix:
    # Copies must not raise the bar for an article's other links: the best
    # neighbour is sought among non-duplicate pairs.
    distinct = similarity < _DUPLICATE_SIMILARITY
    best = np.zeros(n)
    np.maximum.at(best, first[distinct], similarity[distinct])
    np.maximum.at(best, second[distinct], similarity[distinct])
    near_best = (similarity >= relative * best[first]) & (similarity >= relative * best[second])
    closest = (similarity >= best[first]) | (similarity >= best[second])
    gap = np.abs((published[first] - published[second]) / np.timedelta64(1, "D"))
    far = ~np.isnan(gap) & (gap > window_days)
    weak = (similarity >= min_similarity) & near_best & (~far | closest)
    keep = (similarity >= strong_similarity) | weak
    return sp.csr_matrix((np.ones(int(keep.sum())), (first[keep], second[keep])), shape=(n, n))


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
    (the ``entity_id``). Aligned values are the same, compatible (1,500 vs
    1,487 within rounding; a date vs its month) or conflicting (120 vs 130;
    2023-11-04 vs 2023-12-04). Only *independent* articles count: articles
    of the same ``source`` and near-duplicate texts (one contains at least
    ``duplicate_containment`` of the other's word 5-gram shingles) form one
    unit that counts once. Units are weighted by the trust that
    :func:`scorer.truth.discover` (``method``) estimates from the event's
    claims.

    Parameters
    ----------
    claims : pandas.DataFrame
        Claims with :data:`scorer.schema.CLAIM_COLUMNS` (at least
        ``article_id``, ``kind``, ``key``, ``value``).
    articles : pandas.DataFrame
        Articles with ``article_id`` and ``event_id`` (``source``, ``text``
        and ``error`` are used when present).
    method : str
        Truth-discovery method for the outlets' trust.
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
        (";"-joined ids of the articles disagreeing; "" when none) filled. A
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
    article_ids = articles[ARTICLE_ID].astype("string")
    usable = pd.Series(True, index=articles.index)
    if ERROR in articles.columns:
        usable &= articles[ERROR].isna()
    if TEXT in articles.columns:
        usable &= articles[TEXT].astype("string").fillna("").str.strip().str.len().gt(0)
    event = articles[EVENT_ID].astype("string").where(usable)
    event_of = pd.Series(event.to_numpy(), index=pd.Index(article_ids.to_numpy()))
    event_of = event_of[~event_of.index.duplicated()]

    claims_out = claims.copy()
    claim_event = claims_out[ARTICLE_ID].astype("string").map(event_of)
    claim_parts, feature_parts = [], []
    selected = articles.loc[event.notna()]
    for event_id, group in selected.groupby(event.loc[event.notna()], sort=True):
        members = claims_out.loc[claim_event.eq(event_id).fillna(False).to_numpy(dtype=bool)]
        checked, features = _event_agreement(
            members,
            group,
            method=method,
            key_threshold=key_threshold,
            duplicate_containment=duplicate_containment,
            prior=prior,
        )
        claim_parts.append(checked)
        feature_parts.append(features)

    status = pd.Series(_UNCORROBORATED, index=claims_out.index, dtype="string")
    support = pd.Series(0, index=claims_out.index, dtype="int64")
    conflict_with = pd.Series("", index=claims_out.index, dtype="string")
    if claim_parts:
        checked = pd.concat(claim_parts)
        status.loc[checked.index] = checked["status"]
        support.loc[checked.index] = checked["support"]
        conflict_with.loc[checked.index] = checked["conflict_with"]
    claims_out["status"] = status
    claims_out["support"] = support
    claims_out["conflict_with"] = conflict_with
    ordered = [column for column in CLAIM_COLUMNS if column in claims_out.columns]
    claims_out = claims_out[ordered + [c for c in claims_out.columns if c not in ordered]]

    features = _empty_features(article_ids.to_numpy())
    features["agreement_reason"] = _NO_EVENT
    if feature_parts:
        found = pd.concat(feature_parts)
        found = found[~found.index.duplicated()]
        features.loc[found.index, AGREEMENT_COLUMNS] = found[AGREEMENT_COLUMNS]
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
    """Agreement within one event: claims with status, and per-article features."""
    article_ids = articles[ARTICLE_ID].astype("string").to_numpy()
    unit_of = _independence_units(articles, duplicate_containment)
    n_units = len(set(unit_of.values()))
    features = _empty_features(article_ids).assign(n_independent=n_units - 1)

    claim_article = claims[ARTICLE_ID].astype("string").to_numpy()
    claim_unit = np.array([unit_of[a] for a in claim_article], dtype=object)
    pairs = _aligned_pairs(claims, claim_unit, key_threshold)
    trust = _unit_trust(claims, claim_unit, pairs, method)

    n_claims = len(claims)
    agree_mass = np.zeros(n_claims)
    conflict_mass = np.zeros(n_claims)
    support = np.zeros(n_claims, dtype=np.int64)
    conflict_with = np.full(n_claims, "", dtype=object)
    if len(pairs):
        # One vote per (claim, other unit); a unit that both agrees and
        # disagrees (it reports both values) is counted as agreeing.
        votes = pairs.assign(unit=claim_unit[pairs["other"].to_numpy()])
        agrees = votes.loc[votes["agrees"]].drop_duplicates(["claim", "unit"])
        disagrees = votes.loc[~votes["agrees"]].drop_duplicates(["claim", "unit"])
        disagrees = disagrees.merge(
            agrees[["claim", "unit"]], on=["claim", "unit"], how="left", indicator=True
        )
        disagrees = disagrees.loc[disagrees["_merge"] == "left_only"]
        weight_of = trust.to_dict()
        np.add.at(agree_mass, agrees["claim"].to_numpy(), agrees["unit"].map(weight_of).to_numpy())
        np.add.at(
            conflict_mass,
            disagrees["claim"].to_numpy(),
            disagrees["unit"].map(weight_of).to_numpy(),
        )
        np.add.at(support, agrees["claim"].to_numpy(), 1)
        conflicting = votes.loc[~votes["agrees"]].merge(
            disagrees[["claim", "unit"]], on=["claim", "unit"]
        )
        conflicting = conflicting.assign(article=claim_article[conflicting["other"].to_numpy()])
        joined = (
            conflicting.drop_duplicates(["claim", "article"])
            .sort_values(["claim", "article"])
            .groupby("claim")["article"]
            .agg(";".join)
        )
        conflict_with[joined.index.to_numpy()] = joined.to_numpy()

    # The claim's own unit votes too: two outlets against one is not a tie.
    own_trust = pd.Series(claim_unit, dtype=object).map(trust.to_dict()).to_numpy(dtype=float)
    checked_any = (support > 0) | (conflict_mass > 0) | (conflict_with != "")
    status = np.where(
        ~checked_any,
        _UNCORROBORATED,
        np.where(
            (support > 0) & (agree_mass + own_trust >= conflict_mass), _CORROBORATED, _CONTRADICTED
        ),
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
    for status_name in CLAIM_STATUSES:
        features[f"n_{status_name}"] = totals[status_name].astype("int64").to_numpy()
    n_claims_of = totals[list(CLAIM_STATUSES)].sum(axis=1).to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        score = totals["numerator"].to_numpy() / totals["denominator"].to_numpy()
    if len(article_ids) == 1:
        reason = _NO_COVERAGE
    elif n_units == 1:
        reason = _ONLY_COPIES
    else:
        reason = None
    if reason is not None:
        features["agreement"] = np.nan
        features["agreement_reason"] = reason
    else:
        features["agreement"] = np.where(n_claims_of > 0, score, np.nan)
        features["agreement_reason"] = pd.array(
            np.where(n_claims_of > 0, None, _NO_CLAIMS), dtype="string"
        )
    return checked, features


def _independence_units(articles: pd.DataFrame, containment: float) -> dict[str, str]:
    """Map article id -> unit label (its first article): same outlet or near-copies."""
    article_ids = articles[ARTICLE_ID].astype("string").to_numpy()
    n = len(article_ids)
    links = sp.lil_matrix((n, n))
    if SOURCE in articles.columns:
        outlets = articles[SOURCE].astype("string").str.strip().str.casefold()
        codes, _ = pd.factorize(outlets)  # NA -> -1: an unknown outlet is its own
        for code in np.unique(codes[codes >= 0]):
            members = np.flatnonzero(codes == code)
            links[members[0], members[1:]] = 1
    if TEXT in articles.columns and n > 1:
        shingles = HashingVectorizer(
            analyzer="word",
            ngram_range=(5, 5),
            n_features=2**22,
            alternate_sign=False,
            norm=None,
            binary=True,
            lowercase=True,
        ).transform(articles[TEXT].astype("string").fillna("").to_numpy())
        overlap = (shingles @ shingles.T).toarray()
        sizes = np.diag(overlap).astype(float)
        with np.errstate(invalid="ignore", divide="ignore"):
            contained = np.where(sizes[:, None] > 0, overlap / sizes[:, None], 0.0)
        copies = contained >= containment
        copies |= copies.T
        np.fill_diagonal(copies, False)
        links = links + sp.lil_matrix(copies.astype(float))
    _, component = connected_components(sp.csr_matrix(links), directed=False)
    first_of = {}
    for position, label in enumerate(component):
        first_of.setdefault(label, article_ids[position])
    return {article_ids[i]: first_of[component[i]] for i in range(n)}


def _aligned_pairs(
    claims: pd.DataFrame, claim_unit: np.ndarray, key_threshold: float
) -> pd.DataFrame:
    """Ordered pairs (claim, other) of claims from different units about the same thing."""
    kinds = claims["kind"].astype("string").fillna("").to_numpy()
    values = claims["value"].astype("string").fillna("").str.strip().to_numpy()
    keys = (
        (
            claims["key"]
            .astype("string")
            .fillna("")
            .str.casefold()
            .str.replace(_NOT_WORD, " ", regex=True)
        )
        .str.strip()
        .to_numpy()
    )
    parts = []
    for kind in np.unique(kinds):
        members = np.flatnonzero((kinds == kind) & (values != ""))
        if len(members) < 2:
            continue
        if kind in _KEYED_KINDS:
            members = members[keys[members] != ""]
        if len(members) < 2:
            continue
        member_keys = keys[members]
        similar = (
            process.cdist(list(member_keys), list(member_keys), scorer=fuzz.token_sort_ratio)
            >= key_threshold
        )
        if kind in _KEYED_KINDS:
            # The same distinctive value (1500 troops, 2012) in one event is
            # one fact even when the keys are worded apart ("French troops",
            # "soldiers"); small counts ("two agreements") are too common.
            member_values = values[members]
            distinctive = np.array([_is_distinctive(kind, v) for v in member_values])
            same_value = (member_values[:, None] == member_values[None, :]) & distinctive[:, None]
            aligned = similar | same_value
        else:
            # An entity claim with a key ("head of the Wagner Group") aligns
            # with claims of a similar key; a bare mention with the same entity.
            # A key that only repeats the kind ("place") marks a bare mention.
            keyed = (member_keys != "") & (member_keys != kind)
            same_entity = values[members][:, None] == values[members][None, :]
            bare = ~keyed[:, None] & ~keyed[None, :]
            aligned = np.where(bare, same_entity, similar & keyed[:, None] & keyed[None, :])
        aligned &= claim_unit[members][:, None] != claim_unit[members][None, :]
        left, right = np.nonzero(aligned)
        if len(left) == 0:
            continue
        first, second = members[left], members[right]
        agrees = np.fromiter(
            (_compatible(kind, values[a], values[b]) for a, b in zip(first, second, strict=True)),
            dtype=bool,
            count=len(first),
        )
        parts.append(pd.DataFrame({"claim": first, "other": second, "agrees": agrees}))
    if not parts:
        return pd.DataFrame(
            {
                "claim": np.zeros(0, np.int64),
                "other": np.zeros(0, np.int64),
                "agrees": np.zeros(0, bool),
            }
        )
    return pd.concat(parts, ignore_index=True).sort_values(["claim", "other"], ignore_index=True)


def _unit_trust(
    claims: pd.DataFrame, claim_unit: np.ndarray, pairs: pd.DataFrame, method: str
) -> pd.Series:
    """Trust of each unit from truth discovery over the event's aligned claims."""
    units = sorted(set(claim_unit))
    if len(pairs) == 0:
        return pd.Series(1.0, index=pd.Index(units, dtype=object), name="trust")
    # An object is a group of claims aligned with each other.
    n = len(claims)
    graph = sp.csr_matrix(
        (np.ones(len(pairs)), (pairs["claim"].to_numpy(), pairs["other"].to_numpy())), shape=(n, n)
    )
    _, group = connected_components(graph, directed=False)
    kinds = claims["kind"].astype("string").fillna("").to_numpy()
    values = claims["value"].astype("string").fillna("").str.strip().to_numpy()
    in_pairs = np.zeros(n, dtype=bool)
    in_pairs[pairs["claim"].to_numpy()] = True
    long = pd.DataFrame(
        {
            "source": claim_unit[in_pairs],
            "object": group[in_pairs],
            "value": [(k, v) for k, v in zip(kinds[in_pairs], values[in_pairs], strict=True)],
        }
    )
    _, trust = discover(long, method=method, similarity=_implication)
    # Units without aligned claims get the mean trust of the others.
    return trust.reindex(pd.Index(units, dtype=object)).fillna(trust.mean())


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
