//! Answers as a [`Value`]: the JSON shape `KzResidence` returns.

use super::Value;

/// Converts a typed answer into the [`Value`] the boundary hands to JavaScript.
pub trait ToValue {
    /// This answer as a value: `None` as `null`, every number as a number.
    fn to_value(&self) -> Value;
}

impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::String(self.clone())
    }
}

impl ToValue for &str {
    fn to_value(&self) -> Value {
        Value::String((*self).to_owned())
    }
}

impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Bool(*self)
    }
}

/// Numbers: every integer the engines answer with is far below 2^53, so it is exact as an `f64`.
macro_rules! to_number {
    ($($num:ty),*) => {$(
        impl ToValue for $num {
            fn to_value(&self) -> Value {
                Value::Number(*self as f64)
            }
        }
    )*};
}

to_number!(f64, i64, i32, u32);

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, T::to_value)
    }
}

impl<T: ToValue> ToValue for Vec<T> {
    fn to_value(&self) -> Value {
        Value::Array(self.iter().map(T::to_value).collect())
    }
}

/// A pair as a two-item array, such as a corner of the curve `[date, count]`.
impl<A: ToValue, B: ToValue> ToValue for (A, B) {
    fn to_value(&self) -> Value {
        Value::Array(vec![self.0.to_value(), self.1.to_value()])
    }
}
