//! The library's words in French and English, from Fluent catalogues
//! (`fr.ftl`, `en.ftl`): the diagnostics' French wording (their English
//! is the library's own sentence, kept beside the data), the change
//! summary of `diff`, the words a screen reader says for links, what each
//! edition's PDF is for. Programs built on the library (the command, the
//! editor) word diagnostics through [`crate::diagnostic::Diagnostic::worded`].

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::model::Language;

static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();

/// The two catalogues, French first.
pub(crate) const CATALOGUES: [(&str, &str); 2] = [("fr", include_str!("fr.ftl")), ("en", include_str!("en.ftl"))];

fn bundles() -> &'static [FluentBundle<FluentResource>; 2] {
    BUNDLES.get_or_init(|| {
        CATALOGUES.map(|(tag, text)| {
            let id: unic_langid::LanguageIdentifier = tag.parse().expect("a valid language tag");
            let mut b = FluentBundle::new_concurrent(vec![id]);
            // No Unicode isolation marks around values: they would reach
            // the terminal and the PDF's metadata.
            b.set_use_isolating(false);
            // A message that does not parse is left out (the tests make
            // sure none is).
            let res = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, _)| res);
            let _ = b.add_resource(res);
            b
        })
    })
}

fn bundle(lang: Language) -> &'static FluentBundle<FluentResource> {
    &bundles()[usize::from(lang == Language::English)]
}

/// The message `id` (with an attribute, `id.attr`) in `lang`, worded with
/// `args`, if the catalogue has it and every argument it uses is given.
pub(crate) fn lookup(lang: Language, id: &str, attr: Option<&str>, args: &[(&str, &str)]) -> Option<String> {
    let b = bundle(lang);
    let msg = b.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        // Numbers as numbers, so that plural forms choose right; sizes in
        // the language's units.
        match v.parse::<i64>() {
            // Only a number written as Fluent writes it back: `007` or a
            // title `1000` stay as typed.
            Ok(n) if n.to_string() == *v => fa.set(*k, FluentValue::from(n)),
            _ => match (lang == Language::French).then(|| french_size(v)).flatten() {
                Some(size) => fa.set(*k, FluentValue::from(size)),
                None => fa.set(*k, FluentValue::from(*v)),
            },
        }
    }
    let mut errors = Vec::new();
    let s = b.format_pattern(pattern, Some(&fa), &mut errors);
    errors.is_empty().then(|| s.into_owned())
}

/// The library's own message `id` in `lang`: it is in both catalogues
/// (a test makes sure), so a missing one is a bug, shown as its id.
pub(crate) fn say(lang: Language, id: &str, args: &[(&str, &str)]) -> String {
    lookup(lang, id, None, args).unwrap_or_else(|| format!("[{id}]"))
}

/// A file size as the library words it (`2.5 MB`, `12 KB`) in French
/// units (`2,5 Mo`, `12 Ko`); `None` for any other value.
pub(crate) fn french_size(v: &str) -> Option<String> {
    let (n, unit) = v.split_once(' ')?;
    let unit = match unit {
        "MB" => "Mo",
        "KB" => "Ko",
        _ => return None,
    };
    n.parse::<f64>().ok()?;
    Some(format!("{} {unit}", n.replace('.', ",")))
}

/// The identifiers of a catalogue's messages.
#[cfg(test)]
pub(crate) fn ids(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| !l.starts_with([' ', '#', '.']) && l.contains(" = "))
        .filter_map(|l| l.split(" = ").next())
        .map(str::trim)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_catalogues_parse_and_have_the_same_library_words() {
        for (tag, text) in CATALOGUES {
            assert!(FluentResource::try_new(text.to_owned()).is_ok(), "{tag}.ftl does not parse");
        }
        // The English catalogue holds the library's own words (diff,
        // links, purposes); each is in French too.
        let fr = ids(CATALOGUES[0].1);
        for id in ids(CATALOGUES[1].1) {
            assert!(fr.contains(&id), "fr.ftl lacks {id}");
        }
    }

    #[test]
    fn sizes_are_worded_in_french_units() {
        assert_eq!(french_size("2.5 MB").as_deref(), Some("2,5 Mo"));
        assert_eq!(french_size("12 KB").as_deref(), Some("12 Ko"));
        assert_eq!(french_size("Ana Lopes"), None);
        assert_eq!(french_size("beaucoup MB"), None);
    }
}
