//! Client-side caching (CLIENT TRACKING): remembering which client read which key, and sending
//! invalidation messages when those keys change.
//!
//! Default mode: after a tracking client runs a read-only command, the command's keys are
//! remembered with the client's id; the first write to such a key sends every remembering client
//! an `invalidate` message and forgets the key. BCAST mode: clients register key prefixes
//! instead and are told about every change to a key under them. Messages go as RESP3 pushes, or,
//! for RESP2 clients, to the client named by REDIRECT as `__redis__:invalidate` pub/sub messages.

use super::client::ClientHandle;
use super::Server;
use crate::protocol::{encode, Reply, Resp};
use bytes::{Bytes, BytesMut};
use parking_lot::Mutex;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
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
    pub prefixes: Vec<Bytes>,
}

#[derive(Default)]
pub struct Tracking {
    /// Number of clients with tracking on; zero makes every hook a single atomic load.
    clients: AtomicUsize,
    table: Mutex<Table>,
}

#[derive(Default)]
struct Table {
    /// Default mode: key -> ids of clients that may have cached it.
    keys: HashMap<Bytes, HashSet<u64>>,
    items: usize,
    /// BCAST mode: prefix -> ids of clients registered for it.
    prefixes: BTreeMap<Bytes, HashSet<u64>>,
}

impl Tracking {
    pub fn is_active(&self) -> bool {
        self.clients.load(Relaxed) > 0
    }

    /// Number of keys in the tracking table (INFO tracking_total_keys) and of items.
    pub fn totals(&self) -> (usize, usize, usize) {
        let t = self.table.lock();
        (t.keys.len(), t.items, t.prefixes.len())
    }

    pub fn enable(&self, client: &ClientHandle, state: TrackingState) {
        let mut current = client.tracking.lock();
        if !current.on {
            self.clients.fetch_add(1, Relaxed);
        }
        let mut table = self.table.lock();
        if state.bcast {
            let prefixes = if state.prefixes.is_empty() { vec![Bytes::new()] } else { state.prefixes.clone() };
            for p in &prefixes {
                table.prefixes.entry(p.clone()).or_default().insert(client.id);
            }
            let mut all = current.prefixes.clone();
            for p in prefixes {
                if !all.contains(&p) {
                    all.push(p);
                }
            }
            *current = TrackingState { prefixes: all, ..state };
        } else {
            *current = TrackingState { prefixes: Vec::new(), ..state };
        }
    }

    pub fn disable(&self, client: &ClientHandle) {
        let mut current = client.tracking.lock();
        if !current.on {
            return;
        }
        let mut table = self.table.lock();
        for p in &current.prefixes {
            if let Some(ids) = table.prefixes.get_mut(p) {
                ids.remove(&client.id);
                if ids.is_empty() {
                    table.prefixes.remove(p);
                }
            }
        }
        *current = TrackingState::default();
        self.clients.fetch_sub(1, Relaxed);
    }

    /// After a read-only command of a tracking client: remembers its keys (default mode,
    /// respecting OPTIN/OPTOUT and CLIENT CACHING).
    pub fn remember(&self, server: &Server, client: &ClientHandle, keys: &[&Bytes]) {
        let state = client.tracking.lock().clone();
        if !state.on || state.bcast || keys.is_empty() {
            return;
        }
        if (state.optin && !state.caching) || (state.optout && state.caching) {
            return;
        }
        let max = server.config.read().tracking_table_max_keys;
        let mut table = self.table.lock();
        for key in keys {
            if table.keys.entry((*key).clone()).or_default().insert(client.id) {
                table.items += 1;
            }
        }
        // Past tracking-table-max-keys, forget keys (telling their clients) until back under.
        if max > 0 {
            while table.keys.len() > max {
                let Some(victim) = table.keys.keys().next().cloned() else { break };
                let ids = table.keys.remove(&victim).unwrap_or_default();
                table.items -= ids.len();
                drop(table);
                for id in ids {
                    send_invalidation(server, id, Some(&victim));
                }
                table = self.table.lock();
            }
        }
    }

    /// A key changed: tells the clients that may have cached it (`writer` is the client that
    /// changed it, for NOLOOP).
    pub fn invalidate(&self, server: &Server, key: &[u8], writer: Option<u64>) {
        let (ids, bcast_ids) = {
            let mut table = self.table.lock();
            let ids = table.keys.remove(key).unwrap_or_default();
            table.items -= ids.len();
            let mut bcast_ids = HashSet::new();
            for (prefix, clients) in &table.prefixes {
                if key.starts_with(prefix) {
                    bcast_ids.extend(clients.iter().copied());
                }
            }
            (ids, bcast_ids)
        };
        for id in ids.into_iter().chain(bcast_ids) {
            let Some(target) = server.clients.get(id) else { continue };
            let state = target.tracking.lock().clone();
            if !state.on || (state.noloop && Some(id) == writer) {
                continue;
            }
            send_invalidation(server, id, Some(&Bytes::copy_from_slice(key)));
        }
    }

    /// FLUSHDB/FLUSHALL: every tracking client is told to drop everything (a null key list).
    pub fn invalidate_all(&self, server: &Server) {
        if !self.is_active() {
            return;
        }
        {
            let mut table = self.table.lock();
            table.keys.clear();
            table.items = 0;
        }
        for client in server.clients.all() {
            if client.tracking.lock().on {
                send_invalidation(server, client.id, None);
            }
        }
    }
}

/// Sends one invalidation for `key` (None: everything) on behalf of tracking client `id`.
fn send_invalidation(server: &Server, id: u64, key: Option<&Bytes>) {
    let Some(client) = server.clients.get(id) else { return };
    let redirect = client.tracking.lock().redirect;
    let (target, redirected) = if redirect != 0 {
        match server.clients.get(redirect) {
            Some(r) => (r, true),
            None => {
                client.tracking.lock().broken_redirect = true;
                if client.resp() == Resp::V3 {
                    push(&client, &Reply::Push(vec![Reply::bulk_str("tracking-redir-broken"), Reply::Int(redirect as i64)]));
                }
                return;
            }
        }
    } else {
        (client.clone(), false)
    };
    let keys = match key {
        Some(k) => Reply::Array(vec![Reply::Bulk(k.clone())]),
        None => Reply::Nil,
    };
    if target.resp() == Resp::V3 {
        push(&target, &Reply::Push(vec![Reply::bulk_str("invalidate"), keys]));
    } else if redirected && target.has_flag(super::client::client_flags::PUBSUB) {
        let msg = Reply::Push(vec![Reply::bulk_str("message"), Reply::bulk(Bytes::from_static(INVALIDATE_CHANNEL)), keys]);
        push(&target, &msg);
    }
}

fn push(client: &Arc<ClientHandle>, reply: &Reply) {
    let mut out = BytesMut::new();
    encode(&mut out, reply, client.resp());
    client.push(&out);
}
