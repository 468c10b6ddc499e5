//! Splits text into words, remembering where each came from.

/// A word of the text being analysed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The term, rewritten by the filters (folded, stemmed…).
    pub text: String,
    /// Byte range of the word in the original text, for highlighting.
    pub start: usize,
    pub end: usize,
    /// Index of the word among the words of the text (before any is dropped), for phrases.
    pub position: u32,
    /// The word is directly followed by an apostrophe and a letter: `d` in `d'appui`.
    pub before_apostrophe: bool,
    /// The word directly follows an apostrophe: `s` in `Ghana's`.
    pub after_apostrophe: bool,
}

/// Words are runs of letters and digits (any script). Two joins are kept on purpose: a `+`
/// between digits (`1+3`, `PARE 1+1`) and nothing else; `3x1` is already one run.
/// Apostrophes (`'`, `’`, `ʼ`) split words but are recorded on both sides, for [`super::Elision`].
pub struct Tokenizer<'a> {
    text: &'a str,
    offset: usize,
    position: u32,
    after_apostrophe: bool,
}

impl<'a> Tokenizer<'a> {
    pub fn new(text: &'a str) -> Self {
        Tokenizer {
            text,
            offset: 0,
            position: 0,
            after_apostrophe: false,
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// `'`, `’` and `ʼ`: the apostrophes of `d'appui`, `Côte d’Ivoire`.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// A plus sign between two digits stays inside a word: `1+3`, `PARE 1+1`.
pub(crate) fn is_digit_join(previous: Option<char>, c: char, next: Option<char>) -> bool {
    c == '+'
        && previous.is_some_and(|p| p.is_ascii_digit())
        && next.is_some_and(|n| n.is_ascii_digit())
}

impl Iterator for Tokenizer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let rest = &self.text[self.offset..];
        let mut chars = rest.char_indices().peekable();
        let start = loop {
            let (i, c) = chars.next()?;
            if is_word_char(c) {
                break i;
            }
        };
        let mut end = rest.len();
        while let Some(&(i, c)) = chars.peek() {
            if is_word_char(c) {
                chars.next();
                continue;
            }
            let previous = rest[..i].chars().next_back();
            let next = rest[i + c.len_utf8()..].chars().next();
            if is_digit_join(previous, c, next) {
                chars.next();
                continue;
            }
            end = i;
            break;
        }
        let after = &rest[end..];
        let mut after_chars = after.chars();
        let before_apostrophe = after_chars.next().is_some_and(is_apostrophe)
            && after_chars.next().is_some_and(char::is_alphabetic);

        let token = Token {
            text: rest[start..end].to_owned(),
            start: self.offset + start,
            end: self.offset + end,
            position: self.position,
            before_apostrophe,
            // The previous word ended with an apostrophe followed by a letter: this word.
            after_apostrophe: self.after_apostrophe,
        };
        self.after_apostrophe = before_apostrophe;
        self.offset += end;
        self.position += 1;
        Some(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, bool, bool)> {
        Tokenizer::new(text)
            .map(|t| (t.text, t.before_apostrophe, t.after_apostrophe))
            .collect()
    }

    #[test]
    fn splits_on_non_alphanumerics_and_keeps_offsets() {
        let text = "Côte d’Ivoire — Mali/Sénégal";
        let tokens: Vec<Token> = Tokenizer::new(text).collect();
        let texts: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["Côte", "d", "Ivoire", "Mali", "Sénégal"]);
        for token in &tokens {
            assert_eq!(&text[token.start..token.end], token.text);
        }
        assert_eq!(
            tokens.iter().map(|t| t.position).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4]
        );
    }

    #[test]
    fn marks_both_sides_of_apostrophes() {
        assert_eq!(
            words("d'appui Ghana's l' x"),
            [
                ("d".into(), true, false),
                ("appui".into(), false, true),
                ("Ghana".into(), true, false),
                ("s".into(), false, true),
                ("l".into(), false, false),
                ("x".into(), false, false),
            ]
        );
    }

    #[test]
    fn keeps_digit_plus_digit_codes() {
        let texts: Vec<String> = Tokenizer::new("DAR 1+3, 3x1 and +5 or 2+ a+b")
            .map(|t| t.text)
            .collect();
        assert_eq!(
            texts,
            ["DAR", "1+3", "3x1", "and", "5", "or", "2", "a", "b"]
        );
    }
}
