//! Golden cases: `tests/cases/<engine>/*.json`, shared with the browser tests.
//!
//! Each file is `{ "description", "request", "expected" }` or `{ "description", "request",
//! "error": { "code", "field" } }`. `expected` is a subset of the answer: every key it gives
//! must equal the answer's, recursively for objects; arrays are compared whole. Numbers
//! compare as numbers (`5709000` equals `5709000.0`), as they do in JavaScript.

use std::path::Path;

use kz_residence::api;
use kz_residence::error::Error;
use serde_json::Value;

/// Runs one request through the engine named by the directory, the way `wasm.rs` does:
/// plain data into `api::*`, the typed answer back out through serde.
fn answer(engine: &str, request: &Value) -> Result<Value, Error> {
    let answer = match engine {
        "stay" => serde_json::to_value(api::stay(request)?),
        "permit" => serde_json::to_value(api::permit(request)?),
        other => panic!("no engine for tests/cases/{other}"),
    };
    Ok(answer.expect("answers serialize"))
}

/// Whether `actual` has everything `expected` gives (objects as a subset when `subset`,
/// arrays whole, numbers by value).
fn matches(expected: &Value, actual: &Value, subset: bool) -> bool {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            (subset || e.len() == a.len()) && e.iter().all(|(k, v)| a.get(k).is_some_and(|av| matches(v, av, subset)))
        }
        (Value::Array(e), Value::Array(a)) => e.len() == a.len() && e.iter().zip(a).all(|(x, y)| matches(x, y, false)),
        (Value::Number(e), Value::Number(a)) => e.as_f64() == a.as_f64(),
        (e, a) => e == a,
    }
}

/// Runs every case of one directory and reports all failures at once.
fn run_cases(engine: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases").join(engine);
    let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("cases directory").map(|e| e.expect("entry").path()).collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "json"));
    paths.sort();
    assert!(!paths.is_empty(), "no cases in {}", dir.display());
    let mut failures = Vec::new();
    for path in &paths {
        let name = path.file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let case: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("readable")).expect("case is JSON");
        assert!(case["description"].is_string(), "{name}: no description");
        let got = answer(engine, &case["request"]);
        let ok = match (&got, case.get("expected"), case.get("error")) {
            (Ok(a), Some(e), None) => matches(e, a, true),
            (Err(err), None, Some(e)) => e["code"] == err.code.as_str() && e["field"] == err.field.as_str(),
            _ => false,
        };
        if !ok {
            failures.push(format!("{name}: {}\n  got {}", case["description"], format_got(&got)));
        }
    }
    assert!(failures.is_empty(), "{} of {} {engine} cases failed:\n{}", failures.len(), paths.len(), failures.join("\n"));
}

fn format_got(got: &Result<Value, Error>) -> String {
    match got {
        Ok(v) => v.to_string(),
        Err(e) => format!("error {} at {:?}", e.code.as_str(), e.field),
    }
}

#[test]
fn permit_golden_cases() {
    run_cases("permit");
}

#[test]
fn stay_golden_cases() {
    run_cases("stay");
}
