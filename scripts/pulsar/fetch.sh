#!/usr/bin/env bash
# Fetches Apache Pulsar's Java admin client and pulsar-common (the version in pom.xml) from Maven Central into
# .cache/pulsar/libs, once: a stamp file records what was fetched, so later runs
# are instant. Used by scripts/pulsar/PolicyCheck.java. Needs java and mvn (Debian: openjdk-17-jre-headless, maven).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dest="$root/.cache/pulsar"
stamp="$dest/libs/.fetched"
want="$(sha256sum "$here/pom.xml" | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "Pulsar admin jars already in .cache/pulsar/libs"
  exit 0
fi
for tool in java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "fetch.sh: $tool is not installed" >&2; exit 1; }
done
rm -rf "$dest/libs.partial"
mkdir -p "$dest"
# Into a partial folder first, so an interrupted fetch never looks complete.
mvn -B -q -Dstyle.color=never -f "$here/pom.xml" dependency:copy-dependencies \
  -DoutputDirectory="$dest/libs.partial" -DincludeScope=runtime
rm -rf "$dest/libs"
mv "$dest/libs.partial" "$dest/libs"
echo "$want" > "$stamp"
echo "Fetched $(ls "$dest/libs" | wc -l) Pulsar admin jars into .cache/pulsar/libs"
