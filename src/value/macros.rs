//! Declarative conversions for the crate's structs and string enums, so each JSON key is
//! written once, next to its field, and no type needs serde's derive.

/// Implements [`FromValue`](crate::value::FromValue) for a struct from `field: "jsonKey"`
/// pairs. The value must be an object (else `INVALID_INPUT` at its own path); each field
/// converts the value under its key, an absent key being `null`, so `Option` fields become
/// `None` and a missing required field is named by its path. `field: "key" = default`
/// uses `default` when the value is `null` or absent. A generic struct names its one type
/// parameter: `Rule<T> { ... }`.
macro_rules! from_value_struct {
    ($name:ident $(<$param:ident>)? { $($field:ident: $key:literal $(= $default:expr)?),* $(,)? }) => {
        impl$(<$param: $crate::value::FromValue>)? $crate::value::FromValue for $name$(<$param>)? {
            fn from_value(v: &$crate::value::Value, at: &$crate::value::Path) -> Result<Self, $crate::error::Error> {
                if !matches!(v, $crate::value::Value::Object(_)) {
                    return Err(at.invalid());
                }
                Ok($name {
                    $($field: $(if v.get($key).is_null() { $default } else)? { $crate::value::field(v, $key, at)? },)*
                })
            }
        }
    };
}

/// Implements [`ToValue`](crate::value::ToValue) for a struct as an object with the given
/// keys, in order. `field: "key" omit_null` leaves the key out when its value is `null`
/// (a `None`), for the few answers whose absent parts are left out rather than `null`.
macro_rules! to_value_struct {
    ($name:ident { $($field:ident: $key:literal $($omit:ident)?),* $(,)? }) => {
        impl $crate::value::ToValue for $name {
            fn to_value(&self) -> $crate::value::Value {
                let mut fields = Vec::new();
                $(
                    let value = $crate::value::ToValue::to_value(&self.$field);
                    let keep = true $(&& { let _ = stringify!($omit); !value.is_null() })?;
                    if keep {
                        fields.push((String::from($key), value));
                    }
                )*
                $crate::value::Value::Object(fields)
            }
        }
    };
}

/// A string enum: its text in both directions and an `as_str`. Unknown text (or a value
/// that is not text) is `INVALID_INPUT` at its path.
macro_rules! value_enum {
    ($name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        impl $name {
            /// The value as the request and the profile spell it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }
        }

        impl $crate::value::FromValue for $name {
            fn from_value(v: &$crate::value::Value, at: &$crate::value::Path) -> Result<Self, $crate::error::Error> {
                match v {
                    $($crate::value::Value::String(s) if s == $text => Ok($name::$variant),)*
                    _ => Err(at.invalid()),
                }
            }
        }

        impl $crate::value::ToValue for $name {
            fn to_value(&self) -> $crate::value::Value {
                $crate::value::Value::String(String::from(self.as_str()))
            }
        }
    };
}

pub(crate) use {from_value_struct, to_value_struct, value_enum};
