//! The programme as an iCalendar file (RFC 5545), written by hand: one
//! `VEVENT` a slot, in UTC.
//!
//! # Choices
//!
//! **One event a slot; workshops in its description.** The workshops of a
//! slot are alternatives for the same time: a participant goes to one.
//! As events of their own they would put N overlapping entries in every
//! day view (the Python conference of `tests/programmes/` has twelve in
//! one slot) and push the rest of the day out of sight; and in a
//! subscribed calendar an entry deleted because one goes elsewhere comes
//! back at the next refresh. So the slot is the event ("where I need to
//! be, when"), and its `DESCRIPTION` lists the workshops, each with its
//! number or label, title, topics, its own times when they differ from
//! the slot's, room, guest, chair and speakers. The workshops' long
//! descriptions are left to the brochure and the e-mail
//! ([`super::text`]): the calendar entry stays short enough to read on a
//! phone.
//!
//! **Times in UTC, converted by hand, no time-zone crate.** `DTSTART` and
//! `DTEND` are UTC (`20231219T083000Z`), so no `VTIMEZONE` is needed and
//! every client places them right. The zone's offset comes from a table:
//! the European zones with the EU's summer-time rule (since 1996: from the
//! last Sunday of March, 01:00 UTC, to the last Sunday of October, 01:00
//! UTC), `UTC` and a few zones with a fixed offset (Moscow, Istanbul, the
//! French overseas departments…; their current offsets, unchanged since
//! 2016 at least). A local time that does not exist (the hour skipped in
//! March) is read with the winter offset, that is one hour later in summer
//! time; a local time that happens twice (the hour repeated in October) is
//! the first one. **Any other zone name gives floating local times**
//! (`20231219T093000`, no `Z`, no `TZID`: "at this time wherever you
//! are"), with the zone's name in `X-WR-TIMEZONE`, which Google, Apple and
//! Thunderbird use to place floating times. `chrono-tz` would know every
//! zone, but it is about 1 MB of tz data in a binary that otherwise knows
//! nothing of zones, for events that are, for this project's users,
//! almost always in Europe; the table is a few lines and tested.
//!
//! **A slot without an end** lasts until the start of the next slot of the
//! same day, and the day's last slot (or one followed by a slot starting
//! at the same time) one hour.
//!
//! # Stable bytes and identities
//!
//! `UID` is the slot's `id` when the file gives one (`session-1@livret`),
//! else its day and position (`20231219-03@livret`, the third slot of 19
//! December): editing a title or a speaker keeps it, so a subscribed
//! calendar updates the entry instead of adding one (inserting a slot
//! without `id` shifts the later ones: give `id`s to follow slots across
//! such edits). `DTSTAMP` and `LAST-MODIFIED` are `[event] updated`,
//! converted to UTC (read as UTC for a zone out of the table), else the
//! first day at 00:00 UTC: the same file always gives the same bytes.
//!
//! Texts are in the programme's typography (French no-break spaces and
//! apostrophes), escaped (`\`, `;`, `,`, new lines as `\n`), and every
//! line is folded at 75 octets (continuations start with a space) without
//! splitting a UTF-8 character; lines end with CRLF.

use super::{heading, labelled, person, plain_blocks, prose, workshop_label, workshop_times};
use crate::model::time::{civil_from_days, days_from_civil};
use crate::model::zone::DAY;
use crate::model::{Date, Day, Language, Programme, Slot};

