//! Client state: the part only the connection task touches (`Client`) and the part other
//! tasks see through the registry (`ClientHandle`: CLIENT LIST/KILL, pushes from publishers).

use crate::commands::CommandEntry;
use crate::protocol::Resp;
use bytes::{Bytes, BytesMut};
use parking_lot::Mutex;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicU8, AtomicUsize, Ordering::Relaxed};
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
    pub last_cmd: Mutex<Option<&'static CommandEntry>>,
    /// Protocol version, for encoding pushes (2 or 3).
    pub resp: AtomicU8,
    /// Query buffer length and capacity, output buffer size (CLIENT LIST qbuf/qbuf-free/omem).
    pub qbuf: AtomicUsize,
    pub qbuf_cap: AtomicUsize,
    pub omem: AtomicUsize,
    pub kind: AtomicU8,
    /// Set by CLIENT KILL; the connection task closes as soon as it sees it.
    pub killed: AtomicBool,
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

    /// CLIENT LIST `flags=` letters.
    pub fn flag_chars(&self) -> String {
        let f = self.flags.load(Relaxed);
        let mut s = String::new();
        if self.kind.load(Relaxed) == KIND_REPLICA {
            s.push('S');
        }
        if self.kind.load(Relaxed) == KIND_MASTER {
            s.push('M');
        }
        if f & client_flags::PUBSUB != 0 {
            s.push('P');
        }
        if f & client_flags::MULTI != 0 {
            s.push('x');
        }
        if f & client_flags::BLOCKED != 0 {
            s.push('b');
        }
        if f & client_flags::TRACKING != 0 {
            s.push('t');
        }
        if f & client_flags::DIRTY_CAS != 0 {
            s.push('d');
        }
        if f & client_flags::CLOSE_AFTER_REPLY != 0 {
            s.push('c');
        }
        if f & client_flags::READONLY != 0 {
            s.push('r');
        }
        if f & client_flags::NO_EVICT != 0 {
            s.push('e');
        }
        if f & client_flags::NO_TOUCH != 0 {
            s.push('T');
        }
        if f & client_flags::MONITOR != 0 {
            s.push('O');
        }
        if s.is_empty() {
            s.push('N');
        }
        s
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
    /// Extension state owned by later subsystems (transactions, pub/sub, tracking, blocking).
    pub ext: ClientExt,
}

/// Per-client state of the subsystems layered on the dispatcher.
#[derive(Default)]
pub struct ClientExt {
    /// Commands queued by MULTI, `None` outside a transaction.
    pub multi: Option<Vec<Vec<Bytes>>>,
    /// An error was raised while queueing: EXEC must abort.
    pub multi_dirty: bool,
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
            ext: ClientExt::default(),
        }
    }

    pub fn id(&self) -> u64 {
        self.handle.id
    }

    pub fn select(&mut self, db: usize) {
        self.db = db;
        self.handle.db.store(db, Relaxed);
    }

    pub fn set_resp(&mut self, resp: Resp) {
        self.resp = resp;
        self.handle.resp.store(if resp == Resp::V3 { 3 } else { 2 }, Relaxed);
    }
}

/// Every connected client, by id.
#[derive(Default)]
pub struct Clients {
    next_id: AtomicU64,
    map: Mutex<BTreeMap<u64, Arc<ClientHandle>>>,
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
            last_cmd: Mutex::new(None),
            resp: AtomicU8::new(2),
            qbuf: AtomicUsize::new(0),
            qbuf_cap: AtomicUsize::new(0),
            omem: AtomicUsize::new(0),
            kind: AtomicU8::new(KIND_NORMAL),
            killed: AtomicBool::new(false),
            pushes: Mutex::new(BytesMut::new()),
            wake: Notify::new(),
            commands_processed: AtomicU64::new(0),
            flags: AtomicU64::new(0),
            sub_counts: Mutex::new((0, 0, 0, -1)),
        });
        self.map.lock().insert(id, handle.clone());
        handle
    }

    pub fn unregister(&self, id: u64) {
        self.map.lock().remove(&id);
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
