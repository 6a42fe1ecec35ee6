#!/usr/bin/env bash
# Go for the tests that read exports with Go tools (scripts/go-check: compose-go, yaml.v2,
# sigs.k8s.io/yaml), which need Go 1.24 or later. Debian's golang-go is older, so when no such
# go is on PATH, the toolchain is fetched from the Go module proxy (the module
# golang.org/toolchain, which Go's own toolchain switching downloads) into .cache/go, once.
# Prints the folder to put on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=1.26.8
if command -v go >/dev/null 2>&1; then
  have=$(go env GOVERSION 2>/dev/null | sed -n 's/^go\([0-9]*\)\.\([0-9]*\).*/\1 \2/p')
  if [ -n "$have" ] && [ "$(echo "$have" | awk '{ print ($1 > 1 || ($1 == 1 && $2 >= 24)) }')" = 1 ]; then
    dirname "$(command -v go)"
    exit 0
  fi
fi

case "$(uname -m)" in
  x86_64) arch=amd64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "fetch-go.sh: no Go toolchain for $(uname -m); install Go 1.24 or later" >&2; exit 1 ;;
esac
target=".cache/go/go$VERSION"
if [ ! -x "$target/bin/go" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  module="golang.org/toolchain@v0.0.1-go$VERSION.linux-$arch"
  echo "Fetching Go $VERSION from the Go module proxy" >&2
  curl -fsSL "https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go$VERSION.linux-$arch.zip" -o "$work/go.zip"
  unzip -q "$work/go.zip" -d "$work"
  # Module zips keep no file modes: the tools are made executable, as Go's toolchain switch does.
  chmod +x "$work/$module/bin/"* "$work/$module/pkg/tool/linux_$arch/"*
  mkdir -p .cache/go
  rm -rf "$target"
  mv "$work/$module" "$target"
fi
echo "$PWD/$target/bin"
