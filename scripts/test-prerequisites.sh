#!/usr/bin/env bash
# What `npm test` needs beyond npm's packages, set up when missing: Debian packages (Chromium for the
# end-to-end tests, RabbitMQ and NATS servers, a JDK and Maven for Kafka, curl and unzip for Go),
# Apache Kafka's jars, ActiveMQ Artemis's binary distribution and Pulsar's admin client from Maven Central
# (scripts/kafka/fetch.sh, scripts/artemis/fetch.sh, scripts/pulsar/fetch.sh), moto's AWS emulator from PyPI
# (scripts/moto/fetch.sh) and Go 1.24+ (scripts/fetch-go.sh).
# Installing Debian packages needs root: without it, the one command to run is printed instead.
# Prints the folder holding Go, for PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}${PLAYWRIGHT_BROWSERS:-}" ] || missing+=(chromium)
command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v nats-server >/dev/null 2>&1 || missing+=(nats-server)
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
# moto (the SQS/SNS emulator) is installed from PyPI into a virtual environment (scripts/moto/fetch.sh).
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "npm test needs Debian packages that are missing; run this once, then npm test again:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing ${missing[*]} from Debian" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -d ../shared ]; then
  echo "warning: ../shared (corpus and schemas) is absent: the tests that need it will fail and say so" >&2
fi

bash scripts/kafka/fetch.sh >&2
bash scripts/artemis/fetch.sh >&2
bash scripts/pulsar/fetch.sh >&2
bash scripts/moto/fetch.sh >&2
go_bin="$(bash scripts/fetch-go.sh)"
# The Go checker (lib/testing/go-check.ts) is built once here, before the tests run in parallel.
(cd scripts/go-check && mkdir -p ../../.cache/go-check && GOTOOLCHAIN=local GOFLAGS=-mod=mod "$go_bin/go" build -o ../../.cache/go-check/go-check . >&2)
echo "$go_bin"
