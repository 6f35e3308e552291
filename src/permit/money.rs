//! Amounts of money in any currency, compared in US dollars.
//!
//! The visitor or the embedder supplies the rates (US dollars per unit); nothing is
//! fetched. A currency without a rate is not an error: the comparison it was needed for
//! becomes a `RATE_MISSING` blocker, so the page can ask for the rate.

use crate::error::{Code, Error};
use crate::permit::Money;
use crate::rules::is_currency;
use crate::value::{Map, Path};

/// The currency the rates are quoted in; it needs no rate.
const BASE: &str = "USD";

/// Checked exchange rates: currency code (any case) to US dollars per unit.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rates(Vec<(String, f64)>);

impl Rates {
    /// Checks the request's rates: currency codes as keys, finite positive numbers as values.
    /// Errors name the rate, `rates.EUR`; of several bad ones, the first in key order.
    pub fn checked(rates: Option<&Map<f64>>) -> Result<Rates, Error> {
        let entries = rates.map_or(&[][..], |r| &r.0);
        let bad = |(code, rate): &&(String, f64)| !is_currency(code) || !rate.is_finite() || *rate <= 0.0;
        if let Some((code, _)) = entries.iter().filter(bad).min_by(|a, b| a.0.cmp(&b.0)) {
            return Err(Path::Key(&Path::Key(&Path::Root, "rates"), code).invalid());
        }
        Ok(Rates(entries.to_vec()))
    }

    /// The amount in US dollars, or the upper-case currency that has no rate.
    pub fn to_usd(&self, amount: f64, currency: &str) -> Result<f64, String> {
        let code = currency.to_ascii_uppercase();
        if code == BASE {
            return Ok(amount);
        }
        // Codes differing only in case (`EUR`, `eur`): the last in key order wins, as it did
        // when the rates were a sorted map keyed by the upper-case code.
        let rate = self.0.iter().filter(|(k, _)| k.eq_ignore_ascii_case(&code)).max_by(|a, b| a.0.cmp(&b.0));
        rate.map(|(_, rate)| amount * rate).ok_or(code)
    }
}

/// Checks an amount of the request: finite, not negative, with a currency code.
/// `field` is its path (`savings`); errors name `savings.amount` or `savings.currency`.
pub fn check(money: &Money, field: &str) -> Result<(), Error> {
    let at = Path::Key(&Path::Root, field);
    if !money.amount.is_finite() || money.amount < 0.0 {
        return Err(at.key("amount").error(Code::InvalidInput));
    }
    if !is_currency(&money.currency) {
        return Err(at.key("currency").error(Code::InvalidInput));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rates(pairs: &[(&str, f64)]) -> Result<Rates, Error> {
        Rates::checked(Some(&Map(pairs.iter().map(|&(k, v)| (k.to_string(), v)).collect())))
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
        assert_eq!(rates(&[("XYZ", -1.0), ("ABC", 0.0)]).unwrap_err().field, "rates.ABC");
    }

    #[test]
    fn of_two_spellings_of_a_code_the_last_in_key_order_wins() {
        let r = rates(&[("eur", 2.0), ("EUR", 1.0)]).unwrap();
        assert_eq!(r.to_usd(1.0, "Eur"), Ok(2.0));
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
