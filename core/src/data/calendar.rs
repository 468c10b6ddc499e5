//! Just enough calendar arithmetic for validation, without a date-time dependency.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date in the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`, checking that the day exists.
    ///
    /// ```
    /// use diaspora_core::data::calendar::Date;
    /// assert!(Date::parse_iso("2024-02-29").is_some());
    /// assert!(Date::parse_iso("2023-02-29").is_none());
    /// assert!(Date::parse_iso("2023-2-1").is_none());
    /// ```
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let year = digits(0..4)? as i32;
        let month = digits(5..7)?;
        let day = digits(8..10)?;
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

/// `YYYY-MM-DD`, as the dataset writes dates.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Written as `YYYY-MM-DD` in JSON.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Read from `YYYY-MM-DD`; anything else, or a day that does not exist, is an error that says so
/// (the dataset's validation reports it as the field's problem).
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse_iso(&text)
            .ok_or_else(|| de::Error::custom(format!("{text:?} is not a date written YYYY-MM-DD")))
    }
}

/// Today's date in UTC from the system clock (for build scripts and native tests; the browser
/// has no system clock through `std`).
#[cfg(not(target_arch = "wasm32"))]
pub fn today_utc() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    Date::from_unix_days((seconds / 86_400) as i64)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_days_map_to_known_dates() {
        assert_eq!(
            Date::from_unix_days(0),
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        // 2026-11-28 is day 20_785 since the epoch.
        assert_eq!(
            Date::from_unix_days(20_785),
            Date::parse_iso("2026-11-28").unwrap()
        );
        assert_eq!(
            Date::from_unix_days(11_016),
            Date::parse_iso("2000-02-29").unwrap()
        );
    }

    #[test]
    fn json_round_trips_through_the_iso_form() {
        let date = Date::parse_iso("2026-02-03").unwrap();
        assert_eq!(date.to_string(), "2026-02-03");
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2026-02-03\"");
        assert_eq!(
            serde_json::from_str::<Date>("\"2026-02-03\"").unwrap(),
            date
        );
        let error = serde_json::from_str::<Date>("\"2026-02-30\"").unwrap_err();
        assert!(error
            .to_string()
            .starts_with("\"2026-02-30\" is not a date written YYYY-MM-DD"));
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for bad in [
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "26-01-01",
            "2026/01/01",
            "２０２６-01-01",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }
}
