//! Where a value sits in a request, as a chain of borrowed links built while converting.
//!
//! Converting never allocates a path: each level borrows its parent on the stack, and the
//! text (`trips[2].exit`) is written only when an error is built.

use crate::error::{Code, Error};

/// A path into a request: the root, a key of an object, or an index of an array.
#[derive(Debug, Clone, Copy)]
pub enum Path<'a> {
    /// The request itself; renders as the empty text.
    Root,
    /// The value under a key of the parent object.
    Key(&'a Path<'a>, &'a str),
    /// The value at a position of the parent array.
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    /// The value under `key` of this object.
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    /// The value at `index` of this array.
    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }

    /// The path as the request spells it.
    ///
    /// ```
    /// use kz_residence::value::Path;
    /// let trips = Path::Key(&Path::Root, "trips");
    /// let second = Path::Index(&trips, 2);
    /// assert_eq!(Path::Key(&second, "exit").render(), "trips[2].exit");
    /// ```
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match *self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Index(parent, index) => {
                parent.write(out);
                out.push('[');
                push_decimal(out, index as u64);
                out.push(']');
            }
        }
    }

    /// An error with `code` naming this path.
    pub fn error(&self, code: Code) -> Error {
        Error::new(code, self.render())
    }

    /// An `INVALID_INPUT` error naming this path.
    pub fn invalid(&self) -> Error {
        self.error(Code::InvalidInput)
    }
}

/// Appends a number in decimal digits: `core::fmt` for one integer is not worth its bytes
/// in the browser bundle.
pub fn push_decimal(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in digits[..len].iter().rev() {
        out.push(char::from(d));
    }
}
