//! Blocking commands: BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP (and the sorted-set and stream
//! blocking commands, which use the same machinery).
//!
//! # How a client blocks
//!
//! A blocking command first runs like its non-blocking form. When none of its keys has anything
//! for it, the handler calls [`block`], still under the shard locks of its keys: the client is
//! registered as a *waiter* on each key (a per-`(db, key)` FIFO in [`Blocking`], the server's
//! registry), flagged `BLOCKED` (INFO `blocked_clients`, CLIENT LIST flag `b`) and the handler
//! returns no reply. Registering under the locks means no write to those keys can slip between
//! "found nothing" and "registered": every later write sees the waiter.
//!
//! The client's connection task then stops reading commands (what the client pipelines after
//! the blocking command waits in its buffer, as in Redis) and awaits, holding no lock and using
//! no CPU, whichever comes first: its reply (a one-shot channel), its deadline, a wake-up of its
//! handle (CLIENT KILL, CLIENT UNBLOCK, pushes) or the connection closing.
//!
//! # How it is woken
//!
//! Every change to a key goes through `Ctx::modified_in` (Redis's signalModifiedKey), which calls
//! [`signal_key`]. When clients wait on that key, the key is queued as *ready* (once, however
//! many times it changes). Pushes, LMOVE into the key, RENAME/MOVE/COPY/RESTORE/SORT STORE onto
//! it, SWAPDB ([`signal_db`]) all arrive this way. After the writing command has finished — a
//! whole EXEC for a transaction — and before its own reply is written, the writer's task runs a
//! *serving pass* ([`serve_ready`]): for each ready key, its waiters are taken first-come
//! first-served and each one's command is re-run on its behalf (with a stand-in `Client` carrying
//! its database and protocol) through the normal locking and propagation path. The re-run looks
//! only at the ready key, as Redis 7.0 serves the key that became ready: a BLPOP finds the pushed
//! element and pops it, and its reply is sent to the waiter's task; a push of three elements
//! serves three waiters in the order they blocked. A waiter whose re-run still finds nothing
//! stays registered in its place; once a re-run finds the key gone, nobody behind can be served
//! and the pass moves to the next key (a key holding another type — a list for a BZPOPMIN —
//! may still serve the waiters behind). What the re-run wrote is propagated as the non-blocking
//! form (LPOP, LMOVE, ...), after the writer's own effects.
//!
//! So the semantics are Redis 7.0's:
//! * a key deleted, or holding another type, when its waiters are served does not wake them
//!   (MULTI/LPUSH/DEL/SET/EXEC leaves a BLPOP blocked); a BLMOVE whose destination has the wrong
//!   type is woken with WRONGTYPE;
//! * inside MULTI/EXEC (and scripts: [`ClientBlocking::deny`]) the commands never block and
//!   answer as if they had timed out at once;
//! * on timeout the client gets its command's timeout reply (a null array for the list
//!   commands); CLIENT UNBLOCK gives that reply, or `-UNBLOCKED ...` with ERROR;
//! * a killed or disconnected client simply leaves the registry.
//!
//! Serving passes are serialized by one mutex so waiters are served strictly in order. Unlike in
//! single-threaded Redis, a pop from another connection running on another thread at the same
//! moment as a push may take the element before the waiters are served; the waiters then keep
//! waiting, exactly as if that pop had come first.
//!
//! A waiter is never served twice nor both served and timed out: a pass *claims* a waiter before
//! re-running its command, and a timeout, CLIENT UNBLOCK or disconnection that arrives meanwhile
//! is recorded and applied only if the re-run did not serve it.

use super::client::{client_flags, Client, ClientHandle};
use super::Server;
use crate::commands::{CmdResult, CommandEntry, Ctx};
use crate::protocol::{Reply, Resp};
use bytes::{Bytes, BytesMut};
use parking_lot::Mutex;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::Instant;

/// The error a client unblocked by `CLIENT UNBLOCK id ERROR` gets.
pub const UNBLOCKED_ERROR: &str = "UNBLOCKED client unblocked via CLIENT UNBLOCK";

