//! Request values that check themselves as they are read: a bad one fails with its own
//! code, which the boundary places at the value's field (`citizenship`, `savings.amount`,
//! `rates.EUR`, `plan.days`), so the engines see only valid values and keep only the checks
//! that involve several fields (an exit before its entry, overlapping trips).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};

use crate::error::Code;
use crate::rules::MAX_WINDOW_DAYS;

/// Fails a read with `code`, which the boundary turns back into the code at the field.
fn fail<E: de::Error>(code: Code) -> E {
    E::custom(code.as_str())
}

/// Reads a string and checks it into a value.
struct TextOf<T>(fn(&str) -> Option<T>);

impl<T> Visitor<'_> for TextOf<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a code")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        (self.0)(text).ok_or_else(|| fail(Code::InvalidInput))
    }
}

/// A country code, ISO 3166-1 alpha-2 in capitals (`DE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
pub struct Alpha2([u8; 2]);

impl Alpha2 {
    /// The code of two capital letters, if `text` is one.
    pub fn new(text: &str) -> Option<Alpha2> {
        match text.as_bytes() {
            &[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Some(Alpha2([a, b])),
            _ => None,
        }
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        // Two ASCII capitals.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// A currency code, ISO 4217, read in any case and kept in capitals (`EUR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
pub struct CurrencyCode([u8; 3]);

impl CurrencyCode {
    /// Tenge, in which every amount is compared.
    pub const KZT: CurrencyCode = CurrencyCode(*b"KZT");
    /// The US dollar, in which the investment threshold is set.
    pub const USD: CurrencyCode = CurrencyCode(*b"USD");

    /// The code of three letters, in capitals, if `text` is one.
    pub fn new(text: &str) -> Option<CurrencyCode> {
        match text.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphabetic) => Some(CurrencyCode([a, b, c].map(|x| x.to_ascii_uppercase()))),
            _ => None,
        }
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        // Three ASCII capitals.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

macro_rules! as_text {
    ($($ty:ty),*) => {$(
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str(TextOf(<$ty>::new))
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    )*};
}

as_text!(Alpha2, CurrencyCode);

/// Reads a number and checks it into a value, inside the reader's call so that a failure
/// is placed at the number's own field.
struct NumberOf<T> {
    make: fn(f64) -> Option<T>,
    code: Code,
}

impl<T> Visitor<'_> for NumberOf<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number")
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<T, E> {
        (self.make)(n).ok_or_else(|| fail(self.code))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<T, E> {
        self.visit_f64(n as f64)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<T, E> {
        self.visit_f64(n as f64)
    }
}

/// Declares a number that checks itself when read: `$ok` on the number read, failing with `$code`.
macro_rules! checked_number {
    ($(#[$meta:meta])* $name:ident($inner:ty) by $read:ident, $ok:expr, $code:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        #[serde(transparent)]
        pub struct $name(pub $inner);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let make = |n: f64| {
                    let ok: fn(f64) -> bool = $ok;
                    ok(n).then(|| $name(n as $inner))
                };
                d.$read(NumberOf { make, code: $code })
            }
        }
    };
}

/// Whether `n` is a whole number within `range`.
fn whole(n: f64, range: std::ops::RangeInclusive<f64>) -> bool {
    n.fract() == 0.0 && range.contains(&n)
}

checked_number!(
    /// An amount of money: finite, not negative.
    Amount(f64) by deserialize_f64, |n| n.is_finite() && n >= 0.0, Code::InvalidInput
);
checked_number!(
    /// An exchange rate, tenge for one unit: finite and positive.
    Rate(f64) by deserialize_f64, |n| n.is_finite() && n > 0.0, Code::InvalidInput
);
checked_number!(
    /// The people aged 16 or over applying together: 1 to 50.
    Applicants(u32) by deserialize_u32, |n| whole(n, 1.0..=50.0), Code::InvalidInput
);
checked_number!(
    /// The days of a planned stay: at least one, at most the calculator's whole range.
    PlanDays(i32) by deserialize_i32, |n| whole(n, 1.0..=110_000.0), Code::InvalidInput
);
checked_number!(
    /// A number of days in explicit stay rules: 1 to the engine's longest window.
    RuleDays(i32) by deserialize_i32, |n| whole(n, 1.0..=f64::from(MAX_WINDOW_DAYS)), Code::InvalidRules
);

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::boundary::decode;

    fn code<T: serde::de::DeserializeOwned + fmt::Debug>(value: serde_json::Value) -> Code {
        decode::<T, _>(&value).unwrap_err().code
    }

    #[test]
    fn codes_are_checked_as_they_are_read() {
        assert_eq!(decode::<Alpha2, _>(&json!("DE")).unwrap().as_str(), "DE");
        assert_eq!(code::<Alpha2>(json!("de")), Code::InvalidInput);
        assert_eq!(code::<Alpha2>(json!("DEU")), Code::InvalidInput);
        assert_eq!(decode::<CurrencyCode, _>(&json!("eur")).unwrap(), CurrencyCode::new("EUR").unwrap());
        assert_eq!(code::<CurrencyCode>(json!("€")), Code::InvalidInput);
    }

    #[test]
    fn numbers_keep_to_their_ranges() {
        assert_eq!(code::<Amount>(json!(-0.01)), Code::InvalidInput);
        assert_eq!(code::<Rate>(json!(0)), Code::InvalidInput);
        assert_eq!(code::<Applicants>(json!(51)), Code::InvalidInput);
        assert_eq!(code::<PlanDays>(json!(0)), Code::InvalidInput);
        assert_eq!(code::<RuleDays>(json!(3661)), Code::InvalidRules);
        assert_eq!(code::<RuleDays>(json!("90")), Code::InvalidInput);
        assert_eq!(code::<PlanDays>(json!(1.5)), Code::InvalidInput);
        assert_eq!(decode::<PlanDays, _>(&json!(30)).unwrap(), PlanDays(30));
    }
}
