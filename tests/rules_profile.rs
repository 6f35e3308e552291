//! The rules profile: every rule a well-formed, sourced timeline; checks that name the bad
//! field; overrides that change one rule and nothing else; answers that follow the dates
//! of the timelines, never numbers written in code.

use kz_residence::error::{Code, Error};
use kz_residence::permit::{permit, Blocker, PermitAnswer, PermitRequest};
use kz_residence::rules::{self, Profile, RiskCode};
use serde_json::{json, Value};

/// The shipped profile's JSON.
const SHIPPED: &str = include_str!("../src/rules/kz.json");

fn shipped() -> Value {
    serde_json::from_str(SHIPPED).expect("shipped profile is JSON")
}

/// The shipped profile with an override, as the build applies `make PROFILE=override.json`.
fn with(patch: Value) -> Result<Profile, Error> {
    Profile::shipped().with(&patch.to_string())
}

/// An employee applying on 2026-03-02 with 6,000,000 tenge and a passport valid to 2034.
fn request(patch: Value) -> PermitRequest {
    let mut r = json!({
        "ground": "employment", "applicationDate": "2026-03-02", "passportExpiry": "2034-06-30",
        "savings": { "amount": 6_000_000, "currency": "KZT" },
        "criminalRecord": false, "debts": false, "officialIncome": true, "kandas": false, "housing": "rent"
    });
    for (k, v) in patch.as_object().into_iter().flatten() {
        r[k] = v.clone();
    }
    serde_json::from_value(r).expect("request parses")
}

fn answer(profile: &Profile, patch: Value) -> PermitAnswer {
    permit(&request(patch), profile).expect("answer")
}

/// Every timeline in a JSON profile: arrays of objects with `from`, `value` and `source`.
fn timelines<'a>(value: &'a Value, path: String, out: &mut Vec<(String, &'a Vec<Value>)>) {
    match value {
        Value::Array(items) if items.iter().all(|e| e.get("from").is_some() && e.get("value").is_some()) && !items.is_empty() => out.push((path, items)),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| timelines(v, format!("{path}[{i}]"), out)),
        Value::Object(map) => map.iter().filter(|(k, _)| *k != "sources").for_each(|(k, v)| timelines(v, format!("{path}.{k}"), out)),
        _ => {}
    }
}

#[test]
fn every_timeline_is_sorted_gapless_and_every_value_sourced() {
    let profile = shipped();
    let mut found = Vec::new();
    timelines(&profile, String::from("profile"), &mut found);
    assert!(found.len() > 100, "the walk found the timelines ({})", found.len());
    for (path, entries) in found {
        for (i, e) in entries.iter().enumerate() {
            let source = e["source"].as_str().unwrap_or_default();
            assert!(profile["sources"].get(source).is_some(), "{path}[{i}]: unknown source {source:?}");
            if i > 0 {
                let (previous_to, from) = (entries[i - 1]["to"].as_str(), e["from"].as_str().unwrap_or_default());
                let previous_to: kz_residence::date::Day = previous_to.unwrap_or_else(|| panic!("{path}[{}] is open but not last", i - 1)).parse().expect("date");
                assert_eq!((previous_to + 1).to_string(), from, "{path}[{i}]: a gap or an overlap");
            }
        }
    }
    // And the build's reader agrees: the shipped profile passes every check, and it is the
    // profile compiled in.
    let read = rules::read(SHIPPED).expect("valid");
    assert_eq!(read.data(), Profile::shipped().data());
}

#[test]
fn every_source_is_a_citation_and_cited_by_a_rule() {
    let profile = shipped();
    let text = profile.to_string();
    for (key, source) in profile["sources"].as_object().into_iter().flatten() {
        let citations = source["citation"].as_array().expect("citations");
        assert!(!citations.is_empty(), "{key}");
        for c in citations {
            assert!(c["lang"].as_str().is_some_and(|l| !l.is_empty()) && c["text"].as_str().is_some_and(|t| !t.is_empty()), "{key}");
        }
        assert!(text.matches(&format!("\"source\":\"{key}\"")).count() > 0, "{key} is cited by no rule");
    }
}

