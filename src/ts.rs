//! The TypeScript declarations of the JavaScript API's requests and answers, derived from
//! the Rust types by ts-rs under the `ts` feature (off in the shipped build, so the wasm
//! holds none of it). Each type of a request or an answer derives `TS` beside its serde
//! derive, and serde's attributes shape both. This module adds what no derive gives: the
//! error [`Code`]s as a union, the shapes of the two answer parts whose `Serialize` is
//! written by hand ([`Status`](crate::stay::Status), [`RulesUsed`](crate::stay::RulesUsed)),
//! and [`declarations`], all of them in one file (`make dist` packs it into the npm package
//! as `api.d.ts`, `tests/types.rs` writes it and checks it against the golden answers).

use std::any::TypeId;
use std::collections::BTreeMap;

use ts_rs::{Config, TypeVisitor, TS};

use crate::date::Day;
use crate::error::Code;
use crate::input::Alpha2;
use crate::permit::{PermitAnswer, PermitRequest};
use crate::rules::{RulesOn, Text};
use crate::stay::{Limit, StayAnswer, StayRequest};

/// What `Status` serializes to (`src/stay/status.rs`), absent parts `null`.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct StatusShape {
    /// Which situation.
    pub code: StatusCode,
    /// `OVER_LIMIT`: the first day over; `MUST_WAIT`: the first day one may enter.
    pub from: Option<Day>,
    /// `MAY_STAY`, `MAY_ENTER`, `MUST_WAIT`: the last legal day.
    pub to: Option<Day>,
    /// `OVER_LIMIT`: days over up to the control date; otherwise the days of the stay up to `to`.
    pub days: Option<i32>,
    /// The limit that decides the dates.
    pub limit: Option<Limit>,
}

/// The code of a stay answer's `status`, which every headline is worded from (`MUST_WAIT`
/// without dates: no entry is possible before 2200-12-31).
#[derive(TS)]
#[ts(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum StatusCode {
    /// In the country and over a limit since `from`.
    OverLimit,
    /// In the country and allowed to stay until `to`.
    MayStay,
    /// Not in the country; may enter on the control date and stay until `to`.
    MayEnter,
    /// Not in the country; may enter from `from` and stay until `to`.
    MustWait,
    /// The visitor holds a document whose own dates govern: nothing is counted.
    NotCounted,
}

/// What `RulesUsed` serializes to (`src/stay/answer.rs`), absent parts `null`.
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct RulesUsedShape {
    /// The first day the limits judged (`null`: from the earliest days on).
    pub from: Option<Day>,
    /// The last day, if another period follows.
    pub to: Option<Day>,
    /// Length of the rolling window, in days.
    pub window_days: i32,
    /// Most days of presence in any window.
    pub max_days: i32,
    /// Longest single stay; `null` for no cap.
    pub max_days_per_entry: Option<i32>,
    /// The regime's id.
    pub regime: Option<Text>,
    /// The citizenship that chose the regime.
    pub citizenship: Option<Alpha2>,
    /// Key of the source of the regime's limits.
    pub source: Option<Text>,
    /// Since when the limits hold.
    pub effective: Option<Day>,
    /// Whether that day, or the citizenship's, is not confirmed by a primary source.
    pub unconfirmed: bool,
    /// Key of the source that put the citizenship under the regime.
    pub citizenship_source: Option<Text>,
    /// Since when.
    pub citizenship_effective: Option<Day>,
    /// Whether the citizenship's holders needed a visa then (days counted, never judged).
    pub visa_required: bool,
}

/// `Code`: the union of the error codes.
impl TS for Code {
    type WithoutGenerics = Code;
    type OptionInnerType = Code;

    fn docs() -> Option<String> {
        Some(String::from("/** What went wrong: the `code` of the Error every call throws on bad input. */\n"))
    }

    fn name(_: &Config) -> String {
        String::from("Code")
    }

    fn inline(_: &Config) -> String {
        Code::ALL.iter().map(|c| format!("\"{}\"", c.as_str())).collect::<Vec<_>>().join(" | ")
    }

    fn decl(cfg: &Config) -> String {
        format!("type Code = {};", Self::inline(cfg))
    }

    fn decl_concrete(cfg: &Config) -> String {
        Self::decl(cfg)
    }

    fn output_path() -> Option<std::path::PathBuf> {
        Some(std::path::PathBuf::from("api.d.ts"))
    }
}

const HEADER: &str = "// The requests and answers of the JavaScript API (KzResidence.stay, .permit, .rules) and its
// error codes, generated from the engine's Rust types (src/ts.rs, `make dist`). Do not edit.
";

/// The declarations of every type the requests, the answers and the errors use, each once,
/// by name, as one TypeScript module.
pub fn declarations() -> String {
    let mut all = Declarations { cfg: Config::new(), seen: Vec::new(), by_name: BTreeMap::new() };
    all.visit::<StayRequest>();
    all.visit::<StayAnswer>();
    all.visit::<PermitRequest>();
    all.visit::<PermitAnswer>();
    all.visit::<RulesOn>();
    all.visit::<Code>();
    let mut out = String::from(HEADER);
    for declaration in all.by_name.values() {
        out.push('\n');
        out.push_str(declaration);
        out.push('\n');
    }
    out
}

/// Walks the types from the roots through their dependencies, declaring each named one.
struct Declarations {
    cfg: Config,
    seen: Vec<TypeId>,
    by_name: BTreeMap<String, String>,
}

impl TypeVisitor for Declarations {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // Only named types have a file to go to; the others (numbers, arrays) are inlined.
        if T::output_path().is_none() || self.seen.contains(&TypeId::of::<T>()) {
            return;
        }
        self.seen.push(TypeId::of::<T>());
        let name = T::ident(&self.cfg);
        let declaration = format!("{}export {}", T::docs().unwrap_or_default(), T::decl(&self.cfg));
        // A generic type is declared once whatever its arguments; two types of one name are a mistake.
        if let Some(other) = self.by_name.insert(name.clone(), declaration.clone()) {
            assert_eq!(other, declaration, "two types are declared as {name}: rename one with #[ts(rename = \"...\")]");
        }
        T::visit_dependencies(self);
    }
}
