//! Typed values from a [`Value`], with the path of the first value that does not fit.

use super::{Path, Value};
use crate::error::Error;

/// Converts a [`Value`] into a typed one. A value of the wrong type or out of range is an
/// `INVALID_INPUT` error naming `at`; an absent key arrives as [`Value::Null`], so a
/// required field that is missing is named by its own path.
pub trait FromValue: Sized {
    /// The typed value of `v`, which sits at `at` in the request.
    fn from_value(v: &Value, at: &Path) -> Result<Self, Error>;
}

/// The value under `key` of `object` (which sits at `at`), converted. Kept out of line so
/// that a struct's conversion compiles to one call per field rather than inlined lookups.
#[inline(never)]
pub(crate) fn field<T: FromValue>(object: &Value, key: &str, at: &Path) -> Result<T, Error> {
    T::from_value(object.get(key), &at.key(key))
}

impl FromValue for String {
    fn from_value(v: &Value, at: &Path) -> Result<Self, Error> {
        match v {
            Value::String(s) => Ok(s.clone()),
            _ => Err(at.invalid()),
        }
    }
}

impl FromValue for bool {
    fn from_value(v: &Value, at: &Path) -> Result<Self, Error> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => Err(at.invalid()),
        }
    }
}

/// Any finite number: JavaScript's `NaN` and infinities are refused here.
impl FromValue for f64 {
    fn from_value(v: &Value, at: &Path) -> Result<Self, Error> {
        match v {
            Value::Number(n) if n.is_finite() => Ok(*n),
            _ => Err(at.invalid()),
        }
    }
}

/// The largest integer a JavaScript number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

/// Integers: a whole number within the type's range (and within JavaScript's safe integers,
/// as `serde-wasm-bindgen` demanded), so `1.5` or `"10"` for a count is an input error.
macro_rules! from_whole_number {
    ($($int:ty),*) => {$(
        impl FromValue for $int {
            fn from_value(v: &Value, at: &Path) -> Result<Self, Error> {
                let (low, high) = ((<$int>::MIN as f64).max(-MAX_SAFE), (<$int>::MAX as f64).min(MAX_SAFE));
                match *v {
                    // The range check makes the cast exact.
                    Value::Number(n) if n.fract() == 0.0 && (low..=high).contains(&n) => Ok(n as $int),
                    _ => Err(at.invalid()),
                }
            }
        }
    )*};
}

from_whole_number!(i64, u32);

/// `null` (or an absent key) is `None`.
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value, at: &Path) -> Result<Self, Error> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v, at).map(Some),
        }
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(v: &Value, at: &Path) -> Result<Self, Error> {
        match v {
            Value::Array(items) => {
                // A plain loop: collecting `Result`s instantiates iterator adapters per type.
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    out.push(T::from_value(item, &at.index(i))?);
                }
                Ok(out)
            }
            _ => Err(at.invalid()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field<T: FromValue>(v: Value) -> Result<T, String> {
        T::from_value(&v, &Path::Key(&Path::Root, "days")).map_err(|e| e.field)
    }

    #[test]
    fn counts_must_be_whole_numbers_in_range() {
        assert_eq!(field::<i64>(Value::Number(10.0)), Ok(10));
        for bad in [Value::Number(1.5), Value::Number(f64::NAN), Value::Number(1e300), Value::String("10".into()), Value::Null] {
            assert_eq!(field::<i64>(bad), Err("days".into()));
        }
        assert_eq!(field::<u32>(Value::Number(-1.0)), Err("days".into()));
        assert_eq!(field::<u32>(Value::Number(4_294_967_296.0)), Err("days".into()));
    }

    #[test]
    fn amounts_must_be_finite() {
        assert_eq!(field::<f64>(Value::Number(-0.5)), Ok(-0.5));
        assert_eq!(field::<f64>(Value::Number(f64::INFINITY)), Err("days".into()));
    }

    #[test]
    fn null_is_none_but_a_wrong_type_is_not() {
        assert_eq!(field::<Option<bool>>(Value::Null), Ok(None));
        assert_eq!(field::<Option<bool>>(Value::Number(0.0)), Err("days".into()));
    }

    #[test]
    fn list_items_are_named_by_position() {
        let v = Value::Array(vec![Value::Bool(true), Value::Null]);
        assert_eq!(field::<Vec<bool>>(v), Err("days[1]".into()));
    }
}
