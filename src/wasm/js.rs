//! JavaScript values to and from [`Value`], by hand with `js-sys`.
//!
//! `serde-wasm-bindgen` did this through serde, but its error paths describe the offending
//! value with serde's `Unexpected`, whose formatting drags float printing (about 15 KB)
//! into the bundle. The conversion itself is a dozen lines either way.

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::value::Value;

/// Deeper than any request or profile (`api.js` copies at most 16 levels); it bounds the
/// recursion whoever calls the exports.
const MAX_DEPTH: usize = 64;

#[wasm_bindgen]
extern "C" {
    /// A plain object being filled in; `obj[key] = value` without `Reflect`'s checks.
    type PlainObject;

    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &PlainObject, key: &str, value: JsValue);
}

/// The value of plain data (`null`, `undefined`, booleans, numbers, strings, arrays and
/// plain objects); `None` for anything else (symbols, functions, big integers) or for
/// nesting deeper than [`MAX_DEPTH`].
pub fn from_js(v: &JsValue, depth: usize) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    if v.is_null() || v.is_undefined() {
        Some(Value::Null)
    } else if let Some(b) = v.as_bool() {
        Some(Value::Bool(b))
    } else if let Some(n) = v.as_f64() {
        Some(Value::Number(n))
    } else if let Some(s) = v.as_string() {
        Some(Value::String(s))
    } else if Array::is_array(v) {
        let items: &Array = v.unchecked_ref();
        items.iter().map(|item| from_js(&item, depth + 1)).collect::<Option<_>>().map(Value::Array)
    } else if v.is_object() {
        Object::entries(v.unchecked_ref())
            .iter()
            .map(|entry| {
                let pair: Array = entry.unchecked_into();
                Some((pair.get(0).as_string()?, from_js(&pair.get(1), depth + 1)?))
            })
            .collect::<Option<_>>()
            .map(Value::Object)
    } else {
        None
    }
}

/// The JavaScript value of an answer: `null` for [`Value::Null`], plain objects and arrays.
pub fn to_js(v: &Value) -> JsValue {
    match v {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(*n),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(to_js).collect::<Array>().into(),
        Value::Object(fields) => {
            let object: PlainObject = Object::new().unchecked_into();
            for (key, value) in fields {
                object.set(key, to_js(value));
            }
            object.into()
        }
    }
}
