"""Spam density: how much of an article's raw text is not the article.

Pages from content farms and careless aggregators carry adverts, injected
spam (pharmacy ads in another script, casino links), junk tokens (random
hashes, URL slugs), markup residue and heavy page chrome.  An outlet that
publishes such pages is unlikely to check its facts either, so the share of
the raw text that is spam (and, counted lighter, boilerplate) is one of the
four reliability families.

:func:`segment` splits every article into its non-empty lines and labels each
one ``content``, ``metadata``, ``boilerplate`` or ``spam`` with a finer
``category`` and a ``reason`` a person can read.  It combines

* the script of the line against the article's dominant script,
* token shape and character entropy (hashes, base64, UUIDs, URL slugs),
* markup patterns (HTML comments, tags, shortcodes, template tags, entities),
* word lists of advertising, crypto, casino/pharma/adult spam, calls to action
  and navigation (in :mod:`scorer.features._lexicons`),
* the share of English function words and the length of the line (jusText:
  long lines full of function words are prose),
* families of spam with their own vocabulary, held to words foreign to the
  article: native-ad teasers, affiliate disclosures, reader prompts
  (newsletters, apps, alerts, cookie banners, donations), English vice spam;
* word families by stem rather than by phrase, held to words foreign to the
  article: reader actions (subscribe, log in, install, keep reading ...),
  sponsorship disclosures (a sponsor word about the content: "The following
  content is sponsored"), vice spam (casino, pills, crypto schemes, adult);
* sponsor labels by their form ("Commercial feature", "Branded content by
  X", "Partner insight | X") and disclosures that name the page itself and
  who pays for it, in any order ("This newsletter is supported by X.");
* lines of an English article in another Latin-script language (py3langid,
  whose model ships in its wheel: "comprar ... sin receta"), and lines mostly
  in another script with a few Latin words and no English function word;
* machine identifiers (tracking ids, query strings, licence-key shapes) and a
  letter-trigram model of English (:func:`spam_model.letter_logprob`) for
  random letters and keyboard mash,
* a model of the shapes of prose (:func:`spam_model.shape_logprob`: runs of
  character classes, ``Aaaa aa 00.``, so prose in any Latin-script language
  is alike) for markup, scripts and keys of any syntax: a line with markup
  characters or a long letters-and-digits token that no prose line is shaped
  like,
* position (lines before the first and after the last prose line: English
  prose, or in a text without any, long lines of any language or script
  that end a sentence),
* repetition inside the article and across articles of the same source.

Lines no precise rule claims (``prose`` and ``heading``) are then judged by
a learned layer (:mod:`scorer.features.spam_model`: two stacked logistic
regressions over context features, trained by ``benchmarks/train_spam.py``
on web pages as text): a line it places outside the article body becomes
``boilerplate`` (``navigation``, ``related_links`` or ``page_chrome``) with
the model's probability in its reason.  It never overrides a rule, never
touches an article without a prose line, and never drops the headline.

:func:`spam_features` turns the segments into per-article densities and
counts; :func:`spam_density` is the family score alone; :func:`clean_text`
rebuilds the text without spam and boilerplate; :func:`highlight_segments`
shows the segments as HTML.
"""

from __future__ import annotations

import functools
import html
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from scorer.features import _lexicons as lex
from scorer.features import spam_model
from scorer.schema import ARTICLE_ID, ERROR, SEGMENT_COLUMNS, SOURCE, TEXT
from scorer.text import distinct

__all__ = [
    "BOILERPLATE_CATEGORIES",
    "METADATA_CATEGORIES",
    "SPAM_CATEGORIES",
    "clean_text",
    "highlight_segments",
    "segment",
    "spam_density",
    "spam_features",
]

#: Categories of the ``spam`` label.
SPAM_CATEGORIES = (
    "ad",
    "sponsor",
    "injected_spam",
    "junk_token",
    "markup_residue",
    "call_to_action",
)
#: Categories of the ``boilerplate`` label.
BOILERPLATE_CATEGORIES = (
    "site_name",
    "navigation",
    "related_links",
    "promo_link",
    "repeated_headline",
    "repeated_line",
    "repeated_paragraph",
    "source_chrome",
    "reading_time",
    "category_tag",
    "call_to_action",
    "drop_cap_artifact",
    "page_chrome",
    "about_outlet",
    "copyright",
)
#: Categories of the ``metadata`` label.
METADATA_CATEGORIES = ("byline", "dateline", "caption", "credit", "provenance_note")
#: Categories of the ``content`` label.
CONTENT_CATEGORIES = ("prose", "heading")

# --------------------------------------------------------------------------
# Character classes.  Non-ASCII characters are spelled as literal characters
# (not \u escapes) so that pandas can hand the patterns to pyarrow's RE2
# kernels; \b, \w and \s are avoided for the same reason (pandas would fall
# back to Python's re, ten times slower on long texts).

_LATIN = "A-Za-z" + "".join(
    f"{chr(a)}-{chr(b)}" for a, b in ((0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F), (0x1E00, 0x1EFF))
)
_FOREIGN_RANGES = (
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x052F),  # Cyrillic
    (0x0530, 0x058F),  # Armenian
    (0x0590, 0x05FF),  # Hebrew
    (0x0600, 0x06FF),  # Arabic
    (0x0700, 0x074F),  # Syriac
    (0x0750, 0x077F),
    (0x0780, 0x07FF),  # Thaana, N'Ko
    (0x0800, 0x08FF),  # Samaritan, Mandaic, Syriac supplement, Arabic extended
    (0x0900, 0x0DFF),  # Indic scripts
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x10A0, 0x10FF),  # Georgian
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1200, 0x139F),  # Ethiopic
    (0x13A0, 0x13FF),  # Cherokee
    (0x1400, 0x16FF),  # Canadian syllabics, Ogham, Runic
    (0x1700, 0x177F),  # Tagalog, Hanunoo, Buhid, Tagbanwa
    (0x1780, 0x18FF),  # Khmer, Mongolian, Canadian syllabics extended
    (0x1900, 0x197F),  # Limbu, Tai Le
    (0x1980, 0x19FF),  # New Tai Lue, Khmer symbols
    (0x1A00, 0x1AAF),  # Buginese, Tai Tham
    (0x1B00, 0x1B7F),  # Balinese
    (0x1B80, 0x1CBF),  # Sundanese, Batak, Lepcha, Ol Chiki, Cyrillic extended C, Georgian
    (0x1CD0, 0x1CFF),  # Vedic extensions
    (0x1F00, 0x1FFF),  # Greek extended (polytonic)
    (0x2C00, 0x2C5F),  # Glagolitic
    (0x2C80, 0x2CFF),  # Coptic
    (0x2D00, 0x2D2F),  # Georgian supplement
    (0x2D30, 0x2DDF),  # Tifinagh, Ethiopic extended
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x318F),  # Bopomofo, Hangul compatibility jamo
    (0x31A0, 0x31FF),  # Bopomofo extended, CJK strokes, Katakana extension
    (0xA000, 0xA4FF),  # Yi, Lisu
    (0xA500, 0xA6FF),  # Vai, Cyrillic extended B, Bamum
    (0xA800, 0xABFF),  # Syloti Nagri ... Javanese, Cham, Meetei Mayek
    (0x3400, 0x4DBF),  # CJK
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7FF),  # Hangul, Hangul jamo extended B
    (0xF900, 0xFAFF),
    (0xFB13, 0xFB4F),  # Armenian and Hebrew presentation forms
    (0xFB50, 0xFDFF),  # Arabic presentation forms
    (0xFE70, 0xFEFF),
    # outside the basic plane: historic and minority scripts (Osage, Brahmi,
    # Chakma, Bamum supplement, Miao, Tangut, kana supplement), Adlam and the
    # other scripts of 0x1E000-0x1E95F, CJK extensions (not the mathematical
    # letters of 0x1D400 or the emoji planes)
    (0x10000, 0x1BCFF),
    (0x1E000, 0x1E95F),
    (0x20000, 0x3134F),
)
#: Han ideographs and kana: scripts written without spaces between words.
_CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK_CLASS}]")
#: A run of letters of a spaced script other than Latin (Greek, Cyrillic, Hangul...).
_SCRIPT_WORD_RE = re.compile(f"[^\\W\\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff{_CJK_CLASS}]+")
#: Sentence ends of CJK text (full-width stop, marks and closing brackets).
_CJK_TERMINAL = frozenset("。！？」』）")
_FOREIGN = "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _FOREIGN_RANGES) + "]"
_SPACE = "[ \t" + chr(0xA0) + chr(0x2009) + chr(0x202F) + "]"
_DECORATIVE = "[" + re.escape(lex.DECORATIVE) + "]"


