//! Amounts of money in any currency, compared in US dollars.
//!
//! The visitor or the embedder supplies the rates (US dollars per unit); nothing is
//! fetched. A currency without a rate is not an error: the comparison it was needed for
//! becomes a `RATE_MISSING` blocker, so the page can ask for the rate.

use std::collections::BTreeMap;

use crate::error::{Code, Error};
use crate::permit::Money;
use crate::rules::is_currency;

/// The currency the rates are quoted in; it needs no rate.
const BASE: &str = "USD";

/// Checked exchange rates: upper-case currency code to US dollars per unit.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rates(BTreeMap<String, f64>);

impl Rates {
    /// Checks the request's rates: currency codes as keys, finite positive numbers as values.
    /// Errors name the rate, `rates.EUR`.
    pub fn checked(rates: Option<&BTreeMap<String, f64>>) -> Result<Rates, Error> {
        let mut out = BTreeMap::new();
        for (code, &rate) in rates.into_iter().flatten() {
            if !is_currency(code) || !rate.is_finite() || rate <= 0.0 {
                return Err(Error::new(Code::InvalidInput, format!("rates.{code}")));
            }
            out.insert(code.to_ascii_uppercase(), rate);
        }
        Ok(Rates(out))
    }

    /// The amount in US dollars, or the upper-case currency that has no rate.
    pub fn to_usd(&self, amount: f64, currency: &str) -> Result<f64, String> {
        let code = currency.to_ascii_uppercase();
        if code == BASE {
            return Ok(amount);
        }
        self.0.get(&code).map(|rate| amount * rate).ok_or(code)
    }
}

/// Checks an amount of the request: finite, not negative, with a currency code.
/// `field` is its path (`savings`); errors name `savings.amount` or `savings.currency`.
pub fn check(money: &Money, field: &str) -> Result<(), Error> {
    if !money.amount.is_finite() || money.amount < 0.0 {
        return Err(Error::new(Code::InvalidInput, format!("{field}.amount")));
    }
    if !is_currency(&money.currency) {
        return Err(Error::new(Code::InvalidInput, format!("{field}.currency")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rates(pairs: &[(&str, f64)]) -> Result<Rates, Error> {
        let map: BTreeMap<String, f64> = pairs.iter().map(|&(k, v)| (k.to_string(), v)).collect();
        Rates::checked(Some(&map))
    }

    #[test]
    fn dollars_need_no_rate() {
        assert_eq!(Rates::default().to_usd(9725.0, "usd"), Ok(9725.0));
    }

    #[test]
    fn other_currencies_are_converted_with_the_given_rate_in_any_case() {
        let r = rates(&[("eur", 1.25)]).unwrap();
        assert_eq!(r.to_usd(100.0, "EUR"), Ok(125.0));
    }

    #[test]
    fn a_currency_without_a_rate_is_named() {
        assert_eq!(Rates::default().to_usd(1.0, "kzt"), Err(String::from("KZT")));
    }

    #[test]
    fn rates_must_be_finite_and_positive() {
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(rates(&[("EUR", bad)]).unwrap_err().field, "rates.EUR");
        }
        assert_eq!(rates(&[("euro", 1.0)]).unwrap_err().field, "rates.euro");
    }

    #[test]
    fn amounts_must_be_finite_and_not_negative() {
        for bad in [-0.01, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let e = check(&Money { amount: bad, currency: "USD".into() }, "savings").unwrap_err();
            assert_eq!((e.code, e.field.as_str()), (Code::InvalidInput, "savings.amount"));
        }
        let e = check(&Money { amount: 1.0, currency: "$".into() }, "investment").unwrap_err();
        assert_eq!(e.field, "investment.currency");
    }
}
