//! From what the user wrote ([`crate::source`]) to what the program needs
//! ([`Programme`]). Every problem is collected, not just the first, so one
//! run shows the user everything to fix.

use std::path::Path;
use std::sync::Arc;
use toml::Spanned;

use super::assets::load_logo;
use super::*;
use crate::diagnostic::{Diagnostic, Diagnostics, Warned};
use crate::fonts::{FontChoice, FontFile, load_font};
use crate::profile::Profile;
use crate::source::*;

const TIME_HINT: &str = "times look like 9h30, 9h or 09:30";

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

    /// A required, non-blank string.
    fn required(&mut self, s: Option<Str>, at: std::ops::Range<usize>, key: &str, what: &str) -> Option<String> {
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
            name: opt(v.name),
            room: opt(v.room),
            address: opt(v.address),
            postcode: opt(v.postcode),
            city: opt(v.city),
            note: self.rich(v.note, "venue.note"),
        });
        let organisers: Vec<Organiser> =
            raw.organiser.into_iter().enumerate().filter_map(|(i, o)| self.organiser(i + 1, o)).collect();
        let labels = labels(raw.labels.unwrap_or_default(), language);
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
            subtitle: opt(e.subtitle),
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
        for link in super::rich::refused_links(&text) {
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
        Some(Rich(text))
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
                Err(msg) => {
                    let d = self.error("logo.invalid", l.span(), &format!("{key}.logo"), msg.clone());
                    *d = d
                        .clone()
                        .with_expected("a PNG, JPEG or SVG file, relative to the programme file")
                        .with_arg("why", msg);
                    None
                }
            },
        };
        Some(Organiser {
            address: opt(o.address),
            email: opt(o.email),
            phone: opt(o.phone),
            website: opt(o.website),
            logo: logo?,
            logo_alt: opt(o.logo_alt).or_else(|| name.clone()).unwrap_or_default(),
            name: name?,
        })
    }

    fn days(
        &mut self,
        raw: Option<Spanned<Vec<Spanned<RawDay>>>>,
        lang: Language,
        labels: &Labels,
    ) -> Option<Vec<Day>> {
        let Some(raw) = raw.filter(|d| !d.get_ref().is_empty()) else {
            self.out.push(
                Diagnostic::error("day.none", "the programme has no day")
                    .with_key("day")
                    .with_expected("at least one [[day]] with a date and a [[day.slot]]")
                    .with_hint(
                        "add:\n[[day]]\ndate = 2023-12-19\n\n[[day.slot]]\nstart = \"9h30\"\ntitle = \"Accueil\"",
                    ),
            );
            return None;
        };
        let mut days = Vec::new();
        let mut ok = true;
        let mut prev: Option<(Date, std::ops::Range<usize>)> = None;
        for (i, d) in raw.into_inner().into_iter().enumerate() {
            // Point order problems at the date itself when there is one.
            let span = d.get_ref().date.as_ref().map_or(d.span(), |v| v.span());
            match self.day(i + 1, d, lang, labels) {
                Some(day) => {
                    if let Some((p, _)) = &prev
                        && day.date <= *p
                    {
                        let msg = if day.date == *p {
                            "this date is already used by the day before"
                        } else {
                            "days must be in date order: this day comes before the previous one"
                        };
                        self.error("day.order", span.clone(), &format!("day[{}].date", i + 1), msg);
                        ok = false;
                    }
                    prev = Some((day.date, span));
                    days.push(day);
                }
                None => ok = false,
            }
        }
        ok.then_some(days)
    }

    fn day(&mut self, n: usize, d: Spanned<RawDay>, lang: Language, labels: &Labels) -> Option<Day> {
        let span = d.span();
        let d = d.into_inner();
        let key = format!("day[{n}]");
        let date = match d.date {
            None => {
                let e =
                    self.error("day.no-date", span.start..span.start, &format!("{key}.date"), "this day has no `date`");
                *e = e.clone().with_expected("a date such as date = 2023-12-19");
                None
            }
            Some(v) => self.date(v, &format!("{key}.date")),
        };
        let mut slots = Vec::new();
        let mut ok = true;
        match d.slot.filter(|s| !s.get_ref().is_empty()) {
            None => {
                let e =
                    self.error("day.no-slot", span.start..span.start, &format!("{key}.slot"), "this day has no slot");
                *e = e.clone().with_expected("at least one [[day.slot]] after the [[day]] line");
                ok = false;
            }
            Some(list) => {
                for (j, s) in list.into_inner().into_iter().enumerate() {
                    let key = format!("{key}.slot[{}]", j + 1);
                    let span = s.get_ref().start.as_ref().map_or(s.span(), |v| v.span());
                    match self.slot(&key, s, lang, labels) {
                        Some(slot) => slots.push((slot, span)),
                        None => ok = false,
                    }
                }
            }
        }
        self.check_slot_order(&key, &slots);
        Some(Day {
            date: date?,
            title: opt(d.title),
            note: self.rich(d.note, &format!("{key}.note")),
            slots: ok.then(|| slots.into_iter().map(|(s, _)| s).collect())?,
        })
    }

    /// Out-of-order and overlapping slots are legal (a programme may list a
    /// parallel event), so they are warnings, not errors.
    fn check_slot_order(&mut self, key: &str, slots: &[(Slot, std::ops::Range<usize>)]) {
        for (j, w) in slots.windows(2).enumerate() {
            let (a, b) = (&w[0].0, &w[1].0);
            let k = format!("{key}.slot[{}].start", j + 2);
            if b.start < a.start {
                self.warn(
                    "slot.order",
                    w[1].1.clone(),
                    &k,
                    "this slot starts before the previous one: slots are usually listed in time order",
                );
            } else if a.end.is_some_and(|e| b.start < e) {
                self.warn("slot.overlap", w[1].1.clone(), &k, "this slot starts before the previous one ends");
            }
        }
    }

    fn slot(&mut self, key: &str, s: Spanned<RawSlot>, event_lang: Language, labels: &Labels) -> Option<Slot> {
        let span = s.span();
        let s = s.into_inner();
        let at = span.start..span.start;
        let start = match s.start {
            None => {
                let e = self.error("slot.no-start", at.clone(), &format!("{key}.start"), "this slot has no start time");
                *e = e.clone().with_expected("start = \"9h30\"").with_hint(TIME_HINT);
                None
            }
            Some(v) => self.time(v, &format!("{key}.start")),
        };
        let end = self.end(s.end, start, key);
        let kind = match s.kind {
            None => Some(SlotKind::Other),
            Some(k) => match SlotKind::from_name(k.get_ref().trim()) {
                Some(kind) => Some(kind),
                None => {
                    let msg = format!("unknown slot kind \"{}\"", k.get_ref());
                    let d = self.error("slot.kind-unknown", k.span(), &format!("{key}.kind"), msg);
                    *d = d
                        .clone()
                        .with_expected(format!("one of: {}", SlotKind::NAMES.join(", ")))
                        .with_arg("value", k.get_ref().clone())
                        .with_arg("names", SlotKind::NAMES.join(", "));
                    None
                }
            },
        };
        let titled = s.title.as_ref().is_some_and(|t| !t.get_ref().trim().is_empty());
        let title = if !titled && !s.workshop.is_empty() && s.title.is_none() {
            Some(labels.parallel.clone())
        } else {
            self.required(s.title, at, &format!("{key}.title"), "the slot's title, e.g. title = \"Pause repas\"")
        };
        let lang = self.lang(s.lang, event_lang, &format!("{key}.lang"));
        let moderator = s.moderator.map(|m| self.person(m, &format!("{key}.moderator")));
        let id = self.id(s.id, &format!("{key}.id"));
        let speakers: Vec<Option<Person>> = s
            .speakers
            .into_iter()
            .enumerate()
            .map(|(i, p)| self.person(p, &format!("{key}.speakers[{}]", i + 1)))
            .collect();
        let workshops: Vec<Option<Workshop>> = s
            .workshop
            .into_iter()
            .enumerate()
            .map(|(i, w)| self.workshop(w, &format!("{key}.workshop[{}]", i + 1), lang, (start, end.flatten())))
            .collect();
        Some(Slot {
            start: start?,
            end: end?,
            kind: kind?,
            label: opt(s.label),
            title: title?,
            titled,
            moderator: moderator.map_or(Some(None), |m| m.map(Some))?,
            lang: lang?,
            description: self.rich(s.description, &format!("{key}.description")),
            speakers: speakers.into_iter().collect::<Option<_>>()?,
            room: opt(s.room),
            id: id?,
            workshops: workshops.into_iter().collect::<Option<_>>()?,
        })
    }

    /// An end time, after `start`; `Some(None)` when not given, `None`
    /// when wrong.
    fn end(&mut self, v: Option<Spanned<toml::Value>>, start: Option<Time>, key: &str) -> Option<Option<Time>> {
        let v = match v {
            None => return Some(None),
            Some(v) => v,
        };
        let vspan = v.span();
        match (self.time(v, &format!("{key}.end")), start) {
            (Some(e), Some(st)) if e <= st => {
                let d = self.error(
                    "slot.ends-before-start",
                    vspan,
                    &format!("{key}.end"),
                    format!(
                        "this ends ({}) before it starts ({})",
                        e.format(TimeStyle::Compact),
                        st.format(TimeStyle::Compact)
                    ),
                );
                *d = d
                    .clone()
                    .with_expected("an end time after the start time")
                    .with_arg("end", e.format(TimeStyle::Compact))
                    .with_arg("start", st.format(TimeStyle::Compact));
                None
            }
            (Some(e), _) => Some(Some(e)),
            (None, _) => None,
        }
    }

    /// A `lang` key: `"fr"` or `"en"`, defaulting to the enclosing one.
    fn lang(&mut self, l: Option<Str>, default: Language, key: &str) -> Option<Language> {
        let Some(l) = l else {
            return Some(default);
        };
        match l.get_ref().trim() {
            "fr" => Some(Language::French),
            "en" => Some(Language::English),
            other => {
                let msg = format!("unknown language \"{other}\"");
                let d = self.error("language.unknown", l.span(), key, msg);
                *d = d.clone().with_expected("\"fr\" or \"en\"");
                None
            }
        }
    }

    /// An `id` key: letters, digits and `-`, unique in the file.
    fn id(&mut self, id: Option<Str>, key: &str) -> Option<Option<String>> {
        let Some(id) = id else {
            return Some(None);
        };
        let s = id.get_ref().trim().to_owned();
        if s.is_empty() || !s.chars().all(|c| c.is_alphanumeric() || c == '-') {
            let msg = format!("\"{s}\" is not a valid id");
            let d = self.error("id.invalid", id.span(), key, msg);
            *d = d
                .clone()
                .with_expected("letters, digits and -, e.g. id = \"atelier-ia-2\"")
                .with_arg("value", s.clone());
            return None;
        }
        if self.ids.contains(&s) {
            let msg = format!("the id \"{s}\" is already used");
            let d = self.error("id.duplicate", id.span(), key, msg);
            *d = d.clone().with_expected("an id used once in the file").with_arg("value", s.clone());
            return None;
        }
        self.ids.insert(s.clone());
        Some(Some(s))
    }

    fn workshop(
        &mut self,
        w: Spanned<RawWorkshop>,
        key: &str,
        slot_lang: Option<Language>,
        (slot_start, slot_end): (Option<Time>, Option<Time>),
    ) -> Option<Workshop> {
        let span = w.span();
        let w = w.into_inner();
        let title = self.required(w.title, span.start..span.start, &format!("{key}.title"), "the workshop's title");
        let guest = w.guest.map(|g| self.person(g, &format!("{key}.guest")));
        let moderator = w.moderator.map(|m| self.person(m, &format!("{key}.moderator")));
        let speakers: Vec<Option<Person>> = w
            .speakers
            .into_iter()
            .enumerate()
            .map(|(i, p)| self.person(p, &format!("{key}.speakers[{}]", i + 1)))
            .collect();
        let start_span = w.start.as_ref().map(|v| v.span());
        let start = match w.start {
            None => Some(None),
            Some(v) => self.time(v, &format!("{key}.start")).map(Some),
        };
        let end_span = w.end.as_ref().map(|v| v.span());
        let end = self.end(w.end, start.flatten().or(slot_start), key);
        // A session's own times stay within its slot's span.
        let within = |me: &mut Self, t: Option<Time>, span: Option<std::ops::Range<usize>>, which: &str| {
            let (Some(t), Some(span), Some(s0)) = (t, span, slot_start) else {
                return true;
            };
            let after_end = slot_end.is_some_and(|e| t > e);
            if t < s0 || after_end {
                let msg = format!("this workshop's {which} time is outside its slot");
                let d = me.error("workshop.outside-slot", span, &format!("{key}.{which}"), msg);
                *d = d.clone().with_expected("a time within the slot's start and end").with_arg("which", which);
                return false;
            }
            true
        };
        let ok = within(self, start.flatten(), start_span, "start") & within(self, end.flatten(), end_span, "end");
        let lang = self.lang(w.lang, slot_lang.unwrap_or(Language::French), &format!("{key}.lang"));
        let id = self.id(w.id, &format!("{key}.id"));
        if !ok {
            return None;
        }
        Some(Workshop {
            title: title?,
            topics: opt(w.topics),
            description: self.rich(w.description, &format!("{key}.description")),
            guest: guest.map_or(Some(None), |g| g.map(Some))?,
            speakers: speakers.into_iter().collect::<Option<_>>()?,
            moderator: moderator.map_or(Some(None), |m| m.map(Some))?,
            room: opt(w.room),
            start: start?,
            end: end?,
            label: opt(w.label),
            lang: lang?,
            id: id?,
        })
    }

    fn person(&mut self, p: Spanned<RawPerson>, key: &str) -> Option<Person> {
        let span = p.span();
        let p = p.into_inner();
        let tbc = p.tbc.unwrap_or(false);
        // Someone still to be found has no name yet: `{ tbc = true }`.
        if tbc && p.name.is_none() {
            self.warn("person.tbc-unnamed", span, key, "this person is still to be found (tbc = true)");
            return Some(Person { name: None, role: opt(p.role), tbc });
        }
        let name = self.required(p.name, span.clone(), &format!("{key}.name"), "the person's name");
        if let Some(n) = &name
            && tbc
        {
            self.out.push(
                Diagnostic::warning("person.tbc", format!("{n} is not confirmed yet (tbc = true)"))
                    .with_span(span)
                    .with_key(key)
                    .with_arg("name", n.clone()),
            );
        }
        Some(Person { name: Some(name?), role: opt(p.role), tbc })
    }

    fn time(&mut self, v: Spanned<toml::Value>, key: &str) -> Option<Time> {
        let span = v.span();
        let parsed = match v.get_ref() {
            toml::Value::String(s) => Time::parse(s),
            toml::Value::Datetime(dt) if dt.date.is_none() && dt.offset.is_none() => {
                dt.time.and_then(|t| Time::from_hm(u16::from(t.hour), u16::from(t.minute)))
            }
            _ => None,
        };
        if parsed.is_none() {
            let shown = show(v.get_ref());
            let d = self.error("time.invalid", span, key, format!("{shown} is not a time of day"));
            *d = d.clone().with_expected("a time such as \"9h30\"").with_hint(TIME_HINT).with_arg("value", shown);
        }
        parsed
    }

    fn date(&mut self, v: Spanned<toml::Value>, key: &str) -> Option<Date> {
        let span = v.span();
        let parsed = match v.get_ref() {
            toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                dt.date.and_then(|d| Date::new(i32::from(d.year), d.month, d.day))
            }
            _ => None,
        };
        if parsed.is_none() {
            let shown = show(v.get_ref());
            let d = self.error("date.invalid", span, key, format!("{shown} is not a valid date"));
            *d = d
                .clone()
                .with_expected("a date written year-month-day, without quotes: date = 2023-12-19")
                .with_arg("value", shown);
        }
        parsed
    }

    fn theme(&mut self, t: RawTheme, lang: Language) -> Option<Theme> {
        let mut ok = true;
        let mut colour = |me: &mut Self, c: Option<Str>, key: &str, default: Rgb| match c {
            None => default,
            Some(c) => parse_colour(c.get_ref()).unwrap_or_else(|| {
                let d = me.error("colour.invalid", c.span(), key, format!("\"{}\" is not a colour", c.get_ref()));
                *d = d
                    .clone()
                    .with_expected("a colour written \"#rrggbb\", e.g. \"#c8102e\"")
                    .with_arg("value", c.get_ref().clone());
                ok = false;
                default
            }),
        };
        // Default brand colours: a deep red and a dark slate, both dark
        // enough to stay legible when photocopied in black and white.
        let primary = colour(self, t.primary, "theme.primary", Rgb(0xB0, 0x10, 0x2B));
        let accent = colour(self, t.accent, "theme.accent", Rgb(0x1F, 0x2A, 0x44));
        let mut font = |me: &mut Self, f: Option<Str>, key: &str| -> Option<Arc<FontFile>> {
            let f = f?;
            if is_bundled_family(f.get_ref()) {
                return None;
            }
            match load_font(me.base, f.get_ref()) {
                Ok(file) => Some(Arc::new(file)),
                Err(msg) => {
                    let d = me.error("font.invalid", f.span(), key, msg.clone());
                    *d = d.clone().with_expected("a .ttf or .otf file, or \"Inter\"").with_arg("why", msg);
                    ok = false;
                    None
                }
            }
        };
        let fonts = FontChoice {
            body: font(self, t.body_font, "theme.body_font"),
            heading: font(self, t.heading_font, "theme.heading_font"),
            fallbacks: t
                .fallback_fonts
                .into_iter()
                .filter_map(|f| font(self, Some(f), "theme.fallback_fonts"))
                .collect(),
        };
        let paper = match t.paper.as_ref().map(|p| p.get_ref().trim().to_ascii_uppercase()) {
            None => Paper::A4,
            Some(p) if p == "A4" => Paper::A4,
            Some(p) if p == "A5" => Paper::A5,
            Some(_) => {
                let p = t.paper.as_ref().expect("checked above");
                let d = self.error(
                    "paper.unknown",
                    p.span(),
                    "theme.paper",
                    format!("unknown paper size \"{}\"", p.get_ref()),
                );
                *d = d.clone().with_expected("\"A4\" or \"A5\"").with_arg("value", p.get_ref().clone());
                ok = false;
                Paper::A4
            }
        };
        let time_style = match t.time_style.as_ref().map(|s| s.get_ref().trim()) {
            None if lang == Language::French => TimeStyle::Compact,
            None => TimeStyle::Colon,
            Some("compact") => TimeStyle::Compact,
            Some("spaced") => TimeStyle::Spaced,
            Some("colon") => TimeStyle::Colon,
            Some(other) => {
                let msg = format!("unknown time style \"{other}\"");
                let s = t.time_style.as_ref().expect("checked above");
                let d = self.error("time-style.unknown", s.span(), "theme.time_style", msg);
                *d = d
                    .clone()
                    .with_expected("\"compact\" (9h30), \"spaced\" (9 h 30) or \"colon\" (09:30)")
                    .with_arg("value", other);
                ok = false;
                TimeStyle::Compact
            }
        };
        ok.then_some(Theme { primary, accent, fonts, paper, time_style })
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

fn labels(raw: RawLabels, lang: Language) -> Labels {
    let d = Labels::defaults(lang);
    let pick = |v: Option<Str>, def: String| opt(v).unwrap_or(def);
    Labels {
        programme: pick(raw.programme, d.programme),
        speakers: pick(raw.speakers, d.speakers),
        guest: pick(raw.guest, d.guest),
        moderator: pick(raw.moderator, d.moderator),
        tbc: pick(raw.tbc, d.tbc),
        workshop: pick(raw.workshop, d.workshop),
        contact: pick(raw.contact, d.contact),
        page: pick(raw.page, d.page),
        parallel: pick(raw.parallel, d.parallel),
        organised_by: pick(raw.organised_by, d.organised_by),
        venue: pick(raw.venue, d.venue),
        updated: pick(raw.updated, d.updated),
        notes: pick(raw.notes, d.notes),
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
