//! From what the user wrote ([`crate::source`]) to what the program needs
//! ([`Programme`]). Every problem is collected, not just the first, so one
//! run shows the user everything to fix.

use crate::source::Spanned;
use std::path::Path;

use super::assets::load_logo;
use super::*;
use crate::diagnostic::{Diagnostic, Diagnostics, Warned};
use crate::fonts::{FontChoice, FontFile, load_font};
use crate::profile::Profile;
use crate::source::*;

mod days;
mod theme;

const TIME_HINT: &str = "times look like 9h30, 9h or 09:30";

/// The longest rich text (a description, a note), in bytes.
const MAX_TEXT_BYTES: usize = 1024 * 1024;
/// The longest one-line value (a title, a name, a room), in characters:
/// a long paragraph. A title of megabytes took seconds and gigabytes to
/// set, and is no programme's.
const MAX_LINE_CHARS: usize = 2_000;
/// The longest label (`[labels]`), in characters: a label is repeated
/// beside every speaker or workshop, so its length is multiplied.
const MAX_LABEL_CHARS: usize = 200;

/// Check a parsed file and build the model. `base` is the folder of the
/// programme file, against which logo and font paths are resolved.
///
/// Returns the model with its warnings, or every error found (warnings
/// included, so they are not lost).
pub fn validate(raw: RawProgramme, base: &Path) -> Result<Warned<Programme>, Diagnostics> {
    let mut v = Validator { base, out: Diagnostics::default(), ids: Default::default() };
    let programme = v.programme(raw);
    v.out.sort();
    match programme {
        Some(p) if !v.out.has_errors() => Ok(Warned::new(p, v.out)),
        _ => Err(v.out),
    }
}

struct Validator<'a> {
    base: &'a Path,
    out: Diagnostics,
    /// Slot and workshop ids seen so far.
    ids: rustc_hash::FxHashSet<String>,
}

