"""scorer: how far can a news article, and its outlet, be trusted — and why.

The public names load lazily (PEP 562), so ``import scorer`` is cheap and a
submodule such as ``scorer.schema`` can be imported on its own.

>>> import scorer
>>> scores = scorer.score(scorer.EXAMPLE_CORPUS)
>>> scores["article_id"].tolist()[:2]
['000_70571204d3049d9c', '001_2289ed053e9986e6']
"""

from __future__ import annotations

import importlib
from pathlib import Path

__version__ = "0.1.0"

#: The founding corpus shipped with the repository: one event, five outlets.
EXAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "data" / "examples" / "niger-2023"

_EXPORTS = {
    "Analysis": "scorer.pipeline",
    "FeatureExtractor": "scorer.pipeline",
    "InputError": "scorer.io",
    "ReliabilityModel": "scorer.combine",
    "TextScore": "scorer.textscore",
    "analyze": "scorer.pipeline",
    "discover": "scorer.truth",
    "extract_features": "scorer.pipeline",
    "find_copies": "scorer.features.agreement",
    "load_articles": "scorer.io",
    "score": "scorer.pipeline",
    "write_table": "scorer.io",
}

__all__ = ["EXAMPLE_CORPUS", "__version__", *sorted(_EXPORTS)]


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'scorer' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
