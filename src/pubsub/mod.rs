//! The pub/sub registry: who listens to which channel, pattern and shard channel, and delivery.
//!
//! Delivery never waits on a subscriber: a message is encoded once per protocol version and
//! appended to each subscriber's push queue (`ClientHandle::push`), which its own connection task
//! writes out. A subscriber whose queue passes its client-output-buffer-limit is disconnected
//! (see `ClientHandle::push`), so a reader that stops reading costs bounded memory and never
//! slows the publisher or the other subscribers.

use crate::protocol::{encode, Reply, Resp};
use crate::server::client::ClientHandle;
use crate::util::glob::glob_match;
use bytes::{Bytes, BytesMut};
use parking_lot::RwLock;
use std::collections::HashMap;
use std::sync::Arc;

/// Subscribers of one channel (or pattern), by client id.
type Subscribers = HashMap<u64, Arc<ClientHandle>>;

#[derive(Default)]
pub struct PubSub {
    channels: RwLock<HashMap<Bytes, Subscribers>>,
    patterns: RwLock<HashMap<Bytes, Subscribers>>,
    shard_channels: RwLock<HashMap<Bytes, Subscribers>>,
}

/// Which registry a subscription lives in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Channel,
    Pattern,
    Shard,
}

/// A message encoded lazily, at most once per protocol version.
struct Encoded {
    reply: Reply,
    v2: Option<Bytes>,
    v3: Option<Bytes>,
}

impl Encoded {
    fn new(reply: Reply) -> Encoded {
        Encoded {
            reply,
            v2: None,
            v3: None,
        }
    }
    fn for_resp(&mut self, resp: Resp) -> Bytes {
        let slot = if resp == Resp::V3 {
            &mut self.v3
        } else {
            &mut self.v2
        };
        slot.get_or_insert_with(|| {
            let mut out = BytesMut::new();
            encode(&mut out, &self.reply, resp);
            out.freeze()
        })
        .clone()
    }
}

impl PubSub {
    fn registry(&self, kind: Kind) -> &RwLock<HashMap<Bytes, Subscribers>> {
        match kind {
            Kind::Channel => &self.channels,
            Kind::Pattern => &self.patterns,
            Kind::Shard => &self.shard_channels,
        }
    }

    /// Adds a subscription; false if the client already had it.
    pub fn subscribe(&self, kind: Kind, name: &Bytes, client: &Arc<ClientHandle>) -> bool {
        let mut reg = self.registry(kind).write();
        reg.entry(name.clone())
            .or_default()
            .insert(client.id, client.clone())
            .is_none()
    }

    /// Removes a subscription; false if the client did not have it.
    pub fn unsubscribe(&self, kind: Kind, name: &[u8], client_id: u64) -> bool {
        let mut reg = self.registry(kind).write();
        let Some(subs) = reg.get_mut(name) else {
            return false;
        };
        let removed = subs.remove(&client_id).is_some();
        if subs.is_empty() {
            reg.remove(name);
        }
        removed
    }

    /// PUBLISH: delivers to the channel's subscribers and to every matching pattern's; returns
    /// the number of deliveries.
    pub fn publish(
        &self,
        channel: &Bytes,
        message: &Bytes,
        server: &crate::server::Server,
    ) -> usize {
        let limit = server.config.read().client_output_buffer_limit.pubsub;
        let now = crate::server::clock::now_ms();
        let deliver = |client: &Arc<ClientHandle>, bytes: &Bytes| {
            if !client.push_limited(bytes, &limit, now) {
                server
                    .stats
                    .client_outbuf_limit_disconnections
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
        };
        let mut receivers = 0;
        if let Some(subs) = self.channels.read().get(&channel[..]) {
            let mut msg = Encoded::new(Reply::Push(vec![
                Reply::bulk(Bytes::from_static(b"message")),
                Reply::Bulk(channel.clone()),
                Reply::Bulk(message.clone()),
            ]));
            for client in subs.values() {
                deliver(client, &msg.for_resp(client.resp()));
                receivers += 1;
            }
        }
        let patterns = self.patterns.read();
        for (pattern, subs) in patterns.iter() {
            if !glob_match(pattern, channel, false) {
                continue;
            }
            let mut msg = Encoded::new(Reply::Push(vec![
                Reply::bulk(Bytes::from_static(b"pmessage")),
                Reply::Bulk(pattern.clone()),
                Reply::Bulk(channel.clone()),
                Reply::Bulk(message.clone()),
            ]));
            for client in subs.values() {
                deliver(client, &msg.for_resp(client.resp()));
                receivers += 1;
            }
        }
        receivers
    }

    /// SPUBLISH: delivers to the shard channel's subscribers.
    pub fn spublish(
        &self,
        channel: &Bytes,
        message: &Bytes,
        server: &crate::server::Server,
    ) -> usize {
        let limit = server.config.read().client_output_buffer_limit.pubsub;
        let now = crate::server::clock::now_ms();
        let reg = self.shard_channels.read();
        let Some(subs) = reg.get(&channel[..]) else {
            return 0;
        };
        let mut msg = Encoded::new(Reply::Push(vec![
            Reply::bulk(Bytes::from_static(b"smessage")),
            Reply::Bulk(channel.clone()),
            Reply::Bulk(message.clone()),
        ]));
        for client in subs.values() {
            if !client.push_limited(&msg.for_resp(client.resp()), &limit, now) {
                server
                    .stats
                    .client_outbuf_limit_disconnections
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
        }
        subs.len()
    }

    /// PUBSUB CHANNELS / SHARDCHANNELS: active channels matching an optional pattern.
    pub fn active(&self, kind: Kind, pattern: Option<&[u8]>) -> Vec<Bytes> {
        self.registry(kind)
            .read()
            .keys()
            .filter(|c| pattern.is_none_or(|p| glob_match(p, c, false)))
            .cloned()
            .collect()
    }

    /// Subscribers of one channel (PUBSUB NUMSUB / SHARDNUMSUB).
    pub fn count(&self, kind: Kind, channel: &[u8]) -> usize {
        self.registry(kind)
            .read()
            .get(channel)
            .map_or(0, |s| s.len())
    }

    /// Number of distinct patterns (PUBSUB NUMPAT) or channels.
    pub fn len(&self, kind: Kind) -> usize {
        self.registry(kind).read().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len(Kind::Channel) == 0 && self.len(Kind::Pattern) == 0 && self.len(Kind::Shard) == 0
    }
}
