//! From the programme to content blocks: what each part of the brochure
//! says, in which style, and how it may break across pages. No
//! measuring happens here; [`super::flow`] typesets the blocks.

use super::design::Design;
use crate::model::assets::Logo;
use crate::model::{Date, Language, Person, Programme, Rgb, Rich, Slot, SlotKind, Workshop};
use crate::text::rich::{self, Span};
use crate::text::{Align, Family, ParStyle, StyledText, TextStyle, Weight};

/// A paragraph to set at a given place.
#[derive(Debug, Clone)]
pub struct Para {
    /// Name of the block in layout dumps (`slot-title`, `body`, …).
    pub kind: &'static str,
    /// The text.
    pub spans: Vec<StyledText>,
    /// How it is set.
    pub style: ParStyle,
    /// Left edge.
    pub x: f32,
    /// Measure.
    pub width: f32,
    /// Space above the first line.
    pub space_before: f32,
    /// The last line stays on the page of what follows (headings).
    pub keep_with_next: bool,
    /// The first line stays on the page of what precedes (a guest line
    /// after a workshop's description).
    pub keep_with_previous: bool,
    /// Text set in the time column, level with the first line.
    pub side: Option<Side>,
    /// A list marker set left of the first line (hanging indent).
    pub marker: Option<(f32, Vec<StyledText>)>,
    /// A vertical bar at the left, grouping parallel sessions.
    pub bar: Option<Bar>,
    /// A background band behind the lines.
    pub band: Option<Band>,
    /// A bookmark entry pointing at the first line: level and title.
    pub bookmark: Option<(u8, String)>,
}

/// Text in the time column beside a paragraph.
#[derive(Debug, Clone)]
pub struct Side {
    /// Left edge of the column.
    pub x: f32,
    /// Width of the column.
    pub width: f32,
    /// The text.
    pub spans: Vec<StyledText>,
}

/// A vertical bar drawn beside rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    /// Left.
    pub x: f32,
    /// Thickness.
    pub width: f32,
    /// Colour.
    pub color: Rgb,
}

/// A background band behind rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    /// Left.
    pub x0: f32,
    /// Right.
    pub x1: f32,
    /// Colour.
    pub color: Rgb,
    /// On the first row of a page, the band starts at the page's top edge.
    pub bleed_top: bool,
}

/// One content block.
#[derive(Debug, Clone)]
pub enum Block {
    /// A paragraph.
    Para(Para),
    /// Empty space. Without a band it is a gap, dropped at the top of a
    /// page; with a band it is painted and kept.
    Space {
        /// Height.
        height: f32,
        /// Background band.
        band: Option<Band>,
    },
    /// A horizontal rule.
    Rule {
        /// Left.
        x: f32,
        /// Length.
        width: f32,
        /// Thickness.
        thickness: f32,
        /// Colour.
        color: Rgb,
        /// Space above.
        space_before: f32,
    },
    /// Logos (or names, when there is no logo) in a row.
    Logos {
        /// Left edge.
        x: f32,
        /// Width available.
        width: f32,
        /// Label above the row.
        label: Option<StyledText>,
        /// The organisers' logos or names.
        items: Vec<(Option<Logo>, StyledText)>,
        /// Height of each logo box.
        height: f32,
        /// Placed at the bottom of the page.
        pin_bottom: bool,
    },
    /// Blocks side by side, never split.
    Columns {
        /// Each column: its x, width and blocks.
        cols: Vec<Vec<Block>>,
        /// Space above.
        space_before: f32,
    },
    /// The blocks until [`Block::GroupEnd`] stay on one page when they
    /// are short (see [`super::flow`]); longer groups may break inside
    /// their descriptions.
    GroupStart,
    /// Ends a group.
    GroupEnd,
    /// Start a new page.
    PageBreak,
    /// Start a new page if less than this fraction of the page is left,
    /// so that a day does not begin at the foot of a page.
    NewPageIfLess(f32),
}

