//! The shipped rules profile, compiled in: the build (`build/main.rs`) reads
//! `src/rules/kz.json` and any override `make PROFILE=...` names, checks them with
//! [`crate::rules`]' own checks and writes the result here as read-only data. Nothing reads
//! or checks a profile at run time, in the browser or natively.

use crate::date::Day;
use crate::rules::Exemption::*;
use crate::rules::Ground::*;
use crate::rules::Holder::*;
use crate::rules::Housing::*;
use crate::rules::Registration::*;
use crate::rules::RiskCode::*;
use crate::rules::{
    Citation, Condition, Document, Entry, Item, Limits, List, Named, Penalties, PermitRules, Pilot, PilotReport, Profile, ProfileData, Qazeta,
    Refusal, Source, Sources, StayRules, Step, Text, Timeline,
};

include!(concat!(env!("OUT_DIR"), "/profile.rs"));

impl Profile {
    /// The shipped profile, `src/rules/kz.json`, as the build checked it.
    pub fn shipped() -> Profile {
        Profile::checked(&PROFILE)
    }
}
