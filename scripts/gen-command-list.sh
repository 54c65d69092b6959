#!/usr/bin/env bash
# Prints the Markdown table of every command Respite implements (name, since, group, summary),
# generated from the command table. With --update-readme it rewrites README.md's list in place
# (between the <!-- commands:begin --> and <!-- commands:end --> markers); tests/docs.rs fails
# when the README is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
list=$(cargo run --quiet --release --bin respite-server -- --list-commands)
if [ "${1:-}" = "--update-readme" ]; then
  python3 - "$list" <<'PY'
import sys
table = sys.argv[1] + "\n"
text = open("README.md").read()
begin, end = "<!-- commands:begin -->\n", "<!-- commands:end -->"
i, j = text.index(begin) + len(begin), text.index(end)
open("README.md", "w").write(text[:i] + table + text[j:])
PY
else
  printf '%s\n' "$list"
fi
