//! Runs the seed build in a loop, for profilers:
//! `cargo run --release --features examples --example profile [RUNS] [PROFILE]`, e.g.
//! `perf record -g target/release/examples/profile 200 booklet`.
fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(root.join("programme.toml")).expect("programme.toml");
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let profile = std::env::args().nth(2).map_or(livret::Profile::Standard, |name| {
        livret::Profile::from_name(&name).expect("a profile: standard, booklet, photocopy or print-shop")
    });
    let options = livret::Options { profile, ..Default::default() };
    let mut bytes = 0;
    for _ in 0..n {
        bytes += livret::build(&src, root, &options).expect("build").output.pdf.len();
    }
    println!("{bytes}");
}
