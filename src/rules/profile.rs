//! The profile's shape, its checks, and the choice of the version in force on a date.

use crate::date::{self, Day};
use crate::error::{Code, Error};
use crate::rules::permit::{self, DocumentRule, Ground, MoneyRule, RefusalReason, StepRule};
use crate::rules::Regime;
use crate::value::{from_value_struct, to_value_struct, Map, Path};

/// A rules profile: sources by key and the dated versions of the rules.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Stable id, such as `KZ-2023`.
    pub id: String,
    /// Human title of the profile.
    pub title: String,
    /// Where the rules come from, by key; every rule names one.
    pub sources: Map<Source>,
    /// The versions, in order of their start dates.
    pub versions: Vec<Version>,
}

/// A legal text, article or official list a rule comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Title a reader can look up.
    pub title: String,
    /// Public address, where known.
    pub url: Option<String>,
}

/// One number (or list) of the rules, with where it comes from and since when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule<T> {
    /// The number or list itself.
    pub value: T,
    /// Key into the profile's `sources`.
    pub source: String,
    /// Date the rule took effect, `YYYY-MM-DD`.
    pub effective: String,
}

/// The rules in force from `start` until `end` (inclusive; open-ended when `None`).
#[derive(Debug, Clone)]
pub struct Version {
    /// First day the version applies, `YYYY-MM-DD`.
    pub start: String,
    /// Last day the version applies, if it has been replaced.
    pub end: Option<String>,
    /// Length of the rolling window of the stay rule, in days.
    pub window_days: Rule<u32>,
    /// Most days of presence in any window.
    pub max_days: Rule<u32>,
    /// The regime used when a request names none.
    pub default_regime: String,
    /// The named regimes a visitor can choose.
    pub regimes: Vec<Regime>,
    /// The grounds a residence permit may be asked for on.
    pub grounds: Rule<Vec<Ground>>,
    /// The investment the investment ground needs; it must be exceeded.
    pub investment_threshold: MoneyRule,
    /// The money an applicant must show on an account.
    pub solvency: MoneyRule,
    /// Days the passport must stay valid after the application date.
    pub passport_margin_days: Rule<u32>,
    /// Years a residence permit is valid (unless the passport expires first).
    pub validity_years: Rule<u32>,
    /// Years after the permit's issue date an application for citizenship is possible.
    pub citizenship_years: Rule<u32>,
    /// The checklist of documents, in order.
    pub documents: Vec<DocumentRule>,
    /// The steps of the procedure, in order.
    pub steps: Vec<StepRule>,
    /// The reasons a permit may be refused.
    pub refusal_reasons: Vec<RefusalReason>,
}

/// A coded remark attached to an answer, shown by the page (never an error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Stable code, such as `BEFORE_FIRST_VERSION`.
    pub code: &'static str,
    /// The date the notice is about, `YYYY-MM-DD`.
    pub date: String,
}

from_value_struct!(Profile { id: "id", title: "title", sources: "sources", versions: "versions" });
from_value_struct!(Source { title: "title", url: "url" });
from_value_struct!(Rule<T> { value: "value", source: "source", effective: "effective" });
from_value_struct!(Version {
    start: "start",
    end: "end",
    window_days: "windowDays",
    max_days: "maxDays",
    default_regime: "defaultRegime",
    regimes: "regimes",
    grounds: "grounds",
    investment_threshold: "investmentThreshold",
    solvency: "solvency",
    passport_margin_days: "passportMarginDays",
    validity_years: "validityYears",
    citizenship_years: "citizenshipYears",
    documents: "documents",
    steps: "steps",
    refusal_reasons: "refusalReasons",
});
to_value_struct!(Notice { code: "code", date: "date" });

/// Where the checks report a rule: `profile.<path inside a version>`, the path an
/// embedder's override uses.
pub(crate) const PROFILE: Path<'static> = Path::Key(&Path::Root, "profile");

