//! `serde_json` values as [`Data`]: what the tests, the build and the benches read requests
//! from, through the same reader as the browser's values. `BY_NAME` is off: every key of an
//! object is seen, so the rules profile's `deny_unknown_fields` can refuse an unknown one.

use super::{Data, Node, Refused};

impl Data for &serde_json::Value {
    const BY_NAME: bool = false;

    fn is_null(&self) -> bool {
        serde_json::Value::is_null(self)
    }

    fn node(&self) -> Result<Node, Refused> {
        use serde_json::Value;
        Ok(match self {
            Value::Null => Node::Null,
            Value::Bool(b) => Node::Bool(*b),
            Value::Number(n) => n.as_f64().map_or(Node::Other, Node::Number),
            Value::String(s) => Node::Str(s.clone()),
            Value::Array(items) => Node::Array(items.len()),
            Value::Object(_) => Node::Object,
        })
    }

    fn item(&self, index: usize) -> Result<Option<Self>, Refused> {
        Ok(self.as_array().and_then(|items| items.get(index)))
    }

    fn field(&self, name: &'static str) -> Result<Option<Self>, Refused> {
        self.value_of(name)
    }

    fn value_of(&self, key: &str) -> Result<Option<Self>, Refused> {
        Ok(self.as_object().and_then(|map| map.get(key)))
    }

    fn keys(&self) -> Result<Vec<String>, Refused> {
        Ok(self.as_object().map(|map| map.keys().cloned().collect()).unwrap_or_default())
    }
}
