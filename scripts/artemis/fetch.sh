#!/usr/bin/env bash
# Fetches Apache ActiveMQ Artemis's binary distribution (org.apache.activemq:apache-artemis:<version>:bin,
# a tar.gz on Maven Central) through Maven into .cache/artemis/apache-artemis-<version>, once: a stamp
# file records the version unpacked, so later runs are instant. Needs java and mvn (Debian:
# openjdk-17-jdk-headless, maven). Keep the version in step with ARTEMIS_VERSION in
# lib/testing/artemis-broker.ts.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="2.40.0"
dest="$root/.cache/artemis"
home="$dest/apache-artemis-$version"
stamp="$home/.fetched"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$version" ] && [ -x "$home/bin/artemis" ]; then
  echo "Artemis $version already in .cache/artemis"
  exit 0
fi
for tool in java mvn tar; do
  command -v "$tool" >/dev/null 2>&1 || { echo "artemis/fetch.sh: $tool is not installed" >&2; exit 1; }
done
rm -rf "$dest/partial" "$home"
mkdir -p "$dest/partial"
# Into a partial folder first, so an interrupted fetch never looks complete.
mvn -B -q -Dstyle.color=never dependency:copy \
  -Dartifact="org.apache.activemq:apache-artemis:$version:tar.gz:bin" \
  -DoutputDirectory="$dest/partial"
tar -xzf "$dest/partial/apache-artemis-$version-bin.tar.gz" -C "$dest/partial"
mv "$dest/partial/apache-artemis-$version" "$home"
rm -rf "$dest/partial"
echo "$version" > "$stamp"
echo "Unpacked Artemis $version into .cache/artemis"
