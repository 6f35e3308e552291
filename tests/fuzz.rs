//! Fuzzing the entry points the wasm boundary calls (`api::stay`, `api::permit`,
//! `api::rules`), and the build's reading of a profile override (`rules::read`), with
//! arbitrary JSON-shaped input: no panic, no hang, every error coded. (JSON has no NaN or infinity:
//! those become `null` here, as `JSON.stringify` makes them; the unit tests cover them.)
//!
//! `cargo fuzz` needs a nightly toolchain, which this project's machines cannot fetch, so
//! the fuzzer is proptest: structured generators that reach deep into the engines (nearly
//! valid requests, edge dates, hostile numbers and strings) plus fully random values.
//! `make test` runs a short round; `make fuzz` runs for `FUZZ_SECONDS` (default 60) and
//! prints how many inputs it tried. Shrunk failures are kept in `tests/fuzz.proptest-regressions`.

mod common;

use std::cell::Cell;
use std::time::{Duration, Instant};

use kz_residence::rules::Profile;
use kz_residence::{api, boundary, permit, stay};
use proptest::prelude::*;
use serde_json::{Map, Number, Value};
use proptest::test_runner::{Config, TestRunner};

/// The shipped profile's JSON, whose rules the overrides replace.
const SHIPPED: &str = include_str!("../src/rules/kz.json");

const KEYS: &[&str] = &[
    "trips", "entry", "exit", "on", "plan", "days", "rules", "windowDays", "maxDays", "maxDaysPerEntry",
    "regime", "curve", "from", "to", "ground", "applicationDate", "passportExpiry", "issueDate",
    "investment", "savings", "amount", "currency", "rates", "criminalRecord", "debts", "officialIncome",
    "kandas", "housing", "stay", "USD", "EUR", "KZT", "holds", "value", "source", "sources", "citation",
    "lang", "text", "url", "published", "id", "regimes", "defaultRegime", "passportMarginDays",
    "validityYears", "citizenshipYears", "documents", "steps", "grounds", "__proto__", "constructor", "",
    "citizenship", "applicants", "formerCompatriot", "housingAgreement", "permit", "mci", "solvencyMci",
    "timeline", "unconfirmed", "refusalReasons", "reviewed", "pilot", "pilotReport", "registration", "system",
    "notCounted", "fees", "solvencyFromAge", "byDay", "freeDays", "CN", "TR", "ZZ",
];

/// A number as JSON holds it: non-finite ones become `null`, as `JSON.stringify` makes them.
fn num(n: f64) -> Value {
    Number::from_f64(n).map_or(Value::Null, Value::Number)
}

fn date_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (1890..2215i32, 0..14u32, 0..33u32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        (1990..2060i32, 1..13u32, 1..29u32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        Just("1900-01-01".to_string()),
        Just("2200-12-31".to_string()),
        Just("2024-02-29".to_string()),
        Just("2023-02-29".to_string()),
        Just("01.02.2024".to_string()),
        Just("2024/02/01".to_string()),
        Just("2024-02-01T00:00:00Z".to_string()),
        Just("٢٠٢٤-٠١-٠١".to_string()),
        Just("2024-01-01\u{202e}".to_string()),
        "\\PC{0,12}",
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-5..200i32).prop_map(f64::from),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(-0.0),
        Just(1.5),
        Just(1e300),
        Just(4_294_967_296.0),
        Just(9_007_199_254_740_993.0),
        any::<f64>(),
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number().prop_map(num),
        date_text().prop_map(Value::String),
        prop::sample::select(KEYS).prop_map(|k| Value::String(k.to_string())),
        Just(Value::String("visa-free-30".into())),
        Just(Value::String("employment".into())),
        Just(Value::String("rent".into())),
        Just(Value::String("🇰🇿 مرحبا".into())),
    ]
}

/// Any JSON-shaped value, keys mostly from the requests' own vocabulary.
fn any_value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS).prop_map(String::from), inner), 0..8)
                .prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<String, Value>>())),
        ]
    })
}

