//! `livret build`: the brochure, written atomically; on any error nothing
//! is written and the previous PDF stays as it was.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use crate::args::BuildArgs;
use crate::{input, report};

/// Run `livret build`.
pub fn run(args: &BuildArgs) -> ExitCode {
    let start = Instant::now();
    let (file, output) = (args.programme.file.as_path(), args.output.as_path());
    if same_file(file, output) {
        eprintln!("error: the output {} is the programme file itself; it was left untouched", output.display());
        eprintln!("  = hint: give the PDF another name, e.g. -o out/programme.pdf");
        return ExitCode::from(2);
    }
    let Some(input) = input::read(file) else {
        return ExitCode::FAILURE;
    };
    let options = livret::Options {
        source_date_epoch: std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse().ok()),
        ..livret::Options::default()
    };
    match livret::build(&input.text, &input.base(), &options) {
        Ok(out) => {
            report::draw(file, &input.text, &out.warnings);
            let out = out.output;
            if let Err(e) = livret::output::write_atomic(output, &out.pdf) {
                eprintln!("error: cannot write {}: {e}", output.display());
                eprintln!("  = note: the previous PDF, if any, is unchanged");
                return ExitCode::FAILURE;
            }
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            let kb = out.pdf.len() as f64 / 1024.0;
            let pages = if out.pages == 1 { "page" } else { "pages" };
            println!("Wrote {} — {} {pages}, {kb:.0} KB, in {ms:.0} ms", output.display(), out.pages);
            ExitCode::SUCCESS
        }
        Err(diags) => {
            report::draw(file, &input.text, &diags);
            eprintln!("note: nothing was written; {} is unchanged", output.display());
            ExitCode::FAILURE
        }
    }
}

/// Whether the output would overwrite the programme itself.
fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}
