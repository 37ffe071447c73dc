"""Claims and named entities: the checkable facts an article states.

A reliable article commits to facts a reader can check -- numbers, dates,
the people, organisations and places involved -- and states them the same
way every time.  This module turns sentences into two tidy tables:

* :func:`extract_entities` finds names with rules (capitalised spans, titles
  such as "General" or "Deputy Minister of Defense", a small embedded
  gazetteer of countries, capitals and organisations) and resolves one
  ``entity_id`` per real referent *within and across* articles, aware of
  transliteration ("Yevkurov" / "Evkourov", "Tiani" / "Tchiani").
* :func:`extract_claims` lists numbers, dates (resolved against the
  article's own date) and entity mentions with a ``key`` saying what each
  value is about, so that the consistency and agreement families can compare
  them.

Everything is rule-based and runs without models or downloads.  Regular
expressions are run once over all sentences joined together, so the cost is
linear in the amount of text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import hashlib
import itertools
import re
import unicodedata
from array import array
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import regex
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from scorer.schema import (
    ARTICLE_ID,
    CLAIM_COLUMNS,
    ENTITY_COLUMNS,
    ERROR,
    PUBLISHED,
    TEXT,
)

__all__ = [
    "CLAIM_EXTRA_COLUMNS",
    "entity_spellings",
    "extract_claims",
    "extract_entities",
    "name_key",
]

#: Columns :func:`extract_claims` adds after :data:`scorer.schema.CLAIM_COLUMNS`:
#: ``start``/``end`` (character offsets of ``surface`` in ``sentence``) and
#: ``precision`` (``day``, ``month``, ``year``, ``decade`` for dates; NA otherwise).
CLAIM_EXTRA_COLUMNS = ["start", "end", "precision"]


def _words(text: str) -> list[str]:
    return text.split()


# --- gazetteer ------------------------------------------------------------
#
# A small list of places and organisations that news about world affairs
# names again and again.  It is not meant to be complete: unknown names are
# still found by their shape; the gazetteer fixes the kind, merges aliases
# ("EU" = "European Union") and lets sentence-initial or title-case words be
# recognised.  Format: "Canonical Name|alias|alias".
_PLACES = """
Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain
Bangladesh|Belarus|Belgium|Benin|Bolivia|Bosnia|Botswana|Brazil|Bulgaria|Burundi|Cambodia
Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus|Denmark|Djibouti|Ecuador
Egypt|Eritrea|Estonia|Ethiopia|Finland|Gabon|Gambia|Georgia|Ghana|Greece|Guatemala|Guinea
Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan
Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Latvia|Lebanon|Liberia|Libya|Lithuania|Luxembourg
Madagascar|Malawi|Malaysia|Mali|Mauritania|Mexico|Moldova|Mongolia|Morocco|Mozambique|Myanmar
Namibia|Nepal|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru
Poland|Portugal|Qatar|Romania|Russia|Rwanda|Senegal|Serbia|Singapore|Slovakia|Slovenia
Somalia|Spain|Sudan|Sweden|Switzerland|Syria|Taiwan|Tanzania|Thailand|Togo|Tunisia|Turkey
Uganda|Ukraine|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|France|Germany
Netherlands|Philippines|Burkina Faso=Burkina|Central African Republic=CAR
Ivory Coast=Côte d'Ivoire=Cote d'Ivoire|Saudi Arabia|South Africa|South Korea|North Korea
South Sudan|Sierra Leone|New Zealand|United Kingdom=UK=U.K.=Britain=Great Britain
United States=US=U.S.=USA=U.S.A.=America=United States of America|Russian Federation
Sahel=Sahel region|Sahara=Sahara Desert|West Africa|East Africa|North Africa
Africa|Europe|Asia|Middle East|Latin America|Gulf
Niamey|Bamako|Ouagadougou|Moscow|Paris|Washington|Brussels|London|Berlin|Beijing|Kyiv=Kiev
Abuja|Dakar|Lagos|Nouakchott|N'Djamena|Tripoli|Cairo|Algiers|Rabat|Tunis|Nairobi|Addis Ababa
Tokyo|New Delhi=Delhi|Ankara|Istanbul|Tehran|Baghdad|Damascus|Beirut|Jerusalem|Gaza|Kabul
Rome|Madrid|Lisbon|Vienna|Warsaw|Geneva|Ottawa|Toronto|Sydney|Mexico City|Havana|Caracas
St. Petersburg=Saint Petersburg=Petersburg|Agadez|Timbuktu|Gao|Kidal|Tillaberi|Diffa
New York City=NYC|New York|Los Angeles|Chicago|Houston|Philadelphia|Boston|Miami|Atlanta
San Francisco|Seattle|Denver|Dallas|Detroit|Baltimore|Cleveland|Orlando|Phoenix|Las Vegas
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida
Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts
Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey
New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin
Wyoming|Washington, D.C.=D.C.=Washington D.C.
Hong Kong|Macau=Macao|Puerto Rico|Greenland|Crimea|Kashmir|Tibet|Xinjiang|Scotland|Wales
England|Northern Ireland|United Arab Emirates=UAE|Sri Lanka|Costa Rica|El Salvador
Dominican Republic|Czech Republic=Czechia|Papua New Guinea|Equatorial Guinea|West Bank
Dubai|Abu Dhabi|Riyadh|Doha|Tel Aviv|Seoul|Shanghai|Mumbai=Bombay|Bangkok|Jakarta|Manila
Islamabad|Karachi|Hanoi|Kuala Lumpur|Buenos Aires|Bogota=Bogotá|Brasilia|Rio de Janeiro
Sao Paulo=São Paulo|Montreal|Vancouver|Melbourne|Stockholm|Oslo|Copenhagen|Helsinki|Dublin
Edinburgh|Amsterdam|Prague|Budapest|Bucharest|Minsk|Tbilisi|Yerevan|Baku|Kharkiv
Odesa=Odessa|Donetsk|Luhansk|San Diego|San Antonio|San Jose|New Orleans|St. Louis
Salt Lake City|Kansas City|Fort Worth|El Paso|Silicon Valley|Capitol Hill|Long Island
"""
_ORGANISATIONS = """
European Union=EU=E.U.|Alliance of Sahel States=AES|G5 Sahel=G5 Sahel group=G5
Wagner Group=Wagner|Reuters|Le Monde|Politics Today|Flightradar24
EUCAP Sahel Niger=Eucap Sahel=EUCAP Sahel=EUCAP=EU Capacity Building Mission
=EU Civilian Capacity-Building Mission
EU Military Partnership Mission=EUMPM=European Union Military Partnership Mission
Associated Press=AP|Anadolu Agency=Anadolu|Agence France-Presse=AFP
Facebook|Twitter|Google|Apple|Microsoft|Amazon|YouTube|Instagram|Netflix|Tesla|Uber
North Atlantic Treaty Organization=NATO|United Nations=UN=U.N.
Economic Community of West African States=ECOWAS|African Union=AU
International Monetary Fund=IMF|World Bank|World Health Organization=WHO
Federal Bureau of Investigation=FBI|Central Intelligence Agency=CIA
National Security Agency=NSA|Pentagon|White House|Kremlin|Elysee=Élysée
Congress|Senate|Supreme Court|Democratic Party=Democrats|Republican Party=Republicans=GOP
CNN|Fox News|BBC|NBC|ABC|CBS|MSNBC|NPR|ABC News|CBS News|NBC News
New York Times=The New York Times|Washington Post=The Washington Post
Wall Street Journal=The Wall Street Journal|Bloomberg|Politico|Breitbart|Infowars|BuzzFeed
HuffPost=Huffington Post|Islamic State=ISIS=ISIL|Al-Qaeda=Al Qaeda=al-Qaeda|Boko Haram
Taliban|Hamas|Hezbollah|Interpol|Europol
"""
_GAZETTEER: dict[str, tuple[str, str]] = {}
for _kind, _block in (("place", _PLACES), ("organisation", _ORGANISATIONS)):
    # "|" separates names; "=" separates the aliases of one name.
    # A line starting with "=" continues the previous name's aliases.
    for _entry in _block.replace("\n=", "=").replace("\n", "|").split("|"):
        _aliases = [a.strip() for a in _entry.split("=") if a.strip()]
        for _alias in _aliases:
            _GAZETTEER.setdefault(_alias.casefold(), (_aliases[0], _kind))

# Words that make a capitalised span an organisation or a place.
_ORG_HEADS = frozenset(
    _words(
        """ministry ministries agency group mission missions union council party company corp
        corporation inc ltd llc university college school bank court department committee
        organization organisation association alliance forces army navy police government
        office commission institute foundation federation news times post journal press
        airlines airways network club league assembly parliament bureau service services
        board authority authorities convention campaign coalition church images team
        administration"""
    )
)
_PLACE_HEADS = frozenset(
    _words(
        """republic kingdom province county city region desert river sea ocean island islands
        mountains valley street avenue square state district airport base coast bay beach
        gulf peninsula canyon harbor harbour boulevard highway plaza stadium arena
        amphitheatre amphitheater museum cathedral"""
    )
)
# A compass point opening a span makes it a region ("North Macedonia",
# "South Dakota", "West Bank"), not a person's given name.
_COMPASS = frozenset(_words("north south east west"))
# Named events and products are not people: "Presidential Debates", "Labor
# Day", "Zamazenta Edition".
_EVENT_HEADS = frozenset(
    _words(
        """debate debates election elections summit games olympics cup championship day week
        war wars attack attacks festival awards show bowl series tour act bill law plan
        edition editions version collection bundle"""
    )
)
# Titles and roles that precede a name; they make the span a person and are
# kept as the mention's role.
_TITLES = frozenset(
    _words(
        """general colonel-general lieutenant-general major-general brigadier-general colonel
        captain lieutenant major admiral marshal sergeant commander brigadier gen. col. capt.
        lt. maj. adm. sgt. cmdr. president vice-president deputy vice minister prime secretary
        ambassador amb. envoy senator sen. representative rep. governor gov. mayor king queen
        prince princess pope sheikh emir chancellor commissioner director chairman chairwoman
        chief judge mr. mrs. ms. dr. prof. mr mrs ms dr professor sir lady lord rev. reverend
        pres. spokesman spokeswoman acting former first leader head officer detective
        sheriff deputy-sheriff agent trooper coach pastor rabbi bishop cardinal imam
        ceo cfo coo cto founder co-founder chair chairperson"""
    )
)
# Words that can follow a title inside a role ("Minister of State for
# National Defense"); only stripped while a title has been seen.
_ROLE_DOMAIN = frozenset(
    _words(
        """of for the and state national defense defence foreign affairs interior finance
        justice health economy education trade security armed forces army staff home
        external internal public works energy"""
    )
)
_DEMONYMS = frozenset(
    _words(
        """russian french american european african nigerien nigerian malian burkinabe
        sahelian western eastern northern southern british english german chinese italian
        spanish ukrainian turkish iranian israeli palestinian arab islamic muslim christian
        jewish syrian iraqi afghan indian pakistani japanese korean canadian mexican
        brazilian algerian moroccan egyptian libyan chadian senegalese mauritanian
        ivorian ghanaian belgian dutch polish swiss greek briton britons australian
        irish scottish welsh austrian swedish norwegian danish finnish portuguese argentine
        venezuelan cuban colombian saudi qatari emirati lebanese jordanian yemeni somali
        kenyan ethiopian sudanese nigerien"""
    )
)
# Words that may stand before a title ("US Ambassador", "EU envoy").
_TITLE_PREFIXES = _DEMONYMS | frozenset(_words("us u.s. un u.n. eu"))
# Capitalised words that are not names on their own: sentence openers,
# weekdays, months and the like.
_NOT_NAMES = frozenset(
    _words(
        """the a an in on at of for to from by with as after before despite following during
        concurrently additionally meanwhile recently however this that these those it its he
        she they we i you his her their our my but and or so yet if when while although
        though since until because then there here also still thus hence instead moreover
        furthermore indeed finally first second third last next today yesterday tomorrow now
        some many most several all no one two three four five each every both such what who
        why how where which according amid amidst among just like only even read more photo
        sources source monday tuesday wednesday thursday friday saturday sunday january
        february march april may june july august september october november december jan
        feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun share view
        related posts comment comments leave subscribe advertisement sponsor click watch
        breaking update updated editor note translation article image images video getty
        mr mrs ms dr junta military government minister president regime official officials
        authorities delegation meanwhile background implications russian french western
        perhaps maybe later soon again otherwise nevertheless nonetheless likewise besides
        overall anyway regardless unless whether whatever whoever wherever whenever once another
        thanks thank hello hi hey dear congratulations welcome"""
    )
)
_PARTICLES = "of|de|du|des|da|di|del|della|la|le|al|el|bin|ibn|van|von|der|den|the|for|y"
_NAME_PARTICLES = frozenset(
    _words("de du des da di del della la le al el bin ibn van von der den y")
)

# A capitalised word (with hyphens/apostrophes inside), an acronym "U.S.",
# or a title abbreviation "Gen.".
_CAP_WORD = (
    r"(?:\p{Lu}\.){2,}"
    r"|\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?"
)
# Not after "@" or "#": a handle or a hashtag ("@DLoesch", "#NeverTrump") is
# an account or a tag, not a spelling of anyone's name.
_SPAN_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’@#-])(?:{_CAP_WORD})"
    rf"(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+)*(?:{_CAP_WORD}))*"
)
_POSSESSIVE_RE = regex.compile(r"(?:['’]s|['’])$")
_ACRONYM_RE = regex.compile(r"^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&-]{1,6}$")
_ABBREVIATIONS = frozenset(
    _words("gen. col. capt. lt. maj. adm. sgt. cmdr. sen. rep. gov. mr. mrs. ms. dr. prof. ")
    + _words("rev. pres. amb. st. jr. sr. inc. corp. co. ltd. mt. ft.")
)

# Role given in apposition right after a name: "Tiani, head of the regime".
_APPOSITIVE_RE = regex.compile(
    r",?\s+(?:also\s+|now\s+|who\s+is\s+)?(?:the\s+|a\s+)?(?:newly[- ]appointed\s+|new\s+|"
    r"former\s+|current\s+|acting\s+)?(?P<role>(?:head|leader|chief|director|president|"
    r"chairman|chair|founder|commander|minister|spokesman|spokeswoman|spokesperson|ceo|"
    r"secretary|ambassador|governor|mayor)\b(?:\s+of\s+(?:the\s+)?[\p{L}\p{N}'’ -]{2,60}?)?)"
    r"(?=\s*[,.;:)]|\s+(?:who|which|and|has|had|was|is|in|on|since)\b|$)"
)


@contextlib.contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector for one stage, restoring its state after.

    The stages build hundreds of thousands of small tuples and strings that
    hold no reference cycles; collector passes over them (and over every
    live object of a large corpus) cost about 15% of the run and free
    nothing.  Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@functools.lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Casefold and strip diacritics ("Goïta" -> "goita")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_TRANSLIT_RULES = (
    ("tch", "ch"),
    ("tsh", "ch"),
    ("sch", "sh"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("ou", "u"),
    ("w", "v"),
    ("y", "i"),
)
_NON_LETTERS_RE = regex.compile(r"[^a-z]+")
_DOUBLE_RE = regex.compile(r"(.)\1+")
_VOWELS = frozenset("aeiou")


@functools.lru_cache(maxsize=1 << 16)
def _translit(text: str) -> str:
    """Fold common transliteration variants of one name together.

    Lower-case, strip diacritics and non-letters, map French/English
    transliterations of Slavic and African names to one spelling (ou -> u,
    tch/tsh -> ch, dj/zh -> j, kh -> h, ph -> f, w -> v, y -> i), collapse
    doubled letters and drop an initial "i" before a vowel ("Yevkurov" and
    "Evkourov" both become "evkurov").
    """
    text = _NON_LETTERS_RE.sub("", _fold(text))
    for old, new in _TRANSLIT_RULES:
        text = text.replace(old, new)
    text = _DOUBLE_RE.sub(r"\1", text)
    if len(text) > 2 and text[0] == "i" and text[1] in _VOWELS:
        text = text[1:]
    return text


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Return a phonetic key of one name word, equal for transliteration variants.

    The key is :func:`_translit` of the name with leading vowels dropped and
    then every vowel after the first letter dropped: a consonant skeleton.

    Parameters
    ----------
    name : str
        One word of a name (a given name or a surname; hyphens are ignored).

    Returns
    -------
    str
        The key; empty for a name without letters.

    Examples
    --------
    >>> name_key("Yevkurov"), name_key("Evkourov")
    ('vkrv', 'vkrv')
    >>> name_key("Abdourahamane") == name_key("Abdourahmane")
    True
    """
    text = _translit(name).lstrip("aeiou")
    if not text:
        return ""
    return text[0] + "".join(c for c in text[1:] if c not in _VOWELS)


