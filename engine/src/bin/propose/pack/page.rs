//! The pack's HTML pages: escaping, and one static page with its style and
//! a content security policy (no script at all; the inline style allowed by
//! its SHA-256 only).
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use proposal_engine::Lang;
use sha2::{Digest, Sha256};

/// Text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
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

/// A whole page: `title` (plain text), `css`, and `body` (HTML).
pub fn page(lang: Lang, title: &str, css: &str, body: &str) -> String {
    let hash = STANDARD.encode(Sha256::digest(css.as_bytes()));
    let code = match lang {
        Lang::ZhCn => "zh-CN",
        Lang::En => "en",
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-{hash}'; img-src data:\">\n\
<title>{}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        esc(title)
    )
}

/// A customer id as a file name: letters, digits, `-` and `_` as they are,
/// every other byte as `%XX` (so `../x` stays inside `proposals/`, and two
/// ids never share a file).
pub fn file_name(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_alphanumeric() || c == '-' || c == '_' {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    if out.is_empty() {
        out.push_str("%00");
    }
    format!("{out}.html")
}

/// A relative URL of `proposals/<file_name>`: `%` itself escaped, so the
/// browser opens the file of that name.
pub fn href_of(file: &str) -> String {
    format!("proposals/{}", file.replace('%', "%25"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_stay_in_their_folder_and_apart() {
        assert_eq!(file_name("42"), "42.html");
        assert_eq!(file_name("张记-1"), "张记-1.html");
        assert_eq!(file_name("../x"), "%2E%2E%2Fx.html");
        assert_ne!(file_name("a/b"), file_name("a%2Fb"));
        assert_eq!(href_of("%2E.html"), "proposals/%252E.html");
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
