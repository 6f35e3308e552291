//! A small dynamic value: the one shape requests, answers and the rules profile take at the
//! JavaScript boundary.
//!
//! Serde is the bridge only at this level ([`Value`] is `Serialize` and `Deserialize`), so
//! the browser bundle carries one visitor instead of serde machinery monomorphized for every
//! request and answer type. Typed structs convert by hand with [`FromValue`] and [`ToValue`],
//! implemented by the declarative macros `from_value_struct!`, `to_value_struct!` and
//! `value_enum!`, which keep each JSON key next to its field.

mod from;
pub mod json;
mod macros;
mod map;
mod path;
mod serde;
mod to;

pub(crate) use from::field;
pub use from::FromValue;
pub(crate) use macros::{from_value_struct, to_value_struct, value_enum};
pub use map::Map;
pub use path::{push_decimal, Path};
pub use to::ToValue;

/// A JSON-like value. Objects keep their keys in insertion order; every number is an `f64`,
/// as in JavaScript.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`, `undefined`, or an absent key.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any number.
    Number(f64),
    /// Text.
    String(String),
    /// A list.
    Array(Vec<Value>),
    /// Keys and values, in insertion order.
    Object(Vec<(String, Value)>),
}

/// What [`Value::get`] returns for a key that is absent (or a value that is not an object).
static NULL: Value = Value::Null;

impl Value {
    /// The value under `key` of an object; [`Value::Null`] when the key is absent or this is
    /// not an object, so that an absent key and `null` follow the same rule.
    ///
    /// ```
    /// use kz_residence::value::Value;
    /// let v = Value::Object(vec![("on".into(), Value::String("2024-03-01".into()))]);
    /// assert_eq!(v.get("on"), &Value::String("2024-03-01".into()));
    /// assert_eq!(v.get("plan"), &Value::Null);
    /// ```
    pub fn get(&self, key: &str) -> &Value {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map_or(&NULL, |(_, v)| v),
            _ => &NULL,
        }
    }

    /// Whether this is [`Value::Null`].
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}
