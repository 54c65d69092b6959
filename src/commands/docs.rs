//! COMMAND DOCS: each command's documentation as Redis 7.0 reports it, with the argument tree
//! derived from the table's `syntax` string (the notation of the Redis command reference).
//!
//! The notation: `UPPER` words are literal tokens, `lower` words are values, `[...]` is optional,
//! `<...>` groups, `a | b` is a choice and `x [x ...]` a repetition. Redis's argument docs are a
//! tree of `{name, type, token, flags, arguments}`; the parser maps the notation onto it:
//!
//! - `key [key ...]` → `key` with the `multiple` flag;
//! - `EX seconds` → `seconds` with token `EX` (one argument, as Redis models it);
//! - `GET pattern [GET pattern ...]` → `pattern`, token `GET`, `multiple` + `multiple_token`;
//! - `WEIGHTS weight [weight ...]` → `weight`, token `WEIGHTS`, `multiple`;
//! - `[NX | XX]` → an optional `oneof` of two `pure-token`s;
//! - `LIMIT offset count` → a `block` with token `LIMIT`;
//! - `AGGREGATE <SUM | MIN | MAX>` → a `oneof` with token `AGGREGATE`.
//!
//! What the notation does not carry is guessed from names: the value type (`key`, `integer`,
//! `double`, `pattern`, `unix-time`, else `string`) and the names of choices and blocks (Redis
//! names `[NX | XX]` "condition"; here it is "nx-xx"). redis-cli builds its hints from this tree
//! and only shows value names and tokens, which the notation carries exactly.

use super::keyspecs;
use super::{Command, CommandEntry};
use crate::protocol::Reply;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgType {
    Key,
    String,
    Integer,
    Double,
    Pattern,
    UnixTime,
    PureToken,
    OneOf,
    Block,
}

impl ArgType {
    pub fn name(self) -> &'static str {
        match self {
            ArgType::Key => "key",
            ArgType::String => "string",
            ArgType::Integer => "integer",
            ArgType::Double => "double",
            ArgType::Pattern => "pattern",
            ArgType::UnixTime => "unix-time",
            ArgType::PureToken => "pure-token",
            ArgType::OneOf => "oneof",
            ArgType::Block => "block",
        }
    }
}

/// One node of a command's argument tree.
#[derive(Clone, Debug, PartialEq)]
pub struct ArgDoc {
    pub name: String,
    pub kind: ArgType,
    pub token: Option<String>,
    pub optional: bool,
    pub multiple: bool,
    pub multiple_token: bool,
    /// Which key spec (COMMAND INFO) a `key` argument belongs to.
    pub key_spec_index: Option<usize>,
    /// The alternatives of a `oneof`, the parts of a `block`.
    pub args: Vec<ArgDoc>,
}

impl ArgDoc {
    fn new(name: impl Into<String>, kind: ArgType) -> ArgDoc {
        ArgDoc {
            name: name.into(),
            kind,
            token: None,
            optional: false,
            multiple: false,
            multiple_token: false,
            key_spec_index: None,
            args: Vec::new(),
        }
    }

    /// The argument as the reference writes it (used by tests and to name things).
    pub fn render(&self) -> String {
        let body = match self.kind {
            ArgType::PureToken => self.token.clone().unwrap_or_default(),
            ArgType::OneOf => {
                let inner: Vec<String> = self.args.iter().map(ArgDoc::render).collect();
                let inner = inner.join(" | ");
                match &self.token {
                    Some(t) => format!("{t} <{inner}>"),
                    None if self.optional => inner,
                    None => format!("<{inner}>"),
                }
            }
            ArgType::Block => {
                let inner: Vec<String> = self.args.iter().map(ArgDoc::render).collect();
                match &self.token {
                    Some(t) => format!("{t} {}", inner.join(" ")),
                    None => inner.join(" "),
                }
            }
            _ => match &self.token {
                Some(t) => format!("{t} {}", self.name),
                None => self.name.clone(),
            },
        };
        let repeated = if !self.multiple {
            body
        } else {
            let again = match (&self.token, self.multiple_token, self.kind) {
                (Some(t), false, k) if k != ArgType::PureToken => body
                    .strip_prefix(&format!("{t} "))
                    .unwrap_or(&body)
                    .to_string(),
                _ => body.clone(),
            };
            format!("{body} [{again} ...]")
        };
        if self.optional {
            format!("[{repeated}]")
        } else {
            repeated
        }
    }

