//! One task per client: admission (maxclients, protected mode), then read, frame, dispatch
//! every complete request, and write the replies back with one write per batch.
//!
//! The per-connection limits live here as in Redis's networking code: the query buffer limit
//! (the client is closed without a reply), protocol errors (the error is written, then the
//! connection closes) and client pauses (a held-back request waits in this task, and nothing
//! the client sent after it runs before it).

use super::client::{client_flags, Client, ClientHandle, PauseKind, KIND_NORMAL};
use super::{blocking, clock, dispatch, Server};
use crate::commands::flags;
use crate::protocol::{Limits, RequestParser};
use crate::server::clock::Instant;
use bytes::{Bytes, BytesMut};
use std::net::SocketAddr;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

const READ_CHUNK: usize = 16 * 1024;
/// A query buffer larger than this is shrunk when recent requests were much smaller.
const RESIZE_THRESHOLD: usize = 32 * 1024;
const RESIZE_PERIOD: Duration = Duration::from_millis(100);

pub const MAXCLIENTS_REACHED: &[u8] = b"-ERR max number of clients reached\r\n";

/// Sent to a non-local client when protected mode is on and the default user has no password.
pub const PROTECTED_MODE_DENIED: &[u8] =
    b"-DENIED Redis is running in protected mode because protected \
mode is enabled and no password is set for the default user. In this mode connections are only \
accepted from the loopback interface. If you want to connect from external computers to Redis you \
may adopt one of the following solutions: 1) Just disable protected mode sending the command \
'CONFIG SET protected-mode no' from the loopback interface by connecting to Redis from the same \
host the server is running, however MAKE SURE Redis is not publicly accessible from internet if \
you do so. Use CONFIG REWRITE to make this change permanent. 2) Alternatively you can just disable \
the protected mode by editing the Redis configuration file, and setting the protected mode option \
to 'no', and then restarting the server. 3) If you started the server manually just for testing, \
restart it with the '--protected-mode no' option. 4) Setup a an authentication password for the \
default user. NOTE: You only need to do one of the above things in order for the server to start \
accepting connections from the outside.\r\n";

/// Whether a peer counts as local for protected mode (and protected configs/DEBUG): Redis
/// compares the address text with exactly `127.0.0.1` and `::1`, so 127.0.0.2 is not local.
pub fn is_local_peer(peer: &SocketAddr) -> bool {
    match peer.ip() {
        std::net::IpAddr::V4(ip) => ip == std::net::Ipv4Addr::LOCALHOST,
        std::net::IpAddr::V6(ip) => ip == std::net::Ipv6Addr::LOCALHOST,
    }
}

/// Why a new connection is turned away, if it is: the text written before closing it.
fn admission_refusal(server: &Server, peer: &SocketAddr) -> Option<&'static [u8]> {
    if server.clients.count() >= server.hot.maxclients.load(Relaxed) as usize {
        return Some(MAXCLIENTS_REACHED);
    }
    let config = server.config.read();
    if config.protected_mode && config.requirepass.is_none() && !is_local_peer(peer) {
        return Some(PROTECTED_MODE_DENIED);
    }
    None
}

pub async fn handle(server: Arc<Server>, mut stream: TcpStream, peer: SocketAddr) {
    if let Some(refusal) = admission_refusal(&server, &peer) {
        server.stats.rejected_connections.fetch_add(1, Relaxed);
        let _ = stream.write_all(refusal).await;
        return;
    }
    server
        .stats
        .total_connections_received
        .fetch_add(1, Relaxed);
    let _ = stream.set_nodelay(true);
    let laddr = stream
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    let handle = server.clients.register(peer.to_string(), laddr);
    #[cfg(unix)]
    {
        use std::os::unix::io::AsRawFd;
        handle.fd.store(stream.as_raw_fd() as i64, Relaxed);
    }
    let authenticated = !server.hot.requirepass_set.load(Relaxed);
    let mut client = Client::new(handle.clone(), authenticated);
    serve_client(&server, &mut client, &mut stream).await;
    dispatch::client_closed(&server, &mut client);
    server.clients.unregister(handle.id);
}

