"""The ICD-10-CM code set the problem list codes from: search as you type, and the check that
a code is billable.

The classification is the CMS/NCHS ICD-10-CM release shipped in the ``simple-icd-10-cm``
package. Reading it builds the whole tabular tree, which takes about two seconds and leaves
some 175 MB behind in the process that read it, while the problem list only needs each
code's place, its description and whether it is billable. So the release is read once, on
first use, in a short-lived child process (started with "spawn", as the packet batch does),
which hands back plain (code, description, billable) rows; this process keeps a compact
index of about 25 MB. Should a child process be impossible, the release is read here.

Only billable codes (the leaves of the tree, "valid for HIPAA-covered transactions") are
searched and saved; a category such as F32 answers with the billable codes under it.
"""

from __future__ import annotations

import heapq
import threading
import warnings
from array import array
from bisect import bisect_left
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from enum import StrEnum
from multiprocessing import get_context

from coordinator.domain.diagnosis_rules import (
    CodeMatch,
    compact_code,
    description_words,
    is_substance_use_code,
    looks_like_code,
)

__all__ = ["CodeKind", "CodeLookup", "CodeMatch", "CodeSet", "code_set",
           "default_substance_use", "lookup", "search"]

#: How many matches a search returns at most; more, and the person types more.
SEARCH_LIMIT = 50
#: How many billable codes a category offers in its place.
SUGGESTION_LIMIT = 20

# Above every character a compact code or a folded word holds ([0-9A-Z], [0-9a-z]): the
# end of a prefix's range in a sorted list.
_AFTER_ALL = "\uffff"

Row = tuple[str, str, bool]
"""(code with its dot, description, billable)."""


class CodeKind(StrEnum):
    BILLABLE = "billable"
    CATEGORY = "category"  # a category or subcategory with codes under it
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CodeLookup:
    """What a typed code is in the release."""

    code: str
    """The code with its dot as the release prints it (as typed, upper-cased, if unknown)."""
    kind: CodeKind
    description: str
    suggestions: tuple[CodeMatch, ...] = ()
    """For a category: the first billable codes under it, in the classification's order."""