#[test]
fn bad_rules_name_the_field() {
    let (steps, states) = (Profile::shipped().permit().steps.items().len(), Profile::shipped().stay().citizenship.items().len());
    let mci = |entries: Value| json!({ "permit": { "mci": entries } });
    let cases = [
        (mci(json!([{ "from": "2026-01-01", "value": 0, "source": "budget-2026" }])), "profile.permit.mci[0].value"),
        (mci(json!([{ "from": "2026-01-01", "value": "a lot", "source": "budget-2026" }])), "profile.permit.mci[0].value"),
        (mci(json!([{ "from": "2026-01-01", "value": 4325, "source": "rumour" }])), "profile.permit.mci[0].source"),
        (mci(json!([{ "from": "2026-02-30", "value": 4325, "source": "budget-2026" }])), "profile.permit.mci[0].from"),
        (mci(json!([{ "from": "2026-01-01", "to": "2025-12-31", "value": 4325, "source": "budget-2026" }])), "profile.permit.mci[0].to"),
        (mci(json!([{ "from": "2025-01-01", "value": 3932, "source": "budget-2025" }, { "from": "2026-01-01", "value": 4325, "source": "budget-2026" }])), "profile.permit.mci[1].from"),
        (mci(json!([{ "from": "2025-01-01", "to": "2025-12-30", "value": 3932, "source": "budget-2025" }, { "from": "2026-01-01", "value": 4325, "source": "budget-2026" }])), "profile.permit.mci[1].from"),
        (mci(json!([])), "profile.permit.mci"),
        (mci(json!([{ "from": "2026-01-01", "value": 4325 }])), "profile.permit.mci[0].source"),
        (json!({ "permit": { "mcii": [] } }), "profile.permit.mcii"),
        (json!({ "permit": { "passportMarginDays": [{ "from": "2023-01-27", "value": 100000, "source": "article" }] } }), "profile.permit.passportMarginDays[0].value"),
        (json!({ "permit": { "grounds": [{ "from": "2023-01-27", "value": ["tourism"], "source": "article" }] } }), "profile.permit.grounds[0].value[0]"),
        (json!({ "permit": { "documents": [{ "id": "passport", "timeline": [{ "from": "2023-01-27", "value": { "maxAgeDays": 0 }, "source": "article" }] }] } }), "profile.permit.documents[1].timeline[0].value.maxAgeDays"),
        (json!({ "permit": { "steps": [{ "id": "x", "timeline": [{ "from": "2023-01-27", "value": { "authority": "y", "documents": ["no-such-document"] }, "source": "article" }] }] } }), &format!("profile.permit.steps[{steps}].timeline[0].value.documents")),
        (json!({ "stay": { "regimes": [{ "id": "standard", "timeline": [{ "from": "2023-01-27", "value": { "windowDays": 180, "maxDays": 200, "maxDaysPerEntry": null }, "source": "gov-2023" }] }] } }), "profile.stay.regimes[0].timeline[0].value.maxDays"),
        (json!({ "stay": { "citizenship": [{ "id": "XX", "timeline": [{ "from": "2023-01-27", "value": "no-such-regime", "source": "gov-2023" }] }] } }), &format!("profile.stay.citizenship[{states}].timeline[0].value")),
        (json!({ "stay": { "citizenship": [{ "id": "usa", "timeline": [{ "from": "2023-01-27", "value": "visa-free-30", "source": "gov-2023" }] }] } }), &format!("profile.stay.citizenship[{states}].id")),
        (json!({ "stay": { "defaultRegime": "nope" } }), "profile.stay.defaultRegime"),
        (json!({ "stay": { "registration": [{ "from": "2026-07-01", "value": { "system": "SELF_REGISTERS", "byDay": 0, "addressChangeWorkingDays": 5, "confirmedFromPerEntryDays": 90 }, "source": "mia-order-923" }] } }), "profile.stay.registration[0].value.byDay"),
        (json!({ "sources": { "new": { "citation": [] } } }), "profile.sources.new.citation"),
    ];
    for (patch, field) in cases {
        let e = with(patch.clone()).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), (Code::InvalidProfile, field), "{patch}");
    }
}

#[test]
fn an_override_of_one_rule_changes_only_that_rule() {
    let patch = json!({ "permit": { "mci": [{ "from": "2023-01-01", "value": 5000, "source": "budget-2026" }] } });
    let changed = with(patch).expect("valid");
    let (before, after) = (Profile::shipped(), changed);
    assert_ne!(before.permit().mci, after.permit().mci);
    // Everything else is exactly as shipped (less the sources only the old MCI cited).
    let mut restored = *after.data();
    restored.permit.mci = before.permit().mci;
    restored.sources = before.sources();
    assert_eq!(&restored, before.data());
    let a = answer(&after, json!({}));
    assert_eq!(a.blockers, vec![Blocker::SolvencyBelow { amount_kzt: 6_000_000.0, required_kzt: 6_600_000.0, shortfall_kzt: 600_000.0, mci: 5000, mci_year: 2023, applicants: 1 }]);
}

