"""The registry's statements, built once per shape of query and run with bound values.

Search as you type runs the same few statements after every keystroke with only the
typed text changed. Building a SQLAlchemy statement costs more in Python than SQLite
takes to answer it from the index, so each shape (which filters are set, which kinds of
search the text allows, the order) is built once and cached; a keystroke only binds the
values. SQLAlchemy then also finds the compiled SQL in its cache at once, because the
statement object is the same.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, partial
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    exists,
    false,
    func,
    intersect,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute

from coordinator.domain.text import digits_only, search_words
from coordinator.domain.vocabulary import ClientStatus
from coordinator.services.clocks import clock_is_urgent
from coordinator.store.models import (
    Client,
    ClientNameWord,
    LevelOfCare,
    TransitionClock,
    User,
)

_LIKE_ESCAPE = "/"
MAX_SEARCH_WORDS = 6

# The columns a typed word is matched against by prefix, compared by code point on both
# engines: SQLite compares text that way, and on PostgreSQL they have the "C" collation.
_CODE_POINT_ORDERED = (Client.family_name_key, Client.given_name_key, ClientNameWord.word)


@dataclass(frozen=True)
class Shape:
    """What decides a statement's SQL; everything else is a bound value."""

    open_clock: bool
    status_given: bool
    case_manager: bool
    level: bool
    by_name: bool
    name_words: tuple[bool, ...]
    """One entry per word of the text (each must start a word of the client's name):
    whether that word is a single letter (see ``name_words_match``)."""
    by_record_number: bool
    by_phone: bool
    by_birth_date: bool
    sort_key: str
    descending: bool
    on_server: bool = False
    """The statement runs on PostgreSQL: names are matched as a union of index reads
    (``_starts_a_name_word``)."""
    walk: bool = False
    """A lone letter on PostgreSQL, listed by name: the page is looked for among the first
    ``walk`` clients in that order only (``walks_first``)."""


def shape_and_values(query: Any, today: date, missed_days: int, *,
                     on_server: bool = False) -> tuple[Shape, dict[str, Any]]:
    """The shape of ``query`` (a ``RegistryQuery``) and the values to bind; ``on_server``
    when the statement runs on PostgreSQL."""
    values: dict[str, Any] = {"today": today,
                              "missed_from": today - timedelta(days=missed_days)}
    words = query.text.strip()
    by_name = by_record_number = by_phone = by_birth_date = False
    name_words = search_words_kept(words)
    if words:
        by_name = True
        for index, word in enumerate(name_words):
            values.update(prefix_values(f"word{index}", word))
        # Every record number starts with the same letters ("MRN-"), so a search by record
        # number needs a digit; "m" alone would otherwise match everyone.
        by_record_number = any(character.isdigit() for character in words)
        if by_record_number:
            values.update(prefix_values("mrn", words.upper()))
        digits = digits_only(words)
        by_phone = len(digits) >= 3 and digits == words.replace("-", "").replace(" ", "")
        if by_phone:
            values.update(prefix_values("phone", digits))
        with contextlib.suppress(ValueError):
            values["birth_date"] = date.fromisoformat(words)
            by_birth_date = True
    if query.status is not None:
        values["status"] = query.status
    if query.case_manager_id is not None:
        values["case_manager_id"] = query.case_manager_id
    if query.level_code is not None:
        values["level_code"] = query.level_code
    shape = Shape(query.open_clock, query.status is not None,
                  query.case_manager_id is not None, query.level_code is not None,
                  by_name, one_letter_words(name_words), by_record_number, by_phone, by_birth_date,
                  query.sort_key, query.descending, on_server)
    return shape, values


def search_words_kept(text: str) -> list[str]:
    """The words of ``text`` a search matches names by (``domain.text.search_words``).

    Past ``MAX_SEARCH_WORDS`` only the longest are kept: every word narrows the result, the
    longest the most, and a pasted paragraph should not build a statement per word count.
    """
    words = search_words(text)
    if len(words) <= MAX_SEARCH_WORDS:
        return words
    return sorted(words, key=len, reverse=True)[:MAX_SEARCH_WORDS]


def prefix_values(name: str, text: str) -> dict[str, str]:
    escaped = (text.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2).replace("%", _LIKE_ESCAPE + "%")
               .replace("_", _LIKE_ESCAPE + "_"))
    return {f"{name}_low": text, f"{name}_high": text + "\U0010ffff",
            f"{name}_like": escaped + "%", f"{name}_past": past_prefix(text)}


