//! A fixed-size set of document numbers, for filters and facet counts.

/// A set of documents `0..len`, one bit each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocSet {
    words: Vec<u64>,
    len: usize,
}

impl DocSet {
    pub fn empty(len: usize) -> Self {
        DocSet {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    pub fn full(len: usize) -> Self {
        let mut set = DocSet {
            words: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        if len % 64 != 0 {
            if let Some(last) = set.words.last_mut() {
                *last = (1u64 << (len % 64)) - 1;
            }
        }
        set
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn insert(&mut self, doc: usize) {
        self.words[doc / 64] |= 1 << (doc % 64);
    }

    #[inline]
    pub fn remove(&mut self, doc: usize) {
        self.words[doc / 64] &= !(1 << (doc % 64));
    }

    #[inline]
    pub fn contains(&self, doc: usize) -> bool {
        self.words[doc / 64] & (1 << (doc % 64)) != 0
    }

    pub fn intersect_with(&mut self, other: &DocSet) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The documents in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        Self::bits(self.words.iter().copied())
    }

    /// The documents of `0..len` *not* in the set, in increasing order.
    pub fn iter_missing(&self) -> impl Iterator<Item = usize> + '_ {
        let len = self.len;
        Self::bits(self.words.iter().map(|word| !word)).take_while(move |&doc| doc < len)
    }

    fn bits(words: impl Iterator<Item = u64>) -> impl Iterator<Item = usize> {
        words.enumerate().flat_map(|(i, word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    i * 64 + bit
                })
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_sets_hold_exactly_len_documents() {
        for len in [0, 1, 63, 64, 65, 130] {
            let set = DocSet::full(len);
            assert_eq!(set.count(), len);
            assert_eq!(set.iter().collect::<Vec<_>>(), (0..len).collect::<Vec<_>>());
        }
    }

    #[test]
    fn set_operations() {
        let mut a = DocSet::empty(200);
        let mut b = DocSet::empty(200);
        for doc in [1, 64, 65, 199] {
            a.insert(doc);
        }
        for doc in [64, 100, 199] {
            b.insert(doc);
        }
        let mut both = a.clone();
        both.intersect_with(&b);
        assert_eq!(both.iter().collect::<Vec<_>>(), [64, 199]);
        assert_eq!(both.count(), 2);
        a.remove(64);
        assert!(!a.contains(64) && a.contains(65));
        assert_eq!(a.count(), 3);
    }

    #[test]
    fn missing_documents_are_the_complement_within_len() {
        for len in [0, 1, 63, 64, 65, 130] {
            let mut set = DocSet::empty(len);
            for doc in (0..len).step_by(3) {
                set.insert(doc);
            }
            let missing: Vec<usize> = set.iter_missing().collect();
            let expected: Vec<usize> = (0..len).filter(|doc| doc % 3 != 0).collect();
            assert_eq!(missing, expected);
            assert_eq!(DocSet::full(len).iter_missing().count(), 0);
        }
    }
}