impl Validator<'_> {
    fn error(
        &mut self,
        id: &'static str,
        span: std::ops::Range<usize>,
        key: &str,
        msg: impl Into<String>,
    ) -> &mut Diagnostic {
        self.out.push(Diagnostic::error(id, msg).with_span(span).with_key(key));
        self.out.0.last_mut().expect("just pushed")
    }

    fn warn(&mut self, id: &'static str, span: std::ops::Range<usize>, key: &str, msg: impl Into<String>) {
        self.out.push(Diagnostic::warning(id, msg).with_span(span).with_key(key));
    }

    /// An optional one-line value, trimmed (`None` when blank); one
    /// longer than `limit` characters is refused. `key` is made only then.
    fn plain(&mut self, s: Option<Str>, limit: usize, key: impl FnOnce() -> String) -> Option<String> {
        let s = s?;
        // Counted only past `limit` bytes: a character is at least one.
        let text = s.get_ref();
        if text.len() > limit && text.chars().count() > limit {
            let count = text.chars().count();
            let d = Diagnostic::error(
                "text.line-too-long",
                format!("this value is {count} characters long; a title, a name or a label is at most {limit}"),
            )
            .with_span(s.span().start..s.span().start + 1)
            .with_key(key())
            .with_hint("a long text goes in a description, between triple quotes: description = \"\"\"…\"\"\"")
            .with_arg("count", count.to_string())
            .with_arg("limit", limit.to_string());
            self.out.push(d);
            return None;
        }
        opt(Some(s))
    }

    /// [`Self::plain`] with the limit of titles and names.
    fn line(&mut self, s: Option<Str>, key: impl FnOnce() -> String) -> Option<String> {
        self.plain(s, MAX_LINE_CHARS, key)
    }

    /// A required, non-blank string.
    fn required(&mut self, s: Option<Str>, at: std::ops::Range<usize>, key: &str, what: &str) -> Option<String> {
        if let Some(v) = &s
            && v.get_ref().len() > MAX_LINE_CHARS
            && v.get_ref().chars().count() > MAX_LINE_CHARS
        {
            // Refused as too long.
            return self.line(s, || key.to_owned());
        }
        match s {
            Some(s) if !s.get_ref().trim().is_empty() => Some(s.into_inner().trim().to_owned()),
            Some(s) => {
                let span = s.span();
                let d = self.error("value.empty", span, key, format!("`{key}` is empty"));
                *d = d.clone().with_expected(what.to_owned());
                None
            }
            None => {
                let d = self.error("key.missing", at, key, format!("`{key}` is missing"));
                *d =
                    d.clone().with_expected(what.to_owned()).with_hint(format!("add a line such as: {}", example(key)));
                None
            }
        }
    }

    fn programme(&mut self, raw: RawProgramme) -> Option<Programme> {
        let event = match raw.event {
            Some(e) => self.event(e),
            None => {
                self.out.push(
                    Diagnostic::error("event.missing", "the `[event]` section is missing")
                        .with_span(0..0)
                        .with_key("event")
                        .with_expected("an [event] section with at least a title")
                        .with_hint("start the file with:\n[event]\ntitle = \"Journées d'étude\""),
                );
                None
            }
        };
        let language = event.as_ref().map_or(Language::French, |e| e.language);
        let venue = raw.venue.map(|v| Venue {
            name: self.line(v.name, || "venue.name".into()),
            room: self.line(v.room, || "venue.room".into()),
            address: self.line(v.address, || "venue.address".into()),
            postcode: self.line(v.postcode, || "venue.postcode".into()),
            city: self.line(v.city, || "venue.city".into()),
            note: self.rich(v.note, "venue.note"),
        });
        let organisers: Vec<Organiser> =
            raw.organiser.into_iter().enumerate().filter_map(|(i, o)| self.organiser(i + 1, o)).collect();
        let labels = self.labels(raw.labels.unwrap_or_default(), language);
        let days = self.days(raw.day, language, &labels);
        let theme = self.theme(raw.theme.unwrap_or_default(), language);
        let profiles = self.profiles(raw.output.unwrap_or_default());
        Some(Programme { event: event?, venue, organisers, days: days?, labels, theme: theme?, profiles: profiles? })
    }

    fn event(&mut self, e: Spanned<RawEvent>) -> Option<Event> {
        let span = e.span();
        let e = e.into_inner();
        let title = self.required(
            e.title,
            span.start..span.start,
            "event.title",
            "the event's name, e.g. title = \"Journées intelligence artificielle\"",
        );
        let language = match e.language {
            None => Some(Language::French),
            Some(l) => match l.get_ref().trim() {
                "fr" => Some(Language::French),
                "en" => Some(Language::English),
                other => {
                    let msg = format!("unknown language \"{other}\"");
                    let d = self.error("language.unknown", l.span(), "event.language", msg);
                    *d = d.clone().with_expected("\"fr\" or \"en\"").with_arg("value", other);
                    None
                }
            },
        };
        let updated = match e.updated {
            None => Some(None),
            Some(v) => self.stamp(v).map(Some),
        };
        let timezone = match e.timezone {
            None => Some("Europe/Paris".to_owned()),
            Some(z) => {
                let name = z.get_ref().trim();
                if is_zone_name(name) {
                    Some(name.to_owned())
                } else {
                    let msg = format!("\"{name}\" is not a time zone name");
                    let d = self.error("timezone.invalid", z.span(), "event.timezone", msg);
                    *d = d.clone().with_expected("an IANA zone name such as \"Europe/Paris\"").with_arg("value", name);
                    None
                }
            }
        };
        Some(Event {
            title: title?,
            subtitle: self.line(e.subtitle, || "event.subtitle".into()),
            language: language?,
            introduction: self.rich(e.introduction, "event.introduction"),
            updated: updated?,
            timezone: timezone?,
        })
    }

    /// `[event] updated`: a local date or a local date-time.
    fn stamp(&mut self, v: Spanned<toml::Value>) -> Option<Stamp> {
        let span = v.span();
        let parsed = match v.get_ref() {
            toml::Value::Datetime(dt) if dt.offset.is_none() => dt.date.and_then(|d| {
                let date = Date::new(i32::from(d.year), d.month, d.day)?;
                let time = match dt.time {
                    None => None,
                    Some(t) => Some(Time::from_hm(u16::from(t.hour), u16::from(t.minute))?),
                };
                Some(Stamp { date, time })
            }),
            _ => None,
        };
        if parsed.is_none() {
            let shown = show(v.get_ref());
            let d = self.error("updated.invalid", span, "event.updated", format!("{shown} is not a date"));
            *d = d
                .clone()
                .with_expected("a date or a date and time, without quotes: updated = 2023-12-18T22:10:00")
                .with_arg("value", shown);
        }
        parsed
    }

    /// A rich text field; HTML tags in it (pasted from a web page) are
    /// dropped when printed, and the user is told which.
    fn rich(&mut self, s: Option<Str>, key: &str) -> Option<Rich> {
        let span = s.as_ref().map(|s| s.span())?;
        let text = opt(s)?;
        // A text of megabytes is no programme's: refused at once rather
        // than typeset for seconds.
        if text.len() > MAX_TEXT_BYTES {
            let size = crate::files::size_text(text.len() as u64);
            let d = Diagnostic::error(
                "text.too-long",
                format!("this text is {size}; a text in a programme is at most 1 MB"),
            )
            .with_span(span.start..span.start + 3)
            .with_key(key)
            .with_hint("check that the right text was pasted: a long description is a few kilobytes")
            .with_arg("size", size);
            self.out.push(d);
            return None;
        }
        let tags = super::rich::html_tags(&text);
        if !tags.is_empty() {
            let list = tags.iter().map(|t| format!("<{t}>")).collect::<Vec<_>>().join(", ");
            let d = Diagnostic::warning("rich.html", format!("HTML tags are not printed: {list}"))
                .with_span(span.clone())
                .with_key(key)
                .with_hint("their text is kept; use *italic* and **bold** for emphasis")
                .with_arg("tags", list);
            self.out.push(d);
        }
        let rich = Rich::new(text);
        for link in super::rich::refused_links(rich.blocks()) {
            let shown: String = link.chars().take(60).collect();
            let d = Diagnostic::warning(
                "rich.link-refused",
                format!("the link “{shown}” is printed as text, not as a link"),
            )
            .with_span(span.clone())
            .with_key(key)
            .with_hint("links are web addresses (https://…), e-mail addresses and phone numbers")
            .with_arg("link", shown);
            self.out.push(d);
        }
        Some(rich)
    }

    /// `[output] profiles`.
    fn profiles(&mut self, o: RawOutput) -> Option<Vec<Profile>> {
        if o.profiles.is_empty() {
            return Some(vec![Profile::Standard]);
        }
        let mut out = Vec::new();
        let mut ok = true;
        for (i, p) in o.profiles.into_iter().enumerate() {
            match Profile::from_name(p.get_ref().trim()) {
                Some(profile) if !out.contains(&profile) => out.push(profile),
                Some(_) => {}
                None => {
                    let names: Vec<&str> = Profile::ALL.iter().map(|p| p.name()).collect();
                    let msg = format!("unknown profile \"{}\"", p.get_ref());
                    let d = self.error("profile.unknown", p.span(), &format!("output.profiles[{}]", i + 1), msg);
                    *d = d
                        .clone()
                        .with_expected(format!("one of: {}", names.join(", ")))
                        .with_arg("value", p.get_ref().clone())
                        .with_arg("names", names.join(", "));
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    fn organiser(&mut self, n: usize, o: Spanned<RawOrganiser>) -> Option<Organiser> {
        let span = o.span();
        let o = o.into_inner();
        let key = format!("organiser[{n}]");
        let name = self.required(o.name, span.start..span.start, &format!("{key}.name"), "the organisation's name");
        let logo = match o.logo {
            None => Some(None),
            Some(l) => match load_logo(self.base, l.get_ref()) {
                Ok(logo) => Some(Some(logo)),
                Err(e) => {
                    let d = self.error("logo.invalid", l.span(), &format!("{key}.logo"), e.message);
                    d.expected = Some("a PNG, JPEG or SVG file, relative to the programme file".into());
                    d.args.push(("reason", e.reason.into()));
                    d.args.extend(e.args);
                    None
                }
            },
        };
        let email = self.email(o.email, &format!("{key}.email"));
        Some(Organiser {
            address: self.line(o.address, || format!("{key}.address")),
            email: email?,
            phone: self.line(o.phone, || format!("{key}.phone")),
            website: self.line(o.website, || format!("{key}.website")),
            logo: logo?,
            logo_alt: self.line(o.logo_alt, || format!("{key}.logo_alt")).or_else(|| name.clone()).unwrap_or_default(),
            name: name?,
        })
    }
}

impl Validator<'_> {
    /// An e-mail address: one `@` with text on both sides, and no space,
    /// control character or bracket. What passes goes into calendar lines
    /// and `mailto:` links, where a line break would forge lines.
    fn email(&mut self, email: Option<Str>, key: &str) -> Option<Option<String>> {
        let Some(e) = email else { return Some(None) };
        let span = e.span();
        let Some(value) = opt(Some(e)) else { return Some(None) };
        let forbidden = |c: char| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"".contains(c);
        let well_formed = matches!(value.split_once('@'), Some((local, domain))
            if !local.is_empty() && !domain.is_empty() && !domain.contains('@'));
        if well_formed && !value.chars().any(forbidden) {
            return Some(Some(value));
        }
        // Shown as written in TOML (`\n` for a line break, which would
        // otherwise split the message), cut when long: the span says where.
        let mut shown: String = value.chars().take(60).flat_map(char::escape_debug).collect();
        if value.chars().nth(60).is_some() {
            shown.push('…');
        }
        let d = self.error("email.invalid", span, key, format!("\"{shown}\" is not an e-mail address"));
        *d = d.clone().with_expected("an address such as contact@example.org, on one line").with_arg("value", shown);
        None
    }
}

/// An IANA zone name such as `Europe/Paris` or `America/Argentina/Salta`,
/// or `UTC`: checked for shape, not against the zone database.
fn is_zone_name(s: &str) -> bool {
    let part = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || "_+-".contains(c));
    s == "UTC"
        || (s.contains('/') && s.split('/').all(part) && s.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
}

/// Names that mean "the bundled family" in `body_font` / `heading_font`.
fn is_bundled_family(s: &str) -> bool {
    let s = s.trim().to_ascii_lowercase();
    s == "inter" || s.is_empty()
}

impl Validator<'_> {
    /// `[labels]`, each given or the language's default.
    fn labels(&mut self, raw: RawLabels, lang: Language) -> Labels {
        let d = Labels::defaults(lang);
        let mut pick = |v: Option<Str>, def: String, name: &str| {
            self.plain(v, MAX_LABEL_CHARS, || format!("labels.{name}")).unwrap_or(def)
        };
        Labels {
            programme: pick(raw.programme, d.programme, "programme"),
            speakers: pick(raw.speakers, d.speakers, "speakers"),
            guest: pick(raw.guest, d.guest, "guest"),
            moderator: pick(raw.moderator, d.moderator, "moderator"),
            tbc: pick(raw.tbc, d.tbc, "tbc"),
            workshop: pick(raw.workshop, d.workshop, "workshop"),
            contact: pick(raw.contact, d.contact, "contact"),
            page: pick(raw.page, d.page, "page"),
            parallel: pick(raw.parallel, d.parallel, "parallel"),
            organised_by: pick(raw.organised_by, d.organised_by, "organised_by"),
            venue: pick(raw.venue, d.venue, "venue"),
            updated: pick(raw.updated, d.updated, "updated"),
            notes: pick(raw.notes, d.notes, "notes"),
        }
    }
}

/// Parse `#rrggbb` (case-insensitive).
pub fn parse_colour(s: &str) -> Option<Rgb> {
    let hex = s.trim().strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
}

/// An optional string, trimmed, blank treated as absent.
fn opt(s: Option<Str>) -> Option<String> {
    s.map(|s| s.into_inner().trim().to_owned()).filter(|s| !s.is_empty())
}

/// A value as the user typed it, for messages.
fn show(v: &toml::Value) -> String {
    let s = match v {
        toml::Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    };
    if s.chars().count() > 40 { format!("{}…", s.chars().take(40).collect::<String>()) } else { s }
}

/// An example line for a missing key, shown in hints.
fn example(key: &str) -> String {
    let last = key.rsplit('.').next().unwrap_or(key);
    match last {
        "title" => "title = \"…\"".to_owned(),
        "name" => "name = \"…\"".to_owned(),
        other => format!("{other} = …"),
    }
}
