#!/usr/bin/env bash
# Prints the Markdown table of every command Respite implements (name, since, group, summary),
# generated from the command table, for the README:
#   scripts/gen-command-list.sh > /tmp/commands.md
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --bin respite-server -- --list-commands