#[test]
fn next_years_mci_is_one_more_entry() {
    // What a consultancy does in January: close 2026 (already dated) and add 2027.
    let mut mci = shipped()["permit"]["mci"].clone();
    mci.as_array_mut().expect("a list").push(json!({ "from": "2027-01-01", "to": "2027-12-31", "value": 4500, "source": "budget-2026" }));
    let profile = with(json!({ "permit": { "mci": mci } })).expect("valid");
    let a = answer(&profile, json!({ "applicationDate": "2027-02-01" }));
    assert_eq!((a.solvency.mci, a.solvency.mci_year, a.solvency.required_kzt), (4500, 2027, 5_940_000.0));
    assert!(a.notices.iter().all(|n| !format!("{n:?}").contains("MciAssumed")));
}

#[test]
fn a_later_value_switches_answers_on_its_start_date() {
    let margin = json!([
        { "from": "2023-01-27", "to": "2027-06-30", "value": 180, "source": "egov-009pass" },
        { "from": "2027-07-01", "value": 365, "source": "egov-009pass" }
    ]);
    let profile = with(json!({ "permit": { "passportMarginDays": margin } })).expect("valid");
    let on = |day: &str| answer(&profile, json!({ "applicationDate": day, "passportExpiry": "2028-04-01" }));
    let before = on("2027-06-30");
    assert_eq!(before.apply_by.date.map(|d| d.to_string()).as_deref(), Some("2027-10-03"));
    assert!(before.blockers.is_empty());
    let after = on("2027-07-01");
    assert_eq!(after.apply_by.date.map(|d| d.to_string()).as_deref(), Some("2027-04-01"));
    assert!(matches!(after.blockers.as_slice(), [Blocker::PassportTooShort { margin_days: 365, .. }]));
}

#[test]
fn a_ground_removed_from_the_profile_is_refused() {
    let profile = with(json!({ "permit": { "grounds": [{ "from": "2023-01-27", "value": ["employment"], "source": "article" }] } })).expect("valid");
    let e = permit(&request(json!({ "ground": "study" })), &profile).unwrap_err();
    assert_eq!((e.code, e.field.as_str()), (Code::InvalidInput, "ground"));
}

#[test]
fn named_rules_merge_by_id() {
    let reason = json!([{ "id": "NO_OFFICIAL_INCOME", "timeline": [{ "from": "2023-01-27", "to": "2025-12-31", "value": { "general": false }, "source": "article" }] }]);
    let profile = with(json!({ "permit": { "refusalReasons": reason } })).expect("valid");
    let codes = |a: PermitAnswer| a.risks.into_iter().map(|r| r.code).collect::<Vec<_>>();
    // The reason ends with 2025: in 2026 it is no longer reported; the others are untouched.
    assert_eq!(codes(answer(&profile, json!({ "officialIncome": false }))), [RiskCode::ReliableData, RiskCode::LawCompliance]);
    assert_eq!(codes(answer(&profile, json!({ "officialIncome": false, "applicationDate": "2025-06-02" }))), [RiskCode::ReliableData, RiskCode::NoOfficialIncome, RiskCode::LawCompliance]);
}

#[test]
fn the_shipped_profile_cites_every_source_and_an_override_leaves_uncited_ones_out() {
    let mut profile = shipped();
    profile["sources"]["new"] = json!({ "citation": [{ "lang": "en", "text": "A report no rule cites" }] });
    let e = rules::read(&profile.to_string()).unwrap_err();
    assert_eq!((e.code, e.field.as_str()), (Code::InvalidProfile, "profile.sources.new"));
    let replaced = with(json!({ "permit": { "mci": [{ "from": "2023-01-01", "value": 5000, "source": "budget-2026" }] } })).expect("valid");
    assert!(replaced.sources().get("budget-2023").is_none() && replaced.sources().get("budget-2026").is_some());
}

#[test]
fn the_rules_of_a_day_show_the_registration_in_force() {
    let rules = kz_residence::api::rules(&json!("2026-08-01")).expect("rules");
    let registration = rules.registration.expect("a registration rule");
    assert_eq!((registration.from.to_string().as_str(), &*registration.source), ("2026-07-01", "mia-order-923"));
    assert!(rules.sources.iter().any(|s| &*s.id == "mia-order-923"), "its source is listed");
    let before = kz_residence::api::rules(&json!("2026-06-30")).expect("rules").registration.expect("a rule");
    assert_eq!((before.from.to_string().as_str(), before.to.map(|d| d.to_string()).as_deref()), ("2020-01-11", Some("2026-06-30")));
}