fn object(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn text(s: &str) -> Value {
    Value::String(s.to_string())
}

/// A stay request that is nearly valid, so the engine's inner paths run.
fn near_stay() -> impl Strategy<Value = Value> {
    let trip = (date_text(), prop::option::of(date_text())).prop_map(|(entry, exit)| {
        object(vec![("entry", Value::String(entry)), ("exit", exit.map_or(Value::Null, Value::String))])
    });
    (
        prop::collection::vec(trip, 0..12),
        date_text(),
        prop::option::of((date_text(), number())),
        prop::option::of((number(), number(), number())),
        prop::option::of(prop::sample::select(vec!["standard", "visa-free-30", "visa-free-90", "eaeu-90", "short-14", "nope"])),
        prop::option::of((prop::option::of(date_text()), prop::option::of(date_text()))),
        prop::option::of(prop::sample::select(vec!["CN", "TR", "US", "AF", "KG", "KN", "SC", "XX", "us", "", "CHN"])),
        prop::option::of(prop::sample::select(vec!["visa", "temporary-residence-permit", "permanent-residence-permit", "passport"])),
    )
        .prop_map(|(trips, on, plan, rules, regime, curve, citizenship, holds)| {
            let mut fields = vec![("trips", Value::Array(trips)), ("on", Value::String(on))];
            if let Some((entry, days)) = plan {
                fields.push(("plan", object(vec![("entry", Value::String(entry)), ("days", num(days))])));
            }
            if let Some((w, m, p)) = rules {
                fields.push(("rules", object(vec![("windowDays", num(w)), ("maxDays", num(m)), ("maxDaysPerEntry", num(p))])));
            }
            if let Some(r) = regime {
                fields.push(("regime", Value::String(r.to_string())));
            }
            if let Some((from, to)) = curve {
                let end = |d: Option<String>| d.map_or(Value::Null, Value::String);
                fields.push(("curve", object(vec![("from", end(from)), ("to", end(to))])));
            }
            if let Some(c) = citizenship {
                fields.push(("citizenship", text(c)));
            }
            if let Some(h) = holds {
                fields.push(("holds", text(h)));
            }
            object(fields)
        })
}

/// A permit request that is nearly valid, with a nearly valid stay history inside.
fn near_permit() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec!["investment", "business", "employment", "marriage", "study", "relatives", "asylum", "x"]),
        date_text(),
        date_text(),
        prop::option::of(date_text()),
        (number(), prop::sample::select(vec!["USD", "EUR", "KZT", "", "usd"])),
        prop::option::of(number()),
        (prop::option::of(any::<bool>()), prop::option::of(any::<bool>()), prop::option::of(any::<bool>()), any::<bool>()),
        prop::sample::select(vec!["rent", "own", "owner-confirms-in-person", "tent"]),
        prop::option::of(near_stay()),
        (any::<bool>(), any::<bool>(), prop::option::of(-2..60i32)),
    )
        .prop_map(|(ground, application, passport, issue, (amount, currency), rate, (record, debts, income, kandas), housing, stay, (compatriot, agreement, applicants))| {
            let money = |a: f64| object(vec![("amount", num(a)), ("currency", Value::String(currency.to_string()))]);
            let answer = |a: Option<bool>| a.map_or(Value::Null, Value::Bool);
            let mut fields = vec![
                ("ground", Value::String(ground.to_string())),
                ("applicationDate", Value::String(application)),
                ("passportExpiry", Value::String(passport)),
                ("savings", money(amount)),
                ("investment", money(amount * 40.0)),
                ("criminalRecord", answer(record)),
                ("debts", answer(debts)),
                ("officialIncome", answer(income)),
                ("kandas", Value::Bool(kandas)),
                ("formerCompatriot", Value::Bool(compatriot)),
                ("housingAgreement", Value::Bool(agreement)),
                ("housing", Value::String(housing.to_string())),
            ];
            if let Some(n) = applicants {
                fields.push(("applicants", Value::from(n)));
            }
            if let Some(issue) = issue {
                fields.push(("issueDate", Value::String(issue)));
            }
            if let Some(rate) = rate {
                fields.push(("rates", object(vec![(currency, num(rate))])));
            }
            if let Some(stay) = stay {
                fields.push(("stay", stay));
            }
            object(fields)
        })
}

