//! Client-side caching (CLIENT TRACKING): remembering which client read which key, and sending
//! invalidation messages when those keys change.
//!
//! Default mode: after a tracking client runs a read-only command, the command's keys are
//! remembered with the client's id; the first change to such a key sends every remembering
//! client an `invalidate` message for that one key and forgets the key. Past
//! `tracking-table-max-keys` keys, keys are forgotten before the next command runs (telling
//! their clients as if the keys had changed).
//!
//! BCAST mode: clients register key prefixes; every change to a key under a prefix is collected,
//! and after the command (a whole EXEC, or an active-expiry pass) each prefix's clients get one
//! message listing the changed keys in byte order (without the keys they changed themselves, in
//! NOLOOP mode).
//!
//! Messages go as RESP3 pushes, or, for RESP2 clients, to the client named by REDIRECT as
//! `__redis__:invalidate` pub/sub messages, exactly as Redis encodes them. Every hook costs one
//! atomic load while no client tracks.

use super::client::{client_flags, Client, ClientHandle};
use super::Server;
use crate::protocol::{Reply, Resp};
use bytes::{BufMut, Bytes, BytesMut};
use parking_lot::Mutex;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};
use std::sync::Arc;

/// The pub/sub channel RESP2 clients receive invalidations on through REDIRECT.
pub const INVALIDATE_CHANNEL: &[u8] = b"__redis__:invalidate";

/// A client's CLIENT TRACKING settings.
#[derive(Clone, Debug, Default)]
pub struct TrackingState {
    pub on: bool,
    pub bcast: bool,
    pub optin: bool,
    pub optout: bool,
    pub noloop: bool,
    /// CLIENT CACHING yes|no was given for the next command.
    pub caching: bool,
    /// Client id receiving this client's invalidations (0: itself).
    pub redirect: u64,
    pub broken_redirect: bool,
    /// BCAST prefixes, in the order they were registered.
    pub prefixes: Vec<Bytes>,
}

#[derive(Default)]
pub struct Tracking {
    /// Number of clients with tracking on; zero makes every hook a single atomic load.
    clients: AtomicUsize,
    /// Some BCAST prefix collected a changed key since the last `flush_broadcasts`.
    bcast_pending: AtomicBool,
    table: Mutex<Table>,
}

#[derive(Default)]
struct Table {
    /// Default mode: key -> ids of clients that may have cached it.
    keys: HashMap<Bytes, HashSet<u64>>,
    /// Client ids summed over `keys` (INFO tracking_total_items).
    items: usize,
    /// BCAST mode, by prefix.
    prefixes: BTreeMap<Bytes, Broadcast>,
    /// Consecutive table-size checks that could not get under the limit (each one tries harder).
    eviction_rounds: usize,
}

#[derive(Default)]
struct Broadcast {
    clients: HashSet<u64>,
    changed: ChangedKeys,
}

/// Keys changed since the last flush, in byte order, with the client that changed each last
/// (None: expiry or another change without a client).
type ChangedKeys = BTreeMap<Bytes, Option<u64>>;

/// Who causes an invalidation: the client whose command is running (None: the server itself,
/// as in active expiry) — NOLOOP clients are not told about their own changes — and, for BCAST,
/// the client the change is attributed to (None for expiry, as in Redis).
#[derive(Clone, Copy)]
pub struct Cause {
    pub current: Option<u64>,
    pub writer: Option<u64>,
}

impl Tracking {
    pub fn is_active(&self) -> bool {
        self.clients.load(Relaxed) > 0
    }

    /// INFO's tracking_total_keys, tracking_total_items and tracking_total_prefixes.
    pub fn totals(&self) -> (usize, usize, usize) {
        let t = self.table.lock();
        (t.keys.len(), t.items, t.prefixes.len())
    }

