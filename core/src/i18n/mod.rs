//! Interface text, one file per language: adding a language means adding a file here and a
//! variant to [`crate::Lang`]. Every string is a field of [`Messages`], so a missing translation
//! is a compile error, not a blank on screen.

mod en;
mod fr;

use crate::Lang;

/// Every piece of interface text, in one language.
pub struct Messages {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_programmes: &'static str,
    /// "12 programmes": the count with its noun in the right plural form.
    pub programme_count: fn(usize) -> String,
    pub programmes_heading: &'static str,
    pub origin_countries: &'static str,
    pub residence_countries: &'static str,
    pub implemented_by: &'static str,
    pub themes: &'static str,
    pub years: &'static str,
    pub status: &'static str,
    pub many_countries: &'static str,
    /// Joins a list of names and "others": "Mali, Senegal and others".
    pub and_others: &'static str,
    pub not_specified: &'static str,
    pub since_year: fn(i32) -> String,
    pub until_year: fn(i32) -> String,
    pub data_notice: &'static str,
}

impl Messages {
    pub fn get(lang: Lang) -> &'static Messages {
        match lang {
            Lang::En => &en::MESSAGES,
            Lang::Fr => &fr::MESSAGES,
        }
    }
}

/// Writes `n` with a separator between groups of three digits: `10,000`, `10 000`.
fn group_thousands(n: usize, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_use_each_language_plural_and_grouping() {
        let en = Messages::get(Lang::En);
        let fr = Messages::get(Lang::Fr);
        assert_eq!((en.programme_count)(0), "0 programmes");
        assert_eq!((en.programme_count)(1), "1 programme");
        assert_eq!((en.programme_count)(12345), "12,345 programmes");
        assert_eq!((fr.programme_count)(0), "0 programme");
        assert_eq!((fr.programme_count)(1), "1 programme");
        assert_eq!((fr.programme_count)(1000), "1\u{202F}000 programmes");
    }
}
