//! Notices: coded remarks an answer carries for the page to word (never errors), each with
//! the dates and numbers the sentence needs and, where it states a rule, that rule's source.

use serde::Serialize;

use crate::date::Day;
use crate::rules::{Entry, Penalties, Pilot, Qazeta, Registration};

/// A coded remark. Serialized as `{ code: "BEFORE_FIRST_VERSION", date: ... }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
        regime: String,
    },
    /// A value used took effect on a day no primary source confirms.
    RuleDateUnconfirmed {
        /// Which rule (`citizenship`, `regime`, `documents`, ...).
        rule: &'static str,
        /// The day recorded as its start.
        date: Day,
        /// The source that reports it.
        source: String,
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
        source: String,
        /// Since when.
        effective: Day,
    },
    /// Entry is refused at the border when the permitted stay was exceeded.
    BorderRefusal {
        /// Key of the source.
        source: String,
        /// Since when.
        effective: Day,
    },
    /// A stay longer than the free days must be registered.
    Registration {
        /// The rule.
        #[serde(flatten)]
        registration: Registration,
        /// Key of the source.
        source: String,
        /// Since when.
        effective: Day,
    },
    /// The electronic travel authorisation.
    Qazeta {
        /// The rule.
        #[serde(flatten)]
        qazeta: Qazeta,
        /// Key of the source.
        source: String,
        /// Since when.
        effective: Day,
        /// Whether the start day is unconfirmed.
        unconfirmed: bool,
    },
    /// A year after the last MCI of the profile: the last known value was used.
    MciAssumed {
        /// The year asked about.
        year: i32,
        /// The year of the value used.
        mci_year: i32,
        /// Key of the source.
        source: String,
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
        source: String,
    },
    /// The pilot ended on `date`; what follows it is not known.
    PilotFutureUnknown {
        /// The pilot's last day.
        date: Day,
        /// Key of the source.
        source: String,
    },
    /// Applying for citizenship means passing these tests.
    CitizenshipTests {
        /// The tests (`kazakh-language`, `history`, `constitution`).
        tests: Vec<String>,
        /// Key of the source.
        source: String,
        /// Since when.
        effective: Day,
    },
}

/// The band of an overstay's penalty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Band {
    /// A warning.
    Warning,
    /// A fine.
    Fine,
    /// Larger fines, possible expulsion and an entry ban.
    Severe,
}

impl Notice {
    /// `RULE_DATE_UNCONFIRMED` for an entry whose start is not confirmed, else nothing.
    pub fn unconfirmed<T>(rule: &'static str, entry: &Entry<T>) -> Option<Notice> {
        entry.unconfirmed.then(|| Notice::RuleDateUnconfirmed { rule, date: entry.from, source: entry.source.clone() })
    }
}
