#!/usr/bin/env bash
# The demo behind `./build.sh demo`: gate a model deployment on the reference policies.
# GOVERN is the published tool (build.sh sets it); run from the repository root.
set -uo pipefail
cd "$(dirname "$0")/.."
GOVERN=${GOVERN:-govern}
DIGEST=sha256:57ce0748b6a0db0034d3898e69fcbb61e0fb18977f977470f12d6329daf00940

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
show() { shift; printf '$ govern %s\n' "$*"; "$GOVERN" "$@"; local rc=$?; printf '(exit %d)\n' "$rc"; return $rc; }

step "Lint the reference policies"
show "$GOVERN" policy lint policies/ || exit 2

step "Run the policies' own test cases"
show "$GOVERN" policy test policies/tests || exit 2

step "What does production-llm demand?"
show "$GOVERN" policy explain policies/production-llm.yaml || exit 2

step "Gate support-bot-v3 for production with one governance approval (the author's own does not count)"
show "$GOVERN" check --policy policies/ --model support-bot-v3 --digest "$DIGEST" --environment production \
  --evidence examples/evidence/deny.json --explain --no-record
[ $? -eq 1 ] || { echo "demo: expected a deny (exit 1)"; exit 2; }

step "Bob from acme/ml-governance approves the same digest: the gate allows"
show "$GOVERN" check --policy policies/ --model support-bot-v3 --digest "$DIGEST" --environment production \
  --evidence examples/evidence/allow.json --no-record || { echo "demo: expected an allow (exit 0)"; exit 2; }

step "The same decision as JSON for pipelines"
"$GOVERN" check --policy policies/ --model support-bot-v3 --digest "$DIGEST" --environment production \
  --evidence examples/evidence/allow.json --no-record --format json | head -n 12
echo "  …"
