//! [`Writer`]: a serde `Serializer` that writes an answer as JSON text, for the page to turn
//! into plain objects with one `JSON.parse`. The shapes are the ones the answers have always
//! had: structs and maps as objects, sequences and tuples as arrays, unit variants as their
//! names, absent values (`None`, unit) as `null`. Numbers: integers as written; any other
//! double through the caller's [`Floats`] (the browser's own `String(n)`, so no float printing
//! is linked into the wasm), `null` when not finite.

use std::fmt::{self, Write as _};

use serde::ser::{self, Serialize};

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

/// An object or array being written: the separator goes before every item but the first.
pub struct Compound<'a> {
    writer: Writer<'a>,
    first: bool,
    close: char,
}

impl<'a> Compound<'a> {
    fn open(writer: Writer<'a>, open: char, close: char) -> Self {
        writer.out.push(open);
        Compound { writer, first: true, close }
    }

    #[inline(never)]
    fn comma(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.writer.out.push(',');
        }
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.comma();
        value.serialize(self.writer.again())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result {
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

    fn close(self) -> Result {
        self.writer.out.push(self.close);
        Ok(())
    }
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

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use serde_json::{json, Value};

    use super::*;
    use crate::api;

    fn rust_floats(n: f64, out: &mut String) {
        let _ = write!(out, "{n}");
    }

    /// The writer's text read back, against serde_json's own value of the same answer.
    fn same_as_serde_json<T: Serialize>(value: &T) {
        let ours: Value = serde_json::from_str(&to_json(value, rust_floats)).expect("the writer writes JSON");
        let theirs = serde_json::to_value(value).expect("serializable");
        assert_eq!(difference(&ours, &theirs, String::new()), None);
    }

    /// The path of the first place where `a` and `b` differ as JavaScript would see them.
    fn difference(a: &Value, b: &Value, path: String) -> Option<String> {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) if x.len() == y.len() => x.iter().find_map(|(k, v)| match y.get(k) {
                Some(w) => difference(v, w, format!("{path}.{k}")),
                None => Some(format!("{path}.{k}: only in ours")),
            }),
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x.iter().zip(y).enumerate().find_map(|(i, (v, w))| difference(v, w, format!("{path}[{i}]"))),
            // One number to JavaScript, whether written 14768 or 14768.0.
            (Value::Number(x), Value::Number(y)) => (x.as_f64() != y.as_f64()).then(|| format!("{path}: {a} vs {b}")),
            _ => (a != b).then(|| format!("{path}: {a} vs {b}")),
        }
    }

    #[test]
    fn every_golden_answer_is_written_as_serde_json_writes_it() {
        for engine in ["stay", "permit"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases").join(engine);
            for entry in std::fs::read_dir(dir).expect("cases") {
                let case: Value = serde_json::from_str(&std::fs::read_to_string(entry.expect("case").path()).expect("readable")).expect("JSON");
                let request = &case["request"];
                match engine {
                    "stay" => api::stay(request).iter().for_each(same_as_serde_json),
                    _ => api::permit(request).iter().for_each(same_as_serde_json),
                }
            }
        }
        same_as_serde_json(&api::rules(&json!("2026-11-26")).expect("rules"));
    }

    #[test]
    fn text_numbers_and_absent_values_are_plain_json() {
        let value = json!({ "quote\"back\\slash\nline\u{1}": ["é 🙂", null, true, -3, 2.5, 1e300, 9_007_199_254_740_993u64] });
        same_as_serde_json(&value);
        assert_eq!(to_json(&(Some(1), None::<i32>, f64::NAN, -0.0), rust_floats), "[1,null,null,0]");
    }
}
