//! [`Writer`]: a serde `Serializer` that writes an answer as JSON text, for the page to turn
//! into plain objects with one `JSON.parse`. The shapes are the ones the answers have always
//! had: structs and maps as objects, sequences and tuples as arrays, unit variants as their
//! names, absent values (`None`, unit) as `null`. Numbers: integers as written; any other
//! double through the caller's [`Floats`] (the browser's own `String(n)`, so no float printing
//! is linked into the wasm), `null` when not finite.

use std::fmt::{self, Write as _};

use serde::ser::{self, Serialize};

mod compound;
#[cfg(test)]
mod tests;

use compound::Compound;

/// How a double that is not a safe integer is written (finite ones only).
pub type Floats = fn(f64, &mut String);

/// Writes one value as JSON into `out`.
pub struct Writer<'a> {
    out: &'a mut String,
    floats: Floats,
}

impl<'a> Writer<'a> {
    /// A writer appending to `out`, with `floats` for doubles that are not whole.
    pub fn new(out: &'a mut String, floats: Floats) -> Self {
        Writer { out, floats }
    }

    fn again(&mut self) -> Writer<'_> {
        Writer { out: self.out, floats: self.floats }
    }
}

/// `value` as JSON text.
pub fn to_json<T: Serialize + ?Sized>(value: &T, floats: Floats) -> String {
    let mut out = String::new();
    // Writing into a String cannot fail, and no answer type fails to serialize.
    let _ = value.serialize(Writer::new(&mut out, floats));
    out
}

/// The error type serde requires. Writing into a String never fails, and no answer type
/// raises an error of its own, so it has no value at all: every `?` of the derived code is
/// then compiled away.
#[derive(Debug)]
pub enum Never {}

impl fmt::Display for Never {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    /// Only serde's own helpers call this, for shapes the answers do not have (a flattened
    /// field that is not a struct or a map): a bug the golden answers would show.
    fn custom<T: fmt::Display>(_: T) -> Self {
        unreachable!("an answer type serde cannot write")
    }
}

type Result = std::result::Result<(), Never>;

#[inline(never)]
fn string(out: &mut String, s: &str) {
    out.push('"');
    if !s.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) {
        // Nearly every text: nothing to escape, copied whole.
        out.push_str(s);
        out.push('"');
        return;
    }
    // Char by char: no slicing of the text, so no char-boundary panic path is linked in.
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\0'..='\u{1f}' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[c as usize >> 4]));
                out.push(char::from(HEX[c as usize & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[inline(never)]
fn integer(out: &mut String, n: u64, negative: bool) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if negative {
        out.push('-');
    }
    // Only ASCII digits were written.
    out.push_str(std::str::from_utf8(&digits[at..]).unwrap_or_default());
}

impl<'a> ser::Serializer for Writer<'a> {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Never>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = ser::Impossible<(), Never>;

    fn serialize_bool(self, v: bool) -> Result {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result {
        self.serialize_i64(v.into())
    }

    fn serialize_i16(self, v: i16) -> Result {
        self.serialize_i64(v.into())
    }

    fn serialize_i32(self, v: i32) -> Result {
        self.serialize_i64(v.into())
    }

    fn serialize_i64(self, v: i64) -> Result {
        integer(self.out, v.unsigned_abs(), v < 0);
        Ok(())
    }

    fn serialize_u8(self, v: u8) -> Result {
        self.serialize_u64(v.into())
    }

    fn serialize_u16(self, v: u16) -> Result {
        self.serialize_u64(v.into())
    }

    fn serialize_u32(self, v: u32) -> Result {
        self.serialize_u64(v.into())
    }

    fn serialize_u64(self, v: u64) -> Result {
        integer(self.out, v, false);
        Ok(())
    }

    fn serialize_f32(self, v: f32) -> Result {
        self.serialize_f64(v.into())
    }

    fn serialize_f64(self, v: f64) -> Result {
        // Whole numbers JavaScript holds exactly are written as integers, like any other.
        const SAFE: f64 = 9_007_199_254_740_991.0;
        if !v.is_finite() {
            self.out.push_str("null");
        } else if v.fract() == 0.0 && v.abs() <= SAFE {
            integer(self.out, v.abs() as u64, v < 0.0);
        } else {
            (self.floats)(v, self.out);
        }
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Result {
        string(self.out, v);
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result {
        let mut seq = Compound::open(self, '[', ']');
        v.iter().try_for_each(|b| seq.item(b))?;
        seq.close()
    }

    fn serialize_none(self) -> Result {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result {
        self.out.push_str("null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(self, _name: &'static str, _index: u32, variant: &'static str, value: &T) -> Result {
        let mut object = Compound::open(self, '{', '}');
        object.field(variant, value)?;
        object.close()
    }

    fn serialize_seq(self, _len: Option<usize>) -> std::result::Result<Compound<'a>, Never> {
        Ok(Compound::open(self, '[', ']'))
    }

    fn serialize_tuple(self, _len: usize) -> std::result::Result<Compound<'a>, Never> {
        Ok(Compound::open(self, '[', ']'))
    }

    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> std::result::Result<Compound<'a>, Never> {
        Ok(Compound::open(self, '[', ']'))
    }

    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> std::result::Result<Self::SerializeTupleVariant, Never> {
        unreachable!("no answer has tuple variants")
    }

    fn serialize_map(self, _len: Option<usize>) -> std::result::Result<Compound<'a>, Never> {
        Ok(Compound::open(self, '{', '}'))
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> std::result::Result<Compound<'a>, Never> {
        Ok(Compound::open(self, '{', '}'))
    }

    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> std::result::Result<Self::SerializeStructVariant, Never> {
        unreachable!("no answer has struct variants")
    }

    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result {
        // Dates and codes print as plain text; written straight in, then escaped if needed.
        let start = self.out.len();
        self.out.push('"');
        let _ = write!(self.out, "{value}");
        if self.out[start + 1..].bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) {
            let text = self.out.split_off(start + 1);
            self.out.truncate(start);
            string(self.out, &text);
        } else {
            self.out.push('"');
        }
        Ok(())
    }
}
