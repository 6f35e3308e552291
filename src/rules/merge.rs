//! How an embedder's override changes the shipped profile: one rule at a time.
//!
//! A rule given in the override replaces that rule's whole timeline and nothing else. Lists
//! of rules with ids (regimes, documents, steps, refusal reasons) and maps of rules by key
//! (citizenship, sources) are merged item by item: an item with a known id or key replaces
//! that item, a new one is added at the end.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::rules::Timeline;

/// A part of the profile an override can change.
pub trait Merge {
    /// Applies `patch` to `self`.
    fn merge(&mut self, patch: Self);
}

impl<T> Merge for Timeline<T> {
    fn merge(&mut self, patch: Self) {
        *self = patch;
    }
}

impl Merge for String {
    fn merge(&mut self, patch: Self) {
        *self = patch;
    }
}

impl Merge for crate::date::Day {
    fn merge(&mut self, patch: Self) {
        *self = patch;
    }
}

impl<V> Merge for BTreeMap<String, V> {
    fn merge(&mut self, patch: Self) {
        self.extend(patch);
    }
}

/// A rule with an id among others of its kind, in the profile's order (the checklist's
/// order is the order of its documents).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item<T> {
    /// Stable id the page has words for (`visa-free-30`, `passport`).
    pub id: String,
    /// The item's dated values.
    pub timeline: Timeline<T>,
}

/// Rules with ids, in order. (Read by `rules::read`.)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Named<T>(pub Vec<Item<T>>);

impl<T> Named<T> {
    /// The item with this id.
    pub fn get(&self, id: &str) -> Option<&Item<T>> {
        self.0.iter().find(|item| item.id == id)
    }

    /// The items, in order.
    pub fn items(&self) -> &[Item<T>] {
        &self.0
    }
}

impl<T> Merge for Named<T> {
    fn merge(&mut self, patch: Self) {
        for item in patch.0 {
            match self.0.iter_mut().find(|own| own.id == item.id) {
                Some(own) => *own = item,
                None => self.0.push(item),
            }
        }
    }
}

/// Declares a section of the profile and its override from one list of fields: the
/// section (every rule required), the patch (every rule optional, unknown names refused)
/// and `apply`, which merges each rule the patch gives. Each field is spelled once.
macro_rules! section {
    (
        $(#[$meta:meta])*
        pub struct $name:ident / $patch:ident {
            $( $(#[$field_meta:meta])* $field:ident: $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        #[doc = concat!("An override of [`", stringify!($name), "`]: the rules it gives replace (or merge into) the shipped ones.")]
        #[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct $patch {
            $( #[allow(missing_docs)] pub $field: Option<$ty>, )*
        }

        impl $name {
            /// Merges every rule `patch` gives.
            pub fn apply(&mut self, patch: $patch) {
                $( if let Some(value) = patch.$field { $crate::rules::Merge::merge(&mut self.$field, value); } )*
            }
        }
    };
}

pub(crate) use section;
