#!/usr/bin/env bash
# End-to-end checks of the caresim command, one case per ctest test:
#   cli_cases.sh CARESIM SOURCE_DIR CASE
set -uo pipefail
caresim=$1
source_dir=$2
case_name=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*"; exit 1; }

expect_exit() {  # expected-code, then the command
  local expected=$1; shift
  "$@" >"$work/stdout" 2>"$work/stderr"
  local code=$?
  [ "$code" -eq "$expected" ] || { cat "$work/stderr"; fail "exit code $code, expected $expected: $*"; }
}

case "$case_name" in
  run_minimal)
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/out" --replications 3 --quiet
    for f in summary.json timeseries.csv kpis_by_replication.csv costs.csv scenario.yaml; do
      [ -s "$work/out/$f" ] || fail "missing $f"
    done
    grep -q '"replications": 3' "$work/out/summary.json" || fail "--replications not applied"
    [ "$(wc -l <"$work/out/kpis_by_replication.csv")" -eq 4 ] || fail "expected 3 replication rows"
    ;;
  wrong_scenario_exits_2_and_writes_nothing)
    cat >"$work/bad.yaml" <<'YAML'
name: bad
run: {start_date: 2025-04-01, years: 0, replications: 2}
children:
  entries_per_year: 450
  age_at_entry: {"0": 1.0}
  stay: {distribution: exponential, mean_days: 365}
provision: {}
YAML
    expect_exit 2 "$caresim" run "$work/bad.yaml" --out "$work/out" --quiet
    grep -q "bad.yaml:2:[0-9]*: .*(run.years)" "$work/stderr" || { cat "$work/stderr"; fail "no FILE:LINE:COLUMN diagnostic"; }
    [ ! -e "$work/out" ] || fail "output written for a wrong scenario"
    [ -z "$(ls -A "$work" | grep -v -e bad.yaml -e stdout -e stderr)" ] || fail "stray files: $(ls -A "$work")"
    ;;
  wrong_costs_exit_2)
    cat >"$work/bad_costs.yaml" <<'YAML'
extends: $SOURCE/scenarios/minimal.yaml
costs:
  price_base: 2025
  placements:
    in_house_foster: {fee_gbp_per_week: 100}
    ifa: {gbp_per_wek: 820}
YAML
    sed -i "s|\$SOURCE|$source_dir|" "$work/bad_costs.yaml"
    expect_exit 2 "$caresim" run "$work/bad_costs.yaml" --out "$work/out" --quiet
    grep -q "bad_costs.yaml:3:15: a financial year is written like 2025-26 .*(costs.price_base)" "$work/stderr" \
      || { cat "$work/stderr"; fail "no located price_base diagnostic"; }
    grep -q "bad_costs.yaml:6:11: unknown key 'gbp_per_wek' (did you mean 'gbp_per_week'?) (costs.placements.ifa.gbp_per_wek)" "$work/stderr" \
      || { cat "$work/stderr"; fail "no located misspelt-key diagnostic"; }
    [ ! -e "$work/out" ] || fail "output written for wrong costs"
    ;;
  costed_run_same_on_1_and_2_threads)
    expect_exit 0 "$caresim" run "$source_dir/scenarios/baseline.yaml" --out "$work/one" --replications 4 --threads 1 --quiet
    expect_exit 0 "$caresim" run "$source_dir/scenarios/baseline.yaml" --out "$work/two" --replications 4 --threads 2 --quiet
    grep -q '"costed": true' "$work/one/summary.json" || fail "the baseline is not costed"
    for f in costs.csv kpis_by_replication.csv; do
      cmp -s "$work/one/$f" "$work/two/$f" || fail "$f differs between 1 and 2 threads"
    done
    ;;
  missing_scenario_exits_2)
    expect_exit 2 "$caresim" run "$work/nowhere.yaml" --out "$work/out"
    grep -q "nowhere.yaml" "$work/stderr" || fail "the missing file is not named"
    ;;
  wrong_flag_exits_2)
    expect_exit 2 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/out" --replications 0
    expect_exit 2 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/out" --threads -1
    expect_exit 2 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/out" --no-such-flag
    expect_exit 2 "$caresim" frobnicate
    [ ! -e "$work/out" ] || fail "output written for a wrong flag"
    ;;
  validate_prints_effective_scenario)
    expect_exit 0 "$caresim" validate "$source_dir/scenarios/minimal.yaml"
    grep -q "warmup_years: 5" "$work/stdout" || fail "effective scenario not printed"
    grep -q "threads: 0" "$work/stdout" || fail "defaults not shown"
    ;;
  shipped_scenarios_validate)
    for scenario in "$source_dir"/scenarios/*.yaml; do
      expect_exit 0 "$caresim" validate "$scenario"
    done
    ;;
  same_files_on_1_and_2_threads)
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/one" --replications 6 --threads 1 --quiet
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/two" --replications 6 --threads 2 --quiet
    for f in timeseries.csv kpis_by_replication.csv costs.csv; do
      cmp -s "$work/one/$f" "$work/two/$f" || fail "$f differs between 1 and 2 threads"
    done
    # summary.json differs only in the engine's timings and thread count.
    diff <(grep -v -e seconds -e events_per_second -e threads "$work/one/summary.json") <(grep -v -e seconds -e events_per_second -e threads "$work/two/summary.json") \
      || fail "summary.json KPIs differ between 1 and 2 threads"
    ;;
  *) fail "unknown case $case_name" ;;
esac
echo "ok: $case_name"
