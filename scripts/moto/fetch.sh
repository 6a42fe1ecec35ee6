#!/usr/bin/env bash
# Installs moto's server (an AWS emulator, for the SQS/SNS live reader's tests) from PyPI into a
# virtual environment at .cache/moto, once: a stamp file records the version installed, so later
# runs are instant. Needs python3 with the venv module (Debian: python3-venv).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dest="$root/.cache/moto"
version="5.2.1"
stamp="$dest/.fetched"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$version" ] && [ -x "$dest/bin/moto_server" ]; then
  echo "moto $version already in .cache/moto"
  exit 0
fi
command -v python3 >/dev/null 2>&1 || { echo "moto/fetch.sh: python3 is not installed" >&2; exit 1; }
rm -rf "$dest"
# Into the final folder, but the stamp comes last, so an interrupted install is redone.
python3 -m venv "$dest"
"$dest/bin/pip" install -q --disable-pip-version-check "moto[server]==$version"
echo "$version" > "$stamp"
echo "Installed moto $version into .cache/moto"
