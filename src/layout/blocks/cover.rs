//! The cover: a band in the brand colour with the dates, title and
//! subtitle, then the venue, the introduction and the organisers' logos at
//! the foot of the page.

use super::*;

impl Builder<'_> {
    pub(super) fn cover(&mut self, cover: Cover) {
        let d = self.d;
        let p = self.p;
        let sc = d.scale;
        let x = d.left();
        let w = d.width();
        // On screen and on an office printer the band is a panel inset
        // from the paper's edges (a printer cannot print the last 5 mm, and
        // a clipped band looks like a mistake); the print shop's edition
        // bleeds it. A photocopy edition has no band: a white cover with
        // rules in ink.
        let band = d.band.map(|color| Band { x0: d.cover_inset, x1: d.page.0 - d.cover_inset, color, bleed_top: true });
        let on_band = if band.is_some() { d.on_band } else { d.ink };
        let accent = if band.is_some() { d.on_band } else { d.primary };
        let push_band = |b: &mut Self, height: f32| {
            if band.is_some() {
                b.out.push(Block::Space { height, band });
            }
        };
        push_band(self, if d.page.0 > 500.0 { 96.0 } else { 64.0 });
        if band.is_none() {
            self.out.push(Block::Rule { x, width: w, thickness: 3.0, color: d.ink, space_before: 0.0 });
            self.out.push(Block::Space { height: 18.0, band: None });
        }
        let mut label = self.para(
            "cover-label",
            vec![text(upper(&p.labels.programme), TextStyle { tracking: 0.14, ..d.label_style(accent) })],
            self.par_style(Align::Left, 12.0, false),
            x,
            w,
            0.0,
        );
        label.band = band;
        self.out.push(Block::Para(label));
        push_band(self, 22.0);
        let dates: Vec<Date> = p.days.iter().map(|d| d.date).collect();
        // The dates are said once: by the subtitle when it gives them.
        let subtitle_dates = p.event.subtitle.as_deref().is_some_and(|s| repeats_dates(s, &dates));
        if !subtitle_dates {
            let when = Date::span_in_words(&dates, self.lang());
            let mut dates_p = self.para(
                "cover-dates",
                vec![text(
                    upper(&when),
                    TextStyle { tracking: 0.06, ..d.style(Family::Heading, Weight::SemiBold, false, sc.sub, on_band) },
                )],
                self.par_style(Align::Left, 14.0, false),
                x,
                w,
                0.0,
            );
            dates_p.band = band;
            self.out.push(Block::Para(dates_p));
            push_band(self, 12.0);
        }
        let mut title = self.para(
            "cover-title",
            vec![text(&p.event.title, d.style(Family::Display, Weight::Bold, false, sc.cover, on_band))],
            // 1.2: the lines' boxes (Inter's ascent and descent, 1.21 em)
            // just meet, as readers' and checkers' text selection expect.
            self.heading_style((sc.cover * 1.2).round()),
            x,
            w * 0.9,
            if band.is_some() { 0.0 } else { 10.0 },
        );
        title.band = band;
        title.role = Role::Heading(1);
        title.bookmark = Some((0, self.mark(&p.event.title)));
        self.out.push(Block::Para(title));
        if let Some(sub) = &p.event.subtitle {
            push_band(self, 8.0);
            let mut s = self.para(
                "cover-subtitle",
                vec![text(sub, d.style(Family::Heading, Weight::Regular, false, sc.section, on_band))],
                self.heading_style(20.0),
                x,
                w * 0.9,
                if band.is_some() { 0.0 } else { 8.0 },
            );
            s.band = band;
            self.out.push(Block::Para(s));
        }
        push_band(self, if d.page.0 > 500.0 { 48.0 } else { 32.0 });
        if band.is_none() {
            self.out.push(Block::Rule { x, width: w, thickness: 0.75, color: d.ink, space_before: 18.0 });
        }

        if let Some(v) = &p.venue {
            let place: Vec<String> = [v.name.clone(), v.room.as_deref().map(keep_name)].into_iter().flatten().collect();
            if !place.is_empty() {
                let s = vec![text(
                    place.join("\u{A0}· "),
                    d.style(Family::Heading, Weight::SemiBold, false, sc.title, d.ink),
                )];
                self.out.push(Block::Para(self.para("cover-venue", s, self.heading_style(17.0), x, w, 24.0)));
            }
            let city: Vec<&str> = [v.postcode.as_deref(), v.city.as_deref()].into_iter().flatten().collect();
            let addr: Vec<String> =
                [v.address.clone(), (!city.is_empty()).then(|| city.join(" "))].into_iter().flatten().collect();
            if !addr.is_empty() {
                let s = vec![text(addr.join(", "), d.style(Family::Body, Weight::Regular, false, sc.body, d.muted))];
                self.out.push(Block::Para(self.para("cover-address", s, self.heading_style(14.0), x, w, 2.0)));
            }
        }
        if cover == Cover::Full {
            self.introduction();
        }
        if !p.organisers.is_empty() {
            let items = p
                .organisers
                .iter()
                .map(|o| {
                    let alt = if o.logo.is_some() { &o.logo_alt } else { &o.name };
                    (o.logo.clone(), text(alt, d.style(Family::Heading, Weight::Bold, false, sc.sub, d.ink)))
                })
                .collect();
            self.out.push(Block::Logos {
                x,
                width: w,
                label: Some(text(upper(&p.labels.organised_by), d.label_style(d.muted))),
                items,
                height: 40.0,
                pin_bottom: true,
                lang: self.lang,
            });
        }
        self.out.push(Block::PageBreak);
        if cover == Cover::WithoutIntroduction {
            self.introduction();
        }
    }

    /// The introduction, under a short rule, at a reading measure.
    fn introduction(&mut self) {
        let d = self.d;
        let Some(intro) = &self.p.event.introduction else {
            return;
        };
        let (x, w) = (d.left(), d.width());
        self.out.push(Block::Rule { x, width: 36.0, thickness: 2.0, color: d.primary, space_before: 22.0 });
        let base = d.style(Family::Body, Weight::Regular, false, d.scale.sub, d.ink);
        self.rich(intro, base, x, w.min(d.content_width() + d.time_col * 0.5), 12.0, "cover-intro");
    }
}

/// Whether a subtitle already gives the event's dates: it holds the year
/// and the day of the month of every day (`19 et 20 décembre 2023`).
fn repeats_dates(subtitle: &str, dates: &[Date]) -> bool {
    let numbers: Vec<u32> = subtitle
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    !dates.is_empty()
        && dates.iter().any(|d| numbers.contains(&d.year.unsigned_abs()))
        && dates.iter().all(|d| numbers.contains(&u32::from(d.day)))
}
