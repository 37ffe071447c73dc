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

Five disjoint template sets exist.  Style ``"a"`` is the one the
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
honest estimate of how the detector does on spam it has not seen.  All four
have since been studied by the detector's authors, so none of them still
measures generalisation.

Style ``"e"`` was written on 2026-11-23 blind: by someone who had not read
the detector, its lexicons, its model or its benchmark output (only this
module and its tests, whose comments quote the style-d recall; one advert
line was reworded when the disjointness test reported a strong-advert phrase
in it).  It is drawn from what real news pages leave inside extracted article
text, with about a dozen template shapes per category and random brands,
prices and ids: chumbox and native-ad teasers, price offers, local-service,
app, mortgage, insurance and health pitches (some without an obvious selling
word); sponsor labels, brand-studio credits and affiliate and advertiser
disclosures; spam in twenty languages and scripts no other style uses
(Turkish, Polish, Swahili, Portuguese, Italian, French, Dutch, Tagalog,
Romanian, Czech, Gujarati, Telugu, Kannada, Malayalam, Sinhala, Khmer, Lao,
Burmese, Amharic, Gurmukhi) and English pharma, casino, crypto, dating and
SEO spam; UUIDs, base64 blobs, click and session ids, hashed file and asset
names, utility-class soup and minified identifiers; WordPress, Drupal, Ghost
and Squarespace shortcodes, Jinja, Handlebars, PHP and ERB tags, stray
JavaScript, JSON-LD, entities, Markdown and BBCode; and subscribe, app,
follow, share, comment, donate, newsletter, podcast and notification
prompts.  Its brands, goods and places appear in no other style.  It must
never be used to change the detector: recall on it is the blind estimate.
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


#: Template sets: ``"a"`` (tuning), ``"b"`` (development), ``"c"`` and ``"d"`` (held out),
#: ``"e"`` (blind).
STYLES = ("a", "b", "c", "d", "e")

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


# Style "e": written on 2026-11-23 blind to the detector (see the module
# docstring); brands, goods, places, languages and scripts appear in no other
# style, and no template sentence of another style is reused.
_BRANDS_E = (
    "Fennick",
    "Aurelby",
    "Carrowmere",
    "Dovetail & Finch",
    "Brackwater",
    "Sylvanta",
    "Ketterly",
    "Wrenfield",
)
_GOODS_E = (
    "stair lifts",
    "dental implants",
    "heat pumps",
    "gutter guards",
    "collagen gummies",
    "term life insurance",
    "hot tubs",
    "replacement windows",
)
_PLACES_E = ("Michigan", "Oregon", "Bristol", "Manitoba", "Tennessee", "Glasgow", "Colorado")
_TOPICS_E = ("politics", "climate", "food", "money", "sport", "culture", "tech")
# Languages and scripts no other style uses: Turkish, Polish, Swahili,
# Portuguese, Italian, French, Dutch, Tagalog, Romanian, Czech, Gujarati,
# Telugu, Kannada, Malayalam, Sinhala, Khmer, Lao, Burmese, Amharic, Gurmukhi.
_FOREIGN_E = (
    "Deneme bonusu veren siteler listesi, hemen üye ol ve kazanmaya başla",
    "Najtańsze pożyczki bez BIK, decyzja nawet w 15 minut",
    "Pata mkopo wa haraka bila dhamana, pesa kwenye simu yako leo",
    "Ganhe dinheiro em casa trabalhando apenas duas horas por dia",
    "Scopri le offerte più convenienti sugli smartphone, solo per oggi",
    "Rencontres discrètes près de chez vous, inscription en deux clics",
    "Bestel vandaag nog en morgen al in huis, zonder verzendkosten",
    "Mag-sign up na ngayon at makakuha ng bonus sa unang deposito",
    "Cumpără acum cu reducere de 50% doar astăzi pe site-ul nostru",
    "Rychlé půjčky bez registru, peníze na účtu do hodiny",
    "આજે જ ખરીદો અને ખાસ છૂટ મેળવો",
    "ఇంటి నుండే రోజుకు వేల రూపాయలు సంపాదించండి",
    "ಉಚಿತ ಬೋನಸ್‌ಗಾಗಿ ಈಗಲೇ ನೋಂದಾಯಿಸಿ",
    "ഇന്നുതന്നെ വാങ്ങൂ, പ്രത്യേക കിഴിവ് നേടൂ",
    "ඇපකරුවන් නොමැතිව ක්ෂණික ණය ලබාගන්න",
    "ភ្នាល់បាល់ទាត់អនឡាញ ឈ្នះប្រាក់រាល់ថ្ងៃ",
    "ຊື້ມື້ນີ້ ຮັບສ່ວນຫຼຸດພິເສດ",
    "ယနေ့ဝယ်ယူပြီး အထူးလျှော့ဈေးရယူပါ",
    "ዛሬ ይግዙ ልዩ ቅናሽ ያግኙ",
    "ਘਰ ਬੈਠੇ ਹਜ਼ਾਰਾਂ ਰੁਪਏ ਕਮਾਓ",
)


