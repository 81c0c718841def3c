"""Every clinic setting the Administration view shows has a translatable title: a new
setting added to the domain without one would show its English title in every language."""

from __future__ import annotations

from coordinator.domain.settings import SETTINGS
from coordinator.ui.labels import setting_title


def test_every_setting_has_a_title_of_its_own() -> None:
    untitled = [spec.key for spec in SETTINGS if setting_title(spec.key, "\0") == "\0"]
    assert untitled == []


def test_a_title_reads_as_the_registry_words_it_in_english() -> None:
    by_key = {spec.key: spec.title for spec in SETTINGS}
    assert setting_title("minor_sud_consent_age", "") == by_key["minor_sud_consent_age"]
    assert setting_title("require_readiness_assessment", "") == (
        "Require a readiness assessment before a step-up or step-down")
