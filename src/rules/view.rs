//! `KzResidence.rules({ on })`: the rules in force on a day, for the page's choices (the
//! citizenships listed, the regimes with their numbers) and for anyone who wants to read
//! them, each with its source, and the sources they cite.

use serde::Serialize;

use crate::date::{Day, MAX_DAY, MIN_DAY};
use crate::notice::Notice;
use crate::rules::{Cited, Entry, Holder, Limits, List, Profile, Registration, Source, Text, Timeline};

/// The rules in force on `on`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RulesOn {
    /// The profile's id.
    pub id: Text,
    /// The day the rules were last checked against their sources.
    pub reviewed: Day,
    /// The day asked about.
    pub on: Day,
    /// The regimes in force, in the profile's order.
    pub regimes: Vec<Named<Limits>>,
    /// The regime assumed when a visitor names none.
    pub default_regime: Text,
    /// The citizenships the profile knows, each with its regime (or `visa-required`).
    pub citizenship: Vec<Named<Text>>,
    /// Whose stay is not counted.
    pub not_counted: Option<&'static Entry<List<Holder>>>,
    /// How a longer stay is registered.
    pub registration: Option<&'static Entry<Registration>>,
    /// `BEFORE_FIRST_VERSION` for a day before the rules' first values.
    pub notices: Vec<Notice>,
    /// The sources of the rules above.
    pub sources: Vec<&'static Source>,
    /// The days the calculator accepts in any request.
    pub range: DateRange,
}

/// The days the calculator accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DateRange {
    /// The first, 1900-01-01.
    pub from: Day,
    /// The last, 2200-12-31.
    pub to: Day,
}

/// A rule with an id, as in force on the day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Named<T: 'static> {
    /// The id (a regime's, or a citizenship's code).
    pub id: Text,
    /// Its entry in force, with its source.
    #[serde(flatten)]
    pub entry: &'static Entry<T>,
}

impl Profile {
    /// The rules in force on `on`; before the first values, the first ones with a notice.
    pub fn on(&self, on: Day) -> RulesOn {
        let stay = self.stay();
        let regime_first = stay.regimes.items().iter().filter_map(|r| r.timeline.entries().first()).map(|e| e.from).min();
        let notices = regime_first.filter(|&first| on < first).map(|date| Notice::BeforeFirstVersion { date }).into_iter().collect();
        let mut cited = Cited::default();
        let regimes = stay.regimes.items().iter().filter_map(|r| applicable(&r.timeline, on, &mut cited).map(|entry| Named { id: r.id, entry })).collect();
        let citizenship = stay.citizenship.items().iter().filter_map(|c| applicable(&c.timeline, on, &mut cited).map(|entry| Named { id: c.id, entry })).collect();
        let not_counted = applicable(&stay.not_counted, on, &mut cited);
        let registration = applicable(&stay.registration, on, &mut cited);
        RulesOn {
            id: self.data().id,
            reviewed: self.data().reviewed,
            on,
            regimes,
            default_regime: stay.default_regime,
            citizenship,
            not_counted,
            registration,
            notices,
            sources: cited.resolve(self.sources()),
            range: DateRange { from: MIN_DAY, to: MAX_DAY },
        }
    }
}

/// The entry of `timeline` that applies on `on`, its source noted.
fn applicable<T>(timeline: &Timeline<T>, on: Day, cited: &mut Cited) -> Option<&'static Entry<T>> {
    let (entry, _) = timeline.applicable(on)?;
    cited.add(entry.source);
    Some(entry)
}
