//! The back matter: the organisers' contacts (with `mailto:` and `tel:`
//! links) and the venue with its access note.

use super::*;

impl Builder<'_> {
    pub(super) fn contacts(&mut self) {
        let d = self.d;
        let p = self.p;
        if p.organisers.is_empty() && p.venue.is_none() {
            return;
        }
        self.out.push(Block::GroupStart);
        let spans =
            vec![text(&p.labels.contact, d.style(Family::Display, Weight::Bold, false, d.display(16.0), d.ink))];
        self.section_heading("contact-heading", spans, d.display(20.0), 24.0, p.labels.contact.clone());
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
            let mut col = vec![Block::Para(self.para(
                "venue-heading",
                vec![text(upper(&p.labels.venue), d.label_style(d.primary))],
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

/// A `tel:` link: digits only, French national numbers in international
/// form so phones abroad can call them.
fn tel_uri(phone: &str, lang: Language) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    match (lang, digits.strip_prefix('0')) {
        (Language::French, Some(rest)) if digits.len() == 10 => format!("tel:+33{rest}"),
        _ => format!("tel:{digits}"),
    }
}