async fn serve_client(server: &Arc<Server>, client: &mut Client, stream: &mut TcpStream) {
    let mut rbuf = BytesMut::with_capacity(READ_CHUNK);
    let mut wbuf = BytesMut::with_capacity(READ_CHUNK);
    let mut parser = RequestParser::new();
    let handle = client.handle.clone();
    // The largest request batch seen lately, for giving back a query buffer grown by a burst.
    let mut recent_peak = 0usize;
    let mut peak_since = Instant::now();
    loop {
        if handle.killed.load(Relaxed) {
            return;
        }
        // Pushes queued while we were busy (a wake-up consumed during a write) need no wait.
        let pushes_pending = !handle.pushes.lock().is_empty();
        let readable = tokio::select! {
            biased;
            _ = std::future::ready(()), if pushes_pending => false,
            ready = stream.readable() => {
                if ready.is_err() {
                    return;
                }
                true
            }
            _ = handle.wake.notified() => false,
        };
        // An idle client's empty query buffer is given back when the cron asks.
        if handle.release_qbuf.swap(false, Relaxed) && rbuf.is_empty() && !parser.in_progress() {
            rbuf = BytesMut::new();
            handle.qbuf_cap.store(0, Relaxed);
        }
        if readable {
            // Room for a read: reclaims the whole buffer when it is empty.
            if rbuf.capacity() - rbuf.len() < 1024 {
                rbuf.reserve(READ_CHUNK);
            }
            match stream.try_read_buf(&mut rbuf) {
                Ok(0) => return,
                Ok(n) => {
                    server.stats.total_reads_processed.fetch_add(1, Relaxed);
                    server.stats.net_input_bytes.fetch_add(n as u64, Relaxed);
                    handle.last_interaction_ms.store(clock::now_ms(), Relaxed);
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(_) => return,
            }
        }
        // Out-of-band messages (pub/sub, MONITOR) queued by other tasks go first.
        take_pushes(client, &mut wbuf);
        let qbuf = rbuf.len() + parser.pending_bytes();
        if qbuf > server.hot.client_query_buffer_limit.load(Relaxed) as usize {
            server
                .stats
                .client_qbuf_limit_disconnections
                .fetch_add(1, Relaxed);
            tracing::warn!(
                "Closing client that reached max query buffer length: {} (qbuf initial bytes: {})",
                crate::commands::client::info_line(&handle, None),
                String::from_utf8_lossy(&crate::util::repr::repr(&rbuf[..rbuf.len().min(64)]))
            );
            return;
        }
        // While the batch runs, CLIENT LIST shows the whole buffer as read, as Redis does.
        let batch_len = rbuf.len();
        handle.qbuf.store(batch_len, Relaxed);
        handle.qbuf_cap.store(rbuf.capacity() - rbuf.len(), Relaxed);
        let calls_before = client.calls;
        loop {
            let limits = Limits {
                proto_max_bulk_len: server.hot.proto_max_bulk_len.load(Relaxed),
                unauthenticated: !client.authenticated,
            };
            match parser.next(&mut rbuf, limits) {
                Ok(Some(argv)) => {
                    if argv.is_empty() {
                        continue;
                    }
                    if !wait_out_pause(server, client, stream, &mut wbuf, &argv).await {
                        return;
                    }
                    dispatch::execute(server, client, argv, &mut wbuf);
                    if blocking::is_blocked(client) {
                        // What the batch changed so far is broadcast before the client waits.
                        dispatch::end_of_batch(server);
                        if !wait_while_blocked(server, client, stream, &mut rbuf, &mut wbuf).await {
                            return;
                        }
                    }
                    if client.close_after_reply || handle.killed.load(Relaxed) {
                        break;
                    }
                    // What the command pushed to this very client (its own MONITOR line)
                    // follows its reply, as in Redis's single output buffer.
                    if handle.omem.load(Relaxed) > 0 {
                        take_pushes(client, &mut wbuf);
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    // Logged at verbose level with a sample of the offending input, as Redis does.
                    let sample: String = rbuf[..rbuf.len().min(128)]
                        .iter()
                        .map(|&b| {
                            if b.is_ascii_graphic() || b == b' ' {
                                b as char
                            } else {
                                '.'
                            }
                        })
                        .collect();
                    tracing::debug!(
                        "Protocol error ({}) from client: {}. Query buffer during protocol error: '{}'",
                        e.0.trim_start_matches("Protocol error: "),
                        crate::commands::client::info_line(&handle, None),
                        sample
                    );
                    dispatch::protocol_error(server, client, &e.0, &mut wbuf);
                    client.close_after_reply = true;
                    break;
                }
            }
        }
        let calls = client.calls - calls_before;
        if calls > 0 {
            server
                .stats
                .total_commands_processed
                .fetch_add(calls, Relaxed);
            handle.commands_processed.fetch_add(calls, Relaxed);
        }
        if rbuf.is_empty() {
            // Move the (empty) view back to the start of its allocation, without allocating:
            // the whole buffer is free again, and CLIENT LIST reports it so.
            let _ = rbuf.try_reclaim(rbuf.capacity() + 1);
        }
        handle.qbuf.store(rbuf.len(), Relaxed);
        handle.qbuf_cap.store(rbuf.capacity() - rbuf.len(), Relaxed);
        dispatch::end_of_batch(server);
        if !wbuf.is_empty() {
            tokio::task::yield_now().await;
        }
        take_pushes(client, &mut wbuf);
        if !flush(server, &handle, stream, &mut wbuf).await {
            return;
        }
        if client.close_after_reply {
            let _ = stream.shutdown().await;
            return;
        }
        // A buffer grown for big requests shrinks back once recent batches are much smaller
        // (Redis's query buffer resizing, checked at most every 100ms).
        recent_peak = recent_peak.max(batch_len);
        if peak_since.elapsed() >= RESIZE_PERIOD {
            if rbuf.is_empty()
                && !parser.in_progress()
                && rbuf.capacity() > RESIZE_THRESHOLD
                && rbuf.capacity() / 2 > recent_peak
            {
                rbuf = BytesMut::with_capacity(READ_CHUNK.max(recent_peak));
                handle.qbuf_cap.store(rbuf.capacity(), Relaxed);
            }
            recent_peak = 0;
            peak_since = Instant::now();
        }
    }
}

/// client-output-buffer-limit for the client's class (normal or pubsub; replicas have their own
/// path): true when `pending` bytes of replies pass the hard limit, or have stayed past the soft
/// limit for longer than its seconds. The client is then disconnected without a reply, as Redis
/// does, so one client that asks for more than it reads cannot exhaust the server's memory.
fn over_output_limit(server: &Server, handle: &ClientHandle, pending: usize) -> bool {
    let limits = server.config.read().client_output_buffer_limit;
    let limit = if handle.has_flag(client_flags::PUBSUB) {
        limits.pubsub
    } else {
        limits.normal
    };
    let size = pending as u64;
    if limit.hard_limit_bytes > 0 && size > limit.hard_limit_bytes {
        return true;
    }
    if limit.soft_limit_bytes > 0 && size > limit.soft_limit_bytes {
        let now = clock::now_ms();
        let since = handle.soft_limit_since_ms.load(Relaxed);
        if since == 0 {
            handle.soft_limit_since_ms.store(now, Relaxed);
        } else if now - since > limit.soft_limit_seconds as i64 * 1000 {
            return true;
        }
    } else {
        handle.soft_limit_since_ms.store(0, Relaxed);
    }
    false
}

/// Writes the pending replies; false when the connection is gone or the client was killed
/// meanwhile (a client that stops reading must not keep its task stuck in a write: CLIENT KILL
/// and output-buffer limits wake it here).
async fn flush(
    server: &Server,
    handle: &ClientHandle,
    stream: &mut TcpStream,
    wbuf: &mut BytesMut,
) -> bool {
    if wbuf.is_empty() {
        return true;
    }
    if over_output_limit(server, handle, wbuf.len()) {
        server
            .stats
            .client_outbuf_limit_disconnections
            .fetch_add(1, Relaxed);
        tracing::warn!(
            "Client {} scheduled to be closed ASAP for overcoming of output buffer limits.",
            crate::commands::client::info_line(handle, None)
        );
        return false;
    }
    let mut written = 0;
    while written < wbuf.len() {
        // `write` is cancel-safe (a cancelled write wrote nothing), unlike `write_all`.
        tokio::select! {
            r = stream.write(&wbuf[written..]) => match r {
                Ok(0) | Err(_) => return false,
                Ok(n) => written += n,
            },
            _ = handle.wake.notified() => {
                if handle.killed.load(Relaxed) {
                    return false;
                }
                // Other wake-ups (new pushes) are picked up by the main loop after this write.
            }
        }
    }
    server.stats.total_writes_processed.fetch_add(1, Relaxed);
    server
        .stats
        .net_output_bytes
        .fetch_add(wbuf.len() as u64, Relaxed);
    wbuf.clear();
    if wbuf.capacity() > 1024 * 1024 {
        *wbuf = BytesMut::with_capacity(READ_CHUNK); // give a burst's memory back
    }
    true
}

/// Waits while the command just run keeps the client blocked (BLPOP & co, see
/// `server::blocking`): the replies before it are written first, pushes keep flowing, and what
/// the client sends meanwhile stays queued for afterwards. False if the client was killed or
/// disconnected while waiting.
async fn wait_while_blocked(
    server: &Arc<Server>,
    client: &mut Client,
    stream: &mut TcpStream,
    rbuf: &mut BytesMut,
    wbuf: &mut BytesMut,
) -> bool {
    let handle = client.handle.clone();
    loop {
        take_pushes(client, wbuf);
        if !flush(server, &handle, stream, wbuf).await || handle.killed.load(Relaxed) {
            return false;
        }
        // A CLIENT UNBLOCK whose wake-up a write consumed.
        blocking::take_unblock_request(server, client);
        if rbuf.capacity() - rbuf.len() < 1024 {
            rbuf.reserve(READ_CHUNK);
        }
        tokio::select! {
            reply = blocking::wait(server, client) => {
                blocking::deliver(server, client, reply, wbuf);
                return true;
            }
            ready = stream.readable() => {
                if ready.is_err() {
                    return false;
                }
                match stream.try_read_buf(rbuf) {
                    Ok(0) => return false,
                    Ok(n) => {
                        server.stats.total_reads_processed.fetch_add(1, Relaxed);
                        server.stats.net_input_bytes.fetch_add(n as u64, Relaxed);
                        handle.last_interaction_ms.store(clock::now_ms(), Relaxed);
                        if rbuf.len() > server.hot.client_query_buffer_limit.load(Relaxed) as usize {
                            server.stats.client_qbuf_limit_disconnections.fetch_add(1, Relaxed);
                            return false;
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                    Err(_) => return false,
                }
            }
            _ = handle.wake.notified() => {}
        }
    }
}

fn take_pushes(client: &Client, wbuf: &mut BytesMut) {
    let mut q = client.handle.pushes.lock();
    if !q.is_empty() {
        wbuf.extend_from_slice(&q);
        q.clear();
        client.handle.omem.store(0, Relaxed);
    }
}

/// Whether a client pause can hold this request back, and if so whether it counts as a write
/// (`Some(true)`: held by PAUSE WRITE too). `None` for requests Redis rejects before its pause
/// check (unknown command, wrong arity, NOAUTH) and for clients it never pauses (replicas,
/// the master link, MONITORs).
fn pause_class(server: &Server, client: &Client, argv: &[Bytes]) -> Option<bool> {
    if client.handle.kind.load(Relaxed) != KIND_NORMAL
        || client.handle.has_flag(client_flags::MONITOR)
    {
        return None;
    }
    let mut entry = server.commands.get(&argv[0])?;
    if !entry.subcommands.is_empty() && argv.len() >= 2 {
        entry = entry.subcommand(&argv[1])?;
    }
    let cmd = entry.cmd;
    let argc = argv.len() as i32;
    if (cmd.arity > 0 && cmd.arity != argc) || argc < -cmd.arity {
        return None;
    }
    if !client.authenticated && !cmd.has(flags::NO_AUTH) {
        return None;
    }
    let replicates = |f: u64| f & (flags::WRITE | flags::MAY_REPLICATE) != 0;
    let mut write = replicates(cmd.flags);
    if entry.full_name == "exec" {
        write = client
            .ext
            .multi
            .as_ref()
            .is_some_and(|q| q.iter().any(|c| replicates(c.entry.cmd.flags)));
    }
    Some(write)
}

/// Waits while a CLIENT PAUSE holds `argv` back. The client counts as blocked meanwhile (INFO
/// blocked_clients, flag `b`); replies produced before are written first, and pushes keep
/// flowing. Returns false if the client was killed while waiting.
async fn wait_out_pause(
    server: &Server,
    client: &mut Client,
    stream: &mut TcpStream,
    wbuf: &mut BytesMut,
    argv: &[Bytes],
) -> bool {
    if server.clients.pause_state(clock::now_ms()).0 == PauseKind::Off {
        return true; // the common case: no pause, no command lookup
    }
    let Some(is_write) = pause_class(server, client, argv) else {
        return true;
    };
    let handle = client.handle.clone();
    let postponed = client_flags::BLOCKED | client_flags::POSTPONED;
    let mut waiting = false;
    let alive = loop {
        // Register for the change notification before looking, so none is missed.
        let changed = server.clients.pause_changed.notified();
        tokio::pin!(changed);
        changed.as_mut().enable();
        let now = clock::now_ms();
        let (kind, end) = server.clients.pause_state(now);
        if !(kind == PauseKind::All || (kind == PauseKind::Write && is_write)) {
            break true;
        }
        if !waiting {
            waiting = true;
            handle.set_flag(postponed, true);
        }
        take_pushes(client, wbuf);
        if !flush(server, &client.handle, stream, wbuf).await {
            break false;
        }
        // The pause is over once the clock passes its end.
        let until_end = Duration::from_millis((end - now + 1).clamp(1, 1000) as u64);
        tokio::select! {
            _ = changed => {}
            _ = tokio::time::sleep(until_end) => {}
            _ = handle.wake.notified() => {
                if handle.killed.load(Relaxed) {
                    break false;
                }
            }
        }
    };
    if waiting {
        handle.set_flag(postponed, false);
    }
    alive
}
