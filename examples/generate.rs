//! Writes a made-up programme (see `livret::testing::generate`):
//! `cargo run --features examples --example generate -- [--seed N] [--days D] [--slots S] [-o FILE]`.
//!
//! Defaults: seed 1, 3 days, 12 slots a day, written to standard output.

use std::process::ExitCode;

const USAGE: &str = "usage: generate [--seed N] [--days D] [--slots S] [-o FILE]";

fn main() -> ExitCode {
    let (mut seed, mut days, mut slots, mut output) = (1u64, 3usize, 12usize, None::<String>);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        let parsed = match arg.as_str() {
            "--seed" => {
                value("--seed").and_then(|v| v.parse().map(|n| seed = n).map_err(|e| format!("--seed {v}: {e}")))
            }
            "--days" => {
                value("--days").and_then(|v| v.parse().map(|n| days = n).map_err(|e| format!("--days {v}: {e}")))
            }
            "--slots" => {
                value("--slots").and_then(|v| v.parse().map(|n| slots = n).map_err(|e| format!("--slots {v}: {e}")))
            }
            "-o" | "--output" => value("-o").map(|v| output = Some(v)),
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => Err(format!("unknown argument `{other}`")),
        };
        if let Err(e) = parsed {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    if days == 0 || slots == 0 || slots > livret::testing::generate::MAX_SLOTS_PER_DAY {
        eprintln!(
            "error: --days must be at least 1 and --slots between 1 and {}",
            livret::testing::generate::MAX_SLOTS_PER_DAY
        );
        return ExitCode::from(2);
    }
    let text = livret::testing::generate::programme(seed, days, slots);
    match output {
        None => print!("{text}"),
        Some(path) => {
            if let Err(e) = std::fs::write(&path, text) {
                eprintln!("error: cannot write {path}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
