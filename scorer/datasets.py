"""Loaders for the public data sets with ground truth that scorer is tested on.

Each loader reads one data set from the data home (the environment variable
``SCORER_DATA_HOME``, else ``<repo root>/../shared/data``) and returns a tidy
DataFrame that :func:`scorer.io.load_articles` accepts as it is, plus the
labels of the data set.  Nothing is downloaded: the data must be on disk.

- :func:`buzzfeed_webis`: 1,627 articles from 9 outlets, one week of 2016,
  veracity rated by BuzzFeed journalists; direct-quote spans marked.
- :func:`fakenewsamt`: 240 legitimate news articles, each with a fake twin
  written by crowd workers about the same story.
- :func:`article_extraction_benchmark` / :func:`article_extraction_text`:
  181 web pages with the hand-checked article body (everything else on the
  page is chrome), and :func:`html_to_lines` to turn the HTML into text.
- :func:`book_authors`: TruthFinder's 33,971 (bookstore, book, author list)
  claims with gold author lists for 100 books, and :func:`normalise_authors`.
"""

from __future__ import annotations

import gzip
import html
import json
import os
import re
import unicodedata
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd

from scorer.io import _decode
from scorer.schema import ARTICLE_ID, SOURCE, TEXT, TITLE, URL

__all__ = [
    "article_extraction_benchmark",
    "article_extraction_text",
    "book_authors",
    "buzzfeed_webis",
    "data_home",
    "fakenewsamt",
    "html_to_lines",
    "normalise_authors",
]

_ENV = "SCORER_DATA_HOME"
_REPO_ROOT = Path(__file__).resolve().parent.parent

#: BuzzFeed veracity rating -> binary label (1 reliable, 0 not, NA unrated).
VERACITY_LABELS = {
    "mostly true": 1,
    "mixture of true and false": 0,
    "mostly false": 0,
    "no factual content": pd.NA,
}


def _wordset(words: str) -> frozenset[str]:
    """A frozenset from a whitespace-separated word list (reads better than a literal)."""
    return frozenset(words.split())


def data_home() -> Path:
    """The folder holding the public data sets.

    Returns
    -------
    pathlib.Path
        ``$SCORER_DATA_HOME`` when set, else ``<repo root>/../shared/data``.

    Raises
    ------
    FileNotFoundError
        Neither exists; the message says to set ``SCORER_DATA_HOME``.

    Examples
    --------
    >>> data_home().name
    'data'
    """
    configured = os.environ.get(_ENV)
    if configured:
        path = Path(configured).expanduser()
        if not path.is_dir():
            raise FileNotFoundError(f"{_ENV}={configured} is not a folder")
        return path
    default = _REPO_ROOT.parent / "shared" / "data"
    if default.is_dir():
        return default
    raise FileNotFoundError(
        f"public data sets not found: set the environment variable {_ENV} to the folder "
        f"holding them (looked for {default})"
    )


def _folder(name: str) -> Path:
    path = data_home() / name
    if not path.is_dir():
        raise FileNotFoundError(f"data set {name!r} not found in {path.parent} ({_ENV})")
    return path


# --------------------------------------------------------------------------
# BuzzFeed-Webis 2016
# --------------------------------------------------------------------------


def _spans(root: ET.Element, tag: str) -> list[tuple[int, int]]:
    spans = [(int(el.findtext("start")), int(el.findtext("end"))) for el in root.iter(tag)]
    return sorted(spans)


def _buzzfeed_row(path: Path) -> dict:
    root = ET.parse(path).getroot()
    text = root.findtext("mainText") or ""
    paragraphs = _spans(root, "paragraph")
    # Paragraphs are spans separated by one character (a space) in mainText;
    # turning that character into a newline gives one line per paragraph for
    # segmentation while every offset stays valid.
    chars = list(text)
    for _, end in paragraphs:
        if end < len(chars) and chars[end].isspace():
            chars[end] = "\n"
    text = "".join(chars)
    quote_spans = _spans(root, "quote")
    return {
        ARTICLE_ID: path.stem,
        SOURCE: root.findtext("portal"),
        TITLE: root.findtext("title"),
        URL: root.findtext("uri"),
        TEXT: text,
        "byline": (root.findtext("author") or "").strip() or None,
        "orientation": root.findtext("orientation"),
        "veracity": root.findtext("veracity"),
        "quote_spans": quote_spans,
        "quotes": [text[start:end] for start, end in quote_spans],
        "paragraph_spans": paragraphs,
    }