/// An override of one rule of the shipped profile with an arbitrary value, or of one entry
/// of a timeline, as an embedder's `make PROFILE=override.json` would give it.
fn near_profile() -> impl Strategy<Value = Value> {
    let shipped: Value = serde_json::from_str(SHIPPED).expect("shipped profile");
    let rules: Vec<(String, String)> = ["stay", "permit"]
        .iter()
        .flat_map(|section| shipped[section].as_object().into_iter().flatten().map(move |(k, _)| (section.to_string(), k.clone())))
        .collect();
    let rule = prop::sample::select(rules);
    prop_oneof![
        (rule.clone(), any_value()).prop_map(|((section, key), value)| object(vec![(&section, object(vec![(&key, value)]))])),
        (rule, prop::sample::select(KEYS), any_value()).prop_map(move |((section, key), field, value)| {
            let mut timeline = shipped[&section][&key].clone();
            if let Some(entry) = timeline.get_mut(0).and_then(Value::as_object_mut) {
                entry.insert(field.to_string(), value);
            }
            object(vec![(&section, object(vec![(&key, timeline)]))])
        }),
    ]
}

/// One input through every entry point: an answer or a coded error, never a panic.
fn exercise(input: &Value) {
    let _ = api::stay(input).map_err(|e| assert!(!e.code.as_str().is_empty()));
    let _ = api::permit(input).map_err(|e| assert!(!e.code.as_str().is_empty()));
    let _ = api::rules(input).map_err(|e| assert!(!e.code.as_str().is_empty()));
    if input.is_object() {
        match Profile::shipped().with(&input.to_string()) {
            // A profile that passes its checks must answer any request without panicking.
            Ok(p) => answer_with(&p),
            Err(e) => assert_eq!(e.code, kz_residence::error::Code::InvalidProfile),
        }
    }
}

/// A stay and a permit request answered under profile `p`.
fn answer_with(p: &Profile) {
    if let Ok(request) = boundary::decode(&json_stay()) {
        let _ = stay::stay(&request, p);
    }
    if let Ok(request) = boundary::decode(&json_permit()) {
        let _ = permit::permit(&request, p);
    }
    let _ = p.on("2026-11-26".parse().expect("date"));
}

fn json_stay() -> Value {
    serde_json::json!({ "trips": [{ "entry": "2026-06-01", "exit": "2026-09-10" }, { "entry": "2026-11-01" }], "on": "2026-11-26", "citizenship": "TR", "plan": { "entry": "2027-01-10", "days": 40 } })
}

fn json_permit() -> Value {
    serde_json::json!({ "ground": "investment", "applicationDate": "2026-11-26", "passportExpiry": "2027-06-01", "criminalRecord": false, "debts": null,
        "officialIncome": false, "kandas": false, "housing": "rent", "savings": { "amount": 10000, "currency": "EUR" }, "rates": { "EUR": 560 },
        "investment": { "amount": 400000, "currency": "USD" }, "stay": { "trips": [{ "entry": "2026-01-01", "exit": "2026-05-01" }], "on": "2026-11-26", "citizenship": "CN" } })
}

fn inputs() -> impl Strategy<Value = Value> {
    prop_oneof![near_stay(), near_permit(), near_profile(), any_value()]
}

proptest! {
    #![proptest_config(common::proptest_config(3000))]

    #[test]
    fn entry_points_never_panic_and_always_code_their_errors(input in inputs()) {
        exercise(&input);
    }
}

/// `make fuzz`: the same inputs for `FUZZ_SECONDS` seconds (default 60), reporting the count.
#[test]
#[ignore = "long run: make fuzz"]
fn fuzz_for_a_while() {
    let seconds = std::env::var("FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(60);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let tried = Cell::new(0u64);
    while Instant::now() < deadline {
        // A fresh runner (and random seed) per batch: a runner counts its cases across runs.
        TestRunner::new(Config { cases: 1000, failure_persistence: None, ..Config::default() })
            .run(&inputs(), |input| {
                exercise(&input);
                tried.set(tried.get() + 1);
                Ok(())
            })
            .expect("no input panics");
    }
    let tried = tried.get();
    println!("fuzz: {tried} inputs in {seconds} s through api::stay, api::permit, api::rules and rules::read: no panic, every error coded");
}
