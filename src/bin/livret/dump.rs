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
    crate::report::print_output(&livret::dump(&loaded.output))
}