def buzzfeed_webis() -> pd.DataFrame:
    """BuzzFeed-Webis Fake News Corpus 2016: 1,627 rated articles.

    Returns
    -------
    pandas.DataFrame
        One row per article in file order: ``article_id`` (``"0000"`` …),
        ``source`` (the portal: ``abc``, ``cnn``, ``politico``, ``eagle``,
        ``freedom``, ``right``, ``addicting``, ``occupy``, ``opposition``),
        ``title``, ``url``, ``text`` (mainText with a newline between
        paragraphs; offsets unchanged), ``byline`` (author, NA if none),
        ``orientation`` (mainstream / left / right), ``veracity`` (the
        journalists' rating), ``label`` (``Int8``: 1 mostly true, 0 mixture or
        mostly false, NA no factual content), ``quote_spans`` (sorted
        ``(start, end)`` offsets of direct quotes in ``text``), ``quotes``
        (the quoted strings) and ``paragraph_spans``.

    Examples
    --------
    >>> df = buzzfeed_webis()
    >>> int(df["veracity"].value_counts()["mostly true"])
    1264
    """
    folder = _folder("buzzfeed-webis-2016") / "articles"
    df = pd.DataFrame([_buzzfeed_row(p) for p in sorted(folder.glob("*.xml"))])
    label = pd.array(df["veracity"].map(VERACITY_LABELS).tolist(), dtype="Int8")
    position = df.columns.get_loc("veracity") + 1
    df.insert(position, "label", label)
    return df


# --------------------------------------------------------------------------
# FakeNewsAMT
# --------------------------------------------------------------------------

_AMT_NAME = re.compile(r"^(?P<domain>[a-z]+)(?P<number>\d+)\.(?P<kind>legit|fake)$")


def fakenewsamt() -> pd.DataFrame:
    """FakeNewsAMT: 240 legitimate articles and their 240 crowd-written fakes.

    ``source`` is left missing on purpose: the data set does not say which
    outlet a legitimate article came from, fakes have no outlet, and a
    label-derived name ("amt-fake") would leak the label into every
    outlet-level feature.  Group by ``pair_id`` when cross-validating, so that
    an article and its twin never sit on both sides of a split.

    Returns
    -------
    pandas.DataFrame
        One row per file, legit then fake, each in file-name order:
        ``article_id`` (``"biz01.legit"``), ``title`` (the first line; NA for
        the 30 fakes written as a single paragraph without a headline, which
        makes a missing title a label leak to keep away from features),
        ``text`` (the rest), ``label`` (``Int8``: 1 legit, 0 fake), ``domain``
        (biz, edu, entmt, polit, sports, tech) and ``pair_id`` (``"biz01"``).

    Examples
    --------
    >>> df = fakenewsamt()
    >>> bool(df.groupby("pair_id")["label"].sum().eq(1).all())
    True
    """
    folder = _folder("fakenewsamt") / "fakeNewsDataset"
    rows = []
    for kind, label in (("legit", 1), ("fake", 0)):
        for path in sorted((folder / kind).glob("*.txt")):
            stem = path.name.removesuffix(".txt")
            match = _AMT_NAME.match(stem)
            if match is None:
                continue  # not one of the data set's files
            raw, _, _problem = _decode(path.read_bytes(), None)
            raw = (raw or "").replace("\r\n", "\n").strip()
            title, _, body = raw.partition("\n")
            if not body.strip():
                # 30 fakes are one paragraph with no headline line: all body
                title, body = "", title
            rows.append(
                {
                    ARTICLE_ID: stem,
                    SOURCE: None,
                    TITLE: title.strip() or None,
                    TEXT: body.strip(),
                    "label": label,
                    "domain": match["domain"],
                    "pair_id": f"{match['domain']}{match['number']}",
                }
            )
    df = pd.DataFrame(rows)
    return df.assign(label=df["label"].astype("Int8"))


# --------------------------------------------------------------------------
# Article extraction benchmark
# --------------------------------------------------------------------------

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
_BLOCK_TAGS = _wordset(
    """
    address article aside blockquote body br caption dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li
    main nav ol option p pre section summary table tbody td tfoot th thead title tr ul
    """
)
_SPACE = re.compile(r"\s+")


