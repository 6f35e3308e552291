//! An object read as keyed entries, in the request's order.

use super::{FromValue, Path, Value};
use crate::error::Error;

/// The entries of an object (the profile's `sources`, a request's `rates`), in their order.
/// They are few, so looking a key up is a scan: a tree map would cost the browser bundle
/// kilobytes of node code and a sort for a dozen keys.
#[derive(Debug, Clone, PartialEq)]
pub struct Map<T>(pub Vec<(String, T)>);

impl<T> Map<T> {
    /// The value under `key`, if any (the first, should a key repeat).
    pub fn get(&self, key: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The entries, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, (String, T)> {
        self.0.iter()
    }
}

impl<T: FromValue> FromValue for Map<T> {
    fn from_value(v: &Value, at: &Path) -> Result<Self, Error> {
        let Value::Object(fields) = v else {
            return Err(at.invalid());
        };
        let mut out = Vec::with_capacity(fields.len());
        for (key, value) in fields {
            out.push((key.clone(), T::from_value(value, &at.key(key))?));
        }
        Ok(Map(out))
    }
}
