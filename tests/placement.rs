//! One way to name a bad field: a valid stay and permit request, then one bad value at a time
//! in each field (a wrong type, a day that does not exist, a number out of range, a code not
//! known, a trip that breaks a cross-field rule), through the entry points the browser calls.
//! Each must fail with its code at the path of the field it was put in, whatever checks it:
//! the boundary's reader (types), a checked value's own `Deserialize` (`src/input.rs`), or the
//! engine's cross-field rules (overlap, exit before entry, an unknown regime).

use kz_residence::api;
use kz_residence::error::Error;
use serde_json::{json, Value};

fn stay_request() -> Value {
    json!({
        "trips": [{ "entry": "2024-01-10", "exit": "2024-02-08" }, { "entry": "2024-03-25" }],
        "on": "2024-04-01",
        "citizenship": "DE",
        "plan": { "entry": "2024-06-01", "days": 10 },
        "curve": { "from": "2024-01-01", "to": "2024-12-31" },
        "rules": { "windowDays": 180, "maxDays": 90, "maxDaysPerEntry": 30 }
    })
}

fn permit_request() -> Value {
    json!({
        "ground": "employment", "applicationDate": "2026-11-26", "passportExpiry": "2034-06-30",
        "issueDate": "2026-12-20", "savings": { "amount": 10200, "currency": "EUR" },
        "investment": { "amount": 1000, "currency": "USD" }, "rates": { "EUR": 560, "USD": 520 },
        "criminalRecord": false, "debts": false, "officialIncome": true, "kandas": false,
        "formerCompatriot": false, "applicants": 1, "housing": "rent", "housingAgreement": false,
        "stay": { "trips": [{ "entry": "2026-06-01", "exit": "2026-06-20" }], "citizenship": "DE" }
    })
}

/// `value` with the field at `path` (`trips[0].entry`, `rates.EUR`) set to `bad`.
fn with(mut value: Value, path: &str, bad: Value) -> Value {
    let mut at = &mut value;
    let steps: Vec<&str> = path.split('.').collect();
    for (i, step) in steps.iter().enumerate() {
        let (key, index) = match step.split_once('[') {
            Some((key, rest)) => (key, Some(rest.trim_end_matches(']').parse::<usize>().expect("an index"))),
            None => (*step, None),
        };
        let last = i + 1 == steps.len();
        match index {
            None if last => {
                at[key] = bad;
                return value;
            }
            None => at = &mut at[key],
            Some(n) if last => {
                at[key][n] = bad;
                return value;
            }
            Some(n) => at = &mut at[key][n],
        }
    }
    value
}

fn code_and_field(result: Result<(), Error>) -> (String, String) {
    let e = result.expect_err("a bad value is refused");
    (e.code.as_str().to_string(), e.field)
}

/// Each `(path, bad value, code)`: the code expected at that path.
fn check(name: &str, valid: Value, cases: &[(&str, Value, &str)], call: impl Fn(&Value) -> Result<(), Error>) {
    call(&valid).unwrap_or_else(|e| panic!("the valid {name} request is refused: {e:?}"));
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(path, bad, code)| {
            let got = code_and_field(call(&with(valid.clone(), path, bad.clone())));
            (got != (code.to_string(), path.to_string())).then(|| format!("{path} = {bad}: expected {code} at {path}, got {} at {}", got.0, got.1))
        })
        .collect();
    assert!(wrong.is_empty(), "{name}:\n{}", wrong.join("\n"));
}

#[test]
fn every_bad_stay_field_is_named_with_its_code() {
    let cases = [
        ("trips", json!("2024-01-10"), "INVALID_INPUT"),
        ("trips[0]", json!(5), "INVALID_INPUT"),
        ("trips[0].entry", json!(20240110), "INVALID_INPUT"),
        ("trips[0].entry", json!("2024-02-30"), "INVALID_DATE"),
        ("trips[0].entry", json!("1899-12-31"), "DATE_OUT_OF_RANGE"),
        ("trips[0].exit", json!("2024-01-01"), "EXIT_BEFORE_ENTRY"),
        ("trips[0].exit", json!("10.02.2024"), "INVALID_DATE"),
        ("trips[1].entry", json!("2024-02-01"), "OVERLAPPING_TRIPS"),
        ("trips[1].entry", json!("2024-04-02"), "OPEN_TRIP_IN_FUTURE"),
        ("on", json!("2201-01-01"), "DATE_OUT_OF_RANGE"),
        ("on", json!(true), "INVALID_INPUT"),
        ("citizenship", json!("DEU"), "INVALID_INPUT"),
        ("regime", json!("tourist"), "UNKNOWN_REGIME"),
        ("holds", json!("passport"), "INVALID_INPUT"),
        ("plan.entry", json!("soon"), "INVALID_DATE"),
        ("plan.days", json!(0), "INVALID_INPUT"),
        ("plan.days", json!(1.5), "INVALID_INPUT"),
        ("plan.days", json!("10"), "INVALID_INPUT"),
        ("curve.from", json!("2024-13-01"), "INVALID_DATE"),
        ("rules.windowDays", json!(0), "INVALID_RULES"),
        ("rules.maxDays", json!(-3), "INVALID_RULES"),
    ];
    check("stay", stay_request(), &cases, |r| api::stay(r).map(drop));
}

#[test]
fn every_bad_permit_field_is_named_with_its_code() {
    let cases = [
        ("ground", json!("tourism"), "INVALID_INPUT"),
        ("applicationDate", json!("2026-02-29"), "INVALID_DATE"),
        ("passportExpiry", json!(2034), "INVALID_INPUT"),
        ("issueDate", json!("someday"), "INVALID_DATE"),
        ("savings.amount", json!(-1), "INVALID_INPUT"),
        ("savings.currency", json!("euro"), "INVALID_INPUT"),
        ("investment.amount", json!("a lot"), "INVALID_INPUT"),
        ("rates.EUR", json!(0), "INVALID_INPUT"),
        ("criminalRecord", json!("no"), "INVALID_INPUT"),
        ("debts", json!(0), "INVALID_INPUT"),
        ("kandas", json!(null), "INVALID_INPUT"),
        ("applicants", json!(0), "INVALID_INPUT"),
        ("housing", json!("tent"), "INVALID_INPUT"),
        ("stay.trips[0].entry", json!("2026-06-31"), "INVALID_DATE"),
        ("stay.trips[0].exit", json!("2026-05-01"), "EXIT_BEFORE_ENTRY"),
        ("stay.citizenship", json!("D"), "INVALID_INPUT"),
    ];
    check("permit", permit_request(), &cases, |r| api::permit(r).map(drop));
}