class _LineCollector(HTMLParser):
    """Collect visible text, breaking a line at every block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0

    def _break(self) -> None:
        line = _SPACE.sub(" ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "body":
            self.skip_depth = 0  # an unclosed <head> must not hide the page
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "pre":
                self.pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.pre_depth and "\n" in data:
            first, *rest = data.split("\n")
            self.current.append(first)
            for piece in rest:
                self._break()
                self.current.append(piece)
        else:
            self.current.append(data)


def html_to_lines(html_text: str) -> str:
    """Visible text of an HTML page with every block element on its own line.

    Script, style, noscript, template, svg, iframe and ``<head>`` contents are
    dropped; block elements (p, div, li, h1–h6, td, br, section, article,
    header, footer, nav, figure, blockquote, pre, tr, dt, dd, …) end a line;
    inline elements (a, span, em …) do not.  Whitespace inside a line is
    collapsed; empty lines are dropped.

    Parameters
    ----------
    html_text : str
        An HTML document or fragment.

    Returns
    -------
    str
        The lines joined with ``"\\n"``.

    Examples
    --------
    >>> html_to_lines("<div><h1>Title</h1><p>One <b>bold</b> word.<br>Next</p>"
    ...               "<script>var x;</script></div>")
    'Title\\nOne bold word.\\nNext'
    """
    parser = _LineCollector()
    parser.feed(html_text)
    parser.close()
    parser._break()
    return "\n".join(parser.lines)


def _decode_html(data: bytes) -> str:
    text, _, _ = _decode(data, None)
    return text if text is not None else data.decode("utf-8", errors="replace")


def article_extraction_benchmark() -> pd.DataFrame:
    """Zyte's article extraction benchmark: 181 pages and their article bodies.

    Returns
    -------
    pandas.DataFrame
        One row per page, sorted by ``article_id`` (the page hash):
        ``article_id``, ``url``, ``html`` (the decompressed page) and
        ``body`` (the hand-checked ``articleBody``; everything else on the page
        is chrome).

    Examples
    --------
    >>> len(article_extraction_benchmark())
    181
    """
    folder = _folder("article-extraction-benchmark")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    rows = []
    for path in sorted((folder / "html").glob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        entry = truth.get(key, {})
        rows.append(
            {
                ARTICLE_ID: key,
                URL: entry.get("url"),
                "html": _decode_html(gzip.decompress(path.read_bytes())),
                "body": entry.get("articleBody"),
            }
        )
    return pd.DataFrame(rows)


def article_extraction_text() -> pd.DataFrame:
    """The benchmark pages as plain text, one visible block per line.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``url``, ``text`` (:func:`html_to_lines` of the page)
        and ``body`` (the gold article body), ready for ``load_articles``.

    Examples
    --------
    >>> df = article_extraction_text()
    >>> df.columns.tolist()
    ['article_id', 'url', 'text', 'body']
    """
    pages = article_extraction_benchmark()
    text = pages["html"].map(html_to_lines)
    return pd.DataFrame(
        {ARTICLE_ID: pages[ARTICLE_ID], URL: pages[URL], TEXT: text, "body": pages["body"]}
    )


# --------------------------------------------------------------------------
# TruthFinder book authors
# --------------------------------------------------------------------------


def _read_tsv(path: Path, names: list[str]) -> pd.DataFrame:
    text = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
    rows = [line.split("\t") for line in text.split("\n") if line.strip()]
    width = len(names)
    rows = [(row + [""] * width)[:width] for row in rows]
    return pd.DataFrame(rows, columns=names)


def _unescape(value: str) -> str:
    # some stores escaped twice or thrice: "Deitel &amp;amp;amp; Associates"
    while True:
        unescaped = html.unescape(value)
        if unescaped == value:
            return value
        value = unescaped


def book_authors() -> tuple[pd.DataFrame, pd.DataFrame]:
    """TruthFinder's book-author claims and the gold author lists.

    Returns
    -------
    claims : pandas.DataFrame
        33,971 rows in file order: ``source`` (bookstore), ``object`` (ISBN),
        ``value`` (the raw author string as the store lists it; may be empty
        or "Not Available") and ``title``.
    gold : pandas.DataFrame
        100 rows: ``object`` (ISBN) and ``value`` (the raw gold author list,
        ``"last, first; last2, first2;"``).  Compare with
        :func:`normalise_authors` on both sides.

    Examples
    --------
    >>> claims, gold = book_authors()
    >>> bool(gold["object"].isin(claims["object"]).all())
    True
    """
    folder = _folder("book-author-truthfinder")
    claims = _read_tsv(folder / "book.txt", [SOURCE, "object", "title", "value"])
    claims = claims[[SOURCE, "object", "value", "title"]]
    claims = claims.assign(value=claims["value"].map(_unescape).str.strip())
    gold = _read_tsv(folder / "book_golden.txt", ["object", "value"])
    return claims, gold.assign(value=gold["value"].str.strip())


_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_AUTHORS = re.compile(
    r"\b(?:not available|n/a|unknown|et al\.?|and others|various|anonymous)", re.IGNORECASE
)
# Lost separators between names: "GaryViega", "TedHummel", "GeorgeBRDollimore"
# (a <br> residue).  Surname prefixes such as Mac- and Van- are not splits.
_JOINED = re.compile(r"\b([A-Z][a-z]{2,})(?:BR)?([A-Z][a-z]+)")
_NAME_PREFIXES = frozenset({"Mac", "Van", "Von", "Del", "Der", "Des", "Dos", "Las", "Les", "Fitz"})
_SURNAME_PARTICLES = frozenset(
    {"van", "der", "de", "von", "la", "le", "di", "da", "del", "den", "du", "dos", "des"}
)
_SEPARATORS = re.compile(r"\s*(?:;|/|\||&|\band\b|\bwith\b)\s*", re.IGNORECASE)
_ROLE_WORDS = _wordset(
    """
    editor editors ed eds edt edited author authors foreword introduction translator
    trans illustrator compiler comp jr sr ii iii iv phd ph.d md dr prof mr mrs ms by
    """
)
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-])*", re.UNICODE)


def _words(part: str) -> list[str]:
    words = _WORD.findall(part.lower())
    return [w.strip("'-") for w in words if w.strip("'-") not in _ROLE_WORDS]


def _token(last: list[str], first: list[str]) -> str | None:
    if not last:
        return None
    surname = last[-1] if not first else " ".join(last)
    return f"{surname} {first[0][0]}" if first else surname


def _names_in(piece: str) -> list[str]:
    """Author tokens in one separator-free piece of an author string."""
    parts = [p.strip() for p in piece.split(",")]
    parts = [p for p in parts if _words(p)]
    if not parts:
        return []
    if len(parts) == 1:
        words = _words(parts[0])
        return [t for t in [_token(words[-1:], words[:-1])] if t]
    first_words = _words(parts[0])
    if len(first_words) > 1 and all(word in _SURNAME_PARTICLES for word in first_words[:-1]):
        # "Van Der Linden, Peter": a surname with particles, not "First Last"
        first_words = first_words[-1:]
    if len(first_words) == 1:
        # "Last, First" or a chain "Last, First Last2, First2 Last3, First3"
        tokens = []
        last = first_words
        for index, part in enumerate(parts[1:], start=1):
            words = _words(part)
            if not last:
                # a new author starts after a completed "Last, First"
                if len(words) == 1:
                    last = words
                else:
                    tokens.append(_token(words[-1:], words[:-1]))
                continue
            if index < len(parts) - 1 and len(words) >= 2:
                tokens.append(_token(last, words[:-1]))
                last = words[-1:]
            else:
                tokens.append(_token(last, words))
                last = []
        if last:
            tokens.append(_token(last, []))
        return [t for t in tokens if t]
    # "First Last, First2 Last2"
    tokens = []
    for part in parts:
        words = _words(part)
        tokens.append(_token(words[-1:], words[:-1]))
    return [t for t in tokens if t]


def _split_joined(match: re.Match) -> str:
    if match.group(1) in _NAME_PREFIXES:
        return match.group(0)
    return f"{match.group(1)}; {match.group(2)}"


def normalise_authors(value: object) -> frozenset[str]:
    """Normalise an author string into a set of ``"lastname f"`` tokens.

    Handles ``"Last, First; Last2, First2"``, ``"First Last, First2 Last2"``,
    ``"and"``/``&``/``/`` separators, role words such as ``(Editor)``,
    ``Jr.``, accents (folded to ASCII), runs with lost separators
    (``"McGraw, GaryViega, John"``), and treats ``"Not Available"`` or an
    empty string as no authors.  A name without a first name gives the last
    name alone.

    Parameters
    ----------
    value : str or None
        A raw author string.

    Returns
    -------
    frozenset of str
        Lower-case last name, a space, and the first initial.

    Examples
    --------
    >>> sorted(normalise_authors("Knuth, Donald E."))
    ['knuth d']
    >>> sorted(normalise_authors("C. J. Date, Hugh Darwen"))
    ['darwen h', 'date c']
    >>> sorted(normalise_authors("aiken, peter ;  allen, m. david;"))
    ['aiken p', 'allen m']
    >>> sorted(normalise_authors("Hirschbuhl, John J. (EDT)/ Bishop, Dwight (EDT)"))
    ['bishop d', 'hirschbuhl j']
    >>> sorted(normalise_authors("Römer, Kay; Marcadé, Erik"))
    ['marcade e', 'romer k']
    >>> normalise_authors("Not Available")
    frozenset()
    """
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return frozenset()
    text = _unescape(str(value))
    # "Römer" and "Romer", "Marcadé" and "Marcade" are one author: stores differ in accents.
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _PARENTHESES.sub(" ", text)
    text = _NOT_AUTHORS.sub(" ", text)
    text = _JOINED.sub(_split_joined, text)
    tokens: set[str] = set()
    for piece in _SEPARATORS.split(text):
        tokens.update(_names_in(piece))
    return frozenset(tokens)
