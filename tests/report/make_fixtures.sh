#!/usr/bin/env bash
# Makes the report tests' inputs under OUT: run/ (caresim run of the baseline, which models the
# carer pool, the workforce and costs), compare/ (caresim compare of the minimal scenario, which
# models none of them, and an option with a hostile name) and sweep/ (a sweep of the minimal
# scenario's pool), and their reports written again by `caresim report`.
#   make_fixtures.sh CARESIM SOURCE_DIR OUT
set -euo pipefail
caresim=$1
source_dir=$2
out=$3
rm -rf "$out"
mkdir -p "$out"

"$caresim" run "$source_dir/scenarios/baseline.yaml" --out "$out/run" --replications 4 --quiet

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


cat >"$out/sweep.yaml" <<YAML
extends: $source_dir/scenarios/minimal.yaml
sweep: {parameter: provision.in_house_foster.households, values: [380, 400, 440]}
YAML
"$caresim" run "$out/sweep.yaml" --out "$out/sweep" --replications 4 --quiet

"$caresim" report "$out/run" 2>/dev/null
"$caresim" report "$out/compare" 2>/dev/null
"$caresim" report "$out/sweep" 2>/dev/null
