//! The TypeScript declarations of the requests and answers (`--features ts`, `src/ts.rs`),
//! written where `make dist` packs them from, `target/types/api.d.ts`, with what checks
//! them: every golden case's request and answer (`tests/cases/`), and the rules of a few
//! days, as serde_json serializes them, each declared with its type in
//! `target/types/golden.ts`, which `make dist` type-checks with tsc before packing; and the
//! codes the widget's catalogues must word (`target/types/codes.json`, src/codes.rs). The
//! declarations are never committed: they are made from the Rust types at every build, and
//! a shape they get wrong fails that check.

#![cfg(feature = "ts")]

use std::fmt::Write;
use std::path::{Path, PathBuf};

use kz_residence::api;
use kz_residence::date::Day;
use kz_residence::stay::{Limit, Status};
use serde_json::{json, Value};

fn types_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/types");
    std::fs::create_dir_all(&dir).expect("target/types");
    dir
}

#[test]
fn the_declarations_are_written() {
    std::fs::write(types_dir().join("api.d.ts"), kz_residence::ts::declarations()).expect("api.d.ts written");
}

/// The codes the widget's catalogues must word (`tests/e2e/i18n.test.mjs` reads them).
#[test]
fn the_codes_are_written() {
    let codes = kz_residence::codes::codes();
    assert!(codes["notice"].contains(&"REGISTRATION".to_string()) && codes["registration"].contains(&"SELF_REGISTERS.PLAN".to_string()));
    let json = serde_json::to_string_pretty(&codes).expect("codes serialize");
    std::fs::write(types_dir().join("codes.json"), json + "\n").expect("codes.json written");
}

/// `(name, request, answer)` of every golden case with an answer, in file order.
fn golden_cases(engine: &str) -> Vec<(String, Value, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases").join(engine);
    let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("cases").map(|e| e.expect("entry").path()).collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "json"));
    paths.sort();
    let mut cases = Vec::new();
    for path in paths {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("JSON");
        if case.get("expected").is_none() {
            continue; // an error case: its request is wrong on purpose
        }
        let request = case["request"].clone();
        let answer = match engine {
            "stay" => serde_json::to_value(api::stay(&request).expect("golden request answers")),
            _ => serde_json::to_value(api::permit(&request).expect("golden request answers")),
        };
        let stem = path.file_stem().expect("name").to_string_lossy().replace('-', "_");
        cases.push((format!("{engine}_{stem}"), request, answer.expect("answers serialize")));
    }
    assert!(!cases.is_empty(), "no {engine} cases");
    cases
}

#[test]
fn the_golden_answers_are_written_with_their_types() {
    let mut ts = String::from("// Written by tests/types.rs: the golden cases' requests and answers as serde_json\n// serializes them, each with its declared type; `make dist` type-checks this file.\n");
    ts.push_str("import type { PermitAnswer, PermitRequest, RulesOn, StayAnswer, StayRequest } from './api.js';\n");
    for (engine, request_type, answer_type) in [("stay", "StayRequest", "StayAnswer"), ("permit", "PermitRequest", "PermitAnswer")] {
        for (name, request, answer) in golden_cases(engine) {
            writeln!(ts, "\nexport const {name}_request: {request_type} = {request};").expect("written");
            writeln!(ts, "export const {name}: {answer_type} = {answer};").expect("written");
        }
    }
    // Before the first rules, the day the 2026 pilot began, and after its end.
    for on in ["2020-01-01", "2026-02-13", "2027-01-01"] {
        let rules = serde_json::to_value(api::rules(&json!(on)).expect("rules")).expect("serialize");
        writeln!(ts, "\nexport const rules_{}: RulesOn = {rules};", on.replace('-', "_")).expect("written");
    }
    std::fs::write(types_dir().join("golden.ts"), ts).expect("golden.ts written");
}

/// `Status` is serialized by hand; its declared shape (`src/ts.rs`) must name every code it
/// writes and exactly its keys, for the variants no golden case may reach too.
#[test]
fn every_status_fits_its_declared_shape() {
    let day: Day = "2026-03-01".parse().expect("day");
    let statuses = [
        Status::OverLimit { from: day, days: 3, limit: Limit::Window },
        Status::MayStay { to: day, days: 3, limit: Limit::PerEntry },
        Status::MayEnter { to: day, days: 90, limit: Limit::RangeEnd },
        Status::MustWait { from: day, to: day + 5, days: 6, limit: Limit::NextTrip },
        Status::NoEntry,
        Status::NotCounted,
    ];
    let declarations = kz_residence::ts::declarations();
    let codes = declarations.lines().find(|l| l.starts_with("export type StatusCode = ")).expect("StatusCode declared");
    for status in statuses {
        let value = serde_json::to_value(status).expect("serialize");
        let keys: Vec<&str> = value.as_object().expect("an object").keys().map(String::as_str).collect();
        assert_eq!(keys, ["code", "days", "from", "limit", "to"], "{status:?}");
        assert!(codes.contains(&format!("\"{}\"", status.code())), "{} is not in {codes}", status.code());
    }
}
