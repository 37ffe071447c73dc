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

Three disjoint template sets exist.  Style ``"a"`` is the one the
detector's rules were first developed against.  Style ``"b"`` (other brands,
goods, scripts and shapes: questions, ratings, phone numbers, "Text X to
12345", deadlines, QR codes) was written apart from the detector; its misses
then guided generic additions (an imperative after a sentence break, a
question followed by a pitch, sponsor labels such as "Presented by"), so it
is a development set.  Style ``"c"`` was written after the detector was
frozen; after its first measurement its misses were studied and its
adverts now train the detector's promotion layer, so it too is in-sample.
Style ``"d"`` (native-ad teasers, affiliate lines, newsletter and app
prompts, consent text, page-builder shortcodes, Liquid tags, entities,
tracking ids, English vice spam) was written before any style-c miss was
looked at and is never used to change the detector: recall on it is the
honest estimate of how the detector does on spam it has not seen.
"""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Callable, Sequence

import pandas as pd

from scorer.features.spam import SPAM_CATEGORIES
from scorer.schema import ARTICLE_ID, TEXT

__all__ = ["INJECTED_CATEGORIES", "STYLES", "inject_spam"]

#: The spam categories :func:`inject_spam` plants.
INJECTED_CATEGORIES = SPAM_CATEGORIES

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


#: Template sets: ``"a"`` (tuning), ``"b"`` (development), ``"c"`` and ``"d"`` (held out).
STYLES = ("a", "b", "c", "d")

# Style "b": written apart from style "a" and from the detector; not used for tuning.
_BRANDS_B = ("Harbor & Pine", "Lumetra", "Kestrelle", "Brisqo", "Tallowby", "Zentaro", "Mirelle")
_GOODS_B = (
    "memory-foam mattresses",
    "standing desks",
    "espresso machines",
    "robot vacuums",
    "merino sweaters",
    "electric bikes",
)
_FOREIGN_B = (
    "आज ही खरीदें और भारी छूट पाएं",
    "הזמינו עכשיו וקבלו משלוח חינם",
    "Знижки до кінця тижня на всі товари",
    "ร้านค้าออนไลน์ราคาถูกที่สุดในเมือง",
    "限時優惠，立即下單享八折",
    "오늘만 특가 이벤트 진행 중",
    "Ελάτε στο κατάστημά μας για προσφορές",
)


def _hex(rng: random.Random, n: int) -> str:
    while True:
        token = "".join(rng.choice("0123456789abcdef") for _ in range(n))
        if sum(c.isdigit() for c in token) >= 4 and sum(c.isalpha() for c in token) >= 4:
            return token


def _line_b(rng: random.Random, category: str) -> str:
    brand, goods = rng.choice(_BRANDS_B), rng.choice(_GOODS_B)
    pct = rng.choice((10, 25, 35, 45, 55, 65))
    domain = f"{brand.lower().replace(' & ', 'and')}-store.example"
    price = f"{rng.randint(19, 499)}"
    if category == "ad":
        return rng.choice(
            [
                f"Looking for {goods}? {brand} ships nationwide from ${price}",
                f"{brand} {goods}, rated 4.{rng.randint(5, 9)}/5 by {rng.randint(2, 40)},000 "
                "customers. See why at " + domain,
                f"Up to {pct}% off all {goods} this weekend only | {brand}",
                f"Why pay more? {brand} {goods} starting at £{price}",
                f"New season {goods} now in stock at {domain}",
                f"{brand}® — the {goods} experts recommend. Call 1-800-{rng.randint(200, 999)}-"
                f"{rng.randint(1000, 9999)}",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Presented by {brand}",
                f"In partnership with {brand}",
                f"Supported by {brand}",
                f"Ad · {brand}",
            ]
        )
    if category == "injected_spam":
        return rng.choice(_FOREIGN_B)
    if category == "junk_token":
        return rng.choice(
            [
                _hex(rng, 64),
                _token(rng, 24) + "==",
                f"utm_{_token(rng, 18)}",
                "_".join(rng.sample(["img", "final", "crop", "hd", "v2", "copy", "web"], 4))
                + f"_{rng.randint(100000, 999999)}.jpg",
            ]
        )
    if category == "markup_residue":
        return rng.choice(
            [
                "<!-- /wp:image -->",
                f'<img src="/uploads/{rng.randint(2015, 2024)}/photo.jpg" alt="">',
                "[/vc_column_text][/vc_column]",
                "{% include 'partials/newsletter.html' %}",
                "&nbsp;&nbsp;&nbsp;",
                "<script>window.dataLayer = window.dataLayer || [];</script>",
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"Reserve your {goods} before stocks run out",
                f"Hurry, only {rng.randint(2, 9)} left — checkout now and save {pct}%",
                f"Scan the QR code to receive your {brand} welcome gift",
                f"Text DEAL{rng.randint(10, 99)} to {rng.randint(10000, 99999)} for member-only "
                "pricing",
                f"Upgrade to {brand} Plus and enjoy {pct}% savings on {goods}",
                f"Don't miss out: apply online in {rng.randint(2, 5)} minutes and get approved",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "c": written after the detector was frozen; never used to change it.
_BRANDS_C = ("Verdanto", "Pellucid", "Ostrava Home", "Quillmark", "Brightfold", "Nuvessa")
_GOODS_C = ("solar panels", "hearing aids", "pet insurance", "meal kits", "garden sheds")
_FOREIGN_C = (
    "Самые выгодные кредиты без справок",
    "ارخص الاسعار على الاجهزة المنزلية",
    "高品質なサプリメントを特別価格で",
    "무료 상담 신청하고 선물 받아가세요",
    "ซื้อหนึ่งแถมหนึ่งเฉพาะวันนี้",
)


def _line_c(rng: random.Random, category: str) -> str:
    brand, goods = rng.choice(_BRANDS_C), rng.choice(_GOODS_C)
    domain = f"{brand.lower().replace(' ', '')}.example"
    if category == "ad":
        return rng.choice(
            [
                f"Trusted by {rng.randint(2, 9)} million homeowners: {brand} {goods}, "
                "installed in a day",
                f"{goods.capitalize()} that pay for themselves. {brand}, since "
                f"{rng.randint(1950, 2015)}.",
                f"The {goods} everyone is talking about — now 2 for 1 at {brand}",
                f"{brand} {goods}: 0% APR financing for {rng.choice((12, 24, 36))} months "
                "on approved credit",
                f"Spring sale! {goods.capitalize()} from {brand} marked down to "
                f"€{rng.randint(20, 900)}",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Sponsored by {brand}",
                f"ADVERTISEMENT — {brand}",
                f"Content from our partner {brand}",
                f"Promoted by {brand}",
            ]
        )
    if category == "injected_spam":
        return rng.choice(_FOREIGN_C)
    if category == "junk_token":
        return rng.choice(
            [
                _hex(rng, 40),
                f"sid={_token(rng, 22)}",
                "/" + "/".join(rng.sample(["tag", "story", "amp", "feed", "world", "page"], 4)),
            ]
        )
    if category == "markup_residue":
        return rng.choice(
            [
                "</div></div>",
                "<!-- .entry-content -->",
                f'[gallery ids="{rng.randint(10, 99)},{rng.randint(100, 999)}"]',
                "{{#if showAd}}{{/if}}",
                "&lt;p&gt;&amp;nbsp;&lt;/p&gt;",
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"Request your complimentary {goods} guide at {domain}",
                f"Book a free demo of {brand} today",
                f"Pre-order the new {brand} {goods} and pay nothing until March",
                f"Follow {brand} on Instagram for weekly giveaways",
                f"Sign in with your {brand} account to collect {rng.randint(2, 9)}00 points",
                f"Start your {rng.choice((7, 14, 30))}-day {brand} membership — cancel whenever "
                "you like",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "d": written for the second held-out measurement, before any style-c
# miss was studied, from what real news pages carry (native-ad teasers,
# affiliate lines, newsletter and app prompts, consent banners, page-builder
# shortcodes, template tags, tracking ids); brands, goods and scripts appear
# in no other style.
_BRANDS_D = ("Corvane", "Hallisto", "Maple & Moor", "Trevantic", "Ondrea", "Pixelgrove", "Skarn")
_GOODS_D = (
    "walk-in tubs",
    "reading glasses",
    "car insurance",
    "water filters",
    "ergonomic chairs",
    "home security cameras",
    "mobility scooters",
)
_PLACES_D = ("Ohio", "Florida", "Texas", "Leeds", "Ontario", "Queensland", "Arizona")
_FOREIGN_D = (
    "Situs gacor hari ini gampang menang, daftar sekarang",
    "Mua ngay hôm nay để nhận ưu đãi đặc biệt",
    "خرید آنلاین با تخفیف ویژه فقط امروز",
    "আজই অর্ডার করুন এবং বিশেষ ছাড় পান",
    "இன்றே வாங்குங்கள் சிறப்பு தள்ளுபடி",
    "იყიდე ახლა საუკეთესო ფასად",
    "Գնեք հիմա լավագույն գնով",
    "Descarga la aplicación y gana premios cada día",
    "Jetzt bestellen und bis zu 40 Prozent sparen",
    "Order sildenafil tablets overnight, no doctor visit needed",
    "Live dealer tables open 24/7, cash out your winnings in minutes",
    "Lonely wives in your town want to meet tonight",
    "Grow your followers to 10k overnight with real-looking accounts",
)


def _line_d(rng: random.Random, category: str) -> str:
    brand, goods = rng.choice(_BRANDS_D), rng.choice(_GOODS_D)
    place = rng.choice(_PLACES_D)
    slug = brand.lower().replace(" & ", "").replace(" ", "")
    if category == "ad":
        return rng.choice(
            [
                f"You won't believe how little {place} drivers are paying for {goods}",
                f"{place} residents are switching to {brand} — here's why",
                f"Doctors stunned: this simple trick makes {goods} obsolete",
                f"This little-known {goods} brand is selling out across {place}",
                f"{brand} {goods} just dropped to a record low",
                f"Seniors in {place} may qualify for {goods} they didn't know about",
                f"Forget everything you knew about {goods}. {brand} changes the game",
                f"{brand} — {goods} designed in Copenhagen, loved in {rng.randint(30, 90)} "
                "countries",
                f"Our readers' favourite {goods}, with next-day delivery from {brand}",
                f"The {goods} {place} can't stop buying ({brand})",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                "Sponsored Content",
                f"Paid for by {brand}",
                f"This article is brought to you by {brand}",
                f"Recommended by {brand}",
                f"{brand} | Advertorial",
                "We may earn a commission when you buy through links on this page.",
                f"Produced in collaboration with {brand}",
                f"Around the web, from {brand}",
            ]
        )
    if category == "injected_spam":
        return rng.choice(_FOREIGN_D)
    if category == "junk_token":
        return rng.choice(
            [
                "data:image/png;base64," + _token(rng, 36),
                f"UA-{rng.randint(10_000_000, 99_999_999)}-{rng.randint(1, 9)}",
                f"fbclid=IwAR{_token(rng, 30)}",
                "eyJhbGciOiJIUzI1NiJ9." + _token(rng, 24) + "." + _token(rng, 16),
                f"DSC_{rng.randint(1000, 9999)}.JPG",
                f"GTM-{_token(rng, 7).upper()}",
                f"css-{_hex(rng, 8)} e{_hex(rng, 9)}",
                f"https://cdn.{slug}.example/assets/app.{_hex(rng, 10)}.min.js",
            ]
        )
    if category == "markup_residue":
        return rng.choice(
            [
                f'[elementor-template id="{rng.randint(100, 9999)}"]',
                '[et_pb_section fb_built="1" _builder_version="4.16"]',
                "{% if customer %}{% endif %}",
                "{{ 'now' | date: '%Y' }}",
                "&mdash;&nbsp;&#8220;",
                "<br /><br />",
                "<![CDATA[",
                "<?php the_content(); ?>",
                "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
                "@media (max-width: 600px) { .sidebar { display: none; } }",
                f'[contact-form-7 id="{rng.randint(10, 999)}" title="Newsletter"]',
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                "Sign up for our morning briefing and never miss a story",
                f"Get the {brand} app for breaking news alerts on your phone",
                "Enjoying this article? Tap the bell to turn on notifications",
                "Already a member? Log in to keep reading",
                "Tell us what you think in the comments below",
                "Forward this email to a friend who would find it useful",
                "Like what you read? Support independent journalism from just $1",
                "Turn off your ad blocker to continue reading",
                "Click Accept to agree to our use of cookies and similar technologies",
                f"Join the conversation: follow @{slug}news on X",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


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
    style: str = "a",
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
    style : {"a", "b", "c", "d"}, default "a"
        The template set: ``"a"`` is the one the detector was tuned on,
        ``"b"`` a development set, ``"c"`` and ``"d"`` held-out sets (see the
        module docstring).

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
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; expected one of {STYLES}")
    make = {"a": _line, "b": _line_b, "c": _line_c, "d": _line_d}[style]
    return plant_lines(articles, make, categories=categories, per_article=per_article, seed=seed)


def plant_lines(
    articles: pd.DataFrame,
    make: Callable[[random.Random, str], str],
    *,
    categories: Sequence[str],
    per_article: int,
    seed: int,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Insert ``per_article`` lines made by ``make(rng, category)`` between each article's lines.

    Categories cycle through ``categories``; returns the planted articles and
    the truth table of :func:`inject_spam` (one row per line of the output).
    """
    rng = random.Random(seed)
    texts, truth = [], []
    k = 0
    for article_id, text in zip(articles[ARTICLE_ID], articles[TEXT], strict=True):
        paragraphs = [p.strip() for p in str(text if isinstance(text, str) else "").split("\n")]
        lines: list[tuple[str, str | None]] = [(p, None) for p in paragraphs if p]
        for _ in range(per_article):
            category = categories[k % len(categories)]
            k += 1
            lines.insert(rng.randint(1, max(len(lines), 1)), (make(rng, category), category))
        texts.append("\n\n".join(line for line, _ in lines))
        for i, (line, category) in enumerate(lines):
            truth.append((str(article_id), 2 * i + 1, line, category is not None, category))
    planted = articles.assign(**{TEXT: texts})
    frame = pd.DataFrame(truth, columns=[ARTICLE_ID, "line_no", TEXT, "injected", "category"])
    return planted, frame.astype({"injected": bool})
