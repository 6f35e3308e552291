//! The checks a profile passes before any engine sees it: every timeline well formed and
//! sourced (see `Timeline::check`), every number sane, every reference known. Errors are
//! `INVALID_PROFILE` at the path of the bad value (`profile.permit.mci[3].from`).

use crate::error::{Code, Error};
use crate::rules::{Named, PermitRules, ProfileData, Sources, StayRules, VISA_REQUIRED};
use crate::stay::MAX_WINDOW_DAYS;

/// A sanity bound for numbers of days in the rules (ten years), not a rule of law.
const SANE_DAYS: i32 = 3660;
/// A sanity bound for numbers of years in the rules, not a rule of law.
const SANE_YEARS: u32 = 100;

/// Checks a whole profile.
pub fn profile(p: &ProfileData) -> Result<(), Error> {
    if p.id.is_empty() {
        return bad("profile.id");
    }
    if let Some(key) = p.sources.iter().find(|(_, s)| s.title.is_empty()).map(|(k, _)| k) {
        return bad(&format!("profile.sources.{key}.title"));
    }
    stay(&p.stay, &p.sources)?;
    permit(&p.permit, &p.sources)
}

fn bad<T>(field: &str) -> Result<T, Error> {
    Err(Error::new(Code::InvalidProfile, field))
}

/// `Ok` when `ok`, else the name of the bad part of a value.
fn part(ok: bool, name: &'static str) -> Result<(), &'static str> {
    if ok { Ok(()) } else { Err(name) }
}

fn any<T>(_: &T) -> Result<(), &'static str> {
    Ok(())
}

fn stay(r: &StayRules, sources: &Sources) -> Result<(), Error> {
    named(&r.regimes, "profile.stay.regimes", sources, |l| {
        part((1..=MAX_WINDOW_DAYS).contains(&l.window_days), "windowDays")?;
        part((1..=l.window_days).contains(&l.max_days), "maxDays")?;
        part(l.max_days_per_entry.is_none_or(|p| (1..=MAX_WINDOW_DAYS).contains(&p)), "maxDaysPerEntry")
    })?;
    if r.regimes.get(&r.default_regime).is_none() {
        return bad("profile.stay.defaultRegime");
    }
    for (code, timeline) in &r.citizenship {
        let at = format!("profile.stay.citizenship.{code}");
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return bad(&at);
        }
        timeline.check(&at, sources, |id| part(id == VISA_REQUIRED || r.regimes.get(id).is_some(), ""))?;
    }
    r.registration.check("profile.stay.registration", sources, |v| {
        part(v.free_days >= 0, "freeDays")?;
        part(v.working_days >= 1, "workingDays")
    })?;
    r.overstay_penalties.check("profile.stay.overstayPenalties", sources, |v| {
        part(v.warning_up_to_days >= 0, "warningUpToDays")?;
        part(v.fine_up_to_days >= v.warning_up_to_days, "fineUpToDays")?;
        part(v.fine_mci >= 0, "fineMci")?;
        part(v.ban_years_up_to >= 0, "banYearsUpTo")
    })?;
    r.border_refusal.check("profile.stay.borderRefusal", sources, any)?;
    r.qazeta.check("profile.stay.qazeta", sources, |v| {
        part(v.hours_before >= 0, "hoursBefore")?;
        part(v.valid_days >= 1, "validDays")
    })
}

fn permit(r: &PermitRules, sources: &Sources) -> Result<(), Error> {
    let at = |name: &str| format!("profile.permit.{name}");
    r.grounds.check(&at("grounds"), sources, |g| part(!g.is_empty(), ""))?;
    r.investment_threshold_usd.check(&at("investmentThresholdUsd"), sources, |v| part(v.is_finite() && *v >= 0.0, ""))?;
    r.solvency_mci.check(&at("solvencyMci"), sources, any)?;
    r.mci.check(&at("mci"), sources, |v| part(*v > 0, ""))?;
    r.solvency_exempt.check(&at("solvencyExempt"), sources, any)?;
    r.housing_m2_per_person.check(&at("housingM2PerPerson"), sources, any)?;
    r.passport_margin_days.check(&at("passportMarginDays"), sources, |v| part((0..=SANE_DAYS).contains(v), ""))?;
    r.validity_years.check(&at("validityYears"), sources, |v| part((1..=SANE_YEARS).contains(v), ""))?;
    r.citizenship_years.check(&at("citizenshipYears"), sources, |v| part(*v <= SANE_YEARS, ""))?;
    r.citizenship_tests.check(&at("citizenshipTests"), sources, any)?;
    r.apply_by_soon_days.check(&at("applyBySoonDays"), sources, |v| part((0..=SANE_DAYS).contains(v), ""))?;
    r.pilot.check(&at("pilot"), sources, |v| {
        part(v.min_percent <= 100, "minPercent")?;
        part(v.max_days >= 0, "maxDays")
    })?;
    named(&r.documents, &at("documents"), sources, |d| part(d.max_age_days.is_none_or(|n| (1..=SANE_DAYS).contains(&n)), "maxAgeDays"))?;
    named(&r.steps, &at("steps"), sources, |s| part(s.documents.iter().all(|id| r.documents.get(id).is_some()), "documents"))?;
    named(&r.refusal_reasons, &at("refusalReasons"), sources, any)
}

/// Checks a list of rules with ids: each id present and unique, each timeline well formed.
fn named<T>(list: &Named<T>, at: &str, sources: &Sources, value: impl Fn(&T) -> Result<(), &'static str>) -> Result<(), Error> {
    for (i, item) in list.items().iter().enumerate() {
        if item.id.is_empty() || list.items()[..i].iter().any(|other| other.id == item.id) {
            return bad(&format!("{at}[{i}].id"));
        }
        item.timeline.check(&format!("{at}[{i}].timeline"), sources, &value)?;
    }
    Ok(())
}
