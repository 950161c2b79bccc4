#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz over their seed corpora.
#
#   bash tests/fuzz/run-fuzzers.sh short [TARGET...]   each target for FUZZ_SECONDS (20) s: CI
#   bash tests/fuzz/run-fuzzers.sh long  [TARGET...]   each target for FUZZ_RUNS (10,000,000) executions
#
# The long run trades report detail for throughput (1.5-2.2x measured):
# inputs up to FUZZ_MAX_LEN (2048) bytes, no allocation stacks in ASan
# reports (malloc_context_size=0) and a smaller quarantine. Every check stays
# on; a finding is re-run with the short mode's options for full stacks:
#   build-fuzz/bin/fuzz/fuzz_UNIT build-fuzz/fuzz-artifacts/UNIT/crash-...
#
# TARGET is a unit name (pythonrepr, schemaengine, ...); default: all of them.
# Configures and builds the `fuzz` preset (clang, build-fuzz) first unless
# FUZZ_NO_BUILD=1. Seeds in tests/fuzz/corpus/<unit> are only read: what the
# fuzzer finds goes to build-fuzz/fuzz-work/<unit>, crashes, hangs (over
# FUZZ_TIMEOUT s per input) and leaks to build-fuzz/fuzz-artifacts/<unit>/.
# Prints one line per target (executions, exec/s, coverage, seconds) and
# exits 1 when any target failed. FUZZ_JOBS (default nproc) targets at a time. The fuzzers run under `nice -n FUZZ_NICE`
# (10): a long run shares the machine with builds.
set -uo pipefail
cd "$(dirname "$0")/../.."

mode=${1:-short}
shift || true
case "$mode" in
  short|long) ;;
  *) echo "usage: $0 short|long [TARGET...]" >&2; exit 2 ;;
esac

ALL_TARGETS=(jsonlparser pythonrepr templateimporter notesvalidator schemaengine streamjsonparser jsonlocator)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${ALL_TARGETS[@]}")

build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-20}
runs=${FUZZ_RUNS:-10000000}
timeout=${FUZZ_TIMEOUT:-10}

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    nice -n 10 cmake --preset fuzz >/dev/null || exit 2
  fi
  nice -n 10 cmake --build "$build_dir" --target fuzzers || exit 2
fi

# Leaks fail a target like crashes do; UBSan findings abort (the build uses
# -fno-sanitize-recover=undefined) and print where.
if [ "$mode" = long ]; then
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:malloc_context_size=0:quarantine_size_mb=16}
else
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
fi
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# FUZZ_JOBS targets run at once (default: one per core, so the short CI run
# takes ceil(7/2) x 20 s instead of 7 x 20 s on 2 cores; each target keeps
# its own time, seed and corpus). A line per target as each one ends; the
# result lines are then sorted into the targets' order.
jobs=${FUZZ_JOBS:-$(nproc)}
results_dir=$(mktemp -d)
trap 'rm -rf "$results_dir"' EXIT

run_target() {
  local unit=$1
  local binary="$build_dir/bin/fuzz/fuzz_$unit"
  local seeds="tests/fuzz/corpus/$unit"
  local work="$build_dir/fuzz-work/$unit"
  local artifacts="$build_dir/fuzz-artifacts/$unit"
  local log="$build_dir/fuzz-logs/$unit-$mode.log"
  local out="$results_dir/$unit"
  if [ ! -x "$binary" ] || [ ! -d "$seeds" ]; then
    echo "$unit: no $binary or no $seeds" >&2
    printf '%-18s %12s %9s %8s %9s  %s\n' "$unit" ? ? ? ? "FAILED: not built" >"$out"
    echo failed >"$out.failed"
    return
  fi
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  local limit
  if [ "$mode" = short ]; then
    limit=(-max_total_time="$seconds" -seed=1) # a fixed seed: CI runs the same inputs each time
  else
    limit=(-runs="$runs" -max_len="${FUZZ_MAX_LEN:-2048}")
  fi
  local start rc elapsed execs rate cov result
  start=$(date +%s%N)
  nice -n "${FUZZ_NICE:-10}" "$binary" "${limit[@]}" -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" "$seeds" >"$log" 2>&1
  rc=$?
  elapsed=$(( ($(date +%s%N) - start) / 1000000000 ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  if [ $rc -eq 0 ]; then
    result=ok
  elif [ $rc -eq 72 ]; then
    result="interrupted (Ctrl+C): no failure found so far"  # libFuzzer's -interrupted_exitcode
  else
    result="FAILED (exit $rc): $(grep -m1 -E 'ERROR: |runtime error|SUMMARY' "$log" | cut -c1-120); log $log"
    echo failed >"$out.failed"
  fi
  printf '%-18s %12s %9s %8s %9s  %s\n' "$unit" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$elapsed" "$result" >"$out"
}

printf '%-18s %12s %9s %8s %9s  %s\n' target executions exec/s cov seconds result
for unit in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run_target "$unit" &
done
wait
failed=()
for unit in "${targets[@]}"; do
  cat "$results_dir/$unit" 2>/dev/null || printf '%-18s  FAILED: no result\n' "$unit"
  if [ -f "$results_dir/$unit.failed" ] || [ ! -f "$results_dir/$unit" ]; then failed+=("$unit"); fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "failed: ${failed[*]} (reproducers in $build_dir/fuzz-artifacts/)" >&2
  exit 1
fi
