//! The permit request, as `KzResidence.permit` receives it.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

use crate::date::Day;
use crate::input::{Amount, Applicants, CurrencyCode, Rate};
use crate::rules::{Ground, Housing};
use crate::stay::StayRequest;

/// Everything the permit calculator is asked about one applicant. Only the application date
/// and the yes/no questions must be present; a question may be unanswered (`null`) and a
/// ground or passport expiry not given yet: the answer then asks for them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(rename_all = "camelCase")]
pub struct PermitRequest {
    /// The ground the permit is asked for on.
    #[serde(default)]
    pub ground: Option<Ground>,
    /// The day of the application; it picks the rules in force (`KzResidence.permit` gives
    /// today when it is left out).
    pub application_date: Day,
    /// The last day the national passport is valid.
    #[serde(default)]
    pub passport_expiry: Option<Day>,
    /// The day the permit would be issued; the application date when absent.
    #[serde(default)]
    pub issue_date: Option<Day>,
    /// The money invested in the economy (the investment ground).
    #[serde(default)]
    pub investment: Option<Money>,
    /// The money on the applicant's account (solvency).
    #[serde(default)]
    pub savings: Option<Money>,
    /// Exchange rates as Kazakh banks quote them: tenge for one unit (`{ "EUR": 560 }`).
    /// Nothing is ever fetched.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub rates: BTreeMap<CurrencyCode, Rate>,
    /// Whether the applicant has a criminal record; `null` while unanswered.
    #[serde(deserialize_with = "answer")]
    #[cfg_attr(feature = "ts", ts(optional = false))]
    pub criminal_record: Option<bool>,
    /// Whether the applicant has debts; `null` while unanswered.
    #[serde(deserialize_with = "answer")]
    #[cfg_attr(feature = "ts", ts(optional = false))]
    pub debts: Option<bool>,
    /// Whether the applicant has an official source of income; `null` while unanswered.
    #[serde(deserialize_with = "answer")]
    #[cfg_attr(feature = "ts", ts(optional = false))]
    pub official_income: Option<bool>,
    /// Whether the applicant is an ethnic Kazakh returning (kandas).
    pub kandas: bool,
    /// Whether the applicant was born in, or was a citizen of, the Kazakh SSR or Kazakhstan.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub former_compatriot: bool,
    /// People old enough to show the solvency amount applying together (default 1).
    #[serde(default)]
    pub applicants: Option<Applicants>,
    /// How the place of residence is proved.
    pub housing: Housing,
    /// Whether a person or company has agreed to provide housing (then no money for housing is needed).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub housing_agreement: bool,
    /// The applicant's stays in Kazakhstan, judged on their own control date (normally the
    /// application date): their violations are a refusal risk.
    #[serde(default)]
    pub stay: Option<StayRequest>,
}

/// An amount of money in a currency.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Money {
    /// The amount; finite and not negative.
    pub amount: Amount,
    /// ISO 4217 code, such as `KZT`, `USD` or `EUR` (any case).
    pub currency: CurrencyCode,
}

/// A yes/no question that must be present in the request but may be unanswered (`null`).
fn answer<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    Option::<bool>::deserialize(d)
}
