//! `livret export FORMAT`: the programme as a calendar (`ics`), as plain
//! text for an e-mail (`text`) or as Markdown (`markdown`), on standard
//! output or, with `-o`, into a file replaced atomically. On any error
//! nothing is written.

use std::io::Write;
use std::process::ExitCode;

use livret::export::Format;

use crate::args::{ExportArgs, ExportFormat};
use crate::{input, report};

/// Run `livret export`.
pub fn run(args: &ExportArgs) -> ExitCode {
    let file = args.programme.file.as_path();
    if let Some(out) = &args.output
        && matches!((file.canonicalize(), out.canonicalize()), (Ok(a), Ok(b)) if a == b)
    {
        eprintln!("error: the output {} is the programme file itself; it was left untouched", out.display());
        eprintln!("  = hint: give the export another name, e.g. -o out/programme.{}", format(args.format).extension());
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
                Some(out) => eprintln!("note: nothing was written; {} is unchanged", out.display()),
                None => eprintln!("note: nothing was written"),
            }
            return ExitCode::FAILURE;
        }
    };
    report::draw(file, &input.text, &loaded.warnings);
    let text = livret::export::export(&loaded.output, format(args.format));
    match &args.output {
        None => {
            // Written at once; a closed pipe (`| head`) is not an error
            // worth a message.
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: cannot write to standard output: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(path) => match livret::output::write_atomic(path, text.as_bytes()) {
            Ok(()) => {
                println!("Wrote {}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", path.display());
                eprintln!("  = note: the previous file, if any, is unchanged");
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
