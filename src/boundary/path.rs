//! Where a value sits in a request: `trips[2].exit`, built as the reader descends and
//! written out only when something fails there.

use std::fmt;

/// A path from the root of a request, linked to its parent so descending costs nothing.
#[derive(Debug, Clone, Copy)]
pub enum Path<'a> {
    /// The request itself.
    Root,
    /// A field of an object.
    Key(&'a Path<'a>, &'a str),
    /// An element of an array.
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_like_the_request() {
        let trips = Path::Key(&Path::Root, "trips");
        let second = Path::Index(&trips, 2);
        assert_eq!(Path::Key(&second, "exit").to_string(), "trips[2].exit");
        assert_eq!(Path::Root.to_string(), "");
    }
}
