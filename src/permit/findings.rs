//! The verdict on an application and what it rests on: the requirements not met (each with
//! the numbers behind it), the questions still open, and the caveats for one who can apply.

use serde::Serialize;

use crate::date::Day;
use crate::input::CurrencyCode;

/// The verdict on an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Verdict {
    /// Every requirement the calculator can check is met.
    Eligible,
    /// At least one requirement is not met.
    Blocked,
    /// Nothing blocks so far, but a question is unanswered or a rate is missing; or the
    /// ground or the passport's expiry, which every verdict rests on, is not given yet.
    Incomplete,
}

/// A requirement the applicant does not meet. Serialized as `{ code, ...numbers }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE", rename_all_fields = "camelCase")]
pub enum Blocker {
    /// The applicant has a criminal record.
    CriminalRecord,
    /// The applicant has debts.
    Debts,
    /// The savings, in tenge, are below the solvency amount.
    SolvencyBelow {
        /// The savings in tenge.
        amount_kzt: f64,
        /// The amount required of all applicants together, in tenge.
        required_kzt: f64,
        /// What is missing, in tenge, rounded up to the tenge.
        shortfall_kzt: f64,
        /// The monthly calculation index used, in tenge.
        mci: u32,
        /// The year of that index.
        mci_year: i32,
        /// The applicants showing the amount.
        applicants: u32,
    },
    /// On the investment ground, the investment does not exceed the threshold.
    InvestmentNotAboveThreshold {
        /// The investment in US dollars.
        amount_usd: f64,
        /// The threshold in US dollars; the investment must be above it.
        threshold_usd: f64,
        /// The threshold less the investment, in US dollars (the investment must then be
        /// more than this much larger).
        shortfall_usd: f64,
        /// The same in tenge, when the dollar's rate is known, rounded up to the tenge.
        shortfall_kzt: Option<f64>,
    },
    /// The application date is after the last one the passport allows.
    PassportTooShort {
        /// The application date.
        application_date: Day,
        /// The last application date the passport allows.
        apply_by: Day,
        /// The passport's expiry.
        passport_expiry: Day,
        /// The passport must be valid more than this many days on the application date.
        margin_days: i32,
    },
}

/// Something the calculator needs before it can give a verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Missing {
    /// A question left unanswered.
    AnswerMissing {
        /// The request field.
        field: Question,
    },
    /// An amount cannot be compared because its currency has no rate.
    RateMissing {
        /// The currency without a rate.
        currency: CurrencyCode,
        /// The value needing it.
        field: AmountField,
    },
}

/// A caveat for an applicant who can apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "SCREAMING_SNAKE_CASE", rename_all_fields = "camelCase")]
pub enum Caveat {
    /// The passport expires before the permit's full validity: renew both.
    PassportExpiresBeforePermit {
        /// The passport's expiry, which ends the permit.
        passport_expiry: Day,
        /// The day the permit would last to with a longer passport.
        full_validity_until: Day,
    },
    /// The last day to apply is close.
    ApplyBySoon {
        /// The last application date the passport allows.
        apply_by: Day,
        /// Days from the application date to it.
        days: i32,
    },
}

/// A question of the permit request that a verdict needs answered, named by its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Question {
    /// The ground of the application.
    Ground,
    /// The passport's expiry.
    PassportExpiry,
    /// Whether the applicant has a criminal record.
    CriminalRecord,
    /// Whether the applicant has debts.
    Debts,
    /// Whether the applicant has official income.
    OfficialIncome,
}

/// An amount of the permit request whose currency needs a rate, named by its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum AmountField {
    /// The savings.
    #[serde(rename = "savings.currency")]
    Savings,
    /// The investment.
    #[serde(rename = "investment.currency")]
    Investment,
}
