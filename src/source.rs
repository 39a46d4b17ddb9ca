//! What the user wrote: the TOML file read into serde structs.
//!
//! These types mirror the contract (`docs/format.md`) key for key, refuse
//! unknown keys (`deny_unknown_fields`) so typos are caught, and keep the
//! byte span of every value so later checks can point at the exact place.
//! Nothing here judges meaning (is `25h70` a time?): that is
//! [`crate::model::validate()`]'s job.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::borrow::Cow;
use std::fmt;

use crate::diagnostic::{Diagnostic, Diagnostics};

/// Inputs above this size are refused before parsing: a programme is a few
/// kilobytes, and a 10 MB file is almost certainly the wrong file.
pub const MAX_INPUT_BYTES: usize = 10 * 1024 * 1024;

/// A value and the byte range it was written at: toml's `Spanned`,
/// wrapped so that the JSON Schema ([`schema`]) describes it as the value
/// itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T>(toml::Spanned<T>);

impl<T> Spanned<T> {
    /// A value at a byte range.
    pub fn new(span: std::ops::Range<usize>, value: T) -> Self {
        Spanned(toml::Spanned::new(span, value))
    }
    /// The byte range of the value in the file.
    pub fn span(&self) -> std::ops::Range<usize> {
        self.0.span()
    }
    /// The value.
    pub fn get_ref(&self) -> &T {
        self.0.get_ref()
    }
    /// The value, without its place.
    pub fn into_inner(self) -> T {
        self.0.into_inner()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        toml::Spanned::<T>::deserialize(d).map(Spanned)
    }
}

impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

/// A spanned string.
pub type Str = Spanned<String>;

/// The JSON Schema (draft-07) of a programme file, made from the types
/// below (the parser's own), for editors that validate and complete TOML
/// (taplo, Even Better TOML).
pub fn schema() -> String {
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    let mut schema = generator.into_root_schema_for::<RawProgramme>().to_value();
    drop_null(&mut schema);
    schema["title"] = "livret programme".into();
    serde_json::to_string_pretty(&schema).expect("a schema is JSON") + "\n"
}

/// TOML has no null (a key is left out instead): `Option` fields are
/// described by their value alone, not "this or null".
fn drop_null(v: &mut serde_json::Value) {
    use serde_json::Value;
    let Value::Object(map) = v else {
        if let Value::Array(items) = v {
            items.iter_mut().for_each(drop_null);
        }
        return;
    };
    if let Some(Value::Array(types)) = map.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let t = types.remove(0);
            map.insert("type".into(), t);
        }
    }
    if let Some(Value::Array(any)) = map.get("anyOf") {
        let rest: Vec<Value> = any.iter().filter(|s| s.get("type") != Some(&Value::from("null"))).cloned().collect();
        if rest.len() == 1
            && let Some(Value::Object(only)) = rest.into_iter().next()
        {
            map.remove("anyOf");
            for (k, x) in only {
                map.entry(k).or_insert(x);
            }
        }
    }
    map.values_mut().for_each(drop_null);
}

/// A date, a time or a date-time: TOML values that editors show as text,
/// checked by livret itself ("9h30", 2023-12-19, 09:30:00).
fn date_or_time(_: &mut SchemaGenerator) -> Schema {
    json_schema!({})
}

/// The whole file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawProgramme {
    /// `[event]`: the event's title, subtitle, language, introduction.
    #[schemars(required)]
    pub event: Option<Spanned<RawEvent>>,
    /// `[venue]`: where it takes place (name, room, address, access note).
    pub venue: Option<RawVenue>,
    /// `[[organiser]]`: one block per organiser, with contacts and logo.
    #[serde(default)]
    pub organiser: Vec<Spanned<RawOrganiser>>,
    /// `[[day]]`: one block per day, in order, each with its slots.
    #[schemars(required, length(min = 1))]
    pub day: Option<Spanned<Vec<Spanned<RawDay>>>>,
    /// `[labels]`: the words printed by livret, to override its defaults.
    pub labels: Option<RawLabels>,
    /// `[theme]`: colours, fonts, paper size, how times print.
    pub theme: Option<RawTheme>,
    /// `[output]`: which editions `livret build` makes.
    pub output: Option<RawOutput>,
}

