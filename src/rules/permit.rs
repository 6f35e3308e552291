//! The residence-permit rules of a profile: grounds, money, the passport margin, validity,
//! the checklist and the steps, each rule its own timeline.

use serde::{Deserialize, Serialize};

use crate::rules::merge::{section, Named};
use crate::rules::Timeline;

section! {
    /// The residence-permit rules.
    pub struct PermitRules / PermitPatch {
        /// The grounds a permit may be asked for on.
        grounds: Timeline<Vec<Ground>>,
        /// The investment the investment ground needs, in US dollars; it must be exceeded.
        investment_threshold_usd: Timeline<f64>,
        /// The money each applicant aged 16 or over must show, in monthly calculation indices.
        solvency_mci: Timeline<u32>,
        /// The monthly calculation index in tenge, as each year's budget law sets it.
        mci: Timeline<u32>,
        /// Who needs no proof of solvency.
        solvency_exempt: Timeline<Vec<Exemption>>,
        /// Housing the applicant must be able to buy without a housing agreement, per family member.
        housing_m2_per_person: Timeline<u32>,
        /// The passport must be valid more than this many days on the day of application.
        passport_margin_days: Timeline<i32>,
        /// Years a permit is valid (unless the passport expires first).
        validity_years: Timeline<u32>,
        /// Years after the permit's issue an application for citizenship is possible.
        citizenship_years: Timeline<u32>,
        /// The tests an applicant for citizenship takes.
        citizenship_tests: Timeline<Vec<String>>,
        /// An apply-by date this close to the application is flagged (the calculator's advice).
        apply_by_soon_days: Timeline<i32>,
        /// The 2026 permanent-residence pilot: language test and points questionnaire first.
        pilot: Timeline<Pilot>,
        /// The checklist, in order.
        documents: Named<Document>,
        /// The steps, in order.
        steps: Named<Step>,
        /// The reasons a permit may be refused, by code.
        refusal_reasons: Named<Refusal>,
    }
}

/// A ground on which a residence permit may be asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exemption {
    /// Ethnic Kazakhs returning (kandas).
    Kandas,
    /// Born in, or once citizens of, the Kazakh SSR or Kazakhstan.
    FormerCompatriot,
}

/// When a document of the checklist is needed; every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
    pub housing: Option<Vec<Housing>>,
    /// Needed only when a housing agreement exists (or not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housing_agreement: Option<bool>,
    /// Needed only on these grounds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<Vec<Ground>>,
    /// A circumstance only the visitor knows (`children-14-18`): listed as needed, named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub circumstance: Option<String>,
}

/// A document of the checklist.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Document {
    /// When it is needed; always when empty.
    #[serde(default)]
    pub when: Condition,
    /// The most days before the application it may be issued, if limited.
    #[serde(default)]
    pub max_age_days: Option<i32>,
}

/// A step of the procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    /// Who decides or runs it (`migration-police`).
    pub authority: String,
    /// Ids of the checklist's documents to bring.
    #[serde(default)]
    pub documents: Vec<String>,
}

/// A reason a permit may be refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Refusal {
    /// A reminder for everyone rather than a finding about this applicant.
    pub general: bool,
}

/// The 2026 pilot's requirements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pilot {
    /// The Kazakh language level tested (`A1`).
    pub language_level: String,
    /// The least share of each part of the test, in per cent.
    pub min_percent: u32,
    /// The least score of the points questionnaire.
    pub min_points: u32,
    /// Where the questionnaire is filled in.
    pub portal: String,
    /// The longest the checks and interview take, in days.
    pub max_days: i32,
}
