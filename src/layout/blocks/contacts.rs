//! The back matter: the organisers' contacts (with `mailto:` and `tel:`
//! links) and the venue with its access note, as cards side by side whose
//! names share one baseline.

use super::*;

/// Height of the logo box at the top of an organiser's card.
const LOGO_HEIGHT: f32 = 26.0;

impl Builder<'_> {
    pub(super) fn contacts(&mut self) {
        let d = self.d;
        let p = self.p;
        if p.organisers.is_empty() && p.venue.is_none() {
            return;
        }
        self.out.push(Block::GroupStart);
        let size = d.scale.section;
        let spans = vec![text(&p.labels.contact, d.style(Family::Display, Weight::Bold, false, size, d.ink))];
        self.section_heading("contact-heading", spans, (size * 1.25).round(), 24.0, p.labels.contact.clone());
        // Organisers and the venue side by side, three to a row.
        let ncol = if d.width() > 400.0 { 3 } else { 2 };
        let colw = (d.width() - 2.0 * 18.0) / ncol as f32;
        let mut cards: Vec<Vec<Block>> = Vec::new();
        let small = d.style(Family::Body, Weight::Regular, false, d.scale.small, d.ink);
        let name_style = d.style(Family::Heading, Weight::SemiBold, false, d.body, d.ink);
        let line = |b: &Self, x: f32, s: Vec<StyledText>, gap: f32| {
            Block::Para(b.para("contact", s, b.par_style(Align::Left, 11.5, false), x, colw, gap))
        };
        let at = |n: usize| d.left() + (n % ncol) as f32 * (colw + 18.0);
        // Every card starts with a box of the same height (a logo, or the
        // venue's label at its foot), so that the names line up.
        let logos = p.organisers.iter().any(|o| o.logo.is_some());
        let strut = |x: f32, height: f32| Block::Logos {
            x,
            width: colw,
            label: None,
            items: Vec::new(),
            height,
            pin_bottom: false,
            lang: self.lang,
        };
        let label_h = 12.0;
        for o in &p.organisers {
            let x = at(cards.len());
            let mut col = Vec::new();
            match &o.logo {
                Some(_) => col.push(Block::Logos {
                    x,
                    width: colw,
                    label: None,
                    items: vec![(o.logo.clone(), text(&o.logo_alt, name_style))],
                    height: LOGO_HEIGHT,
                    pin_bottom: false,
                    lang: self.lang,
                }),
                None => col.push(strut(x, if logos { LOGO_HEIGHT } else { label_h })),
            }
            col.push(line(self, x, vec![text(&o.name, name_style)], if logos { 8.0 } else { 4.0 }));
            if let Some(a) = &o.address {
                for part in address_lines(a) {
                    col.push(line(self, x, vec![text(part, TextStyle { color: d.muted, ..small })], 1.0));
                }
            }
            let link = |s: String, target: Option<String>| StyledText { text: s, style: small, link: target };
            if let Some(e) = &o.email {
                col.push(line(self, x, vec![link(e.clone(), Some(format!("mailto:{e}")))], 2.0));
            }
            if let Some(ph) = &o.phone {
                let tel = match self.lang() {
                    Language::French => "Tél.",
                    Language::English => "Tel.",
                };
                col.push(line(self, x, vec![link(format!("{tel}\u{A0}{ph}"), tel_uri(ph, self.lang()))], 0.0));
            }
            if let Some(web) = &o.website {
                let target = if web.contains("://") { web.clone() } else { format!("https://{web}") };
                col.push(line(self, x, vec![link(web.clone(), Some(target).filter(|t| rich::allowed_link(t)))], 0.0));
            }
            cards.push(col);
        }
        if let Some(v) = &p.venue {
            let x = at(cards.len());
            let mut col = Vec::new();
            if logos {
                col.push(strut(x, LOGO_HEIGHT - label_h));
            }
            col.push(Block::Para(self.para(
                "venue-heading",
                vec![text(upper(&p.labels.venue), d.label_style(d.primary))],
                self.par_style(Align::Left, label_h, false),
                x,
                colw,
                0.0,
            )));
            // "Bourse du travail · Salle Henaff": the line may break after
            // the dot, not inside the room's name.
            let place = [v.name.as_deref().map(str::to_owned), v.room.as_deref().map(keep_name)]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("\u{A0}· ");
            if !place.is_empty() {
                col.push(line(self, x, vec![text(place, name_style)], if logos { 8.0 } else { 4.0 }));
            }
            let city: Vec<&str> = [v.postcode.as_deref(), v.city.as_deref()].into_iter().flatten().collect();
            let mut lines: Vec<String> = v.address.as_deref().map(address_lines).unwrap_or_default();
            lines.push(city.join(" "));
            for l in lines {
                if !l.is_empty() {
                    col.push(line(self, x, vec![text(l, TextStyle { color: d.muted, ..small })], 1.0));
                }
            }
            if let Some(note) = &v.note {
                let note_blocks = self.sub(|b| {
                    b.rich(note, small, x, colw, 5.0, "venue-note");
                });
                col.extend(note_blocks);
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

/// A postal address as lines: organisers write street and town on one
/// line with ` - ` between them, which must not end a printed line.
fn address_lines(a: &str) -> Vec<String> {
    a.split(" - ").map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// A `tel:` link, only for something that is a phone number: digits,
/// spaces, dots, dashes and a leading `+`, 6 to 15 digits. French national
/// numbers become international so phones abroad can call them. Anything
/// else ("non communiqué", two numbers, extensions) gets no link.
fn tel_uri(phone: &str, lang: Language) -> Option<String> {
    let phone = phone.trim();
    if !phone.chars().all(|c| c.is_ascii_digit() || " .-+".contains(c)) || phone.chars().skip(1).any(|c| c == '+') {
        return None;
    }
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if !(6..=15).contains(&digits.len()) {
        return None;
    }
    Some(match (phone.starts_with('+'), lang, digits.strip_prefix('0')) {
        (true, _, _) => format!("tel:+{digits}"),
        (false, Language::French, Some(rest)) if digits.len() == 10 => format!("tel:+33{rest}"),
        _ => format!("tel:{digits}"),
    })
}
