"""ReliabilityModel: scikit-learn conformance, default weights, fitting."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.utils.estimator_checks import parametrize_with_checks

from scorer.combine import MODEL_FEATURES, ReliabilityModel, family_goodness, wilson_interval


@parametrize_with_checks([ReliabilityModel(), ReliabilityModel(method="boosting")])
def test_sklearn_estimator_checks(estimator, check):
    check(estimator)


def _frame(rows):
    return pd.DataFrame(rows, columns=list(MODEL_FEATURES))


def test_default_model_orders_clean_sourced_above_spammy_unsourced():
    X = _frame([[0.0, 0.05, 0.9, 1.0, 0.9], [0.3, 0.2, 0.0, 0.5, 0.2]])
    proba = ReliabilityModel.from_defaults().predict_proba(X)[:, 1]
    assert proba[0] > 0.9 > 0.1 > proba[1]


def test_missing_agreement_is_neutral_not_zero():
    model = ReliabilityModel.from_defaults()
    base = [0.0, 0.0, 0.6, 1.0]
    explained = model.explain(_frame([[*base, np.nan], [*base, 0.0], [*base, 1.0]]))
    points = explained["points_agreement"].to_numpy()
    assert points[0] == pytest.approx(12.5)
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
