#!/usr/bin/env bash
# What the command examples in README.md and docs/*.md assume, as a script you can run.
#
#   source docs/prelude.sh        # from the project root, with `govern` on PATH; then paste any example
#
# It creates, under a fresh temporary folder $W:
#   $W/home        HOME: ~/.gitconfig and the signing keys ~/.governance/{recorder,alice,bob,rita,release}.pem
#   $W/origin.git  a bare repository standing in for GitHub (`origin`), holding main and the ledger
#   $W/repo        the working repository (the examples run here): this project's policies/ and
#                  examples/evidence/, .governance/allowed_signers and principals.yaml on main,
#                  model/weights.bin with model/DIGEST, and a ledger of about 25 signed entries
#                  (datasets, three training stages, evaluations, a deployment, an attestation,
#                  approvals, a waiver, recorded decisions)
#   $W/env.sh      the variables below; `source "$W/env.sh"` re-enters the sandbox
#
# Variables the examples use (real values, dates relative to today):
#   MODEL=support-bot-v3   DIGEST   the candidate's sha256 digest (of model/weights.bin)
#   PARENT_DIGEST          the model it was fine-tuned from      DATASET=ds:web-2025 (a registered source)
#   SEQ                    the seq of alice's approval           SINCE  a week ago (RFC 3339)
#   EXPIRES                a waiver expiry 7 days from now       TODAY  YYYY-MM-DD
#   CHECKPOINT, CHECKPOINT_SIZE   an older signed checkpoint kept outside the repository, and its tree size
#
# The docs test (tests/Governance.Cli.Tests/Docs) runs this once with GOVERNANCE_DOCS_DIR set, then runs
# every shell block of the docs in a fresh copy of that folder. Blocks fenced as ```sh illustration are shown
# only (see CONTRIBUTING.md).