_SLUG_RE = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)
def _slug(text: str) -> str:
    return _SLUG_RE.sub("-", _fold(text)).strip("-") or "x"


# --- mentions ---------------------------------------------------------------


def _sentence_frame(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Sentences of scoreable articles, in article order then sentence order."""
    if sentences.empty:
        return sentences.iloc[0:0]
    ok = articles[ERROR].isna() if ERROR in articles.columns else pd.Series(True, articles.index)
    rank = pd.Series(np.arange(len(articles)), index=articles[ARTICLE_ID].to_numpy())
    rank = rank[ok.to_numpy()]
    if rank.index.is_unique:
        # One lookup gives both the kept rows and their article's rank, and
        # the frame is taken once: Arrow string columns are slow to copy.
        position = rank.index.get_indexer(sentences[ARTICLE_ID])
        kept = np.flatnonzero(position >= 0)
        order = np.lexsort(
            (sentences["sentence_no"].to_numpy()[kept], rank.to_numpy()[position[kept]])
        )
        return sentences.iloc[kept[order]].reset_index(drop=True)
    keep = _isin(sentences[ARTICLE_ID], rank.index)
    frame = sentences.loc[keep]
    order = np.lexsort(
        (frame["sentence_no"].to_numpy(), rank.reindex(frame[ARTICLE_ID]).to_numpy())
    )
    return frame.iloc[order].reset_index(drop=True)


def _split_tokens(span: str, offset: int) -> list[list[tuple[str, int, int]]]:
    """Tokens of one capitalised span, cut after possessives ("Niger's Foreign Ministry")."""
    if _SPLIT_SLOW_RE.search(span) is None:
        # Most spans: words separated by single spaces, no possessive to cut.
        tokens = []
        for token in span.split(" "):
            end = offset + len(token)
            if (
                token.endswith(".")
                and token.casefold() not in _ABBREVIATIONS
                and not _ACRONYM_RE.match(token)
            ):
                tokens.append((token[:-1], offset, end - 1))
            else:
                tokens.append((token, offset, end))
            offset = end + 1
        return [tokens]
    parts: list[list[tuple[str, int, int]]] = [[]]
    for match in _PLAIN_TOKEN_RE.finditer(span):
        token = match.group()
        start, end = offset + match.start(), offset + match.end()
        if token.endswith(_POSSESSIVE_ENDINGS) and len(token) > 2 and not token.endswith(".'"):
            token = token[:-2] if token.endswith(("'s", "’s")) else token[:-1]
            parts[-1].append((token, start, start + len(token)))
            parts.append([])
            continue
        if (
            token.endswith(".")
            and token.casefold() not in _ABBREVIATIONS
            and not _ACRONYM_RE.match(token)
        ):
            token = token[:-1]
            end -= 1
        parts[-1].append((token, start, end))
    return [p for p in parts if p]


_PLAIN_TOKEN_RE = re.compile(r"\S+")
# Spans needing the careful tokeniser: possessives, dots, tabs or runs of spaces.
_SPLIT_SLOW_RE = re.compile(r"['’\t]|  ")
_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def _strip_particles(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    while tokens and tokens[0][0].casefold() in _PARTICLE_SET:
        tokens = tokens[1:]
    while tokens and tokens[-1][0].casefold() in _PARTICLE_SET:
        tokens = tokens[:-1]
    return tokens


_PARTICLE_SET = frozenset(_PARTICLES.split("|"))


def _strip_title(
    tokens: list[tuple[str, int, int]],
) -> tuple[list[tuple[str, int, int]], str]:
    """Remove a leading title ("US Ambassador", "Defense Minister Gen."); return rest and title.

    The leading run of nationality, title and role-domain words is removed
    only when it contains a title word, so "European Union" and "Ministry of
    Defense" stay whole.
    """
    run = 0
    has_title = False
    while run < len(tokens):
        word = tokens[run][0].casefold()
        if word in _TITLES:
            has_title = True
        elif word not in _TITLE_PREFIXES and word not in _ROLE_DOMAIN:
            break
        run += 1
    if _gazetteer_lookup(" ".join(t[0] for t in tokens)) is not None:
        return tokens, ""
    if not has_title:
        # "Australian Nick Kyrgios", "Briton Murray": the nationality is no part of the name.
        lead = 0
        while lead < len(tokens) - 1 and tokens[lead][0].casefold() in _DEMONYMS:
            lead += 1
        return tokens[lead:], ""
    title = [t[0].casefold() for t in tokens[:run] if t[0].casefold() not in _TITLE_PREFIXES]
    while title and title[-1] in _PARTICLE_SET:
        title.pop()
    while title and title[0] in _PARTICLE_SET:
        title.pop(0)
    return _strip_particles(tokens[run:]), " ".join(title)


def _gazetteer_lookup(surface: str) -> tuple[str, str] | None:
    key = surface.casefold()
    if key.startswith("the "):
        key = key[4:]
    return _GAZETTEER.get(key)


def _is_name_word(token: str) -> bool:
    low = token.casefold()
    if low in _NAME_PARTICLES:
        return True
    return (
        token[:1].isupper()
        and low not in _NOT_NAMES
        and not any(ch.isdigit() for ch in token)
        and not _ACRONYM_RE.match(token)
        and _CONTRACTION_RE.search(token) is None
    )


# "We'll", "I'd", "Don't": a capitalised contraction opens a sentence, it names no one.
_CONTRACTION_RE = re.compile(r"['’](?:ll|re|ve|d|m|t|s)$|n['’]t$", re.IGNORECASE)


def _classify(
    tokens: list[tuple[str, int, int]], role: str
) -> tuple[str | None, str | None, float]:
    """Kind, gazetteer canonical name and confidence of one span (kind None = not an entity)."""
    surface = " ".join(t[0] for t in tokens)
    found = _gazetteer_lookup(surface)
    if found is not None:
        return found[1], found[0], 0.95
    words = [t[0].casefold() for t in tokens]
    if role and len(tokens) <= 4 and all(_is_name_word(t[0]) for t in tokens):
        return "person", None, 0.9
    if any(w in _ORG_HEADS for w in words):
        return "organisation", None, 0.8
    if (
        words[-1] in _PLACE_HEADS
        or words[0] in ("st.", "saint", "mount", "lake")
        or (words[0] in _COMPASS and len(words) >= 2)
    ):
        return "place", None, 0.75
    if any(w in _TITLES or w in _DEMONYMS for w in words) or words[-1] in _EVENT_HEADS:
        return None, None, 0.0
    if len(tokens) == 1:
        token = tokens[0][0]
        if _ACRONYM_RE.match(token) and len(token) >= 3:
            return "organisation", None, 0.6
        if _is_name_word(token):
            return "single", None, 0.5
        return None, None, 0.0
    if 2 <= len(tokens) <= 4 and all(_is_name_word(t[0]) for t in tokens):
        # A place inside the span ("Make America Great Again") is no name;
        # a place as last word may be a surname ("Denzel Washington").
        inner_place = any(_gazetteer_lookup(t[0]) is not None for t in tokens[:-1])
        if tokens[0][0].casefold() not in _NAME_PARTICLES and not inner_place:
            return "person", None, 0.7
    return None, None, 0.0


def _raw_mentions(frame: pd.DataFrame) -> pd.DataFrame:
    """Every name-like span of every sentence, classified but not yet resolved.

    Columns: row (index into ``frame``), start, end (offsets in the
    sentence), surface, kind (person/organisation/place/single/role),
    canonical (gazetteer name or None), role, confidence.

    Three passes, each reading what the previous one learnt from the whole
    corpus (the words written capitalised mid-sentence; the names the prose
    vouches for); :mod:`scorer.scale` runs them partition by partition with
    those two sets merged in between.
    """
    spans = _mention_spans(frame)
    records, deferred = _span_records(spans, spans.mid_sentence)
    return _headline_mentions(spans, records, deferred, _known_names(records))


@dataclass
class _Spans:
    """The capitalised spans of some sentences (the first pass of :func:`_raw_mentions`)."""

    text_list: list[str]
    raw_row: array
    raw_span: array
    raw_offset: array
    raw_initial: bytearray
    span_parts: list[tuple]
    titlecase_list: list[bool]
    mid_sentence: set[str]


def _mention_spans(frame: pd.DataFrame) -> _Spans:
    """Find every span; ``mid_sentence``: name words seen capitalised mid-sentence here."""
    text_list = frame["sentence"].fillna("").astype(str).tolist()
    # Plain lists: per-sentence string methods beat pandas' .str on short texts.
    lengths = np.fromiter(map(len, text_list), dtype=np.int64, count=len(text_list))
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1])) if len(lengths) else lengths
    n_words = np.fromiter((t.count(" ") + 1 for t in text_list), np.int64, len(text_list))
    n_upper = np.zeros(len(lengths), dtype=np.int64)
    # Leading spaces/quotes do not make the first word less sentence-initial.
    lead = lengths - np.fromiter(
        (len(t.lstrip(_LEAD_CHARS)) for t in text_list), np.int64, len(text_list)
    )
    joined = "\n".join(text_list)

    # Every span found: sentence row, distinct-span number, offset, whether
    # it opens the sentence.  Compact arrays, not tuples: a large corpus has
    # millions of spans.
    mid_sentence: set[str] = set()
    # Spans recur ("The", "He", names): number each distinct span in order of
    # first appearance and tokenise it once, with offsets relative to its start.
    span_number: dict[str, int] = {}
    number_of = span_number.setdefault
    positions: list[int] = []
    numbers: list[int] = []
    for match in _SPAN_RE.finditer(joined):
        positions.append(match.start())
        numbers.append(number_of(match.group(), len(span_number)))
    span_parts: list[tuple] = []
    span_names: list[int] = []
    for span in span_number:  # insertion order: the numbers above
        parts, n_name = _span_parts(span)
        span_parts.append(parts)
        span_names.append(n_name)
    del span_number
    # The sentence and offset of every span, by array operations.
    where = np.asarray(positions, dtype=np.int64)
    rows = np.searchsorted(starts, where, side="right") - 1 if len(where) else where
    number_array = np.asarray(numbers, dtype=np.int64)
    offsets = where - starts[rows] if len(where) else where
    np.add.at(n_upper, rows, np.asarray(span_names, dtype=np.int64)[number_array])
    # Compact arrays, not lists of ints: a large corpus has millions of spans.
    raw_row, raw_span, raw_offset = array("q"), array("q"), array("q")
    raw_row.frombytes(rows.astype(np.int64).tobytes())
    raw_span.frombytes(number_array.tobytes())
    raw_offset.frombytes(offsets.astype(np.int64).tobytes())
    raw_initial = bytearray((offsets == lead[rows]).astype(np.uint8).tobytes())
    del where, rows, number_array, offsets, positions, numbers
    # Title Case lines (headlines): most words capitalised and no long
    # lower-case word (prose has verbs: "Yevkurov arrived in Niamey").
    titlecase = (n_words >= 4) & (n_upper >= 0.6 * n_words)
    if titlecase.any():
        # Only the few capitalised lines need the (slower) lower-case word count.
        maybe = np.flatnonzero(titlecase)
        has_lower = [_LONG_LOWER_RE.search(text_list[i]) is not None for i in maybe.tolist()]
        titlecase[maybe[np.asarray(has_lower, dtype=bool)]] = False
    titlecase_list = titlecase.tolist()
    for row, number, initial in zip(raw_row, raw_span, raw_initial, strict=True):
        if titlecase_list[row]:
            continue
        for i, part in enumerate(span_parts[number]):
            if not (initial and i == 0):
                mid_sentence.update(part[1])

    return _Spans(
        text_list,
        raw_row,
        raw_span,
        raw_offset,
        raw_initial,
        span_parts,
        titlecase_list,
        mid_sentence,
    )


def _span_records(spans: _Spans, mid_sentence: set[str]) -> tuple[list[tuple], list[tuple]]:
    """Mention records of the prose, and the Title-Case headline spans left for later.

    ``mid_sentence``: the words capitalised mid-sentence anywhere in the corpus.
    """
    text_list, titlecase_list, span_parts = spans.text_list, spans.titlecase_list, spans.span_parts
    raw_row, raw_span, raw_offset, raw_initial = (
        spans.raw_row,
        spans.raw_span,
        spans.raw_offset,
        spans.raw_initial,
    )
    records: list[tuple] = []
    deferred: list[tuple[int, tuple, int]] = []
    # What a span's first part gives when it opens a sentence, per distinct span.
    opening: dict[int, tuple[bool, tuple | None]] = {}
    for row, number, offset, initial in zip(
        raw_row, raw_span, raw_offset, raw_initial, strict=True
    ):
        parts = span_parts[number]
        if titlecase_list[row]:
            deferred.extend((row, part[0], offset) for part in parts)
            continue
        sentence = text_list[row]
        for i, part in enumerate(parts):
            template = part[4]
            if initial and i == 0:
                action = opening.get(number)
                if action is None:
                    action = opening[number] = _opening_action(part, mid_sentence)
                bare, template = action
                if bare:
                    start, end, token = template
                    records.append(
                        (row, start + offset, end + offset, token, *_INITIAL_RECORD_TAIL)
                    )
                    continue
            if template is not None:
                _emit_record(records, row, template, offset, sentence)

    return records, deferred


def _known_names(records: list[tuple]) -> set[str]:
    """Names the prose vouches for (casefolded): they are names in headlines too."""
    return {r[3].casefold() for r in records if r[4] != "initial"}


def _headline_mentions(
    spans: _Spans, records: list[tuple], deferred: list[tuple], known: set[str]
) -> pd.DataFrame:
    """The raw mentions table: the prose's records and the headlines' known names.

    ``known``: the names the prose of the whole corpus vouches for.
    """
    text_list = spans.text_list
    records = list(records)  # the caller's list stays as it was
    for row, tokens, offset in deferred:
        i = 0
        while i < len(tokens):
            for j in range(min(len(tokens), i + 5), i, -1):
                sub = tokens[i:j]
                surface = " ".join(t[0] for t in sub)
                if _gazetteer_lookup(surface) is not None or surface.casefold() in known:
                    template = _record_template(sub, tuple(t[0] for t in sub))
                    if template is not None:
                        _emit_record(records, row, template, offset, text_list[row])
                    i = j
                    break
            else:
                i += 1
    columns = ["row", "start", "end", "surface", "kind", "canonical", "role", "title"]
    return pd.DataFrame.from_records(records, columns=[*columns, "confidence"])


# Kind, canonical, role, title and confidence of a sentence-initial single word.
_INITIAL_RECORD_TAIL = ("initial", None, "", "", 0.5)
_LONG_LOWER_RE = re.compile(r"\b[a-z]{5,}")


@functools.lru_cache(maxsize=1 << 15)
def _span_parts(span: str) -> tuple[tuple, int]:
    """Parts of one span as (tokens, folded words, words, joined words), and its name-word count.

    Token offsets are relative to the span start.  Cached: a call of
    :func:`_mention_spans` tokenises each distinct span once, and the cache
    carries that across calls on parts of one corpus (the partitions of a Dask
    worker, the chunks of the streamed path), where the same spans recur.
    Callers only read the parts.
    """
    parts = []
    n_name = 0
    for tokens in _split_tokens(span, 0):
        words = tuple(t[0] for t in tokens)
        folded = [w.casefold() for w in words]
        n_name += len(folded) - len([f for f in folded if f in _PARTICLE_SET])
        parts.append((tokens, folded, words, " ".join(words), _record_template(tokens, words)))
    return tuple(parts), n_name


def _opening_action(part: tuple, mid_sentence: set[str]) -> tuple[bool, tuple | None]:
    """What the first part of a span gives when it opens a sentence.

    ``(True, (start, end, word))``: a lone unknown capitalised word, kept as
    an ``initial`` mention (maybe a surname: "Mattis said"); ``(False,
    template)``: the part's record, with an opening function word or adverb
    dropped ("However Yevkurov …"); ``(False, None)``: nothing.
    """
    tokens, folded, words, whole, template = part
    first = folded[0]
    if _gazetteer_lookup(whole) is not None or first in _TITLES:
        return False, template
    unknown = first not in mid_sentence and _gazetteer_lookup(words[0]) is None
    if len(tokens) == 1 and unknown and first not in _NOT_NAMES:
        if _is_name_word(words[0]) and not first.endswith(("ly", "ing")):
            token, start, end = tokens[0]
            return True, (start, end, token)
        return False, None
    if first in _NOT_NAMES or (unknown and first.endswith(("ly", "ing"))):
        rest = _strip_particles(tokens[1:])
        return False, (_record_template(rest, tuple(t[0] for t in rest)) if rest else None)
    return False, template


def _record_template(
    tokens: list, words: tuple
) -> tuple[int, int, str, str | None, str, float] | None:
    """(start, end, kind, canonical, title, confidence) of a span part, offsets in the span."""
    analysed = _analyse_words(words)
    if analysed is None:
        return None
    kind, lo, hi, title, canonical, confidence = analysed
    if kind not in _TITLED_KINDS:
        title = ""
    return tokens[lo][1], tokens[hi - 1][2], kind, canonical, title, confidence


def _emit_record(records: list, row: int, template: tuple, offset: int, sentence: str) -> None:
    """Append one mention record; a person's role may follow in apposition."""
    start, end, kind, canonical, title, confidence = template
    start += offset
    end += offset
    role = title
    if kind in _TITLED_KINDS:
        appositive = _APPOSITIVE_RE.match(sentence, end)
        if appositive is not None:
            role = _normalise_role(appositive.group("role"))
    records.append((row, start, end, sentence[start:end], kind, canonical, role, title, confidence))


_TITLED_KINDS = frozenset(["person", "single", "role"])
_LEAD_CHARS = " \t\"'“‘«("


_DROP_ALONE = _DEMONYMS | _NOT_NAMES


@functools.lru_cache(maxsize=1 << 16)
def _analyse_words(
    words: tuple[str, ...],
) -> tuple[str, int, int, str, str | None, float] | None:
    """Kind, name-word range [lo, hi), title, gazetteer name and confidence of a span's words.

    Depends on the words only, so it is cached: names recur across a corpus.
    """
    tokens = _strip_particles([(w, i, i + 1) for i, w in enumerate(words)])
    if not tokens:
        return None
    rest, title = _strip_title(tokens)
    if len(rest) >= 3:
        inner_rest, inner_title = _inner_title(rest)
        if inner_title:
            rest, title = inner_rest, inner_title
    if not rest:
        if title and any(w not in _ROLE_DOMAIN for w in title.split()):
            # A role without a name ("the Russian Vice Minister of Defense"):
            # resolved later to the person holding that title in the article.
            return "role", tokens[0][1], tokens[-1][2], title, None, 0.5
        return None
    if len(rest) == 1 and rest[0][0].casefold() in _DROP_ALONE:
        return None
    kind, canonical, confidence = _classify(rest, title)
    if kind is None:
        return None
    if kind == "person" and len(rest) >= 3:
        # A place of two or three words closes the span ("Enter South
        # Dakota", "Visit New York"): the words before it are no given names.
        for size in (3, 2):
            found = _gazetteer_lookup(" ".join(t[0] for t in rest[-size:]))
            if len(rest) > size and found is not None and found[1] == "place":
                return "place", rest[-size][1], rest[-1][2], "", found[0], 0.9
    return kind, rest[0][1], rest[-1][2], title, canonical, confidence


def _inner_title(tokens: list[tuple[str, int, int]]) -> tuple[list[tuple[str, int, int]], str]:
    """A title inside a span with a name after it: the name and the title.

    "WeWork CEO Adam Neumann", "Ousted Fed Chair Jerome Powell": what comes
    before the title (the company, an adjective) is no part of the name.
    Only a full name is taken (two or three words).
    Tokens without such a title come back whole, with no title.
    """
    for i in range(len(tokens) - 2, 0, -1):
        if tokens[i][0].casefold() not in _TITLES:
            continue
        start = i
        while start > 0 and tokens[start - 1][0].casefold() in _TITLE_RUN_WORDS:
            start -= 1
        if start == 0:
            break  # the span opens with its title: _strip_title's case
        rest, title = _strip_title(tokens[start:])
        # A full name after it: "Bank of America Chief Executive" names no one.
        if title and 2 <= len(rest) <= 3:
            return rest, title
        break
    return tokens, ""


_TITLE_RUN_WORDS = _TITLES | _TITLE_PREFIXES | _ROLE_DOMAIN


_ROLE_NOISE_RE = regex.compile(r"\b(?:the|a|an)\b|['’]s\b")


def _normalise_role(role: str) -> str:
    return " ".join(_ROLE_NOISE_RE.sub(" ", _fold(role)).split())


# --- resolution -------------------------------------------------------------


_LEADING_THE_RE = regex.compile(r"(?i)^the\s+")


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _split_name(name: str) -> tuple[str, str]:
    words = name.split()
    return " ".join(words[:-1]), words[-1]


def _given_compatible(a: str, b: str) -> bool:
    if not a or not b:
        return True
    first_a, first_b = a.split()[0], b.split()[0]
    if len(first_a.rstrip(".")) == 1 or len(first_b.rstrip(".")) == 1:
        return _fold(first_a)[0] == _fold(first_b)[0]
    if name_key(first_a) == name_key(first_b):
        return True
    return fuzz.ratio(_translit(first_a), _translit(first_b)) >= 70


_KEY_TRANSLIT_RATIO = 75


@functools.lru_cache(maxsize=1 << 16)
def _surname_similar(a: str, b: str, threshold: float = 80) -> bool:
    key = name_key(a)
    # Equal keys must also look alike, as spelled and as transliterated: a
    # consonant skeleton alone joins "Patton" and "Putin", "Marco" and
    # "America", "Cohen" and "Cheney", "Tell" and "Tull".
    if (
        len(key) >= 2
        and key == name_key(b)
        and fuzz.ratio(_fold(a), _fold(b)) >= 70
        and fuzz.ratio(_translit(a), _translit(b)) >= _KEY_TRANSLIT_RATIO
    ):
        return True
    return max(fuzz.ratio(_fold(a), _fold(b)), fuzz.ratio(_translit(a), _translit(b))) >= threshold


def _cluster_full_names(names: list[str]) -> list[int]:
    """Cluster distinct multi-word person names; returns a cluster root per name.

    Names are blocked by the first and by the last letter of the surname's
    phonetic key, and compared (with rapidfuzz's vectorised ``cdist``) only
    inside a block, so the cost grows with block sizes, not with the square
    of the corpus.
    """
    union = _UnionFind(len(names))
    split = [_split_name(n) for n in names]
    sur_translit = [_translit(s) for _, s in split]
    keys = [name_key(s) for _, s in split]
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        if key:
            blocks[("first", key[0])].append(i)
            blocks[("last", key[-1])].append(i)
    for members in blocks.values():
        if len(members) < 2:
            continue
        strings = [sur_translit[i] for i in members]
        scores = cdist(strings, strings, scorer=fuzz.ratio, score_cutoff=60, workers=1)
        rows, cols = np.nonzero(scores)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            if r >= c:
                continue
            i, j = members[r], members[c]
            if union.find(i) == union.find(j):
                continue
            if _surname_similar(split[i][1], split[j][1]) and _given_compatible(
                split[i][0], split[j][0]
            ):
                union.union(i, j)
    return [union.find(i) for i in range(len(names))]


def _word_links(
    words: list[tuple[str, str]], article_pairs: dict[str, list[tuple[str, str]]]
) -> dict[tuple[str, str], tuple[list[str], list[str]]]:
    """Entities a single name word may stand for in its article: (similar, strict) per word.

    ``similar``: the article's people whose surname is :func:`_surname_similar`
    to the word (threshold 88); ``strict`` (for a sentence-initial word of three
    letters or more): same phonetic key and spelling ratio >= 75.  Each
    article's words and surnames are scored as one matrix (rapidfuzz ``cdist``).
    """
    by_article: dict[str, list[str]] = defaultdict(list)
    for article, word in words:
        by_article[article].append(word)
    out: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for article, own in by_article.items():
        pairs = article_pairs.get(article, ())
        if not pairs:
            out.update({(article, word): ([], []) for word in own})
            continue
        surnames = [s for s, _ in pairs]
        spelled = cdist(
            [_fold(w) for w in own],
            [_fold(s) for s in surnames],
            scorer=fuzz.ratio,
            dtype=np.float64,
            workers=1,
        )
        translit = cdist(
            [_translit(w) for w in own],
            [_translit(s) for s in surnames],
            scorer=fuzz.ratio,
            dtype=np.float64,
            workers=1,
        )
        word_keys = np.asarray([name_key(w) for w in own], dtype=object)
        key_equal = word_keys[:, None] == np.asarray([name_key(s) for s in surnames], dtype=object)
        key_long = np.asarray([len(k) >= 2 for k in word_keys])[:, None]
        word_long = np.asarray([len(w) >= 3 for w in own])[:, None]
        # _surname_similar(word, surname, 88), and the strict test for initials.
        similar = (key_equal & key_long & (spelled >= 70) & (translit >= _KEY_TRANSLIT_RATIO)) | (
            np.maximum(spelled, translit) >= 88
        )
        strict = key_equal & word_long & (spelled >= 75)
        found: list[tuple[set[str], set[str]]] = [(set(), set()) for _ in own]
        for which, hits in enumerate((similar, strict)):
            rows, cols = np.nonzero(hits)
            for w, j in zip(rows.tolist(), cols.tolist(), strict=True):
                found[w][which].add(pairs[j][1])
        for word, (similar_, strict_) in zip(own, found, strict=True):
            out[(article, word)] = (sorted(similar_), sorted(strict_))
    return out


def _lowercase_words(frame: pd.DataFrame | None, wanted: set[tuple[str, str]]) -> set:
    """The (article, word) pairs of ``wanted`` whose word the article also writes in lower case.

    A sentence-initial capitalised word the article uses elsewhere as an
    ordinary word ("Stern warnings …" beside "a stern letter") is that
    word, not a respelled surname ("Stein").
    """
    if frame is None or not wanted or frame.empty:
        return set()
    texts = article_texts(frame, {a for a, _ in wanted})
    found = set()
    for article, word in sorted(wanted):
        lower = word.lower()
        if lower == word or not lower.isalpha():
            continue
        pattern = rf"(?<![\w'’@#-]){re.escape(lower)}(?![\w'’-])"
        if re.search(pattern, texts.get(article, "")):
            found.add((article, word))
    return found


def article_texts(sentences: pd.DataFrame, articles: set[str]) -> dict[str, str]:
    """The sentences of each of ``articles``, joined by newlines, in the frame's order.

    Only those articles' sentences leave Arrow: they are usually few.
    """
    own = sentences.loc[_isin(sentences[ARTICLE_ID], articles)]
    texts: dict[str, list[str]] = defaultdict(list)
    for article, sentence in zip(own[ARTICLE_ID].tolist(), own["sentence"].tolist(), strict=True):
        texts[article].append(str(sentence))
    return {article: "\n".join(lines) for article, lines in texts.items()}


def _full_names(mentions: pd.DataFrame) -> Counter:
    """How often each multi-word person name is written (summed across a corpus's parts)."""
    person = mentions["kind"].to_numpy() == "person"
    surfaces = mentions["surface"].to_numpy(dtype=object)[person]
    return Counter(s for s in surfaces.tolist() if len(s.split()) >= 2)


def _people(counts: Counter) -> tuple[dict[str, str], dict[str, set[tuple[str, str]]]]:
    """Entity id of every multi-word person name, and the people by surname key.

    ``counts``: every such name of the corpus with its number of mentions
    (the most written spelling names the entity).  Compact: one entry per
    distinct name, whatever the corpus size.
    """
    distinct = sorted(counts)
    roots = _cluster_full_names(distinct)
    root_of = dict(zip(distinct, roots, strict=True))
    members: dict[int, list[str]] = defaultdict(list)
    for name, root in root_of.items():
        members[root].append(name)
    cluster_id: dict[int, str] = {}
    used: set[str] = set()
    for root in sorted(members, key=lambda r: min(members[r])):
        names = members[root]
        canonical = min(names, key=lambda s: (-counts[s], s))
        entity = f"person:{_slug(canonical)}"
        suffix = 2
        while entity in used:
            entity = f"person:{_slug(canonical)}-{suffix}"
            suffix += 1
        used.add(entity)
        cluster_id[root] = entity
    entity_of = {name: cluster_id[root_of[name]] for name in distinct}
    surname_entities: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name, entity in entity_of.items():
        surname = name.split()[-1]
        surname_entities[name_key(surname)].add((surname, entity))
    return entity_of, surname_entities


def _resolve(
    mentions: pd.DataFrame,
    article_ids: np.ndarray,
    frame: pd.DataFrame | None = None,
    people: tuple | None = None,
) -> pd.Series:
    """Entity id of every mention (None where a single word links to nothing).

    ``people``: :func:`_people` of the whole corpus when ``mentions`` are
    only part of it (default: of ``mentions``).

    ``frame`` (the sentences the mentions index) lets a sentence-initial word
    that the article also writes in lower case stay unlinked unless it is
    spelled exactly like a surname of the article (see :func:`_lowercase_words`).
    """
    n = len(mentions)
    ids: list[str | None] = [None] * n
    kinds = mentions["kind"].tolist()
    surfaces = mentions["surface"].tolist()
    canonicals = [c if isinstance(c, str) else None for c in mentions["canonical"].tolist()]
    roles = mentions["role"].tolist()

    # Organisations and places: the gazetteer name, else the folded surface.
    org_names: dict[str, Counter] = defaultdict(Counter)
    for i in range(n):
        if kinds[i] in ("organisation", "place"):
            base = canonicals[i] or surfaces[i]
            key = f"{kinds[i]}:{_slug(_LEADING_THE_RE.sub('', base))}"
            ids[i] = key
            org_names[key][base] += 1

    # People with at least two words: clustered across the whole corpus.
    full = [i for i in range(n) if kinds[i] == "person" and len(surfaces[i].split()) >= 2]
    if people is None:
        people = _people(Counter(surfaces[i] for i in full))
    entity_of, surname_entities = people
    for i in full:
        ids[i] = entity_of[surfaces[i]]

    # Surnames by phonetic key, per article and corpus-wide, for single words.
    article_people: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for i in full:
        article_people[article_ids[i]].append((surfaces[i].split()[-1], ids[i], roles[i]))
    mention_count = Counter((article_ids[i], ids[i]) for i in full)
    # Distinct (surname, entity) pairs per article: the links below are sets.
    article_pairs = {
        article: sorted({(s, e) for s, e, _ in named}) for article, named in article_people.items()
    }
    words = [
        (article_ids[i], surfaces[i])
        for i in range(n)
        if kinds[i] == "initial" or (kinds[i] in ("single", "person") and ids[i] is None)
    ]
    links = _word_links(sorted(set(words)), article_pairs)
    # A word spelled exactly like a surname of the article is that person,
    # not a similar-looking other one ("Moskovitz" is Dustin Moskovitz, not
    # Cherna Moskowitz of the same article).
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article, pairs in article_pairs.items():
        for surname, entity in pairs:
            owners[(article, _fold(surname))].add(entity)
    # A word spelled exactly like the given name of someone the article names
    # in full, and like none of its surnames, is that person on first-name
    # terms ("Adam was a senior reporter" after "Adam Cancryn"), not a
    # similar-looking surname ("Dame", "Karni").
    given_owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i in full:
        given = surfaces[i].split()[0]
        if len(given.rstrip(".")) > 1:
            given_owners[(article_ids[i], _fold(given))].add(ids[i])

    # Sentence-initial words that only look like a surname of the article.
    loose = {
        (article_ids[i], surfaces[i])
        for i in range(n)
        if kinds[i] == "initial"
        and links[(article_ids[i], surfaces[i])][1]
        and not owners.get((article_ids[i], _fold(surfaces[i])))
    }
    common = _lowercase_words(frame, loose)
    for i in range(n):
        article, word = article_ids[i], surfaces[i]
        if kinds[i] in ("initial", "single", "person") and ids[i] is None:
            key = (article, _fold(word))
            if key in given_owners and key not in owners:
                ids[i] = min(given_owners[key], key=lambda e: (-mention_count[(article, e)], e))
                continue
        if kinds[i] == "initial":
            strict = links[(article, word)][1]
            exact = [e for e in strict if e in owners.get((article, _fold(word)), ())]
            if not exact and (article, word) in common:
                continue
            ids[i] = (exact or strict or [None])[0]
            continue
        if kinds[i] not in ("single", "person") or ids[i] is not None:
            continue
        local = links[(article, word)][0]
        if local:
            exact = [e for e in local if e in owners.get((article, _fold(word)), ())]
            ids[i] = min(exact or local, key=lambda e: (-mention_count[(article, e)], e))
            continue
        # Elsewhere in the corpus: the only person whose surname has the
        # word's key, if the surname also looks like it ("Tell" is not "Tull").
        corpus = surname_entities.get(name_key(word), set())
        if len({e for _, e in corpus}) == 1 and all(_surname_similar(word, s) for s, _ in corpus):
            ids[i] = next(iter(corpus))[1]
        elif kinds[i] == "person":
            ids[i] = f"person:{_slug(word)}"
    return pd.Series(ids, index=mentions.index, dtype=object)


# extract_claims needs the same resolved mentions extract_entities computed;
# the pipeline calls them back to back on the same frames.  A two-entry cache
# keyed by a content hash of the inputs avoids doing the work twice while
# keeping both functions pure (same content -> same result).
_MENTION_CACHE: OrderedDict[bytes, pd.DataFrame] = OrderedDict()
_MENTION_CACHE_SIZE = 2


def _fingerprint(sentences: pd.DataFrame, articles: pd.DataFrame) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    for frame, names in (
        (sentences, (ARTICLE_ID, "sentence_no", "sentence")),
        (articles, (ARTICLE_ID, ERROR)),
    ):
        for name in names:
            if name in frame.columns:
                digest.update(name.encode())
                _hash_column(digest, frame[name])
    return digest.digest()


def _hash_column(digest, column: pd.Series) -> None:
    """Feed a column's content to ``digest``: its Arrow buffers when it has them.

    The buffers with the array's type, offset and length determine its
    values, so equal digests mean equal columns (a copy with other buffers
    only costs a cache miss); hashing them is a pass over the bytes, where
    pandas' row hash is ten times slower on text.
    """
    array = column.array
    if isinstance(array, pd.arrays.ArrowStringArray):
        chunks = pa.chunked_array(pa.array(array)).chunks
        digest.update(f"{column.dtype}|{len(column)}|{len(chunks)}".encode())
        for chunk in chunks:
            digest.update(f"{chunk.type}|{chunk.offset}|{len(chunk)}".encode())
            for buffer in chunk.buffers():
                # each buffer's size first: the byte runs cannot shift between buffers
                digest.update(b"-|" if buffer is None else f"{buffer.size}|".encode())
                if buffer is not None:
                    digest.update(memoryview(buffer))
        return
    digest.update(f"{column.dtype}|{len(column)}".encode())
    digest.update(pd.util.hash_pandas_object(column, index=False).to_numpy().tobytes())


def _isin(column: pd.Series, values) -> np.ndarray:
    """``column.isin(values).to_numpy()`` for string ``values``; Arrow strings through pyarrow.

    pandas builds one Arrow scalar per value, which dominates against a
    thousand article ids.  A missing value is in no set.
    """
    array = column.array
    if isinstance(array, pd.arrays.ArrowStringArray):
        arrow = pa.array(array)
        value_set = pa.array([v for v in values if isinstance(v, str)], type=arrow.type)
        return pc.is_in(arrow, value_set=value_set).to_numpy(zero_copy_only=False)
    return column.isin(values).to_numpy()


def _mentions(
    sentences: pd.DataFrame, articles: pd.DataFrame, *, consume: bool = False
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Resolved mentions (with sentence columns) and the sentence frame they index.

    ``consume`` takes the cached result out of the cache: extract_claims is
    the last reader, and on a large corpus the table is hundreds of MB.
    """
    key = _fingerprint(sentences, articles)
    if consume and key in _MENTION_CACHE:
        return _MENTION_CACHE.pop(key), _sentence_frame(sentences, articles)
    cached = _MENTION_CACHE.get(key)
    if cached is not None:
        return cached.copy(), _sentence_frame(sentences, articles)
    frame = _sentence_frame(sentences, articles)
    result = _resolved(_raw_mentions(frame), frame)
    _MENTION_CACHE[key] = result.copy()
    while len(_MENTION_CACHE) > _MENTION_CACHE_SIZE:
        _MENTION_CACHE.popitem(last=False)
    return result, frame


def _resolved(raw: pd.DataFrame, frame: pd.DataFrame, people: tuple | None = None) -> pd.DataFrame:
    """Raw mentions with their article and ``entity_id`` (see :func:`_resolve`)."""
    if raw.empty:
        return raw.assign(entity_id=pd.Series([], dtype=object))
    article_ids = frame[ARTICLE_ID].to_numpy()[raw["row"].to_numpy()]
    raw = raw.assign(**{ARTICLE_ID: article_ids})
    entity = _resolve(raw, article_ids, frame, people)
    kind = raw["kind"].where(~raw["kind"].isin(["single", "initial"]), "person")
    return raw.assign(entity_id=entity, kind=kind)


def _empty_entities() -> pd.DataFrame:
    return pd.DataFrame(
        {
            ARTICLE_ID: pd.Series([], dtype=str),
            "entity_id": pd.Series([], dtype=str),
            "name": pd.Series([], dtype=str),
            "surface": pd.Series([], dtype=str),
            "kind": pd.Series([], dtype=str),
            "mentions": pd.Series([], dtype=np.int64),
        }
    )


def extract_entities(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Find the people, organisations and places each article names.

    Names are capitalised spans (hyphens and particles allowed: "Yunus-Bek
    Yevkurov", "Alliance of Sahel States"); leading titles and roles
    ("Deputy Minister of Defense Colonel-General", "US Ambassador") are
    removed and make the span a person; an embedded gazetteer fixes the kind
    of common places and organisations and merges aliases ("EU" = "European
    Union").  A sentence's first word counts only if the gazetteer knows it,
    it is capitalised elsewhere mid-sentence, or more name words follow;
    Title-Case headlines only yield names known from the gazetteer or prose.

    One ``entity_id`` is resolved per referent across all articles: full
    names whose surnames share a phonetic key (:func:`name_key`) or are
    within a small edit distance, and whose given names are compatible, are
    one person ("Lounous-Bek Evkourov" = "Yunus-Bek Yevkurov"); a surname
    alone links to the person of that surname in the same article, else to
    the only such person in the corpus.  Unlinked single words are dropped.

    Parameters
    ----------
    sentences : pandas.DataFrame
        Sentences with ``article_id``, ``sentence_no`` and ``sentence``.
    articles : pandas.DataFrame
        Articles (:data:`scorer.schema.ARTICLE_COLUMNS`); rows whose
        ``error`` is set produce no entities, nor do empty texts.

    Returns
    -------
    pandas.DataFrame
        :data:`scorer.schema.ENTITY_COLUMNS`, one row per (article, entity,
        surface spelling), in article order then ``entity_id`` and
        ``surface``: ``entity_id`` is ``"<kind>:<slug of the name>"``;
        ``name`` is the canonical spelling (the most frequent full spelling
        across the corpus, ties broken alphabetically); ``kind`` is
        ``person``, ``organisation`` or ``place``; ``mentions`` counts the
        mentions with that surface in that article.

    Examples
    --------
    >>> sentences = pd.DataFrame({
    ...     "article_id": ["a", "a", "b", "c"], "sentence_no": [0, 1, 0, 0],
    ...     "sentence": ["Deputy Minister Yunus-Bek Yevkurov arrived in Niamey.",
    ...                  "Yevkurov met the EU envoy.",
    ...                  "The envoy, Lounous-Bek Evkourov, left Niger.",
    ...                  "Yunus-Bek Yevkurov left Niamey."]})
    >>> articles = pd.DataFrame({"article_id": ["a", "b", "c"], "error": [pd.NA] * 3})
    >>> extract_entities(sentences, articles)[["article_id", "entity_id", "surface"]]
      article_id                    entity_id               surface
    0          a  organisation:european-union                    EU
    1          a    person:yunus-bek-yevkurov              Yevkurov
    2          a    person:yunus-bek-yevkurov    Yunus-Bek Yevkurov
    3          a                 place:niamey                Niamey
    4          b    person:yunus-bek-yevkurov  Lounous-Bek Evkourov
    5          b                  place:niger                 Niger
    6          c    person:yunus-bek-yevkurov    Yunus-Bek Yevkurov
    7          c                 place:niamey                Niamey
    """
    with _gc_paused():
        return _extract_entities(sentences, articles)


def _extract_entities(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    mentions, _ = _mentions(sentences, articles)
    grouped = _spellings(mentions)
    return _entity_table(grouped, _entity_names(_spelling_totals(grouped)), articles)


def _spellings(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions per (article, entity, surface), with the entity's kind."""
    if mentions.empty:
        return pd.DataFrame(columns=[ARTICLE_ID, "entity_id", "surface", "kind", "mentions"])
    mentions = mentions.loc[mentions["entity_id"].notna() & (mentions["kind"] != "role")]
    return (
        mentions.groupby([ARTICLE_ID, "entity_id", "surface"], sort=False)
        .agg(kind=("kind", "first"), mentions=("kind", "size"))
        .reset_index()
    )


def _spelling_totals(grouped: pd.DataFrame) -> pd.DataFrame:
    """Mentions per (entity, surface): summed across a corpus's parts, they name the entities."""
    return grouped.groupby(["entity_id", "surface"], sort=False)["mentions"].sum().reset_index()


def _entity_names(totals: pd.DataFrame) -> dict[str, str]:
    """Canonical name of every entity from its spellings over the whole corpus."""
    # Canonical name: the most frequent full (longest-word-count) spelling.
    totals = totals.assign(n_words=totals["surface"].str.count(" ") + 1)
    totals = totals.assign(
        gaz=totals["entity_id"].map(_gazetteer_name_of),
    )
    best = totals.sort_values(
        ["entity_id", "n_words", "mentions", "surface"],
        ascending=[True, False, False, True],
        kind="stable",
    ).drop_duplicates("entity_id")
    names = dict(zip(best["entity_id"], best["gaz"].fillna(best["surface"]), strict=True))
    # Full names beat longer-but-rarer ones for people: most frequent among
    # spellings with the entity's usual word count of at least two.
    people = totals.loc[totals["entity_id"].str.startswith("person:") & (totals["n_words"] >= 2)]
    people = people.sort_values(
        ["entity_id", "mentions", "surface"], ascending=[True, False, True], kind="stable"
    ).drop_duplicates("entity_id")
    names.update(dict(zip(people["entity_id"], people["surface"], strict=True)))
    return names


def _entity_table(grouped: pd.DataFrame, names: dict[str, str], articles: pd.DataFrame):
    """The entities table: ``grouped`` (:func:`_spellings`) named and in article order."""
    if grouped.empty:
        return _empty_entities()
    grouped = grouped.assign(name=grouped["entity_id"].map(names))
    rank = pd.Series(np.arange(len(articles)), index=articles[ARTICLE_ID].to_numpy())
    order = np.lexsort(
        (
            grouped["surface"].to_numpy(dtype=str),
            grouped["entity_id"].to_numpy(dtype=str),
            rank.reindex(grouped[ARTICLE_ID]).to_numpy(),
        )
    )
    out = grouped.iloc[order].reset_index(drop=True)[ENTITY_COLUMNS]
    return out.astype(
        {"entity_id": str, "name": str, "surface": str, "kind": str, "mentions": np.int64}
    )


_CANONICAL_BY_SLUG = {f"{kind}:{_slug(name)}": name for name, kind in set(_GAZETTEER.values())}


def _gazetteer_name_of(entity_id: str) -> str | None:
    return _CANONICAL_BY_SLUG.get(entity_id)


# --- dates ------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            "monday mon",
            "tuesday tue tues",
            "wednesday wed",
            "thursday thu thurs",
            "friday fri",
            "saturday sat",
            "sunday sun",
        )
    )
    for name in names.split()
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
_COUNT_WORD = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|dozen)"
)
_DATE_RE = re.compile(
    # Dates start at a word boundary: the guard spares the alternation at
    # every other position.
    rf"\b(?:(?P<mdy>(?:(?P<wd1>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b"
    rf"(?:,?\s+(?P<y1>{_YEAR})\b)?)"
    rf"|(?P<dmy>(?:(?P<wd2>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d2>{_DAY})(?:\s+of)?\s+"
    rf"(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?\b)"
    rf"|(?P<my>(?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR})\b)"
    rf"|(?P<iso>\b(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)"
    rf"|(?P<mon>(?:(?P<pre>\b(?i:in|since|by|until|till|during|from|of|early|late|mid|the|and|"
    rf"or|end\s+of|beginning\s+of|start\s+of)[\s-]+))(?P<m5>{_MONTH})\b(?!\.?\s+\d))"
    rf"|(?P<wd>\b(?P<wpre>(?i:on|last|this|since|by|until|next))\s+(?P<wd6>{_WEEKDAY})\b(?!,?\s+(?:the\s+)?(?:{_MONTH}|\d)))"
    rf"|(?P<ago>\b(?P<an>an?|one|{_COUNT_WORD}|\d+)\s+(?P<au>day|week|month|year)s?\s+ago\b)"
    rf"|(?P<last>\blast\s+(?P<lu>week|month|year)\b)"
    rf"|(?P<rel>\b(?P<rw>yesterday|today|tomorrow)\b)"
    rf"|(?P<dec>\b(?:the\s+)?(?P<dy>1[89]\d0|20\d0)s\b)"
    rf"|(?P<year>(?<![\d,.$€£/-])(?P<yy>{_YEAR})(?![\d,%]|\.\d|-\w|\s+(?:people|troops|"
    r"soldiers|men|women|children|jobs|votes|cases|deaths|euros|dollars)\b)))",
)
# Every date contains one of these words; the date expression only runs
# around them.  _ANCHOR_REACH is how far a date extends around its anchor
# ("at the end of November", "four months ago").
_DATE_ANCHOR_RE = re.compile(
    r"\d\d\d\d|\b(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat"
    r"|Sun|ago\b|last\b|yesterday|today|tomorrow)"
)
_ANCHOR_REACH = 40
_FULL_DATE_RE = re.compile(
    rf"\b(?:(?:(?:{_WEEKDAY}),?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})"
    rf"|(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
    r")"
)
# A dateline: a line that is essentially one full date ("December 5, 2023 |
# by b1og.net", "6 Dec 2023", "Published: Jun 26, 2025").
_DATELINE_RE = regex.compile(
    rf"(?im)^[ \t]*(?:(?:published|updated|posted|date)(?:\s+on)?:?\s*)?(?P<date>"
    rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR}"
    rf"|{_YEAR}-[01]\d-[0-3]\d)[ \t]*(?:(?:[|·•—–-]|\bby\b|at\s+\d).*)?$"
)


