//! Money in any currency, compared in tenge as Kazakh banks quote rates: tenge for one
//! unit (`EUR = 560`). The visitor or the embedder supplies the rates; nothing is fetched.
//! A currency without a rate is not an error: the comparison waits for it (`RATE_MISSING`).

use std::collections::BTreeMap;

use crate::error::{Code, Error};
use crate::permit::answer::Converted;
use crate::permit::Money;

/// The currency amounts are compared in; it needs no rate.
const TENGE: &str = "KZT";

/// Checked exchange rates: currency code (any case) to tenge per unit.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rates(BTreeMap<String, f64>);

impl Rates {
    /// Checks the request's rates: currency codes as keys, finite positive numbers as values.
    /// Errors name the rate, `rates.EUR`; of several bad ones, the first in key order.
    pub fn checked(rates: Option<&BTreeMap<String, f64>>) -> Result<Rates, Error> {
        let rates = rates.cloned().unwrap_or_default();
        if let Some((code, _)) = rates.iter().find(|(code, rate)| !is_currency(code) || !rate.is_finite() || **rate <= 0.0) {
            return Err(Error::new(Code::InvalidInput, format!("rates.{code}")));
        }
        Ok(Rates(rates))
    }

    /// Tenge for one unit of `currency` (1 for tenge), if known. Of codes differing only in
    /// case (`EUR`, `eur`), the last in key order wins.
    pub fn rate(&self, currency: &str) -> Option<f64> {
        if currency.eq_ignore_ascii_case(TENGE) {
            return Some(1.0);
        }
        self.0.iter().rev().find(|(k, _)| k.eq_ignore_ascii_case(currency)).map(|(_, r)| *r)
    }

    /// An amount as given and in tenge.
    pub fn convert(&self, money: &Money) -> Converted {
        let currency = money.currency.to_ascii_uppercase();
        let rate = self.rate(&currency);
        Converted {
            amount: money.amount,
            rate: rate.filter(|_| currency != TENGE),
            amount_kzt: rate.map(|r| money.amount * r),
            currency,
        }
    }
}

/// Whether a text is a currency code: three ASCII letters, any case.
pub fn is_currency(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic())
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
        Rates::checked(Some(&pairs.iter().map(|&(k, v)| (k.to_string(), v)).collect()))
    }

    fn money(amount: f64, currency: &str) -> Money {
        Money { amount, currency: currency.into() }
    }

    #[test]
    fn tenge_need_no_rate() {
        let c = Rates::default().convert(&money(5_709_000.0, "kzt"));
        assert_eq!((c.rate, c.amount_kzt), (None, Some(5_709_000.0)));
    }

    #[test]
    fn rates_are_tenge_per_unit_as_banks_quote_them() {
        let c = rates(&[("eur", 560.0)]).unwrap().convert(&money(10_200.0, "EUR"));
        assert_eq!((c.rate, c.amount_kzt, c.currency.as_str()), (Some(560.0), Some(5_712_000.0), "EUR"));
    }

    #[test]
    fn a_currency_without_a_rate_converts_to_nothing() {
        assert_eq!(Rates::default().convert(&money(1.0, "usd")).amount_kzt, None);
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
        assert_eq!(rates(&[("eur", 2.0), ("EUR", 1.0)]).unwrap().rate("Eur"), Some(2.0));
    }

    #[test]
    fn amounts_must_be_finite_and_not_negative() {
        for bad in [-0.01, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let e = check(&money(bad, "USD"), "savings").unwrap_err();
            assert_eq!((e.code, e.field.as_str()), (Code::InvalidInput, "savings.amount"));
        }
        assert_eq!(check(&money(1.0, "$"), "investment").unwrap_err().field, "investment.currency");
    }
}
