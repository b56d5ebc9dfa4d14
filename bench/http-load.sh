#!/usr/bin/env bash
# HTTP load benchmark: routes/uppercase.yaml (example 1 of the sync-responses guide) through the camel-benthos
# runtime, the same route written by hand in Camel (io.camelbenthos.bench.HandWrittenUppercaseRoute, on Camel's
# Vert.x platform-http server) and the same service as a plain Vert.x application (io.camelbenthos.bench.
# RawVertxUppercase: the physical limit of the HTTP stack both run on), at 1, 16 and 64 connections.
#
# Measured so that the figures are what a user gets, not what JIT warm-up or a load generator fighting the server
# for a core decides: every server JVM is pinned to one core (SERVER_CPU) and wrk to another (LOAD_CPU); each JVM is
# warmed WARMUP seconds at 16 connections before any measured run; the three servers take turns (in a rotating order)
# at every level of every repetition, so a change in the machine's load hits all three alike. Prints, per level, the
# median requests/s and p99 latency of each server with the spread (min-max) of requests/s over the REPS repetitions,
# and the ratios runtime / hand-written and runtime / raw Vert.x (median and spread of the per-repetition ratios,
# each from runs measured next to each other). Exits 1 on any error (socket error, non-2xx, or a body that is not
# FOO BAR). Loopback only. Not part of the test suite.
#
# Usage: bench/http-load.sh
#   DURATION=5 (seconds per measured run)  WARMUP=15 (seconds per JVM)  REPS=3  CONNECTIONS="1 16 64"
#   SERVER_CPU=0  LOAD_CPU=1 (taskset CPU lists; empty = no pinning)  JAVA_OPTS="-Xms256m -Xmx512m"
#   SERVERS="runtime hand raw" (a subset to measure, e.g. while profiling; ratios need the runtime and the other;
#   "platform" adds routes/uppercase.yaml mounted on an embedding application's platform-http server, reported as
#   platform/runtime: SERVERS="runtime platform")
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION="${DURATION:-5}"
WARMUP="${WARMUP:-15}"
REPS="${REPS:-3}"
CONNECTIONS="${CONNECTIONS:-1 16 64}"
SERVERS="${SERVERS:-runtime hand raw}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx512m}"
if (( $(nproc) >= 2 )); then
  SERVER_CPU="${SERVER_CPU-0}"
  LOAD_CPU="${LOAD_CPU-1}"
else
  echo "one CPU only: no pinning (wrk and the servers share it)" >&2
  SERVER_CPU=""
  LOAD_CPU=""
fi
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

for tool in wrk taskset; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    package=wrk
    [[ "$tool" == taskset ]] && package=util-linux
    echo "installing $tool (Debian package $package)"
    apt-get install -y -qq "$package" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$package" >/dev/null; }
  fi
done

# Runs a command on the given CPU list (none: unpinned).
pinned() {
  local cpus="$1"
  shift
  if [[ -n "$cpus" ]]; then taskset -c "$cpus" "$@"; else "$@"; fi
}

# "|| true": on a clean tree there is no jar yet, and pipefail would end the script silently right here
jar() { ls target/camel-benthos-*-runner.jar 2>/dev/null | head -n 1 || true; }
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

declare -A PORT PID
# Starts one server JVM pinned to SERVER_CPU on a free port and waits for it: start NAME
start() {
  local name="$1" port
  port="$(free_port)"
  PORT[$name]="$port"
  local args
  case "$name" in
    runtime) args=(-jar "$JAR" run --set "http.address=$HOST:$port" routes/uppercase.yaml) ;;
    hand) args=(-cp "$TEST_CP" io.camelbenthos.bench.HandWrittenUppercaseRoute "$HOST" "$port") ;;
    raw) args=(-cp "$TEST_CP" io.camelbenthos.bench.RawVertxUppercase "$HOST" "$port") ;;
    platform) args=(-cp "$TEST_CP" io.camelbenthos.bench.PlatformHttpUppercase "$HOST" "$port") ;;
    *) echo "unknown server $name (runtime, hand, raw, platform)" >&2; exit 2 ;;
  esac
  # shellcheck disable=SC2206
  local cmd=(java $JAVA_OPTS "${args[@]}")
  [[ -n "$SERVER_CPU" ]] && cmd=(taskset -c "$SERVER_CPU" "${cmd[@]}") # taskset execs java: $! is the JVM
  "${cmd[@]}" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  PID[$name]=$!
  await_ready "http://$HOST:$port/post" "$!"
}

