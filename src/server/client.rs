//! Client state: the part only the connection task touches (`Client`) and the part other
//! tasks see through the registry (`ClientHandle`: CLIENT LIST/KILL, pushes from publishers).

use crate::commands::CommandEntry;
use crate::protocol::Resp;
use bytes::{Bytes, BytesMut};
use parking_lot::Mutex;
use std::collections::BTreeMap;
use std::sync::atomic::{
    AtomicBool, AtomicI64, AtomicU64, AtomicU8, AtomicUsize, Ordering::Relaxed,
};
use std::sync::Arc;
use tokio::sync::Notify;

/// CLIENT REPLY mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyMode {
    On,
    Off,
    /// Skip the reply of the next command only.
    Skip,
    /// Set by CLIENT REPLY SKIP, becomes `Skip` after the SKIP command's own (suppressed) reply.
    SkipNext,
}

/// What other tasks may see of, or do to, a client.
pub struct ClientHandle {
    pub id: u64,
    pub addr: String,
    pub laddr: String,
    pub created_ms: i64,
    pub name: Mutex<Option<Bytes>>,
    pub lib_name: Mutex<Option<Bytes>>,
    pub lib_ver: Mutex<Option<Bytes>>,
    pub last_interaction_ms: AtomicI64,
    pub db: AtomicUsize,
    pub last_cmd: LastCommand,
    /// Protocol version, for encoding pushes (2 or 3).
    pub resp: AtomicU8,
    /// Query buffer length and capacity, output buffer size (CLIENT LIST qbuf/qbuf-free/omem).
    pub qbuf: AtomicUsize,
    pub qbuf_cap: AtomicUsize,
    pub omem: AtomicUsize,
    pub kind: AtomicU8,
    /// Set by CLIENT KILL; the connection task closes as soon as it sees it.
    pub killed: AtomicBool,
    /// Set by the cron when the client has been idle long enough for its empty query buffer to
    /// be given back; the connection task frees it when woken.
    pub release_qbuf: AtomicBool,
    /// Encoded out-of-band replies (pub/sub messages, invalidations, MONITOR lines) waiting to
    /// be written by the connection task.
    pub pushes: Mutex<BytesMut>,
    /// Wakes the connection task (kill, pushes, unblock).
    pub wake: Notify,
    pub commands_processed: AtomicU64,
    /// Flags CLIENT LIST shows (see `flag_chars`).
    pub flags: AtomicU64,
    /// Extra text for CLIENT LIST's `sub`/`psub`/`multi` fields, kept up to date by the task.
    pub sub_counts: Mutex<(usize, usize, usize, i64)>,
    /// CLIENT TRACKING settings (read by other clients' writes to send invalidations).
    pub tracking: Mutex<super::tracking::TrackingState>,
    /// When the output queue first went over the soft limit (0: it is under).
    pub soft_limit_since_ms: AtomicI64,
    /// The socket's file descriptor (CLIENT LIST `fd=`), -1 for connection-less clients.
    pub fd: AtomicI64,
    /// The ACL user the connection is authenticated as (CLIENT LIST `user=`, CLIENT KILL USER).
    pub user: Mutex<String>,
    /// Set by CLIENT UNBLOCK for a client blocked in a blocking command; the blocking wait
    /// takes it when woken (see `request_unblock`).
    pub unblock: Mutex<Option<UnblockReason>>,
    /// CLIENT TRACKING REDIRECT target while tracking (CLIENT LIST `redir=`; 0 = none).
    pub tracking_redirect: AtomicI64,
}

/// How CLIENT UNBLOCK wants a blocked client to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnblockReason {
    /// As if the command's timeout had expired (its usual timeout reply).
    Timeout,
    /// With `-UNBLOCKED client unblocked via CLIENT UNBLOCK`.
    Error,
}

/// Client kinds, as CLIENT LIST TYPE and CLIENT KILL TYPE name them.
pub const KIND_NORMAL: u8 = 0;
pub const KIND_PUBSUB: u8 = 1;
pub const KIND_MASTER: u8 = 2;
pub const KIND_REPLICA: u8 = 3;

