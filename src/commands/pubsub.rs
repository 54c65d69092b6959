//! Pub/sub commands: (P|S)SUBSCRIBE, (P|S)UNSUBSCRIBE, PUBLISH, SPUBLISH, PUBSUB.
//! The registry and delivery live in `crate::pubsub`.

use super::flags::*;
use super::{CmdResult, Command, Ctx};
use crate::protocol::Reply;
use crate::pubsub::Kind;
use crate::server::client::{client_flags, Client};
use crate::server::Server;
use bytes::Bytes;

const PS: u64 = PUBSUB | NOSCRIPT | LOADING | STALE;

pub static COMMANDS: &[Command] = &[
    Command::new("subscribe", -2, PS, subscribe)
        .doc("pubsub", "2.0.0", "Subscribes this connection to channels.")
        .complexity("O(N) where N is the number of channels to subscribe to.")
        .syntax("channel [channel ...]"),
    Command::new("unsubscribe", -1, PS, unsubscribe)
        .doc("pubsub", "2.0.0", "Drops this connection's subscriptions to some or all channels.")
        .complexity("O(N) where N is the number of channels to unsubscribe.")
        .syntax("[channel [channel ...]]"),
    Command::new("psubscribe", -2, PS, psubscribe)
        .doc("pubsub", "2.0.0", "Subscribes this connection to every channel matching glob patterns.")
        .complexity("O(N) where N is the number of patterns to subscribe to.")
        .syntax("pattern [pattern ...]"),
    Command::new("punsubscribe", -1, PS, punsubscribe)
        .doc("pubsub", "2.0.0", "Drops this connection's subscriptions to some or all patterns.")
        .complexity("O(N) where N is the number of patterns to unsubscribe.")
        .syntax("[pattern [pattern ...]]"),
    Command::new("ssubscribe", -2, PS, ssubscribe)
        .keys(1, -1, 1)
        .doc("pubsub", "7.0.0", "Subscribes this connection to shard channels.")
        .complexity("O(N) where N is the number of shard channels to subscribe to.")
        .syntax("shardchannel [shardchannel ...]"),
    Command::new("sunsubscribe", -1, PS, sunsubscribe)
        .keys(1, -1, 1)
        .doc("pubsub", "7.0.0", "Drops this connection's subscriptions to some or all shard channels.")
        .complexity("O(N) where N is the number of shard channels to unsubscribe.")
        .syntax("[shardchannel [shardchannel ...]]"),
    Command::new("publish", 3, PUBSUB | LOADING | STALE | FAST | MAY_REPLICATE, publish)
        .doc("pubsub", "2.0.0", "Sends a message to a channel's subscribers and counts the receivers.")
        .complexity("O(N+M) where N is the number of clients subscribed to the receiving channel and M is the total number of subscribed patterns (by any client).")
        .syntax("channel message"),
    Command::new("spublish", 3, PUBSUB | LOADING | STALE | FAST | MAY_REPLICATE, spublish)
        .keys(1, 1, 1)
        .doc("pubsub", "7.0.0", "Sends a message to a shard channel's subscribers.")
        .complexity("O(N) where N is the number of clients subscribed to the receiving shard channel.")
        .syntax("shardchannel message"),
    Command::container("pubsub", PUBSUB_SUBCOMMANDS)
        .doc("pubsub", "2.8.0", "Subcommands that inspect the publish/subscribe state.")
        .complexity("Depends on subcommand."),
];

static PUBSUB_SUBCOMMANDS: &[Command] = &[
    Command::new("channels", -2, PUBSUB | LOADING | STALE, pubsub_channels)
        .doc("pubsub", "2.8.0", "Lists channels with at least one subscriber, optionally matching a pattern.")
        .complexity("O(N) where N is the number of active channels, and assuming constant time pattern matching (relatively short channels and patterns)")
        .syntax("[pattern]"),
    Command::new("numsub", -2, PUBSUB | LOADING | STALE, pubsub_numsub)
        .doc("pubsub", "2.8.0", "Counts the subscribers of each given channel.")
        .complexity("O(N) for the NUMSUB subcommand, where N is the number of requested channels")
        .syntax("[channel [channel ...]]"),
    Command::new("numpat", 2, PUBSUB | LOADING | STALE, pubsub_numpat)
        .doc("pubsub", "2.8.0", "Counts the patterns that clients are subscribed to.")
        .complexity("O(1)"),
    Command::new("shardchannels", -2, PUBSUB | LOADING | STALE, pubsub_shardchannels)
        .doc("pubsub", "7.0.0", "Lists shard channels with at least one subscriber, optionally matching a pattern.")
        .complexity("O(N) where N is the number of active shard channels, and assuming constant time pattern matching (relatively short shard channels).")
        .syntax("[pattern]"),
    Command::new("shardnumsub", -2, PUBSUB | LOADING | STALE, pubsub_shardnumsub)
        .doc("pubsub", "7.0.0", "Counts the subscribers of each given shard channel.")
        .complexity("O(N) for the SHARDNUMSUB subcommand, where N is the number of requested shard channels")
        .syntax("[shardchannel [shardchannel ...]]"),
    Command::new("help", 2, LOADING | STALE, pubsub_help)
        .doc("pubsub", "6.2.0", "Describes the PUBSUB subcommands.")
        .complexity("O(1)"),
];

