#!/usr/bin/env python3
"""Reads report.xlsx back from its XML (no spreadsheet program needed) and checks it against
the files it was made from: the KPIs sheet against summary.json, Time series against
timeseries.csv, Costs by financial year against costs.csv, By financial year against
yearly.csv or comparison.json, Assumptions against scenario.yaml's lines (its replications and seed
against summary.json's, those run); every sheet has a
frozen header row and one named table; no cell is a formula, so a name like "=SUM(A1)" is text;
the Summary says how costs were counted (or that they were not), and cost KPIs not counted say so.

    check_workbook.py DIR
"""
import csv
import json
import math
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
problems = []


def fail(message):
    problems.append(message)


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - ord("A") + 1
    return index - 1


class Workbook:
    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        shared = ET.fromstring(self.zip.read("xl/sharedStrings.xml"))
        self.strings = ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])) for si in shared.findall("m:si", NS)]
        book = ET.fromstring(self.zip.read("xl/workbook.xml"))
        rels = ET.fromstring(self.zip.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
        self.sheets = {s.get("name"): "xl/" + targets[s.get("{%s}id" % NS["r"])] for s in book.find("m:sheets", NS)}

    def rows(self, name):
        """The sheet as lists of cells: a float, a str, or None for an empty cell."""
        root = ET.fromstring(self.zip.read(self.sheets[name]))
        if root.find(".//m:f", NS) is not None:
            fail(f"sheet {name} holds a formula")
        pane = root.find(".//m:pane", NS)
        if name != "Summary" and (pane is None or pane.get("state") != "frozen" or pane.get("ySplit") != "1"):
            fail(f"sheet {name} has no frozen header row")
        out = []
        for row in root.find("m:sheetData", NS):
            cells = []
            for c in row:
                i = column_index(c.get("r"))
                cells.extend([None] * (i - len(cells)))
                v = c.find("m:v", NS)
                if v is None:
                    cells.append(None)
                elif c.get("t") == "s":
                    cells.append(self.strings[int(v.text)])
                elif c.get("t") in ("str", "inlineStr"):
                    fail(f"sheet {name} cell {c.get('r')} is a formula result or inline string")
                    cells.append(v.text)
                else:
                    cells.append(float(v.text))
            out.append(cells)
        return out

    def number_formats(self, name, column):
        """The number format ids of the number cells in `column` (a letter) below the header."""
        styles = ET.fromstring(self.zip.read("xl/styles.xml"))
        format_ids = [int(xf.get("numFmtId", "0")) for xf in styles.find("m:cellXfs", NS)]
        root = ET.fromstring(self.zip.read(self.sheets[name]))
        return [format_ids[int(c.get("s", "0"))] for row in list(root.find("m:sheetData", NS))[1:] for c in row
                if re.fullmatch(column + r"\d+", c.get("r")) and c.get("t") is None and c.find("m:v", NS) is not None]

    def table(self, name):
        """The sheet's table as dicts by header, checking the table part names those columns."""
        rows = self.rows(name)
        header = rows[0]
        rels_path = self.sheets[name].replace("worksheets/", "worksheets/_rels/") + ".rels"
        if rels_path not in self.zip.namelist():
            fail(f"sheet {name} has no named table")
        else:
            rels = ET.fromstring(self.zip.read(rels_path))
            target = [r.get("Target") for r in rels.findall("rel:Relationship", NS) if r.get("Target").endswith(".xml") and "table" in r.get("Target")]
            table = ET.fromstring(self.zip.read(os.path.normpath("xl/worksheets/" + target[0])))
            names = [c.get("name") for c in table.find("m:tableColumns", NS)]
            if names != header:
                fail(f"sheet {name}: table columns {names} differ from its header {header}")
            if table.find("m:autoFilter", NS) is None:
                fail(f"sheet {name}: the table has no filter buttons")
        return [dict(zip(header, r + [None] * (len(header) - len(r)))) for r in rows[1:]]


def same(a, b, where):
    if b is None or (isinstance(b, float) and math.isnan(b)):
        if a is not None:
            fail(f"{where}: workbook has {a!r}, the source has n/a")
        return
    if a is None or not math.isclose(a, b, rel_tol=1e-14, abs_tol=1e-300):
        fail(f"{where}: workbook has {a!r}, the source has {b!r}")


def number(text):
    return None if text in ("NA", "") else float(text)


def read_csv(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def check_run(book, run_dir, name, kpi_rows, series_rows, cost_rows, year_rows, assumption_rows, comparison):
    with open(os.path.join(run_dir, "summary.json")) as f:
        summary = json.load(f)  # its scenario name may lack comparison.json's " (2)"
    mine = [r for r in kpi_rows if r["scenario"] == name]
    if [r["kpi"] for r in mine] != list(summary["kpis"]):
        fail(f"KPIs sheet lists other KPIs than {run_dir}/summary.json")
    for r in mine:
        stat = summary["kpis"][r["kpi"]]
        for column, value in (("mean", stat["mean"]), ("ci95_low", stat["ci95"][0]), ("ci95_high", stat["ci95"][1]),
                              ("p05", stat["p05"]), ("p50", stat["p50"]), ("p95", stat["p95"])):
            same(r[column], value, f"KPIs {name} {r['kpi']} {column}")

    costs = summary.get("costs", {"costed": True})
    for r in mine:
        if r["kpi"].startswith("cost") and costs["costed"] == ("not counted" in r["measure"]):
            fail(f"KPIs {name} {r['kpi']}: measure {r['measure']!r}, but summary.json's costs.costed is {costs['costed']}")
    brief = " ".join(c for row in book.rows("Summary") for c in row if isinstance(c, str))
    said = "Costs are not counted" if not costs["costed"] else f"in {costs['terms']} terms"
    if said not in brief or (costs["costed"] and costs["price_base"] + " prices" not in brief):
        fail(f"the Summary sheet does not say how the costs of {name} were counted ({said!r})")

    def against_csv(rows, file, key_column, columns=("mean", "p05", "p50", "p95")):
        source = read_csv(os.path.join(run_dir, file))
        mine = [r for r in rows if r["scenario"] == name]
        if len(mine) != len(source):
            fail(f"{file} of {name}: {len(source)} rows, workbook has {len(mine)}")
        for w, s in zip(mine, source):
            if w[key_column] != s[key_column]:
                fail(f"{file} of {name}: {key_column} {w[key_column]!r} != {s[key_column]!r}")
            for column in columns:
                same(w[column], number(s[column]), f"{file} of {name} {s[key_column]} {column}")

    source = read_csv(os.path.join(run_dir, "timeseries.csv"))
    mine = [r for r in series_rows if r["scenario"] == name]
    if len(mine) != len(source):
        fail(f"timeseries.csv of {name}: {len(source)} rows, workbook has {len(mine)}")
    for w, s in zip(mine, source):
        if w["metric"] != s["metric"]:
            fail(f"Time series of {name}: metric {w['metric']} != {s['metric']}")
        for column in ("mean", "p05", "p50", "p95"):
            same(w[column], number(s[column]), f"Time series of {name} {s['date']} {s['metric']} {column}")
    # Excel's day 1 is 1900-01-01 (with its 1900 leap-year quirk); 2025-04-30 is day 45777.
    first_date = mine[0]["date"] if mine else None
    if first_date is not None and source[0]["date"] == "2025-04-30" and first_date != 45777.0:
        fail(f"Time series dates are not Excel dates: {first_date}")

    if os.path.exists(os.path.join(run_dir, "costs.csv")):
        against_csv(cost_rows, "costs.csv", "line", ("mean", "p05", "p50", "p95", "ci95_low", "ci95_high"))
    if comparison is None and os.path.exists(os.path.join(run_dir, "yearly.csv")):
        against_csv(year_rows, "yearly.csv", "metric")

    mine = [r for r in assumption_rows if r["scenario"] == name]
    if not mine:
        fail(f"Assumptions has no rows for {name}")
    for r in mine:
        if r["value"] is None and r["setting"] != "description":  # an empty description is an empty cell
            fail(f"Assumptions {r['setting']} has no value")
    households = [r for r in mine if r["setting"] == "provision.in_house_foster.households"]
    if not households or not isinstance(households[0]["value"], float):
        fail(f"Assumptions of {name}: households missing or not a number")
    for r in mine:
        if r["setting"].endswith("mean_days") and r["unit"] != "days":
            fail(f"Assumptions {r['setting']} unit {r['unit']!r}, expected days")
    # The replications and seed run (a flag may have replaced the scenario file's), as the Summary gives them.
    for setting, run_with in (("run.replications", summary["replications"]), ("run.seed", summary["seed"])):
        for r in mine:
            if r["setting"] == setting and str(r["value"]).split(" ")[0] not in (str(run_with), f"{run_with}.0"):
                fail(f"Assumptions of {name}: {setting} is {r['value']!r}, but the run used {run_with}")
    # Settings show every digit they were written with (General): a discount rate of 0.035, not 0.04.
    if any(f != 0 for f in book.number_formats("Assumptions", "C")):
        fail("Assumptions: a number setting is shown rounded rather than as written")
    if not any(r["setting"] == "run.start_date" and r["value"] == "2025-04-01" for r in mine):
        fail(f"Assumptions of {name}: run.start_date is not the text 2025-04-01")


def main():
    directory = sys.argv[1]
    book = Workbook(os.path.join(directory, "report.xlsx"))
    expected = ["Summary", "KPIs", "Costs by financial year", "By financial year", "Time series", "Assumptions"]
    if list(book.sheets) != expected:
        fail(f"sheets {list(book.sheets)}, expected {expected}")
    kpi_rows = book.table("KPIs")
    series_rows = book.table("Time series")
    assumption_rows = book.table("Assumptions")
    comparison_path = os.path.join(directory, "comparison.json")
    comparison = json.load(open(comparison_path)) if os.path.exists(comparison_path) else None
    runs = [(os.path.join(directory, s["directory"]), s["name"]) for s in comparison["scenarios"]] if comparison else \
           [(directory, json.load(open(os.path.join(directory, "summary.json")))["scenario"])]
    has_costs = any(os.path.exists(os.path.join(d, "costs.csv")) for d, _ in runs)
    cost_rows = book.table("Costs by financial year") if has_costs else []
    has_years = comparison is not None or any(os.path.exists(os.path.join(d, "yearly.csv")) for d, _ in runs)
    year_rows = book.table("By financial year") if has_years else []
    for run_dir, name in runs:
        check_run(book, run_dir, name, kpi_rows, series_rows, cost_rows, year_rows, assumption_rows, comparison)

    if comparison:
        first = comparison["scenarios"][0]["name"]
        for kpi, entries in comparison["kpis"].items():
            for e in entries:
                row = [r for r in kpi_rows if r["scenario"] == e["scenario"] and r["kpi"] == kpi]
                if len(row) != 1:
                    fail(f"KPIs: {len(row)} rows for {e['scenario']!r} {kpi}")
                    continue
                same(row[0]["difference"], e["difference"], f"KPIs difference {e['scenario']} {kpi}")
                if e["scenario"] == first and row[0]["difference"] is not None:
                    fail("the first scenario has a difference")
        for metric, entries in comparison["by_financial_year"].items():
            for e in entries:
                row = [r for r in year_rows if r["scenario"] == e["scenario"] and r["metric"] == metric and r["financial_year"] == e["financial_year"]]
                if len(row) != 1:
                    fail(f"By financial year: {len(row)} rows for {e['scenario']} {metric} {e['financial_year']}")
                    continue
                for column, value in (("mean", e["mean"]), ("difference", e["difference"]), ("cumulative_difference", e["cumulative_difference"])):
                    same(row[0][column], value, f"By financial year {e['scenario']} {metric} {e['financial_year']} {column}")
        # Names are text cells, shown as written (a leading "=" included).
        names_in_summary = [c for row in book.rows("Summary") for c in row if isinstance(c, str)]
        for s in comparison["scenarios"]:
            if not any(s["name"] in c for c in names_in_summary):
                fail(f"the Summary sheet does not show the scenario name {s['name']!r} as text")

    if problems:
        print("FAIL:\n" + "\n".join(problems[:40]))
        sys.exit(1)
    print(f"ok: report.xlsx matches {len(runs)} run(s): {len(kpi_rows)} KPI rows, {len(series_rows)} time-series rows, "
          f"{len(cost_rows)} cost rows, {len(assumption_rows)} assumptions")


if __name__ == "__main__":
    main()
