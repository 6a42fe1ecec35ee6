#!/usr/bin/env bash
# Fetches Apache Pulsar's Java admin client and pulsar-common (the version in pom.xml) from Maven
# Central into .cache/pulsar/libs, once, and again when pom.xml changes (scripts/lib/maven-fetch.sh).
# Used by scripts/pulsar/PolicyCheck.java. Needs java and mvn (Debian: openjdk-17-jdk-headless, maven).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/maven-fetch.sh"
maven_fetch_pom "Pulsar admin jars" "$here/pom.xml" pulsar/libs
