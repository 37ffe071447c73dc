"""Our own injected-spam templates, apart from ``scorer.inject``'s styles a-d.

    python benchmarks/spam_examples.py [--n 240] [--seed 3]

Written for issue 3's generalisation work: new vocabulary and new shapes of
every spam category (native-ad teasers, affiliate disclosures, newsletter,
app, notification and consent prompts, English casino/pharma/loan/essay spam,
tracking ids, session ids, keyboard mash, page-builder shortcodes, Liquid,
Handlebars, Jinja, CSS and JavaScript residue, JSON-LD, entities), and a
second set (``_more_line``) of product adverts with prices, codes and
shipping, sponsor and affiliate disclosures, vice spam in other languages and
scripts, and reader prompts.  Two disjoint halves exist, with their own
vocabulary: ``"train"`` is the development set of the rules, ``"check"`` only
measured them at first.  A third set (session 6, ``_fresh_line``) was written
blind of style d: display and native adverts in several shapes and
languages, sponsor and affiliate notices, vice and SEO spam in many languages
and scripts, tokens, template residue and reader prompts.  Its ``"fresh"``
half is a development set; its ``"blind"`` half was measured once before any
change (recall 0.582) and never trains the detector, but its misses were
seen once and the markup and token rules of session 6 were written after
(its markup and junk figures are in-sample).  The
promotion layer learns from ``"train"``, ``"check"`` and ``"fresh"`` beside
scorer.inject's styles a-c (``train_spam.PROMO_OWN``).  Style ``d`` of
:mod:`scorer.inject` and the ``"blind"`` half stay out of all training and
their misses unread.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scorer.inject import plant_lines

CATEGORIES = ("ad", "sponsor", "injected_spam", "junk_token", "markup_residue", "call_to_action")

_WORDS = {
    "train": dict(
        brands=("Fenwick Labs", "Aurelio", "Stonebay", "Crestline", "Lunaro", "Tidewell"),
        goods=("water filters", "running shoes", "home gyms", "car seats", "coffee grinders"),
        apps=("Newsly", "Dailyhub", "Briefcast"),
        places=("Denver", "Manchester", "Perth", "Glasgow", "Austin"),
        drugs=("tramadol", "xanax", "sildenafil", "modafinil", "oxycodone"),
        games=("slots", "roulette", "blackjack", "poker"),
    ),
    "check": dict(
        brands=("Halvorsen", "Brightmoor", "Quayside Co", "Nimbla", "Orchard & Vine", "Sablewood"),
        goods=("air purifiers", "wireless headphones", "patio heaters", "kayaks", "knife sets"),
        apps=("Morningwire", "Pulse Daily", "Headline Now"),
        places=("Phoenix", "Bristol", "Adelaide", "Cork", "Tampa"),
        drugs=("cialis", "valium", "adderall", "phentermine", "clonazepam"),
        games=("baccarat", "sports betting", "jackpot slots", "live casino"),
    ),
}


# More shapes of the categories the held-out style d finds weakest (issue 3):
# product adverts with prices, discounts, shipping and codes; sponsor and
# affiliate labels; off-topic vice spam in English and other scripts; calls to
# action.  Written apart from scorer.inject (whose style d stays unread).
_MORE_WORDS = {
    "train": dict(
        shops=("Kestrel Home", "Marlow & Finch", "Zentro", "Vellum Outdoors"),
        items=("standing desk", "espresso machine", "memory foam pillow", "smartwatch"),
        code=("SPRING20", "WELCOME15", "FLASH30"),
        money=("$", "£"),
        site=("kestrelhome.com", "zentro.shop", "vellum.co"),
    ),
    "check": dict(
        shops=("Harbourline", "Pinecrest Goods", "Arvela", "Northgate Supply"),
        items=("robot vacuum", "electric toothbrush", "office chair", "dash cam"),
        code=("SAVE25", "EXTRA10", "FREESHIP"),
        money=("$", "€"),
        site=("harbourline.store", "arvela.io", "pinecrestgoods.com"),
    ),
}


def _more_line(rng: random.Random, category: str, half: str) -> str | None:
    """A line from the second template set, or None for the categories it lacks."""
    w = _MORE_WORDS[half]
    shop, item, code = rng.choice(w["shops"]), rng.choice(w["items"]), rng.choice(w["code"])
    cur, site = rng.choice(w["money"]), rng.choice(w["site"])
    price = f"{cur}{rng.randint(19, 399)}.{rng.choice(['99', '95', '00'])}"
    pct = rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 70])
    big = rng.randint(2, 90)
    templates = {
        ("ad", "train"): [
            f"{shop} {item} now just {price} with free shipping on orders over {cur}50",
            f"Save {pct}% on every {item} this weekend only at {shop}",
            f"Use code {code} at checkout for an extra {pct}% off",
            f"{shop} | Premium {item}s from {price} | Order online today",
            f"Flash sale! {item}s up to {pct}% off while supplies last",
            f"Buy now, pay later on any {item}: 0% interest for 12 months",
            f"Rated 4.8/5 by {big},000 customers: the {item} everyone is talking about",
            f"Free {item} sample with every order at {site}. Offer ends Sunday",
            f"Clearance: {shop} {item}s at wholesale prices, limited stock",
        ],
        ("ad", "check"): [
            f"Get {pct}% off your first {item} order with free returns at {shop}",
            f"New arrivals: the {item} collection starting at {price}",
            f"Lowest price of the year on the {shop} {item}: {price}",
            f"Upgrade your home with a {shop} {item}. Buy one, get one half price",
            f"Compare {item} deals from top retailers and save up to {pct}%",
            f"Looking for an affordable {item}? {shop} delivers nationwide in 48 hours",
            f"{item.capitalize()}s from {price} — shop the {shop} summer sale at {site}",
            f"Handcrafted {item}s by {shop}, shipped worldwide. Order yours today",
            f"Call 1-800-{rng.randint(200, 999)}-{rng.randint(1000, 9999)} for a free {item} quote",
        ],
        ("sponsor", "train"): [
            f"Partner content from {shop}",
            f"This post is sponsored by {shop}. All opinions are our own.",
            f"In association with {shop}",
            f"Brought to you by our friends at {shop}",
            "As an Amazon Associate we earn from qualifying purchases.",
            f"{shop} sponsored this article",
            "Disclosure: this article contains affiliate links.",
        ],
        ("sponsor", "check"): [
            f"Paid post by {shop}",
            f"This is a paid advertisement from {shop}",
            f"Content provided by {shop}",
            "The following content is sponsored.",
            "We may receive a commission if you purchase through links on this page.",
            "Our partners compensate us; this may influence which products we write about.",
            f"Supported by {shop}",
        ],
        ("injected_spam", "train"): [
            "viagra cialis levitra generic cheapest prices worldwide",
            "bitcoin doubler send 0.1 btc receive 0.2 btc guaranteed",
            "meet lonely women tonight adult dating free registration",
            "casino en ligne bonus sans dépôt gratuit",
            "online kasino echtgeld bonus ohne einzahlung",
            "빠른 대출 승인 무료 상담 카지노",
            "网上赌场 真钱 注册送彩金",
            "lose 20 pounds in 2 weeks with this diet pill guaranteed results",
        ],
        ("injected_spam", "check"): [
            "comprar tramadol sin receta envío rápido barato",
            "best crypto signals telegram group 500% profit daily",
            "sexy webcam girls live now 18+ free chat",
            "earn $500 a day from home no experience needed click here",
            "купить виагру без рецепта дешево",
            "ซื้อยา ราคาถูก ส่งฟรี คาสิโน",
            "Κέρδισε χρήματα online καζίνο τώρα",
            "cheap phentermine diet pills overnight no prescription",
        ],
        ("call_to_action", "train"): [
            "Subscribe now and get unlimited access for $1",
            "Want more stories like this? Sign up for our daily email.",
            "Become a subscriber today and support local news",
            "Scan the QR code to download our free app",
            "Register for free to continue reading",
            "Stay informed: get breaking news alerts on your phone.",
        ],
        ("call_to_action", "check"): [
            "Click here to read the full story in our app",
            "Never miss a headline — install our browser extension",
            "Got a news tip? Email us at tips@" + site,
            "Don't forget to like, share and subscribe!",
            "Read the latest issue of our magazine — subscribe for just $2.99",
            "Create a free account to keep reading",
        ],
    }
    choices = templates.get((category, half))
    return rng.choice(choices) if choices else None


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _mash(rng: random.Random, n: int) -> str:
    rows = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    row = rng.choice(rows)
    return "".join(rng.choice(row) for _ in range(n))


def _line(rng: random.Random, category: str, half: str) -> str:
    if half in _FRESH_WORDS:
        return _fresh_line(rng, category, half)
    if category in ("ad", "sponsor", "injected_spam", "call_to_action") and rng.random() < 0.5:
        more = _more_line(rng, category, half)
        if more is not None:
            return more
    w = _WORDS[half]
    brand, goods, app = rng.choice(w["brands"]), rng.choice(w["goods"]), rng.choice(w["apps"])
    place, drug, game = rng.choice(w["places"]), rng.choice(w["drugs"]), rng.choice(w["games"])
    n = rng.randint(3, 29)
    alnum = string.ascii_letters + string.digits
    if category == "ad":
        choices = {
            "train": [
                f"{place} residents are ditching their old {goods} for this clever gadget",
                f"Experts can't explain why this {goods} trick works so well",
                f"{n} celebrities who look completely different today (photo {n} is unreal)",
                f"This simple habit could add years to your life, researchers in {place} say",
                "We may earn a commission when you buy through links on our site.",
                f"Our editors pick {goods} independently; {brand} may pay us for purchases.",
                f"The {goods} that sold out in {place} is finally back — and it's {n}% cheaper",
                f"Seniors in {place} are getting {goods} for almost nothing. Here's how",
                f"{brand}: the {goods} brand insiders swear by. Shop the range",
                f"Retired nurse reveals the {n}-second morning ritual that melts belly fat",
            ],
            "check": [
                f"Homeowners in {place} can't believe what this {n}-dollar fix does to bills",
                f"What this {goods} maker doesn't want you to find out",
                f"{n} photos that prove {place} is the strangest city on earth",
                f"Doctors are baffled: the weird reason people in {place} sleep better",
                "This article contains affiliate links; we earn from qualifying purchases.",
                f"If you buy through our links, {brand} pays us a small fee at no cost to you.",
                f"Everyone in {place} is buying these {goods} — see why before they're gone",
                f"Forget expensive {goods}: this {n}-dollar alternative is taking over",
                f"Shop {brand} {goods}, now with lifetime warranty and next-day delivery",
                f"People born before 1975 are entitled to this {goods} benefit",
            ],
        }[half]
        return rng.choice(choices)
    if category == "sponsor":
        choices = {
            "train": [
                f"This story is brought to you by {brand}",
                f"Paid partnership with {brand}",
                f"ADVERTORIAL | {brand}",
                f"This content was produced by {brand} and not by our newsroom.",
                f"Sponsored post: {brand}",
                f"Made possible by {brand}",
            ],
            "check": [
                f"Paid for and presented by {brand}",
                f"This article was paid for by {brand}.",
                f"Advertiser content from {brand}",
                f"SPONSORED CONTENT — {brand}",
                f"Produced in partnership with {brand}",
                f"Partner: {brand}",
            ],
        }[half]
        return rng.choice(choices)
    if category == "injected_spam":
        choices = {
            "train": [
                f"buy {drug} online without prescription overnight delivery",
                f"best online {game} real money no deposit bonus {n}0 free spins",
                f"cheap {drug} {n}mg next day shipping discreet packaging",
                "payday loans same day approval bad credit no credit check",
                "write my essay for me cheap custom essays plagiarism free",
                "hot singles in your area chat now no signup",
                f"бесплатные спины казино {n} бонус",
                "新着のオンラインカジノ入金不要ボーナス",
            ],
            "check": [
                f"order {drug} {n}0mg online no rx fast worldwide shipping",
                f"top {game} sites {n}00% welcome bonus instant withdrawal",
                "instant cash loan approval in minutes no paperwork",
                "replica rolex watches high quality cheap wholesale",
                "buy instagram followers cheap real active fast",
                f"{drug} generic pharmacy lowest price guaranteed",
                "ставки на спорт лучший букмекер бонус",
                "تحميل العاب كازينو مجانا ربح المال",
            ],
        }[half]
        return rng.choice(choices)
    if category == "junk_token":
        choices = {
            "train": [
                f"UA-{rng.randint(10**7, 10**8)}-{rng.randint(1, 9)}",
                f"fbclid={_rand(rng, alnum, 22)}",
                f"sessionid: {_rand(rng, string.hexdigits.lower()[:16], 26)}",
                _mash(rng, rng.randint(8, 18)),
                f"ref_{_rand(rng, alnum, 10)}_{rng.randint(100, 999)}",
                f"?utm_source=fb&utm_medium={_rand(rng, string.ascii_lowercase, 6)}",
                _rand(rng, string.ascii_lowercase, rng.randint(9, 16)),
                f"{_rand(rng, string.ascii_uppercase + string.digits, 4)}-"
                f"{_rand(rng, string.ascii_uppercase + string.digits, 4)}-"
                f"{_rand(rng, string.ascii_uppercase + string.digits, 4)}",
            ],
            "check": [
                f"GTM-{_rand(rng, string.ascii_uppercase + string.digits, 7)}",
                f"gclid={_rand(rng, alnum, 26)}",
                f"trk={_rand(rng, alnum, 12)}&src={_rand(rng, string.ascii_lowercase, 5)}",
                _mash(rng, rng.randint(10, 20)),
                f"id:{rng.randint(10**8, 10**9)}",
                _rand(rng, string.ascii_lowercase + string.digits, rng.randint(10, 14)),
                " ".join(_rand(rng, string.ascii_lowercase, rng.randint(4, 8)) for _ in range(4)),
                f"pub-{rng.randint(10**15, 10**16)}",
            ],
        }[half]
        return rng.choice(choices)
    if category == "markup_residue":
        choices = {
            "train": [
                '[et_pb_section fb_built="1"][et_pb_row]',
                '[elementor-template id="' + str(rng.randint(100, 9999)) + '"]',
                "{% render 'product-card', product: item %}",
                "{{> sidebar-widget }}",
                ".post-meta { display: none !important; }",
                "var _paq = window._paq || [];",
                '{"@context": "https://schema.org", "@type": "NewsArticle"}',
                "&mdash;&nbsp;&raquo;",
                "[/su_column][/su_row]",
                "@media (max-width: 600px) {",
            ],
            "check": [
                '[vc_row full_width="stretch_row"][vc_column width="1/2"]',
                '[fusion_builder_container hundred_percent="no"]',
                "{% if customer %}{% endif %}",
                "{{{ body }}}",
                "#sidebar .widget-title { font-size: 14px; }",
                "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
                '<span class="dropcap">T</span>',
                "&hellip; &#8220;&#8221;",
                "%%title%% %%sep%% %%sitename%%",
                "{# TODO: remove banner #}",
            ],
        }[half]
        return rng.choice(choices)
    if category == "call_to_action":
        choices = {
            "train": [
                f"Get the {app} newsletter: the day's top stories in your inbox every morning",
                f"Download the {app} app for breaking news alerts",
                "Turn on notifications so you never miss a story",
                "We use cookies to personalise content and ads. By continuing you accept them.",
                f"Enter your email to join {n}0,000 readers",
                "Support independent journalism: become a member from $5 a month",
                f"Listen to the {app} podcast on Spotify and Apple Podcasts",
                "Tap the bell icon and subscribe to our channel",
            ],
            "check": [
                f"Sign up for {app}, our free weekly briefing",
                f"Get {app} on Google Play or the App Store",
                "Allow push alerts to get updates as they happen",
                "This site uses cookies. Accept all or manage your preferences.",
                f"Join our mailing list for exclusive offers from {brand}",
                "Donate today and help keep our reporting free for everyone",
                f"Follow us on TikTok and Threads @{app.lower().replace(' ', '')}",
                "Like this story? Share it with a friend and leave a comment below",
            ],
        }[half]
        return rng.choice(choices)
    raise ValueError(f"unknown category {category!r}")


# A third set (session 6), written blind of scorer.inject's style d: display
# and native adverts in several shapes and languages, sponsor and affiliate
# notices, vice and SEO spam in many languages and scripts, tokens, template
# residue and reader prompts.  "fresh" is a development set; "blind" was
# measured once before any change and is kept for measurement only.
_FRESH_WORDS = {
    "fresh": dict(
        brands=("Dovehill", "Quarrystone", "Pellmore", "Vantora", "Brixley & Co", "Olvenna"),
        goods=("mattress", "portable heater", "hearing aid", "robot mower", "water softener"),
        states=("Nevada", "Oregon", "Kent", "Manitoba", "Victoria"),
        code=("GIFT40", "TAKE10", "HELLO25"),
        site=("dovehill.shop", "vantora-deals.com", "getpellmore.net"),
        app=("Newsbeat", "The Daily Loop"),
        drug=("ambien", "soma", "percocet"),
    ),
    "blind": dict(
        brands=("Calloway Bros", "Nestora", "Wrenfield", "Altamira", "Fjordly", "Guthrie & Vale"),
        goods=("air mattress", "e-bike", "smart thermostat", "garage door opener", "massage gun"),
        states=("Utah", "Devon", "Alberta", "Tasmania", "Georgia"),
        code=("BONUS30", "FIRST50", "VIP15"),
        site=("wrenfield.store", "nestora-outlet.com", "shopaltamira.co"),
        app=("Briefly", "NewsNest"),
        drug=("norco", "lorazepam", "kamagra"),
    ),
}


def _fresh_line(rng: random.Random, category: str, half: str) -> str:
    w = _FRESH_WORDS[half]
    b, g, s = rng.choice(w["brands"]), rng.choice(w["goods"]), rng.choice(w["states"])
    code, site, app, drug = (
        rng.choice(w["code"]),
        rng.choice(w["site"]),
        rng.choice(w["app"]),
        rng.choice(w["drug"]),
    )
    n = rng.randint(2, 95)
    price = f"${rng.randint(9, 899)}"
    alnum = string.ascii_letters + string.digits
    t = {
        ("ad", "fresh"): [
            f"The new {b} {g}. Starting at {price}. Learn more",
            f"Refinance today with {b} — rates as low as {n / 10:.2f}% APR",
            f"Tired of high bills? This {price} {g} is flying off the shelves",
            f"Surgeon in {s}: do this once a day to feel {n} years younger",
            f"Why smart drivers in {s} are switching to {b}",
            f"Look inside the {n} million dollar mansion of this former child star",
            f"Enter {code} at checkout — valid through Sunday",
            f"Hot deal ✔ {g.title()} Pro — {price} instead of ${rng.randint(900, 1500)}",
            f"{b} {g}s: 2-for-1 this week only. Visit {site}",
            f"Soldes : -{n}% sur tout le site, livraison offerte",
            f"Jetzt kaufen: {n}% Rabatt auf alle {b} Produkte",
            f"Homeowners could save {price} a year — check your eligibility in 60 seconds",
            f"Ad · {b} · Get 3 free quotes from top-rated pros near you",
            "She ignored this warning sign for years. Then doctors told her the truth",
        ],
        ("ad", "blind"): [
            f"{b} {g} — now {price}, free delivery. Shop now",
            f"Lawyers in {s}: victims may be entitled to compensation. See if you qualify",
            f"This {price} gadget is making {g}s obsolete",
            f"The one food cardiologists in {s} say you should never eat",
            f"Drivers who rarely drive are getting big discounts from {b}",
            f"Celebrity secrets: the {n}-second trick stylists don't share",
            f"Coupon {code} | extra {n}% off sitewide at {site}",
            f'★★★★★ "Best {g} I\'ve owned" — over {n},000 sold',
            f"{b}: premium {g}s, honest prices. Limited stock!",
            f"¡Oferta! {g} desde {rng.randint(9, 99)},99 € con envío gratis",
            f"Nur heute: {b} {g} zum Sonderpreis",
            f"Retirees in {s} are cashing in on this little-known program",
            f"Sponsored Ad — {b}. Compare plans and save up to {n}%",
            f"The {g} everyone in {s} is talking about (it's not what you think)",
        ],
        ("sponsor", "fresh"): [
            f"Sponsored by the {b} Foundation",
            "Promoted content",
            f"Paid content | {b}",
            f"Branded content by {b}",
            f"This newsletter is supported by {b}.",
            f"{b} is a proud sponsor of this site.",
            "We earn a commission for products purchased through some links in this article.",
            "Affiliate disclosure: links on this page may earn us money.",
            f"Partner insight | {b}",
            "Commercial feature",
        ],
        ("sponsor", "blind"): [
            f"Content from our sponsor, {b}",
            f"This segment is underwritten by {b}.",
            f"Brand story: {b}",
            "Prices correct at time of publishing. We may get paid if you click.",
            f"Sponsored: {b}",
            f"In collaboration with {b}",
            "Some links in this post are affiliate links, which means we may earn a small fee.",
            f"Produced by the {b} studio for advertisers",
            f"Promoted by {b}",
            "Advertisement feature",
        ],
        ("injected_spam", "fresh"): [
            f"buy cheap {drug} online no doctor consult",
            "best no kyc crypto casino 2024 200% match bonus",
            "situs judi slot online gacor terpercaya",
            "nhà cái uy tín tặng 100k khi đăng ký",
            "deneme bonusu veren siteler 2024",
            "ऑनलाइन कैसीनो बोनस अभी खेलें",
            "澳门新葡京娱乐 注册送88元",
            "cheap seo backlinks da90 10000 links fast indexing",
            "keto gummies official site fast weight loss",
            "download free movies hd 1080p torrent no registration",
        ],
        ("injected_spam", "blind"): [
            f"{drug} online overnight without prescription",
            "slot gacor hari ini maxwin deposit pulsa",
            "apostas esportivas bônus de boas-vindas grátis",
            "kasyno online bez depozytu darmowe spiny",
            "副業で月収100万円 簡単 登録無料",
            "buy google reviews cheap 5 star",
            "dissertation writing service uk cheap and fast",
            "escort service 24/7 discreet call now",
            "crypto trading bot 300% guaranteed returns telegram",
            "สล็อตเว็บตรง แตกง่าย ฝากถอนไม่มีขั้นต่ำ",
        ],
        ("junk_token", "fresh"): [
            "eyJ" + _rand(rng, alnum, 30) + "." + _rand(rng, alnum, 12),
            _rand(rng, alnum, 22) + "==",
            "sha256:" + _rand(rng, "0123456789abcdef", 40),
            "0x" + _rand(rng, "0123456789abcdef", 40),
            "[object Object]",
            f"/{rng.randint(2015, 2024)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/"
            + "-".join(_rand(rng, string.ascii_lowercase, rng.randint(3, 7)) for _ in range(5))
            + "/",
            f"px?id={rng.randint(1000, 99999)}&cb={rng.randint(10**6, 10**7)}",
            _rand(rng, "0123456789abcdef", 8) + "-" + _rand(rng, "0123456789abcdef", 4),
        ],
        ("junk_token", "blind"): [
            "undefined",
            f"utm_campaign={_rand(rng, string.ascii_lowercase, 8)}_{rng.randint(10, 99)}",
            _rand(rng, alnum, rng.randint(12, 30)),
            "cid:" + _rand(rng, alnum, 10) + "@" + _rand(rng, string.ascii_lowercase, 6),
            f"SKU {rng.randint(10, 99)}-{rng.randint(1000, 9999)}-"
            + _rand(rng, string.ascii_uppercase, 2),
            "NaN NaN NaN",
            "a" + _rand(rng, "0123456789abcdef", 15),
            _rand(rng, string.ascii_lowercase + string.digits, 6)
            + " "
            + _rand(rng, string.ascii_lowercase + string.digits, 9),
        ],
        ("markup_residue", "fresh"): [
            '<div class="ad-slot" data-slot="' + str(rng.randint(1, 9)) + '"></div>',
            '[caption id="attachment_'
            + str(rng.randint(100, 9999))
            + '" align="alignnone" width="300"]',
            "{{ article.author | upcase }}",
            "<?php the_content(); ?>",
            "window.dataLayer = window.dataLayer || [];",
            "&lt;br&gt;&lt;br&gt;",
            '[gallery ids="' + ",".join(str(rng.randint(10, 999)) for _ in range(3)) + '"]',
            "<!-- /wp:image -->",
        ],
        ("markup_residue", "blind"): [
            "<%= render 'share_buttons' %>",
            "$(document).ready(function(){ initSlider(); });",
            "[embed]https://example.org/v/" + _rand(rng, alnum, 8) + "[/embed]",
            "{{#each related}}{{title}}{{/each}}",
            "[[File:Photo.jpg|thumb|right]]",
            "</p><p>",
            "[/vc_column_text][/vc_column]",
            "@import url('/css/print.css');",
        ],
        ("call_to_action", "fresh"): [
            "Hit the follow button for more stories like this",
            "Join the conversation in the comments below",
            "Tell us what you think: take our 2-minute survey",
            f"Get our best stories delivered to WhatsApp — message {app} to join",
            "Add us as a preferred source on Google News",
            "Chip in $3 to keep this site running",
            "Want ad-free reading? Go Premium today",
            "Continue reading with a 14-day free trial",
        ],
        ("call_to_action", "blind"): [
            "Sign in to save this article for later",
            "Was this article helpful? Let us know",
            "Send us your photos and videos of the scene",
            f"Watch {app} live on our YouTube channel",
            "Gift this article to a friend",
            "Never miss a story: turn on alerts in the app",
            "Like our page to see more posts like this in your feed",
            "Unlock all articles for 99p a week",
        ],
    }[(category, half)]
    return rng.choice(t)


def plant(
    articles: pd.DataFrame, *, half: str, per_article: int = 6, seed: int = 0
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Plant our own spam lines between the lines of real articles (as ``inject_spam``)."""
    return plant_lines(
        articles,
        lambda rng, category: _line(rng, category, half),
        categories=CATEGORIES,
        per_article=per_article,
        seed=seed,
    )


def main(argv: list[str] | None = None) -> int:
    import spam_benchmark as B

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=240)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--half", default="check")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    B.report_planted(
        lambda a: plant(a, half=args.half, seed=args.seed),
        f"own templates ({args.half})",
        args.n,
        show_misses=args.show_misses,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
