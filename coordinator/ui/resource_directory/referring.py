"""Referring from the directory: which referral category a directory service falls under."""

from __future__ import annotations

from coordinator.domain.vocabulary import ReferralCategory
from coordinator.ui.referrals.titles import category_title


def referral_category(term_names: tuple[str, ...]) -> ReferralCategory | None:
    """The referral category one of the service's taxonomy terms names, if any.

    Directories name their terms freely; "Housing" or "Physical health" match the
    category's code ("physical_health") or its title as the UI shows it. Anything else
    leaves the choice to the person.
    """
    for name in term_names:
        key = name.strip().casefold().replace("-", " ").replace("_", " ")
        for category in ReferralCategory:
            if key in (category.value.replace("_", " "), category_title(category).casefold()):
                return category
    return None