def _blob(rng: random.Random, n: int) -> str:
    alphabet = string.ascii_letters + string.digits + "+/"
    while True:
        token = "".join(rng.choice(alphabet) for _ in range(n))
        if any(c in "+/" for c in token) and any(c.isdigit() for c in token):
            return token


def _short_hex(rng: random.Random, n: int) -> str:
    # _hex insists on four digits and four letters, impossible below eight characters.
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _line_e(rng: random.Random, category: str) -> str:
    brand, other = rng.sample(_BRANDS_E, 2)
    goods, place = rng.choice(_GOODS_E), rng.choice(_PLACES_E)
    slug = brand.lower().replace(" & ", "-").replace(" ", "")
    year = rng.randint(2019, 2026)
    phone = f"0{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    if category == "ad":
        high = rng.randint(40, 900)
        return rng.choice(
            [
                f"{place} Homeowners Born Before {rng.randint(1950, 1975)} Are Getting "
                f"{goods.title()} Fitted For Almost Nothing",
                f"Here's What {goods.title()} Should Really Cost In {year} | {brand}",
                f"{brand} {goods}: was ${high}, now ${high - rng.randint(5, 30)}. "
                f"Ends {rng.choice(('Sunday', 'Friday', 'midnight'))}.",
                f"If you have a laptop, {brand} Kingdoms will keep you up all night "
                f"({rng.randint(2, 40)}M players)",
                f"{place} mortgage rates slip to {rng.randint(3, 6)}.{rng.randint(10, 99)}% — "
                f"compare {rng.randint(8, 40)} lenders in one place with {brand}",
                f"Aching knees? The {goods} {place} pharmacists quietly recommend",
                f"{brand} Roofing & Gutters — same-week fitting across {place}. Ring {phone}",
                f"Reader offer: {goods} from £{rng.randint(9, 60)} a month with "
                f"{brand}, {rng.randint(5, 25)}-year guarantee",
                f"{brand} {goods} — {rng.randint(3, 90)},{rng.randint(100, 999)} "
                "five-star reviews and counting",
                f"Over 50 in {place}? {goods.capitalize()} could cost less than you think",
                f"Meet {brand}: {goods} without the showroom markup",
                f"The {goods} that sold out {rng.randint(3, 9)} times last year is back at "
                f"{slug}.example",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"This story is sponsored by {brand}. Our newsroom was not involved in its "
                "creation.",
                f"{brand} — Partner Content",
                f"Paid post by {brand}. The news and editorial staff had no role in its "
                "preparation.",
                "This post contains affiliate links. If you buy through them, we may get a "
                "small share of the sale.",
                f"Disclosure: {brand} lent us the product for this review and did not see it "
                "before publication.",
                f"Written in partnership with {brand}",
                f"Promoted · {brand} · Why am I seeing this?",
                f"Created by {brand} Creative Studio with {other}",
                f"Sponsor message: {brand}",
                "Advertiser disclosure: some of the offers on this page come from companies "
                "that pay us.",
                f"Funded by a grant from the {brand} Foundation. Editorial decisions are made "
                "independently.",
                "Products featured here are chosen by our editors; we earn a fee from "
                "qualifying purchases.",
            ]
        )
    if category == "injected_spam":
        if rng.random() < 0.6:
            return rng.choice(_FOREIGN_E)
        return rng.choice(
            [
                f"Generic tadalafil {rng.choice((5, 10, 20))}mg in plain packaging, no "
                "prescription and no questions asked",
                f"Spin {rng.randint(50, 300)} times on the house at {brand} Slots, "
                "withdrawals paid the same day",
                f"This trading bot turned a ${rng.randint(2, 5)}00 deposit into "
                f"${rng.randint(3, 19)},{rng.randint(100, 999)} in a week, and the banks "
                "are furious",
                f"Hot single moms near {place} are waiting to chat with you right now",
                f"Guest posts on DA {rng.randint(50, 90)}+ news sites, dofollow links "
                "guaranteed, message us for the price list",
                "Replica designer handbags, 1:1 mirror quality, worldwide delivery",
                f"Lose {rng.randint(12, 35)} lbs in {rng.randint(2, 6)} weeks with the keto "
                "capsule doctors don't want you to know about",
                "Essay writing service: plagiarism-free papers by tomorrow morning, any subject",
                f"Airdrop live: connect your wallet and claim {rng.randint(500, 5000)} "
                f"{brand.upper()[:4]} tokens before the snapshot",
            ]
        )
    if category == "junk_token":
        return rng.choice(
            [
                "{" + str(uuid.UUID(int=rng.getrandbits(128))).upper() + "}",
                f"?utm_source=newsletter&utm_medium=email&utm_campaign={slug}_"
                f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                f"gclid=Cj0KCQiA{_token(rng, 36)}_BwE",
                f"PHPSESSID={_hex(rng, 26)}",
                f"IMG_{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_"
                f"{rng.randint(100000, 235959)}_{_short_hex(rng, 6)}.webp",
                f"/_next/static/media/{rng.choice(('inter', 'roboto', 'lora'))}-latin."
                f"{_hex(rng, 8)}.woff2",
                f"sc-{_token(rng, 6)} {_token(rng, 6)} flex items-center gap-2 md:px-4",
                ",".join(f"_0x{_short_hex(rng, 6)}" for _ in range(rng.randint(3, 5))),
                _blob(rng, rng.randint(48, 76)) + "=",
                "-".join(rng.sample(["council", "budget", "vote", "delay", "school", "road"], 4))
                + f"-n{rng.randint(1_000_000, 9_999_999)}",
                f'integrity="sha384-{_blob(rng, 64)}"',
                f"_ga=GA1.2.{rng.randint(10**9, 10**10 - 1)}."
                f"{rng.randint(1_600_000_000, 1_800_000_000)}",
                f"mc_cid={_hex(rng, 10)}&mc_eid={_hex(rng, 10)}",
                f"msclkid={_hex(rng, 32)}",
                f"hero-banner@2x.{_hex(rng, 8)}.png",
            ]
        )
    if category == "markup_residue":
        return rng.choice(
            [
                f'<!-- wp:embed {{"url":"https://video.example/{rng.randint(1000, 9999)}",'
                '"type":"video"} -->',
                f'[su_button url="#" style="flat" background="#{_short_hex(rng, 6)}"]',
                f'[mc4wp_form id="{rng.randint(100, 9999)}"]',
                "[/fusion_builder_column][/fusion_builder_row]",
                f'[[{{"fid":"{rng.randint(100, 99999)}","view_mode":"default","type":"media"}}]]',
                "[node:title] | [site:name]",
                "<!--kg-card-begin: html-->",
                "{squarespace-headers}",
                '<div class="sqs-block-content">',
                "{%- for tag in post.tags -%}",
                "{# TODO: remove before launch #}",
                "{{> footer-promo}}",
                "<?= $post->excerpt ?>",
                "<%= render partial: 'shared/paywall' %>",
                '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":'
                f'"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}}',
                "document.getElementById('comments').style.display='none';",
                "window.__INITIAL_STATE__ = {",
                "&rsquo;&hellip;&#160;&laquo;",
                f"![](https://images.example/{_hex(rng, 12)}.jpg)",
                "|---|---|---|",
                f"[quote=admin][b][/b][url=/forum/{rng.randint(10, 999)}]",
                '<span style="font-weight: 400;"></span>',
                '<noscript><img height="1" width="1" style="display:none"></noscript>',
            ]
        )
    if category == "call_to_action":
        topic = rng.choice(_TOPICS_E)
        return rng.choice(
            [
                f"Subscribe to The {place} Dispatch for ${rng.randint(1, 4)}.99 a week — stop "
                "whenever you want",
                f"Try {rng.choice((14, 30, 60))} days of unlimited access on us",
                f"Download the {brand} News app on iOS and Android",
                "Follow us on Facebook, Instagram and TikTok",
                "Share this story: Facebook | WhatsApp | Email | Copy link",
                "Have your say: leave a comment below and keep it civil",
                "Every gift, however small, keeps our reporting open to everyone. Donate now",
                f"Get our {topic} newsletter in your inbox every "
                f"{rng.choice(('Monday', 'Wednesday', 'Saturday'))}",
                f"Listen to this article · {rng.randint(3, 14)} min",
                f"Hear more on the {brand} Daily podcast, wherever you get your podcasts",
                "Allow notifications to get breaking news as it happens",
                f"Got a tip? Email our newsroom at tips@{slug}.example",
                "Become a member and read without limits",
                "Save this article to read later",
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
    style : {"a", "b", "c", "d", "e"}, default "a"
        The template set: ``"a"`` is the one the detector was tuned on,
        ``"b"`` a development set, ``"c"`` and ``"d"`` held-out sets that have
        since been studied, ``"e"`` a blind set written without reading the
        detector (see the module docstring).

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
    make = {"a": _line, "b": _line_b, "c": _line_c, "d": _line_d, "e": _line_e}[style]
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
