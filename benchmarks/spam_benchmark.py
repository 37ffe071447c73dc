"""Print the spam family's targets (issue 3).

    python benchmarks/spam_benchmark.py [--n-injected 240] [--repeat 3]

1. Founding corpus: spam lines found, content lines lost (line_labels.csv).
2. Article extraction benchmark, text only (``scorer.datasets.article_extraction_text``:
   every visible HTML block on its own line).  Kept text = lines labelled
   ``content`` (metadata — bylines, datelines, captions — is NOT kept: the
   gold body leaves it out).  Metric: Zyte's evaluate.py (4-token shingles,
   precision and recall averaged over pages, F1 of the means) and plain
   unigram token F1 per page.  Peers on the same text-only input:

   * trafilatura: ``trafilatura.extract(html, favor_precision=False)`` where
     ``html = "<html><body>" + "".join("<p>" + escape(line) + "</p>") + "</body></html>"``;
   * jusText: ``justext.justext(html, justext.get_stoplist("English"))`` on the same
     HTML, keeping paragraphs with ``is_boilerplate == False``.

   The learned layer was fitted on these pages: the figure for ``scorer`` is
   in-sample; the out-of-fold figure (GroupKFold by page) is printed by
   ``benchmarks/train_spam.py`` and stored in the model file (``cv_f1``).
3. Injected spam (``scorer.inject.inject_spam``) in FakeNewsAMT legit articles:
   recall and precision of the spam label, per category, for each template
   style: ``a`` (the rules were developed on it), ``b`` (written apart, then
   used as a development set), ``c`` (held out at first, then studied and
   used to train the promotion layer) and ``d`` (held out: never used to
   change the detector; its measurements are quoted in ``test_inject.py``).
   Targets: recall >= 0.90, precision >= 0.95.
4. Throughput: ``segment`` + ``spam_features`` on the founding corpus repeated and on
   FakeNewsAMT, articles/s on one core, and the ratio to one ``\\w+`` word-count pass.
5. Bad input: empty text, one 1 MB line, all-spam text.

``--save-segments DIR`` / ``--compare-segments DIR`` store and compare the
segments tables of the seeds, BuzzFeed-Webis, FakeNewsAMT with injected spam
(styles a-c and the own templates) and the extraction pages: a speed change
must leave them identical.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_spam as T

from scorer import datasets
from scorer.features import spam, spam_model
from scorer.inject import INJECTED_CATEGORIES, inject_spam

_WORD = re.compile(r"\w+")


def _frame(rows):
    return T._frame(rows)


def seed_check() -> dict:
    """The founding corpus against its line labels: spam lines found, content lines lost."""
    articles = _frame(
        [
            {"article_id": p.stem, "text": p.read_text(encoding="utf-8")}
            for p in sorted(T.SEEDS.glob("*.txt"))
        ]
    )
    segments = spam.segment(articles)
    labels = pd.read_csv(T.SEEDS / "line_labels.csv")
    labels = labels.assign(article_id=labels["file"].str.removesuffix(".txt"))
    merged = labels.rename(columns={"line": "line_no", "label": "gold"}).merge(
        segments, on=["article_id", "line_no"]
    )
    spam_lines = merged["gold"] == "spam"
    found = int((spam_lines & (merged["label"] == "spam")).sum())
    lost = int(
        ((merged["gold"] == "content") & merged["label"].isin(["spam", "boilerplate"])).sum()
    )
    agree = float((merged["gold"] == merged["label"]).mean())
    return {
        "spam lines": int(spam_lines.sum()),
        "spam lines found": found,
        "content lines lost": lost,
        "label agreement": agree,
        "lines": len(merged),
    }


def seeds() -> None:
    check = seed_check()
    print("1. founding corpus (target: every spam line found, no content line lost)")
    print(
        f"   spam lines found {check['spam lines found']}/{check['spam lines']}; content lines "
        f"lost {check['content lines lost']}; label agreement {check['label agreement']:.3f} "
        f"({check['lines']} lines)"
    )


def _as_html(text: str) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return (
        "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
    )


def extraction_table() -> pd.DataFrame:
    """Shingle F1, P, R and unigram token F1 per method on the extraction pages as text."""
    import justext
    import trafilatura

    pages = T.benchmark_pages()
    segments = spam.segment(pages.assign(source=pd.NA, error=pd.NA))
    results = {}
    kept = T.kept_text(segments, pages["article_id"])
    results["scorer (content lines)"] = kept.tolist()
    kept_meta = T.kept_text(segments, pages["article_id"], labels=("content", "metadata"))
    results["scorer (content+metadata)"] = kept_meta.tolist()
    rules, _ = spam._rule_segments(pages.assign(source=pd.NA, error=pd.NA))
    results["scorer rules only"] = T.kept_text(rules, pages["article_id"]).tolist()
    results["all text (no cleaning)"] = pages["text"].tolist()
    stoplist = justext.get_stoplist("English")
    traf, jus = [], []
    for text in pages["text"]:
        page = _as_html(text)
        traf.append(trafilatura.extract(page) or "")
        paragraphs = justext.justext(page, stoplist)
        jus.append("\n".join(p.text for p in paragraphs if not p.is_boilerplate))
    results["trafilatura 2.3.1"] = traf
    results["jusText 3.0.2"] = jus
    table = []
    for name, predicted in results.items():
        rows = [T.tp_fp_fn(b, p) for b, p in zip(pages["body"], predicted, strict=True)]
        f1, p, r = T.page_f1(rows)
        tf1 = T.token_f1(list(zip(pages["body"], predicted, strict=True)))
        table.append({"method": name, "F1": f1, "P": p, "R": r, "token F1": tf1})
    return pd.DataFrame(table).set_index("method")


def extraction() -> None:
    table = extraction_table()
    print("2. article extraction benchmark, text only (181 pages; target token F1 >= 0.92)")
    print(f"   {'method':<28} {'F1':>6} {'P':>6} {'R':>6} {'token F1':>9}")
    for name, row in table.iterrows():
        print(
            f"   {name:<28} {row['F1']:6.3f} {row['P']:6.3f} {row['R']:6.3f} {row['token F1']:9.3f}"
        )
    model = spam_model.load_model()
    print(
        f"   (scorer is in-sample; out-of-fold F1 by page: {model['cv_f1']:.3f}, "
        f"{model.get('cv_f1_without_run', model['cv_f1']):.3f} without the main-run decoding, "
        f"{model.get('cv_f1_shipped', model['cv_f1']):.3f} as the segmenter decodes, "
        "the headline kept)"
    )
    if model.get("cv_token_f1_shipped") is not None:
        print(
            f"   (the target's figure out of fold, as the segmenter decodes: token F1 "
            f"{model['cv_token_f1_shipped']:.3f}; in sample above: "
            f"{table.loc['scorer (content lines)', 'token F1']:.3f})"
        )
    if model.get("trees"):
        precision, recall = model["cv_precision_recall"]
        print(
            f"   (out of fold with the trees: F1 {model['cv_f1']:.3f} P {precision:.3f} "
            f"R {recall:.3f}; nested {model['cv_f1_nested']:.3f}; linear stack alone "
            f"{model['cv_f1_linear']:.3f})"
        )


def _legit(n: int) -> pd.DataFrame:
    legit = datasets.fakenewsamt()
    legit = legit[legit["label"] == 1] if "label" in legit else legit
    return _frame(
        [
            {"article_id": a, "text": t}
            for a, t in zip(legit["article_id"], legit["text"], strict=True)
        ][:n]
    )


def planted_table(plant, n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Recall and precision of the spam label per category for one planting function.

    Returns the table (one row per category, then ``all``) and the planted
    lines merged with their segments (for the misses).
    """
    articles = _legit(n)
    planted, truth = plant(articles)
    segments = spam.segment(planted)
    truth = truth.rename(columns={"category": "planted"})
    merged = truth.merge(
        segments[["article_id", "line_no", "label", "category"]],
        on=["article_id", "line_no"],
        how="left",
    )
    flagged = merged["label"] == "spam"
    removed = merged["label"].isin(["spam", "boilerplate"])
    table = []
    for category in INJECTED_CATEGORIES:
        planted_rows = merged["planted"] == category
        recall = (flagged & planted_rows).sum() / max(planted_rows.sum(), 1)
        # Precision per category: of the lines the detector put in this
        # category, the share that are planted spam (of any category).
        in_cat = flagged & (merged["category"] == category)
        precision = (in_cat & merged["injected"]).sum() / max(in_cat.sum(), 1)
        same = (in_cat & planted_rows).sum() / max(planted_rows.sum(), 1)
        # "removed": labelled spam or boilerplate (kept out of the clean text)
        gone = (removed & planted_rows).sum() / max(planted_rows.sum(), 1)
        table.append(
            {
                "category": category,
                "planted": int(planted_rows.sum()),
                "recall": float(recall),
                "precision": float(precision),
                "same category": float(same),
                "removed": float(gone),
            }
        )
    injected = merged["injected"]
    table.append(
        {
            "category": "all",
            "planted": int(injected.sum()),
            "recall": float((flagged & injected).sum() / injected.sum()),
            "precision": float((flagged & injected).sum() / max(flagged.sum(), 1)),
            # real (not planted) lines labelled spam
            "real lines labelled spam": int((~injected & flagged).sum()),
        }
    )
    return pd.DataFrame(table).set_index("category"), merged