    /// The RESP map COMMAND DOCS sends for this argument.
    pub fn reply(&self) -> Reply {
        let mut map = vec![
            (Reply::bulk_str("name"), Reply::bulk_str(&self.name)),
            (Reply::bulk_str("type"), Reply::bulk_str(self.kind.name())),
        ];
        if let Some(i) = self.key_spec_index {
            map.push((Reply::bulk_str("key_spec_index"), Reply::Int(i as i64)));
        }
        if let Some(t) = &self.token {
            map.push((Reply::bulk_str("token"), Reply::bulk_str(t)));
        }
        let flags: Vec<Reply> = [
            (self.optional, "optional"),
            (self.multiple, "multiple"),
            (self.multiple_token, "multiple_token"),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, name)| Reply::status(*name))
        .collect();
        if !flags.is_empty() {
            map.push((Reply::bulk_str("flags"), Reply::Set(flags)));
        }
        if matches!(self.kind, ArgType::OneOf | ArgType::Block) {
            map.push((
                Reply::bulk_str("arguments"),
                Reply::Array(self.args.iter().map(ArgDoc::reply).collect()),
            ));
        }
        Reply::Map(map)
    }
}

// ---------------------------------------------------------------------------------------------
// Parsing the notation

/// The notation's raw structure before it is mapped onto argument docs.
#[derive(Clone, Debug, PartialEq)]
enum Node {
    Word(String),
    /// `[...]` (optional) or `<...>`, with its `|` alternatives.
    Group {
        optional: bool,
        alts: Vec<Vec<Node>>,
    },
    /// `x [x ...]` once recognised: the repeated part.
    Repeat(Vec<Node>),
    Ellipsis,
}