_NON_DIGIT_RE = re.compile(r"\D")
_WORD_SPLIT_RE = re.compile(r"[ -]")


def _month_number(text: str) -> int:
    return _MONTHS[text.rstrip(".").casefold()]


def _day_number(text: str) -> int:
    return int(_NON_DIGIT_RE.sub("", text))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_full_date(match: regex.Match) -> dt.date | None:
    if match.group("y1"):
        return _safe_date(
            int(match.group("y1")), _month_number(match.group("m1")), _day_number(match.group("d1"))
        )
    if match.group("y2"):
        return _safe_date(
            int(match.group("y2")), _month_number(match.group("m2")), _day_number(match.group("d2"))
        )
    return _safe_date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))


def _datelines(text: str) -> list[dt.date]:
    """Dates of the lines of a raw text that are only a date (datelines)."""
    return list(_cached_datelines(text))


@functools.lru_cache(maxsize=1 << 14)
def _cached_datelines(text: str) -> tuple[dt.date, ...]:
    # Claims and consistency both read every article's datelines; every
    # dateline holds a year, so texts without one are skipped at once.
    if next(_years(text), None) is None:
        return ()
    out = []
    for match in _DATELINE_RE.finditer(text):
        inner = _FULL_DATE_RE.search(match.group("date"))
        date = _parse_full_date(inner) if inner else None
        if date is not None:
            out.append(date)
    return tuple(out)


