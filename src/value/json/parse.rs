//! JSON text to [`Value`]: strict JSON (RFC 8259), nesting bounded by [`MAX_DEPTH`], never
//! a panic.

use crate::value::Value;

/// Deeper than any request or profile; bounds the recursion whatever the input.
pub const MAX_DEPTH: usize = 64;

/// Parses one JSON text; `None` if it is not valid JSON or nests deeper than [`MAX_DEPTH`].
///
/// ```
/// use kz_residence::value::{json, Value};
/// let v = json::parse(r#"{"days": 12, "on": "2024-02-29", "plan": null}"#).unwrap();
/// assert_eq!(v.get("days"), &Value::Number(12.0));
/// assert!(json::parse("{'days': 12}").is_none());
/// ```
pub fn parse(text: &str) -> Option<Value> {
    let mut p = Parser { text, bytes: text.as_bytes(), at: 0 };
    let value = p.value(0)?;
    p.space();
    (p.at == p.bytes.len()).then_some(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

// The size-first build (opt-level "z") would otherwise call these for every byte.
impl Parser<'_> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    #[inline(always)]
    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        self.space();
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn word(&mut self, word: &[u8], value: Value) -> Option<Value> {
        self.bytes.get(self.at..self.at + word.len()).filter(|w| *w == word)?;
        self.at += word.len();
        Some(value)
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'n' => self.word(b"null", Value::Null),
            b't' => self.word(b"true", Value::Bool(true)),
            b'f' => self.word(b"false", Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'[' => self.list(depth).map(Value::Array),
            b'{' => self.object(depth).map(Value::Object),
            _ => self.number().map(Value::Number),
        }
    }

    /// `items` separated by commas up to `close`, after the opening bracket.
    fn items<T>(&mut self, close: u8, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.at += 1;
        let mut out = Vec::new();
        self.space();
        if self.peek()? == close {
            self.at += 1;
            return Some(out);
        }
        loop {
            out.push(item(self)?);
            self.space();
            match self.peek()? {
                b',' => self.at += 1,
                c if c == close => {
                    self.at += 1;
                    return Some(out);
                }
                _ => return None,
            }
        }
    }

    fn list(&mut self, depth: usize) -> Option<Vec<Value>> {
        self.items(b']', |p| p.value(depth + 1))
    }

    fn object(&mut self, depth: usize) -> Option<Vec<(String, Value)>> {
        self.items(b'}', |p| {
            p.space();
            if p.peek()? != b'"' {
                return None;
            }
            let key = p.string()?;
            p.eat(b':')?;
            Some((key, p.value(depth + 1)?))
        })
    }

    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters at once; the input is UTF-8 already.
            let start = self.at;
            let plain = self.bytes[start..].iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20)?;
            self.at += plain;
            // Both ends sit next to ASCII bytes, so the slice is whole characters of `text`.
            out.push_str(self.text.get(start..self.at)?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escape = self.peek()?;
                    self.at += 1;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode()?,
                        _ => return None,
                    });
                }
                _ => return None,
            }
        }
    }

    /// The character of a `\uXXXX` escape (after the `u`), joining surrogate pairs; a lone
    /// surrogate becomes U+FFFD, as JavaScript's own text decoding would show it.
    fn unicode(&mut self) -> Option<char> {
        let high = self.hex4()?;
        if !(0xD800..0xDC00).contains(&high) {
            return Some(char::from_u32(high).unwrap_or('\u{FFFD}'));
        }
        if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
            return Some('\u{FFFD}');
        }
        let at = self.at;
        self.at += 2;
        let low = self.hex4()?;
        if !(0xDC00..0xE000).contains(&low) {
            self.at = at;
            return Some('\u{FFFD}');
        }
        char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.at..self.at + 4)?;
        self.at += 4;
        digits.iter().try_fold(0u32, |n, &c| Some(n * 16 + char::from(c).to_digit(16)?))
    }

    /// A JSON number. Up to 19 significant digits are kept exactly; the result is exact for
    /// every integer below 2^53 and every decimal with at most 15 significant digits and 22
    /// places (a mantissa times an exact power of ten), within an ulp otherwise.
    fn number(&mut self) -> Option<f64> {
        let negative = self.peek() == Some(b'-');
        self.at += usize::from(negative);
        let (mut mantissa, mut exponent, mut digits) = (0u64, 0i32, 0);
        let mut leading = true;
        let mut take = |p: &mut Self, fraction: bool| -> usize {
            let start = p.at;
            while let Some(c @ b'0'..=b'9') = p.peek() {
                p.at += 1;
                leading &= c == b'0';
                if digits < 19 {
                    mantissa = mantissa * 10 + u64::from(c - b'0');
                    digits += usize::from(!leading);
                    exponent -= i32::from(fraction);
                } else {
                    exponent += i32::from(!fraction);
                }
            }
            p.at - start
        };
        let whole = take(self, false);
        if whole == 0 || (whole > 1 && self.bytes[self.at - whole] == b'0') {
            return None;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if take(self, true) == 0 {
                return None;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => -1,
                Some(b'+') => 1,
                _ => 0,
            };
            self.at += usize::from(sign != 0);
            let start = self.at;
            let mut power = 0i32;
            while let Some(c @ b'0'..=b'9') = self.peek() {
                self.at += 1;
                power = power.saturating_mul(10).saturating_add(i32::from(c - b'0'));
            }
            if self.at == start {
                return None;
            }
            exponent = exponent.saturating_add(if sign < 0 { -power } else { power });
        }
        let magnitude = scale(mantissa as f64, exponent);
        Some(if negative { -magnitude } else { magnitude })
    }
}

/// The powers of ten a double holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22,
];

/// `m * 10^e`: exact when `m` is exact and `|e| <= 22`; otherwise scaled 22 places at a
/// time, beyond the range of a double straight to infinity or zero.
fn scale(mut m: f64, mut e: i32) -> f64 {
    if m == 0.0 || e > 400 {
        return if m == 0.0 { 0.0 } else { f64::INFINITY };
    }
    if e < -400 {
        return 0.0;
    }
    while e > 22 {
        m *= 1e22;
        e -= 22;
    }
    while e < -22 {
        m /= 1e22;
        e += 22;
    }
    // |e| <= 22 here, so the index is in range.
    if e >= 0 { m * POW10[e as usize] } else { m / POW10[(-e) as usize] }
}
