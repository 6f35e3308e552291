//! The checks a profile passes before any engine sees it (at build time for the shipped
//! one): every timeline well formed and sourced, every number sane, every reference known,
//! every source cited by some rule. Errors are `INVALID_PROFILE` at the path of the bad
//! value (`profile.permit.mci[3].from`).

use std::collections::BTreeSet;

use crate::error::{Code, Error};
use crate::rules::{Named, PermitRules, ProfileData, Sources, StayRules, Timeline, MAX_WINDOW_DAYS, VISA_REQUIRED};

/// A sanity bound for numbers of days in the rules (ten years), not a rule of law.
const SANE_DAYS: i32 = 3660;
/// A sanity bound for numbers of years and counts in the rules, not a rule of law.
const SANE_COUNT: u32 = 100;

/// Checks a whole profile, every source cited by some rule.
pub fn profile(p: &ProfileData) -> Result<(), Error> {
    let cited = rules(p)?;
    match p.sources.all().iter().find(|s| !cited.contains(&*s.id)) {
        Some(uncited) => bad(&format!("profile.sources.{}", uncited.id)),
        None => Ok(()),
    }
}

/// Checks a profile's rules and citations, and returns the sources the rules cite.
pub fn rules(p: &ProfileData) -> Result<BTreeSet<&'static str>, Error> {
    if p.id.is_empty() {
        return bad("profile.id");
    }
    for s in p.sources.all() {
        let citations_ok = !s.citation.is_empty() && s.citation.iter().all(|c| !c.text.trim().is_empty() && is_language_tag(&c.lang));
        if !citations_ok {
            return bad(&format!("profile.sources.{}.citation", s.id));
        }
    }
    let mut checker = Checker { sources: p.sources, cited: BTreeSet::new() };
    checker.stay(&p.stay)?;
    checker.permit(&p.permit)?;
    Ok(checker.cited)
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

