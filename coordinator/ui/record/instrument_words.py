"""The instruments' English words in the user's language: titles, stems, items, answer scales,
bands and flags.

The words are the domain's (coordinator.domain.instruments and instrument_items), which has no
Qt; lupdate reads only the UI, so each of them is marked here under the "Instruments" context.
tests/ui/test_translation_extraction.py fails when the domain has a word this list misses.
"""

from __future__ import annotations

from coordinator.ui.translation import QT_TRANSLATE_NOOP, translate


def instrument_text(words: str) -> str:
    """An instrument's title, stem, item, answer, band or flag as the user reads it."""
    return translate("Instruments", words)


#: Every word above, marked for lupdate (and otherwise unused).
MARKED = (
    QT_TRANSLATE_NOOP("Instruments", "PHQ-9 (depression)"),
    QT_TRANSLATE_NOOP("Instruments", "PHQ-A (adolescent depression)"),
    QT_TRANSLATE_NOOP("Instruments", "GAD-7 (anxiety)"),
    QT_TRANSLATE_NOOP("Instruments", "PCL-5 (PTSD)"),
    QT_TRANSLATE_NOOP("Instruments", "EPDS (perinatal depression)"),
    QT_TRANSLATE_NOOP("Instruments", "C-SSRS screener (suicide risk)"),
    QT_TRANSLATE_NOOP("Instruments", "Over the last 2 weeks, how often have you been bothered by "
                                     "any of the following?"),
    QT_TRANSLATE_NOOP("Instruments", "Over the last 2 weeks, how often has the young person been "
                                     "bothered by:"),
    QT_TRANSLATE_NOOP("Instruments", "In the past month, how much were you bothered by:"),
    QT_TRANSLATE_NOOP("Instruments", "Little interest or pleasure in doing things"),
    QT_TRANSLATE_NOOP("Instruments", "Feeling down, depressed or hopeless"),
    QT_TRANSLATE_NOOP("Instruments", "Trouble falling or staying asleep, or sleeping too much"),
    QT_TRANSLATE_NOOP("Instruments", "Feeling tired or having little energy"),
    QT_TRANSLATE_NOOP("Instruments", "Poor appetite or overeating"),
    QT_TRANSLATE_NOOP("Instruments", "Feeling bad about yourself, or that you are a failure or "
                                     "have let yourself or your family down"),
    QT_TRANSLATE_NOOP("Instruments", "Trouble concentrating on things, such as reading the "
                                     "newspaper or watching television"),
    QT_TRANSLATE_NOOP("Instruments", "Moving or speaking so slowly that other people could have "
                                     "noticed, or the opposite: being so fidgety or restless that "
                                     "you have been moving around a lot more than usual"),
    QT_TRANSLATE_NOOP("Instruments", "Thoughts that you would be better off dead, or of hurting "
                                     "yourself in some way"),
    QT_TRANSLATE_NOOP("Instruments", "Feeling down, depressed, irritable or hopeless (topic)"),
    QT_TRANSLATE_NOOP("Instruments", "Little interest or pleasure in doing things (topic)"),
    QT_TRANSLATE_NOOP("Instruments", "Sleep: trouble falling or staying asleep, or sleeping too "
                                     "much (topic)"),
    QT_TRANSLATE_NOOP("Instruments", "Appetite: poor appetite, weight loss or overeating (topic)"),
    QT_TRANSLATE_NOOP("Instruments", "Tiredness or little energy (topic)"),
    QT_TRANSLATE_NOOP("Instruments", "Feeling bad about oneself or like a failure (topic)"),
    QT_TRANSLATE_NOOP("Instruments", "Trouble concentrating, e.g. on schoolwork or reading "
                                     "(topic)"),
    QT_TRANSLATE_NOOP("Instruments", "Moving or speaking slowly, or being fidgety and restless "
                                     "(topic)"),
    QT_TRANSLATE_NOOP("Instruments", "Thoughts of being better off dead or of self-harm (topic)"),
    QT_TRANSLATE_NOOP("Instruments", "Serious thoughts of ending their life in the past month "
                                     "(yes/no)"),
    QT_TRANSLATE_NOOP("Instruments", "Has ever tried to kill themself or made a suicide attempt "
                                     "(yes/no)"),
    QT_TRANSLATE_NOOP("Instruments", "Feeling nervous, anxious or on edge"),
    QT_TRANSLATE_NOOP("Instruments", "Not being able to stop or control worrying"),
    QT_TRANSLATE_NOOP("Instruments", "Worrying too much about different things"),
    QT_TRANSLATE_NOOP("Instruments", "Trouble relaxing"),
    QT_TRANSLATE_NOOP("Instruments", "Being so restless that it is hard to sit still"),
    QT_TRANSLATE_NOOP("Instruments", "Becoming easily annoyed or irritable"),
    QT_TRANSLATE_NOOP("Instruments", "Feeling afraid, as if something awful might happen"),
    QT_TRANSLATE_NOOP("Instruments", "Repeated, disturbing and unwanted memories of the stressful "
                                     "experience"),
    QT_TRANSLATE_NOOP("Instruments", "Repeated, disturbing dreams of the stressful experience"),
    QT_TRANSLATE_NOOP("Instruments", "Suddenly feeling or acting as if the stressful experience "
                                     "were actually happening again (as if you were actually back "
                                     "there reliving it)"),
    QT_TRANSLATE_NOOP("Instruments", "Feeling very upset when something reminded you of the "
                                     "stressful experience"),
    QT_TRANSLATE_NOOP("Instruments", "Having strong physical reactions when something reminded "
                                     "you of the stressful experience (for example, heart "
                                     "pounding, trouble breathing, sweating)"),
    QT_TRANSLATE_NOOP("Instruments", "Avoiding memories, thoughts or feelings related to the "
                                     "stressful experience"),
    QT_TRANSLATE_NOOP("Instruments", "Avoiding external reminders of the stressful experience "
                                     "(for example, people, places, conversations, activities, "
                                     "objects or situations)"),
    QT_TRANSLATE_NOOP("Instruments", "Trouble remembering important parts of the stressful "
                                     "experience"),
    QT_TRANSLATE_NOOP("Instruments", "Having strong negative beliefs about yourself, other people "
                                     "or the world (for example, thoughts such as: I am bad, "
                                     "there is something seriously wrong with me, no one can be "
                                     "trusted, the world is completely dangerous)"),
    QT_TRANSLATE_NOOP("Instruments", "Blaming yourself or someone else for the stressful "
                                     "experience or what happened after it"),
    QT_TRANSLATE_NOOP("Instruments", "Having strong negative feelings such as fear, horror, "
                                     "anger, guilt or shame"),
    QT_TRANSLATE_NOOP("Instruments", "Loss of interest in activities that you used to enjoy"),
    QT_TRANSLATE_NOOP("Instruments", "Feeling distant or cut off from other people"),
    QT_TRANSLATE_NOOP("Instruments", "Trouble experiencing positive feelings (for example, being "
                                     "unable to feel happiness or have loving feelings for people "
                                     "close to you)"),
    QT_TRANSLATE_NOOP("Instruments", "Irritable behavior, angry outbursts or acting aggressively"),
    QT_TRANSLATE_NOOP("Instruments", "Taking too many risks or doing things that could cause you "
                                     "harm"),
    QT_TRANSLATE_NOOP("Instruments", "Being \"superalert\" or watchful or on guard"),
    QT_TRANSLATE_NOOP("Instruments", "Feeling jumpy or easily startled"),
    QT_TRANSLATE_NOOP("Instruments", "Having difficulty concentrating"),
    QT_TRANSLATE_NOOP("Instruments", "Trouble falling or staying asleep"),
    QT_TRANSLATE_NOOP("Instruments", "Not at all"),
    QT_TRANSLATE_NOOP("Instruments", "Several days"),
    QT_TRANSLATE_NOOP("Instruments", "More than half the days"),
    QT_TRANSLATE_NOOP("Instruments", "Nearly every day"),
    QT_TRANSLATE_NOOP("Instruments", "A little bit"),
    QT_TRANSLATE_NOOP("Instruments", "Moderately"),
    QT_TRANSLATE_NOOP("Instruments", "Quite a bit"),
    QT_TRANSLATE_NOOP("Instruments", "Extremely"),
    QT_TRANSLATE_NOOP("Instruments", "Minimal"),
    QT_TRANSLATE_NOOP("Instruments", "Mild"),
    QT_TRANSLATE_NOOP("Instruments", "Moderate"),
    QT_TRANSLATE_NOOP("Instruments", "Moderately severe"),
    QT_TRANSLATE_NOOP("Instruments", "Severe"),
    QT_TRANSLATE_NOOP("Instruments", "Below the cut-off"),
    QT_TRANSLATE_NOOP("Instruments", "Probable PTSD"),
    QT_TRANSLATE_NOOP("Instruments", "Assess further"),
    QT_TRANSLATE_NOOP("Instruments", "Low risk"),
    QT_TRANSLATE_NOOP("Instruments", "Moderate risk"),
    QT_TRANSLATE_NOOP("Instruments", "High risk"),
    QT_TRANSLATE_NOOP("Instruments", "Thoughts of death or self-harm (item 9)"),
    QT_TRANSLATE_NOOP("Instruments", "Serious thoughts of ending life in the past month"),
    QT_TRANSLATE_NOOP("Instruments", "Past suicide attempt reported"),
    QT_TRANSLATE_NOOP("Instruments", "DSM-5 PTSD symptom pattern met"),
    QT_TRANSLATE_NOOP("Instruments", "Assess further (EPDS 13 or more)"),
    QT_TRANSLATE_NOOP("Instruments", "Thoughts of self-harm (EPDS item 10)"),
    QT_TRANSLATE_NOOP("Instruments", "C-SSRS moderate risk"),
    QT_TRANSLATE_NOOP("Instruments", "C-SSRS high risk"),
)
