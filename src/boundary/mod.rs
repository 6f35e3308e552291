//! Requests and profiles from plain data: JavaScript values in the browser, `serde_json`
//! values in the tests, read into the typed requests by serde's derived `Deserialize`;
//! answers back as JSON text ([`json`]).
//!
//! The reader is ours ([`Reader`] over any [`Data`]) rather than serde-wasm-bindgen's
//! deserializer wrapped in serde_path_to_error: it tracks the path of every value as it
//! goes (`trips[2].exit`), so a failure names its field without wrapping each visitor, and
//! its error type never formats a message, so no float printing is linked in. Measured on
//! the wasm build (docs/perf.md). A value of the wrong type or shape is `INVALID_INPUT` at
//! its path; a date keeps its own code (`INVALID_DATE`, `DATE_OUT_OF_RANGE`); a missing
//! field is named inside its object.
//!
//! A struct is read field by field, by the names its type declares ([`Data::BY_NAME`]): in
//! the browser nothing else of the caller's object is ever touched, so an unknown field
//! can hold anything (a cycle, a function) and is never looked at. A value that cannot be
//! read as plain data ([`Refused`]: an accessor property, a proxy whose trap throws) is
//! `INVALID_INPUT` at its path.

mod access;
mod error;
#[cfg(not(target_arch = "wasm32"))]
mod native;
pub mod json;
mod path;
mod reader;

pub use error::ReadError;
pub use path::Path;
pub use reader::Reader;

use serde::de::DeserializeOwned;

use crate::error::Error;

/// One value of plain data at a glance: scalars with their value, containers by kind.
pub enum Node {
    /// `null` or absent (`undefined`).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number (any double, NaN included).
    Number(f64),
    /// A string.
    Str(String),
    /// An array of this many elements.
    Array(usize),
    /// An object (its fields read by name, or listed by [`Data::keys`]).
    Object,
    /// Anything else (a function, a symbol, a big integer): always a type error.
    Other,
}

/// A value that could not be read as plain data: an accessor property (its getter is never
/// run), or a proxy trap that threw. No exception of the caller's ever crosses into the
/// engine: each becomes this, and then `INVALID_INPUT` at the value's path.
#[derive(Debug)]
pub struct Refused;

/// Plain data the reader can walk: a JavaScript value or a `serde_json` value. Each
/// question is one look at the value (in the browser, one call into JavaScript), and the
/// reader asks only what the type being read needs.
pub trait Data: Sized {
    /// Whether a struct reads only the fields its type names (JavaScript), rather than every
    /// key of the object (`serde_json`: unknown keys are then seen, for the rules profile's
    /// `deny_unknown_fields`).
    const BY_NAME: bool;

    /// What the value is.
    fn node(&self) -> Result<Node, Refused>;

    /// Whether it is `null` or absent.
    fn is_null(&self) -> bool;

