//! The programme pages: day headings, slots with their time column,
//! pauses, speakers and parallel workshops.

use super::*;

impl Builder<'_> {
    pub(super) fn day_heading(&mut self, date: Date, title: Option<&str>) {
        let d = self.d;
        let day = date.weekday_day_month(self.lang());
        let mut spans = vec![text(&day, d.style(Family::Display, Weight::Bold, false, d.display(22.0), d.ink))];
        let mut mark = day.clone();
        if let Some(t) = title {
            spans.push(text(
                format!(" — {t}"),
                d.style(Family::Heading, Weight::Regular, false, d.display(22.0), d.ink),
            ));
            mark = format!("{day} — {t}");
        }
        self.section_heading("day-heading", spans, d.display(27.0), 30.0, mark);
    }

    fn time_text(&self, slot: &Slot) -> String {
        time_range(slot, self.p.theme.time_style)
    }

    fn side(&self, slot: &Slot, color: Rgb) -> Side {
        let d = self.d;
        Side { x: d.left(), width: d.time_col, spans: vec![text(self.time_text(slot), time_style(d, color))] }
    }

    pub(super) fn slot(&mut self, slot: &Slot) {
        let d = self.d;
        let (cx, cw) = (d.content_x(), d.content_width());
        let bookmark = Some((1, self.mark(&format!("{} {}", self.time_text(slot), slot.title))));
        if slot.kind.is_pause() {
            self.pause(slot, bookmark);
            return;
        }
        let mut first = true;
        let mut side = Some(self.side(slot, d.accent));
        let gap = 13.0;
        let label = slot.label.clone().or_else(|| (!slot.workshops.is_empty()).then(|| self.p.labels.parallel.clone()));
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
        let (size, weight, leading) =
            if slot.kind == SlotKind::Plenary { (13.5, Weight::Bold, 17.0) } else { (11.5, Weight::SemiBold, 15.0) };
        let mut t = self.para(
            "slot-title",
            vec![text(&slot.title, d.style(Family::Heading, weight, false, size, d.ink))],
            self.par_style(Align::Left, leading, false),
            cx,
            cw,
            if first { gap } else { 2.0 },
        );
        t.keep_with_next = slot.description.is_some()
            || !slot.speakers.is_empty()
            || slot.room.is_some()
            || !slot.workshops.is_empty();
        t.side = side.take();
        t.role = Role::Heading(2);
        if first {
            t.bookmark = bookmark;
        }
        self.out.push(Block::Para(t));
        self.room_and_description(slot.room.as_deref(), slot.description.as_ref(), cx, cw);
        if !slot.speakers.is_empty() {
            self.speakers(&slot.speakers);
        }
        let n = slot.workshops.len();
        for (i, w) in slot.workshops.iter().enumerate() {
            self.workshop(i + 1, n, w);
        }
    }

    /// The room line and the description under a slot's or a workshop's
    /// title, each when given.
    fn room_and_description(&mut self, room: Option<&str>, description: Option<&Rich>, x: f32, w: f32) {
        if let Some(room) = room {
            self.out.push(Block::Para(self.room(room, x, w)));
        }
        if let Some(desc) = description {
            self.rich(desc, self.d.body_style(), x, w, 5.0, "body");
        }
    }

    fn room(&self, room: &str, x: f32, w: f32) -> Para {
        let d = self.d;
        let mut p = self.para(
            "room",
            vec![text(format!("◦ {room}"), d.style(Family::Body, Weight::Regular, true, 8.5, d.muted))],
            self.par_style(Align::Left, 12.0, false),
            x,
            w,
            1.0,
        );
        p.keep_with_next = true;
        p
    }

    /// Meals and breaks: a quiet tinted band with the time and the title.
    fn pause(&mut self, slot: &Slot, bookmark: Option<(u8, String)>) {
        let d = self.d;
        let band = Band { x0: d.left() - 8.0, x1: d.left() + d.width() + 8.0, color: d.tint, bleed_top: false };
        self.out.push(Block::GroupStart);
        self.out.push(Block::Space { height: 16.0, band: None });
        self.out.push(Block::Space { height: 6.0, band: Some(band) });
        let mut title = slot.title.clone();
        if let Some(r) = &slot.room {
            title = format!("{title} · {r}");
        }
        let mut p = self.para(
            "pause",
            vec![text(title, d.style(Family::Body, Weight::Regular, true, 10.0, d.ink))],
            self.par_style(Align::Left, 14.0, false),
            d.content_x(),
            d.content_width(),
            0.0,
        );
        p.side = Some(self.side(slot, d.muted));
        p.band = Some(band);
        p.bookmark = bookmark;
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
                    p.band = Some(band);
                }
            }
        }
        self.out.push(Block::Space { height: 6.0, band: Some(band) });
        self.out.push(Block::GroupEnd);
    }

    fn person_spans(&self, person: &Person, name_style: TextStyle) -> Vec<StyledText> {
        let d = self.d;
        let mut s = vec![text(&person.name, name_style)];
        if let Some(role) = &person.role {
            s.push(text(format!(", {role}"), TextStyle { weight: Weight::Regular, color: d.muted, ..name_style }));
        }
        if person.tbc {
            s.push(text(
                format!(" ({})", self.p.labels.tbc),
                TextStyle { weight: Weight::Regular, italic: true, color: d.muted, ..name_style },
            ));
        }
        s
    }

    fn speakers(&mut self, people: &[Person]) {
        let d = self.d;
        let (cx, cw) = (d.content_x(), d.content_width());
        self.out.push(Block::GroupStart);
        let mut h = self.para(
            "speakers-heading",
            vec![text(upper(&self.p.labels.speakers), d.label_style(d.muted))],
            self.par_style(Align::Left, 12.0, false),
            cx,
            cw,
            7.0,
        );
        h.keep_with_next = true;
        self.out.push(Block::Para(h));
        let name = d.style(Family::Body, Weight::SemiBold, false, d.body, d.ink);
        for person in people {
            let p = self.para(
                "speaker",
                self.person_spans(person, name),
                self.par_style(Align::Left, d.leading, false),
                cx,
                cw,
                1.0,
            );
            self.out.push(Block::Para(p));
        }
        self.out.push(Block::GroupEnd);
    }

    fn workshop(&mut self, n: usize, of: usize, w: &Workshop) {
        let d = self.d;
        // Workshops use the full measure, the bar in the time column's
        // place: the long descriptions take fewer lines, and the bar shows
        // the sessions as one parallel group under the slot's time.
        let bar = Bar { x: d.left(), width: 2.0, color: d.accent };
        let inset = 12.0;
        let (x, width) = (d.left() + inset, d.width() - inset);
        let start = self.out.len();
        self.out.push(Block::GroupStart);
        let label = format!("{} {n} / {of}", self.p.labels.workshop);
        let mut l = self.para(
            "workshop-label",
            vec![text(upper(&label), d.label_style(d.primary))],
            self.par_style(Align::Left, 11.0, false),
            x,
            width,
            if n == 1 { 10.0 } else { 13.0 },
        );
        l.keep_with_next = true;
        self.out.push(Block::Para(l));
        let mut t = self.para(
            "workshop-title",
            vec![text(&w.title, d.style(Family::Heading, Weight::SemiBold, false, 11.0, d.ink))],
            self.par_style(Align::Left, 14.5, false),
            x,
            width,
            1.0,
        );
        t.keep_with_next = true;
        t.role = Role::Heading(3);
        self.out.push(Block::Para(t));
        if let Some(topics) = &w.topics {
            let mut p = self.para(
                "workshop-topics",
                vec![text(topics, d.style(Family::Body, Weight::Regular, true, 9.0, d.muted))],
                self.par_style(Align::Left, 12.0, true),
                x,
                width,
                2.0,
            );
            p.keep_with_next = true;
            self.out.push(Block::Para(p));
        }
        self.room_and_description(w.room.as_deref(), w.description.as_ref(), x, width);
        let role_line = |b: &Self, label: &str, person: &Person| {
            let lab = d.style(Family::Body, Weight::SemiBold, false, d.body, d.ink);
            let mut spans = vec![text(format!("{label} : "), lab)];
            if b.lang() == Language::English {
                spans[0].text = format!("{label}: ");
            }
            spans.extend(b.person_spans(person, d.style(Family::Body, Weight::Regular, false, d.body, d.ink)));
            let mut p = b.para("workshop-person", spans, b.par_style(Align::Left, d.leading, false), x, width, 4.0);
            p.keep_with_previous = true;
            p
        };
        if let Some(g) = &w.guest {
            let p = role_line(self, &self.p.labels.guest, g);
            self.out.push(Block::Para(p));
        }
        if let Some(m) = &w.moderator {
            let p = role_line(self, &self.p.labels.moderator, m);
            self.out.push(Block::Para(p));
        }
        self.out.push(Block::GroupEnd);
        for b in &mut self.out[start..] {
            if let Block::Para(p) = b {
                p.bar = Some(bar);
            }
        }
    }
}
