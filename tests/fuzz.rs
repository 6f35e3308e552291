//! Fuzzing the entry points the wasm boundary calls (`api::stay`, `api::permit`,
//! `api::profile`) with arbitrary JSON-shaped input: no panic, no hang, every error coded.
//!
//! `cargo fuzz` needs a nightly toolchain, which this project's machines cannot fetch, so
//! the fuzzer is proptest: structured generators that reach deep into the engines (nearly
//! valid requests, edge dates, hostile numbers and strings) plus fully random values.
//! `make test` runs a short round; `make fuzz` runs for `FUZZ_SECONDS` (default 60) and
//! prints how many inputs it tried. Shrunk failures are kept in `tests/fuzz.proptest-regressions`.

mod common;

use std::cell::Cell;
use std::time::{Duration, Instant};

use kz_residence::api;
use kz_residence::value::Value;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

const KEYS: &[&str] = &[
    "trips", "entry", "exit", "on", "plan", "days", "rules", "windowDays", "maxDays", "maxDaysPerEntry",
    "regime", "curve", "from", "to", "ground", "applicationDate", "passportExpiry", "issueDate",
    "investment", "savings", "amount", "currency", "rates", "criminalRecord", "debts", "officialIncome",
    "kandas", "housing", "stay", "USD", "EUR", "KZT", "solvency", "versions", "start", "end", "value",
    "source", "effective", "sources", "title", "id", "regimes", "defaultRegime", "passportMarginDays",
    "validityYears", "citizenshipYears", "documents", "steps", "grounds", "__proto__", "constructor", "",
];

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
        number().prop_map(Value::Number),
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
            prop::collection::vec((prop::sample::select(KEYS).prop_map(String::from), inner), 0..8).prop_map(Value::Object),
        ]
    })
}

fn object(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
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
        prop::option::of(prop::sample::select(vec!["standard", "visa-free-30", "eaeu-90", "short-14", "nope"])),
        prop::option::of((date_text(), date_text())),
    )
        .prop_map(|(trips, on, plan, rules, regime, curve)| {
            let mut fields = vec![("trips", Value::Array(trips)), ("on", Value::String(on))];
            if let Some((entry, days)) = plan {
                fields.push(("plan", object(vec![("entry", Value::String(entry)), ("days", Value::Number(days))])));
            }
            if let Some((w, m, p)) = rules {
                fields.push(("rules", object(vec![("windowDays", Value::Number(w)), ("maxDays", Value::Number(m)), ("maxDaysPerEntry", Value::Number(p))])));
            }
            if let Some(r) = regime {
                fields.push(("regime", Value::String(r.to_string())));
            }
            if let Some((from, to)) = curve {
                fields.push(("curve", object(vec![("from", Value::String(from)), ("to", Value::String(to))])));
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
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        prop::sample::select(vec!["rent", "own", "owner-confirms-in-person", "tent"]),
        prop::option::of(near_stay()),
    )
        .prop_map(|(ground, application, passport, issue, (amount, currency), rate, (record, debts, income, kandas), housing, stay)| {
            let money = |a: f64| object(vec![("amount", Value::Number(a)), ("currency", Value::String(currency.to_string()))]);
            let mut fields = vec![
                ("ground", Value::String(ground.to_string())),
                ("applicationDate", Value::String(application)),
                ("passportExpiry", Value::String(passport)),
                ("savings", money(amount)),
                ("investment", money(amount * 40.0)),
                ("criminalRecord", Value::Bool(record)),
                ("debts", Value::Bool(debts)),
                ("officialIncome", Value::Bool(income)),
                ("kandas", Value::Bool(kandas)),
                ("housing", Value::String(housing.to_string())),
            ];
            if let Some(issue) = issue {
                fields.push(("issueDate", Value::String(issue)));
            }
            if let Some(rate) = rate {
                fields.push(("rates", object(vec![(currency, Value::Number(rate))])));
            }
            if let Some(stay) = stay {
                fields.push(("stay", stay));
            }
            object(fields)
        })
}

/// The shipped profile with one rule replaced by an arbitrary value, as an embedder's
/// override would do it.
fn near_profile() -> impl Strategy<Value = Value> {
    (prop::sample::select(KEYS), any_value()).prop_map(|(key, value)| {
        let mut profile: Value = serde_json::from_str(kz_residence::rules::DEFAULT_PROFILE_JSON).expect("shipped profile");
        if let Value::Object(fields) = &mut profile {
            if let Some((_, Value::Array(versions))) = fields.iter_mut().find(|(k, _)| k == "versions") {
                for version in versions {
                    if let Value::Object(rules) = version {
                        rules.retain(|(k, _)| k != key);
                        rules.push((key.to_string(), value.clone()));
                    }
                }
            }
        }
        profile
    })
}

/// One input through every entry point: an answer or a coded error, never a panic.
fn exercise(input: &Value) {
    let profile = common::profile();
    let _ = api::stay(input, &profile).map_err(|e| assert!(!e.code.as_str().is_empty()));
    let _ = api::permit(input, &profile).map_err(|e| assert!(!e.code.as_str().is_empty()));
    if let Ok(p) = api::profile(input) {
        // A profile that passes its checks must answer any request without panicking.
        let _ = api::stay(&object(vec![("trips", Value::Array(vec![])), ("on", Value::String("2024-01-01".into()))]), &p);
    }
}

fn inputs() -> impl Strategy<Value = Value> {
    prop_oneof![near_stay(), near_permit(), near_profile(), any_value()]
}

proptest! {
    #![proptest_config(Config { cases: common::cases(3000), ..Config::default() })]

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
    println!("fuzz: {tried} inputs in {seconds} s through api::stay, api::permit and api::profile: no panic, every error coded");
}
