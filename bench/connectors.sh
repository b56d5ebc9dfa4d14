#!/usr/bin/env bash
# Connector benchmarks: records/s of a Benthos config through the camel-benthos runtime against the same pipeline
# written by hand in Camel, both measured in the same JVM in the same run, taking turns (first side alternating), the
# first round of each side a warm-up left out of the figures:
#   kafka    kafka -> bloblang mapping -> kafka on the in-process broker, versus a camel-kafka route with a
#            Jackson processor (io.camelbenthos.bench.KafkaPipelineBench)
#   amqp     amqp_0_9 -> upper-casing mapping -> amqp_0_9 on the local RabbitMQ, versus a hand-written Camel route on
#            the project's amqp09 component (io.camelbenthos.bench.AmqpPipelineBench)
# Before timing, each benchmark runs both sides on a small input and checks that their outputs are the same. Prints
# records/s per side (median, min-max) and the ratio runtime / hand-written per round (median, min-max). Logs go to
# a temporary file (shown on failure). Not part of the test suite.
#
# Usage: bench/connectors.sh [kafka] [amqp]      (default: both)
#   KAFKA_RECORDS=100000  AMQP_RECORDS=30000  ROUNDS=4  PARTITIONS=4  JAVA_OPTS="-Xms256m -Xmx1g"
#   RABBITMQ_URL (default amqp://guest:guest@127.0.0.1:5672/)
set -euo pipefail

cd "$(dirname "$0")/.."
KAFKA_RECORDS="${KAFKA_RECORDS:-100000}"
AMQP_RECORDS="${AMQP_RECORDS:-30000}"
ROUNDS="${ROUNDS:-4}"
PARTITIONS="${PARTITIONS:-4}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g}"
BENCHES=("$@")
(( ${#BENCHES[@]} )) || BENCHES=(kafka amqp)
WORK="$(mktemp -d /tmp/camel-benthos-connectors.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"

echo "$(nproc) CPUs; load at start:$(uptime | sed 's/.*load average://')"
for bench in "${BENCHES[@]}"; do
  case "$bench" in
    kafka) args=(io.camelbenthos.bench.KafkaPipelineBench "$KAFKA_RECORDS" "$ROUNDS" "$PARTITIONS") ;;
    amqp) args=(io.camelbenthos.bench.AmqpPipelineBench "$AMQP_RECORDS" "$ROUNDS") ;;
    *) echo "unknown benchmark $bench (kafka, amqp)" >&2; exit 2 ;;
  esac
  # shellcheck disable=SC2086
  if ! java $JAVA_OPTS -cp "$CP" "${args[@]}" 2>"$WORK/$bench.log"; then
    echo "$bench benchmark failed; the end of its log:" >&2
    tail -n 40 "$WORK/$bench.log" >&2
    exit 1
  fi
  echo "load after $bench:$(uptime | sed 's/.*load average://')"
done