/// The server's registry of blocked clients.
pub struct Blocking {
    registry: Mutex<Registry>,
    /// Registered waiters; zero makes `signal_key` a single atomic load.
    waiters: AtomicUsize,
    /// Waited-on keys per keyspace shard, so writes elsewhere skip the registry lock.
    keys_in_shard: Box<[AtomicUsize]>,
    /// Some key was signalled since the last serving pass.
    ready_pending: AtomicBool,
    /// Held by the serving pass, so waiters are served one pass at a time, in order.
    serving: Mutex<()>,
}

#[derive(Default)]
struct Registry {
    /// key -> db -> ids of the clients waiting on it, in the order they blocked.
    by_key: HashMap<Bytes, HashMap<usize, VecDeque<u64>>>,
    waiters: HashMap<u64, Waiter>,
    /// Keys signalled since the last pass, in order, without duplicates.
    ready: VecDeque<(usize, Bytes)>,
    ready_set: HashSet<(usize, Bytes)>,
}

struct Waiter {
    handle: Arc<ClientHandle>,
    db: usize,
    resp: Resp,
    entry: &'static CommandEntry,
    argv: Vec<Bytes>,
    /// The distinct keys it waits on.
    keys: Vec<Bytes>,
    timeout_reply: Reply,
    /// A serving pass is re-running its command right now.
    claimed: bool,
    /// A timeout / unblock / disconnection that arrived while claimed: `Some(reply)` to send
    /// (None: nobody to send to) if the re-run does not serve the client.
    cancelled: Option<Option<Reply>>,
    reply: oneshot::Sender<Reply>,
}

/// What a blocked client's own task keeps: the wait in progress, or the re-run mode of a
/// stand-in client. Lives in `ClientExt`.
#[derive(Default)]
pub struct ClientBlocking {
    /// Set while the client waits (between `block` and the delivery of its reply).
    pending: Option<Pending>,
    /// Set on the stand-in client a serving pass re-runs a command with.
    rerun: Option<Rerun>,
    /// Blocking is not allowed (scripts); the commands answer as if timed out. MULTI/EXEC is
    /// covered by `ClientExt::in_exec`.
    pub deny: bool,
}

struct Pending {
    entry: &'static CommandEntry,
    reply: oneshot::Receiver<Reply>,
    deadline: Option<Instant>,
}

struct Rerun {
    /// The key found ready.
    key: Bytes,
    /// The command found nothing again.
    still_blocked: bool,
    /// ...while the key exists (holding another type, or nothing this waiter wants).
    key_present: bool,
}

impl Blocking {
    pub fn new(shards: usize) -> Blocking {
        Blocking {
            registry: Mutex::new(Registry::default()),
            waiters: AtomicUsize::new(0),
            keys_in_shard: (0..shards).map(|_| AtomicUsize::new(0)).collect(),
            ready_pending: AtomicBool::new(false),
            serving: Mutex::new(()),
        }
    }

    /// Number of clients waiting in a blocking command.
    pub fn blocked_clients(&self) -> usize {
        self.waiters.load(Relaxed)
    }

    /// Number of distinct (db, key) pairs clients wait on.
    pub fn blocking_keys(&self) -> usize {
        self.registry
            .lock()
            .by_key
            .values()
            .map(|dbs| dbs.len())
            .sum()
    }
}

impl Registry {
    /// Removes a waiter from every queue; the caller then answers it (or not).
    fn remove(&mut self, blocking: &Blocking, server: &Server, id: u64) -> Option<Waiter> {
        let waiter = self.waiters.remove(&id)?;
        for key in &waiter.keys {
            if let Some(dbs) = self.by_key.get_mut(key) {
                if let Some(queue) = dbs.get_mut(&waiter.db) {
                    queue.retain(|&w| w != id);
                    if queue.is_empty() {
                        dbs.remove(&waiter.db);
                    }
                }
                if dbs.is_empty() {
                    self.by_key.remove(key);
                }
            }
            blocking.keys_in_shard[server.keyspace.shard_of(key)].fetch_sub(1, Relaxed);
        }
        blocking.waiters.fetch_sub(1, Relaxed);
        Some(waiter)
    }