/// Commands a RESP2 client may send while subscribed.
pub fn allowed_while_subscribed(name: &str) -> bool {
    matches!(
        name,
        "subscribe"
            | "ssubscribe"
            | "psubscribe"
            | "unsubscribe"
            | "sunsubscribe"
            | "punsubscribe"
            | "ping"
            | "quit"
            | "reset"
    )
}

/// Adds a subscription to the client's own list; false if it already had it.
fn add_subscription(client: &mut Client, kind: Kind, name: &Bytes) -> bool {
    let ext = &mut client.ext;
    match kind {
        Kind::Channel => ext.channels.insert(name.clone()),
        Kind::Shard => ext.shard_channels.insert(name.clone()),
        Kind::Pattern if ext.patterns.contains(name) => false,
        Kind::Pattern => {
            ext.patterns.push(name.clone());
            true
        }
    }
}

/// Removes a subscription from the client's own list; false if it did not have it.
fn remove_subscription(client: &mut Client, kind: Kind, name: &[u8]) -> bool {
    let ext = &mut client.ext;
    match kind {
        Kind::Channel => ext.channels.remove(name),
        Kind::Shard => ext.shard_channels.remove(name),
        Kind::Pattern => match ext.patterns.iter().position(|p| p == name) {
            Some(pos) => {
                ext.patterns.remove(pos);
                true
            }
            None => false,
        },
    }
}

/// The client's subscriptions of one kind (patterns in subscription order, as Redis lists them).
fn subscriptions(client: &Client, kind: Kind) -> Vec<Bytes> {
    let ext = &client.ext;
    match kind {
        Kind::Channel => ext.channels.iter().cloned().collect(),
        Kind::Pattern => ext.patterns.clone(),
        Kind::Shard => ext.shard_channels.iter().cloned().collect(),
    }
}

/// The count Redis reports after (un)subscribing: channels + patterns, or shard channels alone.
fn count(client: &Client, kind: Kind) -> i64 {
    match kind {
        Kind::Shard => client.ext.shard_channels.len() as i64,
        _ => (client.ext.channels.len() + client.ext.patterns.len()) as i64,
    }
}

/// Keeps the client's PUBSUB flag and CLIENT LIST counters in step with its subscriptions.
fn update_flags(client: &Client) {
    let ext = &client.ext;
    let subscribed =
        !(ext.channels.is_empty() && ext.patterns.is_empty() && ext.shard_channels.is_empty());
    client.handle.set_flag(client_flags::PUBSUB, subscribed);
    let mut counts = client.handle.sub_counts.lock();
    counts.0 = ext.channels.len();
    counts.1 = ext.patterns.len();
    counts.2 = ext.shard_channels.len();
}

fn kind_names(kind: Kind) -> (&'static [u8], &'static [u8]) {
    match kind {
        Kind::Channel => (b"subscribe", b"unsubscribe"),
        Kind::Pattern => (b"psubscribe", b"punsubscribe"),
        Kind::Shard => (b"ssubscribe", b"sunsubscribe"),
    }
}

fn confirmation(what: &'static [u8], name: Reply, count: i64) -> Reply {
    Reply::Push(vec![
        Reply::bulk(Bytes::from_static(what)),
        name,
        Reply::Int(count),
    ])
}

fn do_subscribe(ctx: &mut Ctx, argv: &[Bytes], kind: Kind) -> CmdResult {
    let (what, _) = kind_names(kind);
    let mut replies = Vec::with_capacity(argv.len() - 1);
    for name in &argv[1..] {
        if add_subscription(ctx.client, kind, name) {
            ctx.server.pubsub.subscribe(kind, name, &ctx.client.handle);
        }
        replies.push(confirmation(
            what,
            Reply::Bulk(name.clone()),
            count(ctx.client, kind),
        ));
    }
    update_flags(ctx.client);
    Ok(Reply::Many(replies))
}

