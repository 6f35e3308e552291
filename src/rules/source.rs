//! Where a rule comes from: a law, a decree, an order, an official page or a report, cited
//! as published. A citation is given in each language the source exists in (laws and
//! orders have official Russian and Kazakh titles); the first is the language it was
//! published in, which the page shows, marked as such, to a visitor whose language the
//! source lacks. What a source says is the page's own words, never part of its citation.

use serde::Serialize;

use crate::date::Day;
use crate::rules::{List, Text};

/// A source of the profile.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Source {
    /// The key rules cite it by.
    pub id: Text,
    /// The citation in each language it exists in, the language of publication first.
    pub citation: List<Citation>,
    /// Its public address, where known.
    pub url: Option<Text>,
    /// The day it was published or signed, where known.
    pub published: Option<Day>,
}

/// A citation in one language.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// A BCP 47 language tag: `ru`, `kk`, `en`, `tr`.
    pub lang: Text,
    /// Author or publisher, title, number and date, as published.
    pub text: Text,
}

/// The sources of a profile, sorted by key.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Sources(pub List<Source>);

impl Sources {
    /// The source with this key.
    pub fn get(&self, id: &str) -> Option<&'static Source> {
        let all = self.0 .0;
        all.binary_search_by(|s| s.id.0.cmp(id)).ok().map(|i| &all[i])
    }

    /// Every source, by key.
    pub fn all(&self) -> &'static [Source] {
        self.0 .0
    }
}

/// Reading sources as a JSON object by key: `{ "law-migration": { "citation": [...], ... } }`.
#[cfg(not(target_arch = "wasm32"))]
mod read {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer};

    use super::{Citation, Source, Sources};
    use crate::date::Day;
    use crate::rules::{List, Text};

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Fields {
        citation: List<Citation>,
        #[serde(default)]
        url: Option<Text>,
        #[serde(default)]
        published: Option<Day>,
    }

    impl<'de> Deserialize<'de> for Sources {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let map = BTreeMap::<String, Fields>::deserialize(d)?;
            let sources = map.into_iter().map(|(id, f)| Source { id: Text::leak(id), citation: f.citation, url: f.url, published: f.published });
            Ok(Sources(List::leak(sources.collect())))
        }
    }
}

/// The sources an answer cites, each once, in the order first cited: an answer carries
/// them so the page lists what it shows, and nothing else.
#[derive(Debug, Default)]
pub struct Cited(Vec<Text>);

impl Cited {
    /// Notes a source key (again is fine).
    pub fn add(&mut self, key: Text) {
        if !self.0.contains(&key) {
            self.0.push(key);
        }
    }

    /// The sources noted, looked up in `sources` (a checked profile knows every key).
    pub fn resolve(self, sources: Sources) -> Vec<&'static Source> {
        self.0.iter().filter_map(|key| sources.get(key)).collect()
    }
}
