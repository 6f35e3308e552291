//! `KzResidence.rules({ on })`: the rules in force on a day, with every source, for the
//! page to show ("rules as of", source disclosures, form hints) without computing any.

use serde::Serialize;

use crate::date::Day;
use crate::error::Error;
use crate::rules::{Entry, Ground, Limits, Notice, Position, Profile, Sources};

/// The rules in force on `on`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesOn<'a> {
    /// The profile's id.
    pub id: &'a str,
    /// The profile's title.
    pub title: &'a str,
    /// The day the rules were last checked against their sources.
    pub reviewed: Day,
    /// The day asked about.
    pub on: Day,
    /// Every source, by key.
    pub sources: &'a Sources,
    /// The regimes in force, in the profile's order.
    pub regimes: Vec<Regime<'a>>,
    /// The regime assumed when a visitor names none.
    pub default_regime: &'a str,
    /// The citizenships the profile knows, each with its regime (or `visa-required`).
    pub citizenship: Vec<Citizenship<'a>>,
    /// The grounds.
    pub grounds: &'a Entry<Vec<Ground>>,
    /// The solvency amount for one applicant.
    pub solvency: SolvencyOn<'a>,
    /// The investment threshold in US dollars.
    pub investment_threshold_usd: &'a Entry<f64>,
    /// The passport must be valid more than this many days on the day of application.
    pub passport_margin_days: &'a Entry<i32>,
    /// Years a permit is valid.
    pub validity_years: &'a Entry<u32>,
    /// Years after the permit's issue an application for citizenship is possible.
    pub citizenship_years: &'a Entry<u32>,
    /// `BEFORE_FIRST_VERSION` for a day before the rules' first values.
    pub notices: Vec<Notice>,
}

/// A regime in force.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Regime<'a> {
    /// Its id.
    pub id: &'a str,
    /// Its limits and their source.
    #[serde(flatten)]
    pub entry: &'a Entry<Limits>,
}

/// A citizenship's regime.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Citizenship<'a> {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'a str,
    /// The regime id or `visa-required`, and its source.
    #[serde(flatten)]
    pub entry: &'a Entry<String>,
}

/// The solvency amount of one applicant on the day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SolvencyOn<'a> {
    /// Monthly calculation indices per applicant, and their source.
    pub multiple: &'a Entry<u32>,
    /// The MCI used, and its source.
    pub mci: &'a Entry<u32>,
    /// The year of that MCI.
    pub mci_year: i32,
    /// Whether the day is past the last MCI of the profile (the last one is assumed).
    pub mci_assumed: bool,
    /// The amount in tenge.
    pub required_kzt: f64,
}

impl Profile {
    /// The rules in force on `on`; before the first values, the first ones with a notice.
    pub fn on(&self, on: Day) -> Result<RulesOn<'_>, Error> {
        let (stay, permit) = (self.stay(), self.permit());
        let grounds = permit.grounds.at(on)?;
        let day = on.max(grounds.from);
        let notices = if on < grounds.from { vec![Notice::BeforeFirstVersion { date: grounds.from }] } else { vec![] };
        let regimes = stay.regimes.items().iter().filter_map(|item| match item.timeline.nearest(day)? {
            (_, Position::After) => None,
            (entry, _) => Some(Regime { id: &item.id, entry }),
        });
        let citizenship = stay.citizenship.iter().filter_map(|(code, t)| t.nearest(day).filter(|(_, p)| *p != Position::After).map(|(entry, _)| Citizenship { code, entry }));
        let multiple = permit.solvency_mci.at(day)?;
        let mci = permit.mci.at(day)?;
        Ok(RulesOn {
            id: &self.data().id,
            title: &self.data().title,
            reviewed: self.data().reviewed,
            on,
            sources: &self.data().sources,
            regimes: regimes.collect(),
            default_regime: &stay.default_regime,
            citizenship: citizenship.collect(),
            grounds,
            solvency: SolvencyOn {
                multiple,
                mci,
                mci_year: mci.from.year(),
                mci_assumed: permit.mci.nearest(day).is_some_and(|(_, p)| p == Position::After),
                required_kzt: f64::from(multiple.value) * f64::from(mci.value),
            },
            investment_threshold_usd: permit.investment_threshold_usd.at(day)?,
            passport_margin_days: permit.passport_margin_days.at(day)?,
            validity_years: permit.validity_years.at(day)?,
            citizenship_years: permit.citizenship_years.at(day)?,
            notices,
        })
    }
}
