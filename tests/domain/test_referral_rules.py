"""The referral state machine: which moves are allowed, closing needs an outcome, overdue."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coordinator.domain.errors import ValidationError
from coordinator.domain.referrals import (
    ALLOWED_MOVES,
    AWAITING_STATUSES,
    OUTCOME_TITLES,
    START_STATUSES,
    STATUS_TITLES,
    can_move,
    check_move,
    is_closed,
    is_overdue,
    next_statuses,
)
from coordinator.domain.vocabulary import (
    CLOSED_REFERRAL_STATUSES,
    ReferralOutcome,
    ReferralStatus,
)

S = ReferralStatus
statuses = st.sampled_from(list(ReferralStatus))
outcomes = st.none() | st.sampled_from(list(ReferralOutcome))


def test_a_referral_goes_requested_accepted_completed_with_got_help() -> None:
    check_move(S.DRAFT, S.REQUESTED, None)
    check_move(S.REQUESTED, S.ACCEPTED, None)
    check_move(S.ACCEPTED, S.COMPLETED, ReferralOutcome.GOT_HELP)


def test_completed_cannot_go_back_to_requested() -> None:
    with pytest.raises(ValidationError, match="closed \\(completed\\); make a new referral"):
        check_move(S.COMPLETED, S.REQUESTED, None)


def test_closing_without_an_outcome_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        check_move(S.REQUESTED, S.CANCELLED, None)
    assert set(caught.value.fields) == {"outcome"}


def test_an_open_status_takes_no_outcome() -> None:
    with pytest.raises(ValidationError, match="Only a closed referral has an outcome"):
        check_move(S.REQUESTED, S.ACCEPTED, ReferralOutcome.GOT_HELP)


def test_a_draft_cannot_be_accepted_before_it_is_sent() -> None:
    with pytest.raises(ValidationError, match="cannot go from draft to accepted"):
        check_move(S.DRAFT, S.ACCEPTED, None)


def test_the_same_status_again_is_not_a_change() -> None:
    with pytest.raises(ValidationError, match="already requested"):
        check_move(S.REQUESTED, S.REQUESTED, None)


def test_next_statuses_keep_the_fhir_order() -> None:
    assert next_statuses(S.DRAFT) == [S.REQUESTED, S.CANCELLED]
    assert next_statuses(S.COMPLETED) == []


def test_every_status_and_outcome_has_a_title_and_a_row() -> None:
    assert set(ALLOWED_MOVES) == set(ReferralStatus)
    assert set(STATUS_TITLES) == set(ReferralStatus)
    assert set(OUTCOME_TITLES) == set(ReferralOutcome)
    assert {S.DRAFT, S.REQUESTED} == START_STATUSES


@pytest.mark.parametrize(("status", "due", "expected"), [
    (S.REQUESTED, date(2026, 3, 2), True),      # due yesterday: late
    (S.REQUESTED, date(2026, 3, 3), False),     # due today: not late yet
    (S.ON_HOLD, date(2026, 2, 1), True),
    (S.DRAFT, date(2026, 2, 1), False),          # never sent
    (S.COMPLETED, date(2026, 2, 1), False),      # closed
    (S.ACCEPTED, None, False),
])
def test_overdue_means_sent_open_and_past_the_follow_up_date(
        status: ReferralStatus, due: date | None, expected: bool) -> None:
    assert is_overdue(status, due, date(2026, 3, 3)) is expected


@given(statuses, statuses, outcomes)
def test_check_move_agrees_with_the_table_and_the_outcome_rule(
        from_status: ReferralStatus, to_status: ReferralStatus,
        outcome: ReferralOutcome | None) -> None:
    allowed = (can_move(from_status, to_status)
               and (outcome is not None) == is_closed(to_status))
    try:
        check_move(from_status, to_status, outcome)
    except ValidationError as error:
        assert not allowed
        assert set(error.fields) <= {"status", "outcome"}
    else:
        assert allowed


@given(statuses)
def test_closed_statuses_are_final_and_open_ones_can_always_be_cancelled(
        status: ReferralStatus) -> None:
    if status in CLOSED_REFERRAL_STATUSES:
        assert next_statuses(status) == []
    else:
        assert S.CANCELLED in next_statuses(status)
        assert status not in ALLOWED_MOVES[status]


@given(st.lists(statuses, max_size=12))
def test_any_walk_of_allowed_moves_ends_closed_at_most_once(
        wanted: list[ReferralStatus]) -> None:
    status = S.DRAFT
    closings = 0
    for candidate in wanted:
        if can_move(status, candidate):
            status = candidate
            closings += is_closed(status)
    assert closings <= 1


@given(statuses, st.dates(), st.integers(min_value=-400, max_value=400))
def test_only_awaiting_referrals_past_their_date_are_overdue(
        status: ReferralStatus, today: date, offset: int) -> None:
    try:
        due = today + timedelta(days=offset)
    except OverflowError:
        return
    assert is_overdue(status, due, today) == (status in AWAITING_STATUSES and offset < 0)