def report_planted(plant, title: str, n: int, *, show_misses: bool = False) -> None:
    """Print :func:`planted_table` for one planting function."""
    table, merged = planted_table(plant, n)
    flagged = merged["label"] == "spam"
    print(f"   {title}")
    print(
        f"   {'category':<16} {'planted':>7} {'recall':>7} {'precision':>9} "
        f"{'same category':>13} {'removed':>8}"
    )
    for category, row in table.drop(index="all").iterrows():
        mark = "" if row["recall"] >= 0.90 and row["precision"] >= 0.95 else "  below target"
        print(
            f"   {category:<16} {int(row['planted']):7d} {row['recall']:7.3f} "
            f"{row['precision']:9.3f} {row['same category']:13.3f} {row['removed']:8.3f}{mark}"
        )
    total = table.loc["all"]
    print(
        f"   {'all':<16} {int(total['planted']):7d} {total['recall']:7.3f} "
        f"{total['precision']:9.3f}   (real lines labelled spam: "
        f"{int(total['real lines labelled spam'])})"
    )
    if show_misses:
        for row in merged[merged["injected"] & ~flagged].itertuples():
            print(f"      MISS {row.planted:<15} {row.label:<11} {row.text[:90]}")


#: The template styles of scorer.inject and what each has been used for.
STYLE_ROLES = {
    "a": "tuning",
    "b": "development",
    "c": "held out, then studied",
    "d": "held out, studied 2026-11-23",
    "e": "written blind 2026-11-23, misses seen 2026-11-24",
    "f": "development, written blind 2026-11-24",
    "g": "written blind 2026-11-24, misses read 2026-11-24 (development)",
    "h": "written blind 2026-11-24, misses read 2026-11-24 (development)",
    "i": "written blind 2026-11-24, misses read 2026-11-24 (development)",
    "j": "written blind 2026-11-24, misses read 2026-11-24 (development)",
    "k": "written blind 2026-11-24, misses read 2026-11-24 (development)",
    "l": "written blind 2026-11-24, misses read 2026-11-24 (development)",
    "m": "written blind 2026-11-24, misses read 2026-11-24 (development)",
    "n": "written blind 2026-11-24, misses read 2026-11-24 (development)",
    "o": "blind, written 2026-11-24",
}


