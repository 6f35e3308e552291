//! Requests and profiles from any serde data: JavaScript values in the browser
//! (`serde-wasm-bindgen`), `serde_json` values in the tests. A value of the wrong type or
//! shape becomes a coded [`Error`] at the path of the field, as the request spells it
//! (`trips[2].exit`, `plan.days`); serde_path_to_error tracks the path.

use std::fmt::Display;

use serde::{Deserialize, Deserializer};

use crate::error::{Code, Error};

/// Deserializes a `T` from `input`. A date that is not a date keeps its own code
/// (`INVALID_DATE`, `DATE_OUT_OF_RANGE`, which [`crate::date::Day`] puts in the message);
/// every other failure is `INVALID_INPUT`. A missing field is named after the path of the
/// object that lacks it.
pub fn decode<'de, T, D>(input: D) -> Result<T, Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
    D::Error: Display,
{
    serde_path_to_error::deserialize(input).map_err(|e| {
        let path = e.path().to_string();
        coded(if path == "." { "" } else { &path }, &e.inner().to_string())
    })
}

/// The error for a serde failure `message` at `path`.
fn coded(path: &str, message: &str) -> Error {
    // Serde words it alike in every data format: "missing field `entry`". (An unknown
    // field's path already ends with its name.)
    const LEAD: &str = "missing field `";
    let named = message.find(LEAD).and_then(|at| {
        let rest = &message[at + LEAD.len()..];
        rest.find('`').map(|end| &rest[..end])
    });
    let field = match named {
        Some(name) if path.is_empty() => name.to_string(),
        Some(name) => format!("{path}.{name}"),
        None => path.to_string(),
    };
    let code = [Code::InvalidDate, Code::DateOutOfRange].into_iter().find(|c| message.ends_with(c.as_str()));
    Error::new(code.unwrap_or(Code::InvalidInput), field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_field_is_named_inside_its_object() {
        assert_eq!(coded("trips[0]", "missing field `entry`").field, "trips[0].entry");
        assert_eq!(coded("", "missing field `criminalRecord`").field, "criminalRecord");
    }

    #[test]
    fn date_codes_survive_the_javascript_error_prefix() {
        assert_eq!(coded("on", "Error: DATE_OUT_OF_RANGE").code, Code::DateOutOfRange);
        assert_eq!(coded("on", "invalid type: integer `2`, expected a date YYYY-MM-DD").code, Code::InvalidInput);
    }
}
