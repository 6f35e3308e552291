//! The boundary's JSON text against serde_json: every document serde_json writes parses to
//! the same value, what we write parses back (by serde_json) to the same value, and no
//! text, however broken, makes the parser panic.

use kz_residence::value::{json, Value};
use proptest::prelude::*;

fn document() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i32>().prop_map(|n| serde_json::json!(n)),
        (0u64..1u64 << 53).prop_map(|n| serde_json::json!(n)),
        (-1e6..1e6f64).prop_map(|x| serde_json::json!((x * 100.0).round() / 100.0)),
        "\\PC{0,10}".prop_map(serde_json::Value::String),
        Just(serde_json::Value::String("\"\\/\u{8}\u{c}\n\r\t\u{1}\u{1F1F0}".into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map("\\PC{0,6}", inner, 0..6).prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn parses_what_serde_json_writes(doc in document()) {
        let text = serde_json::to_string(&doc).expect("serde_json writes");
        let ours = json::parse(&text).expect("valid JSON parses");
        let theirs: Value = serde_json::from_str(&text).expect("serde_json reads");
        prop_assert_eq!(&ours, &theirs);
        // Numbers compare as JavaScript sees them (12 and 12.0 are one number).
        let back: Value = serde_json::from_str(&json::write(&ours)).expect("what we write is JSON");
        prop_assert_eq!(back, theirs);
    }

    #[test]
    fn broken_text_is_refused_without_panicking(text in "\\PC{0,40}", cut in 0usize..40) {
        let _ = json::parse(&text);
        let valid = r#"{"trips":[{"entry":"2024-01-01","exit":null}],"on":"2024-03-01","plan":{"days":1.5e1}}"#;
        let _ = json::parse(valid.get(..cut.min(valid.len())).unwrap_or(""));
    }
}

#[test]
fn numbers_parse_exactly_where_doubles_can() {
    for (text, n) in [("0", 0.0), ("-0.5", -0.5), ("9725", 9725.0), ("1.1", 1.1), ("0.000123", 0.000123), ("1e3", 1000.0), ("12.5E-1", 1.25), ("9007199254740991", 9007199254740991.0)] {
        assert_eq!(json::parse(text), Some(Value::Number(n)), "{text}");
    }
}

#[test]
fn invalid_json_is_refused() {
    for text in ["", "01", "1.", ".5", "-", "+1", "1e", "[1,]", "{\"a\":1,}", "{'a':1}", "\"\\x\"", "\"a", "nul", "[1] 2", "\"\u{1}\""] {
        assert_eq!(json::parse(text), None, "{text:?}");
    }
    let deep = "[".repeat(100) + &"]".repeat(100);
    assert_eq!(json::parse(&deep), None, "nesting beyond the bound");
}

#[test]
fn numbers_are_written_without_float_printing() {
    let write = |n: f64| json::write(&Value::Number(n));
    assert_eq!(write(12.0), "12");
    assert_eq!(write(-3.25), "-3.25");
    assert_eq!(write(0.05), "0.05");
    assert_eq!(write(5400.000000000001), "5400");
    assert_eq!(write(f64::NAN), "null");
    assert_eq!(write(2.5e20), "2.5e+20");
}
