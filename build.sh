#!/usr/bin/env bash
# Governance build entry point. Two commands matter:
#   ./build.sh test   restore, build and run every test (the CI command)
#   ./build.sh demo   build the govern tool and run the end-to-end demo
# and for releases: ./build.sh pack (the Governance.Tool packages into artifacts/packages) and
# ./build.sh tool-check (pack for this machine, install it in a clean HOME, run it: what CI runs after the tests).
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
  # libgit2 is not installed: LibGit2Sharp.NativeBinaries bundles it (DESIGN §10).
  ensure_audit_tools
}

# The auditor tests (tests/Governance.Audit.Tests) drive Debian's Chromium with Playwright (never a downloaded
# browser) and check DSSE signatures with Debian's python3-securesystemslib, independent of our code.
ensure_audit_tools() {
  [ -x /usr/bin/chromium ] || apt_install chromium
  /usr/bin/python3 -c 'import securesystemslib' 2>/dev/null || apt_install python3-securesystemslib
}

# GitHub's workflow parser (npm @actions/workflow-parser, pinned in tools/workflow-parser/package-lock.json) for the
# docs tests; node_modules is git-ignored. Without node the tests install it themselves or say what is missing.
install_workflow_parser() {
  command -v npm >/dev/null || { say "npm not found: the workflow parser tests will ask for node"; return 0; }
  [ -d tools/workflow-parser/node_modules/@actions/workflow-parser ] && return 0
  say "npm ci (tools/workflow-parser)"
  npm ci --prefix tools/workflow-parser --no-audit --no-fund --silent || die "npm ci in tools/workflow-parser failed"
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

tool_version() { dotnet msbuild src/Governance.Cli/Governance.Cli.csproj -getProperty:Version -nologo; }

# RID-specific, framework-dependent ReadyToRun tool packages (src/Governance.Cli/Governance.Cli.csproj);
# GOVERNANCE_TOOL_RIDS="linux-x64" narrows the platform list.
pack() {
  say "pack Governance.Tool $(tool_version) (${GOVERNANCE_TOOL_RIDS:-all platforms}) into artifacts/packages"
  rm -rf "$ROOT/artifacts/packages"
  dotnet pack src/Governance.Cli/Governance.Cli.csproj -c Release -nologo -v:q -clp:ErrorsOnly
}

# The package as a user gets it: installed with `dotnet tool install` in a clean HOME and package cache, then a gate
# check (deny, exit 1) and a signed ledger round trip (record, verify) with the libgit2 inside the package.
tool_check() {
  local rid version t repo rc
  rid=$(dotnet msbuild src/Governance.Cli/Governance.Cli.csproj -getProperty:NETCoreSdkPortableRuntimeIdentifier -nologo)
  version=$(tool_version)
  GOVERNANCE_TOOL_RIDS="$rid" pack
  t=$(mktemp -d "${TMPDIR:-/tmp}/governance-tool.XXXXXX")
  mkdir -p "$t/home"
  say "dotnet tool install Governance.Tool $version ($rid) in a clean HOME"
  HOME="$t/home" DOTNET_CLI_HOME="$t/home" NUGET_PACKAGES="$t/nuget" \
    dotnet tool install --tool-path "$t/bin" --add-source "$ROOT/artifacts/packages" Governance.Tool --version "$version" >/dev/null \
    || die "dotnet tool install failed"
  local govern="$t/bin/govern"
  [ "$("$govern" --version | cut -d+ -f1)" = "$version" ] || die "installed govern reports $("$govern" --version), expected $version"
  set +e
  "$govern" check --policy policies/ --model support-bot-v3 \
    --digest sha256:57ce0748b6a0db0034d3898e69fcbb61e0fb18977f977470f12d6329daf00940 \
    --environment production --evidence examples/evidence/deny.json --no-record >/dev/null
  rc=$?
  set -e
  [ "$rc" = 1 ] || die "installed govern: check on deny.json exited $rc, expected 1 (deny)"
  repo="$t/repo"; mkdir -p "$repo/.governance"
  ( cd "$repo" && git init -q -b main && git config user.name ci && git config user.email ci@example.invalid \
    && "$govern" keys generate --out keys/recorder.pem --principal recorder@example.invalid --role recorder > .governance/allowed_signers \
    && printf 'principals:\n  recorder@example.invalid: { recorder: true }\n' > .governance/principals.yaml \
    && echo keys/ > .gitignore && git add . && git commit -qm trust \
    && "$govern" record evaluation --key keys/recorder.pem --model m --metric accuracy --value 0.9 \
         --digest sha256:1111111111111111111111111111111111111111111111111111111111111111 >/dev/null \
    && "$govern" audit verify ) || die "installed govern: ledger round trip failed"
  rm -rf "$t"
  say "tool-check passed: Governance.Tool $version installs and runs"
}

cmd=${1:-test}
case "$cmd" in
  test) ensure_prereqs; install_workflow_parser; build; run_tests ;;
  build) ensure_prereqs; build ;;
  publish) ensure_prereqs; publish ;;
  demo) ensure_prereqs; publish; GOVERN="$ROOT/artifacts/govern/govern" bash "$ROOT/examples/demo.sh" && GOVERN="$ROOT/artifacts/govern/govern" bash "$ROOT/examples/demo-ledger.sh" ;;
  pack) ensure_prereqs; pack ;;
  tool-check) ensure_prereqs; tool_check ;;
  bench) ensure_prereqs; shift; dotnet run -c Release --project bench/Governance.Benchmarks -- "$@" ;;
  *) die "usage: ./build.sh test|demo|build|publish|pack|tool-check|bench" ;;
esac
