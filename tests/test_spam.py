"""Tests for scorer.features.spam on the founding corpus, public data and injected faults."""

from __future__ import annotations

import base64
import hashlib
import random
import string
import time
import uuid
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from helpers import SEEDS, articles_frame, data_home, seed_articles

from scorer.features import spam, spam_model
from scorer.schema import ARTICLE_ID, SEGMENT_COLUMNS, SEGMENT_LABELS

FAKENEWSAMT = data_home() / "fakenewsamt" / "fakeNewsDataset"


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    return seed_articles()


@pytest.fixture(scope="module")
def seed_segments(seeds: pd.DataFrame) -> pd.DataFrame:
    return spam.segment(seeds)


@pytest.fixture(scope="module")
def gold(seed_segments: pd.DataFrame) -> pd.DataFrame:
    labels = pd.read_csv(SEEDS / "line_labels.csv")
    labels = labels.assign(article_id=labels["file"].str.removesuffix(".txt"))
    labels = labels.rename(columns={"line": "line_no", "label": "gold"})
    return labels[["article_id", "line_no", "gold"]].merge(
        seed_segments, on=["article_id", "line_no"], how="outer", validate="one_to_one"
    )


def _legit_paragraphs(n_articles: int) -> list[list[str]]:
    out = []
    for path in sorted((FAKENEWSAMT / "legit").glob("*.txt"))[:n_articles]:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        out.append([line.strip() for line in lines if line.strip()])
    return out


# --------------------------------------------------------------------------
# Shape and offsets


def test_segments_have_schema_columns_and_offsets(seeds, seed_segments):
    assert list(seed_segments.columns) == SEGMENT_COLUMNS
    assert set(seed_segments["label"]) <= set(SEGMENT_LABELS)
    texts = seeds.set_index(ARTICLE_ID)["text"]
    for row in seed_segments.itertuples():
        raw = texts[row.article_id]
        assert raw[row.start : row.end] == row.text
        assert raw.split("\n")[row.line_no - 1].strip() == row.text
    seg_no = seed_segments.groupby(ARTICLE_ID)["seg_no"]
    assert (seg_no.min() == 0).all()
    assert (seg_no.diff().dropna() == 1).all()
    assert seed_segments["reason"].str.len().gt(0).all()
    assert list(pd.unique(seed_segments[ARTICLE_ID])) == list(seeds[ARTICLE_ID])


def test_every_labelled_line_is_a_segment(gold):
    assert gold["gold"].notna().all(), "segment produced a line the labels do not have"
    assert gold["label"].notna().all(), "a labelled line is missing from the segments"


# --------------------------------------------------------------------------
# Agreement with line_labels.csv


def test_every_gold_spam_line_is_spam(gold):
    missed = gold[(gold["gold"] == "spam") & (gold["label"] != "spam")]
    assert missed.empty, missed[["article_id", "line_no", "label", "reason"]]


def test_no_gold_content_line_is_spam_or_boilerplate(gold):
    lost = gold[(gold["gold"] == "content") & gold["label"].isin(["spam", "boilerplate"])]
    assert lost.empty, lost[["article_id", "line_no", "label", "reason"]]


def test_no_gold_noise_line_is_content(gold):
    kept = gold[gold["gold"].isin(["spam", "boilerplate"]) & (gold["label"] == "content")]
    assert kept.empty, kept[["article_id", "line_no", "label", "reason"]]


def test_label_agreement_on_seeds(gold):
    confusion = pd.crosstab(gold["gold"], gold["label"])
    print(confusion)
    agreement = (gold["gold"] == gold["label"]).mean()
    # The one accepted disagreement: 003 line 2 "Jun 26, 2025 |" is page
    # chrome in the labels, a dateline here (the page date is metadata).
    assert agreement >= 112 / 113


@pytest.mark.parametrize(
    ("stem", "line_no", "category"),
    [
        ("000", 8, "injected_spam"),
        ("001", 1, "site_name"),
        ("001", 5, "dateline"),
        ("001", 7, "junk_token"),
        ("001", 8, "junk_token"),
        ("001", 10, "repeated_headline"),
        ("001", 14, "repeated_headline"),
        ("001", 16, "ad"),
        ("001", 22, "junk_token"),
        ("001", 26, "heading"),
        ("001", 78, "related_links"),
        ("001", 80, "navigation"),
        ("002", 6, "caption"),
        ("002", 8, "drop_cap_artifact"),
        ("002", 10, "prose"),
        ("002", 32, "credit"),
        ("002", 34, "about_outlet"),
        ("003", 1, "site_name"),
        ("003", 5, "sponsor"),
        ("003", 8, "sponsor"),
        ("003", 9, "navigation"),
        ("003", 13, "dateline"),
        ("003", 26, "promo_link"),
        ("003", 38, "ad"),
        ("003", 39, "call_to_action"),
        ("003", 47, "provenance_note"),
        ("004", 3, "byline"),
        ("004", 5, "reading_time"),
        ("004", 6, "category_tag"),
        ("004", 22, "byline"),
        ("004", 24, "call_to_action"),
    ],
)
def test_seed_categories(seed_segments, stem, line_no, category):
    row = seed_segments[
        seed_segments[ARTICLE_ID].str.startswith(stem) & (seed_segments["line_no"] == line_no)
    ]
    assert row["category"].tolist() == [category], row["reason"].tolist()


def test_seed_features(seeds, seed_segments):
    ids = pd.concat([seeds[ARTICLE_ID], pd.Series(["missing"])], ignore_index=True)
    table = spam.spam_features(seed_segments, ids)
    assert list(table.index) == list(ids)
    density = table["spam_density"]
    # The content farm (001) and the aggregator with sponsor ads (003) carry
    # spam; 002 and 004 have page chrome but no spam.
    ids_ = seeds[ARTICLE_ID]
    assert density[ids_.iloc[1]] > 0.03 and density[ids_.iloc[3]] > 0.03
    assert density[ids_.iloc[2]] == 0.0 and density[ids_.iloc[4]] == 0.0
    assert 0 < density[seeds[ARTICLE_ID].iloc[0]] < 0.05
    boilerplate = table["boilerplate_density"]
    assert boilerplate[ids_.iloc[0]] == 0.0 and (boilerplate[ids_.iloc[1:]] > 0.02).all()
    assert np.isnan(density["missing"]) and table.loc["missing", "n_segments"] == 0
    assert table.loc[seeds[ARTICLE_ID].iloc[1], "n_junk_token"] == 4
    assert table.loc[seeds[ARTICLE_ID].iloc[3], "n_sponsor"] == 4
    assert (table[["spam_density", "boilerplate_density"]].dropna().sum(axis=1) <= 1).all()
    alone = spam.spam_density(seed_segments)
    assert alone.name == "spam_density"
    pd.testing.assert_series_equal(alone, density.drop("missing"), check_names=False)


def test_clean_text_drops_noise(seeds, seed_segments):
    clean = spam.clean_text(seed_segments, article_ids=seeds[ARTICLE_ID])
    assert clean.name == "clean_text"
    farm = clean[seeds[ARTICLE_ID].iloc[1]]
    assert "64Jer2Wccr7qUKZ8oCYplnmpNJrq0aQocDaAOGhxU" not in farm
    assert "Kucoin" not in farm and "RELATED POSTS" not in farm
    assert "Lounous-Bek Evkourov" in farm and "December 5, 2023" in farm
    assert "壯陽藥" not in clean[seeds[ARTICLE_ID].iloc[0]]


# --------------------------------------------------------------------------
# Generated corpus: real paragraphs with injected spam unlike the lexicons


def _random_token(rng: random.Random, n: int) -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        token = "".join(rng.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in token) and token.lower() != token:
            return token


def _injections(rng: random.Random) -> list[tuple[str, str]]:
    b64 = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(25))).decode()
    return [
        (_random_token(rng, 38), "junk_token"),
        (f"{_random_token(rng, 24)} {_random_token(rng, 30)}", "junk_token"),
        (b64, "junk_token"),
        (str(uuid.UUID(int=rng.getrandbits(128))), "junk_token"),
        (hashlib.sha1(str(rng.random()).encode()).hexdigest(), "junk_token"),
        ("senate-passes-budget-bill-after-late-night-session-2017", "junk_token"),
        ("[gallery id=12]", "markup_residue"),
        ('[slider_pro id="4" autoplay="true"]', "markup_residue"),
        ("<!-- wp:image -->", "markup_residue"),
        ("<!-- /wp:image --> {{ post.author_name }}", "markup_residue"),
        (
            "Spin the wheel at Orbit casino tonight → https://orbitspin.example/join",
            "injected_spam",
        ),
        ("Купить недорогие часы с доставкой по всей стране", "injected_spam"),
        ("اشتر الآن أفضل الساعات بأسعار منخفضة", "injected_spam"),
        ("Sponsored: Velvet Harbor Resorts", "sponsor"),
        ("Grab 40% off every annual plan today", "call_to_action"),
    ]


@pytest.fixture(scope="module")
def injected() -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = random.Random(20231205)
    rows, truth = [], []
    for n, paragraphs in enumerate(_legit_paragraphs(45)):
        lines = [(p, None) for p in paragraphs]
        for text, category in rng.sample(_injections(rng), 3):
            lines.insert(rng.randrange(1, len(lines) + 1), (text, category))
        article_id = f"gen{n:02d}"
        rows.append({"article_id": article_id, "text": "\n\n".join(t for t, _ in lines)})
        for k, (text, category) in enumerate(lines):
            truth.append((article_id, 2 * k + 1, category, text))
    frame = pd.DataFrame(truth, columns=["article_id", "line_no", "injected", "line"])
    return articles_frame(rows), frame


@pytest.mark.data
def test_injected_spam_lines_are_found(injected):
    articles, truth = injected
    segments = spam.segment(articles)
    merged = truth.merge(segments, on=["article_id", "line_no"], how="left", validate="1:1")
    assert (merged["line"] == merged["text"]).all()
    planted = merged[merged["injected"].notna()]
    assert len(planted) == 3 * len(articles)
    assert (planted["label"] == "spam").all(), planted.loc[
        planted["label"] != "spam", ["line", "label", "reason"]
    ]
    assert (planted["category"] == planted["injected"]).mean() >= 0.95, planted.loc[
        planted["category"] != planted["injected"], ["line", "category", "injected"]
    ]
    real = merged[merged["injected"].isna()]
    assert (real["label"] != "spam").all(), real.loc[real["label"] == "spam", ["line", "reason"]]


@pytest.mark.data
def test_spam_glued_to_a_paragraph_is_a_partial_span():
    paragraph = _legit_paragraphs(3)[2][1]
    tails = [
        " Claim 300 bonus spins now at https://orbitspin.example/vip and double your deposit!",
        " Купить дешевые таблетки без рецепта",
        " 7fQ2mZ9xLp4RtY8vKc3WnB6hJ1",
    ]
    articles = articles_frame(
        [{"article_id": f"t{i}", "text": paragraph + tail} for i, tail in enumerate(tails)]
    )
    segments = spam.segment(articles)
    assert (segments["label"] == "content").all()
    for row in segments.itertuples():
        assert row.spam_start == len(paragraph) + 1, row.reason
        assert row.spam_end == len(row.text)
    table = spam.spam_features(segments, articles[ARTICLE_ID])
    expected = [(len(t) - 1) / (len(paragraph) + len(t)) for t in tails]
    np.testing.assert_allclose(table["spam_density"], expected)
    assert (table["n_partial_spam"] == 1).all()
    clean = spam.clean_text(segments)
    assert (clean == paragraph).all()


