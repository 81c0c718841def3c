"""The performance harness: every headline operation against a floor.

Run ``python -m benchmarks --clients N``. The floors (a bare Qt window, the same queries in
raw ``sqlite3``, a raw ReportLab canvas) are measured in the same run on the same machine,
so the ratios mean the same thing on a laptop and on a clinic workstation. This package
imports nothing at load time, so ``python -m benchmarks.child`` starts as lean as it can.
"""
