//! The JavaScript boundary: the only module that knows about `JsValue`.
//!
//! Requests and answers cross as JSON text: `JSON.stringify` and `JSON.parse` in `api.js`,
//! [`json::parse`] and [`json::write`] here. Walking JavaScript objects from wasm costs a
//! call per object, key and value (about 20 ms each way for 10 000 trips or 5 000
//! violation runs); the text costs a fraction of that. Errors become a JS `Error` carrying `code`,
//! `field` and `related`. Requests are converted before any state is borrowed, so a throwing
//! getter in a hostile request cannot leave the module in a broken state.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::api;
use crate::error::{Code, Error};
use crate::rules::Profile;
use crate::value::{json, Value};

thread_local! {
    static PROFILE: RefCell<Option<Profile>> = const { RefCell::new(None) };
}

/// Installs the rules profile (the shipped one, possibly merged with an embedder's
/// override) after checking it. A bad profile leaves the previous one in place.
#[wasm_bindgen(js_name = setProfile)]
pub fn set_profile(profile: &str) -> Result<(), JsValue> {
    let value = json::parse(profile).ok_or_else(|| to_js(Error::new(Code::InvalidProfile, "profile")))?;
    let parsed = api::profile(&value).map_err(to_js)?;
    PROFILE.with(|p| *p.borrow_mut() = Some(parsed));
    Ok(())
}

/// Index of the profile version in force on a date (the first one for earlier dates).
#[wasm_bindgen(js_name = versionIndex)]
pub fn version_index(on: &str) -> Result<u32, JsValue> {
    with_profile(|p| api::version_index(on, p))
}

/// `KzResidence.stay`: see the README for the request and the answer.
#[wasm_bindgen]
pub fn stay(request: &str) -> Result<String, JsValue> {
    let request = from_json(request).map_err(to_js)?;
    Ok(json::write(&with_profile(|p| api::stay(&request, p))?))
}

/// `KzResidence.permit`: see the README for the request and the answer.
#[wasm_bindgen]
pub fn permit(request: &str) -> Result<String, JsValue> {
    let request = from_json(request).map_err(to_js)?;
    Ok(json::write(&with_profile(|p| api::permit(&request, p))?))
}

fn with_profile<T>(f: impl FnOnce(&Profile) -> Result<T, Error>) -> Result<T, JsValue> {
    PROFILE.with(|p| match p.borrow().as_ref() {
        Some(profile) => f(profile),
        None => Err(Error::new(Code::InvalidProfile, "profile")),
    })
    .map_err(to_js)
}

/// `JSON.stringify` in `api.js` always gives valid JSON; anything else is refused whole.
fn from_json(text: &str) -> Result<Value, Error> {
    json::parse(text).ok_or_else(|| Error::new(Code::InvalidInput, ""))
}

fn to_js(e: Error) -> JsValue {
    let mut message = String::from(e.code.as_str());
    message.push_str(" at ");
    message.push_str(if e.field.is_empty() { "request" } else { &e.field });
    let js = js_sys::Error::new(&message);
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&js, &JsValue::from_str(key), &value).is_ok();
    set("code", JsValue::from_str(e.code.as_str()));
    set("field", JsValue::from_str(&e.field));
    set("related", e.related.as_deref().map_or(JsValue::NULL, JsValue::from_str));
    js.into()
}