    /// CLIENT TRACKING ON (options already validated): sets the client's mode, adding BCAST
    /// prefixes to those it already has.
    pub fn enable(&self, client: &ClientHandle, mut state: TrackingState) {
        let mut current = client.tracking.lock();
        if !current.on {
            self.clients.fetch_add(1, Relaxed);
        }
        let mut prefixes = std::mem::take(&mut current.prefixes);
        if state.bcast {
            let mut table = self.table.lock();
            let given = if state.prefixes.is_empty() {
                vec![Bytes::new()]
            } else {
                std::mem::take(&mut state.prefixes)
            };
            for p in given {
                if table
                    .prefixes
                    .entry(p.clone())
                    .or_default()
                    .clients
                    .insert(client.id)
                {
                    prefixes.push(p);
                }
            }
        }
        state.on = true;
        state.prefixes = prefixes;
        state.caching = current.caching;
        state.broken_redirect = false;
        client
            .tracking_redirect
            .store(state.redirect as i64, Relaxed);
        client.set_flag(client_flags::TRACKING, true);
        client.set_flag(client_flags::TRACKING_BCAST, state.bcast);
        client.set_flag(client_flags::TRACKING_BROKEN_REDIR, false);
        *current = state;
    }

    /// CLIENT TRACKING OFF, RESET, disconnection. The client's keys stay in the table until
    /// they change (Redis cleans them up lazily too).
    pub fn disable(&self, client: &ClientHandle) {
        let mut current = client.tracking.lock();
        if !current.on {
            return;
        }
        if current.bcast {
            let mut table = self.table.lock();
            for p in &current.prefixes {
                if let Some(bcast) = table.prefixes.get_mut(p) {
                    bcast.clients.remove(&client.id);
                    if bcast.clients.is_empty() {
                        table.prefixes.remove(p);
                    }
                }
            }
        }
        *current = TrackingState::default();
        client.tracking_redirect.store(0, Relaxed);
        for flag in [
            client_flags::TRACKING,
            client_flags::TRACKING_BCAST,
            client_flags::TRACKING_BROKEN_REDIR,
        ] {
            client.set_flag(flag, false);
        }
        self.clients.fetch_sub(1, Relaxed);
    }

    /// After a read-only command of a tracking client in default mode: remembers its keys,
    /// respecting OPTIN/OPTOUT and CLIENT CACHING.
    pub fn remember(&self, client: &ClientHandle, keys: &[&Bytes]) {
        {
            let state = client.tracking.lock();
            if !state.on || state.bcast || keys.is_empty() {
                return;
            }
            if (state.optin && !state.caching) || (state.optout && state.caching) {
                return;
            }
        }
        let mut table = self.table.lock();
        for key in keys {
            let ids = match table.keys.get_mut(&key[..]) {
                Some(ids) => ids,
                None => table.keys.entry((*key).clone()).or_default(),
            };
            if ids.insert(client.id) {
                table.items += 1;
            }
        }
    }

    /// A key changed (Redis's trackingInvalidateKey): tells the default-mode clients that may
    /// have cached it, and collects it for the BCAST prefixes it falls under. A push for
    /// `current` itself is held in `deferred` when given (a blocked client's command re-run by
    /// another connection: its reply must come first), else sent at once — the connection
    /// writes a command's own pushes after its reply, as Redis does.
    pub fn invalidate(
        &self,
        server: &Server,
        key: &[u8],
        cause: Cause,
        deferred: Option<&mut Vec<Reply>>,
    ) {
        let ids = {
            let mut table = self.table.lock();
            if !table.prefixes.is_empty() {
                let mut collected = false;
                for (prefix, bcast) in table.prefixes.iter_mut() {
                    if key.starts_with(prefix) {
                        bcast
                            .changed
                            .insert(Bytes::copy_from_slice(key), cause.writer);
                        collected = true;
                    }
                }
                if collected {
                    self.bcast_pending.store(true, Relaxed);
                }
            }
            let Some(ids) = table.keys.remove(key) else {
                return;
            };
            table.items -= ids.len();
            ids
        };
        let key = Bytes::copy_from_slice(key);
        let mut deferred = deferred;
        for id in ids {
            let Some(target) = server.clients.get(id) else {
                continue;
            };
            let (on, bcast, noloop) = {
                let s = target.tracking.lock();
                (s.on, s.bcast, s.noloop)
            };
            // A client that switched to BCAST since it read the key gets nothing for it.
            if !on || bcast {
                continue;
            }
            if Some(id) == cause.current {
                if noloop {
                    continue;
                }
                let to_itself = target.tracking.lock().redirect == 0 && target.resp() == Resp::V3;
                if let (true, Some(deferred)) = (to_itself, deferred.as_deref_mut()) {
                    deferred.push(Reply::Push(vec![
                        Reply::bulk_str("invalidate"),
                        Reply::Array(vec![Reply::Bulk(key.clone())]),
                    ]));
                    continue;
                }
            }
            send(server, &target, &KeyList::One(&key));
        }
    }

