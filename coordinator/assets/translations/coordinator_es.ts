<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddProblemDialog</name>
    <message>
        <source>Add problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a diagnosis code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code (F33.1) or words (major depressive recurrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching ICD-10-CM codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable codes of ICD-10-CM (April 2026) are listed as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bstance use disorder (42 CFR Part 2 consent applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No billable code matches; try fewer words, or the start of a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 codes; type more to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 code found; Enter takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codes found; Down and Enter take one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen yet: pick a code from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of these billable codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example mgarcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the person this password; they choose their own the first time they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressAlertDialog</name>
    <message>
        <source>Safety alert addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record as addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the alert as addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1

Say what was done, or tick the safety plan if reviewing or writing it was what was done. Your name and the time are recorded with it, and the alert leaves the record header and the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety &amp;plan reviewed/written (looking up the plan in force…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan reviewed or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Safety plan reviewed with the client; crisis line number given; psychiatrist informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety &amp;plan reviewed/written — no safety plan on record yet: write one on the Safety tab first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety &amp;plan reviewed/written — version %1, completed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety &amp;plan reviewed/written — the plan could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;dit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvanceDirectives</name>
    <message>
        <source>Psychiatric advance directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical advance directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has one, signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s instructions for mental-health treatment during a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A living will or health-care power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physician Orders for Life-Sustaining Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the document is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvanceDirectivesSection</name>
    <message>
        <source>Advance directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;advance directive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the chosen advance directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row, then Record advance directive (or press Enter) to say whether the client has one and where the document is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllergyDialog</name>
    <message>
        <source>Edit allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergic to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Penicillin, peanuts, latex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergic &amp;to *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hives, swelling of the throat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the severity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Announcements</name>
    <message>
        <source>Step-down clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day mental-health follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-day mental-health follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day substance-use follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-day substance-use follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance-use treatment start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started: due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Coordinator cannot open the database</source>
        <extracomment>What the worker thread imports besides the services: the windows that come after sign-in, so pressing Enter does not wait for their modules. Importing only defines classes; every widget is still made on the GUI thread. The services once open, so they are closed even if the app quits before ``loaded`` reaches the GUI thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded; the previous copy is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator cannot start</source>
        <extracomment>None: the language is left as it is (tests of the flow alone).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Edit appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care of the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility or program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility or program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Intake coordinator, Dr. Ito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact or &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-team &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus of the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ocus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, room, or telehealth link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locat&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kept intake at a lower level, or a kept follow-up visit, counts toward the client&apos;s transition clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment changed: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment booked: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Step-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUH 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUH 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUI 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUI 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IET start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-down window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental-health follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance-use follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance-use treatment start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past, no outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Changes that alter what the dialog offers (not the rows): read the choices again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the appointment&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments yet. Use Add to book the intake at the next level of care, or a psychiatry, therapy or other visit. A kept intake or follow-up counts toward the transition clocks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentChart</name>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first score of this episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no episode of care that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since the episode&apos;s first score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest %1 on %2 (%3) — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1 totals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialogs</name>
    <message>
        <source>Mark entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 (%3, %4) will stay on the record, struck through, and leave the trend chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Entered on the wrong client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentItems</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2. Answer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: type each answer&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>(entered in error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsDue</name>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no baseline in this episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsDuePanel</name>
    <message>
        <source>Assessments due on my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment is due for the clients on your caseload. How often each instrument is due is set in Administration → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due, %2 of them late. Press Enter or double-click a row to open the client&apos;s record and use Record assessment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9, PHQ-A, GAD-7, PCL-5, EPDS or C-SSRS screener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k entered in error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen assessment entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment yet. Use Record assessment to enter a PHQ-9, GAD-7 or other instrument; each instrument then gets a chart of its scores over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This score raised a safety alert and no C-SSRS screen was given today. Screen with the C-SSRS now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screen now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no safety plan. Write one with them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the safety plan (version %1 of %2) with the client now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTitles</name>
    <message>
        <source>Present</source>
        <extracomment>The key that types the chosen client&apos;s minutes (late arrival, left early).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexcused absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program track has a schedule yet. A supervisor or administrator adds one for each IOP or PHP track (New track…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets %1%2 · %3-minute sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 range %2 a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 track does not meet on %2s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of %1: program adherence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client needs outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients need outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mark not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marks not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>When</source>
        <extracomment>(title, text) of each column; the titles are marked, translated in headerData.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>The audit trail is intact: all %1 events are unchanged and none is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: %1. The %2 events before it are intact. Tell your privacy officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by client record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events up to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the listed events as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every event that matches the filters to a CSV file; the export is itself logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no audit event was altered or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain checks every event ever written, not only the ones listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event matches, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events match, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events match, newest first; older ones load as you scroll down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPacketDialog</name>
    <message>
        <source>Packets for selected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharge summary — each client&apos;s own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summaries, own copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer summary to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer summaries to a facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also for clients still in &amp;care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make discharge summaries for clients still in care too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to save the packets in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the batch produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receiving facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making %1 packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 packets done…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPackets</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packet was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved 1 packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; cancelled before the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareFields</name>
    <message>
        <source>%1 for an adolescent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: usually %2–%3 hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: usually %2 or more hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: usually under %2 hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no usual range of weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlan</name>
    <message>
        <source>%1: not given yet</source>
        <extracomment>Item (stretches), details, status, progress and scores.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (latest %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal, objective or intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem, target or how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress, scores or who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client did not take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 overdue (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review due %1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an objective to the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add intervention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an intervention to the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise the plan into a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care plan yet. Use Start plan for the client&apos;s active episode, then add a goal for each problem it works on, in the client&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, in force from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier version, kept as it was; choose the current version to change the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its episode has ended; Start plan writes the plan of the client&apos;s new episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed every %1 at this level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanReviews</name>
    <message>
        <source>in %1</source>
        <extracomment>Reviews due within this many days are listed with the late ones.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanReviewsPanel</name>
    <message>
        <source>Care plan reviews due on my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care plan on your caseload is due for review this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due this week, %2 of them late. Press Enter to open the client&apos;s record and use Record review on the Care plan tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>Edit care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTeamPage</name>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on the care team yet. Use Add to name the client&apos;s therapist, psychiatrist or others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTitles</name>
    <message>
        <source>Step-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit from care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-occurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms worsening in current care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing work, school or family obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent ER visit or psychiatric crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increased relapse risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinically stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs continued structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintegrating into work, school or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment with triggers needing real-time processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing residential or inpatient care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involuntary hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservatorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court-ordered treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On probation or parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stably housed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying with family or friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sober living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsheltered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution (jail, hospital, nursing home)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListDialog</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>The widest a column starts (a reason reads whole in its tooltip or when widened) ... ... and up to this many rows, the last column (the reason) wraps onto more lines; measuring a longer list&apos;s rows would keep the window waiting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click opens the client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CensusChart</name>
    <message>
        <source>%1: 1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of clients by level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No census read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active clients in an active episode, by level of care</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Enter the date of birth as YYYY-MM-DD, for example 1987-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client details sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and &amp;emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Care and insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x at birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;nouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred lang&amp;uage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpre&amp;ter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian or representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance &amp;payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance group number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (the person saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary case ma&amp;nager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything staff must know before contacting or visiting the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;fety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These clients have the same name and date of birth:

%1

Is this a different person? Save the new record anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Name</source>
        <extracomment>How many clients the list shows; more than this and the person types more of the name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the start of a name, a record number, a phone or a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 clients; type more of the name to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRegistryModel</name>
    <message>
        <source>Step-down</source>
        <extracomment>Short names for a narrow column (the tooltip has the clock&apos;s full title), marked for lupdate; translated where they are shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUD follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUD treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 d late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 d left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>(title, sort key, text) of each column; the titles are marked, translated in headerData.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: started %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days at the current level of care</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name (any words, any order), record number, phone or date of birth (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client to the caseload (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packets for selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets for the selected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a discharge or transfer summary for each selected client into one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an open &amp;clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only clients with an open clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only clients with a step-down or follow-up clock running, or missed in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and filters in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the search box and set every filter back to any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet. Use New client to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 clients match; type more to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 clients; search or filter to find one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search has no letters or digits to look for. Type part of a name, a record number, a phone number or a date of birth, or use Show all clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches. Check the spelling or the filters, or use Show all clients to clear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets for selected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more clients in the list first (Ctrl+click or Shift+click to select several).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalTitles</name>
    <message>
        <source>By mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sublingual tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sublingual film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orally disintegrating tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-acting injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intramuscular injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcutaneous injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transdermal patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the skin (topical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three times daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four times daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tablet(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capsule(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>puff(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance-use counseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication for a use disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clinician</name>
    <message>
        <source>No responsible clinician recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianBox</name>
    <message>
        <source>Responsible clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;clinician…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the responsible clinician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianDialog</name>
    <message>
        <source>Responsible clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinician who answers for the client&apos;s treatment. Leave every field empty to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr. Ana Ruiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MD, DO, PMHNP-BC, LCSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;PI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Provider Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockTableModel</name>
    <message>
        <source>met in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: started %3, due %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockWorklist</name>
    <message>
        <source>Could not reach the client</source>
        <extracomment>The close-out reasons the services offer (coordinator.services.clock_worklist has no Qt), marked for lupdate under the context they are translated in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client declined the next level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opening at the receiving program in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client moved out of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client went to another provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseOutDialog</name>
    <message>
        <source>Close out a missed clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, due %3. Closing it out takes it off the dashboard; every report still counts it missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why was it missed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the clock was missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close out the missed clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteTransitionDialog</name>
    <message>
        <source>Complete transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves %1</source>
        <extracomment>The discharge details of the episode left; None for an initial admission.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already discharged; the recorded date is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “Completed treatment”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; blank records the move, e.g. “Stepped down to …”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual s&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap between discharge and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ransition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge deta&amp;ils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next level: the client leaves care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-day transfer (0 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is before the discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between discharge and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left care on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped down to %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped up to %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted to %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who may disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redisclosure statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiration date or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative&apos;s relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minor&apos;s own signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent or guardian co-signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in force (signed after today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a signed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the chosen consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent on file. Without an active consent naming the recipient, no substance-use treatment information may leave the clinic. Use Record consent to copy a signed release of information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Clinic total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (account closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed clocks (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago, no outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the census again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active clients whose primary case manager is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks missed in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition clocks at the clinic that fell due in the last 30 days without being met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals past their follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload by case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading each case manager&apos;s caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks to act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole clinic&apos;s clocks instead of my caseload&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close out the selected missed clock with the reason it was missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitions planned in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients by level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the census…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The census could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitions planned in the next 7 days on my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitions planned in the next 7 days at the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals past their follow-up date on my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals past their follow-up date at the clinic, by case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseloads could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 case managers. Missed clocks fell due in the last 30 days without being met; assessments are those due today or late in the clinic&apos;s own programs. The Reports view&apos;s caseload report lists the clients behind the clocks and referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks to act on: my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks to act on: the whole clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transition clock is open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, soonest due first; %2 at risk (half the window gone and nothing booked to meet it, in amber). Press Enter or double-click a row to open the client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 due soonest are listed; the Clients view&apos;s &quot;Has an open clock&quot; filter finds every client waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No missed clock to close out (last 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▾ Hide the missed clocks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ Missed in the last 30 days, not closed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transition is planned for the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 soonest planned transitions are listed; each client&apos;s record has all of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments on my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments at the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment in the next 7 days, and none past its day without an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 past their day without an outcome (marked ⚠ and listed first): record in the client&apos;s Appointments tab whether they were kept. %2 in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the next 7 days. Press Enter or double-click a row to open the client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of each are listed; each client&apos;s record has all of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral is past its follow-up date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on my caseload (%2 at the clinic). Call the program or the client, then record what happened with Change status in the client&apos;s Referrals tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most overdue of %2 are listed; the Referrals view&apos;s &quot;Overdue only&quot; filter finds all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the program or the client, then record what happened with Change status in the client&apos;s Referrals tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active clients are in an active episode of care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type the date as 2026-12-08.</source>
        <extracomment>``date()`` / ``setDate()`` use this day for &quot;no date&quot; (an empty optional field).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 2026-12-08 or %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the year in full (4 digits). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2 %3: %2 %3 has %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator ran into a problem it did not expect. Your saved work is safe: a change is either saved completely or not at all. Copy the details below and send them to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectiveDialog</name>
    <message>
        <source>The client &amp;has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has this directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 2025-11-04, or pick it from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the document is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Scanned in the chart; original with her sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where the document is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health-care agent the directive names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Treatment preferences it states, or why the client has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DischargeDetails</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition at discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition at discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental status at discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Calm, oriented, mood euthymic; denies suicidal ideation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mental status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Group therapy, individual CBT, medication management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treatment provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substances used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Alcohol, opioids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubstances used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last use date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal or hold status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;gal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned next level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start at the next level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned st&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client moves on to %1: that is the planned next level, from the actual start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DischargeDetailsDialog</name>
    <message>
        <source>Discharge details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <source>Discharge from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Stable, discharged home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;position *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aftercare plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharg&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge deta&amp;ils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged from %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Saved</source>
        <extracomment>Characters of the SHA-256 shown in the table; enough to tell two files apart by eye.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client (own copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;ansfer packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a transfer packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, save or print a transfer summary for a receiving facility (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharge summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a discharge summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, save or print a discharge summary, for the client or an aftercare provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents that left the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document has left the clinic for this client yet. Each transfer packet, discharge summary or referral letter saved or printed is listed here, with who received it and under which consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditLevelDialog</name>
    <message>
        <source>Edit level of care %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes and transitions already recorded keep their direction; a new hour range changes only the warnings shown from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASAM level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ASAM level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fewest weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Most weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care around the clock (24/7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varies by program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;24/7 care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the least intensive; the direction of a transition (step-up or step-down) follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditProblemDialog</name>
    <message>
        <source>Edit problem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active problem can be primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bstance use disorder (42 CFR Part 2 consent applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndMemberDialog</name>
    <message>
        <source>End %1 on the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) stays in the record, marked as ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnteredInError</name>
    <message>
        <source>Why it is in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Recorded in the wrong client&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <source>Add episode of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility or program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ocus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already &amp;ended (record past care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission so&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted to %1%2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitiesView</name>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, city, intake contact or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by level of care offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting &amp;referrals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only facilities accepting referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New facility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner facility or program (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected facility (Enter on a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the facility off the lists; past episodes keep its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facility matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 facility listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 facilities listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? It leaves the facility lists and pickers; episodes and transitions that name it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>New facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels of care offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accepts referrals now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityTableModel</name>
    <message>
        <source>Our program</source>
        <extracomment>Each kind&apos;s title, marked for lupdate; translated where it is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detox program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHP / IOP program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpatient clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes referrals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new and has no users yet. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with a &amp;demo caseload to try Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with a demo caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo generator is not part of this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator fills this database with fictitious clients, episodes, referrals and community resources, for training and trying things out. Never enter real clients into a demo database. Afterwards, sign in as admin or casemanager with the password demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 fictitious clients…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal in the client&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the client&apos;s words, e.g. &quot;I want to enjoy my mornings again.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Quick guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tasks and keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InquiriesPanel</name>
    <message>
        <source>today</source>
        <extracomment>An inquiry waiting this many days or more (a week without an answer) is shown in the alert colours.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New inquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s rec&amp;ord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected client&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest contact first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the newest contact first instead of the longest waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inquiry is waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open. Press Enter or double-click one to record verification, authorization or what it became.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital discharge planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authorization recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 authorized sessions used, %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session attended yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days from first contact (first attended %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. M. Reyes, discharge planner, Mercy General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified or denied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization (where the payer requires one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authori&amp;zed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;gins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized sessions used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referr&amp;al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, when no referral record says it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referre&amp;d to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>PHQ-9 (depression)</source>
        <extracomment>Every word above, marked for lupdate (and otherwise unused).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-A (adolescent depression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 (anxiety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCL-5 (PTSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPDS (perinatal depression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-SSRS screener (suicide risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by any of the following?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often has the young person been bothered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past month, how much were you bothered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling down, depressed or hopeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling tired or having little energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor appetite or overeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling bad about yourself, or that you are a failure or have let yourself or your family down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts that you would be better off dead, or of hurting yourself in some way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling down, depressed, irritable or hopeless (topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little interest or pleasure in doing things (topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep: trouble falling or staying asleep, or sleeping too much (topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appetite: poor appetite, weight loss or overeating (topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiredness or little energy (topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling bad about oneself or like a failure (topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble concentrating, e.g. on schoolwork or reading (topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving or speaking slowly, or being fidgety and restless (topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts of being better off dead or of self-harm (topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious thoughts of ending their life in the past month (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has ever tried to kill themself or made a suicide attempt (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling nervous, anxious or on edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not being able to stop or control worrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worrying too much about different things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble relaxing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being so restless that it is hard to sit still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becoming easily annoyed or irritable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling afraid, as if something awful might happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated, disturbing and unwanted memories of the stressful experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated, disturbing dreams of the stressful experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling very upset when something reminded you of the stressful experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoiding memories, thoughts or feelings related to the stressful experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects or situations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble remembering important parts of the stressful experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Having strong negative beliefs about yourself, other people or the world (for example, thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blaming yourself or someone else for the stressful experience or what happened after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Having strong negative feelings such as fear, horror, anger, guilt or shame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of interest in activities that you used to enjoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling distant or cut off from other people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irritable behavior, angry outbursts or acting aggressively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking too many risks or doing things that could cause you harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being &quot;superalert&quot; or watchful or on guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling jumpy or easily startled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Having difficulty concentrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quite a bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extremely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable PTSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts of death or self-harm (item 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious thoughts of ending life in the past month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past suicide attempt reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSM-5 PTSD symptom pattern met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess further (EPDS 13 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts of self-harm (EPDS item 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-SSRS moderate risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-SSRS high risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Edit intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intervention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. three times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo caseload created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed clock closed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-down window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require consent for all disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCL-5 probable PTSD cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 due every (days, 0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 due every (days, 0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCL-5 due every (days, 0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review every (days) in OP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review every (days) in IOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review every (days) in PHP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review every (days) in RES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review every (days) in INP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review every (days) in WM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app changes to this language the next time you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <source>&amp;Add episode…</source>
        <extracomment>Where the journey timeline (coordinator/ui/timeline.py) goes, above the table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge from the active episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up / Step down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step up or step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;harge details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge details of the chosen ended episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge details</source>
        <extracomment>The discharge details of the selected ended episode (else the latest one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelsTab</name>
    <message>
        <source>Levels of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected level (Enter on a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly hours are the level&apos;s usual range of clinical hours; planned hours outside it get a warning, never a refusal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelsTableModel</name>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASAM level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24/7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Coordinator is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window locked to keep client information private. %1, enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo database with fictitious clients. Sign in as admin or casemanager with the password demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the clinic logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved logo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is too large; choose one under 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language Coordinator speaks to you, from your next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main tasks and the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder holding Coordinator&apos;s log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions, database kind and schema for your support contact (no client data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo database with fictitious clients; do not enter real client information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator %1

Care coordination across levels of care for behavioral-health case managers.

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log folder %1 cannot be made (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest schema known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Edit medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Buprenorphine/naloxone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For opioid or alcohol &amp;use disorder (MOUD/MAUD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication for opioid or alcohol use disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8 or 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr. Ana Ruiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pres&amp;criber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star&amp;t date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationDialogs</name>
    <message>
        <source>%1 — choose from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Medications</name>
    <message>
        <source>Allergic to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Entered in error] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOUD/MAUD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication for opioid or alcohol use disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies (recorded %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 allergy recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allergies recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add aller&amp;gy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allerg&amp;y entered in error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the allergy entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to edit an allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the client about allergies to medications, foods, latex or anything else, then use Add allergy or No known allergies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add medication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontin&amp;ue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medi&amp;cation entered in error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the medication entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medications recorded. Use Add medication to record what the client takes, with the dose, route and how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the listed allergies entered in error first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allergy to %1 stays on the list, struck through. If no other allergy is left, the allergies read as not asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays on the list, struck through.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <source>Edit referral</source>
        <extracomment>Follow-up date a new referral gets unless the case manager picks another.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to a facility or a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community resource (service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a service by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words of the service or organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;up by *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to the receiving program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote to receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send no&amp;w (otherwise kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the referral now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1 saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoKnownAllergiesDialog</name>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was asked and knows of no allergy to medications, foods, latex or anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asked on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mother, Riverside IOP intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in &amp;error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the note entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full text of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a note to read all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTERED IN ERROR — </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Edit objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable, e.g. &quot;PHQ-9 below 10 on two visits in a row&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Appointment outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept: the client went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missed: the client did not go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firmed with the receiving program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Admitted to the evening track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Active problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatric advance directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical advance directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies (recorded %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 active medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 for opioid or alcohol use disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ⚠ %1 past without an outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Clinical record</source>
        <extracomment>The value labels by detail name (&quot;name&quot;, &quot;preferred_name&quot;, &quot;phone&quot;, …, and the clinical record&apos;s &quot;problems&quot;, &quot;allergies&quot;, &quot;medications&quot;, &quot;appointment&quot;, &quot;safety_plan&quot;, &quot;directives&quot;, &quot;clinician&quot;). The links (the lines&apos; titles) by summary line name, in tab order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tab of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex at birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, completed %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on file, signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>What the last consent refusal asked a consent for (fills Record consent…). The user agreed to a discharge summary for a client still in active care.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the facilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your words; left blank, the packet gives the reason the last stay ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receiving facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;t to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the packet and show it here (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the packet cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the missing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packet as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packet as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the packet (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receiving facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client (own copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent on file, without Part 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active consent of this client names this facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receiving facility, then Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the preview: press Preview to see the packet again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receiving facility first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under consent no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes substance-use treatment information (42 CFR Part 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1. Nothing has left the clinic until you save or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client still in care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it anyway, for example ahead of a planned discharge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discharge summary was made: the client is still in active care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and logged on the Documents tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened, so nothing was printed. Check that it is switched on and connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer and logged on the Documents tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded. Press Preview to make the packet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketPreview</name>
    <message>
        <source>Packet preview</source>
        <extracomment>Pages are rendered for the printer at its resolution, but never finer than this: a letter page at 1200 dpi would be a half-gigabyte image, and 300 dpi is print quality.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Packets</name>
    <message>
        <source>Transfer summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;argest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemStatusDialog</name>
    <message>
        <source>Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Active</source>
        <extracomment>Long enough to skip the keystrokes in the middle of a word.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Code, description (stretches), primary, substance use, status, onset, recorded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays on the problem list, struck through, and no longer counts as the client&apos;s diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ve / rule out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve, rule out or reactivate the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k entered in error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the problem entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems are recorded yet. Use Add to code the client&apos;s diagnoses from ICD-10-CM: mark the primary one, and tick substance use for a substance use disorder, since packets then need a 42 CFR Part 2 consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacti&amp;vate / change status…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickGuide</name>
    <message>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients (Ctrl+2): type part of a name or record number; Enter opens the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step up or step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the record, Transitions: plan the move, then complete it when the client moves; the step-down clock starts at the discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit or discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the record, Levels of care: add an episode, or discharge from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call: choose the track and day, press P, L, T, E or U for each client (M types the minutes of a late arrival or early leaver), then Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer and close the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the record, Referrals: make the referral, then record its status and, when it closes, what came of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the record, Documents: make a transfer or discharge packet; if a consent is missing, Record consent… opens filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line at the bottom of the window says what was saved and which clock started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute intoxication and/or withdrawal potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biomedical conditions and complications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional, behavioral or cognitive conditions and complications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relapse, continued use or continued problem potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery/living environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommended level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous providers consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-team members or facility contacts, e.g. Dr. Okafor, Mercy General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the clinician&apos;s overall view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASAM dimensions: the clinician&apos;s rating of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASAM dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1 rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1 narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few words, why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessLine</name>
    <message>
        <source>Looking for a readiness assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record assessme&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the readiness assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed %1: recommends %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open assessme&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the readiness assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded during this episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded during this episode; the clinic requires one before a step-up or step-down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded during this episode; record the clinician&apos;s assessment behind this move.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordAssessmentDialog</name>
    <message>
        <source>Record assessment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrument *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date given *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPDS total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 10 (thoughts of harming herself) answered above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPDS item 10 answered above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-SSRS screener risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total and band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total (0–30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each answer&apos;s number (0–%1); the next item gets the focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EPDS wording is copyrighted: enter the total from the scored form, and whether item 10 was answered above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the risk level the C-SSRS screener gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered — total so far %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusters %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a safety alert will be raised on saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 recorded%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this one as well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <extracomment>A new consent&apos;s expiration date unless the form says another: a year, as clinics&apos; release forms commonly do. Where a written revocation goes unless the form names another: the clinic&apos;s privacy officer (HIPAA has every covered entity name one, 45 CFR 164.530(a)). The client&apos;s birth date and the clinic&apos;s minor-consent age, once read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the release of information %1 signed. A form that lacks a required element (42 CFR 2.31) is kept, listed as incomplete, and never allows a disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization in the resource directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named class of recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class of recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. My treating providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass of recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clinic (leave blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may disclos&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information that may be disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes substance-use treatment information (42 CFR Part &amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes substance-use treatment information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single consent for tre&amp;atment, payment and health care operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single consent for treatment, payment and health care operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s record, or information in it, may be redisclosed as the HIPAA regulations (45 CFR parts 160 and 164) permit, except for uses and disclosures for civil, criminal, administrative or legislative proceedings against the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed form incl&amp;udes this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed form includes the redisclosure statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date si&amp;gned *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <extracomment>Who signs a minor&apos;s consent under the clinic&apos;s setting (42 CFR 2.14).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorized representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative&apos;s relationship to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mother, legal guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations&amp;hip *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the parent or guardian who signed with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signer&apos;s na&amp;me *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signer&apos;s relationship to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Co-signer&apos;s relationship *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on a &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent expires on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. When I am discharged from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration e&amp;vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form states the client&apos;s right to revo&amp;ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form states the right to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client may revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing or orally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client ma&amp;y revoke *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom or where a written revocation goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Privacy Officer, clinic name and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where a written revocation goes *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 on the date signed, and the clinic&apos;s state lets no minor consent to substance-use treatment alone (42 CFR 2.14), so %1 and a parent or guardian both sign a consent that includes such information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 on the date signed, and the clinic&apos;s state lets a minor of %3 or older consent to substance-use treatment alone (42 CFR 2.14), so only %1 may sign a consent that includes such information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 on the date signed, younger than the %3 at which the clinic&apos;s state lets a minor consent to substance-use treatment alone (42 CFR 2.14), so %1 and a parent or guardian both sign a consent that includes such information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded: release to %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>Reading the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current level of care</source>
        <extracomment>Allergies, or that there are none known, or that nobody asked yet: what every clinician looks for first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open transition clock</source>
        <extracomment>The clock beside open clocks: a shipped drawing, not an emoji a font may lack.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the client&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit name, contacts, insurance and safety note (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefers “%1”</source>
        <extracomment>The header&apos;s lines, top to bottom (the record window adds the safety alert line).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — discharged %2, next level not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Missed: %1 (due %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1 — due %2, %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <source>Condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged from %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no discharge details recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At discharge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by, at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <source>Client record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <extracomment>Open safety alerts, under the clock alerts on the header.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <extracomment>The overview&apos;s value labels by detail name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care tea&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — client record</source>
        <extracomment>What the last save in this window did (&quot;Discharged from … Step-down clock …&quot;). The list tabs that read for themselves, by the change topics they show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episode of care yet. Use Add episode to record where the client is treated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the planned move to %1 on %2? It stays in the record as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDetailDialog</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the referral&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the referral letter as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page letter for the receiving program; saving it is logged as a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter saved: %1; it is logged as a disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment / vocational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits / financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the referral&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the referral and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral yet. Use New referral to connect the client with housing, food, work, a partner program or other help, and follow it until the loop is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was discharged with an open referral. Record what came of it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was discharged with %1 open referrals. Record what came of each now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by client name (any words, any order) or record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search referrals by client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the referrals again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose clients&apos; referrals to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My caseload: referrals of the clients whose primary case manager you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, drafts included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only referrals past their follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the referral and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the referral&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the client&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client search has no letters or digits to look for; type part of a client&apos;s name or record number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral matches among your caseload&apos;s clients. Choose Whole clinic under Show to look at everyone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral matches this client search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Chart: %1</source>
        <extracomment>At most this many labels on the x axis of a chart (a year of days would otherwise print over itself); fewer when the chart is too narrow for them (``ReportChart.resizeEvent``). Pixels around each x label: QtCharts gives every label of a category axis an equal share of the plot&apos;s width (one share more than labels) and cuts a label wider than its share. What the y axis, its title and the margins take of the chart&apos;s width, roughly.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSheetPanel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>Cards in one row at most; more figures wrap into rows of even length. A table shows this many rows before it scrolls (inside the sheet&apos;s own scrolling).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the 1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the clients behind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, judged on %3. %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw for this period and these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows for this period and these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <extracomment>Changes after which the filters&apos; choices are read again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report shown as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report, a period and who to include, then Run (Enter or Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the report for this period and these filters (Enter, Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progr&amp;am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period from %1 to %2 is over five years long; reading it may take a while. Run the report anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV… or Save PDF… saves this report as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a temporary password for %1 (%2). It also unlocks the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceDirectory</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Each kind of phone line&apos;s word, marked for lupdate; translated where it is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages %1 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed; call first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesView</name>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by words in the name, description, eligibility or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import HSDS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an HSDS directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an Open Referral (HSDS 3.0) directory: a data package folder or a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data package &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only services open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only services whose listed hours include this moment; services without hours are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only services that serve a client of this age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer a client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a client to this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client and open a referral to the service shown (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 services; add words or filters to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 service found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 services found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a service to see its hours, phones, address, languages, who can use it, fees and how to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which client do you want to refer to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an HSDS data package folder (with datapackage.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an HSDS JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSDS JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Record plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on %1</source>
        <extracomment>Per objective reviewed: its progress and a note.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client took &amp;part in the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client took part in the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signature (typed name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisePlanDialog</name>
    <message>
        <source>Revise care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 becomes version %2 with the same goals, objectives and interventions to change; version %1 and its reviews stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the plan is revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeConsentDialog</name>
    <message>
        <source>Revoke consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent to disclose to %1, signed %2, will be kept on the record as revoked. No disclosure may rely on it from that day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on an unrecorded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked &amp;on *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <source>⚠ %1 unexcused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type minutes</source>
        <extracomment>How each client attended, where chosen and not saved yet (a ServiceModality).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: type the minutes attended (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet (Ctrl+S saves the roll call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unexcused absences in a row: reach out to the client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallView</name>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The track&apos;s previous session day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The track&apos;s next session day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the chosen client attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person, by video or by phone; saved with the roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every unmarked client present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every mark of this session (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients expected at this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the minutes the chosen client attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mark of this session is not saved. Leave it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marks of this session are not saved. Leave them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the minutes %1 attended (marked late; press M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyAlerts</name>
    <message>
        <source>Open safety alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Safety: %1 — raised %2, not yet addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was done about: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no safety plan on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety plan version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyAlertsPanel</name>
    <message>
        <source>Safety alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open safety alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open safety alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open. Press Enter or double-click a row to open the client&apos;s record, then use Addressed… on its header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Step 1 · Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 · Internal coping strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 · People and social settings that provide distraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 · People whom I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5 · Professionals or agencies to contact during a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 6 · Making the environment safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access to a firearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has access; firearm locked away or held by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has access to a firearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1 with %2, version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1, version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firearms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 stays in the history, marked entered in error; the version before it, if any, is in force again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Written in the wrong client&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Write safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan with the client, in their own words. Steps 1, 2 and 5 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and revise safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 is shown. Go through each step with the client; Save keeps version %1 in the history and makes this version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;1 · Warning signs *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;2 · Internal coping strategies *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;3 · People and social settings that provide distraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;4 · People whom I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;5 · Professionals or agencies to contact during a crisis *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;6 · Making the environment safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for &amp;living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts, images, moods, situations or behaviour that come before a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things the client can do alone to take their mind off their problems, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and phone numbers; places to be with others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinicians, the local crisis line, emergency services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping lethal means away: medications, firearms, other means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most to the client and is worth living for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to firearms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firearms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanHistoryDialog</name>
    <message>
        <source>Safety plan history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen version of the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety plan has been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTERED IN ERROR — </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanSection</name>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan (Stanley-Brown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write sa&amp;fety plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view and revise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and revise the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k entered in error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the safety plan entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety plan yet. Use Write safety plan to make one with the client: warning signs, coping strategies, people and places that help, professionals and crisis lines, a safer environment and reasons for living.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFiles</name>
    <message>
        <source>your home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>New program track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the %1 track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Track *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the track meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;length *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchListView</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceFormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the marked date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, e.g. 1234567893</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s National Provider Identifier (type 2, organization); leave empty if it has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DHCS license 190000AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPlanDialog</name>
    <message>
        <source>Start care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan belongs to the client&apos;s active episode. Add a goal for each problem it works on, then its objectives and interventions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rts on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Close referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change referral status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral of %1 to %2 is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New s&amp;tatus *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what came of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is closed; it cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopMedicationDialog</name>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays on the list, marked as stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamNotes</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Entered in error] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note of %1 stays in the log, struck through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Written in the wrong client&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Levels-of-care timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episodes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open clock: {title}, due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed clock: {title}, was due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n earlier episodes not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} at {facility}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} planned from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stepped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stepped down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned: {verb}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} to another {level} program on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} from {source} to {target} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(same day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(gap %n day)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(gap %n days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: missed, due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: met {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackButtons</name>
    <message>
        <source>&amp;New track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New program track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a track with its days and session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this track&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive this track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The track no longer meets; its marks stay on the clients&apos; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the %1 track of %2? It takes no more roll calls; the marks already taken stay on the clients&apos; records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Step up or step down</source>
        <extracomment>The item data of the &quot;Exit from care&quot; choice in the target level list (no level has an empty code); ``TransitionDialog.plan`` turns it into ``to_level_code=None``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit planned transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, discharged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, since %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit from care (no next level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility or program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lateral move has no criteria checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake contact or with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jordan Lee, intake coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facility chosen yet (choose it above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book the intake at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why care ends now, e.g. treatment goals met or the client declined further care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this level now, in the clinician&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-up criteria that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-down criteria that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit from care planned for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 planned for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this date anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the planned transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel transition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the planned transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the planned transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition clocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 sign in again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their records and history stay as they are. Deactivate the account?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
