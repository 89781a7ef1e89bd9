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

# Two SIGINTs a hundredth of a second apart to the command in the background, once what it
# stages (the glob) is there; the command must then end stopped (130) or done (0): $code.
interrupt_twice_once() {  # glob, pid
  for _ in $(seq 3000); do compgen -G "$1" >/dev/null && break; sleep 0.002; done
  kill -INT "$2"
  sleep 0.01
  kill -INT "$2" 2>/dev/null
  wait "$2"
  code=$?
  [ "$code" -eq 130 ] || [ "$code" -eq 0 ] || { cat "$work/stderr"; fail "exit code $code, expected 130 or 0"; }
}

case "$case_name" in
  run_minimal)
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/out" --replications 3 --quiet
    for f in summary.json timeseries.csv kpis_by_replication.csv costs.csv costs_by_replication.csv scenario.yaml; do
      [ -s "$work/out/$f" ] || fail "missing $f"
    done
    grep -q '"replications": 3' "$work/out/summary.json" || fail "--replications not applied"
    [ "$(wc -l <"$work/out/kpis_by_replication.csv")" -eq 4 ] || fail "expected 3 replication rows"
    ;;
  seed_flag_reseeds_and_no_progress_bar_off_a_terminal)
    # Without --quiet and with stderr not a terminal: the closing line, but no progress bar.
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/seeded" --replications 2 --seed 7
    grep -q '"seed": 7' "$work/seeded/summary.json" || fail "--seed not in summary.json"
    grep -q "results in" "$work/stderr" || { cat "$work/stderr"; fail "no closing line"; }
    ! grep -q $'\r' "$work/stderr" || fail "a progress bar written to a file"
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/default" --replications 2 --quiet
    grep -q '"seed": 1' "$work/default/summary.json" || fail "the scenario's seed not in summary.json"
    ! cmp -s "$work/seeded/kpis_by_replication.csv" "$work/default/kpis_by_replication.csv" \
      || fail "--seed 7 gave the same replications as the scenario's seed"
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
  impossible_run_exits_2_and_writes_nothing)
    # Accepted on loading, but placements would break down in the instant they start for ever.
    cat >"$work/instant.yaml" <<YAML