def _phrases(words: Iterable[str]) -> str:
    """Alternation over the normalised line form, where every token has its own spaces."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return " (?:" + "|".join(re.escape(w).replace(r"\ ", "  ") for w in ordered) + ") "


_MONTH = "(?:" + "|".join(sorted(lex.MONTHS, key=lambda w: (-len(w), w))) + r")\.?"
_DAY = r"[0-9]{1,2}(?:st|nd|rd|th)?"
_DATE = (
    "(?i)(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?"
    + _SPACE
    + "+)?(?:"
    + "|".join(
        [
            f"{_MONTH}{_SPACE}+{_DAY},?{_SPACE}+[0-9]{{4}}",
            f"{_DAY}{_SPACE}+(?:of{_SPACE}+)?{_MONTH},?{_SPACE}+[0-9]{{4}}",
            "[0-9]{4}-[0-9]{2}-[0-9]{2}",
            "[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4}",
            f"{_MONTH}{_SPACE}+[0-9]{{4}}",
        ]
    )
    + ")"
)
_TIME = f"(?i)[0-9]{{1,2}}[:.h][0-9]{{2}}(?:{_SPACE}*[ap]\\.?m\\.?)?(?:{_SPACE}*[A-Z]{{2,4}})?"
_DATE_FILLER = (
    "(?i)(?:published|updated|posted|last updated|modified|on|at|am|pm|gmt|utc|by"
    "|[a-z0-9.-]+[.][a-z]{2,6})"
)

# Vectorised patterns over the stripped line (RE2-compatible).
_WORD_RE = f"[{_LATIN}]+"
_LATIN_RE = f"[{_LATIN}]"
_DIGIT_RE = "[0-9]"
_CAP_WORD_RE = '(?:^|[ ("“])[A-Z]'
_MIXED_RE = "[A-Za-z][0-9]|[0-9][A-Za-z]"
_TERMINAL_RE = "[.!?:;\"”’'…)]$"
_TERMINAL_CHARS = frozenset(".!?:;\"”’'…)")
_TERMINAL_ASCII = np.array(sorted(ord(c) for c in _TERMINAL_CHARS if ord(c) < 128), np.uint8)
#: the last bytes of the three-byte terminal characters (” ’ …: E2 80 xx)
_TERMINAL_WIDE = np.array(sorted(c.encode()[2] for c in _TERMINAL_CHARS if ord(c) >= 128), np.uint8)
#: A sentence ending inside a line: a word, a full stop (or ! ?), perhaps a
#: closing quote or bracket, a space and the next word.
_SENTENCE_END_RE = r"\w[.!?][\"”’)]* +\w"
_URL_RE = (
    "(?i)(?:https?://|www[.]|[a-z0-9-]+[.](?:com|net|org|io|co|info|biz|xyz|ru|cn|top|app)"
    "(?:/|$| ))"
)
_EMAIL_RE = "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+[.][A-Za-z]{2,}"
_PRICE_RE = (
    "(?i)(?:[0-9]+(?:[.,][0-9]+)?"
    + _SPACE
    + "*%|[$€£¥][0-9]|[0-9]+"
    + _SPACE
    + "*(?:usd|eur|usdt))"
)
_BRAND_BRACKET_RE = "\\[[A-Z][A-Za-z0-9 .&-]{1,24}\\]"
# A URL slug or a file name made of joined words ("img_final_v2_1234.jpg").
_SLUG_RE = (
    "^/?[a-z0-9]+(?:[-_/][a-z0-9]+){3,}"
    "(?:/|[.](?:jpe?g|png|gif|webp|svg|mp4|pdf|html?|php|aspx?))?$"
)
_BARE_URL_RE = "(?i)^(?:https?://|www[.])[^ ]+$"
# A line of CSS class names printed as text: CSS-module names
# ("Teaser_root__zNVNP"), framework hashes ("svelte-tnwlavy", "css-k008qs"),
# Material UI classes, utility classes ("items-center", "md:px-4") and the
# short hashes between them ("NsQN").  A class soup needs one mark of machine
# origin (a "__", a ":" variant, a framework hash or a utility prefix) and two
# classes, or one that is a CSS-module name or a framework hash.
_UTILITY = (
    "(?:items|justify|content|self|place|gap|space|divide|p[xytblrse]?|-?m[xytblrse]?|w|h"
    "|d|offset|align|float|fw|fs|lh|g[xy]?|btn|position|visually|link|list"
    "|min-w|min-h|max-w|max-h|size|text|bg|border|rounded|shadow|font|leading|tracking|z"
    "|flex|grid|col|row|basis|grow|shrink|order|overflow|object|inset|top|left|right"
    "|bottom|opacity|ring|outline|decoration|line-clamp|aspect|translate|scale|rotate"
    "|duration|ease|transition|cursor|select|fill|stroke)"
)
_FRAMEWORK_HASH = (
    "(?:(?:svelte|sc|css|jsx|emotion|tw)-[A-Za-z0-9]{5,}"
    # Stitches ("c-Jqhpp", "c-Jqhpp-TYDDQv-variant-muted"): a hash with a capital
    "|c-[a-z0-9]*[A-Z][A-Za-z0-9]{3,}(?:-[A-Za-z0-9]+)*)"
)
_CLASS_TOKEN = (
    "(?:[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9]+__[A-Za-z0-9_-]{4,}"
    # BEM ("article-card__title--large") and script hooks ("js-track-click")
    + "|[a-z][a-z0-9-]*__[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9-]+)?"
    + "|[a-z][a-z0-9]*(?:-[a-z0-9]+)*--[a-z0-9-]+"
    + "|js-[a-z0-9-]+|"
    + _FRAMEWORK_HASH
    + "|Mui[A-Z][A-Za-z]+-[a-z][A-Za-z0-9]*|(?:(?:[a-z]{1,6}|\\[[^] ]{1,30}\\]):)*"
    + _UTILITY
    + "-(?:[a-z0-9./%#-]+|[a-z0-9./%#-]*\\[[^] ]{1,60}\\])|(?:[a-z]{2,6}:)+[a-z][a-z0-9-]*"
    + "|[A-Za-z0-9]{0,8}[a-z][A-Z][A-Za-z0-9]{0,8}"
    + "|flex|grid|block|hidden|inline|inline-block|relative|absolute|fixed|sticky|container"
    + "|row|col|clearfix|sr-only"
    # Tachyons ("f5 lh-copy measure mt0 mb4 near-black sans-serif")
    + "|[mp][tblrhva]?[0-7]|f[1-7]|measure(?:-wide|-narrow)?|sans-serif"
    + "|(?:near|dark|mid|light|moon)-(?:black|gray|grey|white)"
    + "|truncate|italic|underline|uppercase|lowercase|capitalize|antialiased)"
)
_CLASS_SOUP_RE = "^[ ]*" + _CLASS_TOKEN + "(?:[ ]+" + _CLASS_TOKEN + ")*[ ]*$"
_CLASS_MARK_RE = (
    "__|[a-z]:[a-z]|"
    + _FRAMEWORK_HASH
    + "|Mui[A-Z]|(?:^|[ ])(?:js|"
    + _UTILITY.removeprefix("(?:")
    + "-"
)
_CLASS_TWO_RE = "[^ ][ ]+[^ ]|__|^[ ]*" + _FRAMEWORK_HASH + "|^[ ]*Mui[A-Z]"
_MEDIA_URL_RE = (
    "(?i)https?://[^ ]+[.](?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|mp4|mov|webm|mp3)"
    "(?:[?#][^ ]*)?"
)
# A file name or asset path alone on a line, left by the camera or the CMS
# ("DSC_0412.JPG", "/wp-content/uploads/2019/05/img_1234.jpg", a script or
# style sheet with its build hash); with a digit, "_" or "/" somewhere, so
# "Node.js" stays a word.
_ASSET_RE = (
    "(?i)(?:(?:https?|gs|s3|ftp)://[^ ]+/|/?(?:[a-z0-9_.,~%+=:-]+/)*)?[a-z0-9_.-]*[a-z0-9_-]"
    "[.](?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|js|mjs|css|map|mp4|mov|webm|mp3|woff2?|ttf)"
    "(?:[?#][^ ]*)?"
)
# A shortened tracking link alone on a line ("https://trib.al/0a4qjzH"): a
# short host and one random code, with a digit or mixed case in it.
_SHORT_LINK_RE = (
    "(?i)https?://(?:www[.]|[a-z0-9-]{1,20}[.])?[a-z0-9-]{1,10}[.][a-z]{2,4}/[a-z0-9_-]{5,12}"
)
# A tracking redirect: a bare link whose query carries a long random value
# ("https://u123.ct.sendgrid.net/ls/click?upn=X-m6Ozi...").
_TRACKING_URL_RE = (
    "(?i)https?://[^ ?]+[?](?:[^ ]*&)?[a-z_]{1,12}=[A-Za-z0-9_%.-]{0,400}"
    "(?:[a-z][A-Z0-9]|[A-Z][a-z0-9]|[0-9][A-Za-z])[A-Za-z0-9_%.-]{0,400}"
    "(?:[a-z][A-Z0-9]|[A-Z][a-z0-9]|[0-9][A-Za-z])[A-Za-z0-9_%.-]*"
)
_SPINTAX_RE = "\\{[^{}|\n]{1,40}(?:\\|[^{}|\n]{1,40}){1,10}\\}"
# An HTTP response header printed as text ("X-Served-By: cache-lhr7111-LHR").
_HTTP_HEADER_RE = (
    "(?:[Xx]-[A-Za-z]+(?:-[A-Za-z]+)*|Via|Age|Vary|(?i:cache-control|set-cookie|etag"
    "|last-modified|cf-ray|content-security-policy|strict-transport-security"
    "|access-control-[a-z-]+|server-timing|permissions-policy|referrer-policy)"
    "): [^ ]+(?: [^ ]+){0,30}"
)
# A bare link carrying a hex digest in its path (a hashed avatar or asset).
_HASHED_URL_RE = "(?i)https?://[^ ]*/[0-9a-f]{32,}(?:[/?.#][^ ]*)?"
# An Android intent link, a Windows file path, a tracking pixel's URL.
_APP_PATH_RE = (
    "intent://[^ ]+#Intent;[^ ]+|[A-Za-z]:\\\\(?:[^\\\\]+\\\\)+[^\\\\]+[.][A-Za-z0-9]{2,5}"
)
_PIXEL_URL_RE = (
    "(?i)https?://[^ ?]+[?][^ ]*(?:[?&][a-z_]{1,12}=[0-9]{12,}(?:&|$)"
    "|[?&](?:ev=pageview|noscript=1)\\b)"
)
# Cloudflare's e-mail obfuscation left as text ("[email protected]").
_EMAIL_PROTECTED_RE = "(?i)\\[email(?:&#160;|\\xa0| |\u00a0)protected\\]"
_SHORT_CODE_RE = "/[^/]*(?:[0-9][^/]*[A-Za-z]|[A-Za-z][^/]*[0-9]|[a-z][^/]*[A-Z])[^/]*$"
# A file name with spaces, as phones and screenshots name them ("WhatsApp
# Image 2024-06-04 at 16.52.38.jpeg", "Screenshot 2024-05-01 at 10.22.33.png").
_SPACED_FILE_RE = (
    "(?i)(?:[a-z0-9_()'-]+ ){1,8}[a-z0-9_().,'-]*[0-9][a-z0-9_().,'-]*"
    "[.](?:jpe?g|png|gif|webp|heic|mp4|mov|pdf|docx?|xlsx?|pptx?)"
)
# Machine identifiers as whole lines: analytics and ad ids ("UA-1234567-1",
# "GTM-AB12CD"), query strings ("?utm_source=x&id=y"), "key=value" ids and
# licence-key shapes ("AB12-CD34-EF56").
_ID_SHAPE_RE = (
    "(?:UA|GTM|G|AW|DC|GA|GT|pub|ca-pub|fb|px|ID|id)-[A-Za-z0-9-]{5,}"
    "|[?&#]?[A-Za-z_][A-Za-z0-9_.-]*=[^ ]*(?:&[A-Za-z_][A-Za-z0-9_.-]*=[^ ]*)+"
    "|[?&][A-Za-z_][A-Za-z0-9_.-]*=[^ ]+"
    "|[a-z_]{1,15}(?:id|sid|session|token|clid|key|ref|trk|hash|uid|src)[=:] ?[A-Za-z0-9_-]{6,}"
    "|[a-z_]{2,12}[=:] ?[0-9]{6,}"
    "|(?:[A-Z0-9]{3,6}-){2,}[A-Z0-9]{3,6}"
    "|[a-z]{2,6}_[A-Za-z0-9]{6,}(?:_[A-Za-z0-9]+)*"
    # a path with a query string ("px?id=1&cb=2"), one "key=value" pair
    # ("utm_campaign=spring_24"), hex groups with a letter ("6f62dec1-1111")
    "|[A-Za-z0-9_./-]*[?][A-Za-z_][A-Za-z0-9_.-]*=[^ ]*"
    "|[?&#]?[A-Za-z_][A-Za-z0-9_.:-]{1,30}=(?:[A-Za-z0-9_.%-]{4,}|\"[^\" ]{4,}\"|'[^' ]{4,}')"
    "|(?:[0-9]*[a-f][0-9a-f]{3,}|[0-9a-f]{3,}[a-f][0-9a-f]*)(?:-[0-9a-f]{4,})+"
    # a run of nine or more digits with no letters ("#20231205113412"): an id
    "|[^ A-Za-z]*[0-9]{9,}[^ A-Za-z]*"
    # an element id of a long number or a React id ("tweet-1721790227176399642",
    # "radix-:r6j:", ":r1f:")
    "|[A-Za-z][A-Za-z_-]{0,30}[-_][0-9]{12,}|(?:[a-z][a-z-]{0,30}-)?:r[0-9a-z]{1,5}:"
    # programming values printed instead of text
    "|(?:\\[object Object\\]|undefined|NaN|null)(?: (?:\\[object Object\\]|undefined|NaN|null))*"
    # a machine timestamp to the millisecond (no dateline written for readers
    # has one) and a plus code ("6972CFC8+CF", a map widget's location)
    "|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{1,9}(?:Z|[+-][0-9]{2}:?[0-9]{2})?"
    "|[2-9CFGHJMPQRVWX]{4,8}[+][2-9CFGHJMPQRVWX]{2,3}"
    # a feed entry's tag URI ("tag:example.com,2024-01-05:/post/12"), a browser
    # extension's script, a shop's product code, a bank account number (IBAN)
    "|tag:[A-Za-z0-9.-]+,[0-9]{4}(?:-[0-9]{2}){0,2}:[^ ]*"
    "|(?:chrome|moz|safari-web|ms-browser)-extension://[^ ]+"
    "|(?i:sku|upc|ean|mpn|asin|gtin|item no[.]?|product code|model no[.]?)[ ]?[:#]?[ ]*"
    "[A-Z0-9][A-Z0-9-]{3,30}"
    "|[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?"
    # a link of another scheme than the web's ("tel:+44...", "fb://profile/1",
    # "webcal://...", "doi:10.1000/x"), a crontab line, a spreadsheet formula,
    # a masked card number or name, a MAC address, bare coordinates, a bank's
    # BIC, a British grid reference
    "|(?:tel|sms|fb|fb-messenger|webcal|whatsapp|geo|doi|market|itms-apps|zoommtg|msteams"
    "|spotify|skype|viber|tg|ipfs|ipns|gemini|gopher|ftp|sftp|smb|file):(?://)?[^ ]*[0-9/][^ ]*"
    "|(?:[*0-9/,-]+ ){5}/?[a-z][^ ]*(?: [^ ]+)*"
    "|=[A-Z]{2,12}[(][^ ]*"
    "|(?:[•*xX]{4}[ -]?){3}[0-9]{4}|[A-Za-z][*]{3,}[A-Za-z0-9]{1,4}"
    "|[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}"
    "|-?[0-9]{1,3}[.][0-9]{3,}°?[NS]?,[ ]?-?[0-9]{1,3}[.][0-9]{3,}°?[EW]?"
    "|[A-Z]{6}(?:[A-Z0-9]{2}XXX|[A-Z]?[0-9][A-Z0-9]?(?:[A-Z0-9]{3})?)"
    "|[A-Z]{2} [0-9]{3,5} [0-9]{3,5}"
    # a patent's number ("US 11,236,674 B1"), a military grid reference
    # ("39P PR 91399 60340"), a network's AS number and address block, an IP
    # address, a video timecode ("TC 08:01:30:02"), a quote feed's currency
    # pair ("USDHKD=X")
    "|(?:US|EP|WO|CN|JP|DE|GB|KR) ?(?:[0-9]{4}/)?[0-9]{1,3}(?:,?[0-9]{3}){2} ?[ABCUS][0-9]?"
    "|[0-9]{1,2}[C-HJ-NP-X] [A-HJ-NP-Z]{2} [0-9]{2,5} [0-9]{2,5}"
    "|(?:AS[0-9]{3,6}(?: [·|/-] )?)?(?:[0-9]{1,3}[.]){3}[0-9]{1,3}(?:/[0-9]{1,2})?|AS[0-9]{3,6}"
    "|(?:TC )?[0-9]{2}:[0-9]{2}:[0-9]{2}[:;][0-9]{2}"
    "|[A-Z]{6}=X"
)
#: A code under its label: a phone's IMEI, a recording's ISRC, a booking's
#: PNR and e-ticket, a ship's MMSI or IMO number and a plane's ICAO address, a
#: payment's reference ("UPI Ref No 412345678901 · name@bank", "Ref No. 1234
#: 5678"), a paper's PMID, a book's ISBN, a chemical's CAS number, a SIM's ICCID.
_CODE_LABELS = (
    "(?:IMEI|ISRC|PNR|MMSI|ICAO|UPI|VIN|ISIN|LEI|MPN|(?:UPI )?Ref(?:erence)?[.]? No[.]?|Txn ID"
    "|Transaction ID|Order (?:No[.]?|ID)|PMID|PMCID|e?ISSN|ISBN(?:-1[03])?|CAS(?: RN)?|IMO"
    "|ICCID|OCLC|LCCN|arXiv)"
)
_LABELLED_CODE_RE = (
    _CODE_LABELS + "[ :#]+[A-Z0-9][A-Z0-9 ./-]{3,40}"
    "(?:[ ]?[·|,;]?[ ]?" + _CODE_LABELS + "[ :#]+[A-Z0-9][A-Z0-9./-]{3,40})*"
    "(?:[ ]?[·|,;][ ]?(?:[A-Za-z-]{2,12}[ :#]+[^ ]{2,40}(?: [^ ]{1,20}){0,2}|[^ @]+@[^ ]+)){0,3}"
)
#: An editor's placeholder ("TKTK", "XXX CHECK NAME XXX"); residue of formats
#: other than the web's: a citation record (RIS: "TY  - NEWS AU  - ..."), a
#: desktop-publishing style tag ("@Crosshead:<B>"), a chat app's link
#: ("<https://...|Read the full story>"), a PDF text operator ("BT /F1 12 Tf
#: ... (Text) Tj ET"), a lyrics file's timestamp ("[01:23.45]").
_PLACEHOLDER_RE = "(?:^|[^A-Za-z])TK(?:[ ]?TK)+(?:[^A-Za-z]|$)|X{3,} [A-Z][A-Z ]{1,40} X{3,}"
_FORMAT_RE = (
    "(?:^|[ ])(?:TY|AU|TI|T1|A1|PY|Y1|DA|JO|UR|ER|TN|AB|KW)  -(?: |$)[^\n]*"
    "(?:TY|AU|TI|T1|A1|PY|Y1|DA|JO|UR|ER|TN|AB|KW)  -(?: |$)"
    "|^@[A-Za-z][A-Za-z0-9 ]{0,30}:<[^>]{1,20}>"
    "|<https?://[^|> ]+[|][^>]{1,120}>"
    "|\\bBT /[A-Za-z0-9]+ [0-9.]+ Tf\\b[^\\n]*\\bT[jJ]\\b"
    "|^\\[[0-9]{1,3}:[0-9]{2}(?:[.:][0-9]{1,3})?\\]"
    # a doc comment's tag ("@param com.x.Story story"), a template expression
    # ("${story.getHeadline()}"), a static site's TOML front matter
    "|^@(?:param|returns?|throws|since|deprecated|see|author|version|override)\\b [A-Za-z_$]"
    "|[$][{][A-Za-z_][A-Za-z0-9_.]*(?:[(][^)]{0,40}[)])?[}]"
    "|^[+]{3}[ ]*[a-z_]+[ ]?=[ ]?"
)
#: Prompts of the page's own interface printed into the text: "Click the image
#: to enlarge", "Tap to unmute", "View this post on Instagram", "Keep scrolling
#: for the next story", "Report this comment", a reactions bar, "Show me
#: fewer stories about X", "give this story a clap".
_UI_PROMPT_RE = (
    "(?i)^(?:click|tap|press(?: and hold)?|swipe|scroll|hover|pinch|double-tap)\\b[^.!?]{0,60}"
    "\\b(?:image|photo|picture|video|map|chart|graphic|gallery|slideshow|here|to (?:enlarge"
    "|expand|zoom|unmute|mute|play|pause|see|view|open|compare|reveal))\\b"
    "|^view (?:this|the full) post on (?:instagram|facebook|tiktok|twitter|x|threads|linkedin)$"
    "|^(?:keep scrolling|scroll down|continue scrolling)\\b|^up next(?: in [0-9]+ seconds)?\\b"
    "|^report (?:this|a) (?:comment|post|reply|ad)$|\\bhow (?:does|did) this (?:story|article"
    "|post) make you feel\\b|^not interested\\?|^show me (?:fewer|more) stories\\b"
    "|\\bgive this (?:story|article|post) (?:a )?(?:clap|like|heart)\\b"
    "|^video not playing\\?|^(?:tap|click) to (?:unmute|load|play|expand)\\b"
    # a QR code to scan, a nomination or listing the readers are asked for, a
    # live page of the outlet's own to follow
    "|^scan (?:the|this|our) qr code\\b"
    '|^[^"“”‘’]*\\bif you know (?:a|an|someone|somebody|anyone)\\b[^.!?"“”‘’]{0,80}'
    '\\b(?:nominate|tell us|let us know|email us|write to us|send us)\\b[^"“”‘’]*$'
    "|\\bsend us (?:the|your) [^.!?]{0,40}\\bby (?:e-?mail|text|whatsapp|post|monday|tuesday"
    "|wednesday|thursday|friday|saturday|sunday)\\b"
    "|^follow\\b[^.!?]{0,60}\\blive on our (?:[a-z-]+ ){0,2}(?:scoreboard|live ?blog|app"
    "|website|site|channel|page)\\b"
)
#: Software's own output printed into the text: an error page or message, a
#: log line, a stack trace, a file listing, a commit trailer.
_SOFTWARE_OUTPUT_RE = (
    "^Traceback [(]most recent call last[)]|^HTTP/[0-9](?:[.][0-9])? [1-5][0-9]{2}\\b"
    "|^(?:net::)?ERR_[A-Z_]{4,}$|^(?:Error|Exception|Stop code)[ :]+0x[0-9A-Fa-f]{6,8}\\b"
    "|^Segmentation fault(?: [(]core dumped[)])?$"
    "|^\\[[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9:.]{8,15}[^\\]]{0,8}\\] [A-Za-z_]+[.]"
    "(?:EMERGENCY|ALERT|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG):"
    "|^You have an error in your SQL syntax\\b"
    "|^[-dlcbps][-rwxsStT]{9}[.+@]? +[0-9]+ [^ ]+ +[^ ]+ +[0-9]+ [A-Z][a-z]{2} +[0-9]{1,2} "
    "|^(?:Signed-off-by|Co-authored-by|Reviewed-by|Acked-by|Change-Id): "
    "|^(?:Uncaught )?(?:TypeError|ReferenceError|SyntaxError|RangeError): "
    '|^Exception in thread "|^npm ERR!'
    "|^(?:java|javax|org|com|android)[.][a-z]+(?:[.][A-Za-z_$]+)+(?:Exception|Error)\\b"
)
#: One token of letters and digits alone on a line: with six digits or more
#: and two letters or more it is a code or an id ("JN684254519GB", a parcel;
#: "1780132305.512482-ecwt2yyhydu"), not a word of the story.
_LONE_ID_RE = "[0-9+._-]*[A-Za-z][A-Za-z0-9+._-]*[A-Za-z][A-Za-z0-9+._-]*"
_DOMAIN_RE = "(?i)^(?:www[.])?[a-z0-9-]+(?:[.][a-z0-9-]+)*[.][a-z]{2,12}$"
#: Shapes no prose line has (besides a letter of another script, :data:`_FOREIGN`).
_SUSPICIOUS_RE = "|".join(
    [
        "[A-Za-z0-9+/=_-]{16,}",
        "[0-9](?:-[0-9]+-g|[+])[0-9A-Za-z.-]*[0-9a-f]{7}",
        "#(?:if|elseif|foreach|set|parse|include|macro|define|evaluate)[ ]*[(]",
        "\\{/?exp:",
        "sourc(?:e|eMapping)URL=",
        "<[?][ ]*[$]",
        "<<[A-Za-z]",
        "__[A-Z]{4,20}__",
        "\\{>",
        "\\(:[a-z]",
        "%%[=\\[]",
        "^[ ]*[!?]{3}",
        "^[ ]*--8<--",
        "^@(?:node|chapter|section|subsection|menu|setfilename|settitle|cindex|include)",
        "^[a-z]+_[a-z_]+: ",
        "^intent://",
        "^[A-Za-z]:[\\\\]",
        "<[$]?mt:?[A-Za-z]",
        "</?TMPL_",
        "\\[%",
        "<&",
        "[*][|][A-Z]",
        "^[ ]*\\{:",
        "^[ ]*(?:window|self|globalThis)[.][A-Za-z_$]+[ ]*=",
        "^[.](?:TH|SH|SS|PP|LP|IP|TP|RS|RE|nf|fi)(?:[ ]|$)",
        "<%",
        "\\{/?block:",
        "\\{[A-Z][a-z]+[A-Z][a-z]+",
        "\\{(?:panel|code|noformat|info|note|warning|tip|expand|anchor|toc|excerpt)[:}]",
        '^[ ]*\\[?\\{[ ]*"',
        "^[ ]*import[ ]",
        "(?:image|video|audio|include)::?[^ ]",
        "![<>=(/]?[^ !]+[.](?:jpe?g|png|gif|webp)",
        "^[ ]*[.][.] [a-z][a-z0-9_-]*::",
        "<[!/?%A-Za-z]",
        "![-–—]",
        "-->",
        "[-–—]>",
        "wp:",
        "\\[[/A-Za-z]",
        "\\{[{%]",
        "\\$\\{",
        "&#?[A-Za-z0-9]{2,8};",
        "\\{[^{}]*:[^{}]*;",
        "function" + _SPACE + "*\\(",
        "document[.]",
        "window[.]",
        "@media",
        "@import",
        "[$][(]",
        "!important",
        '"@',
        "%%",
        "\\{#",
        "[a-z_][A-Za-z0-9_]*[.][a-z_][A-Za-z0-9_.]*[(]",
        "[|][|]",
        "=>",
        "(?:var|let|const)[ ]+[A-Za-z_$][A-Za-z0-9_$]*[ ]*=",
        "[.#][A-Za-z][A-Za-z0-9_-]*[ ]*\\{",
        # Blade, Joomla and JSX tags, LaTeX commands, Markdown table rows
        "\\{!!",
        "@[a-z]{2,12}[(]",
        "\\{/?[a-z][a-z0-9_]{2,30} ",
        "\\{[^{}]*&&",
        "\\\\[A-Za-z]{2,}",
        "^[ ]*[|][^|]*[|][^|]*[|]",
        "]]>",
        # closing brackets of a script, attributes without their tag, server errors,
        # ad-slot placeholders, Markdown directive fences, Ruby interpolation
        "[}][ ]*[)]",
        "[)][ ]*[.][A-Za-z_$]+[ ]*[(]",
        '(?:style|class|srcset|sizes|onclick|onload|onerror|data-[a-z]+|aria-[a-z]+)="',
        "(?:Warning|Notice|error|Deprecated):",
        "%[A-Z][A-Z0-9_]+%",
        "##",
        "\\[(?:INSERT|PLACE|PUT) ",
        "^[ ]*:::",
        "#\\{",
        "^[ ]*//[ ]",
        "<!\\[",
        "<[#@]",
        "\\[!",
        "[\\]][(]",
        "%[0-9A-Fa-f]{2}%",
        "\\\\[nrtxu]",
        "\\{[$]",
        "\\{/?(?:literal|ldelim|rdelim|strip|nocache)\\}",
        "@(?:Html|Model|ViewBag|ViewData|Url)[.]",
        "@\\{",
        "'{3}",
        "/>",
        "[?%]>",
        "\\}\\}",
        "\\]\\]",
        "^[ ]*[|][}-]",
        "```",
        "^[ ]*(?:<<<<<<<|>>>>>>>)",
        "^[ ]*\\{[a-z][a-z0-9_-]*\\}[ ]*$",
        "^[ ]*<<[a-z_]+>>",
        "^[ ]*[A-Za-z0-9_$.!]+[(]",
        "^[ ]*(?:return|import|export|break|continue|throw|try|else|catch|finally|new|await"
        "|const|let|var|if|for|while|switch|case|function|do)(?:[^A-Za-z0-9_]|$)",
        "^[ ]*[a-z][a-z-]+[ ]*:[^;]*;[ ]*$",
        "^[ {}();,\\]]*[{}]",
        "@(?:charset|font-face|keyframes|supports)",
    ]
)
_SPONSOR_RE = (
    "(?i)^(?:sponsor|sponsored|sponsored by|advertisement|advert|ad|ads|promoted|promotion"
    "|paid content|paid post|partner content|brought to you by|anzeige|publicité|publicidad"
    "|advertorial|sponsored (?:post|content|story|article|feature)|paid (?:partnership|promotion)"
    "|advertiser content|promoted (?:content|post|story)|native ad|partner|sponsors?)"
    + _SPACE
    + "*(?:[:|–—·•-]|$)"
    # "Presented by X", "In partnership with X": a label, then a capitalised name
    + "|^(?:presented|supported|powered|sponsored|underwritten|paid for|funded|promoted"
    + "|made possible|brought to you|paid for and presented)"
    + _SPACE
    + "+by"
    + _SPACE
    + "+[A-Z][^.!?]{0,40}$|^(?:in|paid)"
    + _SPACE
    + "+(?:partnership|association|collaboration)"
    + _SPACE
    + "+with"
    + _SPACE
    + "+[A-Z][^.!?]{0,40}$"
    # "Content from our partner X", "Stories from our sponsors"
    + "|^(?:content|stories|more)"
    + _SPACE
    + "+from"
    + _SPACE
    + "+(?:our"
    + _SPACE
    + "+)?(?:partners?|sponsors?|advertisers?)\\b"
    # "Sponsored content by X", "Paid post from X": a label noun, then the sponsor
    + "|^(?:sponsored|promoted|paid|partner)"
    + _SPACE
    + "+(?:content|post|story|article|listing|links?)"
    + _SPACE
    + "+(?:by|from)"
    + _SPACE
    # "Advertiser content from X", "Produced in partnership with X"
    + "|^(?:advertiser content from|(?:created|produced|written|presented) in"
    + " (?:partnership|association|collaboration) with)"
    + _SPACE
    + "+[A-Z][^.!?]{0,40}$"
    # "This article was paid for by X", "... and not by our newsroom"
    + "|^(?:this|the) (?:story|article|content|post|series|feature|page|segment|newsletter"
    + "|recipe|guide|review|video|episode|podcast|list|quiz|piece|report|gallery|giveaway)"
    + " (?:is|was|has been) (?:brought to you|paid for|sponsored|produced|funded|presented"
    + "|underwritten|made possible|created|commissioned) by"
    + "|not by (?:our|the) (?:newsroom|editorial|editors|journalists|reporters)"
    # Link-widget headers ("Recommended by X", "Around the web", "From around
    # the web"): the paid-links box, not the outlet's own related stories.
    + "|^(?:recommended|suggested|promoted)"
    + _SPACE
    + "+by"
    + _SPACE
    + "+[A-Z][^.!?]{0,40}$"
    + "|^(?:more )?(?:from )?around the web\\b[^.!?]{0,40}$"
    # A sponsor's name, then the label ("X | Advertorial", "X · Sponsored").
    + "|^[^.!?|·•]{1,40}[|·•–—]"
    + _SPACE
    + "*(?:advertorial|sponsored|sponsored content|paid post|paid content|promoted"
    + "|partner content)[.]?$"
)
# A disclosure speaks of the page itself and of who pays for it, in any order
# ("This newsletter is supported by X.", "X is a proud sponsor of this
# site.", "We may earn a commission on purchases from this page"): a line
# (at most 40 words) with both is a sponsor line.  Reports quote sponsors
# and commissions, but not of "this site" or "our newsletter".
_DISCLOSURE_SELF_RE = (
    "(?i)\\b(?:this|our)"
    + _SPACE
    + "+(?:[a-z-]+"
    + _SPACE
    + "+)?(?:site|website|page|newsletter|article|story|post|content|podcast|episode|series"
    "|section|video|feature|coverage|guide|list|email|show|blog|piece|links?|report|reporting"
    "|review|supplement|unit|team|desk|newsroom|journalism|work|project)\\b"
)
_DISCLOSURE_TERM_RE = (
    "(?i)\\b(?:sponsor[a-z]*|commissions?|affiliates?|affiliate links?|advertis[a-z]*"
    "|compensat[a-z]*|referral fees?|paid (?:for|promotion|partnership|post|content)"
    "|(?:supported|presented|funded) by|brought to you|made possible"
    "|commissioned|underwritten|(?:in|with) (?:the )?(?:financial )?support"
    "|(?:produced|created|written) (?:in partnership|in collaboration|on behalf)"
    "|sponsored collaboration|commercial (?:relationship|partnership|arrangement)"
    "|(?:earn|earns|receive|receives) (?:a )?(?:fee|commission|payment)"
    "|(?:receives?|received|gets?) (?:money|funding|grants?|donations?) from"
    "|(?:for )?free in exchange|editorial (?:input|control|say)|had no say|funding"
    "|(?:supplied|provided|gifted|loaned|lent) (?:the |us )?(?:products?|items?|samples?)"
    "|did not (?:review|approve|see)|(?:covered|paid for) (?:the )?(?:reporter|writer"
    "|author|journalist)[a-z’']*)\\b"
)
# An affiliate notice needs no word about the page: someone is paid when
# the reader clicks or buys ("Retailers may pay us when you click through").
_PAID_WHEN_RE = (
    "(?i)\\b(?:(?:may|might|could|can|will|would) (?:pay|earn|get|receive|be paid)"
    "|(?:we|i) (?:earn|receive|get paid|are paid|am paid))\\b"
    "[^.!?]{0,80}\\bwhen (?:you|readers?|someone) (?:click|buy|purchase|shop|sign|subscribe"
    "|book|order)"
)
# Who funds the piece, said together with the newsroom's independence from
# them ("Funded by a grant from X. Editorial decisions are made
# independently", "Supported by X, which had no editorial input").
_FUNDED_RE = (
    "(?i)\\b(?:(?:funded|co-funded|co-financed|supported|underwritten|sponsored|paid for"
    "|made possible)"
    "(?: in part| partly)? (?:by|through|with)|grants? from|funding from|support from"
    "|support for [^.!?]{1,60} (?:comes|came|is provided|was provided) (?:from|by))\\b"
)
_INDEPENDENT_RE = (
    "(?i)\\beditorial(?:ly)? (?:decisions?|independen[a-z]*|control|input|judg[a-z]*)\\b"
    "|\\b(?:made|taken|reached|produced|reported|written) independently\\b"
    "|\\bindependent(?:ly)? of (?:the |its |their )?(?:funders?|sponsors?|donors?)\\b"
    "|\\b(?:views|opinions)(?: and (?:views|opinions))? expressed (?:are|herein|here)\\b"
    "|\\bno (?:input|influence|say|control|role) (?:in|on|over) (?:the |its |our |this )?"
    "(?:content|coverage|reporting|story|stories|article|journalism)\\b"
)
# Other sponsorship notes: "#ad" hashtags, a newsroom "not involved" in the
# content, a "Disclosure:" of a financial relationship, a section "presented
# by" a sponsor, a "proud sponsor", coverage funded by someone, underwriting
# support, a brand studio named alone.
_SPONSOR_NOTE_RE = (
    "(?i)(?:^|[ ])#(?:ad|ads|sponsored|spon|paid|paidpartnership|advert|gifted|collab"
    "|[a-z0-9]{2,30}partner)(?:[ ]|$)"
    "|\\b(?:content|advertis[a-z]*|sponsor[a-z]*|paid|produced|created|partner[a-z]*)\\b[^!?]{0,120}"
    "\\b(?:journalists|newsroom|editorial (?:staff|team|department)|editors|reporters)"
    "(?: [a-z’']+){0,2} (?:was|were|are|is|had been) not involved\\b"
    "|^(?:full |funding |financial )?(?:disclosure|disclaimer|transparency(?: note)?|note)[ ]*:"
    "[^.!?]{0,120}"
    "\\b(?:financial|paid|sponsor[a-z]*|commissions?|affiliates?|partner[a-z]*|compensat[a-z]*"
    "|funded|funding|grants?|given|gave|donat[a-z]*|stake|invest[a-z]*|shares|owns|holdings?)\\b"
    "|^(?:[^ .!?,]+ ){0,5}[^ .!?,]+, (?:presented|powered|underwritten) by (?-i:[A-Z])"
    "[^.!?,]{0,40}[.]?$"
    "|^[^,.!?]{1,40} (?:is|are) (?:a |an |the )?proud (?:official )?(?:sponsor|partner"
    "|supporter)s? of [^,.!?]{1,60}[.!]?$"
    "|\\b(?:coverage|reporting|journalism|series|section|newsletter|podcast|programme|program"
    "|desk)(?: [a-z]+){0,3} (?:is|are|was|has been) (?:funded|supported|underwritten"
    "|sponsored|made possible)(?: in part| partly)? (?:by|through|with) [^.!?]{0,60}"
    "\\b(?:foundation|trust|fund|grant|philanthrop[a-z]*|endowment)\\b"
    "|^underwriting (?:support|for)\\b"
    # "Ads by X", travel disclosures, fees from bookings, a co-production
    "|^(?:ads|adverts?|advertisements?|promotions?) by (?-i:[A-Z])[^.!?]{0,40}[.]?$"
    "|^(?:the )?(?:writer|author|reporter|journalist|photographer)s? (?:was|were|travelled"
    "|traveled|stayed) (?:as )?(?:a )?guests? of\\b"
    "|\\b(?:receives?|earns?|gets?) (?:a )?(?:fee|commission|percentage|cut|share of (?:the )?"
    "(?:revenue|sales))(?: of [^.!?]{1,30})? (?:from|for|on|when|if)\\b"
    "|^an? [^.!?]{1,60} co-production[.]?$"
    # paid to publish or be listed, copy supplied by the advertiser, prizes and
    # samples supplied, a series supported by a trust, a week backed by a sponsor
    "|\\bpaid (?:by [^.!?]{1,40} )?to (?:publish|write|feature|promote|be (?:included"
    "|featured|listed))\\b"
    "|\\b(?:copy|content|text) (?:supplied|provided) by the advertiser\\b"
    "|\\bnot (?:written|produced|created) by (?:[^.!?]{0,40} )?(?:journalists|newsroom"
    "|editorial staff|editors|reporters)\\b"
    "|^(?:prizes?|samples?|products?|items?|review units?) (?:supplied|provided|donated"
    "|gifted|loaned) by (?-i:[A-Z])[^.!?]{0,40}[.]?$"
    "|^(?:financial |editorial )?support for this [^.!?]{1,60} (?:comes|came|is provided"
    "|was provided|is given) (?:from|by)\\b"
    "|^(?-i:[A-Z])[^.!?]{0,60} iş birliğiyle(?: hazırlanmıştır)?[.]?$"
    "|^(?-i:[A-Z])[\\w'’.-]*[ ]"
    "(?:(?-i:[A-Z])[\\w'’.-]*[ ]|&[ ]|(?:at|of|in|on|for|and|the)[ ]){0,6}"
    "(?:is|are) (?:powered|presented|sponsored|supported|underwritten|backed|brought to you)"
    " by (?-i:[A-Z])[\\w'’.-]*(?:[ ](?:(?-i:[A-Z])[\\w'’.-]*|&)){0,4}[.]?$"
    "|^(?-i:[A-Z])[^.!?]{0,40} (?:brand studio|partner studio|brand lab)[.]?$"
    # "X presents: Y", a member circle that "helps fund our" work, an official
    # supplier named, a newswire's release, a competition's promoter, fees per
    # click, a supplement made "on behalf of" a client, a forecast "courtesy
    # of" a sponsor, products "loaned by" a maker
    "|^(?-i:[A-Z])[^:.!?]{0,40} presents: "
    "|\\bhelps? (?:to )?fund (?:our|this|the paper's|its)\\b"
    "|^official (?:timekeeper|supplier|partner|sponsor|provider|car|airline|broadcaster|drink"
    "|water|kit supplier)s? (?:of|to|for) [^:.!?]{1,60}: (?-i:[A-Z])"
    "|\\bpress release distributed by\\b|\\bis not responsible for (?:the|its|this) content\\b"
    "|^promoter[ ]*:[ ]*(?-i:[A-Z])"
    "|\\bpays? (?:[^.!?]{1,40} )?(?:a )?(?:fee|commission) (?:for|on|per) (?:every|each|any)\\b"
    "|\\bproduced by [^.!?]{1,60} on behalf of\\b|\\bcomes to you courtesy of\\b"
    "|\\b(?:tested|reviewed|featured) here (?:were|was) (?:loaned|lent|supplied|provided"
    "|gifted) by\\b"
)
# More notices of who pays, those the law or a funder requires above all:
# "This programme contains product placement", an imprint ("Printed and
# published by X on behalf of Y", "Authorised by X, Party, Town"), a
# lottery's credit ("Thanks to National Lottery players"), public media's "and
# viewers like you", sponsor tiers ("Sustaining sponsor: X · Gold: Y"), a
# partner "of" a section, prizes donated, a ranking that reflects commercial
# agreements.  (A pattern of its own: joined to the one above, RE2's automaton
# outgrows its memory and the match runs ten times slower.)
_SPONSOR_NOTE_MORE_RE = (
    "(?i)\\bcontains? (?:paid )?product placement\\b"
    "|^(?:printed and )?(?:published|promoted|printed) by [^.!?]{1,80} on behalf of\\b"
    "|^(?:paid for and )?authori[sz]ed by (?-i:[A-Z])(?:[^.!?]|[.] ){1,80}[.]?$"
    "|\\bthanks to [^.!?]{0,40}\\blottery players\\b"
    "|\\b(?:funded|supported|made possible|sponsored|paid for)\\b[^.!?]{0,80}"
    "\\b(?:readers|listeners|viewers|supporters|members) like you\\b"
    # a political advert's disclaimer, a contributor network's, a PR firm that
    # arranged the interview, a comparison table's supplier, a journalism fund,
    # an official media partner, "A Brand promotion", a social post marked "Ad"
    "|^paid for by (?-i:[A-Z])[^.!?]{1,60}[.]?(?: not authori[sz]ed by [^.!?]{1,60}[.]?)?$"
    "|\\bopinions expressed by [^.!?]{1,40} contributors are their own\\b"
    "|\\bwhich arranged (?:this|the) (?:interview|visit|trip|tour|meeting)\\b"
    "|\\b(?:rates|products|prices|offers|deals)\\b[^.!?]{0,40}\\b(?:are|is) supplied by\\b"
    "|^(?:made|produced|published|created) with the (?:support|help|backing) of\\b"
    "|\\bis the official (?:media |broadcast |digital |radio )?partner of\\b"
    "|^an? (?-i:[A-Z])[^.!?·|]{0,40} promotion\\b"
    "|[·|•][ ]*(?:ad|sponsored|promoted|paid partnership)$"
    "|^(?:[a-z]+ ){0,2}sponsors?[ ]*:[ ]*(?-i:[A-Z])"
    "|^(?:advertising|commercial|media|official|presenting|founding) partners? (?:of|for|to)"
    " [^:.!?]{1,40}:[ ]*(?-i:[A-Z])"
    "|\\bprizes?\\b[^.!?]{0,40}\\b(?:are|is|were|was|have been) (?:donated|supplied"
    "|provided|gifted) by\\b"
    # a label "in cooperation with" or "under the patronage of" a name (Hebrew,
    # Arabic), Vietnamese "content sponsored by X", crowdfunded reporting,
    # a paid public notice, match funding of an appeal
    "|^(?:בשיתוף|ממומן על ידי|برعاية|بالتعاون مع)[ ]+[^.!?]{1,40}$"
    "|^nội dung (?:do|được) [^.!?]{1,40} tài trợ"
    "|\\b(?:was|were|is|are|has been|have been) crowd-?funded\\b"
    "|\\bpublic notices?\\b[^.!?]{0,40}\\b(?:published|placed|inserted|paid for) (?:at the"
    " request of|on behalf of|by)\\b"
    "|\\bevery (?:pound|dollar|euro|rand|donation|gift)\\b[^.!?]{0,80}\\b(?:will be|is|are)"
    " matched by\\b"
    # a podcast's host-read adverts, a "content collaboration" label, a supplement
    # made by the paper's commercial desk, a funder's acknowledgement, "sponsored
    # content" in Urdu or Persian
    "|\\b(?:recorded|voiced|read) (?:the |these |this |all )?ad reads?\\b"
    "|\\bad reads? (?:in|on|for) this (?:episode|show|podcast)\\b"
    "|^(?:content|brand|paid|commercial) collaboration(?: with)?[ ]*[:|·-]"
    "|\\b(?:produced|written|created|prepared|published) by (?:the )?[^.!?]{0,40}\\b(?:commercial"
    "|branded[- ]content|partnerships?|advertising|advertorial) (?:desk|team|department|studio"
    "|unit)\\b"
    "|\\backnowledges? the financial support of\\b"
    "|^(?:ا?سپانسر|اسپانسری)[^.!?]{0,40}$"
    "|\\b(?:rankings?|order|placements?|listings?|positions?)\\b[^.!?]{0,40}\\b(?:reflects?"
    "|(?:is|are) (?:influenced|affected|determined) by) (?:our )?(?:commercial|paid|financial)"
    " (?:agreements?|arrangements?|relationships?|partnerships?)\\b"
)
#: Words one of which every line :data:`_SPONSOR_NOTE_RE` or
#: :data:`_SPONSOR_NOTE_MORE_RE` takes holds.
_SPONSOR_NOTE_HINT_RE = (
    "(?i)#|involved|disclos|disclaim|transparency| by |proud|funded|underwrit|studio|lab\\b"
    "|guest|fee|commission|percentage|cut|share of|co-production|paid|advertiser|supplied"
    "|provided|donated|gifted|loaned|support for|birliğiyle|foundation|trust|fund|grant"
    "|endowment|philanthrop|presents|help|official|press release|promoter|pay|behalf"
    "|courtesy|loaned|lent|placement|authori|lottery|like you|sponsor|partner|prize|commercial"
    "|crowd|notice|matched|בשיתוף|ממומן|برعاية|بالتعاون|tài trợ|opinions|arranged|supplied"
    "|ad read|collaboration|advertis|branded|acknowledg|سپانسر"
    "|promotion|[·|•][ ]*(?:ad|sponsored|promoted|paid)"
)
# Underwriting and brand-studio credits: "Support for X comes from Y, makers
# of Z." (public media's sponsor line), "Produced by X Labs for Y" (the
# outlet's advertising studio, named Labs, Studio or Creative).
_UNDERWRITING_RE = (
    "(?i)^support for (?-i:[A-Z])[^.!?]{0,60} (?:comes|is provided) (?:from|by) (?-i:[A-Z])"
    "[^.!?,]{0,40}, (?:the )?(?:makers?|providers?|creators?|offering|helping|dedicated|committed"
    "|supporting|proud)\\b"
    "|^(?:supported|underwritten|sponsored|presented) by (?-i:[A-Z])[^.!?,]{0,40}, (?:a|an|the)"
    " [^.!?]{0,60}[.]?$"
    "|^(?:produced|created|written|presented) by [^.!?]{0,40}\\b(?:labs?|studios?"
    "|creative(?: group| studio)?|custom content|brand studio|partner studio)\\b"
    "(?: (?:for|with|on behalf of) [^.!?]{1,40})?[.]?$"
)
# A label naming the kind of paid content, alone or before its sponsor
# ("Commercial feature", "Branded content by X", "Partner insight | X",
# "Official partner: X", "Made possible with support from X"), and the
# labels of paid content in other European languages ("Anzeige",
# "Kaupallinen yhteistyö: X", "Contenu sponsorisé", "Reklama").
_SPONSOR_LABEL_RE = (
    "(?i)^[^a-z0-9]*(?:(?:sponsored|branded|partner|paid|promoted|commercial|advertiser"
    "|advertising|brand|ad|custom|promotional)"
    + _SPACE
    + "+(?:content|feature|insights?|posts?|stor(?:y|ies)|articles?|partner|studio|spotlight"
    "|listings?"
    "|voices?|perspectives?|message|supplement|series|report)"
    + "|(?:featured|official|founding|presenting|premier|promoted|paid)"
    + _SPACE
    + "+(?:partners?|sponsors?|listings?|placements?)"
    + "|(?:episode|series|show|podcast|section|newsletter|event|headline|title|segment)"
    + _SPACE
    + "+sponsor"
    + "|anzeige|werbung|gesponsert|bezahlte partnerschaft|publicité|contenu sponsorisé"
    "|contenu de marque|publireportage|publi-rédactionnel|publicidad|contenido patrocinado"
    "|patrocinado|publicidade|conteúdo patrocinado|pubblicità|contenuto sponsorizzato"
    "|sponsorizzato|advertentie|gesponsord|annons|annonsörinnehåll|sponsrat|annonse"
    "|annonsørinnhold|sponset|annonce|sponsoreret|annoncørbetalt|mainos"
    "|kaupallinen yhteistyö|sponsoroitu|reklama|reklam|reklame|artykuł sponsorowany"
    "|materiał sponsorowany|komerční sdělení|hirdetés|szponzorált tartalom|publicitate"
    "|conținut sponsorizat|sponsorlu içerik|на правах рекламы|реклама"
    # Slovenian, Croatian and Serbian, Slovak, Baltic, Icelandic, Afrikaans,
    # Welsh, Irish, Catalan, Basque, Galician, Maltese, Greek, Bulgarian,
    # Ukrainian, Indonesian and Malay, Tagalog, Vietnamese
    "|oglasno sporočilo|sponzorirano|plačana objava|sponzorirani sadržaj|sponzorisani sadržaj"
    "|plaćeni oglas|sponzorovaný obsah|platená spolupráca|reklāma|sponsorēts saturs"
    "|remiamas turinys|reklaam|sponsitud sisu|auglýsing|kostað efni|kostuð umfjöllun"
    "|geborg|geborgde inhoud|advertensie|noddir|cynnwys noddedig|hysbyseb"
    "|urraithe|ábhar urraithe|fógra|contingut patrocinat|patrocinat|publicitat"
    "|babestutako edukia|publizitatea|contido patrocinado"
    "|kontenut sponsorjat|sponsorjat|διαφήμιση|χορηγούμενο(?: περιεχόμενο)?"
    "|спонсорирано съдържание|спонсорований вміст|konten bersponsor|disponsori"
    "|ditaja|kandungan tajaan|iklan|inisponsor|quảng cáo|được tài trợ|tài trợ"
    # Breton, Maori, Faroese, West Frisian, Esperanto, Scots Gaelic, Swahili,
    # Tagalog, Luxembourgish
    "|bruderezh|he mea tautoko|lýsing|advertinsje|reklamo|sponsorita enhavo|sanas"
    "|tangazo|imedhaminiwa|patalastas|reklamm"
    # Portuguese, Polish, Lithuanian, Scottish Gaelic, Japanese; native advertising
    "|conteúdo de marca|materiał partnera|artykuł partnera|užsakomasis turinys"
    "|remiamas straipsnis|le taic bho|提供|native advertising"
    # Alemannic, Cornish; a paid programme's label
    "|gsponseret|skoodhys|paid program(?:me)?|brandvoice"
    # Chinese, Korean, Japanese, Hebrew, Arabic
    "|推广|广告|赞助|贊助|廣告|광고|협찬|広告|スポンサー|ממומן|תוכן ממומן|פרסומת|إعلان|محتوى مدعوم)"
    + "(?:"
    + _SPACE
    + "+(?:by|from|with|for|fra|från|von|de|di|door|av|af|med|mit|con|com|avec|z|s|i"
    " samarbete med|i samarbeid med|i samarbejde med|in zusammenarbeit mit"
    "|en partenariat avec|en colaboración con|em parceria com|in collaborazione con"
    "|in samenwerking met|yhteistyössä|deur|gan|per|od|oleh|ng|minn|ag|por|bởi"
    "|in association with|in partnership with|frá|nā|na|vo|gans)"
    + _SPACE
    + "+[^.!?]{1,40}|"
    + _SPACE
    + "*[:：|–—·•-]"
    + _SPACE
    + "*[^.!?]{1,40})?[.]?$"
    + "|^[(\\[【][ ]*(?:sponsored|sponsor|promoted|advertisement|advert|ad|pr|paid post"
    "|paid content|partner content)[ ]*[)\\]】][ ]*(?:[^.!?]{1,40})?[.]?$"
    + "|^(?:created|produced|made|content (?:produced|created|written)) (?:with|for|in"
    " partnership with|in collaboration with|on behalf of) (?-i:[A-Z])[^.!?]{0,60}[.]?$"
    + "|^(?:made possible|produced|published)? ?(?:with|thanks to) (?:the )?(?:generous )?"
    "(?:support|funding|backing) (?:of|from)"
    + _SPACE
    + "+(?-i:[A-Z])[^.!?,]{0,40}[.]?$"
    # A label built on the stem "sponsor" or "patroc" in any language, with a
    # short word or two before the sponsor's name ("Sponsorizât di X",
    # "Inpasponsor ti X", "Patrosina husi X"); not "Sponsorship deal with X".
    + "|^[^a-z]*[a-z\\x{e0}-\\x{24f}]*(?:sponsor|sponzor|patroc|patros)"
    # (not the long s, U+017F, which matches "s" where case is ignored)
    "(?:[a-rt-z\\x{e0}-\\x{17e}\\x{180}-\\x{24f}][a-z\\x{e0}-\\x{24f}]*"
    "|s[a-gi-z][a-z\\x{e0}-\\x{24f}]*|s)?(?:"
    + _SPACE
    + "+[a-z\\x{e0}-\\x{24f}]{1,6}){0,2}"
    + _SPACE
    + "+(?-i:[A-Z])[^.!?]{0,40}[.]?$"
)
_READING_TIME_RE = (
    "(?i)^[^A-Za-z0-9]*(?:(?:est[.]?|estimated)?"
    + _SPACE
    + "*reading time"
    + _SPACE
    + "*:?"
    + _SPACE
    + "*)?(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)"
    + _SPACE
    + "*-?"
    + _SPACE
    + "*(?:min|mins|minute|minutes)[.]?(?:"
    + _SPACE
    + "*(?:read|reading|to read|de lecture|lesezeit))?[^A-Za-z0-9]*$"
)
_BYLINE_RE = (
    "(?i)^(?:by|written by|posted by|author|authors|words by|story by|reporting by|"
    "posted by)" + _SPACE + "*:?" + _SPACE + "+[^ ]"
)
_CAPTION_RE = (
    "(?i)(?:(?:photo|image|picture|illustration|file photo|photograph)s?"
    + _SPACE
    + "*(?:by|:|credit|courtesy)[^.]{0,80}[.]?"
    + _SPACE
    + "*$|^(?:photo|image|picture)s?"
    + _SPACE
    + "*:|(?:"
    + "|".join(lex.PICTURE_AGENCIES)
    + ")(?:"
    + _SPACE
    + "*(?:/|via|images|photo|photos)[^.]{0,40})?[.)]?"
    + _SPACE
    + "*$|©)"
)
_CREDIT_RE = (
    "^(?:"
    + "|".join(
        sorted(
            {v for w in lex.CREDIT_PREFIXES for v in (w, w.capitalize(), w.title(), w.upper())},
            key=lambda w: (-len(w), w),
        )
    )
    + ")(?:"
    + _SPACE
    + "*:|"
    + _SPACE
    + "+[A-Z])"
)
_COPYRIGHT_RE = "(?i)(?:^(?:copyright|©|\\(c\\))|all rights reserved)"
_PROMO_RE = (
    "(?i)^(?:"
    + "|".join(re.escape(p) for p in sorted(lex.PROMO_PREFIXES, key=lambda w: (-len(w), w)))
    + ")(?:"
    + _SPACE
    + "*[:»>|–—-])?"
    + _SPACE
    + "+[^ ]"
)
_PAYWALL_RE = "(?i)(?:" + "|".join(re.escape(p) for p in lex.PAYWALL) + ")"
_PAGE_CHROME_RE = "^[|•·»›>/\\\\]"
_CAPITALISED_RE = (
    "^(?:[A-Z][A-Za-z" + chr(0xC0) + "-" + chr(0x24F) + "'’.-]*|de|da|di|du|la|le|van|von|"
    "der|al|bin|ibn|el)(?:"
    + _SPACE
    + "+(?:[A-Z][A-Za-z"
    + chr(0xC0)
    + "-"
    + chr(0x24F)
    + "'’.-]*|de|da|di|du|la|le|van|von|der|al|bin|ibn|el)){0,3}$"
)
_OUTLET_RE = _phrases(lex.OUTLET_WORDS)
_DROP_CAP_RE = "^[A-Z]$"
# The furniture of a comment thread: "Jane says:", "2 days ago", "Reply",
# "12 Votes", "Leave a comment", "at 10:07 am said:".
_COMMENT_MARKER_RE = (
    "(?i)(?:(?:says|said|wrote|writes)"
    + _SPACE
    + "*:$|^(?:reply|report|quote|like|flag|permalink|share)$|[0-9]+"
    + _SPACE
    + "+(?:comments?|replies|responses|votes?|likes?|points?)$|(?:^|"
    + _SPACE
    + ")(?:[0-9]+|an?)"
    + _SPACE
    + "+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    + _SPACE
    + "+ago|^(?:leave a (?:reply|comment)|add a comment|post a comment|join the discussion"
    + "|comments?|reader comments|rating:|[0-9]+ thoughts? on)|[0-9]:[0-9]{2}"
    + _SPACE
    + "*[ap][.]?m[.]?$)"
)
_LOWER_START_RE = "^[a-z" + chr(0xDF) + "-" + chr(0xF6) + "]"

# Patterns over the normalised form " tok  tok  tok " (lower case ASCII).
_AD_STRONG_NORM = _phrases(lex.AD_STRONG)
_AD_WEAK_NORM = _phrases(lex.AD_WEAK)
_CRYPTO_NORM = _phrases(lex.CRYPTO)
_VICE_NORM = _phrases(lex.VICE + lex.VICE_MORE)
_LISTED_NORM = _phrases(set(lex.AD_STRONG) | set(lex.CRYPTO) | set(lex.VICE) | set(lex.VICE_MORE))
_MARKETING_NORM = _phrases(lex.MARKETING)
_CTA_START_NORM = "^" + _phrases(lex.CTA_VERBS)
_WEAK_START_NORM = "^" + _phrases(lex.AD_WEAK)
_ABOUT_NORM = _phrases(lex.ABOUT_OUTLET)
_PROVENANCE_NORM = _phrases(lex.PROVENANCE)
_ENGAGE_MULTI = [p for p in lex.CTA_ENGAGEMENT if " " in p]
_ENGAGE_KEY_RE = "^(?:" + "|".join(re.escape(p) for p in _ENGAGE_MULTI) + ")(?: |$)"

# The promotional-line score: shapes of a promotion, generic rather than phrases.
_IMPERATIVE_NORM = "^ *" + _phrases(lex.IMPERATIVES)
_PROMO_NORM = _phrases(set(lex.PROMO_WORDS) | set(lex.AD_WEAK) | set(lex.AD_STRONG))
_URGENCY_NORM = _phrases(lex.URGENCY)
_COMMERCE_NORM = _phrases(lex.COMMERCE)
_SHAPES_NORM = _phrases(lex.AD_SHAPES)
# Marketing shapes the word lists cannot hold: "2 for 1", a trailing "since
# 1987", "7 million homeowners", "a 14-day ...".
_SHAPES_RE = (
    "(?i)\\b[0-9]+ for [0-9]+\\b|\\bsince (?:1[89]|20)[0-9]{2}\\W*$"
    "|\\b[0-9]+(?:[.,][0-9]+)? (?:million|thousand) (?:[a-z]+ )?(?:customers|homeowners|users"
    "|members|families|households|drivers|subscribers|patients|owners)\\b|\\b[0-9]{1,3}-day\\b"
)
_YOU_NORM = _phrases(lex.SECOND_PERSON)
# Families of spam without a listed brand or phrase of the advert lists.
_CLICKBAIT_NORM = _phrases(lex.CLICKBAIT)
_AFFILIATE_NORM = _phrases(lex.AFFILIATE)
_PROMPT_NORM = _phrases(lex.READER_PROMPTS)
_VICE_CONTEXT_NORM = _phrases(lex.VICE_CONTEXT)
_FAMILIES_NORM = _phrases(set(lex.CLICKBAIT) | set(lex.AFFILIATE) | set(lex.READER_PROMPTS))
# Word families by stem rather than by phrase, so that inflections and new
# combinations count: what a reader is asked to do (subscribe, register, log
# in, install, share ...) and what a sponsorship disclosure says (sponsored,
# paid, advertisement, partners, commission ...) about what (content, article,
# links, products ...).
_READER_ACTION_NORM = (
    " (?:subscri[a-z]*|newsletters?|sign(?:ing)?  up|signup|log  in|login|notifications?"
    "|download  (?:our|the)|install[a-z]*|podcasts?|inbox|keep  reading|continue  reading"
    "|full  story|unlimited  access|members?hip|paywall|bookmark|rss) "
)
# Reader actions that news also speaks of: they count only beside another.
_READER_WEAK_NORM = (
    " (?:follow|share|apps?|accounts?|alerts|extension|e  ?mails?|donat[a-z]*|register"
    "|briefing|download[a-z]*|tap|rate|vote|polls?|surveys?|contribut[a-z]*|pledge|join"
    "|community|discussion|channel|whatsapp|discord|telegram|notified|alerted|chip  in) "
)
# Vice spam by stem: gambling, pills, crypto schemes, adult, quick money.
_VICE_STEM_NORM = (
    " (?:casinos?|kasino|slots?|poker|roulette|blackjack|baccarat|jackpots?|betting|bookmakers?"
    "|viagra|cialis|levitra|pharmacy|pills?|prescription|rx|tramadol|xanax|valium|adderall"
    "|crypto|bitcoin|btc|forex|signals|doubler|airdrop|webcam|webcams|sexy|xxx|porn[a-z]*"
    "|nude|escorts?|hookups?|singles|payday|replica|followers|spins|bonus) "
)
# Commercial intent by stem: goods, prices, offers, delivery, credit.
_COMMERCE_STEM_NORM = (
    " (?:brands?|prices?|priced|pricing|sale|deals|discount[a-z]*|coupons?|promo|offers?"
    "|shop|shops|shopping|stores?|outlet|gifts?|delivered|delivery|shipping|ships"
    "|ordering|buy|buying|purchase|rates|refinanc[a-z]*|mortgages?|loans?"
    "|insurance|quotes?|complimentary|free|trial|guarantee[a-z]*|luxury|premium|bargains?"
    "|cheap[a-z]*|affordable|save|savings|kits?|resort|booking|customers?"
    "|warranty|checkout|cart) "
)
_SPONSOR_WORD_NORM = (
    " (?:sponsor|sponsors|sponsored|sponsorship|advertis[a-z]*|advertorial|paid|promoted"
    "|affiliates?|compensat[a-z]*|partners?|partnership|(?:content|article|post|story)"
    "  (?:provided|presented|produced|brought|supplied)  by) "
)
_SPONSOR_OBJECT_NORM = (
    " (?:content|article|articles|post|posts|story|stories|page|links?|products?|purchases?"
    "|following) "
)
_MONEY_RE = (
    "[$€£¥₹]"
    + _SPACE
    + "?[0-9]|[0-9](?:[.,][0-9]+)?"
    + _SPACE
    + "?(?:USD|EUR|GBP|dollars?|euros?|pounds|bucks)(?:[^A-Za-z]|$)|[0-9][.,]99(?:[^0-9]|$)"
    + "|(?:/|"
    + _SPACE
    + "per"
    + _SPACE
    + "|"
    + _SPACE
    + "a"
    + _SPACE
    + ")(?:mo|month|yr|year|week|day)(?:[^A-Za-z]|$)"
)
_PERCENT_OFF_RE = (
    "(?i)[0-9]"
    + _SPACE
    + "?%"
    + _SPACE
    + "*(?:off|discount|cheaper|less|savings|back|below)|(?:save|up to|extra|take|get|enjoy)"
    + _SPACE
    + "+[0-9]+"
    + _SPACE
    + "?%"
)
_PHONE_RE = (
    # North American and European groupings: 555-123-4567, 0800 555 0199, +44 20 7946 0958
    "(?:^|[^0-9])(?:[+]?[0-9]{1,3}[ .-])?[(]?[0-9]{2,4}[)]?[ .-][0-9]{3,4}[ .-][0-9]{3,4}"
    "(?:[^0-9]|$)"
    "|(?:^|[^0-9])1[ .-]?8[0-9]{2}[ .-]|^(?:[Tt]ext|TEXT|[Ss]ms|SMS|[Dd]ial|DIAL)"
    + _SPACE
    + "+[A-Za-z0-9]+"
    + _SPACE
    + "+(?:to|TO)"
    + _SPACE
    + "+[0-9]{4,6}"
)
_RATING_RE = (
    "[0-9](?:[.,][0-9])?"
    + _SPACE
    + "?(?:/"
    + _SPACE
    + "?5|out of (?:5|five))(?:[^0-9]|$)|[★⭐]{3,}|[0-9](?:[.,][0-9])?[ -]stars?"
)
_TRADEMARK_RE = "[®™℠]"
# An imperative after a sentence break inside the line ("... experts recommend. Call now").
_IMPERATIVE_LATER_RE = (
    "(?i)[.!?:|–—]"
    + _SPACE
    + "+(?:"
    + "|".join(
        sorted(
            (w.replace("dont", "don[’']t").replace(" ", _SPACE + "+") for w in lex.IMPERATIVES),
            key=lambda w: (-len(w), w),
        )
    )
    + ")(?:[^A-Za-z]|$)"
)
# A short question followed by a pitch ("Looking for X? Brand has ...").
_QUESTION_PITCH_RE = "^[^?.!]{3,60}[?]" + _SPACE + "+[A-Z0-9]"
# A quotation mark, also as mis-decoded UTF-8 ("â\x80\x9c", common in scraped text).
_QUOTE_RE = '["“”]|â\x80[\x98\x99\x9c\x9d]'
_CONTRIBUTED_RE = (
    "(?i)contributed to this (?:report|story|article)|^h/t |^\\[?note:|^featured (?:image|photo)"
)
_WE_RE = "(?i)\\b(?:we|us|our|ours|we're|we've|we'll)\\b"
_SEPARATOR_RE = "[|·•]| [-–—] | [-–—]$"
# A line that ends by naming who is behind it: "... Tonight (Brand Travel)",
# "... flights included | Brand Holidays", "... — Brand Homes".
_TAIL_NAME_RE = "(?:[(]|[|·•][ ]*|[–—][ ]*)[A-Z][A-Za-z&'’. -]{1,40}[)]?[ ]*$"
# The same, held to a name of at most four words: how a native advert signs
# its headline ("... Packing Tonight (Brand Travel)", "... · Brand").
_SIGNED_TAIL_RE = "(?:[(]|[|·•][ ]*)[A-Z][A-Za-z&'’.-]*(?: [A-Z&][A-Za-z&'’.-]*){0,3}[)]?[ ]*$"
# ... unless the bracket says what the story holds ("(Photos)", "| Video").
_MEDIA_TAIL_RE = (
    "(?i)(?:[(]|[|·•][ ]*)(?:photos?|pictures?|pics|images?|videos?|watch|live|audio|podcast"
    "|gallery|graphic|opinion|analysis|exclusive|updated?|explainer|interview|review)[)]?[ ]*$"
)
# An offer by its form, whatever its words: a price after "from" ("from
# £441pp", "from CA$483 a month"), a price at a seller ("£111 at Brand"), a
# rate with the label advertising rules require ("2.31% APR representative",
# "5.37% AER"), "no win, no fee".  A range ("from $150 to $200") is a fact,
# not an offer.
_PRICE = "(?:[A-Z]{1,3})?[$€£¥₹][ ]?[0-9]"
_REPORTING_RE = (
    "(?i)\\b(?:said|declined to comment|declined to say|did not respond|according to"
    "|told (?:reporters|journalists|(?-i:the [A-Z][a-z]+|[A-Z][a-z]+))"
    "|spokes(?:man|woman|person)|in a statement)\\b"
)
# A report speaks of the past; an advert of now and the days ahead.
_PAST_RE = "(?i)\\b(?:last (?:week|month|year|night)|yesterday|earlier this (?:week|month|year))\\b"
_OFFER_FROM_RE = "(?i:\\b(?:from|starting at|starts at|from just|from only))[ ]+" + _PRICE
_PRICE_RANGE_RE = (
    "(?i:\\bfrom)[ ]+"
    + _PRICE
    + "[0-9,.]*[ ]*(?:[a-z]+[ ]+)?(?:to|and|-|–|—)[ ]*(?:(?:[A-Z]{1,3})?[$€£¥₹]|[0-9])"
)
_PRICES_BETWEEN_RE = (
    "(?i:\\bbetween)[ ]+" + _PRICE + "[0-9,.]*[ ]*(?:[a-z]+[ ]+)?and[ ]*(?:[$€£¥₹]|[0-9])"
)
_PRICE_AT_RE = _PRICE + "[0-9,.]*[ ]+(?:at|from)[ ]+[A-Z]"
_RATE_LABEL_RE = (
    "[0-9](?:[.,][0-9]+)?[ ]?%[ ]*(?:APR|AER|APY|p[.]a[.])"
    "|\\b(?:representative APR|APR representative)\\b|(?i:\\bno win,? no fee\\b"
    # the warnings advertising rules require on loans, investments and betting
    "|your home (?:may|could) be repossessed|capital (?:is )?at risk|t&cs apply"
    "|value of (?:your )?investments? can (?:go down|fall)|terms and conditions apply"
    "|representative example|begambleaware|when the fun stops"
    # a recommended retail price beside the offer ("now £286 (RRP £326)"),
    # early-bird tickets with their price
    "|\\b(?:rrp|msrp|list price)[ ]*:?[ ]*(?:[A-Z]{1,3})?[$€£¥₹][0-9]"
    "|\\bearly[- ]bird (?:tickets?|prices?|offer|rate)s?\\b[^.!?]{0,30}[$€£¥₹][0-9]"
    # classifieds ("£9,195 ono", "£684 pcm bills included"), tickets and entry
    # with their price, a salary with "apply", social proof ("used by 40,000
    # small firms")
    "|[$€£¥₹][0-9][0-9,.]*[ ]*(?:ono|ovno|pcm|p/w)\\b|\\bbills included\\b"
    "|\\b(?:tickets?|entry|admission)(?: from)?[ ]*:?[ ]*(?:[A-Z]{1,3})?[$€£¥₹][0-9]"
    "|[$€£][0-9]{2,3},[0-9]{3}\\b[^.!?]{0,40}[.!]?[ ]*apply\\b"
    "|\\b(?:used|trusted|loved) by (?:over |more than )?[0-9][0-9,.]*(?:k|m| million)?\\+? "
    "(?:small |local |uk |us )?(?:firms|businesses|companies|customers|teams|families"
    "|users|schools|shops|brands|drivers|homeowners|patients|members)"
    # a product card ("€787 €813 −3% ★4.6 (8,721)"), a countdown, "no joining fee"
    "|[★☆][ ]?[0-5](?:[.,][0-9])?[ ]?\\([0-9][0-9,.]*\\)|−[0-9]{1,2}%"
    "|\\bends in [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\\b|\\bno joining fee\\b)"
)
# A name, a full stop, then a tagline: "Brindle Bank. Banking that listens."
# (a title such as "Mr." is not a name; the tagline speaks of no person).
_SLOGAN_RE = (
    "^(?:The )?[A-Z][A-Za-z0-9&'’-]*(?: (?:[A-Z&][A-Za-z0-9&'’-]*|of|and)){0,3}[.] "
    "[A-Z][^.!?]{2,60}[.!](?: [A-Z][^.!?]{2,60}[.!])?$"
)
_NOT_SLOGAN_RE = (
    "^(?:The )?(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Jr|Sr|No|Vol|Inc|Co|Corp|Ltd)[.]"
    "|(?i)\\b(?:i|me|my|he|she|we|they|you|his|her|our|their|your|him|them|us)\\b"
)
# The reader hooked by a Title Case teaser: "This ...", "Your ...".
_HOOK_RE = "\\b(?:This|These|Your|You|You're|You'll)\\b"
# Words of four letters or more, and those of them capitalised: a headline
# in Title Case ("Why Retirees Are Quietly Swapping Their Old Blinds").
_LONG_WORD_RE = "[A-Za-z]{4,}"
_LONG_CAPITAL_RE = "[A-Z][a-z]{3,}"
_LINK_RE = (
    "(?:^|[ (])@[A-Za-z0-9_]{2,}|[A-Za-z0-9-]{2,}[.][a-z]{2,10}(?:/|[ ,;:)!?]|$)|https?://|www[.]"
)
#: Promotional-line score needed, with the line's off-topic bonus, to call it spam.
_PROMO_THRESHOLD = 5.0
#: Promotion probability the learned layer needs on a line of up to three words.
_SHORT_PROMO_PROBABILITY = 0.9

# Python patterns for the per-line scan of the few suspicious lines.
_FOREIGN_RUN_PY = re.compile(f"{_FOREIGN}+(?:[ \\-]*{_FOREIGN}+)*")
# A markup character escaped for a script or a URL: "\\x3C", "\\u003c", "%7B".
_CODE_ESCAPE_PY = re.compile(
    r"\\(?:x|u00)(3[cCeE]|7[bBdD]|5[bBdD]|2[26])|%(3[cCeE]|7[bBdD]|5[bBdD]|2[26])"
)
_LONG_TOKEN_PY = re.compile(r"[A-Za-z0-9+/=_-]{16,}")
# A version with a commit hash: git describe ("v4.17.3-149-g5fece04") or
# semantic-version build metadata ("2.3.1+build.5fece04a").
_BUILD_ID_PY = re.compile(
    r"(?<![\w.])v?\d+(?:\.\d+){1,3}(?:-[0-9A-Za-z.]{1,20})?"
    r"(?:-\d+-g[0-9a-f]{7,40}|\+[0-9A-Za-z.-]{0,30}[0-9a-f]{7,40})"
    r"(?:-dirty)?(?![\w.])"
)
_UUID_PY = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)
_HEX_PY = re.compile(r"[0-9a-fA-F]{32,}")
_HEX_ONLY_PY = re.compile(r"[0-9a-f]+")
_URL_PY = re.compile(r"(?i)\bhttps?://[^\s\[\]<>\"']+")
_B64_PADDED_PY = re.compile(r"[A-Za-z0-9+/]{16,}={1,2}")
#: Base32 with its padding ("KVCSNMUB...======"): upper case and 2-7 only.
_B32_PADDED_PY = re.compile(r"[A-Z2-7]{16,}={1,6}")
_URLISH_PY = re.compile(r"(?i)(?:://|www\.|@|\.(?:com|net|org|io|html?|php|aspx?)\b)")
# Bodies exclude the delimiters' first characters ([^<>], [^{}]) so that a
# line full of openers is scanned in linear time.
_MARKUP_PY = re.compile(
    "|".join(
        [
            # A whole line of script or style: a call statement ("fbq('track', 'PageView');"),
            # a statement opened by a keyword ("return false;", "else {",
            # "import React from 'react';"), a CSS declaration ("margin: 0 auto;").
            # It comes first: a shorter match of another kind at the line's
            # start ("document.getElementById(") would leave the rest as prose.
            r"(?P<statement>^\s*[\w$.!]+\([^\n]{0,500}\)\s*;\s*$|^\s*[\w$.!]+\([^\n]{0,500}\}\s*\)\s*;?\s*$"
            r"|^\s*(?:return|import|export|break|continue|throw)\b[^\n]{0,300};\s*$"
            # an ES import without its semicolon ("import { Callout } from '@/x'"),
            # AsciiDoc and Textile images ("image::x.jpg[width=600]", "!>/x.jpg(Photo)!")
            r"|^\s*(?:window|self|globalThis)\.[\w$]+\s*=\s*[^\n]{1,3000}$"
            r"|^\.(?:TH|SH|SS|PP|LP|IP|TP|RS|RE|nf|fi)\b[^\n]{0,200}$"
            r"|^\s*import\s+(?:\{[^{}\n]{0,200}\}|[\w$]+|\*\s+as\s+[\w$]+)"
            r"(?:\s*,\s*\{[^{}\n]{0,200}\})?\s+from\s+['\"][^'\"\n]{1,200}['\"];?\s*$"
            r"|\b(?:image|video|audio|include)::?[^\s\[\]]{1,300}\[[^\[\]\n]{0,200}\]"
            r"|!(?:[<>=]|\([^()\n]{0,40}\))?/?[^\s!]{1,300}[.](?:jpe?g|png|gif|webp)(?:\([^()\n]{0,100}\))?!"
            r"|^\s*(?:try|else|catch|finally|new|await|const|let|var|if|for|while|switch|case"
            r"|function|do)\b(?=[^\n]*[(){}=])[^\n]{0,500}[;{}]\s*$"
            r"|^\s*[\w$]+(?:\.[\w$]+|\([^()\n]{0,100}\)|\[[^\[\]\n]{0,50}\]){2,12}\s*=\s*[^\n]{1,300};\s*$"
            r"|^\s*[a-z][a-z-]{2,30}\s*:\s*[^;:{}\n]{1,100};\s*$|<\?xml\b[^<>]{0,300}\?>)",
            r"(?P<comment><!--[^<>]{0,2000}?-->)",
            r"(?P<script><(?P<element>script|style|noscript)\b[^<>]{0,300}>[^<>]{0,3000}?"
            r"</(?P=element)>)",
            r"(?P<mangled><?![-–—]{1,2}[^<>]{0,300}?[-–—]{1,2}>)",
            r"(?P<wp>/?wp:[a-z][a-z0-9/_-]*)",
            # (Internet Explorer's conditional comments: "<!--[if lt IE 9]>", "<![endif]-->")
            r"(?P<dangling><!--\[if [^\[\]<>]{0,40}\]>|<!\[endif\]-->|<!\[endif\]>|<!--|-->|[–—]>)",
            # Tag names may be namespaced or hyphenated ("<media:content",
            # "<amp-ad"); values may be JSX expressions ("sizes={[[300, 250]]}").
            r"(?P<tag></?[a-zA-Z][a-zA-Z0-9]{0,20}(?:[:-][a-zA-Z0-9_]{1,30}){0,3}"
            # (attribute names of Angular and Vue too: "*ngIf", "[src]", "(click)", ":key")
            r"(?:\s+[*#@:(\[]?[a-zA-Z_:.-]{1,40}[)\]]{0,2}(?:=(?:\"[^\"<>]{0,500}\"|'[^'<>]{0,500}'"
            r"|\{[^{}<>]{0,300}\}|[^\s<>{}]{1,500}))?){0,30}\s*/?>)",
            r"(?P<cdata><!\[CDATA\[[^<>\[\]]{0,500}\]\]>|<!\[CDATA\[|\]\]>)",
            r"(?P<shortcode>\[/?[a-z][a-z0-9_-]{0,40}(?:\s+[a-z0-9_-]{1,40}="
            r"(?:\"[^\"\[\]]{0,200}\"|'[^'\[\]]{0,200}'|[^\s\[\]]{1,200})){1,20}\s*/?\]"
            r"|\[/[a-z][a-z0-9_-]{0,40}\]|\[(?:"
            + "|".join(re.escape(s) for s in lex.SHORTCODES)
            + r")(?:\s[^\[\]]{0,200})?\])",
            r"(?P<bbcode>\[/?(?:b|i|u|s|url|img|quote|code|color|size)(?:=[^\[\]]{0,100})?\])",
            # (Blade's "{!! $x !!}" and "@include(...)", Joomla's "{loadposition x}",
            # a JSX expression "{a.b && <X />}")
            r"(?P<template>\{\{[^{}]{0,500}\}\}|\{%[^{}]{0,500}%\}|\$\{[^{}]{0,200}\}"
            r"|\{!![^{}]{0,500}!!\}|(?<![\w@])@@?(?:include|yield|section|extends|component"
            r"|stack|push|each|foreach|endforeach|if|endif|php|endphp|csrf)\([^()]{0,300}\)"
            r"|\{/?[a-z][a-z0-9_]{2,30}\s+[a-z0-9_-]{1,40}(?:\s+[a-z0-9_=-]{1,40}){0,5}\}"
            r"|\{\s*[\w$]+(?:\.[\w$]+)*\s*(?:&&|\|\||\?)(?:[^{}]|\{[^{}]{0,100}\}){0,300}\}"
            r"|<\?(?:php\b|=|\s*\$)(?:[^?]|\?(?!>)){0,500}\?>|<\?php\b|<%[^<>]{0,500}%>"
            # Mako "<%namespace name="x" file="y"/>", Tumblr "{block:Photo}",
            # "{LinkOpenTag}", Confluence "{panel:title=X|borderStyle=dashed}"
            r"|</?%(?:namespace|inherit|include|def|block|page|text|call)\b[^<>]{0,300}>"
            r"|\{/?block:[A-Za-z]{1,40}\}|\{[A-Z][a-z]+(?:[A-Z][a-z]+)+\}"
            r"|\{(?:panel|code|noformat|info|note|warning|tip|expand|anchor|toc|excerpt)"
            r"(?::[^{}\n]{0,200})?\}"
            # MoinMoin "<<TableOfContents(2)>>", Movable Type "<$mt:EntryTitle$>",
            # HTML::Template "<TMPL_VAR NAME="X">", Template Toolkit "[% INCLUDE x %]",
            # Mason "<& /ads/slot.mas &>", Mailchimp "*|MC:SUBJECT|*", kramdown "{: .x}"
            r"|<<[A-Za-z][\w-]{2,40}(?:\([^()\n]{0,100}\)|\s[^<>\n]{0,300})?>>"
            # MediaWiki magic words, Dust partials, PmWiki directives, AMPscript,
            # MkDocs admonitions and snippets, Texinfo, YAML front matter
            r"|__[A-Z]{4,20}__|\{>\s*\"?[\w/.-]{1,100}\"?[^{}\n]{0,200}/?\}"
            r"|\(:[a-z]{2,30}(?:\s[^():\n]{0,200})?:\)|%%=[^%\n]{1,200}=%%|%%\[[^%\n]{0,300}\]%%"
            r"|^\s*[!?]{3}\+?\s+[a-z]{2,20}(?:\s+\"[^\"\n]{0,100}\")?\s*$|^\s*-{2}8<-{2}\s[^\n]{0,300}$"
            r"|^@(?:node|chapter|section|subsection|menu|setfilename|settitle|cindex|include)\b"
            r"[^\n]{0,200}$"
            r"|^[a-z]+_[a-z_]+:\s+\S{1,300}$"
            r"|</?\$?mt:?[A-Za-z]{2,40}\b[^<>\n]{0,200}?\$?>"
            r"|</?TMPL_[A-Z]{2,10}\b[^<>\n]{0,200}>|\[%[^\[\]\n]{0,300}%\]|<&\|?(?:[^<>\n]|=>){0,300}&>"
            r"|\*\|[A-Z0-9_:]{2,40}\|\*|^\s*\{:[^{}\n]{0,200}\}\s*$"
            r"|\[\[[^\[\]]{1,300}\]\]|(?<![\w&])#\{[\w$.@]{1,60}\}"
            # Smarty "{$article.title}", "{literal}"; FreeMarker "<#if x>", "</#list>";
            # Razor "@Html.Raw(Model.Body)", "@{ ... }"
            r"|\{\$[\w.\->\[\]]{1,60}(?:\|[\w]{1,30}(?::(?:'[^'{}]{0,40}'|\"[^\"{}]{0,40}\"|[\w]{1,30}))*){0,5}\}"
            r"|\{/?(?:literal|ldelim|rdelim|strip|nocache)\}"
            # ExpressionEngine "{exp:channel:entries channel="news"}", Velocity
            # "#if($story.paywall)", "#parse("x.vm")", "#end"
            r"|\{/?exp:[a-z_]+(?::[a-z_]+)*(?:\s[^{}]{0,300})?\}"
            r"|(?<![\w&#])#(?:if|elseif|foreach|set|parse|include|macro|define|evaluate)\s*\([^()\n]{0,200}\)"
            r"|(?<![\w&#])#(?:end|else)\b(?=\s*(?:#|$))"
            r"|</?[#@][a-z][\w.]{0,30}(?:\s[^<>]{0,300})?>"
            r"|(?<![\w@])@(?:Html|Model|ViewBag|ViewData|Url)\.[\w.]{1,60}(?:\([^()]{0,200}\))?"
            r"|(?<![\w@])@\{[^{}]{0,300}\})",
            # (double-escaped too: "&amp;quot;")
            r"(?P<entity>&(?:amp;)*(?:[a-zA-Z]{2,8}|#[0-9]{2,6}|#x[0-9a-fA-F]{2,5});)",
            r"(?P<latex>\\(?:begin|end)\{[a-zA-Z*]{1,20}\}(?:\{[^{}]{0,100}\})?"
            r"|\\(?:hline|toprule|midrule|bottomrule|textbf|textit|emph|frac|cite|label"
            r"|section|subsection|item|includegraphics|caption)\b)",
            r"(?P<mdtable>^\s*\|(?:[^|]{0,200}\|){2,}\s*$|^\s*\|?(?:\s*:?-{3,}:?\s*\|){2,})",
            # Page-builder shortcodes name their modules with joined words
            # ("[et_pb_row]", "[elementor-template id=...]").
            r"(?P<builder>\[/?[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+(?:\s[^\[\]]{0,300})?\])",
            r"(?P<jsonld>\{\s*\"@(?:context|type)\"[^{}]{0,2000}\}?|\"@(?:context|type|id)\"\s*:"
            # any JSON object printed as a line ('{"nodeType":"embedded-entry-block",
            # ...', '{"entityMap":{},"blocks":[...')
            r"|^\s*\[?\{\s*\"[A-Za-z_$][\w$-]{0,40}\"\s*:[^\n]{0,2000}$)",
            r"(?P<css>(?:(?<![\w.#])[.#][A-Za-z][\w-]*+(?:[\s>+~,:]+[.#]?[A-Za-z][\w-]*){0,6}"
            r"|@media[^{}]{0,100})\s*\{(?:[^{}]{0,300}\})?|!important\b"
            r"|@(?:import|font-face|charset)\b[^;{}]{0,300};?)",
            r"(?P<js>\b(?:var|let|const)\s+[\w$]+\s*=|\|\|\s*\[\]|=>\s*\{"
            # possessive: a dotted call is tried once per word, never backtracked
            r"|(?<![\w$])[\w$]++(?:\.[\w$]++)++\s*\([^()]{0,300}\)\s*;"
            r"|(?<![\w$])[a-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)++\s*\("
            # (a library's call with a string or an object: "Highcharts.chart('c', {")
            r"|(?<![\w$])[A-Z][\w$]*+(?:\.[A-Za-z_$][\w$]*+)++\s*\(\s*['\"{\[]"
            # jQuery and bare calls: "$(document)", "initSlider();", "});"
            r"|\$\([^()]{0,200}\)(?:\.[\w$]+)*|(?<![\w$])[\w$]++\(\)\s*;|\}\s*\)\s*;"
            # "(x = x || []).push({});", "})();"
            r"|\)\s*\.[\w$]+\s*\([^()]{0,200}\)\s*;|\}\s*\)\s*\(\s*\)\s*;?)",
            # (and the placeholders of ad slots: "%AD_SLOT_2%", "##AD##", "[INSERT AD HERE]")
            r"(?P<variable>\{#[^{}]{0,300}#\}|%%[a-z_]{2,30}%%|(?<![\w%])%[A-Z][A-Z0-9_]{1,30}%(?![\w%])"
            r"|##[A-Z][A-Z0-9_ ]{1,30}##|\[(?:INSERT|PLACE|PUT)\s[A-Z0-9 _-]{2,40}\]"
            # (and a CMS token left unreplaced: Drupal's "[node:title]", "[site:name]")
            r"|\[[a-z][a-z0-9_-]{1,30}(?::[a-z0-9_-]{1,30})+\])",
            # An attribute of a tag left without its tag ('style="color: red"',
            # 'onclick="track()"'), a server error printed into the page.
            r"(?P<attribute>(?<![\w-])(?:style|class|srcset|sizes|onclick|onload|onerror"
            r"|data-[a-z][a-z0-9-]{0,30}|aria-[a-z]{2,20})=\"[^\"]{0,500}\")",
            r"(?P<error>(?:PHP )?(?:Warning|Notice|Fatal error|Parse error|Deprecated):"
            r"[^\n]{0,500}? in /[\w./-]{1,300}\.php(?: on line \d+)?)",
            r"(?P<directive>^\s*:{3,}\s*(?:[a-z-]{0,20}|\{[^{}\n]{0,200}\})\s*$"
            r"|^\s*>\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\])",
            # A Markdown link or image, its text included: a line that is only a
            # link is residue, a link inside a sentence is a span of it.
            r"(?P<mdlink>!?\[[^\[\]]{1,200}\]\((?:https?://|www\.|/|#)[^()\s]{0,500}\))",
            # Escapes printed as text: "\n\n", "\x3C", "\u2019", "%3Cdiv%3E", and
            # wiki bold ('''bold''')
            r"(?P<escape>(?:\\[nrt]){2,}|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}"
            r"|(?<![\w/=?&.%-])(?:%[0-9A-Fa-f]{2}){2,}|'{3}[^'\n]{1,100}'{3})",
            r"(?P<linecomment>^\s*//[ ]+[A-Za-z][^\n]{0,300}$"
            # a source-map comment ("//# sourceMappingURL=app.js.map")
            r"|(?://|/\*)[#@]\s*source(?:Mapping)?URL=\S{1,300}(?:\s*\*/)?"
            # a reStructuredText directive (".. image:: /media/x.jpg")
            r"|^\s*\.\.\s[a-z][a-z0-9_-]{1,30}::(?:\s[^\n]{0,300})?$)",
            # A line that is only the closing part of a tag, a template or a
            # wiki table ("/>", "'); ?>", "}}", "|}"), a code fence, a merge
            # conflict marker, or a placeholder alone ("{ad}", "<<ad_slot>>").
            r"(?P<fragment>^[\s\"'`);\]}]*(?:/>|\?>|%>|\}\}|\]\]>?|\|\}|\{\||\|-|```[a-z]{0,12})"
            r"[\s;]*$|^\s*(?:<{7}|>{7})(?: [^\n]{0,100})?$|^\s*\{[a-z][a-z0-9_-]{1,30}\}\s*$"
            r"|^\s*<<[a-z_]{2,30}>>\s*$|^[\s{}();,\]]*[{}][\s{}();,\]]*$|^\s*\[(?:if|endif)\b[^\[\]]{0,40}\]\s*$)",
            r"(?P<code>\{[^{}]{0,300}:[^{}]{0,300};[^{}]{0,300}\}|\bfunction\s*\("
            r"|\bdocument\.(?:write|getElementById|querySelector)|\bwindow\.[\w$]+)",
        ]
    )
)
#: Lines longer than this are judged on their first characters only: a
#: paragraph is never this long, and the per-line scan must stay fast.
_SCAN_LIMIT = 50_000
_MARKUP_NAMES = {
    "comment": "HTML comment",
    "script": "inline script/style block",
    "mangled": "mangled HTML comment",
    "wp": "WordPress block marker",
    "dangling": "dangling comment delimiter",
    "tag": "HTML tag",
    "shortcode": "shortcode",
    "bbcode": "BBCode tag",
    "template": "template tag",
    "entity": "HTML entity",
    "code": "script/CSS residue",
    "builder": "page-builder shortcode",
    "jsonld": "JSON data (JSON-LD or a CMS's content JSON)",
    "css": "CSS rule",
    "js": "JavaScript statement",
    "variable": "template comment or variable",
    "cdata": "CDATA section marker",
    "latex": "LaTeX command",
    "mdtable": "Markdown table row",
    "attribute": "HTML attribute without its tag",
    "error": "server error message",
    "directive": "Markdown directive or alert",
    "mdlink": "Markdown link",
    "escape": "escape sequence printed as text",
    "linecomment": "script comment",
    "fragment": "fragment of markup",
    "statement": "line of script or style",
}
_CTA_START_PY = re.compile(_CTA_START_NORM)
_LOWER_WORD_PY = re.compile(r"\b[a-z]{3,}\b")
_CAPITAL_NAME_PY = re.compile(r"\b[A-Z][a-z]{2,}\b")
#: Last centibel bin of wordfreq's English list whose words count as common
#: (frequency 10 ** -6.5, Zipf 2.5).
_COMMON_BINS = 650
_SENTENCE_END_PY = re.compile(r"(?<=[.!?…])\s+(?=\S)")
_NORM_PY = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = "['’‘`´]"
# Every character str.split() splits on (str.isspace), for pyarrow's splitting.
_PY_SPACE_RUN = "[" + "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "]+"
_STOPWORDS_ARROW = pa.array(sorted(lex.STOPWORDS))


def _key_of(phrase: str) -> str:
    """The comparison key of a phrase, as computed for lines."""
    return " ".join(_NORM_PY.sub(" ", re.sub(_APOSTROPHES, "", phrase.lower())).split())


_NAVIGATION_KEYS = frozenset(_key_of(p) for p in lex.NAVIGATION)
_RELATED_KEYS = frozenset(_key_of(p) for p in lex.RELATED)
_ENGAGE_SINGLE_KEYS = frozenset(_key_of(p) for p in lex.CTA_ENGAGEMENT if " " not in p)

_SPAM_PHRASES_PY = {
    name: re.compile(pattern)
    for name, pattern in (
        ("ad", _AD_STRONG_NORM),
        ("commercial", _AD_WEAK_NORM),
        ("crypto", _CRYPTO_NORM),
        ("vice", _VICE_NORM),
        ("marketing", _MARKETING_NORM),
    )
}

_INT_COLUMNS = ["seg_no", "line_no", "start", "end", "spam_start", "spam_end"]
_STR_COLUMNS = [ARTICLE_ID, TEXT, "label", "category", "reason"]


# --------------------------------------------------------------------------
# Splitting


def _empty_segments() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="str") for c in SEGMENT_COLUMNS})
    return frame.astype({c: "int64" for c in _INT_COLUMNS})


def _split_lines(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """Non-empty lines with raw offsets; returns the lines and the scoreable texts."""
    error = articles[ERROR] if ERROR in articles else pd.Series(pd.NA, index=articles.index)
    texts = articles[TEXT]
    keep = error.isna().to_numpy() & texts.notna().to_numpy()
    texts = texts[keep].astype("str").reset_index(drop=True)
    ids = articles.loc[keep, ARTICLE_ID].astype("str").reset_index(drop=True)
    if SOURCE in articles:
        sources = articles.loc[keep, SOURCE].reset_index(drop=True)
    else:
        sources = pd.Series(pd.NA, index=ids.index, dtype="object")
    if texts.empty:
        return pd.DataFrame(), texts
    # pyarrow splits all texts at once (a Python split per text, then explode,
    # costs more than the rest of the splitting).
    parts = pc.split_pattern(pa.array(texts.array), "\n")
    pos = pc.list_parent_indices(parts).to_numpy(zero_copy_only=False).astype(np.int64)
    raw = pd.Series(pc.list_flatten(parts), dtype="str")
    raw_len = raw.str.len().to_numpy()
    # Offsets: each raw line is followed by one "\n"; cumulative sums restart per article.
    step = raw_len + 1
    cum = np.cumsum(step)
    article_first = np.r_[0, np.flatnonzero(np.diff(pos)) + 1]
    base = np.repeat(
        cum[article_first] - step[article_first], np.diff(np.r_[article_first, len(pos)])
    )
    line_start = cum - step - base
    line_no = np.arange(len(pos)) - np.repeat(
        article_first, np.diff(np.r_[article_first, len(pos)])
    )
    stripped = raw.str.strip()
    lead = raw_len - raw.str.lstrip().str.len().to_numpy()
    n_chars = stripped.str.len().to_numpy()
    nonempty = n_chars > 0
    lines = pd.DataFrame(
        {
            "pos": pos[nonempty],
            ARTICLE_ID: ids.to_numpy()[pos[nonempty]],
            SOURCE: sources.to_numpy()[pos[nonempty]],
            "line_no": line_no[nonempty] + 1,
            "start": line_start[nonempty] + lead[nonempty],
            TEXT: stripped[nonempty].reset_index(drop=True),
        }
    )
    lines["end"] = lines["start"] + n_chars[nonempty]
    lines["seg_no"] = lines.groupby("pos", sort=False).cumcount()
    return lines.reset_index(drop=True), texts


# --------------------------------------------------------------------------
# Vectorised features


def _arrow(series: pd.Series) -> pa.Array:
    return pa.array(series.array) if len(series) else pa.array([], type=pa.string())


def _re2(series: pd.Series | pa.Array, method: str, pattern: str) -> np.ndarray:
    """``series.str.<method>(pattern)`` straight on pyarrow's RE2 kernels.

    pandas parses every pattern with Python's ``re`` first to decide whether
    RE2 can run it (milliseconds for the long word-list alternations, on
    every call); the patterns here are all written for RE2, so that check
    is skipped.  ``method`` is ``count``, ``contains`` or ``fullmatch``.
    """
    values = _arrow(series) if isinstance(series, pd.Series) else series
    if method == "count":
        return pc.count_substring_regex(values, pattern).to_numpy(zero_copy_only=False)
    if method == "fullmatch":
        pattern = f"^(?:{pattern})$"
    return pc.match_substring_regex(values, pattern).to_numpy(zero_copy_only=False)


class _Scopes:
    """Run ``.str`` methods on the rows of a mask only, taking each (mask, Series) subset once.

    Most rules concern short lines; skipping the long prose lines, which hold
    most of the characters, keeps the regex passes cheap, and many rules share
    a scope ("at most 35 words"), so the subset is taken once (straight from
    the pyarrow array: a pandas ``iloc`` per subset costs more than the regex).
    """

    def __init__(self) -> None:
        self._arrays: dict[int, tuple[pd.Series, pa.Array]] = {}
        self._taken: dict[tuple[int, bytes], tuple[pd.Series, np.ndarray, pa.Array]] = {}

    def _subset(self, mask: np.ndarray, series: pd.Series) -> tuple[np.ndarray, pa.Array]:
        key = (id(series), np.asarray(mask, dtype=bool).tobytes())
        found = self._taken.get(key)
        # The Series is kept with its subset, so that its id cannot be reused.
        if found is None or found[0] is not series:
            whole = self._arrays.get(id(series))
            if whole is None or whole[0] is not series:
                whole = self._arrays[id(series)] = (series, _arrow(series))
            idx = np.flatnonzero(mask)
            found = self._taken[key] = (series, idx, whole[1].take(pa.array(idx, pa.int64())))
        return found[1], found[2]

    def on(self, mask: np.ndarray, series: pd.Series, method: str, *args, **kwargs) -> np.ndarray:
        """``series.str.<method>(*args)`` on the rows in ``mask`` (False / 0 elsewhere)."""
        idx, subset = self._subset(mask, series)
        if method == "count":
            out = np.zeros(len(series), dtype=np.int64)
        else:
            out = np.zeros(len(series), dtype=bool)
        if len(idx):
            if method in ("count", "contains", "fullmatch") and kwargs.get("regex", True):
                out[idx] = _re2(subset, method, args[0])
            else:
                values = pd.Series(subset, dtype=series.dtype)
                out[idx] = getattr(values.str, method)(*args, **kwargs).to_numpy()
        return out


# Bytes that survive normalisation: ASCII letters and digits (lower-cased);
# newline separates lines; every other byte (punctuation, the bytes of
# non-ASCII characters) becomes a space.  Apostrophes are deleted.
_KEEP_BYTES = set(b"abcdefghijklmnopqrstuvwxyz0123456789\n")
_NORM_TABLE = bytes(
    (c + 32 if 65 <= c <= 90 else c) if (c in _KEEP_BYTES or 65 <= c <= 90) else 32
    for c in range(256)
)
_APOSTROPHE_BYTES = [a.encode() for a in "’‘´"]


_LATIN_RANGES = ((65, 90), (97, 122), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F), (0x1E00, 0x1EFF))
_IS_LATIN, _IS_FOREIGN, _IS_DIGIT, _IS_UPPER, _IS_DECO, _BEFORE_CAP = 1, 2, 4, 8, 16, 32


def _class_table() -> np.ndarray:
    """Bit flags per code point of the Basic Multilingual Plane."""
    table = np.zeros(0x10000, dtype=np.uint8)
    for low, high in _LATIN_RANGES:
        table[low : high + 1] |= _IS_LATIN
    for low, high in _FOREIGN_RANGES:
        table[low : high + 1] |= _IS_FOREIGN
    table[48:58] |= _IS_DIGIT
    table[65:91] |= _IS_UPPER
    for ch in lex.DECORATIVE:
        if ord(ch) < 0x10000:
            table[ord(ch)] |= _IS_DECO
    for ch in '\n ("“':
        table[ord(ch)] |= _BEFORE_CAP
    return table


_CLASS_TABLE = _class_table()
_ASTRAL_DECORATIVE = np.array(
    sorted(ord(c) for c in set(lex.DECORATIVE) if ord(c) >= 0x10000), dtype=np.uint32
)
#: the foreign-script blocks outside the Basic Multilingual Plane (Adlam, Osage ...)
_ASTRAL_FOREIGN = np.array([r for r in _FOREIGN_RANGES if r[1] >= 0x10000], dtype=np.uint32)


def _utf8(text: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The UTF-8 bytes of all lines, back to back, and the byte offset where each line
    starts (plus the end): straight from the pyarrow buffers, no Python strings."""
    values = _arrow(text)
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    values = values.cast(pa.large_string())
    buffers = values.buffers()
    offsets = np.frombuffer(buffers[1], dtype=np.int64)[
        values.offset : values.offset + len(values) + 1
    ]
    if not len(offsets):
        return np.zeros(0, dtype=np.uint8), np.zeros(1, dtype=np.int64)
    if buffers[2] is None:
        return np.zeros(0, dtype=np.uint8), np.zeros(len(offsets), dtype=np.int64)
    data = np.frombuffer(buffers[2], dtype=np.uint8)[offsets[0] : offsets[-1]]
    return data, offsets - offsets[0]


