//! The two parts of the profile declared together, and how a build-time override
//! (`make PROFILE=override.json`) changes the shipped profile: one rule at a time.
//!
//! A rule given in the override replaces that rule's whole timeline and nothing else. Lists
//! of rules with ids (regimes, citizenships, documents, steps, refusal reasons, fees) and the
//! sources are merged item by item: an item with a known id replaces that item, a new one is
//! added (citizenships and sources stay sorted by key).

/// Declares a section of the profile and its override from one list of fields: the
/// section (every rule required), and for the build and the native tests the patch (every
/// rule optional, unknown names refused) and `apply`, which merges each rule the patch
/// gives. Each field is spelled once.
macro_rules! section {
    (
        $(#[$meta:meta])*
        pub struct $name:ident / $patch:ident {
            $( $(#[$field_meta:meta])* $field:ident: $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        #[doc = concat!("An override of [`", stringify!($name), "`]: the rules it gives replace (or merge into) the shipped ones.")]
        #[cfg(not(target_arch = "wasm32"))]
        #[derive(Debug, Clone, Default, serde::Deserialize)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct $patch {
            $( #[allow(missing_docs)] pub $field: Option<$ty>, )*
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl $name {
            /// Merges every rule `patch` gives.
            pub fn apply(&mut self, patch: $patch) {
                $( if let Some(value) = patch.$field { $crate::rules::merge::Merge::merge(&mut self.$field, value); } )*
            }
        }
    };
}

pub(crate) use section;

#[cfg(not(target_arch = "wasm32"))]
pub use build::Merge;

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use crate::date::Day;
    use crate::rules::{Item, List, Named, Sources, Text, Timeline};

    /// A part of the profile an override can change.
    pub trait Merge {
        /// Applies `patch` to `self`.
        fn merge(&mut self, patch: Self);
    }

    /// Replaced whole.
    macro_rules! replaced {
        ($($ty:ty),*) => { $( impl Merge for $ty { fn merge(&mut self, patch: Self) { *self = patch; } } )* };
    }

    replaced!(Text, Day);

    impl<T> Merge for Timeline<T> {
        fn merge(&mut self, patch: Self) {
            *self = patch;
        }
    }

    impl<T: Copy, I: Copy + PartialEq> Merge for Named<T, I> {
        fn merge(&mut self, patch: Self) {
            let mut items: Vec<Item<T, I>> = self.items().to_vec();
            for item in patch.items() {
                match items.iter_mut().find(|own| own.id == item.id) {
                    Some(own) => *own = *item,
                    None => items.push(*item),
                }
            }
            *self = Named(List::leak(items));
        }
    }

    impl Merge for Sources {
        fn merge(&mut self, patch: Self) {
            let mut all: Vec<_> = self.all().iter().filter(|s| patch.get(&s.id).is_none()).copied().collect();
            all.extend_from_slice(patch.all());
            all.sort_by_key(|s| s.id);
            *self = Sources(List::leak(all));
        }
    }
}
