#!/usr/bin/env bash
# Verifier: writes 1 (pass) or 0 (fail) to reward.txt, where Harbor reads it.
# In Harbor's container the work is in /root, this folder is /tests and the reward goes to
# /logs/verifier; `skcc bench --engine local` points the SKCC_* variables at a workspace.
WORK="${SKCC_WORKDIR:-/root}"
TESTS="${SKCC_TESTS_DIR:-/tests}"
LOGS="${SKCC_VERIFIER_DIR:-/logs/verifier}"
mkdir -p "$LOGS"
if python3 "$TESTS/test_outputs.py" "$WORK"; then
    echo 1 > "$LOGS/reward.txt"
else
    echo 0 > "$LOGS/reward.txt"
fi
