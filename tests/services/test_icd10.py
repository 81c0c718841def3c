"""The ICD-10-CM code set (April 2026 release): search by code or words, billable or not."""

from __future__ import annotations

import pytest

from coordinator.domain.diagnosis_rules import (
    CodeMatch,
    description_words,
    is_substance_use_code,
    looks_like_code,
)
from coordinator.services import icd10
from coordinator.services.icd10 import CodeKind, CodeSet


@pytest.fixture(scope="module")
def codes() -> CodeSet:
    return icd10.code_set()


def test_the_release_has_every_billable_code_and_no_category(codes: CodeSet) -> None:
    # FY 2026 ICD-10-CM counts 74,719 codes valid for HIPAA-covered transactions.
    assert len(codes) == 74_719
    assert codes.lookup("F33.1") == icd10.CodeLookup(
        "F33.1", CodeKind.BILLABLE, "Major depressive disorder, recurrent, moderate")
    # A three-character category without subcategories is itself billable.
    assert codes.lookup("B20").kind == CodeKind.BILLABLE
    assert codes.lookup("F32").kind == CodeKind.CATEGORY


@pytest.mark.parametrize("typed", ["F33.1", "f33.1", "F331", " F33.1 "])
def test_a_code_is_found_however_it_is_typed(codes: CodeSet, typed: str) -> None:
    assert codes.search(typed)[0] == CodeMatch(
        "F33.1", "Major depressive disorder, recurrent, moderate")


def test_a_code_prefix_lists_the_billable_codes_it_begins_in_order(codes: CodeSet) -> None:
    assert [match.code for match in codes.search("F33")] == [
        "F33.0", "F33.1", "F33.2", "F33.3", "F33.40", "F33.41", "F33.42", "F33.8", "F33.9"]
    assert [match.code for match in codes.search("f10.2")][:3] == [
        "F10.20", "F10.21", "F10.220"]


def test_words_find_codes_whose_description_has_each_word_begun(codes: CodeSet) -> None:
    assert codes.search("major depressive recurrent moderate") == [
        CodeMatch("F33.1", "Major depressive disorder, recurrent, moderate")]
    found = [match.code for match in codes.search("depress recur")]
    assert found[:4] == ["F33.0", "F33.1", "F33.2", "F33.3"]
    assert "F32.0" not in found  # single episode: no word begins with "recur"
    # Behavioral-health codes (chapter F) come first.
    assert codes.search("alcohol dependence")[0] == CodeMatch(
        "F10.20", "Alcohol dependence, uncomplicated")


def test_word_search_ignores_case_accents_and_apostrophes(codes: CodeSet) -> None:
    assert [match.code for match in codes.search("MENIERE right")] == ["H81.01"]
    assert [match.code for match in codes.search("ménière's right")] == ["H81.01"]
    assert codes.search("alzheimers early")[0].code == "G30.0"


def test_a_search_is_limited_and_nonsense_finds_nothing(codes: CodeSet) -> None:
    assert len(codes.search("disorder")) == icd10.SEARCH_LIMIT
    assert len(codes.search("disorder", limit=5)) == 5
    assert codes.search("zzqx") == []
    assert codes.search("   ") == []


def test_a_category_offers_the_billable_codes_under_it(codes: CodeSet) -> None:
    found = codes.lookup("F32")
    assert (found.code, found.description) == ("F32", "Depressive episode")
    assert [match.code for match in found.suggestions] == [
        "F32.0", "F32.1", "F32.2", "F32.3", "F32.4", "F32.5", "F32.81", "F32.89", "F32.9",
        "F32.A"]
    dependence = codes.lookup("F102")
    assert dependence.code == "F10.2" and dependence.kind == CodeKind.CATEGORY
    assert len(dependence.suggestions) == icd10.SUGGESTION_LIMIT
    assert dependence.suggestions[0] == CodeMatch("F10.20", "Alcohol dependence, uncomplicated")
    # X99.9 needs its seventh character: initial encounter, subsequent, sequela.
    assert [match.code for match in codes.lookup("X99.9").suggestions] == [
        "X99.9XXA", "X99.9XXD", "X99.9XXS"]


def test_a_code_not_in_the_release_is_unknown(codes: CodeSet) -> None:
    assert codes.lookup("f99.9") == icd10.CodeLookup("F99.9", CodeKind.UNKNOWN, "")
    assert codes.lookup("not a code").kind == CodeKind.UNKNOWN


@pytest.mark.parametrize(("code", "expected"), [
    ("F10.20", True), ("F11.23", True), ("F15.20", True), ("F19.10", True), ("F1120", True),
    ("F17.210", False),  # nicotine: not a substance use disorder under 42 CFR 2.11
    ("F20.9", False), ("F33.1", False), ("Z71.41", False), ("", False)])
def test_substance_use_is_preset_for_f10_to_f19_but_nicotine(code: str, expected: bool) -> None:
    assert is_substance_use_code(code) is expected
    assert icd10.default_substance_use(code) is expected


def test_what_reads_as_a_code_and_how_descriptions_split() -> None:
    assert looks_like_code("f33") and looks_like_code("F33.1") and looks_like_code("T40.1X1A")
    assert not looks_like_code("b12 deficiency") and not looks_like_code("major")
    assert description_words("Ménière's disease, right ear") == [
        "menieres", "disease", "right", "ear"]
