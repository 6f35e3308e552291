//! The JavaScript boundary: the only module that knows about `JsValue`.
//!
//! Each export turns its argument into a [`Value`] (see `js`), calls [`api`](crate::api)
//! and turns the answer back. Errors become a JS `Error` carrying `code`,
//! `field` and `related`. Requests are converted before any state is borrowed, so a throwing
//! getter in a hostile request cannot leave the module in a broken state.

mod js;

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::api;
use crate::error::{Code, Error};
use crate::rules::Profile;
use crate::value::Value;

thread_local! {
    static PROFILE: RefCell<Option<Profile>> = const { RefCell::new(None) };
}

/// Installs the rules profile (the shipped one, possibly merged with an embedder's
/// override) after checking it. A bad profile leaves the previous one in place.
#[wasm_bindgen(js_name = setProfile)]
pub fn set_profile(profile: JsValue) -> Result<(), JsValue> {
    let value = from_js(profile).map_err(|_| to_js(Error::new(Code::InvalidProfile, "profile")))?;
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
pub fn stay(request: JsValue) -> Result<JsValue, JsValue> {
    let request = from_js(request).map_err(to_js)?;
    Ok(js::to_js(&with_profile(|p| api::stay(&request, p))?))
}

/// `KzResidence.permit`: see the README for the request and the answer.
#[wasm_bindgen]
pub fn permit(request: JsValue) -> Result<JsValue, JsValue> {
    let request = from_js(request).map_err(to_js)?;
    Ok(js::to_js(&with_profile(|p| api::permit(&request, p))?))
}

fn with_profile<T>(f: impl FnOnce(&Profile) -> Result<T, Error>) -> Result<T, JsValue> {
    PROFILE.with(|p| match p.borrow().as_ref() {
        Some(profile) => f(profile),
        None => Err(Error::new(Code::InvalidProfile, "profile")),
    })
    .map_err(to_js)
}

/// Only what plain data cannot hold (symbols, functions, typed arrays) fails here;
/// `api.js` refuses those first, with their path.
fn from_js(value: JsValue) -> Result<Value, Error> {
    js::from_js(&value, 0).ok_or_else(|| Error::new(Code::InvalidInput, ""))
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
