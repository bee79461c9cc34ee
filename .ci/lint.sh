#!/usr/bin/env bash
# Model lint: bpmnlint (recommended rules + camunda-compat for Camunda 7.24) over every processes/*.bpmn.
# Errors fail the build; warnings are printed. Uses only the npm registry (npm ci from the lock file).
# Usage: bash .ci/lint.sh [model.bpmn ...]   (default: every processes/*.bpmn)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lint="$root/.ci/lint"

cd "$lint"
if [ ! -x node_modules/.bin/bpmnlint ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$#" -gt 0 ]; then
  models=()
  for m in "$@"; do models+=("$(cd "$(dirname "$m")" && pwd)/$(basename "$m")"); done
else
  shopt -s nullglob
  models=("$root"/processes/*.bpmn)
fi
if [ "${#models[@]}" -eq 0 ]; then
  echo "lint: no models in processes/" >&2
  exit 1
fi

failed=0
for model in "${models[@]}"; do
  echo "bpmnlint ${model#"$root"/}"
  # --config: the rules in .ci/lint/.bpmnlintrc, wherever the model is
  if ! ./node_modules/.bin/bpmnlint --config "$lint/.bpmnlintrc" "$model"; then
    failed=1
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "lint: errors above; fix the model in Camunda Modeler (the same rules show in its problems panel)" >&2
  exit 1
fi
echo "lint: ${#models[@]} model(s) clean"
