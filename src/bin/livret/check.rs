//! `livret check`: every mistake, every warning and the preflight (what
//! will embarrass once printed), nothing written. `--strict` fails on
//! warnings too.

use std::process::ExitCode;

use crate::args::CheckArgs;
use crate::{input, report};

/// Run `livret check`.
pub fn run(args: &CheckArgs) -> ExitCode {
    let file = args.programme.file.as_path();
    let Some(input) = input::read(file) else {
        return ExitCode::FAILURE;
    };
    match livret::load(&input.text, &input.base()) {
        Ok(loaded) => {
            let programme = loaded.output;
            let mut warnings = loaded.warnings;
            let fonts = livret::text::Fonts::new(&programme.theme.fonts);
            for d in livret::preflight::check(&programme, &input.text, &fonts) {
                warnings.push(d);
            }
            warnings.sort();
            report::draw(file, &input.text, &warnings);
            let slots: usize = programme.days.iter().map(|d| d.slots.len()).sum();
            let days = programme.days.len();
            let plural = |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
            let n = warnings.iter().count();
            if n > 0 {
                println!(
                    "{} is correct: {}, {}; {} to look at.",
                    file.display(),
                    plural(days, "day"),
                    plural(slots, "slot"),
                    plural(n, "warning")
                );
            } else {
                println!("{} is correct: {}, {}.", file.display(), plural(days, "day"), plural(slots, "slot"));
            }
            if args.strict && n > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
        }
        Err(diags) => {
            report::draw(file, &input.text, &diags);
            ExitCode::FAILURE
        }
    }
}
