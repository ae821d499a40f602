#!/usr/bin/env bash
# Part two of `./build.sh demo`: the signed ledger, in a temporary repository.
# Keys are generated, lifecycle events recorded, a deployment gated (deny, then allow once the missing
# approval is signed), the ledger verified with this tool and with stock git, and a dataset flagged.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GOVERN=${GOVERN:-govern}
V3=sha256:57ce0748b6a0db0034d3898e69fcbb61e0fb18977f977470f12d6329daf00940
V2=sha256:28d63642b014cefe22b64f7446bf87265b23405096300c39d3fc66e9332c142d
PRE=sha256:88d5192a32ae17de45fe2d2a62d85b7664ed4a1614d7368101667baa84c146b8
SFT=sha256:34aef458a17fddb8f7ca1bb43eb5f6c8a550994ffd039ff102a3c1d5e7fcf094

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ govern %s\n' "$*"; "$GOVERN" "$@"; }
must() { run "$@" || { echo "demo: 'govern $*' failed"; exit 2; }; }
expect() { local want=$1; shift; run "$@"; local rc=$?; [ "$rc" -eq "$want" ] || { echo "demo: expected exit $want, got $rc"; exit 2; }; }

REPO=$(mktemp -d "${TMPDIR:-/tmp}/governance-demo.XXXXXX")
cd "$REPO" || exit 2
git init -q -b main && git config user.name "Demo" && git config user.email "demo@acme.example"
mkdir -p .governance keys && cp -r "$ROOT/policies" . && echo "keys/" > .gitignore

step "Generate signing keys by role; their allowed_signers lines go on the default branch"
# The recorder (CI) writes ledger commits and checkpoints; people only sign statements about their own decisions.
"$GOVERN" keys generate --out keys/recorder.pem --principal recorder@acme.example --role recorder >> .governance/allowed_signers 2>/dev/null || exit 2
for who in alice bob release; do
  "$GOVERN" keys generate --out "keys/$who.pem" --principal "$who@acme.example" --role person >> .governance/allowed_signers 2>/dev/null || exit 2
done
cat .governance/allowed_signers | cut -c1-100
cat > .governance/principals.yaml <<'YAML'
principals:
  recorder@acme.example: { recorder: true }
  alice@acme.example: { teams: [acme/ml-governance] }
  bob@acme.example: { teams: [acme/ml-governance] }
  release@acme.example: { teams: [acme/release] }
YAML
git add . && git commit -qm "Trusted signers, principals and policies"

step "Record the data and the three training stages (pretraining -> sft -> preference)"
K=(--key keys/recorder.pem)
# Person commands (approve, waive, signed attestations) sign with the person's --key; this key writes their commit.
export GOVERN_RECORDER_KEY=keys/recorder.pem
must record dataset "${K[@]}" --dataset ds:web-2025 --content-digest sha256:d13c580280655b1b5efa2c7cbe06903540e94aa88dc0c58f6f583270a027d0ec --license CC-BY-4.0 --uri s3://acme-data/web-2025
must record dataset "${K[@]}" --dataset ds:forum-2023 --content-digest sha256:7e70d8659c190cdab2f2d04ab3e2126d444843551110e2831cf5e48f7db33b19 --pii medium
must record dataset "${K[@]}" --dataset ds:support-2026-05 --content-digest sha256:8a55ee4bcf42cf787d21e3413cac1c405d084c7627113569700583c2aedbda3e
must record dataset "${K[@]}" --dataset ds:prefs-2026-06 --content-digest sha256:2b08852ad63ff9d55aa42958046c2b860be8ba733be373570203fd264f406876
must record training "${K[@]}" --stage pretraining --stage-kind pretraining --input ds:web-2025,weight=0.8 --input ds:forum-2023,weight=0.2 --output "$PRE"
must record training "${K[@]}" --stage sft --stage-kind sft --parent "$PRE" --input ds:support-2026-05 --output "$SFT"
must record training "${K[@]}" --stage preference --stage-kind preference --parent "$SFT" --input ds:prefs-2026-06 --output "$V3"

step "Record evaluations, what is live in production, and the model card attestation"
must record evaluation "${K[@]}" --digest "$V3" --metric toxicity_rate --value 0.004 --eval-dataset realtoxicityprompts
must record evaluation "${K[@]}" --digest "$V3" --metric accuracy --value 0.91
must record evaluation "${K[@]}" --digest "$V3" --metric latency_p95_ms --value 640
must record evaluation "${K[@]}" --digest "$V2" --metric accuracy --value 0.90
must record deployment "${K[@]}" --model support-bot-v3 --digest "$V2" --environment production
must record attestation --key keys/release.pem --digest "$V3" --payload '{"predicateType":"https://governance.dev/attestations/model-card/v1","signer":"release@acme.example","digest":"'"$V3"'"}'

step "Which data, which stages, which approvals? The lineage of the candidate"
must lineage show --model "$V3"

step "Alice approves the digest with her own key"
must approve --model support-bot-v3 --digest "$V3" --key keys/alice.pem --reason "eval report reviewed"

echo '{"context":{"author":"dave","deployer":"erin"}}' > context.json
CHECK=(check --policy policies/ --model support-bot-v3 --digest "$V3" --environment production --evidence context.json --key keys/recorder.pem)

step "Gate the production deployment: one approval is not enough (recorded as a signed decision)"
expect 1 "${CHECK[@]}"

step "Bob signs the second approval; the gate allows"
must approve --model support-bot-v3 --digest "$V3" --key keys/bob.pem
expect 0 "${CHECK[@]}"
must record deployment "${K[@]}" --model support-bot-v3 --digest "$V3" --environment production

step "An auditor verifies the whole ledger and saves a checkpoint"
must audit verify
"$GOVERN" audit checkpoint > trusted.checkpoint && cat trusted.checkpoint
must audit log --type decision.recorded

step "The forum dataset used in pretraining turns out to be harmful: flag it"
must flag "${K[@]}" --dataset ds:forum-2023 --reason "contains scraped personal data"
must lineage impact --dataset ds:forum-2023
expect 1 "${CHECK[@]}"

step "Stock git verifies every ledger commit's SSH signature"
printf '$ git -c gpg.ssh.allowedSignersFile=.governance/allowed_signers log --format="%%G? %%h %%s" refs/governance/ledger | head -5\n'
git -c gpg.ssh.allowedSignersFile=.governance/allowed_signers log --format="%G? %h %s" refs/governance/ledger | head -5
must audit verify --trusted-checkpoint trusted.checkpoint

printf '\nThe demo repository is %s\n' "$REPO"
printf 'Look around: cd %s && git -c gpg.ssh.allowedSignersFile=.governance/allowed_signers log --show-signature refs/governance/ledger\n' "$REPO"
