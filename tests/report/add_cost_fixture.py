#!/usr/bin/env python3
"""Test fixture: gives each run directory without one a hand-made costs.csv (two lines, three
financial years), so the report's cost chart and sheet have something to show until costs
are modelled. The numbers are fixtures, not model output; a run that writes its own costs.csv
keeps it.

    add_cost_fixture.py RUN_DIR [RUN_DIR ...]
"""
import os
import sys

YEARS = ["2025-26", "2026-27", "2027-28"]
LINES = {"in_house_fostering": 1.0e6, "ifa": 2.5e6}

for index, run_dir in enumerate(sys.argv[1:]):
    path = os.path.join(run_dir, "costs.csv")
    if os.path.exists(path):
        continue
    with open(path, "w") as f:
        f.write("financial_year,line,mean,p05,p50,p95\n")
        for y, year in enumerate(YEARS):
            for line, base in LINES.items():
                m = base * (1 + 0.1 * y) + index * 2.0e5
                f.write(f"{year},{line},{m},{m * 0.9},{m},{m * 1.1}\n")
