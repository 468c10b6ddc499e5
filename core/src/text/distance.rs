//! Bounded edit distance for typo tolerance.
//!
//! How many edits a word may have is a ranking rule: `search::ranking::allowed_edits`.

/// Optimal-string-alignment distance between `a` and `b` (insertions, deletions,
/// substitutions, and a transposition of neighbours counting as one edit), or `None` when it
/// exceeds `max`. Stops as soon as a row exceeds `max`, so most dictionary words cost a few
/// steps, and allocates nothing for words under 48 characters.
///
/// ```
/// use diaspora_core::text::distance::bounded_distance;
/// let chars = |s: &str| s.chars().collect::<Vec<_>>();
/// assert_eq!(bounded_distance(&chars("senegal"), &chars("sengeal"), 1), Some(1));
/// assert_eq!(bounded_distance(&chars("senegal"), &chars("snegl"), 1), None);
/// ```
pub fn bounded_distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    with_last_row(a, b, max, |row| {
        let distance = row[b.len()];
        (distance <= max).then_some(distance)
    })
}

/// Runs the optimal-string-alignment table of `a` against `b` and hands its last row
/// (distances from all of `a` to each prefix of `b`) to `read`; `None` as soon as every cell
/// of a row exceeds `max`.
fn with_last_row(
    a: &[char],
    b: &[char],
    max: usize,
    read: impl FnOnce(&[usize]) -> Option<usize>,
) -> Option<usize> {
    // Rows live on the stack for dictionary-sized words; the scan over the whole dictionary
    // must not allocate per word.
    const STACK: usize = 48;
    let width = b.len() + 1;
    let mut stack = [[0usize; STACK]; 3];
    let mut heap;
    let [before, previous, current]: [&mut [usize]; 3] = if width <= STACK {
        let [x, y, z] = &mut stack;
        [&mut x[..width], &mut y[..width], &mut z[..width]]
    } else {
        heap = [vec![0; width], vec![0; width], vec![0; width]];
        let [x, y, z] = &mut heap;
        [x.as_mut_slice(), y.as_mut_slice(), z.as_mut_slice()]
    };
    let (mut before, mut previous, mut current) = (before, previous, current);
    for (j, cell) in previous.iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(before[j - 2] + 1);
            }
            current[j] = value;
            row_min = row_min.min(value);
        }
        if row_min > max {
            return None;
        }
        // Rotate: before <- previous <- current <- (old before, overwritten next row).
        let recycled = before;
        before = previous;
        previous = current;
        current = recycled;
    }
    read(previous)
}

/// The smallest distance between `query` and any prefix of `word` (what the person may still
/// be typing), within `max`.
pub fn bounded_prefix_distance(query: &[char], word: &[char], max: usize) -> Option<usize> {
    // One table against the longest prefix worth considering; its last row holds the
    // distance to every shorter prefix.
    let longest = (query.len() + max).min(word.len());
    let shortest = query.len().saturating_sub(max).max(1);
    if shortest > longest {
        return None;
    }
    with_last_row(query, &word[..longest], max, |row| {
        row[shortest..=longest]
            .iter()
            .copied()
            .min()
            .filter(|&distance| distance <= max)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, max: usize) -> Option<usize> {
        bounded_distance(
            &a.chars().collect::<Vec<_>>(),
            &b.chars().collect::<Vec<_>>(),
            max,
        )
    }

    #[test]
    fn counts_each_kind_of_edit_once() {
        assert_eq!(d("ghana", "ghana", 2), Some(0));
        assert_eq!(d("ghana", "gahna", 2), Some(1), "transposition");
        assert_eq!(d("ghana", "ghanaa", 2), Some(1), "insertion");
        assert_eq!(d("ghana", "gana", 2), Some(1), "deletion");
        assert_eq!(d("ghana", "ghona", 2), Some(1), "substitution");
        assert_eq!(d("remittances", "remitances", 2), Some(1));
        assert_eq!(d("entrepreneurship", "entrepeneurshp", 2), Some(2));
        assert_eq!(d("mali", "bali", 0), None);
        assert_eq!(d("", "", 0), Some(0));
        assert_eq!(d("abc", "", 3), Some(3));
    }

    #[test]
    fn agrees_with_an_unbounded_reference() {
        fn reference(a: &[char], b: &[char]) -> usize {
            let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
            for (i, row) in table.iter_mut().enumerate() {
                row[0] = i;
            }
            for (j, cell) in table[0].iter_mut().enumerate() {
                *cell = j;
            }
            for i in 1..=a.len() {
                for j in 1..=b.len() {
                    let cost = usize::from(a[i - 1] != b[j - 1]);
                    let mut v = (table[i - 1][j] + 1)
                        .min(table[i][j - 1] + 1)
                        .min(table[i - 1][j - 1] + cost);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        v = v.min(table[i - 2][j - 2] + 1);
                    }
                    table[i][j] = v;
                }
            }
            table[a.len()][b.len()]
        }
        let words = [
            "", "a", "ab", "ba", "abc", "acb", "mali", "malawi", "senegal", "sengal", "niger",
            "nigeria", "oim", "iom",
        ];
        for a in words {
            for b in words {
                let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let expected = reference(&ca, &cb);
                for max in 0..4 {
                    let got = bounded_distance(&ca, &cb, max);
                    assert_eq!(got, (expected <= max).then_some(expected), "{a} {b} {max}");
                }
            }
        }
    }

    #[test]
    fn prefix_distance_forgives_the_unfinished_end() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(
            bounded_prefix_distance(&c("remitt"), &c("remittances"), 1),
            Some(0)
        );
        assert_eq!(
            bounded_prefix_distance(&c("remmit"), &c("remittances"), 1),
            Some(1)
        );
        assert_eq!(
            bounded_prefix_distance(&c("entrepe"), &c("entrepreneurship"), 1),
            Some(1)
        );
        assert_eq!(
            bounded_prefix_distance(&c("xyzw"), &c("remittances"), 1),
            None
        );
    }
}