/// The programme as an iCalendar file.
pub fn calendar(p: &Programme) -> String {
    let zone = p.event.zone();
    let lang = p.event.language;
    let mut out = Lines(String::new());
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    let code = match lang {
        Language::French => "FR",
        Language::English => "EN",
    };
    out.line(&format!("PRODID:-//livret//livret {}//{code}", env!("CARGO_PKG_VERSION")));
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.text("X-WR-CALNAME", &prose(lang, &p.event.title));
    out.text("X-WR-TIMEZONE", &p.event.timezone);
    let stamp = match p.event.updated {
        Some(u) => {
            let local = local_minutes(u.date, i64::from(u.time.map_or(0, |t| t.0)));
            zone.map_or(local, |z| z.to_utc(local))
        }
        None => local_minutes(p.days[0].date, 0),
    };
    let stamp = utc_text(stamp);
    let organizer = p.organisers.iter().find_map(|o| o.email.as_ref().map(|e| (&o.name, e)));
    for day in &p.days {
        for (i, slot) in day.slots.iter().enumerate() {
            let (start, end) = span(day, i);
            let (start, end) = (local_minutes(day.date, start), local_minutes(day.date, end));
            let when = |t: i64| match zone {
                Some(z) => utc_text(z.to_utc(t)),
                None => floating_text(t),
            };
            out.line("BEGIN:VEVENT");
            out.text("UID", &uid(day, i, slot));
            out.line(&format!("DTSTAMP:{stamp}"));
            out.line(&format!("LAST-MODIFIED:{stamp}"));
            out.line(&format!("DTSTART:{}", when(start)));
            out.line(&format!("DTEND:{}", when(end)));
            let tag = slot.lang.tag();
            out.text(&format!("SUMMARY;LANGUAGE={tag}"), &summary(slot));
            let description = description(p, slot);
            if !description.is_empty() {
                out.text(&format!("DESCRIPTION;LANGUAGE={tag}"), &description);
            }
            if let Some(l) = location(p, slot) {
                out.text("LOCATION", &l);
            }
            if let Some((name, email)) = organizer {
                out.line(&format!("ORGANIZER;CN={}:mailto:{email}", param(name)));
            }
            out.line("END:VEVENT");
        }
    }
    out.line("END:VCALENDAR");
    out.0
}

/// Start and end of slot `i` of a day, in minutes since the day's
/// midnight: a missing end is the next slot's start, or an hour later.
fn span(day: &Day, i: usize) -> (i64, i64) {
    let slot = &day.slots[i];
    let start = i64::from(slot.start.0);
    let end = match slot.end {
        Some(e) => i64::from(e.0),
        None => match day.slots.get(i + 1) {
            Some(next) if next.start > slot.start => i64::from(next.start.0),
            _ => start + 60,
        },
    };
    (start, end)
}

/// `session-1@livret`, or `20231219-03@livret` for the third slot of the
/// day when the slot has no `id`.
fn uid(day: &Day, i: usize, slot: &Slot) -> String {
    match &slot.id {
        Some(id) => format!("{id}@livret"),
        None => {
            let d = day.date;
            format!("{:04}{:02}{:02}-{:02}@livret", d.year, d.month, d.day, i + 1)
        }
    }
}

/// `Plénière 1 — L’intelligence artificielle pour les nul·les`.
fn summary(slot: &Slot) -> String {
    let text = match &slot.label {
        Some(l) => format!("{l} — {}", slot.title),
        None => slot.title.clone(),
    };
    prose(slot.lang, &text)
}

/// The slot in plain text: label, chair, description, speakers, and the
/// workshops with their people and rooms; blocks separated by a blank
/// line.
fn description(p: &Programme, slot: &Slot) -> String {
    let lang = p.event.language;
    let labels = &p.labels;
    let who = |x: &crate::model::Person, l: Language| prose(l, &person(x, &labels.tbc));
    let mut blocks: Vec<Vec<String>> = Vec::new();
    let mut head = Vec::new();
    if let Some(l) = &slot.label {
        head.push(prose(slot.lang, l));
    }
    if let Some(m) = &slot.moderator {
        head.push(labelled(lang, &labels.moderator, &who(m, slot.lang)));
    }
    if !head.is_empty() {
        blocks.push(head);
    }
    if let Some(d) = &slot.description {
        let mut list: Vec<String> = Vec::new();
        for b in plain_blocks(slot.lang, d) {
            match b.marker {
                Some(m) => list.push(format!("{}{m} {}", "  ".repeat(b.depth), b.text)),
                None => {
                    if !list.is_empty() {
                        blocks.push(std::mem::take(&mut list));
                    }
                    blocks.push(vec![b.text]);
                }
            }
        }
        if !list.is_empty() {
            blocks.push(list);
        }
    }
    match slot.speakers.as_slice() {
        [] => {}
        [one] => blocks.push(vec![labelled(lang, &labels.speakers, &who(one, slot.lang))]),
        many => {
            let mut b = vec![heading(lang, &labels.speakers)];
            b.extend(many.iter().map(|s| format!("– {}", who(s, slot.lang))));
            blocks.push(b);
        }
    }
    let style = p.theme.time_style;
    for (n, w) in slot.workshops.iter().enumerate() {
        let mut b =
            vec![format!("{} — {}", prose(lang, &workshop_label(n + 1, w, &labels.workshop)), prose(w.lang, &w.title))];
        if let Some(t) = &w.topics {
            b.push(prose(w.lang, t));
        }
        let place: Vec<String> =
            [workshop_times(slot.start, slot.end, w, style), w.room.as_deref().map(|r| prose(lang, r))]
                .into_iter()
                .flatten()
                .collect();
        if !place.is_empty() {
            b.push(place.join(" · "));
        }
        if let Some(g) = &w.guest {
            b.push(labelled(lang, &labels.guest, &who(g, w.lang)));
        }
        if let Some(m) = &w.moderator {
            b.push(labelled(lang, &labels.moderator, &who(m, w.lang)));
        }
        if !w.speakers.is_empty() {
            let names: Vec<String> = w.speakers.iter().map(|s| who(s, w.lang)).collect();
            let sep = if lang == Language::French { " ; " } else { "; " };
            b.push(labelled(lang, &labels.speakers, &prose(lang, &names.join(sep))));
        }
        blocks.push(b);
    }
    blocks.iter().map(|b| b.join("\n")).collect::<Vec<_>>().join("\n\n")
}