__governance_prelude() (
  set -euo pipefail
  local root w govern
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  w=$1
  command -v govern >/dev/null || { echo "prelude: govern is not on PATH (./build.sh publish; PATH=\$PWD/artifacts/govern:\$PATH)" >&2; return 2; }
  mkdir -p "$w/home/.governance" "$w/home/checkpoints" "$w/repo"
  export HOME="$w/home"
  git config --global user.name "Alice Example"
  git config --global user.email "alice@acme.example"
  git config --global init.defaultBranch main
  git config --global commit.gpgsign false
  git init -q --bare "$w/origin.git"

  cd "$w/repo"
  git init -q -b main
  mkdir -p .governance model examples
  cp -r "$root/policies" .
  cp -r "$root/examples/evidence" examples/
  printf 'support-bot-v3 weights, built %s\n' "$(date -u +%F)" > model/weights.bin
  printf 'support-bot-v2 weights\n' > model/parent.bin
  digest=sha256:$(sha256sum model/weights.bin | cut -d' ' -f1)
  parent=sha256:$(sha256sum model/parent.bin | cut -d' ' -f1)
  echo "$digest" > model/DIGEST
  echo "$parent" > model/PARENT_DIGEST

  role=()
  for who in recorder alice bob rita release; do
    if govern keys generate --help | grep -q -- '--role'; then
      [ "$who" = recorder ] && role=(--role recorder) || role=(--role person)
    fi
    govern keys generate --out "$HOME/.governance/$who.pem" --principal "$who@acme.example" "${role[@]}" \
      >> .governance/allowed_signers 2>/dev/null
  done
  cat > .governance/principals.yaml <<'YAML'
principals:
  recorder@acme.example: { recorder: true }
  alice@acme.example: { teams: [acme/ml-governance] }
  bob@acme.example: { teams: [acme/ml-governance] }
  rita@acme.example: { teams: [acme/risk-committee] }
  release@acme.example: { teams: [acme/release] }
YAML
  git add . && git commit -qm "Policies, trusted signers and principals"
  git remote add origin "$w/origin.git"
  git push -q origin main
  git remote set-head origin main

  rec=(--key "$HOME/.governance/recorder.pem")
  # Person keys sign statements only; the recorder key writes the commits that carry them (trust v2).
  export GOVERN_RECORDER_KEY="$HOME/.governance/recorder.pem"
  pre=sha256:$(printf 'support-bot-base weights\n' | sha256sum | cut -d' ' -f1)
  web=sha256:$(printf 'web crawl 2025\n' | sha256sum | cut -d' ' -f1)
  support=sha256:$(printf 'support tickets 2026-05\n' | sha256sum | cut -d' ' -f1)
  prefs=sha256:$(printf 'preference pairs 2026-06\n' | sha256sum | cut -d' ' -f1)
  q() { govern "$@" > /dev/null; }
  q record dataset "${rec[@]}" --dataset ds:web-2025 --content-digest "$web" --license CC-BY-4.0 --uri s3://acme-data/web-2025
  q record dataset "${rec[@]}" --dataset ds:support-2026-05 --content-digest "$support" --pii low
  q record dataset "${rec[@]}" --dataset ds:prefs-2026-06 --content-digest "$prefs"
  q record training "${rec[@]}" --stage pretraining --stage-kind pretraining --input ds:web-2025 --output "$pre"
  q record training "${rec[@]}" --stage sft --stage-kind sft --parent "$pre" --input "ds:support-2026-05@$support" --output "$parent"
  q record training "${rec[@]}" --stage preference --stage-kind preference --parent "$parent" --input ds:prefs-2026-06 --output "$digest"
  q record evaluation "${rec[@]}" --model support-bot-v3 --digest "$digest" --metric toxicity_rate --value 0.004 --eval-dataset realtoxicityprompts
  q record evaluation "${rec[@]}" --model support-bot-v3 --digest "$digest" --metric accuracy --value 0.91
  q record evaluation "${rec[@]}" --model support-bot-v3 --digest "$digest" --metric latency_p95_ms --value 640
  q record evaluation "${rec[@]}" --model support-bot-v2 --digest "$parent" --metric accuracy --value 0.90
  q record deployment "${rec[@]}" --model support-bot-v2 --digest "$parent" --environment production
  govern audit checkpoint > "$HOME/checkpoints/checkpoint-old.txt"
  checkpoint_size=$(sed -n 2p "$HOME/checkpoints/checkpoint-old.txt")
  q record attestation --key "$HOME/.governance/release.pem" --model support-bot-v3 --digest "$digest" \
    --payload '{"predicateType":"https://governance.dev/attestations/model-card/v1","signer":"release@acme.example","digest":"'"$digest"'"}'
  seq=$(govern approve --model support-bot-v3 --digest "$digest" --key "$HOME/.governance/alice.pem" --reason "eval report reviewed" | grep -oE '[0-9]+' | head -1)
  echo '{"context":{"author":"dave","deployer":"erin"}}' > "$HOME/context.json"
  govern check --policy policies/ --model support-bot-v3 --digest "$digest" --environment production \
    --evidence "$HOME/context.json" "${rec[@]}" > /dev/null && { echo "prelude: expected a deny with one approval" >&2; return 2; }
  q approve --model support-bot-v3 --digest "$digest" --key "$HOME/.governance/bob.pem" --reason "latency budget checked"
  q waive --rules latency-budget --model support-bot-v3 --digest "$digest" --expires "$(date -u -d '+7 days' +%FT%TZ)" \
    --reason "load test rerun scheduled" --key "$HOME/.governance/rita.pem"
  govern check --policy policies/ --model support-bot-v3 --digest "$digest" --environment production \
    --evidence "$HOME/context.json" "${rec[@]}" > /dev/null
  govern audit push --remote origin "${rec[@]}" > /dev/null
  govern audit verify > /dev/null

  cat > "$w/env.sh" <<ENV
# Re-enters the docs sandbox (written by docs/prelude.sh). W may be set to a copy of this folder first.
W=\${W:-$w}
export HOME="\$W/home"
export GOVERN_RECORDER_KEY="\$HOME/.governance/recorder.pem"
export MODEL=support-bot-v3
export DIGEST=$digest
export PARENT_DIGEST=$parent
export DATASET=ds:web-2025
export SEQ=$seq
export SINCE=$(date -u -d '-7 days' +%FT%TZ)
export EXPIRES=$(date -u -d '+7 days' +%FT%TZ)
export TODAY=$(date -u +%F)
export CHECKPOINT="\$HOME/checkpoints/checkpoint-old.txt"
export CHECKPOINT_SIZE=$checkpoint_size
cd "\$W/repo" && git remote set-url origin "\$W/origin.git"
ENV
)

__governance_docs_dir=${GOVERNANCE_DOCS_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/governance-docs.XXXXXX")}
if __governance_prelude "$__governance_docs_dir"; then
  if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    W=$__governance_docs_dir
    # shellcheck source=/dev/null
    source "$W/env.sh"
    echo "docs sandbox ready in $W (repository: $PWD); HOME is now $HOME"
  fi
else
  echo "prelude: setting up $__governance_docs_dir failed" >&2
  [ "${BASH_SOURCE[0]}" != "$0" ] && return 2
  exit 2
fi
