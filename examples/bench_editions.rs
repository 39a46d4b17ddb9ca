//! One edition against all four, in-process and interleaved: the figure
//! behind "building all four costs less than twice one" (issue #9).
//!
//! ```sh
//! cargo run --release --features examples --example bench_editions -- [--runs N] [FILE]
//! ```
//!
//! Each round builds the standard edition, then all four editions, from
//! the programme text to PDF bytes (no file written), with a fresh
//! session each time, as a `livret build` process does; rounds alternate
//! so that a change in the machine's load hits both alike. Prints the
//! median and the minimum of each and their ratio. Uses mimalloc, like
//! the binary.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use livret::Profile;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let mut runs = 200;
    let mut file = Path::new(env!("CARGO_MANIFEST_DIR")).join("programme.toml");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => runs = n,
                _ => return usage(),
            },
            f => file = f.into(),
        }
    }
    let Ok(src) = std::fs::read_to_string(&file) else {
        eprintln!("cannot read {}", file.display());
        return ExitCode::FAILURE;
    };
    let base = file.parent().unwrap_or(Path::new("."));
    let options = livret::Options::default();
    let one = || livret::build_editions(&src, base, &options, Some(&[Profile::Standard])).map(|w| w.output.len());
    let all = || livret::build_editions(&src, base, &options, Some(&Profile::ALL)).map(|w| w.output.len());
    if one().is_err() || all().is_err() {
        eprintln!("{} does not build", file.display());
        return ExitCode::FAILURE;
    }
    let (mut t1, mut t4) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    for _ in 0..runs {
        let t = Instant::now();
        let _ = std::hint::black_box(one());
        t1.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        let _ = std::hint::black_box(all());
        t4.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let (m1, m4) = (median(&mut t1), median(&mut t4));
    println!("one edition (standard): median {m1:.2} ms, fastest {:.2} ms", t1[0]);
    println!("all four editions:      median {m4:.2} ms, fastest {:.2} ms", t4[0]);
    println!("ratio: {:.2} (medians), {:.2} (fastest); {runs} rounds", m4 / m1, t4[0] / t1[0]);
    ExitCode::SUCCESS
}

/// Sorts `v` and returns its median.
fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn usage() -> ExitCode {
    eprintln!("usage: bench_editions [--runs N] [FILE]");
    ExitCode::from(2)
}