extends: $source_dir/scenarios/minimal.yaml
name: instant
breakdowns: {time_to_breakdown: {ifa: {distribution: weibull, shape: 0.01, scale_days: 1e-100}}}
YAML
    expect_exit 2 "$caresim" run "$work/instant.yaml" --out "$work/out" --quiet --replications 2
    grep -q "instant.yaml:3:39: scenario 'instant': placements break down in the instant they start.*(breakdowns.time_to_breakdown.ifa)$" "$work/stderr" \
      || { cat "$work/stderr"; fail "no message at the breakdown time that caused it"; }
    [ ! -e "$work/out" ] || fail "output written for a run that could not be"
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
    # Every file but summary.json, whose engine timings differ, reports and scenario.yaml included.
    for f in $(ls "$work/one"); do
      [ "$f" = summary.json ] && continue
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
    expect_exit 2 "$caresim" valdate "$source_dir/scenarios/minimal.yaml"
    grep -q "unknown command 'valdate' (did you mean 'validate'?)" "$work/stderr" || { cat "$work/stderr"; fail "command not named"; }
    [ ! -e "$work/out" ] || fail "output written for a wrong flag"
    ;;
  validate_prints_effective_scenario)
    expect_exit 0 "$caresim" validate "$source_dir/scenarios/minimal.yaml"
    grep -q "warmup_years: 5" "$work/stdout" || fail "effective scenario not printed"
    grep -q "threads: 0" "$work/stdout" || fail "defaults not shown"
    # The common flags override here too, noted as in a run's scenario.yaml.
    expect_exit 0 "$caresim" validate "$source_dir/scenarios/minimal.yaml" --replications 4 --seed 9
    [ "$(head -1 "$work/stdout")" = "# run with --replications 4 --seed 9, which override run: below" ] || fail "overrides not noted"
    expect_exit 2 "$caresim" validate "$source_dir/scenarios/minimal.yaml" --replications 0
    # A scenario that could not be printed (a full disk) is a failure, not success.
    if [ -w /dev/full ]; then
      "$caresim" validate "$source_dir/scenarios/minimal.yaml" >/dev/full 2>"$work/stderr"
      code=$?
      [ "$code" -eq 1 ] || fail "validate onto a full disk exited $code, expected 1"
    fi
    ;;
  shipped_scenarios_validate)
    for scenario in "$source_dir"/scenarios/*.yaml; do
      expect_exit 0 "$caresim" validate "$scenario"
    done
    ;;
  same_files_on_1_and_2_threads)
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/one" --replications 6 --threads 1 --quiet
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/two" --replications 6 --threads 2 --quiet
    for f in timeseries.csv kpis_by_replication.csv costs.csv costs_by_replication.csv; do
      cmp -s "$work/one/$f" "$work/two/$f" || fail "$f differs between 1 and 2 threads"
    done
    # summary.json differs only in the engine's timings and thread count.
    diff <(grep -v -e seconds -e events_per_second -e threads "$work/one/summary.json") <(grep -v -e seconds -e events_per_second -e threads "$work/two/summary.json") \
      || fail "summary.json KPIs differ between 1 and 2 threads"
    ;;
  compare_writes_runs_and_comparison)
    cat >"$work/more.yaml" <<YAML
extends: $source_dir/scenarios/minimal.yaml
name: More carers
provision: {in_house_foster: {households: 430}}
YAML
    expect_exit 0 "$caresim" compare "$source_dir/scenarios/minimal.yaml" "$work/more.yaml" --out "$work/out" --replications 4 --quiet
    for f in comparison.json comparison.csv comparison_by_year.csv report.html report.xlsx minimal/summary.json \
             minimal/yearly.csv minimal/report.html more-carers/summary.json more-carers/timeseries.csv \
             more-carers/kpis_by_replication.csv more-carers/scenario.yaml more-carers/report.xlsx; do
      [ -s "$work/out/$f" ] || fail "missing $f"
    done
    grep -q '^first_placement_share.ifa,More carers,' "$work/out/comparison.csv" || fail "no difference row for the option"
    grep -q '^entries_per_year,More carers,.*,0,0,0$' "$work/out/comparison.csv" || fail "common arrivals should differ by exactly 0"
    grep -q '"payback"' "$work/out/comparison.json" || fail "no payback in comparison.json"
    ;;
  compare_same_files_on_1_and_2_threads)
    cat >"$work/fewer.yaml" <<YAML
extends: $source_dir/scenarios/minimal.yaml
name: fewer
provision: {in_house_foster: {households: 380}}
YAML
    for threads in 1 2; do
      expect_exit 0 "$caresim" compare "$source_dir/scenarios/minimal.yaml" "$work/fewer.yaml" --out "$work/t$threads" --replications 5 --threads $threads --quiet
    done
    for f in comparison.json comparison.csv comparison_by_year.csv fewer/timeseries.csv fewer/yearly.csv fewer/kpis_by_replication.csv; do
      cmp -s "$work/t1/$f" "$work/t2/$f" || fail "$f differs between 1 and 2 threads"
    done
    ;;
  sweep_writes_one_run_per_value)
    cat >"$work/sweep.yaml" <<YAML
extends: $source_dir/scenarios/minimal.yaml
sweep: {parameter: provision.in_house_foster.households, from: 380, to: 420, step: 20}
YAML
    expect_exit 0 "$caresim" run "$work/sweep.yaml" --out "$work/out" --replications 3 --quiet
    for value in 380 400 420; do
      [ -s "$work/out/households-$value/summary.json" ] || fail "no run for $value"
      grep -q "households: $value" "$work/out/households-$value/scenario.yaml" || fail "value $value not in its scenario"
    done
    [ "$(cut -d, -f1 "$work/out/sweep.csv" | tr '\n' ' ')" = "value 380 400 420 " ] || fail "sweep.csv rows: $(cut -d, -f1 "$work/out/sweep.csv")"
    [ -s "$work/out/sweep.json" ] && [ -s "$work/out/report.html" ] || fail "no sweep.json or report.html for the sweep"
    [ -s "$work/out/households-400/report.html" ] || fail "no report for a value"
    expect_exit 0 "$caresim" validate "$work/sweep.yaml"
    [ "$(grep -c '^---$' "$work/stdout")" -eq 2 ] || fail "validate should print three documents"
    ;;
  precision_reports_replications_and_target)
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/out" --precision children_in_care_mean=4 --batch 3 --quiet
    grep -q '"reached": true' "$work/out/summary.json" || fail "precision outcome not reported"
    replications=$(grep -m1 '"replications"' "$work/out/summary.json" | tr -dc 0-9)
    [ $((replications % 3)) -eq 0 ] || fail "$replications replications is not whole batches"
    [ "$(wc -l <"$work/out/kpis_by_replication.csv")" -eq $((replications + 1)) ] || fail "rows do not match replications"
    ;;
  input_errors_exit_2_and_write_nothing)
    minimal="$source_dir/scenarios/minimal.yaml"
    printf 'extends: %s\nsweep: {parameter: provision.in_house_fostr.households, values: [1]}\n' "$minimal" >"$work/sweep.yaml"
    printf 'extends: %s\nrun: {years: 3}\n' "$minimal" >"$work/short.yaml"
    expect_exit 2 "$caresim" compare "$minimal" --out "$work/out"
    expect_exit 2 "$caresim" compare "$minimal" "$work/nowhere.yaml" --out "$work/out"
    grep -q "nowhere.yaml" "$work/stderr" || fail "the missing file is not named"
    expect_exit 2 "$caresim" compare "$minimal" "$work/short.yaml" --out "$work/out"
    grep -q "short.yaml:2:14: run.years is 3 but 10 .*(run.years)$" "$work/stderr" || fail "different horizons not reported where written"
    # Costs on different bases, or a different warm-up or start, make differences that say nothing.
    baseline="$source_dir/scenarios/baseline.yaml"
    printf 'extends: %s\ncosts: {terms: real}\nrun: {warmup_years: 19}\nchildren: {in_care_at_start: none}\n' "$baseline" \
      >"$work/real.yaml"
    expect_exit 2 "$caresim" compare "$baseline" "$work/real.yaml" --out "$work/out"
    grep -q "real.yaml:2:16: costs.terms is real but nominal in .*one basis, or none (costs.terms)$" "$work/stderr" \
      || { cat "$work/stderr"; fail "costs in other terms not refused"; }
    grep -q "real.yaml:3:21: run.warmup_years is 19 but 15 .*(run.warmup_years)$" "$work/stderr" || fail "another warm-up not refused"
    grep -q "real.yaml:4:30: children.in_care_at_start is none but steady_state .*(children.in_care_at_start)$" "$work/stderr" \
      || fail "another start not refused"
    expect_exit 2 "$caresim" compare "$baseline" "$minimal" --out "$work/out"
    grep -q "minimal.yaml:[0-9]*:[0-9]*: costs is absent but written in .*(costs)$" "$work/stderr" \
      || { cat "$work/stderr"; fail "costs on one side only not refused at a line"; }
    printf 'extends: %s\nname: uncosted\ncosts: ~\n' "$baseline" >"$work/uncosted.yaml"  # taken away: at the file's top
    expect_exit 2 "$caresim" compare "$baseline" "$work/uncosted.yaml" --out "$work/out"
    grep -q "uncosted.yaml:1:1: costs is absent but written in .*(costs)$" "$work/stderr" \
      || { cat "$work/stderr"; fail "costs taken away not refused at a line"; }
    expect_exit 2 "$caresim" compare "$minimal" "$work/sweep.yaml" --out "$work/out"
    expect_exit 2 "$caresim" run "$work/sweep.yaml" --out "$work/out"
    grep -q "sweep.yaml:2:20: provision has no key 'in_house_fostr'" "$work/stderr" || fail "wrong sweep path not located"
    expect_exit 2 "$caresim" run "$minimal" --out "$work/out" --precision children_in_care_mean
    expect_exit 2 "$caresim" run "$minimal" --out "$work/out" --precision children_in_care_mean=0
    expect_exit 2 "$caresim" run "$minimal" --out "$work/out" --max-replications 50
    expect_exit 2 "$caresim" run "$minimal" --out "$work/out" --precision children_in_care_mea=1 --quiet
    grep -q "unknown KPI 'children_in_care_mea' (did you mean 'children_in_care_mean'?)" "$work/stderr" || fail "unknown KPI not named"
    expect_exit 2 "$caresim" compare "$minimal" "$minimal" --out "$work/out" --precision nothing=1 --quiet
    expect_exit 2 "$caresim" run "$minimal" --out "$work/out" --precision children_in_care_mean=inf
    grep -q -- "--precision: must be KPI=HALF_WIDTH with a finite half-width > 0" "$work/stderr" || fail "infinity taken"
    expect_exit 2 "$caresim" run "$minimal" --out "$work/out" --precision children_in_care_mean=1 --precision children_in_care_mean=2
    grep -q -- "--precision: KPI 'children_in_care_mean' is given more than once" "$work/stderr" || fail "a KPI taken twice"
    # Found wrong after the folders for --out were made: they go too.
    expect_exit 2 "$caresim" run "$minimal" --out "$work/new/deeper/out" --precision children_in_care_mea=1 --quiet
    [ ! -e "$work/new" ] || fail "folders made for --out left behind"
    [ ! -e "$work/out" ] || fail "output written for wrong input"
    [ -z "$(ls -A "$work" | grep -v -e '.yaml$' -e stdout -e stderr)" ] || fail "stray files: $(ls -A "$work")"
    ;;
  out_that_cannot_be_written_exits_2_before_running)
    # Found before the replications run, not after: here a run of many years that would take minutes.
    printf 'extends: %s\nrun: {years: 1000}\n' "$source_dir/scenarios/minimal.yaml" >"$work/long.yaml"
    echo "keep me" >"$work/notes.txt"
    for out in "$work/notes.txt/results" /proc/caresim-results; do
      SECONDS=0
      expect_exit 2 "$caresim" run "$work/long.yaml" --out "$out" --replications 50 --quiet
      [ "$SECONDS" -lt 5 ] || fail "--out $out found wrong only after running"
      grep -q -- "^caresim: --out '$out': the results cannot be written there: " "$work/stderr" || { cat "$work/stderr"; fail "no message"; }
    done
    expect_exit 2 "$caresim" compare "$work/long.yaml" "$work/long.yaml" --out "$work/notes.txt/results" --quiet
    # Paths the system will not resolve: a name longer than it allows, a loop of links.
    ln -s "$work/loop2" "$work/loop1" && ln -s "$work/loop1" "$work/loop2"
    long_name="$work/$(printf 'a%.0s' $(seq 300))"
    for out in "$long_name" "$work/loop1" "$work/loop1/results"; do
      expect_exit 2 "$caresim" run "$work/long.yaml" --out "$out" --quiet
      grep -q -- "--out: '$out' cannot be used: " "$work/stderr" || { cat "$work/stderr"; fail "no message for $out"; }
      expect_exit 2 "$caresim" compare "$work/long.yaml" "$work/long.yaml" --out "$out" --quiet
    done
    # The directory the user is working in (or one holding it) would be replaced, and cannot be.
    mkdir -p "$work/here/deeper"
    for out in . ./ .. "$work/here"; do
      (cd "$work/here/deeper" && expect_exit 2 "$caresim" run "$work/long.yaml" --out "$out" --quiet)
      grep -q "holds the directory you are working in" "$work/stderr" || { cat "$work/stderr"; fail "--out $out not refused"; }
    done
    [ -z "$(ls -A "$work/here/deeper")" ] && [ "$(ls -A "$work/here")" = deeper ] || fail "stray files: $(ls -AR "$work/here")"
    [ "$(cat "$work/notes.txt")" = "keep me" ] || fail "work lost"
    ;;
  out_never_replaces_other_files)
    # Results replace what --out names: a file or a folder of other work would be deleted.
    minimal="$source_dir/scenarios/minimal.yaml"
    echo "keep me" >"$work/notes.txt"
    mkdir "$work/project" && echo "keep me" >"$work/project/thesis.tex"
    expect_exit 2 "$caresim" run "$minimal" --out "$work/notes.txt" --quiet
    grep -q -- "--out: '$work/notes.txt' is not a directory" "$work/stderr" || { cat "$work/stderr"; fail "file not refused"; }
    expect_exit 2 "$caresim" run "$minimal" --out "$work/project" --quiet
    grep -q "holds files that are not caresim results" "$work/stderr" || { cat "$work/stderr"; fail "folder not refused"; }
    expect_exit 2 "$caresim" compare "$minimal" "$minimal" --out "$work/project/" --quiet
    expect_exit 2 "$caresim" run "$minimal" --out "" --quiet
    [ "$(cat "$work/notes.txt")" = "keep me" ] && [ "$(cat "$work/project/thesis.tex")" = "keep me" ] || fail "work lost"
    mkdir "$work/empty"
    expect_exit 0 "$caresim" run "$minimal" --out "$work/empty" --replications 1 --quiet
    expect_exit 0 "$caresim" run "$minimal" --out "$work/empty" --replications 1 --quiet  # results replace results
    [ -s "$work/empty/summary.json" ] || fail "no results"
    # Results with a file of the user's own among them are not replaced either.
    echo "keep me" >"$work/empty/my_notes.txt"
    expect_exit 2 "$caresim" run "$minimal" --out "$work/empty" --replications 1 --quiet
    grep -q "not caresim results (my_notes.txt)" "$work/stderr" || { cat "$work/stderr"; fail "the foreign file not named"; }
    [ "$(cat "$work/empty/my_notes.txt")" = "keep me" ] || fail "a file among the results was lost"
    rm "$work/empty/my_notes.txt"
    touch "$work/empty/.report.html.partial-99"  # a report stopped half-written is still results
    expect_exit 0 "$caresim" run "$minimal" --out "$work/empty" --replications 1 --quiet
    printf 'extends: %s\nsweep: {parameter: provision.in_house_foster.households, values: [380, 420]}\n' "$minimal" >"$work/sweep.yaml"
    expect_exit 0 "$caresim" run "$work/sweep.yaml" --out "$work/swept" --replications 1 --quiet
    expect_exit 0 "$caresim" run "$work/sweep.yaml" --out "$work/swept" --replications 1 --quiet  # a sweep's too
    expect_exit 0 "$caresim" compare "$minimal" "$minimal" --out "$work/compared" --replications 1 --quiet
    expect_exit 0 "$caresim" compare "$minimal" "$minimal" --out "$work/compared" --replications 1 --quiet  # and a comparison's
    echo "keep me" >"$work/swept/households-380/my_notes.txt"
    expect_exit 2 "$caresim" run "$work/sweep.yaml" --out "$work/swept" --replications 1 --quiet
    ;;
  seed_takes_the_whole_range)
    # --seed takes what run.seed takes: 0 to 2^64 - 1.
    minimal="$source_dir/scenarios/minimal.yaml"
    expect_exit 0 "$caresim" run "$minimal" --out "$work/out" --replications 1 --seed 18446744073709551615 --quiet
    grep -q '"seed": 18446744073709551615' "$work/out/summary.json" || fail "--seed not applied"
    expect_exit 2 "$caresim" run "$minimal" --out "$work/other" --seed 18446744073709551616 --quiet
    grep -q -- "--seed: must be a whole number from 0 to 18446744073709551615" "$work/stderr" || { cat "$work/stderr"; fail "no message"; }
    expect_exit 2 "$caresim" run "$minimal" --out "$work/other" --seed -1 --quiet
    [ ! -e "$work/other" ] || fail "output written for a wrong seed"
    ;;
  interrupted_run_leaves_out_as_it_was)
    # Ctrl-C (SIGINT) or a scheduler's SIGTERM: the replications under way finish, nothing is
    # written, earlier results stay, and the exit code is the shell's for that signal.
    set -m  # job control: a run in the background takes SIGINT, as one in a terminal does
    baseline="$source_dir/scenarios/baseline.yaml"
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/out" --replications 1 --quiet
    cp "$work/out/summary.json" "$work/earlier.json"
    interrupt() {  # signal, expected exit code, then the command
      local signal=$1 expected=$2; shift 2
      "$@" 2>"$work/stderr" &
      local pid=$!
      for _ in $(seq 500); do compgen -G "$work/.out.partial-*" >/dev/null && break; sleep 0.01; done  # under way
      kill -"$signal" $pid
      wait $pid
      local code=$?
      [ "$code" -eq "$expected" ] || { cat "$work/stderr"; fail "exit code $code after SIG$signal, expected $expected"; }
      grep -q "^caresim: stopped by SIG$signal before the results were complete: nothing written, --out '$work/out' left as it was$" \
        "$work/stderr" || { cat "$work/stderr"; fail "no message"; }
      cmp -s "$work/out/summary.json" "$work/earlier.json" || fail "the earlier results changed"
      [ -z "$(ls -A "$work" | grep partial)" ] || fail "staging left behind: $(ls -A "$work")"
    }
    interrupt INT 130 "$caresim" run "$baseline" --out "$work/out" --replications 500 --threads 1 --quiet
    interrupt TERM 143 "$caresim" compare "$baseline" "$baseline" --out "$work/out" --replications 500 --quiet
    ;;
  second_interrupt_stops_at_once_leaving_nothing)
    # A second Ctrl-C ends a replication that would take too long to finish: at once, and
    # still with nothing staged left behind, nor the folders made for --out.
    set -m
    # One replication takes some 10 s of CPU (many times the minimal scenario, for 1,000 years).
    cat >"$work/long.yaml" <<YAML
extends: $source_dir/scenarios/minimal.yaml
run: {years: 1000}
children: {entries_per_year: 45000}
provision: {in_house_foster: {households: 40000}}
YAML
    "$caresim" run "$work/long.yaml" --out "$work/new/deeper/out" --replications 2 --threads 1 --quiet 2>"$work/stderr" &
    pid=$!
    # The first signal must come while a replication runs, or the run simply stops: wait until
    # caresim has had half a second of CPU (loading takes milliseconds).
    for _ in $(seq 3000); do
      [ "$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)" -ge 50 ] && break
      kill -0 $pid 2>/dev/null || break
      sleep 0.01
    done
    kill -INT $pid
    sleep 0.5  # two signals pending at once would count as one
    kill -INT $pid
    wait $pid
    code=$?
    [ "$code" -eq 130 ] || { cat "$work/stderr"; fail "exit code $code, expected 130"; }
    grep -q "^caresim: stopped at once by a second SIGINT$" "$work/stderr" || { cat "$work/stderr"; fail "no message"; }
    [ ! -e "$work/new" ] || fail "left behind: $(find "$work/new")"
    ;;
  second_interrupt_while_results_are_written_leaves_old_or_new)
    # Two Ctrl-Cs once the results are being staged (summary.json is written first): --out
    # then holds the earlier results or the new ones, whole, and nothing staged stays.
    set -m
    printf 'extends: %s\nrun: {years: 200}\n' "$source_dir/scenarios/minimal.yaml" >"$work/long.yaml"
    expect_exit 0 "$caresim" run "$work/long.yaml" --out "$work/out" --replications 1 --quiet
    cp "$work/out/summary.json" "$work/earlier.json"
    "$caresim" run "$work/long.yaml" --out "$work/out" --replications 20 --quiet 2>"$work/stderr" &
    interrupt_twice_once "$work/.out.partial-*/summary.json" $!
    [ -z "$(ls -A "$work" | grep -v -x -e out -e long.yaml -e earlier.json -e stderr -e stdout)" ] \
      || fail "left behind: $(ls -A "$work")"
    for f in summary.json timeseries.csv kpis_by_replication.csv report.html report.xlsx; do
      [ -s "$work/out/$f" ] || fail "--out lost $f"
    done
    cmp -s "$work/out/summary.json" "$work/earlier.json" || grep -q '"replications": 20' "$work/out/summary.json" \
      || fail "--out holds neither the earlier results nor the new"
    ;;
  interrupted_report_leaves_the_reports_as_they_were)
    # SIGINT while report writes: neither new file replaces the old pair, and nothing staged
    # stays. The signal is sent blocked, before caresim starts, so it is certain to be pending
    # while the reports are written (perl-base is in every Debian).
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/out" --replications 1 --quiet
    echo "earlier" >"$work/out/report.html"
    cp "$work/out/report.xlsx" "$work/earlier.xlsx"
    expect_exit 130 perl -MPOSIX -e 'sigprocmask(SIG_BLOCK, POSIX::SigSet->new(SIGINT)); kill "INT", $$; exec @ARGV or die' \
      "$caresim" report "$work/out"
    grep -q "^caresim: stopped by SIGINT before the reports were complete: nothing written, '$work/out' left as it was$" \
      "$work/stderr" || { cat "$work/stderr"; fail "no message"; }
    [ "$(cat "$work/out/report.html")" = "earlier" ] || fail "report.html replaced"
    cmp -s "$work/out/report.xlsx" "$work/earlier.xlsx" || fail "report.xlsx replaced"
    [ -z "$(ls -A "$work/out" | grep partial)" ] || fail "staging left behind: $(ls -A "$work/out")"
    ;;
  second_interrupt_during_report_leaves_nothing_staged)
    # Two Ctrl-Cs once the reports are being staged: the old pair stays (or the new pair, if
    # it was already in place), and nothing staged stays behind.
    set -m
    printf 'extends: %s\nrun: {years: 200}\n' "$source_dir/scenarios/minimal.yaml" >"$work/long.yaml"
    expect_exit 0 "$caresim" run "$work/long.yaml" --out "$work/out" --replications 20 --quiet
    echo "earlier" >"$work/out/report.html"
    "$caresim" report "$work/out" 2>"$work/stderr" &
    interrupt_twice_once "$work/out/.report*partial-*" $!
    [ -z "$(ls -A "$work/out" | grep -e partial -e discarded)" ] || fail "left behind: $(ls -A "$work/out")"
    [ -s "$work/out/report.xlsx" ] || fail "report.xlsx lost"
    [ "$(cat "$work/out/report.html")" = "earlier" ] || [ "$code" -eq 0 ] || grep -q "<html" "$work/out/report.html" \
      || fail "report.html neither the earlier nor a new one"
    ;;
  threads_the_system_cannot_give_are_done_without)
    # A system that gives 5 of the 1,024 threads asked for (one of them taken by the signals'
    # thread): the run finishes on those it was given, with the results one thread gives. More
    # than 1,024 asked for is refused at once.
    minimal="$source_dir/scenarios/minimal.yaml"
    expect_exit 2 "$caresim" run "$minimal" --out "$work/refused" --threads 1025 --quiet
    grep -q -- "--threads: must be <= 1024, got 1025" "$work/stderr" || { cat "$work/stderr"; fail "no message"; }
    expect_exit 0 "$caresim" run "$minimal" --out "$work/one" --replications 100 --threads 1 --quiet
    expect_exit 0 env LD_PRELOAD="$CARESIM_REFUSE_THREADS" CARESIM_THREADS_GIVEN=5 \
      "$caresim" run "$minimal" --out "$work/many" --replications 100 --threads 1024 --quiet
    cmp -s "$work/one/kpis_by_replication.csv" "$work/many/kpis_by_replication.csv" || fail "results differ from one thread's"
    given=$(grep -o '"threads": [0-9]*' "$work/many/summary.json" | grep -o '[0-9]*$')
    [ "$given" -ge 2 ] && [ "$given" -le 5 ] || fail "ran on $given threads, where the system gave 5 (one for signals)"
    ;;
  report_on_damaged_results_exits_2)
    ln -s "$work/loop2" "$work/loop1" && ln -s "$work/loop1" "$work/loop2"
    echo "notes" >"$work/notes.txt"
    for wrong in "$work/none" "$work/notes.txt" "$work/loop1" "$work/$(printf 'a%.0s' $(seq 300))"; do
      expect_exit 2 "$caresim" report "$wrong"
      grep -q "^caresim: directory: '$wrong' \(does not exist\|is not a directory\|cannot be read\): " "$work/stderr" \
        || { cat "$work/stderr"; fail "no message for $wrong"; }
    done
    expect_exit 0 "$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$work/out" --replications 1 --quiet
    cp "$work/out/report.html" "$work/earlier.html"
    sed -i 's/"start_date": "[^"]*"/"start_date": "20"/' "$work/out/summary.json"
    expect_exit 2 "$caresim" report "$work/out"
    grep -q "^$work/out/summary.json: must be a date written YYYY-MM-DD, got '20' (start_date)$" "$work/stderr" \
      || { cat "$work/stderr"; fail "no message"; }
    sed -i -e 's/"start_date": "[^"]*"/"start_date": "2025-04-01"/' -e 's/"years": [0-9]*/"years": 1.5/' \
      "$work/out/summary.json"
    expect_exit 2 "$caresim" report "$work/out"
    grep -q "^$work/out/summary.json: must be a whole number, got 1.5 (years)$" "$work/stderr" \
      || { cat "$work/stderr"; fail "no message"; }
    cmp -s "$work/out/report.html" "$work/earlier.html" || fail "the earlier report changed"
    [ -z "$(ls -A "$work/out" | grep partial)" ] || fail "staging left behind: $(ls -A "$work/out")"
    rm "$work/out/summary.json" && mkdir "$work/out/summary.json"
    expect_exit 2 "$caresim" report "$work/out"
    grep -q "^$work/out/summary.json: not a file" "$work/stderr" || { cat "$work/stderr"; fail "no message"; }
    ;;
  memory_errors_none_under_valgrind)
    # Every command under memcheck, on the county baseline cut short (workforce, costs, the
    # steady-state start, reports) and on a wrong scenario (the exit-2 path): no read or write
    # out of bounds, no use of uninitialised memory, no leak. Valgrind's own exit code, 99,
    # says it found any; the command's own codes pass through otherwise.
    command -v valgrind >/dev/null || fail "valgrind is not installed (scripts/setup installs it)"
    memcheck=(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect)
    cat >"$work/short.yaml" <<YAML
