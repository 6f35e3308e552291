//! Rules with ids among others of their kind (regimes, documents, steps, the citizenships
//! by code), each its own timeline, in the profile's order or by key.

use serde::Serialize;

use crate::rules::{List, Text, Timeline};

/// A rule with an id: `visa-free-30`, `passport`, a citizenship's code.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Item<T: 'static, I = Text> {
    /// Stable id the page has words for.
    pub id: I,
    /// The item's dated values.
    pub timeline: Timeline<T>,
}

/// Rules with ids, in order (the checklist's order is the order of its documents).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(transparent)]
pub struct Named<T: 'static, I: 'static = Text>(pub List<Item<T, I>>);

impl<T, I: PartialEq> Named<T, I> {
    /// The item with this id.
    pub fn get(&self, id: &I) -> Option<&'static Item<T, I>> {
        self.items().iter().find(|item| &item.id == id)
    }

    /// The items, in order.
    pub fn items(&self) -> &'static [Item<T, I>] {
        self.0 .0
    }
}

impl<T> Named<T> {
    /// The item with the id `id`.
    pub fn by_id(&self, id: &str) -> Option<&'static Item<T>> {
        self.items().iter().find(|item| &*item.id == id)
    }
}
