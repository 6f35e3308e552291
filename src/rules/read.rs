//! Reading timelines and named rules without a copy of serde's derived code per rule type.
//!
//! A profile has some twenty kinds of rule values, and derived `Deserialize` code for
//! `Entry<T>` and `Item<T>` is stamped out once per kind, each copy carrying the handling of
//! `from`, `to`, `source` and `unconfirmed` again. Here those shared fields are read by one
//! function, not generic in the value type, so each kind adds only the reading of its value.
//! (Measured on the wasm build: see the README, "Size and speed".)

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::date::Day;
use crate::rules::{Entry, Item, Named, Timeline};

/// The field names of an entry and of an item, as one small key type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
enum Key {
    From,
    To,
    Value,
    Source,
    Unconfirmed,
    Id,
    Timeline,
}

/// What an entry or an item holds besides its value: read by [`other_field`].
#[derive(Default)]
struct Fields {
    from: Option<Day>,
    to: Option<Day>,
    source: Option<String>,
    unconfirmed: bool,
    id: Option<String>,
}

/// Reads one field other than the value (or the timeline); a field that belongs to
/// neither an entry nor an item is an unknown field, as `deny_unknown_fields` would have it.
#[inline(never)]
fn other_field<'de, A: MapAccess<'de>>(key: Key, map: &mut A, fields: &mut Fields, expected: &'static [&'static str]) -> Result<(), A::Error> {
    match key {
        Key::From => fields.from = Some(map.next_value()?),
        Key::To => fields.to = map.next_value()?,
        Key::Source => fields.source = Some(map.next_value()?),
        Key::Unconfirmed => fields.unconfirmed = map.next_value()?,
        Key::Id => fields.id = Some(map.next_value()?),
        Key::Value | Key::Timeline => return Err(de::Error::unknown_field("", expected)),
    }
    Ok(())
}

fn required<T, E: de::Error>(value: Option<T>, name: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(name))
}

const ENTRY_FIELDS: &[&str] = &["from", "to", "value", "source", "unconfirmed"];
const ITEM_FIELDS: &[&str] = &["id", "timeline"];

struct EntryVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for EntryVisitor<T> {
    type Value = Entry<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a dated value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entry<T>, A::Error> {
        let (mut fields, mut value) = (Fields::default(), None);
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Value => value = Some(map.next_value()?),
                Key::Id | Key::Timeline => return Err(de::Error::unknown_field("", ENTRY_FIELDS)),
                other => other_field(other, &mut map, &mut fields, ENTRY_FIELDS)?,
            }
        }
        Ok(Entry {
            from: required(fields.from, "from")?,
            to: fields.to,
            value: required(value, "value")?,
            source: required(fields.source, "source")?,
            unconfirmed: fields.unconfirmed,
        })
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Entry<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_struct("Entry", ENTRY_FIELDS, EntryVisitor(PhantomData))
    }
}

struct ListVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(256));
        while let Some(item) = seq.next_element_seed(PhantomData)? {
            out.push(item);
        }
        Ok(out)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Timeline<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_seq(ListVisitor(PhantomData)).map(Timeline::new)
    }
}

struct ItemVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ItemVisitor<T> {
    type Value = Item<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a rule with an id")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Item<T>, A::Error> {
        let (mut fields, mut timeline) = (Fields::default(), None);
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Timeline => timeline = Some(map.next_value()?),
                Key::Id => other_field(key, &mut map, &mut fields, ITEM_FIELDS)?,
                _ => return Err(de::Error::unknown_field("", ITEM_FIELDS)),
            }
        }
        Ok(Item { id: required(fields.id, "id")?, timeline: required(timeline, "timeline")? })
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Item<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_struct("Item", ITEM_FIELDS, ItemVisitor(PhantomData))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Named<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_seq(ListVisitor(PhantomData)).map(Named)
    }
}
