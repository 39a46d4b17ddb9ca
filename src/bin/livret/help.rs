//! `--help` in the user's language. The English help is the doc comments
//! of [`crate::args`] (clap reads them); in French every command, argument
//! and heading is reworded from the catalogue (`help-…` messages of
//! `messages/fr.ftl`), found by the command's name and the argument's id,
//! so a flag added without its French help fails a test, not a user.

use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::args::Cli;
use crate::i18n::{self, Lang};

/// The language asked with `--lang` on the command line, read before clap
/// parses it, since the help clap prints must already be in it.
pub fn lang_flag() -> Option<Lang> {
    // `args_os`: a file name that is not UTF-8 (from an old zip or USB
    // key) must reach clap, not panic here (`std::env::args` does).
    let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let value = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=").map(str::to_owned).or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned())?)
    })?;
    match value.as_str() {
        "fr" => Some(Lang::Fr),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// The command line's definition, its help in the chosen language.
pub fn command() -> Command {
    let cmd = Cli::command();
    match i18n::lang() {
        Lang::En => cmd,
        Lang::Fr => french(cmd, None),
    }
}

/// `cmd` (the subcommand `sub`, or the top) with its help in French.
fn french(mut cmd: Command, sub: Option<&str>) -> Command {
    let name = sub.unwrap_or("livret");
    if let Some(about) = i18n::french_help(&format!("help-cmd-{name}")) {
        cmd = cmd.about(about.clone()).long_about(about);
    }
    if sub.is_none() {
        cmd = cmd
            .after_help(i18n::french_help("help-examples").unwrap_or_default())
            .disable_version_flag(true)
            .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help("Afficher la version"));
    }
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        let text =
            i18n::french_help(&format!("help-{name}-{id}")).or_else(|| i18n::french_help(&format!("help-arg-{id}")));
        if id == "version" {
            continue;
        }
        cmd = cmd.mut_arg(&id, |a| {
            // clap's "[default: …]" and "Possible values:" are English:
            // the French help says them in its own words.
            let a =
                if a.get_action().takes_values() { a.hide_default_value(true).hide_possible_values(true) } else { a };
            let a = match french_value_name(&id) {
                Some(v) => a.value_name(v),
                None => a,
            };
            match &text {
                Some(t) => a.help(t.clone()).long_help(t.clone()),
                None => a,
            }
        });
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for s in subs {
        cmd = cmd.mut_subcommand(&s, |c| french(c, Some(&s)));
    }
    let mut cmd = cmd
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help("Afficher l’aide"))
        .help_template("{before-help}{about-with-newline}\nUtilisation : {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("Commandes")
        .subcommand_value_name("COMMANDE");
    if sub.is_none() {
        // clap adds its `help` command when the definition is built: build
        // it now, so that its line can be reworded too.
        cmd.build();
        cmd = cmd.mut_subcommand("help", |h| {
            h.about("Affiche cette aide, ou celle d’une commande (livret help build)")
                .help_template("{before-help}{about-with-newline}\nUtilisation : {usage}\n\n{all-args}{after-help}")
        });
    }
    cmd
}