pub mod client_flags {
    pub const MONITOR: u64 = 1 << 0;
    pub const MULTI: u64 = 1 << 1;
    pub const BLOCKED: u64 = 1 << 2;
    pub const DIRTY_CAS: u64 = 1 << 3;
    pub const CLOSE_AFTER_REPLY: u64 = 1 << 4;
    pub const NO_EVICT: u64 = 1 << 5;
    pub const NO_TOUCH: u64 = 1 << 6;
    pub const TRACKING: u64 = 1 << 7;
    pub const READONLY: u64 = 1 << 8;
    pub const PUBSUB: u64 = 1 << 9;
    /// Waiting for a CLIENT PAUSE to end (counted as blocked, shown as `b`, but CLIENT UNBLOCK
    /// does not apply to it).
    pub const POSTPONED: u64 = 1 << 10;
    /// CLIENT TRACKING in BCAST mode (`B`).
    pub const TRACKING_BCAST: u64 = 1 << 11;
    /// The CLIENT TRACKING REDIRECT target has gone (`R`).
    pub const TRACKING_BROKEN_REDIR: u64 = 1 << 12;
}

impl ClientHandle {
    pub fn resp(&self) -> Resp {
        if self.resp.load(Relaxed) == 3 {
            Resp::V3
        } else {
            Resp::V2
        }
    }

    pub fn has_flag(&self, flag: u64) -> bool {
        self.flags.load(Relaxed) & flag != 0
    }

    pub fn set_flag(&self, flag: u64, on: bool) {
        if on {
            self.flags.fetch_or(flag, Relaxed);
        } else {
            self.flags.fetch_and(!flag, Relaxed);
        }
    }

    /// Asks the connection task to close the connection.
    pub fn kill(&self) {
        self.killed.store(true, Relaxed);
        self.wake.notify_one();
    }

    /// Queues already-encoded bytes to be written to this client and wakes its task.
    pub fn push(&self, bytes: &[u8]) {
        let mut q = self.pushes.lock();
        q.extend_from_slice(bytes);
        self.omem.store(q.len(), Relaxed);
        drop(q);
        self.wake.notify_one();
    }

    /// `push` under a client-output-buffer-limit: past the hard limit, or past the soft limit
    /// for longer than its seconds, the client is disconnected and the bytes dropped, so a
    /// subscriber that stops reading costs bounded memory. Returns false when it disconnected.
    pub fn push_limited(
        &self,
        bytes: &[u8],
        limit: &crate::config::ClientBufferLimit,
        now_ms: i64,
    ) -> bool {
        if self.killed.load(Relaxed) {
            return false;
        }
        let mut q = self.pushes.lock();
        let size = (q.len() + bytes.len()) as u64;
        let hard = limit.hard_limit_bytes > 0 && size > limit.hard_limit_bytes;
        let soft = limit.soft_limit_bytes > 0 && size > limit.soft_limit_bytes;
        let soft_expired = if soft {
            let since = self.soft_limit_since_ms.load(Relaxed);
            if since == 0 {
                self.soft_limit_since_ms.store(now_ms, Relaxed);
                false
            } else {
                now_ms - since > limit.soft_limit_seconds as i64 * 1000
            }
        } else {
            self.soft_limit_since_ms.store(0, Relaxed);
            false
        };
        if hard || soft_expired {
            *q = BytesMut::new();
            self.omem.store(0, Relaxed);
            drop(q);
            self.kill();
            return false;
        }
        q.extend_from_slice(bytes);
        self.omem.store(q.len(), Relaxed);
        drop(q);
        self.wake.notify_one();
        true
    }

    /// CLIENT LIST `flags=` letters, in Redis's order.
    pub fn flag_chars(&self) -> String {
        use client_flags::*;
        let f = self.flags.load(Relaxed);
        let kind = self.kind.load(Relaxed);
        let mut s = String::new();
        // MONITOR clients are replicas of a sort in Redis: `O` takes the place of `S`.
        if f & MONITOR != 0 {
            s.push('O');
        } else if kind == KIND_REPLICA {
            s.push('S');
        }
        if kind == KIND_MASTER {
            s.push('M');
        }
        for (flag, letter) in [
            (PUBSUB, 'P'),
            (MULTI, 'x'),
            (BLOCKED, 'b'),
            (TRACKING, 't'),
            (TRACKING_BROKEN_REDIR, 'R'),
            (TRACKING_BCAST, 'B'),
            (DIRTY_CAS, 'd'),
            (CLOSE_AFTER_REPLY, 'c'),
            (READONLY, 'r'),
            (NO_EVICT, 'e'),
            (NO_TOUCH, 'T'),
        ] {
            if f & flag != 0 {
                s.push(letter);
            }
        }
        if s.is_empty() {
            s.push('N');
        }
        s
    }

    /// The client's type as CLIENT LIST/KILL TYPE and the output buffer limits classify it.
    pub fn client_type(&self) -> u8 {
        match self.kind.load(Relaxed) {
            KIND_MASTER => KIND_MASTER,
            KIND_REPLICA => KIND_REPLICA,
            _ if self.has_flag(client_flags::PUBSUB) => KIND_PUBSUB,
            _ => KIND_NORMAL,
        }
    }