def _other_scripts(values: np.ndarray, n_foreign: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per line: words in non-Latin scripts, and whether it ends a CJK sentence.

    Han and kana count half a word per character; a CJK sentence ends with a
    full-width stop, mark or closing bracket.  Only lines with non-Latin
    characters are scanned, once each.
    """
    words = np.zeros(len(values))
    terminal = np.zeros(len(values), dtype=bool)
    for k in np.flatnonzero(np.asarray(n_foreign) > 0):
        t = values[k]
        words[k] = len(_SCRIPT_WORD_RE.findall(t)) + len(_CJK_RE.findall(t)) / 2.0
        end = t.rstrip()
        terminal[k] = bool(end) and end[-1] in _CJK_TERMINAL
    return words, terminal


def _ends_terminal(data: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """Per line: whether its last character is in ``_TERMINAL_CHARS``, from its UTF-8 bytes."""
    starts, ends = bounds[:-1], bounds[1:]
    out = np.zeros(len(starts), dtype=bool)
    some = np.flatnonzero(ends > starts)
    last = data[ends[some] - 1]
    out[some] = np.isin(last, _TERMINAL_ASCII)
    wide = some[(ends[some] - starts[some] >= 3) & np.isin(last, _TERMINAL_WIDE)]
    out[wide] = (data[ends[wide] - 3] == 0xE2) & (data[ends[wide] - 2] == 0x80)
    return out


def _per_line(hits: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """Per line: how many of the sorted byte positions ``hits`` fall inside it."""
    return np.diff(np.searchsorted(hits, bounds)).astype(np.int64)


def _drop_bytes(data: np.ndarray, bounds: np.ndarray, drop: np.ndarray):
    """``data`` without the bytes in ``drop`` (positions), and the lines' new bounds."""
    if not len(drop):
        return data, bounds
    keep = np.ones(len(data), dtype=bool)
    keep[drop] = False
    return data[keep], bounds - np.searchsorted(drop, bounds)


def _strings(data: np.ndarray, bounds: np.ndarray) -> pd.Series:
    """A str Series of the lines whose bytes are ``data`` between ``bounds``."""
    array = pa.LargeStringArray.from_buffers(
        len(bounds) - 1, pa.py_buffer(bounds.astype(np.int64)), pa.py_buffer(data.tobytes())
    )
    return pd.Series(array, dtype="str")


def _normalise(data: np.ndarray, bounds: np.ndarray) -> tuple[pd.Series, pd.Series]:
    """Per line: " tok  tok " (lower-case ASCII words, each with its own spaces) and "tok tok".

    Works on the lines' UTF-8 bytes at once (numpy): a regex replacement or a
    Python string per line costs more than every other feature together on
    long prose.  Apostrophes are deleted; every byte but ASCII letters and
    digits becomes a space; runs of spaces collapse to one.
    """
    n = len(data)
    # Apostrophes: ' and ` (one byte), ´ (C2 B4), ‘ and ’ (E2 80 98/99).
    drop = [np.flatnonzero((data == 39) | (data == 96))]
    lead = np.flatnonzero(data[: max(n - 1, 0)] == 0xC2)
    lead = lead[data[lead + 1] == 0xB4]
    drop += [lead, lead + 1]
    lead = np.flatnonzero(data[: max(n - 2, 0)] == 0xE2)
    lead = lead[(data[lead + 1] == 0x80) & ((data[lead + 2] == 0x98) | (data[lead + 2] == 0x99))]
    drop += [lead, lead + 1, lead + 2]
    data, bounds = _drop_bytes(data, bounds, distinct(np.concatenate(drop)))
    data = np.frombuffer(data.tobytes().translate(_NORM_TABLE), dtype=np.uint8)
    # Runs of spaces collapse to one, within a line.
    space = data == 32
    prev_space = np.r_[False, space[:-1]]
    starts = bounds[:-1][bounds[:-1] < len(data)]
    prev_space[starts] = False
    data, bounds = _drop_bytes(data, bounds, np.flatnonzero(space & prev_space))
    # The key drops a space at either end of a line.
    line_start, line_end = bounds[:-1], bounds[1:]
    nonempty = line_end > line_start
    edges = np.r_[
        line_start[nonempty][data[line_start[nonempty]] == 32],
        line_end[nonempty][data[line_end[nonempty] - 1] == 32] - 1,
    ]
    key_data, key_bounds = _drop_bytes(data, bounds, distinct(edges))
    # The normalised form doubles every space and pads each line with one.
    spaces = np.flatnonzero(data == 32)
    doubled = np.frombuffer(data.tobytes().replace(b" ", b"  "), dtype=np.uint8)
    wide_bounds = bounds + np.searchsorted(spaces, bounds)
    cuts = np.repeat(wide_bounds, 2)[1:-1]
    norm_data = np.insert(doubled, cuts, 32)
    norm_bounds = wide_bounds + 2 * np.arange(len(bounds))
    return _strings(norm_data, norm_bounds), _strings(key_data, key_bounds)


_ASCII_DECORATIVE = np.array(sorted({ord(c) for c in lex.DECORATIVE if ord(c) < 128}), np.uint8)


def _char_counts(data: np.ndarray, bounds: np.ndarray) -> dict[str, np.ndarray]:
    """Per line: characters, Latin words, foreign-script letters, digits, capitalised
    words and decorative symbols, and whether the line starts with a lower-case letter
    or is one capital letter, from the lines' UTF-8 bytes.

    The same counts as the regular expressions ``_WORD_RE``, ``_FOREIGN``,
    ``_DIGIT_RE``, ``_CAP_WORD_RE`` (counted as Python's ``re`` does),
    ``_DECORATIVE``, ``_LOWER_START_RE`` and ``_DROP_CAP_RE``, at a fraction of the
    cost of regex passes over long prose: ASCII bytes are classified by
    arithmetic, the few non-ASCII characters are decoded and looked up.
    """
    n_lines = len(bounds) - 1
    starts, ends = bounds[:-1], bounds[1:]
    # Characters: every byte but UTF-8 continuation bytes starts one.
    continuation = np.flatnonzero((data & 0xC0) == 0x80)
    n_chars = np.diff(bounds) - _per_line(continuation, bounds)
    upper = (data - np.uint8(65)) < 26
    lower = (data - np.uint8(97)) < 26
    latin = upper | lower
    # Non-ASCII characters: decode the code point at each lead byte.
    high = data >= 0x80
    lead = np.flatnonzero(high & (data >= 0xC0))
    # The non-ASCII bytes, in order, are whole characters: Python's codec
    # decodes them at C speed, one code point per lead byte.
    point = np.frombuffer(data[high].tobytes().decode("utf-8").encode("utf-32-le"), dtype=np.uint32)
    size = 2 + (data[lead] >= 0xE0) + (data[lead] >= 0xF0)
    flags = _CLASS_TABLE[point & 0xFFFF]
    astral = point > 0xFFFF
    if astral.any():
        wide_point = point[astral]
        flags[astral] = np.where(np.isin(wide_point, _ASTRAL_DECORATIVE), _IS_DECO, 0)
        foreign = np.zeros(len(wide_point), dtype=bool)
        for low, high in _ASTRAL_FOREIGN:
            foreign |= (wide_point >= low) & (wide_point <= high)
        flags[astral] |= np.where(foreign, _IS_FOREIGN, 0).astype(flags.dtype)
    # A multi-byte Latin letter is Latin on all its bytes, so that the byte
    # before the next character tells whether a word continues (the bytes of
    # other characters are never ASCII letters).
    wide = (flags & _IS_LATIN) > 0
    for k in range(4):
        has = wide & (size > k)
        latin[lead[has] + k] = True
    word_start = latin.copy()
    word_start[1:] &= ~latin[:-1]
    line_start = starts[starts < ends]
    word_start[line_start] = latin[line_start]
    digits = np.flatnonzero((data - np.uint8(48)) < 10)
    caps = np.flatnonzero(upper)
    before = data[np.maximum(caps - 1, 0)]
    curly = (
        (before == 0x9C)
        & (data[np.maximum(caps - 2, 0)] == 0x80)
        & (data[np.maximum(caps - 3, 0)] == 0xE2)
        & (caps >= 3)
    )
    at_start = np.isin(caps, line_start)
    caps = caps[at_start | (before == 32) | (before == 40) | (before == 34) | curly]
    deco_chars = lead[(flags & _IS_DECO) > 0]
    if len(_ASCII_DECORATIVE):
        deco_chars = np.union1d(deco_chars, np.flatnonzero(np.isin(data, _ASCII_DECORATIVE)))
    first = np.zeros(n_lines, dtype=np.int64)
    nonempty = starts < ends
    first[nonempty] = data[starts[nonempty]]
    second = np.zeros(n_lines, dtype=np.int64)
    two = ends - starts >= 2
    second[two] = data[starts[two] + 1]
    return {
        "n_chars": n_chars,
        "n_words": _per_line(np.flatnonzero(word_start), bounds),
        "n_foreign": _per_line(lead[(flags & _IS_FOREIGN) > 0], bounds),
        "n_digits": _per_line(digits, bounds),
        "n_caps": _per_line(caps, bounds),
        "deco": _per_line(deco_chars, bounds),
        # [a-z] or ß-ö (U+00DF-U+00F6: C3 9F - C3 B6)
        "lower_start": ((first >= 97) & (first <= 122))
        | ((first == 0xC3) & (second >= 0x9F) & (second <= 0xB6)),
        "drop_cap": (n_chars == 1) & (first >= 65) & (first <= 90),
    }


class _Tokens(NamedTuple):
    """The words of every line's comparison key, as codes into one vocabulary."""

    #: first token of each line, and one past the last line's tokens
    offsets: np.ndarray
    #: the token's code in ``vocab``
    code: np.ndarray
    vocab: np.ndarray
    #: ``vocab`` as a pyarrow string array (for set lookups in C++)
    dictionary: pa.Array


def _tokens(key: pd.Series) -> _Tokens:
    """Split all keys (lower-case ASCII words, single spaces) into coded tokens at once.

    pyarrow splits and dictionary-encodes in C++: a Python split and factorize
    of every word cost more than all the word-list regexes together.
    """
    values = pa.array(key.array) if len(key) else pa.array([], type=pa.string())
    parts = pc.split_pattern(values, " ")
    # An empty key splits into one empty token: it has none.
    has_words = pc.binary_length(values).to_numpy(zero_copy_only=False) > 0
    n_tokens = np.where(has_words, pc.list_value_length(parts).to_numpy(zero_copy_only=False), 0)
    flat = pc.list_flatten(parts)
    encoded = pc.dictionary_encode(flat.filter(pc.greater(pc.binary_length(flat), 0)))
    return _Tokens(
        np.r_[0, np.cumsum(n_tokens, dtype=np.int64)],
        encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64),
        encoded.dictionary.to_numpy(zero_copy_only=False).astype(object),
        encoded.dictionary,
    )


