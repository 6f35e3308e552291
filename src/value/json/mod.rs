//! JSON text: how requests and answers cross the JavaScript boundary.
//!
//! Walking a JavaScript object graph from wasm costs a call into JavaScript for every
//! object, key and value (about 20 ms for 10 000 trips); `JSON.stringify` and `JSON.parse`
//! on the JavaScript side with this parser and writer on ours cost a fraction of that.
//! serde_json would do the same for some 20 KB of the bundle, so both are our own, checked
//! against serde_json in `tests/json.rs`.

mod parse;
mod write;

pub use parse::{parse, MAX_DEPTH};
pub use write::write;
