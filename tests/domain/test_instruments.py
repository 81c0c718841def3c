"""Scoring of the standard instruments against their published cut-offs and rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coordinator.domain.errors import ValidationError
from coordinator.domain.instruments import (
    DEFINITIONS,
    SAFETY_FLAGS,
    Flag,
    Outcome,
    definition,
    outcomes,
    score_items,
    score_risk,
    score_total,
)
from coordinator.domain.vocabulary import Instrument

ITEMIZED = [Instrument.PHQ9, Instrument.PHQA, Instrument.GAD7, Instrument.PCL5]


def phq9_totalling(total: int, item9: int = 0) -> list[int]:
    """Nine answers adding up to ``total`` with item 9 as given (filled from item 1)."""
    answers = [0] * 8 + [item9]
    left = total - item9
    for index in range(8):
        answers[index] = min(3, left)
        left -= answers[index]
    assert left == 0
    return answers


@pytest.mark.parametrize(("total", "band"), [
    (0, "Minimal"), (4, "Minimal"), (5, "Mild"), (9, "Mild"), (10, "Moderate"),
    (14, "Moderate"), (15, "Moderately severe"), (19, "Moderately severe"), (20, "Severe"),
    (24, "Severe")])
def test_phq9_bands_change_at_the_published_boundaries(total: int, band: str) -> None:
    score = score_items(Instrument.PHQ9, phq9_totalling(total))
    assert (score.total, score.band) == (total, band)


@pytest.mark.parametrize(("total", "band"), [
    (4, "Minimal"), (5, "Mild"), (9, "Mild"), (10, "Moderate"), (14, "Moderate"),
    (15, "Severe"), (21, "Severe")])
def test_gad7_bands_at_5_10_and_15(total: int, band: str) -> None:
    answers = [min(3, max(0, total - 3 * index)) for index in range(7)]
    assert score_items(Instrument.GAD7, answers).band == band


def test_phq9_item_9_above_zero_is_a_safety_flag_even_with_a_minimal_total() -> None:
    score = score_items(Instrument.PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert score.total == 1
    assert score.band == "Minimal"
    assert score.safety_flags == (Flag.SELF_HARM_ITEM,)
    assert score_items(Instrument.PHQ9, phq9_totalling(24, item9=0)).safety_flags == ()


def test_phq_a_scores_nine_items_and_flags_its_yes_no_risk_questions() -> None:
    score = score_items(Instrument.PHQA, [2, 2, 2, 2, 2, 1, 1, 0, 0, 1, 0])
    assert (score.total, score.band) == (12, "Moderate")
    assert score.flags == (Flag.SERIOUS_THOUGHTS,)
    assert Flag.SERIOUS_THOUGHTS in SAFETY_FLAGS


def test_an_unanswered_phq9_item_is_refused_because_it_is_not_prorated() -> None:
    with pytest.raises(ValidationError) as caught:
        score_items(Instrument.PHQ9, [1, 1, None, 1, 1, 1, 1, None, 1])
    assert caught.value.fields == {"item_answers": (
        "Answer every item: items 3 and 8 are not answered. The PHQ-9 is not prorated.")}


def test_an_answer_out_of_range_names_the_item_and_the_range() -> None:
    with pytest.raises(ValidationError, match=r"Item 4 of the PHQ-9 must be a whole number "
                                              r"from 0 to 3\."):
        score_items(Instrument.PHQ9, [1, 1, 1, 4, 1, 1, 1, 1, 0])
    with pytest.raises(ValidationError, match="Items 1 and 20 of the PCL-5"):
        score_items(Instrument.PCL5, [5] + [0] * 18 + [-1])


def test_pcl5_clusters_and_probable_ptsd_at_the_clinic_cutoff() -> None:
    answers = [2, 2, 2, 1, 1, 2, 0, 1, 2, 2, 2, 1, 1, 1, 2, 1, 1, 2, 1, 1]
    score = score_items(Instrument.PCL5, answers)
    assert score.total == 28
    assert score.cluster_totals == (("B", 8), ("C", 2), ("D", 10), ("E", 8))
    assert score.band == "Below the cut-off"
    assert Flag.DSM5_PATTERN in score.flags
    answers[3] = 4  # B4 up by 3: total 31
    assert score_items(Instrument.PCL5, answers).band == "Below the cut-off"
    at_31 = score_items(Instrument.PCL5, answers, pcl5_cutoff=31)
    assert (at_31.total, at_31.band) == (31, "Probable PTSD")
    assert Flag.PROBABLE_PTSD in at_31.flags


def test_epds_13_or_more_calls_for_assessment_and_item_10_is_a_safety_flag() -> None:
    assert score_total(Instrument.EPDS, 12).band == "Below the cut-off"
    score = score_total(Instrument.EPDS, 13, self_harm=True)
    assert score.band == "Assess further"
    assert score.flags == (Flag.ASSESS_FURTHER, Flag.EPDS_SELF_HARM)
    assert score.safety_flags == (Flag.EPDS_SELF_HARM,)
    with pytest.raises(ValidationError, match="between 0 and 30"):
        score_total(Instrument.EPDS, 31)


def test_cssrs_moderate_and_high_risk_are_safety_flags_and_low_is_not() -> None:
    assert score_risk(Instrument.CSSRS, "low").safety_flags == ()
    assert score_risk(Instrument.CSSRS, "Moderate").safety_flags == (Flag.MODERATE_RISK,)
    high = score_risk(Instrument.CSSRS, "high")
    assert (high.total, high.band, high.risk_level) == (None, "High risk", "high")
    with pytest.raises(ValidationError, match="low, moderate or high"):
        score_risk(Instrument.CSSRS, "severe")


def test_response_needs_a_drop_of_exactly_half_or_more() -> None:
    assert Outcome.RESPONSE in outcomes(Instrument.PHQ9, 20, 10)
    assert Outcome.RESPONSE not in outcomes(Instrument.PHQ9, 20, 11)
    assert Outcome.RESPONSE in outcomes(Instrument.PHQ9, 15, 7)
    assert Outcome.RESPONSE not in outcomes(Instrument.PHQ9, 15, 8)


def test_remission_is_a_phq9_below_5_from_a_moderate_start() -> None:
    assert Outcome.REMISSION in outcomes(Instrument.PHQ9, 12, 4)
    assert Outcome.REMISSION not in outcomes(Instrument.PHQ9, 12, 5)
    # A client who started minimal is not "in remission".
    assert outcomes(Instrument.PHQ9, 4, 2) == ()


def test_reliable_change_at_6_phq9_points_and_4_gad7_points() -> None:
    assert outcomes(Instrument.PHQ9, 18, 12) == (Outcome.RELIABLE_IMPROVEMENT,)
    assert outcomes(Instrument.PHQ9, 18, 13) == ()
    assert outcomes(Instrument.PHQ9, 8, 14) == (Outcome.RELIABLE_DETERIORATION,)
    assert outcomes(Instrument.PHQ9, 8, 13) == ()
    assert outcomes(Instrument.GAD7, 9, 13) == (Outcome.RELIABLE_DETERIORATION,)
    assert outcomes(Instrument.PCL5, 50, 40) == (Outcome.RELIABLE_IMPROVEMENT,)
    assert outcomes(Instrument.PCL5, 50, 41) == ()


def test_a_full_recovery_earns_every_word() -> None:
    assert outcomes(Instrument.PHQ9, 21, 3) == (
        Outcome.RESPONSE, Outcome.REMISSION, Outcome.RELIABLE_IMPROVEMENT)


@st.composite
def administrations(draw: st.DrawFn) -> tuple[Instrument, list[int]]:
    instrument = draw(st.sampled_from(ITEMIZED))
    items = DEFINITIONS[instrument].items
    return instrument, [draw(st.integers(0, item.max_answer)) for item in items]


@given(administrations())
def test_totals_stay_within_the_instrument_range(
        administration: tuple[Instrument, list[int]]) -> None:
    instrument, answers = administration
    score = score_items(instrument, answers)
    assert score.total is not None
    assert 0 <= score.total <= DEFINITIONS[instrument].max_total
    assert score.band


@given(st.sampled_from([*ITEMIZED, Instrument.EPDS]), st.integers(0, 80), st.integers(0, 80),
       st.integers(31, 33))
def test_bands_never_go_down_as_the_total_goes_up(
        instrument: Instrument, first: int, second: int, cutoff: int) -> None:
    found = definition(instrument, cutoff)
    low, high = sorted((min(first, found.max_total), min(second, found.max_total)))
    assert found.band_index(low) <= found.band_index(high)


@given(st.sampled_from(ITEMIZED), st.integers(0, 80), st.integers(0, 80))
def test_improvement_and_deterioration_never_both_apply(
        instrument: Instrument, baseline: int, current: int) -> None:
    words = outcomes(instrument, baseline, current)
    assert not {Outcome.RELIABLE_IMPROVEMENT, Outcome.RELIABLE_DETERIORATION} <= set(words)
    if current > baseline:
        assert Outcome.RESPONSE not in words and Outcome.REMISSION not in words
