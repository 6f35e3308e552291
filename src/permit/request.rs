//! The permit request, as `KzResidence.permit` receives it.

use crate::rules::{Ground, Housing};
use crate::stay::StayRequest;
use crate::value::{from_value_struct, Map};

/// Everything the permit calculator is asked about one applicant.
#[derive(Debug, Clone, PartialEq)]
pub struct PermitRequest {
    /// The ground the permit is asked for on.
    pub ground: Ground,
    /// The day of the application, `YYYY-MM-DD`; it picks the profile version.
    pub application_date: String,
    /// The last day the national passport is valid, `YYYY-MM-DD`.
    pub passport_expiry: String,
    /// The day the permit would be issued, `YYYY-MM-DD`; the application date when absent.
    pub issue_date: Option<String>,
    /// The money invested in the economy (the investment ground).
    pub investment: Option<Money>,
    /// The money on the applicant's account (solvency).
    pub savings: Option<Money>,
    /// Exchange rates, currency code to US dollars per unit; nothing is ever fetched.
    pub rates: Option<Map<f64>>,
    /// Whether the applicant has a criminal record.
    pub criminal_record: bool,
    /// Whether the applicant has debts.
    pub debts: bool,
    /// Whether the applicant has an official source of income.
    pub official_income: bool,
    /// Whether the applicant is an ethnic Kazakh living abroad (kandas).
    pub kandas: bool,
    /// How the place of residence is proved.
    pub housing: Housing,
    /// The applicant's stays in Kazakhstan, whose violations are a refusal risk.
    pub stay: Option<StayRequest>,
}

/// An amount of money in a currency.
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    /// The amount; finite and not negative.
    pub amount: f64,
    /// ISO 4217 code, such as `USD` or `EUR` (any case).
    pub currency: String,
}

from_value_struct!(PermitRequest {
    ground: "ground",
    application_date: "applicationDate",
    passport_expiry: "passportExpiry",
    issue_date: "issueDate",
    investment: "investment",
    savings: "savings",
    rates: "rates",
    criminal_record: "criminalRecord",
    debts: "debts",
    official_income: "officialIncome",
    kandas: "kandas",
    housing: "housing",
    stay: "stay",
});
from_value_struct!(Money { amount: "amount", currency: "currency" });