/// The brochure's content blocks.
pub fn build(p: &Programme, d: &Design) -> Vec<Block> {
    let mut b = Builder { p, d, out: Vec::new() };
    b.cover();
    for (i, day) in p.days.iter().enumerate() {
        if i > 0 {
            // A new day starts a new page only when the page is nearly
            // full: less room than a heading and a slot's first lines.
            b.out.push(Block::NewPageIfLess(0.25));
        }
        b.day_heading(day.date, day.title.as_deref());
        for slot in &day.slots {
            b.slot(slot);
        }
        if let Some(note) = &day.note {
            let style = TextStyle { italic: true, ..d.body_style() };
            b.rich(note, style, d.content_x(), d.content_width(), 14.0, "day-note");
        }
    }
    b.contacts();
    b.out
}

struct Builder<'a> {
    p: &'a Programme,
    d: &'a Design,
    out: Vec<Block>,
}

fn text(s: impl Into<String>, style: TextStyle) -> StyledText {
    StyledText { text: s.into(), style, link: None }
}

fn upper(s: &str) -> String {
    s.to_uppercase()
}

impl Builder<'_> {
    fn lang(&self) -> Language {
        self.p.event.language
    }

    fn par_style(&self, align: Align, leading: f32, hyphenate: bool) -> ParStyle {
        ParStyle { align, leading, hyphenate, lang: self.lang() }
    }

    fn para(
        &self,
        kind: &'static str,
        spans: Vec<StyledText>,
        style: ParStyle,
        x: f32,
        width: f32,
        space_before: f32,
    ) -> Para {
        Para {
            kind,
            spans,
            style,
            x,
            width,
            space_before,
            keep_with_next: false,
            keep_with_previous: false,
            side: None,
            marker: None,
            bar: None,
            band: None,
            bookmark: None,
        }
    }

    /// Rich text as body paragraphs and list items.
    fn rich(&mut self, r: &Rich, base: TextStyle, x: f32, width: f32, space_before: f32, kind: &'static str) -> usize {
        let d = self.d;
        let start = self.out.len();
        // Justification needs a measure of ~35 characters or more; narrower
        // columns (contact cards, A5 side columns) are set ragged right.
        let align = if width < 190.0 { Align::Left } else { Align::Justify };
        let style = self.par_style(align, base.size * d.leading / d.body, true);
        let mut first = true;
        for blk in rich::parse(&r.0) {
            let gap = if first { space_before } else { base.size * 0.5 };
            first = false;
            match blk {
                rich::Block::Paragraph(spans) => {
                    let spans = styled(&spans, base, d);
                    self.out.push(Block::Para(self.para(kind, spans, style, x, width, gap)));
                }
                rich::Block::Item { marker, depth, spans } => {
                    let indent = 11.0 * (depth as f32 + 1.0);
                    let mut p = self.para(kind, styled(&spans, base, d), style, x + indent, width - indent, gap * 0.5);
                    let m = if marker == "•" { "–".to_owned() } else { marker };
                    p.marker = Some((
                        x + indent - 11.0,
                        vec![text(m, TextStyle { color: d.primary, weight: Weight::Bold, ..base })],
                    ));
                    self.out.push(Block::Para(p));
                }
            }
        }
        self.out.len() - start
    }

    fn cover(&mut self) {
        let d = self.d;
        let p = self.p;
        let white = Rgb(255, 255, 255);
        let band = Band { x0: 0.0, x1: d.page.0, color: d.primary, bleed_top: true };
        let x = d.left();
        let w = d.width();
        self.out.push(Block::Space { height: d.display(112.0), band: Some(band) });
        let mut label = self.para(
            "cover-label",
            vec![text(
                upper(&p.labels.programme),
                TextStyle { tracking: 0.14, ..d.style(Family::Heading, Weight::Bold, false, d.display(8.5), white) },
            )],
            self.par_style(Align::Left, d.display(12.0), false),
            x,
            w,
            0.0,
        );
        label.band = Some(band);
        self.out.push(Block::Para(label));
        self.out.push(Block::Space { height: d.display(30.0), band: Some(band) });
        let dates: Vec<Date> = p.days.iter().map(|d| d.date).collect();
        let when = Date::span_in_words(&dates, self.lang());
        let mut dates_p = self.para(
            "cover-dates",
            vec![text(
                upper(&when),
                TextStyle {
                    tracking: 0.06,
                    ..d.style(Family::Heading, Weight::SemiBold, false, d.display(10.0), white)
                },
            )],
            self.par_style(Align::Left, 14.0, false),
            x,
            w,
            0.0,
        );
        dates_p.band = Some(band);
        self.out.push(Block::Para(dates_p));
        self.out.push(Block::Space { height: 14.0, band: Some(band) });
        let mut title = self.para(
            "cover-title",
            vec![text(&p.event.title, d.style(Family::Display, Weight::Bold, false, d.display(40.0), white))],
            self.par_style(Align::Left, d.display(49.0), false),
            x,
            w * 0.85,
            0.0,
        );
        title.band = Some(band);
        title.bookmark = Some((0, p.event.title.clone()));
        self.out.push(Block::Para(title));
        if let Some(sub) = &p.event.subtitle {
            self.out.push(Block::Space { height: 8.0, band: Some(band) });
            let mut s = self.para(
                "cover-subtitle",
                vec![text(sub, d.style(Family::Heading, Weight::Regular, false, d.display(14.0), white))],
                self.par_style(Align::Left, d.display(18.0), false),
                x,
                w * 0.85,
                0.0,
            );
            s.band = Some(band);
            self.out.push(Block::Para(s));
        }
        self.out.push(Block::Space { height: d.display(58.0), band: Some(band) });

        if let Some(v) = &p.venue {
            let place: Vec<&str> = [v.name.as_deref(), v.room.as_deref()].into_iter().flatten().collect();
            if !place.is_empty() {
                let s = vec![text(place.join(" · "), d.style(Family::Heading, Weight::SemiBold, false, 13.0, d.ink))];
                self.out.push(Block::Para(self.para(
                    "cover-venue",
                    s,
                    self.par_style(Align::Left, 17.0, false),
                    x,
                    w,
                    26.0,
                )));
            }
            let city: Vec<&str> = [v.postcode.as_deref(), v.city.as_deref()].into_iter().flatten().collect();
            let addr: Vec<String> =
                [v.address.clone(), (!city.is_empty()).then(|| city.join(" "))].into_iter().flatten().collect();
            if !addr.is_empty() {
                let s = vec![text(addr.join(", "), d.style(Family::Body, Weight::Regular, false, 10.5, d.muted))];
                self.out.push(Block::Para(self.para(
                    "cover-address",
                    s,
                    self.par_style(Align::Left, 15.0, false),
                    x,
                    w,
                    2.0,
                )));
            }
        }
        if let Some(intro) = &p.event.introduction {
            self.out.push(Block::Rule { x, width: 36.0, thickness: 2.0, color: d.primary, space_before: 26.0 });
            let base = d.style(Family::Body, Weight::Regular, false, 11.0, d.ink);
            self.rich(intro, base, x, w, 14.0, "cover-intro");
        }
        if !p.organisers.is_empty() {
            let label = match self.lang() {
                Language::French => "Organisé par",
                Language::English => "Organised by",
            };
            let items = p
                .organisers
                .iter()
                .map(|o| (o.logo.clone(), text(&o.name, d.style(Family::Heading, Weight::Bold, false, 11.0, d.ink))))
                .collect();
            self.out.push(Block::Logos {
                x,
                width: w,
                label: Some(text(upper(label), d.label_style(d.muted))),
                items,
                height: 46.0,
                pin_bottom: true,
            });
        }
        self.out.push(Block::PageBreak);
    }

    fn day_heading(&mut self, date: Date, title: Option<&str>) {
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
        let mut h = self.para(
            "day-heading",
            spans,
            self.par_style(Align::Left, d.display(27.0), false),
            d.left(),
            d.width(),
            30.0,
        );
        h.keep_with_next = true;
        h.bookmark = Some((0, mark));
        self.out.push(Block::Para(h));
        self.out.push(Block::Rule {
            x: d.left(),
            width: d.width(),
            thickness: 1.5,
            color: d.primary,
            space_before: 6.0,
        });
    }

    fn time_text(&self, slot: &Slot) -> String {
        time_range(slot, self.p.theme.time_style)
    }

    fn side(&self, slot: &Slot, color: Rgb) -> Side {
        let d = self.d;
        Side { x: d.left(), width: d.time_col, spans: vec![text(self.time_text(slot), time_style(d, color))] }
    }

    fn slot(&mut self, slot: &Slot) {
        let d = self.d;
        let (cx, cw) = (d.content_x(), d.content_width());
        let bookmark = Some((1, format!("{} {}", self.time_text(slot), slot.title)));
        if slot.kind.is_pause() {
            self.pause(slot, bookmark);
            return;
        }
        let mut first = true;
        let mut side = Some(self.side(slot, d.accent));
        let gap = 13.0;
        let label = slot.label.clone().or_else(|| (!slot.workshops.is_empty()).then(|| self.parallel_label()));
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
        if first {
            t.bookmark = bookmark;
        }
        self.out.push(Block::Para(t));
        if let Some(room) = &slot.room {
            self.out.push(Block::Para(self.room(room, cx, cw)));
        }
        if let Some(desc) = &slot.description {
            self.rich(desc, d.body_style(), cx, cw, 5.0, "body");
        }
        if !slot.speakers.is_empty() {
            self.speakers(&slot.speakers);
        }
        let n = slot.workshops.len();
        for (i, w) in slot.workshops.iter().enumerate() {
            self.workshop(i + 1, n, w);
        }
    }

    fn parallel_label(&self) -> String {
        match self.lang() {
            Language::French => "Sessions en parallèle".to_owned(),
            Language::English => "Parallel sessions".to_owned(),
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
        if let Some(room) = &w.room {
            self.out.push(Block::Para(self.room(room, x, width)));
        }
        if let Some(desc) = &w.description {
            self.rich(desc, d.body_style(), x, width, 5.0, "body");
        }
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

    fn contacts(&mut self) {
        let d = self.d;
        let p = self.p;
        if p.organisers.is_empty() && p.venue.is_none() {
            return;
        }
        self.out.push(Block::GroupStart);
        let mut h = self.para(
            "contact-heading",
            vec![text(&p.labels.contact, d.style(Family::Display, Weight::Bold, false, d.display(16.0), d.ink))],
            self.par_style(Align::Left, d.display(20.0), false),
            d.left(),
            d.width(),
            24.0,
        );
        h.keep_with_next = true;
        h.bookmark = Some((0, p.labels.contact.clone()));
        self.out.push(Block::Para(h));
        self.out.push(Block::Rule {
            x: d.left(),
            width: d.width(),
            thickness: 1.5,
            color: d.primary,
            space_before: 6.0,
        });
        // Organisers and the venue side by side, three to a row.
        let ncol = if d.width() > 400.0 { 3 } else { 2 };
        let colw = (d.width() - 2.0 * 18.0) / ncol as f32;
        let mut cards: Vec<Vec<Block>> = Vec::new();
        let small = d.style(Family::Body, Weight::Regular, false, 9.0, d.ink);
        let name_style = d.style(Family::Heading, Weight::SemiBold, false, 10.5, d.ink);
        let line = |b: &Self, x: f32, s: Vec<StyledText>, gap: f32| {
            Block::Para(b.para("contact", s, b.par_style(Align::Left, 12.5, false), x, colw, gap))
        };
        let at = |n: usize| d.left() + (n % ncol) as f32 * (colw + 18.0);
        for o in &p.organisers {
            let x = at(cards.len());
            let mut col = Vec::new();
            if o.logo.is_some() {
                col.push(Block::Logos {
                    x,
                    width: colw,
                    label: None,
                    items: vec![(
                        o.logo.clone(),
                        text(&o.name, d.style(Family::Heading, Weight::Bold, false, 11.0, d.ink)),
                    )],
                    height: 26.0,
                    pin_bottom: false,
                });
            }
            col.push(line(self, x, vec![text(&o.name, name_style)], 8.0));
            if let Some(a) = &o.address {
                col.push(line(self, x, vec![text(a, TextStyle { color: d.muted, ..small })], 1.0));
            }
            let link = |s: String, target: String| StyledText { text: s, style: small, link: Some(target) };
            if let Some(e) = &o.email {
                col.push(line(self, x, vec![link(e.clone(), format!("mailto:{e}"))], 1.0));
            }
            if let Some(ph) = &o.phone {
                col.push(line(self, x, vec![link(format!("Tél. {ph}"), tel_uri(ph, self.lang()))], 0.0));
            }
            if let Some(web) = &o.website {
                let target = if web.contains("://") { web.clone() } else { format!("https://{web}") };
                col.push(line(self, x, vec![link(web.clone(), target)], 0.0));
            }
            cards.push(col);
        }
        if let Some(v) = &p.venue {
            let x = at(cards.len());
            let label = match self.lang() {
                Language::French => "Lieu",
                Language::English => "Venue",
            };
            let mut col = vec![Block::Para(self.para(
                "venue-heading",
                vec![text(upper(label), d.label_style(d.primary))],
                self.par_style(Align::Left, 12.0, false),
                x,
                colw,
                0.0,
            ))];
            let city: Vec<&str> = [v.postcode.as_deref(), v.city.as_deref()].into_iter().flatten().collect();
            let place = [v.name.as_deref(), v.room.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
            if !place.is_empty() {
                col.push(line(self, x, vec![text(place, name_style)], 4.0));
            }
            for l in [v.address.clone().unwrap_or_default(), city.join(" ")] {
                if !l.is_empty() {
                    col.push(line(self, x, vec![text(l, TextStyle { color: d.muted, ..small })], 1.0));
                }
            }
            if let Some(note) = &v.note {
                let mut sub = Builder { p, d, out: Vec::new() };
                sub.rich(note, small, x, colw, 5.0, "venue-note");
                col.extend(sub.out);
            }
            cards.push(col);
        }
        let mut first = true;
        while !cards.is_empty() {
            let row: Vec<Vec<Block>> = cards.drain(..ncol.min(cards.len())).collect();
            self.out.push(Block::Columns { cols: row, space_before: if first { 14.0 } else { 18.0 } });
            first = false;
        }
        self.out.push(Block::GroupEnd);
    }
}

/// A slot's time range as printed in the time column. Narrow no-break
/// spaces around the dash keep the range on one line.
pub fn time_range(slot: &Slot, style: crate::model::TimeStyle) -> String {
    match slot.end {
        Some(e) => format!("{}\u{202F}–\u{202F}{}", slot.start.format(style), e.format(style)),
        None => slot.start.format(style),
    }
}

/// The style of the time column.
pub fn time_style(d: &Design, color: Rgb) -> TextStyle {
    d.style(Family::Heading, Weight::SemiBold, false, 9.0, color)
}

/// A `tel:` link: digits only, French national numbers in international
/// form so phones abroad can call them.
fn tel_uri(phone: &str, lang: Language) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    match (lang, digits.strip_prefix('0')) {
        (Language::French, Some(rest)) if digits.len() == 10 => format!("tel:+33{rest}"),
        _ => format!("tel:{digits}"),
    }
}

/// Rich spans in a base style: bold is set semibold at body sizes (Inter
/// Bold is heavy at 9.5 pt), links in the accent colour.
fn styled(spans: &[Span], base: TextStyle, d: &Design) -> Vec<StyledText> {
    spans
        .iter()
        .map(|s| StyledText {
            text: s.text.clone(),
            style: TextStyle {
                weight: if s.bold { Weight::SemiBold } else { base.weight },
                italic: s.italic != base.italic,
                color: if s.link.is_some() { d.accent } else { base.color },
                ..base
            },
            link: s.link.clone(),
        })
        .collect()
}
