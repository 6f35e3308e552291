//! Requests and profiles from plain data: JavaScript values in the browser, `serde_json`
//! values in the tests, read into the typed requests by serde's derived `Deserialize`.
//!
//! The reader is ours ([`Reader`] over any [`Data`]) rather than serde-wasm-bindgen's
//! deserializer wrapped in serde_path_to_error: it tracks the path of every value as it
//! goes (`trips[2].exit`), so a failure names its field without wrapping each visitor, and
//! its error type never formats a message, so no float printing is linked in. Measured on
//! the wasm build (README, "Size and speed"). A value of the wrong type or shape is
//! `INVALID_INPUT` at its path; a date keeps its own code (`INVALID_DATE`,
//! `DATE_OUT_OF_RANGE`); a missing field is named inside its object.

mod error;
mod path;
mod reader;

pub use error::ReadError;
pub use path::Path;
pub use reader::Reader;

use serde::de::DeserializeOwned;

use crate::error::Error;

/// One value of plain data, as the reader sees it.
pub enum Node<S> {
    /// `null` or absent (`undefined`).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number (any double, NaN included).
    Number(f64),
    /// A string.
    Str(String),
    /// An array of values.
    Array(Vec<S>),
    /// An object's own keys and values, in order.
    Object(Vec<(String, S)>),
    /// Anything else (a function, a symbol, a big integer): always a type error.
    Other,
}

/// Plain data the reader can walk: a JavaScript value or a `serde_json` value.
pub trait Data: Sized {
    /// What the value is.
    fn node(self) -> Node<Self>;

    /// Whether it is `null` or absent, without taking it apart.
    fn is_null(&self) -> bool;
}

/// Reads a `T` from `input`; errors carry their code and the path of the offending field.
pub fn decode<T: DeserializeOwned, S: Data>(input: S) -> Result<T, Error> {
    T::deserialize(Reader::new(input, Path::Root)).map_err(ReadError::into_error)
}

#[cfg(not(target_arch = "wasm32"))]
impl<'a> Data for &'a serde_json::Value {
    fn is_null(&self) -> bool {
        serde_json::Value::is_null(self)
    }

    fn node(self) -> Node<&'a serde_json::Value> {
        use serde_json::Value;
        match self {
            Value::Null => Node::Null,
            Value::Bool(b) => Node::Bool(*b),
            Value::Number(n) => n.as_f64().map_or(Node::Other, Node::Number),
            Value::String(s) => Node::Str(s.clone()),
            Value::Array(items) => Node::Array(items.iter().collect()),
            Value::Object(map) => Node::Object(map.iter().map(|(k, v)| (k.clone(), v)).collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use super::*;
    use crate::date::Day;
    use crate::error::Code;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Trip {
        entry: Day,
        exit: Option<Day>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Request {
        trips: Vec<Trip>,
        days: Option<i32>,
    }

    fn error(value: serde_json::Value) -> (Code, String) {
        let e = decode::<Request, _>(&value).unwrap_err();
        (e.code, e.field)
    }

    #[test]
    fn errors_name_the_path_of_their_field() {
        assert_eq!(error(json!({ "trips": [{ "entry": "2024-01-01" }, { "entry": "2024-02-30" }] })), (Code::InvalidDate, "trips[1].entry".into()));
        assert_eq!(error(json!({ "trips": [{ "entry": "2201-01-01" }] })), (Code::DateOutOfRange, "trips[0].entry".into()));
        assert_eq!(error(json!({ "trips": [{ "exit": "2024-01-01" }] })), (Code::InvalidInput, "trips[0].entry".into()));
        assert_eq!(error(json!({ "trips": [], "days": 1.5 })), (Code::InvalidInput, "days".into()));
        assert_eq!(error(json!({ "trips": [], "days": 4_294_967_296u64 })), (Code::InvalidInput, "days".into()));
        assert_eq!(error(json!({ "trips": null })), (Code::InvalidInput, "trips".into()));
        assert_eq!(error(json!([])), (Code::InvalidInput, "".into()));
    }

    #[test]
    fn absent_and_null_optional_fields_are_none() {
        let r: Request = decode(&json!({ "trips": [{ "entry": "2024-01-01", "exit": null }] })).expect("valid");
        assert!(r.trips[0].exit.is_none() && r.days.is_none());
    }
}
