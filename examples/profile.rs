//! Runs the seed build in a loop, for profilers: `cargo run --release --example profile`.
fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(root.join("programme.toml")).expect("programme.toml");
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let mut bytes = 0;
    for _ in 0..n {
        bytes += livret::build(&src, root, &livret::Options::default()).expect("build").output.pdf.len();
    }
    println!("{bytes}");
}