    /// CLIENT UNBLOCK: wakes the client if it is blocked in a blocking command (not merely
    /// postponed by CLIENT PAUSE). Returns whether it was.
    ///
    /// Hook for blocking commands: while a command waits, its task sets `BLOCKED`, and when
    /// woken through `wake` checks `take_unblock()`: `Some(Timeout)` means "reply as if timed
    /// out", `Some(Error)` means reply `-UNBLOCKED client unblocked via CLIENT UNBLOCK`.
    pub fn request_unblock(&self, reason: UnblockReason) -> bool {
        let f = self.flags.load(Relaxed);
        if f & client_flags::BLOCKED == 0 || f & client_flags::POSTPONED != 0 {
            return false;
        }
        *self.unblock.lock() = Some(reason);
        self.wake.notify_one();
        true
    }

    /// Takes a pending CLIENT UNBLOCK request (see `request_unblock`).
    pub fn take_unblock(&self) -> Option<UnblockReason> {
        self.unblock.lock().take()
    }

    /// Seconds since the client last sent something.
    pub fn idle_secs(&self, now_ms: i64) -> i64 {
        (now_ms / 1000 - self.last_interaction_ms.load(Relaxed) / 1000).max(0)
    }

    /// Whether the `timeout` directive may close this client when idle: Redis spares
    /// replicas, masters, blocked clients and pub/sub subscribers (and MONITORs, which are
    /// replicas to it).
    pub fn closes_when_idle(&self) -> bool {
        use client_flags::*;
        self.kind.load(Relaxed) == KIND_NORMAL && !self.has_flag(BLOCKED | PUBSUB | MONITOR)
    }
}

/// The state of one connection that only its own task touches.
pub struct Client {
    pub handle: Arc<ClientHandle>,
    pub db: usize,
    pub resp: Resp,
    pub authenticated: bool,
    pub reply_mode: ReplyMode,
    /// Close once the pending replies are written (QUIT, protocol errors, CLIENT KILL of self).
    pub close_after_reply: bool,
    /// Commands executed (counted by the dispatcher's `call`, as Redis counts
    /// total_commands_processed: rejected requests do not count, EXEC's commands do).
    pub calls: u64,
    /// Extension state owned by later subsystems (transactions, pub/sub, tracking, blocking).
    pub ext: ClientExt,
}

/// Per-client state of the subsystems layered on the dispatcher.
#[derive(Default)]
pub struct ClientExt {
    /// Commands queued by MULTI, `None` outside a transaction.
    pub multi: Option<Vec<QueuedCommand>>,
    /// An error was raised while queueing: EXEC must abort.
    pub multi_dirty: bool,
    /// Keys this client WATCHes: (db, key). The watch itself lives in the key's shard.
    pub watched: Vec<(usize, Bytes)>,
    /// Set when a watched key is modified (shared with the shards' watch registries).
    pub watch_dirty: Arc<AtomicBool>,
    /// True while EXEC runs the queued commands: blocking commands must not block, and
    /// effects are collected in `exec_effects` to be propagated as one MULTI/EXEC block.
    pub in_exec: bool,
    pub exec_effects: Vec<(usize, Vec<Bytes>)>,
    /// Pub/sub subscriptions: channels, patterns, shard channels.
    pub channels: std::collections::HashSet<Bytes>,
    /// In subscription order: PUNSUBSCRIBE without arguments answers in that order.
    pub patterns: Vec<Bytes>,
    pub shard_channels: std::collections::HashSet<Bytes>,
    /// A blocking command's wait in progress (BLPOP & co, see `server::blocking`).
    pub blocking: super::blocking::ClientBlocking,
    /// Tracking invalidations for this client held until its re-run blocked command has
    /// replied (see `server::tracking`).
    pub tracking_deferred: Vec<crate::protocol::Reply>,
}

/// A command accepted by MULTI, run by EXEC.
pub struct QueuedCommand {
    pub entry: &'static CommandEntry,
    pub argv: Vec<Bytes>,
}

impl Client {
    pub fn new(handle: Arc<ClientHandle>, authenticated: bool) -> Client {
        Client {
            handle,
            db: 0,
            resp: Resp::V2,
            authenticated,
            reply_mode: ReplyMode::On,
            close_after_reply: false,
            calls: 0,
            ext: ClientExt::default(),
        }
    }

    pub fn id(&self) -> u64 {
        self.handle.id
    }

