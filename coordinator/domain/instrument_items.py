"""The item wording and answer scales of the instruments entered item by item.

Written for this app from the published forms, which are free to use:

* PHQ-9 and GAD-7: Pfizer, "Patient Health Questionnaire (PHQ) Screeners"
  (phqscreeners.com); no permission is needed to reproduce, translate, display or
  distribute them. Kroenke, Spitzer & Williams 2001 (PHQ-9); Spitzer et al. 2006 (GAD-7).
* PCL-5: Weathers, Litz, Keane, Palmieri, Marx & Schnurr 2013, National Center for PTSD;
  a U.S. government work in the public domain.
* PHQ-A (Johnson, Harris, Spitzer & Williams 2002): the design reference does not clear its exact
  wording, so the app shows each item's topic in its own words, not the form's sentences.

English here; the UI translates through Qt like any other text.
"""

from __future__ import annotations

#: "Over the last 2 weeks, how often have you been bothered by …" scale (PHQ-9, GAD-7, PHQ-A).
TWO_WEEKS_SCALE: tuple[str, ...] = (
    "Not at all", "Several days", "More than half the days", "Nearly every day")
#: "In the past month, how much were you bothered by …" scale (PCL-5).
PAST_MONTH_SCALE: tuple[str, ...] = (
    "Not at all", "A little bit", "Moderately", "Quite a bit", "Extremely")
YES_NO_SCALE: tuple[str, ...] = ("No", "Yes")

PHQ9_STEM = "Over the last 2 weeks, how often have you been bothered by any of the following?"
PHQ9_ITEMS: tuple[str, ...] = (
    "Little interest or pleasure in doing things",
    "Feeling down, depressed or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself, or that you are a failure or have let yourself or your "
    "family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed, or the opposite: "
    "being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead, or of hurting yourself in some way",
)

GAD7_STEM = PHQ9_STEM
GAD7_ITEMS: tuple[str, ...] = (
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid, as if something awful might happen",
)

PHQA_STEM = "Over the last 2 weeks, how often has the young person been bothered by:"
PHQA_ITEMS: tuple[str, ...] = (
    "Feeling down, depressed, irritable or hopeless (topic)",
    "Little interest or pleasure in doing things (topic)",
    "Sleep: trouble falling or staying asleep, or sleeping too much (topic)",
    "Appetite: poor appetite, weight loss or overeating (topic)",
    "Tiredness or little energy (topic)",
    "Feeling bad about oneself or like a failure (topic)",
    "Trouble concentrating, e.g. on schoolwork or reading (topic)",
    "Moving or speaking slowly, or being fidgety and restless (topic)",
    "Thoughts of being better off dead or of self-harm (topic)",
)
#: The PHQ-A's two yes/no suicide-risk questions, asked after the nine scored items.
PHQA_RISK_ITEMS: tuple[str, ...] = (
    "Serious thoughts of ending their life in the past month (yes/no)",
    "Has ever tried to kill themself or made a suicide attempt (yes/no)",
)

PCL5_STEM = "In the past month, how much were you bothered by:"
PCL5_ITEMS: tuple[str, ...] = (
    "Repeated, disturbing and unwanted memories of the stressful experience",
    "Repeated, disturbing dreams of the stressful experience",
    "Suddenly feeling or acting as if the stressful experience were actually happening "
    "again (as if you were actually back there reliving it)",
    "Feeling very upset when something reminded you of the stressful experience",
    "Having strong physical reactions when something reminded you of the stressful "
    "experience (for example, heart pounding, trouble breathing, sweating)",
    "Avoiding memories, thoughts or feelings related to the stressful experience",
    "Avoiding external reminders of the stressful experience (for example, people, places, "
    "conversations, activities, objects or situations)",
    "Trouble remembering important parts of the stressful experience",
    "Having strong negative beliefs about yourself, other people or the world (for example, "
    "thoughts such as: I am bad, there is something seriously wrong with me, no one can be "
    "trusted, the world is completely dangerous)",
    "Blaming yourself or someone else for the stressful experience or what happened after it",
    "Having strong negative feelings such as fear, horror, anger, guilt or shame",
    "Loss of interest in activities that you used to enjoy",
    "Feeling distant or cut off from other people",
    "Trouble experiencing positive feelings (for example, being unable to feel happiness or "
    "have loving feelings for people close to you)",
    "Irritable behavior, angry outbursts or acting aggressively",
    "Taking too many risks or doing things that could cause you harm",
    "Being \"superalert\" or watchful or on guard",
    "Feeling jumpy or easily startled",
    "Having difficulty concentrating",
    "Trouble falling or staying asleep",
)
