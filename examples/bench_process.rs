//! The whole `livret build` process, as a user runs it: process start,
//! reading the file, the build, writing the PDF atomically, exit. Runs the
//! release binary many times and prints the median, the 10th and 90th
//! percentiles and the minimum wall time.
//!
//! ```sh
//! cargo build --release
//! cargo run --release --features examples --example bench_process -- [--runs N] [--gen DAYSxSLOTS]... [FILE]...
//! ```
//!
//! With no file and no `--gen`, the seed (`programme.toml`) is measured.
//! `--gen 10x40` measures a generated programme of 10 days of 40 slots
//! ([`livret::testing::generate`], seed 1). Inputs are run in turn, round after
//! round, so a change in the machine's load hits them all alike. The
//! default of 300 runs keeps the median steady to about 0.1 ms on the
//! project's virtual machine, where single runs vary by several ms.

#[path = "common/binary.rs"]
mod binary;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(binary) = binary::release_binary(root) else { return ExitCode::FAILURE };
    let work = std::env::temp_dir().join(format!("livret-bench-process-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&work) {
        eprintln!("cannot create {}: {e}", work.display());
        return ExitCode::FAILURE;
    }
    let mut runs = 300;
    let mut inputs: Vec<(String, PathBuf)> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => runs = n,
                _ => return usage(),
            },
            "--gen" => {
                let Some((days, slots)) = args.next().as_deref().and_then(parse_gen) else { return usage() };
                let path = work.join(format!("gen-{days}x{slots}.toml"));
                if let Err(e) = std::fs::write(&path, livret::testing::generate::programme(1, days, slots)) {
                    eprintln!("cannot write {}: {e}", path.display());
                    return ExitCode::FAILURE;
                }
                inputs.push((format!("{days}x{slots}"), path));
            }
            file => inputs.push((file.to_owned(), PathBuf::from(file))),
        }
    }
    if inputs.is_empty() {
        inputs.push(("seed".to_owned(), root.join("programme.toml")));
    }
    let out = work.join("out.pdf");
    let mut times: Vec<Vec<f64>> = vec![Vec::with_capacity(runs); inputs.len()];
    // One round to warm the page cache, not counted.
    for round in 0..=runs {
        for (i, (_, file)) in inputs.iter().enumerate() {
            let start = Instant::now();
            let status = Command::new(&binary)
                .arg("build")
                .arg(file)
                .arg("-o")
                .arg(&out)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            match status {
                Ok(s) if s.success() => {}
                _ => {
                    eprintln!("`livret build {}` failed", file.display());
                    return ExitCode::FAILURE;
                }
            }
            if round > 0 {
                times[i].push(ms);
            }
        }
    }
    println!("{} runs each of {}", runs, binary.display());
    for ((name, _), t) in inputs.iter().zip(&mut times) {
        t.sort_by(f64::total_cmp);
        let at = |q: f64| t[((t.len() - 1) as f64 * q).round() as usize];
        println!("{name:>8}: median {:7.2} ms   p10 {:7.2}   p90 {:7.2}   min {:7.2}", at(0.5), at(0.1), at(0.9), t[0]);
    }
    let _ = std::fs::remove_dir_all(&work);
    ExitCode::SUCCESS
}

fn parse_gen(s: &str) -> Option<(usize, usize)> {
    let (d, s) = s.split_once('x')?;
    Some((d.parse().ok()?, s.parse().ok()?))
}

fn usage() -> ExitCode {
    eprintln!("usage: bench_process [--runs N] [--gen DAYSxSLOTS]... [FILE]...");
    ExitCode::from(2)
}
