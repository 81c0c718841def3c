"""County scale: many simulated workstations at once, on PostgreSQL or one SQLite file.

``python -m benchmarks.county --engine postgresql --clients N --workstations 1,10,50``.
Each workstation is a process signed in as a demo case manager, doing a scripted mix of
the app's own service calls (search, open a record, save a transition, record an
assessment, change a referral, open the dashboard); the parent reports p50/p95 per
operation, throughput, conflicts and errors, writes JSON and draws the curve.
"""