def past_prefix(text: str) -> str:
    """The first text after every text that starts with ``text``, in code point order (how
    SQLite and PostgreSQL's "C" collation compare): its last character moved on by one.
    ``column >= text AND column < past_prefix(text)`` is then exactly "starts with".

    A last character with none after it is dropped and the one before moved on; a
    surrogate, which no stored text holds, is stepped over.
    """
    characters = list(text)
    while characters:
        following = ord(characters.pop()) + 1
        if 0xD800 <= following <= 0xDFFF:
            following = 0xE000
        if following <= 0x10FFFF:
            return "".join(characters) + chr(following)
    return text + "\U0010ffff"  # nothing follows; no name holds such text


def _prefix(column: InstrumentedAttribute[str], name: str) -> ColumnElement[bool]:
    """``column`` starts with the bound text: a range the index answers, and LIKE to keep
    the match exact whatever the collation (as ``clients._prefix``)."""
    if _ordered_by_code_point(column):
        return _key_prefix(column, name)
    return and_(column >= bindparam(f"{name}_low", type_=String),
                column < bindparam(f"{name}_high", type_=String),
                column.like(bindparam(f"{name}_like", type_=String), escape=_LIKE_ESCAPE))


def _ordered_by_code_point(column: InstrumentedAttribute[str]) -> bool:
    # By identity: a column's == builds a SQL comparison.
    return any(column is ordered for ordered in _CODE_POINT_ORDERED)


def _key_prefix(column: InstrumentedAttribute[str] | ColumnElement[str],
                name: str) -> ColumnElement[bool]:
    """A name key starts with the bound text: the range alone, exact because name keys
    compare by code point on both engines (PostgreSQL's "C" collation on those columns).

    Without a LIKE beside it, PostgreSQL estimates the matches from the range once. The
    LIKE had been counted a second, independent time, so a letter's name words were
    estimated at a tenth of what they are, and its plans chosen for far fewer rows.
    """
    return and_(column >= bindparam(f"{name}_low", type_=String),
                column < bindparam(f"{name}_past", type_=String))


def one_letter_words(words: list[str]) -> tuple[bool, ...]:
    """For each word, whether it is a single letter (``name_words_match``)."""
    return tuple(len(word) == 1 for word in words)


def name_words_match(one_letter: tuple[bool, ...], *, in_order: bool,
                     on_server: bool = False) -> ColumnElement[bool]:
    """Each bound word (``word0`` …) starts a word of the client's given or family name.

    A word that starts the name is found by the name key's index, any later word by the
    name-word index (``client_name_word``); so every word is an index lookup, and the
    planner starts from the one that matches fewest clients.

    ``in_order`` is for a statement that lists clients in an order an index has (the first
    page): one letter matches a twentieth of the clients, and gathering and sorting
    thousands of them costs more than walking the ordered index until the page is full.
    Adding 0 to the id hides the name-word index from such a letter's test, and with it
    the letter's lookup (SQLite looks up an OR only when every part of it has an index).
    """
    if not one_letter:
        return false()
    prefixes = [partial(_prefix, name=f"word{index}") for index in range(len(one_letter))]
    if on_server:
        return _name_words_on_server(prefixes, one_letter)
    return and_(*(_starts_a_name_word(prefix, Client.id + 0 if in_order and single
                                      else Client.id)
                  for prefix, single in zip(prefixes, one_letter, strict=True)))


_Prefix = Callable[[InstrumentedAttribute[str]], ColumnElement[bool]]


def _starts_a_name_word(prefix: _Prefix,
                        client_id: ColumnElement[int] | InstrumentedAttribute[int]
                        ) -> ColumnElement[bool]:
    """The word ``prefix`` tests for starts the given or family name, or a later word of
    either (``client_name_word``)."""
    return or_(prefix(Client.family_name_key), prefix(Client.given_name_key),
               client_id.in_(select(ClientNameWord.client_id).where(
                   prefix(ClientNameWord.word))))


