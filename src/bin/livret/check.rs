//! `livret check`: every mistake, every warning and the preflight (what
//! will embarrass once printed), nothing written. `--strict` fails on
//! warnings too.

use std::process::ExitCode;

use crate::args::CheckArgs;
use crate::i18n::t;
use crate::{input, report};

/// Run `livret check`.
pub fn run(args: &CheckArgs) -> ExitCode {
    let file = args.programme.file.as_path();
    let Some((input, loaded)) = input::load(file) else {
        return ExitCode::FAILURE;
    };
    let programme = loaded.output;
    let mut warnings = loaded.warnings;
    for d in livret::preflight(&programme, &input.text) {
        warnings.push(d);
    }
    warnings.sort();
    report::draw(file, &input.text, &warnings);
    let slots: usize = programme.days.iter().map(|d| d.slots.len()).sum();
    let days = programme.days.len();
    let n = warnings.iter().count();
    let mut words =
        vec![("file", crate::report::shown(file)), ("days", days.to_string()), ("slots", slots.to_string())];
    if n > 0 {
        words.push(("warnings", n.to_string()));
        crate::report::say(&t("correct-with-warnings", &words));
    } else {
        crate::report::say(&t("correct", &words));
    }
    if args.strict && n > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
