//! The cover: a band in the brand colour with the dates, title and
//! subtitle, then the venue, the introduction and the organisers' logos at
//! the foot of the page.

use super::*;

impl Builder<'_> {
    pub(super) fn cover(&mut self) {
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
        title.role = Role::Heading(1);
        title.bookmark = Some((0, self.mark(&p.event.title)));
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
            let items = p
                .organisers
                .iter()
                .map(|o| (o.logo.clone(), text(&o.name, d.style(Family::Heading, Weight::Bold, false, 11.0, d.ink))))
                .collect();
            self.out.push(Block::Logos {
                x,
                width: w,
                label: Some(text(upper(&p.labels.organised_by), d.label_style(d.muted))),
                items,
                height: 46.0,
                pin_bottom: true,
            });
        }
        self.out.push(Block::PageBreak);
    }
}
