//! The "About the data" page's figures, computed from the catalogue itself (never typed): how
//! many programmes by region, theme and status, how complete the records are, and
//! how their facts are sourced and dated.
//!
//! ```
//! # let today = diaspora_core::data::calendar::today_utc();
//! # let catalogue = diaspora_core::Catalogue::repository(today);
//! use diaspora_core::present::about::{AboutTheData, Completeness};
//! let about = AboutTheData::of(&catalogue, today);
//! assert_eq!(about.programmes, catalogue.programmes.len());
//! // Africa ("002") is a region of origin, with its sub-regions after it.
//! assert!(about.by_region.iter().any(|row| row.code == "002" && row.depth == 0));
//! let official = about.completeness.iter().find(|c| c.field == Completeness::OfficialLink).unwrap();
//! assert!(official.records <= about.programmes);
//! ```

use crate::data::calendar::Date;
use crate::data::geography::Geography;
use crate::data::model::Status;
use crate::data::Catalogue;

/// A region with its count, and how deep it sits (0 for a continent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionRow {
    pub code: String,
    pub depth: usize,
    pub programmes: usize,
}

/// What a record may have or lack, for the completeness table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Completeness {
    OfficialLink,
    StartYear,
    EvidenceYear,
    RecentEvidence,
    TakingPart,
    OpenToApplications,
    FrenchSummary,
    CountriesOfOrigin,
    CountriesOfResidence,
    Funders,
}

impl Completeness {
    pub const ALL: [Completeness; 10] = [
        Completeness::CountriesOfOrigin,
        Completeness::CountriesOfResidence,
        Completeness::StartYear,
        Completeness::OfficialLink,
        Completeness::EvidenceYear,
        Completeness::RecentEvidence,
        Completeness::TakingPart,
        Completeness::OpenToApplications,
        Completeness::Funders,
        Completeness::FrenchSummary,
    ];
}

/// One row of the completeness table: how many records have it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompletenessRow {
    pub field: Completeness,
    pub records: usize,
}

/// Every figure of the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AboutTheData {
    pub programmes: usize,
    pub organisations: usize,
    /// Countries of origin named by at least one programme.
    pub origin_countries: usize,
    /// Regions, each followed by its sub-regions (in the catalogue's region order), with the
    /// programmes the region filter finds under them (a country of origin or of residence
    /// there, or the region covered as a whole); regions without any left out.
    pub by_region: Vec<RegionRow>,
    /// Theme codes in vocabulary order, with their counts.
    pub by_theme: Vec<(String, usize)>,
    /// Status codes in vocabulary order, with their counts.
    pub by_status: Vec<(String, usize)>,
    pub completeness: Vec<CompletenessRow>,
    pub sources: usize,
    /// Sources with the day they were read.
    pub sources_dated: usize,
    /// The latest day by which the other sources were read (`accessed_before`: pages of the
    /// first release, not read again since), if any source is such.
    pub sources_read_by: Option<Date>,
    /// Evidence counts as recent from this year on (three years back, this one included).
    pub recent_from: i32,
    /// The earliest and latest `last_verified`.
    pub verified_between: Option<(Date, Date)>,
}

impl AboutTheData {
    pub fn of(catalogue: &Catalogue, today: Date) -> Self {
        let programmes = &catalogue.programmes;
        let geography = &catalogue.geography;
        let recent_from = today.year - 2;
        // The regions the region filter finds each programme under (both sides), so that
        // each count leads to as many programmes.
        let regions: Vec<&[String]> = programmes.iter().map(|p| p.regions.as_slice()).collect();
        let by_region = region_rows(geography, &regions);
        let count = |code: &str, codes: fn(&crate::Programme) -> Vec<&str>| {
            programmes
                .iter()
                .filter(|p| codes(p).contains(&code))
                .count()
        };
        let by_theme = catalogue
            .vocabularies
            .themes
            .codes()
            .map(|code| {
                (
                    code.to_owned(),
                    count(code, |p| p.themes.iter().map(String::as_str).collect()),
                )
            })
            .collect();
        let by_status = catalogue
            .vocabularies
            .statuses
            .codes()
            .map(|code| (code.to_owned(), count(code, |p| vec![p.status.code()])))
            .collect();
        let completeness = Completeness::ALL
            .into_iter()
            .map(|field| CompletenessRow {
                field,
                records: programmes
                    .iter()
                    .filter(|p| match field {
                        Completeness::OfficialLink => p.official_url.is_some(),
                        Completeness::StartYear => p.start_year.is_some(),
                        Completeness::EvidenceYear => p.evidence_year.is_some(),
                        Completeness::RecentEvidence => {
                            p.evidence_year.is_some_and(|y| y >= recent_from)
                        }
                        Completeness::TakingPart => p.taking_part.is_some(),
                        Completeness::OpenToApplications => p.is_open_to_applications(),
                        Completeness::FrenchSummary => p.summary_fr.is_some(),
                        Completeness::CountriesOfOrigin => !p.origin_countries.named().is_empty(),
                        Completeness::CountriesOfResidence => {
                            !p.residence_countries.named().is_empty()
                        }
                        Completeness::Funders => !p.funders.is_empty(),
                    })
                    .count(),
            })
            .collect();
        let mut origin_countries: Vec<&str> = programmes
            .iter()
            .flat_map(|p| p.origin_countries.named().iter().map(String::as_str))
            .collect();
        origin_countries.sort_unstable();
        origin_countries.dedup();
        let verified = programmes.iter().map(|p| p.last_verified);
        let verified_between = verified.clone().min().zip(verified.max());
        AboutTheData {
            programmes: programmes.len(),
            organisations: catalogue.organisations.all().len(),
            origin_countries: origin_countries.len(),
            by_region,
            by_theme,
            by_status,
            completeness,
            sources: catalogue.source_summary.sources,
            sources_dated: catalogue.source_summary.dated,
            sources_read_by: catalogue.source_summary.read_by,
            recent_from,
            verified_between,
        }
    }

