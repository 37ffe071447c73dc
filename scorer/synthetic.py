"""Synthetic news corpora with known ground truth, built from real sentences.

The four feature families need corpora where the right answer is known at
every level: which lines are spam or page chrome, which stated facts are
wrong, which articles are re-posts, which articles report the same event and
which outlets are reliable.  Public data sets give one of these at a time; this
module fabricates all of them at once and at any size (1k to 1M articles), so
that scale tests and learning curves have ground truth.

How a corpus is made
--------------------
* **Outlets** belong to one of five classes (:data:`OUTLET_CLASSES`): ``wire``,
  ``newspaper``, ``aggregator``, ``content_farm`` and ``fabricator``.  Each
  class has its own rates of spam lines, page chrome, wrong facts, re-posts,
  attribution and bylines, so that reliability is learnable from the text.
* **Events**: each event takes the sentences of one *real* source article
  (FakeNewsAMT legit texts and BuzzFeed-Webis 2016 ``mainText`` of articles
  rated "mostly true", read from the public data folder) and a templated fact
  sheet: a number with a key ("1,500 people were evacuated from Lyon"), a date
  and a named person with a role.  Several outlets report the event.
* **Articles** restate a sample of the source sentences plus the fact sheet.
  Wire-like outlets attribute the facts ("officials said", "according to
  Reuters"); some outlets state a wrong number or date (a *conflict*, recorded
  with the true and the stated value); aggregators re-post an earlier article
  of the event (a *copy*, with chrome added); content farms inject spam lines
  of several categories (ads, crypto, hash strings, URL slugs, CJK/Cyrillic
  spam, markup residue) and page chrome ("Read more" promos, "Share this
  article", repeated headlines).

When the data folder is absent (neither ``$SCORER_DATA_HOME`` nor
``../shared/data`` next to the repository exists) the generator falls back to
the small built-in :data:`BUILTIN_SENTENCES`, so it always works; the
sentences are then far less varied.

Generation is deterministic (a seeded :class:`numpy.random.Generator` per
block of events) and *prefix-stable*: ``make_corpus(n)`` is the first ``n``
articles of one endless stream fixed by the seed and the options, and
:func:`iter_corpus` yields the same stream in chunks of whole events.
"""

from __future__ import annotations

import functools
import html
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from scorer.schema import ARTICLE_COLUMNS, ARTICLE_ID, EVENT_ID, SOURCE
from scorer.text import MONTH_NAMES

__all__ = [
    "BUILTIN_SENTENCES",
    "OUTLET_CLASSES",
    "iter_corpus",
    "make_corpus",
    "sentence_pools",
]

# ---------------------------------------------------------------------------
# Outlet classes
# ---------------------------------------------------------------------------

#: Behaviour of each outlet class.  ``share``: share of the outlets;
#: ``volume``: relative number of events an outlet covers; ``reliability``:
#: nominal reliability used for labels; ``spam_lines`` / ``boilerplate_lines``:
#: mean number of injected spam / chrome lines per article (Poisson, spam scaled
#: by ``spam_rate``); ``conflict``: probability that a stated fact is wrong
#: (scaled by ``conflict_rate``); ``self_contradiction``: probability that an
#: article with a wrong number also states the true one; ``copy``: probability
#: that an article re-posts an earlier article of the event; ``credit_copy``:
#: probability that a re-post names its original; ``attribution``: probability
#: that a fact sentence is attributed; ``named_source``: probability that an
#: attribution names its source; ``byline``: probability of a byline;
#: ``delay_min`` / ``delay_max``: publication delay after the event, in hours;
#: ``late_repost``: probability that a re-post is dated 1-3 years after the story.
OUTLET_CLASSES: dict[str, dict[str, float]] = {
    "wire": {
        "share": 0.10,
        "volume": 4.0,
        "reliability": 0.95,
        "spam_lines": 0.0,
        "boilerplate_lines": 0.1,
        "conflict": 0.02,
        "self_contradiction": 0.0,
        "copy": 0.0,
        "credit_copy": 1.0,
        "attribution": 0.9,
        "named_source": 0.8,
        "byline": 0.4,
        "delay_min": 0.5,
        "delay_max": 6.0,
        "late_repost": 0.0,
    },
    "newspaper": {
        "share": 0.35,
        "volume": 1.5,
        "reliability": 0.85,
        "spam_lines": 0.03,
        "boilerplate_lines": 0.8,
        "conflict": 0.05,
        "self_contradiction": 0.0,
        "copy": 0.05,
        "credit_copy": 0.9,
        "attribution": 0.7,
        "named_source": 0.6,
        "byline": 0.85,
        "delay_min": 2.0,
        "delay_max": 30.0,
        "late_repost": 0.0,
    },
    "aggregator": {
        "share": 0.20,
        "volume": 2.0,
        "reliability": 0.55,
        "spam_lines": 0.8,
        "boilerplate_lines": 3.0,
        "conflict": 0.08,
        "self_contradiction": 0.1,
        "copy": 0.7,
        "credit_copy": 0.5,
        "attribution": 0.4,
        "named_source": 0.5,
        "byline": 0.2,
        "delay_min": 6.0,
        "delay_max": 72.0,
        "late_repost": 0.15,
    },
    "content_farm": {
        "share": 0.25,
        "volume": 2.0,
        "reliability": 0.25,
        "spam_lines": 4.0,
        "boilerplate_lines": 2.5,
        "conflict": 0.25,
        "self_contradiction": 0.4,
        "copy": 0.15,
        "credit_copy": 0.1,
        "attribution": 0.1,
        "named_source": 0.3,
        "byline": 0.1,
        "delay_min": 3.0,
        "delay_max": 48.0,
        "late_repost": 0.02,
    },
    "fabricator": {
        "share": 0.10,
        "volume": 1.0,
        "reliability": 0.05,
        "spam_lines": 1.2,
        "boilerplate_lines": 1.5,
        "conflict": 0.6,
        "self_contradiction": 0.3,
        "copy": 0.0,
        "credit_copy": 0.0,
        "attribution": 0.05,
        "named_source": 0.2,
        "byline": 0.3,
        "delay_min": 12.0,
        "delay_max": 120.0,
        "late_repost": 0.0,
    },
}
_CLASS_NAMES = tuple(OUTLET_CLASSES)
_RELIABLE_CLASSES = frozenset({"wire", "newspaper"})

#: Spam categories and, per outlet class, how often each is drawn.
_SPAM_CATEGORIES = ("ad", "crypto", "hash", "url_slug", "cjk", "cyrillic", "markup")
_SPAM_WEIGHTS = {
    "wire": (1, 0, 0, 0, 0, 0, 0),
    "newspaper": (0.7, 0, 0, 0, 0, 0, 0.3),
    "aggregator": (0.7, 0.1, 0, 0, 0, 0, 0.2),
    "content_farm": (0.1, 0.25, 0.25, 0.15, 0.1, 0.05, 0.1),
    "fabricator": (0.3, 0.4, 0, 0, 0.1, 0.1, 0.1),
}
_BOILER_CATEGORIES = (
    "site_name",
    "repeated_headline",
    "read_more",
    "share",
    "related",
    "reading_time",
    "newsletter",
)
_BOILER_WEIGHTS = {
    "wire": (0, 0, 0.5, 0.3, 0, 0, 0.2),
    "newspaper": (0.05, 0, 0.35, 0.3, 0.1, 0.05, 0.15),
    "aggregator": (0.15, 0.1, 0.35, 0.15, 0.15, 0.05, 0.05),
    "content_farm": (0.15, 0.35, 0.1, 0.1, 0.2, 0.05, 0.05),
    "fabricator": (0.1, 0.2, 0.2, 0.3, 0.1, 0, 0.1),
}

