//! The notices of a stay answer: past overstays and what an overstay costs, registration
//! of longer stays, QazETA. Each states a rule of the profile, with its source.

use crate::date::Day;
use crate::rules::{Band, Notice, Position, Profile, Timeline};
use crate::stay::answer::{StatusCode, Violation};
use crate::stay::answer::Situation;
use crate::stay::Trip;

/// The notices about the history's violations and the stays ahead, on the control date `on`.
pub fn notices(profile: &Profile, on: Day, situation: &Situation, violations: &[Violation], trips: &[Trip], plan: Option<(Day, i32)>) -> Vec<Notice> {
    let rules = profile.stay();
    let mut out = Vec::new();
    out.extend(past_overstay(on, situation, violations));
    if let Some(days) = violations.iter().map(|v| v.days).max() {
        if let Some(e) = in_use(&rules.overstay_penalties, on) {
            let p = e.value;
            let band = if days <= p.warning_up_to_days {
                Band::Warning
            } else if days <= p.fine_up_to_days {
                Band::Fine
            } else {
                Band::Severe
            };
            out.push(Notice::OverstayPenalty { days, band, penalties: p, source: e.source.clone(), effective: e.from });
        }
        if let Some(e) = in_use(&rules.border_refusal, on).filter(|e| e.value) {
            out.push(Notice::BorderRefusal { source: e.source.clone(), effective: e.from });
        }
    }
    if let Some(e) = in_use(&rules.registration, on) {
        if longest_stay_ahead(on, situation, trips, plan) > e.value.free_days {
            out.push(Notice::Registration { registration: e.value, source: e.source.clone(), effective: e.from });
        }
    }
    let entry_ahead = !situation.in_country || plan.is_some();
    if let Some(e) = rules.qazeta.in_force(on).filter(|_| entry_ahead) {
        out.push(Notice::Qazeta { qazeta: e.value, source: e.source.clone(), effective: e.from, unconfirmed: e.unconfirmed });
    }
    out
}

/// The entry of a rule to state on `on`: the one in force, or the first for an earlier day.
fn in_use<T>(timeline: &Timeline<T>, on: Day) -> Option<&crate::rules::Entry<T>> {
    timeline.nearest(on).filter(|(_, p)| *p != Position::After).map(|(e, _)| e)
}

/// Violation days before the control date that are not the current overstay.
fn past_overstay(on: Day, situation: &Situation, violations: &[Violation]) -> Option<Notice> {
    let current_from = (situation.status.code == StatusCode::OverLimit).then_some(situation.status.from).flatten();
    let end = current_from.map_or(on, |from| from.min(on)) - 1;
    let past: Vec<(Day, Day)> = violations.iter().filter(|v| v.from <= end).map(|v| (v.from, v.to.min(end))).collect();
    let (first, last) = (past.first()?, past.last()?);
    Some(Notice::PastOverstay { from: first.0, to: last.1, days: past.iter().map(|(a, b)| *b - *a + 1).sum() })
}

/// The longest stay from the control date on: a trip still going on or ahead (the covering
/// one as long as the status allows), the planned stay, or an entry the status allows.
fn longest_stay_ahead(on: Day, situation: &Situation, trips: &[Trip], plan: Option<(Day, i32)>) -> i32 {
    let status = situation.status;
    let trip_days = trips.iter().filter(|t| t.exit >= on).map(|t| {
        let exit = if t.open { status.to.unwrap_or(on).max(t.exit) } else { t.exit };
        exit - t.entry + 1
    });
    let entry_days = match (status.code, status.to) {
        (StatusCode::MayEnter, Some(to)) => Some(to - on + 1),
        (StatusCode::MustWait, Some(to)) => status.from.map(|from| to - from + 1),
        _ => None,
    };
    trip_days.chain(entry_days).chain(plan.map(|(_, days)| days)).max().unwrap_or(0)
}