fn is_language_tag(tag: &str) -> bool {
    (2..=8).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Checks timelines against the sources, noting which sources are cited.
struct Checker {
    sources: Sources,
    cited: BTreeSet<&'static str>,
}

impl Checker {
    /// Checks the timeline at `at` (`profile.permit.mci`): not empty, each entry's end on
    /// or after its start, each entry beginning the day after the previous one ends, and
    /// every source known. `value` checks one value and names the bad part of it
    /// (`"maxDays"`), or `""` for the value as a whole.
    fn timeline<T>(&mut self, at: &str, timeline: &Timeline<T>, value: impl Fn(&T) -> Result<(), &'static str>) -> Result<(), Error> {
        let entries = timeline.entries();
        if entries.is_empty() {
            return bad(at);
        }
        for (i, e) in entries.iter().enumerate() {
            let here = |part: &str| format!("{at}[{i}]{part}");
            if e.to.is_some_and(|to| to < e.from) {
                return bad(&here(".to"));
            }
            if self.sources.get(&e.source).is_none() {
                return bad(&here(".source"));
            }
            self.cited.insert(e.source.0);
            // Sorted, no overlap and no gap: the day after the previous end, exactly.
            if i > 0 && entries[i - 1].to.map(|to| to + 1) != Some(e.from) {
                return bad(&here(".from"));
            }
            if let Err(part) = value(&e.value) {
                return bad(&here(&if part.is_empty() { String::from(".value") } else { format!(".value.{part}") }));
            }
        }
        Ok(())
    }

    /// Checks a list of rules with ids: each id valid (`id_ok`) and unique, each timeline well formed.
    fn named<T, I: PartialEq>(&mut self, list: &Named<T, I>, at: &str, id_ok: impl Fn(&I) -> bool, value: impl Fn(&T) -> Result<(), &'static str>) -> Result<(), Error> {
        for (i, item) in list.items().iter().enumerate() {
            if !id_ok(&item.id) || list.items()[..i].iter().any(|other| other.id == item.id) {
                return bad(&format!("{at}[{i}].id"));
            }
            self.timeline(&format!("{at}[{i}].timeline"), &item.timeline, &value)?;
        }
        Ok(())
    }

    fn stay(&mut self, r: &StayRules) -> Result<(), Error> {
        let text_id = |id: &crate::rules::Text| !id.is_empty();
        self.named(&r.regimes, "profile.stay.regimes", text_id, |l| {
            part((1..=MAX_WINDOW_DAYS).contains(&l.window_days), "windowDays")?;
            part((1..=l.window_days).contains(&l.max_days), "maxDays")?;
            part(l.max_days_per_entry.is_none_or(|p| (1..=MAX_WINDOW_DAYS).contains(&p)), "maxDaysPerEntry")
        })?;
        if r.regimes.by_id(&r.default_regime).is_none() {
            return bad("profile.stay.defaultRegime");
        }
        let alpha2 = |code: &crate::rules::Text| code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
        self.named(&r.citizenship, "profile.stay.citizenship", alpha2, |id| part(&**id == VISA_REQUIRED || r.regimes.by_id(id).is_some(), ""))?;
        self.timeline("profile.stay.notCounted", &r.not_counted, |v| part(!v.is_empty(), ""))?;
        self.timeline("profile.stay.registration", &r.registration, |v| match *v {
            crate::rules::Registration::HostNotifies { free_days, working_days } => {
                part(free_days >= 0, "freeDays")?;
                part(working_days >= 1, "workingDays")
            }
            crate::rules::Registration::SelfRegisters { by_day, address_change_working_days, confirmed_from_per_entry_days } => {
                part((1..=SANE_DAYS).contains(&by_day), "byDay")?;
                part(address_change_working_days >= 1, "addressChangeWorkingDays")?;
                part((1..=SANE_DAYS).contains(&confirmed_from_per_entry_days), "confirmedFromPerEntryDays")
            }
        })?;
        self.timeline("profile.stay.overstayPenalties", &r.overstay_penalties, |v| {
            part(v.warning_up_to_days >= 0, "warningUpToDays")?;
            part(v.fine_up_to_days >= v.warning_up_to_days, "fineUpToDays")?;
            part(v.fine_mci >= 0, "fineMci")?;
            part(v.ban_years_up_to >= 0, "banYearsUpTo")
        })?;
        self.timeline("profile.stay.borderRefusal", &r.border_refusal, any)?;
        self.timeline("profile.stay.qazeta", &r.qazeta, |v| {
            part(v.hours_before >= 0, "hoursBefore")?;
            part(v.valid_days >= 1, "validDays")
        })
    }

    fn permit(&mut self, r: &PermitRules) -> Result<(), Error> {
        let at = |name: &str| format!("profile.permit.{name}");
        let days = |v: &i32| part((0..=SANE_DAYS).contains(v), "");
        let count = |v: &u32| part(*v <= SANE_COUNT, "");
        self.timeline(&at("grounds"), &r.grounds, |g| part(!g.is_empty(), ""))?;
        self.timeline(&at("investmentThresholdUsd"), &r.investment_threshold_usd, |v| part(v.is_finite() && *v >= 0.0, ""))?;
        self.timeline(&at("solvencyMci"), &r.solvency_mci, any)?;
        self.timeline(&at("solvencyFromAge"), &r.solvency_from_age, count)?;
        self.timeline(&at("mci"), &r.mci, |v| part(*v > 0, ""))?;
        self.timeline(&at("solvencyExempt"), &r.solvency_exempt, any)?;
        self.timeline(&at("housingM2PerPerson"), &r.housing_m2_per_person, any)?;
        self.timeline(&at("passportMarginDays"), &r.passport_margin_days, days)?;
        self.timeline(&at("validityYears"), &r.validity_years, |v| part((1..=SANE_COUNT).contains(v), ""))?;
        self.timeline(&at("citizenshipYears"), &r.citizenship_years, count)?;
        self.timeline(&at("citizenshipTests"), &r.citizenship_tests, any)?;
        let text_id = |id: &crate::rules::Text| !id.is_empty();
        self.named(&r.fees, &at("fees"), text_id, |v| part(v.is_finite() && *v >= 0.0, ""))?;
        self.timeline(&at("applyBySoonDays"), &r.apply_by_soon_days, days)?;
        self.timeline(&at("pilot"), &r.pilot, |v| {
            part(v.min_percent <= 100, "minPercent")?;
            part(v.max_days >= 0, "maxDays")
        })?;
        self.timeline(&at("pilotReport"), &r.pilot_report, |v| part(v.regions <= SANE_COUNT, "regions"))?;
        let sane_days = |n: Option<i32>| n.is_none_or(|n| (1..=SANE_DAYS).contains(&n));
        self.named(&r.documents, &at("documents"), text_id, |d| {
            part(sane_days(d.max_age_days), "maxAgeDays")?;
            part(sane_days(d.valid_days), "validDays")
        })?;
        self.named(&r.steps, &at("steps"), text_id, |s| {
            part(s.documents.iter().all(|id| r.documents.by_id(id).is_some()), "documents")?;
            part(sane_days(s.max_days), "maxDays")
        })?;
        self.named(&r.refusal_reasons, &at("refusalReasons"), |_| true, any)
    }
}
