//! The JavaScript boundary: the only module that knows about `JsValue`.
//!
//! Each export converts its argument with `serde-wasm-bindgen`, calls the pure core and
//! converts the answer back. Errors become a JS `Error` carrying `code`, `field` and
//! `related`. Requests are converted before any state is borrowed, so a throwing getter in
//! a hostile request cannot leave the module in a broken state.

use std::cell::RefCell;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::date;
use crate::error::{self, Code, Error};
use crate::permit;
use crate::rules::{override_path, Profile};
use crate::stay;

thread_local! {
    static PROFILE: RefCell<Option<Profile>> = const { RefCell::new(None) };
}

/// Installs the rules profile (the shipped one, possibly merged with an embedder's
/// override) after checking it. A bad profile leaves the previous one in place.
#[wasm_bindgen(js_name = setProfile)]
pub fn set_profile(profile: JsValue) -> Result<(), JsValue> {
    let parsed: Profile = error::deserialize(serde_wasm_bindgen::Deserializer::from(profile)).map_err(|e| {
        to_js(Error { code: Code::InvalidProfile, field: override_path(&e.field), related: None })
    })?;
    parsed.check().map_err(to_js)?;
    PROFILE.with(|p| *p.borrow_mut() = Some(parsed));
    Ok(())
}

/// Index of the profile version in force on a date (the first one for earlier dates).
#[wasm_bindgen(js_name = versionIndex)]
pub fn version_index(on: &str) -> Result<u32, JsValue> {
    let day = date::parse(on, "on").map_err(to_js)?;
    with_profile(|p| Ok(p.version_index(day) as u32))
}

/// `KzResidence.stay`: see the README for the request and the answer.
#[wasm_bindgen]
pub fn stay(request: JsValue) -> Result<JsValue, JsValue> {
    let request: stay::StayRequest = error::deserialize(serde_wasm_bindgen::Deserializer::from(request)).map_err(to_js)?;
    let answer = with_profile(|p| stay::stay(&request, p).map_err(to_js))?;
    to_value(&answer)
}

/// `KzResidence.permit`: see the README for the request and the answer.
#[wasm_bindgen]
pub fn permit(request: JsValue) -> Result<JsValue, JsValue> {
    let request: permit::PermitRequest = error::deserialize(serde_wasm_bindgen::Deserializer::from(request)).map_err(to_js)?;
    let answer = with_profile(|p| permit::permit(&request, p).map_err(to_js))?;
    to_value(&answer)
}

fn with_profile<T>(f: impl FnOnce(&Profile) -> Result<T, JsValue>) -> Result<T, JsValue> {
    PROFILE.with(|p| match p.borrow().as_ref() {
        Some(profile) => f(profile),
        None => Err(to_js(Error::new(Code::InvalidProfile, "profile"))),
    })
}

fn to_value<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true)).map_err(JsValue::from)
}

fn to_js(e: Error) -> JsValue {
    let js = js_sys::Error::new(&format!("{} at {}", e.code.as_str(), if e.field.is_empty() { "request" } else { &e.field }));
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&js, &JsValue::from_str(key), &value).is_ok();
    set("code", JsValue::from_str(e.code.as_str()));
    set("field", JsValue::from_str(&e.field));
    set("related", e.related.as_deref().map_or(JsValue::NULL, JsValue::from_str));
    js.into()
}
