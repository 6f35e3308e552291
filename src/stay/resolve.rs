//! Which limits judge a request's days: the regime the request names, else the regimes its
//! citizenship was under, each on its own dates, else the profile's default (and the answer
//! says it was assumed). Explicit `rules` go on top of the limits in force on the control
//! date and are used exactly as given, whatever the date.

use crate::date::Day;
use crate::error::{Code, Error};
use crate::notice::Notice;
use crate::rules::{Entry, Item, Limits, Position, Profile, StayRules, Text, VISA_REQUIRED};
use crate::stay::schedule::{Origin, Period, Schedule};
use crate::stay::StayRequest;

/// A request's schedule of limits and the notices their choice raises.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The limits over the calendar.
    pub schedule: Schedule,
    /// `REGIME_ASSUMED`, `BEFORE_FIRST_VERSION`.
    pub notices: Vec<Notice>,
    /// The first day of the control date's regime (trips before it get a notice).
    pub first_day: Day,
}

/// Resolves the limits of `request`.
pub fn resolve(profile: &Profile, request: &StayRequest) -> Result<Resolved, Error> {
    let stay = profile.stay();
    let on = request.on;
    let mut notices = Vec::new();
    let (periods, field) = match (&request.regime, request.citizenship) {
        (Some(id), _) => (regime_periods(regime(stay, id, "regime")?, None, None, None), "regime"),
        (None, Some(code)) => (citizenship_periods(stay, code.as_str(), on)?, "citizenship"),
        (None, None) => {
            if request.rules.is_none() {
                notices.push(Notice::RegimeAssumed { regime: stay.default_regime });
            }
            (regime_periods(regime(stay, &stay.default_regime, "regime")?, None, None, None), "regime")
        }
    };
    let mut schedule = Schedule::new(periods);
    let today = schedule.periods()[schedule.index_at(on)];
    // Not reached under a visa: the citizenship's periods refuse such a control date.
    let Origin::Regime { id, entry, .. } = today.origin else {
        return Err(Error::new(Code::VisaRequired, "citizenship"));
    };
    // The regime must be known on the control date: after a dated end the profile no longer knows it.
    let regime = regime(stay, &id, field)?;
    let first_day = regime.timeline.entries().first().map_or(on, |e| e.from);
    match regime.timeline.nearest(on) {
        Some((_, Position::After)) | None => return Err(Error::new(Code::UnknownRegime, field)),
        Some((first, Position::Before)) => notices.push(Notice::BeforeFirstVersion { date: first.from }),
        Some((_, Position::InForce)) => {}
    }
    if let Some(explicit) = request.rules {
        let given = |v: Option<crate::input::RuleDays>| v.map(|d| d.0);
        let limits = Limits {
            window_days: given(explicit.window_days).unwrap_or(entry.value.window_days),
            max_days: given(explicit.max_days).unwrap_or(entry.value.max_days),
            max_days_per_entry: given(explicit.max_days_per_entry).or(entry.value.max_days_per_entry),
        };
        if limits.max_days > limits.window_days {
            return Err(Error::new(Code::InvalidRules, "rules.maxDays"));
        }
        let regime = (request.regime.is_some() || request.citizenship.is_some()).then_some(id);
        schedule = Schedule::new(vec![Period { from: None, limits, origin: Origin::Explicit { regime } }]);
    }
    Ok(Resolved { schedule, notices, first_day })
}

fn regime(stay: &StayRules, id: &str, field: &'static str) -> Result<&'static Item<Limits>, Error> {
    stay.regimes.by_id(id).ok_or_else(|| Error::new(Code::UnknownRegime, field))
}

/// The periods of a regime's timeline within `from..=to` (either end open), chosen by a
/// citizenship's entry or not.
fn regime_periods(regime: &'static Item<Limits>, from: Option<Day>, to: Option<Day>, chosen_by: Option<&'static Entry<Text>>) -> Vec<Period> {
    let entries = regime.timeline.entries();
    // The entries reaching into the span; before the regime's first entry, the first applies.
    let first = from.map_or(0, |from| entries.partition_point(|e| e.from <= from).saturating_sub(1));
    entries[first..]
        .iter()
        .take_while(|e| to.is_none_or(|to| e.from <= to))
        .enumerate()
        .map(|(i, entry)| Period {
            from: if i == 0 { from } else { Some(entry.from) },
            limits: entry.value,
            origin: Origin::Regime { id: regime.id, entry, chosen_by },
        })
        .collect()
}

/// The periods of the regimes a citizenship was under, each entry of its timeline with the
/// regime it names (or counted but not judged while a visa was required). The control date
/// `on` must fall within the timeline (after a dated end the profile no longer knows the
/// citizenship) and not under a visa, whose own dates then govern.
fn citizenship_periods(stay: &StayRules, code: &str, on: Day) -> Result<Vec<Period>, Error> {
    let field = "citizenship";
    let item = stay.citizenship.by_id(code).ok_or_else(|| Error::new(Code::UnknownCitizenship, field))?;
    match item.timeline.applicable(on) {
        None => return Err(Error::new(Code::UnknownCitizenship, field)),
        Some((entry, _)) if *entry.value == *VISA_REQUIRED => return Err(Error::new(Code::VisaRequired, field)),
        Some(_) => {}
    }
    let unjudged = stay.regimes.by_id(&stay.default_regime).and_then(|r| r.timeline.entries().first()).map_or(180, |e| e.value.window_days);
    let entries = item.timeline.entries();
    let mut periods = Vec::new();
    for (i, c) in entries.iter().enumerate() {
        let from = (i > 0).then_some(c.from);
        if *c.value == *VISA_REQUIRED {
            let limits = Limits { window_days: unjudged, max_days: unjudged, max_days_per_entry: None };
            periods.push(Period { from, limits, origin: Origin::VisaRequired { chosen_by: c } });
        } else {
            let regime = regime(stay, &c.value, field)?;
            // The last entry reaches on indefinitely (after a dated end the profile no longer
            // knows; the control date is checked for that).
            let to = if i + 1 == entries.len() { None } else { c.to };
            periods.extend(regime_periods(regime, from, to, Some(c)));
        }
    }
    Ok(periods)
}
