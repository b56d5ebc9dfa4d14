#!/usr/bin/env bash
# Integration test: the real Camel JBang CLI runs a Benthos config with camel-benthos as a --dep.
#
#   camel run uppercase.yaml --dep=io.camelbenthos:camel-benthos:<version>
#
# The packaged JBang launchers are not published where CI runs, but org.apache.camel:camel-jbang-core is, and it
# holds the whole `camel` command; .ci/jbang/CamelLauncher.java is the one-line launcher. Camel JBang resolves --dep
# from ~/.m2, so the project is installed first (JBANG_IT_SKIP_INSTALL=1 skips that when it is already installed).
set -euo pipefail
cd "$(dirname "$0")/.."

JBANG_VERSION=4.17.0
work=target/jbang-it
mkdir -p "$work"
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)

if [[ "${JBANG_IT_SKIP_INSTALL:-0}" != 1 ]]; then
  mvn -o -q -DskipTests install
fi

# Resolve the Camel JBang CLI once (online the first time, then from ~/.m2).
if [[ ! -s "$work/cp.txt" ]]; then
  cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>jbang-it</groupId><artifactId>camel-cli</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.camel</groupId><artifactId>camel-jbang-core</artifactId><version>$JBANG_VERSION</version></dependency>
  </dependencies>
</project>
POM
  (cd "$work" && (mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null 2>&1 \
     || mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt))
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
benthos_port=$(free_port)
camel_port=$(free_port)

# The route as shipped, moved onto a free port: the shared Benthos HTTP server listens on http.address.
run_dir="$work/run"
rm -rf "$run_dir" && mkdir -p "$run_dir"
{ printf 'http:\n  address: 127.0.0.1:%s\n' "$benthos_port"; grep -v '^http:' routes/uppercase.yaml; } > "$run_dir/uppercase.yaml"

log="$work/camel-run.log"
log_file=$(realpath "$log")
cp_file=$(realpath "$work/cp.txt")
launcher=$(realpath .ci/jbang/CamelLauncher.java)
(cd "$run_dir" && exec java -cp "$(cat "$cp_file")" "$launcher" run uppercase.yaml \
   --dep="io.camelbenthos:camel-benthos:$version" --port="$camel_port" >"$log_file" 2>&1) &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

reply=""
for _ in $(seq 1 120); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "jbang-it: camel run exited early" >&2; sed 's/\x1b\[[0-9;]*m//g' "$log" | tail -60 >&2; exit 1
  fi
  reply=$(curl -s -X POST -H 'Content-Type: text/plain' --data-binary 'foo bar' "http://127.0.0.1:$benthos_port/post" || true)
  [[ -n "$reply" ]] && break
  sleep 1
done

if [[ "$reply" != "FOO BAR" ]]; then
  echo "jbang-it: expected 'FOO BAR', got '$reply'" >&2; sed 's/\x1b\[[0-9;]*m//g' "$log" | tail -60 >&2; exit 1
fi
echo "jbang-it: OK camel run (Camel JBang $JBANG_VERSION) served uppercase.yaml with camel-benthos $version"
