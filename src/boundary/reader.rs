//! [`Reader`]: a serde `Deserializer` over plain data that knows where it is. Every
//! failure leaving it is placed at its path; arrays and objects hand each element a reader
//! one step deeper. It asks the value only what the type being read needs: a string
//! field one question, a struct one question per field it declares.

use serde::de::{self, IntoDeserializer, Visitor};

use crate::boundary::access::{elements, entries};
use crate::boundary::{Data, Node, Path, ReadError, Refused};
use crate::error::Code;

pub(super) type Result<T> = std::result::Result<T, ReadError>;

/// The longest array read: far more trips than fit between 1900 and 2200, far fewer than
/// would exhaust the engine's memory (a proxy can claim any length).
pub const MAX_ITEMS: usize = 1 << 20;

/// Reads one value of plain data at a path.
pub struct Reader<'p, S> {
    source: S,
    path: Path<'p>,
    /// A value standing in for one field of this struct when absent (the top level only).
    default: Option<(&'static str, S)>,
}

impl<'p, S: Data> Reader<'p, S> {
    /// A reader of `source`, which sits at `path`.
    pub fn new(source: S, path: Path<'p>) -> Self {
        Reader { source, path, default: None }
    }

    /// The same reader, with `value` read for the field `name` when the object lacks it.
    pub fn defaulting(self, name: &'static str, value: S) -> Self {
        Reader { default: Some((name, value)), ..self }
    }

    /// Runs `read` on the value and places any failure at this reader's path.
    fn read<T>(self, read: impl FnOnce(S, &Path<'p>, Option<(&'static str, S)>) -> Result<T>) -> Result<T> {
        let path = self.path;
        read(self.source, &path, self.default).map_err(|e| e.at(&path))
    }
}

pub(super) fn wrong_type<T>() -> Result<T> {
    Err(ReadError::new(Code::InvalidInput))
}

impl From<Refused> for ReadError {
    fn from(_: Refused) -> Self {
        ReadError::new(Code::InvalidInput)
    }
}

/// An integral number within `i64`, for the integer fields (serde's visitors check the
/// narrower ranges and report them through [`ReadError`]).
fn integer(n: f64) -> Option<i64> {
    // `i64::MAX as f64` is 2^63 exactly; anything at or above it is out of range.
    (n.fract() == 0.0 && n.abs() < i64::MAX as f64).then_some(n as i64)
}

/// A whole number JavaScript holds exactly (at most 2^53 - 1 either way).
fn safe_integer(n: f64) -> Option<i64> {
    const SAFE: f64 = 9_007_199_254_740_991.0;
    (n.fract() == 0.0 && n.abs() <= SAFE).then_some(n as i64)
}

impl<'de, S: Data> de::Deserializer<'de> for Reader<'_, S> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|source, path, default| match source.node()? {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(b),
            // A safe integer is visited as one, so a field read through `any` keeps its type.
            Node::Number(n) => match safe_integer(n) {
                Some(i) => visitor.visit_i64(i),
                None => visitor.visit_f64(n),
            },
            Node::Str(s) => visitor.visit_string(s),
            Node::Array(_) => visitor.visit_seq(elements(source, path)?),
            Node::Object => visitor.visit_map(entries(source, path, None, default)?),
            Node::Other => wrong_type(),
        })
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|source, _, _| source.boolean().map_or_else(wrong_type, |b| visitor.visit_bool(b)))
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|source, _, _| source.number().and_then(integer).map_or_else(wrong_type, |n| visitor.visit_i64(n)))
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
        self.read(|source, _, _| source.number().map_or_else(wrong_type, |n| visitor.visit_f64(n)))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|source, _, _| source.string().map_or_else(wrong_type, |s| visitor.visit_string(s)))
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
        self.read(|source, _, _| if source.is_null() { visitor.visit_unit() } else { wrong_type() })
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|source, path, _| visitor.visit_seq(elements(source, path)?))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.read(|source, path, default| visitor.visit_map(entries(source, path, None, default)?))
    }

    fn deserialize_struct<V: Visitor<'de>>(self, _name: &'static str, fields: &'static [&'static str], visitor: V) -> Result<V::Value> {
        self.read(|source, path, default| visitor.visit_map(entries(source, path, Some(fields), default)?))
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _name: &'static str, _variants: &'static [&'static str], visitor: V) -> Result<V::Value> {
        // Only unit variants, spelled as strings (`"employment"`).
        self.read(|source, _, _| source.string().map_or_else(wrong_type, |s| visitor.visit_enum(IntoDeserializer::<ReadError>::into_deserializer(s))))
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

/// An array's hole: read as `null` (an optional element is none, anything else a type error).
pub(super) struct Absent<'p>(pub(super) Path<'p>);

impl<'de> de::Deserializer<'de> for Absent<'_> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        Err(ReadError::new(Code::InvalidInput).at(&self.0))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_none()
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
    }
}
