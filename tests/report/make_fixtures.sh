#!/usr/bin/env bash
# Makes the report tests' inputs under OUT: run/ (caresim run of the minimal scenario) and
# compare/ (caresim compare of the minimal scenario and an option with a hostile name), each
# with a costs.csv fixture where the run wrote none, and their reports written again.
#   make_fixtures.sh CARESIM SOURCE_DIR OUT
set -euo pipefail
caresim=$1
source_dir=$2
out=$3
here=$(dirname "$0")
rm -rf "$out"
mkdir -p "$out"

"$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$out/run" --replications 4 --quiet

# A name and description that would run script, break out of attributes, or become an Excel
# formula if they were not escaped.
cat >"$out/hostile.yaml" <<YAML
extends: $source_dir/scenarios/minimal.yaml
name: "=HYPERLINK(\"http://example.invalid\")</script><script>window.caresimHostile=true</script>'\""
description: "<img src=x onerror=\"window.caresimHostile=true\"> & more in-house carers"
provision:
  in_house_foster: {households: 440}
YAML
"$caresim" compare "$source_dir/scenarios/minimal.yaml" "$out/hostile.yaml" --out "$out/compare" --replications 4 --quiet

run_dirs=("$out/run")
for dir in "$out"/compare/*/; do run_dirs+=("${dir%/}"); done
python3 "$here/add_cost_fixture.py" "${run_dirs[@]}"
"$caresim" report "$out/run" 2>/dev/null
"$caresim" report "$out/compare" 2>/dev/null
