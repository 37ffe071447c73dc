"""Train the spam family's learned layer and write scorer/models/spam_lines.json.

    python benchmarks/train_spam.py [--out scorer/models/spam_lines.json] [--folds 5]

Training data (read through ``scorer.datasets``, never copied):

* the 181 pages of Zyte's article extraction benchmark as plain text, one
  visible HTML block per line (``article_extraction_text``); a line is
  article body when most of its tokens align with the gold ``articleBody``
  (difflib alignment of the page's tokens with the body's, matching runs of
  at least 3 tokens);
* the founding corpus with its hand labels (content is body, the rest not);
* 300 BuzzFeed-Webis 2016 articles (title line + paragraphs): clean article
  texts, every line body, so that the model learns that a page without chrome
  keeps all its lines.

A letter-trigram model of English words (``letters``: the junk rule for
random letters and keyboard mash) is fitted first, on the lowercase words of
the real body lines, with thresholds from held-out articles; then the shape
model (``shapes``: the markup and key rule, :func:`spam_model.shape_logprob`)
on the real body lines themselves, its threshold the ``SHAPE_FP_QUANTILE``
quantile of held-out lines (every other article fits, the rest are scored).

Only the lines the rules leave as content are used: the model decides only
those.  Two logistic regressions are stacked: the second sees the first's
probabilities smoothed over neighbouring lines.  The first stage's inputs to
the second are out-of-fold predictions (GroupKFold by page, so no page has
lines on both sides).  The threshold maximises the benchmark's page-averaged
shingle F1 on out-of-fold predictions, over a small grid of regularisation
strengths (``C_GRID``); then the main-run decoding (``spam_model.body_run``:
likely body lines outside the page's largest run of body lines are chrome
unless very likely) is chosen the same way, and kept only if it gains more
than ``F1_TIE``.  Last, boosted trees (``TREE_PARAMS``) on the first-stage
features replace the stack's probability where it lies inside ``TREE_BAND``;
their threshold and main-run decoding are chosen on out-of-fold predictions
again, kept if they beat the stack by ``F1_TIE``, and a nested figure (each
fold's pages decoded with the setting best on the other folds) is stored as
``cv_f1_nested``.  ``cv_f1_shipped`` is the chosen decoding as the segmenter
applies it: it never drops the headline (which the gold body leaves out) nor
any line of a text without prose.  Lines are weighted 1 / sqrt(lines of their
page), since the metric averages over pages.  Everything is deterministic: the same data
give the same JSON, byte for byte (about a minute on one core).
"""

from __future__ import annotations

