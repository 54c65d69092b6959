//! Load generator for what redis-benchmark cannot drive: MULTI/EXEC transactions and pub/sub
//! fan-out. Used by scripts/bench.sh against both Respite and redis-server.
//!
//!   cargo run --release --example loadgen -- tx     --port P [--clients 50] [--seconds 5]
//!   cargo run --release --example loadgen -- fanout --port P [--subscribers 100] [--seconds 5]
//!
//! `tx` runs MULTI, five INCRs, EXEC in a loop on every client and prints transactions/s.
//! `fanout` has one publisher pipelining PUBLISH on one channel with 100 subscribers and prints
//! messages delivered per second, counting every subscriber's copy.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn command(args: &[&[u8]]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for a in args {
        out.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
        out.extend_from_slice(a);
        out.extend_from_slice(b"\r\n");
    }
    out
}

/// Length of the complete RESP2 frame at the start of `buf`, if there is one.
fn frame_len(buf: &[u8]) -> Option<usize> {
    let line_end = buf.windows(2).position(|w| w == b"\r\n")?;
    let head = std::str::from_utf8(&buf[1..line_end]).ok()?;
    match buf[0] {
        b'+' | b'-' | b':' => Some(line_end + 2),
        b'$' => {
            let n: i64 = head.parse().ok()?;
            if n < 0 {
                return Some(line_end + 2);
            }
            let end = line_end + 2 + n as usize + 2;
            (buf.len() >= end).then_some(end)
        }
        b'*' => {
            let n: i64 = head.parse().ok()?;
            let mut pos = line_end + 2;
            for _ in 0..n.max(0) {
                pos += frame_len(&buf[pos..])?;
            }
            Some(pos)
        }
        _ => None,
    }
}

/// Reads until `frames` complete replies have arrived.
async fn read_frames(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    mut frames: usize,
) -> std::io::Result<()> {
    let mut chunk = vec![0u8; 64 * 1024];
    while frames > 0 {
        while frames > 0 {
            match frame_len(buf) {
                Some(n) => {
                    buf.drain(..n);
                    frames -= 1;
                }
                None => break,
            }
        }
        if frames == 0 {
            break;
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(())
}

async fn tx(port: u16, clients: usize, seconds: u64) {
    let done = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut request = command(&[b"MULTI"]);
    for i in 0..5 {
        request.extend(command(&[
            b"INCR",
            format!("loadgen:counter:{i}").as_bytes(),
        ]));
    }
    request.extend(command(&[b"EXEC"]));
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (done, stop, request) = (done.clone(), stop.clone(), request.clone());
        tasks.push(tokio::spawn(async move {
            let mut s = TcpStream::connect(("127.0.0.1", port))
                .await
                .expect("connect");
            s.set_nodelay(true).unwrap();
            let mut buf = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                s.write_all(&request).await.unwrap();
                read_frames(&mut s, &mut buf, 7).await.unwrap();
                done.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    let start = Instant::now();
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    let count = done.load(Ordering::Relaxed);
    let elapsed = start.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    for t in tasks {
        let _ = t.await;
    }
    println!("tx,{:.0}", count as f64 / elapsed);
}

async fn fanout(port: u16, subscribers: usize, seconds: u64) {
    let received = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let channel = format!("loadgen:fanout:{}", std::process::id());
    let mut subs = Vec::new();
    for _ in 0..subscribers {
        let mut s = TcpStream::connect(("127.0.0.1", port))
            .await
            .expect("connect");
        s.write_all(&command(&[b"SUBSCRIBE", channel.as_bytes()]))
            .await
            .unwrap();
        let mut buf = Vec::new();
        read_frames(&mut s, &mut buf, 1).await.unwrap();
        let (received, stop) = (received.clone(), stop.clone());
        subs.push(tokio::spawn(async move {
            let mut chunk = vec![0u8; 256 * 1024];
            while !stop.load(Ordering::Relaxed) {
                let n = match tokio::time::timeout(Duration::from_millis(200), s.read(&mut chunk))
                    .await
                {
                    Ok(Ok(0)) | Ok(Err(_)) => return,
                    Ok(Ok(n)) => n,
                    Err(_) => continue,
                };
                buf.extend_from_slice(&chunk[..n]);
                let mut frames = 0;
                while let Some(len) = frame_len(&buf) {
                    buf.drain(..len);
                    frames += 1;
                }
                received.fetch_add(frames, Ordering::Relaxed);
            }
        }));
    }
    let mut publisher = TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect");
    publisher.set_nodelay(true).unwrap();
    // Batches of 16 pipelined PUBLISHes of a 32-byte payload.
    let mut batch = Vec::new();
    for _ in 0..16 {
        batch.extend(command(&[b"PUBLISH", channel.as_bytes(), &[b'x'; 32]]));
    }
    let start = Instant::now();
    let deadline = start + Duration::from_secs(seconds);
    let mut buf = Vec::new();
    while Instant::now() < deadline {
        publisher.write_all(&batch).await.unwrap();
        read_frames(&mut publisher, &mut buf, 16).await.unwrap();
    }
    let elapsed = start.elapsed().as_secs_f64();
    let count = received.load(Ordering::Relaxed);
    stop.store(true, Ordering::Relaxed);
    for s in subs {
        let _ = s.await;
    }
    println!("fanout,{:.0}", count as f64 / elapsed);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().cloned().unwrap_or_default();
    let opt = |name: &str, default: u64| -> u64 {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let port = opt("--port", 6379) as u16;
    let seconds = opt("--seconds", 5);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    match mode.as_str() {
        "tx" => rt.block_on(tx(port, opt("--clients", 50) as usize, seconds)),
        "fanout" => rt.block_on(fanout(port, opt("--subscribers", 100) as usize, seconds)),
        _ => {
            eprintln!(
                "usage: loadgen tx|fanout --port P [--clients N] [--subscribers N] [--seconds S]"
            );
            std::process::exit(2);
        }
    }
}