/// `[event]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// Fields are the keys of the same name in docs/format.md.
#[allow(missing_docs)]
#[schemars(rename = "Event")]
pub struct RawEvent {
    /// The event's name, on the cover and in the PDF's metadata.
    #[schemars(required)]
    pub title: Option<Str>,
    pub subtitle: Option<Str>,
    /// "fr" (the default) or "en": labels, dates, typography, hyphenation.
    #[schemars(extend("enum" = ["fr", "en"]))]
    pub language: Option<Str>,
    pub introduction: Option<Str>,
    /// Kept raw: a local date or date-time, checked in validation.
    #[serde(default)]
    #[schemars(schema_with = "date_or_time")]
    pub updated: Option<Spanned<toml::Value>>,
    pub timezone: Option<Str>,
}

/// `[venue]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// Fields are the keys of the same name in docs/format.md.
#[allow(missing_docs)]
#[schemars(rename = "Venue")]
pub struct RawVenue {
    pub name: Option<Str>,
    pub room: Option<Str>,
    pub address: Option<Str>,
    pub postcode: Option<Str>,
    pub city: Option<Str>,
    pub note: Option<Str>,
}

/// `[[organiser]]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// Fields are the keys of the same name in docs/format.md.
#[allow(missing_docs)]
#[schemars(rename = "Organiser")]
pub struct RawOrganiser {
    #[schemars(required)]
    pub name: Option<Str>,
    pub address: Option<Str>,
    pub email: Option<Str>,
    pub phone: Option<Str>,
    pub website: Option<Str>,
    pub logo: Option<Str>,
    pub logo_alt: Option<Str>,
}

/// `[[day]]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// Fields are the keys of the same name in docs/format.md.
#[allow(missing_docs)]
#[schemars(rename = "Day")]
pub struct RawDay {
    /// The day's date, a TOML date: 2023-12-19. (Kept as a raw value so
    /// that a string like "le premier juin" gets livret's own message.)
    #[schemars(schema_with = "date_or_time")]
    pub date: Option<Spanned<toml::Value>>,
    pub title: Option<Str>,
    pub note: Option<Str>,
    #[serde(default)]
    pub slot: Option<Spanned<Vec<Spanned<RawSlot>>>>,
}

/// `[[day.slot]]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// Fields are the keys of the same name in docs/format.md.
#[allow(missing_docs)]
#[schemars(rename = "Slot")]
pub struct RawSlot {
    /// When it starts: "9h30", "09:30" or a TOML time.
    #[schemars(schema_with = "date_or_time")]
    pub start: Option<Spanned<toml::Value>>,
    #[serde(default)]
    #[schemars(schema_with = "date_or_time")]
    pub end: Option<Spanned<toml::Value>>,
    /// What kind of slot it is; it drives the styling.
    #[schemars(extend("enum" = ["welcome", "introduction", "plenary", "workshops", "break", "meal", "restitution", "conclusion", "other"]))]
    pub kind: Option<Str>,
    pub label: Option<Str>,
    pub title: Option<Str>,
    pub moderator: Option<Spanned<RawPerson>>,
    pub lang: Option<Str>,
    pub description: Option<Str>,
    #[serde(default)]
    pub speakers: Vec<Spanned<RawPerson>>,
    pub room: Option<Str>,
    pub id: Option<Str>,
    #[serde(default)]
    pub workshop: Vec<Spanned<RawWorkshop>>,
}

/// `[[day.slot.workshop]]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// Fields are the keys of the same name in docs/format.md.
#[allow(missing_docs)]
#[schemars(rename = "Workshop")]
pub struct RawWorkshop {
    #[schemars(required)]
    pub title: Option<Str>,
    pub topics: Option<Str>,
    pub description: Option<Str>,
    pub guest: Option<Spanned<RawPerson>>,
    #[serde(default)]
    pub speakers: Vec<Spanned<RawPerson>>,
    pub moderator: Option<Spanned<RawPerson>>,
    pub room: Option<Str>,
    #[serde(default)]
    #[schemars(schema_with = "date_or_time")]
    pub start: Option<Spanned<toml::Value>>,
    #[serde(default)]
    #[schemars(schema_with = "date_or_time")]
    pub end: Option<Spanned<toml::Value>>,
    pub label: Option<Str>,
    pub lang: Option<Str>,
    pub id: Option<Str>,
}