import argparse
import base64
import collections
import difflib
import itertools
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from scorer import datasets
from scorer.features import spam, spam_model
from scorer.inject import inject_spam
from scorer.schema import ARTICLE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "examples" / "niger-2023"
MODEL_PATH = ROOT / "scorer" / "models" / spam_model.MODEL_FILE
_TOKEN = re.compile(r"\w+")
N_BUZZFEED = 300
#: Inverse regularisation strengths tried (the best out-of-fold F1 wins).
C_GRID = (0.05, 1.0, 20.0)
#: Out-of-fold F1 margin by which a higher body threshold must beat a lower one.
F1_TIE = 0.001
#: Main-run decoding tried after the fit (``spam_model.body_run``): the probability from
#: which a line adds to the run, and the probability that keeps a line outside the run.
RUN_THRESHOLDS = (0.2, 0.3)
RUN_KEEP = (0.6, 0.8)
#: Boosted trees on the first-stage features (``spam_model.tree_logit``), kept if they
#: beat the linear stack out of fold.  Sized for speed (60 trees of depth 5 are
#: evaluated on the unsure lines only); out of fold, 60 x depth 5 (0.901) did as well
#: as 100 or 200 x depth 4 (0.897, 0.898) and 200 x 15 leaves (0.899).
TREE_PARAMS = {
    "max_iter": 60,
    "learning_rate": 0.25,
    "max_depth": 5,
    "min_samples_leaf": 40,
    "l2_regularization": 1.0,
    "early_stopping": False,
    "random_state": 0,
}
#: Linear-stack probabilities between which the trees decide instead.
TREE_BAND = (0.05, 0.95)
TREE_THRESHOLDS = tuple(float(v) for v in np.round(np.arange(0.15, 0.61, 0.05), 2))
#: A training line weighs 1 / (model-decided lines of its page) ** WEIGHT_POWER.
WEIGHT_POWER = 0.5
#: Template styles the promotion layer learns from: development styles.  Style
#: d stays held out, and so does the newest style written blind (o), to measure
#: the layer.  (Until 2026-11-24 only a-c: adding e-k, whose misses had all been
#: read, lifted held-out style d from 0.976 to 0.979 and left the own templates'
#: blind half at 0.95, with fewer real lines called spam.)  Styles l, m and n
#: stay out too: with l, a founding-corpus sentence dense with names ("... led
#: by Vice Minister of Defense Yunus-Bek Yevkurov, was received ... by General
#: Abdourahamane Tiani.") crossed the threshold (p 0.97 against 0.96); with m
#: and n, the threshold rose to 0.97, held-out d went 0.979 -> 0.978 and the
#: own templates' blind half 0.963 -> 0.962, and n's own adverts stayed at 0.883.
PROMO_STYLES = ("a", "b", "c", "e", "f", "g", "h", "i", "j", "k")
#: Halves of benchmarks/spam_examples.py the promotion layer learns from too
#: ("blind" and scorer.inject's style "d" stay out, to measure it).
PROMO_OWN = ("train", "check", "fresh")
#: Planted categories the promotion layer learns to claim (tokens and markup
#: have their own precise rules).
PROMO_CATEGORIES = ("ad", "call_to_action", "sponsor", "injected_spam")
PROMO_C_GRID = (0.1, 1.0, 10.0)
#: Out-of-fold share of real candidate lines the promotion layer may call spam.
#: 0.8% (0.4% until 2026-11-24): the real lines at the top of the ranking are
#: mostly promotions themselves ("#ad" disclosures, "Clip the $10 off coupon",
#: podcast plugs, "Read the rest of the story at ..."), which the gold bodies
#: and clean corpora keep.  With the made-up-name and price-pair features,
#: 0.8% lifts advert recall on the held-out styles d and e from 0.78 / 0.75 to
#: 0.88 / 0.89 and calls 7 more gold-body lines and 7 more BuzzFeed lines spam
#: (about a third of them promotions or a widget's "Explore the map" prompt;
#: the rest subheads, product specifications and a reader's comment).  1%
#: lifted d to 0.92 but called a plain sentence ("Recommended by doctors for
#: years, the treatment is cheap and widely available.") an advert in the tests.
PROMO_FP_BUDGET = 0.008
#: Out-of-fold recall a weaker regularisation of the promotion layer must add.
PROMO_RECALL_GAIN = 0.01


# --------------------------------------------------------------------------
# Gold labels and the benchmark's metric (shared with spam_benchmark.py)


def body_fraction(text: str, body: str) -> np.ndarray:
    """Per raw line of ``text``: share of its tokens aligned with ``body``."""
    lines = text.split("\n")
    tokens: list[str] = []
    owner: list[int] = []
    for i, line in enumerate(lines):
        words = [w.lower() for w in _TOKEN.findall(line)]
        tokens += words
        owner += [i] * len(words)
    body_tokens = [w.lower() for w in _TOKEN.findall(body or "")]
    matcher = difflib.SequenceMatcher(None, tokens, body_tokens, autojunk=False)
    matched = np.zeros(len(tokens), dtype=bool)
    for a, _, size in matcher.get_matching_blocks():
        if size >= 3 or (size >= 1 and size == len(body_tokens)):
            matched[a : a + size] = True
    owner_arr = np.asarray(owner, dtype=np.int64)
    n_tokens = np.bincount(owner_arr, minlength=len(lines))
    n_matched = np.bincount(owner_arr, weights=matched, minlength=len(lines))
    return np.where(n_tokens > 0, n_matched / np.maximum(n_tokens, 1), 0.0)


