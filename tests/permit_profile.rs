//! The permit rules of the shipped profile: every rule traceable to a source and a date,
//! checks that name the bad field, and answers that follow the profile (overrides and
//! later versions), never numbers written in code.

use kz_residence::api;
use kz_residence::error::{self, Code};
use kz_residence::permit::{permit, Blocker, PermitRequest};
use kz_residence::rules::{Profile, DEFAULT_PROFILE_JSON};
use kz_residence::value::{FromValue, Map, Path};
use serde_json::{json, Value};

fn shipped() -> Value {
    serde_json::from_str(DEFAULT_PROFILE_JSON).expect("shipped profile is JSON")
}

/// Merges plain objects as `kzMerge` in `www/api.js` does: arrays and other values replace.
fn merge(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                merge(b.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
        (b, p) => *b = p.clone(),
    }
}

/// Applies an embedder's override to every version, as `kzApplyOverride` does.
fn with_override(patch: Value) -> Value {
    let mut profile = shipped();
    for version in profile["versions"].as_array_mut().into_iter().flatten() {
        merge(version, &patch);
    }
    profile
}

/// Parses and checks a profile the way `setProfile` does; errors carry the override's path.
fn load(profile: &Value) -> Result<Profile, error::Error> {
    api::profile(&serde_json::from_value(profile.clone()).expect("profile is plain data"))
}

fn request(patch: Value) -> PermitRequest {
    let mut r = json!({
        "ground": "employment", "applicationDate": "2024-03-01", "passportExpiry": "2034-06-30",
        "savings": { "amount": 10000, "currency": "USD" },
        "criminalRecord": false, "debts": false, "officialIncome": true, "kandas": false, "housing": "rent"
    });
    merge(&mut r, &patch);
    let value = serde_json::from_value(r).expect("request is plain data");
    PermitRequest::from_value(&value, &Path::Root).expect("request parses")
}

/// Every object carrying a `source` or an `effective`, with its path.
fn rules_in<'a>(value: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(map) => {
            if map.contains_key("source") || map.contains_key("effective") {
                out.push((path.clone(), value));
            }
            for (k, v) in map {
                rules_in(v, format!("{path}.{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                rules_in(v, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_rule_names_a_known_source_and_a_valid_effective_date() {
    let profile = shipped();
    let mut rules = Vec::new();
    rules_in(&profile["versions"], String::from("versions"), &mut rules);
    assert!(rules.len() > 50, "the walk found the rules");
    for (path, rule) in rules {
        let source = rule["source"].as_str().unwrap_or_default();
        assert!(profile["sources"].get(source).is_some(), "{path}: unknown source {source:?}");
        let effective = rule["effective"].as_str().unwrap_or_default();
        assert!(kz_residence::date::parse(effective, "").is_ok(), "{path}: bad effective date {effective:?}");
    }
}

#[test]
fn every_rule_of_every_version_carries_its_source() {
    // Whatever is added to a version later must be a sourced rule or a list of them.
    let bookkeeping = ["start", "end", "defaultRegime"];
    for version in shipped()["versions"].as_array().into_iter().flatten() {
        for (key, value) in version.as_object().into_iter().flatten().filter(|(k, _)| !bookkeeping.contains(&k.as_str())) {
            let rules: Vec<&Value> = value.as_array().map_or_else(|| vec![value], |items| items.iter().collect());
            assert!(rules.iter().all(|r| r.get("source").is_some() && r.get("effective").is_some()), "{key} lacks a source or a date");
        }
    }
}

#[test]
fn every_source_has_a_title() {
    for (key, source) in shipped()["sources"].as_object().into_iter().flatten() {
        assert!(source["title"].as_str().is_some_and(|t| !t.is_empty()), "{key}");
    }
}

#[test]
fn bad_permit_rules_name_the_field() {
    let cases = [
        (json!({ "solvency": { "amount": -1 } }), "profile.solvency.amount"),
        (json!({ "solvency": { "amount": "a lot" } }), "profile.solvency.amount"),
        (json!({ "solvency": { "currency": "dollars" } }), "profile.solvency.currency"),
        (json!({ "solvency": { "source": "rumour" } }), "profile.solvency.source"),
        (json!({ "investmentThreshold": { "effective": "2023-02-30" } }), "profile.investmentThreshold.effective"),
        (json!({ "passportMarginDays": { "value": 100000 } }), "profile.passportMarginDays.value"),
        (json!({ "validityYears": { "value": 0 } }), "profile.validityYears.value"),
        (json!({ "citizenshipYears": { "value": 1000 } }), "profile.citizenshipYears.value"),
        (json!({ "grounds": { "value": [] } }), "profile.grounds.value"),
        (json!({ "grounds": { "value": ["tourism"] } }), "profile.grounds.value[0]"),
        (json!({ "documents": [{ "id": "passport", "maxAgeDays": 0, "source": "article", "effective": "2023-02-23" }] }), "profile.documents[0].maxAgeDays"),
        (json!({ "steps": [{ "id": "x", "authority": "y", "documents": ["no-such-document"], "source": "article", "effective": "2023-02-23" }] }), "profile.steps[0].documents[0]"),
        (json!({ "refusalReasons": [{ "code": "X", "source": "article", "effective": "soon" }] }), "profile.refusalReasons[0].effective"),
    ];
    for (patch, field) in cases {
        let e = load(&with_override(patch.clone())).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), (Code::InvalidProfile, field), "{patch}");
    }
}

