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
java -cp "$CP" org.openjdk.jmh.Main 'io.camelbenthos.bloblang.jmh.BloblangBenchmark' \
  -f 1 -wi 2 -w 2s -i 3 -r 3s -rf csv -rff "$RESULT" "$@"
echo
echo "scenario            bloblang ops/s      jackson-jq ops/s    ratio (bloblang/jq)"
awk -F, 'NR > 1 {
  gsub(/"/, "", $1); gsub(/"/, "", $8);
  split($1, parts, "."); bench = parts[length(parts)];
  score[$8 "," bench] = $5; scen[$8] = 1
}
END {
  for (s in scen) {
    b = score[s ",bloblang"]; j = score[s ",jacksonJq"];
    printf "%-18s %16.0f %20.0f %14.2f\n", s, b, j, (j > 0 ? b / j : 0)
  }
}' "$RESULT" | sort
