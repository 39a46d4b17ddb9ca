//! Exports that branch off the validated model, beside the brochure: the
//! programme as a calendar ([`ics`], RFC 5545) and as text for the body of
//! an e-mail or a web page ([`text`]: plain text wrapped at 72 columns, or
//! Markdown).
//!
//! None of them lays anything out: they walk [`Programme`] directly, in
//! the event's language and wording ([`Programme::labels`]), French text
//! with French typography ([`crate::text::french`]). The same programme
//! always gives the same bytes.
//!
//! The helpers below are what the exports share: a person, a time range,
//! rich text as plain paragraphs, an address as lines.

pub mod ics;
pub mod text;

use crate::model::rich::{self, Block, Span};
use crate::model::{Language, Person, Programme, Rich, Time, TimeStyle, Venue, Workshop};
use crate::text::french;

/// What [`export`] makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// An iCalendar file (`.ics`): one event a slot.
    Ics,
    /// Plain text wrapped at 72 columns, for the body of an e-mail.
    Text,
    /// The same content as Markdown.
    Markdown,
}

impl Format {
    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Ics => "ics",
            Format::Text => "txt",
            Format::Markdown => "md",
        }
    }
}

/// A programme in one of the export formats.
pub fn export(p: &Programme, format: Format) -> String {
    printable(match format {
        Format::Ics => ics::calendar(p),
        Format::Text => text::plain(p),
        Format::Markdown => text::markdown(p),
    })
}