fn tokenize(syntax: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut chars = syntax.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '[' | ']' | '<' | '>' | '|' | ' ' => {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
                if c != ' ' {
                    out.push(c.to_string());
                }
            }
            '"' => {
                // A quoted literal such as `""` (MIGRATE's empty key).
                word.push('"');
                for q in chars.by_ref() {
                    word.push(q);
                    if q == '"' {
                        break;
                    }
                }
            }
            _ => word.push(c),
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Parses alternatives up to `close` (or the end); `pos` is advanced past the closer.
fn parse_alts(tokens: &[String], pos: &mut usize, close: Option<&str>) -> Vec<Vec<Node>> {
    let mut alts = vec![Vec::new()];
    while *pos < tokens.len() {
        let t = tokens[*pos].as_str();
        *pos += 1;
        if Some(t) == close {
            break;
        }
        let seq = alts.last_mut().expect("at least one alternative");
        match t {
            "|" => alts.push(Vec::new()),
            "[" | "<" => {
                let optional = t == "[";
                let inner = parse_alts(tokens, pos, Some(if optional { "]" } else { ">" }));
                push_group(seq, optional, inner);
            }
            "..." => seq.push(Node::Ellipsis),
            "]" | ">" => {} // unbalanced closer: ignore
            w => seq.push(Node::Word(w.to_string())),
        }
    }
    if close.is_some() {
        fold_repeated_choice(&mut alts);
    }
    alts
}

/// The alternatives with the `...` of the last one removed, when a group is a repetition
/// of choices (`[A | B ...]`).
fn repeated_choices(alts: &[Vec<Node>]) -> Option<Vec<Vec<Node>>> {
    if alts.len() < 2 || alts.last()?.last() != Some(&Node::Ellipsis) {
        return None;
    }
    let mut inner = alts.to_vec();
    inner.last_mut()?.pop();
    Some(inner)
}

/// `A | B [A | B ...]` inside one group: the whole choice repeats.
fn fold_repeated_choice(alts: &mut Vec<Vec<Node>>) {
    let Some(Node::Group { alts: nested, .. }) = alts.last().and_then(|a| a.last()) else {
        return;
    };
    let Some(inner) = repeated_choices(nested) else {
        return;
    };
    let mut outer = alts.clone();
    outer.last_mut().expect("non-empty").pop();
    if outer == inner {
        *alts = vec![vec![Node::Repeat(vec![Node::Group {
            optional: false,
            alts: inner,
        }])]];
    }
}

/// Adds a parsed group to `seq`, folding `x [x ...]` into a `Repeat`.
fn push_group(seq: &mut Vec<Node>, optional: bool, alts: Vec<Vec<Node>>) {
    // `<A | B> [A | B ...]`: the choice repeats.
    if let (true, Some(inner)) = (optional, repeated_choices(&alts)) {
        if let Some(Node::Group { alts: prev, .. }) = seq.last() {
            if *prev == inner {
                seq.pop();
                seq.push(Node::Repeat(vec![Node::Group {
                    optional: false,
                    alts: inner,
                }]));
                return;
            }
        }
    }
    if optional && alts.len() == 1 && alts[0].last() == Some(&Node::Ellipsis) {
        let body = &alts[0][..alts[0].len() - 1];
        let n = body.len();
        if n > 0 && seq.len() >= n && seq[seq.len() - n..] == *body {
            seq.truncate(seq.len() - n);
            seq.push(Node::Repeat(body.to_vec()));
            return;
        }
    }
    seq.push(Node::Group { optional, alts });
}

/// A literal token: no lower-case letters (`NX`, `AUTH2`, `*`, `=`, `""`).
fn is_token(word: &str) -> bool {
    !word.chars().any(|c| c.is_ascii_lowercase())
}

fn token_name(token: &str) -> String {
    match token {
        "\"\"" => "empty_string".into(),
        "*" => "auto_id".into(),
        "$" => "new_id".into(),
        "=" => "equal".into(),
        "~" => "approximately".into(),
        "+" => "plus".into(),
        "-" => "minus".into(),
        t => t.to_ascii_lowercase(),
    }
}

fn token_text(token: &str) -> String {
    if token == "\"\"" {
        String::new()
    } else {
        token.to_string()
    }
}

/// The value type a name suggests (the notation does not say).
fn value_type(name: &str) -> ArgType {
    const INTEGERS: &[&str] = &[
        "count",
        "offset",
        "numkeys",
        "seconds",
        "milliseconds",
        "ms",
        "port",
        "slot",
        "cursor",
        "index",
        "len",
        "ttl",
        "db",
        "destination-db",
        "index1",
        "index2",
        "start",
        "end",
        "stop",
        "numreplicas",
        "numlocal",
        "bit",
        "bits",
        "decrement",
        "client-id",
        "weight",
        "limit",
        "rank",
        "num-matches",
        "frequency",
        "start-slot",
        "end-slot",
        "protover",
        "config-epoch",
        "current-epoch",
        "version",
        "entries-read",
        "entries-added",
        "quorum",
        "min-idle-time",
        "timeout",
        "numsubscriptions",
        "increment",
        "value-len",
    ];
    const DOUBLES: &[&str] = &[
        "longitude",
        "latitude",
        "radius",
        "score",
        "width",
        "height",
        "min",
        "max",
    ];
    let is_key_name = name == "key"
        || name.ends_with("key")
        || matches!(name, "source" | "destination" | "src" | "dst")
        || (name.starts_with("key") && name[3..].chars().all(|c| c.is_ascii_digit()));
    if is_key_name {
        ArgType::Key
    } else if name == "pattern" {
        ArgType::Pattern
    } else if name.starts_with("unix-time") {
        ArgType::UnixTime
    } else if INTEGERS.contains(&name) {
        ArgType::Integer
    } else if DOUBLES.contains(&name) {
        ArgType::Double
    } else {
        ArgType::String
    }
}

/// Whether a node can be the value of a preceding token (`COUNT count`, `KEYS key [key ...]`,
/// `AGGREGATE <SUM | MIN | MAX>`).
fn is_value(node: &Node) -> bool {
    match node {
        Node::Word(w) => !is_token(w),
        Node::Repeat(body) => matches!(body.first(), Some(Node::Word(w)) if !is_token(w)),
        Node::Group { optional, .. } => !optional,
        Node::Ellipsis => false,
    }
}

/// Several arguments as one: a `block` named after its parts.
fn block(mut parts: Vec<ArgDoc>) -> ArgDoc {
    if parts.len() == 1 {
        return parts.pop().expect("one part");
    }
    let name = parts
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join("-");
    let mut b = ArgDoc::new(name, ArgType::Block);
    b.args = parts;
    b
}

fn convert_seq(nodes: &[Node]) -> Vec<ArgDoc> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < nodes.len() {
        match &nodes[i] {
            Node::Word(w) if is_token(w) => {
                let values = nodes[i + 1..].iter().take_while(|n| is_value(n)).count();
                let token = token_text(w);
                let arg = if values == 0 {
                    let mut a = ArgDoc::new(token_name(w), ArgType::PureToken);
                    a.token = Some(token);
                    a
                } else {
                    let parts = convert_seq(&nodes[i + 1..i + 1 + values]);
                    let mut a = if parts.len() == 1 {
                        parts.into_iter().next().expect("one part")
                    } else {
                        let mut b = block(parts);
                        b.name = token_name(w);
                        b
                    };
                    a.token = Some(token);
                    a
                };
                out.push(arg);
                i += 1 + values;
            }
            Node::Word(w) => {
                out.push(ArgDoc::new(w.clone(), value_type(w)));
                i += 1;
            }
            Node::Repeat(body) => {
                let starts_with_token = matches!(body.first(), Some(Node::Word(w)) if is_token(w));
                let mut a = block(convert_seq(body));
                a.multiple = true;
                a.multiple_token = starts_with_token && a.token.is_some();
                out.push(a);
                i += 1;
            }
            Node::Group { optional, alts } => {
                let mut a = convert_group(alts);
                a.optional |= *optional;
                out.push(a);
                i += 1;
            }
            Node::Ellipsis => {
                // A repetition the folding could not pair up: the previous argument repeats.
                if let Some(last) = out.last_mut() {
                    last.multiple = true;
                }
                i += 1;
            }
        }
    }
    out
}