/// A person: either a bare name or a table.
#[derive(Debug)]
// Fields are the keys of the same name in docs/format.md.
#[allow(missing_docs)]
pub struct RawPerson {
    pub name: Option<Str>,
    pub role: Option<Str>,
    pub tbc: Option<bool>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "PersonTable")]
struct RawPersonTable {
    name: Option<Str>,
    role: Option<Str>,
    tbc: Option<bool>,
}

impl JsonSchema for RawPerson {
    fn schema_name() -> Cow<'static, str> {
        "Person".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let table = generator.subschema_for::<RawPersonTable>();
        json_schema!({
            "description": "A person: a name in quotes, or a table { name = \"…\", role = \"…\", tbc = true }",
            "anyOf": [{ "type": "string" }, table]
        })
    }
}

impl<'de> Deserialize<'de> for RawPerson {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct PersonVisitor;
        impl<'de> Visitor<'de> for PersonVisitor {
            type Value = RawPerson;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a name in quotes, or a table like { name = \"…\", role = \"…\" }")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawPerson, E> {
                Ok(RawPerson { name: Some(Spanned::new(0..0, v.to_owned())), role: None, tbc: None })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawPerson, A::Error> {
                let t = RawPersonTable::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RawPerson { name: t.name, role: t.role, tbc: t.tbc })
            }
        }
        d.deserialize_any(PersonVisitor)
    }
}

/// `[labels]`.
#[derive(Debug, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
// Fields are the keys of the same name in docs/format.md.
#[allow(missing_docs)]
#[schemars(rename = "Labels")]
pub struct RawLabels {
    pub programme: Option<Str>,
    pub speakers: Option<Str>,
    pub guest: Option<Str>,
    pub moderator: Option<Str>,
    pub tbc: Option<Str>,
    pub workshop: Option<Str>,
    pub contact: Option<Str>,
    pub page: Option<Str>,
    pub parallel: Option<Str>,
    pub organised_by: Option<Str>,
    pub venue: Option<Str>,
    pub updated: Option<Str>,
    pub notes: Option<Str>,
}

/// `[theme]`.
#[derive(Debug, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
// Fields are the keys of the same name in docs/format.md.
#[allow(missing_docs)]
#[schemars(rename = "Theme")]
pub struct RawTheme {
    pub primary: Option<Str>,
    pub accent: Option<Str>,
    pub body_font: Option<Str>,
    pub heading_font: Option<Str>,
    #[serde(default)]
    pub fallback_fonts: Vec<Str>,
    /// "A4" (the default) or "A5".
    #[schemars(extend("enum" = ["A4", "A5", "a4", "a5"]))]
    pub paper: Option<Str>,
    /// How times print: "compact" (9h30), "spaced" (9 h 30), "colon" (09:30).
    #[schemars(extend("enum" = ["compact", "spaced", "colon"]))]
    pub time_style: Option<Str>,
}

/// `[output]`.
#[derive(Debug, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
// Fields are the keys of the same name in docs/format.md.
#[allow(missing_docs)]
#[schemars(rename = "Output")]
pub struct RawOutput {
    /// The editions `livret build` makes without `--profile`.
    #[serde(default)]
    #[schemars(extend("items" = { "enum": ["standard", "booklet", "photocopy", "print-shop"] }))]
    pub profiles: Vec<Str>,
}

/// Parse the text of a programme file into raw structs.
///
/// Syntax and shape errors (a missing quote, an unknown key, a number where
/// a string belongs) are reported here, one at a time, since TOML parsing
/// cannot go on past them.
pub fn parse(text: &str) -> Result<RawProgramme, Diagnostics> {
    if text.len() > MAX_INPUT_BYTES {
        let d = Diagnostic::error(
            "file.too-large",
            format!(
                "this file is {}; a programme file is at most {}",
                crate::files::size_text(text.len() as u64),
                crate::files::size_text(MAX_INPUT_BYTES as u64)
            ),
        )
        .with_hint("check that you gave the right file: programmes are usually a few kilobytes");
        return Err(Diagnostics(vec![d]));
    }
    toml::from_str::<RawProgramme>(text).map_err(|e| {
        if e.span().is_none() && e.message().contains("recursion") {
            return Diagnostics(vec![too_deep(text)]);
        }
        let mut d = toml_error(e);
        if d.key.is_none()
            && let Some(span) = &d.span
        {
            d.key = key_on_line(text, span.start);
        }
        Diagnostics(vec![d])
    })
}