/// A mistake on the command line, said in French (clap's own words are
/// English), with the usage line, then exit 2; help and version requests
/// are printed as they are.
pub fn exit_on(e: clap::Error) -> ! {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if i18n::lang() == Lang::En
        || matches!(
            e.kind(),
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        e.exit()
    }
    let get = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let (arg, value) = (get(ContextKind::InvalidArg), get(ContextKind::InvalidValue));
    let message = match e.kind() {
        ErrorKind::UnknownArgument => format!("erreur : option inconnue « {arg} »"),
        ErrorKind::InvalidValue => {
            let valid = get(ContextKind::ValidValue);
            let valid = if valid.is_empty() { String::new() } else { format!(" (valeurs possibles : {valid})") };
            format!("erreur : « {value} » n’est pas une valeur possible pour {arg}{valid}")
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(&e).map(|s| format!(" : {s}")).unwrap_or_default();
            format!("erreur : valeur refusée pour {arg}{why}")
        }
        ErrorKind::MissingRequiredArgument => format!("erreur : il manque {arg}"),
        ErrorKind::InvalidSubcommand => format!("erreur : « {arg} » n’est pas une commande de livret"),
        ErrorKind::ArgumentConflict if !arg.is_empty() => {
            format!("erreur : {arg} ne peut pas être donné avec {}", get(ContextKind::PriorArg))
        }
        // A command after an option of the top level: `livret --lang fr
        // check` (the option goes after the command).
        ErrorKind::ArgumentConflict => {
            "erreur : les options s’écrivent après la commande (livret check --lang fr)".to_owned()
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("erreur : nombre de valeurs incorrect pour {arg}")
        }
        ErrorKind::NoEquals | ErrorKind::InvalidUtf8 | ErrorKind::MissingSubcommand => {
            "erreur : ligne de commande incorrecte".to_owned()
        }
        _ => "erreur : ligne de commande incorrecte".to_owned(),
    };
    eprintln!("{message}");
    // clap's usage line, its heading in French.
    let rendered = e.render().to_string();
    if let Some(usage) = rendered.lines().find_map(|l| l.strip_prefix("Usage: ")) {
        eprintln!("\nUtilisation : {usage}");
    }
    eprintln!("\nPour en savoir plus : livret --help");
    std::process::exit(2)
}

/// The placeholder shown for an argument's value (`-o <CHEMIN>`).
fn french_value_name(id: &str) -> Option<&'static str> {
    Some(match id {
        "file" => "FICHIER",
        "output" => "CHEMIN",
        "profiles" => "ÉDITION",
        "lang" => "LANGUE",
        "folder" => "DOSSIER",
        "old" => "ANCIEN",
        "new" => "NOUVEAU",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument (but `help` and `version`, worded here)
    /// of `cmd` without its French help.
    fn missing(cmd: &Command, sub: Option<&str>, out: &mut Vec<String>) {
        let name = sub.unwrap_or("livret");
        if i18n::french_help(&format!("help-cmd-{name}")).is_none() {
            out.push(format!("help-cmd-{name}"));
        }
        for a in cmd.get_arguments() {
            let id = a.get_id().as_str();
            if ["help", "version"].contains(&id) {
                continue;
            }
            let found = i18n::french_help(&format!("help-{name}-{id}")).is_some()
                || i18n::french_help(&format!("help-arg-{id}")).is_some();
            if !found {
                out.push(format!("help-{name}-{id} (or help-arg-{id})"));
            }
        }
        for s in cmd.get_subcommands() {
            missing(s, Some(s.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_french_help() {
        let mut out = Vec::new();
        missing(&Cli::command(), None, &mut out);
        assert!(out.is_empty(), "messages/fr.ftl lacks: {}", out.join(", "));
    }

    #[test]
    fn the_french_help_is_french_and_parses_as_the_english() {
        let mut cmd = french(Cli::command(), None);
        let help = cmd.render_long_help().to_string();
        assert!(help.contains("Utilisation : livret"), "{help}");
        assert!(help.contains("Commandes"), "{help}");
        assert!(!help.contains("Print help"), "{help}");
        let build = cmd.find_subcommand_mut("build").expect("build").render_long_help().to_string();
        assert!(build.contains("Où écrire le PDF"), "{build}");
        // The same command line means the same thing in both languages.
        let line = ["livret", "build", "x.toml", "--profile", "booklet", "-o", "y.pdf"];
        let fr = french(Cli::command(), None).try_get_matches_from(line).expect("parses");
        let en = Cli::command().try_get_matches_from(line).expect("parses");
        let sub = |m: &clap::ArgMatches| {
            let (n, s) = m.subcommand().expect("a subcommand");
            (n.to_owned(), s.get_one::<std::path::PathBuf>("output").cloned())
        };
        assert_eq!(sub(&fr), sub(&en));
    }
}
