//! `livret dump`: the positioned layout as text, the form golden tests
//! compare.

use std::process::ExitCode;

use crate::args::DumpArgs;
use crate::input;

/// Run `livret dump`.
pub fn run(args: &DumpArgs) -> ExitCode {
    let file = args.programme.file.as_path();
    let Some((_, loaded)) = input::load(file) else {
        return ExitCode::FAILURE;
    };
    let programme = loaded.output;
    let fonts = livret::text::Fonts::new(&programme.theme.fonts);
    let doc = livret::layout::lay_out(&programme, &fonts, livret::profile::Profile::Standard).output;
    crate::report::print_output(&livret::layout::dump::dump(&doc, &fonts))
}
