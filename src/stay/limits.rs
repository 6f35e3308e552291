//! The limits a stay is checked against: window, maximum, and the per-entry cap.
//!
//! They come from a regime of the profile in force on the control date: the one the
//! request names, else the one in force for the request's citizenship, else the profile's
//! default (and the answer says it was assumed). Explicit `rules` go on top and are used
//! exactly as given, whatever the date.

use serde::Deserialize;

use crate::date::Day;
use crate::error::{Code, Error};
use crate::rules::{Entry, Notice, Position, Profile, VISA_REQUIRED};
use crate::stay::answer::RulesUsed;
use crate::stay::StayRequest;

/// The longest window the engine accepts, in days: ten years. An engine bound, not a rule:
/// it keeps every check of a plan to a few thousand steps whatever a request says.
pub const MAX_WINDOW_DAYS: i32 = 3660;

/// Explicit stay rules in a request; absent fields keep the regime's value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesInput {
    /// Length of the rolling window, in days.
    #[serde(default)]
    pub window_days: Option<i32>,
    /// Most days of presence in any window.
    #[serde(default)]
    pub max_days: Option<i32>,
    /// Longest single stay; absent or `null` keeps the regime's cap.
    #[serde(default)]
    pub max_days_per_entry: Option<i32>,
}

/// The numbers a stay is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Window length in days.
    pub window: i32,
    /// Most days of presence in any window.
    pub max: i32,
    /// Longest single stay, if capped.
    pub per_entry: Option<i32>,
}

/// The limits of a request, what to report about them, and the notices their choice raises.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The numbers.
    pub limits: Limits,
    /// Where they came from, for the answer.
    pub used: RulesUsed,
    /// The first day of the regime's timeline (older dates get a notice).
    pub first_day: Day,
    /// `REGIME_ASSUMED`, `BEFORE_FIRST_VERSION`, unconfirmed dates.
    pub notices: Vec<Notice>,
}

impl Limits {
    /// Resolves the limits of `request` on the control date `on`.
    pub fn resolve(profile: &Profile, request: &StayRequest, on: Day) -> Result<Resolved, Error> {
        let rules = profile.stay();
        let mut notices = Vec::new();
        let (id, field, citizenship, chosen_by) = match (&request.regime, &request.citizenship) {
            (Some(id), _) => (id.clone(), "regime", request.citizenship.clone(), None),
            (None, Some(code)) => {
                let entry = citizenship_entry(profile, code, on, &mut notices)?;
                (entry.value.clone(), "citizenship", Some(code.clone()), Some(entry))
            }
            (None, None) => {
                if request.rules.is_none() {
                    notices.push(Notice::RegimeAssumed { regime: rules.default_regime.clone() });
                }
                (rules.default_regime.clone(), "regime", None, None)
            }
        };
        let regime = rules.regimes.get(&id).ok_or_else(|| Error::new(Code::UnknownRegime, field))?;
        let entry = match regime.timeline.nearest(on) {
            Some((e, Position::Before)) => {
                notices.push(Notice::BeforeFirstVersion { date: e.from });
                e
            }
            Some((e, Position::InForce)) => e,
            _ => return Err(Error::new(Code::UnknownRegime, field)),
        };
        notices.extend(Notice::unconfirmed("regime", entry));
        let v = entry.value;
        let explicit = request.rules.unwrap_or_default();
        let limits = Limits {
            window: explicit.window_days.unwrap_or(v.window_days),
            max: explicit.max_days.unwrap_or(v.max_days),
            per_entry: explicit.max_days_per_entry.or(v.max_days_per_entry),
        };
        limits.check()?;
        let from_profile = request.rules.is_none();
        let used = RulesUsed {
            window_days: limits.window,
            max_days: limits.max,
            max_days_per_entry: limits.per_entry,
            regime: (from_profile || request.regime.is_some() || citizenship.is_some()).then_some(id),
            citizenship,
            source: from_profile.then(|| entry.source.clone()),
            effective: from_profile.then_some(entry.from),
            citizenship_source: chosen_by.map(|e| e.source.clone()),
            citizenship_effective: chosen_by.map(|e| e.from),
        };
        let first_day = regime.timeline.entries().first().map_or(on, |e| e.from);
        Ok(Resolved { limits, used, first_day, notices })
    }

    fn check(&self) -> Result<(), Error> {
        let bad = |field: &str| Err(Error::new(Code::InvalidRules, field));
        if !(1..=MAX_WINDOW_DAYS).contains(&self.window) {
            return bad("rules.windowDays");
        }
        if !(1..=self.window).contains(&self.max) {
            return bad("rules.maxDays");
        }
        if self.per_entry.is_some_and(|p| !(1..=MAX_WINDOW_DAYS).contains(&p)) {
            return bad("rules.maxDaysPerEntry");
        }
        Ok(())
    }

    /// The longest stay these limits could ever allow in one go, up to `ceiling` days.
    /// A stay longer than the maximum breaks it on its next day, unless the maximum is the
    /// whole window: then only the per-entry cap (or the ceiling) ends it.
    pub fn longest_stay(&self, ceiling: i32) -> i32 {
        let by_window = if self.max >= self.window { ceiling } else { self.max };
        self.per_entry.map_or(by_window, |p| p.min(by_window)).min(ceiling)
    }
}

/// The citizenship's regime entry on `on`: an ISO 3166-1 alpha-2 code the profile knows,
/// whose holders need no visa.
fn citizenship_entry<'a>(profile: &'a Profile, code: &str, on: Day, notices: &mut Vec<Notice>) -> Result<&'a Entry<String>, Error> {
    let field = "citizenship";
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(Error::new(Code::InvalidInput, field));
    }
    let timeline = profile.stay().citizenship.get(code).ok_or_else(|| Error::new(Code::UnknownCitizenship, field))?;
    // Before its first entry the first one is used (the profile's own notice says the
    // rules may have differed); after a dated end the profile no longer knows.
    let entry = match timeline.nearest(on) {
        Some((e, Position::InForce | Position::Before)) => e,
        _ => return Err(Error::new(Code::UnknownCitizenship, field)),
    };
    if entry.value == VISA_REQUIRED {
        return Err(Error::new(Code::VisaRequired, field));
    }
    notices.extend(Notice::unconfirmed("citizenship", entry));
    Ok(entry)
}
