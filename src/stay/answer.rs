//! The stay answer, as `KzResidence.stay` returns it: dates as `YYYY-MM-DD`, absent
//! answers as `null`, the situation on the control date as one [`Status`].

use serde::Serialize;

use crate::date::Day;
use crate::rules::Notice;

/// What the calculator says about a stay history on the control date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StayAnswer {
    /// The control date.
    pub on: Day,
    /// First day of the window ending on the control date.
    pub window_start: Day,
    /// Days of presence in the window.
    pub days_used: i32,
    /// Days left in the window, never below zero.
    pub days_remaining: i32,
    /// In the country or not, allowed or not, until when (`status.rs`); its fields sit in
    /// the answer itself.
    #[serde(flatten)]
    pub situation: Situation,
    /// Days over a limit, in runs of consecutive days.
    pub violations: Vec<Violation>,
    /// The limits used and where they come from.
    pub rules: RulesUsed,
    /// Remarks for the page: old dates, the regime assumed, overstay consequences, registration.
    pub notices: Vec<Notice>,
    /// The answer about the planned stay, when one was asked about.
    pub plan: Option<PlanAnswer>,
    /// The daily count as `[date, count]` corners of a line, when asked for.
    pub curve: Option<Vec<(Day, i32)>>,
}

/// Everything the answer says about the control date itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Situation {
    /// Whether a trip covers the control date.
    pub in_country: bool,
    /// For the trip covering the control date: the last day the person may stay.
    pub latest_exit: Option<Day>,
    /// When not in the country: the first day on or after the control date a one-day stay is allowed.
    pub next_entry: Option<Day>,
    /// The situation on the control date, which every headline is worded from.
    pub status: Status,
    /// The day the whole allowance is free again: a window after the last day of presence.
    pub full_allowance_from: Option<Day>,
    /// What `full_allowance_from` assumed about the trip covering the control date, if it mattered.
    pub full_allowance_assumes: Option<Assumption>,
}

/// The situation on the control date (`domain.md` §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Status {
    /// Which situation.
    pub code: StatusCode,
    /// `OVER_LIMIT`: the first day over; `MUST_WAIT`: the first day one may enter.
    pub from: Option<Day>,
    /// `MAY_STAY`, `MAY_ENTER`, `MUST_WAIT`: the last day one may stay.
    pub to: Option<Day>,
}

/// The four situations a visitor can be in on the control date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum StatusCode {
    /// In the country and over a limit: leave now.
    OverLimit,
    /// In the country and allowed to stay until `to`.
    MayStay,
    /// Not in the country; may enter on the control date and stay until `to`.
    MayEnter,
    /// Not in the country; may enter from `from` (and stay until `to`), not before.
    MustWait,
}

/// What the full allowance's day assumes about the trip covering the control date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Assumption {
    /// That the visitor stays until the last legal day (`MAY_STAY`).
    StayToLatestExit,
    /// That the visitor leaves on the control date (`OVER_LIMIT`).
    LeaveOnControlDate,
}

/// The limits an answer was computed with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesUsed {
    /// Window length in days.
    pub window_days: i32,
    /// Most days of presence in any window.
    pub max_days: i32,
    /// Longest single stay, or `null`.
    pub max_days_per_entry: Option<i32>,
    /// The regime the limits came from (`null` for explicit rules alone).
    pub regime: Option<String>,
    /// The citizenship that chose the regime, if it did.
    pub citizenship: Option<String>,
    /// Key of the profile source of the limits (`null` for explicit rules).
    pub source: Option<String>,
    /// The day the limits took effect.
    pub effective: Option<Day>,
    /// When a citizenship chose the regime: the source of that choice (the list, agreement or
    /// decree that puts the state under the regime) and the day it took effect.
    pub citizenship_source: Option<String>,
    /// The day the citizenship's regime took effect.
    pub citizenship_effective: Option<Day>,
}

/// A run of consecutive days over a limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// First day over.
    pub from: Day,
    /// Last day over.
    pub to: Day,
    /// Number of days in the run.
    pub days: i32,
    /// The highest count of days in the window reached in the run.
    pub peak: i32,
    /// Which limits were broken: `WINDOW` (more than the maximum in the window) and/or
    /// `PER_ENTRY` (a single stay longer than the cap).
    pub kinds: Vec<&'static str>,
}

/// The answer about a planned stay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanAnswer {
    /// Planned entry.
    pub entry: Day,
    /// Planned number of days.
    pub days: i32,
    /// Last day of the planned stay.
    pub exit: Day,
    /// Whether the stay could be recorded beside the trips without a new violation.
    pub allowed: bool,
    /// Why not, as a code (`OVERLAP`, `TOO_LONG`, `OVER_LIMIT`, `BREAKS_LATER_TRIP`, `OUT_OF_RANGE`).
    pub reason: Option<&'static str>,
    /// The last day a stay beginning on the planned entry may last to.
    pub latest_exit: Option<Day>,
    /// The first entry on or after the planned one allowing the planned number of days.
    pub earliest_entry: Option<Day>,
}
