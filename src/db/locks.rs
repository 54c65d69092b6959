//! The set of shard locks one command (or one EXEC) holds while it runs.

use super::Shard;
use parking_lot::MutexGuard;

pub struct ShardLocks<'a> {
    /// Held guards, ascending by shard index.
    guards: Vec<(usize, MutexGuard<'a, Shard>)>,
    /// The common single-shard case, kept out of the Vec to avoid an allocation per command.
    one: Option<(usize, MutexGuard<'a, Shard>)>,
    /// Every shard is held, so guards[i] is shard i.
    all: bool,
}

impl<'a> ShardLocks<'a> {
    pub(super) fn new(guards: Vec<(usize, MutexGuard<'a, Shard>)>, all: bool) -> Self {
        ShardLocks {
            guards,
            one: None,
            all,
        }
    }

    pub(super) fn single(idx: usize, guard: MutexGuard<'a, Shard>) -> Self {
        ShardLocks {
            guards: Vec::new(),
            one: Some((idx, guard)),
            all: false,
        }
    }

    pub fn none() -> Self {
        ShardLocks {
            guards: Vec::new(),
            one: None,
            all: false,
        }
    }

    pub fn holds_all(&self) -> bool {
        self.all
    }

    /// The shard held when exactly one is.
    pub fn single_shard(&self) -> Option<usize> {
        match &self.one {
            Some((idx, _)) if self.guards.is_empty() => Some(*idx),
            _ => None,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.guards.is_empty() && self.one.is_none()
    }

    /// Shared access to the locked shard `idx`, or None when this command did not lock it.
    pub fn get(&self, idx: usize) -> Option<&Shard> {
        if let Some((i, guard)) = &self.one {
            return if *i == idx { Some(guard) } else { None };
        }
        if self.all {
            return Some(&self.guards[idx].1);
        }
        let pos = self.guards.binary_search_by_key(&idx, |(i, _)| *i).ok()?;
        Some(&self.guards[pos].1)
    }

    /// The locked shard `idx`, or None when this command did not lock it.
    pub fn get_mut(&mut self, idx: usize) -> Option<&mut Shard> {
        if let Some((i, guard)) = &mut self.one {
            return if *i == idx { Some(guard) } else { None };
        }
        if self.all {
            return Some(&mut self.guards[idx].1);
        }
        let pos = self.guards.binary_search_by_key(&idx, |(i, _)| *i).ok()?;
        Some(&mut self.guards[pos].1)
    }

    /// Every held shard, ascending.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (usize, &mut Shard)> + use<'_, 'a> {
        self.one
            .iter_mut()
            .chain(self.guards.iter_mut())
            .map(|(i, g)| (*i, &mut **g))
    }
}
