//! Result pages: how many there are and which page links to show.
//!
//! ```
//! use diaspora_core::explorer::pagination::{PageLink, Pages};
//! let pages = Pages::new(103, 24, 0);
//! assert_eq!(pages.count, 5);
//! assert_eq!(pages.range(), (1, 24));
//! use PageLink::{Gap, Page};
//! assert_eq!(Pages::new(1000, 10, 50).links(), vec![Page(0), Gap, Page(49), Page(50), Page(51), Gap, Page(99)]);
//! ```

/// The pages of `total` results, `size` per page, with the current one (from 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pages {
    pub total: usize,
    pub size: usize,
    /// Always a real page: a page past the end (from an old link) is read as the last.
    pub current: usize,
    pub count: usize,
}

/// One item of the page navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageLink {
    /// A page, from 0.
    Page(usize),
    /// Pages left out between two links ("…").
    Gap,
}

impl Pages {
    pub fn new(total: usize, size: usize, requested: usize) -> Pages {
        let size = size.max(1);
        let count = total.div_ceil(size).max(1);
        Pages {
            total,
            size,
            current: requested.min(count - 1),
            count,
        }
    }

    /// First and last result shown, counted from 1 (`(0, 0)` with no results).
    pub fn range(&self) -> (usize, usize) {
        if self.total == 0 {
            return (0, 0);
        }
        let first = self.current * self.size + 1;
        (first, (first + self.size - 1).min(self.total))
    }

    /// The first and last pages, the current one and its neighbours; a gap stands for two or
    /// more pages left out (a single page is shown instead of a gap, which takes as much room).
    pub fn links(&self) -> Vec<PageLink> {
        let last = self.count - 1;
        let near = |page: usize| page.abs_diff(self.current) <= 1;
        let mut shown: Vec<usize> = (0..=last)
            .filter(|&page| page == 0 || page == last || near(page))
            .collect();
        // Fill one-page holes.
        let mut filled = Vec::with_capacity(shown.len() + 2);
        for page in shown.drain(..) {
            if let Some(&previous) = filled.last() {
                if page == previous + 2 {
                    filled.push(previous + 1);
                }
            }
            filled.push(page);
        }
        let mut links = Vec::with_capacity(filled.len() + 2);
        for (i, &page) in filled.iter().enumerate() {
            if i > 0 && page > filled[i - 1] + 1 {
                links.push(PageLink::Gap);
            }
            links.push(PageLink::Page(page));
        }
        links
    }

    pub fn has_previous(&self) -> bool {
        self.current > 0
    }

    pub fn has_next(&self) -> bool {
        self.current + 1 < self.count
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PageLink::{Gap, Page};

    #[test]
    fn a_single_page_has_one_link_and_no_neighbours() {
        for total in [0, 1, 24] {
            let pages = Pages::new(total, 24, 0);
            assert_eq!(pages.links(), vec![Page(0)]);
            assert!(!pages.has_previous() && !pages.has_next());
        }
        assert_eq!(Pages::new(0, 24, 0).range(), (0, 0));
    }

    #[test]
    fn pages_past_the_end_read_as_the_last() {
        let pages = Pages::new(103, 24, 99);
        assert_eq!(pages.current, 4);
        assert_eq!(pages.range(), (97, 103));
        assert!(pages.has_previous() && !pages.has_next());
    }

    #[test]
    fn links_keep_ends_and_neighbours_and_fill_one_page_holes() {
        assert_eq!(
            Pages::new(103, 24, 0).links(),
            vec![Page(0), Page(1), Gap, Page(4)]
        );
        assert_eq!(
            Pages::new(103, 24, 2).links(),
            vec![Page(0), Page(1), Page(2), Page(3), Page(4)]
        );
        assert_eq!(
            Pages::new(200, 10, 3).links(),
            vec![Page(0), Page(1), Page(2), Page(3), Page(4), Gap, Page(19)]
        );
    }

    #[test]
    fn every_page_is_reachable_and_links_are_ordered() {
        for total in 0..300 {
            for current in 0..15 {
                let pages = Pages::new(total, 24, current);
                let links = pages.links();
                let numbers: Vec<usize> = links
                    .iter()
                    .filter_map(|l| match l {
                        Page(p) => Some(*p),
                        Gap => None,
                    })
                    .collect();
                assert!(numbers.windows(2).all(|w| w[0] < w[1]));
                assert!(numbers.contains(&pages.current));
                assert_eq!(numbers.first(), Some(&0));
                assert_eq!(numbers.last(), Some(&(pages.count - 1)));
                assert!(links.len() <= 7);
            }
        }
    }
}
