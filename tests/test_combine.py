"""ReliabilityModel: scikit-learn conformance, default weights, fitting."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.utils.estimator_checks import parametrize_with_checks

from scorer.combine import (
    COMPONENTS,
    COVERAGE,
    DEFAULT_CENTRE,
    DEFAULT_FEATURES,
    DEFAULT_POINTS,
    DEFAULT_SCALE,
    MIN_INDEPENDENT_UNITS,
    MODEL_FEATURES,
    ReliabilityModel,
    family_goodness,
    wilson_interval,
)


@parametrize_with_checks([ReliabilityModel(), ReliabilityModel(method="boosting")])
def test_sklearn_estimator_checks(estimator, check):
    check(estimator)


def _frame(rows):
    return pd.DataFrame(rows, columns=list(MODEL_FEATURES))


def test_default_model_orders_clean_sourced_above_spammy_unsourced():
    X = _frame([[0.0, 0.05, 0.9, 1.0, 0.9], [0.3, 0.2, 0.0, 0.5, 0.2]])
    proba = ReliabilityModel.from_defaults().predict_proba(X)[:, 1]
    assert proba[0] > 0.75 > 0.5 > 0.1 > proba[1]


def test_missing_agreement_is_neutral_not_zero():
    model = ReliabilityModel.from_defaults()
    base = [0.0, 0.0, 0.6, 1.0]
    explained = model.explain(_frame([[*base, np.nan], [*base, 0.0], [*base, 1.0]]))
    points = explained["points_agreement"].to_numpy()
    assert points[0] == pytest.approx(DEFAULT_POINTS["agreement"] / 2)
    assert points[1] < points[0] < points[2]


def test_interval_narrows_with_evidence_and_contains_the_score():
    model = ReliabilityModel.from_defaults()
    X = _frame([[0.02, 0.1, 0.7, 0.9, 0.8]] * 2)
    evidence = pd.DataFrame(
        {
            "n_spam_density": [2, 200],
            "n_attribution": [2, 200],
            "n_consistency": [2, 200],
            "n_agreement": [2, 200],
        }
    )
    out = model.explain(X, evidence=evidence)
    width = out["reliability_high"] - out["reliability_low"]
    assert width[1] < width[0]
    assert (out["reliability_low"] <= out["reliability"]).all()
    assert (out["reliability"] <= out["reliability_high"]).all()


def test_goodness_direction_of_spam():
    good = family_goodness(pd.DataFrame({"spam_density": [0.0, 0.1, 0.5]}))["spam_density"]
    assert good.is_monotonic_decreasing
    assert good.iloc[0] == 1.0 and good.iloc[-1] == 0.0


def test_wilson_interval_without_evidence_is_whole_range():
    low, high = wilson_interval(np.array([0.7]), np.array([0]))
    assert (low[0], high[0]) == (0.0, 1.0)


def test_fit_learns_and_works_in_grouped_cross_validation():
    rng = np.random.default_rng(0)
    n = 200
    y = rng.integers(0, 2, n)
    X = _frame(
        np.column_stack(
            [
                np.where(y == 1, 0.02, 0.2) + rng.normal(0, 0.05, n),
                rng.uniform(0, 0.3, n),
                np.where(y == 1, 0.7, 0.3) + rng.normal(0, 0.2, n),
                rng.uniform(0.6, 1, n),
                np.where(rng.uniform(size=n) < 0.3, np.nan, rng.uniform(size=n)),
            ]
        )
    )
    groups = np.arange(n) // 2
    proba = cross_val_predict(
        make_pipeline(ReliabilityModel()),
        X,
        y,
        groups=groups,
        cv=GroupKFold(5),
        method="predict_proba",
    )[:, 1]
    accuracy = ((proba > 0.5) == y).mean()
    assert accuracy > 0.8


def test_unknown_method_is_a_clear_error():
    with pytest.raises(ValueError, match="method must be"):
        ReliabilityModel(method="magic").fit(_frame([[0, 0, 0, 0, 0], [1, 1, 1, 1, 1]]), [0, 1])


def _shifted_sample(share_reliable: float, seed: int):
    """Labelled rows whose features mean the same thing at any base rate."""
    rng = np.random.default_rng(seed)
    n = 600
    y = (rng.uniform(size=n) < share_reliable).astype(int)
    X = _frame(
        np.column_stack(
            [
                rng.uniform(0, 0.05, n),
                rng.uniform(0, 0.3, n),
                np.where(y == 1, 0.6, 0.4) + rng.normal(0, 0.2, n),
                rng.uniform(0.6, 1, n),
                rng.uniform(size=n),
            ]
        )
    )
    return X, y


def test_ranking_score_does_not_follow_the_training_base_rate():
    # Leave-one-outlet-out trains on folds whose share of reliable articles
    # moves against the held-out outlet's; the ranking score must not move.
    probe = _frame([[0.01, 0.1, 0.5, 0.8, 0.5]] * 3)
    scores, probas = [], []
    for share in (0.3, 0.85):
        X, y = _shifted_sample(share, seed=1)
        model = ReliabilityModel().fit(X, y)
        scores.append(model.log_likelihood_ratio(probe)[0])
        probas.append(model.predict_proba(probe)[0, 1])
        # prior-corrected probabilities are calibrated to the training share
        assert model.predict_proba(X)[:, 1].mean() == pytest.approx(y.mean(), abs=0.03)
    assert abs(scores[0] - scores[1]) < 0.3
    assert probas[1] - probas[0] > 0.3  # the probability does carry the prior


def test_unbalanced_learner_score_follows_the_base_rate():
    # the failure the default class weighting prevents: this test can fail
    probe = _frame([[0.01, 0.1, 0.5, 0.8, 0.5]])
    log_odds = []
    for share in (0.3, 0.85):
        X, y = _shifted_sample(share, seed=1)
        model = ReliabilityModel(class_weight=None).fit(X, y)
        proba = model.predict_proba(probe)[0, 1]
        log_odds.append(np.log(proba / (1 - proba)))
    assert log_odds[1] - log_odds[0] > 1.5


def test_default_log_likelihood_ratio_is_the_points_on_the_logit_scale():
    model = ReliabilityModel.from_defaults()
    X = _frame([[0.0, 0.05, 0.9, 1.0, 0.9], [0.3, 0.2, 0.0, 0.5, np.nan]])
    points = model.explain(X)["points"].to_numpy()
    expected = (points - DEFAULT_CENTRE) / DEFAULT_SCALE
    np.testing.assert_allclose(model.log_likelihood_ratio(X), expected, atol=1e-9)
    # a base rate moves the probability, never the ranking score
    for prior in (0.2, 0.8):
        shifted = ReliabilityModel.from_defaults(prior=prior)
        np.testing.assert_allclose(shifted.log_likelihood_ratio(X), expected, atol=1e-9)
        logit = np.log(prior / (1 - prior)) + expected
        np.testing.assert_allclose(shifted.predict_proba(X)[:, 1], 1 / (1 + np.exp(-logit)))
    with pytest.raises(ValueError, match="prior must"):
        ReliabilityModel.from_defaults(prior=1.0)


def test_default_points_are_newsguard_criteria_rescaled():
    assert sum(DEFAULT_POINTS.values()) == pytest.approx(100)
    assert tuple(DEFAULT_POINTS) == COMPONENTS
    # NewsGuard's 75 text-visible points, x 4/3: false content 22 -> agreement,
    # sources 18 + names 5 -> attribution, headlines 10, advertising 7.5,
    # news vs opinion 12.5 -> language
    newsguard = {
        "agreement": 22,
        "attribution": 23,
        "consistency": 10,
        "spam_density": 7.5,
        "language": 12.5,
    }
    for component, points in newsguard.items():
        assert DEFAULT_POINTS[component] == pytest.approx(points * 4 / 3, abs=0.5), component


def _seed_features():
    import scorer
    from scorer.pipeline import FeatureExtractor

    articles = scorer.load_articles(scorer.EXAMPLE_CORPUS)
    X = FeatureExtractor(columns=DEFAULT_FEATURES).fit_transform(articles)
    return X.set_axis(articles["article_id"].str[:3])


def test_founding_ranking_holds_with_the_language_component():
    explained = ReliabilityModel.from_defaults().explain(_seed_features())
    ranked = explained["points"].sort_values(ascending=False).index.tolist()
    assert ranked[-1] == "001"
    assert set(ranked[:2]) == {"002", "003"}
    # the language of five news reports is known and mostly ordinary
    language = explained["points_language"]
    assert language.between(0.6 * DEFAULT_POINTS["language"], DEFAULT_POINTS["language"]).all()


def test_language_is_neutral_when_only_the_families_are_given():
    X = _seed_features()
    model = ReliabilityModel.from_defaults()
    families_only = model.explain(X[list(MODEL_FEATURES)])
    assert families_only["points_language"].eq(DEFAULT_POINTS["language"] / 2).all()
    # an array of the five family columns works the same way (and is told it
    # has no column names, as any array given to a model fitted on a frame)
    with pytest.warns(UserWarning, match="feature names"):
        from_array = model.predict_proba(X[list(MODEL_FEATURES)].to_numpy())
    np.testing.assert_allclose(from_array, model.predict_proba(X[list(MODEL_FEATURES)]))
    with_language = model.explain(X)
    for family in MODEL_FEATURES[2:]:
        pd.testing.assert_series_equal(
            with_language[f"points_{family}"], families_only[f"points_{family}"]
        )


def test_hyped_copy_of_a_report_loses_language_points():
    import scorer
    from scorer.pipeline import FeatureExtractor

    articles = scorer.load_articles(scorer.EXAMPLE_CORPUS).iloc[[2]]
    body = articles["text"].iloc[0]
    hyped = ". ".join(
        f"You really MUST read this!! {s}" if i % 2 == 0 else s
        for i, s in enumerate(body.split(". "))
    )
    both = pd.concat([articles, articles.assign(article_id="hyped", text=hyped)])
    X = FeatureExtractor(columns=DEFAULT_FEATURES).fit_transform(both.reset_index(drop=True))
    points = ReliabilityModel.from_defaults().explain(X)["points_language"].to_numpy()
    assert points[0] - points[1] > 0.2 * DEFAULT_POINTS["language"]


def test_founding_corpus_ranks_the_sourced_reports_first_and_the_content_farm_last():
    import scorer

    scores = scorer.score(scorer.EXAMPLE_CORPUS)
    ranked = scores.sort_values("reliability", ascending=False)["article_id"].str[:3].tolist()
    assert ranked[-1] == "001"
    assert set(ranked[:2]) == {"002", "003"}


def test_unknown_calibration_is_a_clear_error():
    with pytest.raises(ValueError, match="calibration must be"):
        ReliabilityModel(calibration="magic").fit(
            _frame([[0, 0, 0, 0, 0], [1, 1, 1, 1, 1]]), [0, 1]
        )


def test_agreement_with_one_other_outlet_is_not_evidence():
    # Two founding reports alone: each has one other outlet, which cannot
    # settle who is right; with all five, agreement counts again.
    import scorer
    from scorer.pipeline import FeatureExtractor

    articles = scorer.load_articles(scorer.EXAMPLE_CORPUS)
    model = ReliabilityModel.from_defaults()
    pair = FeatureExtractor(columns=DEFAULT_FEATURES).fit_transform(
        articles.iloc[[2, 3]].reset_index(drop=True)
    )
    assert np.expm1(pair[COVERAGE]).round().eq(MIN_INDEPENDENT_UNITS - 1).all()
    assert pair["agreement"].notna().all()  # the family itself is computed...
    points = model.explain(pair)["points_agreement"]
    assert points.eq(DEFAULT_POINTS["agreement"] / 2).all()  # ...but earns the neutral half
    whole = _seed_features()
    assert np.expm1(whole[COVERAGE]).round().ge(MIN_INDEPENDENT_UNITS).all()
    counted = model.explain(whole)["points_agreement"]
    assert not counted.eq(DEFAULT_POINTS["agreement"] / 2).any()
    # without the coverage column (the family table alone) agreement is taken as it is
    families_only = model.explain(pair[list(MODEL_FEATURES)])["points_agreement"]
    np.testing.assert_allclose(
        families_only, DEFAULT_POINTS["agreement"] * pair["agreement"].to_numpy()
    )


@pytest.mark.data
def test_default_link_is_the_reference_corpus_median_and_spread():
    # centre and scale of the link come from the unlabelled reference bodies
    from helpers import data_home

    import scorer
    from scorer import datasets
    from scorer.pipeline import FeatureExtractor

    if not (data_home() / "article-extraction-benchmark").exists():
        pytest.skip("article-extraction-benchmark not available")
    pages = datasets.article_extraction_benchmark()
    articles = scorer.load_articles(
        pd.DataFrame({"article_id": pages["article_id"], "text": pages["body"]})
    )
    X = FeatureExtractor(columns=DEFAULT_FEATURES).fit_transform(articles)
    points = ReliabilityModel.from_defaults().explain(X)["points"]
    scoreable = family_goodness(X).notna().any(axis=1)
    q25, median, q75 = np.percentile(points[scoreable], [25, 50, 75])
    assert abs(median - DEFAULT_CENTRE) < 1.0
    assert abs((q75 - q25) - DEFAULT_SCALE) < 1.0