/// Room (the slot's, else the venue's), venue name, street, town.
fn location(p: &Programme, slot: &Slot) -> Option<String> {
    let v = p.venue.as_ref();
    let mut parts: Vec<String> = Vec::new();
    if let Some(r) = slot.room.as_ref().or(v.and_then(|v| v.room.as_ref())) {
        parts.push(r.clone());
    }
    if let Some(v) = v {
        parts.extend(v.name.clone());
        if let Some(a) = &v.address {
            parts.extend(super::address_lines(a));
        }
        let city: Vec<&str> = [v.postcode.as_deref(), v.city.as_deref()].into_iter().flatten().collect();
        if !city.is_empty() {
            parts.push(city.join(" "));
        }
    }
    (!parts.is_empty()).then(|| prose(p.event.language, &parts.join(", ")))
}

/// Content lines, folded, each ended with CRLF.
struct Lines(String);

impl Lines {
    /// A line written as given (its value needs no escaping).
    fn line(&mut self, line: &str) {
        fold(line, &mut self.0);
    }

    /// A property whose value is text, escaped.
    fn text(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape(value)));
    }
}

/// A TEXT value escaped: `\`, `;`, `,` behind a backslash, new lines as
/// `\n`; other control characters (which TEXT may not hold) dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value (`CN=…`): quoted when it holds `:`, `;` or `,`;
/// double quotes, which it may not hold, become single ones.
fn param(s: &str) -> String {
    let s: String = s.chars().filter(|c| !c.is_control()).map(|c| if c == '"' { '\'' } else { c }).collect();
    if s.contains([':', ';', ',']) { format!("\"{s}\"") } else { s }
}

/// Write one content line folded at 75 octets: the first part holds at
/// most 75, each continuation a space and at most 74 more; a cut never
/// falls inside a UTF-8 character. Every line ends with CRLF.
pub fn fold(line: &str, out: &mut String) {
    let mut rest = line;
    let mut limit = 75;
    while rest.len() > limit {
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = 74;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// Minutes since 1970-01-01 00:00 on the local calendar.
fn local_minutes(d: Date, minutes: i64) -> i64 {
    days_from_civil(i64::from(d.year), d.month, d.day) * DAY + minutes
}

/// `20231219T093000`: a date-time, minutes since 1970.
fn floating_text(t: i64) -> String {
    let (y, mo, d) = civil_from_days(t.div_euclid(DAY));
    let m = t.rem_euclid(DAY);
    format!("{y:04}{mo:02}{d:02}T{:02}{:02}00", m / 60, m % 60)
}

/// `20231219T083000Z`.
fn utc_text(t: i64) -> String {
    format!("{}Z", floating_text(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i64, mo: u8, d: u8, h: i64, m: i64) -> i64 {
        days_from_civil(y, mo, d) * DAY + h * 60 + m
    }

    #[test]
    fn utc_times() {
        assert_eq!(utc_text(at(2023, 12, 19, 8, 30)), "20231219T083000Z");
    }

    #[test]
    fn folding_keeps_characters_whole() {
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        let mut out = String::new();
        fold(&line, &mut out);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l:?}");
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