def _name_words_on_server(prefixes: Sequence[_Prefix],
                          one_letter: tuple[bool, ...]) -> ColumnElement[bool]:
    """``name_words_match`` for PostgreSQL.

    PostgreSQL combines index reads for an OR only when every part is a plain column test,
    and the name-word part is a subquery: for a word of two letters or more it would read
    every client (seconds a keystroke at a million). So each such word's clients are the
    union of its three index reads, and with several words the intersection of those
    unions (a hash each, where a join of one union against the other compared every pair).
    A single letter matches so many clients that walking them in order (or counting until
    the cap) finds enough soon: it keeps the OR, tested client by client.
    """
    found = [union_all(select(Client.id.label("id")).where(prefix(Client.family_name_key)),
                       select(Client.id).where(prefix(Client.given_name_key)),
                       select(ClientNameWord.client_id).where(prefix(ClientNameWord.word)))
             for prefix, single in zip(prefixes, one_letter, strict=True) if not single]
    conditions = [_starts_a_name_word(prefix, Client.id)
                  for prefix, single in zip(prefixes, one_letter, strict=True) if single]
    if len(found) == 1:
        conditions.append(Client.id.in_(found[0]))
    elif found:
        conditions.append(Client.id.in_(intersect(
            *(select(words.c.id) for words in (each.subquery() for each in found)))))
    return and_(*conditions)


def client_found_by(text: str, *, on_server: bool = False) -> ColumnElement[bool]:
    """Clients the search finds for ``text`` by name or record number, with the values
    in the statement: for lists that search by client among their own filters (referrals).
    The Clients view binds its values instead (``shape_and_values``). ``on_server`` when
    the statement runs on PostgreSQL."""
    words = search_words_kept(text)
    prefixes = [partial(_starts, text=word) for word in words]
    matches: list[ColumnElement[bool]]
    if not words:
        matches = [false()]
    elif on_server:
        matches = [_name_words_on_server(prefixes, one_letter_words(words))]
    else:
        matches = [and_(*(_starts_a_name_word(prefix, Client.id) for prefix in prefixes))]
    if any(character.isdigit() for character in text):
        matches.append(_starts(Client.record_number, text.strip().upper()))
    return any_of(matches, on_server=on_server)


def _starts(column: InstrumentedAttribute[str], text: str) -> ColumnElement[bool]:
    """``_prefix`` with the values in the statement."""
    values = prefix_values("value", text)
    if _ordered_by_code_point(column):
        return and_(column >= values["value_low"], column < values["value_past"])
    return and_(column >= values["value_low"], column < values["value_high"],
                column.like(values["value_like"], escape=_LIKE_ESCAPE))


def _conditions(shape: Shape, *, in_order: bool = False,
                with_text: bool = True) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if shape.open_clock:
        conditions.append(Client.id.in_(
            select(TransitionClock.client_id).where(clock_is_urgent())))
    if shape.status_given:
        conditions.append(Client.status == bindparam("status", type_=String))
    else:
        conditions.append(Client.status != ClientStatus.ARCHIVED.value)
    if shape.case_manager:
        conditions.append(Client.primary_case_manager_id
                          == bindparam("case_manager_id", type_=Integer))
    if shape.level:
        conditions.append(Client.current_level_code == bindparam("level_code", type_=String))
    if shape.by_name and with_text:
        matches = [name_words_match(shape.name_words, in_order=in_order,
                                    on_server=shape.on_server), *_other_matches(shape)]
        conditions.append(any_of(matches, on_server=shape.on_server))
    return conditions


def _other_matches(shape: Shape) -> list[ColumnElement[bool]]:
    """What the typed text may be besides words of the name: the start of a record number
    or of a phone number, or a birth date."""
    matches: list[ColumnElement[bool]] = []
    if shape.by_record_number:
        matches.append(_prefix(Client.record_number, "mrn"))
    if shape.by_phone:
        matches.append(_prefix(Client.phone_digits, "phone"))
    if shape.by_birth_date:
        matches.append(Client.birth_date == bindparam("birth_date", type_=Date))
    return matches


def any_of(matches: list[ColumnElement[bool]], *, on_server: bool) -> ColumnElement[bool]:
    """A client meeting any of ``matches``. On PostgreSQL, where an OR holding a subquery
    reads every client (``_starts_a_name_word``), the clients each match finds are
    gathered as a union instead."""
    if not on_server or len(matches) < 2:
        return or_(*matches)
    return Client.id.in_(union_all(*(select(Client.id).where(match) for match in matches)))


def _order(shape: Shape) -> list[Any]:
    columns = _order_columns(shape)
    return [column.desc() for column in columns] if shape.descending else columns


def _order_columns(shape: Shape) -> list[Any]:
    orders: dict[str, list[Any]] = {
        "name": [Client.family_name_key, Client.given_name_key],
        "record_number": [Client.record_number],
        "birth_date": [Client.birth_date, Client.family_name_key],
        "level": [Client.current_level_rank, Client.family_name_key, Client.given_name_key],
        "case_manager": [User.full_name, Client.family_name_key],
    }
    # The id last makes the order total, so pages never overlap or skip a client.
    return [*orders[shape.sort_key], Client.id]