    /// Inside MULTI (queueing) or while EXEC runs the queue.
    pub fn in_multi(&self) -> bool {
        self.ext.multi.is_some() || self.ext.in_exec
    }

    pub fn select(&mut self, db: usize) {
        self.db = db;
        self.handle.db.store(db, Relaxed);
    }

    pub fn set_resp(&mut self, resp: Resp) {
        self.resp = resp;
        self.handle
            .resp
            .store(if resp == Resp::V3 { 3 } else { 2 }, Relaxed);
    }
}

/// Which commands a client pause holds back; ordered from least to most restrictive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PauseKind {
    Off,
    /// Commands that may replicate (writes, PUBLISH, PFCOUNT, EVAL, EXEC of such commands).
    Write,
    All,
}

/// Who asked for a pause. Each purpose keeps its own kind and deadline, and the most
/// restrictive live one is in force (Redis's pause purposes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PausePurpose {
    ClientCommand = 0,
    Shutdown = 1,
    Failover = 2,
}

/// Every connected client, by id, plus the state that concerns all of them: client pauses and
/// the MONITOR list.
#[derive(Default)]
pub struct Clients {
    next_id: AtomicU64,
    map: Mutex<BTreeMap<u64, Arc<ClientHandle>>>,
    /// (kind, end in unix ms) per `PausePurpose`.
    pauses: Mutex<[Option<(PauseKind, i64)>; 3]>,
    /// Fast path for every request: false when no pause was set since the last one ended.
    pause_set: AtomicBool,
    /// Notified when a pause is set, changed or lifted, so postponed clients look again.
    pub pause_changed: Notify,
    monitors: Mutex<Vec<Arc<ClientHandle>>>,
    monitor_count: AtomicUsize,
}

impl Clients {
    pub fn register(&self, addr: String, laddr: String) -> Arc<ClientHandle> {
        let id = self.next_id.fetch_add(1, Relaxed) + 1;
        let now = super::clock::now_ms();
        let handle = Arc::new(ClientHandle {
            id,
            addr,
            laddr,
            created_ms: now,
            name: Mutex::new(None),
            lib_name: Mutex::new(None),
            lib_ver: Mutex::new(None),
            last_interaction_ms: AtomicI64::new(now),
            db: AtomicUsize::new(0),
            last_cmd: LastCommand::default(),
            resp: AtomicU8::new(2),
            qbuf: AtomicUsize::new(0),
            qbuf_cap: AtomicUsize::new(0),
            omem: AtomicUsize::new(0),
            kind: AtomicU8::new(KIND_NORMAL),
            killed: AtomicBool::new(false),
            release_qbuf: AtomicBool::new(false),
            pushes: Mutex::new(BytesMut::new()),
            wake: Notify::new(),
            commands_processed: AtomicU64::new(0),
            flags: AtomicU64::new(0),
            sub_counts: Mutex::new((0, 0, 0, -1)),
            tracking: Mutex::new(Default::default()),
            soft_limit_since_ms: AtomicI64::new(0),
            fd: AtomicI64::new(-1),
            user: Mutex::new("default".to_string()),
            unblock: Mutex::new(None),
            tracking_redirect: AtomicI64::new(0),
        });
        self.map.lock().insert(id, handle.clone());
        handle
    }

    /// Removes a client from the registry (and from the MONITOR list). Safe to call twice.
    pub fn unregister(&self, id: u64) {
        self.map.lock().remove(&id);
        if self.monitor_count.load(Relaxed) > 0 {
            let mut monitors = self.monitors.lock();
            monitors.retain(|m| m.id != id);
            self.monitor_count.store(monitors.len(), Relaxed);
        }
    }

    /// Disconnects another client (CLIENT KILL, idle timeout): it leaves the registry at once,
    /// so CLIENT LIST and INFO stop counting it, and its task closes the socket when it wakes.
    pub fn kill(&self, handle: &ClientHandle) {
        handle.kill();
        self.unregister(handle.id);
    }

    /// Clients currently blocked (blocking commands and clients postponed by a pause).
    pub fn blocked_count(&self) -> usize {
        self.map
            .lock()
            .values()
            .filter(|c| c.has_flag(client_flags::BLOCKED))
            .count()
    }

    /// Pauses clients until `end_ms` (unix ms). A pause already set for the same purpose is
    /// extended: the later deadline and the more restrictive kind win.
    pub fn pause(&self, purpose: PausePurpose, end_ms: i64, kind: PauseKind) {
        let mut pauses = self.pauses.lock();
        let slot = &mut pauses[purpose as usize];
        *slot = Some(match *slot {
            Some((k, e)) => (k.max(kind), e.max(end_ms)),
            None => (kind, end_ms),
        });
        self.pause_set.store(true, Relaxed);
        drop(pauses);
        self.pause_changed.notify_waiters();
    }

