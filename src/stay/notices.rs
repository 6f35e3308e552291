//! The notices of a stay answer: past overstays and what an overstay costs, registration
//! of the stay going on or planned, QazETA, and rules whose start no primary source
//! confirms where the answer rests on them. Each states a rule of the profile, with its source.

use crate::date::Day;
use crate::notice::{Band, Notice, Stay};
use crate::rules::{Profile, Registration};
use crate::stay::answer::PlanAnswer;
use crate::stay::schedule::Schedule;
use crate::stay::status::{covering, Situation, Status};
use crate::stay::trips::Trip;
use crate::stay::Violation;

/// What the notices are about.
pub struct Facts<'a> {
    /// The control date.
    pub on: Day,
    /// The situation on it.
    pub situation: &'a Situation,
    /// The violations.
    pub violations: &'a [Violation],
    /// The checked trips, sorted.
    pub trips: &'a [Trip],
    /// The planned stay's answer.
    pub plan: Option<&'a PlanAnswer>,
    /// The limits over the calendar.
    pub schedule: &'a Schedule,
}

/// The notices about the history's violations and the stays ahead, on the control date.
pub fn notices(profile: &Profile, f: &Facts) -> Vec<Notice> {
    let rules = profile.stay();
    let on = f.on;
    let mut out = Vec::new();
    out.extend(past_overstay(f));
    if let Some(days) = f.violations.iter().map(|v| v.days).max() {
        if let Some((e, _)) = rules.overstay_penalties.applicable(on) {
            let p = e.value;
            let band = if days <= p.warning_up_to_days {
                Band::Warning
            } else if days <= p.fine_up_to_days {
                Band::Fine
            } else {
                Band::Severe
            };
            out.push(Notice::OverstayPenalty { days, band, penalties: p, source: e.source, effective: e.from });
        }
        if let Some((e, _)) = rules.border_refusal.applicable(on).filter(|(e, _)| e.value) {
            out.push(Notice::BorderRefusal { source: e.source, effective: e.from });
        }
    }
    out.extend(registration(profile, f));
    let entry_ahead = !f.situation.in_country || f.plan.is_some();
    if let Some(e) = rules.qazeta.in_force(on).filter(|_| entry_ahead) {
        out.push(Notice::Qazeta { qazeta: e.value, source: e.source, effective: e.from, unconfirmed: e.unconfirmed });
    }
    out.extend(unconfirmed(f));
    out
}

/// Violation days before the control date that are not the current overstay.
fn past_overstay(f: &Facts) -> Option<Notice> {
    let current_from = match f.situation.status {
        Status::OverLimit { from, .. } => Some(from),
        _ => None,
    };
    let end = current_from.map_or(f.on, |from| from.min(f.on)) - 1;
    let past: Vec<(Day, Day)> = f.violations.iter().filter(|v| v.from <= end).map(|v| (v.from, v.to.min(end))).collect();
    let (first, last) = (past.first()?, past.last()?);
    Some(Notice::PastOverstay { from: first.0, to: last.1, days: past.iter().map(|(a, b)| *b - *a + 1).sum() })
}

/// Registration of the stay going on (as long as the answer assumes it lasts; never for
/// someone over the limit, who must leave) and of an allowed plan, each under the rule in
/// force on its entry day, when it is long enough for that rule.
fn registration(profile: &Profile, f: &Facts) -> Vec<Notice> {
    let current = covering(f.trips, f.on).and_then(|t| {
        let end = match (f.situation.status, t.open) {
            (Status::OverLimit { .. }, _) => return None,
            (_, false) => t.exit,
            (Status::MayStay { to, .. }, true) => f.plan.and_then(|p| p.assumed_exit).unwrap_or(to),
            _ => t.exit,
        };
        Some((Stay::Current, t.entry, end - t.entry + 1))
    });
    let planned = f.plan.filter(|p| p.allowed).map(|p| (Stay::Plan, p.entry, p.days));
    current
        .into_iter()
        .chain(planned)
        .filter_map(|(stay, entry, days)| {
            let (e, _) = profile.stay().registration.applicable(entry)?;
            let (needed, by, confirmed) = match e.value {
                Registration::HostNotifies { free_days, .. } => (days > free_days, None, true),
                // It certainly binds the regimes of long single stays, whose stay must be
                // registered once it reaches the day; for the others it is not confirmed, and
                // is named only for a stay longer than that day (as the rule before it).
                Registration::SelfRegisters { by_day, confirmed_from_per_entry_days, .. } => {
                    let confirmed = f.schedule.cap(entry).is_none_or(|c| c >= confirmed_from_per_entry_days);
                    (if confirmed { days >= by_day } else { days > by_day }, Some(entry + by_day - 1), confirmed)
                }
            };
            let late = by.is_some_and(|by| by < f.on);
            needed.then_some(Notice::Registration { registration: e.value, stay, days, by, late, confirmed, source: e.source, effective: e.from })
        })
        .collect()
}

/// `RULE_DATE_UNCONFIRMED` for each rule with an unconfirmed start under which a day of
/// presence, of the plan, or the control date is judged: the answer rests on that date.
fn unconfirmed(f: &Facts) -> Vec<Notice> {
    let days = f.trips.iter().map(|t| (t.entry, t.exit)).chain(f.plan.map(|p| (p.entry, p.exit))).chain([(f.on, f.on)]);
    let mut out: Vec<Notice> = Vec::new();
    for (i, period) in f.schedule.periods().iter().enumerate() {
        let (from, to) = f.schedule.span(i);
        let touched = days.clone().any(|(a, b)| from.is_none_or(|from| b >= from) && to.is_none_or(|to| a <= to));
        if let Some(notice) = period.unconfirmed().filter(|n| touched && !out.contains(n)) {
            out.push(notice);
        }
    }
    out
}
