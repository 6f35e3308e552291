//! Notices: coded remarks an answer carries for the page to word (never errors), each with
//! the dates and numbers the sentence needs and, where it states a rule, that rule's source.
//! Both engines' answers carry them; the codes are one vocabulary.

use serde::Serialize;

use crate::date::Day;
use crate::rules::{Holder, List, Penalties, Pilot, PilotReport, Qazeta, Registration, Text};

/// A coded remark. Serialized as `{ code: "BEFORE_FIRST_VERSION", date: ... }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE", rename_all_fields = "camelCase")]
pub enum Notice {
    /// The date asked about is before the rule's first value, whose numbers were used.
    BeforeFirstVersion {
        /// The first value's day.
        date: Day,
    },
    /// A trip begins before the stay rule's first value (the rules then may have differed).
    TripBeforeFirstVersion {
        /// The first value's day.
        date: Day,
    },
    /// The request named no regime and no citizenship: this regime was assumed.
    RegimeAssumed {
        /// The regime used.
        regime: Text,
    },
    /// A value the answer rests on took effect on a day no primary source confirms.
    RuleDateUnconfirmed {
        /// Which rule.
        rule: RuleName,
        /// The day recorded as its start.
        date: Day,
        /// The source that reports it.
        source: Text,
    },
    /// Days over a limit before the control date (not the current overstay): they risk
    /// refusal at the border and of a residence permit.
    PastOverstay {
        /// First past day over.
        from: Day,
        /// Last past day over.
        to: Day,
        /// Number of past days over.
        days: i32,
    },
    /// What an overstay of `days` days costs, by the penalty bands.
    OverstayPenalty {
        /// The longest run of days over.
        days: i32,
        /// Which band it falls in.
        band: Band,
        /// The bands.
        #[serde(flatten)]
        penalties: Penalties,
        /// Key of the source.
        source: Text,
        /// Since when.
        effective: Day,
    },
    /// Entry is refused at the border when the permitted stay was exceeded.
    BorderRefusal {
        /// Key of the source.
        source: Text,
        /// Since when.
        effective: Day,
    },
    /// The stay now or the planned one must be registered, under the rule of its entry day.
    Registration {
        /// The rule (`system` says which kind).
        #[serde(flatten)]
        registration: Registration,
        /// Which stay: the one going on now, or the planned one.
        stay: Stay,
        /// The stay's length in days (for the stay going on, as far as the answer assumes).
        days: i32,
        /// The last day to register, where the rule gives a calendar day.
        by: Option<Day>,
        /// Whether that day is before the control date: the stay should be registered already.
        late: bool,
        /// Whether the rule certainly binds this visitor's regime.
        confirmed: bool,
        /// Key of the source.
        source: Text,
        /// Since when.
        effective: Day,
    },
    /// The electronic travel authorisation.
    Qazeta {
        /// The rule.
        #[serde(flatten)]
        qazeta: Qazeta,
        /// Key of the source.
        source: Text,
        /// Since when.
        effective: Day,
        /// Whether the start day is unconfirmed.
        unconfirmed: bool,
    },
    /// The visitor holds a document whose own dates govern the stay: nothing is counted.
    NotCounted {
        /// The document.
        holder: Holder,
        /// Key of the source.
        source: Text,
        /// Since when.
        effective: Day,
    },
    /// A year after the last MCI of the profile: the last known value was used.
    MciAssumed {
        /// The year asked about.
        year: i32,
        /// The year of the value used.
        mci_year: i32,
        /// Key of the source.
        source: Text,
    },
    /// The 2026 pilot applies: a language test and a points questionnaire come first.
    Pilot {
        /// The pilot's requirements.
        #[serde(flatten)]
        pilot: Pilot,
        /// First day of the pilot.
        from: Day,
        /// Last day of the pilot.
        to: Option<Day>,
        /// Key of the source.
        source: Text,
    },
    /// What one report says of the pilot, which no official source confirms.
    PilotReport {
        /// What it reports.
        #[serde(flatten)]
        report: PilotReport,
        /// Key of the source.
        source: Text,
    },
    /// The pilot ended on `date`; what follows it is not known.
    PilotFutureUnknown {
        /// The pilot's last day.
        date: Day,
        /// Key of the source.
        source: Text,
    },
    /// Applying for citizenship means passing these tests.
    CitizenshipTests {
        /// The tests (`kazakh-language`, `history`, `constitution`).
        tests: List<Text>,
        /// Key of the source.
        source: Text,
        /// Since when.
        effective: Day,
    },
}

impl Notice {
    /// The key of the source the notice states, if it states a rule.
    pub fn source(&self) -> Option<Text> {
        match self {
            Notice::RuleDateUnconfirmed { source, .. }
            | Notice::OverstayPenalty { source, .. }
            | Notice::BorderRefusal { source, .. }
            | Notice::Registration { source, .. }
            | Notice::Qazeta { source, .. }
            | Notice::NotCounted { source, .. }
            | Notice::MciAssumed { source, .. }
            | Notice::Pilot { source, .. }
            | Notice::PilotReport { source, .. }
            | Notice::PilotFutureUnknown { source, .. }
            | Notice::CitizenshipTests { source, .. } => Some(*source),
            Notice::BeforeFirstVersion { .. } | Notice::TripBeforeFirstVersion { .. } | Notice::RegimeAssumed { .. } | Notice::PastOverstay { .. } => None,
        }
    }

    /// `RULE_DATE_UNCONFIRMED` for an entry whose start is not confirmed, else nothing.
    pub fn unconfirmed<T>(rule: RuleName, entry: &crate::rules::Entry<T>) -> Option<Notice> {
        entry.unconfirmed.then_some(Notice::RuleDateUnconfirmed { rule, date: entry.from, source: entry.source })
    }
}

/// The band of an overstay's penalty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Band {
    /// A warning.
    Warning,
    /// A fine.
    Fine,
    /// Larger fines, possible expulsion and an entry ban.
    Severe,
}

/// Which stay a notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Stay {
    /// The stay going on on the control date.
    Current,
    /// The planned stay.
    Plan,
}

/// The rule a `RULE_DATE_UNCONFIRMED` notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum RuleName {
    /// Which regime a citizenship is under.
    Citizenship,
    /// A regime's limits.
    Regime,
    /// The checklist.
    Documents,
    /// The steps.
    Steps,
    /// The tests before citizenship.
    CitizenshipTests,
}
