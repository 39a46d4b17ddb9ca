//! Preflight: what is not an error but will embarrass the organiser once
//! printed, found before the 300 copies are. `livret check` shows these
//! with the validation warnings; none of them stops a build.
//!
//! The model keeps no source positions, so each finding is located by
//! looking for the value it is about in the file's text.

use crate::diagnostic::Diagnostic;
use crate::model::{Language, Programme};
use crate::profile::Profile;
use crate::text::Fonts;

/// Capitals French writes with their accent, and the accented form.
const ACCENTED_CAPITALS: [(&str, &str); 16] = [
    ("Etat", "État"),
    ("Etats", "États"),
    ("Ecole", "École"),
    ("Ecoles", "Écoles"),
    ("Education", "Éducation"),
    ("Economie", "Économie"),
    ("Egalité", "Égalité"),
    ("Elections", "Élections"),
    ("Elu", "Élu"),
    ("Elus", "Élus"),
    ("Etudiant", "Étudiant"),
    ("Etudiants", "Étudiants"),
    ("Evaluation", "Évaluation"),
    ("Equipe", "Équipe"),
    ("Etre", "Être"),
    ("Evénement", "Événement"),
];

/// Words after which a sentence-initial `A` is the preposition `À`.
const AFTER_A: [&str; 10] = ["l'", "l’", "la ", "le ", "les ", "partir ", "propos ", "travers ", "cause ", "quoi "];

/// Everything worth a second look in `p`, whose file text is `source`.
pub fn check(p: &Programme, source: &str, fonts: &Fonts) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let at = |needle: &str| source.find(needle).map(|i| i..i + needle.len());
    let warn = |out: &mut Vec<Diagnostic>, id: &'static str, needle: &str, msg: String, hint: String| {
        let mut d = Diagnostic::warning(id, msg).with_hint(hint);
        if let Some(span) = at(needle) {
            d = d.with_span(span);
        }
        out.push(d);
    };
    if p.event.language == Language::French {
        accents(source, &mut out);
        inclusive_marks(source, &mut out);
    }
    for day in &p.days {
        for (i, s) in day.slots.iter().enumerate() {
            // The same person in two sessions at once.
            let mut seen: Vec<(&str, &str)> = Vec::new();
            for w in &s.workshops {
                for person in w.guest.iter().chain(&w.speakers).chain(&w.moderator) {
                    let Some(name) = person.name.as_deref() else { continue };
                    if let Some((_, other)) = seen.iter().find(|(n, t)| *n == name && *t != w.title) {
                        warn(
                            &mut out,
                            "preflight.two-places",
                            name,
                            format!("{name} is in two parallel sessions at once: “{other}” and “{}”", w.title),
                            "check the names, or give the sessions different times with start and end".to_owned(),
                        );
                        add_args(&mut out, &[("name", name), ("first", other), ("second", &w.title)]);
                    }
                    seen.push((name, &w.title));
                }
            }
            // An open end in the middle of a day.
            if s.end.is_none() && i + 1 < day.slots.len() {
                warn(
                    &mut out,
                    "preflight.no-end",
                    &format!("title = \"{}\"", s.title),
                    format!("“{}” has no end time: the calendar will run it until the next slot", s.title),
                    "add end = \"…\" if it ends earlier".to_owned(),
                );
                add_args(&mut out, &[("title", &s.title)]);
            }
        }
    }
    if let Some(sub) = &p.event.subtitle {
        let numbers: Vec<u32> = sub.split(|c: char| !c.is_ascii_digit()).filter_map(|s| s.parse().ok()).collect();
        if p.days.iter().all(|d| numbers.contains(&u32::from(d.date.day))) {
            warn(
                &mut out,
                "preflight.subtitle-dates",
                &format!("\"{sub}\""),
                "the subtitle repeats the dates, which the cover already prints".to_owned(),
                "the cover then shows them once; a subtitle can say something else".to_owned(),
            );
        }
    }
    for o in &p.organisers {
        if o.email.is_none() && o.phone.is_none() && o.website.is_none() {
            warn(
                &mut out,
                "preflight.no-contact",
                &format!("name = \"{}\"", o.name),
                format!("{} has no e-mail, phone or website on the contact page", o.name),
                "add email = \"…\" (or phone, website) to this [[organiser]]".to_owned(),
            );
            add_args(&mut out, &[("name", &o.name)]);
        }
        if o.logo.is_some() && o.logo_alt == o.name && !source.contains("logo_alt") {
            warn(
                &mut out,
                "preflight.logo-alt",
                &format!("name = \"{}\"", o.name),
                format!("the logo of {} is described to screen readers by the name alone", o.name),
                "add logo_alt = \"…\" saying what the logo shows, if more than the name".to_owned(),
            );
            add_args(&mut out, &[("name", &o.name)]);
        }
    }
    // A booklet that needs blank pages.
    if p.profiles.contains(&Profile::Booklet) {
        let doc = crate::layout::lay_out(p, fonts, Profile::Booklet).output;
        if doc.notes > 0 {
            let pages = doc.pages.len();
            out.push(
                Diagnostic::warning(
                    "preflight.booklet-padding",
                    format!("the booklet has {pages} pages, {} of them left for notes", doc.notes),
                )
                .with_hint("a shorter text or one slot less would save a sheet")
                .with_arg("pages", pages.to_string())
                .with_arg("notes", doc.notes.to_string()),
            );
        }
    }
    out
}

