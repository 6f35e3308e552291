//! [`Text`] and [`List`]: the profile's strings and lists, held as `&'static` data.
//!
//! The shipped rules are compiled into the engine (`build/` writes them as Rust), so the
//! browser never reads or builds a profile: every rule is read-only data. Reading a profile
//! from JSON happens only at build time and in native tests; there the text and lists read
//! are leaked to make them `'static` (a profile is read once per process).

use std::fmt;
use std::ops::Deref;

use serde::Serialize;

/// A string of the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Text(pub &'static str);

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// A list of the profile.
#[derive(Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct List<T: 'static>(pub &'static [T]);

impl<T> Default for List<T> {
    fn default() -> Self {
        List(&[])
    }
}

impl<T> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.0
    }
}

/// `List(&[...])`: the Rust expression of the list, which the build writes for the
/// compiled-in rules (every other type of the profile prints as its own literal).
impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("List(&")?;
        f.debug_list().entries(self.0).finish()?;
        f.write_str(")")
    }
}

/// In the TypeScript declarations (the `ts` feature, `src/ts.rs`): `string`.
#[cfg(feature = "ts")]
impl ts_rs::TS for Text {
    type WithoutGenerics = Text;
    type OptionInnerType = Text;

    fn name(_: &ts_rs::Config) -> String {
        String::from("string")
    }

    fn inline(cfg: &ts_rs::Config) -> String {
        Self::name(cfg)
    }
}

/// In the TypeScript declarations: `Array<T>`.
#[cfg(feature = "ts")]
impl<T: ts_rs::TS> ts_rs::TS for List<T> {
    type WithoutGenerics = List<ts_rs::Dummy>;
    type OptionInnerType = List<T>;

    fn name(cfg: &ts_rs::Config) -> String {
        format!("Array<{}>", T::name(cfg))
    }

    fn inline(cfg: &ts_rs::Config) -> String {
        format!("Array<{}>", T::inline(cfg))
    }

    fn visit_dependencies(v: &mut impl ts_rs::TypeVisitor)
    where
        Self: 'static,
    {
        T::visit_dependencies(v);
    }

    fn visit_generics(v: &mut impl ts_rs::TypeVisitor)
    where
        Self: 'static,
    {
        T::visit_generics(v);
        v.visit::<T>();
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod read {
    use serde::{Deserialize, Deserializer};

    use super::{List, Text};

    impl Text {
        /// Text read at build time or in a test, kept for the rest of the process.
        pub fn leak(text: String) -> Text {
            Text(Box::leak(text.into_boxed_str()))
        }
    }

    impl<T> List<T> {
        /// A list read at build time or in a test, kept for the rest of the process.
        pub fn leak(items: Vec<T>) -> List<T> {
            List(Box::leak(items.into_boxed_slice()))
        }
    }

    impl<'de> Deserialize<'de> for Text {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            String::deserialize(d).map(Text::leak)
        }
    }

    impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            Vec::deserialize(d).map(List::leak)
        }
    }
}
