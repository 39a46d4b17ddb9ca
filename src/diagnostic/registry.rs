//! Every diagnostic the library reports, in one list: its id and the
//! arguments its wording takes (besides `key`, the dotted key every
//! located diagnostic has). The English is the sentence the library
//! writes with the diagnostic; the French is in `src/locale/fr.ftl`,
//! under the id with its dots as dashes (`time.invalid` → `time-invalid`).
//! Tests check that every id here has its French message, using only
//! these arguments, and (in debug builds) that no diagnostic is made
//! with an id missing here.

/// A kind of diagnostic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    /// The stable id (`time.invalid`).
    pub id: &'static str,
    /// The arguments its wording takes (`Diagnostic::args`).
    pub args: &'static [&'static str],
}

/// Every kind of diagnostic, by id.
pub const KINDS: &[Kind] = &[
    Kind { id: "colour.invalid", args: &["value"] },
    Kind { id: "date.invalid", args: &["value"] },
    Kind { id: "day.no-date", args: &[] },
    Kind { id: "day.no-slot", args: &[] },
    Kind { id: "day.none", args: &[] },
    Kind { id: "day.order", args: &[] },
    Kind { id: "email.invalid", args: &["value"] },
    Kind { id: "event.missing", args: &[] },
    Kind { id: "file.ansi", args: &[] },
    Kind { id: "file.not-utf8", args: &[] },
    Kind { id: "file.too-large", args: &["limit", "size"] },
    Kind { id: "font.invalid", args: &["file", "reason", "size"] },
    Kind { id: "font.missing-glyph", args: &["char", "code"] },
    Kind { id: "id.duplicate", args: &["value"] },
    Kind { id: "id.invalid", args: &["value"] },
    Kind { id: "key.duplicate", args: &[] },
    Kind { id: "key.missing", args: &[] },
    Kind { id: "key.unknown", args: &["name", "names", "suggestion"] },
    Kind { id: "language.unknown", args: &["value"] },
    Kind { id: "layout.taller-than-page", args: &[] },
    Kind { id: "logo.invalid", args: &["file", "height", "href", "picture", "reason", "size", "width"] },
    Kind { id: "paper.unknown", args: &["value"] },
    Kind { id: "pdf.font", args: &["font"] },
    Kind { id: "pdf.font-glyph", args: &["font", "text"] },
    Kind { id: "pdf.font-licence", args: &["font"] },
    Kind { id: "pdf.font-unicode", args: &["font"] },
    Kind { id: "pdf.image", args: &["reason"] },
    Kind { id: "pdf.internal", args: &[] },
    Kind { id: "pdf.not-archival", args: &["why"] },
    Kind { id: "pdf.page-size", args: &["height", "width"] },
    Kind { id: "pdf.validation", args: &[] },
    Kind { id: "person.tbc", args: &["name"] },
    Kind { id: "person.tbc-unnamed", args: &[] },
    Kind { id: "preflight.accent", args: &["fixed", "word"] },
    Kind { id: "preflight.booklet-padding", args: &["notes", "pages"] },
    Kind { id: "preflight.inclusive-marks", args: &["word"] },
    Kind { id: "preflight.logo-alt", args: &["name"] },
    Kind { id: "preflight.no-contact", args: &["name"] },
    Kind { id: "preflight.no-end", args: &["title"] },
    Kind { id: "preflight.subtitle-dates", args: &[] },
    Kind { id: "preflight.two-places", args: &["first", "name", "second"] },
    Kind { id: "profile.unknown", args: &["names", "value"] },
    Kind { id: "rich.html", args: &["tags"] },
    Kind { id: "rich.link-refused", args: &["link"] },
    Kind { id: "slot.ends-before-start", args: &["end", "start"] },
    Kind { id: "slot.kind-unknown", args: &["names", "value"] },
    Kind { id: "slot.no-start", args: &[] },
    Kind { id: "slot.order", args: &[] },
    Kind { id: "slot.overlap", args: &[] },
    Kind { id: "text.line-too-long", args: &["count", "limit"] },
    Kind { id: "text.nbsp-broken", args: &["text"] },
    Kind { id: "text.too-long", args: &["size"] },
    Kind { id: "text.too-many-marks", args: &["text"] },
    Kind { id: "text.word-too-wide", args: &["word"] },
    Kind { id: "time-style.unknown", args: &["value"] },
    Kind { id: "time.invalid", args: &["value"] },
    Kind { id: "timezone.invalid", args: &["value"] },
    Kind { id: "toml.date-time", args: &[] },
    Kind { id: "toml.syntax", args: &[] },
    Kind { id: "toml.too-deep", args: &["levels"] },
    Kind { id: "updated.invalid", args: &["value"] },
    Kind { id: "value.empty", args: &[] },
    Kind { id: "value.table-for-list", args: &[] },
    Kind { id: "value.wrong-type", args: &["found", "kind", "want"] },
    Kind { id: "workshop.outside-slot", args: &["which"] },
];

/// The kind of `id`, if registered.
pub fn kind(id: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The French catalogue's messages, each with the arguments its
    /// value and attributes use.
    fn french() -> Vec<(String, Vec<String>)> {
        let text = crate::locale::CATALOGUES[0].1;
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        for line in text.lines() {
            if !line.starts_with([' ', '#']) && line.contains(" = ") {
                let id = line.split(" = ").next().unwrap_or_default().trim().to_owned();
                out.push((id, Vec::new()));
            }
            if let Some((_, vars)) = out.last_mut() {
                for part in line.split('$').skip(1) {
                    let var: String = part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                    if !vars.contains(&var) {
                        vars.push(var);
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_kind_has_its_french_message_with_its_arguments() {
        let french = french();
        for k in KINDS {
            let id = k.id.replace('.', "-");
            let (_, vars) = french.iter().find(|(f, _)| *f == id).unwrap_or_else(|| panic!("fr.ftl lacks {id}"));
            for v in vars {
                assert!(
                    v == "key" || k.args.contains(&v.as_str()),
                    "{id} in fr.ftl uses ${v}, which the registry does not list for {}",
                    k.id
                );
            }
        }
    }

    #[test]
    fn ids_are_unique_and_the_catalogue_has_no_stale_diagnostic() {
        for (i, k) in KINDS.iter().enumerate() {
            assert!(KINDS[..i].iter().all(|o| o.id != k.id), "{} twice", k.id);
        }
        // The catalogue's other messages are the library's own words.
        let own = ["diff-", "link-", "purpose-"];
        for (id, _) in french() {
            if own.iter().any(|p| id.starts_with(p)) {
                continue;
            }
            assert!(KINDS.iter().any(|k| k.id.replace('.', "-") == id), "fr.ftl has {id}, which no diagnostic is");
        }
    }

    #[test]
    fn a_diagnostic_is_worded_in_french_from_its_arguments() {
        use crate::diagnostic::Diagnostic;
        use crate::model::Language;
        let d = Diagnostic::error("time.invalid", "\"25h\" is not a time")
            .with_arg("value", "25h")
            .with_key("day[1].slot[2].start");
        assert_eq!(d.worded(Language::English).message, "\"25h\" is not a time");
        let fr = d.worded(Language::French).message;
        assert!(fr.contains("25h") && fr != d.message, "{fr}");
        // An argument missing: the library's English rather than a hole.
        let bare = Diagnostic::error("time.invalid", "not a time");
        assert_eq!(bare.worded(Language::French).message, "not a time");
    }
}
