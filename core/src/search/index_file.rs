//! A compact binary form of the [`SearchIndex`], so that a large catalogue's index can be built
//! once (at build time) and loaded in the browser instead of rebuilt on every visit.
//!
//! Layout: the magic `DPIX2`, then unsigned LEB128 varints throughout. Document count, term
//! count, posting count, position count (so that loading allocates every array once); each term as (bytes shared with the previous term, suffix length, suffix); each
//! term's postings as (count, then per posting: document delta, field slot, position count,
//! position deltas); finally the per-field lengths of every document. Doc frequencies, average
//! lengths and typo filters are derived again on loading.
//!
//! ```
//! # let catalogue = diaspora_core::Catalogue::load(&diaspora_core::data::catalogue::Sources {
//! #     dataset: ("d", include_str!("../../tests/fixtures/valid.json")),
//! #     countries: ("c", include_str!("../../../data/countries.json")),
//! #     vocabularies: ("v", include_str!("../../../data/vocabularies.json")),
//! #     organisations: ("o", include_str!("../../../data/organisations.json")),
//! #     concepts: ("m", include_str!("../../../data/concepts.json")),
//! #     demonyms: ("p", include_str!("../../../data/demonyms.json")),
//! #     today: diaspora_core::data::calendar::Date::parse_iso("2026-12-02").unwrap(),
//! # }).unwrap();
//! use diaspora_core::search::index::SearchIndex;
//! let index = SearchIndex::build(&catalogue);
//! let bytes = index.to_bytes();
//! let loaded = SearchIndex::from_bytes(&bytes).unwrap();
//! assert_eq!(loaded.term_count(), index.term_count());
//! ```

use super::index::{Field, SearchIndex};
use super::postings::PostingStore;

const MAGIC: &[u8] = b"DPIX2";

impl SearchIndex {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        put(&mut out, self.doc_count() as u64);
        put(&mut out, self.term_count() as u64);
        put(&mut out, self.posting_store().posting_count() as u64);
        put(&mut out, self.posting_store().position_count() as u64);
        let mut previous: &str = "";
        for (term, _) in self.entries() {
            let shared = previous
                .bytes()
                .zip(term.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            // Never split a character: back off to a boundary.
            let shared = (0..=shared)
                .rev()
                .find(|&n| term.is_char_boundary(n))
                .unwrap_or(0);
            put(&mut out, shared as u64);
            put(&mut out, (term.len() - shared) as u64);
            out.extend_from_slice(&term.as_bytes()[shared..]);
            previous = term;
        }
        for (_, postings) in self.entries() {
            put(&mut out, postings.len() as u64);
            let mut last_doc = 0;
            for posting in postings.iter() {
                put(&mut out, u64::from(posting.doc - last_doc));
                last_doc = posting.doc;
                out.push(posting.field.slot() as u8);
                put(&mut out, posting.positions.len() as u64);
                let mut last_position = 0;
                for &position in posting.positions {
                    put(&mut out, u64::from(position - last_position));
                    last_position = position;
                }
            }
        }
        for lengths in self.field_lengths() {
            for &length in lengths {
                put(&mut out, u64::from(length));
            }
        }
        out
    }

    /// Reads what [`SearchIndex::to_bytes`] wrote; a damaged or foreign file gives an error.
    pub fn from_bytes(bytes: &[u8]) -> Result<SearchIndex, String> {
        let rest = bytes
            .strip_prefix(MAGIC)
            .ok_or("not a search index (bad magic)")?;
        let mut reader = Reader { bytes: rest, at: 0 };
        let doc_count = reader.count(u32::MAX as u64)?;
        let term_count = reader.count(rest.len() as u64)?;
        // Every posting and position takes at least one byte: larger counts are damage.
        let posting_count = reader.count(rest.len() as u64)?;
        let position_count = reader.count(rest.len() as u64)?;
        let mut terms: Vec<String> = Vec::with_capacity(term_count);
        for _ in 0..term_count {
            let previous = terms.last().map_or("", String::as_str);
            let shared = reader.count(previous.len() as u64)?;
            let length = reader.count(rest.len() as u64)?;
            let suffix = reader.take(length)?;
            let mut term = previous
                .get(..shared)
                .ok_or("damaged term prefix")?
                .to_owned();
            term.push_str(std::str::from_utf8(suffix).map_err(|_| "a term is not UTF-8")?);
            if terms.last().is_some_and(|last| *last >= term) {
                return Err("terms are not in order".into());
            }
            terms.push(term);
        }
        let mut store = PostingStore::with_capacity(term_count, posting_count, position_count);
        // One buffer for every posting's positions: no allocation per posting.
        let mut positions: Vec<u32> = Vec::with_capacity(64);
        for _ in 0..term_count {
            let count = reader.count(rest.len() as u64)?;
            let mut doc: u64 = 0;
            for _ in 0..count {
                doc += reader.varint()?;
                if doc >= doc_count as u64 {
                    return Err("a posting names a document past the end".into());
                }
                let field = Field::from_slot(usize::from(reader.byte()?)).ok_or("unknown field")?;
                let positions_count = reader.count(rest.len() as u64)?;
                let mut position: u64 = 0;
                positions.clear();
                for _ in 0..positions_count {
                    position += reader.varint()?;
                    positions.push(u32::try_from(position).map_err(|_| "position too large")?);
                }
                store.push_slice(doc as u32, field, &positions);
            }
            store.end_term();
        }
        let mut field_lengths = Vec::with_capacity(doc_count);
        for _ in 0..doc_count {
            let mut lengths = [0u32; Field::COUNT];
            for length in &mut lengths {
                *length = u32::try_from(reader.varint()?).map_err(|_| "field length too large")?;
            }
            field_lengths.push(lengths);
        }
        if reader.at != rest.len() {
            return Err("trailing bytes after the index".into());
        }
        if store.posting_count() != posting_count || store.position_count() != position_count {
            return Err("the posting counts do not match the header".into());
        }
        Ok(SearchIndex::from_store(terms, store, field_lengths))
    }
}

fn put(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let byte = *self.bytes.get(self.at).ok_or("the index ends too early")?;
        self.at += 1;
        Ok(byte)
    }

    /// The hot loop of loading: one bounds check per byte, no other work.
    #[inline]
    fn varint(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        let mut shift = 0;
        while let Some(&byte) = self.bytes.get(self.at) {
            self.at += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
            shift += 7;
            if shift >= 64 {
                return Err("a number is too long".into());
            }
        }
        Err("the index ends too early".into())
    }

    /// A count or length, refused above `max` so that damaged input cannot ask for huge
    /// allocations.
    fn count(&mut self, max: u64) -> Result<usize, String> {
        let value = self.varint()?;
        if value > max {
            return Err(format!("a count ({value}) is larger than possible"));
        }
        Ok(value as usize)
    }

    fn take(&mut self, length: usize) -> Result<&[u8], String> {
        let end = self
            .at
            .checked_add(length)
            .filter(|&end| end <= self.bytes.len())
            .ok_or("the index ends too early")?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }
}