    /// The ongoing programmes among all: the status row the page leads with.
    pub fn ongoing(&self) -> usize {
        self.by_status
            .iter()
            .find(|(code, _)| code == Status::Ongoing.code())
            .map_or(0, |(_, n)| *n)
    }
}

/// Regions depth-first from the continents, each with the programmes of `regions_per_programme`
/// that name it; empty regions left out.
fn region_rows(geography: &Geography, regions_per_programme: &[&[String]]) -> Vec<RegionRow> {
    let count = |code: &str| {
        regions_per_programme
            .iter()
            .filter(|regions| regions.iter().any(|r| r == code))
            .count()
    };
    let mut rows = Vec::new();
    fn walk(
        geography: &Geography,
        parent: Option<&str>,
        depth: usize,
        count: &dyn Fn(&str) -> usize,
        rows: &mut Vec<RegionRow>,
    ) {
        for region in geography
            .regions()
            .iter()
            .filter(|r| r.parent.as_deref() == parent)
        {
            let programmes = count(&region.code);
            if programmes == 0 {
                continue;
            }
            rows.push(RegionRow {
                code: region.code.clone(),
                depth,
                programmes,
            });
            walk(geography, Some(&region.code), depth + 1, count, rows);
        }
    }
    walk(geography, None, 0, &count, &mut rows);
    rows
}

/// `part` of `whole` as a whole percentage, rounded (0 for an empty whole).
///
/// ```
/// use diaspora_core::present::about::percent;
/// assert_eq!(percent(59, 156), 38);
/// assert_eq!(percent(0, 0), 0);
/// ```
pub fn percent(part: usize, whole: usize) -> usize {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

/// `part` of `whole` as the page shows it: a whole percentage, and "< 1 %" rather than "0 %"
/// for a part that is not nothing (a no-break space before the sign).
///
/// ```
/// use diaspora_core::present::about::share;
/// assert_eq!(share(59, 156), "38\u{a0}%");
/// assert_eq!(share(1, 238), "<\u{a0}1\u{a0}%");
/// assert_eq!(share(0, 238), "0\u{a0}%");
/// ```
pub fn share(part: usize, whole: usize) -> String {
    match percent(part, whole) {
        0 if part > 0 => "<\u{a0}1\u{a0}%".to_owned(),
        n => format!("{n}\u{a0}%"),
    }
}

/// Where a reader sends a correction: the build's `CONTRIBUTE_EMAIL` (a `mailto:` link with a
/// subject and a body to fill in) or `CONTRIBUTE_URL` (a page, such as a form or a prefilled
/// "new issue" address). The e-mail comes first when both are set.
///
/// ```
/// use diaspora_core::present::about::CorrectionChannel;
/// let email = CorrectionChannel::from_settings(Some("data@example.org"), None).unwrap();
/// assert_eq!(email.href("A fix", "What:\n"), "mailto:data@example.org?subject=A%20fix&body=What%3A%0A");
/// let page = CorrectionChannel::from_settings(Some(""), Some("https://example.org/new")).unwrap();
/// assert_eq!(page.href("A fix", "What:\n"), "https://example.org/new");
/// // Anything else is no channel: the page then says it names none.
/// assert_eq!(CorrectionChannel::from_settings(Some("not an address"), Some("javascript:x")), None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CorrectionChannel {
    Email(String),
    Page(String),
}

impl CorrectionChannel {
    pub fn from_settings(email: Option<&str>, url: Option<&str>) -> Option<CorrectionChannel> {
        let email = email
            .map(str::trim)
            .filter(|address| is_email_address(address));
        let url = url
            .map(str::trim)
            .filter(|url| crate::data::validate::check_url(url).is_ok());
        email
            .map(|address| CorrectionChannel::Email(address.to_owned()))
            .or_else(|| url.map(|url| CorrectionChannel::Page(url.to_owned())))
    }

    /// The link to follow.
    pub fn href(&self, subject: &str, body: &str) -> String {
        match self {
            CorrectionChannel::Email(address) => format!(
                "mailto:{address}?subject={}&body={}",
                percent_encode(subject),
                percent_encode(body)
            ),
            CorrectionChannel::Page(url) => url.clone(),
        }
    }
}

/// One `@` between a local part and a domain with a dot, nothing that would break a `mailto:`.
fn is_email_address(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let plain = |part: &str| {
        !part.is_empty()
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
    };
    plain(local) && plain(domain) && domain.contains('.')
}

/// `text` with every byte but the unreserved ones (RFC 3986) as `%XX`: a `mailto:` reads `+`
/// as a plus, so spaces must be `%20`.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