# ---------------------------------------------------------------------------
# Injected lines (spam, chrome) and fact templates
# ---------------------------------------------------------------------------

_AD_LINES = (
    "▶ [Kucoin] Transaction fee 0% discount CODE◀",
    "Sponsor:  QWIKET: Elevate your fantasy game! Interactive Sports Knowledge.",
    "Sponsor:  QWIKET ",
    "Sponsored: Get 70% off a premium VPN today only!",
    "Try for free",
    "ADVERTISEMENT - Click here to claim your free gift card",
    "Limited offer: lose 10 kg in 2 weeks with this one weird trick",
    "Thanks to a daily lesson and a personalized correction, in 15 minutes per day.",
)
_CRYPTO_LINES = (
    "▶ [Binance] Sign up now and get a 100 USDT bonus ◀",
    "Buy Bitcoin with 0% fees at CoinXchange - register today",
    "Earn 500% with our AI crypto trading bot, join Telegram @cryptoprofits",
    "ETH giveaway: send 0.1 ETH, receive 1 ETH back instantly",
    "🚀 $PEPE to the moon - presale ends in 24h 🚀",
)
_CJK_LINES = (
    "壯陽藥 !– /wp:paragraph –>",
    "威而鋼 購買 線上藥局 便宜 快速出貨",
    "伟哥 网上药店 低价 快速发货",
    "日本代购 正品 包邮 加微信",
    "バイアグラ 通販 最安値 即日発送",
)
_CYRILLIC_LINES = (
    "Купить виагру недорого с доставкой",
    "Скачать бесплатно без регистрации и смс",
    "Лучшее онлайн казино бонус 200% на первый депозит",
)
_MARKUP_LINES = (
    "<!-- wp:paragraph -->",
    "<!-- /wp:paragraph -->",
    '[caption id="attachment_4821" align="alignnone" width="640"]',
    "&nbsp;&nbsp;&nbsp;",
    "{{ article.body | safe }}",
    "</div></div></section>",
)
_SHARE_LINES = (
    "Share this article",
    "Share this Article",
    "Leave a comment",
    "Share on Facebook",
    "Tweet",
    "Share",
)
_RELATED_LINES = ("RELATED POSTS", "View all", "You may also like", "Related Articles")
_NEWSLETTER_LINES = (
    "Subscribe to our newsletter for the latest updates.",
    "Sign up for our daily briefing.",
    "Get breaking news alerts straight to your inbox.",
)
_READ_MORE_FORMS = ("Read more: {}", "READ MORE: {}", "Read more Article réservé à nos abonnés {}")

#: Number facts: key and clause (``{n}`` the number, ``{place}`` a city).
_NUMBER_FACTS = (
    ("evacuated", "{n} people were evacuated from {place}"),
    ("killed", "{n} people were killed in {place}"),
    ("injured", "{n} people were injured in {place}"),
    ("arrested", "{n} people were arrested in {place}"),
    ("troops", "{n} troops were deployed to {place}"),
    ("homes_damaged", "{n} homes were damaged in {place}"),
    ("jobs_cut", "{n} jobs will be cut at the plant in {place}"),
    ("protesters", "{n} protesters gathered in {place}"),
    ("displaced", "{n} residents were displaced in {place}"),
)
_DATE_CLAUSES = (
    "the decision was announced on {d}",
    "the incident happened on {d}",
    "the operation began on {d}",
    "the meeting took place on {d}",
)
_PERSON_CLAUSES = (
    "the response is being led by {role} {name}",
    "{name}, the {role_lower}, is overseeing the response",
)
_ROLES = (
    "Mayor",
    "Governor",
    "Police Chief",
    "Interior Minister",
    "Fire Chief",
    "Health Minister",
    "Army Spokesperson",
)
_PLACES = (
    "Lyon",
    "Porto",
    "Gdansk",
    "Niamey",
    "Mombasa",
    "Cebu",
    "Valparaiso",
    "Tampere",
    "Izmir",
    "Leeds",
    "Brno",
    "Kumasi",
    "Oaxaca",
    "Surabaya",
    "Tbilisi",
    "Bergen",
    "Cordoba",
    "Sfax",
    "Kochi",
    "Halifax",
    "Aarhus",
    "Arequipa",
    "Bursa",
    "Cluj",
    "Daegu",
    "Dundee",
    "Enugu",
    "Fresno",
    "Graz",
    "Hue",
    "Iquitos",
    "Jaffna",
    "Kisumu",
    "Linz",
    "Malmo",
    "Nantes",
    "Oulu",
    "Pecs",
    "Quetta",
    "Rosario",
    "Salta",
    "Tartu",
    "Ulm",
    "Varna",
    "Wroclaw",
    "Xalapa",
    "Yazd",
    "Zadar",
    "Bilbao",
    "Cusco",
)
_FIRST_NAMES = (
    "Anna",
    "Mohamed",
    "Li",
    "Sofia",
    "James",
    "Amina",
    "Pedro",
    "Olga",
    "Kwame",
    "Yuki",
    "Fatima",
    "Lars",
    "Priya",
    "Diego",
    "Hana",
    "Samuel",
    "Ingrid",
    "Omar",
    "Chloe",
    "Tariq",
    "Aisha",
    "Boris",
    "Carmen",
    "Dmitri",
    "Elif",
    "Farid",
    "Greta",
    "Hugo",
    "Irene",
    "Jonas",
    "Keiko",
    "Luis",
    "Mariam",
    "Nikolai",
    "Oksana",
    "Pablo",
    "Quentin",
    "Rosa",
    "Sipho",
    "Tomas",
    "Ursula",
    "Viktor",
    "Wanjiru",
    "Xavier",
    "Yara",
    "Zoran",
    "Ama",
    "Bilal",
    "Celine",
    "Dario",
)
_LAST_NAMES = (
    "Kowalski",
    "Haddad",
    "Nakamura",
    "Okafor",
    "Moreau",
    "Petrov",
    "Silva",
    "Jensen",
    "Mensah",
    "Rahman",
    "Fischer",
    "Costa",
    "Novak",
    "Ibrahim",
    "Lindqvist",
    "Tanaka",
    "Mwangi",
    "Duarte",
    "Kaur",
    "Whitaker",
    "Abubakar",
    "Bergstrom",
    "Castillo",
    "Dimitrov",
    "Eriksen",
    "Fontaine",
    "Gonzaga",
    "Horvat",
    "Iwasaki",
    "Jovanovic",
    "Kamau",
    "Lefebvre",
    "Marchetti",
    "Nieminen",
    "Oyelaran",
    "Papadakis",
    "Quispe",
    "Rossi",
    "Sandoval",
    "Takahashi",
    "Umarov",
    "Vasquez",
    "Wojcik",
    "Yilmaz",
    "Zielinski",
    "Achebe",
    "Brennan",
    "Chaudhry",
    "Delacroix",
    "Esposito",
)
_NAMED_SOURCES = (
    "Reuters",
    "the Associated Press",
    "AFP",
    "the Interior Ministry",
    "the regional government",
    "the Red Cross",
)
_ANONYMOUS_SOURCES = ("officials", "police", "local authorities", "a spokesperson", "witnesses")
_AGENCIES = ("Reuters", "AP", "AFP", "Anadolu Agency", "dpa", "EFE")
_MONTHS = MONTH_NAMES
_TITLE_PREFIXES = {
    "content_farm": ("", "", "BREAKING: ", "WATCH: "),
    "fabricator": ("", "SHOCKING: ", "EXPOSED: ", "BREAKING: "),
}
_OUTLET_NAME_PARTS = {
    "wire": (
        ("Continental", "Global", "United", "Pacific", "Atlantic", "Meridian", "Capital", "Nordic"),
        ("{} Press", "{} News Agency", "{} Wire"),
    ),
    "newspaper": (
        (
            "Riverside",
            "Lakeview",
            "Northgate",
            "Harbor",
            "Eastfield",
            "Westbrook",
            "Kingsport",
            "Fairmont",
            "Ashford",
            "Milltown",
            "Redcliff",
            "Stonebridge",
        ),
        ("The {} Herald", "The {} Tribune", "The {} Courier", "The {} Gazette", "The {} Post"),
    ),
    "aggregator": (
        ("America One", "World", "Daily", "Top", "Instant", "Smart", "Prime", "Rapid"),
        ("The {} News", "{} News Hub", "{} Headlines Digest", "NewsNow {}"),
    ),
    "content_farm": (
        ("b1og", "trendz", "newz", "viralpost", "buzzfeeder", "clickhub", "hotnewz", "infonet"),
        ("{}.net", "{}-daily.info", "{}.xyz"),
    ),
    "fabricator": (
        ("Patriot", "Freedom", "Liberty", "Awakened", "Sovereign", "Real", "Eagle"),
        ("{} Truth Report", "The {} Insider", "{} Uncensored"),
    ),
}

