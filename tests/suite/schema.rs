//! `livret schema`: the JSON Schema editors use to check and complete
//! programme.toml. It accepts every programme of the repository, refuses a
//! misspelt key, a missing title and an unknown slot kind, and the copy at
//! the repository's root (named by programme.toml's `#:schema` line) is
//! the command's output (`LIVRET_BLESS=1` rewrites it).

use crate::common::*;

/// A TOML file as the JSON an editor validates: dates and times as text,
/// the way taplo shows them.
fn as_json(toml_text: &str) -> serde_json::Value {
    fn convert(v: toml::Value) -> serde_json::Value {
        use serde_json::Value as J;
        match v {
            toml::Value::String(s) => J::String(s),
            toml::Value::Integer(i) => J::from(i),
            toml::Value::Float(f) => J::from(f),
            toml::Value::Boolean(b) => J::Bool(b),
            toml::Value::Datetime(d) => J::String(d.to_string()),
            toml::Value::Array(a) => J::Array(a.into_iter().map(convert).collect()),
            toml::Value::Table(t) => J::Object(t.into_iter().map(|(k, v)| (k, convert(v))).collect()),
        }
    }
    convert(toml::from_str(toml_text).expect("TOML"))
}

fn schema() -> serde_json::Value {
    let out = command().arg("schema").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    expect_file("programme.schema.json", &text);
    serde_json::from_str(&text).unwrap()
}

fn errors(validator: &jsonschema::Validator, src: &str) -> Vec<String> {
    validator.iter_errors(&as_json(src)).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

#[test]
fn the_schema_accepts_every_programme_and_refuses_mistakes() {
    let schema = schema();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let validator = jsonschema::validator_for(&schema).expect("a valid draft-07 schema");
    let mut files = vec![root().join("programme.toml")];
    for e in std::fs::read_dir(root().join("tests/programmes")).unwrap() {
        files.push(e.unwrap().path());
    }
    assert!(files.len() >= 7);
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let e = errors(&validator, &src);
        assert!(e.is_empty(), "{}: {e:?}", f.display());
    }
    let seed = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    assert!(seed.starts_with("#:schema ./programme.schema.json\n"), "the seed names its schema");
    // A misspelt key, a missing title, an unknown kind, a person's typo.
    let e = errors(&validator, &MINIMAL.replace("title = \"Journée", "titel = \"Journée"));
    assert!(e.iter().any(|e| e.contains("titel")), "{e:?}");
    assert!(e.iter().any(|e| e.contains("title")), "a missing title: {e:?}");
    let e = errors(&validator, &MINIMAL.replace("title = \"Accueil\"", "title = \"Accueil\"\nkind = \"lunch\""));
    assert!(e.iter().any(|e| e.contains("lunch")), "{e:?}");
    let e =
        errors(&validator, &MINIMAL.replace("title = \"Accueil\"", "title = \"A\"\nspeakers = [{ nom = \"Ana\" }]"));
    assert!(e.iter().any(|e| e.contains("speakers")), "{e:?}");
    assert!(errors(&validator, MINIMAL).is_empty());
}
