//! The command's messages in the user's language, from Fluent catalogues
//! (`messages/fr.ftl`, `messages/en.ftl`): French when `LC_ALL`,
//! `LC_MESSAGES` or `LANG` start with `fr` (or `--lang fr`; on Windows,
//! when its menus are in French), English otherwise. The library's
//! diagnostics are worded by the library itself, in the language chosen
//! here (`Diagnostic::worded`, its catalogues in `src/locale/`).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
}

static LANG: OnceLock<Lang> = OnceLock::new();
static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();

/// Choose the language: `flag` (`--lang`), else the environment.
pub fn init(flag: Option<Lang>) {
    let lang = flag.unwrap_or_else(|| {
        let env = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
            .or_else(system_language)
            .unwrap_or_default();
        if env.to_ascii_lowercase().starts_with("fr") { Lang::Fr } else { Lang::En }
    });
    let _ = LANG.set(lang);
}

/// Windows sets no `LANG`: the language of its menus (`fr` for any French,
/// `en` otherwise) stands in.
#[cfg(windows)]
fn system_language() -> Option<String> {
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn GetUserDefaultUILanguage() -> u16;
    }
    // SAFETY: takes nothing, returns a language id; no memory is shared.
    let id = unsafe { GetUserDefaultUILanguage() };
    // The low 10 bits are the primary language; 0x0C is French.
    Some(if id & 0x3FF == 0x0C { "fr" } else { "en" }.to_owned())
}

#[cfg(not(windows))]
fn system_language() -> Option<String> {
    None
}

/// The language chosen.
pub fn lang() -> Lang {
    *LANG.get().unwrap_or(&Lang::En)
}

/// The language chosen, as the library names it (for its diagnostics).
pub fn language() -> livret::model::Language {
    match lang() {
        Lang::Fr => livret::model::Language::French,
        Lang::En => livret::model::Language::English,
    }
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 2] {
    BUNDLES.get_or_init(|| {
        let make = |tag: &str, text: &'static str| {
            let id: unic_langid::LanguageIdentifier = tag.parse().expect("a valid language tag");
            let mut b = FluentBundle::new_concurrent(vec![id]);
            // No Unicode isolation marks around values: they would show as
            // escapes in the terminal.
            b.set_use_isolating(false);
            // A message that does not parse is left out (the tests make
            // sure none is): its English wording is used instead.
            let res = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, _)| res);
            let _ = b.add_resource(res);
            b
        };
        [make("en", include_str!("messages/en.ftl")), make("fr", include_str!("messages/fr.ftl"))]
    })
}

fn bundle() -> &'static FluentBundle<FluentResource> {
    &bundles()[usize::from(lang() == Lang::Fr)]
}

fn fluent_args<'a>(args: &'a [(&str, String)]) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in args {
        // Numbers as numbers, so that plural forms choose right.
        match v.parse::<i64>() {
            Ok(n) => a.set(*k, FluentValue::from(n)),
            Err(_) => a.set(*k, FluentValue::from(v.as_str())),
        }
    }
    a
}

/// `x` with `places` decimals, its decimal mark the language's: `6.8` in
/// English, `6,8` in French.
pub fn decimal(x: f64, places: usize) -> String {
    decimal_in(lang(), x, places)
}

fn decimal_in(lang: Lang, x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    if lang == Lang::Fr { s.replace('.', ",") } else { s }
}

/// The message `id` (with an attribute, `id.attr`) worded with `args`, if
/// the catalogue of the language has it.
pub fn lookup(id: &str, attr: Option<&str>, args: &[(&str, String)]) -> Option<String> {
    let b = bundle();
    let msg = b.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut errors = Vec::new();
    let fa = fluent_args(args);
    let s = b.format_pattern(pattern, Some(&fa), &mut errors);
    errors.is_empty().then(|| s.into_owned())
}

/// The French help text `id` (`help-cmd-build`, `help-arg-output`), if
/// the French catalogue has it: the English help is clap's, from the doc
/// comments, so these are in `fr.ftl` only.
pub fn french_help(id: &str) -> Option<String> {
    let b = &bundles()[1];
    let msg = b.get_message(id)?;
    let mut errors = Vec::new();
    let s = b.format_pattern(msg.value()?, None, &mut errors);
    errors.is_empty().then(|| s.into_owned())
}

/// The command's own message `id`: it is in both catalogues.
pub fn t(id: &str, args: &[(&str, String)]) -> String {
    lookup(id, None, args).unwrap_or_else(|| format!("[{id}]"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_catalogues_have_every_message_of_the_command() {
        let ids = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| !l.starts_with([' ', '#', '.']) && l.contains(" = "))
                .map(|l| l.split(" = ").next().unwrap_or("").trim().to_owned())
                .collect()
        };
        let en = ids(include_str!("messages/en.ftl"));
        let fr = ids(include_str!("messages/fr.ftl"));
        for id in &en {
            assert!(fr.contains(id), "messages/fr.ftl lacks {id}");
        }
        // Both parse whole, with no error in any message.
        for text in [include_str!("messages/en.ftl"), include_str!("messages/fr.ftl")] {
            assert!(FluentResource::try_new(text.to_owned()).is_ok(), "a catalogue does not parse");
        }
        for b in bundles() {
            for id in &en {
                let msg = b.get_message(id).unwrap_or_else(|| panic!("{id}"));
                let mut errors = Vec::new();
                let _ = b.format_pattern(msg.value().unwrap(), None, &mut errors);
            }
        }
    }

    #[test]
    fn decimals_take_the_language_s_mark() {
        assert_eq!(decimal_in(Lang::Fr, 6.84, 1), "6,8");
        assert_eq!(decimal_in(Lang::En, 6.84, 1), "6.8");
        assert_eq!(decimal_in(Lang::Fr, 19.0, 1), "19,0");
    }
}