fn do_unsubscribe(ctx: &mut Ctx, argv: &[Bytes], kind: Kind) -> CmdResult {
    Ok(unsubscribe_from(ctx.server, ctx.client, &argv[1..], kind))
}

/// Unsubscribes from `names` (all when empty), returning one confirmation per name.
fn unsubscribe_from(server: &Server, client: &mut Client, names: &[Bytes], kind: Kind) -> Reply {
    let (_, what) = kind_names(kind);
    let names: Vec<Bytes> = if names.is_empty() {
        subscriptions(client, kind)
    } else {
        names.to_vec()
    };
    let mut replies = Vec::new();
    for name in &names {
        if remove_subscription(client, kind, name) {
            server.pubsub.unsubscribe(kind, name, client.id());
        }
        replies.push(confirmation(
            what,
            Reply::Bulk(name.clone()),
            count(client, kind),
        ));
    }
    if replies.is_empty() {
        replies.push(confirmation(what, Reply::Nil, count(client, kind)));
    }
    update_flags(client);
    Reply::Many(replies)
}

/// Drops every subscription (disconnection, RESET).
pub fn forget_client(server: &Server, client: &mut Client) {
    for kind in [Kind::Channel, Kind::Pattern, Kind::Shard] {
        for name in subscriptions(client, kind) {
            remove_subscription(client, kind, &name);
            server.pubsub.unsubscribe(kind, &name, client.id());
        }
    }
    update_flags(client);
}

fn subscribe(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    do_subscribe(ctx, argv, Kind::Channel)
}
fn psubscribe(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    do_subscribe(ctx, argv, Kind::Pattern)
}
fn ssubscribe(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    do_subscribe(ctx, argv, Kind::Shard)
}
fn unsubscribe(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    do_unsubscribe(ctx, argv, Kind::Channel)
}
fn punsubscribe(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    do_unsubscribe(ctx, argv, Kind::Pattern)
}
fn sunsubscribe(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    do_unsubscribe(ctx, argv, Kind::Shard)
}

fn publish(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(ctx.server.publish(&argv[1], &argv[2])))
}

fn spublish(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(
        ctx.server.pubsub.spublish(&argv[1], &argv[2], ctx.server),
    ))
}

fn channels_reply(ctx: &mut Ctx, argv: &[Bytes], kind: Kind) -> CmdResult {
    if argv.len() > 3 {
        // Redis checks this count itself and answers with its subcommand syntax error.
        return Err(super::introspection::subcommand_syntax_error(argv));
    }
    let pattern = argv.get(2).map(|p| &p[..]);
    Ok(Reply::bulks(ctx.server.pubsub.active(kind, pattern)))
}

fn pubsub_channels(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    channels_reply(ctx, argv, Kind::Channel)
}
fn pubsub_shardchannels(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    channels_reply(ctx, argv, Kind::Shard)
}

fn numsub_reply(ctx: &mut Ctx, argv: &[Bytes], kind: Kind) -> CmdResult {
    let mut out = Vec::with_capacity((argv.len() - 2) * 2);
    for ch in &argv[2..] {
        out.push(Reply::Bulk(ch.clone()));
        out.push(Reply::from(ctx.server.pubsub.count(kind, ch)));
    }
    Ok(Reply::Array(out))
}

fn pubsub_numsub(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    numsub_reply(ctx, argv, Kind::Channel)
}
fn pubsub_shardnumsub(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    numsub_reply(ctx, argv, Kind::Shard)
}
fn pubsub_numpat(ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    Ok(Reply::from(ctx.server.pubsub.len(Kind::Pattern)))
}

fn pubsub_help(_ctx: &mut Ctx, _argv: &[Bytes]) -> CmdResult {
    let lines = [
        "PUBSUB <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
        "CHANNELS [<pattern>]",
        "    Return the currently active channels matching a <pattern> (default: '*').",
        "NUMPAT",
        "    Return number of subscriptions to patterns.",
        "NUMSUB [<channel> ...]",
        "    Return the number of subscribers for the specified channels, excluding",
        "    pattern subscriptions(default: no channels).",
        "SHARDCHANNELS [<pattern>]",
        "    Return the currently active shard level channels matching a <pattern> (default: '*').",
        "SHARDNUMSUB [<shardchannel> ...]",
        "    Return the number of subscribers for the specified shard level channel(s)",
        "HELP",
        "    Prints this help.",
    ];
    Ok(Reply::Array(
        lines.iter().map(|l| Reply::status(*l)).collect(),
    ))
}