    /// Sends the BCAST messages collected since the last call (Redis does it before sleeping;
    /// we do it after each command and each active-expiry pass). One atomic load when nothing
    /// is pending.
    pub fn flush_broadcasts(&self, server: &Server) {
        if !self.bcast_pending.load(Relaxed) {
            return;
        }
        // Taken out under the table lock, sent after it: clients' own locks are never taken
        // while the table is held (`enable` takes them in the other order).
        let mut batches: Vec<(Vec<u64>, ChangedKeys)> = Vec::new();
        {
            let mut table = self.table.lock();
            self.bcast_pending.store(false, Relaxed);
            for bcast in table.prefixes.values_mut() {
                if !bcast.changed.is_empty() {
                    let changed = std::mem::take(&mut bcast.changed);
                    batches.push((bcast.clients.iter().copied().collect(), changed));
                }
            }
        }
        for (clients, changed) in batches {
            let all: Vec<Bytes> = changed.keys().cloned().collect();
            for id in clients {
                let Some(target) = server.clients.get(id) else {
                    continue;
                };
                if !target.tracking.lock().noloop {
                    send(server, &target, &KeyList::Many(&all));
                    continue;
                }
                // NOLOOP: without the keys this client changed last.
                let keys: Vec<Bytes> = changed
                    .iter()
                    .filter(|(_, writer)| **writer != Some(id))
                    .map(|(k, _)| k.clone())
                    .collect();
                if !keys.is_empty() {
                    send(server, &target, &KeyList::Many(&keys));
                }
            }
        }
    }

    /// FLUSHDB/FLUSHALL: every tracking client is told to drop everything (a null key list),
    /// and the table is emptied.
    pub fn invalidate_all(&self, server: &Server) {
        {
            // Emptied even with no client tracking now: keys of clients gone since stay
            // in the table until they change.
            let mut table = self.table.lock();
            table.keys.clear();
            table.items = 0;
        }
        if !self.is_active() {
            return;
        }
        for client in server.clients.all() {
            if client.tracking.lock().on {
                send(server, &client, &KeyList::All);
            }
        }
    }

