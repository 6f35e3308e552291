//! [`Value`] to JSON text, without float printing.

use crate::value::{push_decimal, Value};

/// Writes a value as JSON text, for `JSON.parse` on the JavaScript side (one call, however
/// many violation runs an answer lists). Numbers that are not finite become `null`, as
/// `JSON.stringify` writes them.
///
/// ```
/// use kz_residence::value::{json, Value};
/// let v = Value::Object(vec![("days".into(), Value::Number(12.0)), ("to".into(), Value::String("a\"b".into()))]);
/// assert_eq!(json::write(&v), r#"{"days":12,"to":"a\"b"}"#);
/// ```
pub fn write(value: &Value) -> String {
    let mut out = String::new();
    write_into(&mut out, value);
    out
}

fn write_into(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => write_number(out, *n),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_into(out, item);
            }
            out.push(']');
        }
        Value::Object(fields) => {
            out.push('{');
            for (i, (key, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                write_into(out, item);
            }
            out.push('}');
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from(b"0123456789abcdef"[(u32::from(c) >> 4) as usize]));
                out.push(char::from(b"0123456789abcdef"[(u32::from(c) & 15) as usize]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Whole numbers below 2^53 exactly; fractions to nine places (amounts of money, rates);
/// other numbers of 10^15 and more to fifteen significant digits. Float printing proper (`{}` on an f64)
/// would add about 15 KB to the bundle for answers that are almost all whole days.
fn write_number(out: &mut String, n: f64) {
    if !n.is_finite() {
        out.push_str("null");
        return;
    }
    if n < 0.0 {
        out.push('-');
    }
    let n = n.abs();
    // Every whole number below 2^53 is exact in a double and in a u64.
    if n.fract() == 0.0 && n < 9_007_199_254_740_992.0 {
        push_decimal(out, n as u64);
        return;
    }
    if n >= 1e15 {
        let (mut mantissa, mut power) = (n, 0u32);
        while mantissa >= 10.0 {
            mantissa /= 10.0;
            power += 1;
        }
        write_number(out, (mantissa * 1e14).round() / 1e14);
        out.push_str("e+");
        push_decimal(out, u64::from(power));
        return;
    }
    // Below 10^15 the whole part fits a u64 exactly.
    let mut whole = n.trunc() as u64;
    let mut nanos = ((n - n.trunc()) * 1e9).round() as u64;
    if nanos == 1_000_000_000 {
        whole += 1;
        nanos = 0;
    }
    push_decimal(out, whole);
    if nanos > 0 {
        out.push('.');
        let mut places = 9;
        while nanos.is_multiple_of(10) {
            nanos /= 10;
            places -= 1;
        }
        // Leading zeros of the fraction: write 1 and the padded digits, then drop the 1.
        let start = out.len();
        push_decimal(out, 10u64.pow(places) + nanos);
        out.remove(start);
    }
}
