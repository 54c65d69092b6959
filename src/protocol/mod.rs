//! The wire protocol: request framing in, reply encoding out.

pub mod reply;
pub mod request;

pub use reply::{encode, BulkArray, Reply, Resp};
pub use request::{Limits, ProtocolError, RequestParser};
