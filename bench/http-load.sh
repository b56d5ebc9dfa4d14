#!/usr/bin/env bash
# HTTP load benchmark: routes/uppercase.yaml (example 1 of the sync-responses guide) through the camel-benthos
# runtime versus the same route written by hand in Camel (io.camelbenthos.bench.HandWrittenUppercaseRoute), on the
# same Vert.x server setup, one after the other at 1, 16 and 64 connections. Prints requests/s, p99 latency, their
# ratio (runtime / hand-written; target >= 1.0) and the error count (must be 0). Loopback only.
#
# Usage: bench/http-load.sh            (DURATION=5 seconds per run, WARMUP=5 seconds per server by default)
# Not part of the test suite.
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION="${DURATION:-5}"
WARMUP="${WARMUP:-5}"
CONNECTIONS="${CONNECTIONS:-1 16 64}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx512m}"
HOST=127.0.0.1
WORK="$(mktemp -d /tmp/camel-benthos-bench.XXXXXX)"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk (Debian package)"
  apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi

jar() { ls target/camel-benthos-*-runner.jar 2>/dev/null | head -n 1; }
newest_source() { find src/main pom.xml -type f -newer "$1" 2>/dev/null | head -n 1; }
JAR="$(jar)"
if [[ -z "$JAR" || -n "$(newest_source "$JAR")" ]]; then
  echo "building the runnable jar"
  mvn -o -q package -DskipTests
  JAR="$(jar)"
fi
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
TEST_CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Waits until POST /post answers 'FOO BAR' (the JVM and the routes are up).
await_ready() {
  local url="$1" pid="$2"
  for _ in $(seq 1 300); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "server for $url exited; its log:" >&2; cat "$WORK"/*.log >&2; exit 1
    fi
    if [[ "$(curl -s -m 2 -H 'Content-Type: text/plain' -d 'foo bar' "$url" 2>/dev/null || true)" == "FOO BAR" ]]; then
      return 0
    fi
    sleep 0.2
  done
  echo "server for $url did not become ready" >&2; exit 1
}

RUNTIME_PORT="$(free_port)"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" run --set "http.address=$HOST:$RUNTIME_PORT" routes/uppercase.yaml \
  >"$WORK/runtime.log" 2>&1 &
PIDS+=($!)
await_ready "http://$HOST:$RUNTIME_PORT/post" "${PIDS[-1]}"

BASELINE_PORT="$(free_port)"
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$TEST_CP" io.camelbenthos.bench.HandWrittenUppercaseRoute "$HOST" "$BASELINE_PORT" \
  >"$WORK/hand-written.log" 2>&1 &
PIDS+=($!)
await_ready "http://$HOST:$BASELINE_PORT/post" "${PIDS[-1]}"

# One wrk run; prints "requests_per_second p99_ms errors".
load() {
  local port="$1" connections="$2" seconds="$3" threads=2 out
  (( connections < threads )) && threads="$connections"
  out="$(wrk -t "$threads" -c "$connections" -d "${seconds}s" --latency -s bench/post.lua "http://$HOST:$port/post")"
  echo "$out" | awk '
    /Requests\/sec:/ { rps = $2 }
    $1 == "99%" { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
                  p99 = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : (unit == "m") ? v * 60000 : v }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    /wrong_replies:/ { wrong = $2 }
    END { printf "%s %.3f %d\n", rps, p99, errors + wrong }'
}

echo "warming up both servers (${WARMUP}s each)"
load "$RUNTIME_PORT" 16 "$WARMUP" >/dev/null
load "$BASELINE_PORT" 16 "$WARMUP" >/dev/null

printf '\n%-12s %16s %12s %16s %12s %8s %8s\n' connections runtime_req/s p99_ms hand_req/s p99_ms ratio errors
TOTAL_ERRORS=0
for c in $CONNECTIONS; do
  read -r r_rps r_p99 r_err < <(load "$RUNTIME_PORT" "$c" "$DURATION")
  read -r h_rps h_p99 h_err < <(load "$BASELINE_PORT" "$c" "$DURATION")
  ratio="$(awk -v a="$r_rps" -v b="$h_rps" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')"
  errors=$((r_err + h_err))
  TOTAL_ERRORS=$((TOTAL_ERRORS + errors))
  printf '%-12s %16.0f %12.2f %16.0f %12.2f %8s %8d\n' "$c" "$r_rps" "$r_p99" "$h_rps" "$h_p99" "$ratio" "$errors"
done
echo
echo "ratio = runtime req/s / hand-written req/s (target >= 1.0); errors = socket errors + non-2xx + wrong bodies"
if (( TOTAL_ERRORS > 0 )); then
  echo "FAIL: $TOTAL_ERRORS errors" >&2
  exit 1
fi
