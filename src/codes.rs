//! Every code the engine can hand the widget to word, by the catalogue family that words it
//! (`notice.REGISTRATION`, `blocker.DEBTS`, ...), read from the TypeScript declarations ts-rs
//! derives from the Rust types (`--features ts`): the serde names themselves, so a variant
//! added in Rust is a key the i18n test asks of every catalogue. `tests/types.rs` writes
//! them as `target/types/codes.json`.

use std::collections::BTreeMap;

use ts_rs::{Config, TS};

use crate::error::Code;
use crate::notice::{Notice, Stay};
use crate::permit::{Blocker, Caveat, Missing, Verdict};
use crate::rules::{Ground, Holder, Housing, Registration, RiskCode};
use crate::stay::PlanRefusal;

/// The codes by family, each list in declaration order.
pub fn codes() -> BTreeMap<&'static str, Vec<String>> {
    let cfg = Config::new();
    let blockers = tags::<Blocker>(&cfg, "code");
    let registration = tags::<Registration>(&cfg, "system")
        .iter()
        .flat_map(|system| literals::<Stay>(&cfg).into_iter().map(move |stay| format!("{system}.{stay}")))
        .collect();
    BTreeMap::from([
        ("error", literals::<Code>(&cfg)),
        ("plan", literals::<PlanRefusal>(&cfg)),
        ("notice", tags::<Notice>(&cfg, "code")),
        ("registration", registration),
        ("holds", literals::<Holder>(&cfg)),
        ("verdict", literals::<Verdict>(&cfg)),
        ("blocker", blockers.clone()),
        ("resolve", blockers),
        ("missing", tags::<Missing>(&cfg, "code")),
        ("caveat", tags::<Caveat>(&cfg, "code")),
        ("risk", literals::<RiskCode>(&cfg)),
        ("housing", literals::<Housing>(&cfg)),
        ("ground", literals::<Ground>(&cfg)),
    ])
}

/// The string literals of a union of them (`"A" | "B"`).
fn literals<T: TS>(cfg: &Config) -> Vec<String> {
    let union = T::inline(cfg);
    let parts: Vec<String> = union.split(" | ").map(|part| part.trim().trim_matches('"').to_string()).collect();
    assert!(parts.iter().all(|p| !p.is_empty() && !p.contains(['"', '{', ' '])), "{} is not a union of strings: {union}", T::ident(cfg));
    parts
}

/// The values of the tag `key` of a tagged union (`{ "code": "A", ... } | ...`).
fn tags<T: TS>(cfg: &Config, key: &str) -> Vec<String> {
    let union = T::inline(cfg);
    let marker = format!("\"{key}\": \"");
    let values: Vec<String> = union.split(&marker).skip(1).filter_map(|rest| rest.split('"').next()).map(String::from).collect();
    assert!(!values.is_empty(), "{} has no \"{key}\" tag: {union}", T::ident(cfg));
    values
}