    /// The string, if the value is one.
    fn string(&self) -> Option<String> {
        match self.node() {
            Ok(Node::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// The number, if the value is one.
    fn number(&self) -> Option<f64> {
        match self.node() {
            Ok(Node::Number(n)) => Some(n),
            _ => None,
        }
    }

    /// The boolean, if the value is one.
    fn boolean(&self) -> Option<bool> {
        match self.node() {
            Ok(Node::Bool(b)) => Some(b),
            _ => None,
        }
    }

    /// The number of elements, if the value is an array.
    fn length(&self) -> Result<Option<usize>, Refused> {
        Ok(match self.node()? {
            Node::Array(n) => Some(n),
            _ => None,
        })
    }

    /// Whether the value is an object with fields (not an array, not a function).
    fn is_object(&self) -> Result<bool, Refused> {
        Ok(matches!(self.node()?, Node::Object))
    }

    /// An array's element (`None`: a hole).
    fn item(&self, index: usize) -> Result<Option<Self>, Refused>;

    /// An object's own field of a struct (`None`: absent or `undefined`).
    fn field(&self, name: &'static str) -> Result<Option<Self>, Refused>;

    /// An object's own field under a key it listed (`None`: absent or `undefined`).
    fn value_of(&self, key: &str) -> Result<Option<Self>, Refused>;

    /// An object's own keys, in order.
    fn keys(&self) -> Result<Vec<String>, Refused>;
}

/// Reads a `T` from `input`; errors carry their code and the path of the offending field.
pub fn decode<T: DeserializeOwned, S: Data>(input: S) -> Result<T, Error> {
    T::deserialize(Reader::new(input, Path::Root)).map_err(ReadError::into_error)
}

/// Reads a `T` from `input`, with `value` standing in for the top-level field `name` when
/// it is absent or `undefined` (the control date a caller left out is today).
pub fn decode_defaulting<T: DeserializeOwned, S: Data>(input: S, name: &'static str, value: S) -> Result<T, Error> {
    T::deserialize(Reader::new(input, Path::Root).defaulting(name, value)).map_err(ReadError::into_error)
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
        assert_eq!(error(json!({ "trips": [null] })), (Code::InvalidInput, "trips[0]".into()));
        assert_eq!(error(json!([])), (Code::InvalidInput, "".into()));
    }

    #[test]
    fn absent_and_null_optional_fields_are_none() {
        let r: Request = decode(&json!({ "trips": [{ "entry": "2024-01-01", "exit": null }] })).expect("valid");
        assert!(r.trips[0].exit.is_none() && r.days.is_none());
    }

    /// `serde_json` values read the browser's way: structs by their declared fields only; an
    /// object `{ "$refused": true }` stands for a value JavaScript refuses (a getter).
    #[derive(Clone, Copy)]
    struct ByName<'a>(&'a serde_json::Value);

    impl<'a> ByName<'a> {
        fn refused(&self) -> bool {
            self.0.get("$refused").is_some()
        }

        fn present(value: Option<&'a serde_json::Value>) -> Result<Option<Self>, Refused> {
            match value.map(ByName) {
                Some(v) if v.refused() => Err(Refused),
                v => Ok(v),
            }
        }
    }

    impl Data for ByName<'_> {
        const BY_NAME: bool = true;

        fn node(&self) -> Result<Node, Refused> {
            self.0.node()
        }

        fn is_null(&self) -> bool {
            self.0.is_null()
        }

        fn item(&self, index: usize) -> Result<Option<Self>, Refused> {
            ByName::present(self.0.as_array().and_then(|items| items.get(index)))
        }

        fn field(&self, name: &'static str) -> Result<Option<Self>, Refused> {
            self.value_of(name)
        }

        fn value_of(&self, key: &str) -> Result<Option<Self>, Refused> {
            ByName::present(self.0.get(key))
        }

        fn keys(&self) -> Result<Vec<String>, Refused> {
            self.0.keys()
        }
    }

    #[test]
    fn every_golden_case_reads_the_same_field_by_field_as_key_by_key() {
        for engine in ["stay", "permit"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases").join(engine);
            for entry in std::fs::read_dir(dir).expect("cases") {
                let path = entry.expect("case").path();
                let case: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("JSON");
                let request = &case["request"];
                let same = match engine {
                    "stay" => crate::api::stay(request).map(|a| serde_json::to_value(a).ok()) == crate::api::stay(ByName(request)).map(|a| serde_json::to_value(a).ok()),
                    _ => crate::api::permit(request).map(|a| serde_json::to_value(a).ok()) == crate::api::permit(ByName(request)).map(|a| serde_json::to_value(a).ok()),
                };
                assert!(same, "{}", path.display());
            }
        }
    }

    #[test]
    fn a_refused_value_fails_at_its_path_and_unknown_fields_are_never_read() {
        let read = |v: serde_json::Value| decode::<Request, _>(ByName(&v)).map(|r| r.trips.len()).map_err(|e| (e.code, e.field));
        let refused = json!({ "$refused": true });
        assert_eq!(read(json!({ "trips": refused })), Err((Code::InvalidInput, "trips".into())));
        assert_eq!(read(json!({ "trips": [{ "entry": "2024-01-01" }, refused] })), Err((Code::InvalidInput, "trips[1]".into())));
        assert_eq!(read(json!({ "trips": [{ "entry": "2024-01-01", "exit": refused }] })), Err((Code::InvalidInput, "trips[0].exit".into())));
        assert_eq!(read(json!({ "trips": [], "unknown": refused })), Ok(0));
        assert_eq!(read(json!({ "trips": [{ "entry": "2024-01-01", "unknown": refused }] })), Ok(1));
    }

    #[test]
    fn a_default_stands_in_only_for_an_absent_top_level_field() {
        let day = json!("2024-03-01");
        let r: Trip = decode_defaulting(&json!({ "entry": "2024-01-01" }), "exit", &day).expect("valid");
        assert_eq!(r.exit.map(|d| d.to_string()).as_deref(), Some("2024-03-01"));
        let r: Trip = decode_defaulting(&json!({ "entry": "2024-01-01", "exit": "2024-01-02" }), "exit", &day).expect("valid");
        assert_eq!(r.exit.map(|d| d.to_string()).as_deref(), Some("2024-01-02"));
        let e = decode_defaulting::<Trip, _>(&json!({ "entry": "2024-01-01", "exit": 3 }), "exit", &day).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), (Code::InvalidInput, "exit"));
        let r: Trip = decode_defaulting(ByName(&json!({ "entry": "2024-01-01" })), "exit", ByName(&day)).expect("valid");
        assert_eq!(r.exit.map(|d| d.to_string()).as_deref(), Some("2024-03-01"));
    }
}