def _reference_dates(articles: pd.DataFrame) -> dict[str, tuple[dt.date | None, str]]:
    """The date each article's relative dates are read against, and where it came from.

    ``published`` if known -- unless the text carries a dateline more than
    30 days earlier, which means an old story re-posted on a later page:
    then the latest such dateline is the story's own date.  Without
    ``published``: the latest dateline, else the latest full date (with a
    year) in the text, else None (dates then keep no year).
    """
    out: dict[str, tuple[dt.date | None, str]] = {}
    published = (
        articles[PUBLISHED] if PUBLISHED in articles.columns else pd.Series(pd.NaT, articles.index)
    )
    n = len(articles)
    texts = articles[TEXT].fillna("").astype(str).tolist() if TEXT in articles.columns else [""] * n
    stamps = published.tolist()
    for article_id, text, stamp in zip(articles[ARTICLE_ID].tolist(), texts, stamps, strict=True):
        lines = _datelines(text)
        page = None if pd.isna(stamp) else pd.Timestamp(stamp).date()
        if page is not None:
            older = [d for d in lines if (page - d).days > 30]
            if older:
                out[article_id] = (max(older), "dateline")
            else:
                out[article_id] = (page, "published")
        elif lines:
            out[article_id] = (max(lines), "dateline")
        else:
            full = _full_dates(text)
            out[article_id] = (max(full), "text") if full else (None, "none")
    return out


