//! The reader's error: a code, and the path where it happened once the reader knows it.
//! It implements serde's error trait without ever formatting serde's message (the message
//! of a type error would print the offending number, linking float formatting into the
//! browser bundle); only our own codes travel as messages, from the validating types of
//! a request (a date, a currency code, an amount), so each is placed at its field here.

use std::fmt;

use serde::de;

use crate::boundary::Path;
use crate::error::{Code, Error};

/// A failure while reading a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// What went wrong.
    pub code: Code,
    /// Where, once known (set by the innermost reader that sees the failure).
    pub field: Option<String>,
    /// A required field that was absent, named inside the object at `field`.
    pub missing: Option<&'static str>,
}

impl ReadError {
    /// A failure with this code, not yet placed.
    pub fn new(code: Code) -> Self {
        ReadError { code, field: None, missing: None }
    }

    /// Places the failure at `path` unless a deeper reader already did (one copy of this
    /// for every reader, not one per type read).
    #[cold]
    #[inline(never)]
    pub fn at(mut self, path: &Path<'_>) -> Self {
        if self.field.is_none() {
            self.field = Some(path.to_string());
        }
        self
    }

    /// The engine's error: the code at the field's path.
    pub fn into_error(self) -> Error {
        let field = self.field.unwrap_or_default();
        let field = match self.missing {
            Some(name) if field.is_empty() => name.to_string(),
            Some(name) => format!("{field}.{name}"),
            None => field,
        };
        Error::new(self.code, field)
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.as_str())
    }
}

impl std::error::Error for ReadError {}

impl de::Error for ReadError {
    /// The validating types of a request fail with their code as the whole message.
    fn custom<T: fmt::Display>(message: T) -> Self {
        let text = message.to_string();
        ReadError::new(Code::ALL.into_iter().find(|c| c.as_str() == text).unwrap_or(Code::InvalidInput))
    }

    fn invalid_type(_: de::Unexpected, _: &dyn de::Expected) -> Self {
        ReadError::new(Code::InvalidInput)
    }

    fn invalid_value(_: de::Unexpected, _: &dyn de::Expected) -> Self {
        ReadError::new(Code::InvalidInput)
    }

    fn invalid_length(_: usize, _: &dyn de::Expected) -> Self {
        ReadError::new(Code::InvalidInput)
    }

    fn unknown_variant(_: &str, _: &'static [&'static str]) -> Self {
        ReadError::new(Code::InvalidInput)
    }

    fn unknown_field(_: &str, _: &'static [&'static str]) -> Self {
        ReadError::new(Code::InvalidInput)
    }

    fn missing_field(field: &'static str) -> Self {
        ReadError { missing: Some(field), ..ReadError::new(Code::InvalidInput) }
    }

    fn duplicate_field(_: &'static str) -> Self {
        ReadError::new(Code::InvalidInput)
    }
}
