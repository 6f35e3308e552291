//! The rules profile: every number and list the engines use, as dated rules with sources,
//! checked as a whole before any engine sees it.
//!
//! The shipped profile (`src/rules/kz.json`, with any build-time override) is read,
//! merged and checked by the build (`build/`), which writes it into the engine as
//! read-only data (`crate::shipped`): nothing reads or checks a profile at run time.

use serde::Serialize;

use crate::date::Day;
use crate::error::Error;
use crate::rules::{check, PermitRules, Sources, StayRules, Text};

/// The profile's content as written in `kz.json`. Engines only ever see it inside a
/// checked [`Profile`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProfileData {
    /// Stable id, such as `KZ`.
    pub id: Text,
    /// The day the rules were last checked against their sources ("rules as of").
    pub reviewed: Day,
    /// Where the rules come from, by key; every entry of every rule names one, and every
    /// source is named by some rule.
    pub sources: Sources,
    /// The stay rules.
    pub stay: StayRules,
    /// The residence-permit rules.
    pub permit: PermitRules,
}

/// A checked rules profile: the only way to build one is through its checks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Profile(&'static ProfileData);

impl Profile {
    /// Checks `data` (every timeline well formed and sourced, numbers sane, references
    /// known, every source cited); errors are `INVALID_PROFILE` at `profile.<path>`.
    pub fn new(data: &'static ProfileData) -> Result<Profile, Error> {
        check::profile(data)?;
        Ok(Profile(data))
    }

    /// A profile the build checked already (`crate::shipped`).
    pub(crate) const fn checked(data: &'static ProfileData) -> Profile {
        Profile(data)
    }

    /// The rules.
    pub fn data(&self) -> &'static ProfileData {
        self.0
    }

    /// The stay rules.
    pub fn stay(&self) -> &'static StayRules {
        &self.0.stay
    }

    /// The permit rules.
    pub fn permit(&self) -> &'static PermitRules {
        &self.0.permit
    }

    /// The sources.
    pub fn sources(&self) -> Sources {
        self.0.sources
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use read::{read, ProfilePatch};

/// Reading a profile from JSON: by the build, and by the native tests of the checks.
#[cfg(not(target_arch = "wasm32"))]
mod read {
    use super::Profile;
    use crate::boundary;
    use crate::rules::{check, List};
    use crate::date::Day;
    use crate::error::{Code, Error};
    use crate::rules::{Merge, PermitPatch, Sources, StayPatch, Text};

    /// An override of the shipped profile (`make PROFILE=override.json`): the rules it gives
    /// replace the shipped ones, one rule at a time; sources, regimes, citizenships,
    /// documents, steps and fees merge by key.
    #[derive(Debug, Clone, Default, serde::Deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    pub struct ProfilePatch {
        /// A new id.
        pub id: Option<Text>,
        /// A new "rules as of" day.
        pub reviewed: Option<Day>,
        /// Sources to add or replace, by key.
        pub sources: Option<Sources>,
        /// Stay rules to replace.
        pub stay: Option<StayPatch>,
        /// Permit rules to replace.
        pub permit: Option<PermitPatch>,
    }

    /// The profile in the JSON text `profile`, checked. Errors are `INVALID_PROFILE` at
    /// `profile.<path>`. What is read stays in memory for the rest of the process.
    pub fn read(profile: &str) -> Result<Profile, Error> {
        Profile::new(Box::leak(Box::new(decode(profile)?)))
    }

    impl Profile {
        /// This profile with the JSON override `patch` applied, checked (errors at
        /// `profile.<path>` of the override). Sources the override left cited by no rule
        /// (a replaced timeline's) are left out. Only the override is read and kept.
        pub fn with(&self, patch: &str) -> Result<Profile, Error> {
            let mut data = *self.data();
            let ProfilePatch { id, reviewed, sources, stay, permit } = decode(patch)?;
            id.into_iter().for_each(|v| data.id = v);
            reviewed.into_iter().for_each(|v| data.reviewed = v);
            sources.into_iter().for_each(|v| data.sources.merge(v));
            stay.into_iter().for_each(|v| data.stay.apply(v));
            permit.into_iter().for_each(|v| data.permit.apply(v));
            let cited = check::rules(&data)?;
            data.sources = Sources(List::leak(data.sources.all().iter().filter(|s| cited.contains(&*s.id)).copied().collect()));
            Profile::new(Box::leak(Box::new(data)))
        }
    }

    fn decode<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Error> {
        let value: serde_json::Value = serde_json::from_str(json).map_err(|_| Error::new(Code::InvalidProfile, "profile"))?;
        boundary::decode(&value).map_err(|e| Error { code: Code::InvalidProfile, ..e.within("profile") })
    }
}