impl Profile {
    /// Checks every rule has a known source and a valid effective date, every version a
    /// valid start, that versions are in order, and that the numbers make sense.
    /// Errors name the field as `profile.<field in the version>`.
    pub fn check(&self) -> Result<(), Error> {
        if self.versions.is_empty() {
            return Err(Error::new(Code::InvalidProfile, "profile.versions"));
        }
        let versions = PROFILE.key("versions");
        let mut previous_start = None;
        for (i, v) in self.versions.iter().enumerate() {
            let related = || versions.index(i).render();
            v.check(self).map_err(|e| Error { related: Some(related()), ..e })?;
            let start = v.start_day();
            if previous_start.is_some_and(|p| start <= p) {
                return Err(Error::between(Code::InvalidProfile, "profile.start", related()));
            }
            previous_start = Some(start);
        }
        Ok(())
    }

    /// The version in force on `day` and, for a day before the first version, a notice
    /// that the first version's numbers were used.
    pub fn version_on(&self, day: Day) -> (&Version, Option<Notice>) {
        let index = self.versions.partition_point(|v| v.start_day() <= day);
        match index {
            0 => (&self.versions[0], Some(Notice { code: "BEFORE_FIRST_VERSION", date: self.versions[0].start.clone() })),
            i => (&self.versions[i - 1], None),
        }
    }

    /// The index of the version in force on `day` (the first one for earlier days).
    pub fn version_index(&self, day: Day) -> usize {
        self.versions.partition_point(|v| v.start_day() <= day).saturating_sub(1)
    }

    /// Checks a rule's source and date; `at` is its path (`profile.solvency`).
    pub fn check_rule(&self, source: &str, effective: &str, at: &Path) -> Result<(), Error> {
        if self.sources.get(source).is_none() {
            return Err(at.key("source").error(Code::InvalidProfile));
        }
        date::parse_day(effective).map_err(|_| at.key("effective").error(Code::InvalidProfile))?;
        Ok(())
    }
}

impl Version {
    /// The start day; a version that passed [`Profile::check`] always has one.
    pub fn start_day(&self) -> Day {
        date::parse_day(&self.start).unwrap_or(date::MIN_DAY)
    }

    /// The regime with this id.
    pub fn regime(&self, id: &str) -> Option<&Regime> {
        self.regimes.iter().find(|r| r.id == id)
    }

    fn check(&self, profile: &Profile) -> Result<(), Error> {
        let bad = |at: Path| at.error(Code::InvalidProfile);
        date::parse_day(&self.start).map_err(|_| bad(PROFILE.key("start")))?;
        if let Some(end) = &self.end {
            let end = date::parse_day(end).map_err(|_| bad(PROFILE.key("end")))?;
            if end < self.start_day() {
                return Err(bad(PROFILE.key("end")));
            }
        }
        let (window_days, max_days) = (PROFILE.key("windowDays"), PROFILE.key("maxDays"));
        profile.check_rule(&self.window_days.source, &self.window_days.effective, &window_days)?;
        profile.check_rule(&self.max_days.source, &self.max_days.effective, &max_days)?;
        if self.window_days.value == 0 || self.window_days.value > crate::stay::MAX_WINDOW_DAYS {
            return Err(bad(window_days.key("value")));
        }
        if self.max_days.value == 0 || self.max_days.value > self.window_days.value {
            return Err(bad(max_days.key("value")));
        }
        let regimes = PROFILE.key("regimes");
        for (i, r) in self.regimes.iter().enumerate() {
            let at = regimes.index(i);
            r.check(&at)?;
            profile.check_rule(&r.source, &r.effective, &at)?;
        }
        if self.regime(&self.default_regime).is_none() {
            return Err(bad(PROFILE.key("defaultRegime")));
        }
        permit::check(self, profile)
    }
}

/// Turns the path of a value inside a whole profile (`versions[0].solvency.amount`) into
/// the path an embedder's override uses (`profile.solvency.amount`).
pub fn override_path(path: &str) -> String {
    let inner = match path.strip_prefix("versions[") {
        // A version index is digits, so its `]` is the first one.
        Some(rest) => rest.find(']').and_then(|i| rest.get(i + 1..)).and_then(|r| r.strip_prefix('.')).unwrap_or(""),
        None => path,
    };
    let mut out = String::from("profile");
    if !inner.is_empty() {
        out.push('.');
        out.push_str(inner);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_paths_drop_the_version_index() {
        assert_eq!(override_path("versions[0].solvency.amount"), "profile.solvency.amount");
        assert_eq!(override_path("versions[3]"), "profile");
        assert_eq!(override_path("title"), "profile.title");
    }
}
