#!/usr/bin/env bash
# `caresim report DIR` on something that is not caresim output: exit 2, a message naming the
# problem, and nothing written.
#   report_command_cases.sh CARESIM
set -uo pipefail
caresim=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir "$work/empty"
"$caresim" report "$work/empty" 2>"$work/stderr"
code=$?
[ "$code" -eq 2 ] || fail "exit code $code, expected 2"
grep -q "no summary.json, comparison.json or sweep.json" "$work/stderr" || { cat "$work/stderr"; fail "no message"; }
[ -z "$(ls -A "$work/empty")" ] || fail "wrote $(ls -A "$work/empty")"

"$caresim" report "$work/nowhere" 2>"$work/stderr"
code=$?
[ "$code" -eq 2 ] || fail "exit code $code for a missing directory, expected 2"
echo "ok"
