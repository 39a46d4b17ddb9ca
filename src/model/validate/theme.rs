//! Validating `[theme]`: colours, fonts, paper and time style.

use std::sync::Arc;

use super::*;

impl Validator<'_> {
    pub(super) fn theme(&mut self, t: RawTheme, lang: Language) -> Option<Theme> {
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
                Err(e) => {
                    let d = me.error("font.invalid", f.span(), key, e.message);
                    let mut with = d.clone().with_expected("a .ttf or .otf file, or \"Inter\"");
                    with = with.with_arg("reason", e.reason).with_arg("file", f.get_ref().clone());
                    if let Some(size) = e.size {
                        with = with.with_arg("size", size);
                    }
                    *d = with;
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