def _anchors(phrases: Iterable[str]) -> frozenset[str] | None:
    """One word per phrase that a line must hold for :func:`_phrases` to match it.

    A phrase matches the normalised form only as whole tokens, so a line
    without any of these words cannot match and need not be searched.  A
    phrase with a character the normalised form never holds (upper case,
    punctuation) can never match and needs no anchor; None when some phrase
    has no word at all (no filtering possible).
    """
    anchors = set()
    for phrase in phrases:
        words = [w for w in phrase.split(" ") if w]
        if not words:
            return None
        if not all(_ANCHOR_WORD.fullmatch(w) for w in words):
            continue
        # The longest word is usually the rarest.
        anchors.add(max(words, key=lambda w: (len(w), w)))
    return frozenset(anchors)


_ANCHOR_WORD = re.compile("[a-z0-9]+")


def _anchored_lines(
    tokens: _Tokens, lists: dict[str, frozenset[str] | None]
) -> dict[str, np.ndarray]:
    """Per word list: which lines hold one of its anchor words (all lines when None)."""
    n_lines = len(tokens.offsets) - 1
    bits = np.zeros(len(tokens.vocab), dtype=np.uint32)
    names = [name for name, words in lists.items() if words is not None]
    for k, name in enumerate(names):
        words = lists[name]
        if isinstance(words, str):
            # a regular expression over single words (stems)
            found = pc.match_substring_regex(tokens.dictionary, f"^(?:{words})$")
        else:
            found = pc.is_in(tokens.dictionary, value_set=pa.array(sorted(words), pa.string()))
        bits[found.to_numpy(zero_copy_only=False)] |= np.uint32(1 << k)
    line_bits = np.zeros(n_lines, dtype=np.uint32)
    if len(tokens.code):
        starts = tokens.offsets[:-1]
        has_tokens = tokens.offsets[1:] > starts
        reduced = np.bitwise_or.reduceat(
            bits[tokens.code], np.minimum(starts, len(tokens.code) - 1)
        )
        line_bits[has_tokens] = reduced[has_tokens]
    out = {name: np.ones(n_lines, dtype=bool) for name, words in lists.items() if words is None}
    for k, name in enumerate(names):
        out[name] = (line_bits & np.uint32(1 << k)) > 0
    return out


