#!/usr/bin/env bash
# Installs what the tests need on a machine with the .NET SDK and Node, then runs every test.
# Arguments are passed to `dotnet test` (e.g. ./test.sh --filter FullyQualifiedName~Timers).
set -euo pipefail
cd "$(dirname "$0")"

# Azurite and MailDev, the real servers the integration tests start, and the GitHub workflow's validator.
npm ci --no-audit --no-fund

# PowerShell, from NuGet (dotnet-tools.json), runs the Windows azd hooks in the infrastructure tests.
dotnet tool restore

# Headless Chromium for the screenshot test, unless one is on PATH or named by CHROMIUM_PATH.
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1 \
   && ! command -v chromium-browser >/dev/null 2>&1 && ! command -v google-chrome >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "test.sh: installing Chromium with apt-get" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
  else
    echo "test.sh: the screenshot test needs Chromium; install it, or set CHROMIUM_PATH to a Chromium or Chrome binary" >&2
    exit 1
  fi
fi

status=0
dotnet test Digest.sln "$@" || status=$?

# Known-vulnerable packages, direct or transitive, fail the run like a failing test.
if audit=$(dotnet list Digest.sln package --vulnerable --include-transitive 2>&1); then
  if grep -q "has the following vulnerable packages" <<<"$audit"; then
    echo "$audit" >&2
    echo "test.sh: vulnerable packages (above)" >&2
    status=1
  else
    echo "test.sh: no vulnerable packages"
  fi
else
  echo "test.sh: could not check packages for vulnerabilities: $(tail -1 <<<"$audit")" >&2
fi

exit "$status"