def plant_style(style: str):
    """A planting function: ``scorer.inject`` style ``style``, one line of each category."""

    def plant(articles):
        return inject_spam(articles, per_article=len(INJECTED_CATEGORIES), seed=7, style=style)

    return plant


def injected(n: int, styles: str = "".join(STYLE_ROLES)) -> None:
    print(
        f"3. injected spam in {n} FakeNewsAMT legit articles "
        "(target: recall >= 0.90, precision >= 0.95 per category)"
    )
    for style, role in STYLE_ROLES.items():
        if style in styles:
            report_planted(plant_style(style), f"style {style} ({role})", n)
    import spam_examples

    for half in ("train", "check", "fresh", "blind"):
        report_planted(
            lambda a, half=half: spam_examples.plant(a, half=half, seed=3),
            f"own templates, {half} half (benchmarks/spam_examples.py)",
            n,
        )


def real_lines_table() -> pd.DataFrame:
    """Real article lines labelled spam: body lines of clean news texts, per data set."""
    legit = datasets.fakenewsamt()
    buzz = datasets.buzzfeed_webis()
    corpora = {
        "FakeNewsAMT (legit and fake)": [
            {"article_id": f"amt_{a}_{k}", "text": t}
            for k, (a, t) in enumerate(zip(legit["article_id"], legit["text"], strict=True))
        ],
        "BuzzFeed-Webis": [
            {"article_id": f"bf_{a}", "text": f"{ti or ''}\n\n{t}"}
            for a, ti, t in zip(buzz["article_id"], buzz["title"], buzz["text"], strict=True)
        ],
    }
    pages = T.benchmark_pages()
    segments = spam.segment(pages.assign(source=pd.NA, error=pd.NA))
    gold = {
        (a, k + 1): share
        for a, t, b in zip(pages["article_id"], pages["text"], pages["body"], strict=True)
        for k, share in enumerate(T.body_fraction(t, b))
    }
    body = np.array(
        [
            gold.get(k, 0.0) >= 0.5
            for k in zip(segments["article_id"], segments["line_no"], strict=True)
        ]
    )
    rows = [("extraction pages, gold body lines", segments[body])]
    for name, items in corpora.items():
        rows.append((name, spam.segment(_frame(items))))
    rows.append(("headlines of other stories, mid-article", _planted_headlines(legit, buzz)))
    table = [{"lines": len(seg), "spam": int((seg["label"] == "spam").sum())} for _, seg in rows]
    table = pd.DataFrame(table, index=[name for name, _ in rows])
    return table.assign(share=table["spam"] / table["lines"].clip(lower=1))