extends: $source_dir/scenarios/baseline.yaml
run: {years: 2, warmup_years: 1}
YAML
    cat >"$work/option.yaml" <<YAML
extends: $work/short.yaml
name: Option
provision: {in_house_foster: {households: 320}}
YAML
    expect_exit 0 "${memcheck[@]}" "$caresim" run "$work/short.yaml" --out "$work/run" --replications 2 --threads 2 --quiet
    expect_exit 0 "${memcheck[@]}" "$caresim" report "$work/run"
    expect_exit 0 "${memcheck[@]}" "$caresim" compare "$work/short.yaml" "$work/option.yaml" --out "$work/compare" \
      --replications 2 --quiet
    expect_exit 0 "${memcheck[@]}" "$caresim" validate "$work/option.yaml"
    printf 'extends: %s\nrun: {years: -1}\n' "$work/short.yaml" >"$work/wrong.yaml"
    expect_exit 2 "${memcheck[@]}" "$caresim" run "$work/wrong.yaml" --out "$work/wrong" --quiet
    grep -q "wrong.yaml:2:" "$work/stderr" || { cat "$work/stderr"; fail "no FILE:LINE:COLUMN diagnostic"; }
    ;;
  *) fail "unknown case $case_name" ;;
esac
echo "ok: $case_name"
