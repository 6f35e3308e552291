//! The residence-permit rules of a profile: grounds, money, the passport margin, validity,
//! fees, the checklist and the steps, each rule its own timeline.

use serde::Serialize;

use crate::rules::merge::section;
use crate::rules::{List, Named, Text, Timeline};

section! {
    /// The residence-permit rules.
    pub struct PermitRules / PermitPatch {
        /// The grounds a permit may be asked for on.
        grounds: Timeline<List<Ground>>,
        /// The investment the investment ground needs, in US dollars; it must be exceeded.
        investment_threshold_usd: Timeline<f64>,
        /// The money each applicant aged 16 or over must show, in monthly calculation indices.
        solvency_mci: Timeline<u32>,
        /// The age from which an applicant shows the solvency amount.
        solvency_from_age: Timeline<u32>,
        /// The monthly calculation index in tenge, as each year's budget law sets it.
        mci: Timeline<u32>,
        /// Who needs no proof of solvency.
        solvency_exempt: Timeline<List<Exemption>>,
        /// Housing the applicant must be able to buy without a housing agreement, per family member.
        housing_m2_per_person: Timeline<u32>,
        /// The passport must be valid more than this many days on the day of application.
        passport_margin_days: Timeline<i32>,
        /// Years a permit is valid (unless the passport expires first).
        validity_years: Timeline<u32>,
        /// Years after the permit's issue an application for citizenship is possible.
        citizenship_years: Timeline<u32>,
        /// The tests an applicant for citizenship takes.
        citizenship_tests: Timeline<List<Text>>,
        /// The state fees, in monthly calculation indices, by what they are paid for.
        fees: Named<f64>,
        /// An apply-by date this close to the application is flagged (the calculator's advice).
        apply_by_soon_days: Timeline<i32>,
        /// The 2026 permanent-residence pilot: language test and points questionnaire first.
        pilot: Timeline<Pilot>,
        /// What a single report says of the pilot and no official source confirms.
        pilot_report: Timeline<PilotReport>,
        /// The checklist, in order.
        documents: Named<Document>,
        /// The steps, in order.
        steps: Named<Step>,
        /// The reasons a permit may be refused.
        refusal_reasons: Named<Refusal, RiskCode>,
    }
}

/// A ground on which a residence permit may be asked for.
/// (Also a value of requests, so read in the browser too.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Ground {
    /// An investment in the economy above the threshold.
    Investment,
    /// Starting a business.
    Business,
    /// Official employment.
    Employment,
    /// Marriage to a citizen.
    Marriage,
    /// Study.
    Study,
    /// Moving to relatives.
    Relatives,
    /// Asylum.
    Asylum,
}

/// How the applicant proves the place of residence.
/// (Also a value of requests, so read in the browser too.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Housing {
    /// A rented home: rental agreement and the owner's notarised consent.
    Rent,
    /// The applicant's own home.
    Own,
    /// A home whose owner comes along to confirm consent in person.
    OwnerConfirmsInPerson,
}

/// Applicants a rule exempts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "kebab-case")]
pub enum Exemption {
    /// Ethnic Kazakhs returning (kandas).
    Kandas,
    /// Born in, or once citizens of, the Kazakh SSR or Kazakhstan.
    FormerCompatriot,
}

/// The reasons a permit may be refused, by the code the answer reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RiskCode {
    /// The data given must be reliable.
    ReliableData,
    /// No official source of income.
    NoOfficialIncome,
    /// Past violations of the stay rules.
    PastOverstay,
    /// Problems with Kazakh law.
    LawCompliance,
}

/// When a document of the checklist is needed; every condition given must hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Condition {
    /// Needed only when the applicant's kandas status equals this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kandas: Option<bool>,
    /// Needed only when the applicant's solvency exemption equals this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solvency_exempt: Option<bool>,
    /// Needed only for these ways of proving the place of residence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housing: Option<List<Housing>>,
    /// Needed only when a housing agreement exists (or not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housing_agreement: Option<bool>,
    /// Needed only on these grounds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<List<Ground>>,
    /// A circumstance only the visitor knows (`children-14-18`): listed as needed, named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub circumstance: Option<Text>,
}

/// A document of the checklist.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Document {
    /// When it is needed; always when empty.
    #[serde(default)]
    pub when: Condition,
    /// The most days before the application it may be issued, if limited.
    #[serde(default)]
    pub max_age_days: Option<i32>,
    /// The days it stays valid once issued, if limited.
    #[serde(default)]
    pub valid_days: Option<i32>,
}

/// A step of the procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    /// Who decides or runs it (`migration-police`).
    pub authority: Text,
    /// Ids of the checklist's documents to bring.
    #[serde(default)]
    pub documents: List<Text>,
    /// A step the applicant may take, not one they must.
    #[serde(default)]
    pub optional: bool,
    /// The longest it lasts or covers, in days, if limited.
    #[serde(default)]
    pub max_days: Option<i32>,
}

/// A reason a permit may be refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Refusal {
    /// A reminder for everyone rather than a finding about this applicant.
    pub general: bool,
}

/// The 2026 pilot's requirements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pilot {
    /// The Kazakh language level tested (`A1`).
    pub language_level: Text,
    /// The least share of each part of the test, in per cent.
    pub min_percent: u32,
    /// The least score of the points questionnaire.
    pub min_points: u32,
    /// Where the questionnaire is filled in.
    pub portal: Text,
    /// The longest the checks and interview take, in days.
    pub max_days: i32,
}

/// What one report says of the pilot, against the official order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PilotReport {
    /// The language level it reports.
    pub language_level: Text,
    /// The number of regions it reports the pilot in.
    pub regions: u32,
}