def _planted_headlines(legit: pd.DataFrame, buzz: pd.DataFrame) -> pd.DataFrame:
    """Segments of real headlines planted alone mid-article, one per article.

    A related-story teaser left in the text is the headline of another story:
    page furniture, never an advert.  The English titles of BuzzFeed-Webis and
    FakeNewsAMT (four words or more, no URL, a site name after " | " or " - "
    cut), each between the sentences of one of FakeNewsAMT's legit articles in
    turn.  Nothing is trained on them.
    """
    titles = pd.concat([buzz["title"], legit["title"]]).dropna().astype(str).str.strip()
    titles = titles.str.split(r"\s+[|–—-]\s+", regex=True).map(lambda p: max(p, key=len))
    titles = titles[~titles.str.contains("://") & (titles.str.split().str.len() >= 4)]
    identifier = spam._language_identifier()
    titles = [t for t in sorted(set(titles)) if identifier.classify(t)[0] == "en"]
    hosts = legit.loc[legit["label"] == 1, "text"].tolist()
    items = []
    for k, title in enumerate(titles):
        sentences = hosts[k % len(hosts)].split(". ")
        head = ". ".join(sentences[: len(sentences) // 2]) + "."
        rest = ". ".join(sentences[len(sentences) // 2 :])
        items.append({"article_id": f"headline_{k}", "text": f"{head}\n{title}\n{rest}"})
    segments = spam.segment(_frame(items))
    return segments[segments["text"].isin(set(titles))]


def real_lines() -> None:
    print("3b. real lines labelled spam (no planted spam; target: about 0)")
    for name, row in real_lines_table().iterrows():
        print(
            f"   {name:<36} {int(row['lines']):7d} lines: {row['share']:7.3%} spam "
            f"({int(row['spam'])})"
        )


def throughput_table(repeat: int, *, copies: int = 400, public: bool = True) -> pd.DataFrame:
    """Articles/s of segmentation + spam features (best of ``repeat``), and the regex ratio.

    The founding corpus repeated ``copies`` times; with ``public``, also
    FakeNewsAMT and the extraction pages.
    """
    seed_rows = [p.read_text(encoding="utf-8") for p in sorted(T.SEEDS.glob("*.txt"))]
    corpora = {f"founding corpus x{copies}": seed_rows * copies}
    if public:
        legit = datasets.fakenewsamt()
        buzz = datasets.buzzfeed_webis()["text"].dropna().astype(str).drop_duplicates()
        corpora.update(
            {
                "FakeNewsAMT x4": legit["text"].tolist() * 4,
                # distinct texts: no repeated line profits from the scan cache
                "FakeNewsAMT (distinct)": legit["text"].tolist(),
                # distinct texts of the founding articles' size (3,000-7,000 chars)
                "BuzzFeed (distinct)": buzz[buzz.str.len().between(3000, 7000)].tolist(),
                "extraction pages": T.benchmark_pages()["text"].tolist(),
            }
        )
    table = []
    for name, texts in corpora.items():
        articles = _frame([{"article_id": str(i), "text": t} for i, t in enumerate(texts)])
        spam.segment(articles.head(5))
        best = np.inf
        for _ in range(repeat):
            started = time.perf_counter()
            segments = spam.segment(articles)
            spam.spam_features(segments, articles["article_id"])
            best = min(best, time.perf_counter() - started)
        regex = np.inf
        for _ in range(repeat):
            started = time.perf_counter()
            sum(len(_WORD.findall(t)) for t in texts)
            regex = min(regex, time.perf_counter() - started)
        table.append(
            {
                "corpus": name,
                "articles": len(texts),
                "chars avg": sum(map(len, texts)) / len(texts),
                "articles/s": len(texts) / best,
                "x regex word count": best / regex,
            }
        )
    return pd.DataFrame(table).set_index("corpus")


def throughput(repeat: int) -> None:
    print(
        "4. throughput, one core (segment + spam_features; target >= 2,000 articles/s on "
        "the seed-sized pages)"
    )
    for name, row in throughput_table(repeat).iterrows():
        print(
            f"   {name:<22} {int(row['articles']):6d} articles ({row['chars avg']:,.0f} chars "
            f"avg): {row['articles/s']:8,.0f} articles/s; {row['x regex word count']:5.1f}x one "
            "regex word count"
        )


def bad_input_table() -> pd.DataFrame:
    """Empty text, one 1 MB line, all-spam text: density, segments and the first reasons."""
    rows = [
        {"article_id": "empty", "text": ""},
        {
            "article_id": "one_mb_line",
            "text": "The committee met on Tuesday and said the plan would go ahead. " * 16_000,
        },
        {
            "article_id": "all_spam",
            "text": "Sponsor: Northwind Loans\n<!-- wp:paragraph -->\n"
            "9qCKdInvkCkmVXYatY5DxMq5vCMIoZygQUoeTesO1",
        },
    ]
    articles = _frame(rows)
    started = time.perf_counter()
    segments = spam.segment(articles)
    features = spam.spam_features(segments, articles["article_id"])
    elapsed = time.perf_counter() - started
    table = []
    for article_id in features.index:
        seg = segments[segments["article_id"] == article_id]
        reasons = "; ".join(seg["reason"].str.slice(0, 60).head(3)) or "no segments (empty text)"
        table.append(
            {
                "article": article_id,
                "spam_density": features.loc[article_id, "spam_density"],
                "segments": len(seg),
                "reasons": reasons,
            }
        )
    return pd.DataFrame(table).set_index("article").assign(seconds_for_all=elapsed)


def bad_input() -> None:
    print("5. bad input")
    table = bad_input_table()
    for article_id, row in table.iterrows():
        print(
            f"   {article_id:<12} spam_density={row['spam_density']:.3f} "
            f"segments={int(row['segments'])} reasons: {row['reasons']}"
        )
    print(f"   all three in {table['seconds_for_all'].iloc[0]:.2f} s")


def snapshot_corpora() -> dict[str, pd.DataFrame]:
    """The articles whose segments a speed change must leave identical."""
    import spam_examples

    seed_rows = [
        {"article_id": p.stem, "text": p.read_text(encoding="utf-8")}
        for p in sorted(T.SEEDS.glob("*.txt"))
    ]
    buzz = datasets.buzzfeed_webis()
    legit = _legit(480)
    corpora = {
        "seeds": _frame(seed_rows),
        "buzzfeed": _frame(
            [
                {"article_id": f"bf_{a}", "text": f"{ti or ''}\n\n{t}", "source": s}
                for a, ti, t, s in zip(
                    buzz["article_id"], buzz["title"], buzz["text"], buzz["source"], strict=True
                )
            ]
        ),
        "pages": T.benchmark_pages().reindex(columns=list(_frame([]).columns)),
    }
    for style in ("a", "b", "c"):
        corpora[f"injected_{style}"] = inject_spam(
            legit, per_article=len(INJECTED_CATEGORIES), seed=7, style=style
        )[0]
    for half in ("train", "check"):
        corpora[f"own_{half}"] = spam_examples.plant(legit, half=half, seed=3)[0]
    return corpora


def compare_segments(folder: Path, *, save: bool) -> int:
    """Save the snapshot corpora's segments, or compare them with a saved copy."""
    folder.mkdir(parents=True, exist_ok=True)
    differing = 0
    for name, articles in snapshot_corpora().items():
        segments = spam.segment(articles)
        features = spam.spam_features(segments, articles["article_id"]).reset_index()
        for kind, table in (("segments", segments), ("features", features)):
            path = folder / f"{name}_{kind}.parquet"
            if save:
                table.to_parquet(path)
                continue
            old = pd.read_parquet(path)
            same = old.shape == table.shape and old.equals(table.astype(old.dtypes.to_dict()))
            if not same and old.shape == table.shape:
                diff = (old.astype(str) != table.astype(str)).any(axis=1)
                for i in np.flatnonzero(diff.to_numpy())[:5]:
                    print("      was", old.iloc[i].tolist()[:10])
                    print("      now", table.iloc[i].tolist()[:10])
            differing += not same
            print(
                f"   {name:<12} {kind:<9} {len(table):7d} rows: {'same' if same else 'DIFFERENT'}"
            )
    return int(differing > 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n-injected", type=int, default=240)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--save-segments", type=Path)
    parser.add_argument("--compare-segments", type=Path)
    parser.add_argument("--styles", default="".join(STYLE_ROLES), help="template styles to measure")
    parser.add_argument("--only", choices=["seeds", "extraction", "injected", "real", "speed"])
    args = parser.parse_args(argv)
    if args.save_segments or args.compare_segments:
        return compare_segments(
            args.save_segments or args.compare_segments, save=bool(args.save_segments)
        )
    if args.only:
        {
            "seeds": seeds,
            "extraction": extraction,
            "injected": lambda: injected(args.n_injected, args.styles),
            "real": real_lines,
            "speed": lambda: throughput(args.repeat),
        }[args.only]()
        return 0
    seeds()
    extraction()
    injected(args.n_injected, args.styles)
    real_lines()
    throughput(args.repeat)
    bad_input()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
