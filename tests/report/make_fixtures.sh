#!/usr/bin/env bash
# Makes the report tests' inputs under OUT: run/ (caresim run of the minimal scenario) and
# compare/ (the minimal scenario against an option with a hostile name, as compare writes
# it, with comparison.json from make_comparison.py), each with its reports.
#   make_fixtures.sh CARESIM SOURCE_DIR OUT
set -euo pipefail
caresim=$1
source_dir=$2
out=$3
here=$(dirname "$0")
rm -rf "$out"
mkdir -p "$out/compare"

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
"$caresim" run "$source_dir/scenarios/minimal.yaml" --out "$out/compare/minimal" --replications 4 --quiet
"$caresim" run "$out/hostile.yaml" --out "$out/compare/option" --replications 4 --quiet
python3 "$here/make_comparison.py" "$out/compare" minimal option
"$caresim" report "$out/compare" 2>/dev/null
