//! End-to-end build benchmark: `livret::build` on the seed programme and on
//! made-up programmes of 5, 10 and 20 days of 40 slots
//! ([`livret::testing::generate`]), with wall times, PDF sizes and peak memory.
//!
//! ```sh
//! cargo build --release --features examples --example bench_build
//! target/release/examples/bench_build [--runs N]
//! ```
//!
//! Each input is built once to warm up, then `--runs` times (default 20);
//! the median and the minimum wall time are printed. Peak RSS per input is
//! measured in a fresh child process (this program re-run with
//! `--child NAME`), since a process's high-water mark only ever grows.

use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

/// Inputs, by name: the seed and generated `days`×`slots` programmes.
const INPUTS: &[(&str, usize, usize)] = &[("seed", 0, 0), ("5x40", 5, 40), ("10x40", 10, 40), ("20x40", 20, 40)];

/// Seed of the generated programmes.
const SEED: u64 = 1;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn source(name: &str) -> Option<String> {
    let &(_, days, slots) = INPUTS.iter().find(|(n, _, _)| *n == name)?;
    Some(if days == 0 {
        std::fs::read_to_string(root().join("programme.toml")).expect("programme.toml at the repository root")
    } else {
        livret::testing::generate::programme(SEED, days, slots)
    })
}

fn build(text: &str) -> livret::Output {
    match livret::build(std::hint::black_box(text), root(), &livret::Options::default()) {
        Ok(out) => out.output,
        Err(e) => panic!("build failed: {e:?}"),
    }
}

/// Peak resident set size of this process so far, in kB (`VmHWM`).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> ExitCode {
    let mut runs = 20usize;
    let mut child = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--runs", Some(n)) if n.parse::<usize>().is_ok_and(|n| n > 0) => runs = n.parse().unwrap(),
            ("--child", Some(name)) => child = Some(name),
            _ => {
                eprintln!("usage: bench_build [--runs N] [--child NAME]");
                return ExitCode::from(2);
            }
        }
    }
    if let Some(name) = child {
        return run_child(&name);
    }

    println!("livret::build, {runs} runs per input after one warm-up (generated programmes: seed {SEED})");
    println!(
        "{:<7} {:>9} {:>6} {:>10} {:>10} {:>11} {:>11}",
        "input", "toml", "pages", "pdf", "median", "min", "peak RSS"
    );
    let mut medians = Vec::new();
    for &(name, _, _) in INPUTS {
        let text = source(name).expect("known input");
        let out = build(&text);
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                let out = build(&text);
                let elapsed = t.elapsed();
                std::hint::black_box(out.pdf.len());
                elapsed
            })
            .collect();
        times.sort();
        let median = if runs % 2 == 1 { times[runs / 2] } else { (times[runs / 2 - 1] + times[runs / 2]) / 2 };
        let rss = match child_rss(name) {
            Ok(kb) => format!("{:.1} MB", kb as f64 / 1024.0),
            Err(e) => format!("? ({e})"),
        };
        println!(
            "{:<7} {:>6} kB {:>6} {:>7} kB {:>7.1} ms {:>7.1} ms {:>11}",
            name,
            text.len() / 1024,
            out.pages,
            out.pdf.len() / 1024,
            ms(median),
            ms(times[0]),
            rss
        );
        medians.push((name, median));
    }
    let median_of = |n: &str| medians.iter().find(|(m, _)| *m == n).map(|(_, d)| ms(*d));
    if let (Some(a), Some(b)) = (median_of("10x40"), median_of("20x40")) {
        println!("scaling: median(20x40) / median(10x40) = {:.2} (2.00 is linear)", b / a);
    }
    match peak_rss_kb() {
        Some(kb) => println!("peak RSS of this process (all inputs): {:.1} MB", kb as f64 / 1024.0),
        None => println!("peak RSS of this process: unavailable (no /proc/self/status)"),
    }
    ExitCode::SUCCESS
}

/// Peak RSS in kB of a fresh process that builds input `name` once.
fn child_rss(name: &str) -> Result<u64, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = Command::new(exe).args(["--child", name]).output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("child {}", out.status));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout
        .lines()
        .find_map(|l| l.strip_prefix("peak_rss_kb="))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| "no peak_rss_kb in child output".to_owned())
}

/// Child mode: build one input once and print the peak RSS.
fn run_child(name: &str) -> ExitCode {
    let Some(text) = source(name) else {
        eprintln!("unknown input {name}");
        return ExitCode::from(2);
    };
    let out = build(&text);
    std::hint::black_box(out.pdf.len());
    match peak_rss_kb() {
        Some(kb) => {
            println!("peak_rss_kb={kb}");
            ExitCode::SUCCESS
        }
        None => ExitCode::FAILURE,
    }
}
