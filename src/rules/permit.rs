//! The residence-permit rules of a profile version: grounds, money thresholds, the
//! checklist of documents, the steps and the refusal reasons, each with its source and date.
//!
//! They sit directly in a version (`solvency`, `documents`, ...) so an embedder's override
//! such as `{ solvency: { amount: 20000 } }` reaches every version, and a bad value is
//! reported as `profile.solvency.amount`.

use crate::error::{Code, Error};
use crate::rules::profile::PROFILE;
use crate::rules::{Profile, Version};
use crate::value::{from_value_struct, value_enum, Path};

/// Upper bound for any number of days in the permit rules: a sanity bound of the checks
/// (ten years), not a rule of law.
const SANE_DAYS: u32 = 3660;
/// Upper bound for any number of years in the permit rules: a sanity bound, not a rule.
const SANE_YEARS: u32 = 100;

/// A ground on which a residence permit may be asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ground {
    /// An investment in the economy above the profile's threshold.
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

value_enum!(Ground {
    Investment = "investment",
    Business = "business",
    Employment = "employment",
    Marriage = "marriage",
    Study = "study",
    Relatives = "relatives",
    Asylum = "asylum",
});

/// How the applicant proves the place of residence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Housing {
    /// A rented home: rental agreement and the owner's notarised consent.
    Rent,
    /// The applicant's own home.
    Own,
    /// A home whose owner comes along to confirm consent in person.
    OwnerConfirmsInPerson,
}

value_enum!(Housing { Rent = "rent", Own = "own", OwnerConfirmsInPerson = "owner-confirms-in-person" });

/// An amount of money with its currency, as a rule (`solvency`, `investmentThreshold`).
#[derive(Debug, Clone, PartialEq)]
pub struct MoneyRule {
    /// The amount, in `currency`.
    pub amount: f64,
    /// ISO 4217 code, such as `USD`.
    pub currency: String,
    /// Key into the profile's `sources`.
    pub source: String,
    /// Date the rule took effect, `YYYY-MM-DD`.
    pub effective: String,
}

/// When a document of the checklist is needed; every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Condition {
    /// Needed only when the applicant's kandas status equals this (`false`: not for kandas).
    pub kandas: Option<bool>,
    /// Needed only for these ways of proving the place of residence.
    pub housing: Option<Vec<Housing>>,
    /// A circumstance only the visitor knows (`children-14-18`): the document is listed as
    /// needed and the answer names the circumstance.
    pub circumstance: Option<String>,
}

/// One document of the checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRule {
    /// Stable id the page has a sentence for (`criminal-record-certificate`).
    pub id: String,
    /// When it is needed; always when empty.
    pub when: Condition,
    /// The most days before the application the document may be issued, if limited.
    pub max_age_days: Option<u32>,
    /// Key into the profile's `sources`.
    pub source: String,
    /// Date the rule took effect, `YYYY-MM-DD`.
    pub effective: String,
}

/// One step of the procedure: where to go and which documents to bring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRule {
    /// Stable id (`permit-to-reside`).
    pub id: String,
    /// Who decides (`migration-police`).
    pub authority: String,
    /// Ids of the documents of the checklist to bring.
    pub documents: Vec<String>,
    /// Key into the profile's `sources`.
    pub source: String,
    /// Date the rule took effect, `YYYY-MM-DD`.
    pub effective: String,
}

/// A reason a permit may be refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusalReason {
    /// Stable code (`NO_OFFICIAL_INCOME`, `PAST_OVERSTAY`, `RELIABLE_DATA`, ...).
    pub code: String,
    /// A reminder for everyone rather than a finding about this applicant.
    pub general: bool,
    /// Key into the profile's `sources`.
    pub source: String,
    /// Date the rule took effect, `YYYY-MM-DD`.
    pub effective: String,
}

from_value_struct!(MoneyRule { amount: "amount", currency: "currency", source: "source", effective: "effective" });
from_value_struct!(Condition { kandas: "kandas", housing: "housing", circumstance: "circumstance" });
from_value_struct!(DocumentRule {
    id: "id",
    when: "when" = Condition::default(),
    max_age_days: "maxAgeDays",
    source: "source",
    effective: "effective",
});
from_value_struct!(StepRule { id: "id", authority: "authority", documents: "documents", source: "source", effective: "effective" });
from_value_struct!(RefusalReason { code: "code", general: "general" = false, source: "source", effective: "effective" });

/// Checks the permit rules of a version: known sources, valid dates, sane numbers, and
/// steps that name documents of the checklist. Errors name `profile.<path>`.
pub fn check(version: &Version, profile: &Profile) -> Result<(), Error> {
    let bad = |at: Path| Err(at.error(Code::InvalidProfile));
    let grounds = PROFILE.key("grounds");
    profile.check_rule(&version.grounds.source, &version.grounds.effective, &grounds)?;
    if version.grounds.value.is_empty() {
        return bad(grounds.key("value"));
    }
    for (name, money) in [("investmentThreshold", &version.investment_threshold), ("solvency", &version.solvency)] {
        let at = PROFILE.key(name);
        profile.check_rule(&money.source, &money.effective, &at)?;
        if !money.amount.is_finite() || money.amount < 0.0 {
            return bad(at.key("amount"));
        }
        if !is_currency(&money.currency) {
            return bad(at.key("currency"));
        }
    }
    let counts = [
        ("passportMarginDays", &version.passport_margin_days, 0, SANE_DAYS),
        ("validityYears", &version.validity_years, 1, SANE_YEARS),
        ("citizenshipYears", &version.citizenship_years, 0, SANE_YEARS),
    ];
    for (name, rule, low, high) in counts {
        let at = PROFILE.key(name);
        profile.check_rule(&rule.source, &rule.effective, &at)?;
        if !(low..=high).contains(&rule.value) {
            return bad(at.key("value"));
        }
    }
    let documents = PROFILE.key("documents");
    for (i, d) in version.documents.iter().enumerate() {
        let at = documents.index(i);
        profile.check_rule(&d.source, &d.effective, &at)?;
        if d.id.is_empty() || version.documents[..i].iter().any(|o| o.id == d.id) {
            return bad(at.key("id"));
        }
        if d.max_age_days.is_some_and(|n| n == 0 || n > SANE_DAYS) {
            return bad(at.key("maxAgeDays"));
        }
    }
    let steps = PROFILE.key("steps");
    for (i, s) in version.steps.iter().enumerate() {
        let at = steps.index(i);
        profile.check_rule(&s.source, &s.effective, &at)?;
        if let Some(j) = s.documents.iter().position(|id| !version.documents.iter().any(|d| &d.id == id)) {
            return bad(at.key("documents").index(j));
        }
    }
    let reasons = PROFILE.key("refusalReasons");
    for (i, r) in version.refusal_reasons.iter().enumerate() {
        profile.check_rule(&r.source, &r.effective, &reasons.index(i))?;
    }
    Ok(())
}

/// Whether a text is a currency code as the profile and requests spell it: three ASCII
/// letters (compared without regard to case).
pub fn is_currency(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic())
}