# The word lists searched over the normalised form, by the feature they feed.
_ANCHORS = {
    "listed": _anchors(set(lex.AD_STRONG) | set(lex.CRYPTO) | set(lex.VICE) | set(lex.VICE_MORE)),
    "ad_weak": _anchors(lex.AD_WEAK),
    "marketing": _anchors(lex.MARKETING),
    "cta_start": _anchors(lex.CTA_VERBS),
    "imperative": _anchors(lex.IMPERATIVES),
    "promo_words": _anchors(set(lex.PROMO_WORDS) | set(lex.AD_WEAK) | set(lex.AD_STRONG)),
    "urgency": _anchors(lex.URGENCY),
    "you": _anchors(lex.SECOND_PERSON),
    "commerce": _anchors(lex.COMMERCE),
    "family": _anchors(set(lex.CLICKBAIT) | set(lex.AFFILIATE) | set(lex.READER_PROMPTS)),
    "vice_context": _anchors(lex.VICE_CONTEXT),
    "shapes": _anchors(lex.AD_SHAPES),
    "provenance": _anchors(lex.PROVENANCE),
    "about": _anchors(lex.ABOUT_OUTLET),
    # One word of every alternative of the stem families below.
    "reader_action": "subscri[a-z]*|newsletters?|sign|signing|signup|log|login|notifications?"
    "|download|install[a-z]*|podcasts?|inbox|reading|story|access|members?hip|paywall"
    "|bookmark|rss",
    "reader_weak": "follow|share|apps?|accounts?|alerts|extension|emails?|mails?|donat[a-z]*"
    "|register|briefing|download[a-z]*|tap|rate|vote|polls?|surveys?|contribut[a-z]*|pledge"
    "|join|community|discussion|channel|whatsapp|discord|telegram|notified|alerted|chip",
    "vice_stems": _VICE_STEM_NORM.strip()[3:-1],
    "commerce_stems": _COMMERCE_STEM_NORM.strip()[3:-1],
    "sponsor_words": "sponsor|sponsors|sponsored|sponsorship|advertis[a-z]*|advertorial|paid"
    "|promoted|affiliates?|compensat[a-z]*|partners?|partnership|provided|presented|produced"
    "|brought|supplied",
    # Every link _URL_RE finds holds a word with "http" or "www", or a domain
    # ending as a word of its own (an e-mail address holds "@", counted apart).
    "url": "[a-z0-9]*(?:http|www)[a-z0-9]*|com|net|org|io|co|info|biz|xyz|ru|cn|top|app",
    # Every match of _CAPTION_RE holds a word with one of these (or "©", counted apart).
    "caption": "[a-z0-9]*(?:photo|image|picture|illustration|"
    + "|".join(sorted({a.split()[0] for a in lex.PICTURE_AGENCIES} - {"ap"}))
    + ")[a-z0-9]*",
}


def _line_features(lines: pd.DataFrame) -> tuple[pd.DataFrame, _Tokens]:
    text = lines[TEXT]
    on = _Scopes().on
    data, bounds = _utf8(text)
    # The comparison key (repetition, whole-line word lists) reuses the
    # normalised form: lower-case ASCII words separated by single spaces.
    norm, key = _normalise(data, bounds)
    norm.index = key.index = text.index
    f = pd.DataFrame(index=lines.index)
    counts = _char_counts(data, bounds)
    f["lower_start"] = counts["lower_start"]
    f["drop_cap"] = counts["drop_cap"]
    f["n_chars"] = counts["n_chars"]
    f["n_words"] = counts["n_words"]
    f["n_foreign"] = counts["n_foreign"]
    f["n_digits"] = counts["n_digits"]
    f["n_caps"] = counts["n_caps"]
    # Function words, counted on the coded tokens (a word-list regex over every
    # line costs more than tokenising once).
    tokens = _tokens(key)
    stop_codes = np.fromiter(
        (w in lex.STOPWORDS for w in tokens.vocab), dtype=bool, count=len(tokens.vocab)
    )
    token_line = np.repeat(np.arange(len(key)), np.diff(tokens.offsets))
    f["n_stop"] = np.bincount(token_line[stop_codes[tokens.code]], minlength=len(key))
    f["stop_ratio"] = (f["n_stop"] / f["n_words"].clip(lower=1)).astype("float64")
    # Only lines without function words can be gibberish: count there only.
    wordy = ((f["n_words"] >= 5) & (f["stop_ratio"] < 0.05)).to_numpy()
    f["n_mixed"] = on(wordy, text, "count", _MIXED_RE)
    # The last character is all _TERMINAL_RE looks at: no regex pass needed.
    f["terminal"] = _ends_terminal(data, bounds)
    # (a letter of another script is counted by _char_counts: no regex pass)
    f["suspicious"] = (counts["n_foreign"] > 0) | _re2(text, "contains", _SUSPICIOUS_RE)
    # A word list is searched only on lines that hold one of its words.
    has = _anchored_lines(tokens, _ANCHORS)
    # One pass finds the few lines with any advert, crypto or vice phrase;
    # the three lists are counted on those only.
    listed = on(has["listed"], norm, "contains", _LISTED_NORM, regex=True)
    f["ad_strong"] = on(listed, norm, "count", _AD_STRONG_NORM)
    short = (f["n_words"] <= 60).to_numpy()
    f["ad_weak"] = on(short & has["ad_weak"], norm, "count", _AD_WEAK_NORM)
    f["crypto"] = on(listed, norm, "count", _CRYPTO_NORM)
    f["vice"] = on(listed, norm, "count", _VICE_NORM)
    f["marketing"] = on(short & has["marketing"], norm, "count", _MARKETING_NORM)
    f["deco"] = counts["deco"]
    at_sign = _per_line(np.flatnonzero(data == ord("@")), bounds) > 0
    linked = on(has["url"] | at_sign, text, "contains", _URL_RE + "|" + _EMAIL_RE, regex=True)
    f["urls"] = on(linked, text, "count", _URL_RE) + on(linked, text, "count", _EMAIL_RE)
    f["price"] = on(short, text, "contains", _PRICE_RE, regex=True)
    f["brand_bracket"] = on(short, text, "contains", _BRAND_BRACKET_RE, regex=True)
    f["exclaim"] = text.str.contains("!", regex=False)
    f["cta_start"] = on(short & has["cta_start"], norm, "contains", _CTA_START_NORM, regex=True)
    f["weak_start"] = on(short & has["ad_weak"], norm, "contains", _WEAK_START_NORM, regex=True)
    # Promotional shapes, on lines short enough to be an advert.
    promo_scope = ((f["n_words"] >= 2) & (f["n_words"] <= 35)).to_numpy()
    f["imperative"] = on(
        promo_scope & has["imperative"], norm, "contains", _IMPERATIVE_NORM, regex=True
    )
    f["promo_words"] = on(promo_scope & has["promo_words"], norm, "count", _PROMO_NORM)
    f["urgency"] = on(promo_scope & has["urgency"], norm, "count", _URGENCY_NORM)
    f["you"] = on(promo_scope & has["you"], norm, "contains", _YOU_NORM, regex=True)
    f["money"] = on(promo_scope, text, "contains", _MONEY_RE, regex=True)
    f["percent_off"] = on(promo_scope, text, "contains", _PERCENT_OFF_RE, regex=True)
    f["phone"] = on(promo_scope, text, "contains", _PHONE_RE, regex=True)
    f["rating"] = on(promo_scope, text, "contains", _RATING_RE, regex=True)
    f["trademark"] = on(promo_scope, text, "contains", _TRADEMARK_RE, regex=True)
    f["link"] = on(promo_scope, text, "contains", _LINK_RE, regex=True)
    f["imperative_later"] = on(promo_scope, text, "contains", _IMPERATIVE_LATER_RE, regex=True)
    f["question_pitch"] = on(promo_scope, text, "contains", _QUESTION_PITCH_RE, regex=True)
    f["commerce"] = on(promo_scope & has["commerce"], norm, "count", _COMMERCE_NORM)
    # One pass finds the few lines with a phrase of any of the three families.
    family = on(short & has["family"], norm, "contains", _FAMILIES_NORM, regex=True)
    f["clickbait"] = on(family & promo_scope, norm, "count", _CLICKBAIT_NORM)
    f["affiliate"] = on(family, norm, "count", _AFFILIATE_NORM)
    f["prompt"] = on(family & promo_scope, norm, "count", _PROMPT_NORM)
    f["vice_context"] = on(
        promo_scope & (f["vice"].to_numpy() > 0) & has["vice_context"],
        norm,
        "count",
        _VICE_CONTEXT_NORM,
    )
    strong_action = on(promo_scope & has["reader_action"], norm, "count", _READER_ACTION_NORM)
    weak_action = on(promo_scope & has["reader_weak"], norm, "count", _READER_WEAK_NORM)
    f["reader_action"] = np.where(
        strong_action > 0, strong_action + weak_action, np.where(weak_action >= 2, 1, 0)
    )
    f["commerce_stems"] = on(
        promo_scope & has["commerce_stems"], norm, "count", _COMMERCE_STEM_NORM
    )
    f["vice_stems"] = on(promo_scope & has["vice_stems"], norm, "count", _VICE_STEM_NORM)
    sponsor_word = on(promo_scope & has["sponsor_words"], norm, "count", _SPONSOR_WORD_NORM)
    f["sponsor_words"] = sponsor_word
    f["sponsor_object"] = on(promo_scope & (sponsor_word > 0), norm, "count", _SPONSOR_OBJECT_NORM)
    f["quoted"] = on(promo_scope, text, "contains", _QUOTE_RE, regex=True)
    f["shapes"] = on(promo_scope & has["shapes"], norm, "count", _SHAPES_NORM) + on(
        promo_scope, text, "contains", _SHAPES_RE, regex=True
    )
    f["has_provenance"] = has["provenance"]
    # (© is C2 A9 in UTF-8)
    copyright_sign = np.flatnonzero((data[:-1] == 0xC2) & (data[1:] == 0xA9))
    f["has_caption"] = has["caption"] | (_per_line(copyright_sign, bounds) > 0)
    f["has_about"] = has["about"]
    f["key"] = key
    f["norm"] = norm
    return f, tokens


# --------------------------------------------------------------------------
# Per-line scan of the few suspicious lines (Python, but only where needed)


def _script_of(run: str) -> str:
    for ch in run:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ", 1)[0]
            if script in ("HIRAGANA", "KATAKANA", "CJK"):
                return "CJK"
            return script or "UNKNOWN"
    return "UNKNOWN"


def _script_label(script: str) -> str:
    return script if len(script) <= 3 else script.title()


def _entropy(token: str) -> float:
    counts = Counter(token)
    n = len(token)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _junk_kind(token: str) -> str | None:
    """Why a token looks machine-generated, or None."""
    if _UUID_PY.fullmatch(token):
        return "a UUID"
    if _B32_PADDED_PY.fullmatch(token):
        return "base32 data"
    n = len(token)
    digits = sum(c.isdigit() for c in token)
    upper = sum(c.isupper() for c in token)
    lower = sum(c.islower() for c in token)
    if n >= 32 and _HEX_PY.fullmatch(token) and digits and (upper or lower):
        return "a hex digest"
    entropy = _entropy(token)
    if entropy < 3.5:
        return None
    if _B64_PADDED_PY.fullmatch(token) and (digits or (upper and lower)):
        return "base64 data"
    classes = [
        "d" if c.isdigit() else "u" if c.isupper() else "l" if c.islower() else "o" for c in token
    ]
    switches = sum(a != b for a, b in itertools.pairwise(classes))
    letters = upper + lower
    vowels = sum(c in "aeiouAEIOU" for c in token)
    detail = f"{n} chars, entropy {entropy:.1f} bits"
    if letters and vowels / letters < 0.25:
        detail += ", few vowels"
    if digits and upper and lower and switches >= n / 4:
        return f"a random mixed-case token ({detail})"
    # Letters alone whose case keeps flipping (camel case flips once a word).
    if upper and lower and switches >= n / 3:
        return f"a random mixed-case token ({detail})"
    if (
        digits >= 2
        and lower >= 2
        and not upper
        and _HEX_ONLY_PY.fullmatch(token)
        and switches >= n / 4
    ):
        return f"a hex id ({detail})"
    if n >= 24 and digits >= 2 and letters >= 4 and switches >= n / 5:
        return f"a random token ({detail})"
    return None


def _merge(hits: list[tuple[int, int, str, str]], text: str) -> list[list]:
    """Merge hits separated only by spaces and punctuation into clusters."""
    clusters: list[list] = []
    for start, end, kind, detail in sorted(hits):
        if clusters and not any(c.isalnum() for c in text[clusters[-1][1] : start]):
            cluster = clusters[-1]
            cluster[1] = max(cluster[1], end)
            cluster[2].append((kind, detail))
        else:
            clusters.append([start, end, [(kind, detail)]])
    return clusters


def _describe(kinds: list[tuple[str, str]]) -> str:
    seen: list[str] = []
    for _, detail in kinds:
        if detail not in seen:
            seen.append(detail)
    return "; ".join(seen[:3])


