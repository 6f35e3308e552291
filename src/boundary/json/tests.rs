//! The writer against serde_json: every golden answer and the rules view read back alike.

use std::fmt::Write as _;

use serde_json::{json, Value};

use super::*;
use crate::api;

fn rust_floats(n: f64, out: &mut String) {
    let _ = write!(out, "{n}");
}

/// The writer's text read back, against serde_json's own value of the same answer.
fn same_as_serde_json<T: Serialize>(value: &T) {
    let ours: Value = serde_json::from_str(&to_json(value, rust_floats)).expect("the writer writes JSON");
    let theirs = serde_json::to_value(value).expect("serializable");
    assert_eq!(difference(&ours, &theirs, String::new()), None);
}

/// The path of the first place where `a` and `b` differ as JavaScript would see them.
fn difference(a: &Value, b: &Value, path: String) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) if x.len() == y.len() => x.iter().find_map(|(k, v)| match y.get(k) {
            Some(w) => difference(v, w, format!("{path}.{k}")),
            None => Some(format!("{path}.{k}: only in ours")),
        }),
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x.iter().zip(y).enumerate().find_map(|(i, (v, w))| difference(v, w, format!("{path}[{i}]"))),
        // One number to JavaScript, whether written 14768 or 14768.0.
        (Value::Number(x), Value::Number(y)) => (x.as_f64() != y.as_f64()).then(|| format!("{path}: {a} vs {b}")),
        _ => (a != b).then(|| format!("{path}: {a} vs {b}")),
    }
}

#[test]
fn every_golden_answer_is_written_as_serde_json_writes_it() {
    for engine in ["stay", "permit"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases").join(engine);
        for entry in std::fs::read_dir(dir).expect("cases") {
            let case: Value = serde_json::from_str(&std::fs::read_to_string(entry.expect("case").path()).expect("readable")).expect("JSON");
            let request = &case["request"];
            match engine {
                "stay" => api::stay(request).iter().for_each(same_as_serde_json),
                _ => api::permit(request).iter().for_each(same_as_serde_json),
            }
        }
    }
    same_as_serde_json(&api::rules(&json!("2026-11-26")).expect("rules"));
}

#[test]
fn text_numbers_and_absent_values_are_plain_json() {
    let value = json!({ "quote\"back\\slash\nline\u{1}": ["é 🙂", null, true, -3, 2.5, 1e300, 9_007_199_254_740_993u64] });
    same_as_serde_json(&value);
    assert_eq!(to_json(&(Some(1), None::<i32>, f64::NAN, -0.0), rust_floats), "[1,null,null,0]");
}
