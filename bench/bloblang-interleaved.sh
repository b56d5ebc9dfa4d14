#!/usr/bin/env bash
# The Bloblang/baseline ratios of bench/bloblang-jmh.sh, measured for a busy shared machine: the two sides alternate
# in short slices timed by thread CPU time, and the median ratio over the rounds is printed (see InterleavedRatio).
# Usage: bench/bloblang-interleaved.sh [rounds] [scenario | m:method ...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
CP_FILE=target/bench-classpath.txt
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
ROUNDS=${1:-15}
shift || true
if [ $# -eq 0 ]; then
  set -- field_copy object_rebuild map_each_100 string_format m:parse_json m:format_json m:string m:uppercase \
    m:replace_all m:split m:map_each m:filter m:ts_parse m:hash
fi
java -Xmx1g -cp "$CP" io.camelbenthos.bloblang.jmh.InterleavedRatio "$ROUNDS" "$@"