#: Letters a run of another script may take in on each side, at most.
_WORD_REACH = 24


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) over the letters glued to it, so a run of another script
    covers whole words: Ossetian "хæдзарæй" or a Latin letter swapped into a
    Cyrillic word would otherwise split into fragments of one letter or two."""
    low = max(0, start - _WORD_REACH)
    while start > low and text[start - 1].isalpha():
        start -= 1
    high = min(len(text), end + _WORD_REACH)
    while end < high and text[end].isalpha():
        end += 1
    return start, end


def _scan_line(text: str, dominant: str) -> tuple[str, str, int, int, str] | None:
    """Find foreign-script runs, junk tokens and markup in one line.

    Returns (scope, category, start, end, reason) with scope "line" when the
    whole line is spam, "span" when only [start, end) is, or None.
    """
    full_length = len(text)
    text = text[:_SCAN_LIMIT]
    if "&lt;" in text or "&#60;" in text:
        # Escaped markup ("&lt;p&gt;"): judge the unescaped line.
        found = _scan_line(html.unescape(text), dominant)
        if found and found[0] == "line":
            return ("line", found[1], -1, -1, "escaped " + found[4])
    if _CODE_ESCAPE_PY.search(text):
        # Markup escaped for a script or a URL ("\\x3Cscript\\x3E", "%7B%7Bad%7D%7D").
        decoded = _CODE_ESCAPE_PY.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
        found = _scan_line(decoded, dominant)
        if found and found[0] == "line":
            return ("line", found[1], -1, -1, "escaped " + found[4])
    runs: list[list] = []  # [start, end, script, letters of that script]
    for m in _FOREIGN_RUN_PY.finditer(text):
        start, end = _whole_words(text, m.start(), m.end())
        letters = sum(c.isalpha() for c in m.group())
        if runs and start <= runs[-1][1]:  # more of a word already taken whole
            runs[-1][1] = max(runs[-1][1], end)
            runs[-1][3] += letters
        else:
            runs.append([start, end, _script_of(m.group()), letters])
    hits: list[tuple[int, int, str, str]] = [
        (
            start,
            end,
            "injected_spam",
            f"{_script_label(script)} text '{text[start:end][:20]}' in a "
            f"{_script_label(dominant)} article",
        )
        for start, end, script, letters in runs
        if script != dominant and letters >= 2
    ]
    for m in _LONG_TOKEN_PY.finditer(text):
        left = text.rfind(" ", 0, m.start()) + 1
        right = text.find(" ", m.end())
        whole = text[left : len(text) if right < 0 else right]
        if _URLISH_PY.search(whole):
            continue
        kind = _junk_kind(m.group().strip("-_/="))
        if kind is None and (
            _B64_PADDED_PY.fullmatch(m.group()) or _B32_PADDED_PY.fullmatch(m.group())
        ):
            # (the padding is stripped above: judge the whole token here)
            kind = _junk_kind(m.group())
        if kind:
            hits.append((m.start(), m.end(), "junk_token", f"junk token: {kind}"))
    for m in _BUILD_ID_PY.finditer(text):
        hits.append((m.start(), m.end(), "junk_token", "junk token: a build id with a commit hash"))
    for m in _MARKUP_PY.finditer(text):
        hits.append(
            (
                m.start(),
                m.end(),
                "markup_residue",
                f"markup residue: {_MARKUP_NAMES[m.lastgroup]} '{m.group()[:30]}'",
            )
        )
    if not hits:
        return None
    clusters = _merge(hits, text)
    remainder = "".join(
        text[a:b]
        for a, b in zip(
            [0] + [e for _, e, _ in clusters],
            [s for s, _, _ in clusters] + [len(text)],
            strict=True,
        )
    )
    # A link between markup is part of it ("[embed]https://...[/embed]").
    if clusters:
        remainder = _URL_PY.sub(" ", remainder)
    rest_alnum = len(re.sub(r"[\W_]+", "", remainder))
    all_alnum = max(len(re.sub(r"[\W_]+", "", text)), 1)
    kinds = [k for c in clusters for k in c[2]]
    order = ("injected_spam", "junk_token", "markup_residue")
    category = min((k for k, _ in kinds), key=order.index)
    rest_words = remainder.split()
    if (
        rest_alnum <= 3
        or (rest_alnum <= 0.15 * all_alnum and len(rest_words) <= 3)
        # a word or two wrapped in markup ("[button href=#]Click[/button]")
        or (category == "markup_residue" and rest_alnum <= 0.4 * all_alnum and len(rest_words) <= 2)
        # a few words inside markup longer than they are
        # ('<a href="..." rel="sponsored">Click here for the deal</a>')
        or (
            category == "markup_residue"
            and len(rest_words) <= 8
            and len("".join(rest_words)) <= 0.5 * len("".join(text.split()))
        )
        # Mostly another script, with a few Latin words and no English
        # function word among them ("Κέρδισε χρήματα online καζίνο"): a quotation
        # in the story would say who said it.
        or (
            category == "injected_spam"
            and rest_alnum <= 0.5 * all_alnum
            and len(rest_words) <= 3
            and not any(_NORM_PY.sub("", w.lower()) in lex.STOPWORDS for w in rest_words)
        )
    ):
        return ("line", category, -1, -1, _describe(kinds))
    # Only part of the line: prefer a cluster at the tail (an ad glued to a
    # paragraph), then one at the head; a foreign word in mid-sentence is a
    # quotation, not spam, unless it is long.
    tail = [c for c in clusters if not any(ch.isalnum() for ch in text[c[1] :])]
    head = [c for c in clusters if not any(ch.isalnum() for ch in text[: c[0]])]
    middle = [
        c
        for c in clusters
        if any(k != "injected_spam" for k, _ in c[2])
        or sum(ch.isalpha() for ch in text[c[0] : c[1]]) >= 10
    ]
    chosen = (tail or head or sorted(middle, key=lambda c: c[0] - c[1]) or [None])[0]
    if chosen is None:
        return None
    start, end = chosen[0], full_length if chosen in tail else chosen[1]
    return ("span", min(k for k, _ in chosen[2]), start, end, _describe(chosen[2]))


@functools.lru_cache(maxsize=4096)
def _ad_sentence_score(sentence: str) -> tuple[float, bool, tuple[str, ...]]:
    """Advert score of one sentence, whether it has an advert's form, the words found.

    Cached: adverts recur verbatim across an outlet's pages.
    """
    norm = " " + _NORM_PY.sub("  ", sentence.lower().replace("’", "").replace("'", "")) + " "
    found = {name: [m.strip() for m in p.findall(norm)] for name, p in _SPAM_PHRASES_PY.items()}
    decorated = re.search(_DECORATIVE, sentence) is not None
    linked = re.search(_URL_RE, sentence) is not None
    imperative = _CTA_START_PY.search(norm) is not None
    score = (
        2.0 * len(found["ad"])
        + min(len(found["commercial"]), 2)
        + min(len(found["crypto"]), 2)
        + 1.5 * min(len(found["vice"]), 2)
        + decorated
        + linked
        + imperative
        + (0.5 if "!" in sentence else 0.0)
        + (0.5 if re.search(_PRICE_RE, sentence) else 0.0)
    )
    form = bool(found["ad"]) or decorated or linked or imperative
    words = tuple(" ".join(w.split()) for v in found.values() for w in v)
    return score, form, words


def _ad_tail(text: str) -> tuple[int, str] | None:
    """Start of trailing advert sentences glued to a prose line, or None."""
    bounds = [0] + [m.end() for m in _SENTENCE_END_PY.finditer(text)]
    if len(bounds) < 2:
        return None
    sentences = [(b, text[b:e]) for b, e in itertools.pairwise([*bounds, len(text)])]
    start = None
    words: list[str] = []
    for begin, sentence in reversed(sentences[1:]):
        score, form, found = _ad_sentence_score(sentence)
        if form and (score >= 3.0 or (start is not None and score >= 2.0)):
            start = begin
            words = list(found) + words
        else:
            break
    if start is None:
        return None
    return start, "advert glued to the paragraph (" + ", ".join(dict.fromkeys(words)) + ")"


# --------------------------------------------------------------------------
# Classification


def _first_last(
    mask: np.ndarray, pos: np.ndarray, seg: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per line: the seg_no of the first and last line of its article where mask is true."""
    frame = pd.DataFrame({"pos": pos, "seg": np.where(mask, seg, np.nan)})
    grouped = frame.groupby("pos", sort=False)["seg"]
    first = grouped.transform("min").fillna(np.inf).to_numpy()
    last = grouped.transform("max").fillna(-np.inf).to_numpy()
    return first, last


def _dominant_scripts(lines: pd.DataFrame, f: pd.DataFrame) -> np.ndarray:
    """Per line: the dominant script of its article (LATIN or a unicodedata script name)."""
    # Characters outside the non-Latin scripts stand in for Latin letters: an
    # exact letter count costs a regex pass per match and only the ratio matters.
    per_article = pd.DataFrame(
        {"pos": lines["pos"], "latin": f["n_chars"] - f["n_foreign"], "foreign": f["n_foreign"]}
    )
    sums = per_article.groupby("pos", sort=True).sum()
    dominant = pd.Series("LATIN", index=sums.index, dtype="object")
    for p in sums.index[sums["foreign"] > sums["latin"]]:
        sample = "".join(lines.loc[lines["pos"] == p, TEXT].str.slice(0, 5000).tolist())[:20000]
        runs = Counter(_script_of(ch) for ch in re.findall(_FOREIGN, sample))
        dominant[p] = max(sorted(runs), key=runs.__getitem__)
    return dominant.reindex(lines["pos"]).to_numpy()


_LATIN_WORD_PY = re.compile(f"[{_LATIN}]+")


_LATIN_CHAR_PY = re.compile(f"[{_LATIN}]")


def _occurs_as_word(word: str, body: str) -> bool:
    """Whether ``word`` occurs in ``body`` as a whole Latin word (case-sensitive)."""
    at = body.find(word)
    size = len(word)
    while at >= 0:
        before = body[at - 1] if at else " "
        after = body[at + size] if at + size < len(body) else " "
        if not _LATIN_CHAR_PY.match(before) and not _LATIN_CHAR_PY.match(after):
            return True
        at = body.find(word, at + 1)
    return False


def _name_lines(
    candidates: np.ndarray, lines: pd.DataFrame, texts: pd.Series, line_texts: np.ndarray
) -> np.ndarray:
    """For short capitalised lines: True if no word recurs in lower case (a name).

    ``line_texts`` holds the lines' text as Python strings (converting the
    column costs as much as a regex pass: it is done once, in :func:`_classify`).
    """
    result = np.zeros(len(lines), dtype=bool)
    bodies = texts.to_numpy(dtype=object)
    positions = lines["pos"].to_numpy()
    # A substring search per word is much cheaper than the vocabulary of the
    # whole article, and candidates have at most four words.
    for i in np.flatnonzero(candidates):
        body = bodies[positions[i]]
        words = [w for w in _LATIN_WORD_PY.findall(line_texts[i]) if len(w) > 2]
        result[i] = bool(words) and not any(_occurs_as_word(w.lower(), body) for w in words)
    return result


def _headlines(
    heading: np.ndarray,
    n_words: np.ndarray,
    pos: np.ndarray,
    seg: np.ndarray,
    first_prose: np.ndarray,
    spam_line: np.ndarray,
) -> np.ndarray:
    """The headline of each article: the last heading of 5+ words shortly above the prose,
    and a heading on the first line when at most two other lines (spam aside) precede the
    prose.

    The learned layer was trained on pages whose gold body leaves the title
    out; the title is still part of the article, so it is never chrome.
    """
    candidate = heading & (n_words >= 5) & (seg < first_prose) & (seg >= first_prose - 12)
    idx = np.flatnonzero(candidate)
    # A text that opens with a heading a few lines above the prose opens with
    # its title (spam lines in between do not count).
    above = pd.Series((seg < first_prose) & ~spam_line).groupby(pos).transform("sum").to_numpy()
    out = heading & (seg == 0) & (above <= 3)
    if len(idx):
        last_of_article = np.r_[pos[idx][1:] != pos[idx][:-1], True]
        out[idx[last_of_article]] = True
    return out


_LM_WORD_PY = re.compile(r"[a-z]+")


