#!/usr/bin/env bash
# Integration test of the runnable jar as built (target/*-runner.jar) and of bin/camel-benthos. The test suite runs
# on Maven's classpath; the runner jar leaves out what no feature uses (pom.xml, shade filters: other platforms'
# native codecs, Bouncy Castle's JCA provider, the Kafka tools' libraries), so the features that touch those parts
# run here from the jar itself: every compression codec, bcrypt and Argon2, parse_parquet, scrypt basic auth and the
# README's main command with the in-process Kafka broker, and the SQL example on sqlite. Run after `mvn package`
# (RUNNER_IT_BUILD=1 does it).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${RUNNER_IT_BUILD:-0}" == 1 ]]; then
  mvn -o -q -DskipTests package
fi
jar=$(ls target/camel-benthos-*-runner.jar | head -n 1)
work=target/runner-jar-it
rm -rf "$work" && mkdir -p "$work"
pid=""
trap '[[ -n "$pid" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }' EXIT

fail() { echo "runner-jar-it: FAIL: $*" >&2; exit 1; }
expect() { # name, expected, actual
  [[ "$3" == "$2" ]] || fail "$1: expected '$2', got '$3'"
  echo "runner-jar-it: ok $1"
}
blobl() { printf '%s\n' "$1" | java -jar "$jar" blobl -r "$2"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

expect "compression codecs" \
  "hello:gzip,hello:pgzip,hello:flate,hello:zlib,hello:snappy,hello:lz4,hello:zstd" \
  "$(blobl hello 'root = ["gzip","pgzip","flate","zlib","snappy","lz4","zstd"].map_each(c -> content().compress(c).decompress(c).string() + ":" + c).join(",")')"
# jBCrypt's test vector for "abc"; the Argon2id hash was made with Bouncy Castle's own jar.
expect "compare_bcrypt" true \
  "$(blobl abc 'root = content().string().compare_bcrypt("$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i")')"
expect "compare_argon2" true \
  "$(blobl there-are-many-blobs-in-the-sea 'root = content().string().compare_argon2("$argon2id$v=19$m=4096,t=3,p=1$Y2FtZWwtYmVudGhvcy1zYWx0$FJ7LZv+zdZoSe2846Sae0bfkdf7CpUCZ93Sl6x3tU8Y")')"
for codec in gzip snappy zstd lz4-raw; do
  expect "parse_parquet ($codec)" '[{"a":0,"s":"x0"},{"a":1,"s":null},{"a":2,"s":"x2"}]' \
    "$(blobl x "root = file(\"src/test/resources/parquet/hadoop-codec-$codec.parquet\").parse_parquet()")"
done

# The README's main command through the launcher, moved onto free ports, behind scrypt basic auth (Benthos's
# parameters; the hash is Python's hashlib.scrypt("secret", salt "pepper-salt", n=32768, r=8, p=1, dklen=32)).
port=$(free_port)
kafka_port=$(free_port)
{ cat <<YAML
http:
  address: 127.0.0.1:$port
  basic_auth:
    enabled: true
    username: admin
    algorithm: scrypt
    password_hash: 3UKjQxA7SWdcXlhq9YpJOgra6PAQY2pqnLDa/oj1fR4=
    salt: cGVwcGVyLXNhbHQ=
YAML
  cat routes/fan_out_kafka.yaml; } >"$work/fan_out_kafka.yaml"
KAFKA_ADDRESSES="127.0.0.1:$kafka_port" CAMEL_BENTHOS_JAR="$jar" \
  bin/camel-benthos run --embedded-kafka "$work/fan_out_kafka.yaml" >"$work/run.log" 2>&1 &
pid=$!
reply=""
for _ in $(seq 1 300); do
  kill -0 "$pid" 2>/dev/null || { cat "$work/run.log" >&2; fail "the launcher exited early"; }
  reply=$(curl -s -m 5 -u admin:secret -d 'foo bar' "http://127.0.0.1:$port/post" || true)
  [[ "$reply" == "FOO BAR" ]] && break
  sleep 0.5
done
[[ "$reply" == "FOO BAR" ]] || { cat "$work/run.log" >&2; fail "fan_out_kafka.yaml: expected 'FOO BAR', got '$reply'"; }
echo "runner-jar-it: ok run --embedded-kafka routes/fan_out_kafka.yaml with scrypt basic auth"
expect "basic auth refuses a wrong password" 401 \
  "$(curl -s -o /dev/null -w '%{http_code}' -u admin:wrong -d 'foo bar' "http://127.0.0.1:$port/post")"
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
pid=""

# The SQL example from the jar: JDBC drivers found through the merged java.sql.Driver services file, sqlite-jdbc's
# native library for this platform kept by the shade filter.
port=$(free_port)
{ printf 'http:\n  address: 127.0.0.1:%s\n' "$port"; cat routes/sql_people.yaml; } >"$work/sql_people.yaml"
SQL_DSN="$work/people.db" CAMEL_BENTHOS_JAR="$jar" bin/camel-benthos run "$work/sql_people.yaml" >"$work/sql.log" 2>&1 &
pid=$!
reply=""
for _ in $(seq 1 120); do
  kill -0 "$pid" 2>/dev/null || { cat "$work/sql.log" >&2; fail "the launcher exited early (sql_people.yaml)"; }
  reply=$(curl -s -m 5 -d '{"id":1,"name":"foo"}' "http://127.0.0.1:$port/post" || true)
  [[ -n "$reply" ]] && break
  sleep 0.5
done
expect "routes/sql_people.yaml (sqlite)" '{"id":1,"name":"foo","seen_before":0}' "$reply"
echo "runner-jar-it: OK"