#: Small built-in sentence pools used when the public data folder is absent.
#: Each inner list is one (invented, generic) source article, in order.
BUILTIN_SENTENCES: list[list[str]] = [
    [
        "Heavy rain caused the river to burst its banks early on Tuesday morning.",
        "Emergency crews worked through the night to reinforce the flood barriers.",
        "Several roads into the town centre remained closed until the afternoon.",
        "Residents described water reaching the first floor of their homes within an hour.",
        "The regional council said it would review its flood defence plans.",
        "Forecasters expect more rain across the region later in the week.",
        "Schools in the affected districts were closed as a precaution.",
    ],
    [
        "The government unveiled a plan to modernise the national rail network.",
        "The proposal includes new high-speed lines between the three largest cities.",
        "Opposition parties questioned how the project would be financed.",
        "Union leaders welcomed the investment but warned about job security.",
        "Construction is expected to begin within the next two years.",
        "Critics pointed out that similar plans had been announced before and abandoned.",
    ],
    [
        "Talks between the two delegations ended without a formal agreement.",
        "Both sides described the discussions as frank and constructive.",
        "Diplomats said a second round of negotiations could take place next month.",
        "The main disagreement concerns the future of the border crossings.",
        "Observers noted that the tone of the meeting was warmer than last year.",
        "A joint statement is expected to be published in the coming days.",
    ],
    [
        "A fire broke out in a warehouse on the edge of the industrial zone.",
        "Thick black smoke could be seen from several kilometres away.",
        "Firefighters managed to bring the blaze under control by midnight.",
        "The cause of the fire has not yet been determined.",
        "Nearby businesses were asked to keep their windows and doors closed.",
        "The owner of the warehouse said the building had passed its last inspection.",
    ],
    [
        "The central bank left interest rates unchanged at its latest meeting.",
        "Policymakers said inflation was easing but remained above their target.",
        "Markets had largely expected the decision after weeks of mixed economic data.",
        "Several analysts predicted a cut before the end of the year.",
        "Consumer spending has slowed as households adjust to higher prices.",
        "The bank will publish its updated forecasts next quarter.",
    ],
]

# ---------------------------------------------------------------------------
# Real sentences from the public data
# ---------------------------------------------------------------------------

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[.!?][\"”’])\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREV_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Lt|Col|Sgt|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|vs|Ft|Mt|Prof|Capt|Rev)|\b[A-Z]|\b[A-Z]\.[A-Z])\.$"
)
_SPACE = re.compile(r"\s+")
_GOOD_SENTENCE = re.compile(r"^[\"“‘(]?[A-Z].{30,330}[.!?][\"”’)]?$")
# links, markup and mojibake ("â€™" for "’") are not the prose we want to reuse
_BAD_SENTENCE = re.compile(r"https?://|www\.|\ufffd|@\w|[<>{}\[\]|]|\n|[\x80-\x9f]|â€|Ã.")
_SLUG_DROP = re.compile(r"['’]")
_SLUG_SPLIT = re.compile(r"[^a-z0-9]+")
_MIN_POOL = 4
_MAX_POOL = 30


_MOJIBAKE = re.compile(r"[\x80-\x9f]|â€|Ã.")


def _repair(text: str) -> str:
    """Undo UTF-8 read as Latin-1 ("â\x80\x99" for "’"), which some source files carry."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text  # mixed or not mojibake after all; _BAD_SENTENCE drops what is left


def _split_sentences(text: str) -> list[str]:
    """Split prose into clean sentences, dropping fragments and link residue."""
    pieces = _SPLIT.split(_SPACE.sub(" ", _repair(text)).strip())
    merged: list[str] = []
    for piece in pieces:
        # "Mr. Trump" must not end a sentence.
        if merged and _ABBREV_END.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return [s for s in merged if _GOOD_SENTENCE.match(s) and not _BAD_SENTENCE.search(s)]


def _default_data_home() -> Path:
    env = os.environ.get("SCORER_DATA_HOME")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "data"


@functools.lru_cache(maxsize=4)
def _read_pools(data_home: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(origin, title, sentences) for every usable real article, in a fixed order."""
    root = Path(data_home)
    pools: list[tuple[str, str, tuple[str, ...]]] = []
    legit = root / "fakenewsamt" / "fakeNewsDataset" / "legit"
    for path in sorted(legit.glob("*.txt")) if legit.is_dir() else []:
        raw = path.read_text(encoding="utf-8", errors="replace").strip()
        title, _, body = raw.partition("\n")
        sentences = _split_sentences(body)
        title = _SPACE.sub(" ", _repair(title)).strip()
        if len(sentences) >= _MIN_POOL and title and not _MOJIBAKE.search(title):
            pools.append((f"fakenewsamt/{path.name}", title, tuple(sentences[:_MAX_POOL])))
    buzzfeed = root / "buzzfeed-webis-2016" / "articles"
    for path in sorted(buzzfeed.glob("*.xml")) if buzzfeed.is_dir() else []:
        try:
            node = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        if (node.findtext("veracity") or "").strip() != "mostly true":
            continue
        text = node.findtext("mainText") or ""
        # mainText runs paragraphs (and headings) together; the spans separate them.
        spans = [(p.findtext("start"), p.findtext("end")) for p in node.iter("paragraph")]
        parts = [text[int(a) : int(b)] for a, b in spans if a and b] or [text]
        sentences = [s for part in parts for s in _split_sentences(html.unescape(part))]
        title = _SPACE.sub(" ", _repair(node.findtext("title") or "")).strip()
        if len(sentences) >= _MIN_POOL and title and not _MOJIBAKE.search(title):
            pools.append((f"buzzfeed-webis-2016/{path.name}", title, tuple(sentences[:_MAX_POOL])))
    return tuple(pools)