    /// Before a command runs (and from the cron): past `tracking-table-max-keys`, forgets keys
    /// until under the limit again, telling their clients as if the keys had changed. The
    /// effort grows with each call that could not get under the limit, as in Redis. Messages
    /// for `current` itself are written to `out` at once, before its reply.
    pub fn enforce_max_keys(
        &self,
        server: &Server,
        current: Option<&Client>,
        out: Option<&mut BytesMut>,
    ) {
        let max = server.config.read().tracking_table_max_keys;
        let mut table = self.table.lock();
        if max == 0 || table.keys.len() <= max {
            table.eviction_rounds = 0;
            return;
        }
        let mut out = out;
        let mut effort = 100 * (table.eviction_rounds + 1);
        while effort > 0 {
            effort -= 1;
            let Some(victim) = table.keys.keys().next().cloned() else {
                break;
            };
            let ids = table.keys.remove(&victim).unwrap_or_default();
            table.items -= ids.len();
            drop(table);
            for id in ids {
                let Some(target) = server.clients.get(id) else {
                    continue;
                };
                let (on, bcast, noloop) = {
                    let s = target.tracking.lock();
                    (s.on, s.bcast, s.noloop)
                };
                if !on || bcast {
                    continue;
                }
                match current {
                    Some(c) if c.id() == id => {
                        if noloop {
                            continue;
                        }
                        let message = message_for(server, &target, &KeyList::One(&victim));
                        match (message, out.as_deref_mut()) {
                            (Some((to, bytes)), Some(out)) if to.id == id => {
                                out.extend_from_slice(&bytes)
                            }
                            (Some((to, bytes)), _) => to.push(&bytes),
                            (None, _) => {}
                        }
                    }
                    _ => send(server, &target, &KeyList::One(&victim)),
                }
            }
            table = self.table.lock();
            if table.keys.len() <= max {
                table.eviction_rounds = 0;
                return;
            }
        }
        table.eviction_rounds += 1;
    }
}

/// The keys part of an invalidation message.
enum KeyList<'a> {
    One(&'a Bytes),
    Many(&'a [Bytes]),
    /// Everything (after a flush): a null, encoded in the tracking client's protocol.
    All,
}

/// Sends an invalidation on behalf of tracking client `client` (to it, or to its REDIRECT
/// target).
fn send(server: &Server, client: &Arc<ClientHandle>, keys: &KeyList) {
    if let Some((target, bytes)) = message_for(server, client, keys) {
        target.push(&bytes);
    }
}

/// Where and what to send for tracking client `client` (Redis's sendTrackingMessage): a RESP3
/// `invalidate` push, or for a RESP2 REDIRECT target in pub/sub mode a message on
/// `__redis__:invalidate`; nothing for a RESP2 client without redirection. When the REDIRECT
/// target is gone, a RESP3 client is told with a `tracking-redir-broken` push instead.
fn message_for(
    server: &Server,
    client: &Arc<ClientHandle>,
    keys: &KeyList,
) -> Option<(Arc<ClientHandle>, Bytes)> {
    let redirect = client.tracking.lock().redirect;
    let mut out = BytesMut::new();
    let (target, redirected) = if redirect != 0 {
        match server.clients.get(redirect) {
            Some(r) => (r, true),
            None => {
                client.tracking.lock().broken_redirect = true;
                client.set_flag(client_flags::TRACKING_BROKEN_REDIR, true);
                if client.resp() != Resp::V3 {
                    return None;
                }
                out.put_slice(b">2\r\n$21\r\ntracking-redir-broken\r\n");
                out.put_slice(format!(":{redirect}\r\n").as_bytes());
                return Some((client.clone(), out.freeze()));
            }
        }
    } else {
        (client.clone(), false)
    };
    if target.resp() == Resp::V3 {
        out.put_slice(b">2\r\n$10\r\ninvalidate\r\n");
    } else if redirected && target.has_flag(client_flags::PUBSUB) {
        out.put_slice(b"*3\r\n$7\r\nmessage\r\n$20\r\n__redis__:invalidate\r\n");
    } else {
        return None;
    }
    match keys {
        KeyList::One(key) => put_keys(&mut out, std::slice::from_ref(*key)),
        KeyList::Many(keys) => put_keys(&mut out, keys),
        // Redis writes the null of the tracking client's protocol, whoever receives it.
        KeyList::All => out.put_slice(if client.resp() == Resp::V3 {
            b"_\r\n"
        } else {
            b"$-1\r\n"
        }),
    }
    Some((target, out.freeze()))
}

fn put_keys(out: &mut BytesMut, keys: &[Bytes]) {
    out.put_slice(format!("*{}\r\n", keys.len()).as_bytes());
    for key in keys {
        out.put_slice(format!("${}\r\n", key.len()).as_bytes());
        out.put_slice(key);
        out.put_slice(b"\r\n");
    }
}
