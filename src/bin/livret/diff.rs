//! `livret diff OLD NEW`: the change summary to send round.

use std::process::ExitCode;

use crate::args::{DiffArgs, DiffFormat};
use crate::input;

/// Run `livret diff`.
pub fn run(args: &DiffArgs) -> ExitCode {
    let mut programmes = Vec::new();
    for file in [&args.old, &args.new] {
        let Some((_, loaded)) = input::load(file) else {
            return ExitCode::FAILURE;
        };
        programmes.push(loaded.output);
    }
    let (old, new) = (&programmes[0], &programmes[1]);
    let changes = livret::diff::changes(old, new);
    let style = match args.format {
        DiffFormat::Text => livret::diff::Style::Text,
        DiffFormat::Markdown => livret::diff::Style::Markdown,
    };
    crate::report::print_output(&livret::diff::render(new, &changes, style))
}