# How many clients, in name order, a lone letter looks through for its page before its
# matches are read branch by branch (``walks_first``).
WALKED_FIRST = 20_000


def walks_first(shape: Shape) -> bool:
    """Whether a page of this search, a lone letter listed by name, is first looked for
    among the first ``WALKED_FIRST`` clients by name (then ``shape`` with ``walk``; if that
    finds less than a page, the page is read as branches).

    A letter matches a great many clients, mostly spread over the alphabet: walking the
    name index and testing each client finds a page within a few hundred ("b": 26 ms at a
    million clients). Read as branches instead, a letter's later name words (9,000 for "b")
    were each looked up to be sorted, or PostgreSQL walked the index for them alone, which
    it reckoned spread evenly where they are not (1.2 s). But a letter that starts few
    names early in the alphabet ("u", "q", "x") found nothing for most of the walk, and
    walked the whole county (1.3 s for "u"): bounded, such a walk gives way to branches,
    which for those letters are small.
    """
    return (shape.on_server and shape.by_name and shape.name_words == (True,)
            and shape.sort_key == "name" and not shape.walk)


@cache
def page_ids_statement(shape: Shape) -> Select[int]:
    """The ids of one page, in order; binds ``offset`` and ``limit`` besides the shape's
    (and ``walk`` for a shape with ``walk``)."""
    offset, limit = bindparam("offset", type_=Integer), bindparam("limit", type_=Integer)
    if shape.walk:
        return _page_of_the_first_walked(shape, offset, limit)
    if _in_branches(shape):
        return _page_of_branches(shape, offset, limit)
    ids = select(Client.id).select_from(Client).where(*_conditions(shape, in_order=True))
    if shape.sort_key == "case_manager":
        ids = ids.outerjoin(User, User.id == Client.primary_case_manager_id)
    return ids.order_by(*_order(shape)).offset(offset).limit(limit)


def _page_of_the_first_walked(shape: Shape, offset: Any, limit: Any) -> Select[int]:
    """``page_ids_statement`` for a lone letter by name, among the first ``walk`` clients in
    that order: they are read off the name index in order, and the letter is tested on the
    rows as they come (a later name word by the client's own rows), so reading stops once
    the page is full."""
    walked = (select(Client.id, Client.family_name_key, Client.given_name_key)
              .where(*_conditions(shape, with_text=False)).order_by(*_order(shape))
              .limit(bindparam("walk", type_=Integer)).subquery("walked"))
    letter = or_(_key_prefix(walked.c.family_name_key, "word0"),
                 _key_prefix(walked.c.given_name_key, "word0"),
                 exists().where(ClientNameWord.client_id == walked.c.id,
                                _key_prefix(ClientNameWord.word, "word0")))
    order: list[Any] = [walked.c.family_name_key, walked.c.given_name_key, walked.c.id]
    if shape.descending:
        order = [column.desc() for column in order]
    return select(walked.c.id).where(letter).order_by(*order).offset(offset).limit(limit)


def _in_branches(shape: Shape) -> bool:
    """On PostgreSQL a search with exactly one word of two letters or more (beside any
    single letters: "o'br" is "o" and "br") is read as branches (see ``_branches``);
    several longer words keep their intersection, several single letters one OR.

    A lone letter listed by name is first looked for among the first clients by name
    (``walks_first``); when that finds less than a page, it is read as branches. Listed in
    another order it keeps one OR, tested client by client down that order's index.
    """
    return _counted_in_branches(shape) and (
        shape.name_words != (True,) or shape.sort_key == "name")


def _counted_in_branches(shape: Shape) -> bool:
    """A capped count is read as branches for one longer word or a lone letter, in any
    order (the order does not change a count)."""
    return (shape.on_server and shape.by_name
            and (list(shape.name_words).count(False) == 1 or shape.name_words == (True,)))


def _leading_word(shape: Shape) -> int:
    """The word whose matches lead the branches: the longer one, else the lone letter."""
    return shape.name_words.index(False) if False in shape.name_words else 0


