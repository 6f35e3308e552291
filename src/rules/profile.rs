//! The rules profile: every number and list the engines use, as dated rules with sources,
//! checked as a whole before any engine sees it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::boundary::{self, Data};
use crate::date::Day;
use crate::error::{Code, Error};
use crate::rules::{check, Merge, PermitPatch, PermitRules, StayPatch, StayRules};

/// A legal text, article or official list a rule comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Source {
    /// Title a reader can look up; says what is unconfirmed, where something is.
    pub title: String,
    /// Public address, where known.
    #[serde(default)]
    pub url: Option<String>,
}

/// The sources of a profile, by key.
pub type Sources = BTreeMap<String, Source>;

/// The profile's content as written in `kz-2023.json`. Engines only ever see it inside a
/// checked [`Profile`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProfileData {
    /// Stable id, such as `KZ-2023`.
    pub id: String,
    /// Human title.
    pub title: String,
    /// The day the rules were last checked against their sources ("rules as of").
    pub reviewed: Day,
    /// Where the rules come from, by key; every entry of every rule names one.
    pub sources: Sources,
    /// The stay rules.
    pub stay: StayRules,
    /// The residence-permit rules.
    pub permit: PermitRules,
}

/// An embedder's override (`KzResidence.setProfile`): the rules it gives replace the
/// shipped ones, one rule at a time; sources, regimes, citizenships and documents merge by key.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProfilePatch {
    /// A new id.
    pub id: Option<String>,
    /// A new title.
    pub title: Option<String>,
    /// A new "rules as of" day.
    pub reviewed: Option<Day>,
    /// Sources to add or replace, by key.
    pub sources: Option<Sources>,
    /// Stay rules to replace.
    pub stay: Option<StayPatch>,
    /// Permit rules to replace.
    pub permit: Option<PermitPatch>,
}

/// A checked rules profile: the only way to build one is through its checks.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile(ProfileData);

impl Profile {
    /// Checks `data` (every timeline well formed and sourced, numbers sane, references
    /// known); errors are `INVALID_PROFILE` at `profile.<path>`.
    pub fn new(data: ProfileData) -> Result<Profile, Error> {
        check::profile(&data)?;
        Ok(Profile(data))
    }

    /// A profile read from any serde data (a JavaScript object, JSON), then checked.
    pub fn from_data<S: Data>(input: S) -> Result<Profile, Error> {
        Profile::new(boundary::decode(input).map_err(within_profile)?)
    }

    /// The shipped profile, `kz-2023.json`.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    pub fn shipped() -> Profile {
        let data: ProfileData = serde_json::from_str(crate::rules::DEFAULT_PROFILE_JSON).expect("kz-2023.json is a profile");
        Profile::new(data).expect("kz-2023.json passes its checks")
    }

    /// This profile with an override applied and checked; `self` is left as it was.
    pub fn with<S: Data>(&self, patch: S) -> Result<Profile, Error> {
        let patch: ProfilePatch = boundary::decode(patch).map_err(within_profile)?;
        let mut data = self.0.clone();
        let ProfilePatch { id, title, reviewed, sources, stay, permit } = patch;
        if let Some(v) = id {
            data.id = v;
        }
        if let Some(v) = title {
            data.title = v;
        }
        if let Some(v) = reviewed {
            data.reviewed = v;
        }
        if let Some(v) = sources {
            Merge::merge(&mut data.sources, v);
        }
        if let Some(v) = stay {
            data.stay.apply(v);
        }
        if let Some(v) = permit {
            data.permit.apply(v);
        }
        Profile::new(data)
    }

    /// The rules.
    pub fn data(&self) -> &ProfileData {
        &self.0
    }

    /// The stay rules.
    pub fn stay(&self) -> &StayRules {
        &self.0.stay
    }

    /// The permit rules.
    pub fn permit(&self) -> &PermitRules {
        &self.0.permit
    }
}

/// A profile's type errors as `INVALID_PROFILE` at `profile.<path>`.
fn within_profile(e: Error) -> Error {
    Error { code: Code::InvalidProfile, ..e.within("profile") }
}