    /// Lifts the pause of one purpose; postponed clients are re-examined.
    pub fn unpause(&self, purpose: PausePurpose) {
        self.pauses.lock()[purpose as usize] = None;
        self.pause_changed.notify_waiters();
    }

    /// The pause in force at `now_ms`: its kind and deadline (`(Off, 0)` when none).
    pub fn pause_state(&self, now_ms: i64) -> (PauseKind, i64) {
        if !self.pause_set.load(Relaxed) {
            return (PauseKind::Off, 0);
        }
        let mut pauses = self.pauses.lock();
        let mut kind = PauseKind::Off;
        for slot in pauses.iter_mut() {
            match *slot {
                Some((_, end)) if end < now_ms => *slot = None,
                Some((k, _)) => kind = kind.max(k),
                None => {}
            }
        }
        let end = pauses
            .iter()
            .flatten()
            .filter(|(k, _)| *k == kind)
            .map(|(_, e)| *e)
            .max()
            .unwrap_or(0);
        if kind == PauseKind::Off {
            self.pause_set.store(false, Relaxed);
        }
        (kind, end)
    }

    /// True while any pause is in force. During a pause Redis neither expires keys actively
    /// nor deletes expired keys it finds (they only read as missing), so that the dataset a
    /// failover hands over does not change.
    pub fn paused(&self) -> bool {
        self.pause_state(super::clock::now_ms()).0 != PauseKind::Off
    }

    /// MONITOR: `handle` receives every command executed from now on.
    pub fn add_monitor(&self, handle: Arc<ClientHandle>) {
        let mut monitors = self.monitors.lock();
        monitors.push(handle);
        self.monitor_count.store(monitors.len(), Relaxed);
    }

    /// Ends MONITOR mode for a client (RESET).
    pub fn remove_monitor(&self, handle: &ClientHandle) {
        handle.set_flag(client_flags::MONITOR, false);
        let mut monitors = self.monitors.lock();
        monitors.retain(|m| m.id != handle.id);
        self.monitor_count.store(monitors.len(), Relaxed);
    }

    pub fn has_monitors(&self) -> bool {
        self.monitor_count.load(Relaxed) > 0
    }

    /// Sends a command to the MONITOR clients as Redis shows it:
    /// `+1700000000.123456 [0 127.0.0.1:12345] "set" "k" "v"`. `origin` is the client's
    /// address, or `lua` for commands run by scripts. Arguments at the `redacted` indexes show
    /// as `"(redacted)"`.
    pub fn feed_monitors(&self, origin: &str, db: usize, argv: &[Bytes], redacted: &[usize]) {
        if !self.has_monitors() {
            return;
        }
        let now = super::clock::now_us();
        let mut line = format!(
            "+{}.{:06} [{} {}] ",
            now / 1_000_000,
            now % 1_000_000,
            db,
            origin
        )
        .into_bytes();
        for (i, arg) in argv.iter().enumerate() {
            if i > 0 {
                line.push(b' ');
            }
            let arg: &[u8] = if redacted.contains(&i) {
                b"(redacted)"
            } else {
                arg
            };
            crate::util::repr::cat_repr(&mut line, arg);
        }
        line.extend_from_slice(b"\r\n");
        for monitor in self.monitors.lock().iter() {
            monitor.push(&line);
        }
    }

    pub fn count(&self) -> usize {
        self.map.lock().len()
    }

    pub fn get(&self, id: u64) -> Option<Arc<ClientHandle>> {
        self.map.lock().get(&id).cloned()
    }

    /// A snapshot of every client, ascending by id.
    pub fn all(&self) -> Vec<Arc<ClientHandle>> {
        self.map.lock().values().cloned().collect()
    }
}

/// The command a client ran last (CLIENT LIST `cmd`), set on every command without a lock.
#[derive(Default)]
pub struct LastCommand(std::sync::atomic::AtomicPtr<CommandEntry>);

impl LastCommand {
    #[inline]
    pub fn set(&self, entry: &'static CommandEntry) {
        let ptr = entry as *const CommandEntry as *mut CommandEntry;
        if self.0.load(Relaxed) != ptr {
            self.0.store(ptr, Relaxed);
        }
    }

    pub fn get(&self) -> Option<&'static CommandEntry> {
        let ptr = self.0.load(Relaxed);
        // SAFETY: only `&'static CommandEntry` references are ever stored (see `set`).
        (!ptr.is_null()).then(|| unsafe { &*ptr })
    }
}