# A year not preceded by a digit; the look-behind is checked in _years, which
# lets the engine scan for the first digit quickly.
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d(?!\d)")


def _years(text: str):
    """Matches of four-digit years (1800-2099) standing alone among digits."""
    for match in _YEAR_RE.finditer(text):
        start = match.start()
        if not (start and text[start - 1].isdecimal()):
            yield match


def _full_dates(text: str) -> list[dt.date]:
    """Full dates (with a year) in a text: found from their years, which are rare."""
    out = []
    for year in _years(text):
        start = year.start()
        match = _FULL_DATE_RE.search(text, max(0, start - 32), min(len(text), start + 10))
        while match is not None and match.end() <= start:
            match = _FULL_DATE_RE.search(text, match.end(), min(len(text), start + 10))
        if match is not None and match.start() <= start < match.end():
            date = _parse_full_date(match)
            if date is not None:
                out.append(date)
    return out


def _closest_year(month: int, day: int, reference: dt.date) -> int:
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        date = _safe_date(year, month, day)
        if date is None:
            continue
        distance = abs((date - reference).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else reference.year


def _weekday_year(month: int, day: int, weekday: int, reference: dt.date | None) -> int | None:
    """The year (nearest the reference, within 6 years) where the date falls on the weekday."""
    centre = reference.year if reference else None
    if centre is None:
        return None
    for delta in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        date = _safe_date(centre + delta, month, day)
        if date is not None and date.weekday() == weekday:
            return centre + delta
    return None


def _shift_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def _resolve_date(
    match: regex.Match, reference: dt.date | None
) -> tuple[str, str, float, bool] | None:
    """(value, precision, confidence, explicit_year) of one date match."""
    group = match.lastgroup
    if group in ("mdy", "dmy"):
        suffix = "1" if group == "mdy" else "2"
        month = _month_number(match.group(f"m{suffix}"))
        day = _day_number(match.group(f"d{suffix}"))
        year_text = match.group(f"y{suffix}")
        weekday = match.group(f"wd{suffix}")
        if year_text:
            date = _safe_date(int(year_text), month, day)
            return (date.isoformat(), "day", 0.95, True) if date else None
        year = None
        if weekday:
            year = _weekday_year(month, day, _WEEKDAYS[weekday.casefold()], reference)
        if year is None and reference is not None:
            year = _closest_year(month, day, reference)
        if year is None:
            # No year anywhere: ISO 8601's "--MM-DD" (month and day only).
            if _safe_date(2000, month, day) is None:
                return None
            return f"--{month:02d}-{day:02d}", "day", 0.6, False
        date = _safe_date(year, month, day)
        return (date.isoformat(), "day", 0.85, False) if date else None
    if group == "my":
        return (
            f"{int(match.group('y3')):04d}-{_month_number(match.group('m3')):02d}",
            "month",
            0.9,
            True,
        )
    if group == "iso":
        date = _safe_date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        return (date.isoformat(), "day", 0.95, True) if date else None
    if group == "mon":
        month = _month_number(match.group("m5"))
        if reference is None:
            return f"--{month:02d}", "month", 0.5, False
        year = reference.year if month <= reference.month else reference.year - 1
        return f"{year:04d}-{month:02d}", "month", 0.75, False
    if group == "wd":
        if reference is None or match.group("wpre").casefold() == "next":
            return None
        weekday = _WEEKDAYS[match.group("wd6").casefold()]
        back = (reference.weekday() - weekday) % 7
        if match.group("wpre").casefold() == "last" and back == 0:
            back = 7
        return (reference - dt.timedelta(days=back)).isoformat(), "day", 0.7, False
    if group == "ago":
        if reference is None:
            return None
        amount_text = match.group("an").casefold()
        amount = int(amount_text) if amount_text.isdigit() else _NUMBER_WORDS[amount_text]
        unit = match.group("au").casefold()
        if unit == "day":
            return (reference - dt.timedelta(days=amount)).isoformat(), "day", 0.7, False
        if unit == "week":
            return (reference - dt.timedelta(weeks=amount)).isoformat(), "day", 0.5, False
        if unit == "month":
            return _shift_months(reference, amount).strftime("%Y-%m"), "month", 0.6, False
        return f"{reference.year - amount:04d}", "year", 0.7, False
    if group == "last":
        if reference is None:
            return None
        unit = match.group("lu").casefold()
        if unit == "year":
            return f"{reference.year - 1:04d}", "year", 0.7, False
        if unit == "month":
            return _shift_months(reference, 1).strftime("%Y-%m"), "month", 0.7, False
        return None
    if group == "rel":
        if reference is None:
            return None
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[match.group("rw").casefold()]
        return (reference + dt.timedelta(days=shift)).isoformat(), "day", 0.6, False
    if group == "dec":
        return f"{match.group('dy')}s", "decade", 0.9, True
    if group == "year":
        return match.group("yy"), "year", 0.85, True
    return None


# --- keys -------------------------------------------------------------------

_KEY_STOP = frozenset(
    _words(
        """in of the a an and or to for with from by on at as than that which who whom whose
        is are was were be been being has have had will would can could may might should
        must not no per this these those its their his her it they he she we you said says
        says told after before during since until while about over under between among into
        onto upon out up down off more less most least some any all each every other another
        such only also just still even already there here then so but if because whether
        ago last next this set based made put sent given left held led taken"""
    )
)
_KEY_TOKEN_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’&.-]*|[(),;:]")
_UNIT_KEYS = frozenset(
    _words("day days week weeks month months year years hour hours minute minutes second seconds")
)
_EVENT_NOUNS = {
    "announced": "announcement",
    "announcement": "announcement",
    "announcing": "announcement",
    "met": "meeting",
    "meeting": "meeting",
    "meetings": "meeting",
    "visit": "visit",
    "visited": "visit",
    "arrived": "arrival",
    "arrival": "arrival",
    "landed": "landing",
    "landing": "landing",
    "received": "reception",
    "reception": "reception",
    "signed": "signing",
    "signing": "signing",
    "sent": "sending",
    "note": "note",
    "coup": "coup",
    "elected": "election",
    "election": "election",
    "created": "creation",
    "founded": "creation",
    "established": "creation",
    "launched": "launch",
    "launch": "launch",
    "set": "creation",
    "installed": "installation",
    "deployed": "deployment",
    "killed": "killing",
    "died": "death",
    "attack": "attack",
    "attacked": "attack",
    "said": "statement",
    "declared": "declaration",
    "denounced": "denunciation",
    "suspended": "suspension",
    "withdrew": "withdrawal",
    "withdrawal": "withdrawal",
    "left": "departure",
    "departure": "departure",
    "summit": "summit",
    "vote": "vote",
    "voted": "vote",
    "held": "holding",
    "took": "taking",
    "began": "start",
    "started": "start",
    "ended": "end",
    "detailed": "statement",
    "demanded": "demand",
    "stayed": "stay",
    "active": "activity",
    "operating": "activity",
}
_AUX = frozenset(_words("been being had has have was were is are be did does do got"))
_CURRENCY = {"$": "usd", "€": "eur", "£": "gbp"}
_SCALES = {
    "thousand": 1000,
    "k": 1000,
    "million": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "hundred": 100,
}
# Stdlib ``re`` (faster than ``regex`` here); [^\W\d_] is a letter.
_NUMBER_RE = re.compile(
    # Guard: a number starts with a currency sign, a digit or the first
    # letter of a count word; other positions are skipped at once.
    r"(?=[$€£\d]|(?<![^\W\d_])(?:[Tt](?:wo|hree|en|welve|hirt|went)|[Ff](?:our|ive|ift|ort)"
    r"|[Ss](?:ix|even)|[Ee](?:ight|leven)|[Nn]ine|[Dd]ozen))"
    r"(?:(?P<cur>[$€£])?\s?(?<![\w.,/:-])"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\w/:]|[.,]\d)(?P<strong>-strong)?"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|hundred)\b)?"
    r"(?P<pct>\s?(?:%|percent\b|per\s+cent\b))?"
    rf"|(?<!-)(?<![^\W\d_])(?P<word>{_COUNT_WORD}(?:[ -](?:one|two|three|four|five|six|seven|"
    r"eight|nine))?)(?P<wstrong>-strong)?(?:\s(?P<wscale>thousand|million|billion|hundred)\b)?"
    r"(?![^\W\d_]|-))",
    re.IGNORECASE,
)


