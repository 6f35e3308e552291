//! The arrays and objects the [`Reader`](super::Reader) walks: each element or field handed
//! a reader one step deeper on the path, an object's fields either every key it has or (a
//! struct read by name) only the names its type declares.

use serde::de::{self, DeserializeSeed, IntoDeserializer};

use super::reader::{wrong_type, Absent, Reader, Result, MAX_ITEMS};
use super::{Data, Path, ReadError, Refused};
use crate::error::Code;

/// The elements of an array at `path`, read one by one.
pub(super) fn elements<'a, 'p, S: Data>(source: S, path: &'a Path<'p>) -> Result<Elements<'a, 'p, S>> {
    match source.length()? {
        Some(len) if len <= MAX_ITEMS => Ok(Elements { source, len, index: 0, path }),
        _ => wrong_type(),
    }
}

/// The entries of an object at `path`: every key it has, or (for a struct read by name)
/// the fields the struct declares.
pub(super) fn entries<'a, 'p, S: Data>(source: S, path: &'a Path<'p>, fields: Option<&'static [&'static str]>, default: Option<(&'static str, S)>) -> Result<Entries<'a, 'p, S>> {
    if !source.is_object()? {
        return wrong_type();
    }
    let keys = match fields {
        Some(names) if S::BY_NAME => Keys::Named(names.iter()),
        _ => Keys::Listed(source.keys()?.into_iter()),
    };
    Ok(Entries { source, keys, value: None, path, default })
}

/// The elements of an array, each read at `path[i]`; a hole is read as `null`.
pub(super) struct Elements<'a, 'p, S> {
    source: S,
    len: usize,
    index: usize,
    path: &'a Path<'p>,
}

impl<'de, S: Data> de::SeqAccess<'de> for Elements<'_, '_, S> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.index == self.len {
            return Ok(None);
        }
        let path = Path::Index(self.path, self.index);
        self.index += 1;
        match self.source.item(self.index - 1) {
            Ok(Some(item)) => seed.deserialize(Reader::new(item, path)).map(Some),
            Ok(None) => seed.deserialize(Absent(path)).map(Some),
            Err(Refused) => Err(ReadError::new(Code::InvalidInput).at(&path)),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.len - self.index)
    }
}

/// The keys an object is read by: the fields a struct declares, or every key it lists.
enum Keys {
    Named(std::slice::Iter<'static, &'static str>),
    Listed(std::vec::IntoIter<String>),
}

/// The entries of an object, each value read at `path.key`; absent fields are skipped (the
/// struct's own default or missing-field error then applies), but for the reader's default.
pub(super) struct Entries<'a, 'p, S> {
    source: S,
    keys: Keys,
    value: Option<(Key, S)>,
    path: &'a Path<'p>,
    default: Option<(&'static str, S)>,
}

/// A key being read: a struct's field name or a listed key.
enum Key {
    Static(&'static str),
    Owned(String),
}

impl Key {
    fn as_str(&self) -> &str {
        match self {
            Key::Static(s) => s,
            Key::Owned(s) => s,
        }
    }
}

impl<S: Data> Entries<'_, '_, S> {
    /// The next key whose value is present, with its value.
    fn next_entry(&mut self) -> std::result::Result<Option<(Key, S)>, (Key, Refused)> {
        loop {
            let (key, value) = match &mut self.keys {
                Keys::Named(names) => match names.next() {
                    Some(&name) => (Key::Static(name), self.source.field(name)),
                    None => break,
                },
                Keys::Listed(keys) => match keys.next() {
                    // A key the object lists holds a value: `undefined` there is a type error.
                    Some(key) => {
                        let value = self.source.value_of(&key).and_then(|v| v.ok_or(Refused).map(Some));
                        (Key::Owned(key), value)
                    }
                    None => break,
                },
            };
            let defaulted = self.default.as_ref().is_some_and(|(name, _)| *name == key.as_str());
            match value {
                Ok(Some(value)) => {
                    if defaulted {
                        self.default = None;
                    }
                    return Ok(Some((key, value)));
                }
                Ok(None) if !defaulted => {}
                Ok(None) => return Ok(self.default.take().map(|(name, value)| (Key::Static(name), value))),
                Err(refused) => return Err((key, refused)),
            }
        }
        // An object that lists no such key at all.
        Ok(self.default.take().map(|(name, value)| (Key::Static(name), value)))
    }
}

impl<'de, S: Data> de::MapAccess<'de> for Entries<'_, '_, S> {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        let (key, source) = match self.next_entry() {
            Ok(Some(entry)) => entry,
            Ok(None) => return Ok(None),
            Err((key, Refused)) => return Err(ReadError::new(Code::InvalidInput).at(&Path::Key(self.path, key.as_str()))),
        };
        let read = seed.deserialize(IntoDeserializer::<ReadError>::into_deserializer(key.as_str())).map_err(|e| e.at(&Path::Key(self.path, key.as_str())))?;
        self.value = Some((key, source));
        Ok(Some(read))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let (key, source) = self.value.take().ok_or_else(|| ReadError::new(Code::InvalidInput))?;
        seed.deserialize(Reader::new(source, Path::Key(self.path, key.as_str())))
    }
}