/// `text` without the characters that act on a terminal or reorder
/// what a reader sees, which a programme's values may carry (TOML takes
/// `\u001B` in a title): control characters other than line ends and
/// tabs (an escape sequence recolours or retitles the terminal), and the
/// bidirectional embeddings, overrides and isolates (U+202E shows
/// `gnp.exe` as `exe.png`). Nothing visible is lost.
pub(crate) fn printable(text: String) -> String {
    let hidden = |c: char| {
        (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if text.chars().any(hidden) { text.chars().filter(|&c| !hidden(c)).collect() } else { text }
}

/// Text in a language's typography: French gets its no-break spaces and
/// curly apostrophes, English is left as typed.
fn prose(lang: Language, s: &str) -> String {
    match lang {
        Language::French => french::typographic(s),
        Language::English => s.to_owned(),
    }
}

/// Spans in a language's typography: the French rules run over the
/// whole run of text (a space before `:` may sit in the span before), and
/// each character keeps the span it came from.
fn prose_spans(lang: Language, spans: &[Span]) -> Vec<Span> {
    // Exports wrap paragraphs again: an author's line break is a space.
    let spans: Vec<Span> =
        spans.iter().map(|s| Span { text: s.text.replace(rich::LINE_BREAK, " "), ..s.clone() }).collect();
    if lang != Language::French {
        return spans;
    }
    let tagged: Vec<(char, u32)> =
        spans.iter().enumerate().flat_map(|(i, s)| s.text.chars().map(move |c| (c, i as u32))).collect();
    let mut out: Vec<Span> = spans.iter().map(|s| Span { text: String::new(), ..s.clone() }).collect();
    for (c, tag) in french::apply(&tagged) {
        out[tag as usize].text.push(c);
    }
    out.retain(|s| !s.text.is_empty());
    out
}

/// A label and what follows it: `Animation : Nom` in French (a no-break
/// space before the colon), `Chair: Name` in English.
fn labelled(lang: Language, label: &str, value: &str) -> String {
    let label = prose(lang, label);
    match lang {
        Language::French => format!("{label}\u{A0}: {value}"),
        Language::English => format!("{label}: {value}"),
    }
}

/// A heading followed by a colon and nothing else (`Les intervenant·es :`).
fn heading(lang: Language, label: &str) -> String {
    let label = prose(lang, label);
    match lang {
        Language::French => format!("{label}\u{A0}:"),
        Language::English => format!("{label}:"),
    }
}

/// A person as the brochure prints them: `Michel Héry, INRS`, with the
/// tbc wording after someone unconfirmed, or alone for someone still to be
/// found (`à confirmer`).
fn person(p: &Person, tbc: &str) -> String {
    match &p.name {
        None => match &p.role {
            Some(r) => format!("{tbc} ({r})"),
            None => tbc.to_owned(),
        },
        Some(name) => {
            let mut s = name.clone();
            if let Some(r) = &p.role {
                s.push_str(", ");
                s.push_str(r);
            }
            if p.tbc {
                s.push_str(&format!(" ({tbc})"));
            }
            s
        }
    }
}

/// `10h30–12h`, `09:30–10:00`, `9 h 30 – 12 h` (spaced style: narrow
/// no-break spaces around the dash), or the start alone.
fn time_range(start: Time, end: Option<Time>, style: TimeStyle) -> String {
    let dash = if style == TimeStyle::Spaced { "\u{202F}–\u{202F}" } else { "–" };
    match end {
        Some(e) => format!("{}{dash}{}", start.format(style), e.format(style)),
        None => start.format(style),
    }
}

/// A workshop's own times, when they differ from its slot's.
fn workshop_times(slot_start: Time, slot_end: Option<Time>, w: &Workshop, style: TimeStyle) -> Option<String> {
    if w.start.is_none() && w.end.is_none() {
        return None;
    }
    Some(time_range(w.start.unwrap_or(slot_start), w.end.or(slot_end), style))
}

/// The label of workshop `n`: the user's (the contract's `label` replaces
/// the numbered one), or `Atelier 2`.
fn workshop_label(n: usize, w: &Workshop, word: &str) -> String {
    w.label.clone().unwrap_or_else(|| format!("{word} {n}"))
}

/// One block of rich text as plain text.
struct PlainBlock {
    /// `–` or `1.` for a list item.
    marker: Option<String>,
    /// Nesting depth of a list item.
    depth: usize,
    /// The text, links spelled out.
    text: String,
}

/// Rich text as plain blocks in a language's typography: bullets become
/// `–`, a link whose text is not its address is followed by the address
/// in brackets.
fn plain_blocks(lang: Language, r: &Rich) -> Vec<PlainBlock> {
    r.blocks()
        .iter()
        .map(|b| match b {
            Block::Paragraph(spans) => PlainBlock { marker: None, depth: 0, text: plain_spans(lang, spans) },
            Block::Item { marker, depth, spans } => PlainBlock {
                marker: Some(if marker == "•" { "–".to_owned() } else { marker.clone() }),
                depth: *depth,
                text: plain_spans(lang, spans),
            },
        })
        .collect()
}

/// Spans as plain text: styles dropped, link targets kept.
fn plain_spans(lang: Language, spans: &[Span]) -> String {
    let mut s = String::new();
    for span in prose_spans(lang, spans) {
        s.push_str(&span.text);
        if let Some(target) = &span.link {
            let shown = target.strip_prefix("mailto:").unwrap_or(target);
            let same = |a: &str| a.trim_end_matches('/') == shown.trim_end_matches('/');
            let text = span.text.trim();
            if !same(text) && !same(&format!("https://{text}")) && !same(&format!("http://{text}")) {
                s.push_str(&format!(" ({shown})"));
            }
        }
    }
    s
}

/// A postal address as lines: organisers write street and town on one
/// line with ` - ` between them (as the brochure's contact cards read it).
fn address_lines(a: &str) -> Vec<String> {
    a.split(" - ").map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// The venue as lines: `Bourse du travail · Salle Henaff`, the street,
/// `75003 Paris`.
fn venue_lines(v: &Venue) -> Vec<String> {
    let mut lines = Vec::new();
    let place: Vec<&str> = [v.name.as_deref(), v.room.as_deref()].into_iter().flatten().collect();
    if !place.is_empty() {
        lines.push(place.join(" · "));
    }
    if let Some(a) = &v.address {
        lines.extend(address_lines(a));
    }
    let city: Vec<&str> = [v.postcode.as_deref(), v.city.as_deref()].into_iter().flatten().collect();
    if !city.is_empty() {
        lines.push(city.join(" "));
    }
    lines
}

/// The word before a phone number.
fn tel_word(lang: Language) -> &'static str {
    match lang {
        Language::French => "Tél.",
        Language::English => "Tel.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_as_printed() {
        let p = |name: Option<&str>, role: Option<&str>, tbc| Person {
            name: name.map(str::to_owned),
            role: role.map(str::to_owned),
            tbc,
        };
        assert_eq!(person(&p(Some("Michel Héry"), Some("INRS"), false), "à confirmer"), "Michel Héry, INRS");
        assert_eq!(person(&p(Some("X"), None, true), "à confirmer"), "X (à confirmer)");
        assert_eq!(person(&p(None, None, true), "à confirmer"), "à confirmer");
    }

    #[test]
    fn rich_text_as_plain_blocks() {
        let b = plain_blocks(
            Language::French,
            &Rich::new(
                "Voir [le site](https://solidaires.org) ou contact@solidaires.org :\n\n- l'un\n- l'autre".into(),
            ),
        );
        assert_eq!(b[0].text, "Voir le site (https://solidaires.org) ou contact@solidaires.org\u{A0}:");
        assert_eq!(b[1].marker.as_deref(), Some("–"));
        assert_eq!(b[1].text, "l\u{2019}un");
    }

    #[test]
    fn time_ranges() {
        let (a, b) = (Time(630), Time(720));
        assert_eq!(time_range(a, Some(b), TimeStyle::Compact), "10h30–12h");
        assert_eq!(time_range(a, Some(b), TimeStyle::Colon), "10:30–12:00");
        assert_eq!(time_range(a, None, TimeStyle::Compact), "10h30");
    }
}
