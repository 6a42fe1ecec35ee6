#!/usr/bin/env bash
# Fetches Apache Kafka's jars (the version in pom.xml) from Maven Central into .cache/kafka/libs,
# once, and again when pom.xml changes (scripts/lib/maven-fetch.sh). Needs java and mvn (Debian:
# openjdk-17-jdk-headless, maven).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/maven-fetch.sh"
maven_fetch_pom "Kafka jars" "$here/pom.xml" kafka/libs
