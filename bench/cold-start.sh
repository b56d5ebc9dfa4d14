#!/usr/bin/env bash
# Cold start: the time from starting the process to the first correct reply of routes/uppercase.yaml
# (POST /post 'foo bar' answered 'FOO BAR'), RUNS times per mode, with the median and the spread (min-max). Also the
# CPU time (user + system, all threads) the process had used by then: on a busy machine it moves less than the wall
# time, so it tells whether a change helps when the wall times are noisy.
#
# Modes (each run is a new JVM; the modes alternate run by run so that the machine's load hits them alike):
#   launcher  bin/camel-benthos run …            (class-data archive and JVM settings of the launcher)
#   java-jar  java -jar target/…-runner.jar run …  (a bare JVM)
#
# Usage: bench/cold-start.sh [mode…]     (default: launcher java-jar)
#   RUNS=9 JAR=target/…-runner.jar (e.g. an older build to compare); JAVA_OPTS is passed to both modes.
# The launcher creates its class-data archive on its first run if the build did not; that run is not counted.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${RUNS:-9}"
MODES=("$@")
(( ${#MODES[@]} )) || MODES=(launcher java-jar)
HOST=127.0.0.1
JAVA_OPTS="${JAVA_OPTS:-}"
WORK="$(mktemp -d /tmp/camel-benthos-cold-start.XXXXXX)"
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

JAR="${JAR:-$(ls target/camel-benthos-*-runner.jar 2>/dev/null | head -n 1 || true)}"
[[ -n "$JAR" ]] || { echo "no runnable jar: mvn -B -q package -DskipTests" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# utime + stime of the process, in ms (fields 14 and 15 of /proc/PID/stat, in clock ticks).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }

start_server() {
  local mode="$1" port="$2" args
  args=(run --set "http.address=$HOST:$port" routes/uppercase.yaml)
  case "$mode" in
    launcher) CAMEL_BENTHOS_JAR="$JAR" exec bin/camel-benthos "${args[@]}" ;;
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    java-jar) exec java $JAVA_OPTS -jar "$JAR" "${args[@]}" ;;
    *) echo "unknown mode $mode" >&2; exit 1 ;;
  esac >"$WORK/server.log" 2>&1 &
  PID=$! # the JVM itself: every branch execs
}

# One start; sets WALL_MS and CPU_MS.
measure() {
  local mode="$1" port url start
  port="$(free_port)"
  url="http://$HOST:$port/post"
  start="$(now_ms)"
  start_server "$mode" "$port"
  until [[ "$(curl -s -m 1 -H 'Content-Type: text/plain' -d 'foo bar' "$url" 2>/dev/null || true)" == "FOO BAR" ]]; do
    kill -0 "$PID" 2>/dev/null || { echo "the server exited; its log:" >&2; cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.01
  done
  WALL_MS=$(( $(now_ms) - start ))
  CPU_MS="$(cpu_ms "$PID")"
  stop_server
}

# "median min max" of the numbers given.
stats() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%d %d %d\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[1], v[NR] }'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); jar: $JAR; $RUNS runs per mode"
for mode in "${MODES[@]}"; do
  if [[ "$mode" == launcher ]]; then
    measure launcher # creates the class-data archive if the build did not
  fi
done
declare -A WALLS CPUS
for run in $(seq 1 "$RUNS"); do
  line="run $run:"
  for mode in "${MODES[@]}"; do
    measure "$mode"
    WALLS[$mode]+="$WALL_MS "
    CPUS[$mode]+="$CPU_MS "
    line+="  $mode ${WALL_MS} ms (cpu ${CPU_MS} ms)"
  done
  echo "$line"
done
printf '\n%-10s %12s %16s %12s %16s\n' mode wall_median wall_min-max cpu_median cpu_min-max
for mode in "${MODES[@]}"; do
  # shellcheck disable=SC2086 # the lists are words
  read -r wm wlo whi < <(stats ${WALLS[$mode]})
  # shellcheck disable=SC2086
  read -r cm clo chi < <(stats ${CPUS[$mode]})
  printf '%-10s %9d ms %16s %9d ms %16s\n' "$mode" "$wm" "$wlo-$whi ms" "$cm" "$clo-$chi ms"
done
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