/// The error for keys nested past the parser's recursion limit
/// (`[a.a.a.….b]`), which comes without a place: the line whose key has the
/// most parts is the one to show.
fn too_deep(text: &str) -> Diagnostic {
    let mut best = (0usize, 0usize, 0usize); // (parts, start, len)
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start();
        let key = match body.strip_prefix('[') {
            Some(header) => header.split(']').next().unwrap_or(""),
            None => body.split('=').next().unwrap_or(""),
        };
        let parts = key.matches('.').count() + 1;
        if parts > best.0 {
            best = (parts, start + (line.len() - body.len()), line.trim_end().len() - (line.len() - body.len()));
        }
        start += line.len();
    }
    let (parts, at, len) = best;
    Diagnostic::error("toml.too-deep", format!("this key is nested {parts} levels deep, too deep to read"))
        .with_arg("levels", parts.to_string())
        .with_span(at..at + len.max(1))
        .with_expected("keys of a few parts, e.g. [[day.slot.workshop]]")
        .with_hint("a programme's keys have at most four parts: check this line for stray dots")
}

/// The `key` of a `key = value` line holding byte `offset`, if any: serde
/// errors say what is wrong but not under which key.
fn key_on_line(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[start..];
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    let ok = !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-' || c == '.');
    ok.then(|| key.to_owned())
}

/// Turn a toml/serde error into a diagnostic with plain wording.
fn toml_error(e: toml::de::Error) -> Diagnostic {
    let raw = e.message().trim().to_owned();
    let Explained { id, args, message, expected, hint, key } = explain(&raw);
    let mut d = Diagnostic::error(id, message);
    d.args = args;
    if let Some(span) = e.span() {
        d = d.with_span(span);
    }
    if let Some(x) = expected {
        d = d.with_expected(x);
    }
    if let Some(h) = hint {
        d = d.with_hint(h);
    }
    if let Some(k) = key {
        d = d.with_key(k);
    }
    d
}

/// A serde message in plain words.
struct Explained {
    id: &'static str,
    args: Vec<(&'static str, String)>,
    message: String,
    expected: Option<String>,
    hint: Option<String>,
    key: Option<String>,
}

/// Rephrase serde's messages ("unknown field `titel`, expected one of …")
/// for people who never read a Rust error.
fn explain(raw: &str) -> Explained {
    let say = |id, message: String, expected: Option<String>, hint: Option<String>, key: Option<String>| Explained {
        id,
        args: Vec::new(),
        message,
        expected,
        hint,
        key,
    };
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (name, tail) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = tail.split('`').skip(1).step_by(2).collect();
        let suggestion = closest(name, &allowed);
        let hint = suggestion.map(|s| format!("did you mean `{s}`?"));
        let expected = if allowed.is_empty() { None } else { Some(format!("one of: {}", allowed.join(", "))) };
        let mut args = vec![("name", name.to_owned()), ("names", allowed.join(", "))];
        if let Some(s) = suggestion {
            args.push(("suggestion", s.to_owned()));
        }
        return Explained {
            args,
            ..say(
                "key.unknown",
                format!("unknown key `{name}`"),
                expected,
                hint.or(Some("keys are listed in docs/format.md".into())),
                Some(name.to_owned()),
            )
        };
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let (found, want) = rest.split_once(", expected ").unwrap_or((rest, ""));
        // `[day]` where `[[day]]` was meant: a table for a list of tables.
        if found == "map" && want == "a sequence" {
            return say(
                "value.table-for-list",
                "this section is written once, with single brackets, where a list of blocks is expected".to_owned(),
                Some("[[day]], [[day.slot]] or [[organiser]], with double brackets".to_owned()),
                Some("write [[day]] (double brackets): each [[…]] block adds one day, slot or organiser".to_owned()),
                None,
            );
        }
        let want = match want {
            "a string" => "text in double quotes, e.g. \"Pause repas\"".to_owned(),
            "a boolean" => "true or false".to_owned(),
            "a sequence" => "a list in square brackets, e.g. [\"A\", \"B\"]".to_owned(),
            w => w.to_owned(),
        };
        let kind = match rest.split_once(", expected ").map_or("", |(_, w)| w) {
            "a string" => "string",
            "a boolean" => "boolean",
            "a sequence" => "sequence",
            _ => "other",
        };
        let args = vec![("found", found.to_owned()), ("want", want.clone()), ("kind", kind.to_owned())];
        return Explained {
            args,
            ..say("value.wrong-type", format!("wrong kind of value: found {found}"), Some(want), None, None)
        };
    }
    if raw.starts_with("duplicate key") {
        return say(
            "key.duplicate",
            "this key is given twice in the same section".to_owned(),
            None,
            Some("remove one of the two lines, or start a new [[…]] block for a second item".into()),
            None,
        );
    }
    if raw.contains("date") || raw.contains("time") {
        return say(
            "toml.date-time",
            format!("this is not a valid date or time: {}", raw.lines().next().unwrap_or(raw)),
            Some("a date written year-month-day, e.g. 2023-12-19".to_owned()),
            Some("dates have no quotes (date = 2023-12-19); times do (start = \"9h30\")".to_owned()),
            None,
        );
    }
    let hint = if raw.contains("string") {
        Some("text values go in double quotes: title = \"Ouverture\"".to_owned())
    } else {
        None
    };
    say("toml.syntax", format!("this is not valid TOML: {}", raw.lines().next().unwrap_or(raw)), None, hint, None)
}

