//! The permit answer, as `KzResidence.permit` returns it: dates as `YYYY-MM-DD`, absent
//! answers as `null`, every finding a stable code with the numbers behind it.

use serde::Serialize;

use crate::rules::Notice;
use crate::stay::Violation;

/// What the calculator says about one application.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PermitAnswer {
    /// True only when there is no blocker.
    pub eligible: bool,
    /// Requirements not met, each with the numbers behind it.
    pub blockers: Vec<Blocker>,
    /// Refusal reasons that apply, and the general reminders.
    pub risks: Vec<Risk>,
    /// The application date used.
    pub application_date: String,
    /// The issue date used (the application date unless given).
    pub issue_date: String,
    /// The last application date the passport allows.
    pub apply_by: String,
    /// The last day of the permit: its validity or the passport's expiry, whichever is first.
    pub valid_until: String,
    /// The first day an application for citizenship is possible.
    pub citizenship_from: String,
    /// The checklist, in order, adapted to the applicant.
    pub documents: Vec<DocumentAnswer>,
    /// The steps of the procedure, in order, each with the documents to bring.
    pub steps: Vec<StepAnswer>,
    /// Remarks for the page, such as an application date before the profile.
    pub notices: Vec<Notice>,
}

/// A requirement the applicant does not meet.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE", rename_all_fields = "camelCase")]
pub enum Blocker {
    /// The applicant has a criminal record.
    CriminalRecord,
    /// The applicant has debts.
    Debts,
    /// The savings, in US dollars, are below the solvency amount.
    SolvencyBelow {
        /// The savings in US dollars.
        amount_usd: f64,
        /// The solvency amount in US dollars.
        required_usd: f64,
    },
    /// On the investment ground, the investment does not exceed the threshold.
    InvestmentNotAboveThreshold {
        /// The investment in US dollars.
        amount_usd: f64,
        /// The threshold in US dollars; the investment must be above it.
        threshold_usd: f64,
    },
    /// The application date is after the last one the passport allows.
    PassportTooShort {
        /// The application date.
        application_date: String,
        /// The last application date the passport allows.
        apply_by: String,
        /// The passport's expiry.
        passport_expiry: String,
        /// Days the passport must stay valid after the application.
        margin_days: u32,
    },
    /// An amount cannot be compared because its currency has no rate.
    RateMissing {
        /// The currency without a rate, upper case.
        currency: String,
        /// The value needing it (`savings.currency`, `profile.solvency.currency`).
        field: String,
    },
}

/// A refusal reason that applies, from the profile's `refusalReasons`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// Stable code (`NO_OFFICIAL_INCOME`, `PAST_OVERSTAY`, `RELIABLE_DATA`, `LAW_COMPLIANCE`).
    pub code: String,
    /// A reminder for everyone rather than a finding about this applicant.
    pub general: bool,
    /// Key into the profile's `sources`.
    pub source: String,
    /// Date the rule took effect.
    pub effective: String,
    /// For `PAST_OVERSTAY`: the runs of days over a stay limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub violations: Option<Vec<Violation>>,
}

/// One document of the checklist, adapted to the applicant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentAnswer {
    /// Stable id the page has a sentence for.
    pub id: String,
    /// Whether this applicant needs it (no criminal-record certificate for kandas; housing
    /// proof by variant).
    pub required: bool,
    /// A circumstance only the visitor knows that the need depends on (`children-14-18`).
    pub circumstance: Option<String>,
    /// The most days before the application the document may be issued, if limited.
    pub max_age_days: Option<u32>,
    /// The earliest issue date accepted for this application, if limited.
    pub issued_from: Option<String>,
    /// Key into the profile's `sources`.
    pub source: String,
    /// Date the rule took effect.
    pub effective: String,
}

/// One step of the procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepAnswer {
    /// Stable id (`permit-to-reside`, `residence-permit`).
    pub id: String,
    /// Who decides (`migration-police`, `migration-service`).
    pub authority: String,
    /// Ids of the documents this applicant brings.
    pub documents: Vec<String>,
    /// Key into the profile's `sources`.
    pub source: String,
    /// Date the rule took effect.
    pub effective: String,
}
