//! The `livret` command. This file only sets the process up (allocator,
//! panic message) and hands each subcommand to its own module; the flags
//! are declared in [`args`], diagnostics are drawn by [`report`].

mod args;
mod build;
mod check;
mod console;
mod diff;
mod dump;
mod export;
mod help;
mod i18n;
mod init;
mod input;
mod report;
mod watch;

use std::process::ExitCode;

use clap::FromArgMatches;

use args::{Cli, Command};

/// mimalloc keeps memory compact when the typesetting and PDF threads
/// allocate at once (glibc gives each thread an arena of its own).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Tell mimalloc never to hand freed memory back to the system. A build is
/// short: returning pages costs system calls now and page faults when they
/// are used again, and at exit mimalloc returned every page one call at a
/// time (~80 `madvise` calls, 0.3 ms of the seed's build). Peak memory is
/// unchanged within noise (10 × 40 days: docs/performance.md).
fn keep_freed_memory() {
    // mimalloc.h: `mi_option_purge_delay` comes right before
    // `mi_option_use_numa_nodes` (16); libmimalloc-sys does not name it.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = libmimalloc_sys::mi_option_use_numa_nodes - 1;
    // SAFETY: `mi_option_set` is not thread-safe; this runs first in
    // `main`, before livret starts any thread, and changes a plain option.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
}

fn main() -> ExitCode {
    keep_freed_memory();
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: livret stopped on an internal error (this is a bug in livret, not in your file): {info}");
        eprintln!("note: nothing was written; your previous PDF is untouched.");
    }));
    // The language first: clap prints the help in it.
    i18n::init(help::lang_flag());
    let cli = match help::command().try_get_matches().and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => cli,
        Err(e) => help::exit_on(e),
    };
    // Double-clicked or dropped on in Explorer: the window closes when
    // livret ends, so the message waits for Enter.
    let window = console::own_window();
    let code = run(cli, window);
    if window {
        console::wait_for_enter();
    }
    code
}

fn run(cli: Cli, window: bool) -> ExitCode {
    let command = match (cli.command, cli.file) {
        (Some(c), _) => c,
        // A word that is no file and no .toml is a mistyped subcommand.
        (None, Some(file)) if !file.exists() && file.extension().is_none_or(|e| e != "toml") => {
            let word = report::shown(&file);
            // `livret --lang fr check`: a command after an option of the
            // top level is read as a file name by clap.
            let command = help::command().get_subcommands().any(|c| c.get_name() == word);
            let id = if command { "options-after-command" } else { "unknown-command" };
            eprintln!("{}", i18n::t(id, &[("word", word)]));
            return ExitCode::from(2);
        }
        (None, Some(file)) => Command::Build(args::BuildArgs::dropped(file)),
        // A double-click: the programme beside livret.exe.
        (None, None) if window => match console::programme_beside_program() {
            Some(file) => Command::Build(args::BuildArgs::dropped(file)),
            None => return ExitCode::from(1),
        },
        (None, None) => {
            let _ = help::command().print_help();
            return ExitCode::from(2);
        }
    };
    // Interrupted (Ctrl-C, the terminal closed, `kill`) while writing:
    // the half-written temporary files go, the last good PDF stays. `watch`
    // has its own handler, which lets the rebuild under way finish.
    if !matches!(command, Command::Watch(_)) {
        let _ = ctrlc::set_handler(|| {
            livret::output::remove_pending_and_exit(130, |cut| {
                eprintln!("{}", i18n::t(if cut { "interrupted" } else { "interrupted-after" }, &[]));
            })
        });
    }
    match command {
        Command::Build(a) => build::run(&a),
        Command::Watch(a) => watch::run(&a),
        Command::Check(a) => check::run(&a),
        Command::Dump(a) => dump::run(&a),
        Command::Diff(a) => diff::run(&a),
        Command::Export(a) => export::run(&a),
        Command::Init(a) => init::run(&a),
        Command::Completions(a) => init::completions(&a),
        Command::Schema => report::print_output(&livret::schema()),
    }
}
