//! One task per client: read, frame, dispatch every complete request, write the replies back
//! with one write per batch.

use super::client::Client;
use super::dispatch;
use super::Server;
use crate::protocol::{Limits, RequestParser};
use bytes::BytesMut;
use std::net::SocketAddr;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const READ_CHUNK: usize = 16 * 1024;

pub async fn handle(server: Arc<Server>, mut stream: TcpStream, peer: SocketAddr) {
    let _ = stream.set_nodelay(true);
    let laddr = stream.local_addr().map(|a| a.to_string()).unwrap_or_default();
    let handle = server.clients.register(peer.to_string(), laddr);
    let maxclients = server.hot.maxclients.load(Relaxed) as usize;
    if server.clients.count() > maxclients {
        server.stats.rejected_connections.fetch_add(1, Relaxed);
        let _ = stream.write_all(b"-ERR max number of clients reached\r\n").await;
        server.clients.unregister(handle.id);
        return;
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
    loop {
        if handle.killed.load(Relaxed) {
            return;
        }
        if rbuf.capacity() - rbuf.len() < 1024 {
            rbuf.reserve(READ_CHUNK);
        }
        tokio::select! {
            read = stream.read_buf(&mut rbuf) => {
                match read {
                    Ok(0) | Err(_) => return,
                    Ok(n) => { server.stats.net_input_bytes.fetch_add(n as u64, Relaxed); }
                }
            }
            _ = handle.wake.notified() => {}
        }
        // Out-of-band messages (pub/sub, MONITOR) queued by other tasks go first.
        take_pushes(client, &mut wbuf);
        let limit = server.hot.client_query_buffer_limit.load(Relaxed) as usize;
        if rbuf.len() > limit {
            server.stats.client_qbuf_limit_disconnections.fetch_add(1, Relaxed);
            tracing::warn!("Closing client that reached max query buffer length (qbuf={})", rbuf.len());
            return;
        }
        let mut commands = 0u64;
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
                    commands += 1;
                    dispatch::execute(server, client, argv, &mut wbuf);
                    if client.close_after_reply || handle.killed.load(Relaxed) {
                        break;
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    tracing::debug!("Protocol error from client {}: {}", handle.addr, e.0);
                    dispatch::protocol_error(server, client, &e.0, &mut wbuf);
                    client.close_after_reply = true;
                    break;
                }
            }
        }
        if commands > 0 {
            server.stats.total_commands_processed.fetch_add(commands, Relaxed);
            handle.commands_processed.fetch_add(commands, Relaxed);
            handle.last_interaction_ms.store(super::clock::now_ms(), Relaxed);
        }
        handle.qbuf.store(rbuf.len(), Relaxed);
        handle.qbuf_cap.store(rbuf.capacity() - rbuf.len(), Relaxed);
        take_pushes(client, &mut wbuf);
        if !wbuf.is_empty() {
            if stream.write_all(&wbuf).await.is_err() {
                return;
            }
            server.stats.net_output_bytes.fetch_add(wbuf.len() as u64, Relaxed);
            wbuf.clear();
            if wbuf.capacity() > 1024 * 1024 {
                wbuf = BytesMut::with_capacity(READ_CHUNK); // give a burst's memory back
            }
        }
        if client.close_after_reply {
            let _ = stream.shutdown().await;
            return;
        }
        if rbuf.is_empty() && rbuf.capacity() > 1024 * 1024 && !parser.in_progress() {
            rbuf = BytesMut::with_capacity(READ_CHUNK);
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