/// The allowed name closest to a misspelt one, if it is close enough to be
/// a plausible typo (edit distance at most 2).
fn closest<'a>(name: &str, allowed: &[&'a str]) -> Option<&'a str> {
    allowed.iter().map(|a| (edit_distance(name, a), *a)).filter(|(d, _)| *d <= 2).min().map(|(_, a)| a)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The file's bytes as text, or an error pointing at the first byte that
/// is not UTF-8 (a file saved as Latin-1 by an old editor, say).
pub fn decode(bytes: &[u8]) -> Result<&str, Diagnostics> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        // Accented letters of Windows-1252 ("ANSI", what older Notepad
        // saves) are single bytes from 0xC0: é is 0xE9, è 0xE8, à 0xE0.
        let ansi = bytes[at..].iter().take(4).any(|&b| (0xC0..=0xFF).contains(&b) || b == 0x92 || b == 0x9C)
            && std::str::from_utf8(&bytes[at..(at + 1).min(bytes.len())]).is_err();
        let d = if ansi {
            Diagnostic::error("file.ansi", "the file is saved as Windows-1252 (\"ANSI\"), not as UTF-8")
                .with_expected("a text file saved as UTF-8")
                .with_hint("in Notepad: File, Save as…, and under Encoding choose UTF-8, then Save")
        } else {
            Diagnostic::error("file.not-utf8", "the file is not valid UTF-8 text")
                .with_expected("a text file saved as UTF-8")
                .with_hint("in your editor, use \"Save as…\" and choose the UTF-8 encoding")
        };
        d.with_span(at..at)
    });
    let text = text.map_err(|d| Diagnostics(vec![d]))?;
    Ok(text.strip_prefix('\u{FEFF}').unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_key_a_typo_meant() {
        let e = parse("[event]\ntitel = \"x\"\n").unwrap_err().0.remove(0);
        assert_eq!(e.message, "unknown key `titel`");
        assert_eq!(e.hint.as_deref(), Some("did you mean `title`?"));
        assert_eq!(e.line_col("[event]\ntitel = \"x\"\n"), Some((2, 1)));
    }

    #[test]
    fn person_accepts_string_or_table() {
        let src = "[[day]]\ndate = 2023-12-19\n[[day.slot]]\nstart = \"9h\"\ntitle = \"A\"\nspeakers = [\"Ana\", { name = \"Bo\", role = \"R\", tbc = true }]\n";
        let p = parse(src).unwrap();
        let day = &p.day.unwrap().into_inner()[0];
        let slot = &day.get_ref().slot.as_ref().unwrap().get_ref()[0];
        let sp = &slot.get_ref().speakers;
        assert_eq!(sp[0].get_ref().name.as_ref().unwrap().get_ref(), "Ana");
        assert_eq!(sp[1].get_ref().tbc, Some(true));
    }

    #[test]
    fn person_table_refuses_unknown_keys() {
        let src =
            "[[day]]\ndate = 2023-12-19\n[[day.slot]]\nstart = \"9h\"\ntitle = \"A\"\nspeakers = [{ nom = \"Bo\" }]\n";
        let e = parse(src).unwrap_err().0.remove(0);
        assert!(e.message.contains("`nom`"), "{}", e.message);
    }
}
