//! The JavaScript boundary: the only module that knows about `JsValue`.
//!
//! Requests arrive as JavaScript values and are read by the boundary's reader through
//! [`Data`] for `JsValue`; answers go back as plain objects made by `serde-wasm-bindgen`,
//! absent values as `null`. Errors become a JS `Error` carrying `code`, `field` and
//! `related`. The rules are compiled in: nothing is loaded or kept between calls.

use js_sys::{Array, Object};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::api;
use crate::boundary::{Data, Node};
use crate::error::{Code, Error};

/// `KzResidence.stay`: see the README for the request and the answer.
#[wasm_bindgen]
pub fn stay(request: JsValue) -> Result<JsValue, JsValue> {
    to_value(&api::stay(request).map_err(to_js)?)
}

/// `KzResidence.permit`: see the README for the request and the answer.
#[wasm_bindgen]
pub fn permit(request: JsValue) -> Result<JsValue, JsValue> {
    to_value(&api::permit(request).map_err(to_js)?)
}

/// `KzResidence.rules`: the rules in force on `on`.
#[wasm_bindgen]
pub fn rules(on: JsValue) -> Result<JsValue, JsValue> {
    to_value(&api::rules(on).map_err(to_js)?)
}

/// Plain objects for structs and maps, `null` for absent values.
fn to_value<T: Serialize>(answer: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true).serialize_maps_as_objects(true);
    answer.serialize(&serializer).map_err(|_| to_js(Error::new(Code::InvalidInput, "")))
}

fn to_js(e: Error) -> JsValue {
    let message = format!("{} at {}", e.code.as_str(), if e.field.is_empty() { "request" } else { &e.field });
    let js = js_sys::Error::new(&message);
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&js, &JsValue::from_str(key), &value).is_ok();
    set("code", JsValue::from_str(e.code.as_str()));
    set("field", JsValue::from_str(&e.field));
    set("related", e.related.as_deref().map_or(JsValue::NULL, JsValue::from_str));
    js.into()
}

/// A JavaScript value as plain data: `null` and `undefined` alike, arrays, and an object's
/// own enumerable string keys. Each question is a call into JavaScript, so the kinds are
/// asked in the order plain data holds them most (strings, then objects and arrays).
impl Data for JsValue {
    fn is_null(&self) -> bool {
        self.is_null() || self.is_undefined()
    }

    fn node(self) -> Node<JsValue> {
        if let Some(s) = self.as_string() {
            Node::Str(s)
        } else if self.is_object() {
            // `typeof` "object" and not null: an array or a plain object (functions are not).
            if Array::is_array(&self) {
                Node::Array(self.unchecked_into::<Array>().iter().collect())
            } else {
                let entries = Object::entries(self.unchecked_ref::<Object>());
                let pairs = entries.iter().map(|pair| {
                    let pair = pair.unchecked_into::<Array>();
                    (pair.get(0).as_string().unwrap_or_default(), pair.get(1))
                });
                Node::Object(pairs.collect())
            }
        } else if let Some(n) = self.as_f64() {
            Node::Number(n)
        } else if let Some(b) = self.as_bool() {
            Node::Bool(b)
        } else if Data::is_null(&self) {
            Node::Null
        } else {
            Node::Other
        }
    }
}
