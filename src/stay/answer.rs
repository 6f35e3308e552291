//! The stay answer, as `KzResidence.stay` returns it: dates as `YYYY-MM-DD`, absent
//! answers as `null`.

use crate::rules::Notice;
use crate::value::to_value_struct;

/// What the calculator says about a stay history on the control date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StayAnswer {
    /// The control date.
    pub on: String,
    /// First day of the window ending on the control date.
    pub window_start: String,
    /// Days of presence in the window.
    pub days_used: i64,
    /// Days left in the window, never below zero.
    pub days_remaining: i64,
    /// Whether a trip covers the control date.
    pub in_country: bool,
    /// For the trip covering the control date: the last day the person may stay.
    pub latest_exit: Option<String>,
    /// When not in the country: the first day on or after the control date a one-day stay is allowed.
    pub next_entry: Option<String>,
    /// The day the whole allowance is free again: a window after the last day of presence.
    pub full_allowance_from: Option<String>,
    /// Days over a limit, in runs of consecutive days.
    pub violations: Vec<Violation>,
    /// The limits used.
    pub rules: RulesUsed,
    /// Remarks for the page, such as rules older than the profile.
    pub notices: Vec<Notice>,
    /// The answer about the planned stay, when one was asked about.
    pub plan: Option<PlanAnswer>,
    /// The daily count as `[date, count]` corners of a line, when asked for.
    pub curve: Option<Vec<(String, i64)>>,
}

/// The limits an answer was computed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesUsed {
    /// Window length in days.
    pub window_days: i32,
    /// Most days of presence in any window.
    pub max_days: i32,
    /// Longest single stay, or `null`.
    pub max_days_per_entry: Option<i32>,
    /// The regime the limits came from, if any.
    pub regime: Option<String>,
}

/// A run of consecutive days over a limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// First day over.
    pub from: String,
    /// Last day over.
    pub to: String,
    /// Number of days in the run.
    pub days: i64,
    /// The highest count of days in the window reached in the run.
    pub peak: i64,
    /// Which limits were broken: `WINDOW` (more than the maximum in the window) and/or
    /// `PER_ENTRY` (a single stay longer than the cap).
    pub kinds: Vec<&'static str>,
}

/// The answer about a planned stay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanAnswer {
    /// Planned entry.
    pub entry: String,
    /// Planned number of days.
    pub days: i64,
    /// Last day of the planned stay.
    pub exit: String,
    /// Whether the stay could be recorded beside the trips without a new violation.
    pub allowed: bool,
    /// Why not, as a code (`OVERLAP`, `TOO_LONG`, `OVER_LIMIT`, `BREAKS_LATER_TRIP`, `OUT_OF_RANGE`).
    pub reason: Option<&'static str>,
    /// The last day a stay beginning on the planned entry may last to.
    pub latest_exit: Option<String>,
    /// The first entry on or after the planned one allowing the planned number of days.
    pub earliest_entry: Option<String>,
}

to_value_struct!(StayAnswer {
    on: "on",
    window_start: "windowStart",
    days_used: "daysUsed",
    days_remaining: "daysRemaining",
    in_country: "inCountry",
    latest_exit: "latestExit",
    next_entry: "nextEntry",
    full_allowance_from: "fullAllowanceFrom",
    violations: "violations",
    rules: "rules",
    notices: "notices",
    plan: "plan",
    curve: "curve",
});
to_value_struct!(RulesUsed { window_days: "windowDays", max_days: "maxDays", max_days_per_entry: "maxDaysPerEntry", regime: "regime" });
to_value_struct!(Violation { from: "from", to: "to", days: "days", peak: "peak", kinds: "kinds" });
to_value_struct!(PlanAnswer {
    entry: "entry",
    days: "days",
    exit: "exit",
    allowed: "allowed",
    reason: "reason",
    latest_exit: "latestExit",
    earliest_entry: "earliestEntry",
});