#[test]
fn duplicate_document_ids_are_refused() {
    let doc = json!({ "id": "passport", "source": "article", "effective": "2023-02-23" });
    let e = load(&with_override(json!({ "documents": [doc.clone(), doc], "steps": [] }))).unwrap_err();
    assert_eq!(e.field, "profile.documents[1].id");
}

#[test]
fn a_higher_solvency_amount_creates_solvency_below() {
    let shipped = load(&shipped()).expect("shipped profile is valid");
    assert!(permit(&request(json!({})), &shipped).expect("answer").eligible);

    let raised = load(&with_override(json!({ "solvency": { "amount": 20000 } }))).expect("override is valid");
    let answer = permit(&request(json!({})), &raised).expect("answer");
    assert_eq!(answer.blockers, vec![Blocker::SolvencyBelow { amount_usd: 10000.0, required_usd: 20000.0 }]);
}

#[test]
fn a_solvency_amount_in_another_currency_needs_its_rate() {
    let tenge = load(&with_override(json!({ "solvency": { "amount": 5_000_000, "currency": "KZT" } }))).expect("valid");
    let answer = permit(&request(json!({})), &tenge).expect("answer");
    assert_eq!(answer.blockers, vec![Blocker::RateMissing { currency: "KZT".into(), field: "profile.solvency.currency".into() }]);
    // 5,000,000 tenge at 1/512 dollar is USD 9,765.625.
    let rich = permit(&request(json!({ "rates": { "KZT": 0.001953125 } })), &tenge).expect("answer");
    assert!(rich.eligible);
    let poor = permit(&request(json!({ "rates": { "KZT": 0.001953125 }, "savings": { "amount": 9000 } })), &tenge).expect("answer");
    assert_eq!(poor.blockers, vec![Blocker::SolvencyBelow { amount_usd: 9000.0, required_usd: 9765.625 }]);
}

#[test]
fn a_later_version_switches_answers_on_its_start_date() {
    let mut profile = shipped();
    let versions = profile["versions"].as_array_mut().expect("versions");
    let mut later = versions.last().cloned().expect("a version");
    merge(&mut later, &json!({ "start": "2027-07-01", "end": null, "solvency": { "amount": 15000 }, "passportMarginDays": { "value": 365 } }));
    merge(versions.last_mut().expect("a version"), &json!({ "end": "2027-06-30" }));
    versions.push(later);
    let profile = load(&profile).expect("valid");

    let on = |day: &str| permit(&request(json!({ "applicationDate": day })), &profile).expect("answer");
    let before = on("2027-06-30");
    assert!(before.eligible);
    assert_eq!(before.apply_by, "2034-01-01");
    let after = on("2027-07-01");
    assert_eq!(after.blockers, vec![Blocker::SolvencyBelow { amount_usd: 10000.0, required_usd: 15000.0 }]);
    assert_eq!(after.apply_by, "2033-06-30");
}

#[test]
fn a_ground_removed_from_the_profile_is_refused() {
    let profile = load(&with_override(json!({ "grounds": { "value": ["employment"] } }))).expect("valid");
    let e = permit(&request(json!({ "ground": "study" })), &profile).unwrap_err();
    assert_eq!((e.code, e.field.as_str()), (Code::InvalidInput, "ground"));
}

#[test]
fn a_refusal_reason_removed_from_the_profile_is_not_reported() {
    let reasons = json!([{ "code": "LAW_COMPLIANCE", "general": true, "source": "article", "effective": "2023-02-23" }]);
    let profile = load(&with_override(json!({ "refusalReasons": reasons }))).expect("valid");
    let answer = permit(&request(json!({ "officialIncome": false })), &profile).expect("answer");
    let codes: Vec<&str> = answer.risks.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["LAW_COMPLIANCE"]);
}

#[test]
fn amounts_that_are_not_numbers_are_input_errors() {
    let profile = load(&shipped()).expect("valid");
    for (bad, field) in [(f64::NAN, "savings.amount"), (f64::INFINITY, "savings.amount"), (f64::NEG_INFINITY, "savings.amount")] {
        let mut r = request(json!({}));
        if let Some(s) = r.savings.as_mut() {
            s.amount = bad;
        }
        let e = permit(&r, &profile).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), (Code::InvalidInput, field));
    }
    let mut r = request(json!({ "rates": { "EUR": 1 } }));
    r.rates = Some(Map(vec![("EUR".into(), f64::NAN)]));
    assert_eq!(permit(&r, &profile).unwrap_err().field, "rates.EUR");
}
