//! Every flag of every subcommand, declared once: the arguments several
//! subcommands share (the programme file, the output) are their own
//! structs, flattened where they are used (typst-cli's `args.rs`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turn an event programme written in TOML into a print-ready PDF brochure.
#[derive(Parser)]
#[command(
    name = "livret",
    version,
    about = "Turn an event programme (programme.toml) into a print-ready PDF brochure.",
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  livret build                      read programme.toml, write out/programme.pdf\n  livret journees.toml              build that file (what dropping it on livret does)\n  livret build journees.toml -o journees.pdf\n  livret check                      only look for mistakes, write nothing\n  livret export ics -o out/programme.ics   the calendar, one event a slot\n\nThe file format is described in docs/format.md."
)]
pub struct Cli {
    /// The language of the messages (default: from LANG, French when it
    /// starts with fr).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<crate::i18n::Lang>,
    /// A programme to build, without a subcommand: what Windows passes
    /// when a file is dropped on livret.exe. The PDF goes in `out/` beside
    /// it.
    pub file: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Subcommand)]
pub enum Command {
    /// Build the PDF brochure. If anything is wrong, nothing is written and
    /// the previous PDF is left as it was.
    Build(BuildArgs),
    /// Build, then build again every time the programme (or a logo or font
    /// it uses) is saved, until Ctrl-C. A mistake is shown and the last
    /// good PDF stays.
    Watch(WatchArgs),
    /// Check the programme for mistakes and print warnings; writes nothing.
    Check(CheckArgs),
    /// Print the positioned layout as text (for debugging and tests).
    Dump(DumpArgs),
    /// Say what changed between two versions of a programme, in the
    /// event's language, ready to paste into an e-mail.
    Diff(DiffArgs),
    /// Export the programme: a calendar to import or subscribe to (ics),
    /// plain text for the body of an e-mail (text), or Markdown. Printed
    /// on standard output, or written to -o PATH; if anything is wrong,
    /// nothing is written.
    Export(ExportArgs),
    /// Write a commented starter programme.toml (and a stand-in logo) in a
    /// folder, to fill in.
    Init(InitArgs),
    /// Print shell completions (bash, zsh, fish, powershell, elvish) or
    /// the man page (man).
    Completions(CompletionsArgs),
    /// Print the JSON Schema of programme.toml, for editors that check and
    /// complete TOML (VS Code with Even Better TOML, other taplo-based
    /// editors): save it as programme.schema.json beside the programme.
    Schema,
}

/// The programme file, for every subcommand that reads one.
#[derive(Args)]
pub struct ProgrammeArg {
    /// The programme file.
    #[arg(default_value = "programme.toml")]
    pub file: PathBuf,
}

/// `livret build`.
#[derive(Args)]
pub struct BuildArgs {
    /// The programme.
    #[command(flatten)]
    pub programme: ProgrammeArg,
    /// What to make, and where.
    #[command(flatten)]
    pub editions: EditionArgs,
    /// Also print, for the booklet, which pages each side of each sheet
    /// carries (to check a test print).
    #[arg(long)]
    pub sheets: bool,
}

impl BuildArgs {
    /// `livret FILE`: the file's editions in `out/` beside it.
    pub fn dropped(file: PathBuf) -> BuildArgs {
        let folder = file.parent().map(std::path::Path::to_path_buf).unwrap_or_default();
        let stem = file.file_stem().map_or_else(|| "programme".into(), |s| s.to_string_lossy().into_owned());
        BuildArgs {
            programme: ProgrammeArg { file },
            editions: EditionArgs {
                output: Some(folder.join("out").join(format!("{stem}.pdf"))),
                profiles: Vec::new(),
                all: false,
                stamp: false,
            },
            sheets: false,
        }
    }
}

/// The editions to make and where they go: `build` and `watch`.
#[derive(Args)]
pub struct EditionArgs {
    /// Where to write the PDF. Other editions go next to it, with a
    /// suffix (programme-livret.pdf); with one --profile, exactly here.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// The editions to make: standard (to read and e-mail), booklet (A5,
    /// to fold), photocopy (black and white), print-shop (bleed and crop
    /// marks). May be given more than once. Default: [output] profiles in
    /// the programme, else standard.
    #[arg(long = "profile", value_name = "NAME", value_parser = parse_profile)]
    pub profiles: Vec<livret::Profile>,
    /// Make every edition.
    #[arg(long, conflicts_with = "profiles")]
    pub all: bool,
    /// Print "updated" with the date and time of this build (the event's
    /// time zone), without changing the file.
    #[arg(long)]
    pub stamp: bool,
}

/// `livret watch`.
#[derive(Args)]
pub struct WatchArgs {
    /// The programme.
    #[command(flatten)]
    pub programme: ProgrammeArg,
    /// What to make, and where.
    #[command(flatten)]
    pub editions: EditionArgs,
}

/// The default output.
pub const DEFAULT_OUTPUT: &str = "out/programme.pdf";

fn parse_profile(s: &str) -> Result<livret::Profile, String> {
    livret::Profile::from_name(s).ok_or_else(|| {
        let names: Vec<&str> = livret::Profile::ALL.iter().map(|p| p.name()).collect();
        crate::i18n::t("unknown-profile", &[("name", s.to_owned()), ("names", names.join(", "))])
    })
}

/// `livret check`.
#[derive(Args)]
pub struct CheckArgs {
    /// The programme.
    #[command(flatten)]
    pub programme: ProgrammeArg,
    /// Exit with status 1 when there are warnings too (for CI).
    #[arg(long)]
    pub strict: bool,
}

/// `livret dump`.
#[derive(Args)]
pub struct DumpArgs {
    /// The programme.
    #[command(flatten)]
    pub programme: ProgrammeArg,
}

/// `livret diff`.
#[derive(Args)]
pub struct DiffArgs {
    /// The version before the changes.
    pub old: PathBuf,
    /// The version after.
    pub new: PathBuf,
    /// Plain text (for an e-mail) or Markdown.
    #[arg(long, value_enum, default_value = "text")]
    pub format: DiffFormat,
}

/// How `livret diff` prints.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum DiffFormat {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
}

/// `livret export`.
#[derive(Args)]
pub struct ExportArgs {
    /// What to make: ics (a calendar, one event a slot), text (plain
    /// text wrapped at 72 columns, for an e-mail) or markdown.
    #[arg(value_enum)]
    pub format: ExportFormat,
    /// The programme.
    #[command(flatten)]
    pub programme: ProgrammeArg,
    /// Where to write the export (replaced atomically). Default: standard
    /// output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// What `livret export` makes.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    /// An iCalendar file (.ics): one event a slot, times in UTC.
    Ics,
    /// Plain text for the body of an e-mail.
    Text,
    /// The same content as Markdown.
    Markdown,
}

/// `livret init`.
#[derive(Args)]
pub struct InitArgs {
    /// The folder (created if needed).
    #[arg(default_value = ".")]
    pub folder: PathBuf,
}

/// `livret completions`.
#[derive(Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell, elvish, or man for the man page.
    pub shell: String,
}
