//! `livret init`: a commented starter programme to fill in; `livret
//! completions`: shell completions and the man page, from the same clap
//! definitions as the command.

use std::path::Path;
use std::process::ExitCode;

use crate::args::{CompletionsArgs, InitArgs};
use crate::i18n::t;

/// The starter programme, in French like the seed (its comments say how
/// to fill it in).
const STARTER: &str = include_str!("starter/programme.toml");
/// A stand-in logo the starter points at.
const LOGO: &str = include_str!("starter/logo.svg");

/// Run `livret init`.
pub fn run(args: &InitArgs) -> ExitCode {
    let file = args.folder.join("programme.toml");
    let logo = args.folder.join("assets/logo.svg");
    // Named by the starter's `#:schema` line: editors check and complete
    // the file with it.
    let schema = args.folder.join("programme.schema.json");
    for f in [&file, &logo] {
        if f.exists() {
            eprintln!("{}", t("init-exists", &[("file", crate::report::shown(f))]));
            return ExitCode::FAILURE;
        }
    }
    let write = |path: &Path, text: &str| livret::output::write_atomic(path, text.as_bytes());
    let schema_text = livret::schema();
    let files = [(&file, STARTER), (&logo, LOGO)]
        .into_iter()
        .chain((!schema.exists()).then_some((&schema, schema_text.as_str())));
    for (path, text) in files {
        if let Err(e) = write(path, text) {
            crate::report::cannot_write(path, &e.cause);
            return ExitCode::FAILURE;
        }
    }
    crate::report::say(&t(
        "init-wrote",
        &[("file", crate::report::shown(&file)), ("logo", crate::report::shown(&logo))],
    ));
    ExitCode::SUCCESS
}

/// Run `livret completions`.
pub fn completions(args: &CompletionsArgs) -> ExitCode {
    use clap_complete::Shell;
    let mut cmd = crate::help::command();
    // Made in memory, then printed: clap_complete panics when standard
    // output fails (a full disk), and a closed pipe is no error.
    let mut out = Vec::new();
    let shell = match args.shell.as_str() {
        "man" => {
            return match clap_mangen::Man::new(cmd).render(&mut out) {
                Ok(()) => crate::report::print_bytes(&out),
                Err(_) => ExitCode::FAILURE,
            };
        }
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        "fish" => Shell::Fish,
        "powershell" => Shell::PowerShell,
        "elvish" => Shell::Elvish,
        other => {
            eprintln!("{}", t("unknown-shell", &[("shell", other.to_owned())]));
            return ExitCode::from(2);
        }
    };
    clap_complete::generate(shell, &mut cmd, "livret", &mut out);
    crate::report::print_bytes(&out)
}
