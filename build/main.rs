//! The build step of the rules: reads the profile (`src/rules/kz.json`) and, when the
//! environment variable `KZ_PROFILE` names one (`make PROFILE=override.json`), an override;
//! merges and checks them with the engine's own code (the modules below are the crate's
//! own files), and writes the profile as Rust data for `src/shipped.rs`. A profile that
//! fails its checks fails the build, naming the field.
//!
//! The data is written as each type's `Debug` output, which for the profile's types is the
//! Rust expression that builds it (`Day::ymd(2023, 1, 27)`, `List(&[...])`), so the engine
//! holds the rules as read-only statics and reads nothing at run time.

#![allow(dead_code, unused_imports)]

#[path = "../src/boundary/mod.rs"]
mod boundary;
#[path = "../src/date.rs"]
mod date;
#[path = "../src/error.rs"]
mod error;
#[path = "../src/notice.rs"]
mod notice;
#[path = "../src/rules/mod.rs"]
mod rules;

use std::path::Path;
use std::{env, fs};

const PROFILE: &str = "src/rules/kz.json";

fn main() {
    println!("cargo::rerun-if-changed={PROFILE}");
    println!("cargo::rerun-if-env-changed=KZ_PROFILE");
    let read = |path: &str| fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read the rules profile {path}: {e}"));
    let patch = env::var("KZ_PROFILE").ok().filter(|p| !p.is_empty()).map(|path| {
        println!("cargo::rerun-if-changed={path}");
        read(&path)
    });
    let profile = rules::read(&read(PROFILE)).and_then(|profile| patch.map_or(Ok(profile), |patch| profile.with(&patch)));
    let profile = profile.unwrap_or_else(|e| panic!("the rules profile fails its checks: {} at {}", e.code.as_str(), e.field));
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("profile.rs");
    let code = format!("/// The shipped rules profile, checked by the build.\npub static PROFILE: ProfileData = {:#?};\n", profile.data());
    fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
