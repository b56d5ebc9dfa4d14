#!/usr/bin/env bash
# Memory footprint under load: starts a config, puts DURATION seconds of wrk load at CONNECTIONS connections on
# POST /post 'foo bar' (bench/post.lua checks every reply is 'FOO BAR'), samples the JVM's resident set (VmRSS in
# /proc/PID/status) once a second, and prints the RSS at the end of the load, its peak, and the run's requests/s.
#
# Each mode starts the server its own way, one after the other on the same machine:
#   launcher  bin/camel-benthos …            (the launcher's JVM settings: the project's default)
#   java-jar  java -jar target/…-runner.jar …  (JVM ergonomics: what a bare `java -jar` gets)
# Each scenario is a command line of the README:
#   readme    run --embedded-kafka routes/fan_out_kafka.yaml  (the main job: HTTP in, Kafka plus a reply out)
#   uppercase run routes/uppercase.yaml                       (the config bench/http-load.sh uses)
#
# Usage: bench/footprint.sh [mode…]      (default: launcher java-jar)
#   DURATION=60 CONNECTIONS=64 SCENARIOS="readme uppercase" JAR=target/…-runner.jar (e.g. an older build to compare)
#   JAVA_OPTS is passed to both modes (empty by default). Loopback only; not part of the test suite.
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION="${DURATION:-60}"
CONNECTIONS="${CONNECTIONS:-64}"
SCENARIOS="${SCENARIOS:-readme uppercase}"
MODES=("$@")
(( ${#MODES[@]} )) || MODES=(launcher java-jar)
HOST=127.0.0.1
JAVA_OPTS="${JAVA_OPTS:-}"
WORK="$(mktemp -d /tmp/camel-benthos-footprint.XXXXXX)"
PID=""

cleanup() {
  stop_server
  rm -rf "$WORK"
}
trap cleanup EXIT

stop_server() {
  if [[ -n "$PID" ]]; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    PID=""
  fi
}

command -v wrk >/dev/null 2>&1 || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }
JAR="${JAR:-$(ls target/camel-benthos-*-runner.jar 2>/dev/null | head -n 1 || true)}"
[[ -n "$JAR" ]] || { echo "no runnable jar: mvn -B -q package -DskipTests" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }
hwm_mb() { awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

await_ready() {
  local url="$1"
  for _ in $(seq 1 600); do
    kill -0 "$PID" 2>/dev/null || { echo "the server exited; its log:" >&2; cat "$WORK/server.log" >&2; exit 1; }
    [[ "$(curl -s -m 2 -H 'Content-Type: text/plain' -d 'foo bar' "$url" 2>/dev/null || true)" == "FOO BAR" ]] && return 0
    sleep 0.2
  done
  echo "the server did not become ready" >&2; exit 1
}

# Starts one scenario in one mode; sets PID.
start_server() {
  local mode="$1" scenario="$2" port="$3" args=()
  case "$scenario" in
    readme) args=(run --embedded-kafka --set "http.address=$HOST:$port" routes/fan_out_kafka.yaml) ;;
    uppercase) args=(run --set "http.address=$HOST:$port" routes/uppercase.yaml) ;;
    *) echo "unknown scenario $scenario" >&2; exit 1 ;;
  esac
  case "$mode" in
    launcher) CAMEL_BENTHOS_JAR="$JAR" KAFKA_ADDRESSES="$HOST:$(free_port)" exec bin/camel-benthos "${args[@]}" ;;
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    java-jar) KAFKA_ADDRESSES="$HOST:$(free_port)" exec java $JAVA_OPTS -jar "$JAR" "${args[@]}" ;;
    *) echo "unknown mode $mode" >&2; exit 1 ;;
  esac >"$WORK/server.log" 2>&1 &
  PID=$! # the JVM itself: every branch execs
}

# One measured run; sets RSS (at the end of the load), PEAK, RPS and ERRORS.
measure() {
  local mode="$1" scenario="$2" port url peak=0 rss
  port="$(free_port)"
  url="http://$HOST:$port/post"
  start_server "$mode" "$scenario" "$port"
  await_ready "$url"
  wrk -t 2 -c "$CONNECTIONS" -d "${DURATION}s" -s bench/post.lua "$url" >"$WORK/wrk.out" 2>&1 &
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    rss="$(rss_mb "$PID")"
    (( rss > peak )) && peak="$rss"
    sleep 1
  done
  wait "$wrk_pid" || true
  rss="$(rss_mb "$PID")"
  (( rss > peak )) && peak="$rss"
  (( $(hwm_mb "$PID") > peak )) && peak="$(hwm_mb "$PID")"
  read -r RPS ERRORS < <(awk '
    /Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    /wrong_replies:/ { wrong = $2 }
    END { printf "%.0f %d\n", rps, errors + wrong }' "$WORK/wrk.out")
  stop_server
  RSS="$rss"
  PEAK="$peak"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jar: $JAR; ${DURATION}s of wrk at $CONNECTIONS connections per run"
printf '\n%-10s %-10s %12s %12s %12s %8s\n' mode scenario rss_end_MB rss_peak_MB req/s errors
TOTAL_ERRORS=0
for scenario in $SCENARIOS; do
  for mode in "${MODES[@]}"; do
    measure "$mode" "$scenario"
    TOTAL_ERRORS=$((TOTAL_ERRORS + ERRORS))
    printf '%-10s %-10s %12d %12d %12d %8d\n' "$mode" "$scenario" "$RSS" "$PEAK" "$RPS" "$ERRORS"
  done
done
echo
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
if (( TOTAL_ERRORS > 0 )); then
  echo "FAIL: $TOTAL_ERRORS errors (socket errors + non-2xx + wrong bodies)" >&2
  exit 1
fi
