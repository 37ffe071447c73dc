"""Plant spam of every category into real article text, with the ground truth.

Tests and notebooks measure the spam detector on real articles with known
injected lines.  The injected vocabulary is written independently of the
detector's word lists (:mod:`scorer.features._lexicons`): brand names are
invented, no advert or call to action uses a phrase of the strong advert
list (``AD_STRONG``: "free shipping", "promo code" …) nor of the crypto and
vice lists (only the "Sponsored:" label of one sponsor line does), and the
foreign-script spam comes in several scripts, so that a detector that merely
memorised its phrases would fail.  Single common selling words ("cheap",
"today", "deal") cannot be avoided in an advert and do occur.
"""

from __future__ import annotations

import random
import string
import uuid

import pandas as pd

from scorer.schema import ARTICLE_ID, TEXT

__all__ = ["INJECTED_CATEGORIES", "inject_spam"]

#: The spam categories :func:`inject_spam` plants.
INJECTED_CATEGORIES = (
    "ad",
    "sponsor",
    "injected_spam",
    "junk_token",
    "markup_residue",
    "call_to_action",
)

_BRANDS = (
    "Velmora",
    "Quindle",
    "Torvex",
    "Ambrisol",
    "Nexapure",
    "Glintwave",
    "Orbanix",
    "Solvira",
)
_GOODS = ("smart watches", "air fryers", "hiking boots", "noise-cancelling earbuds", "yoga mats")
_FOREIGN = (
    "Купите лучшие часы со скидкой прямо сейчас",
    "Лучшие цены на телефоны только сегодня",
    "احصل على أفضل العروض على الهواتف اليوم",
    "تسوق الآن واحصل على خصم كبير",
    "最便宜的手表在线购买立即发货",
    "今すぐ登録して限定特典をゲット",
    "สั่งซื้อวันนี้รับส่วนลดพิเศษทันที",
    "Αγοράστε τώρα με μεγάλη έκπτωση σήμερα",
    "지금 주문하면 무료 배송 혜택",
)


def _token(rng: random.Random, n: int) -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        token = "".join(rng.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in token) and any(c.isupper() for c in token):
            return token


def _line(rng: random.Random, category: str) -> str:
    brand, goods = rng.choice(_BRANDS), rng.choice(_GOODS)
    pct = rng.choice((15, 20, 30, 40, 50, 60, 70))
    domain = f"{brand.lower()}{rng.randint(1, 99)}.example"
    if category == "ad":
        return rng.choice(
            [
                f"★ {brand} {goods} at half the usual cost — delivered to your door ★",
                f"Cheap {goods} from {brand}: {pct}% below retail at https://{domain}/deal",
                f"{brand} {goods} priced lower than anywhere else! Details at {domain}",
                f"{brand} coin investing app pays you every day → https://{domain}",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Sponsored: {brand} {goods}",
                f"Paid post from {brand}",
                f"Promoted: {brand} Financial",
                f"Partner content by {brand}",
            ]
        )
    if category == "injected_spam":
        return rng.choice(_FOREIGN)
    if category == "junk_token":
        return rng.choice(
            [
                _token(rng, rng.randint(28, 44)),
                str(uuid.UUID(int=rng.getrandbits(128))),
                f"{_token(rng, 20)} {_token(rng, 26)}",
                "-".join(
                    rng.sample(["local", "news", "update", "report", "city", "vote", "plan"], 5)
                )
                + f"-{rng.randint(2000, 2030)}",
            ]
        )
    if category == "markup_residue":
        return rng.choice(
            [
                '<!-- wp:heading {"level":3} -->',
                f'[caption id="attachment_{rng.randint(100, 9999)}" align="alignright"]',
                '<div class="ad-slot"></div>',
                "{{ article.related_block }}",
                f'[embed width="{rng.randint(300, 900)}"]',
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"Grab {brand} {goods} today and pay {pct}% less",
                f"Get your {goods} this week for only ${rng.randint(9, 99)}.99",
                f"Redeem the {brand} voucher before midnight",
                f"Join today and take {pct}% off your first purchase",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


def inject_spam(
    articles: pd.DataFrame,
    *,
    per_article: int = 3,
    categories: tuple[str, ...] = INJECTED_CATEGORIES,
    seed: int = 0,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Insert spam lines between the lines of real articles.

    Every spam line is inserted as its own paragraph (blank lines around it)
    at a random place after the first line; categories cycle so that every
    category is planted about equally often.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``article_id`` and ``text`` (other columns are kept).
    per_article : int, default 3
        Spam lines planted per article.
    categories : tuple of str
        Categories to plant, from :data:`INJECTED_CATEGORIES`.
    seed : int, default 0
        The same seed gives the same output.

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        The articles with the spam planted (same rows and columns, new
        ``text``), and the truth: one row per line of the new texts,
        ``article_id``, ``line_no`` (1-based raw line), ``text``, ``injected``
        (True for planted lines) and ``category`` (the planted category,
        else ``None``).

    Examples
    --------
    >>> import pandas as pd
    >>> articles = pd.DataFrame({"article_id": ["a"], "text": ["Title\\n\\nFirst paragraph."]})
    >>> planted, truth = inject_spam(articles, per_article=2, seed=1)
    >>> int(truth["injected"].sum()), truth.loc[truth["injected"], "category"].tolist()
    (2, ['ad', 'sponsor'])
    """
    unknown = set(categories) - set(INJECTED_CATEGORIES)
    if unknown:
        raise ValueError(f"unknown categories {sorted(unknown)}; expected {INJECTED_CATEGORIES}")
    rng = random.Random(seed)
    texts, truth = [], []
    k = 0
    for article_id, text in zip(articles[ARTICLE_ID], articles[TEXT], strict=True):
        paragraphs = [p.strip() for p in str(text if isinstance(text, str) else "").split("\n")]
        lines: list[tuple[str, str | None]] = [(p, None) for p in paragraphs if p]
        for _ in range(per_article):
            category = categories[k % len(categories)]
            k += 1
            lines.insert(rng.randint(1, max(len(lines), 1)), (_line(rng, category), category))
        texts.append("\n\n".join(line for line, _ in lines))
        for i, (line, category) in enumerate(lines):
            truth.append((str(article_id), 2 * i + 1, line, category is not None, category))
    planted = articles.assign(**{TEXT: texts})
    frame = pd.DataFrame(truth, columns=[ARTICLE_ID, "line_no", TEXT, "injected", "category"])
    return planted, frame.astype({"injected": bool})
