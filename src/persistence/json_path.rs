//! Names the place of a JSON error: turns serde_json's line and column into a
//! field path such as `plan.stakeholders[3].kind`.
//!
//! Why not serde_path_to_error: it wraps every (de)serializer generically and
//! cost about 4 kB of wasm per document type (measured), which the bundle
//! budget cannot afford as the document grows. Scanning the text up to the
//! error position costs a few hundred bytes once.

enum Frame {
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    Array {
        index: usize,
        started: bool,
    },
}

/// The path of the value being read at `line`/`column` (1-based, as serde_json
/// reports them) in `text`. Empty for the top level.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let offset = byte_offset(text, line, column);
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() && i < offset {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let s = text.get(start..i.min(bytes.len())).unwrap_or("");
                match stack.last_mut() {
                    Some(Frame::Object { key, expecting_key }) if *expecting_key => {
                        *key = Some(s.to_owned());
                        *expecting_key = false;
                    }
                    Some(Frame::Array { started, .. }) => *started = true,
                    _ => {}
                }
            }
            b'{' => {
                mark_started(&mut stack);
                stack.push(Frame::Object {
                    key: None,
                    expecting_key: true,
                });
            }
            b'[' => {
                mark_started(&mut stack);
                stack.push(Frame::Array {
                    index: 0,
                    started: false,
                });
            }
            b'}' | b']' => {
                // Stop at the closing bracket of the container that failed
                // (e.g. "missing field" is reported there).
                if i + 1 >= offset {
                    match stack.last_mut() {
                        Some(Frame::Object { key, .. }) => *key = None,
                        Some(Frame::Array { index, started }) => {
                            *index = 0;
                            *started = false;
                        }
                        None => {}
                    }
                    break;
                }
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index, .. }) => *index += 1,
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            b' ' | b'\n' | b'\r' | b'\t' | b':' => {}
            _ => mark_started(&mut stack),
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index, started } => {
                if *started || *index > 0 {
                    path.push_str(&format!("[{index}]"));
                }
            }
        }
    }
    path
}

fn mark_started(stack: &mut [Frame]) {
    if let Some(Frame::Array { started, .. }) = stack.last_mut() {
        *started = true;
    }
}

fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (n, l) in text.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            return offset + column;
        }
        offset += l.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Doc {
        plan: Inner,
    }
    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Inner {
        title: String,
        items: Vec<Item>,
    }
    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Item {
        id: u32,
        kind: Kind,
    }
    #[derive(Deserialize, Debug)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        A,
    }

    fn path_of(text: &str) -> String {
        let e = serde_json::from_str::<Doc>(text).unwrap_err();
        path_at(text, e.line(), e.column())
    }

    #[test]
    fn a_wrong_type_is_located_by_its_path() {
        let text = r#"{"plan":{"title":"T","items":[{"id":1,"kind":"a"},{"id":"x","kind":"a"}]}}"#;
        assert_eq!(path_of(text), "plan.items[1].id");
    }

    #[test]
    fn an_unknown_variant_is_located_on_pretty_printed_text() {
        let text = "{\n  \"plan\": {\n    \"title\": \"T\",\n    \"items\": [\n      {\"id\": 1, \"kind\": \"astronaut\"}\n    ]\n  }\n}";
        assert_eq!(path_of(text), "plan.items[0].kind");
    }

    #[test]
    fn a_missing_field_is_located_at_its_object() {
        let text = r#"{"plan":{"title":"T","items":[{"id":1}]}}"#;
        assert_eq!(path_of(text), "plan.items[0]");
    }

    #[test]
    fn strings_with_brackets_and_escapes_do_not_confuse_the_scan() {
        let text = r#"{"plan":{"title":"a \"[{,}]\" b","items":[{"id":true,"kind":"a"}]}}"#;
        assert_eq!(path_of(text), "plan.items[0].id");
    }

    #[test]
    fn a_wrong_top_level_field_is_named() {
        let text = r#"{"plan":{"title":5,"items":[]}}"#;
        assert_eq!(path_of(text), "plan.title");
    }
}