fn convert_group(alts: &[Vec<Node>]) -> ArgDoc {
    let choices: Vec<ArgDoc> = alts.iter().map(|alt| block(convert_seq(alt))).collect();
    if choices.len() == 1 {
        return choices.into_iter().next().expect("one choice");
    }
    let name = choices
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join("-");
    let mut a = ArgDoc::new(name, ArgType::OneOf);
    a.args = choices;
    a
}

/// Numbers the `key` arguments in order of appearance with the key spec they belong to (the
/// last spec takes any extra ones).
fn assign_key_specs(args: &mut [ArgDoc], next: &mut usize, specs: usize) {
    for a in args {
        if a.kind == ArgType::Key && specs > 0 {
            a.key_spec_index = Some((*next).min(specs - 1));
            *next += 1;
        }
        assign_key_specs(&mut a.args, next, specs);
    }
}

/// The argument tree of a syntax string. `key_specs` is the number of key specs the command
/// has (to number its key arguments).
pub fn parse_syntax(syntax: &str, key_specs: usize) -> Vec<ArgDoc> {
    let tokens = tokenize(syntax);
    let mut pos = 0;
    let alts = parse_alts(&tokens, &mut pos, None);
    let mut args = if alts.len() == 1 {
        convert_seq(&alts[0])
    } else {
        vec![convert_group(&alts)]
    };
    assign_key_specs(&mut args, &mut 0, key_specs);
    args
}

