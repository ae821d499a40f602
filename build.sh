#!/usr/bin/env bash
# Governance build entry point. Two commands matter:
#   ./build.sh test   restore, build and run every test (the CI command)
#   ./build.sh demo   build the govern tool and run the end-to-end demo
# It installs what is missing (Debian packages, when run as root) and says clearly what it cannot.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
CONFIG=${CONFIG:-Release}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 2; }

apt_install() {
  if [ "$(id -u)" != 0 ]; then die "missing $*; install it (e.g. sudo apt-get install -y $*) and run again"; fi
  command -v apt-get >/dev/null || die "missing $*, and no apt-get to install it with"
  say "installing $* (apt-get)"
  if [ -z "${_APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null || die "apt-get update failed"; _APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || die "apt-get install $* failed"
}

ensure_prereqs() {
  command -v dotnet >/dev/null || die "the .NET 10 SDK is required (https://dot.net); dotnet is not on PATH"
  dotnet --list-sdks | grep -q '^10\.' || die "the .NET 10 SDK is required; found: $(dotnet --list-sdks | tr '\n' ' ')"
  command -v git >/dev/null || apt_install git
  command -v ssh-keygen >/dev/null || apt_install openssh-client
  command -v openssl >/dev/null || apt_install openssl
  command -v dot >/dev/null || apt_install graphviz   # lineage --format dot is rendered in tests
  # LibGit2Sharp's native library comes from the system (DESIGN §10).
  if ! ldconfig -p 2>/dev/null | grep -qE 'libgit2\.so\.1\.(5|7)'; then apt_install libgit2-1.5; fi
  ensure_audit_tools
}

# The auditor tests (tests/Governance.Audit.Tests) drive Debian's Chromium with Playwright (never a downloaded
# browser) and check DSSE signatures with Debian's python3-securesystemslib, independent of our code.
ensure_audit_tools() {
  [ -x /usr/bin/chromium ] || apt_install chromium
  /usr/bin/python3 -c 'import securesystemslib' 2>/dev/null || apt_install python3-securesystemslib
}

build() {
  say "restore and build ($CONFIG)"
  dotnet build Governance.sln -c "$CONFIG" -nologo -v:q -clp:ErrorsOnly
}

run_tests() {
  local results="$ROOT/artifacts/test-results" log
  rm -rf "$results"; mkdir -p "$results"
  log="$results/dotnet-test.log"
  say "dotnet test"
  set +e
  dotnet test Governance.sln -c "$CONFIG" --no-build -nologo \
    --logger "trx" --results-directory "$results" -- RunConfiguration.TestSessionTimeout=3000000 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  python3 - "$results" <<'PY' 2>/dev/null || summarize_with_grep "$log"
import sys, glob, xml.etree.ElementTree as ET
p = f = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}ResultSummary/{*}Counters")
    p += int(c.get("passed")); f += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
print(f"{p} passed, {f} failed")
PY
  return "$rc"
}

summarize_with_grep() {
  awk '/Passed!|Failed!/ { for (i=1;i<=NF;i++) { if ($i=="Failed:") f+=$(i+1); if ($i=="Passed:") p+=$(i+1) } }
       END { gsub(",","",p); printf "%d passed, %d failed\n", p, f }' "$1"
}

publish() {
  say "publish govern (ReadyToRun)"
  dotnet publish src/Governance.Cli/Governance.Cli.csproj -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$ROOT/artifacts/govern" -nologo -v:q -clp:ErrorsOnly
}

cmd=${1:-test}
case "$cmd" in
  test) ensure_prereqs; build; run_tests ;;
  build) ensure_prereqs; build ;;
  publish) ensure_prereqs; publish ;;
  demo) ensure_prereqs; publish; GOVERN="$ROOT/artifacts/govern/govern" bash "$ROOT/examples/demo.sh" && GOVERN="$ROOT/artifacts/govern/govern" bash "$ROOT/examples/demo-ledger.sh" ;;
  bench) ensure_prereqs; shift; dotnet run -c Release --project bench/Governance.Benchmarks -- "$@" ;;
  *) die "usage: ./build.sh test|demo|build|publish|bench" ;;
esac
