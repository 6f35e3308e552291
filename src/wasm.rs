//! The JavaScript boundary: the only module that knows about `JsValue`.
//!
//! Requests arrive as the caller's own JavaScript values, never copied: the boundary's
//! reader asks each value only what the type being read needs, through [`Data`] for
//! `JsValue` (a struct: its declared fields, one by one). Every question that could run the
//! caller's code (a proxy's trap) catches in JavaScript and answers a symbol no request type
//! accepts, so a JavaScript exception becomes `INVALID_INPUT` at the field's path and never
//! unwinds through the engine; accessor properties are refused without running their getter. Answers go back as JSON text
//! (`www/api.js` parses it); errors as a JS `Error` carrying `code`, `field` and `related`.
//! The rules are compiled in: nothing is loaded or kept between calls but the names of
//! the request's fields as JavaScript strings.

use std::cell::RefCell;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::api;
use crate::boundary::{json, Data, Node, Refused};
use crate::error::Error;

/// `KzResidence.stay`: see the README for the request and the answer; `today` stands in
/// for an absent `on`.
#[wasm_bindgen]
pub fn stay(request: JsValue, today: JsValue) -> Result<String, JsValue> {
    answer(api::stay_defaulting(request, today))
}

/// `KzResidence.permit`: see the README for the request and the answer; `today` stands in
/// for an absent `applicationDate`.
#[wasm_bindgen]
pub fn permit(request: JsValue, today: JsValue) -> Result<String, JsValue> {
    answer(api::permit_defaulting(request, today))
}

/// `KzResidence.rules`: the rules in force on `on`.
#[wasm_bindgen]
pub fn rules(on: JsValue) -> Result<String, JsValue> {
    answer(api::rules(on))
}

/// The answer as JSON text, or the error as a JS `Error`.
fn answer<T: Serialize>(answer: Result<T, Error>) -> Result<String, JsValue> {
    answer.map(|a| json::to_json(&a, float)).map_err(to_js)
}

/// A double that is not a whole number, as JavaScript writes it (the shortest text that
/// reads back the same): no float printing in the module.
fn float(n: f64, out: &mut String) {
    out.push_str(&String::from(js::float_text(n)));
}

fn to_js(e: Error) -> JsValue {
    let message = [e.code.as_str(), " at ", if e.field.is_empty() { "request" } else { &e.field }].concat();
    let js = js_sys::Error::new(&message);
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&js, &JsValue::from_str(key), &value).is_ok();
    set("code", JsValue::from_str(e.code.as_str()));
    set("field", JsValue::from_str(&e.field));
    set("related", e.related.as_deref().map_or(JsValue::NULL, JsValue::from_str));
    js.into()
}

mod js {
    use wasm_bindgen::prelude::*;

    // The questions that may run the caller's code (a proxy's traps, `length` of a proxied
    // array) catch every exception here, in JavaScript, and answer with a symbol instead
    // (REFUSED), which no type of a request accepts: the read fails as INVALID_INPUT at that
    // value's path, and no exception ever unwinds through the engine. An accessor property
    // is refused by its descriptor, its getter never run.
    #[wasm_bindgen(inline_js = r#"
const REFUSED = Symbol('refused');
export function field(o, k) {
  try {
    const d = Object.getOwnPropertyDescriptor(o, k);
    return d === undefined ? undefined : 'value' in d ? d.value : REFUSED;
  } catch {
    return REFUSED;
  }
}
export function isRecord(v) {
  try {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}
export function length(v) {
  try {
    if (!Array.isArray(v)) return -1;
    const n = v.length;
    return typeof n === 'number' ? n : NaN;
  } catch {
    return NaN;
  }
}
export function keys(o) {
  try {
    return Object.keys(o);
  } catch {
    return null;
  }
}
export function floatText(n) { return String(n); }
"#)]
    extern "C" {
        pub fn field(object: &JsValue, key: &JsValue) -> JsValue;
        #[wasm_bindgen(js_name = field)]
        pub fn item(array: &JsValue, index: u32) -> JsValue;
        #[wasm_bindgen(js_name = isRecord)]
        pub fn is_record(value: &JsValue) -> bool;
        pub fn length(value: &JsValue) -> f64;
        pub fn keys(object: &JsValue) -> JsValue;
        #[wasm_bindgen(js_name = floatText)]
        pub fn float_text(n: f64) -> js_sys::JsString;
    }
}

// The engine runs on the page's one thread: the allocator needs no lock.
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature has one thread only.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

thread_local! {
    /// The field names of the request types as JavaScript strings, made once each: a name
    /// crossing as text would be decoded on every field of every trip.
    static NAMES: RefCell<Vec<(usize, &'static JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// `name` as a JavaScript string, made on first use.
fn js_name(name: &'static str) -> &'static JsValue {
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        let key = name.as_ptr() as usize;
        if let Some(&(_, js)) = names.iter().find(|(k, _)| *k == key) {
            return js;
        }
        let js: &'static JsValue = Box::leak(Box::new(JsValue::from_str(name)));
        names.push((key, js));
        js
    })
}

/// A present value; `undefined` is absent. A refused one is the symbol REFUSED, which every
/// read of it refuses in turn.
fn present(value: JsValue) -> Result<Option<JsValue>, Refused> {
    Ok((!value.is_undefined()).then_some(value))
}

/// A JavaScript value as plain data: `null` and `undefined` alike, arrays, and an object's
/// own data properties (never a getter, never an inherited field).
impl Data for JsValue {
    const BY_NAME: bool = true;

    fn is_null(&self) -> bool {
        self.is_null_or_undefined()
    }

    fn node(&self) -> Result<Node, Refused> {
        Ok(if let Some(s) = self.as_string() {
            Node::Str(s)
        } else if let Some(n) = self.as_f64() {
            Node::Number(n)
        } else if let Some(b) = self.as_bool() {
            Node::Bool(b)
        } else if Data::is_null(self) {
            Node::Null
        } else if let Some(n) = self.length()? {
            Node::Array(n)
        } else if Data::is_object(self)? {
            Node::Object
        } else {
            Node::Other
        })
    }

    fn string(&self) -> Option<String> {
        self.as_string()
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }

    fn length(&self) -> Result<Option<usize>, Refused> {
        let n = js::length(self);
        // -1: not an array; a proxied array's length that is no array length is refused.
        match n {
            -1.0 => Ok(None),
            n if n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 => Ok(Some(n as usize)),
            _ => Err(Refused),
        }
    }

    fn is_object(&self) -> Result<bool, Refused> {
        Ok(js::is_record(self))
    }

    fn item(&self, index: usize) -> Result<Option<Self>, Refused> {
        present(js::item(self, index as u32))
    }

    fn field(&self, name: &'static str) -> Result<Option<Self>, Refused> {
        present(js::field(self, js_name(name)))
    }

    fn value_of(&self, key: &str) -> Result<Option<Self>, Refused> {
        present(js::field(self, &JsValue::from_str(key)))
    }

    fn keys(&self) -> Result<Vec<String>, Refused> {
        let keys = js::keys(self);
        if keys.is_null() {
            return Err(Refused);
        }
        Ok(keys.unchecked_into::<js_sys::Array>().iter().filter_map(|k| k.as_string()).collect())
    }
}