def _implausible_lines(
    text: pd.Series, text_values: np.ndarray, f: pd.DataFrame, terminal: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Short lines of letters no English text would spell: random letters, keyboard mash.

    The letter-trigram model of English (trained on real article lines by
    ``benchmarks/train_spam.py``) scores the line's lower-case words of six
    letters or more; a line whose mean log-probability per letter falls below
    the model's threshold is junk.  Capitalised words (names) are left out.
    """
    n = len(text)
    mask = np.zeros(n, dtype=bool)
    why = np.full(n, "", dtype=object)
    model = spam_model.char_model()
    if model is None:
        return mask, why
    n_words = f["n_words"].to_numpy()
    candidate = (
        (n_words >= 1)
        & (n_words <= 6)
        & (f["n_stop"].to_numpy() == 0)
        & (f["n_foreign"].to_numpy() == 0)
        & ~terminal
    )
    # Lower-case letters, digits and spaces only: capitalised words are names,
    # punctuation makes other shapes (links, ids) that other rules judge.
    candidate &= _Scopes().on(candidate, text, "fullmatch", "[a-z0-9 ]+")
    for i in np.flatnonzero(candidate):
        tokens = text_values[i].split()
        words = [w for t in tokens for w in _LM_WORD_PY.findall(t) if len(w) >= 2]
        letters = sum(map(len, words))
        if letters < 8 or letters < 0.6 * sum(map(len, tokens)):
            continue
        score = spam_model.letter_logprob(words, model=model)
        # The mean over three or more words varies less: a stricter bound.
        bound = model["threshold_multi"] if len(words) >= 3 else model["threshold"]
        if score < bound:
            mask[i] = True
            why[i] = (
                f"junk token: letters no English word spells (mean log-probability "
                f"{score:.2f} per letter, below {bound:.2f})"
            )
    return mask, why


_PROMO_SIGNALS = (
    # (feature, weight, words for the reason)
    ("imperative", 1.5, "imperative start"),
    ("you", 1.0, "second-person address"),
    ("money", 1.5, "a price"),
    ("percent_off", 1.5, "a percentage off"),
    ("phone", 1.5, "a phone number or text-to code"),
    ("rating", 1.5, "a customer rating"),
    ("trademark", 1.0, "a trademark sign"),
    ("link", 1.5, "a link, domain or handle"),
    ("imperative_later", 1.0, "an imperative after a sentence break"),
    ("question_pitch", 1.0, "a question, then a pitch"),
)


def _token_lines(tokens: _Tokens, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions (into ``tokens.code``) of the tokens of ``rows``, and the row of each."""
    starts = tokens.offsets[rows]
    counts = tokens.offsets[rows + 1] - starts
    owner = np.repeat(np.arange(len(rows)), counts)
    at = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    return starts[owner] + at, owner


def _pair_counts(pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    unique, counts = np.unique(pairs, return_counts=True)
    return unique, counts


def _lookup(table: tuple[np.ndarray, np.ndarray], pairs: np.ndarray) -> np.ndarray:
    """Counts of ``pairs`` in a :func:`_pair_counts` table (0 where absent)."""
    unique, counts = table
    if not len(unique):
        return np.zeros(len(pairs), dtype=np.int64)
    at = np.minimum(np.searchsorted(unique, pairs), len(unique) - 1)
    return np.where(unique[at] == pairs, counts[at], 0)


def _capitalised_words(text: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The capitalised words of each line, as comparison-key words.

    A word is a whitespace-separated token (``str.split``) whose first
    character is upper case (``str.isupper``), lower-cased with everything but
    ASCII letters and digits dropped (``re.sub("[^a-z0-9]+", "", token.lower())``);
    words shorter than three characters and function words are left out.
    Returns, per word, its line's position in ``text``, whether it is the
    line's first token, and the word.  pyarrow does the work: a Python loop
    over the tokens of every candidate line costs more than the rest of the
    off-topic measure.
    """
    values = pa.array(text.array) if len(text) else pa.array([], type=pa.string())
    parts = pc.split_pattern(pc.replace_substring_regex(values, _PY_SPACE_RUN, " "), " ")
    flat = pc.list_flatten(parts)
    owner = pc.list_parent_indices(parts).to_numpy(zero_copy_only=False).astype(np.int64)
    list_start = parts.offsets.to_numpy(zero_copy_only=False).astype(np.int64)
    first = np.arange(len(flat)) == list_start[owner] if len(flat) else np.zeros(0, dtype=bool)
    upper = pc.match_substring_regex(flat, "^[A-Z]").to_numpy(zero_copy_only=False)
    other = np.flatnonzero(
        pc.match_substring_regex(flat, "^[^\\x00-\\x7f]").to_numpy(zero_copy_only=False)
    )
    if len(other):
        upper[other] = [t[0].isupper() for t in flat.take(pa.array(other)).to_pylist()]
    keep = np.flatnonzero(upper)
    words = flat.take(pa.array(keep, type=pa.int64()))
    # The only non-ASCII characters that lower-case to ASCII letters.
    words = pc.replace_substring(pc.replace_substring(words, "\u0130", "i"), "\u212a", "k")
    words = pc.replace_substring_regex(pc.ascii_lower(words), "[^a-z0-9]+", "")
    kept = pc.and_(
        pc.greater_equal(pc.binary_length(words), 3),
        pc.invert(pc.is_in(words, value_set=_STOPWORDS_ARROW)),
    ).to_numpy(zero_copy_only=False)
    return (
        owner[keep][kept],
        first[keep][kept],
        words.filter(pa.array(kept)).to_numpy(zero_copy_only=False).astype(object),
    )


@functools.lru_cache(maxsize=1)
def _english_words() -> tuple[frozenset[str], frozenset[str]]:
    """English words and names, and the common ones among them.

    wordfreq's large English list (shipped in its wheel) holds 321,180 words
    in 800 bins of one centibel each, from Zipf 9 down to Zipf 1 (once per
    billion words); a word of bin ``i`` has frequency ``10 ** (-i / 100)``.
    The common words are those of Zipf 2.5 or more (bins 0 to 650).  Sets
    rather than wordfreq's frequency dict: 50 MB against 130 MB per process.
    """
    from wordfreq import get_frequency_list

    bins = get_frequency_list("en", wordlist="large")
    known = frozenset(word for words in bins for word in words)
    common = frozenset(word for words in bins[: _COMMON_BINS + 1] for word in words)
    return known, common


def _invented_names(
    idx: np.ndarray, first: np.ndarray, stop: np.ndarray, texts: pd.Series, novel_caps: np.ndarray
) -> np.ndarray:
    """Per line in ``idx``: its capitalised names that are in no English word list.

    A brand made up for an advert ("Aurelby", "Quenby") is in no word list,
    while the people and places of a story mostly are (wordfreq's English
    list holds 320,000 words and names, down to a frequency of one in a
    billion: :func:`_english_words`).  A name counts when the rest of the
    article never uses it, and only on lines whose other words are English
    (two or more lower-case words, one of them an English function word and
    most of them common), so that a line in another language, whose names are
    missing from the English list too, counts none.  Only lines with a
    capitalised word found nowhere else (``novel_caps``, from
    :func:`_off_topic`) are read; ``first`` and ``stop`` bound each line's
    article (:func:`_article_bounds`).
    """
    out = np.zeros(len(idx))
    some = np.flatnonzero(novel_caps > 0)
    if not len(some):
        return out
    known, common = _english_words()
    article_text: dict[int, str] = {}
    for k, text in zip(some, texts.iloc[idx[some]].tolist(), strict=True):
        i = idx[k]
        names = [w for w in _CAPITAL_NAME_PY.findall(text) if w.lower() not in known]
        if not names:
            continue
        lower = _LOWER_WORD_PY.findall(text)
        if (
            len(lower) < 2
            or not any(w in lex.STOPWORDS for w in lower)
            or sum(w in common for w in lower) < 0.6 * len(lower)
        ):
            continue
        start = int(first[i])
        if start not in article_text:
            article_text[start] = "\n".join(texts.iloc[start : int(stop[i])].tolist())
        whole = article_text[start]
        # (a name the story uses elsewhere is its subject, not an advertiser)
        out[k] = sum(whole.count(w) <= text.count(w) for w in set(names))
    return out


def _off_topic(
    idx: np.ndarray,
    pos: np.ndarray,
    tokens: _Tokens,
    texts: pd.Series,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per line in ``idx``: how foreign its words are to the rest of its article.

    An advert planted in an article talks about other things (a brand, goods);
    a line of the story shares its words with the rest of the story.  Returns
    the share of its content words found nowhere else in the article, the
    number of its capitalised words (brand-like names) found nowhere else,
    whether its first word is such a name, and its number of content words.
    """
    n_idx = len(idx)
    share = np.zeros(n_idx)
    caps = np.zeros(n_idx)
    first_cap = np.zeros(n_idx)
    vocab = tokens.vocab
    n_vocab = max(len(vocab), 1)
    cap_owner, cap_first, cap_word = _capitalised_words(texts.iloc[idx])
    cap_code = pd.Index(vocab).get_indexer(pd.Index(cap_word, dtype=object)).astype(np.int64)
    stopwords = lex.STOPWORDS
    # A word is "elsewhere" when the article holds more of it than the line
    # itself does: count (article, word) and (line, word) pairs of the words
    # the candidates need, over the article's tokens.
    at, owner = _token_lines(tokens, idx)
    code = tokens.code[at]
    content = np.fromiter(
        (len(w) >= 4 and not w.isdigit() and w not in stopwords for w in vocab),
        dtype=bool,
        count=len(vocab),
    )
    needed = np.zeros(len(vocab), dtype=bool)
    needed[code[content[code]]] = True
    needed[cap_code[cap_code >= 0]] = True
    token_line = np.repeat(np.arange(len(pos)), np.diff(tokens.offsets))
    wanted = needed[tokens.code]
    article = _pair_counts(pos[token_line[wanted]] * n_vocab + tokens.code[wanted])
    line = _pair_counts(owner * n_vocab + code)
    # Content words (repeats included) of each candidate found nowhere else.
    valid = content[code]
    novel = valid & (
        _lookup(article, pos[idx][owner] * n_vocab + code) <= _lookup(line, owner * n_vocab + code)
    )
    n_valid = np.bincount(owner[valid], minlength=n_idx)
    n_novel = np.bincount(owner[novel], minlength=n_idx)
    some = n_valid > 0
    share[some] = n_novel[some] / n_valid[some]
    if len(cap_owner):
        owners = cap_owner
        known = cap_code >= 0
        body = np.zeros(len(owners), dtype=np.int64)
        own = np.zeros(len(owners), dtype=np.int64)
        body[known] = _lookup(article, pos[idx][owners[known]] * n_vocab + cap_code[known])
        own[known] = _lookup(line, owners[known] * n_vocab + cap_code[known])
        hit = body <= own
        caps = np.bincount(owners[hit], minlength=n_idx).astype(np.float64)
        first = owners[hit & cap_first]
        first_cap[first] = 1.0
    return share, caps, first_cap, n_valid


def _promo_lines(
    f: pd.DataFrame,
    tokens: _Tokens,
    lines: pd.DataFrame,
    open_rows: np.ndarray,
    prose_like: np.ndarray,
    chrome: np.ndarray,
    text_values: np.ndarray,
    *,
    learned: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """Short lines whose shape is a promotion's, and the reason for each.

    Adds evidence that needs no brand or phrase list: an imperative start,
    second-person address, a price, "N% off", a phone number or "text X to
    12345", a rating, a trademark sign, a link, selling and urgency words,
    "!" and decorative symbols; then how foreign the line's words and its
    capitalised names are to the rest of the article.  A hand-weighted score
    and the learned promotion layer (:func:`spam_model.promo_probability`)
    each can claim a line; the learned layer never claims a credit, a first
    line or a line in ``chrome`` (recurring across the outlet).  Returns the
    mask, a reason per line ("" off it), the candidate rows and the promotion
    layer's inputs for them.
    """
    n = len(lines)
    n_words = f["n_words"].to_numpy()
    score = np.zeros(n)
    for name, weight, _ in _PROMO_SIGNALS:
        score += weight * f[name].to_numpy()
    score += np.minimum(f["promo_words"].to_numpy(), 2) + 0.75 * np.minimum(
        f["urgency"].to_numpy(), 2
    )
    score += 0.5 * f["exclaim"].to_numpy() + (f["deco"].to_numpy() > 0)
    clickbait = f["clickbait"].to_numpy()
    # A reader prompt by phrase or by stem (the larger count).
    # Stems count on short lines without a quotation only (news quotes people
    # talking about subscriptions and downloads).
    stem_ok = ~f["quoted"].to_numpy() & (n_words <= 20)
    prompt = np.maximum(f["prompt"].to_numpy(), np.where(stem_ok, f["reader_action"].to_numpy(), 0))
    # Crypto words count as vice words here: a line of them foreign to the
    # article is the same spam ("bitcoin doubler, send btc ...").
    vice = np.maximum(f["vice"].to_numpy() + f["crypto"].to_numpy(), f["vice_stems"].to_numpy())
    sponsor_words = f["sponsor_words"].to_numpy()
    disclosure = stem_ok & (
        (sponsor_words >= 2) | ((sponsor_words > 0) & (f["sponsor_object"].to_numpy() > 0))
    )
    commerce_stems = f["commerce_stems"].to_numpy()
    family = (clickbait > 0) | (prompt > 0) | (vice > 0) | disclosure | (commerce_stems >= 2)
    # Prose-like lines of up to 20 words (a teaser: "Surgeon: do this once a
    # day ...") are candidates for the learned layer only.
    wordy = prose_like & (f["stop_ratio"].to_numpy() >= 0.4)
    candidate = open_rows & (n_words >= 2) & (n_words <= 30) & (~(wordy & (n_words > 20)) | family)
    mask = np.zeros(n, dtype=bool)
    why = np.full(n, "", dtype=object)
    kind = np.full(n, "", dtype=object)
    idx = np.flatnonzero(candidate)
    if not len(idx):
        return mask, why, kind, idx, {}
    pos = lines["pos"].to_numpy()
    first, stop = _article_bounds(pos)
    share, caps, first_cap, n_content = _off_topic(idx, pos, tokens, lines[TEXT])
    invented = _invented_names(idx, first, stop, lines[TEXT], caps)
    # Shapes of a line that addresses the reader or labels a box, on the
    # candidates only: the outlet speaking ("us", "our"), a separator between
    # a label and a name ("Paid content | X", "Ad · X").
    cand_text = _arrow(lines[TEXT]).take(pa.array(idx, pa.int64()))
    we = _re2(cand_text, "contains", _WE_RE)
    separator = _re2(cand_text, "contains", _SEPARATOR_RE)
    tail_name = _re2(cand_text, "contains", _TAIL_NAME_RE)
    long_words = _re2(cand_text, "count", _LONG_WORD_RE)
    title_case = (long_words >= 5) & (
        _re2(cand_text, "count", _LONG_CAPITAL_RE) >= 0.8 * long_words
    )
    # A byline, photo credit or contribution note is metadata, whatever its
    # names: the learned layer never claims one.
    credit_like = (
        _re2(cand_text, "contains", _BYLINE_RE)
        | _re2(cand_text, "contains", _CAPTION_RE)
        | _re2(cand_text, "contains", _CREDIT_RE)
        | _re2(cand_text, "contains", _CONTRIBUTED_RE)
    )
    bonus = np.select([share >= 0.75, share >= 0.5, share >= 0.3], [2.0, 1.0, 0.0], -2.0)
    total = score[idx] + bonus
    ruled = (score[idx] >= _PROMO_THRESHOLD - 2.0) & (total >= _PROMO_THRESHOLD) & (share >= 0.4)
    # Spam families with their own vocabulary, each held to words foreign to
    # the article (a story about a casino or a newsletter keeps its lines).
    sub_terminal = f["terminal"].to_numpy()[idx]
    sub_vice = vice[idx]
    vice_spam = (
        (sub_vice > 0)
        & ((f["vice_context"].to_numpy()[idx] > 0) | (sub_vice >= 2))
        & (share >= 0.5)
    )
    engaged = (f["imperative"].to_numpy() | f["you"].to_numpy() | f["cta_start"].to_numpy())[idx]
    prompt_cta = (prompt[idx] > 0) & (
        ((engaged | (prompt[idx] >= 2)) & (share >= 0.4))
        | ((share >= 0.6) & (n_words[idx] <= 15) & ~sub_terminal)
    )
    quoted = np.array(['"' in t or "“" in t for t in text_values[idx]], dtype=bool)
    teaser = (
        ~quoted
        & (clickbait[idx] > 0)
        & (share >= 0.6)
        & ((clickbait[idx] >= 2) | ~sub_terminal | (score[idx] >= 1.5))
    )
    # A sponsorship disclosure: a sponsor word about the content, short, its
    # words foreign to the story ("The following content is sponsored.").
    sponsored = disclosure[idx] & (share >= 0.5)
    # An advert without a price: commercial words foreign to the story, on a
    # short line that is not a quotation, without a full stop or addressing
    # the reader (an imperative, "you", a brand-like name found nowhere
    # else); one such word needs both.
    stems = commerce_stems[idx]
    # (the first word is capitalised anyway: a name must come later)
    addressed = engaged | (caps - first_cap >= 1)
    # (never the first line: a text opens with its title)
    opening = idx == first[idx]
    short_line = (n_words[idx] <= 20) & ~f["quoted"].to_numpy()[idx] & ~opening
    commercial = short_line & (
        ((stems >= 2) & (share >= 0.6) & (addressed | ~sub_terminal))
        | ((stems >= 1) & (share >= 0.75) & addressed & ~sub_terminal & (n_words[idx] <= 15))
    )
    # An advert by its form (see _OFFER_FROM_RE): an offer with a price or a
    # labelled rate, or a Title Case headline signed by a short name (a native
    # advert), on a line foreign to the story that is neither a quotation nor
    # a line the learned layer may not claim (a credit, the title, chrome, a
    # price range: "from $3.10 to $3.45" states a fact of the story).
    price_range = _re2(cand_text, "contains", _PRICE_RANGE_RE) | _re2(
        cand_text, "contains", _PRICES_BETWEEN_RE
    )
    # A line that reports (someone "said", "declined to comment", "according
    # to") is a sentence of the story: adverts do not attribute.
    reporting = _re2(cand_text, "contains", _REPORTING_RE)
    never = credit_like | opening | chrome[idx] | price_range | reporting
    offer = (
        (_re2(cand_text, "contains", _OFFER_FROM_RE) & ~price_range)
        | _re2(cand_text, "contains", _PRICE_AT_RE)
        | _re2(cand_text, "contains", _RATE_LABEL_RE)
    ) & (share >= 0.6)
    native = (
        title_case
        & _re2(cand_text, "contains", _SIGNED_TAIL_RE)
        & ~_re2(cand_text, "contains", _MEDIA_TAIL_RE)
        & (share >= 0.75)
        & (n_words[idx] >= 7)
        & (f["stop_ratio"].to_numpy()[idx] >= 0.15)
    ) | (
        # or unsigned, hooking the reader ("This Tiny Device Cuts Your Heating Bill")
        title_case & _re2(cand_text, "contains", _HOOK_RE) & (share >= 0.9) & (n_words[idx] >= 6)
    )
    slogan = (
        _re2(cand_text, "contains", _SLOGAN_RE)
        & ~_re2(cand_text, "contains", _NOT_SLOGAN_RE)
        & (share >= 0.75)
        & (caps >= 1)
        & (n_words[idx] <= 15)
    )
    for k in np.flatnonzero(slogan):
        # (not a word the line says again: "Awesome. Just... awesome.")
        name, _, rest = cand_text[k].as_py().partition(". ")
        slogan[k] = name.split()[-1].lower() not in _NORM_PY.split(rest.lower())
    advert = (offer | native | slogan) & ~quoted & ~never
    family_kind = np.select(
        [vice_spam, sponsored, prompt_cta, teaser, advert, commercial],
        ["injected_spam", "sponsor", "call_to_action", "ad", "advert", "commercial"],
        "",
    )
    at = np.arange(n)
    prev_prose = np.r_[False, prose_like[:-1]] & (at > first)
    next_prose = np.r_[prose_like[1:], False] & (at + 1 < stop)
    inputs = {name: f[name].to_numpy()[idx] for name in spam_model.PROMO_INPUTS}
    inputs.update(
        score=score[idx],
        off_topic=share,
        novel_caps=caps,
        first_novel_cap=first_cap,
        between_prose=(prev_prose & next_prose)[idx],
        n_content=n_content,
        invented=invented,
        # Two prices that are no range ("was $40, now $25", not "from $3 to $4").
        price_pair=(_re2(cand_text, "count", _MONEY_RE) >= 2) & ~price_range,
        we=we,
        separator=separator,
        tail_name=tail_name,
        title_case=title_case,
        # Lines the learned layer never claims: a credit or byline, the first
        # line (a text opens with its title), a line recurring across the
        # outlet's articles (its chrome, left to that rule) and a price range.
        never=never,
    )
    # The body model is trained on the rules alone (learned=False), so that
    # its training does not depend on this layer.
    probability = spam_model.promo_probability(inputs) if learned else np.zeros(len(idx))
    family_hit = family_kind != ""
    # A line of up to three words ("Hostage swap", "Long-term care") is a
    # subhead as often as a slogan: the layer claims it only when sure.
    threshold = spam_model.promo_threshold()
    need = np.where(n_words[idx] <= 3, max(threshold, _SHORT_PROMO_PROBABILITY), threshold)
    learned_hit = (probability >= need) & ~inputs["never"]
    # (a line about the past, "last week", is left to the rules: the layer
    # learns from it, but claims it only with a selling word or a price)
    past = _re2(cand_text, "contains", _PAST_RE)
    learned_hit &= ~(past & (score[idx] <= 0) & (f["promo_words"].to_numpy()[idx] == 0))
    hit = (ruled & ~wordy[idx]) | learned_hit | family_hit
    on = {name: f[name].to_numpy() for name in [s for s, _, _ in _PROMO_SIGNALS]}
    selling, urgent = f["promo_words"].to_numpy(), f["urgency"].to_numpy()
    commerce, shapes = f["commerce"].to_numpy(), f["shapes"].to_numpy()
    for k in np.flatnonzero(hit):
        i = idx[k]
        signals = [words for name, _, words in _PROMO_SIGNALS if on[name][i]]
        if selling[i] or commerce[i]:
            signals.append("selling words")
        if shapes[i]:
            signals.append("a marketing phrasing")
        if urgent[i]:
            signals.append("urgency")
        if caps[k]:
            signals.append(f"{int(caps[k])} capitalised name(s) found nowhere else")
        kind[i] = family_kind[k]
        head = (
            _FAMILY_HEADS[family_kind[k]]
            if family_hit[k]
            else f"promotion (score {total[k]:.1f})"
            if ruled[k]
            else f"promotion (learned, p={probability[k]:.2f})"
        )
        if clickbait[i]:
            signals.append("teaser wording")
        if prompt[i]:
            signals.append("a reader prompt (newsletter, app, alerts, cookies, donations)")
        if vice[i]:
            signals.append("vice words")
        why[i] = (
            f"{head}: {', '.join(signals) or 'its shape'}; "
            f"{round(share[k] * 100)}% of its words appear nowhere else in the article"
        )
        mask[i] = True
    return mask, why, kind, idx, inputs


_FAMILY_HEADS = {
    "injected_spam": "English vice spam",
    "sponsor": "sponsorship disclosure",
    "commercial": "advert (commercial words)",
    "call_to_action": "reader prompt",
    "ad": "native-ad teaser",
    "advert": "advert (an offer, a labelled rate, a signed headline or a slogan)",
}


#: Share of an article's words that must be English function words for its
#: lines in another Latin-script language to count as injected.
_ENGLISH_ARTICLE = 0.25
#: Largest probability of English the language identifier may give such a line.
_FOREIGN_MAX_ENGLISH = 0.005
#: A line the identifier gives English a little more (up to this) still counts
#: when its most likely language is ``_FOREIGN_MARGIN`` times likelier than
#: English: short spam lines ("deneme bonusu veren siteler 2024", Turkish at
#: 0.27 and English at 0.008) rarely reach the strict bound, while English
#: scraps the identifier cannot place ("H/T Newsmax", "802. 11AC Wi-Fi")
#: spread their probability over many languages and stay under the margin.
_FOREIGN_LOOSE_ENGLISH = 0.02
_FOREIGN_MARGIN = 10.0
#: A line of five or more words may hold a word or two that English lists
#: as a function word ("la", "nay", "die") when the identifier gives English
#: at most this: "Descarga la aplicación y gana premios cada día" (English
#: 3e-7).  Its stopword share must stay under ``_FOREIGN_LOOSE_STOPS``.
_FOREIGN_STRICT_ENGLISH = 1e-4
_FOREIGN_LOOSE_STOPS = 0.2


@functools.cache
def _language_identifier():
    # The model ships inside the py3langid wheel: a private instance, loaded
    # once and only when a candidate line appears.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


#: Characters of markup, templates and scripts ("{{ }}", "<% %>", "[tag]", "a=b;"),
#: touching another character: a mark between spaces separates ("Home | News").
_MARK_RE = "[^ ][{}<>\\[\\]=|\\\\^~`*_#$%;]|[{}<>\\[\\]=|\\\\^~`*_#$%;][^ ]"
#: A long token of letters, digits and key characters (a hash, a key, an id) ...
_KEY_TOKEN_PY = re.compile("[A-Za-z0-9_+/=.-]{10,}")
_TOKEN_CHAR = "[A-Za-z0-9_+/=.-]"
#: ... where a letter touches a digit: ten token characters around the pair.
_LONG_MIXED_RE = "|".join(
    f"{_TOKEN_CHAR}{{{k}}}(?:[A-Za-z][0-9]|[0-9][A-Za-z]){_TOKEN_CHAR}{{{8 - k}}}" for k in range(9)
)
#: A camel-case identifier ("traditionalSignIn_emailAddress").
_CAMEL_RE = "[a-z][A-Z][a-z]*[A-Z][^ ]{4,}"
#: Any line the shape model may judge: two marks, a long mixed token or a camel-case name.
_SHAPE_SCOPE_RE = f"(?:{_MARK_RE}).*(?:{_MARK_RE})|{_LONG_MIXED_RE}|{_CAMEL_RE}"


def _unlike_prose(
    text: pd.Series, text_values: np.ndarray, f: pd.DataFrame, open_rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Lines shaped like no prose: markup, scripts and keys whatever their syntax.

    The shape model (:func:`spam_model.shape_logprob`, trained on real article
    lines by ``benchmarks/train_spam.py``) reads a line as runs of character
    classes (``aaaa``, ``A``, ``0``, each punctuation mark), so that it knows
    the shapes of prose in any Latin-script language and no template syntax
    by name.  A line of 16 characters or more without letters of another
    script is judged when it holds two markup characters (``{ } < > [ ] = |
    \\ ^ ~ ` * _ # $ % ;``) touching another character (a bar between spaces
    separates links) or a long token mixing letters and digits (or a
    camel-case identifier); under the model's threshold (the 0.3% quantile of
    held-out real lines of 16 characters or more) it is spam: a junk
    token when that token is half the line or the line has fewer than two
    markup characters, markup residue otherwise.  Only ``open_rows`` are
    judged.  Returns the mask, the category and the reason per line.
    """
    n = len(text)
    mask = np.zeros(n, dtype=bool)
    why = np.full(n, "", dtype=object)
    category = np.full(n, "", dtype=object)
    model = spam_model.shape_model()
    if model is None:
        return mask, category, why
    on = _Scopes().on
    scope = (
        open_rows & (f["n_chars"].to_numpy() >= _SHAPE_MIN_CHARS) & (f["n_foreign"].to_numpy() == 0)
    )
    # One pass finds the lines with two marks, a long token or a camel-case name.
    scope &= on(scope, text, "contains", _SHAPE_SCOPE_RE, regex=True)
    marks = on(scope, text, "count", _MARK_RE)
    long_scope = scope & (f["n_digits"].to_numpy() > 0)
    long_scope &= on(long_scope, text, "contains", _LONG_MIXED_RE, regex=True)
    longest = np.zeros(n, dtype=np.int64)
    for i in np.flatnonzero(long_scope):
        longest[i] = max(len(t) for t in _KEY_TOKEN_PY.findall(text_values[i]))
    camel = on(scope & (marks < 2) & (longest == 0), text, "contains", _CAMEL_RE, regex=True)
    judged = np.flatnonzero(scope & ((marks >= 2) | (longest > 0) | camel))
    if not len(judged):
        return mask, category, why
    # (the first _SHAPE_MAX_CHARS characters tell a line's shape; a line
    # repeated across the corpus, page chrome, is scored once)
    codes, distinct = pd.factorize(
        pd.Series([t[:_SHAPE_MAX_CHARS] for t in text_values[judged]], dtype=object)
    )
    score = spam_model.shape_logprob(list(distinct), model=model)[codes]
    hit = score < model["threshold"]
    rows = judged[hit]
    mask[rows] = True
    n_chars = f["n_chars"].to_numpy()
    junk = (2 * longest[rows] >= n_chars[rows]) | (marks[rows] < 2)
    category[rows] = np.where(junk, "junk_token", "markup_residue")
    for i, s, is_junk in zip(rows, score[hit], junk, strict=True):
        what = "a long letters-and-digits token" if is_junk else f"{marks[i]} markup characters"
        why[i] = (
            f"shaped like no prose ({what}): {s:.2f} nats per character class under the "
            f"model of article lines (threshold {model['threshold']:.2f})"
        )
    return mask, category, why


#: Shorter lines are left to the other rules (a name, a date or a score is short).
_SHAPE_MIN_CHARS = 16
_SHAPE_MAX_CHARS = 400


def _foreign_language_lines(
    lines: pd.DataFrame, text_values: np.ndarray, f: pd.DataFrame, open_rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Lines of an English article written in another Latin-script language.

    Spam in Spanish, German or French ("comprar ... sin receta") shares the
    article's script, so the script test misses it.  Candidates are lines of
    3-30 words without English function words (or, of five words or more,
    with under 20% of them and a stricter bound), with at least two words in
    lower case and at most 70% capitalised (names are capitalised; German
    capitalises its nouns), with no URL and no handle (a tweet's sign-off,
    "— name (@handle) date", names an account), in an article whose words
    are English.  py3langid (its model ships in the wheel) must give English
    a probability below ``_FOREIGN_MAX_ENGLISH``, or below
    ``_FOREIGN_LOOSE_ENGLISH`` with another language ``_FOREIGN_MARGIN``
    times likelier.
    """
    n = len(lines)
    mask = np.zeros(n, dtype=bool)
    why = np.full(n, "", dtype=object)
    n_words = f["n_words"].to_numpy()
    pos = lines["pos"].to_numpy()
    stop_ratio = f["stop_ratio"].to_numpy()
    # (a few function-word look-alikes only on longer lines, and under a stricter bound)
    some_stops = (stop_ratio >= 0.1) & (stop_ratio < _FOREIGN_LOOSE_STOPS) & (n_words >= 5)
    candidate = (
        open_rows
        & (n_words >= 3)
        & (n_words <= 30)
        & ((stop_ratio < 0.1) | some_stops)
        & (f["n_foreign"].to_numpy() == 0)
        & (f["n_caps"].to_numpy() <= 0.7 * n_words)
        & (n_words - f["n_caps"].to_numpy() >= 2)
        & (f["urls"].to_numpy() == 0)
    )
    if not candidate.any():
        return mask, why
    words = np.bincount(pos, weights=n_words)
    stops = np.bincount(pos, weights=f["n_stop"].to_numpy())
    english = stops >= _ENGLISH_ARTICLE * np.maximum(words, 1)
    candidate &= english[pos]
    identifier = _language_identifier()
    seen: dict[str, tuple[str, float]] = {}
    for i in np.flatnonzero(candidate):
        line = text_values[i]
        if "@" in line:
            continue
        if line not in seen:
            ranked = identifier.rank(line)
            seen[line] = (ranked[0][0], ranked[0][1], dict(ranked).get("en", 0.0))
        language, p_language, p_english = seen[line]
        if some_stops[i]:
            foreign = language != "en" and p_english < _FOREIGN_STRICT_ENGLISH
        else:
            foreign = language != "en" and (
                p_english < _FOREIGN_MAX_ENGLISH
                or (
                    p_english < _FOREIGN_LOOSE_ENGLISH and p_language >= _FOREIGN_MARGIN * p_english
                )
            )
        if foreign:
            mask[i] = True
            why[i] = (
                f"injected text in another language ({language}; English p={p_english:.2g}) "
                "inside an English article"
            )
    return mask, why


def _article_bounds(pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per line: index of its article's first line and one past its last line."""
    n = len(pos)
    change = np.flatnonzero(np.r_[True, pos[1:] != pos[:-1]]) if n else np.zeros(0, int)
    lengths = np.diff(np.r_[change, n])
    return np.repeat(change, lengths), np.repeat(np.r_[change[1:], n], lengths)


def _classify(
    lines: pd.DataFrame,
    features: tuple[pd.DataFrame, _Tokens],
    texts: pd.Series,
    *,
    use_model: bool = True,
) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    f, tokens = features
    on = _Scopes().on
    n = len(lines)
    text = lines[TEXT]
    text_values = text.to_numpy(dtype=object)
    pos = lines["pos"].to_numpy()
    seg = lines["seg_no"].to_numpy()
    n_words = f["n_words"].to_numpy()
    n_chars = f["n_chars"].to_numpy()
    stop_ratio = f["stop_ratio"].to_numpy()
    terminal = f["terminal"].to_numpy()
    letters = (f["n_words"] + f["n_foreign"]).to_numpy()
    key = f["key"]
    norm = f["norm"]
    prev_same = np.r_[False, pos[1:] == pos[:-1]]
    next_same = np.r_[pos[:-1] == pos[1:], False]
    last_seg = pd.Series(seg).groupby(pos).transform("max").to_numpy()

    # --- suspicious lines: script, token shape, markup (Python on few rows)
    dominant = _dominant_scripts(lines, f)
    scan_scope = np.full(n, "", dtype=object)
    scan_category = np.full(n, "", dtype=object)
    scan_reason = np.full(n, "", dtype=object)
    scan_start = np.full(n, -1, dtype=np.int64)
    scan_end = np.full(n, -1, dtype=np.int64)
    # Chrome and injected lines recur across an outlet's pages: scan each
    # distinct (line, script) once.
    scanned: dict[tuple[str, str], tuple | None] = {}
    for i in np.flatnonzero(f["suspicious"].to_numpy()):
        memo_key = (text_values[i], dominant[i])
        if memo_key not in scanned:
            scanned[memo_key] = _scan_line(text_values[i], dominant[i])
        found = scanned[memo_key]
        if found:
            scan_scope[i], scan_category[i], scan_start[i], scan_end[i], scan_reason[i] = found
    scan_line = scan_scope == "line"

    # --- adverts: commercial vocabulary in an advert's form
    strong = f["ad_strong"].to_numpy()
    weak = f["ad_weak"].to_numpy()
    crypto = f["crypto"].to_numpy()
    vice = f["vice"].to_numpy()
    deco = f["deco"].to_numpy() > 0
    urls = f["urls"].to_numpy() > 0
    price = f["price"].to_numpy()
    bracket = f["brand_bracket"].to_numpy()
    exclaim = f["exclaim"].to_numpy()
    cta_start = f["cta_start"].to_numpy()
    form = deco | urls | cta_start | bracket | (strong > 0)
    ad_score = (
        2.0 * np.minimum(strong, 2)
        + np.minimum(weak, 2)
        + np.minimum(crypto, 2)
        + 1.5 * np.minimum(vice, 2)
        + deco
        + 0.5 * urls
        + cta_start
        + 0.5 * exclaim
        + 0.5 * price
        + 0.5 * bracket
    )
    prose_like = (n_words >= 12) & (stop_ratio >= 0.25)
    ad_line = (
        form
        & (strong + weak + crypto + vice > 0)
        & (ad_score >= 3.0)
        & ((n_words <= 40) | ((ad_score >= 5.0) & ~prose_like))
    )
    is_sponsor = on(n_words <= 40, text, "contains", _SPONSOR_RE, regex=True)
    label_form = on(n_words <= 8, text, "contains", _SPONSOR_LABEL_RE, regex=True)
    label_form |= on(n_words <= 40, text, "contains", _UNDERWRITING_RE, regex=True)
    label_form &= ~is_sponsor
    # (the note patterns are slow on long pages: a cheap word list picks their lines)
    note_scope = on(n_words <= 25, text, "contains", _SPONSOR_NOTE_HINT_RE, regex=True)
    sponsor_note = on(note_scope, text, "contains", _SPONSOR_NOTE_RE, regex=True)
    sponsor_note |= on(note_scope & ~sponsor_note, text, "contains", _SPONSOR_NOTE_MORE_RE)
    sponsor_note &= ~label_form
    sponsor_note &= ~is_sponsor
    self_named = on(n_words <= 40, text, "contains", _DISCLOSURE_SELF_RE, regex=True)
    disclosure = on(self_named, text, "contains", _DISCLOSURE_TERM_RE, regex=True)
    disclosure |= on(n_words <= 40, text, "contains", _PAID_WHEN_RE, regex=True)
    funded = on(n_words <= 40, text, "contains", _FUNDED_RE, regex=True)
    disclosure |= on(funded, text, "contains", _INDEPENDENT_RE, regex=True)
    disclosure &= ~(is_sponsor | label_form | sponsor_note)
    affiliate = (f["affiliate"].to_numpy() > 0) & (n_words <= 60) & ~is_sponsor
    weak_besides_verb = weak - f["weak_start"].to_numpy()
    cta_commercial = cta_start & ((strong > 0) | price | (weak_besides_verb > 0)) & (n_words <= 10)
    # The form of an advert without its vocabulary: a short non-prose line with
    # a link and a selling device (decorative symbol, "!", a price), or one
    # framed by decorative symbols ("★ ... ★").
    framed = on(deco & (n_words <= 25), text, "fullmatch", f"{_DECORATIVE}.*{_DECORATIVE}")
    ad_form = (n_words <= 25) & ((~prose_like & urls & (deco | exclaim | price)) | framed)
    # (before the promotion layer, which leaves such lines to this rule)
    # Repetition across articles of the same outlet: page chrome.
    has_key = (key.str.len() > 0).to_numpy()
    with_source = lines[SOURCE].notna().to_numpy() & has_key
    if with_source.any():
        n_articles = (
            pd.DataFrame({"source": lines[SOURCE].astype("str"), "key": key, "pos": pos})
            .groupby(["source", "key"], sort=False)["pos"]
            .transform("nunique")
            .to_numpy()
        )
        source_chrome = with_source & (n_articles >= 2)
    else:
        source_chrome = np.zeros(n, dtype=bool)
    # (the sponsor labels and disclosures found by form stay candidates: the
    # learned layer is trained on the same lines whatever those rules claim)
    promo_line, promo_why, promo_kind, promo_rows, promo_inputs = _promo_lines(
        f,
        tokens,
        lines,
        ~(scan_line | is_sponsor | ad_line | cta_commercial | ad_form | affiliate),
        prose_like,
        source_chrome,
        text_values,
        learned=use_model,
    )
    # (promotion lines too: a line in another language is injected text, the
    # more specific category)
    ruled_spam = (
        scan_line
        | is_sponsor
        | label_form
        | sponsor_note
        | disclosure
        | ad_line
        | cta_commercial
        | ad_form
    )
    foreign_line, foreign_why = _foreign_language_lines(lines, text_values, f, ~ruled_spam)
    spam_first = ruled_spam | promo_line | affiliate | foreign_line
    # Adverts come in blocks: a short line next to an advert that uses selling
    # language belongs to it ("... in 15 minutes per day." above "Try for free").
    selling = f["marketing"].to_numpy() + weak + strong
    near_ad = np.r_[False, spam_first[:-1]] & prev_same | np.r_[spam_first[1:], False] & next_same
    ad_block = near_ad & ~spam_first & (selling >= 2) & (n_words <= 30)

    # --- position: lines before the first / after the last prose line
    spam_any = spam_first | ad_block
    # Prose-like lines that a word family or the language test calls spam
    # (a disclosure, a comment-form prompt, a paragraph in another language)
    # still mark where the page's prose runs: without them a page can lose
    # its only prose line, and with it the learned layer.
    family_prose = prose_like & (foreign_line | (promo_line & (promo_kind != "")))
    first_prose, last_prose = _first_last(prose_like & ~(spam_any & ~family_prose), pos, seg)
    # A page in another language has no English prose line: its body runs
    # from its first to its last long line that ends a sentence.
    script_words, cjk_terminal = _other_scripts(text_values, f["n_foreign"].to_numpy())
    other_prose = ((n_words + script_words) >= 12) & (terminal | cjk_terminal) & ~spam_any
    first_other, last_other = _first_last(other_prose, pos, seg)
    english = np.isfinite(first_prose)
    first_prose = np.where(english, first_prose, first_other)
    last_prose = np.where(english, last_prose, last_other)
    top = seg < first_prose
    bottom = seg > last_prose

    # --- boilerplate and metadata signals
    domain = on(n_words <= 6, text, "fullmatch", _DOMAIN_RE)
    upper_outlet = (
        (n_words <= 6)
        & on(n_words <= 6, text, "isupper")
        & on(n_words <= 6, norm, "contains", _OUTLET_RE, regex=True)
    )
    source_key = (
        lines[SOURCE]
        .astype("str")
        .str.lower()
        .str.replace(_APOSTROPHES, "", regex=True)
        .str.replace("[^a-z0-9]+", " ", regex=True)
        .str.strip()
    )
    is_source_name = (source_key == key).to_numpy() & lines[SOURCE].notna().to_numpy()
    site_name = (seg <= 1) & (domain | upper_outlet | is_source_name) | (top & domain)
    reading_time = on(n_words <= 8, text, "contains", _READING_TIME_RE, regex=True)
    short = n_words <= 6
    navigation = key.isin(_NAVIGATION_KEYS).to_numpy() & short
    related = key.isin(_RELATED_KEYS).to_numpy() & short
    promo = on(n_words <= 30, text, "contains", _PROMO_RE, regex=True) | (
        on(n_words <= 30, text, "contains", _PAYWALL_RE, regex=True)
    )
    engage = (
        on(n_words <= 8, key, "contains", _ENGAGE_KEY_RE, regex=True)
        | key.isin(_ENGAGE_SINGLE_KEYS).to_numpy()
        | key.str.fullmatch(
            "(?:comments?|share|shares) [0-9]+|[0-9]+ (?:comments?|shares?)"
        ).to_numpy()
    )
    copyright_line = on(n_words <= 25, text, "contains", _COPYRIGHT_RE, regex=True)
    bare_url = on(n_words <= 40, text, "fullmatch", _BARE_URL_RE)
    no_letters = letters == 0
    chrome = (
        no_letters
        | bare_url
        | on(n_words <= 5, text, "contains", _PAGE_CHROME_RE, regex=True)
        | (on(n_words <= 4, text, "contains", "|", regex=False) & ~terminal)
    )
    next_lower = np.r_[f["lower_start"].to_numpy()[1:], False] & next_same
    drop_cap = f["drop_cap"].to_numpy() & next_lower
    slug = on(n_words <= 40, text, "fullmatch", _SLUG_RE) & (n_chars >= 16)
    # Identifiers have no spaces; their parts count as many "words".
    id_scope = (n_chars >= 8) & (n_chars <= 300) & (n_words <= 12)
    id_shape = on(id_scope, text, "fullmatch", _ID_SHAPE_RE)
    lone_id = id_scope & (f["n_digits"].to_numpy() >= 6)
    id_shape |= on(lone_id, text, "fullmatch", _LONE_ID_RE)
    id_shape |= on(id_scope & (f["n_digits"].to_numpy() >= 4), text, "fullmatch", _LABELLED_CODE_RE)
    # (a path's folders count as words: "/image/upload/c_fill,w_1200/v17/x.jpg")
    asset_scope = (
        id_scope
        | ((n_chars >= 6) & (n_words <= 1))
        | ((n_chars <= 300) & (n_words <= 40) & (stop_ratio == 0) & ~terminal)
    )
    asset = on(asset_scope, text, "fullmatch", _ASSET_RE)
    asset &= on(asset, text, "contains", "[0-9_/]")
    # A link to a picture or a clip is an embed's media, page chrome.
    asset &= ~on(asset, text, "fullmatch", _MEDIA_URL_RE)
    asset |= on(id_scope, text, "fullmatch", _SPACED_FILE_RE)
    short_link = on(bare_url & (n_chars <= 60), text, "fullmatch", _SHORT_LINK_RE)
    short_link &= on(short_link, text, "contains", _SHORT_CODE_RE)
    short_link &= ~on(short_link, text, "contains", "(?i)//(?:www[.])?youtu[.]be/")
    # (a long query value with letters and digits mixed several times over)
    tracking = on(bare_url, text, "fullmatch", _TRACKING_URL_RE)
    tracking &= on(tracking, text, "count", "[a-z][A-Z]|[A-Z][a-z][0-9]|[0-9][a-zA-Z]") >= 6
    short_link |= tracking & ~on(tracking, text, "contains", _MEDIA_URL_RE)
    protected = on(n_words <= 4, text, "contains", _EMAIL_PROTECTED_RE, regex=True)
    short_link |= on(bare_url, text, "fullmatch", _HASHED_URL_RE)
    short_link |= on(bare_url, text, "contains", _PIXEL_URL_RE)
    # (id_scope's lines have at most 12 words: these scopes hold them)
    asset |= on(n_words <= 20, text, "fullmatch", _APP_PATH_RE)
    http_header = on(n_words <= 40, text, "fullmatch", _HTTP_HEADER_RE)
    placeholder = on(n_words <= 12, text, "contains", _PLACEHOLDER_RE)
    ui_prompt = on(n_words <= 20, text, "contains", _UI_PROMPT_RE)
    # A prompt quoted from someone ("... let us know," a spokesman said) is the story's.
    ui_prompt &= ~on(ui_prompt, text, "contains", "\\b(?:said|says|told|added|urged|appealed)\\b")
    software = on(n_words <= 60, text, "contains", _SOFTWARE_OUTPUT_RE)
    other_format = on(
        (n_words <= 40) & (n_chars <= 300),
        text,
        "contains",
        "  -|^@|<http| Tf |^\\[|[$][{]|^[+]{3}",
    )
    other_format = on(other_format, text, "contains", _FORMAT_RE)
    # Spintax a comment spammer forgot to spin ("{Hi|Hello} {there|all}!"),
    # counted only on lines with a bar.
    bars = on(n_words <= 80, text, "contains", "|", regex=False)
    spintax = on(bars, text, "count", _SPINTAX_RE) >= 2
    implausible, implausible_why = _implausible_lines(text, text_values, f, terminal)
    # A line of random tokens: letters and digits interleave in most words and
    # no function word occurs (prose with "G5" or "3rd" has a few per line).
    gibberish = (n_words >= 5) & (stop_ratio < 0.05) & (f["n_mixed"].to_numpy() >= 0.5 * n_words)
    # One lower-case token where letters and digits keep alternating
    # ("4k5s52ezvu1", "zii9mvsm17o4d5"): an id, not a word or a model number.
    token_scope = (n_chars >= 8) & (n_chars <= 40) & (f["n_digits"].to_numpy() >= 2)
    soup_scope = (n_chars >= 8) & (n_chars <= 300) & (n_words <= 30) & ~terminal
    class_soup = on(soup_scope, text, "fullmatch", _CLASS_SOUP_RE)
    class_soup &= on(class_soup, text, "contains", _CLASS_MARK_RE)
    class_soup &= on(class_soup, text, "contains", _CLASS_TWO_RE)
    mixed_token = (
        on(token_scope, text, "fullmatch", "[a-z0-9]+")
        & (on(token_scope, text, "count", _MIXED_RE) >= 4)
        & (n_chars - f["n_digits"].to_numpy() >= 3)
    )
    # A tag list: many words, no English function word, no sentence end inside
    # (a paragraph in another language has no English function words either).
    keyword_scope = (n_words >= 15) & (stop_ratio < 0.03) & ~terminal
    keyword_run = keyword_scope & ~on(keyword_scope, text, "contains", _SENTENCE_END_RE, regex=True)

    # Repetition inside the article (case- and punctuation-insensitive).
    keyed = pd.DataFrame({"pos": pos, "key": key, "line_no": lines["line_no"], "n_words": n_words})
    repeated = keyed.duplicated(["pos", "key"]).to_numpy() & has_key
    first_line = keyed.groupby(["pos", "key"], sort=False)["line_no"].transform("min")

    heading = (n_words <= 20) & ~terminal
    few_words = n_words <= 12
    digits = f["n_digits"].to_numpy() > 0
    dateline = np.zeros(n, dtype=bool)
    cand = np.flatnonzero(few_words & digits)
    if len(cand):
        sub = text.iloc[cand]
        has_date = sub.str.contains(_DATE, regex=True)
        rest = (
            sub.str.replace(_DATE, " ", regex=True)
            .str.replace(_TIME, " ", regex=True)
            .str.replace(_DATE_FILLER, " ", regex=True)
            .str.count(_LATIN_RE)
        )
        dateline[cand] = (has_date & (rest <= 12)).to_numpy()
    byline = on(n_words <= 8, text, "contains", _BYLINE_RE, regex=True)
    caption = on(
        (n_words <= 70) & (n_words >= 2) & f["has_caption"].to_numpy(),
        text,
        "contains",
        _CAPTION_RE,
        regex=True,
    )
    credit = on(n_words <= 12, text, "contains", _CREDIT_RE, regex=True)
    # Notes sit at the edges of the page; the same words inside the story are prose.
    edge = top | bottom | (seg <= 2) | (seg >= last_seg - 2)
    provenance = on(
        (n_words <= 60) & edge & f["has_provenance"].to_numpy(),
        norm,
        "contains",
        _PROVENANCE_NORM,
        regex=True,
    )
    about = on(
        (n_words <= 80) & (bottom | (seg >= last_seg - 2)) & f["has_about"].to_numpy(),
        norm,
        "contains",
        _ABOUT_NORM,
        regex=True,
    )
    capitalised = (
        on((n_words >= 1) & (n_words <= 4), text, "fullmatch", _CAPITALISED_RE)
        & ~digits
        & ~terminal
    )
    name_candidate = capitalised & (top | bottom) & (seg >= 1)
    is_name = _name_lines(
        name_candidate & ~(spam_any | site_name | navigation | related | repeated),
        lines,
        texts,
        text_values,
    )
    tag = name_candidate & ~is_name & (n_words <= 2)

    n_words_s = pd.Series(n_words).astype("str")
    pct = pd.Series(np.round(stop_ratio * 100).astype(int)).astype("str")
    first_line_s = first_line.astype("str").reset_index(drop=True)
    scan_reason_s = pd.Series(scan_reason, dtype="object")

    # Rules in priority order: the first that fires labels the line.  A rule
    # given as a function of the lines still open returns its mask, categories
    # and reasons.
    rules: list[tuple[np.ndarray | Callable, str, str, pd.Series | str]] = [
        (scan_line & (scan_category == "injected_spam"), "spam", "injected_spam", scan_reason_s),
        (scan_line & (scan_category == "junk_token"), "spam", "junk_token", scan_reason_s),
        (slug, "spam", "junk_token", "junk token: a URL slug (hyphen-joined lower-case words)"),
        (id_shape, "spam", "junk_token", "junk token: a tracking id, query string or key shape"),
        (asset, "spam", "junk_token", "junk token: a file name or asset path alone on a line"),
        (
            short_link,
            "spam",
            "junk_token",
            "junk token: a shortened or tracking link alone on a line",
        ),
        (http_header, "spam", "junk_token", "junk token: an HTTP header printed as text"),
        (placeholder, "spam", "junk_token", "junk token: an editor's placeholder (TK, XXX)"),
        (
            software,
            "spam",
            "junk_token",
            "junk token: software's output (an error message, a log line, a stack trace,"
            " a file listing)",
        ),
        (
            other_format,
            "spam",
            "markup_residue",
            "markup residue: a citation record, a desktop-publishing tag, a chat app's link,"
            " a PDF text operator, a lyrics timestamp, a doc-comment tag, a template expression"
            " or a page's front matter",
        ),
        (spintax, "spam", "injected_spam", "comment spam: unspun spintax ({a|b} choices)"),
        (
            protected,
            "spam",
            "junk_token",
            "junk token: an e-mail address the CDN hid ([email protected])",
        ),
        (implausible, "spam", "junk_token", implausible_why),
        (
            gibberish,
            "spam",
            "junk_token",
            "junk tokens: letters and digits interleaved, no function words",
        ),
        (
            mixed_token,
            "spam",
            "junk_token",
            "junk token: lower-case letters and digits alternating in one token",
        ),
        (class_soup, "spam", "junk_token", "junk tokens: CSS class names printed as text"),
        (scan_line & (scan_category == "markup_residue"), "spam", "markup_residue", scan_reason_s),
        (foreign_line, "spam", "injected_spam", foreign_why),
        (is_sponsor, "spam", "sponsor", "sponsor/advert label at the start of the line"),
        (label_form, "spam", "sponsor", "label of paid content (alone or before its sponsor)"),
        (
            sponsor_note,
            "spam",
            "sponsor",
            "sponsorship note (#ad, a newsroom not involved, a disclosure, a sponsored section)",
        ),
        (disclosure, "spam", "sponsor", "disclosure: the page and who pays for it"),
        (cta_commercial, "spam", "call_to_action", "commercial call to action:"),
        (ui_prompt, "spam", "call_to_action", "a prompt of the page's interface"),
        (ad_line & (vice > 0) & (crypto == 0), "spam", "injected_spam", "ad:"),
        (ad_line, "spam", "ad", "ad:"),
        (ad_form, "spam", "ad", "advert form:"),
        (ad_block, "spam", "ad", "ad block: selling language next to an advert:"),
        (affiliate, "spam", "sponsor", "affiliate or paid-link disclosure"),
        (promo_line & (promo_kind == "injected_spam"), "spam", "injected_spam", promo_why),
        (promo_line & (promo_kind == "sponsor"), "spam", "sponsor", promo_why),
        (promo_line & np.isin(promo_kind, ("ad", "advert")), "spam", "ad", promo_why),
        (promo_line & (promo_kind == "call_to_action"), "spam", "call_to_action", promo_why),
        (promo_line & f["imperative"].to_numpy(), "spam", "call_to_action", promo_why),
        (promo_line, "spam", "ad", promo_why),
        (
            drop_cap,
            "boilerplate",
            "drop_cap_artifact",
            "lone capital letter split off the next line (broken drop cap)",
        ),
        (site_name, "boilerplate", "site_name", "site name at the top of the page"),
        (reading_time, "boilerplate", "reading_time", "reading-time widget"),
        (navigation, "boilerplate", "navigation", "navigation link"),
        (related, "boilerplate", "related_links", "related-articles widget header"),
        (promo, "boilerplate", "promo_link", "teaser link to another article"),
        (engage, "boilerplate", "call_to_action", "share/comment/subscribe prompt"),
        (copyright_line, "boilerplate", "copyright", "copyright notice"),
        (
            repeated & heading & (n_words >= 4),
            "boilerplate",
            "repeated_headline",
            "repeats line " + first_line_s,
        ),
        (
            repeated & (n_words > 12),
            "boilerplate",
            "repeated_paragraph",
            "repeats line " + first_line_s,
        ),
        (repeated, "boilerplate", "repeated_line", "repeats line " + first_line_s),
        (dateline, "metadata", "dateline", "date line"),
        (byline, "metadata", "byline", "'by' line"),
        (provenance, "metadata", "provenance_note", "translation/re-publication note"),
        (caption, "metadata", "caption", "photo caption with a picture credit"),
        (credit, "metadata", "credit", "credit line (sources/images)"),
        (
            about,
            "boilerplate",
            "about_outlet",
            "the outlet describing itself at the foot of the page",
        ),
        # Lines shaped like no prose: after the rules of boilerplate and metadata
        # that know their line, before the weaker ones (a template tag has "no
        # words" too), and judged on the lines still open here only.
        (lambda open_rows: _unlike_prose(text, text_values, f, open_rows), "spam", "", ""),
        (chrome, "boilerplate", "page_chrome", "page chrome: no words, a bare link or separators"),
        (
            keyword_run,
            "boilerplate",
            "page_chrome",
            "a long run of words without function words (tag list)",
        ),
        (
            is_name,
            "metadata",
            "byline",
            "a name near the top or bottom (its words never occur in lower case)",
        ),
        (tag, "boilerplate", "category_tag", "lone section/category word near the top or bottom"),
        (
            source_chrome,
            "boilerplate",
            "source_chrome",
            "recurs verbatim in other articles of the same source",
        ),
        (heading, "content", "heading", "heading: " + n_words_s + " words, no closing punctuation"),
        (
            np.ones(n, dtype=bool),
            "content",
            "prose",
            "prose: " + n_words_s + " words, " + pct + "% function words",
        ),
    ]
    label = np.full(n, "", dtype=object)
    category = np.full(n, "", dtype=object)
    reason = np.full(n, "", dtype=object)
    open_rows = np.ones(n, dtype=bool)
    for mask, lab, cat, why in rules:
        if callable(mask):
            mask, cat, why = mask(open_rows.copy())
        hit = mask & open_rows
        if not hit.any():
            continue
        label[hit] = lab
        category[hit] = cat if isinstance(cat, str) else np.asarray(cat, dtype=object)[hit]
        reason[hit] = why if isinstance(why, str) else np.asarray(why, dtype=object)[hit]
        open_rows &= ~hit

    # --- the learned layer decides the lines no precise rule claimed
    inputs = {
        "pos": pos,
        "seg": seg,
        "n_words": n_words,
        "n_chars": n_chars,
        "stop_ratio": stop_ratio,
        "terminal": terminal,
        "n_caps": f["n_caps"].to_numpy(),
        "n_digits": f["n_digits"].to_numpy(),
        "urls": f["urls"].to_numpy(),
        "n_foreign": f["n_foreign"].to_numpy(),
        # Words of other scripts, which n_words (Latin words) misses: runs of
        # letters of spaced scripts, and Han or kana characters at about two
        # characters a word.
        "n_script_words": script_words,
        "cjk_terminal": cjk_terminal,
        "comment_marker": on(n_words <= 15, text, "contains", _COMMENT_MARKER_RE, regex=True),
        # Lines the learned layer never drops: every line of a text without
        # any prose (no body to tell chrome from) and the headline.
        "protected": ~np.isfinite(first_prose)
        | _headlines(category == "heading", n_words, pos, seg, first_prose, label == "spam"),
        "rule_label": label.copy(),
        "rule_category": category.copy(),
        # for benchmarks/train_spam.py: the promotion layer's candidates
        "promo_rows": promo_rows,
        "promo_inputs": promo_inputs,
    }
    if use_model:
        # (the model reads each page without the spam the rules found in it)
        kept, without = spam_model.without_spam(inputs)
        body = np.zeros(n)
        body[kept] = spam_model.body_probability(without)
        model = spam_model.load_model()
        below = body < model["threshold"]
        outside = np.zeros(n, dtype=bool)
        run = model.get("body_run")
        if run is not None:
            # Prose-like lines away from the main run of body lines (comment
            # threads, teasers, footers) are chrome unless the model is sure.
            inside = spam_model.body_run(
                body,
                n_words + inputs["n_script_words"],
                pos,
                candidate=label == "content",
                threshold=run["threshold"],
                neutral=np.isin(label, ("spam", "metadata")),
            )
            outside = ~below & ~inside & (body < run["keep"])
        chrome_line = (label == "content") & (below | outside) & ~inputs["protected"]
        for i in np.flatnonzero(chrome_line):
            where = (
                "outside the main run of body lines"
                if outside[i]
                else "above the first prose line"
                if top[i]
                else "below the last prose line"
                if bottom[i]
                else "between prose lines"
            )
            category[i] = (
                "navigation"
                if top[i] and n_words[i] <= 5
                else "related_links"
                if bottom[i] and category[i] == "heading"
                else "page_chrome"
            )
            label[i] = "boilerplate"
            reason[i] = (
                f"outside the article body (learned, p={body[i]:.2f}): {n_words[i]} words, "
                f"{round(stop_ratio[i] * 100)}% function words, {where}"
            )

    # Ad reasons name the words and signals that fired.
    for i in np.flatnonzero(
        np.isin(
            reason,
            [
                "ad:",
                "advert form:",
                "commercial call to action:",
                "ad block: selling language next to an advert:",
            ],
        )
    ):
        _, _, words = _ad_sentence_score(text_values[i])
        signals = [
            name
            for name, on in (
                ("decorative symbols", deco[i]),
                ("a link", urls[i]),
                ("imperative start", cta_start[i]),
                ("[Brand] tag", bracket[i]),
                ("price/percentage", price[i]),
            )
            if on
        ]
        reason[i] = f"{reason[i]} {', '.join(list(dict.fromkeys(words)) + signals)}".strip()

    # Partial spans on lines that stay content or metadata.
    spam_start = np.full(n, -1, dtype=np.int64)
    spam_end = np.full(n, -1, dtype=np.int64)
    keeps = np.isin(label, ["content", "metadata"])
    partial = keeps & (scan_scope == "span")
    spam_start[partial] = scan_start[partial]
    spam_end[partial] = scan_end[partial]
    for i in np.flatnonzero(partial):
        reason[i] = f"{reason[i]}; spam at {scan_start[i]}-{scan_end[i]}: {scan_reason[i]}"
    tail_candidates = (
        keeps
        & (n_words > 12)
        & ((strong > 0) | (vice > 0) | ((crypto > 0) & (urls | deco)) | urls | deco)
    )
    for i in np.flatnonzero(tail_candidates):
        found = _ad_tail(text_values[i])
        if found is None:
            continue
        start, why = found
        if spam_start[i] >= 0:
            start = min(start, spam_start[i])
        spam_start[i], spam_end[i] = start, n_chars[i]
        reason[i] = f"{reason[i]}; spam at {start}-{n_chars[i]}: {why}"

    out = lines[[ARTICLE_ID, "seg_no", "line_no", "start", "end", TEXT]].copy()
    out["label"] = label
    out["category"] = category
    out["reason"] = reason
    out["spam_start"] = spam_start
    out["spam_end"] = spam_end
    return out, inputs


def segment(articles: pd.DataFrame) -> pd.DataFrame:
    """Split articles into labelled lines: content, metadata, boilerplate or spam.

    One row per non-empty line of each article's raw ``text`` (stripped),
    with its raw-text character offsets.  Every line gets a ``label``, a
    finer ``category`` and a ``reason`` a person can read; a content or
    metadata line of which only a part is spam (an advert glued to the end of
    a paragraph) keeps its label and gives that part in ``spam_start`` /
    ``spam_end`` (relative to the line; -1 otherwise).

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with at least ``article_id`` and ``text``; ``error`` and
        ``source`` are used when present (rows with ``error`` set are
        skipped; lines recurring in several articles of one ``source`` are
        page chrome).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`scorer.schema.SEGMENT_COLUMNS`, ordered by article (in
        input order) then line.  Articles that are empty or have ``error``
        set produce no rows.

    Examples
    --------
    >>> import pandas as pd
    >>> articles = pd.DataFrame({
    ...     "article_id": ["a"],
    ...     "text": ["Share this Article\\n\\nThe minister said on Monday that the talks had "
    ...              "failed and that the mission would leave the country.\\n"
    ...              "9qCKdInvkCkmVXYatY5DxMq5vCMIoZygQUoeTesO1"],
    ... })
    >>> segment(articles)[["line_no", "label", "category"]]
       line_no        label        category
    0        1  boilerplate  call_to_action
    1        3      content           prose
    2        4         spam      junk_token
    """
    lines, texts = _split_lines(articles)
    if lines.empty:
        return _empty_segments()
    features = _line_features(lines)
    out, _ = _classify(lines, features, texts)
    out = out.astype({c: "int64" for c in _INT_COLUMNS}).astype({c: "str" for c in _STR_COLUMNS})
    return out[SEGMENT_COLUMNS].reset_index(drop=True)


# --------------------------------------------------------------------------
# Per-article features


def _segment_chars(segments: pd.DataFrame) -> pd.DataFrame:
    length = segments[TEXT].str.len().to_numpy()
    label = segments["label"].to_numpy()
    span = np.where(
        segments["spam_start"].to_numpy() >= 0,
        segments["spam_end"].to_numpy() - segments["spam_start"].to_numpy(),
        0,
    )
    return pd.DataFrame(
        {
            ARTICLE_ID: segments[ARTICLE_ID].to_numpy(),
            "chars": length,
            "spam_chars": np.where(
                label == "spam", length, np.where(label == "boilerplate", 0, span)
            ),
            "boilerplate_chars": np.where(label == "boilerplate", length, 0),
        }
    )


def _ids(segments: pd.DataFrame, article_ids: Iterable[str] | None) -> pd.Index:
    if article_ids is None:
        return pd.Index(pd.unique(segments[ARTICLE_ID].to_numpy()), name=ARTICLE_ID, dtype="str")
    return pd.Index(list(article_ids), name=ARTICLE_ID, dtype="str")


def spam_features(segments: pd.DataFrame, article_ids: Iterable[str]) -> pd.DataFrame:
    """Per-article spam and boilerplate densities and counts.

    ``spam_density`` is the share of the characters of an article's
    non-empty lines that are spam (whole spam lines plus partial spam spans
    inside content and metadata lines), in [0, 1]; 0 is clean, higher is
    worse.  ``boilerplate_density`` is the same share for page chrome.
    Articles without segments (empty text, ``error`` set) get NaN densities
    and zero counts.

    Parameters
    ----------
    segments : pandas.DataFrame
        The output of :func:`segment`.
    article_ids : iterable of str
        The articles to report on, in the order wanted (usually
        ``articles["article_id"]``).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``article_id`` in the order of ``article_ids``:
        ``spam_density``, ``boilerplate_density``, ``n_segments``,
        ``n_spam``, ``n_boilerplate``, ``n_partial_spam`` (content/metadata
        lines with a spam span) and ``n_<category>`` for every spam and
        boilerplate category.

    Examples
    --------
    >>> import pandas as pd
    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "text": [
    ...     "RELATED POSTS\\nThe talks failed on Monday, the minister said in a statement.", ""]})
    >>> table = spam_features(segment(articles), articles["article_id"])
    >>> table.loc["a", ["spam_density", "boilerplate_density", "n_related_links"]].tolist()
    [0.0, 0.17567567567567569, 1.0]
    >>> table["spam_density"].isna().tolist(), table["n_segments"].tolist()
    ([False, True], [2, 0])
    """
    index = _ids(segments, article_ids)
    chars = _segment_chars(segments)
    sums = chars.groupby(ARTICLE_ID, sort=False)[["chars", "spam_chars", "boilerplate_chars"]].sum()
    sums = sums.reindex(index)
    total = sums["chars"].where(sums["chars"] > 0)
    out = pd.DataFrame(index=index)
    out["spam_density"] = (sums["spam_chars"] / total).astype("float64")
    out["boilerplate_density"] = (sums["boilerplate_chars"] / total).astype("float64")
    # Counts per article with bincount over the article's position in the
    # index (segments of articles not asked for fall outside and are dropped).
    # (an id asked for twice gets the same counts twice)
    unique = index.unique()
    row = unique.get_indexer(pd.Index(segments[ARTICLE_ID], dtype="str"))
    inside = row >= 0
    row = row[inside]
    back = unique.get_indexer(index)
    label = segments["label"]
    spam_row = (label == "spam").to_numpy(dtype=bool)[inside]
    boiler_row = (label == "boilerplate").to_numpy(dtype=bool)[inside]
    partial = segments["spam_start"].to_numpy()[inside] >= 0

    def count(mask: np.ndarray) -> np.ndarray:
        return np.bincount(row[mask], minlength=len(unique)).astype("int64")[back]

    counts = {
        "n_segments": count(np.ones(len(row), dtype=bool)),
        "n_spam": count(spam_row),
        "n_boilerplate": count(boiler_row),
        "n_partial_spam": count(~spam_row & partial),
    }
    # Categories of spam and boilerplate lines: one bincount over (article, category).
    noisy = spam_row | boiler_row
    code, names = pd.factorize(segments["category"].iloc[np.flatnonzero(inside)[noisy]])
    per = np.bincount(row[noisy] * len(names) + code, minlength=len(unique) * len(names)).reshape(
        len(unique), len(names)
    )
    column = {name: k for k, name in enumerate(names)}
    for cat in dict.fromkeys(SPAM_CATEGORIES + BOILERPLATE_CATEGORIES):
        k = column.get(cat)
        counts[f"n_{cat}"] = (
            per[:, k].astype("int64")[back] if k is not None else np.zeros(len(index), "int64")
        )
    return pd.concat([out, pd.DataFrame(counts, index=index)], axis=1)


def spam_density(segments: pd.DataFrame, *, article_ids: Iterable[str] | None = None) -> pd.Series:
    """Share of an article's raw text that is spam.

    Characters of spam lines plus spam spans inside content/metadata lines,
    divided by the characters of all non-empty (stripped) lines.  Range
    [0, 1]: 0 is clean, 1 is all spam; lower is better.  Articles without
    any non-empty line get NaN.

    Parameters
    ----------
    segments : pandas.DataFrame
        The output of :func:`segment`.
    article_ids : iterable of str, optional
        Articles to report on, in order; default: those in ``segments``.

    Returns
    -------
    pandas.Series
        Named ``spam_density``, indexed by ``article_id``.

    Examples
    --------
    >>> import pandas as pd
    >>> articles = pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The talks failed on Monday, the minister said in a statement.\\n"
    ...     "64Jer2Wccr7qUKZ8oCYplnmpNJrq0aQocDaAOGhxU"]})
    >>> spam_density(segment(articles)).round(3)
    article_id
    a    0.402
    Name: spam_density, dtype: float64
    """
    index = _ids(segments, article_ids)
    chars = _segment_chars(segments)
    sums = chars.groupby(ARTICLE_ID, sort=False)[["chars", "spam_chars"]].sum().reindex(index)
    density = sums["spam_chars"] / sums["chars"].where(sums["chars"] > 0)
    return density.astype("float64").rename("spam_density")


def clean_text(segments: pd.DataFrame, *, article_ids: Iterable[str] | None = None) -> pd.Series:
    """The article text without spam and boilerplate.

    Content and metadata lines joined with ``"\\n"``, with partial spam
    spans cut out.  Articles without such lines get ``""``.

    Parameters
    ----------
    segments : pandas.DataFrame
        The output of :func:`segment`.
    article_ids : iterable of str, optional
        Articles to report on, in order; default: those in ``segments``.

    Returns
    -------
    pandas.Series
        Named ``clean_text``, indexed by ``article_id``.

    Examples
    --------
    >>> import pandas as pd
    >>> articles = pd.DataFrame({"article_id": ["a"], "text": [
    ...     "View all\\nDecember 5, 2023\\nThe talks failed, the minister said."]})
    >>> print(clean_text(segment(articles))["a"])
    December 5, 2023
    The talks failed, the minister said.
    """
    index = _ids(segments, article_ids)
    keep = segments[segments["label"].isin(["content", "metadata"])]
    text = keep[TEXT]
    start = keep["spam_start"].to_numpy()
    end = keep["spam_end"].to_numpy()
    if (start >= 0).any():
        values = text.to_numpy(dtype=object).copy()
        for i in np.flatnonzero(start >= 0):
            values[i] = (values[i][: start[i]] + values[i][end[i] :]).strip()
        text = pd.Series(values, index=keep.index, dtype="str")
    joined = text.groupby(keep[ARTICLE_ID].to_numpy(), sort=False).agg("\n".join)
    return joined.reindex(index, fill_value="").astype("str").rename("clean_text")


def _rule_segments(articles: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Segments labelled by the rules alone, and the learned layer's inputs per segment.

    ``benchmarks/train_spam.py`` trains the model on these, so that training
    and inference see exactly the same features.
    """
    lines, texts = _split_lines(articles)
    if lines.empty:
        return _empty_segments(), {}
    out, inputs = _classify(lines, _line_features(lines), texts, use_model=False)
    out = out.astype({c: "int64" for c in _INT_COLUMNS}).astype({c: "str" for c in _STR_COLUMNS})
    return out[SEGMENT_COLUMNS].reset_index(drop=True), inputs


_LABEL_COLOURS = {
    "content": "#ffffff",
    "metadata": "#e8f0fe",
    "boilerplate": "#eeeeee",
    "spam": "#fde2e1",
}


def highlight_segments(segments: pd.DataFrame) -> str:
    """HTML showing every segment coloured by label, spam spans marked, reasons on hover.

    Parameters
    ----------
    segments : pandas.DataFrame
        The output of :func:`segment` (one or more articles).

    Returns
    -------
    str
        An HTML fragment: one ``<section>`` per article, one ``<div>`` per
        segment with its label and category in a small tag and its reason
        as a tooltip; partial spam spans are wrapped in ``<mark>``.

    Examples
    --------
    >>> import pandas as pd
    >>> articles = pd.DataFrame({"article_id": ["a"], "text": ["Share this Article\\n"
    ...     "The talks failed on Monday, the minister said in a statement to reporters."]})
    >>> page = highlight_segments(segment(articles))
    >>> page.count("<div"), "boilerplate/call_to_action" in page
    (2, True)
    """
    parts = []
    for article_id, group in segments.groupby(ARTICLE_ID, sort=False):
        parts.append(f"<section><h4>{html.escape(str(article_id))}</h4>")
        for row in group.itertuples(index=False):
            text = str(row.text)
            if row.spam_start >= 0:
                body = (
                    html.escape(text[: row.spam_start])
                    + '<mark style="background:#f8b4b0">'
                    + html.escape(text[row.spam_start : row.spam_end])
                    + "</mark>"
                    + html.escape(text[row.spam_end :])
                )
            else:
                body = html.escape(text)
            colour = _LABEL_COLOURS.get(row.label, "#ffffff")
            parts.append(
                f'<div style="background:{colour};margin:1px 0;padding:1px 4px" '
                f'title="{html.escape(str(row.reason))}">'
                f'<small style="color:#666">[{row.label}/{row.category}]</small> {body}</div>'
            )
        parts.append("</section>")
    return "\n".join(parts)
