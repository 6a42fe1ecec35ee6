#!/usr/bin/env bash
# Fetches Apache ActiveMQ Artemis's binary distribution (org.apache.activemq:apache-artemis:<version>:bin,
# a tar.gz on Maven Central) through Maven and unpacks it into .cache/artemis/apache-artemis-<version>,
# once (scripts/lib/maven-fetch.sh). Needs java, mvn and tar (Debian: openjdk-17-jdk-headless, maven).
# Keep the version in step with ARTEMIS_VERSION in lib/testing/artemis-broker.ts.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/maven-fetch.sh"
version="2.40.0"

# unpack_artemis FOLDER: the distribution's top folder (apache-artemis-<version>/) becomes FOLDER.
unpack_artemis() {
  local folder="$1"
  maven_fetch_require tar
  maven_fetch_mvn dependency:copy -Dartifact="org.apache.activemq:apache-artemis:$version:tar.gz:bin" \
    -DoutputDirectory="$folder"
  local archive="$folder/apache-artemis-$version-bin.tar.gz"
  tar -xzf "$archive" -C "$folder" --strip-components=1
  rm "$archive"
}

maven_fetch "Artemis $version" "artemis/apache-artemis-$version" "$version" unpack_artemis
