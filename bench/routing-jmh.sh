#!/usr/bin/env bash
# Builds the test classes and runs the routing JMH benchmark briefly: branch + cache enrichment and switch routing per
# message through the runtime (a Benthos config translated to Camel routes) next to the same logic hand-written as a
# Camel route, in the same run; prints the runtime/hand-written throughput ratio per scenario. The benchmark's setup
# fails unless both sides give the same results (RoutingBenchmarkEquivalenceTest checks that in the suite).
# Extra arguments go to JMH (e.g. -p scenario=switch).
set -euo pipefail
cd "$(dirname "$0")/.."
CP=$(bench/test-classpath.sh)
RESULT=target/routing-jmh.csv
java -cp "$CP" org.openjdk.jmh.Main 'io.camelbenthos.bench.jmh.RoutingBenchmark' \
  -f 1 -wi 2 -w 1s -i 3 -r 1s -rf csv -rff "$RESULT" "$@"
echo
echo "scenario          runtime ops/s   hand-written ops/s    ratio (runtime/hand-written)"
awk -F, 'NR > 1 {
  gsub(/"/, "", $1); gsub(/"/, "", $8);
  n = split($1, parts, "."); bench = parts[n];
  if (bench == "runtime") r[$8] = $5; else h[$8] = $5;
  seen[$8] = 1
}
END {
  for (k in seen) {
    printf "%-16s %14.0f %20.0f %10.2f\n", k, r[k], h[k], (h[k] > 0 ? r[k] / h[k] : 0)
  }
}' "$RESULT" | sort