def sentence_pools(data_home: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Real sentences grouped by source article, as used to build events.

    Reads the FakeNewsAMT legit texts and the BuzzFeed-Webis 2016 articles
    rated "mostly true" from the public data folder, splits them into
    sentences and keeps clean ones (30-330 characters, no links or markup).
    Falls back to :data:`BUILTIN_SENTENCES` when the folder holds neither.

    Parameters
    ----------
    data_home : path, optional
        The public data folder; default ``$SCORER_DATA_HOME``, else
        ``../shared/data`` next to the repository.

    Returns
    -------
    pandas.DataFrame
        Columns ``pool_id`` (int, one per source article), ``origin`` (the
        file, or ``"builtin"``), ``title``, ``sentence_no`` and ``sentence``.

    Examples
    --------
    >>> pools = sentence_pools("/nonexistent")
    >>> pools["origin"].unique().tolist()
    ['builtin']
    >>> pools.groupby("pool_id").size().min() >= 4
    np.True_
    """
    home = Path(data_home) if data_home is not None else _default_data_home()
    pools = _read_pools(str(home))
    if not pools:
        pools = _builtin_pools()
    rows = [
        (pool_id, origin, title, sentence_no, sentence)
        for pool_id, (origin, title, sentences) in enumerate(pools)
        for sentence_no, sentence in enumerate(sentences)
    ]
    return pd.DataFrame(rows, columns=["pool_id", "origin", "title", "sentence_no", "sentence"])


def _builtin_pools() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    return tuple(("builtin", _title_from(s), tuple(s)) for s in BUILTIN_SENTENCES)


def _title_from(sentences: Sequence[str]) -> str:
    words = sentences[0].rstrip(".!?").split()
    return " ".join(words[:10])


def _coerce_pools(
    sentences: pd.DataFrame | Sequence[Sequence[str] | str] | None,
) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    if sentences is None:
        pools = _read_pools(str(_default_data_home()))
        return pools or _builtin_pools()
    if isinstance(sentences, pd.DataFrame):
        order = [c for c in ("pool_id", "sentence_no") if c in sentences]
        frame = sentences.sort_values(order, kind="stable")
        pools = []
        for pool_id, group in frame.groupby("pool_id", sort=True):
            texts = tuple(str(s) for s in group["sentence"])
            title = str(group["title"].iloc[0]) if "title" in group else _title_from(texts)
            pools.append((f"pool/{pool_id}", title, texts))
    else:
        pools = []
        for number, item in enumerate(sentences):
            texts = tuple(_split_sentences(item) if isinstance(item, str) else item)
            if texts:
                pools.append((f"pool/{number}", _title_from(texts), texts))
    if not pools:
        raise ValueError("sentences holds no usable sentence; pass None for the default pools")
    return tuple(pools)


# ---------------------------------------------------------------------------
# Outlets
# ---------------------------------------------------------------------------


def _outlet_table(n_outlets: int, seed: int, spam_rate: float, conflict_rate: float):
    """The outlets frame, fixed by the seed and the number of outlets."""
    if n_outlets < 1:
        raise ValueError(f"n_outlets must be at least 1, got {n_outlets}")
    rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(0,)))
    shares = np.array([OUTLET_CLASSES[c]["share"] for c in _CLASS_NAMES])
    counts = np.floor(shares * n_outlets).astype(int)
    # Largest remainders first so that small corpora still get every class.
    order = np.argsort(-(shares * n_outlets - counts), kind="stable")
    for k in order[: n_outlets - counts.sum()]:
        counts[k] += 1
    classes = np.repeat(np.arange(len(_CLASS_NAMES)), counts)
    classes = classes[rng.permutation(n_outlets)]
    # every (stem, form) pair of a class once, in a seeded order; numbered when exhausted
    candidates = {}
    for cls, (stems, forms) in _OUTLET_NAME_PARTS.items():
        pairs = [form.format(stem) for stem in stems for form in forms]
        candidates[cls] = [pairs[i] for i in rng.permutation(len(pairs))]
    names: list[str] = []
    used = dict.fromkeys(_CLASS_NAMES, 0)
    for cls in classes:
        name_list = candidates[_CLASS_NAMES[cls]]
        k = used[_CLASS_NAMES[cls]]
        used[_CLASS_NAMES[cls]] += 1
        name = name_list[k % len(name_list)]
        names.append(name if k < len(name_list) else f"{name} {k // len(name_list) + 1}")
    class_names = [_CLASS_NAMES[c] for c in classes]
    table = pd.DataFrame({SOURCE: names, "outlet_class": class_names})
    params = pd.DataFrame([OUTLET_CLASSES[c] for c in class_names]).drop(columns="share")
    params["spam_lines"] = params["spam_lines"] * spam_rate
    params["conflict"] = (params["conflict"] * conflict_rate).clip(upper=1.0)
    table = pd.concat([table, params], axis=1)
    table.insert(2, "reliable", table["outlet_class"].isin(_RELIABLE_CLASSES))
    table["domain"] = [_domain(n) for n in names]
    table["line_sep"] = np.where(rng.random(n_outlets) < 0.7, "\n\n", "\n")
    return table


def _domain(name: str) -> str:
    if "." in name:
        return name.lower().replace(" ", "")
    return "www." + "".join(_SLUG_SPLIT.split(name.lower().removeprefix("the "))) + ".com"


# ---------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------


def _slug(title: str) -> str:
    return _SLUG_SPLIT.sub("-", _SLUG_DROP.sub("", title.lower())).strip("-")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _format_number(value: int, style: float) -> str:
    return f"{value:,}" if value >= 1000 and style < 0.8 else str(value)


def _format_date(day: date, style: float) -> str:
    month = _MONTHS[day.month - 1]
    if style < 0.5:
        return f"{month} {day.day}, {day.year}"
    if style < 0.85:
        return f"{day.day} {month} {day.year}"
    return f"{month[:3]}. {day.day}, {day.year}" if day.month != 5 else f"May {day.day}, {day.year}"


def _shift_date(day: date, u: float) -> date:
    """A plausible wrong date: the neighbouring month, a few days off, or a year off."""
    if u < 0.5:
        month = day.month - 1 or 12
        year = day.year - (day.month == 1)
        return date(year, month, min(day.day, 28))
    if u < 0.85:
        offset = 1 + int(u * 1000) % 5
        return day + timedelta(days=offset if u < 0.7 else -offset)
    return date(day.year - 1, day.month, min(day.day, 28))


def _wrong_number(value: int, u: float) -> int:
    factors = (0.5, 0.8, 1.2, 1.5, 2.0, 10.0)
    wrong = round(value * factors[int(u * len(factors))])
    return wrong if wrong != value else value + 10


class _Uniform:
    """A buffered stream of uniform draws: scalar draws cost nanoseconds, not microseconds."""

    __slots__ = ("_buffer", "_i", "_rng")

    def __init__(self, rng: np.random.Generator) -> None:
        self._rng = rng
        self._buffer: list[float] = []
        self._i = 0

    def __call__(self) -> float:
        if self._i >= len(self._buffer):
            self._buffer = self._rng.random(8192).tolist()
            self._i = 0
        value = self._buffer[self._i]
        self._i += 1
        return value

    def choice(self, items: Sequence):
        return items[int(self() * len(items))]

    def weighted(self, items: Sequence, cumulative: Sequence[float]):
        x = self() * cumulative[-1]
        for item, edge in zip(items, cumulative, strict=True):
            if x < edge:
                return item
        return items[-1]


# ---------------------------------------------------------------------------
# One block of events
# ---------------------------------------------------------------------------

_BLOCK_EVENTS = 128
_EPOCH_DAY = date(2015, 1, 1).toordinal()
_N_DAYS = date(2024, 12, 31).toordinal() - _EPOCH_DAY
_UNIX_OFFSET_DAYS = _EPOCH_DAY - date(1970, 1, 1).toordinal()


@dataclass(frozen=True)
class _Config:
    seed: int
    event_size: float | tuple[int, int]
    spam_rate: float
    conflict_rate: float


@dataclass
class _Block:
    articles: dict[str, list]
    tables: dict[str, dict[str, list]]
    n_articles: int


_TABLE_FIELDS = {
    "events": ("_row", ARTICLE_ID, EVENT_ID),
    "lines": ("_row", ARTICLE_ID, "line_no", "label", "category", "text"),
    "statements": (
        "_row",
        ARTICLE_ID,
        "line_no",
        "kind",
        "key",
        "true_value",
        "stated_value",
        "surface",
        "attributed",
        "source_named",
    ),
    "copies": ("_row", ARTICLE_ID, "copy_of", "credited"),
    "facts": ("_row", EVENT_ID, "kind", "key", "value"),
    "labels": (
        "_row",
        ARTICLE_ID,
        SOURCE,
        "outlet_class",
        "reliable",
        "is_copy",
        "late_repost",
        "n_spam_lines",
        "n_boilerplate_lines",
        "n_statements",
        "n_attributed",
        "n_conflicts",
    ),
}


class _Writer:
    """Builds the articles of one block; all randomness comes from one Generator."""

    def __init__(self, config, pools, outlets, block_no: int, first_row: int, first_event: int):
        self.config = config
        self.pools = pools
        self.outlets = outlets
        self.rng = np.random.default_rng(
            np.random.SeedSequence(config.seed, spawn_key=(1, block_no))
        )
        self.u = _Uniform(self.rng)
        self.first_row = first_row
        self.first_event = first_event
        self.articles: dict[str, list] = {c: [] for c in ARTICLE_COLUMNS}
        self.tables = {name: {f: [] for f in fields} for name, fields in _TABLE_FIELDS.items()}
        self.row = first_row
        alphabet = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
        codes = self.rng.integers(0, len(alphabet), size=(32, 41))
        self.hashes = ["".join(r) for r in alphabet[codes].tolist()]
        self.spam_cum = {c: np.cumsum(w).tolist() for c, w in _SPAM_WEIGHTS.items()}
        self.boiler_cum = {c: np.cumsum(w).tolist() for c, w in _BOILER_WEIGHTS.items()}

    # -- the block -------------------------------------------------------
    def run(self) -> _Block:
        rng, outlets = self.rng, self.outlets
        n_outlets = len(outlets[SOURCE])
        size_option = self.config.event_size
        if isinstance(size_option, tuple):
            sizes = rng.integers(size_option[0], size_option[1] + 1, _BLOCK_EVENTS)
        else:
            sizes = 1 + rng.poisson(max(float(size_option) - 1.0, 0.0), _BLOCK_EVENTS)
        sizes = np.clip(sizes, 1, n_outlets)
        # Gumbel top-k: distinct outlets per event, drawn in proportion to volume.
        keys = np.log(outlets["volume"])[None, :] + rng.gumbel(size=(_BLOCK_EVENTS, n_outlets))
        chosen = np.argsort(-keys, axis=1, kind="stable")[:, : int(sizes.max())]
        event_pool = rng.integers(0, len(self.pools), _BLOCK_EVENTS).tolist()
        event_day = rng.integers(0, _N_DAYS, _BLOCK_EVENTS).tolist()
        magnitude = 10 ** rng.uniform(1.2, 4.0, _BLOCK_EVENTS)
        digits = np.floor(np.log10(magnitude)).astype(int) - 1
        event_number = [int(round(m, -int(d))) for m, d in zip(magnitude, digits, strict=True)]
        event_facts = rng.integers(
            0,
            [len(_NUMBER_FACTS), len(_PLACES), len(_FIRST_NAMES), len(_LAST_NAMES), len(_ROLES)],
            size=(_BLOCK_EVENTS, 5),
        ).tolist()
        article_outlet = np.concatenate([chosen[e, :s] for e, s in enumerate(sizes)])
        article_event = np.repeat(np.arange(_BLOCK_EVENTS), sizes)
        lo, hi = outlets["delay_min"][article_outlet], outlets["delay_max"][article_outlet]
        delay = lo + rng.random(len(article_outlet)) * (hi - lo)
        n_spam = rng.poisson(outlets["spam_lines"][article_outlet]).tolist()
        n_boiler = rng.poisson(outlets["boilerplate_lines"][article_outlet]).tolist()
        order = np.lexsort((delay, article_event))
        delay_list = delay.tolist()
        outlet_list = article_outlet.tolist()
        start = 0
        for e, size in enumerate(sizes.tolist()):
            event = self._event_facts(
                e, event_pool[e], event_day[e], event_number[e], event_facts[e]
            )
            originals: list[dict] = []
            for i in order[start : start + size].tolist():
                self._article(
                    event, outlet_list[i], delay_list[i], n_spam[i], n_boiler[i], originals
                )
            start += size
        return _Block(self.articles, self.tables, self.row - self.first_row)

    def _event_facts(self, e, pool_idx, day_offset, number, facts) -> dict:
        number_fact, place, first, last, role = facts
        key, clause = _NUMBER_FACTS[number_fact]
        event_id = f"ev{self.first_event + e:07d}"
        day = date.fromordinal(_EPOCH_DAY + day_offset)
        person = f"{_FIRST_NAMES[first]} {_LAST_NAMES[last]}"
        role_name = _ROLES[role]
        facts_table = self.tables["facts"]
        for kind, fact_key, value in (
            ("number", key, str(number)),
            ("date", "date", day.isoformat()),
            ("person", role_name.lower(), person),
        ):
            facts_table["_row"].append(self.row)
            facts_table[EVENT_ID].append(event_id)
            facts_table["kind"].append(kind)
            facts_table["key"].append(fact_key)
            facts_table["value"].append(value)
        _origin, title, sentences = self.pools[pool_idx]
        return {
            "event_id": event_id,
            "title": title,
            "sentences": sentences,
            "day": day,
            "number_key": key,
            "number_clause": clause,
            "number": number,
            "place": _PLACES[place],
            "person": person,
            "role": role_name,
            "date_clause": self.u.choice(_DATE_CLAUSES),
            "other_titles": [self.pools[int(self.u() * len(self.pools))][1] for _ in range(3)],
        }

    # -- one article -----------------------------------------------------
    def _article(self, event, outlet, delay_hours, n_spam, n_boiler, originals) -> None:
        u, o = self.u, self.outlets
        cls = o["outlet_class"][outlet]
        article_id = f"syn{self.row:08d}"
        name = o[SOURCE][outlet]
        copy_of = None
        if originals and u() < o["copy"][outlet]:
            copy_of = u.choice(originals)
        late = copy_of is not None and u() < o["late_repost"][outlet]
        published = event["day"]
        if late:
            published = published + timedelta(days=365 + int(u() * 730))
        seconds = (published.toordinal() - _EPOCH_DAY + _UNIX_OFFSET_DAYS) * 86400
        seconds += int(delay_hours * 3600)

        # header / story / footer as (text, label, category, statements) items
        header: list[tuple] = []
        footer: list[tuple] = []
        if copy_of is None:
            title = u.choice(_TITLE_PREFIXES.get(cls, ("",))) + event["title"]
            paragraphs = self._story(event, outlet)
            credited, publisher = False, None
        else:
            title = copy_of["title"]
            paragraphs = copy_of["paragraphs"]
            credited = u() < o["credit_copy"][outlet]
            publisher = copy_of["source"] if credited else None
        byline = None
        if u() < o["byline"][outlet]:
            byline = f"{u.choice(_FIRST_NAMES)} {u.choice(_LAST_NAMES)}"
        page_date = _format_date(published, u())
        if cls in ("content_farm", "aggregator"):
            header.append((page_date + f" | by {o['domain'][outlet]}", "metadata", "dateline"))
        elif u() < 0.5:
            header.append((page_date, "metadata", "dateline"))
        if byline is not None:
            header.append((f"By {byline}" if u() < 0.7 else byline, "metadata", "byline"))
        if credited:
            note = u.choice(("This article originally appeared on {}.", "Source: {}", "{}"))
            header.append((note.format(publisher), "metadata", "repost_credit"))
        if late:
            header.append((_format_date(event["day"], u()), "metadata", "story_date"))
        if cls == "newspaper" and u() < 0.4:
            agencies = sorted({u.choice(_AGENCIES), u.choice(_AGENCIES)})
            footer.append(("Sources: " + " and ".join(agencies), "metadata", "credit"))
        if cls == "wire" and u() < 0.5:
            editors = f"(Reporting by {u.choice(_FIRST_NAMES)} {u.choice(_LAST_NAMES)})"
            footer.append((editors, "metadata", "credit"))

        # injected lines: gap 0 = before the title, 1 = after the header, 2.. = after paragraph k
        n_gaps = len(paragraphs) + 2
        injected: list[list[tuple]] = [[] for _ in range(n_gaps + 1)]
        for _ in range(n_spam):
            category = u.weighted(_SPAM_CATEGORIES, self.spam_cum[cls])
            text = self._spam_line(category, title)
            gap = 1 if category == "url_slug" else 1 + int(u() * (n_gaps - 1))
            injected[gap].append((text, "spam", category))
        for _ in range(n_boiler):
            category = u.weighted(_BOILER_CATEGORIES, self.boiler_cum[cls])
            text = self._boiler_line(category, title, name, event)
            if category == "site_name":
                gap = 0
            elif category in ("share", "related", "newsletter"):
                gap = n_gaps
            elif category == "reading_time":
                gap = 1
            else:
                gap = 2 + int(u() * (n_gaps - 2)) if n_gaps > 2 else n_gaps
            injected[gap].append((text, "boilerplate", category))

        lines: list[tuple] = [*injected[0], (title, "content", "title", ()), *header]
        lines.extend(injected[1])
        for k, paragraph in enumerate(paragraphs):
            lines.append(paragraph)
            lines.extend(injected[2 + k])
        lines.extend(footer)
        lines.extend(injected[n_gaps])

        step = 2 if o["line_sep"][outlet] == "\n\n" else 1
        texts = []
        lines_table, statements = self.tables["lines"], self.tables["statements"]
        counts = {"spam": 0, "boilerplate": 0, "statements": 0, "attributed": 0, "conflicts": 0}
        for index, line in enumerate(lines):
            text, label = line[0], line[1]
            texts.append(text)
            line_no = index * step + 1
            if label == "content":
                for statement in line[3]:
                    for column, value in zip(
                        _TABLE_FIELDS["statements"],
                        (self.row, article_id, line_no, *statement),
                        strict=True,
                    ):
                        statements[column].append(value)
                    counts["statements"] += 1
                    counts["attributed"] += statement[5]
                    counts["conflicts"] += statement[2] != statement[3]
                continue
            if label in counts:
                counts[label] += 1
            for column, value in zip(
                _TABLE_FIELDS["lines"],
                (self.row, article_id, line_no, label, line[2], text),
                strict=True,
            ):
                lines_table[column].append(value)

        articles = self.articles
        articles[ARTICLE_ID].append(article_id)
        articles[SOURCE].append(name)
        articles["title"].append(title)
        articles["published"].append(seconds)
        articles["url"].append(f"https://{o['domain'][outlet]}/{_slug(title)[:60]}-{self.row}")
        articles["text"].append(o["line_sep"][outlet].join(texts))
        articles["byline"].append(byline)
        articles["publisher"].append(publisher)
        articles["language"].append("en")
        articles["encoding"].append(None)
        articles["error"].append(None)

        for name_, value in (("_row", self.row), (ARTICLE_ID, article_id)):
            self.tables["events"][name_].append(value)
        self.tables["events"][EVENT_ID].append(event["event_id"])
        if copy_of is not None:
            copies = self.tables["copies"]
            copies["_row"].append(self.row)
            copies[ARTICLE_ID].append(article_id)
            copies["copy_of"].append(copy_of["article_id"])
            copies["credited"].append(credited)
        else:
            originals.append(
                {"article_id": article_id, "title": title, "paragraphs": paragraphs, "source": name}
            )
        labels = self.tables["labels"]
        for column, value in zip(
            _TABLE_FIELDS["labels"],
            (
                self.row,
                article_id,
                name,
                cls,
                cls in _RELIABLE_CLASSES,
                copy_of is not None,
                late,
                counts["spam"],
                counts["boilerplate"],
                counts["statements"],
                counts["attributed"],
                counts["conflicts"],
            ),
            strict=True,
        ):
            labels[column].append(value)
        self.row += 1

    def _story(self, event, outlet) -> list[tuple]:
        """Paragraphs of an original article: sampled real sentences plus the fact sheet."""
        u, o = self.u, self.outlets
        pool = event["sentences"]
        body = [s for s in pool if u() < 0.55][:12]
        if len(body) < 3:
            body = list(pool[:3])
        sentences: list[tuple[str, tuple]] = [(s, ()) for s in body]
        conflict = o["conflict"][outlet]
        facts = [kind for kind in ("number", "date", "person") if u() < 0.85] or ["number"]
        for kind in facts:
            wrong = kind != "person" and u() < conflict
            sentence, statement = self._fact_sentence(event, kind, outlet, wrong)
            sentences.insert(int(u() * (len(sentences) + 1)), (sentence, (statement,)))
            if wrong and kind == "number" and u() < o["self_contradiction"][outlet]:
                sentence, statement = self._fact_sentence(event, kind, outlet, False)
                sentences.insert(int(u() * (len(sentences) + 1)), (sentence, (statement,)))
        paragraphs: list[tuple] = []
        current: list[tuple[str, tuple]] = []
        for item in sentences:
            current.append(item)
            if len(current) == 3 or u() < 0.45:
                paragraphs.append(self._paragraph(current))
                current = []
        if current:
            paragraphs.append(self._paragraph(current))
        return paragraphs

    @staticmethod
    def _paragraph(items: list[tuple[str, tuple]]) -> tuple:
        statements = tuple(s for _, group in items for s in group)
        return (" ".join(text for text, _ in items), "content", "prose", statements)

    def _fact_sentence(self, event, kind, outlet, wrong) -> tuple[str, tuple]:
        u, o = self.u, self.outlets
        if kind == "number":
            true_value = event["number"]
            value = _wrong_number(true_value, u()) if wrong else true_value
            surface = _format_number(value, u())
            clause = event["number_clause"].format(n=surface, place=event["place"])
            key, stated, truth = event["number_key"], str(value), str(true_value)
        elif kind == "date":
            day = _shift_date(event["day"], u()) if wrong else event["day"]
            surface = _format_date(day, u())
            clause = event["date_clause"].format(d=surface)
            key, stated, truth = "date", day.isoformat(), event["day"].isoformat()
        else:
            surface = event["person"]
            form = u.choice(_PERSON_CLAUSES)
            clause = form.format(
                role=event["role"], role_lower=event["role"].lower(), name=event["person"]
            )
            key, stated, truth = event["role"].lower(), surface, surface
        attributed = u() < o["attribution"][outlet]
        named = False
        if attributed:
            named = u() < o["named_source"][outlet]
            if named:
                source = event["person"] if kind != "person" and u() < 0.3 else None
                source = source or u.choice(_NAMED_SOURCES)
            else:
                source = u.choice(_ANONYMOUS_SOURCES)
            form = int(u() * 3)
            if form == 0:
                sentence = f"{_cap(clause)}, {source} said."
            elif form == 1:
                sentence = f"According to {source}, {clause}."
            else:
                sentence = f"{_cap(source)} said that {clause}."
        else:
            sentence = f"{_cap(clause)}." if u() < 0.7 else f"In total, {clause}."
        return sentence, (kind, key, truth, stated, surface, attributed, named)

    def _spam_line(self, category: str, title: str) -> str:
        u = self.u
        if category == "ad":
            return u.choice(_AD_LINES)
        if category == "crypto":
            return u.choice(_CRYPTO_LINES)
        if category == "hash":
            return u.choice(self.hashes)[: 40 + (u() < 0.5)]
        if category == "url_slug":
            return _slug(title)
        if category == "cjk":
            return u.choice(_CJK_LINES)
        if category == "cyrillic":
            return u.choice(_CYRILLIC_LINES)
        return u.choice(_MARKUP_LINES)

    def _boiler_line(self, category: str, title: str, outlet_name: str, event) -> str:
        u = self.u
        if category == "site_name":
            return outlet_name.upper() if u() < 0.5 else outlet_name
        if category == "repeated_headline":
            return title
        if category == "read_more":
            return u.choice(_READ_MORE_FORMS).format(u.choice(event["other_titles"]))
        if category == "share":
            return u.choice(_SHARE_LINES)
        if category == "related":
            return u.choice(_RELATED_LINES)
        if category == "reading_time":
            return f"{2 + int(u() * 8)} Min Read"
        return u.choice(_NEWSLETTER_LINES)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

_TRUTH_ORDER = ("events", "spam", "lines", "conflicts", "copies", "statements", "facts")


def _blocks(n_articles, config, pools, outlets) -> Iterator[_Block]:
    # lists for scalar look-ups in the per-article loop, arrays for the vectorised draws
    outlet_columns = {column: outlets[column].tolist() for column in outlets.columns}
    for column in ("volume", "delay_min", "delay_max", "spam_lines", "boilerplate_lines"):
        outlet_columns[column] = outlets[column].to_numpy(dtype=float)
    row, block_no = 0, 0
    while row < n_articles:
        writer = _Writer(config, pools, outlet_columns, block_no, row, block_no * _BLOCK_EVENTS)
        block = writer.run()
        row += block.n_articles
        block_no += 1
        yield block


def _frames(blocks: list[_Block], stop: int, outlets: pd.DataFrame):
    """Turn accumulated blocks into the articles frame and the truth tables, rows < stop."""
    articles = {c: [v for b in blocks for v in b.articles[c]] for c in ARTICLE_COLUMNS}
    first = blocks[0].tables["events"]["_row"][0] if blocks[0].n_articles else 0
    keep = max(0, stop - first)
    articles = {c: values[:keep] for c, values in articles.items()}
    frame = pd.DataFrame(articles, columns=ARTICLE_COLUMNS)
    frame["published"] = pd.to_datetime(
        np.asarray(frame["published"], dtype="int64"), unit="s"
    ).astype("datetime64[ns]")
    for column in ARTICLE_COLUMNS:
        if column != "published":
            frame[column] = frame[column].astype("str")
    tables: dict[str, pd.DataFrame] = {}
    for name, fields in _TABLE_FIELDS.items():
        data = {f: [v for b in blocks for v in b.tables[name][f]] for f in fields}
        table = pd.DataFrame(data, columns=list(fields))
        table = table.loc[table["_row"] < stop]
        tables[name] = table.drop(columns="_row").reset_index(drop=True)
    lines = tables["lines"]
    tables["lines"] = lines.astype({"line_no": "int64"})
    tables["spam"] = lines.loc[lines["label"] == "spam"].reset_index(drop=True)
    statements = tables["statements"].astype({"line_no": "int64"})
    tables["statements"] = statements
    wrong = statements["true_value"] != statements["stated_value"]
    conflicts = statements.loc[wrong].drop(columns=["attributed", "source_named"])
    # a conflict is internal when the same article also states the true value
    truthful = statements.loc[~wrong, [ARTICLE_ID, "key"]].drop_duplicates()
    truthful = truthful.assign(internal=True)
    conflicts = conflicts.merge(truthful, on=[ARTICLE_ID, "key"], how="left")
    conflicts["internal"] = conflicts["internal"].fillna(False).astype(bool)
    tables["conflicts"] = conflicts[
        [ARTICLE_ID, "key", "true_value", "stated_value", "kind", "surface", "line_no", "internal"]
    ]
    events_present = set(tables["events"][EVENT_ID])
    facts = tables["facts"]
    tables["facts"] = facts.loc[facts[EVENT_ID].isin(events_present)].reset_index(drop=True)
    tables["outlets"] = outlets.drop(columns=["domain", "line_sep"]).copy()
    ordered = {name: tables[name] for name in (*_TRUTH_ORDER, "labels", "outlets")}
    return frame, ordered


def _validate(n_articles: int, spam_rate: float, conflict_rate: float, chunk_size: int = 1):
    if n_articles < 0:
        raise ValueError(f"n_articles must be >= 0, got {n_articles}")
    if spam_rate < 0 or conflict_rate < 0:
        raise ValueError("spam_rate and conflict_rate must be >= 0")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")


def make_corpus(
    n_articles: int,
    *,
    n_outlets: int = 50,
    event_size: float | tuple[int, int] = 5,
    seed: int = 0,
    spam_rate: float = 1.0,
    conflict_rate: float = 1.0,
    sentences: pd.DataFrame | Sequence[Sequence[str] | str] | None = None,
) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """Generate a news corpus with known spam, conflicts, copies, events and outlets.

    Real sentences (see :func:`sentence_pools`; the built-in
    :data:`BUILTIN_SENTENCES` when the public data folder is absent) are
    assembled into articles by outlets of five classes with different
    behaviour (:data:`OUTLET_CLASSES`).  The result is the first
    ``n_articles`` of a stream fixed by the seed and the options: a smaller
    corpus is a prefix of a larger one, and the last event may be cut short.
    Articles come grouped by event, in publication order within an event.

    Parameters
    ----------
    n_articles : int
        Number of articles (0 gives empty frames).
    n_outlets : int, default 50
        Number of outlets, split over the classes by their ``share``.
    event_size : float or (int, int), default 5
        Articles per event: a mean (``1 + Poisson(event_size - 1)``) or an
        inclusive ``(low, high)`` range; never more than ``n_outlets``.
    seed : int, default 0
        Seed of the random stream; the same seed gives identical frames.
    spam_rate, conflict_rate : float, default 1.0
        Multipliers on every class's mean number of spam lines per article
        and on its probability of stating a wrong fact (0 turns them off).
    sentences : DataFrame or sequence, optional
        Source articles to draw sentences from: a frame like
        :func:`sentence_pools` returns (``pool_id``, ``sentence`` and
        optionally ``title``, ``sentence_no``), or a sequence whose items are
        lists of sentences or whole texts (split into sentences).

    Returns
    -------
    articles : pandas.DataFrame
        One row per article with the columns of
        :data:`scorer.schema.ARTICLE_COLUMNS` (``article_id`` like
        ``syn00000000``, ``published`` as ``datetime64[ns]``, ``error`` NA).
        No ground truth is in it.
    truth : dict of str to pandas.DataFrame
        ``events`` (article_id, event_id);
        ``spam`` (article_id, line_no, label, category, text: the injected
        spam lines, ``line_no`` 1-based in the raw text);
        ``lines``: every injected non-content line with ``label`` spam,
        boilerplate or metadata (every other non-empty line is content);
        ``conflicts`` (article_id, key, true_value, stated_value, kind,
        surface, line_no, internal: a wrong number or date stated in the
        text; ``internal`` when the article also states the true value);
        ``copies`` (article_id, copy_of, credited);
        ``statements``: every stated fact (kind, key, true_value,
        stated_value, surface, line_no, attributed, source_named);
        ``facts`` (event_id, kind, key, value: each event's fact sheet;
        numbers as plain integers, dates ISO);
        ``labels``: per article, outlet class, ``reliable`` (wire or
        newspaper), is_copy, late_repost and the counts injected;
        ``outlets``: per outlet, its class, ``reliable`` and the rates used.

    Examples
    --------
    >>> articles, truth = make_corpus(30, n_outlets=10, sentences=BUILTIN_SENTENCES)
    >>> articles.shape
    (30, 11)
    >>> articles["article_id"].iloc[0]
    'syn00000000'
    >>> sorted(truth)  # doctest: +NORMALIZE_WHITESPACE
    ['conflicts', 'copies', 'events', 'facts', 'labels', 'lines', 'outlets', 'spam',
     'statements']
    >>> truth["outlets"]["outlet_class"].value_counts().sort_index().to_dict()
    {'aggregator': 2, 'content_farm': 2, 'fabricator': 1, 'newspaper': 4, 'wire': 1}
    >>> again, _ = make_corpus(30, n_outlets=10, sentences=BUILTIN_SENTENCES)
    >>> again.equals(articles)
    True
    """
    _validate(n_articles, spam_rate, conflict_rate)
    config = _Config(seed, event_size, float(spam_rate), float(conflict_rate))
    pools = _coerce_pools(sentences)
    outlets = _outlet_table(n_outlets, seed, config.spam_rate, config.conflict_rate)
    blocks = list(_blocks(n_articles, config, pools, outlets))
    if not blocks:
        blocks = [_Block({c: [] for c in ARTICLE_COLUMNS}, _empty_tables(), 0)]
    return _frames(blocks, n_articles, outlets)


def _empty_tables() -> dict[str, dict[str, list]]:
    return {name: {f: [] for f in fields} for name, fields in _TABLE_FIELDS.items()}


def iter_corpus(
    n_articles: int,
    *,
    chunk_size: int = 10_000,
    n_outlets: int = 50,
    event_size: float | tuple[int, int] = 5,
    seed: int = 0,
    spam_rate: float = 1.0,
    conflict_rate: float = 1.0,
    sentences: pd.DataFrame | Sequence[Sequence[str] | str] | None = None,
) -> Iterator[tuple[pd.DataFrame, dict[str, pd.DataFrame]]]:
    """Generate the corpus of :func:`make_corpus` in chunks of whole events.

    Memory stays bounded by one chunk, so 1M articles can be written to disk
    piece by piece.  Concatenating the chunks gives exactly
    ``make_corpus(n_articles, ...)`` with the same options.

    Parameters
    ----------
    n_articles : int
        Total number of articles.
    chunk_size : int, default 10_000
        Upper bound on the rows of a chunk; a chunk holds whole events only
        (so usually a few rows fewer), except when one event alone is larger.
    n_outlets, event_size, seed, spam_rate, conflict_rate, sentences
        As in :func:`make_corpus`.

    Yields
    ------
    articles : pandas.DataFrame
        The chunk's articles.
    truth : dict of str to pandas.DataFrame
        The truth tables restricted to the chunk (``outlets`` is the full
        outlet table in every chunk; ``facts`` holds the chunk's events).

    Examples
    --------
    >>> chunks = list(iter_corpus(50, chunk_size=20, n_outlets=8, sentences=BUILTIN_SENTENCES))
    >>> [len(a) for a, _ in chunks][-1] > 0, sum(len(a) for a, _ in chunks)
    (True, 50)
    >>> whole, _ = make_corpus(50, n_outlets=8, sentences=BUILTIN_SENTENCES)
    >>> pd.concat([a for a, _ in chunks], ignore_index=True).equals(whole)
    True
    """
    _validate(n_articles, spam_rate, conflict_rate, chunk_size)
    config = _Config(seed, event_size, float(spam_rate), float(conflict_rate))
    pools = _coerce_pools(sentences)
    outlets = _outlet_table(n_outlets, seed, config.spam_rate, config.conflict_rate)
    pending: list[_Block] = []
    start = 0  # first row not yet yielded
    for block in _blocks(n_articles, config, pools, outlets):
        pending.append(_trim_block(block, start) if not pending else block)
        available = sum(b.n_articles for b in pending)
        while available >= chunk_size or (start + available >= n_articles and available > 0):
            stop = min(_cut(pending, start, chunk_size), n_articles)
            yield _frames(pending, stop, outlets)
            pending = [_trim_block(b, stop) for b in pending]
            pending = [b for b in pending if b.n_articles]
            start = stop
            available = sum(b.n_articles for b in pending)
            if start >= n_articles:
                return


def _cut(blocks: list[_Block], start: int, chunk_size: int) -> int:
    """The last event boundary at or before start + chunk_size (or the first one after)."""
    events = [e for b in blocks for e in b.tables["events"][EVENT_ID]]
    limit = min(chunk_size, len(events))
    boundary = 0
    for i in range(1, len(events) + 1):
        if i == len(events) or events[i] != events[i - 1]:
            if i <= limit or boundary == 0:
                boundary = i
            if i >= limit:
                break
    return start + boundary


def _trim_block(block: _Block, stop: int) -> _Block:
    """Drop the rows before ``stop`` from a block (rows are numbered globally)."""
    rows = block.tables["events"]["_row"]
    if not rows or rows[0] >= stop:
        return block
    drop = sum(1 for r in rows if r < stop)
    articles = {c: v[drop:] for c, v in block.articles.items()}
    tables = {}
    for name, table in block.tables.items():
        keep = [i for i, r in enumerate(table["_row"]) if r >= stop]
        tables[name] = {f: [values[i] for i in keep] for f, values in table.items()}
    return _Block(articles, tables, block.n_articles - drop)