class CodeSet:
    """The billable codes of one release, indexed by code and by the words of their
    descriptions, and the categories above them.

    Kept small, as it stays in memory for the session: codes without their dot in one
    sorted list (the dot is put back when shown), descriptions beside them, and for each
    word of the descriptions the positions of the codes using it, as 4-byte integers.
    """

    def __init__(self, rows: list[Row]) -> None:
        billable = sorted((compact_code(code), description)
                          for code, description, leaf in rows if leaf)
        self._compact = [row[0] for row in billable]
        self._descriptions = [row[1] for row in billable]
        self._categories = {compact_code(code): description
                            for code, description, leaf in rows if not leaf}
        postings: dict[str, array[int]] = defaultdict(lambda: array("i"))
        for position, description in enumerate(self._descriptions):
            for word in set(description_words(description)):
                postings[word].append(position)
        self._words = sorted(postings)
        self._postings = [postings[word] for word in self._words]

    def __len__(self) -> int:
        """How many billable codes there are."""
        return len(self._compact)

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[CodeMatch]:
        """Billable codes for what was typed, best first, at most ``limit``.

        A code or the start of one ("F33", "f33.1", "F331") lists that code first, then the
        codes it begins, in the classification's order. Words ("major depressive
        recurrent") list the codes whose description has a word beginning with each of
        them, ignoring case and accents: behavioral-health codes (chapter F) first, then
        the less specific (shorter) codes, then by code.
        """
        text = text.strip()
        if not text or limit <= 0:
            return []
        found: list[int] = []
        if looks_like_code(text):
            compact = compact_code(text)
            exact = self._position(compact)
            if exact is not None:
                found.append(exact)
            found.extend(position for position in self._prefixed(compact, limit + 1)
                         if position != exact)
            del found[limit:]
        words = description_words(text)
        if words and len(found) < limit:
            taken = set(found)
            found.extend(position for position in self._with_words(words, limit + len(taken))
                         if position not in taken)
            del found[limit:]
        return [self._match(position) for position in found]

    def lookup(self, code: str) -> CodeLookup:
        """Whether ``code`` (typed with or without its dot) is billable, a category with
        billable codes under it, or not in the release."""
        compact = compact_code(code)
        position = self._position(compact)
        if position is not None:
            return CodeLookup(_dotted(compact), CodeKind.BILLABLE,
                              self._descriptions[position])
        category = self._categories.get(compact)
        if category is not None:
            under = self._prefixed(compact, SUGGESTION_LIMIT)
            return CodeLookup(_dotted(compact), CodeKind.CATEGORY, category,
                              tuple(self._match(position) for position in under))
        return CodeLookup(" ".join(code.split()).upper(), CodeKind.UNKNOWN, "")

    def _match(self, position: int) -> CodeMatch:
        return CodeMatch(_dotted(self._compact[position]), self._descriptions[position])

    def _position(self, compact: str) -> int | None:
        position = bisect_left(self._compact, compact)
        if position < len(self._compact) and self._compact[position] == compact:
            return position
        return None

    def _prefixed(self, compact: str, limit: int) -> range:
        """Billable codes beginning with ``compact``, in order, at most ``limit``."""
        if not compact:
            return range(0)
        start = bisect_left(self._compact, compact)
        end = min(bisect_left(self._compact, compact + _AFTER_ALL), start + limit)
        return range(start, end)

    def _with_words(self, words: list[str], limit: int) -> list[int]:
        # The longest word is usually the rarest, so the set shrinks fastest from it.
        candidates: set[int] | None = None
        for word in sorted(set(words), key=len, reverse=True):
            having = self._having(word)
            candidates = having if candidates is None else candidates & having
            if not candidates:
                return []
        return heapq.nsmallest(limit, candidates or (), key=self._rank)

    def _having(self, prefix: str) -> set[int]:
        """Codes whose description has a word beginning with ``prefix``."""
        start = bisect_left(self._words, prefix)
        end = bisect_left(self._words, prefix + _AFTER_ALL)
        found: set[int] = set()
        for posting in self._postings[start:end]:
            found.update(posting)
        return found

    def _rank(self, position: int) -> tuple[bool, int, str]:
        compact = self._compact[position]
        return (not compact.startswith("F"), len(compact), compact)


def _dotted(compact: str) -> str:
    """The code as printed: the dot after the category's three characters."""
    return f"{compact[:3]}.{compact[3:]}" if len(compact) > 3 else compact


_lock = threading.Lock()
_loaded: CodeSet | None = None


def code_set() -> CodeSet:
    """The release's code set, read on first use (once per process; callers wait)."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = CodeSet(_read_in_child())
    return _loaded


def search(text: str, limit: int = SEARCH_LIMIT) -> list[CodeMatch]:
    return code_set().search(text, limit)


def lookup(code: str) -> CodeLookup:
    return code_set().lookup(code)


def default_substance_use(code: str) -> bool:
    """Whether a problem with ``code`` starts out flagged as substance use (42 CFR Part 2):
    F10–F19 but nicotine (see ``diagnosis_rules.is_substance_use_code``)."""
    return is_substance_use_code(code)


def _read_in_child() -> list[Row]:
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            return pool.submit(release_rows).result()
    except (OSError, BrokenProcessPool):
        return release_rows()


def release_rows() -> list[Row]:
    """Every category and subcategory of the release with its description and whether it
    is billable (a leaf). Runs in the child process; public so "spawn" can name it."""
    with warnings.catch_warnings():
        # The package reads its data through importlib.resources' deprecated read_text.
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm as release
    rows: list[Row] = []
    # A block holding a single category has the category's name (B20), so names repeat.
    for code in dict.fromkeys(release.get_all_codes(with_dots=True)):
        if release.is_category(code) or release.is_subcategory(code):
            rows.append((str(code), str(release.get_description(code)),
                         bool(release.is_leaf(code))))
    return rows
