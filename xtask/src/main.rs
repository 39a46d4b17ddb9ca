//! Project tasks, run as `cargo xtask TASK` (the xtask pattern: Rust, no
//! shell scripts).
//!
//! `cargo xtask dist` makes the downloads in `dist/`:
//! `livret-VERSION-x86_64-linux.tar.gz` (the static build) and
//! `livret-VERSION-x86_64-windows.zip` (cross-built with mingw-w64), each
//! holding the program, the user guides in French and English, the
//! example `programme.toml` with its `assets/`, and the font licences.
//! Archives are reproducible: entries in a fixed order, fixed times,
//! owners and modes. `cargo xtask dist linux` or `windows` makes one.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod zip;

/// Every entry's time: 2023-12-01 00:00 UTC (reproducible archives).
const MTIME: u64 = 1_701_388_800;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let which = match args.get(1).map(String::as_str) {
        None => (true, true),
        Some("linux") => (true, false),
        Some("windows") => (false, true),
        Some(_) => (false, false),
    };
    match args.first().map(String::as_str) {
        Some("dist") if which != (false, false) => match dist(which.0, which.1) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("usage: cargo xtask dist [linux|windows]");
            ExitCode::from(2)
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask is in the repository").to_path_buf()
}

fn version() -> Result<String, String> {
    let toml = fs::read_to_string(root().join("Cargo.toml")).map_err(|e| e.to_string())?;
    toml.lines()
        .find_map(|l| l.strip_prefix("version = \"").and_then(|v| v.strip_suffix('"')))
        .map(str::to_owned)
        .ok_or_else(|| "no version in Cargo.toml".to_owned())
}

/// The files of a download beside the program, by their name in it.
fn contents() -> Result<Vec<(String, Vec<u8>)>, String> {
    let root = root();
    let read = |p: &Path| fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let mut files = vec![
        ("LISEZ-MOI.txt".to_owned(), read(&root.join("xtask/guides/LISEZ-MOI.txt"))?),
        ("README.txt".to_owned(), read(&root.join("xtask/guides/README.txt"))?),
        ("programme.toml".to_owned(), read(&root.join("programme.toml"))?),
        // Named by programme.toml's `#:schema` line, for editors.
        ("programme.schema.json".to_owned(), read(&root.join("programme.schema.json"))?),
        ("LICENSE-Inter-OFL.txt".to_owned(), read(&root.join("fonts/LICENSE-Inter-OFL.txt"))?),
    ];
    let mut assets: Vec<PathBuf> = fs::read_dir(root.join("assets"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    assets.sort();
    for a in assets {
        let name = a.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        files.push((format!("assets/{name}"), read(&a)?));
    }
    Ok(files)
}

fn cargo(args: &[&str]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo).args(args).current_dir(root()).status().map_err(|e| e.to_string())?;
    if status.success() { Ok(()) } else { Err(format!("cargo {} failed", args.join(" "))) }
}

fn dist(linux: bool, windows: bool) -> Result<(), String> {
    let version = version()?;
    let out = root().join("dist");
    fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let files = contents()?;
    if linux {
        // The static build (`cargo build-static`, .cargo/config.toml).
        cargo(&["build-static"])?;
        let binary = root().join("target/x86_64-unknown-linux-gnu/release/livret");
        let program = fs::read(&binary).map_err(|e| format!("{}: {e}", binary.display()))?;
        let dir = format!("livret-{version}-x86_64-linux");
        let tgz = out.join(format!("{dir}.tar.gz"));
        write_tar_gz(&tgz, &dir, ("livret", &program), &files)?;
        println!("{} ({} KB)", tgz.display(), fs::metadata(&tgz).map_or(0, |m| m.len() / 1024));
    }
    if windows {
        let program = windows_program()?;
        let dir = format!("livret-{version}-x86_64-windows");
        // Notepad shows either line end; CRLF is what every Windows
        // program expects of a .txt.
        let crlf = |data: &[u8]| String::from_utf8_lossy(data).replace("\r\n", "\n").replace('\n', "\r\n").into_bytes();
        let texts: Vec<(String, Vec<u8>)> = files
            .iter()
            .map(|(name, data)| (name.clone(), if name.ends_with(".txt") { crlf(data) } else { data.clone() }))
            .collect();
        let mut entries = vec![zip::Entry { name: format!("{dir}/livret.exe"), data: &program, mode: 0o755 }];
        for (name, data) in &texts {
            entries.push(zip::Entry { name: format!("{dir}/{name}"), data, mode: 0o644 });
        }
        let bytes = zip::write(&entries).map_err(|e| e.to_string())?;
        let path = out.join(format!("{dir}.zip"));
        fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("{} ({} KB)", path.display(), bytes.len() / 1024);
    }
    Ok(())
}

/// livret.exe, cross-built with mingw-w64 (`gcc-mingw-w64-x86-64` on
/// Debian, and `rustup target add x86_64-pc-windows-gnu`).
fn windows_program() -> Result<Vec<u8>, String> {
    const TARGET: &str = "x86_64-pc-windows-gnu";
    if Command::new("x86_64-w64-mingw32-gcc").arg("--version").output().is_err() {
        return Err("the Windows build needs mingw-w64: apt-get install gcc-mingw-w64-x86-64, \
                    then rustup target add x86_64-pc-windows-gnu"
            .to_owned());
    }
    cargo(&["build", "--release", "--bin", "livret", "--target", TARGET])?;
    let binary = root().join(format!("target/{TARGET}/release/livret.exe"));
    fs::read(&binary).map_err(|e| format!("{}: {e}", binary.display()))
}

/// A gzipped tar of `program` and `files` under the folder `dir`, every
/// entry with the same time, owner and mode class, in the given order.
fn write_tar_gz(path: &Path, dir: &str, program: (&str, &[u8]), files: &[(String, Vec<u8>)]) -> Result<(), String> {
    let file = fs::File::create(path).map_err(|e| e.to_string())?;
    // No file name and a fixed time in the gzip header.
    let gz = flate2::GzBuilder::new().mtime(0).write(file, flate2::Compression::best());
    let mut tar = tar::Builder::new(gz);
    tar.mode(tar::HeaderMode::Deterministic);
    let mut add = |name: &str, data: &[u8], mode: u32| -> Result<(), String> {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(mode);
        h.set_mtime(MTIME);
        h.set_uid(0);
        h.set_gid(0);
        h.set_cksum();
        tar.append_data(&mut h, format!("{dir}/{name}"), data).map_err(|e| e.to_string())
    };
    add(program.0, program.1, 0o755)?;
    for (name, data) in files {
        add(name, data, 0o644)?;
    }
    let gz = tar.into_inner().map_err(|e| e.to_string())?;
    let mut file = gz.finish().map_err(|e| e.to_string())?;
    file.flush().map_err(|e| e.to_string())
}