def _branches(shape: Shape) -> list[ColumnElement[bool]]:
    """The ways a client can match the typed words (or the record number, phone or birth
    date the text may also be), each led by a test one index answers.

    As one union, a common prefix ("ca", "ro") gathered tens of thousands of clients at a
    million, each looked up before the page could be sorted (a second a keystroke). Read
    as branches, each branch is ordered and cut at the page's end (or the count's cap) by
    itself, the family name's branch straight off its ordered index, and only those few
    rows are merged: the first ``n`` of a union are among the first ``n`` of its parts.
    The longer word leads the name's three branches; each single letter is tested on the
    rows they find.
    """
    leading = _leading_word(shape)
    word = partial(_prefix, name=f"word{leading}")
    letters = [_starts_a_word_of_this_client(partial(_prefix, name=f"word{index}"))
               for index, single in enumerate(shape.name_words)
               if single and index != leading]
    return [*(and_(leading_test, *letters) for leading_test in (
        word(Client.family_name_key), word(Client.given_name_key),
        Client.id.in_(select(ClientNameWord.client_id).where(word(ClientNameWord.word))))),
        *_other_matches(shape)]


_NAME_WORD_BRANCH = 2  # its place in ``_branches``


def _starts_a_word_of_this_client(prefix: _Prefix) -> ColumnElement[bool]:
    """``_starts_a_name_word`` tested on one client: its own later name words are looked
    up by client (as a subquery of every matching word, PostgreSQL costed the test as if it
    read them all for each client, and scanned every client instead)."""
    return or_(prefix(Client.family_name_key), prefix(Client.given_name_key),
               exists().where(ClientNameWord.client_id == Client.id,
                              prefix(ClientNameWord.word)))


def _page_of_branches(shape: Shape, offset: Any, limit: Any) -> Select[int]:
    """``page_ids_statement`` as the union of each branch's first ``offset + limit``."""
    columns = _order_columns(shape)
    labelled = [column.label(f"o{index}") for index, column in enumerate(columns)]
    parts = []
    for number, branch in enumerate(_branches(shape)):
        part_columns, part_order = labelled, _order(shape)
        if number == _NAME_WORD_BRANCH and shape.name_words == (True,):
            # A letter's later name words are gathered and sorted, never found by walking
            # the name index: they bunch in parts of the alphabet, and PostgreSQL, which
            # reckons them spread evenly, walked most of a county for them ("b": 1.2 s).
            # An order the index does not have (the same text, with nothing added) keeps
            # it from walking; a letter's words are a few thousand at most.
            part_columns = [(column + "" if number_of < 2 else column).label(f"o{number_of}")
                            for number_of, column in enumerate(columns)]
            part_order = [column.desc() if shape.descending else column
                          for column in (Client.family_name_key + "",
                                         Client.given_name_key + "", Client.id)]
        part = (select(*part_columns).select_from(Client)
                .where(*_conditions(shape, with_text=False), branch))
        if shape.sort_key == "case_manager":
            part = part.outerjoin(User, User.id == Client.primary_case_manager_id)
        parts.append(part.order_by(*part_order).limit(offset + limit))
    merged = union(*parts).subquery("found")
    order: list[Any] = [merged.c[f"o{index}"] for index in range(len(columns))]
    if shape.descending:
        order = [column.desc() for column in order]
    # The id is the order's last column (``_order_columns``).
    return (select(merged.c[f"o{len(columns) - 1}"].label("id")).order_by(*order)
            .offset(offset).limit(limit))


@cache
def page_statement(shape: Shape) -> Select[int, str, str, str, date | None, str | None, str,
                                           date | None, str, str]:
    """One page of rows with what each shows, in order: the page's ids are picked first
    by an index that has them in the wanted order (a subquery), and only those clients'
    details are joined."""
    page = page_ids_statement(shape).subquery("page")
    return (select(Client.id, Client.record_number, Client.family_name, Client.given_name,
                   Client.birth_date, Client.current_level_code, LevelOfCare.name,
                   Client.current_level_since, User.full_name, Client.status)
            .select_from(page).join(Client, Client.id == page.c.id)
            .outerjoin(User, User.id == Client.primary_case_manager_id)
            .outerjoin(LevelOfCare, LevelOfCare.code == Client.current_level_code)
            .order_by(*_order(shape)))


@cache
def count_statement(shape: Shape, capped: bool) -> Select[int]:
    """How many clients match; when ``capped``, counting stops at the bound ``cap``."""
    cap = bindparam("cap", type_=Integer)
    if capped and _counted_in_branches(shape):
        # Each branch stops at the cap: if any reaches it, so does the union.
        found = union(*(select(Client.id).where(*_conditions(shape, with_text=False), branch)
                        .limit(cap) for branch in _branches(shape))).subquery("found")
        return select(func.count()).select_from(select(found.c.id).limit(cap).subquery())
    matching = select(Client.id).where(*_conditions(shape))
    if capped:
        matching = matching.limit(cap)
    return select(func.count()).select_from(matching.subquery())
