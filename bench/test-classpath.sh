#!/usr/bin/env bash
# Compiles the test classes and prints the classpath the benchmarks run with (test classes, classes, test scope).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q test-compile >&2
CP_FILE=target/bench-classpath.txt
mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
echo "target/test-classes:target/classes:$(cat "$CP_FILE")"
