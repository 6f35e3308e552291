//! Blockers: the requirements of the profile version an applicant does not meet.
//!
//! Money is compared in US dollars; a currency without a rate (the applicant's or the
//! profile's) makes the comparison impossible, so it becomes `RATE_MISSING` instead.

use crate::date;
use crate::permit::dates::{Dates, Derived};
use crate::permit::money::Rates;
use crate::permit::{Blocker, Money, PermitRequest};
use crate::rules::{Ground, MoneyRule, Version};

/// Every blocker for the request, in a stable order: record, debts, solvency, investment,
/// passport.
pub fn blockers(request: &PermitRequest, version: &Version, rates: &Rates, dates: &Dates, derived: &Derived) -> Vec<Blocker> {
    let mut out = Vec::new();
    if request.criminal_record {
        out.push(Blocker::CriminalRecord);
    }
    if request.debts {
        out.push(Blocker::Debts);
    }
    let savings = compare(request.savings.as_ref(), "savings.currency", &version.solvency, "profile.solvency.currency", rates);
    match savings {
        Ok((amount_usd, required_usd)) if amount_usd < required_usd => {
            out.push(Blocker::SolvencyBelow { amount_usd, required_usd });
        }
        Ok(_) => {}
        Err(missing) => out.extend(missing),
    }
    if request.ground == Ground::Investment {
        let investment = compare(
            request.investment.as_ref(),
            "investment.currency",
            &version.investment_threshold,
            "profile.investmentThreshold.currency",
            rates,
        );
        match investment {
            // The article asks for more than the threshold: an equal amount is not enough.
            Ok((amount_usd, threshold_usd)) if amount_usd <= threshold_usd => {
                out.push(Blocker::InvestmentNotAboveThreshold { amount_usd, threshold_usd });
            }
            Ok(_) => {}
            Err(missing) => out.extend(missing),
        }
    }
    if dates.application > derived.apply_by {
        out.push(Blocker::PassportTooShort {
            application_date: date::format(dates.application),
            apply_by: date::format(derived.apply_by),
            passport_expiry: date::format(dates.passport_expiry),
            margin_days: version.passport_margin_days.value,
        });
    }
    out
}

/// An amount of the request (none counts as zero) and a rule's amount, both in US dollars,
/// or a `RATE_MISSING` blocker for each currency that has no rate, naming the currency's
/// field (`savings.currency`, `profile.solvency.currency`).
fn compare(money: Option<&Money>, field: &str, rule: &MoneyRule, rule_field: &str, rates: &Rates) -> Result<(f64, f64), Vec<Blocker>> {
    let amount = money.map_or(Ok(0.0), |m| rates.to_usd(m.amount, &m.currency));
    let required = rates.to_usd(rule.amount, &rule.currency);
    match (amount, required) {
        (Ok(a), Ok(r)) => Ok((a, r)),
        (amount, required) => {
            let missing = |currency: String, at: String| Blocker::RateMissing { currency, field: at };
            let mut out = Vec::new();
            if let Err(c) = amount {
                out.push(missing(c, field.into()));
            }
            if let Err(c) = required {
                out.push(missing(c, rule_field.into()));
            }
            Err(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::permit::test_support::{profile, request};

    fn blockers_for(r: &PermitRequest) -> Vec<Blocker> {
        let p = profile();
        let version = p.version_on(0).0;
        let dates = Dates::parse(r).expect("dates");
        blockers(r, version, &Rates::default(), &dates, &dates.derive(version))
    }

    #[test]
    fn an_investment_equal_to_the_threshold_is_not_above_it() {
        let mut r = request();
        r.ground = Ground::Investment;
        r.investment = Some(Money { amount: 300_000.0, currency: "USD".into() });
        assert_eq!(blockers_for(&r), vec![Blocker::InvestmentNotAboveThreshold { amount_usd: 300_000.0, threshold_usd: 300_000.0 }]);
    }

    #[test]
    fn a_missing_rate_replaces_the_solvency_verdict() {
        let mut r = request();
        r.savings = Some(Money { amount: 1.0, currency: "eur".into() });
        assert_eq!(blockers_for(&r), vec![Blocker::RateMissing { currency: "EUR".into(), field: "savings.currency".into() }]);
    }

    #[test]
    fn applying_after_apply_by_is_too_late_for_the_passport() {
        let mut r = request();
        r.passport_expiry = "2024-08-27".into();
        assert!(matches!(blockers_for(&r).as_slice(), [Blocker::PassportTooShort { margin_days: 180, .. }]));
        r.passport_expiry = "2024-08-28".into();
        assert_eq!(blockers_for(&r), vec![]);
    }
}