@pytest.mark.data
def test_real_news_is_not_spam():
    rows = []
    for path in sorted(FAKENEWSAMT.glob("*/*.txt")):
        rows.append({"article_id": path.stem, "text": path.read_text("utf-8", errors="replace")})
    articles = articles_frame(rows)
    segments = spam.segment(articles)
    assert len(articles) == 480
    assert (segments["label"] == "spam").sum() == 0
    assert (segments["spam_start"] >= 0).sum() == 0
    assert (segments["label"] == "content").mean() > 0.99


# --------------------------------------------------------------------------
# Repetition across one outlet's articles


def test_line_recurring_across_one_source_is_chrome():
    footer = "Stay with Riverside Courier for the latest on this developing story"
    body = "The council voted on {} to close the bridge for repairs, a spokesperson said."
    articles = articles_frame(
        [
            {
                "article_id": "x1",
                "source": "Riverside",
                "text": f"{body.format('Monday')}\n{footer}",
            },
            {
                "article_id": "x2",
                "source": "Riverside",
                "text": f"{body.format('Friday')}\n{footer}",
            },
            {"article_id": "y1", "source": "Other", "text": f"{body.format('Sunday')}\n{footer}"},
        ]
    )
    segments = spam.segment(articles).set_index([ARTICLE_ID, "seg_no"])
    assert segments.loc[("x1", 1), "category"] == "source_chrome"
    assert segments.loc[("x2", 1), "category"] == "source_chrome"
    # Another outlet's single copy is not chrome (the promotion layer may
    # still call "Stay with <outlet> for the latest" a call to action).
    assert segments.loc[("y1", 1), "category"] != "source_chrome"
    assert segments.loc[("x1", 0), "label"] == "content"


# --------------------------------------------------------------------------
# Bad input


def test_empty_error_and_missing_text_give_no_rows_and_nan():
    articles = articles_frame(
        [
            {"article_id": "empty", "text": ""},
            {"article_id": "blank", "text": "\n \n\t\n"},
            {"article_id": "none", "text": None},
            {"article_id": "failed", "text": "A real sentence.", "error": "could not decode"},
            {"article_id": "ok", "text": "The talks failed, the minister said."},
        ]
    )
    segments = spam.segment(articles)
    assert segments[ARTICLE_ID].tolist() == ["ok"]
    table = spam.spam_features(segments, articles[ARTICLE_ID])
    assert list(table.index) == articles[ARTICLE_ID].tolist()
    assert table["spam_density"].isna().tolist() == [True, True, True, True, False]
    assert table.loc["failed", "n_segments"] == 0
    assert spam.clean_text(segments, article_ids=articles[ARTICLE_ID])["empty"] == ""


def test_zero_rows():
    segments = spam.segment(articles_frame([]))
    assert list(segments.columns) == SEGMENT_COLUMNS and segments.empty
    table = spam.spam_features(segments, [])
    assert table.empty and "spam_density" in table
    assert spam.spam_density(segments).empty
    assert spam.clean_text(segments).empty