def _format_decimal(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


def _number_value(match: regex.Match) -> tuple[str, float] | None:
    if match.group("num"):
        try:
            value = Decimal(match.group("num").replace(",", ""))
        except InvalidOperation:
            return None
        scale = match.group("scale")
        confidence = 0.95
    else:
        words = _WORD_SPLIT_RE.split(match.group("word").casefold())
        value = Decimal(sum(_NUMBER_WORDS[w] for w in words))
        scale = match.group("wscale")
        confidence = 0.8
    if scale:
        value *= _SCALES[scale.casefold()]
    return _format_decimal(value), confidence


def _noun_phrase(sentence: str, position: int, *, limit: int = 3) -> str:
    """Up to ``limit`` content words after ``position`` (a number's head noun phrase)."""
    words: list[str] = []
    depth = 0
    for match in _KEY_TOKEN_RE.finditer(sentence, position):
        token = match.group()
        if token == "(":
            depth += 1
            continue
        if token == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if token in ",;:":
            break
        low = _fold(token).rstrip(".").replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if low in _KEY_STOP or low[:1].isdigit():
            break
        if words and (low.endswith(("ed", "ing", "ly")) and len(low) > 4):
            break
        words.append(low)
        if len(words) >= limit:
            break
    return " ".join(words)


def _preceding_word(sentence: str, position: int) -> str:
    tokens = [m.group() for m in _KEY_TOKEN_RE.finditer(sentence[:position])][-3:]
    for token in reversed(tokens):
        low = _fold(token)
        if token not in ",;:()" and low not in _KEY_STOP and low not in _AUX:
            # A name is not what a number counts ("Niger, all three of which").
            return low if token[:1].islower() else ""
    return ""


def _number_key(sentence: str, match: regex.Match) -> str:
    phrase = _noun_phrase(sentence, match.end())
    prefix = ""
    if match.groupdict().get("pct"):
        prefix = "percent"
    elif match.groupdict().get("cur"):
        prefix = _CURRENCY[match.group("cur")]
    if not phrase and not prefix:
        word = _preceding_word(sentence, match.start())
        phrase = word if word.isalpha() and word.islower() else ""
    return " ".join(p for p in (prefix, phrase) if p)


_WORD_RE = regex.compile(r"[\p{L}][\p{L}'’-]*")
_LOCATION_RE = regex.compile(
    r"\s*(?:,\s*)?(?P<prep>in|at|to|from)\s+(?P<place>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})"
)


def _date_key(sentence: str, start: int, end: int, group: str) -> str:
    """A short phrase naming the event a date belongs to (best effort)."""
    if group in ("year", "dec"):
        after = _noun_phrase(sentence, end)
        if after and sentence[end : end + 1] == " " and sentence[end:].lstrip()[:1] not in ",.":
            following = sentence[end:].split()
            if following and _fold(following[0]) not in _KEY_STOP:
                return after
    before = list(_WORD_RE.finditer(sentence, max(0, start - 120), start))[-12:]
    after_words = list(_WORD_RE.finditer(sentence, end, min(len(sentence), end + 80)))[:8]
    trigger = None
    # A date used as a modifier names its event next: "the July coup".
    if (
        after_words
        and _fold(after_words[0].group()) in _EVENT_NOUNS
        and not sentence[end : after_words[0].start()].strip()
    ):
        trigger = after_words[0]
    for word in [] if trigger is not None else reversed(before):
        low = _fold(word.group())
        if low in _EVENT_NOUNS:
            trigger = word
            break
    if trigger is None:
        for word in after_words:
            low = _fold(word.group())
            if low in _EVENT_NOUNS and low not in ("set", "left"):
                trigger = word
                break
    if trigger is None:
        word = _preceding_word(sentence, start)
        return word if word.isalpha() and word.islower() else ""
    key = _EVENT_NOUNS[_fold(trigger.group())]
    location = _LOCATION_RE.match(sentence, trigger.end()) or _LOCATION_RE.match(sentence, end)
    if location is not None and location.group("prep") != "from":
        place = _POSSESSIVE_RE.sub("", _fold(location.group("place")).rstrip("."))
        key += f" {location.group('prep')} {place}"
    return key


# --- claims -----------------------------------------------------------------


def _empty_claims() -> pd.DataFrame:
    columns = {
        ARTICLE_ID: pd.Series([], dtype=str),
        "claim_no": pd.Series([], dtype=np.int64),
        "sentence_no": pd.Series([], dtype=np.int64),
        "sentence": pd.Series([], dtype=str),
        "kind": pd.Series([], dtype=str),
        "key": pd.Series([], dtype=str),
        "value": pd.Series([], dtype=str),
        "surface": pd.Series([], dtype=str),
        "attributed": pd.Series([], dtype="boolean"),
        "source_named": pd.Series([], dtype="boolean"),
        "confidence": pd.Series([], dtype=np.float64),
        "status": pd.Series([], dtype=str),
        "support": pd.Series([], dtype=np.float64),
        "conflict_with": pd.Series([], dtype=str),
        "start": pd.Series([], dtype=np.int64),
        "end": pd.Series([], dtype=np.int64),
        "precision": pd.Series([], dtype=str),
    }
    return pd.DataFrame(columns)


def extract_claims(
    sentences: pd.DataFrame, articles: pd.DataFrame, entities: pd.DataFrame
) -> pd.DataFrame:
    """List the checkable facts of every sentence: numbers, dates and named entities.

    * ``number``: digits ("1,500 troops" -> ``1500``, "1.5 million" ->
      ``1500000``, "130-strong" -> ``130``, "0%" -> ``0``) and count words
      ("two missions" -> ``2``; "one" is skipped, it is mostly a pronoun).
      Durations are numbers too: "six months" -> value ``6``, key
      ``months``.  ``key`` is the head noun phrase after the number (up to
      three words, stopping at function words and participles: "1,500
      French troops stationed" -> ``french troops``), prefixed with
      ``percent`` or the currency (``usd``) where given; else the word before.
    * ``date``: "Monday, December 4", "December 3rd", "6 Dec 2023", "in
      September", "at the end of November", "on Tuesday", "a year ago",
      years ("since 2012"), decades ("the 1960s").  Values are ISO
      (``2023-12-04``, ``2023-11``, ``2012``, ``1960s``) with ``precision``
      day/month/year/decade.  Missing years and relative dates are read
      against the article's reference date: ``published``, unless the text
      has a dateline more than 30 days older (a re-posted story: 003's page
      is dated 2025 but its dateline is 6 Dec 2023), else its latest
      dateline or full date.  A weekday fixes the year ("Monday, December 4"
      -> 2023).  Without any reference a day keeps no year (``--11-29``).
      ``key`` names the event: the nearest event word before (else after)
      the date, as a noun, plus "in <Place>" when one follows
      ("announcement", "landing in niamey"); a year used as a modifier
      takes the noun phrase after it ("the 2005 immigration law" ->
      ``immigration law``).
    * ``person``, ``organisation``, ``place``: one claim per mention of a
      resolved entity; ``value`` is its ``entity_id``, ``key`` the role
      when the text gives one (a title, or an apposition: "the newly
      appointed head of the Wagner Group" -> ``head of wagner group``),
      else the kind.  A role without a name ("the Russian Vice Minister of
      Defense") is linked to the person holding that title in the article.

    Parameters
    ----------
    sentences : pandas.DataFrame
        Sentences (``article_id``, ``sentence_no``, ``sentence``; the
        attribution columns ``attributed`` and ``source_type`` are copied
        when present).
    articles : pandas.DataFrame
        Articles; ``published`` and the raw ``text`` (for datelines) give
        the reference date.  Rows whose ``error`` is set give no claims.
    entities : pandas.DataFrame
        The output of :func:`extract_entities` on the same sentences.

    Returns
    -------
    pandas.DataFrame
        :data:`scorer.schema.CLAIM_COLUMNS` then :data:`CLAIM_EXTRA_COLUMNS`
        (``start``, ``end``, ``precision``); one row per claim in article
        order, then sentence and position.  ``attributed`` is the sentence's
        flag and ``source_named`` is true when its ``source_type`` is not
        ``none``/``anonymous`` (NA when the sentences carry no attribution);
        ``confidence`` in [0, 1] is how sure the extraction is (1 is sure);
        ``status``, ``support`` and ``conflict_with`` are left NA.

    Examples
    --------
    >>> sentences = pd.DataFrame({
    ...     "article_id": ["a"], "sentence_no": [0],
    ...     "sentence": ["About 1,500 French troops left Niger, announced on Monday, December 4."]})
    >>> articles = pd.DataFrame({"article_id": ["a"], "published": [pd.Timestamp("2023-12-06")],
    ...                          "text": [""], "error": [pd.NA]})
    >>> entities = extract_entities(sentences, articles)
    >>> extract_claims(sentences, articles, entities)[["kind", "key", "value", "precision"]]
         kind            key        value precision
    0  number  french troops         1500       NaN
    1   place          place  place:niger       NaN
    2    date   announcement   2023-12-04       day
    """
    with _gc_paused():
        return _extract_claims(sentences, articles, entities)


#: Sentences per chunk of :func:`extract_claims` (whole articles): bounds the
#: memory of its per-claim Python records on a large corpus.
_CLAIM_CHUNK_ROWS = 100_000


def _extract_claims(
    sentences: pd.DataFrame, articles: pd.DataFrame, entities: pd.DataFrame
) -> pd.DataFrame:
    mentions, frame = _mentions(sentences, articles, consume=True)
    return _claims_from(mentions, frame, articles, entities)


def _claims_from(
    mentions: pd.DataFrame, frame: pd.DataFrame, articles: pd.DataFrame, entities: pd.DataFrame
) -> pd.DataFrame:
    """The claims of the sentences ``frame`` whose resolved ``mentions`` are given."""
    if frame.empty:
        return _empty_claims()
    frame_articles = frame[ARTICLE_ID].to_numpy()
    references = _reference_dates(articles.loc[_isin(articles[ARTICLE_ID], set(frame_articles))])
    known = set(zip(entities[ARTICLE_ID].tolist(), entities["entity_id"].tolist(), strict=True))
    kind_of = dict(zip(entities["entity_id"].tolist(), entities["kind"].tolist(), strict=True))
    # Chunks of whole articles (frame is in article order), in row order.
    bounds = [0]
    while bounds[-1] < len(frame):
        cut = min(bounds[-1] + _CLAIM_CHUNK_ROWS, len(frame))
        while cut < len(frame) and frame_articles[cut] == frame_articles[cut - 1]:
            cut += 1
        bounds.append(cut)
    mention_rows = mentions["row"].to_numpy() if not mentions.empty else np.zeros(0, np.int64)
    parts = []
    for lo, hi in itertools.pairwise(bounds):
        chunk = frame.iloc[lo:hi].reset_index(drop=True)
        inside = (mention_rows >= lo) & (mention_rows < hi)
        chunk_mentions = mentions.loc[inside].assign(row=mention_rows[inside] - lo)
        parts.append(_chunk_claims(chunk, chunk_mentions, references, known, kind_of))
    parts = [p for p in parts if len(p)]
    if not parts:
        return _empty_claims()
    out = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    out["claim_no"] = out.groupby(ARTICLE_ID, sort=False).cumcount().astype(np.int64)
    return out


def _chunk_claims(
    frame: pd.DataFrame,
    mentions: pd.DataFrame,
    references: dict,
    known: set[tuple[str, str]],
    kind_of: dict[str, str],
) -> pd.DataFrame:
    """The claims of some whole articles' sentences (``claim_no`` not yet numbered)."""
    texts = frame["sentence"].fillna("").astype(str).tolist()
    frame_articles = frame[ARTICLE_ID].tolist()
    # Dates and numbers are rare: find where they may be in all sentences at
    # once, then run the full expressions only there.
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    joined = "\n".join(texts)
    anchors = _anchor_rows(joined, starts)
    numbers = _number_rows(joined, starts)

    records: list[tuple] = []
    for row in sorted(anchors.keys() | numbers.keys()):
        sentence = texts[row]
        reference = references.get(frame_articles[row], (None, "none"))[0]
        taken: list[tuple[int, int]] = []
        for match in _date_matches(sentence, anchors.get(row, ())):
            resolved = _resolve_date(match, reference)
            if resolved is None:
                continue
            value, precision, confidence, _ = resolved
            surface = match.group().strip()
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            end = start + len(surface)
            key = _date_key(sentence, start, end, match.lastgroup)
            records.append((row, start, end, "date", key, value, surface, confidence, precision))
            taken.append((start, end))
        for position in numbers.get(row, ()):
            match = _NUMBER_RE.match(sentence, position)
            if match is None:
                continue
            surface = match.group().strip()
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            end = start + len(surface)
            if any(s < end and start < e for s, e in taken):
                continue
            number = _number_value(match)
            if number is None:
                continue
            key = _number_key(sentence, match)
            records.append((row, start, end, "number", key, number[0], surface, number[1], None))

    if not mentions.empty:
        records.extend(_entity_records(mentions, known, kind_of))

    if not records:
        return _empty_claims()
    # Sorted as plain tuples (a stable sort, like the lexsort it replaces)
    # and built column by column: a record table of Arrow strings, reordered
    # and converted again, cost more than finding the claims.
    records.sort(key=lambda r: (r[0], r[1], _KIND_RANK.get(r[3], 2)))
    columns = ["row", "start", "end", "kind", "key", "value", "surface", "confidence", "precision"]
    table = pd.DataFrame(dict(zip(columns, map(list, zip(*records, strict=True)), strict=True)))
    rows = table["row"].to_numpy()
    # Only the columns the claims copy, taken at the claims' rows.
    source = frame[[c for c in frame.columns if c in _SOURCE_COLUMNS]].iloc[rows]
    source = source.reset_index(drop=True)
    attributed, source_named = _attribution(source)
    out = pd.DataFrame(
        {
            ARTICLE_ID: _as_inferred(source[ARTICLE_ID]),
            "claim_no": np.zeros(len(table), dtype=np.int64),
            "sentence_no": source["sentence_no"].to_numpy(dtype=np.int64),
            "sentence": _as_inferred(source["sentence"].astype(str)),
            "kind": table["kind"].astype(str),
            "key": table["key"].fillna("").astype(str),
            "value": table["value"].astype(str),
            "surface": table["surface"].astype(str),
            "attributed": attributed,
            "source_named": source_named,
            "confidence": table["confidence"].astype(np.float64),
            "status": pd.Series(np.nan, index=table.index, dtype=str),
            "support": np.full(len(table), np.nan),
            "conflict_with": pd.Series(np.nan, index=table.index, dtype=str),
            "start": table["start"].astype(np.int64),
            "end": table["end"].astype(np.int64),
            "precision": table["precision"].astype(str).where(table["precision"].notna()),
        }
    )
    return out[CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS]


def _as_inferred(column: pd.Series) -> pd.Series | np.ndarray:
    """``column.to_numpy()``, or the column itself when a frame would infer its dtype back.

    A column already of pandas' default string dtype (with some value) comes
    back unchanged from the round trip through Python objects, which is slow.
    """
    if column.dtype == _STR_DTYPE and column.notna().any():
        return column
    return column.to_numpy()


# The dtype pandas infers for Python strings.
_STR_DTYPE = pd.Series(["x"]).dtype
# Claims of one position: dates first, then numbers, then entities.
_KIND_RANK = {"date": 0, "number": 1}
# The sentence columns a claim copies (see _chunk_claims and _attribution).
_SOURCE_COLUMNS = frozenset([ARTICLE_ID, "sentence_no", "sentence", "attributed", "source_type"])


def _rows_of(pattern: re.Pattern, joined: str, starts: np.ndarray) -> dict[int, list[int]]:
    """Start positions (within each sentence) of a pattern's matches in the joined sentences."""
    return _rows_at([m.start() for m in pattern.finditer(joined)], starts)


def _rows_at(positions: list[int], starts: np.ndarray) -> dict[int, list[int]]:
    """Sentence row -> start positions within it, for positions in the joined sentences."""
    if not positions:
        return {}
    found = np.asarray(positions, dtype=np.int64)
    rows = np.searchsorted(starts, found, side="right") - 1
    out: dict[int, list[int]] = defaultdict(list)
    for row, local in zip(rows.tolist(), (found - starts[rows]).tolist(), strict=True):
        out[row].append(local)
    return out


def _number_rows(joined: str, starts: np.ndarray) -> dict[int, list[int]]:
    """:func:`_rows_of` for :data:`_NUMBER_RE`, trying the full pattern only at candidates.

    A match starts at a currency sign, a digit or a count word; those are
    found with a character class and plain substring searches (much faster
    than the pattern's look-around guard at every position), then the
    non-overlapping left-to-right matches ``finditer`` would give are
    rebuilt from them.
    """
    if _CASE_SPECIAL_RE.search(joined) is not None:
        # Letters that match ASCII letters only under Unicode case folding.
        return _rows_of(_NUMBER_RE, joined, starts)
    lowered = joined.lower()
    if len(lowered) != len(joined):
        return _rows_of(_NUMBER_RE, joined, starts)
    candidates = []
    for match in _NUMBER_START_RE.finditer(joined):
        position = match.start()
        candidates.append(position)
        if joined[position] in _CURRENCY and match.end() > position + 1:
            # The digits right after a sign start a number of their own too.
            candidates.append(position + 1)
    for stem in _COUNT_STEMS:
        find = lowered.find
        position = find(stem)
        while position >= 0:
            candidates.append(position)
            position = find(stem, position + 1)
    candidates.sort()
    positions = []
    last_end = 0
    match_at = _NUMBER_RE.match
    for position in candidates:
        if position < last_end:
            continue
        match = match_at(joined, position)
        if match is not None:
            positions.append(position)
            last_end = match.end()
    return _rows_at(positions, starts)


# Where a number can start: a currency sign, or the first digit of a run (a
# digit after a digit fails _NUMBER_RE's look-behind, so it is not tried).
# One character class then a run (not "[$€£]|\d+"): the regex engine then
# skips ahead with a fast character-set scan, four times faster; a sign's
# run is split back into the sign and its digits above.
_NUMBER_START_RE = re.compile(r"[$€£\d]\d*")
# First letters of the count words _NUMBER_RE's guard accepts (case-insensitive).
_COUNT_STEMS = ("two", "three", "ten", "twelve", "thirt", "twent", "four", "five")
_COUNT_STEMS += ("fift", "fort", "six", "seven", "eight", "eleven", "nine", "dozen")
_CASE_SPECIAL_RE = re.compile("[\u0130\u0131\u017f\u212a]")


def _anchor_rows(joined: str, starts: np.ndarray) -> dict[int, list[int]]:
    """:func:`_rows_of` for :data:`_DATE_ANCHOR_RE`, in two faster passes.

    Four digits and anchor words never overlap, so scanning for each apart
    finds the same positions; the word anchors are found by literal searches
    (see below), and their word boundary is checked here.
    A word anchor is kept only when its whole word can be part of a date
    ("Monday", "Sept", "ago"), not "Money" or "Marco": every word a date
    expression matches at a word start is one of those, so no date is lost.
    """
    positions = [m.start() for m in _DIGITS4_RE.finditer(joined)]
    # Capitalised anchors by pattern; the lower-case ones ("ago", "today" …)
    # by plain substring search: as pattern branches, their common first
    # letters made the engine try the whole alternation at most positions.
    # A word anchor inside another one is never at a word start, so the
    # separate searches keep the positions the single pattern kept.
    starts_found = [m.start() for m in _ANCHOR_CAP_RE.finditer(joined)]
    find = joined.find
    for word, bounded in _ANCHOR_LOWER:
        position = find(word)
        while position >= 0:
            after = position + len(word)
            if not bounded or after == len(joined) or not _is_word_char(joined[after]):
                starts_found.append(position)
            position = find(word, position + 1)
    starts_found.sort()
    word_at = _LETTERS_RE.match
    for position in starts_found:
        before = joined[position - 1] if position else " "
        if not _is_word_char(before) and word_at(joined, position).group() in _ANCHOR_WORDS:
            positions.append(position)
    if not positions:
        return {}
    found = np.sort(np.asarray(positions, dtype=np.int64))
    rows = np.searchsorted(starts, found, side="right") - 1
    out: dict[int, list[int]] = defaultdict(list)
    for row, local in zip(rows.tolist(), (found - starts[rows]).tolist(), strict=True):
        out[row].append(local)
    return out


_DIGITS4_RE = re.compile(r"\d\d\d\d")
_LETTERS_RE = re.compile(r"[A-Za-z]+")
# The words of _DATE_RE that a word anchor can start: month names and
# abbreviations, full weekday names, "ago", "last" and the relative days.
_ANCHOR_WORDS = frozenset(
    _words(
        """January February March April May June July August September October November
        December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday
        Thursday Friday Saturday Sunday ago last yesterday today tomorrow"""
    )
)
# The word anchors of _DATE_ANCHOR_RE in two parts: its capitalised
# branches, and its lower-case words with whether the word must end at a
# boundary (the pattern's "ago" and "last" end with a word boundary).
_ANCHOR_CAP_RE = re.compile(
    r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
)
_ANCHOR_LOWER = (("ago", True), ("last", True), ("yesterday", False), ("today", False))
_ANCHOR_LOWER += (("tomorrow", False),)


def _is_word_char(char: str) -> bool:
    """Whether ``re``'s ``\\w`` matches one character (``\\b`` is between \\w and \\W)."""
    return char.isalnum() or char == "_"


def _date_matches(sentence: str, anchors) -> list[re.Match]:
    """Date matches around anchor words (a month, weekday, year, "ago" …)."""
    out: list[re.Match] = []
    last_end = 0
    for anchor in anchors:
        if anchor < last_end:
            continue
        window_start = max(last_end, anchor - _ANCHOR_REACH)
        limit = min(len(sentence), anchor + _ANCHOR_REACH)
        match = _DATE_RE.search(sentence, window_start, limit)
        while match is not None and match.end() <= anchor:
            match = _DATE_RE.search(sentence, match.end(), limit)
        if match is not None and match.start() <= anchor:
            out.append(match)
            last_end = match.end()
    return out


def _attribution(source: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    n = len(source)
    if "attributed" in source.columns:
        attributed = source["attributed"].astype("boolean").reset_index(drop=True)
    else:
        attributed = pd.Series(pd.NA, index=range(n), dtype="boolean")
    if "source_type" in source.columns:
        kinds = source["source_type"].reset_index(drop=True)
        named = kinds.notna() & ~kinds.isin(["none", "anonymous"])
        source_named = named.astype("boolean").where(kinds.notna(), pd.NA)
    else:
        source_named = pd.Series(pd.NA, index=range(n), dtype="boolean")
    return attributed, source_named


def _entity_records(
    mentions: pd.DataFrame, known: set[tuple[str, str]], kind_of: dict[str, str]
) -> list[tuple]:
    """Claims for entity mentions; role-only mentions link to the titled person.

    ``known`` holds the (article, entity) pairs of the entities table and
    ``kind_of`` each entity's kind.
    """
    columns = [ARTICLE_ID, "row", "start", "end", "surface", "kind", "entity_id", "role", "title"]
    values = [mentions[c].tolist() for c in columns] + [mentions["confidence"].tolist()]
    titled: dict[tuple[str, str], str] = {}
    for article_id, _, _, _, _, kind, entity, _, title, _ in zip(*values, strict=True):
        if kind == "person" and isinstance(entity, str) and title:
            titled.setdefault((article_id, title), entity)
    records = []
    for article_id, row, start, end, surface, kind, entity, role, title, confidence in zip(
        *values, strict=True
    ):
        if kind == "role":
            entity = titled.get((article_id, title))
        if not isinstance(entity, str) or (article_id, entity) not in known:
            continue
        kind = kind_of.get(entity, kind)
        key = role if role else kind
        records.append((row, start, end, kind, key, entity, surface, confidence, None))
    return records


def entity_spellings(entities: pd.DataFrame) -> pd.DataFrame:
    """Every entity with all the spellings articles use for it.

    Parameters
    ----------
    entities : pandas.DataFrame
        From :func:`extract_entities`.

    Returns
    -------
    pandas.DataFrame
        One row per ``entity_id`` (sorted by kind, then most articles first,
        then id): ``name`` (canonical), ``kind``, ``n_articles``,
        ``mentions`` (total), ``n_spellings`` and ``spellings`` (the distinct
        surfaces, most used first, joined by ``" / "``).

    Examples
    --------
    >>> entities = pd.DataFrame({"article_id": ["a", "a", "b"],
    ...     "entity_id": ["person:y"] * 3, "name": ["Yunus-Bek Yevkurov"] * 3,
    ...     "surface": ["Yunus-Bek Yevkurov", "Yevkurov", "Lounous-Bek Evkourov"],
    ...     "kind": ["person"] * 3, "mentions": [1, 2, 1]})
    >>> row = entity_spellings(entities).loc["person:y"]
    >>> int(row["n_articles"]), int(row["n_spellings"])
    (2, 3)
    >>> row["spellings"]
    'Yevkurov / Lounous-Bek Evkourov / Yunus-Bek Yevkurov'
    """
    columns = ["name", "kind", "n_articles", "mentions", "n_spellings", "spellings"]
    if entities.empty:
        return pd.DataFrame(columns=columns, index=pd.Index([], name="entity_id"))
    per_surface = (
        entities.groupby(["entity_id", "surface"], sort=True)["mentions"].sum().reset_index()
    )
    per_surface = per_surface.sort_values(
        ["entity_id", "mentions", "surface"], ascending=[True, False, True], kind="stable"
    )
    spellings = per_surface.groupby("entity_id", sort=True)["surface"].agg(" / ".join)
    grouped = entities.groupby("entity_id", sort=True)
    out = pd.DataFrame(
        {
            "name": grouped["name"].first(),
            "kind": grouped["kind"].first(),
            "n_articles": grouped[ARTICLE_ID].nunique().astype(np.int64),
            "mentions": grouped["mentions"].sum().astype(np.int64),
            "n_spellings": per_surface.groupby("entity_id", sort=True).size().astype(np.int64),
            "spellings": spellings,
        }
    )
    out = out.reset_index().sort_values(
        ["kind", "n_articles", "entity_id"], ascending=[True, False, True], kind="stable"
    )
    return out.set_index("entity_id")[columns]
