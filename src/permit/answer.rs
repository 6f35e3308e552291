//! The permit answer, as `KzResidence.permit` returns it: dates as `YYYY-MM-DD`, absent
//! answers as `null`, every finding a stable code with the numbers behind it.

use crate::rules::Notice;
use crate::stay::Violation;
use crate::value::{to_value_struct, ToValue, Value};

/// What the calculator says about one application.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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
    pub violations: Option<Vec<Violation>>,
}

/// One document of the checklist, adapted to the applicant.
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
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

to_value_struct!(PermitAnswer {
    eligible: "eligible",
    blockers: "blockers",
    risks: "risks",
    application_date: "applicationDate",
    issue_date: "issueDate",
    apply_by: "applyBy",
    valid_until: "validUntil",
    citizenship_from: "citizenshipFrom",
    documents: "documents",
    steps: "steps",
    notices: "notices",
});
to_value_struct!(Risk { code: "code", general: "general", source: "source", effective: "effective", violations: "violations" omit_null });
to_value_struct!(DocumentAnswer {
    id: "id",
    required: "required",
    circumstance: "circumstance",
    max_age_days: "maxAgeDays",
    issued_from: "issuedFrom",
    source: "source",
    effective: "effective",
});
to_value_struct!(StepAnswer { id: "id", authority: "authority", documents: "documents", source: "source", effective: "effective" });

impl Blocker {
    /// The stable code of the blocker, the `code` key of its object.
    pub fn code(&self) -> &'static str {
        match self {
            Blocker::CriminalRecord => "CRIMINAL_RECORD",
            Blocker::Debts => "DEBTS",
            Blocker::SolvencyBelow { .. } => "SOLVENCY_BELOW",
            Blocker::InvestmentNotAboveThreshold { .. } => "INVESTMENT_NOT_ABOVE_THRESHOLD",
            Blocker::PassportTooShort { .. } => "PASSPORT_TOO_SHORT",
            Blocker::RateMissing { .. } => "RATE_MISSING",
        }
    }
}

/// `{ code, ...numbers }`: the code first, then the variant's own fields.
impl ToValue for Blocker {
    fn to_value(&self) -> Value {
        let mut fields = vec![(String::from("code"), self.code().to_value())];
        let mut put = |key: &str, value: Value| fields.push((String::from(key), value));
        match self {
            Blocker::CriminalRecord | Blocker::Debts => {}
            Blocker::SolvencyBelow { amount_usd, required_usd } => {
                put("amountUsd", amount_usd.to_value());
                put("requiredUsd", required_usd.to_value());
            }
            Blocker::InvestmentNotAboveThreshold { amount_usd, threshold_usd } => {
                put("amountUsd", amount_usd.to_value());
                put("thresholdUsd", threshold_usd.to_value());
            }
            Blocker::PassportTooShort { application_date, apply_by, passport_expiry, margin_days } => {
                put("applicationDate", application_date.to_value());
                put("applyBy", apply_by.to_value());
                put("passportExpiry", passport_expiry.to_value());
                put("marginDays", margin_days.to_value());
            }
            Blocker::RateMissing { currency, field } => {
                put("currency", currency.to_value());
                put("field", field.to_value());
            }
        }
        Value::Object(fields)
    }
}
