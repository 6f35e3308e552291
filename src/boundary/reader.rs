//! [`Reader`]: a serde `Deserializer` over plain data that knows where it is. Every
//! failure leaving it is placed at its path; arrays and objects hand each element a reader
//! one step deeper.

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use crate::boundary::{Node, Path, ReadError, Data};
use crate::error::Code;

type Result<T> = std::result::Result<T, ReadError>;

/// Reads one value of plain data at a path.
pub struct Reader<'p, S> {
    source: S,
    path: Path<'p>,
}

impl<'p, S: Data> Reader<'p, S> {
    /// A reader of `source`, which sits at `path`.
    pub fn new(source: S, path: Path<'p>) -> Self {
        Reader { source, path }
    }

    /// Runs `read` on the value and places any failure at this reader's path.
    fn read<T>(self, read: impl FnOnce(Node<S>, &Path<'p>) -> Result<T>) -> Result<T> {
        let path = self.path;
        read(self.source.node(), &path).map_err(|e| e.at(|| path.to_string()))
    }
}

fn wrong_type<T>() -> Result<T> {
    Err(ReadError::new(Code::InvalidInput))
}

/// An integral number within `i64`, for the integer fields (serde's visitors check the
/// narrower ranges and report them through [`ReadError`]).
fn integer<S>(node: &Node<S>) -> Option<i64> {
    match node {
        // `i64::MAX as f64` is 2^63 exactly; anything at or above it is out of range.
        Node::Number(n) if n.fract() == 0.0 && n.abs() < i64::MAX as f64 => Some(*n as i64),
        _ => None,
    }
}

/// A whole number JavaScript holds exactly (at most 2^53 - 1 either way).
fn safe_integer(n: f64) -> Option<i64> {
    const SAFE: f64 = 9_007_199_254_740_991.0;
    (n.fract() == 0.0 && n.abs() <= SAFE).then_some(n as i64)
}

impl<'de, S: Data> de::Deserializer<'de> for Reader<'_, S> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|node, path| match node {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(b),
            // A safe integer is visited as one, so a field read through `any` keeps its type.
            Node::Number(n) => match safe_integer(n) {
                Some(i) => visitor.visit_i64(i),
                None => visitor.visit_f64(n),
            },
            Node::Str(s) => visitor.visit_string(s),
            Node::Array(items) => visitor.visit_seq(Elements { items: items.into_iter(), index: 0, path }),
            Node::Object(entries) => visitor.visit_map(Entries { entries: entries.into_iter(), value: None, path }),
            Node::Other => wrong_type(),
        })
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|node, _| match node {
            Node::Bool(b) => visitor.visit_bool(b),
            _ => wrong_type(),
        })
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|node, _| integer(&node).map_or_else(wrong_type, |n| visitor.visit_i64(n)))
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i32(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i32(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i32(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|node, _| match node {
            Node::Number(n) => visitor.visit_f64(n),
            _ => wrong_type(),
        })
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|node, _| match node {
            Node::Str(s) => visitor.visit_string(s),
            _ => wrong_type(),
        })
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        // `null` and absent are both "none"; anything else is read as the inner value.
        if self.source.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|node, _| match node {
            Node::Null => visitor.visit_unit(),
            _ => wrong_type(),
        })
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|node, path| match node {
            Node::Array(items) => visitor.visit_seq(Elements { items: items.into_iter(), index: 0, path }),
            _ => wrong_type(),
        })
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|node, path| match node {
            Node::Object(entries) => visitor.visit_map(Entries { entries: entries.into_iter(), value: None, path }),
            _ => wrong_type(),
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(self, _name: &'static str, _fields: &'static [&'static str], visitor: V) -> Result<V::Value> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _name: &'static str, _variants: &'static [&'static str], visitor: V) -> Result<V::Value> {
        // Only unit variants, spelled as strings (`"employment"`).
        self.read(|node, _| match node {
            Node::Str(s) => visitor.visit_enum(IntoDeserializer::<ReadError>::into_deserializer(s)),
            _ => wrong_type(),
        })
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_string(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i128 u8 u16 u128 f32 char bytes byte_buf unit_struct tuple tuple_struct
    }
}

/// The elements of an array, each read at `path[i]`.
struct Elements<'a, 'p, S> {
    items: std::vec::IntoIter<S>,
    index: usize,
    path: &'a Path<'p>,
}

impl<'de, S: Data> de::SeqAccess<'de> for Elements<'_, '_, S> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        let Some(source) = self.items.next() else { return Ok(None) };
        let path = Path::Index(self.path, self.index);
        self.index += 1;
        seed.deserialize(Reader::new(source, path)).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The entries of an object, each value read at `path.key`.
struct Entries<'a, 'p, S> {
    entries: std::vec::IntoIter<(String, S)>,
    value: Option<(String, S)>,
    path: &'a Path<'p>,
}

impl<'de, S: Data> de::MapAccess<'de> for Entries<'_, '_, S> {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        let Some((key, source)) = self.entries.next() else { return Ok(None) };
        let path = Path::Key(self.path, &key);
        let read = seed.deserialize(IntoDeserializer::<ReadError>::into_deserializer(key.as_str())).map_err(|e| e.at(|| path.to_string()))?;
        self.value = Some((key, source));
        Ok(Some(read))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let (key, source) = self.value.take().ok_or_else(|| ReadError::new(Code::InvalidInput))?;
        seed.deserialize(Reader::new(source, Path::Key(self.path, &key)))
    }
}
