//! Objects and arrays as the [`Writer`] writes them: the separator before every item but
//! the first, each field's name as it is (an identifier), map keys as strings.

use serde::ser::{self, Serialize};

use super::{Never, Result, Writer};

/// An object or array being written: the separator goes before every item but the first.
pub struct Compound<'a> {
    writer: Writer<'a>,
    first: bool,
    close: char,
}

impl<'a> Compound<'a> {
    pub(super) fn open(writer: Writer<'a>, open: char, close: char) -> Self {
        writer.out.push(open);
        Compound { writer, first: true, close }
    }

    #[inline(never)]
    fn comma(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.writer.out.push(',');
        }
    }

    pub(super) fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.comma();
        value.serialize(self.writer.again())
    }

    pub(super) fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result {
        self.key(key);
        value.serialize(self.writer.again())
    }

    /// The separator and `"key":`, the same for every field whatever its type. A field's
    /// name is an identifier (camelCase), written as it is.
    #[inline(never)]
    fn key(&mut self, key: &str) {
        self.comma();
        let out = &mut *self.writer.out;
        out.push('"');
        out.push_str(key);
        out.push_str("\":");
    }

    pub(super) fn close(self) -> Result {
        self.writer.out.push(self.close);
        Ok(())
    }
}

/// Sequences, tuples and tuple structs are all JSON arrays: each item after a comma.
macro_rules! array {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Never;

            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
                self.item(value)
            }

            fn end(self) -> Result {
                self.close()
            }
        }
    )*};
}

array!(SerializeSeq::serialize_element, SerializeTuple::serialize_element, SerializeTupleStruct::serialize_field);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Never;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.comma();
        // Keys are strings (codes, ids, currencies): written as such.
        key.serialize(self.writer.again())?;
        self.writer.out.push(':');
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        value.serialize(self.writer.again())
    }

    fn end(self) -> Result {
        self.close()
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Never;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.field(key, value)
    }

    fn end(self) -> Result {
        self.close()
    }
}
