# shellcheck shell=bash
# How the fetch scripts that take artifacts from Maven Central (scripts/kafka, scripts/pulsar,
# scripts/artemis) fill a folder of .cache once. Each of those scripts keeps its own facts (what it
# fetches, which version, into which folder); this file is the steps they share. Sourced, not run:
#   source "$(dirname "$0")/../lib/maven-fetch.sh"
# Needs java and mvn (Debian: openjdk-17-jdk-headless, maven).

# The folder every fetched artifact goes under (gitignored), and the repository root it sits in.
MAVEN_FETCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MAVEN_FETCH_CACHE="$MAVEN_FETCH_ROOT/.cache"

# maven_fetch_require TOOL...: fails, naming the fetch script and the tool, when a tool is not on PATH.
maven_fetch_require() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || {
      echo "$0: $tool is not installed" >&2
      return 1
    }
  done
}

# mvn as the fetch scripts run it: batch mode and quiet, so CI logs show only what went wrong.
maven_fetch_mvn() {
  mvn -B -q -Dstyle.color=never "$@"
}

# maven_fetch WHAT FOLDER STAMP FILL [ARG...]
# Makes .cache/FOLDER hold WHAT (words for the messages), once. FOLDER/.fetched records STAMP (a
# version, or a pom's checksum): when it already does, this returns at once. Otherwise FILL (a command
# or function) runs with ARG... and then an empty partial folder beside FOLDER, which replaces FOLDER
# when FILL succeeds; the stamp is written last, so an interrupted fetch never looks complete.
maven_fetch() {
  local what="$1" folder="$2" stamp="$3" fill="$4"
  shift 4
  local dest="$MAVEN_FETCH_CACHE/$folder"
  local partial="$dest.partial"
  if [ -f "$dest/.fetched" ] && [ "$(cat "$dest/.fetched")" = "$stamp" ]; then
    echo "$what already in .cache/$folder"
    return 0
  fi
  maven_fetch_require java mvn
  rm -rf "$partial"
  mkdir -p "$partial"
  "$fill" "$@" "$partial"
  rm -rf "$dest"
  mv "$partial" "$dest"
  echo "$stamp" >"$dest/.fetched"
  echo "Fetched $what into .cache/$folder ($(find "$dest" -type f ! -name .fetched | wc -l) files)"
}

# maven_fetch_runtime_jars POM FOLDER: the runtime dependencies of POM into FOLDER (the fill of
# maven_fetch_pom).
maven_fetch_runtime_jars() {
  maven_fetch_mvn -f "$1" dependency:copy-dependencies -DoutputDirectory="$2" -DincludeScope=runtime
}

# maven_fetch_pom WHAT POM FOLDER: the jars POM depends on at runtime into .cache/FOLDER, fetched
# again whenever POM changes (its checksum is the stamp).
maven_fetch_pom() {
  local what="$1" pom="$2" folder="$3"
  maven_fetch "$what" "$folder" "$(sha256sum "$pom" | cut -d' ' -f1)" maven_fetch_runtime_jars "$pom"
}
