//! Touches to the HTML the build-time renderer writes for the static pages (the explorer's
//! own components rendered to a string): without the renderer's markers, and with the ids of
//! a second copy of a view (the same page in another language) made its own; and the escaping
//! of what it writes itself (the pages' `<head>`).
//!
//! Both work on HTML as the renderer writes it: text escaped (a raw `<` always opens a tag or
//! a comment), attribute values in double quotes without a raw `"`.

/// `text` made safe inside an HTML text node or a double-quoted attribute value: `&`, `<`,
/// `>`, `"` and `'` as character references.
///
/// ```
/// use diaspora_core::present::static_page::escape;
/// assert_eq!(escape(r#"<a href="x">Tom & Jerry's</a>"#), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The attributes whose values name ids: they follow the ids [`namespace_ids`] renames.
const ID_REFERENCES: [&str; 4] = [
    "for",
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
];

/// `html` without comments (`<!-- … -->`, and the renderer's empty `<!>` markers), which only
/// a hydrating client would read.
///
/// ```
/// use diaspora_core::present::static_page::strip_comments;
/// assert_eq!(strip_comments("<p>a<!>b<!--<() />--></p>"), "<p>ab</p>");
/// assert_eq!(strip_comments("<p>1 &lt;!-- 2</p>"), "<p>1 &lt;!-- 2</p>");
/// ```
pub fn strip_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = if after.starts_with("<!--") {
            after.find("-->").map(|at| at + 3)
        } else {
            after.find('>').map(|at| at + 1)
        };
        match end {
            Some(end) => rest = &after[end..],
            None => {
                rest = after;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `html` with every `id` prefixed by `prefix`, and every reference to one (`for`, the
/// `aria-*` attributes that list ids, in-page `href="#…"`) following it: a second copy of a view
/// in one document then neither repeats an id nor labels the first copy's fields. Text and
/// other attributes are left as they are.
///
/// ```
/// use diaspora_core::present::static_page::namespace_ids;
/// assert_eq!(
///     namespace_ids(r##"<label for="q">id="q"</label><input id="q" aria-describedby="h x"><a href="#q">"##, "fr-"),
///     r##"<label for="fr-q">id="q"</label><input id="fr-q" aria-describedby="fr-h fr-x"><a href="#fr-q">"##,
/// );
/// ```
pub fn namespace_ids(html: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 20);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let tag = &rest[start..];
        let end = tag_end(tag);
        out.push_str(&namespace_tag(&tag[..end], prefix));
        rest = &tag[end..];
    }
    out.push_str(rest);
    out
}

/// Where the tag at the start of `text` ends (after its `>`, outside quoted values).
fn tag_end(text: &str) -> usize {
    let mut quoted = false;
    for (at, byte) in text.bytes().enumerate() {
        match byte {
            b'"' => quoted = !quoted,
            b'>' if !quoted => return at + 1,
            _ => {}
        }
    }
    text.len()
}

/// One tag with its ids and id references prefixed.
fn namespace_tag(tag: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(tag.len() + 16);
    let mut rest = tag;
    // Each ` name="value"`: the value is rewritten when the name says it holds ids.
    while let Some(equals) = rest.find("=\"") {
        let name_start = rest[..equals].rfind([' ', '<']).map_or(0, |at| at + 1);
        let name = &rest[name_start..equals];
        let value_start = equals + 2;
        let Some(length) = rest[value_start..].find('"') else {
            break;
        };
        let value = &rest[value_start..value_start + length];
        out.push_str(&rest[..value_start]);
        match name {
            "id" => {
                out.push_str(prefix);
                out.push_str(value);
            }
            _ if ID_REFERENCES.contains(&name) => {
                let ids: Vec<String> = value
                    .split_whitespace()
                    .map(|id| format!("{prefix}{id}"))
                    .collect();
                out.push_str(&ids.join(" "));
            }
            "href" if value.starts_with('#') && value.len() > 1 => {
                out.push('#');
                out.push_str(prefix);
                out.push_str(&value[1..]);
            }
            _ => out.push_str(value),
        }
        rest = &rest[value_start + length..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_greater_than_signs_do_not_end_a_tag() {
        assert_eq!(
            namespace_ids(r#"<a title="a > b" id="x">t</a>"#, "p-"),
            r#"<a title="a > b" id="p-x">t</a>"#
        );
    }

    #[test]
    fn attributes_that_end_in_id_are_not_ids() {
        assert_eq!(
            namespace_ids(r#"<article data-id="mida" id="m">"#, "p-"),
            r#"<article data-id="mida" id="p-m">"#
        );
    }

    #[test]
    fn an_unterminated_comment_is_kept() {
        assert_eq!(strip_comments("a<!-- b"), "a<!-- b");
    }
}