    /// Ends a wait without serving it: sends `reply` (when given) and unregisters the waiter,
    /// or, when a serving pass holds it, leaves the decision to the pass. False if `id` does
    /// not wait.
    fn cancel(
        &mut self,
        blocking: &Blocking,
        server: &Server,
        id: u64,
        reply: Option<Reply>,
    ) -> bool {
        match self.waiters.get_mut(&id) {
            None => false,
            Some(w) if w.claimed => {
                if w.cancelled.is_none() {
                    w.cancelled = Some(reply);
                }
                true
            }
            Some(_) => {
                let w = self.remove(blocking, server, id).expect("present");
                if let Some(reply) = reply {
                    let _ = w.reply.send(reply);
                }
                true
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// For command handlers

/// Parses a blocking command's timeout, in seconds (a double, e.g. `0.1`), as Redis does:
/// milliseconds rounded up, 0 = wait forever. Errors: `ERR timeout is not a float or out of
/// range`, `ERR timeout is negative`.
pub fn parse_timeout(arg: &[u8]) -> Result<i64, Reply> {
    use crate::util::numbers::LongDouble;
    let Some(secs) = LongDouble::parse(arg) else {
        return Err(Reply::error("ERR timeout is not a float or out of range"));
    };
    let ms = ceil_ms(secs);
    if ms < 0 {
        return Err(Reply::error("ERR timeout is negative"));
    }
    Ok(ms)
}

/// `(long long) ceill(secs * 1000.0)` in x87 extended precision, as Redis computes a timeout:
/// the product is rounded to 64 significant bits, then rounded up to an integer; a result
/// outside the `long long` range (or an infinity) converts to `LLONG_MIN`, i.e. "negative".
/// So `-0.0001` becomes 0 (block forever) while `-0.0011` is negative, exactly as in Redis.
fn ceil_ms(secs: crate::util::numbers::LongDouble) -> i64 {
    if !secs.is_finite() {
        return i64::MIN;
    }
    let (se, mant) = secs.to_bits();
    if mant == 0 {
        return 0;
    }
    let neg = se & 0x8000 != 0;
    let biased = (se & 0x7fff) as i64;
    // value = mant * 2^exp (denormals use the smallest exponent).
    let exp = if biased == 0 {
        1 - 16383 - 63
    } else {
        biased - 16383 - 63
    };
    let product = mant as u128 * 1000;
    let bits = 128 - product.leading_zeros() as i64;
    let (mut q, mut e) = (product, exp);
    if bits > 64 {
        let shift = (bits - 64) as u32;
        let rem = product & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        q = product >> shift;
        e += shift as i64;
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
            if q >> 64 != 0 {
                q >>= 1;
                e += 1;
            }
        }
    }
    // |value| = q * 2^e with q < 2^64: its integer part and whether a fraction remains.
    let (int, frac) = if e >= 0 {
        if e >= 64 {
            return i64::MIN;
        }
        (q << e, false)
    } else if -e >= 128 {
        (0, true)
    } else {
        let sh = (-e) as u32;
        (q >> sh, q & ((1u128 << sh) - 1) != 0)
    };
    if neg {
        // ceil of a negative number drops the fraction.
        if int > 1u128 << 63 {
            return i64::MIN;
        }
        (int as i128).wrapping_neg() as i64
    } else {
        let up = int + frac as u128;
        if up > i64::MAX as u128 {
            return i64::MIN;
        }
        up as i64
    }
}

/// The key a serving pass found ready, when the command is being re-run for a blocked client;
/// the command must then look only at that key.
pub fn rerun_key(ctx: &Ctx) -> Option<Bytes> {
    ctx.client
        .ext
        .blocking
        .rerun
        .as_ref()
        .map(|r| r.key.clone())
}

/// Whether the command runs as a re-run for a blocked client (a key that holds another type
/// then means "keep waiting", not WRONGTYPE).
pub fn rerunning(ctx: &Ctx) -> bool {
    ctx.client.ext.blocking.rerun.is_some()
}

/// The keys a blocking command should try: all of `keys` in order, or only the ready key
/// during a re-run.
pub fn keys_to_try<'k>(ctx: &Ctx, keys: &'k [Bytes]) -> Vec<&'k Bytes> {
    match &ctx.client.ext.blocking.rerun {
        Some(rerun) => keys.iter().filter(|k| **k == rerun.key).take(1).collect(),
        None => keys.iter().collect(),
    }
}

/// Called by a blocking command that found nothing to serve: blocks the client on `keys` for
/// `timeout_ms` (0 = forever) and returns no reply; `timeout_reply` is sent if the time runs
/// out. Where blocking is not allowed (MULTI/EXEC, scripts) returns `denied_reply` at once.
/// During a re-run the client simply stays blocked where it was.
pub fn block(
    ctx: &mut Ctx,
    argv: &[Bytes],
    keys: &[Bytes],
    timeout_ms: i64,
    timeout_reply: Reply,
    denied_reply: Reply,
) -> CmdResult {
    if let Some(key) = rerun_key(ctx) {
        let key_present = ctx.peek(&key).is_some();
        if let Some(rerun) = ctx.client.ext.blocking.rerun.as_mut() {
            rerun.still_blocked = true;
            rerun.key_present = key_present;
        }
        return Ok(Reply::None);
    }
    if ctx.client.ext.in_exec || ctx.client.ext.blocking.deny {
        return Ok(denied_reply);
    }
    let server = ctx.server;
    let blocking = &server.blocking;
    let deadline = deadline_after(timeout_ms);
    let mut distinct: Vec<Bytes> = Vec::with_capacity(keys.len());
    for key in keys {
        if !distinct.contains(key) {
            distinct.push(key.clone());
        }
    }
    let (tx, rx) = oneshot::channel();
    let client = &mut *ctx.client;
    let id = client.handle.id;
    // A CLIENT UNBLOCK that raced with the end of an earlier wait must not end this one.
    client.handle.take_unblock();
    {
        let mut reg = blocking.registry.lock();
        for key in &distinct {
            reg.by_key
                .entry(key.clone())
                .or_default()
                .entry(client.db)
                .or_default()
                .push_back(id);
            blocking.keys_in_shard[server.keyspace.shard_of(key)].fetch_add(1, Relaxed);
        }
        reg.waiters.insert(
            id,
            Waiter {
                handle: client.handle.clone(),
                db: client.db,
                resp: client.resp,
                entry: ctx.cmd,
                argv: argv.to_vec(),
                keys: distinct,
                timeout_reply,
                claimed: false,
                cancelled: None,
                reply: tx,
            },
        );
        blocking.waiters.fetch_add(1, Relaxed);
    }
    client.ext.blocking.pending = Some(Pending {
        entry: ctx.cmd,
        reply: rx,
        deadline,
    });
    client.handle.set_flag(client_flags::BLOCKED, true);
    Ok(Reply::None)
}

/// The moment a wait of `timeout_ms` ends (None: never). As in Redis, a deadline beyond the
/// millisecond clock's range never comes.
fn deadline_after(timeout_ms: i64) -> Option<Instant> {
    if timeout_ms <= 0 || timeout_ms > i64::MAX - super::clock::now_ms() {
        return None;
    }
    Instant::now().checked_add(Duration::from_millis(timeout_ms as u64))
}

// ---------------------------------------------------------------------------------------------
// For the rest of the server

/// Redis's signalKeyAsReady: `key` of database `db` may now have something for the clients
/// waiting on it. Called for every modified key (`Ctx::modified_in`); costs one atomic load
/// when nobody waits.
pub fn signal_key(server: &Server, db: usize, key: &[u8]) {
    let blocking = &server.blocking;
    if blocking.waiters.load(Relaxed) == 0
        || blocking.keys_in_shard[server.keyspace.shard_of(key)].load(Relaxed) == 0
    {
        return;
    }
    let mut reg = blocking.registry.lock();
    let waited = reg.by_key.get(key).is_some_and(|dbs| dbs.contains_key(&db));
    if waited {
        let ready = (db, Bytes::copy_from_slice(key));
        if reg.ready_set.insert(ready.clone()) {
            reg.ready.push_back(ready);
            blocking.ready_pending.store(true, Relaxed);
        }
        SIGNALLED_HERE.with(|s| s.set(true));
    }
}

thread_local! {
    /// This thread's command signalled a key: its serving pass must not return before the
    /// waiters are served, even when another thread's pass took the key (see `serve_ready`).
    static SIGNALLED_HERE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Signals every waited-on key of `db` (SWAPDB, which changes what all of them hold).
pub fn signal_db(server: &Server, db: usize) {
    let blocking = &server.blocking;
    if blocking.waiters.load(Relaxed) == 0 {
        return;
    }
    let mut reg = blocking.registry.lock();
    let keys: Vec<Bytes> = reg
        .by_key
        .iter()
        .filter(|(_, dbs)| dbs.contains_key(&db))
        .map(|(k, _)| k.clone())
        .collect();
    for key in keys {
        SIGNALLED_HERE.with(|s| s.set(true));
        let ready = (db, key);
        if reg.ready_set.insert(ready.clone()) {
            reg.ready.push_back(ready);
            blocking.ready_pending.store(true, Relaxed);
        }
    }
}

/// The serving pass: serves the clients waiting on the keys signalled so far (see the module
/// documentation). Called after every top-level command (`dispatch::execute`), holding no lock;
/// costs one atomic load when no key is ready.
///
/// A command that signalled keys always waits for the serving lock: if a pass running on another
/// thread took its keys, the command's reply must still wait until that pass is done, so that
/// its client's next command sees the waiters served. (Commands run synchronously between their
/// signals and this call, so a thread-local flag tells which thread signalled.)
pub fn serve_ready(server: &Arc<Server>) {
    let blocking = &server.blocking;
    let signalled_here = SIGNALLED_HERE.with(|s| s.replace(false));
    if !signalled_here && !blocking.ready_pending.load(Relaxed) {
        return;
    }
    let _pass = blocking.serving.lock();
    loop {
        let (ready, queue) = {
            let mut reg = blocking.registry.lock();
            let Some(ready) = reg.ready.pop_front() else {
                blocking.ready_pending.store(false, Relaxed);
                return;
            };
            reg.ready_set.remove(&ready);
            let queue: Vec<u64> = reg
                .by_key
                .get(&ready.1)
                .and_then(|dbs| dbs.get(&ready.0))
                .map(|q| q.iter().copied().collect())
                .unwrap_or_default();
            (ready, queue)
        };
        for id in queue {
            match serve_one(server, id, &ready.1) {
                Served::Yes | Served::Skipped => {}
                // A key that is gone serves nobody behind either. One that holds another type
                // (a list for a BZPOPMIN) may still serve the next waiters (BLPOPs).
                Served::StillBlocked { key_present } => {
                    if !key_present {
                        break;
                    }
                }
            }
        }
    }
}

enum Served {
    Yes,
    StillBlocked {
        key_present: bool,
    },
    /// Gone, or on its way out (killed, CLIENT UNBLOCK pending).
    Skipped,
}

/// Re-runs waiter `id`'s command for ready `key` and answers it if that served it.
fn serve_one(server: &Arc<Server>, id: u64, key: &Bytes) -> Served {
    let blocking = &server.blocking;
    let (handle, db, resp, entry, argv) = {
        let mut reg = blocking.registry.lock();
        let Some(w) = reg.waiters.get_mut(&id) else {
            return Served::Skipped;
        };
        if w.claimed
            || w.cancelled.is_some()
            || w.handle.killed.load(Relaxed)
            || w.handle.unblock.lock().is_some()
        {
            return Served::Skipped;
        }
        w.claimed = true;
        (w.handle.clone(), w.db, w.resp, w.entry, w.argv.clone())
    };
    let mut stand_in = Client::new(handle, true);
    stand_in.db = db;
    stand_in.resp = resp;
    stand_in.ext.blocking.rerun = Some(Rerun {
        key: key.clone(),
        still_blocked: false,
        key_present: false,
    });
    let reply = super::dispatch::rerun_blocked(server, &mut stand_in, entry, &argv);
    let (still_blocked, key_present) = stand_in
        .ext
        .blocking
        .rerun
        .as_ref()
        .map_or((false, false), |r| (r.still_blocked, r.key_present));
    let mut reg = blocking.registry.lock();
    let w = reg
        .waiters
        .get_mut(&id)
        .expect("a claimed waiter stays registered");
    w.claimed = false;
    if still_blocked {
        if let Some(cancelled) = w.cancelled.take() {
            let w = reg.remove(blocking, server, id).expect("present");
            if let Some(reply) = cancelled {
                let _ = w.reply.send(reply);
            }
        }
        return Served::StillBlocked { key_present };
    }
    let w = reg.remove(blocking, server, id).expect("present");
    let _ = w.reply.send(reply);
    Served::Yes
}

/// CLIENT UNBLOCK: ends the wait of client `id` with its timeout reply, or with
/// `-UNBLOCKED client unblocked via CLIENT UNBLOCK` when `with_error`. False when that client
/// is not blocked in a blocking command.
pub fn unblock(server: &Server, client_id: u64, with_error: bool) -> bool {
    let blocking = &server.blocking;
    let mut reg = blocking.registry.lock();
    let Some(w) = reg.waiters.get(&client_id) else {
        return false;
    };
    let reply = if with_error {
        Reply::error(UNBLOCKED_ERROR)
    } else {
        w.timeout_reply.clone()
    };
    reg.cancel(blocking, server, client_id, Some(reply))
}

/// Whether the client's last command blocked it (its reply comes later).
pub fn is_blocked(client: &Client) -> bool {
    client.ext.blocking.pending.is_some()
}

/// Waits for a blocked client's reply: served, timed out, or unblocked. Cancel-safe: the
/// connection task selects on it together with its socket and wake-ups, and calls it again.
pub async fn wait(server: &Server, client: &mut Client) -> Reply {
    let id = client.handle.id;
    let Some(pending) = client.ext.blocking.pending.as_mut() else {
        return Reply::None;
    };
    loop {
        let deadline = pending.deadline;
        let timeout = async move {
            match deadline {
                Some(at) => tokio::time::sleep_until(at).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            reply = &mut pending.reply => {
                return reply.unwrap_or(Reply::NilArray);
            }
            _ = timeout => {
                // From now on only the reply is awaited: ours, or a serving pass's if one
                // holds the waiter right now.
                pending.deadline = None;
                let blocking = &server.blocking;
                let mut reg = blocking.registry.lock();
                if let Some(reply) = reg.waiters.get(&id).map(|w| w.timeout_reply.clone()) {
                    reg.cancel(blocking, server, id, Some(reply));
                }
            }
        }
    }
}

/// After a wake-up of a blocked client's task: applies a CLIENT UNBLOCK request made through
/// `ClientHandle::request_unblock` (the reply then arrives through `wait`).
pub fn take_unblock_request(server: &Server, client: &mut Client) {
    if client.ext.blocking.pending.is_none() {
        return;
    }
    if let Some(reason) = client.handle.take_unblock() {
        unblock(
            server,
            client.handle.id,
            reason == super::client::UnblockReason::Error,
        );
    }
}

/// Ends a blocked client's wait with `reply` (from `wait`) and writes it.
pub fn deliver(server: &Server, client: &mut Client, reply: Reply, out: &mut BytesMut) {
    if let Some(pending) = client.ext.blocking.pending.take() {
        client.handle.set_flag(client_flags::BLOCKED, false);
        client.handle.take_unblock();
        if reply.is_error() {
            pending.entry.stats.failed_calls.fetch_add(1, Relaxed);
        }
    }
    super::dispatch::write_reply(server, client, &reply, out);
}

/// A client's connection is closing: it stops waiting.
pub fn forget_client(server: &Server, client: &mut Client) {
    if client.ext.blocking.pending.take().is_some() {
        let blocking = &server.blocking;
        blocking
            .registry
            .lock()
            .cancel(blocking, server, client.handle.id, None);
        client.handle.set_flag(client_flags::BLOCKED, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_parse_like_redis() {
        let ms = |s: &str| parse_timeout(s.as_bytes());
        assert_eq!(ms("0"), Ok(0));
        assert_eq!(ms("1"), Ok(1000));
        assert_eq!(ms("0.1"), Ok(100));
        assert_eq!(ms("0.0001"), Ok(1));
        assert_eq!(ms("1e-10"), Ok(1));
        assert_eq!(ms("0x10"), Ok(16000));
        assert_eq!(ms("-0"), Ok(0));
        // Rounded up towards zero: tiny negative timeouts become "forever", as in Redis.
        assert_eq!(ms("-0.0001"), Ok(0));
        assert_eq!(ms("-0.001"), Ok(0));
        assert_eq!(ms("9223372036854775.807"), Ok(i64::MAX));
        let negative = Err(Reply::error("ERR timeout is negative"));
        assert_eq!(ms("-0.0011"), negative);
        assert_eq!(ms("-1"), negative);
        assert_eq!(ms("inf"), negative);
        assert_eq!(ms("-inf"), negative);
        assert_eq!(ms("1e300"), negative);
        let not_float = Err(Reply::error("ERR timeout is not a float or out of range"));
        for bad in ["abc", "", " 1", "nan", "1e5000", "1.5e3x"] {
            assert_eq!(ms(bad), not_float, "{bad:?}");
        }
    }
}
