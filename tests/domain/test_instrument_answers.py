"""Every item answer is a whole number on its item's scale (PHQ-9, GAD-7 and PHQ-A 0-3,
PCL-5 0-4, PHQ-A yes/no 0-1); nothing in between is scored."""

from __future__ import annotations

import pytest

from coordinator.domain.errors import ValidationError
from coordinator.domain.instruments import Flag, score_items, score_total
from coordinator.domain.vocabulary import Instrument


def refusal(instrument: Instrument, answers: list[object]) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        score_items(instrument, answers)  # type: ignore[arg-type]
    return caught.value.fields


@pytest.mark.parametrize("answer", [1.5, 4, -1, True, float("nan"), "2"])
def test_a_phq9_item_that_is_not_a_whole_number_from_0_to_3_is_refused(
        answer: object) -> None:
    assert refusal(Instrument.PHQ9, [1, 1, 1, answer, 1, 1, 1, 1, 0]) == {
        "item_answers": "Item 4 of the PHQ-9 must be a whole number from 0 to 3."}


def test_a_half_point_on_item_9_raises_no_self_harm_flag_because_it_is_refused() -> None:
    assert refusal(Instrument.PHQ9, [0] * 8 + [0.5]) == {
        "item_answers": "Item 9 of the PHQ-9 must be a whole number from 0 to 3."}


def test_several_wrong_items_are_named_with_each_scale() -> None:
    assert refusal(Instrument.GAD7, [0, False, 2, 2, 2.5, 2, 2]) == {
        "item_answers": "Items 2 and 5 of the GAD-7 must be whole numbers from 0 to 3."}
    phqa = [3.5, 2, 2, 2, 2, 1, 1, 0, 0, 0.5, 0]
    assert refusal(Instrument.PHQA, phqa) == {"item_answers": (
        "Items 1 and 10 of the PHQ-A must be whole numbers from 0 to 1 or 0 to 3.")}


def test_whole_answers_score_as_before() -> None:
    # 1+2+3+0+1+2+3+0+1 = 13: "Moderate" (10-14); item 9 above 0 is the self-harm flag.
    score = score_items(Instrument.PHQ9, [1, 2, 3, 0, 1, 2, 3, 0, 1])
    assert (score.total, score.band, score.flags) == (13, "Moderate", (Flag.SELF_HARM_ITEM,))
    # 2.0 has nothing after the point: it is the whole number 2, and the total stays whole.
    same = score_items(Instrument.PHQ9, [1.0, 2.0, 3.0, 0.0, 1.0, 2.0, 3.0, 0.0, 1.0])
    assert same == score and type(same.total) is int
    # 7 items of 3 = 21, the GAD-7's highest total: "Severe" (15-21).
    assert (score_items(Instrument.GAD7, [3] * 7).total,
            score_items(Instrument.GAD7, [3] * 7).band) == (21, "Severe")
    # PCL-5 at its top answer 4 on every item: 20 x 4 = 80.
    assert score_items(Instrument.PCL5, [4] * 20).total == 80


@pytest.mark.parametrize("total", [12.5, True, -1, 31])
def test_an_epds_total_is_a_whole_number_from_0_to_30(total: object) -> None:
    with pytest.raises(ValidationError) as caught:
        score_total(Instrument.EPDS, total)  # type: ignore[arg-type]
    assert caught.value.fields == {
        "total": "The EPDS total must be a whole number between 0 and 30."}
    assert score_total(Instrument.EPDS, 13.0).total == 13  # type: ignore[arg-type]
