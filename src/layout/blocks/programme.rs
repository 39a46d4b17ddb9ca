//! The programme pages: day headings, slots with their time column,
//! pauses, speakers and parallel workshops.
//!
//! On A4 a slot reads across two columns: the left one says when, where
//! and who (time, room, chair, speakers), the text column what (label,
//! title, description) at a reading measure. Parallel workshops open with
//! a summary of all of them (number, title, guest, room), so that someone
//! at the venue sees at once what runs side by side, then the details of
//! each. On A5 the metadata is stacked under the text.

use super::*;
use crate::layout::design::Meta;

/// The people and places of a slot or workshop, for the metadata column.
struct Who<'a> {
    room: Option<&'a str>,
    times: Option<String>,
    guest: Option<&'a Person>,
    moderator: Option<&'a Person>,
    speakers: &'a [Person],
}

impl Who<'_> {
    fn is_empty(&self) -> bool {
        self.room.is_none()
            && self.times.is_none()
            && self.guest.is_none()
            && self.moderator.is_none()
            && self.speakers.is_empty()
    }
}

impl Builder<'_> {
    pub(super) fn day_heading(&mut self, date: Date, title: Option<&str>) {
        let d = self.d;
        let day = date.weekday_day_month(self.p.event.language);
        let size = d.scale.day;
        let mut spans = vec![text(&day, d.style(Family::Display, Weight::Bold, false, size, d.ink))];
        let mut mark = day.clone();
        if let Some(t) = title {
            spans.push(text(format!(" — {t}"), d.style(Family::Heading, Weight::Regular, false, size, d.ink)));
            mark = format!("{day} — {t}");
        }
        self.context(Context { day: Some(day), session: None });
        self.section_heading("day-heading", spans, (size * 1.25).round(), 26.0, mark);
    }

    fn time_text(&self, slot: &Slot) -> String {
        time_range(slot, self.p.theme.time_style)
    }

    fn side(&self, slot: &Slot, color: Rgb) -> Side {
        let d = self.d;
        Side { x: d.left(), width: d.time_col, spans: vec![text(self.time_text(slot), time_style(d, color))] }
    }

    pub(super) fn slot(&mut self, slot: &Slot) {
        self.lang = slot.lang;
        let d = self.d;
        let (cx, cw) = (d.content_x(), d.content_width());
        let bookmark = Some((1, self.mark(&format!("{} {}", self.time_text(slot), slot.title))));
        let day = self.day_context();
        // A slot of workshops is labelled as such, unless its title
        // already says it (the default title is the same label).
        let label = slot
            .label
            .clone()
            .or_else(|| (!slot.workshops.is_empty() && slot.titled).then(|| self.p.labels.parallel.clone()));
        // A page that starts inside the slot says which, as a workshop's
        // does: its label and times, or its times (a title may not fit).
        let session = (!slot.kind.is_pause()).then(|| match &label {
            Some(l) => format!("{l} · {}", self.time_text(slot)),
            None => self.time_text(slot),
        });
        self.context(Context { day, session });
        if slot.kind.is_pause() {
            self.pause(slot, bookmark);
        } else {
            let mut side = Some(self.side(slot, d.accent));
            let gap = 14.0;
            let mut first = true;
            if let Some(label) = label {
                let mut l = self.para(
                    "slot-label",
                    vec![text(upper(&label), d.label_style(d.primary))],
                    self.par_style(Align::Left, 11.0, false),
                    cx,
                    cw,
                    gap,
                );
                l.keep_with_next = true;
                l.side = side.take();
                l.bookmark = bookmark.clone();
                self.out.push(Block::Para(l));
                first = false;
            }
            let plenary = slot.kind == SlotKind::Plenary;
            let (size, weight) = if plenary { (d.scale.title, Weight::Bold) } else { (d.scale.sub, Weight::SemiBold) };
            let mut t = self.para(
                "slot-title",
                vec![text(&slot.title, d.style(Family::Heading, weight, false, size, d.ink))],
                self.heading_style((size * 1.3).round()),
                cx,
                cw,
                if first { gap } else { 2.0 },
            );
            t.keep_with_next = true;
            t.side = side.take();
            t.role = Role::Heading(2);
            if first {
                t.bookmark = bookmark;
            }
            self.out.push(Block::Para(t));
        }
        let who = Who {
            room: if slot.kind.is_pause() { None } else { slot.room.as_deref() },
            times: None,
            guest: None,
            moderator: slot.moderator.as_ref(),
            speakers: &slot.speakers,
        };
        let description = if slot.kind.is_pause() { None } else { slot.description.as_ref() };
        self.details(&who, |b, x, w| {
            if let Some(desc) = description {
                b.rich(desc, b.d.body_style(), x, w, 5.0, "body");
            }
        });
        self.workshops(slot);
    }

    /// The text of a slot or workshop beside its metadata (A4), or
    /// followed by it (A5, or when there is no text to sit beside).
    fn details(&mut self, who: &Who, main: impl FnOnce(&mut Self, f32, f32)) {
        let d = self.d;
        let (cx, cw) = (d.content_x(), d.content_width());
        let start = self.out.len();
        main(self, cx, cw);
        let has_main = self.out.len() > start;
        if who.is_empty() {
            return;
        }
        if d.meta == Meta::Side && has_main {
            let main = self.out.split_off(start);
            let side = self.sub(|b| b.who(who, d.left(), d.time_col, true));
            self.out.push(Block::Beside { side, main });
        } else {
            self.who(who, cx, cw, false);
        }
    }

    /// Blocks made by `f` on their own, not added to the document.
    pub(super) fn sub(&mut self, f: impl FnOnce(&mut Self)) -> Vec<Block> {
        let outer = std::mem::take(&mut self.out);
        f(self);
        std::mem::replace(&mut self.out, outer)
    }

    /// The metadata of a slot or workshop at `x`: room, times, guest,
    /// chair, speakers. In the narrow side column each role is a small
    /// label over the names; in the text column, one line each.
    fn who(&mut self, who: &Who, x: f32, w: f32, narrow: bool) {
        let d = self.d;
        let labels = &self.p.labels;
        let mut gap = if narrow { 0.0 } else { 4.0 };
        if let Some(t) = &who.times {
            let s = vec![text(t.clone(), time_style(d, d.accent))];
            self.out.push(Block::Para(self.para("times", s, self.par_style(Align::Left, 12.0, false), x, w, gap)));
            gap = 2.0;
        }
        if let Some(room) = who.room {
            let p = self.room(room, x, w, gap);
            self.out.push(Block::Para(p));
            gap = 2.0;
        }
        let roles: [(&str, Vec<&Person>); 3] = [
            (&labels.guest, who.guest.into_iter().collect()),
            (&labels.moderator, who.moderator.into_iter().collect()),
            (&labels.speakers, who.speakers.iter().collect()),
        ];
        for (label, people) in roles {
            if people.is_empty() {
                continue;
            }
            if narrow || people.len() > 1 {
                let mut h = self.para(
                    "people-label",
                    vec![text(upper(label), d.label_style(d.muted))],
                    self.par_style(Align::Left, 11.0, false),
                    x,
                    w,
                    gap + 5.0,
                );
                h.keep_with_next = true;
                self.out.push(Block::Para(h));
                for person in people {
                    let spans =
                        self.person_spans(person, d.style(Family::Body, Weight::SemiBold, false, d.body, d.ink));
                    let spans = if narrow { self.small(spans) } else { spans };
                    let leading = if narrow { 11.5 } else { d.leading };
                    let p = self.para("person", spans, self.par_style(Align::Left, leading, false), x, w, 1.0);
                    self.out.push(Block::Para(p));
                }
            } else {
                let lab = d.style(Family::Body, Weight::SemiBold, false, d.body, d.ink);
                let colon = if self.lang == Language::English { ": " } else { "\u{A0}: " };
                let mut spans = vec![text(format!("{label}{colon}"), lab)];
                spans.extend(self.person_spans(people[0], d.body_style()));
                let p = self.para("person", spans, self.par_style(Align::Left, d.leading, false), x, w, gap + 4.0);
                self.out.push(Block::Para(p));
            }
            gap = 2.0;
        }
    }

    /// Spans set at the small size of the side column.
    fn small(&self, spans: Vec<StyledText>) -> Vec<StyledText> {
        let size = self.d.scale.small;
        spans.into_iter().map(|s| StyledText { style: TextStyle { size, ..s.style }, ..s }).collect()
    }

    fn room(&self, room: &str, x: f32, w: f32, gap: f32) -> Para {
        let d = self.d;
        let mut p = self.para(
            "room",
            vec![text(
                format!("◦ {}", keep_name(room)),
                d.style(Family::Body, Weight::Regular, true, d.scale.small, d.muted),
            )],
            self.par_style(Align::Left, 11.5, false),
            x,
            w,
            gap,
        );
        p.keep_with_next = true;
        p
    }

    /// Meals and breaks: a quiet band with the time, the title, the room
    /// and the text. Whatever else the slot holds (speakers, workshops)
    /// follows like any slot's.
    fn pause(&mut self, slot: &Slot, bookmark: Option<(u8, String)>) {
        let d = self.d;
        let band =
            d.tint.map(|color| Band { x0: d.left() - 8.0, x1: d.left() + d.width() + 8.0, color, bleed_top: false });
        self.out.push(Block::GroupStart);
        self.out.push(Block::Space { height: 16.0, band: None });
        if band.is_some() {
            self.out.push(Block::Space { height: 6.0, band });
        } else {
            // Only ink: hairlines above and below stand for the band.
            self.out.push(Block::Rule {
                x: d.left(),
                width: d.width(),
                thickness: 0.5,
                color: d.muted,
                space_before: 0.0,
            });
            self.out.push(Block::Space { height: 6.0, band: None });
        }
        let mut title = slot.title.clone();
        if let Some(r) = &slot.room {
            title = format!("{title} · {}", keep_name(r));
        }
        let mut spans = Vec::new();
        if let Some(l) = &slot.label {
            spans.push(text(format!("{}  ", upper(l)), d.label_style(d.muted)));
        }
        spans.push(text(title, d.style(Family::Body, Weight::Regular, true, d.body, d.ink)));
        let mut p =
            self.para("pause", spans, self.par_style(Align::Left, 14.0, false), d.content_x(), d.content_width(), 0.0);
        p.side = Some(self.side(slot, d.muted));
        p.band = band;
        p.bookmark = bookmark;
        p.role = Role::Heading(2);
        self.out.push(Block::Para(p));
        if let Some(desc) = &slot.description {
            let n = self.rich(
                desc,
                TextStyle { italic: true, ..d.body_style() },
                d.content_x(),
                d.content_width(),
                2.0,
                "pause-text",
            );
            let len = self.out.len();
            for b in &mut self.out[len - n..] {
                if let Block::Para(p) = b {
                    p.band = band;
                }
            }
        }
        self.out.push(Block::Space { height: 6.0, band });
        if band.is_none() {
            self.out.push(Block::Rule {
                x: d.left(),
                width: d.width(),
                thickness: 0.5,
                color: d.muted,
                space_before: 0.0,
            });
        }
        self.out.push(Block::GroupEnd);
    }

    /// A person: name (or, for someone still to be found, the tbc wording
    /// alone), role, and the tbc mark.
    fn person_spans(&self, person: &Person, name_style: TextStyle) -> Vec<StyledText> {
        let d = self.d;
        let quiet = TextStyle { weight: Weight::Regular, italic: true, color: d.muted, ..name_style };
        let Some(name) = &person.name else {
            let mut s = vec![text(&self.p.labels.tbc, quiet)];
            if let Some(role) = &person.role {
                s.push(text(format!(" ({role})"), quiet));
            }
            return s;
        };
        let mut s = vec![text(name, name_style)];
        if let Some(role) = &person.role {
            s.push(text(format!(", {role}"), TextStyle { weight: Weight::Regular, color: d.muted, ..name_style }));
        }
        if person.tbc {
            s.push(text(format!(" ({})", self.p.labels.tbc), quiet));
        }
        s
    }

    /// The label of workshop `n` of `of`: the user's, or `Atelier 2 / 3`.
    fn workshop_label(&self, n: usize, of: usize, w: &Workshop) -> String {
        w.label.clone().unwrap_or_else(|| format!("{} {n} / {of}", self.p.labels.workshop))
    }

    /// A workshop's own times, when they differ from its slot's.
    fn workshop_times(&self, slot: &Slot, w: &Workshop) -> Option<String> {
        if w.start.is_none() && w.end.is_none() {
            return None;
        }
        let style = self.p.theme.time_style;
        let start = w.start.unwrap_or(slot.start);
        Some(match w.end.or(slot.end) {
            Some(e) => format!("{}\u{202F}–\u{202F}{}", start.format(style), e.format(style)),
            None => start.format(style),
        })
    }

    /// The workshops of a slot: a summary of all, then each in detail.
    fn workshops(&mut self, slot: &Slot) {
        let n = slot.workshops.len();
        if n == 0 {
            return;
        }
        if n > 1 {
            self.summary(slot);
        }
        for (i, w) in slot.workshops.iter().enumerate() {
            // The summary says all there is about a session with no text:
            // it is not repeated.
            if n == 1 || has_details(w) {
                self.workshop(slot, i + 1, n, w);
            }
        }
        self.lang = slot.lang;
    }

    /// Every workshop of a slot at a glance: number, title, and on a
    /// second line its label or times, guest and room. Kept on one page.
    fn summary(&mut self, slot: &Slot) {
        let d = self.d;
        let (cx, cw) = (d.content_x(), d.content_width());
        let indent = 16.0;
        self.out.push(Block::GroupStart);
        for (i, w) in slot.workshops.iter().enumerate() {
            self.lang = w.lang;
            let title = d.style(Family::Heading, Weight::SemiBold, false, d.body, d.ink);
            let mut p = self.para(
                "summary-title",
                vec![text(&w.title, title)],
                self.heading_style(12.0),
                cx + indent,
                cw - indent,
                if i == 0 { 8.0 } else { 5.0 },
            );
            p.marker = Some((cx, vec![text(format!("{}", i + 1), TextStyle { color: d.primary, ..title })]));
            p.keep_with_next = true;
            self.out.push(Block::Para(p));
            let mut bits: Vec<String> = Vec::new();
            if let Some(l) = &w.label {
                bits.push(l.clone());
            }
            if let Some(t) = self.workshop_times(slot, w) {
                bits.push(t);
            }
            // Names only when the details follow; with their roles and
            // the chair when the summary is all there is.
            let full = !has_details(w);
            let people: Vec<&Person> =
                w.guest.iter().chain(&w.speakers).chain(w.moderator.iter().filter(|_| full)).collect();
            let names: Vec<String> = people
                .iter()
                .map(|p| {
                    let name = p.name.clone().unwrap_or_else(|| self.p.labels.tbc.clone());
                    match (&p.role, full) {
                        (Some(r), true) => format!("{name}, {r}"),
                        _ => name,
                    }
                })
                .collect();
            if !names.is_empty() {
                bits.push(names.join(" ; "));
            }
            if let Some(r) = &w.room {
                bits.push(keep_name(r));
            }
            if !bits.is_empty() {
                let s =
                    vec![text(bits.join(" · "), d.style(Family::Body, Weight::Regular, false, d.scale.small, d.muted))];
                let p = self.para(
                    "summary-meta",
                    s,
                    self.par_style(Align::Left, 11.5, false),
                    cx + indent,
                    cw - indent,
                    0.5,
                );
                self.out.push(Block::Para(p));
            }
        }
        self.out.push(Block::GroupEnd);
    }

    fn workshop(&mut self, slot: &Slot, n: usize, of: usize, w: &Workshop) {
        self.lang = w.lang;
        let d = self.d;
        let label = self.workshop_label(n, of, w);
        let times = self.workshop_times(slot, w);
        let session = match &times {
            Some(t) => format!("{label} · {t}"),
            None => format!("{label} · {}", self.time_text(slot)),
        };
        let day = self.day_context();
        self.context(Context { day, session: Some(session) });
        let (cx, cw) = (d.content_x(), d.content_width());
        // A hairline across the text area opens each session.
        self.out.push(Block::Rule {
            x: d.left(),
            width: d.width(),
            thickness: 0.5,
            color: d.muted,
            space_before: if n == 1 { 14.0 } else { 16.0 },
        });
        let mut l = self.para(
            "workshop-label",
            vec![text(upper(&label), d.label_style(d.primary))],
            self.par_style(Align::Left, 11.0, false),
            cx,
            cw,
            7.0,
        );
        l.keep_with_next = true;
        if d.meta == Meta::Side {
            // The label sits in the left column, level with the title.
            l.side = Some(Side {
                x: d.left(),
                width: d.time_col,
                spans: vec![text(upper(&label), d.label_style(d.primary))],
            });
            l.spans = Vec::new();
        }
        let mut t = self.para(
            "workshop-title",
            vec![text(&w.title, d.style(Family::Heading, Weight::SemiBold, false, d.scale.sub, d.ink))],
            self.heading_style(14.0),
            cx,
            cw,
            if d.meta == Meta::Side { 7.0 } else { 1.0 },
        );
        t.keep_with_next = true;
        t.role = Role::Heading(3);
        if d.meta == Meta::Side {
            t.side = l.side.take();
        } else {
            self.out.push(Block::Para(l));
        }
        self.out.push(Block::Para(t));
        let who = Who {
            room: w.room.as_deref(),
            times,
            guest: w.guest.as_ref(),
            moderator: w.moderator.as_ref(),
            speakers: &w.speakers,
        };
        self.details(&who, |b, x, width| {
            if let Some(topics) = &w.topics {
                let mut p = b.para(
                    "workshop-topics",
                    vec![text(topics, d.style(Family::Body, Weight::Regular, true, d.scale.small, d.muted))],
                    b.par_style(Align::Left, 11.5, true),
                    x,
                    width,
                    2.0,
                );
                p.keep_with_next = true;
                b.out.push(Block::Para(p));
            }
            if let Some(desc) = &w.description {
                b.rich(desc, b.d.body_style(), x, width, 5.0, "body");
            }
        });
    }
}

/// Whether a workshop has more to say than the summary line: a text,
/// topics or a chair.
fn has_details(w: &Workshop) -> bool {
    w.description.is_some() || w.topics.is_some() || w.moderator.is_some()
}
