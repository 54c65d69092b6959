//! COMMAND DOCS: command documentation derived from the table's `syntax` strings.
