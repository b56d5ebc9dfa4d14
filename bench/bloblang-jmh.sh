#!/usr/bin/env bash
# Builds the test classes and runs the Bloblang vs jackson-jq JMH benchmark briefly, then prints the
# Bloblang/jq throughput ratio per scenario. Extra arguments go to JMH (e.g. -p scenario=field_copy).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
CP_FILE=target/bench-classpath.txt
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
RESULT=target/bloblang-jmh.csv
java -cp "$CP" org.openjdk.jmh.Main 'io.camelbenthos.bloblang.jmh.Bloblang.*Benchmark' \
  -f 1 -wi 2 -w 2s -i 3 -r 3s -rf csv -rff "$RESULT" "$@"
echo
# Ratio = Bloblang / baseline in the same run: jackson-jq for the language scenarios (BloblangBenchmark), hand-written
# Java with Jackson for the ten most used methods (BloblangMethodsBenchmark).
echo "scenario            bloblang ops/s        baseline ops/s    ratio (bloblang/baseline)"
awk -F, 'NR > 1 {
  gsub(/"/, "", $1); gsub(/"/, "", $8); gsub(/"/, "", $9);
  n = split($1, parts, "."); bench = parts[n]; cls = parts[n - 1];
  # one Param column per benchmark class (method, scenario); a row fills only its own
  key = cls "/" ($8 != "" ? $8 : $9);
  if (bench == "bloblang") b[key] = $5; else j[key] = $5;
  seen[key] = 1
}
END {
  for (k in seen) {
    printf "%-32s %16.0f %20.0f %10.2f\n", k, b[k], j[k], (j[k] > 0 ? b[k] / j[k] : 0)
  }
}' "$RESULT" | sort