def _shingles(text: str, n: int = 4) -> collections.Counter:
    tokens = _TOKEN.findall(text or "")
    return collections.Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """Zyte's evaluate.py: 4-token shingle counts, normalised per page."""
    a, b = _shingles(true), _shingles(pred)
    tp = sum((a & b).values())
    fp = sum((b - a).values())
    fn = sum((a - b).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_f1(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(F1, precision, recall): mean precision and recall over pages, as evaluate.py."""

    def precision(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    p = statistics.mean(precision(*r) for r in rows if r[0] + r[1] > 0)
    r = statistics.mean(recall(*r) for r in rows if r[0] + r[2] > 0)
    return 2 * p * r / (p + r), p, r


def token_f1(rows: list[tuple[str, str]]) -> float:
    """Bag-of-words (unigram) F1 per page, averaged over pages."""
    scores = []
    for true, pred in rows:
        a = collections.Counter(_TOKEN.findall(true or ""))
        b = collections.Counter(_TOKEN.findall(pred or ""))
        tp = sum((a & b).values())
        scores.append(2 * tp / max(sum(a.values()) + sum(b.values()), 1))
    return statistics.mean(scores)


def kept_text(segments: pd.DataFrame, ids: pd.Series, labels=("content",)) -> pd.Series:
    """The text of the kept lines (content only by default), per article."""
    kept = segments[segments["label"].isin(list(labels))]
    joined = kept.groupby("article_id", sort=False)["text"].agg("\n".join)
    return joined.reindex(ids.to_numpy(), fill_value="")


# --------------------------------------------------------------------------
# Corpora


def _frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows).reindex(columns=ARTICLE_COLUMNS)
    frame = frame.astype({c: object for c in ARTICLE_COLUMNS})
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


def benchmark_pages() -> pd.DataFrame:
    """The article extraction benchmark as text, with the gold body."""
    pages = datasets.article_extraction_text()
    return pages.assign(article_id="aeb_" + pages["article_id"].str.slice(0, 16))


def _corpora() -> tuple[pd.DataFrame, dict[tuple[str, int], float]]:
    """All training articles and the gold body share of their lines."""
    gold: dict[tuple[str, int], float] = {}
    pages = benchmark_pages()
    for article_id, text, body in zip(
        pages["article_id"], pages["text"], pages["body"], strict=True
    ):
        for line_no, share in enumerate(body_fraction(text, body), start=1):
            gold[(article_id, line_no)] = float(share)
    rows = [
        {"article_id": a, "text": t}
        for a, t in zip(pages["article_id"], pages["text"], strict=True)
    ]
    labels = pd.read_csv(SEEDS / "line_labels.csv")
    for path in sorted(SEEDS.glob("*.txt")):
        rows.append({"article_id": "seed_" + path.stem, "text": path.read_text(encoding="utf-8")})
    for file, line, label in zip(labels["file"], labels["line"], labels["label"], strict=True):
        gold[("seed_" + file.removesuffix(".txt"), int(line))] = float(label == "content")
    buzz = datasets.buzzfeed_webis()
    buzz = buzz[buzz["text"].str.len() > 200].head(N_BUZZFEED)
    for article_id, title, text in zip(
        buzz["article_id"], buzz["title"], buzz["text"], strict=True
    ):
        full = f"{title or ''}\n\n{text}"
        rows.append({"article_id": "bf_" + article_id, "text": full})
        for line_no in range(1, full.count("\n") + 2):
            gold[("bf_" + article_id, line_no)] = 1.0
    return _frame(rows), gold


# --------------------------------------------------------------------------
# Fitting


def _fit(
    x: np.ndarray, y: np.ndarray, c: float = 1.0, weight: np.ndarray | None = None
) -> tuple[StandardScaler, LogisticRegression]:
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-8)
    model.fit((x - scaler.mean_) / scale, y, sample_weight=weight)
    scaler.scale_ = scale
    return scaler, model


def _stage(scaler: StandardScaler, model: LogisticRegression, names) -> dict:
    return {
        "features": list(names),
        "mean": [round(float(v), 12) for v in scaler.mean_],
        "scale": [round(float(v), 12) for v in scaler.scale_],
        "coef": [round(float(v), 12) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 12),
    }


def _predict(x: np.ndarray, stage: dict) -> np.ndarray:
    return spam_model._linear(x, stage)


def _fit_trees(x: np.ndarray, y: np.ndarray, weight: np.ndarray):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from threadpoolctl import threadpool_limits

    # One thread: the sums of gradients then add up in one order, run after run.
    with threadpool_limits(limits=1, user_api="openmp"):
        return HistGradientBoostingClassifier(**TREE_PARAMS).fit(x, y, sample_weight=weight)


def _export_trees(model, x_check: np.ndarray) -> dict:
    """The fitted trees as flat node arrays for ``spam_model.tree_logit``."""
    out = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}
    depth = 0
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        leaf = nodes["is_leaf"].astype(bool)
        own = np.arange(len(nodes))
        depth = max(depth, int(nodes["depth"].max()))
        out["feature"].append(np.where(leaf, 0, nodes["feature_idx"]).astype(int).tolist())
        out["threshold"].append([float(v) for v in np.where(leaf, 0.0, nodes["num_threshold"])])
        out["left"].append(np.where(leaf, own, nodes["left"]).astype(int).tolist())
        out["right"].append(np.where(leaf, own, nodes["right"]).astype(int).tolist())
        out["value"].append([round(float(v), 12) for v in np.where(leaf, nodes["value"], 0.0)])
    out["baseline"] = round(float(np.ravel(model._baseline_prediction)[0]), 12)
    out["depth"] = depth
    got = spam_model.tree_logit(x_check, out)
    want = model.decision_function(x_check)
    assert np.abs(got - want).max() < 1e-6, "exported trees disagree with scikit-learn"
    return out


def _sub_inputs(inputs: dict, rows: np.ndarray) -> dict:
    return {k: np.asarray(v)[rows] for k, v in inputs.items()}


def train_promo(folds: int) -> dict:
    """Fit the promotion layer: planted adverts and calls to action against real lines.

    Hosts are FakeNewsAMT's fabricated articles (the benchmark and the tests
    plant into the legit ones); real lines are those hosts' own lines plus
    the body lines of the extraction pages, the seeds and BuzzFeed articles.
    Cross-validated by host article; the threshold is the lowest whose
    out-of-fold false-positive rate on real candidate lines stays within
    ``PROMO_FP_BUDGET``, and the strongest regularisation within
    ``PROMO_RECALL_GAIN`` of the best recall there is kept.
    """
    import spam_examples

    amt = datasets.fakenewsamt()
    fake = amt[amt["label"] == 0]
    frames, truths = [], []
    for k, style in enumerate(PROMO_STYLES):
        hosts = _frame(
            [
                {"article_id": f"amt_{style}_{a}", "text": t}
                for a, t in zip(fake["article_id"], fake["text"], strict=True)
            ]
        )
        planted, truth = inject_spam(hosts, per_article=6, seed=100 + k, style=style)
        frames.append(planted)
        truths.append(truth)
    for k, half in enumerate(PROMO_OWN):
        hosts = _frame(
            [
                {"article_id": f"amt_{k}_{a}", "text": t}
                for a, t in zip(fake["article_id"], fake["text"], strict=True)
            ]
        )
        planted, truth = spam_examples.plant(hosts, half=half, seed=200 + k)
        frames.append(planted)
        truths.append(truth)
    real, gold = _corpora()
    articles = pd.concat([*frames, real], ignore_index=True)
    segments, inputs = spam._rule_segments(articles)
    rows = inputs["promo_rows"]
    x = spam_model.promo_matrix(inputs["promo_inputs"])
    cand = segments.iloc[rows]
    truth = pd.concat(truths, ignore_index=True)
    planted = dict(
        zip(zip(truth["article_id"], truth["line_no"], strict=True), truth["category"], strict=True)
    )
    y = np.full(len(rows), -1, dtype=np.int64)
    for k, key in enumerate(zip(cand["article_id"], cand["line_no"], strict=True)):
        if key in planted:
            category = planted[key]
            y[k] = 0 if category is None else 1 if category in PROMO_CATEGORIES else -1
        elif gold.get(key, 0.0) >= 0.5:
            y[k] = 0
    # Lines the layer never claims (credits, bylines, first lines, an
    # outlet's recurring chrome) neither train it nor count against its budget.
    use = (y >= 0) & ~np.asarray(inputs["promo_inputs"]["never"], dtype=bool)
    x, y = x[use], y[use]
    # One host article in all its styles stays on one side of a split.
    groups = pd.factorize(
        cand["article_id"].str.replace("^amt_[a-z0-9]_", "amt_", regex=True).to_numpy()[use]
    )[0]
    splits = list(GroupKFold(n_splits=folds).split(x, y, groups))
    print(
        f"promotion layer: {len(y)} candidate lines, {int(y.sum())} planted adverts/CTAs",
        file=sys.stderr,
    )
    # (without a threshold within the budget, the layer claims almost nothing)
    best = (-1.0, 1.0, 0.99)
    for c in PROMO_C_GRID:
        oof = np.zeros(len(y))
        for fit_rows, test_rows in splits:
            scaler, model = _fit(x[fit_rows], y[fit_rows], c)
            oof[test_rows] = _predict(
                x[test_rows], _stage(scaler, model, spam_model.PROMO_FEATURES)
            )
        for threshold in np.round(np.arange(0.3, 0.991, 0.01), 2):
            fp = float((oof[y == 0] >= threshold).mean())
            recall = float((oof[y == 1] >= threshold).mean())
            if fp <= PROMO_FP_BUDGET:
                print(
                    f"promo C {c:g} threshold {threshold:.2f}: recall {recall:.4f} "
                    f"false positives {fp:.4f}",
                    file=sys.stderr,
                )
                # The grid runs from strong to weak regularisation: a weaker
                # one must buy real recall, not fit the templates' quirks.
                if recall > best[0] + PROMO_RECALL_GAIN:
                    best = (recall, c, float(threshold))
                break
    scaler, model = _fit(x, y, best[1])
    stage = _stage(scaler, model, spam_model.PROMO_FEATURES)
    stage["threshold"] = best[2]
    stage["C"] = best[1]
    stage["cv_recall"] = round(best[0], 6)
    stage["trained_on"] = {
        "styles": list(PROMO_STYLES),
        "lines": len(y),
        "planted": int(y.sum()),
    }
    return stage


#: Add-k smoothing of the letter unigram and bigram counts.
LETTER_K = 0.05
#: Interpolation weights of the trigram, bigram and unigram letter estimates.
LETTER_MIX = (0.7, 0.2, 0.1)
#: Share of held-out real words the letter model may call implausible.
LETTER_FP_QUANTILE = 0.01
_LOWER_WORD = re.compile(r"[a-z]+")


def _letter_logp(words: list[str]) -> np.ndarray:
    """Letter-trigram log-probabilities, log P(c | a, b), from words.

    Trigram, bigram and unigram estimates are interpolated (``LETTER_MIX``);
    a context never seen takes the bigram estimate in place of the trigram
    one, so that rare pairs ("xq") stay improbable instead of uniform.
    """
    size = len(spam_model.LETTERS)
    index = {ch: k for k, ch in enumerate(spam_model.LETTERS)}
    c3 = np.zeros((size, size, size))
    for word in words:
        codes = [index[ch] for ch in "__" + word + "_"]
        np.add.at(c3, (codes[:-2], codes[1:-1], codes[2:]), 1.0)
    c2 = c3.sum(axis=0)
    c1 = c2.sum(axis=0)
    p1 = (c1 + LETTER_K) / (c1 + LETTER_K).sum()
    p2 = (c2 + LETTER_K * p1) / (c2.sum(axis=1, keepdims=True) + LETTER_K)
    total3 = c3.sum(axis=2, keepdims=True)
    p3 = np.where(total3 > 0, c3 / np.maximum(total3, 1.0), p2[None, :, :])
    w3, w2, w1 = LETTER_MIX
    return np.log(w3 * p3 + w2 * p2[None, :, :] + w1 * p1[None, None, :])


def _real_words(articles: pd.DataFrame, gold: dict) -> list[list[str]]:
    """Lower-case words of six letters or more of each real article (body lines only)."""
    out = []
    for article_id, text in zip(articles["article_id"], articles["text"], strict=True):
        lines = text.split("\n")
        body = [
            line for k, line in enumerate(lines, start=1) if gold.get((article_id, k), 0.0) >= 0.5
        ]
        out.append([w for w in _LOWER_WORD.findall("\n".join(body)) if len(w) >= 6])
    return out


def train_letters(articles: pd.DataFrame, gold: dict) -> dict:
    """Fit the letter-trigram model on the words of real article lines.

    The threshold (one or two words) is the ``LETTER_FP_QUANTILE`` quantile of the scores of
    distinct words of held-out articles (every other article fits, the rest
    are scored, then the other way round), so a real word is called
    implausible about once in 100 distinct words; lines must consist of such
    words to be junk.  Lines of three or more words are held to the
    ``LETTER_FP_QUANTILE / 10`` quantile of held-out three-word lines
    (``threshold_multi``).
    """
    per_article = _real_words(articles, gold)
    halves = [list(itertools.chain.from_iterable(per_article[k::2])) for k in (0, 1)]
    scores, triples = [], []
    for fit, held in ((0, 1), (1, 0)):
        logp = _letter_logp(halves[fit])
        model = {"logp": logp, "threshold": 0.0}
        unseen = sorted(set(halves[held]) - set(halves[fit]))
        scores += [spam_model.letter_logprob([w], model=model) for w in unseen]
        # Lines of three held-out words: their mean varies less than one word's.
        rng = random.Random(fit)
        triples += [
            spam_model.letter_logprob(rng.sample(unseen, 3), model=model) for _ in range(5000)
        ]
    threshold = float(np.quantile(np.array(scores), LETTER_FP_QUANTILE))
    threshold_multi = float(np.quantile(np.array(triples), LETTER_FP_QUANTILE / 10))
    logp = _letter_logp(list(itertools.chain.from_iterable(per_article)))
    quantised = np.clip(np.round(-logp * spam_model.LETTER_SCALE), 0, 255).astype(np.uint8)
    print(
        f"letter model: {sum(map(len, per_article))} words; threshold {threshold:.3f}, "
        f"three words {threshold_multi:.3f} "
        f"(held-out unseen words: {len(scores)})",
        file=sys.stderr,
    )
    return {
        "logp": base64.b64encode(quantised.tobytes()).decode("ascii"),
        "threshold": round(threshold, 6),
        "threshold_multi": round(threshold_multi, 6),
        "k": LETTER_K,
        "trained_on_words": int(sum(map(len, per_article))),
    }


#: The shape model's threshold: this quantile of the scores of held-out real
#: lines that it may judge (16 characters or more, no letter of another script).
SHAPE_FP_QUANTILE = 0.003
SHAPE_MIN_CHARS = spam._SHAPE_MIN_CHARS
_OTHER_SCRIPT = re.compile(spam._FOREIGN)


def _real_lines(articles: pd.DataFrame, gold: dict) -> list[list[str]]:
    """The stripped body lines of each real article."""
    out = []
    for article_id, text in zip(articles["article_id"], articles["text"], strict=True):
        lines = [line.strip() for line in text.split("\n")]
        out.append(
            [
                line
                for k, line in enumerate(lines, start=1)
                if line and gold.get((article_id, k), 0.0) >= 0.5
            ]
        )
    return out


def train_shapes(articles: pd.DataFrame, gold: dict) -> dict:
    """Fit the shape model on real body lines; its threshold from held-out ones.

    Every other article fits, the rest are scored, then the other way round;
    the threshold is the ``SHAPE_FP_QUANTILE`` quantile of the held-out lines
    the segmenter lets the model judge (``SHAPE_MIN_CHARS`` characters or more,
    no letter of another script), so about 3 real lines in 1,000 fall under it
    before the segmenter's other conditions (markup characters or a long
    letters-and-digits token) apply.
    """
    per_article = _real_lines(articles, gold)
    scores = []
    for fit, held in ((0, 1), (1, 0)):
        model = spam_model.fit_shape_model(list(itertools.chain.from_iterable(per_article[fit::2])))
        judged = [
            line
            for line in itertools.chain.from_iterable(per_article[held::2])
            if len(line) >= SHAPE_MIN_CHARS and not _OTHER_SCRIPT.search(line)
        ]
        scores.append(spam_model.shape_logprob(judged, model=model))
    threshold = float(np.quantile(np.concatenate(scores), SHAPE_FP_QUANTILE))
    lines = list(itertools.chain.from_iterable(per_article))
    model = spam_model.fit_shape_model(lines)
    print(
        f"shape model: {len(lines)} lines; threshold {threshold:.3f} nats per symbol "
        f"(held-out lines judged: {sum(map(len, scores))})",
        file=sys.stderr,
    )
    stored = spam_model.shape_model_to_json(model, threshold)
    stored["trained_on_lines"] = len(lines)
    stored["min_chars"] = SHAPE_MIN_CHARS
    return stored


def _install_letters(letters: dict, shapes: dict | None = None) -> None:
    """Use the freshly fitted letter (and shape) models for the rest of the training run."""
    model = dict(spam_model.load_model())
    model["letters"] = letters
    if shapes is not None:
        model["shapes"] = shapes
    spam_model.load_model.cache_clear()
    spam_model.char_model.cache_clear()
    spam_model.shape_model.cache_clear()
    original = spam_model.load_model
    spam_model.load_model = lambda: model
    try:
        spam_model.char_model()
        spam_model.shape_model()
    finally:
        spam_model.load_model = original


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    articles, gold = _corpora()
    letters = train_letters(articles, gold)
    shapes = train_shapes(articles, gold)
    _install_letters(letters, shapes)
    segments, inputs = spam._rule_segments(articles)
    # The model reads each page without the spam the rules found in it
    # (spam_model.without_spam); spam is never kept, so the scores are the same.
    not_spam, inputs = spam_model.without_spam(inputs)
    segments = segments[not_spam].reset_index(drop=True)
    # The context features need every line of a page; training rows are the
    # lines the rules leave as content.
    x1 = spam_model.stage1_matrix(inputs)
    keys = list(zip(segments["article_id"], segments["line_no"], strict=True))
    share = np.array([gold.get(k, 0.0) for k in keys])
    y = (share >= 0.5).astype(np.int64)
    page = segments["article_id"].to_numpy()
    train = segments["label"].to_numpy() == "content"
    pos = inputs["pos"]
    print(
        f"{len(articles)} pages, {len(segments)} lines, {int(train.sum())} decided by the model "
        f"({int(y[train].sum())} body)",
        file=sys.stderr,
    )

    groups = pd.factorize(page)[0]
    # The metric averages over pages, so long pages must not dominate: a
    # line weighs 1 / sqrt(lines of its page) (0.5 and 0.8 tie out of fold).
    per_page = np.bincount(groups, weights=train)
    weight = 1.0 / np.maximum(per_page[groups], 1.0) ** WEIGHT_POWER
    weight = weight / weight[train].mean()
    folds = list(GroupKFold(n_splits=args.folds).split(x1, y, groups))
    pages = benchmark_pages()
    is_page = segments["article_id"].str.startswith("aeb_").to_numpy()
    rule_content = segments["label"].to_numpy() == "content"
    # (spam lines are gone already: captions and datelines neither add to nor break a run)
    neutral = segments["label"].to_numpy() == "metadata"
    n_words = np.asarray(inputs["n_words"]) + np.asarray(inputs["n_script_words"])

    def decoded(probability, threshold, run) -> np.ndarray:
        """Lines kept at a threshold, and inside the main run (run = (threshold, keep))."""
        keep = rule_content & (probability >= threshold)
        if run is not None:
            inside = spam_model.body_run(
                probability, n_words, pos, candidate=rule_content, threshold=run[0], neutral=neutral
            )
            keep &= inside | (probability >= run[1])
        return keep

    def page_rows(keep: np.ndarray) -> list[tuple[float, float, float]]:
        """(tp, fp, fn) of each extraction page's kept text against its gold body."""
        kept = kept_text(segments[is_page & keep], pages["article_id"])
        return [
            tp_fp_fn(b, kept[a]) for a, b in zip(pages["article_id"], pages["body"], strict=True)
        ]

    def page_token_f1(keep: np.ndarray) -> float:
        """The issue's figure: unigram token F1 of the kept text, averaged over pages."""
        kept = kept_text(segments[is_page & keep], pages["article_id"])
        return token_f1(list(zip(pages["body"], kept[pages["article_id"]], strict=True)))

    best = (0.0, 0.5, 1.0)
    best_oof = np.zeros(len(y))
    for c in C_GRID:
        oof1 = np.zeros(len(y))
        for fit_rows, test_rows in folds:
            rows = fit_rows[train[fit_rows]]
            scaler, model = _fit(x1[rows], y[rows], c, weight[rows])
            stage = _stage(scaler, model, spam_model.STAGE1_FEATURES)
            oof1[test_rows] = _predict(x1[test_rows], stage)
        x2 = spam_model.stage2_matrix(x1, oof1, pos)
        oof2 = np.zeros(len(y))
        for fit_rows, test_rows in folds:
            rows = fit_rows[train[fit_rows]]
            # The second stage of a fold sees first-stage probabilities that
            # were out-of-fold for every page, its own test pages included.
            scaler, model = _fit(x2[rows], y[rows], c, weight[rows])
            stage = _stage(scaler, model, spam_model.STAGE2_FEATURES)
            oof2[test_rows] = _predict(x2[test_rows], stage)
        for threshold in np.round(np.arange(0.2, 0.81, 0.05), 2):
            f1, p, r = page_f1(page_rows(decoded(oof2, threshold, None)))
            print(
                f"C {c:g} threshold {threshold:.2f}: F1 {f1:.4f} P {p:.4f} R {r:.4f}",
                file=sys.stderr,
            )
            # Thresholds run upwards and C from strong to weak: a higher
            # threshold or a weaker regularisation must win by more than
            # F1_TIE (losing article text costs readers more than keeping a
            # line of chrome, and a near-tie is noise).
            if f1 > best[0] + F1_TIE:
                best = (f1, float(threshold), c)
                best_oof = oof2
    print(
        f"out-of-fold (GroupKFold by page) F1 {best[0]:.4f} at threshold {best[1]}, C {best[2]:g}",
        file=sys.stderr,
    )
    body_run, run_f1 = None, best[0]
    for run_threshold, run_keep in itertools.product(RUN_THRESHOLDS, RUN_KEEP):
        f1, p, r = page_f1(page_rows(decoded(best_oof, best[1], (run_threshold, run_keep))))
        print(
            f"main run threshold {run_threshold:.2f} keep {run_keep:.2f}: "
            f"F1 {f1:.4f} P {p:.4f} R {r:.4f}",
            file=sys.stderr,
        )
        if f1 > run_f1 + F1_TIE:
            body_run, run_f1 = {"threshold": run_threshold, "keep": run_keep}, f1
    print(f"out-of-fold F1 with the main run: {run_f1:.4f} ({body_run})", file=sys.stderr)
    best_run_f1 = run_f1

    # Boosted trees where the linear stack is unsure, chosen the same way.
    lin_oof = best_oof
    tree_oof = np.zeros(len(y))
    for fit_rows, test_rows in folds:
        rows = fit_rows[train[fit_rows]]
        trees = _fit_trees(x1[rows], y[rows], weight[rows])
        tree_oof[test_rows] = trees.predict_proba(x1[test_rows])[:, 1]
    band = rule_content & (lin_oof > TREE_BAND[0]) & (lin_oof < TREE_BAND[1])
    hybrid = np.where(band, tree_oof, lin_oof)
    page_fold = {}
    for k, (_, test_rows) in enumerate(folds):
        for article_id in np.unique(page[test_rows]):
            page_fold[article_id] = k
    fold_of = np.array([page_fold.get(a, -1) for a in pages["article_id"]])
    decodings = {}
    for threshold in TREE_THRESHOLDS:
        for run in (None, *itertools.product(RUN_THRESHOLDS, RUN_KEEP)):
            decodings[(threshold, run)] = page_rows(decoded(hybrid, threshold, run))
    scored = {key: page_f1(rows) for key, rows in decodings.items()}
    tree_key = max(scored, key=lambda key: (scored[key][0], -key[0]))
    tree_f1, tree_p, tree_r = scored[tree_key]
    # Nested: each fold's pages decoded with the setting best on the other folds.
    nested_rows = [None] * len(fold_of)
    for k in range(args.folds):
        others = fold_of != k
        choice = max(
            decodings,
            key=lambda key: (
                page_f1([r for r, o in zip(decodings[key], others, strict=True) if o])[0],
                -key[0],
            ),
        )
        for i in np.flatnonzero(~others):
            nested_rows[i] = decodings[choice][i]
    nested = page_f1(nested_rows)
    print(
        f"trees in the band {TREE_BAND}: out-of-fold F1 {tree_f1:.4f} P {tree_p:.4f} "
        f"R {tree_r:.4f} at {tree_key}; nested {nested[0]:.4f} P {nested[1]:.4f} "
        f"R {nested[2]:.4f} (linear stack {run_f1:.4f})",
        file=sys.stderr,
    )
    use_trees = tree_f1 > run_f1 + F1_TIE

    # The figure of what ships: the segmenter never drops a protected line (the
    # headline, every line of a text without prose), and the gold body leaves
    # the title out.
    if use_trees:
        oof, keep_at, run = hybrid, tree_key[0], tree_key[1]
    else:
        oof, keep_at = best_oof, best[1]
        run = None if body_run is None else (body_run["threshold"], body_run["keep"])
    shipped = decoded(oof, keep_at, run) | (rule_content & np.asarray(inputs["protected"], bool))
    shipped_f1 = page_f1(page_rows(shipped))[0]
    shipped_token_f1 = page_token_f1(shipped)
    print(
        f"out-of-fold F1 as the segmenter decodes (headline kept): {shipped_f1:.4f}, "
        f"token F1 {shipped_token_f1:.4f}",
        file=sys.stderr,
    )

    scaler1, model1 = _fit(x1[train], y[train], best[2], weight[train])
    stage1 = _stage(scaler1, model1, spam_model.STAGE1_FEATURES)
    p1 = _predict(x1, stage1)
    x2_full = spam_model.stage2_matrix(x1, p1, pos)
    scaler2, model2 = _fit(x2_full[train], y[train], best[2], weight[train])
    stage2 = _stage(scaler2, model2, spam_model.STAGE2_FEATURES)
    threshold = best[1]
    trees_json = None
    if use_trees:
        fitted = _fit_trees(x1[train], y[train], weight[train])
        trees_json = _export_trees(fitted, x1[train][:2000])
        trees_json["band"] = list(TREE_BAND)
        threshold = tree_key[0]
        run = tree_key[1]
        body_run = None if run is None else {"threshold": run[0], "keep": run[1]}
        run_f1 = tree_f1
    model_json = {
        "letters": letters,
        "shapes": shapes,
        "trees": trees_json,
        "promo": train_promo(args.folds),
        "stage1": stage1,
        "stage2": stage2,
        "threshold": threshold,
        "body_run": body_run,
        "cv_f1": round(run_f1, 6),
        "cv_f1_linear": round(best_run_f1, 6),
        "cv_f1_shipped": round(shipped_f1, 6),
        "cv_token_f1_shipped": round(shipped_token_f1, 6),
        "cv_precision_recall": [round(tree_p, 6), round(tree_r, 6)] if use_trees else None,
        "cv_f1_nested": round(nested[0], 6) if use_trees else None,
        "cv_f1_without_run": round(best[0], 6),
        "C": best[2],
        "trained_on": {
            "article_extraction_benchmark_pages": len(pages),
            "seed_articles": 5,
            "buzzfeed_webis_articles": N_BUZZFEED,
            "lines": int(train.sum()),
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model_json, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
