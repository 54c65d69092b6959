//! The latency monitor: per event class ("command", "fast-command", "expire-cycle", ...), the
//! worst latency of each second over the last 160 samples, kept when it reaches
//! `latency-monitor-threshold` milliseconds (LATENCY LATEST/HISTORY/RESET).

use parking_lot::Mutex;
use std::collections::BTreeMap;

/// Samples kept per event.
const HISTORY_LEN: usize = 160;

#[derive(Clone, Copy, Default)]
pub struct LatencySample {
    /// Unix seconds (0: unused slot).
    pub time: i64,
    pub latency_ms: u64,
}

pub struct TimeSeries {
    /// Ring buffer; `next` is the slot the next new second goes into.
    samples: [LatencySample; HISTORY_LEN],
    next: usize,
    /// All-time maximum.
    pub max_ms: u64,
}

impl TimeSeries {
    fn new() -> TimeSeries {
        TimeSeries {
            samples: [LatencySample::default(); HISTORY_LEN],
            next: 0,
            max_ms: 0,
        }
    }

    fn add(&mut self, now_secs: i64, latency_ms: u64) {
        self.max_ms = self.max_ms.max(latency_ms);
        let prev = (self.next + HISTORY_LEN - 1) % HISTORY_LEN;
        // One sample per second: the worst one.
        if self.samples[prev].time == now_secs {
            let s = &mut self.samples[prev];
            s.latency_ms = s.latency_ms.max(latency_ms);
            return;
        }
        self.samples[self.next] = LatencySample {
            time: now_secs,
            latency_ms,
        };
        self.next = (self.next + 1) % HISTORY_LEN;
    }

    /// The latest sample.
    pub fn latest(&self) -> LatencySample {
        self.samples[(self.next + HISTORY_LEN - 1) % HISTORY_LEN]
    }

    /// Every used sample, oldest first.
    pub fn history(&self) -> Vec<LatencySample> {
        (0..HISTORY_LEN)
            .map(|j| self.samples[(self.next + j) % HISTORY_LEN])
            .filter(|s| s.time != 0)
            .collect()
    }
}

#[derive(Default)]
pub struct LatencyMonitor {
    events: Mutex<BTreeMap<String, TimeSeries>>,
}

impl LatencyMonitor {
    /// Records `latency_ms` for `event` when monitoring is on (`threshold_ms` > 0) and the
    /// latency reaches the threshold.
    pub fn add_if_needed(&self, event: &str, latency_ms: u64, threshold_ms: u64, now_secs: i64) {
        if threshold_ms == 0 || latency_ms < threshold_ms {
            return;
        }
        let mut events = self.events.lock();
        if !events.contains_key(event) {
            events.insert(event.to_string(), TimeSeries::new());
        }
        events
            .get_mut(event)
            .expect("inserted")
            .add(now_secs, latency_ms);
    }

    /// (event, latest sample, all-time max) of every event.
    pub fn latest(&self) -> Vec<(String, LatencySample, u64)> {
        self.events
            .lock()
            .iter()
            .map(|(name, ts)| (name.clone(), ts.latest(), ts.max_ms))
            .collect()
    }

    pub fn history(&self, event: &str) -> Vec<LatencySample> {
        self.events
            .lock()
            .get(event)
            .map(TimeSeries::history)
            .unwrap_or_default()
    }

    /// Forgets one event (`Some`) or all of them; returns how many were reset.
    pub fn reset(&self, event: Option<&str>) -> usize {
        let mut events = self.events.lock();
        match event {
            Some(e) => events.remove(e).is_some() as usize,
            None => {
                let n = events.len();
                events.clear();
                n
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sample_per_second_and_threshold() {
        let m = LatencyMonitor::default();
        m.add_if_needed("command", 5, 0, 10); // monitoring off
        m.add_if_needed("command", 5, 10, 10); // below threshold
        assert!(m.latest().is_empty());
        m.add_if_needed("command", 20, 10, 10);
        m.add_if_needed("command", 30, 10, 10);
        m.add_if_needed("command", 15, 10, 11);
        let h = m.history("command");
        assert_eq!(
            h.iter().map(|s| (s.time, s.latency_ms)).collect::<Vec<_>>(),
            vec![(10, 30), (11, 15)]
        );
        let latest = m.latest();
        assert_eq!(
            (latest[0].1.time, latest[0].1.latency_ms, latest[0].2),
            (11, 15, 30)
        );
        assert_eq!(m.reset(Some("nope")), 0);
        assert_eq!(m.reset(None), 1);
    }
}
