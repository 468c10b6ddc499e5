//! Postings of every term in a few flat arrays: no allocation per posting, so an index loads
//! fast and takes a fraction of the memory of a list of lists.

use super::index::Field;

/// All postings of an index. Term `t` owns postings `term_starts[t]..term_starts[t + 1]`;
/// posting `p` owns positions `position_starts[p]..position_starts[p + 1]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostingStore {
    term_starts: Vec<u32>,
    docs: Vec<u32>,
    fields: Vec<Field>,
    position_starts: Vec<u32>,
    positions: Vec<u32>,
}

impl Default for PostingStore {
    fn default() -> Self {
        PostingStore {
            term_starts: vec![0],
            docs: Vec::new(),
            fields: Vec::new(),
            position_starts: vec![0],
            positions: Vec::new(),
        }
    }
}

impl PostingStore {
    /// An empty store with room for this many terms, postings and positions, so that loading
    /// a stored index never grows (and copies) its arrays.
    pub fn with_capacity(terms: usize, postings: usize, positions: usize) -> Self {
        let mut term_starts = Vec::with_capacity(terms + 1);
        term_starts.push(0);
        let mut position_starts = Vec::with_capacity(postings + 1);
        position_starts.push(0);
        PostingStore {
            term_starts,
            docs: Vec::with_capacity(postings),
            fields: Vec::with_capacity(postings),
            position_starts,
            positions: Vec::with_capacity(positions),
        }
    }

    pub fn posting_count(&self) -> usize {
        self.docs.len()
    }

    pub fn position_count(&self) -> usize {
        self.positions.len()
    }

    /// Appends a posting to the term being written (documents in increasing order).
    pub fn push(&mut self, doc: u32, field: Field, positions: impl IntoIterator<Item = u32>) {
        self.docs.push(doc);
        self.fields.push(field);
        self.positions.extend(positions);
        self.position_starts.push(self.positions.len() as u32);
    }

    /// [`Self::push`] for positions already in a slice: one copy, no iterator.
    pub fn push_slice(&mut self, doc: u32, field: Field, positions: &[u32]) {
        self.docs.push(doc);
        self.fields.push(field);
        self.positions.extend_from_slice(positions);
        self.position_starts.push(self.positions.len() as u32);
    }

    /// Closes the term being written; the next postings belong to the next term.
    pub fn end_term(&mut self) {
        self.term_starts.push(self.docs.len() as u32);
    }

    pub fn term_count(&self) -> usize {
        self.term_starts.len() - 1
    }

    #[inline]
    pub fn list(&self, term: usize) -> PostingList<'_> {
        PostingList {
            store: self,
            start: self.term_starts[term] as usize,
            end: self.term_starts[term + 1] as usize,
        }
    }
}

/// The postings of one term, by increasing document.
#[derive(Clone, Copy)]
pub struct PostingList<'a> {
    store: &'a PostingStore,
    start: usize,
    end: usize,
}

/// One posting: a term in one field of one document, at these word positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PostingRef<'a> {
    pub doc: u32,
    pub field: Field,
    pub positions: &'a [u32],
}

impl<'a> PostingList<'a> {
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The documents of the postings (repeated when a term is in several fields of one).
    #[inline]
    pub fn docs(&self) -> &'a [u32] {
        &self.store.docs[self.start..self.end]
    }

    #[inline]
    pub fn get(&self, i: usize) -> PostingRef<'a> {
        let p = self.start + i;
        let store = self.store;
        PostingRef {
            doc: store.docs[p],
            field: store.fields[p],
            positions: &store.positions
                [store.position_starts[p] as usize..store.position_starts[p + 1] as usize],
        }
    }

    /// The field of posting `i` and how often the term occurs there (the hot path of
    /// scoring, which needs no positions).
    #[inline]
    pub fn field_and_frequency(&self, i: usize) -> (Field, u32) {
        let p = self.start + i;
        let store = self.store;
        (
            store.fields[p],
            store.position_starts[p + 1] - store.position_starts[p],
        )
    }

    /// Calls `f(doc, field, frequency)` for each posting in order: the hot loop of scoring,
    /// written over the list's own slices so that it runs without a bounds check per posting.
    #[inline]
    pub fn for_each_frequency(&self, mut f: impl FnMut(u32, Field, u32)) {
        let store = self.store;
        let docs = &store.docs[self.start..self.end];
        let fields = &store.fields[self.start..self.end];
        let starts = &store.position_starts[self.start..=self.end];
        for ((&doc, &field), bounds) in docs.iter().zip(fields).zip(starts.windows(2)) {
            f(doc, field, bounds[1] - bounds[0]);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = PostingRef<'a>> + 'a {
        let list = *self;
        (0..list.len()).map(move |i| list.get(i))
    }

    /// The positions of the term in `field` of `doc`, if it occurs there.
    pub fn positions_in(&self, doc: u32, field: Field) -> Option<&'a [u32]> {
        let docs = self.docs();
        let first = docs.partition_point(|&d| d < doc);
        (first..self.len())
            .take_while(|&i| docs[i] == doc)
            .map(|i| self.get(i))
            .find(|posting| posting.field == field)
            .map(|posting| posting.positions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_back_what_was_pushed() {
        let mut store = PostingStore::default();
        store.push(0, Field::Title, [0, 4]);
        store.push(2, Field::Title, [1]);
        store.push(2, Field::Summary, [7, 9]);
        store.end_term();
        store.end_term(); // a term with no postings
        store.push(1, Field::Acronym, [0]);
        store.end_term();
        assert_eq!(store.term_count(), 3);
        let first = store.list(0);
        assert_eq!(first.docs(), [0, 2, 2]);
        assert_eq!(first.positions_in(2, Field::Summary), Some(&[7, 9][..]));
        assert_eq!(first.positions_in(2, Field::Acronym), None);
        assert_eq!(first.positions_in(1, Field::Title), None);
        assert!(store.list(1).is_empty());
        let third: Vec<PostingRef> = store.list(2).iter().collect();
        assert_eq!(
            third,
            [PostingRef {
                doc: 1,
                field: Field::Acronym,
                positions: &[0]
            }]
        );
    }
}
