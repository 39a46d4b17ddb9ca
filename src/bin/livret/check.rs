//! `livret check`: every mistake and warning, nothing written.

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
            report::draw(file, &input.text, &loaded.warnings);
            let programme = loaded.output;
            let slots: usize = programme.days.iter().map(|d| d.slots.len()).sum();
            let days = programme.days.len();
            let plural = |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
            println!("{} is correct: {}, {}.", file.display(), plural(days, "day"), plural(slots, "slot"));
            ExitCode::SUCCESS
        }
        Err(diags) => {
            report::draw(file, &input.text, &diags);
            ExitCode::FAILURE
        }
    }
}