/// Name the values of the last finding (for its wording in French).
fn add_args(out: &mut [Diagnostic], args: &[(&'static str, &str)]) {
    if let Some(d) = out.last_mut() {
        for (k, v) in args {
            d.args.push((k, (*v).to_owned()));
        }
    }
}

/// `A l'heure` for `À l'heure`, `Etat` for `État`.
fn accents(source: &str, out: &mut Vec<Diagnostic>) {
    for (word, fixed) in ACCENTED_CAPITALS {
        let mut from = 0;
        while let Some(i) = source[from..].find(word).map(|i| i + from) {
            let end = i + word.len();
            let whole = !source[..i].chars().next_back().is_some_and(char::is_alphanumeric)
                && !source[end..].chars().next().is_some_and(char::is_alphanumeric);
            if whole {
                out.push(
                    Diagnostic::warning("preflight.accent", format!("“{word}” is written without its accent"))
                        .with_span(i..end)
                        .with_hint(format!("write “{fixed}”"))
                        .with_arg("word", word)
                        .with_arg("fixed", fixed),
                );
                break;
            }
            from = end;
        }
    }
    let bytes = source.as_bytes();
    for (i, _) in source.match_indices("A ") {
        let sentence_start = source[..i]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '\n' | '«' | '='));
        let next = &source[i + 2..];
        if sentence_start && AFTER_A.iter().any(|w| next.starts_with(w)) && (i == 0 || bytes[i - 1] != b'\\') {
            out.push(
                Diagnostic::warning("preflight.accent", "“A” is written without its accent")
                    .with_span(i..i + 1)
                    .with_hint("the preposition is “À” (À l’heure, À partir de)")
                    .with_arg("word", "A")
                    .with_arg("fixed", "À"),
            );
        }
    }
}

/// `présent.es` beside `participant·es`: one style of inclusive writing
/// per document.
fn inclusive_marks(source: &str, out: &mut Vec<Diagnostic>) {
    let endings = ["es", "e", "s", "nes", "ne", "rices", "rice", "euses", "ses"];
    let find = |mark: char| {
        source.char_indices().find(|&(i, c)| {
            c == mark
                && source[..i].chars().next_back().is_some_and(char::is_lowercase)
                && endings.iter().any(|e| {
                    let rest = &source[i + c.len_utf8()..];
                    rest.starts_with(e) && !rest[e.len()..].chars().next().is_some_and(char::is_alphanumeric)
                })
        })
    };
    if let (Some((d, _)), Some(_)) = (find('.'), find('·')) {
        let start = source[..d].rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| i + 1);
        let end = d + source[d..].find(|c: char| c.is_whitespace() || c == '"').unwrap_or(source.len() - d);
        out.push(
            Diagnostic::warning(
                "preflight.inclusive-marks",
                format!("“{}” is written with a full stop, elsewhere with a middle dot (·)", &source[start..end]),
            )
            .with_span(start..end)
            .with_hint("use one mark in the whole programme, e.g. présent·es")
            .with_arg("word", &source[start..end]),
        );
    }
}
