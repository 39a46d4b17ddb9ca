//! `livret export FORMAT`: the programme as a calendar (`ics`), as plain
//! text for an e-mail (`text`) or as Markdown (`markdown`), on standard
//! output or, with `-o`, into a file replaced atomically. On any error
//! nothing is written.

use std::process::ExitCode;

use livret::export::Format;

use crate::args::{ExportArgs, ExportFormat};
use crate::i18n::t;
use crate::{input, report};

/// Run `livret export`.
pub fn run(args: &ExportArgs) -> ExitCode {
    let file = args.programme.file.as_path();
    if let Some(out) = &args.output
        && matches!((file.canonicalize(), out.canonicalize()), (Ok(a), Ok(b)) if a == b)
    {
        eprintln!("{}", t("output-is-input", &[("file", crate::report::shown(out))]));
        eprintln!("  = {}", t("hint-other-export", &[("ext", format(args.format).extension().to_string())]));
        return ExitCode::from(2);
    }
    let Some(input) = input::read(file) else {
        return ExitCode::FAILURE;
    };
    let loaded = match livret::load(&input.text, &input.base()) {
        Ok(l) => l,
        Err(diags) => {
            report::draw(file, &input.text, &diags);
            match &args.output {
                Some(out) => eprintln!("{}", t("nothing-written", &[("file", crate::report::shown(out))])),
                None => eprintln!("{}", t("nothing-written-at-all", &[])),
            }
            return ExitCode::FAILURE;
        }
    };
    report::draw(file, &input.text, &loaded.warnings);
    let text = livret::export::export(&loaded.output, format(args.format));
    match &args.output {
        None => report::print_output(&text),
        Some(path) => match livret::output::write_atomic(path, text.as_bytes()) {
            Ok(()) => {
                report::say(&t("export-wrote", &[("file", crate::report::shown(path))]));
                ExitCode::SUCCESS
            }
            Err(e) => {
                crate::report::cannot_write(path, &e.cause);
                eprintln!("  = {}", t("previous-unchanged", &[]));
                ExitCode::FAILURE
            }
        },
    }
}

/// The library's format for the command line's.
fn format(f: ExportFormat) -> Format {
    match f {
        ExportFormat::Ics => Format::Ics,
        ExportFormat::Text => Format::Text,
        ExportFormat::Markdown => Format::Markdown,
    }
}
