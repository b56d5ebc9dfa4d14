#!/usr/bin/env bash
# Checks what an application embedding camel-benthos inherits: a tiny consumer POM depends on the installed jar and
# its resolved dependency list must not contain the CLI-only artifacts (Kafka broker, picocli, the CLI's logging
# backend), which the project declares <optional>. Run after `mvn install` (EMBEDDING_DEPS_INSTALL=1 does it).
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
if [[ "${EMBEDDING_DEPS_INSTALL:-0}" == 1 ]]; then
  mvn -o -q -DskipTests install
fi

work=target/embedding-deps
mkdir -p "$work"
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>embedding-check</groupId><artifactId>consumer</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>io.camelbenthos</groupId><artifactId>camel-benthos</artifactId><version>$version</version></dependency>
  </dependencies>
</project>
POM

(cd "$work" && mvn -q dependency:list -DoutputFile=deps.txt -DexcludeTransitive=false >/dev/null)
echo "embedding-deps: camel-benthos $version brings $(grep -c ':compile\|:runtime' "$work/deps.txt") artifacts"

forbidden='org\.apache\.kafka:kafka_2\.13|org\.apache\.kafka:kafka-server|info\.picocli:picocli|org\.slf4j:slf4j-simple|org\.scala-lang'
if grep -E "$forbidden" "$work/deps.txt"; then
  echo "embedding-deps: FAIL, CLI-only artifacts leak into embedding applications (above)" >&2
  exit 1
fi
echo "embedding-deps: OK, no Kafka broker, picocli or slf4j-simple"