@pytest.mark.parametrize(
    ("kind", "label"),
    # A megabyte of Chinese makes Chinese the article's script: content.
    [("prose", "content"), ("random", "spam"), ("tokens", "spam"), ("cjk", "content")],
)
def test_one_megabyte_line_is_fast(kind, label):
    rng = random.Random(1)
    sentence = "The committee said on Tuesday that the budget would be reviewed next month. "
    alphabet = string.ascii_letters + string.digits
    text = {
        "prose": sentence * (1_000_000 // len(sentence)),
        "random": "".join(rng.choices(alphabet, k=1_000_000)),
        "tokens": " ".join("".join(rng.choices(alphabet, k=12)) for _ in range(77_000)),
        "cjk": "Short English intro line.\n" + "壯陽藥便宜" * 200_000,
    }[kind]
    articles = articles_frame([{"article_id": "big", "text": text}])
    started = time.perf_counter()
    segments = spam.segment(articles)
    spam.spam_features(segments, articles[ARTICLE_ID])
    assert time.perf_counter() - started < 1.0
    assert segments["label"].iloc[-1] == label
    assert segments["reason"].iloc[-1]


def test_all_spam_text():
    rng = random.Random(5)
    text = "\n".join(
        [
            _random_token(rng, 40),
            "<!-- wp:paragraph -->",
            "Sponsor: Northwind Loans",
            str(uuid.UUID(int=rng.getrandbits(128))),
            "Реклама казино онлайн",
        ]
    )
    articles = articles_frame([{"article_id": "junk", "text": text}])
    segments = spam.segment(articles)
    assert (segments["label"] == "spam").all(), segments[["text", "label", "reason"]]
    assert segments["reason"].str.len().gt(10).all()
    assert spam.spam_density(segments)["junk"] == 1.0
    assert spam.clean_text(segments)["junk"] == ""


# --------------------------------------------------------------------------
# Purity


def test_deterministic_and_does_not_mutate(seeds):
    before = seeds.copy()
    first = spam.segment(seeds)
    second = spam.segment(seeds.sample(frac=1, random_state=3))
    pd.testing.assert_frame_equal(seeds, before)
    second = second.sort_values([ARTICLE_ID, "seg_no"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(
        first.sort_values([ARTICLE_ID, "seg_no"]).reset_index(drop=True), second
    )


def test_object_dtype_input_matches_string_dtype(seeds):
    as_object = seeds.astype({"text": object, ARTICLE_ID: object})
    pd.testing.assert_frame_equal(spam.segment(as_object), spam.segment(seeds))


# --------------------------------------------------------------------------
# The learned layer on real web pages (article extraction benchmark as text)


def _shingle_scores(true: str, predicted: str) -> tuple[float, float]:
    import collections
    import re

    def shingles(text):
        tokens = re.findall(r"\w+", text or "")
        return collections.Counter(
            tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens[i : i + 4]
        )

    a, b = shingles(true), shingles(predicted)
    tp = sum((a & b).values())
    return tp / max(sum(b.values()), 1), tp / max(sum(a.values()), 1)


@pytest.mark.data
def test_web_page_chrome_is_removed_by_the_learned_layer():
    from scorer import datasets

    pages = datasets.article_extraction_text().head(60)
    articles = articles_frame(
        [
            {"article_id": a, "text": t}
            for a, t in zip(pages["article_id"], pages["text"], strict=False)
        ]
    )
    segments = spam.segment(articles)
    learned = segments["reason"].str.startswith("outside the article body (learned")
    assert learned.sum() > 1000
    assert (segments.loc[learned, "label"] == "boilerplate").all()
    kept = spam.clean_text(
        segments[segments["label"] == "content"], article_ids=pages["article_id"]
    )
    scores = [
        _shingle_scores(b, kept[a])
        for a, b in zip(pages["article_id"], pages["body"], strict=False)
    ]
    precision = np.mean([p for p, _ in scores])
    recall = np.mean([r for _, r in scores])
    # rules alone: precision about 0.59 at recall 0.96 on these pages
    assert precision > 0.8 and recall > 0.8, (precision, recall)


@pytest.mark.data
def test_pages_in_other_languages_are_cleaned_by_the_learned_layer():
    # A page in Portuguese, Russian or Japanese has no English prose line;
    # its body still runs between its long sentence-ending lines, and the
    # learned layer must act there as on an English page.
    import py3langid

    from scorer import datasets

    pages = datasets.article_extraction_text()
    language = pages["body"].map(lambda body: py3langid.classify(body)[0])
    pages = pages[language != "en"]
    assert len(pages) >= 15, language.value_counts()
    segments = spam.segment(articles_frame(pages[["article_id", "text"]].to_dict("records")))
    learned = segments["reason"].str.startswith("outside the article body (learned")
    # every such page has chrome the layer found
    assert set(segments.loc[learned, "article_id"]) == set(pages["article_id"])
    kept = spam.clean_text(
        segments[segments["label"] == "content"], article_ids=pages["article_id"]
    )
    scores = [
        _shingle_scores(b, kept[a]) for a, b in zip(pages["article_id"], pages["body"], strict=True)
    ]
    precision = np.mean([p for p, _ in scores])
    recall = np.mean([r for _, r in scores])
    # when the layer stood aside on these pages: precision 0.56, recall 0.82 (now 0.76, 0.86)
    assert precision > 0.7 and recall > 0.7, (precision, recall)


@pytest.fixture(scope="module")
def extraction_segments():
    """The extraction pages as text, segmented, each line with ``body`` (gold share >= 0.5)."""
    import sys

    from scorer import datasets

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from train_spam import body_fraction

    pages = datasets.article_extraction_text()
    segments = spam.segment(articles_frame(pages[["article_id", "text"]].to_dict("records")))
    share = {
        (a, k + 1): f
        for a, t, b in zip(pages["article_id"], pages["text"], pages["body"], strict=True)
        for k, f in enumerate(body_fraction(t, b))
    }
    keys = zip(segments["article_id"], segments["line_no"], strict=True)
    return segments.assign(body=[share[k] >= 0.5 for k in keys])


@pytest.mark.data
def test_tag_lists_are_told_from_paragraphs_without_english_words(extraction_segments):
    segments = extraction_segments
    tags = segments[segments["reason"].str.contains("without function words \\(tag list\\)")]
    body = tags["body"].tolist()
    # 9 real tag lists and keyword runs; before sentence ends were checked the
    # rule also took 8 body paragraphs (Portuguese, German, Indonesian, recipes)
    assert len(tags) >= 9 and sum(body) <= 3, tags["text"].str.slice(0, 60).tolist()
    # a Portuguese body paragraph (139 words, 3% English function words) is
    # no tag list; the learned layer may call it either way on that page
    viver = segments[segments["text"].str.startswith("Viver uma verdadeira experiência")]
    assert len(viver) == 1 and "tag list" not in viver["reason"].iloc[0]
    assert viver["label"].iloc[0] in ("content", "boilerplate")


def test_model_file_matches_the_features():
    model = spam_model.load_model()
    assert model["stage1"]["features"] == list(spam_model.STAGE1_FEATURES)
    assert model["stage2"]["features"] == list(spam_model.STAGE2_FEATURES)
    assert 0 < model["threshold"] < 1
    # the figure of what ships: the headline is never dropped, the gold body omits it
    assert 0.5 < model["cv_f1_shipped"] <= model["cv_f1"] + 0.01
    # (and the issue's own figure, unigram token F1, out of fold as it ships)
    assert 0.5 < model["cv_token_f1_shipped"] < 1
    assert len(model["stage1"]["coef"]) == len(spam_model.STAGE1_FEATURES)
    # Trees ship only when they beat the linear stack out of fold (train_spam.py).
    trees = model["trees"]
    if trees is None:
        assert model["cv_f1"] == model["cv_f1_linear"]
        return
    assert max(max(f) for f in trees["feature"]) < len(spam_model.STAGE1_FEATURES)
    sizes = {k: [len(t) for t in trees[k]] for k in ("feature", "threshold", "left", "right")}
    assert all(v == [len(t) for t in trees["value"]] for v in sizes.values())


@pytest.mark.data
def test_trees_decide_only_where_the_linear_stack_is_unsure():
    from scorer import datasets
    from scorer.features import spam_model

    pages = datasets.article_extraction_text().head(40)
    _, inputs = spam._rule_segments(
        articles_frame(
            [
                {"article_id": a, "text": t}
                for a, t in zip(pages["article_id"], pages["text"], strict=False)
            ]
        )
    )
    model = spam_model.load_model()
    trees = model["trees"]
    if trees is None:
        # (the shipped model has none: a stump on the first feature, log(1 + words),
        # that pushes long lines up and short ones down)
        trees = dict(
            baseline=0.0, depth=1, feature=[[0, 0, 0]], threshold=[[np.log1p(8), 0, 0]],
            left=[[1, 1, 2]], right=[[2, 1, 2]], value=[[0.0, -3.0, 3.0]], band=[0.05, 0.95],
        )  # fmt: skip
    with_trees = spam_model.body_probability(inputs, model={**model, "trees": trees})
    linear = spam_model.body_probability(inputs, model={**model, "trees": None})
    lo, hi = trees["band"]
    band = (linear > lo) & (linear < hi) & (inputs["rule_label"] == "content")
    np.testing.assert_array_equal(with_trees[~band], linear[~band])
    changed = np.abs(with_trees - linear)[band]
    # The trees overrule the stack on many unsure lines of real pages.
    assert band.sum() > 300 and (changed > 0.2).sum() > 30, (band.sum(), changed.max())


def test_tree_logit_follows_each_tree_to_its_leaf():
    from scorer.features import spam_model

    # One tree of depth 2: feature 1 at the root, feature 0 on the right.
    trees = dict(
        baseline=-1.0,
        depth=2,
        feature=[[1, 0, 0, 0, 0]],
        threshold=[[0.5, 0.0, 2.0, 0.0, 0.0]],
        left=[[1, 1, 3, 3, 4]],
        right=[[2, 1, 4, 3, 4]],
        value=[[0.0, 0.25, 0.0, 1.0, 3.0]],
    )
    x = np.array([[9.0, 0.0], [1.0, 0.6], [2.0, 0.6], [3.0, 0.6]])
    assert spam_model.tree_logit(x, trees).tolist() == [-0.75, 0.0, 0.0, 2.0]


def test_body_run_is_the_largest_run_of_likely_body_lines():
    from scorer.features import spam_model

    # Two articles: a body with a weak line inside it and a comment-like run
    # below; then an article whose lines are all unlikely.
    p = np.array([0.1, 0.9, 0.25, 0.8, 0.9, 0.05, 0.05, 0.05, 0.6, 0.6, 0.2, 0.1, 0.15])
    pos = np.array([0] * 11 + [1] * 2)
    words = np.array([3, 40, 8, 35, 30, 30, 30, 30, 20, 20, 3, 5, 9])
    inside = spam_model.body_run(p, words, pos, candidate=np.ones(13, bool), threshold=0.3)
    assert inside.astype(int).tolist() == [0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1]
    # lines the rules took count as chrome: here they cut the run after its first line
    cut = spam_model.body_run(
        p, words, pos, candidate=~np.isin(np.arange(13), [3, 4]), threshold=0.3
    )
    assert cut[:5].astype(int).tolist() == [0, 1, 0, 0, 0]
    assert len(spam_model.body_run(p[:0], words[:0], pos[:0], candidate=[], threshold=0.3)) == 0


@pytest.mark.data
def test_main_run_drops_mostly_chrome_and_spares_clean_articles(extraction_segments):
    from scorer import datasets

    segments = extraction_segments
    outside = segments["reason"].str.contains("outside the main run of body lines").to_numpy()
    body = segments["body"].to_numpy()
    # The decoding exists to drop prose-like chrome.  It is kept only when it
    # raises the out-of-fold F1 of the training pages (train_spam.py stores
    # both figures); in sample the model is sure of much of its training
    # pages' chrome, so the decoding has less left to drop there (the model of
    # 2026-11-24 drops 180 lines on 61 pages, 51 of them body; an earlier one
    # 14 lines, 9 of them body).
    from train_spam import F1_TIE

    model = spam_model.load_model()
    assert model["body_run"] is not None
    # (the training script's own rule: better out of fold by more than a tie)
    assert model["cv_f1"] > model["cv_f1_without_run"] + F1_TIE, model["cv_f1"]
    assert 0 < outside.sum() <= 0.01 * len(segments), outside.sum()
    # what it drops is mostly chrome
    assert (outside & body).sum() < 0.5 * outside.sum(), (outside & body).sum()
    buzz = datasets.buzzfeed_webis().head(300)
    clean = spam.segment(
        articles_frame(
            [
                {"article_id": a, "text": f"{ti or ''}\n\n{t}"}
                for a, ti, t in zip(buzz["article_id"], buzz["title"], buzz["text"], strict=True)
            ]
        )
    )
    dropped = clean["reason"].str.contains("outside the main run of body lines")
    assert dropped.mean() < 0.002, dropped.sum()


@pytest.mark.data
def test_a_block_of_planted_spam_does_not_cut_articles_in_two():
    from scorer import datasets

    # Written for this test: twelve lines of spam of several kinds, planted as
    # one block in the middle of 300 clean BuzzFeed-Webis articles.
    block = [
        "Sponsored: Harwick Home Insurance",
        "Switch to Tellmere Mobile: unlimited data for £12 a month",
        '<div class="ad-slot" data-slot="mid-1"></div>',
        "Weekend breaks in the Lake District from £149pp | Fellside Escapes",
        "googletag.cmd.push(function() { googletag.display('ad-mid'); });",
        "Subscribe to our newsletter for the day's top stories",
        "This article was commissioned by Harwick Home Insurance.",
        "Quick loans approved in minutes at 29.9% APR representative. Lendwise.",
        '[et_pb_row][et_pb_column type="4_4"]',
        "14 Cottages In Cornwall That Will Make You Quit The City (Fellside Escapes)",
        "x7Gq2LpV9sKdW3nTzR8bYcM4",
        "Follow us on Facebook and Twitter for more",
    ]
    buzz = datasets.buzzfeed_webis().head(300)
    texts = [f"{ti or ''}\n\n{t}" for ti, t in zip(buzz["title"], buzz["text"], strict=True)]
    planted = []
    for text in texts:
        lines = text.split("\n")
        planted.append("\n".join(lines[: len(lines) // 2] + block + lines[len(lines) // 2 :]))
    ids = [f"b{k}" for k in range(len(texts))]
    before = spam.segment(
        articles_frame([{"article_id": a, "text": t} for a, t in zip(ids, texts, strict=True)])
    )
    after = spam.segment(
        articles_frame([{"article_id": a, "text": t} for a, t in zip(ids, planted, strict=True)])
    )
    keys = ["article_id", "text"]
    content = before.loc[before["label"] == "content", keys].drop_duplicates()
    now = content.merge(after[[*keys, "label"]].drop_duplicates(keys), on=keys, how="left")
    # The article's own lines stay content (24 of 4,449 were lost when the line
    # model read the planted lines as part of the page).
    assert (now["label"] != "content").sum() <= 0.001 * len(now), now[now["label"] != "content"]
    found = after[after["text"].str.strip().isin(block)]
    assert (found["label"] == "spam").mean() > 0.85


def test_headline_and_short_texts_are_never_learned_chrome(seed_segments):
    learned = seed_segments["reason"].str.startswith("outside the article body")
    farm = seed_segments[seed_segments["article_id"].str.startswith("001")]
    headline = farm[farm["line_no"] == 3].iloc[0]
    assert headline["label"] == "content", headline["reason"]
    short = spam.segment(articles_frame([{"article_id": "s", "text": "Talks failed, he said."}]))
    assert short["label"].tolist() == ["content"]
    assert learned.sum() < 5


def test_highlight_segments_marks_labels_and_spans(seed_segments):
    page = spam.highlight_segments(seed_segments)
    assert page.count("<section>") == 5
    assert page.count("<div") == len(seed_segments)
    assert "[spam/junk_token]" in page and "[boilerplate/related_links]" in page
    assert "<mark" not in page or "</mark>" in page


# --------------------------------------------------------------------------
# Promotions without the advert phrases: the generic promotional-line score


def test_promotions_without_listed_phrases_are_spam(seeds):
    # Written for this test (not from scorer.inject): no phrase of the strong
    # advert, crypto or vice lists, invented brands, planted in a real article.
    planted_lines = {
        "Hearing checks for the whole family from £29 — call 0800 555 0199": "ad",
        "Upgrade your kitchen with Fornello ovens, rated 4.9/5 by 8,000 buyers": "call_to_action",
        "Tired of slow wifi? Meshline routers ship free from $59": "ad",
        "Presented by Calloway Insurance": "sponsor",
        "banner_top_final_v3_20231204.png": "junk_token",
        "<style>.ad-box{display:none}</style>": "markup_residue",
    }
    text = seeds.loc[seeds["article_id"].str.startswith("002"), "text"].iloc[0]
    paragraphs = text.split("\n")
    middle = len(paragraphs) // 2
    new_text = "\n".join(paragraphs[:middle] + list(planted_lines) + paragraphs[middle:])
    articles = articles_frame([{"article_id": "p", "text": new_text}])
    segments = spam.segment(articles).set_index("text")
    for line, category in planted_lines.items():
        row = segments.loc[line]
        assert (row["label"], row["category"]) == ("spam", category), (line, row["reason"])
    reason = segments.loc[next(iter(planted_lines)), "reason"]
    # (an offer "from £29" is an advert by its form; the score's signals are listed too)
    assert reason.startswith(("promotion", "advert")) and "a price" in reason and "phone" in reason
    # the article's own lines keep their labels
    own = spam.segment(seeds[seeds["article_id"].str.startswith("002")])
    kept = segments.loc[own["text"], "label"].to_numpy()
    assert (kept == own["label"].to_numpy()).all()


def test_adverts_disclosures_and_markup_found_by_their_form(seeds):
    # Written for this test (not from scorer.inject or the benchmarks): the
    # forms the rules know without a phrase list (an offer "from" a price, a
    # labelled rate, prices at sellers, a Title Case headline signed by a
    # name; a page named with who funds it; markup and server residue).
    planted_lines = {
        "Weekend spa breaks in the Cotswolds from £189pp | Larkspur Retreats": "ad",
        "Personal loans at 6.9% APR representative. Brindle Money.": "ad",
        "Garden furniture sets: $399 at Hollins, $449 at Tevrow": "ad",
        "17 Cabins In Norway That Will Make You Want To Quit Your Job (Fjellhus Travel)": "ad",
        "This report was funded by the Marlow Trust.": "sponsor",
        "[Sponsored]": "sponsor",
        "Custom content for Brindle Money": "sponsor",
        "<?php echo $post->title; ?>": "markup_residue",
        'style="font-size: 12px; color: #333;"': "markup_residue",
        "(adsbygoogle = window.adsbygoogle || []).push({});": "markup_residue",
        "Warning: Undefined variable $author in /var/www/html/wp-content/themes/news/single.php"
        " on line 88": "markup_residue",
        "##AD_SLOT##": "markup_residue",
        "[Read the full statement](https://example.org/statement)": "markup_residue",
        "fbq('track', 'PageView');": "markup_residue",
        "margin: 0 auto;": "markup_residue",
        "});": "markup_residue",
        "\\x3Cscript\\x3E": "markup_residue",
        '<a href="https://example.com/deal" rel="sponsored">Click here for the deal</a>': (
            "markup_residue"
        ),
    }
    # Facts that look like offers stay content: a price range, prices in the story.
    kept_lines = [
        "Fuel prices ranged from $3.10 to $3.45 a gallon across the region last week.",
        "Officials said the repairs would cost from $2 million to $3 million.",
        "Officials (who asked not to be named) said the deal was close.",
    ]
    text = seeds.loc[seeds["article_id"].str.startswith("002"), "text"].iloc[0]
    paragraphs = text.split("\n")
    middle = len(paragraphs) // 2
    new_text = "\n".join(
        paragraphs[:middle] + list(planted_lines) + kept_lines + paragraphs[middle:]
    )
    segments = spam.segment(articles_frame([{"article_id": "p", "text": new_text}]))
    segments = segments.set_index("text")
    for line, category in planted_lines.items():
        row = segments.loc[line]
        assert (row["label"], row["category"]) == ("spam", category), (line, row["reason"])
    for line in kept_lines:
        assert segments.loc[line, "label"] == "content", segments.loc[line, "reason"]
    own = spam.segment(seeds[seeds["article_id"].str.startswith("002")])
    assert (segments.loc[own["text"], "label"].to_numpy() == own["label"].to_numpy()).all()


@pytest.mark.data
def test_promotion_score_spares_real_news_lines():
    # Real reporting about prices, sales and percentages shares its words with
    # the rest of the article: the off-topic share keeps it out.
    rows = []
    for path in sorted(FAKENEWSAMT.glob("*/*.txt")):
        rows.append({"article_id": path.stem, "text": path.read_text("utf-8", errors="replace")})
    segments = spam.segment(articles_frame(rows))
    assert not segments["reason"].str.startswith("promotion").any()
    prices = segments["text"].str.contains(r"\$[0-9]|[0-9]%", regex=True)
    assert prices.sum() > 50
    assert (segments.loc[prices, "label"] != "spam").all()


def test_model_file_carries_the_promotion_layer():
    from scorer.features import spam_model

    promo = spam_model.load_model()["promo"]
    assert promo["features"] == list(spam_model.PROMO_FEATURES)
    assert len(promo["coef"]) == len(spam_model.PROMO_FEATURES)
    assert 0 < spam_model.promo_threshold() < 1
    # trained on the development styles: d (held out since it was written)
    # and the newest blind style stay out, to measure the layer
    assert promo["trained_on"]["styles"] == [*"abcefghijk"]


def test_escaped_markup_url_paths_and_partner_labels(seeds):
    # Written for this test: forms the rules learnt after style c was studied.
    planted_lines = {
        "&lt;div class=&quot;promo&quot;&gt;&lt;/div&gt;": ("spam", "markup_residue"),
        "/sport/live/amp/index": ("spam", "junk_token"),
        "Stories from our sponsors": ("spam", "sponsor"),
    }
    segments = _planted_in_the_middle(seeds, "002", list(planted_lines))
    for line, expected in planted_lines.items():
        row = segments.loc[line]
        assert (row["label"], row["category"]) == expected, (line, row["reason"])
    assert segments.loc["&lt;div class=&quot;promo&quot;&gt;&lt;/div&gt;", "reason"].startswith(
        "escaped"
    )


# --------------------------------------------------------------------------
# Vectorised helpers against their plain-Python definitions


def _off_topic_reference(idx, pos, keys, texts, first, stop):
    """The off-topic measure as first written: one Counter per article, a loop per line."""
    import collections
    import re

    from scorer.features import _lexicons as lex

    share, caps, first_cap = np.zeros(len(idx)), np.zeros(len(idx)), np.zeros(len(idx))
    for k, i in enumerate(idx):
        body = collections.Counter(" ".join(keys[first[i] : stop[i]]).split())
        own = collections.Counter(keys[i].split())
        words = [w for w in keys[i].split() if len(w) >= 4 and not w.isdigit()]
        words = [w for w in words if w not in lex.STOPWORDS]
        if words:
            share[k] = sum(body[w] <= own[w] for w in words) / len(words)
        for n, token in enumerate(texts[i].split()):
            if not token[:1].isupper():
                continue
            word = re.sub("[^a-z0-9]+", "", token.lower())
            if len(word) < 3 or word in lex.STOPWORDS:
                continue
            if body[word] <= own[word]:
                caps[k] += 1
                first_cap[k] = first_cap[k] or n == 0
    return share, caps, first_cap


def test_off_topic_matches_its_python_definition(seeds):
    tricky = "\n".join(
        [
            "The İstanbul office and the KELVIN lab (Émile's team) met on Monday.",
            "Émile said the ÉCLAIR\u2003project\u00a0and Ｆullwidth names were new.",
            "Try Zorblax\u2009Pro\x1ctoday: zorblax.example \u2014 only $9.99!",
            "\u212aelvin Brands and éclair sellers, McDonald's and (Apple) too.",
            "The talks in istanbul were about the office and the project, the minister said.",
        ]
    )
    articles = pd.concat(
        [seeds, articles_frame([{"article_id": "tricky", "text": tricky}])], ignore_index=True
    )
    lines, _ = spam._split_lines(articles)
    features, tokens = spam._line_features(lines)
    pos = lines["pos"].to_numpy()
    first, stop = spam._article_bounds(pos)
    idx = np.flatnonzero(features["n_words"].to_numpy() >= 2)
    got = spam._off_topic(idx, pos, tokens, lines["text"])
    want = _off_topic_reference(
        idx,
        pos,
        features["key"].to_numpy(dtype=object),
        lines["text"].to_numpy(dtype=object),
        first,
        stop,
    )
    for name, a, b in zip(("share", "caps", "first_cap"), got[:3], want, strict=True):
        np.testing.assert_array_equal(a, b, err_msg=name)
    # The tricky article exercises every branch: novel names, a first-word name.
    tricky_rows = lines["pos"].to_numpy()[idx] == len(seeds)
    assert got[1][tricky_rows].sum() >= 3 and got[2][tricky_rows].any()


def test_made_up_names_are_told_from_the_story_s_people_and_places(seeds):
    # A brand invented for an advert is in no English word list; the people
    # and places of a story are, a name the story itself uses is its subject,
    # and a line in another language counts nothing.
    text = seeds.loc[seeds["article_id"].str.startswith("002"), "text"].iloc[0]
    lines = [
        "Try the Zorvanta heat pump, quieter than anything you have owned",
        "Johnson and Williams spoke to reporters in Chicago on Tuesday",
        "Der Bürgermeister von Wolkenstein sprach am Dienstag mit Reportern",
        "Brelloway stores will open on Sunday, the company said",
        "A spokesman for Brelloway confirmed the opening date to the paper",
    ]
    article = articles_frame([{"article_id": "n", "text": text + "\n" + "\n".join(lines)}])
    split, _ = spam._split_lines(article)
    idx = np.flatnonzero(split["text"].isin(lines).to_numpy())
    assert len(idx) == len(lines)
    ones = np.ones(len(idx))
    first, stop = spam._article_bounds(split["pos"].to_numpy())
    got = spam._invented_names(idx, first, stop, split["text"], ones)
    assert dict(zip(split["text"].to_numpy()[idx], got, strict=True)) == {
        lines[0]: 1.0,
        lines[1]: 0.0,
        lines[2]: 0.0,
        # (named twice in the article: the story is about it)
        lines[3]: 0.0,
        lines[4]: 0.0,
    }
    # Lines without a capitalised word found nowhere else are not read.
    none = spam._invented_names(idx, first, stop, split["text"], 0 * ones)
    assert not none.any()


def test_function_word_counts_match_the_word_list(seeds):
    from scorer.features import _lexicons as lex

    lines, _ = spam._split_lines(seeds)
    features, _ = spam._line_features(lines)
    want = [sum(w in lex.STOPWORDS for w in key.split()) for key in features["key"]]
    assert features["n_stop"].tolist() == want
    assert sum(want) > 500


# --------------------------------------------------------------------------
# Spam families beyond the studied templates (issue 3: generalisation)


def test_unseen_spam_families_are_found_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject and from
    # benchmarks/spam_examples.py: each line stands for a family of web spam.
    planted_lines = {
        "Nobody in Lagos can believe what this cheap gadget does to power bills": "ad",
        "We may earn a commission if you buy through links in this story.": "sponsor",
        "This feature was paid for by Corrigan Mutual": "sponsor",
        "cheap valium online no prescription next day delivery": "injected_spam",
        "Download the Briefly app and turn on notifications for alerts": "call_to_action",
        "GTM-W4K9QZ7": "junk_token",
        "?ref=hp&clickid=8aK2mQ": "junk_token",
        "lkjhsdfqwpoizx": "junk_token",
        '[et_pb_text admin_label="Intro"]': "markup_residue",
        "#masthead .menu-item { float: left; }": "markup_residue",
        '{"@context":"https://schema.org","@type":"Article"}': "markup_residue",
    }
    segments = _planted_in_the_middle(seeds, "002", list(planted_lines))
    for line, category in planted_lines.items():
        row = segments.loc[line]
        assert (row["label"], row["category"]) == ("spam", category), (line, row["reason"])
    own = spam.segment(seeds[seeds["article_id"].str.startswith("002")])
    assert (segments.loc[own["text"], "label"].to_numpy() == own["label"].to_numpy()).all()


def test_letter_model_tells_english_from_keyboard_mash():
    from scorer.features import spam_model

    model = spam_model.char_model()
    assert model is not None and model["logp"].shape == (27, 27, 27)
    english = ["government", "reporters", "agreement", "transitional", "security"]
    mash = ["qwpoeiruty", "zxcvbnmzxv", "lkjhgfdsa", "xqzvkwpjrt"]
    assert all(spam_model.letter_logprob([w]) > model["threshold"] for w in english)
    assert all(spam_model.letter_logprob([w]) < model["threshold"] for w in mash)
    assert np.isnan(spam_model.letter_logprob(["café"]))


_SHAPE_PROSE = [
    "The minister said on Monday that the talks had failed and the mission would leave.",
    "Der Bürgermeister sprach am Dienstag mit Reportern über die neue Brücke am Fluss.",
    "Pemerintah daerah akan membuka kembali pasar tradisional pada pekan depan, kata dia.",
    "“We will not go back,” she told reporters in Niamey (the capital) on 4 November.",
    "Shares rose 3.2% to $41.50 in early trading, the highest level since March 2019.",
]
# Template syntaxes and keys of no engine the rules name (invented for this test).
_SHAPE_RESIDUE = [
    "<<@ story.headline | titlecase @>> <<@ story.kicker @>>",
    "((* teaser:related count=3 *))",
    "$$ if(page.paywalled){ render('meter'); } $$",
    "sessionKey=Zk82Jq0LmW1xPqR7vT3nB9cY4hD6fG0s",
]


def test_shape_model_tells_markup_from_prose_in_any_language():
    model = spam_model.shape_model()
    assert model is not None and len(model["orders"]) == spam_model.SHAPE_ORDER
    prose = spam_model.shape_logprob(_SHAPE_PROSE)
    residue = spam_model.shape_logprob(_SHAPE_RESIDUE)
    assert (prose > model["threshold"]).all(), prose
    assert (residue < model["threshold"]).all(), residue
    # Deterministic, and one line scores the same alone or among others.
    alone = spam_model.shape_logprob(_SHAPE_RESIDUE[:1])
    assert alone[0] == pytest.approx(residue[0])


@pytest.mark.data
def test_shape_model_is_reproduced_by_its_training_script():
    # The shipped shape model is what benchmarks/train_spam.py fits on its
    # corpus, to the byte (its threshold, the held-out quantile, included).
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import train_spam

    articles, gold = train_spam._corpora()
    assert train_spam.train_shapes(articles, gold) == spam_model.load_model()["shapes"]


def test_a_small_shape_model_fits_and_backs_off():
    lines = _SHAPE_PROSE * 3
    model = spam_model.fit_shape_model(lines, min_count=1)
    assert [len(o["pairs"]) > 0 for o in model["orders"]] == [True] * spam_model.SHAPE_ORDER
    seen, unseen = spam_model.shape_logprob([lines[0], "}}{{<<>>||^^~~"], model=model)
    assert seen > -1.5 > unseen
    # The single symbols' probabilities, with the weight left to unseen ones, sum to one.
    unigram = model["orders"][0]
    n_symbols = len(spam_model.SHAPE_SYMBOLS)
    unseen = (n_symbols - len(unigram["pairs"])) * np.exp(unigram["backoff"][0]) / n_symbols
    assert np.exp(unigram["logp"]).sum() + unseen == pytest.approx(1.0)


def test_lines_shaped_like_no_prose_are_spam(seeds):
    planted = {
        _SHAPE_RESIDUE[0]: "markup_residue",
        _SHAPE_RESIDUE[1]: "markup_residue",
        # (a line of ids: its longest token is short of half the line, no marks)
        "Ref. KX-2291/B7 Q4-88 ZT9 3301-A": "junk_token",
    }
    kept = [
        _SHAPE_PROSE[1],
        _SHAPE_PROSE[4],
        "Home | News | Sport | Weather | Opinion",
        "Follow the reporter on X: @jsmith_news #Niger",
    ]
    segments = _planted_in_the_middle(seeds, "002", [*planted, *kept])
    for line, category in planted.items():
        row = segments.loc[line]
        assert (row["label"], row["category"]) == ("spam", category), (line, row["reason"])
        assert row["reason"].startswith("shaped like no prose"), row["reason"]
    for line in kept:
        assert not segments.loc[line, "reason"].startswith("shaped like no prose"), line


@pytest.mark.data
def test_unseen_families_spare_real_news_lines():
    # Real reporting on casinos, newsletters, apps and cookies shares its
    # words with its article: none of the new families calls it spam.
    rows = []
    for path in sorted(FAKENEWSAMT.glob("*/*.txt")):
        rows.append({"article_id": path.stem, "text": path.read_text("utf-8", errors="replace")})
    segments = spam.segment(articles_frame(rows))
    reasons = segments["reason"]
    for head in (
        "English vice spam",
        "reader prompt",
        "native-ad teaser",
        "affiliate",
        "junk",
        "shaped like no prose",
    ):
        assert not reasons.str.startswith(head).any(), head


# --------------------------------------------------------------------------
# The byte-level features against their plain-Python definitions


_TRICKY = [
    "Don't miss it — it’s ‘free’, `really´!",
    "'",
    "  ",
    "!Hello (World) “Quoted” ÉCOLE straße Ölpreis",
    "A",
    "élan vital",
    "ßeta",
    "ÿ",
    "比特币 赌场 casino 🔥🔥 ★ deal ★ 👉 here",
    "Ünïcödé 𝐁old ǅ Ǆ ǆ Ḁ ḁ Ω ω Ж ж",
    "x1y2z3 UA-1234567-1 ?utm_source=x&id=y",
    "\t tab\tseparated  words ",
    "(A) B-C d”E “F",
    # (terminal or not by the last character: ’ ” … end a sentence, € — ę do not)
    "it ended…",
    "“Quoted”",
    "’",
    "costs 5 €",
    "a dash —",
    "Polskę",
    # a script outside the basic plane (Adlam, Osage) is another script too
    "Adlam 𞤀𞤁𞤂 and Osage 𐒰𐒱",
]


def _reference_norm(line: str) -> tuple[str, str]:
    kept = "".join(c for c in line if c not in "'`´‘’")
    mapped = "".join(c.lower() if c.isascii() and c.isalnum() else " " for c in kept)
    # every byte of a non-ASCII character became a space, then runs collapsed
    collapsed = " ".join(mapped.split(" ")) if mapped else mapped
    while "  " in collapsed:
        collapsed = collapsed.replace("  ", " ")
    return " " + collapsed.replace(" ", "  ") + " ", " ".join(mapped.split())


def _reference_counts(line: str) -> dict[str, int | bool]:
    import re

    from scorer.features import _lexicons as lex

    return {
        "n_chars": len(line),
        "n_words": len(re.findall(spam._WORD_RE, line)),
        "n_foreign": len(re.findall(spam._FOREIGN, line)),
        "n_digits": len(re.findall("[0-9]", line)),
        "n_caps": len(re.findall(spam._CAP_WORD_RE, line)),
        "deco": sum(c in lex.DECORATIVE for c in line),
        "lower_start": re.match(spam._LOWER_START_RE, line) is not None,
        "drop_cap": re.fullmatch(spam._DROP_CAP_RE, line) is not None,
        "terminal": re.search(spam._TERMINAL_RE, line) is not None,
        "suspicious": re.search(spam._FOREIGN + "|" + spam._SUSPICIOUS_RE, line) is not None,
    }


def _check_byte_features(lines: list[str]) -> None:
    text = pd.Series(lines, dtype="str")
    data, bounds = spam._utf8(text)
    norm, key = spam._normalise(data, bounds)
    counts = spam._char_counts(data, bounds)
    counts["terminal"] = spam._ends_terminal(data, bounds)
    features, _ = spam._line_features(pd.DataFrame({"text": text}))
    counts["suspicious"] = features["suspicious"].to_numpy()
    for i, line in enumerate(lines):
        assert (norm[i], key[i]) == _reference_norm(line), line
        for name, value in _reference_counts(line).items():
            assert counts[name][i] == value, (name, line)


def test_byte_level_features_match_their_definitions():
    _check_byte_features(_TRICKY)
    _check_byte_features(_TRICKY[::-1])
    _check_byte_features(_TRICKY[3:4])


def test_byte_level_features_on_random_text():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    alphabet = st.sampled_from([*"aZ09 ,.'`´‘’“”(\"\t-ßöÖÉ€比特🔥★👉Жω…)!", "𝐁", "𞤀", "𐒰"])

    @hypothesis.settings(max_examples=200, deadline=None, derandomize=True)
    @hypothesis.given(st.lists(st.text(alphabet, min_size=1, max_size=12), min_size=1, max_size=6))
    def check(lines):
        _check_byte_features(lines)

    check()


def test_segments_identical_on_seed_copies(seeds):
    # The same text twice in one corpus gives the same rows twice (nothing
    # carried over between articles but the per-source chrome, unset here).
    twice = pd.concat([seeds, seeds.assign(article_id=seeds[ARTICLE_ID] + "_2")])
    both = spam.segment(twice.reset_index(drop=True))
    once = spam.segment(seeds)
    second = both[both[ARTICLE_ID].str.endswith("_2")].reset_index(drop=True)
    second = second.assign(article_id=second[ARTICLE_ID].str.removesuffix("_2"))
    pd.testing.assert_frame_equal(second, once)


# --------------------------------------------------------------------------
# Word families by stem, other languages in the article's script


def test_stem_families_and_other_languages_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject and spam_examples.py.
    planted_lines = {
        "The following feature is sponsored.": "sponsor",
        "Wrenfield Outfitters sponsored this story": "sponsor",
        "Our partners compensate us when you click their links.": "sponsor",
        "Become a subscriber and keep reading without limits": "call_to_action",
        "Install our browser extension and never miss a headline": "call_to_action",
        "fast crypto signals doubler profit guaranteed": "injected_spam",
        "hot webcam escorts live now": "injected_spam",
        "Κερδίστε τώρα μπόνους καζίνο online δωρεάν": "injected_spam",
        "apuestas deportivas con las mejores cuotas y bono de bienvenida": "injected_spam",
        "jetzt online spielen und gratis drehungen sichern": "injected_spam",
        "Handmade leather wallets with free shipping all week": "ad",
        "Compare mortgage rates from local lenders in minutes": "ad",
    }
    # an advert that tells the reader what to do may be a call to action
    _assert_planted_found(
        seeds,
        "001",
        planted_lines,
        lambda category: {category} | ({"call_to_action"} if category == "ad" else set()),
    )


def test_quoted_foreign_words_and_foreign_articles_are_not_spam():
    english = (
        "The minister spoke to reporters in the capital on Monday and said that the talks "
        "with the neighbouring country would continue next week despite the protests."
    )
    rows = [
        # A quotation with its speaker: the English words around it say who.
        {
            "article_id": "quote",
            "text": f"{english}\nHe said «Слава Україні» to the crowd.\n{english}",
        },
        # An article in Spanish is not injected Spanish: its lines stay.
        {
            "article_id": "es",
            "text": "El ministro habló con los periodistas el lunes.\n"
            "Las conversaciones con el país vecino continuarán la próxima semana.\n"
            "La oposición convocó nuevas protestas en la capital.",
        },
    ]
    segments = spam.segment(articles_frame(rows))
    assert (segments["label"] != "spam").all(), segments[["text", "reason"]]


def test_sponsor_labels_disclosures_and_capitalised_languages_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject and spam_examples.py:
    # sponsor labels by their form, disclosures naming the page and its
    # payer in any order, and spam in languages that capitalise their nouns
    # or that the identifier gives English a little probability.
    planted_lines = {
        "Sponsored feature": "sponsor",
        "Partner content | Harrowgate Mills": "sponsor",
        "Branded story from Kestrelby Foods": "sponsor",
        "Kestrelby Foods is the proud sponsor of this podcast.": "sponsor",
        "This guide contains affiliate links to Harrowgate Mills.": "sponsor",
        "Support for Lindqvist Radio comes from Kestrelby Foods, makers of oat bars.": "sponsor",
        "Produced by Lindqvist Studios for Harrowgate Mills": "sponsor",
        "Take our three-minute reader survey and tell us what you think": "call_to_action",
        "Heute bestellen und Versandkosten bei Harrowgate sparen": "injected_spam",
        "canlı bahis siteleri yüksek oran hoşgeldin bonusu": "injected_spam",
        # every script other than the article's, not only the common ones
        "ཁྱེད་རང་དེ་རིང་ཐོབ།": "injected_spam",
        "ይህን ቅናሽ ዛሬ ያግኙ": "injected_spam",
        "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ": "injected_spam",
        "ܫܠܡܐ ܥܠܡܐ ܚܕܬܐ": "injected_spam",
    }
    _assert_planted_found(
        seeds, "001", planted_lines, lambda category: {category, "ad", "injected_spam"}
    )


def test_every_letter_of_another_script_is_foreign():
    # Derived from the Unicode database, not from a list of scripts someone
    # remembered: every letter outside Latin (and outside the letter-like
    # symbols, the mathematical, full-width and modifier letters, which dress
    # up Latin) falls in the foreign ranges.  Lisu, Runic, Ogham, polytonic
    # Greek and Georgian capitals once did not.
    import unicodedata

    latin_dress = ("LATIN", "MODIFIER LETTER", "MATHEMATICAL", "FULLWIDTH LATIN", "HALFWIDTH")
    ranges = spam._FOREIGN_RANGES
    missing = [
        f"{code:04X} {unicodedata.name(chr(code))}"
        for code in range(0x0370, 0x32000)
        if unicodedata.category(chr(code)).startswith("L")
        and not unicodedata.name(chr(code), "").startswith(latin_dress)
        # punctuation, letter-like symbols (ℓ, №, ℮) and the CJK marks (々, 〆)
        and not (0x2000 <= code <= 0x2E7F or 0x3000 <= code <= 0x303F)
        and not 0x1D00 <= code <= 0x1DBF  # phonetic small capitals (ᴦ, ᴫ)
        and not 0x1EE00 <= code <= 0x1EEFF  # Arabic mathematical letters
        and not any(low <= code <= high for low, high in ranges)
    ]
    assert not missing, missing[:20]


def test_words_mixing_another_script_with_latin_letters_are_taken_whole(seeds):
    # Ossetian writes "æ" (a Latin letter) inside Cyrillic words; a run of
    # Cyrillic alone would split "Хæдзарæй" into pieces too short to judge.
    planted_lines = {
        "Хæдзарæй нæ рацæугæйæ алы бон дæр æхца ис, абон ныффыс": "injected_spam",
        "ꓡꓲ ꓟꓬ ꓔꓯ ꓠꓬ ꓢꓴ ꓧꓳ ꓐꓮ": "injected_spam",
        "ᚠᛖᚺ ᚱᚢᚾᛖᛋ ᚹᚨᛋ ᚹᚱᛁᛏᛏᛖᚾ": "injected_spam",
    }
    _assert_planted_found(seeds, "001", planted_lines, lambda category: {category})
    # one Cyrillic letter in an English word is a typing slip, not spam
    line = "The minister of Тhe interior said on Monday that the talks would resume."
    labels = _planted_in_the_middle(seeds, "001", [line]).loc[[line]]
    assert (labels["label"] == "content").all(), labels[["label", "reason"]]


def test_notices_of_broadcast_elections_and_lotteries_and_lone_ids_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject: notices the law or a
    # funder requires (product placement, an election imprint, a lottery's
    # credit, public media's "viewers like you"), sponsor tiers and a media
    # partner, a label on the stem "patroc"; a parcel number, a plus code, a
    # timestamp to the millisecond and an HTTP/2 header in lower case.
    planted_lines = {
        "This film contains product placement.": "sponsor",
        "Promoted by Jane Hollis on behalf of the Riverside Independents, 4 Mill Lane, Leeds.": (
            "sponsor"
        ),
        "Authorised by R. Okafor, Harbour Party, Perth.": "sponsor",
        "Made possible by the Lindqvist Trust and viewers like you.": "sponsor",
        "Thanks to National Lottery players, the museum received £40,000.": "sponsor",
        "Platinum sponsor: Kestrelby Foods": "sponsor",
        "Media partner of the Harrowgate Jazz Week: Lindqvist Radio": "sponsor",
        "Patrocinio di Kestrelby Foods": "sponsor",
        "RM482913560GB": "junk_token",
        "9C3XGV4C+XV": "junk_token",
        "2025-03-04T10:15:30.125+01:00": "junk_token",
        "x-amz-cf-id: Qo3jYbP0u5vTzR": "junk_token",
    }
    _assert_planted_found(seeds, "001", planted_lines, lambda category: {category})
    lines = [
        "The club signed a sponsorship deal with a local brewery.",
        "Authorised by the council, the works began in May.",
        "Orders rose 4% in the second quarter, the company said.",
        "The prize is awarded every year by the academy.",
        "Families waited in a row outside the clinic, officials said.",
    ]
    labels = _planted_in_the_middle(seeds, "001", lines).loc[lines]
    assert (labels["label"] == "content").all(), labels[["label", "reason"]]
    # the stem rule takes labels, not English nouns (nor the long s, which
    # matches "s" where case is ignored)
    labels = pd.Series(["Sponsorship deal with Kestrelby", "Sponsort bi Kestrelby"], dtype="str")
    assert spam._re2(labels, "contains", spam._SPONSOR_LABEL_RE).tolist() == [False, True]


def test_placeholders_feed_and_shop_ids_other_formats_and_funding_notes_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject: an editor's
    # placeholders, a feed's tag URI, a browser extension's path, a product
    # code and an IBAN; a citation record, a desktop-publishing tag and a chat
    # app's link; labels in Chinese, Korean and Hebrew, crowdfunded reporting,
    # a paid public notice and match funding.
    planted_lines = {
        "TK TK": "junk_token",
        "XXX CONFIRM AGE XXX": "junk_token",
        "tag:harrowgate-news.example,2023-12-05:/niger/41": "junk_token",
        "moz-extension://5b1c2f0e-7d7a-4c55-9a39-0f7c3a1d9e21/popup.html": "junk_token",
        "UPC: 0-48231-01122-4": "junk_token",
        "DE44 5001 0517 5407 3249 31": "junk_token",
        "TY  - JOUR TI  - Niger briefing PY  - 2023 ER  -": "markup_residue",
        "@Standfirst:<I>": "markup_residue",
        "<https://harrowgate-news.example/niger|Open the story> :globe_with_meridians:": (
            "markup_residue"
        ),
        "广告 | Kestrelby": "sponsor",
        "광고 · Kestrelby Foods": "sponsor",
        "בשיתוף Harrowgate Mills": "sponsor",
        "This series was crowdfunded by 900 of our readers.": "sponsor",
        "Public notice placed on behalf of Lindqvist Homes Ltd under the Planning Act.": "sponsor",
        "Every dollar donated to the flood appeal this week will be matched by Kestrelby.": (
            "sponsor"
        ),
    }
    _assert_planted_found(seeds, "001", planted_lines, lambda category: {category})
    lines = [
        "TK Maxx opened a new store in the town centre.",
        "Donations will be matched by the government, the minister said.",
        "The GB team won gold in the relay.",
    ]
    labels = _planted_in_the_middle(seeds, "001", lines).loc[lines]
    assert (labels["label"] == "content").all(), labels[["label", "reason"]]


def test_links_of_other_schemes_labelled_codes_interface_prompts_and_disclaimers(seeds):
    # Written for this test, apart from scorer.inject: links of schemes other
    # than the web's, a crontab line, a formula, a masked card, a MAC address,
    # coordinates, a BIC, labelled codes; a PDF text operator and a lyrics
    # timestamp; the page's interface; political, contributor and PR
    # disclaimers, a comparison table's supplier, a social post marked "Ad".
    planted_lines = {
        "sms:+447700900123": "junk_token",
        "webcal://harrowgate-news.example/events/niger.ics": "junk_token",
        "0 3 * * 1 /usr/local/bin/backup.sh": "junk_token",
        '=SUMIF(B2:B40,"Niamey",C2:C40)': "junk_token",
        "xxxx-xxxx-xxxx-1182": "junk_token",
        "3c:22:fb:9e:41:07": "junk_token",
        "13.5116, 2.1254": "junk_token",
        "HRWGGB2LXXX": "junk_token",
        "IMEI: 490154203237518": "junk_token",
        "Order No. 5531-0042-77 · Txn ID 9QK2LM": "junk_token",
        "BT /F2 10 Tf 56 700 Td (Niamey) Tj ET": "markup_residue",
        "[03:12.40]": "markup_residue",
        "Tap the chart to see the figures for each region": "call_to_action",
        "View this post on Instagram": "call_to_action",
        "Keep scrolling for more from Niger": "call_to_action",
        "Paid for by Friends of Hollis. Not authorized by any candidate.": "sponsor",
        "Opinions expressed by Harrowgate contributors are their own.": "sponsor",
        "Kestrelby is a client of Lindqvist PR, which arranged the visit.": "sponsor",
        "Prices in this comparison are supplied by Kestrelby, which pays us per click.": "sponsor",
        "Kestrelby Foods @kestrelby · Promoted": "sponsor",
    }
    _assert_planted_found(seeds, "001", planted_lines, lambda category: {category})
    lines = ["A promotion for the deputy head was announced.", "Note: the figures are provisional."]
    labels = _planted_in_the_middle(seeds, "001", lines).loc[lines]
    assert (labels["label"] == "content").all(), labels[["label", "reason"]]


def test_english_scraps_and_sign_offs_stay_out_of_the_foreign_language_rule(seeds):
    # Short English lines the language identifier cannot place, and a
    # tweet's sign-off (flagged as Polish before handles were excluded), are
    # not text in another language; a headline starting with a label word
    # ("Commercial") is not a sponsor label, nor is a sentence about support
    # for a plan an underwriting credit.
    lines = [
        "— maria kowalczyk (@mkowal) March 3, 2021",
        "H/T Reuters",
        "Commercial property prices fell again in March.",
        "Support for the plan comes from both parties, the survey found.",
    ]
    labels = _planted_in_the_middle(seeds, "001", lines).loc[lines]
    assert (labels["label"] != "spam").all(), labels[["label", "reason"]]


def test_sponsor_and_reader_words_in_reporting_stay_content(seeds):
    # News speaks of sponsors, comments, registrations and donations.
    lines = [
        "The festival was sponsored by the city council and three local firms.",
        "A spokesman for the ministry declined to comment on the report.",
        "Voter registration numbers rose sharply in the final week, officials said.",
        "Apple would not say how much money would be donated through the sales.",
        "The European Commission said it would publish its findings next month.",
        "Mortgage rates rose for a third week and loan demand fell, the bank said.",
    ]
    text = seeds.loc[seeds["article_id"].str.startswith("001"), "text"].iloc[0]
    paragraphs = text.split("\n")
    new_text = "\n".join(paragraphs[:5] + lines + paragraphs[5:])
    segments = spam.segment(articles_frame([{"article_id": "p", "text": new_text}]))
    labels = segments.set_index("text").loc[lines, "label"]
    assert (labels == "content").all(), labels


def test_script_lines_cms_tokens_build_ids_and_funding_notes_are_spam(seeds):
    # Written for this test, apart from scorer.inject: a script statement
    # whose start is also a shorter match, braces and tokens of a CMS left
    # unreplaced, a version with a commit hash, a funder named beside the
    # newsroom's independence.
    planted_lines = {
        "document.getElementById('comments').style.display='none';": "markup_residue",
        "window.dataLayer.push({'event': 'pageview'});": "markup_residue",
        "{squarespace-headers}": "markup_residue",
        "[node:title] | [site:name]": "markup_residue",
        "v4.17.3-149-g5fece04": "junk_token",
        "Funded by a grant from Harrowgate Trust. Editorial decisions are made independently.": (
            "sponsor"
        ),
        "This reporting was supported by Kestrelby Foods, which had no editorial input.": (
            "sponsor"
        ),
        "Support for this series comes from Lindqvist Fund, which has no say over its coverage.": (
            "sponsor"
        ),
    }
    _assert_planted_found(seeds, "001", planted_lines, lambda category: {category})


def test_funding_and_versions_in_reporting_stay_content(seeds):
    lines = [
        "The program is funded by the city and has no say over police budgets.",
        "The hospital, funded by a grant from the state, made its decisions independently.",
        "The paper's editorial content is funded by subscribers, its publisher said.",
        "The app reached version 4.17.3 last week, adding offline maps for all users.",
    ]
    labels = _planted_in_the_middle(seeds, "001", lines).loc[lines]
    assert (labels["label"] == "content").all(), labels[["label", "reason"]]


def test_lines_in_another_language_with_a_function_word_look_alike_are_injected(seeds):
    # "la", "die", "nay" are English function words too: a line of five or
    # more words may hold one when the identifier all but rules English out.
    planted_lines = {
        "Descarga la aplicación y gana premios cada día": "injected_spam",
        "Jetzt die App laden und jeden Tag Preise gewinnen": "injected_spam",
        "Mua ngay hôm nay để nhận ưu đãi đặc biệt": "injected_spam",
    }
    _assert_planted_found(seeds, "001", planted_lines)
    headlines = [
        "Mali junta expels French ambassador over remarks",
        "Niger coup leaders close airspace amid intervention threats",
        "Tinubu urges Ecowas leaders to stand firm on sanctions",
        "Bazoum remains detained at presidential palace in Niamey",
    ]
    labels = _planted_in_the_middle(seeds, "001", headlines).loc[headlines]
    assert (labels["category"] != "injected_spam").all(), labels[["label", "reason"]]


def test_more_cms_ids_paths_and_sponsor_notes_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject: CMS and template
    # languages (Velocity, Smarty with modifiers, ExpressionEngine, Textpattern,
    # reStructuredText, a source map), ids and paths of front-end code and
    # image CDNs, a phone's file name, a short link, sponsorship notes in the
    # newsroom's voice and in other languages, a recommended retail price.
    planted_lines = {
        '#foreach($item in $related)#parse("card.vm")#end': "markup_residue",
        "{$story.byline|truncate:40|escape:'html'}": "markup_residue",
        '{exp:weblog:entries weblog="sport" limit="3"}': "markup_residue",
        '<txp:recent_articles limit="4" />': "markup_residue",
        ".. figure:: niamey.png": "markup_residue",
        "//# sourceMappingURL=vendor.93ac1d2e.js.map": "markup_residue",
        "/image/fetch/f_auto,q_80,w_900/v1699000000/world/niamey-rally_ab12cd.webp": "junk_token",
        "Screenshot 2023-12-05 at 09.41.27.png": "junk_token",
        "https://dlvr.it/T3kQ9z": "junk_token",
        "post-1732670539689800447": "junk_token",
        "headlessui-menu-button-:r4:": "junk_token",
        "row g-0 col-sm-4 d-none d-md-block text-md-end": "junk_token",
        "teaser-card__media teaser-card--wide js-lazy": "junk_token",
        "3.12.1-beta.2+build.7f3e9c1a": "junk_token",
        "#ad #harrowgatepartner": "sponsor",
        "Paid content from Kestrelby Foods. Our newsroom was not involved.": "sponsor",
        "Disclosure: the author holds shares in Harrowgate Mills.": "sponsor",
        "Lindqvist Science, powered by Kestrelby Foods": "sponsor",
        "Kestrelby Foods is a proud partner of Lindqvist Radio": "sponsor",
        "Our climate coverage is supported by a grant from the Harrowgate Trust.": "sponsor",
        "Kestrelby Brand Studio": "sponsor",
        "Sponzorirano – Harrowgate": "sponsor",
        "Kestrelby rowing machines, now $449 (RRP $599)": "ad",
    }
    _assert_planted_found(seeds, "001", planted_lines, lambda category: {category, "ad"})


def test_funding_sponsors_files_and_links_in_reporting_stay_content(seeds):
    lines = [
        "The mayor, supported by Labour councillors, won the vote.",
        "Police said journalists were not involved in the incident.",
        "The BBC's coverage is funded by the licence fee, the report said.",
        "Coca-Cola, a proud sponsor of the Olympics, declined to comment.",
        "The phone has an RRP of £699, Apple said.",
        "Officials released the report as a PDF late on Tuesday.",
    ]
    labels = _planted_in_the_middle(seeds, "001", lines).loc[lines]
    assert (labels["label"] == "content").all(), labels[["label", "reason"]]
    # a link to a site's section is page chrome, not a tracking link
    chrome = _planted_in_the_middle(seeds, "001", ["https://www.reuters.com/world/"])
    assert chrome["label"].iloc[0] == "boilerplate" if len(chrome) == 1 else True


def test_content_json_template_engines_tracking_links_and_notes_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject: a CMS's content JSON,
    # Mako, Bitrix, Tumblr and Confluence tags, Pandoc fences, an MDX import,
    # AsciiDoc and Textile images; Cloudflare's hidden e-mail, deep links and
    # tracking redirects; sponsor notes of sections, travel, bookings and
    # foundations; labels in Breton and Faroese; classifieds, tickets and a job.
    planted_lines = {
        '{"type":"doc","content":[{"type":"paragraph","attrs":{"align":null}}]}': "markup_residue",
        '<%inherit file="/base.mako"/>': "markup_residue",
        "<?$APPLICATION->ShowTitle();?>": "markup_residue",
        "{block:Text}{Title}{/block:Text}": "markup_residue",
        "{info:title=Correction}": "markup_residue",
        ':::: {.column width="40%"}': "markup_residue",
        "import Chart from '../components/Chart'": "markup_residue",
        'image::figures/niamey.png[alt="Niamey",width=500]': "markup_residue",
        "!<figures/niamey.png(Niamey)!": "markup_residue",
        "[email protected]": "junk_token",
        "https://harrowgate.app.link/Zq81LmT0aB": "junk_token",
        "https://click.example-mail.net/track?u=Xk29LmQpR7vT0aZbY4sWnE8cHd3": "junk_token",
        "Lindqvist Science is powered by Kestrelby Foods": "sponsor",
        "The writer travelled as a guest of Harrowgate Tours.": "sponsor",
        "Prices supplied by Kestrelby; we may earn a commission on bookings.": "sponsor",
        "Co-funded by the Harrowgate Fund. Views expressed are those of the author.": "sponsor",
        "This guide was commissioned by Kestrelby Foods.": "sponsor",
        "Ads by Harrowgate": "sponsor",
        "Bruderezh – Harrowgate": "sponsor",
        "Lýsing frá Kestrelby": "sponsor",
        "2017 Harrowgate estate, 71,000 miles, £5,495 ono": "ad",
        "Kestrelby Folk Night, Lindqvist Hall, 3 May. Tickets £12": "ad",
    }
    _assert_planted_found(seeds, "001", planted_lines, lambda category: {category, "ad"})


def test_platforms_puzzles_and_fees_in_reporting_stay_content(seeds):
    lines = [
        "He posted the video on TikTok and it went viral overnight.",
        "The crossword setter, 84, died on Tuesday, his family said.",
        "The company receives funding from the government, officials said.",
        "The software is used by 40,000 small firms, according to the company.",
        "Tickets for the final sold out within minutes, organisers said.",
        "Nurses earning £34,000 will get a rise; unions urged members to apply pressure.",
    ]
    labels = _planted_in_the_middle(seeds, "001", lines).loc[lines]
    assert (labels["label"] == "content").all(), labels[["label", "reason"]]


def test_rare_scripts_old_template_engines_headers_and_paid_notes_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject: scripts outside the
    # basic plane (Adlam, Osage) and Ol Chiki; unspun spintax; MoinMoin,
    # Movable Type, HTML::Template, Template Toolkit, Mason, Mailchimp,
    # kramdown, troff and a Nuxt state line; HTTP headers, cloud-storage
    # paths, Tailwind arbitrary values; paid notes and labels; a product card.
    planted_lines = {
        "𞤖𞤢𞤲𞤣𞤫 𞤳𞤢𞥄𞤤𞤭𞤴𞤢𞤲𞤳𞤮𞤤": "injected_spam",
        "𐓏𐓘𐓻𐓘𐓻𐓟 𐒻𐓟 𐓏𐓘𐓲𐓘": "injected_spam",
        "ᱥᱟᱱᱛᱟᱲᱤ ᱯᱟᱹᱨᱥᱤ ᱨᱮ ᱚᱞ": "injected_spam",
        "{Great|Nice|Wonderful} {post|write-up}! {Check|Visit} my {site|page}": "injected_spam",
        "<<Include(NewsBox)>>": "markup_residue",
        "<$mt:EntryBody$>": "markup_residue",
        '<TMPL_IF NAME="PREMIUM">': "markup_residue",
        "[% PROCESS sidebar.tt %]": "markup_residue",
        "<& /widgets/weather.mas &>": "markup_residue",
        "*|LIST:COMPANY|* · *|UNSUB|*": "markup_residue",
        "{: .lead}": "markup_residue",
        '.SH "SEE ALSO"': "markup_residue",
        "window.__APOLLO_STATE__={};": "markup_residue",
        "X-Cache: HIT from edge-fra3": "junk_token",
        "s3://lindqvist-media/2023/12/5f3c2a9be1d04477.jpg": "junk_token",
        "max-w-[72ch] md:grid-cols-[2fr_1fr] [&>a]:underline": "junk_token",
        "Harrowgate Radio was paid by Kestrelby Foods to feature this review.": "sponsor",
        "Prizes supplied by Kestrelby Foods": "sponsor",
        "Science Week at Lindqvist Radio is backed by Harrowgate Mills": "sponsor",
        "Conteúdo de marca – Harrowgate": "sponsor",
        "【PR】Kestrelby": "sponsor",
        "Brindlewood kettles £39 £59 −34% ★4.4 (2,310)": "ad",
    }
    # (a soup of utility classes is markup to some readers, tokens to others)
    _assert_planted_found(
        seeds,
        "001",
        planted_lines,
        lambda category: (
            {category, "ad"} | ({"markup_residue"} if category == "junk_token" else set())
        ),
    )


def test_paid_and_backed_in_reporting_stay_content(seeds):
    lines = [
        "The council's plan is backed by Labour and the Greens.",
        "The tabloid paid a photographer for the pictures, the court heard.",
        "Mourners light a candle outside the embassy every evening.",
        "He was told by text message that his flight had been cancelled.",
        "Shares in the company fell 3% on Monday after the results.",
    ]
    labels = _planted_in_the_middle(seeds, "001", lines).loc[lines]
    assert (labels["label"] == "content").all(), labels[["label", "reason"]]


def test_wiki_words_front_matter_pixels_and_sponsor_credits_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject: MediaWiki magic words,
    # Dust, PmWiki, AMPscript, MkDocs, Texinfo, TiddlyWiki and front matter;
    # Tachyons and Stitches classes, pixels, Windows paths and intent links;
    # sponsor credits of the newsroom's own pages and a parcel-fee scam.
    planted_lines = {
        "__NOTITLE__ __NOINDEX__": "markup_residue",
        '{>"partials/footer"/}': "markup_residue",
        "(:title Niger briefing:)": "markup_residue",
        "%%=v(@LastName)=%%": "markup_residue",
        '!!! warning "Correction"': "markup_residue",
        '--8<-- "includes/niger-box.md"': "markup_residue",
        "@chapter Background": "markup_residue",
        '<<tabs "[tag[Niger]]">>': "markup_residue",
        "hero_image: /uploads/2023/12/niamey-5a1b2c.jpg": "markup_residue",
        "f6 lh-title mb3 dark-gray sans-serif": "junk_token",
        "c-bQzyIO c-bQzyIO-hnNhGM-size-large": "junk_token",
        "https://px.example-ads.net/pixel?pid=184776437480506&ev=PageView": "junk_token",
        "D:\\Drafts\\niger_coup_v3.docx": "junk_token",
        "intent://story/4411#Intent;scheme=lindqvist;end": "junk_token",
        "Kestrelby presents: Lindqvist Radio Winter Talks": "sponsor",
        "Official kit supplier to the Niamey Half Marathon: Kestrelby": "sponsor",
        "Promoter: Harrowgate Mills Ltd. Closing date 12 January.": "sponsor",
        "The weather page comes to you courtesy of Kestrelby Foods": "sponsor",
        "Your parcel is held at our depot: pay the unpaid fee of £1.20 today": "injected_spam",
    }
    # (a front-matter path also holds a hashed file name: junk or markup)
    _assert_planted_found(
        seeds, "001", planted_lines, lambda category: {category, "ad", "junk_token"}
    )


def test_presents_courtesy_and_official_in_reporting_stay_content(seeds):
    lines = [
        "The exhibition presents work by 40 Nigerien photographers, the museum said.",
        "Photo courtesy of the Niger presidency.",
        "The official timekeeper said the race was delayed by an hour.",
        "The promoter of the concert was not available for comment.",
    ]
    labels = _planted_in_the_middle(seeds, "001", lines).loc[lines]
    assert (labels["label"] != "spam").all(), labels[["label", "reason"]]


def test_word_list_anchors_change_no_feature(seeds, monkeypatch):
    # The anchor words only skip lines a word list cannot match: every feature
    # is the same with the lists searched on all lines.
    extra = (
        "Sign up for the newsletter and keep reading\nThe following content is sponsored.\n"
        "casino bonus spins and crypto signals\nSponsored content provided by Acme\n"
        "Don't miss our e-mail briefing: download the app\nWe'll log in and subscribe!"
    )
    articles = pd.concat(
        [seeds, articles_frame([{"article_id": "x", "text": extra}])], ignore_index=True
    )
    lines, _ = spam._split_lines(articles)
    anchored, _ = spam._line_features(lines)
    monkeypatch.setattr(spam, "_ANCHORS", dict.fromkeys(spam._ANCHORS))
    everywhere, _ = spam._line_features(lines)
    for column in anchored.columns:
        if not column.startswith("has_"):
            assert anchored[column].equals(everywhere[column]), column
    assert anchored["reader_action"].sum() > 0 and anchored["sponsor_words"].sum() > 0


def _planted_in_the_middle(seeds, prefix: str, lines: list[str]) -> pd.DataFrame:
    """Segments (indexed by text) of a seed article with ``lines`` planted mid-article."""
    text = seeds.loc[seeds["article_id"].str.startswith(prefix), "text"].iloc[0]
    paragraphs = text.split("\n")
    middle = len(paragraphs) // 2
    new_text = "\n".join(paragraphs[:middle] + lines + paragraphs[middle:])
    segments = spam.segment(articles_frame([{"article_id": "p", "text": new_text}]))
    return segments.set_index("text")


def _assert_planted_found(seeds, prefix: str, planted_lines: dict[str, str], allowed=None) -> None:
    """Each planted line is spam of its category (or in ``allowed(category)``); rest unchanged."""
    segments = _planted_in_the_middle(seeds, prefix, list(planted_lines))
    for line, category in planted_lines.items():
        row = segments.loc[line]
        ok = allowed(category) if allowed is not None else {category}
        assert row["label"] == "spam" and row["category"] in ok, (line, row["reason"])
    own = spam.segment(seeds[seeds["article_id"].str.startswith(prefix)])
    kept = segments[~segments.index.isin(list(planted_lines))]
    assert kept["label"].tolist() == own["label"].tolist()


# --------------------------------------------------------------------------
# Session 6: token and template shapes, and what the learned layer never claims


def test_css_class_soup_and_base32_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject and spam_examples.py:
    # class names of CSS modules, Svelte, styled-components, Material UI and
    # utility frameworks printed as text, and padded base32.
    planted_lines = {
        "Byline_author__k3Jq1 Byline_date__Zx0pQ": "junk_token",
        "svelte-x1pq7ra": "junk_token",
        "sc-hLBbgP jDfFqa grid grid-cols-2 gap-x-6 sm:py-2": "junk_token",
        "MuiTypography-root MuiLink-underlineHover css-1qm1lh": "junk_token",
        "hidden lg:block w-full max-w-screen-xl mx-auto": "junk_token",
        "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U======": "junk_token",
    }
    _assert_planted_found(seeds, "002", planted_lines)
    # Hyphenated words and short headings are not class names.
    text = (
        "The council met on Monday to discuss long-term care for the elderly.\n"
        "Self-driving cars\n"
        "Top-ranked players from the region took part in the cross-border event.\n"
        "Officials said the programme would start next spring, according to the ministry."
    )
    segments = spam.segment(articles_frame([{"article_id": "a", "text": text}]))
    assert not segments["reason"].str.contains("CSS class").any(), segments[["text", "reason"]]


def test_more_machine_tokens_and_template_residue_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject and spam_examples.py.
    planted_lines = {
        "img?w=640&h=480&sig=a81c": "junk_token",
        "campaign_ref=winter_sale_07": "junk_token",
        'data-slot-id="8812736455"': "junk_token",
        "7e3f10ab-55c1": "junk_token",
        "#4471029381": "junk_token",
        "undefined undefined": "junk_token",
        "QmTrWxLpZvKhGdNsYf==": "junk_token",
        "[video]https://media.example.net/clip/88[/video]": "markup_residue",
        "[[Image:Harbour.png|left|200px]]": "markup_residue",
        "@import url('/assets/theme.css');": "markup_residue",
        "$('.gallery').slick();": "markup_residue",
    }
    _assert_planted_found(seeds, "002", planted_lines)


def test_real_shapes_near_the_new_token_rules_stay():
    text = (
        "Voters went to the polls on 2023-12-05 in a tense atmosphere.\n"
        "E=mc2\n"
        "The council said the new face-to-face meetings would resume in March.\n"
        "#BlackLivesMatter\n"
        "He told reporters the plan was fine and would go ahead next week."
    )
    segments = spam.segment(articles_frame([{"article_id": "a", "text": text}]))
    assert (segments["label"] != "spam").all(), segments[["text", "reason"]]


def test_learned_layer_never_claims_a_first_line_or_a_credit():
    # Titles written like teasers, and credits full of new names, sit where
    # the learned promotion layer would otherwise look.
    body = (
        "The regional council approved the budget on Tuesday after a long debate, "
        "and officials said the new spending plan would fund road repairs."
    )
    rows = [
        {"article_id": "t", "text": f"Tax reform the next big ticket item on the agenda\n{body}"},
        {"article_id": "c", "text": f"{body}\nFeatured image via Getty Images/Drew Angerer"},
        {"article_id": "h", "text": f"{body}\nh/t Daily Caller\n{body}"},
    ]
    segments = spam.segment(articles_frame(rows))
    assert (segments["label"] != "spam").all(), segments[["text", "reason"]]
    lines, texts = spam._split_lines(articles_frame(rows))
    _, inputs = spam._classify(lines, spam._line_features(lines), texts)
    never = dict(
        zip(
            lines["text"].to_numpy()[inputs["promo_rows"]],
            inputs["promo_inputs"]["never"],
            strict=True,
        )
    )
    assert never.get("Tax reform the next big ticket item on the agenda", True)
    assert never.get("Featured image via Getty Images/Drew Angerer", True)


def test_body_model_gives_a_page_the_same_values_in_any_batch():
    """An article's body probabilities and main run do not depend on the pages before it.

    Running sums over a whole batch, differenced per article, round by the
    total before the article; at 100,000 articles that flipped lines of the
    pandas path against the Dask path, which cuts the corpus differently.
    """
    from scorer.features import spam_model

    rng = np.random.default_rng(0)
    # A long page before ours: many lines with large scores.
    n_long = 200_000
    p_long = rng.uniform(0.0, 1.0, n_long)
    words_long = rng.integers(1, 60, n_long)
    # Our page: two runs of body lines with weak lines between them.
    p = np.array([0.9, 0.1, 0.1, 0.1, 0.9, 0.2, 0.9])
    words = np.array([30, 1, 1, 1, 29, 1, 1])
    alone = spam_model.body_run(
        p, words, np.zeros(7, int), candidate=np.ones(7, bool), threshold=0.5
    )
    batched = spam_model.body_run(
        np.r_[p_long, p],
        np.r_[words_long, words],
        np.r_[np.zeros(n_long, int), np.ones(7, int)],
        candidate=np.ones(n_long + 7, bool),
        threshold=0.5,
    )
    np.testing.assert_array_equal(batched[n_long:], alone)
    # The neighbourhood means of the second stage likewise.
    first_alone, stop_alone = spam_model._bounds(np.zeros(7, int))
    pos = np.r_[np.zeros(n_long, int), np.ones(7, int)]
    first, stop = spam_model._bounds(pos)
    for k in (1, 2, 5, 10):
        near_alone = spam_model._near(p, first_alone, stop_alone, k)
        near_batched = spam_model._near(np.r_[p_long * 1e6, p], first, stop, k)[n_long:]
        np.testing.assert_array_equal(near_batched, near_alone)


def test_file_names_and_paid_link_box_labels_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject and spam_examples.py.
    planted_lines = {
        "IMG_20231205_094411.jpg": "junk_token",
        "/sites/default/files/styles/large/public/2023-12/niamey_0412.JPG": "junk_token",
        "https://static.example-news.net/build/main.4f9c2ab1.chunk.css": "junk_token",
        "Recommended by Outbrain": "sponsor",
        "More From Around The Web": "sponsor",
        "Brightfield Labs · Sponsored": "sponsor",
    }
    _assert_planted_found(seeds, "002", planted_lines)
    # An embedded post's picture link, a product name and a sentence that
    # starts like a widget label are not spam.  (The sentence belongs to a
    # story about the treatment: dropped into a story about something else,
    # "cheap and widely available" reads as the advert it would then be.)
    text = (
        "The council met on Monday to discuss the malaria outbreak in the northern districts.\n"
        "https://pbs.twimg.com/media/Csrp9J6WEAAyubT.jpg\n"
        "Node.js\n"
        "Doctors in the districts have treated 340 patients with the standard treatment.\n"
        "Recommended by doctors for years, the treatment is cheap and widely available.\n"
        "Officials said the clinics would reopen within two weeks, according to the ministry."
    )
    segments = spam.segment(articles_frame([{"article_id": "a", "text": text}]))
    assert (segments["label"] != "spam").all(), segments[["text", "reason"]]


def test_software_output_reference_ids_front_matter_and_reader_prompts_in_a_real_article(seeds):
    # Written for this test, apart from scorer.inject: software's output
    # (an error page, a log line, a stack trace, a file listing, a commit
    # trailer), ids under their labels or in their own shapes (a paper's, a
    # book's, a chemical's, a SIM's, a patent's, a network's, a timecode, a
    # quote ticker), a doc-comment tag, a template expression and front
    # matter; host-read adverts, a collaboration label, a commercial desk's
    # supplement, a funder's acknowledgement, "sponsored" in Persian; a QR
    # code, a nomination and a live page of the outlet's own.
    planted_lines = {
        "HTTP/2 503 Service Unavailable": "junk_token",
        "net::ERR_NAME_NOT_RESOLVED": "junk_token",
        "Stop code: 0x0000007E": "junk_token",
        "[2024-02-11 08:14:55] local.WARNING: Attempt to read property on null": "junk_token",
        'Traceback (most recent call last): File "/opt/news/feed.py", line 88': "junk_token",
        "drwxr-xr-x 2 deploy deploy 4096 Mar  4 09:12 uploads": "junk_token",
        "Co-authored-by: Amadou <amadou@harrowgate-news.example>": "junk_token",
        "PMID: 29104523": "junk_token",
        "ISBN-13: 978-0-306-40615-7": "junk_token",
        "CAS RN 7732-18-5": "junk_token",
        "ICCID: 89441000301234567890": "junk_token",
        "EP 3,456,789 A1": "junk_token",
        "AS64512 · 203.0.113.0/24": "junk_token",
        "10:02:44;18": "junk_token",
        "EURNGN=X": "junk_token",
        "@return the headline of the latest Niamey story": "markup_residue",
        "Read more: ${article.url}": "markup_residue",
        '+++ slug = "niger-talks" weight = 4 +++': "markup_residue",
        "Both of our hosts voiced the ad reads you heard today for Kestrelby.": "sponsor",
        "Brand collaboration: Kestrelby × Harrowgate News": "sponsor",
        "This guide was written by the Harrowgate News partnerships team for Kestrelby.": (
            "sponsor"
        ),
        "Harrowgate News acknowledges the financial support of the Lindqvist Trust.": "sponsor",
        "اسپانسر: Kestrelby": "sponsor",
        "Scan this QR code to get the full timetable on your phone": "call_to_action",
        "If you know someone who kept the library open all year, nominate them by Friday.": (
            "call_to_action"
        ),
        "Follow the count live on our election page": "call_to_action",
    }
    _assert_planted_found(seeds, "001", planted_lines, lambda category: {category})
    lines = [
        "'If you know anyone who saw the convoy, let us know,' a police spokesman said.",
        "If you know anyone who saw the convoy, please contact the police.",
        "Commercial collaboration between the two firms grew last year.",
        "The server returned HTTP 502 errors for an hour, the company said.",
        "Warning: the storm is expected to reach Niamey on Friday.",
        "The ship, IMO 9876543, was detained in the port on Monday.",
        "The patent, EP 3,456,789 A1, covers the pump's valve.",
        "The festival acknowledges the support of its volunteers.",
        "He read the adverts on air himself, he said.",
    ]
    labels = _planted_in_the_middle(seeds, "001", lines).loc[lines]
    assert (labels["label"] == "content").all(), labels[["label", "reason"]]