/// The argument docs of a command.
pub fn arguments(cmd: &Command, full_name: &str) -> Vec<ArgDoc> {
    let (specs, _) = keyspecs::lookup(full_name);
    parse_syntax(cmd.syntax, specs.len())
}

/// COMMAND DOCS's map for one command (and, nested, its subcommands).
pub fn command_docs(entry: &CommandEntry) -> Reply {
    let cmd = entry.cmd;
    let mut map = Vec::new();
    let mut put = |k: &str, v: Reply| map.push((Reply::bulk_str(k), v));
    if !cmd.summary.is_empty() {
        put("summary", Reply::bulk_str(cmd.summary));
    }
    if !cmd.since.is_empty() {
        put("since", Reply::bulk_str(cmd.since));
    }
    put("group", Reply::bulk_str(cmd.group));
    if !cmd.complexity.is_empty() {
        put("complexity", Reply::bulk_str(cmd.complexity));
    }
    let args = arguments(cmd, &entry.full_name);
    if !args.is_empty() {
        put(
            "arguments",
            Reply::Array(args.iter().map(ArgDoc::reply).collect()),
        );
    }
    if !entry.subcommands.is_empty() {
        let subs = entry
            .sorted_subcommands()
            .into_iter()
            .map(|s| (Reply::bulk_str(&s.full_name), command_docs(s)))
            .collect();
        put("subcommands", Reply::Map(subs));
    }
    Reply::Map(map)
}

