#!/usr/bin/env python3
"""Test fixture: turns run directories into a compare directory as `caresim compare` will
write it (comparison.json of the agreed shape), until compare lands. Also gives each run a
hand-made yearly.csv and costs.csv, so the report's yearly and cost charts and sheets have
something to show; their numbers are fixtures, not model output.

    make_comparison.py COMPARE_DIR RUN_SUBDIR [RUN_SUBDIR ...]
"""
import csv
import json
import math
import os
import sys

# Student-t 97.5% quantiles by degrees of freedom (enough for fixture sizes).
T975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262, 10: 2.228}
YEARS = ["2025-26", "2026-27", "2027-28"]


def mean_ci(values):
    n = len(values)
    m = sum(values) / n
    if n < 2:
        return m, [m, m]
    sd = math.sqrt(sum((v - m) ** 2 for v in values) / (n - 1))
    half = T975[n - 1] * sd / math.sqrt(n)
    return m, [m - half, m + half]


def kpis_by_replication(run_dir):
    with open(os.path.join(run_dir, "kpis_by_replication.csv")) as f:
        rows = list(csv.DictReader(f))
    return {name: [None if r[name] == "NA" else float(r[name]) for r in rows] for name in rows[0] if name != "replication"}


def write_fixture_files(run_dir, index):
    """Costs rise with the option's index; entries are flat: simple numbers a test can check."""
    lines = {"in_house_fostering": 1.0e6, "ifa": 2.5e6}
    with open(os.path.join(run_dir, "costs.csv"), "w") as f:
        f.write("financial_year,line,mean,p05,p50,p95\n")
        for y, year in enumerate(YEARS):
            for line, base in lines.items():
                m = base * (1 + 0.1 * y) + index * 2.0e5
                f.write(f"{year},{line},{m},{m * 0.9},{m},{m * 1.1}\n")
    with open(os.path.join(run_dir, "yearly.csv"), "w") as f:
        f.write("financial_year,metric,mean,p05,p50,p95\n")
        for y, year in enumerate(YEARS):
            f.write(f"{year},entries,{450 + y},{430 + y},{450 + y},{470 + y}\n")
            total = sum(base * (1 + 0.1 * y) + index * 2.0e5 for base in lines.values())
            f.write(f"{year},cost_total_gbp,{total},{total * 0.9},{total},{total * 1.1}\n")


def main():
    compare_dir, subdirs = sys.argv[1], sys.argv[2:]
    runs = []
    for index, sub in enumerate(subdirs):
        run_dir = os.path.join(compare_dir, sub)
        with open(os.path.join(run_dir, "summary.json")) as f:
            summary = json.load(f)
        write_fixture_files(run_dir, index)
        runs.append((sub, summary, kpis_by_replication(run_dir)))

    first_name = runs[0][1]["scenario"]
    kpis = {}
    for name in runs[0][1]["kpis"]:
        entries = []
        for sub, summary, by_rep in runs:
            stat = summary["kpis"][name]
            entry = {"scenario": summary["scenario"], "mean": stat["mean"], "ci95": stat["ci95"], "difference": None, "difference_ci95": None}
            if summary["scenario"] != first_name and None not in by_rep[name] and None not in runs[0][2][name]:
                diff, ci = mean_ci([b - a for a, b in zip(runs[0][2][name], by_rep[name])])
                entry["difference"], entry["difference_ci95"] = diff, ci
            entries.append(entry)
        kpis[name] = entries

    by_year = {}
    for metric, per_year in (("entries", lambda y, i: 450 + y), ("cost_total_gbp", lambda y, i: 3.5e6 * (1 + 0.1 * y) + i * 4.0e5)):
        entries = []
        for i, (sub, summary, _) in enumerate(runs):
            cumulative = 0.0
            for y, year in enumerate(YEARS):
                m = per_year(y, i)
                diff = None if i == 0 else m - per_year(y, 0)
                cumulative = None if i == 0 else cumulative + diff
                entries.append({"scenario": summary["scenario"], "financial_year": year, "mean": m, "ci95": [m * 0.97, m * 1.03],
                                "difference": diff, "difference_ci95": None if i == 0 else [diff - 1e5, diff + 1e5],
                                "cumulative_difference": cumulative,
                                "cumulative_difference_ci95": None if i == 0 else [cumulative - 2e5, cumulative + 2e5]})
        by_year[metric] = entries

    comparison = {
        "scenarios": [{"name": s["scenario"], "description": s.get("description", ""), "file": sub + ".yaml", "directory": sub} for sub, s, _ in runs],
        "replications": runs[0][1]["replications"],
        "seed": runs[0][1]["seed"],
        "financial_years": YEARS,
        "kpis": kpis,
        "by_financial_year": by_year,
        "payback": {s["scenario"]: "does not pay back within the horizon" for _, s, _ in runs[1:]},
    }
    with open(os.path.join(compare_dir, "comparison.json"), "w") as f:
        json.dump(comparison, f, indent=2)


if __name__ == "__main__":
    main()
