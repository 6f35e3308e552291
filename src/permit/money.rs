//! Money in any currency, compared in tenge as Kazakh banks quote rates: tenge for one
//! unit (`EUR = 560`). The visitor or the embedder supplies the rates; nothing is fetched.
//! A currency without a rate is not an error: the comparison waits for it (`RATE_MISSING`).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::input::{CurrencyCode, Rate};
use crate::permit::Money;

/// An amount and what it is in tenge at the rate used.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Converted {
    /// The amount as given.
    pub amount: f64,
    /// Its currency.
    pub currency: CurrencyCode,
    /// Tenge for one unit (`null` for tenge, or when missing).
    pub rate: Option<f64>,
    /// The amount in tenge (`null` when the rate is missing).
    pub amount_kzt: Option<f64>,
}

/// The request's exchange rates.
pub struct Rates<'a>(pub &'a BTreeMap<CurrencyCode, Rate>);

impl Rates<'_> {
    /// Tenge for one unit of `currency` (1 for tenge), if known.
    pub fn rate(&self, currency: CurrencyCode) -> Option<f64> {
        if currency == CurrencyCode::KZT {
            return Some(1.0);
        }
        self.0.get(&currency).map(|r| r.0)
    }

    /// An amount as given and in tenge.
    pub fn convert(&self, money: Money) -> Converted {
        let rate = self.rate(money.currency);
        Converted {
            amount: money.amount.0,
            currency: money.currency,
            rate: rate.filter(|_| money.currency != CurrencyCode::KZT),
            amount_kzt: rate.map(|r| money.amount.0 * r),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Amount;

    fn money(amount: f64, currency: &str) -> Money {
        Money { amount: Amount(amount), currency: CurrencyCode::new(currency).expect("code") }
    }

    #[test]
    fn tenge_need_no_rate() {
        let c = Rates(&BTreeMap::new()).convert(money(5_709_000.0, "kzt"));
        assert_eq!((c.rate, c.amount_kzt), (None, Some(5_709_000.0)));
    }

    #[test]
    fn rates_are_tenge_per_unit_as_banks_quote_them() {
        let rates = [(CurrencyCode::new("eur").expect("code"), Rate(560.0))].into_iter().collect();
        let c = Rates(&rates).convert(money(10_200.0, "EUR"));
        assert_eq!((c.rate, c.amount_kzt, c.currency.as_str()), (Some(560.0), Some(5_712_000.0), "EUR"));
    }

    #[test]
    fn a_currency_without_a_rate_converts_to_nothing() {
        assert_eq!(Rates(&BTreeMap::new()).convert(money(1.0, "usd")).amount_kzt, None);
    }
}