/// The Markdown table of every command and subcommand (README's command list), by group and
/// name: `respite-server --list-commands` prints it.
pub fn command_list_markdown() -> String {
    let table = super::CommandTable::new();
    let mut rows: Vec<(&str, String, &str, &str)> = Vec::new();
    for entry in table.sorted() {
        let cmd = entry.cmd;
        rows.push((cmd.group, cmd.name.to_uppercase(), cmd.since, cmd.summary));
        for sub in entry.sorted_subcommands() {
            let name = format!(
                "{} {}",
                cmd.name.to_uppercase(),
                sub.cmd.name.to_uppercase()
            );
            rows.push((sub.cmd.group, name, sub.cmd.since, sub.cmd.summary));
        }
    }
    rows.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let mut out =
        String::from("| Command | Since | Group | Summary |\n| --- | --- | --- | --- |\n");
    for (group, name, since, summary) in rows {
        out.push_str(&format!(
            "| `{name}` | {since} | {group} | {} |\n",
            summary.replace('|', "\\|")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(syntax: &str) -> String {
        parse_syntax(syntax, 0)
            .iter()
            .map(ArgDoc::render)
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn set_matches_redis_structure() {
        let args = parse_syntax(
            "key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]",
            1,
        );
        assert_eq!(args.len(), 5);
        assert_eq!(
            (args[0].name.as_str(), args[0].kind, args[0].key_spec_index),
            ("key", ArgType::Key, Some(0))
        );
        assert_eq!(
            (args[1].name.as_str(), args[1].kind),
            ("value", ArgType::String)
        );
        assert_eq!((args[2].kind, args[2].optional), (ArgType::OneOf, true));
        assert_eq!(args[2].args[0].kind, ArgType::PureToken);
        assert_eq!(args[2].args[0].token.as_deref(), Some("NX"));
        assert_eq!(
            (args[3].name.as_str(), args[3].kind, args[3].optional),
            ("get", ArgType::PureToken, true)
        );
        let exp = &args[4];
        assert_eq!(
            (exp.kind, exp.optional, exp.args.len()),
            (ArgType::OneOf, true, 5)
        );
        assert_eq!(
            (
                exp.args[0].name.as_str(),
                exp.args[0].kind,
                exp.args[0].token.as_deref()
            ),
            ("seconds", ArgType::Integer, Some("EX"))
        );
        assert_eq!(exp.args[2].kind, ArgType::UnixTime);
        assert_eq!(exp.args[4].kind, ArgType::PureToken);
    }

    #[test]
    fn repetitions() {
        let a = parse_syntax("key [key ...]", 1);
        assert_eq!(
            (a.len(), a[0].multiple, a[0].multiple_token),
            (1, true, false)
        );
        let a = parse_syntax("key field value [field value ...]", 1);
        assert_eq!(a.len(), 2);
        assert_eq!(
            (a[1].kind, a[1].multiple, a[1].args.len()),
            (ArgType::Block, true, 2)
        );
        let a = parse_syntax("[GET pattern [GET pattern ...]]", 0);
        assert_eq!(
            (
                a[0].kind,
                a[0].token.as_deref(),
                a[0].optional,
                a[0].multiple,
                a[0].multiple_token
            ),
            (ArgType::Pattern, Some("GET"), true, true, true)
        );
        let a = parse_syntax("[WEIGHTS weight [weight ...]]", 0);
        assert_eq!(
            (a[0].token.as_deref(), a[0].multiple, a[0].multiple_token),
            (Some("WEIGHTS"), true, false)
        );
    }

    #[test]
    fn tokens_blocks_and_choices() {
        let a = parse_syntax("[LIMIT offset count]", 0);
        assert_eq!(
            (
                a[0].kind,
                a[0].name.as_str(),
                a[0].token.as_deref(),
                a[0].args.len()
            ),
            (ArgType::Block, "limit", Some("LIMIT"), 2)
        );
        let a = parse_syntax("[AGGREGATE <SUM | MIN | MAX>]", 0);
        assert_eq!(
            (a[0].kind, a[0].token.as_deref(), a[0].args.len()),
            (ArgType::OneOf, Some("AGGREGATE"), 3)
        );
        let a = parse_syntax("host port <key | \"\"> destination-db timeout", 0);
        assert_eq!(a[2].args[1].token.as_deref(), Some(""));
        assert_eq!(a[2].args[1].name, "empty_string");
        let a = parse_syntax(
            "[COUNT count] [BLOCK milliseconds] STREAMS key [key ...] id [id ...]",
            1,
        );
        assert_eq!(
            (a[2].kind, a[2].token.as_deref(), a[2].args.len()),
            (ArgType::Block, Some("STREAMS"), 2)
        );
        assert!(a[2].args[0].multiple && a[2].args[1].multiple);
    }

    #[test]
    fn repeated_choices_fold() {
        let a = parse_syntax("<A x | B y> [A x | B y ...]", 0);
        assert_eq!(a.len(), 1);
        assert_eq!(
            (a[0].kind, a[0].multiple, a[0].optional),
            (ArgType::OneOf, true, false)
        );
        let a = parse_syntax("key [GET x | INCRBY y [GET x | INCRBY y ...]]", 1);
        assert_eq!(a.len(), 2);
        assert_eq!(
            (a[1].kind, a[1].multiple, a[1].optional, a[1].args.len()),
            (ArgType::OneOf, true, true, 2)
        );
    }

    #[test]
    fn renders_back_to_the_notation() {
        for s in [
            "key value [NX | XX] [GET] [EX seconds | PX milliseconds | KEEPTTL]",
            "key [key ...]",
            "destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>]",
            "key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA] [STORE destination]",
            "key field value [field value ...]",
            "[ASYNC | SYNC]",
        ] {
            assert_eq!(rendered(s), s);
        }
    }
}