# CPU time (user + system, clock ticks) the process has used so far.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# One wrk run pinned to LOAD_CPU (one thread when pinned to one core) against server NAME; prints
# "requests_per_second p99_ms errors requests_per_server_cpu_second".
load() {
  local name="$1" connections="$2" seconds="$3" threads="${WRK_THREADS:-1}" out before after
  (( connections < threads )) && threads="$connections"
  before="$(cpu_ticks "${PID[$name]}")"
  out="$(pinned "$LOAD_CPU" wrk -t "$threads" -c "$connections" -d "${seconds}s" --latency -s bench/post.lua \
    "http://$HOST:${PORT[$name]}/post")"
  after="$(cpu_ticks "${PID[$name]}")"
  echo "$out" | awk -v ticks="$((after - before))" -v hz="$(getconf CLK_TCK)" '
    / requests in / { requests = $1 }
    /Requests\/sec:/ { rps = $2 }
    $1 == "99%" { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
                  p99 = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : (unit == "m") ? v * 60000 : v }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    /wrong_replies:/ { wrong = $2 }
    END { printf "%s %.3f %d %.0f\n", rps, p99, errors + wrong, (ticks > 0) ? requests * hz / ticks : 0 }'
}

read -ra NAMES <<<"$SERVERS"
echo "servers pinned to CPU ${SERVER_CPU:-any}, wrk to CPU ${LOAD_CPU:-any}; load at start:$(uptime | sed 's/.*load average://')"
for s in "${NAMES[@]}"; do
  start "$s"
  echo "warming up $s (${WARMUP}s at 16 connections)"
  load "$s" 16 "$WARMUP" >/dev/null
done

# Measured runs: the servers take turns at each level of each repetition, the first one rotating.
RESULTS="$WORK/results.txt"
for rep in $(seq 1 "$REPS"); do
  for c in $CONNECTIONS; do
    for i in "${!NAMES[@]}"; do
      s="${NAMES[$(( (i + rep - 1) % ${#NAMES[@]} ))]}"
      read -r rps p99 errors per_cpu < <(load "$s" "$c" "$DURATION")
      echo "$rep $c $s $rps $p99 $errors $per_cpu" >>"$RESULTS"
    done
  done
  echo "repetition $rep of $REPS done; load:$(uptime | sed 's/.*load average://')"
done

python3 - "$RESULTS" "$CONNECTIONS" "${NAMES[*]}" <<'PY'
import statistics, sys
path, levels, names = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
runs = {}
errors = 0
for line in open(path):
    rep, c, name, rps, p99, err, per_cpu = line.split()
    runs.setdefault((c, name), {})[int(rep)] = {"rps": float(rps), "p99": float(p99), "cpu": float(per_cpu)}
    errors += int(err)
label = {"runtime": "runtime", "hand": "hand-written", "raw": "raw Vert.x", "platform": "platform-http"}
others = [n for n in ("hand", "raw") if n in names and "runtime" in names]
# the runtime's http_server mounted on an application's platform-http server, against the runtime's own server
embedded = ["platform"] if "platform" in names and "runtime" in names else []

def spread(values, fmt):
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"

def table(title, key, with_p99):
    print(f"\n{title}")
    header = f"{'connections':<12}"
    for n in names:
        header += f"{label[n] + ' (min-max)':>26}" + (f"{'p99 ms':>9}" if with_p99 else "")
    header += "".join(f"{'runtime/' + n + ' (min-max)':>26}" for n in others)
    header += "".join(f"{n + '/runtime (min-max)':>27}" for n in embedded)
    print(header)
    for c in levels:
        row = f"{c:<12}"
        for n in names:
            reps = runs[(c, n)].values()
            row += f"{spread([r[key] for r in reps], '{:.0f}'):>26}"
            if with_p99:
                row += f"{statistics.median(r['p99'] for r in reps):>9.2f}"
        for n in others:
            mine, theirs = runs[(c, "runtime")], runs[(c, n)]
            row += f"{spread([mine[rep][key] / theirs[rep][key] for rep in mine], '{:.2f}'):>26}"
        for n in embedded:
            mine, theirs = runs[(c, n)], runs[(c, "runtime")]
            row += f"{spread([mine[rep][key] / theirs[rep][key] for rep in mine], '{:.2f}'):>27}"
        print(row)

table("requests/s (median of the repetitions, min-max), p99 latency (median)", "rps", True)
table("requests per CPU-second of the server JVM (its efficiency; less sensitive to other load on the machine)",
      "cpu", False)
print("\nratios: per repetition, from runs measured next to each other; then their median (min-max)")
print(f"errors (socket errors + non-2xx + wrong bodies): {errors}")
for line in open(path):
    rep, c, name, _, _, err, _ = line.split()
    if int(err):
        print(f"  {label[name]}, {c} connections, repetition {rep}: {err}")
sys.exit(1 if errors else 0)
PY
