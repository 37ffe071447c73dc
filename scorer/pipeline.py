"""The orchestration: ``analyze`` runs every stage, ``score`` keeps the scores.

Each stage is a plain function from tables to a table (see DESIGN.md); this
module only calls them in order, times them, and assembles the per-article
``features``, ``scores`` and per-outlet ``sources`` tables.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from tqdm.auto import tqdm

from scorer import text, truth
from scorer.combine import DEFAULT_FEATURES, FEATURE_COLUMNS, MODEL_FEATURES, ReliabilityModel
from scorer.features import agreement, attribution, claims, consistency, spam
from scorer.features.style import (
    LANGUAGE_FEATURES,
    STYLE_FEATURES,
    language_goodness,
    style_features,
)
from scorer.schema import (
    ARTICLE_COLUMNS,
    ARTICLE_ID,
    ERROR,
    EVENT_ID,
    FAMILIES,
    SCORE_COLUMNS,
    SOURCE,
    SOURCE_COLUMNS,
    TITLE,
)

#: Pseudo-count of the outlet prior: an outlet seen once keeps 3/4 of its
#: weight on the corpus mean, one seen 30 times about 10%.
SOURCE_PRIOR_STRENGTH = 3.0


@dataclass
class Analysis:
    """Every table of one run; see DESIGN.md for their columns.

    ``copies`` (beyond DESIGN.md's tables) says which articles copy or
    re-publish which, and how much (:func:`scorer.features.agreement.find_copies`):
    a copy counts once in cross-source agreement. ``timings`` maps each stage
    to its wall time in seconds.
    """

    articles: pd.DataFrame
    segments: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    claims: pd.DataFrame
    entities: pd.DataFrame
    inconsistencies: pd.DataFrame
    copies: pd.DataFrame
    features: pd.DataFrame
    scores: pd.DataFrame
    sources: pd.DataFrame
    truths: pd.DataFrame
    trust: pd.Series
    timings: dict[str, float] = field(default_factory=dict)

    TABLES = (
        "articles",
        "segments",
        "sentences",
        "quotes",
        "claims",
        "entities",
        "inconsistencies",
        "copies",
        "features",
        "scores",
        "sources",
        "truths",
    )

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(getattr(self, name))}" for name in self.TABLES)
        return f"Analysis({sizes})"

    def explain(self, article_id: str) -> dict[str, pd.DataFrame]:
        """The rows behind one article's score, table by table."""
        return {
            name: getattr(self, name).loc[lambda df: df[ARTICLE_ID] == article_id]
            for name in self.TABLES
            if name not in ("sources", "truths")
        }


def _is_dask(obj: object) -> bool:
    """A Dask DataFrame, recognised without importing Dask."""
    return type(obj).__module__.split(".")[0] == "dask" and hasattr(obj, "map_partitions")


def _as_articles(articles: Any) -> pd.DataFrame:
    if isinstance(articles, pd.DataFrame) and all(c in articles for c in ARTICLE_COLUMNS):
        return articles
    # Deliberate exception to "the core imports no I/O": analyze() accepts the
    # same inputs as load_articles (paths, raw frames) so notebooks and the
    # benchmark harness can pass them straight in; the import stays lazy.
    from scorer.io import load_articles

    return load_articles(articles)


class _Clock:
    def __init__(self, *, progress: bool, total: int) -> None:
        self.timings: dict[str, float] = {}
        self._bar = tqdm(total=total, desc="scorer", unit="stage", disable=not progress)
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.timings[stage] = now - self._last
        self._last = now
        self._bar.set_postfix_str(stage)
        self._bar.update(1)

    def split(self, stages: dict[str, float]) -> None:
        """Close a lap that ran several stages, interleaved, for these seconds each."""
        now = time.perf_counter()
        total = sum(stages.values()) or 1.0
        elapsed = now - self._last
        for stage, seconds in stages.items():
            self.timings[stage] = elapsed * seconds / total
            self._bar.update(1)
        self._bar.set_postfix_str(", ".join(stages))
        self._last = now

    def close(self) -> None:
        self._bar.close()


#: Above this many articles the per-article stages (segments, spam,
#: sentences, attribution) run in blocks of whole outlets.  Their only evidence
#: across articles is page chrome that one outlet repeats, so the blocks give
#: the same tables while the peak memory stays that of one block.
SEGMENT_BLOCK = 20_000


def _outlet_blocks(articles: pd.DataFrame) -> list[np.ndarray]:
    """Row positions of each block: whole outlets, at most SEGMENT_BLOCK rows when possible."""
    if len(articles) <= SEGMENT_BLOCK:
        return [np.arange(len(articles))]
    position = np.arange(len(articles))
    # Articles without an outlet share no evidence: each is its own group.
    outlet = (
        articles[SOURCE]
        .astype("string")
        .fillna("\x00" + pd.Series(position, index=articles.index).astype("string"))
    )
    codes, _ = pd.factorize(outlet)
    sizes = np.bincount(codes)
    block_of_group = np.zeros(len(sizes), dtype=np.int64)
    block, filled = 0, 0
    for group, size in enumerate(sizes):  # groups in order of first appearance
        if filled and filled + size > SEGMENT_BLOCK:
            block, filled = block + 1, 0
        block_of_group[group] = block
        filled += size
    block_of = block_of_group[codes]
    return [np.flatnonzero(block_of == number) for number in range(block + 1)]


def _release_memory() -> None:
    """Hand freed memory back to the system between the blocks of a large corpus.

    Both allocators keep what Python and pyarrow free for reuse; on a large
    corpus that retained memory, not live data, is most of the peak RSS.
    """
    gc.collect()
    try:
        import pyarrow

        pyarrow.default_memory_pool().release_unused()
    except ImportError:  # pragma: no cover - pandas' string dtype needs pyarrow
        pass
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _glibc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim  # noqa: B018 - absent outside glibc (macOS, musl)
    except (OSError, AttributeError):
        return None
    return libc


_LIBC = _glibc()


def _per_article_tables(
    articles: pd.DataFrame, seconds: dict[str, float]
) -> dict[str, pd.DataFrame]:
    """Segments, spam, sentences, quotes and attribution of one block of articles.

    Adds the seconds spent on spam and on attribution to ``seconds``.
    """
    ids = articles[ARTICLE_ID]
    start = time.perf_counter()
    segments = spam.segment(articles)
    spam_table = spam.spam_features(segments, ids)
    middle = time.perf_counter()
    sentences = text.split_sentences(segments)
    credits = attribution.find_credits(segments, articles)
    sentences, quotes = attribution.attribute(sentences, segments, articles, credits=credits)
    attribution_table = attribution.attribution_features(
        sentences, segments, articles, credits=credits
    )
    seconds["segments"] = seconds.get("segments", 0.0) + middle - start
    seconds["attribution"] = seconds.get("attribution", 0.0) + time.perf_counter() - middle
    return {
        "segments": segments,
        "sentences": sentences,
        "quotes": quotes,
        "spam": spam_table,
        "attribution": attribution_table,
    }


_ROW_TABLES = ("segments", "sentences", "quotes")


def _blocked_tables(articles: pd.DataFrame, seconds: dict[str, float]) -> dict[str, pd.DataFrame]:
    """:func:`_per_article_tables` over outlet blocks, reassembled in input order."""
    blocks = _outlet_blocks(articles)
    if len(blocks) == 1:
        return _per_article_tables(articles, seconds)
    ids = articles[ARTICLE_ID]
    parts: dict[str, list[pd.DataFrame]] = {}
    for rows in blocks:
        for name, table in _per_article_tables(articles.iloc[rows], seconds).items():
            parts.setdefault(name, []).append(table)
        _release_memory()
    out: dict[str, pd.DataFrame] = {}
    rank = pd.Series(np.arange(len(articles)), index=ids.to_numpy())
    for name, tables in parts.items():
        kept = [t for t in tables if len(t)] or tables[:1]
        table = pd.concat(kept, ignore_index=name in _ROW_TABLES)
        if name in _ROW_TABLES:
            order = np.argsort(rank.reindex(table[ARTICLE_ID]).to_numpy(), kind="stable")
            table = table.iloc[order].reset_index(drop=True)
        else:
            table = table.reindex(ids)
        out[name] = table
        parts[name] = []
    return out


def _family_tables(articles: pd.DataFrame, clock: _Clock) -> dict[str, Any]:
    ids = articles[ARTICLE_ID]
    seconds: dict[str, float] = {}
    blocked = _blocked_tables(articles, seconds)
    segments, sentences, quotes = (blocked[name] for name in _ROW_TABLES)
    spam_table, attribution_table = blocked["spam"], blocked["attribution"]
    del blocked
    clock.split(seconds)
    large = len(articles) > SEGMENT_BLOCK
    if large:
        _release_memory()

    entities, claim_table, inconsistencies, consistency_table = _claim_tables(
        articles, segments, sentences
    )
    if large:
        _release_memory()
    clock.lap("claims")

    events = agreement.cluster_events(articles, entities)
    # One dtype whatever the values (an all-missing column would be objects).
    with_events = articles.assign(**{EVENT_ID: events.astype("str").set_axis(articles.index)})
    claim_table, agreement_table = agreement.agreement_features(claim_table, with_events)
    copies = agreement.find_copies(with_events)
    if large:
        _release_memory()
    clock.lap("agreement")

    features = _assemble_features(
        ids,
        events,
        segments=segments,
        sentences=sentences,
        claim_table=claim_table,
        tables=[spam_table, attribution_table, consistency_table, agreement_table],
    )
    return {
        "articles": with_events,
        "segments": segments,
        "sentences": sentences,
        "quotes": quotes,
        "claims": claim_table,
        "entities": entities,
        "inconsistencies": inconsistencies,
        "copies": copies,
        "features": features,
    }


def _claim_tables(
    articles: pd.DataFrame, segments: pd.DataFrame, sentences: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Entities, claims, inconsistencies and the consistency features."""
    entities = claims.extract_entities(sentences, articles)
    claim_table = claims.extract_claims(sentences, articles, entities)
    inconsistencies = consistency.find_inconsistencies(
        articles, segments, sentences, claim_table, entities
    )
    consistency_table = consistency.consistency_features(inconsistencies, articles[ARTICLE_ID])
    return entities, claim_table, inconsistencies, consistency_table


def _assemble_features(
    ids: pd.Series,
    events: pd.Series,
    *,
    segments: pd.DataFrame,
    sentences: pd.DataFrame,
    claim_table: pd.DataFrame,
    tables: list[pd.DataFrame],
) -> pd.DataFrame:
    """The per-article feature table: the family tables (indexed by article id) and evidence."""
    evidence = pd.DataFrame(
        {
            "n_spam_density": segments.groupby(ARTICLE_ID).size(),
            "n_attribution": sentences.loc[sentences["claim_bearing"].fillna(False).astype(bool)]
            .groupby(ARTICLE_ID)
            .size(),
            "n_consistency": sentences.groupby(ARTICLE_ID).size(),
            "n_agreement": claim_table.loc[claim_table["status"].notna()]
            .groupby(ARTICLE_ID)
            .size(),
        }
    )
    features = pd.concat([*tables, evidence.reindex(ids).fillna(0).astype(int)], axis=1)
    features = features.loc[:, ~features.columns.duplicated()]
    features.index.name = ARTICLE_ID
    features = features.reset_index()
    # One dtype whatever the values (an all-missing column would be objects).
    features.insert(1, EVENT_ID, events.astype("str").set_axis(features.index))
    return features


def extract_features(articles: Any, *, style: bool = False) -> pd.DataFrame:
    """The per-article feature table (one row per article, input order).

    Parameters
    ----------
    articles : DataFrame or path
        Anything :func:`scorer.load_articles` accepts.
    style : bool, keyword-only, default False
        Also append the style and complexity columns of
        :func:`scorer.features.style.style_features` (NELA-style) after the
        family columns.  ``analyze`` does not use them.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``event_id`` and every family's value and detail
        columns: the input of :class:`ReliabilityModel`.  Cross-source
        agreement is computed among the articles given, and no others.

    Examples
    --------
    >>> import scorer
    >>> features = extract_features(scorer.EXAMPLE_CORPUS, style=True)
    >>> features.shape[0], "agreement" in features, "flesch_reading_ease" in features
    (5, True, True)
    """
    articles = _as_articles(articles)
    clock = _Clock(progress=False, total=4)
    try:
        features = _family_tables(articles, clock)["features"]
    finally:
        clock.close()
    if not style:
        return features
    extra = style_features(articles).reset_index(drop=True)
    return pd.concat([features, extra.drop(columns=features.columns, errors="ignore")], axis=1)


def _model_columns(model: ReliabilityModel) -> list[str]:
    """The feature columns :func:`_scores` gives ``model``."""
    if getattr(model, "estimator_", True) is None:
        return list(DEFAULT_FEATURES)
    return list(getattr(model, "feature_names_in_", MODEL_FEATURES))


def _needs_style(model: ReliabilityModel) -> bool:
    """Whether ``model`` reads the style features (computed from the raw text)."""
    return any(c in STYLE_FEATURES for c in _model_columns(model))


def _scores(
    articles: pd.DataFrame,
    features: pd.DataFrame,
    model: ReliabilityModel,
    *,
    style: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The scores table; ``style`` is :func:`style_features` of ``articles`` if already known."""
    error = articles[ERROR].astype("string").reset_index(drop=True)
    scoreable = error.isna().to_numpy()
    # scikit-learn refuses 0 samples: an empty corpus is scored as one blank
    # row whose result is dropped, so its columns are those of any corpus.
    empty = len(features) == 0
    if empty:
        features = pd.DataFrame(np.nan, index=[0], columns=features.columns)
        features[[f"n_{f}" for f in FAMILIES]] = 0
    language = None
    # A fitted model reads the columns it was fitted on, prepared as
    # FeatureExtractor prepares them.
    model_input = _model_matrix(features, articles, _model_columns(model), style=style)
    if getattr(model, "estimator_", True) is None:
        evidence = features[[f"n_{f}" for f in FAMILIES]].reset_index(drop=True)
        # The language cues are read over the article's sentences.
        evidence = evidence.assign(n_language=evidence["n_consistency"])
        detail = model.explain(model_input, evidence=evidence)
        language = language_goodness(model_input[list(LANGUAGE_FEATURES)]).to_numpy()
    else:
        detail = pd.DataFrame({"reliability": model.predict_proba(model_input)[:, -1]})
    if empty:
        features, detail = features.iloc[0:0], detail.iloc[0:0]
        language = None if language is None else language[:0]
    detail = detail.reset_index(drop=True)
    detail.loc[~scoreable, :] = np.nan
    # The articles' own dtypes: inferring them again from the values would
    # make a column of missing titles an object column.
    scores = articles[[ARTICLE_ID, SOURCE, TITLE]].reset_index(drop=True)
    for family in FAMILIES:
        scores[family] = features[family].to_numpy(dtype=float)
    if language is not None:
        scores["language"] = language
        scores.loc[~scoreable, "language"] = np.nan
    for column in detail.columns:
        scores[column] = detail[column].to_numpy()
    scores[ERROR] = error.astype("str")
    no_family = scores[list(FAMILIES)].isna().all(axis=1) & scores[ERROR].isna()
    scores.loc[no_family, ERROR] = "no scoreable text after removing spam and page chrome"
    ordered = [c for c in SCORE_COLUMNS if c in scores] + [
        c for c in scores if c not in SCORE_COLUMNS
    ]
    return scores[ordered]


def outlet_scores(scores: pd.DataFrame, *, prior_strength: float = SOURCE_PRIOR_STRENGTH):
    """Aggregate article reliability per outlet, shrunk toward the corpus mean.

    Empirical Bayes: an outlet's score is ``(n * mean + k * prior) / (n + k)``
    with ``prior`` the mean over all scored articles and ``k`` the prior
    strength, so an outlet seen once stays near the prior.  The interval is a
    normal interval on the shrunk mean, its spread the pooled article spread.

    Parameters
    ----------
    scores : DataFrame with ``source`` and ``reliability``
    prior_strength : float, keyword-only, default 3

    Returns
    -------
    pandas.DataFrame
        One row per outlet (articles with no outlet form ``"(unknown)"``),
        sorted by ``reliability`` descending, then name.

    Examples
    --------
    >>> s = pd.DataFrame({"source": ["a", "a", "b"], "reliability": [0.9, 0.8, 0.2]})
    >>> outlet_scores(s)[["source", "n_articles", "reliability"]].round(3)
      source  n_articles  reliability
    0      a           2        0.720
    1      b           1        0.525
    """
    frame = scores[[SOURCE, "reliability"]].copy()
    frame[SOURCE] = frame[SOURCE].astype("string").fillna("(unknown)")
    scored = frame.dropna(subset=["reliability"])
    prior = float(scored["reliability"].mean()) if len(scored) else np.nan
    spread = float(scored["reliability"].std(ddof=0)) if len(scored) > 1 else 0.25
    grouped = frame.groupby(SOURCE, sort=True)["reliability"]
    out = pd.DataFrame(
        {
            "n_articles": grouped.size(),
            "n_scored": grouped.count(),
            "mean_reliability": grouped.mean(),
        }
    )
    n = out["n_scored"].astype(float)
    k = float(prior_strength)
    out["reliability"] = (n * out["mean_reliability"].fillna(0.0) + k * prior) / (n + k)
    half = 1.96 * max(spread, 0.05) / np.sqrt(n + k)
    out["reliability_low"] = (out["reliability"] - half).clip(0.0, 1.0)
    out["reliability_high"] = (out["reliability"] + half).clip(0.0, 1.0)
    out = out.reset_index().sort_values(
        ["reliability", SOURCE], ascending=[False, True], kind="mergesort"
    )
    columns = [*SOURCE_COLUMNS[:2], "n_scored", *SOURCE_COLUMNS[2:]]
    return out[columns].reset_index(drop=True)


def analyze(
    articles: Any,
    *,
    model: ReliabilityModel | None = None,
    progress: bool = False,
) -> Analysis:
    """Run every stage on a corpus and return all its tables.

    Parameters
    ----------
    articles : DataFrame, path or list of paths
        An articles table from :func:`scorer.load_articles`, or anything it
        accepts (a folder of .txt files, a .csv/.tsv/.jsonl/.parquet file).
    model : ReliabilityModel, optional
        A fitted model; default :meth:`ReliabilityModel.from_defaults`.
    progress : bool, keyword-only
        Show a progress bar on stderr.

    Returns
    -------
    Analysis
        One DataFrame per table of DESIGN.md; every article of the input
        appears in ``articles``, ``features`` and ``scores``, in input order.

    Examples
    --------
    >>> import scorer
    >>> result = scorer.analyze(scorer.EXAMPLE_CORPUS)
    >>> len(result.scores), list(result.scores.columns[:4])
    (5, ['article_id', 'source', 'title', 'spam_density'])
    """
    if _is_dask(articles):
        from scorer.scale import analyze_dask

        return analyze_dask(articles, model=model, progress=progress)
    clock = _Clock(progress=progress, total=6)
    try:
        articles = _as_articles(articles)
        if len(articles) > SEGMENT_BLOCK:
            _release_memory()
        clock.lap("load")
        tables = _family_tables(articles, clock)
        model = model if model is not None else ReliabilityModel.from_defaults()
        scores = _scores(tables["articles"], tables["features"], model)
        sources = outlet_scores(scores)
        truths, trust = _outlet_truths(tables["claims"], tables["articles"])
        clock.lap("scores")
    finally:
        clock.close()
    return Analysis(
        **tables,
        scores=scores,
        sources=sources,
        truths=truths,
        trust=trust,
        timings=clock.timings,
    )


def _outlet_truths(claim_table: pd.DataFrame, articles: pd.DataFrame):
    """Truth discovery over the corpus' claims: (event, kind, key) is the object."""
    return discover_truths(_truth_table(claim_table, articles))


def _truth_table(
    claim_table: pd.DataFrame, articles: pd.DataFrame, *, keep: Sequence[str] = ()
) -> pd.DataFrame:
    """The long table of truth discovery: source, object, value, each triple once.

    ``keep`` names columns of ``claim_table`` carried along (each triple
    keeps its first row's).
    """
    if claim_table.empty:
        return pd.DataFrame(columns=["source", "object", "value", *keep])
    meta = articles[[ARTICLE_ID, SOURCE, EVENT_ID]].copy()
    meta[SOURCE] = meta[SOURCE].astype("string").fillna(meta[ARTICLE_ID].astype("string"))
    long = claim_table[[ARTICLE_ID, "kind", "key", "value", *keep]].merge(meta, on=ARTICLE_ID)
    long = long.dropna(subset=["key", "value"])
    long = pd.DataFrame(
        {
            "source": long[SOURCE].astype(str),
            "object": long[EVENT_ID].astype(str) + " | " + long["kind"] + " | " + long["key"],
            "value": long["value"].astype(str),
            **{c: long[c].to_numpy() for c in keep},
        }
    )
    return long.drop_duplicates(subset=["source", "object", "value"])


def discover_truths(long: pd.DataFrame, *, order: str | None = None):
    """:func:`scorer.truth.discover` on a :func:`_truth_table` (the pipeline's method).

    ``order``: a column of each row's place in the corpus, for a table not
    in corpus order (see :func:`scorer.truth.discover`).
    """
    columns = ["source", "object", "value", *([order] if order else [])]
    return truth.discover(long[columns], order=order)


def score(articles: Any, *, model: ReliabilityModel | None = None, progress: bool = False):
    """One row per article: the four families, reliability and its interval.

    Same as ``analyze(articles).scores``; see :func:`analyze`.
    """
    return analyze(articles, model=model, progress=progress).scores


def _model_matrix(
    features: pd.DataFrame,
    articles: pd.DataFrame,
    columns: list[str],
    *,
    style: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The model's input: ``columns`` of the feature table (style added when asked for).

    Family counts (``n_*``) are ``log1p``-scaled so that one outlier article
    does not dominate a linear model; missing values stay NaN.  ``style``:
    :func:`style_features` of ``articles``, computed here when not given.
    """
    if any(c in STYLE_FEATURES for c in columns):
        extra = (style if style is not None else style_features(articles)).reset_index(drop=True)
        features = pd.concat(
            [
                features.reset_index(drop=True),
                extra.drop(columns=features.columns, errors="ignore"),
            ],
            axis=1,
        )
    out = features.reindex(columns=columns).astype(float).reset_index(drop=True)
    counts = [c for c in columns if c.startswith("n_") and c not in STYLE_FEATURES]
    out[counts] = np.log1p(out[counts].clip(lower=0.0))
    return out


class FeatureExtractor(TransformerMixin, BaseEstimator):
    """Articles DataFrame -> numeric feature matrix for :class:`ReliabilityModel`.

    Stateless: ``fit`` learns nothing, so it is safe inside cross-validation.
    Cross-source agreement is computed among the articles passed to
    ``transform`` (a test fold sees agreement within the fold).

    The default columns, :data:`scorer.combine.FEATURE_COLUMNS`, are the four
    families' values and detail counts plus the style and complexity features
    of :mod:`scorer.features.style`; counts (``n_*`` family columns) are
    ``log1p``-scaled, so one outlier article does not dominate a linear model.
    Missing values stay NaN (the model handles them by design).

    Parameters
    ----------
    columns : sequence of str, optional
        Feature columns to return; default
        :data:`scorer.combine.FEATURE_COLUMNS`.  Pass
        :data:`scorer.combine.MODEL_FEATURES` for the five columns of the
        default weights.

    Examples
    --------
    >>> import scorer
    >>> from scorer.combine import MODEL_FEATURES
    >>> articles = scorer.load_articles(scorer.EXAMPLE_CORPUS)
    >>> FeatureExtractor(columns=MODEL_FEATURES).fit_transform(articles).shape
    (5, 5)
    >>> X = FeatureExtractor().fit_transform(articles)
    >>> X.shape[0], X.shape[1] > 20
    (5, True)
    """

    def __init__(self, columns=None) -> None:
        self.columns = columns

    def _columns(self) -> list[str]:
        return list(self.columns) if self.columns is not None else list(FEATURE_COLUMNS)

    def fit(self, X, y=None) -> FeatureExtractor:
        self.n_features_in_ = 1
        return self

    def transform(self, X) -> pd.DataFrame:
        articles = _as_articles(X)
        features = extract_features(articles)
        out = _model_matrix(features, articles, self._columns())
        return out.set_axis(X.index, axis=0) if isinstance(X, pd.DataFrame) else out

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.array(self._columns(), dtype=object)
