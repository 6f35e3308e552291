//! The permit answer, as `KzResidence.permit` returns it: dates as `YYYY-MM-DD`, absent
//! answers as `null`, every finding a stable code with the numbers behind it, every rule
//! with its source and the day it took effect, and the sources themselves.

use serde::Serialize;

use crate::date::Day;
use crate::input::CurrencyCode;
use crate::notice::Notice;
use crate::permit::findings::{Blocker, Caveat, Missing, Verdict};
use crate::permit::money::Converted;
use crate::rules::{Entry, Ground, List, RiskCode, Source, Text};
use crate::stay::Violation;

/// What the calculator says about one application.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PermitAnswer {
    /// The verdict the headline is worded from.
    pub verdict: Verdict,
    /// True only when the verdict is `ELIGIBLE`.
    pub eligible: bool,
    /// Requirements not met, each with the numbers behind it.
    pub blockers: Vec<Blocker>,
    /// What the calculator still needs to know: unanswered questions, missing rates.
    pub missing: Vec<Missing>,
    /// Refusal reasons that apply, and the general reminders.
    pub risks: Vec<Risk>,
    /// Things to act on even when eligible: passport renewal, an apply-by date soon.
    pub caveats: Vec<Caveat>,
    /// The grounds a permit may be asked for on, in force on the application date.
    pub grounds: &'static Entry<List<Ground>>,
    /// The solvency comparison, in tenge, with the amounts converted.
    pub solvency: Solvency,
    /// The investment threshold, and on the investment ground the investment against it.
    pub investment: Investment,
    /// Without a housing agreement: the housing to be able to buy, in m² per family member.
    pub housing_m2_per_person: Option<&'static Entry<u32>>,
    /// The currencies whose rate the comparisons need (tenge needs none), given or not.
    pub rates_needed: Vec<CurrencyCode>,
    /// The application date used.
    pub application_date: Day,
    /// The issue date used (the application date unless given).
    pub issue_date: Day,
    /// The last application date the passport allows: it must be valid more than the
    /// rule's days on the day of application (no date without a passport expiry).
    pub apply_by: Dated<i32>,
    /// The last day of the permit: its validity in years or the passport's expiry, whichever
    /// is first (no date without a passport expiry).
    pub valid_until: Dated<u32>,
    /// The first day an application for citizenship is possible: the rule's years after issue.
    pub citizenship_from: Dated<u32>,
    /// The state fees in force, in tenge at the MCI of the application's year.
    pub fees: Vec<Fee>,
    /// The checklist, in order, adapted to the applicant.
    pub documents: Vec<DocumentAnswer>,
    /// The steps of the procedure, in order, each with the documents to bring.
    pub steps: Vec<StepAnswer>,
    /// Remarks for the page: old dates, the MCI assumed, the 2026 pilot, citizenship tests.
    pub notices: Vec<Notice>,
    /// The sources of every rule above, each once.
    pub sources: Vec<&'static Source>,
}

/// A date and the rule it comes from (`{ date, rule: { from, value, source, ... } }`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Dated<T: 'static> {
    /// The date (`null` while the request lacks what it follows from).
    pub date: Option<Day>,
    /// The rule: its number, source and effective day.
    pub rule: &'static Entry<T>,
}

/// The solvency comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Solvency {
    /// Whether the applicant needs no proof of solvency (kandas, former compatriots).
    pub exempt: bool,
    /// The amount all applicants together must show, in tenge.
    pub required_kzt: f64,
    /// Monthly calculation indices per applicant.
    pub mci_multiple: u32,
    /// The monthly calculation index used, in tenge.
    pub mci: u32,
    /// The year of that index.
    pub mci_year: i32,
    /// The applicants showing the amount.
    pub applicants: u32,
    /// The age from which an applicant shows it.
    pub from_age: u32,
    /// The savings as given and in tenge (`null` when exempt).
    pub amount: Option<Converted>,
    /// Whether the savings meet the amount (`null` when exempt or a rate is missing).
    pub met: Option<bool>,
    /// What is missing, in tenge, rounded up to the tenge (`null` unless below).
    pub shortfall_kzt: Option<f64>,
    /// Key of the source of the multiple.
    pub source: Text,
    /// Since when the multiple holds.
    pub effective: Day,
    /// Key of the source of the MCI.
    pub mci_source: Text,
}

/// The investment threshold, and the investment against it on the investment ground.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Investment {
    /// Whether the ground applied on needs it.
    pub applies: bool,
    /// The investment as given and in tenge (`null` off the investment ground).
    pub amount: Option<Converted>,
    /// Tenge for one US dollar, when the investment is not in dollars.
    pub usd_rate: Option<f64>,
    /// The investment in US dollars (`null` when a rate is missing).
    pub amount_usd: Option<f64>,
    /// The threshold; the investment must be above it.
    pub threshold_usd: f64,
    /// Whether it is above (`null` off the ground or when a rate is missing).
    pub met: Option<bool>,
    /// Key of the source.
    pub source: Text,
    /// Since when.
    pub effective: Day,
}

/// A refusal reason that applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Risk {
    /// Which reason.
    pub code: RiskCode,
    /// A reminder for everyone rather than a finding about this applicant.
    pub general: bool,
    /// Key of the source.
    pub source: Text,
    /// Since when.
    pub effective: Day,
    /// For `PAST_OVERSTAY`: the runs of days over a stay limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub violations: Option<Vec<Violation>>,
}

/// A state fee, in tenge at the MCI of the application's year.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Fee {
    /// What it is paid for (`permit-to-reside`, `residence-permit-card`).
    pub id: Text,
    /// The fee in monthly calculation indices.
    pub mci_multiple: f64,
    /// The fee in tenge, rounded to the tenge.
    pub kzt: f64,
    /// The year of the MCI used.
    pub mci_year: i32,
    /// Key of the source.
    pub source: Text,
    /// Since when.
    pub effective: Day,
    /// Whether the rate is not confirmed for that day.
    pub unconfirmed: bool,
}

/// One document of the checklist, adapted to the applicant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DocumentAnswer {
    /// Stable id the page has words for.
    pub id: Text,
    /// Whether this applicant needs it.
    pub required: bool,
    /// A circumstance only the visitor knows that the need depends on (`children-14-18`).
    pub circumstance: Option<Text>,
    /// The most days before the application the document may be issued, if limited.
    pub max_age_days: Option<i32>,
    /// The earliest issue date accepted for this application, if limited.
    pub issued_from: Option<Day>,
    /// The days it stays valid once issued, if limited.
    pub valid_days: Option<i32>,
    /// Key of the source.
    pub source: Text,
    /// Since when.
    pub effective: Day,
    /// Whether that day is unconfirmed.
    pub unconfirmed: bool,
}

/// One step of the procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct StepAnswer {
    /// Stable id (`permit-to-reside`, `residence-permit`).
    pub id: Text,
    /// Who decides or runs it (`migration-police`, `migration-service`).
    pub authority: Text,
    /// Ids of the documents this applicant brings.
    pub documents: Vec<Text>,
    /// A step the applicant may take, not one they must.
    pub optional: bool,
    /// The longest it lasts or covers, in days, if limited.
    pub max_days: Option<i32>,
    /// Key of the source.
    pub source: Text,
    /// Since when.
    pub effective: Day,
    /// The last day the step is part of the procedure, if dated (the 2026 pilot).
    pub until: Option<Day>,
}
