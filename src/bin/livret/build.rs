//! `livret build`: the brochure's editions, written all or none; on any
//! error nothing is written and the previous PDFs stay as they were.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use livret::profile::Profile;

use crate::args::{BuildArgs, DEFAULT_OUTPUT};
use crate::{input, report};

/// Run `livret build`.
pub fn run(args: &BuildArgs) -> ExitCode {
    let start = Instant::now();
    let file = args.programme.file.as_path();
    let main = args.output.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_OUTPUT));
    if same_file(file, &main) {
        eprintln!("error: the output {} is the programme file itself; it was left untouched", main.display());
        eprintln!("  = hint: give the PDF another name, e.g. -o out/programme.pdf");
        return ExitCode::from(2);
    }
    let Some(input) = input::read(file) else {
        return ExitCode::FAILURE;
    };
    let options = livret::Options {
        source_date_epoch: std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse().ok()),
        ..livret::Options::default()
    };
    let profiles: Option<Vec<Profile>> = if args.all {
        Some(Profile::ALL.to_vec())
    } else if args.profiles.is_empty() {
        None
    } else {
        let mut v = args.profiles.clone();
        v.dedup();
        Some(v)
    };
    let built = match livret::build_editions(&input.text, &input.base(), &options, profiles.as_deref()) {
        Ok(b) => b,
        Err(diags) => {
            report::draw(file, &input.text, &diags);
            eprintln!("note: nothing was written; {} is unchanged", main.display());
            return ExitCode::FAILURE;
        }
    };
    report::draw(file, &input.text, &built.warnings);
    let editions = built.output;
    // With one edition and -o, exactly that path; otherwise each edition
    // next to the main output, with its suffix.
    let exact = editions.len() == 1 && args.output.is_some();
    let paths: Vec<PathBuf> =
        editions.iter().map(|e| if exact { main.clone() } else { with_suffix(&main, e.suffix) }).collect();
    let files: Vec<(&Path, &[u8])> =
        paths.iter().zip(&editions).map(|(p, e)| (p.as_path(), e.output.pdf.as_slice())).collect();
    if let Err((i, e)) = livret::output::write_all_atomic(&files) {
        eprintln!("error: cannot write {}: {e}", paths[i].display());
        eprintln!("  = note: no PDF was replaced; the previous ones are unchanged");
        return ExitCode::FAILURE;
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    for (path, e) in paths.iter().zip(&editions) {
        let out = &e.output;
        let kb = out.pdf.len() as f64 / 1024.0;
        let pages = if out.pages == 1 { "1 page".to_owned() } else { format!("{} pages", out.pages) };
        println!("Wrote {} — {pages}, {kb:.0} KB: {}", path.display(), what_to_do(e.profile, out));
    }
    println!("Done in {ms:.0} ms.");
    ExitCode::SUCCESS
}

/// What to do with an edition, in plain words.
fn what_to_do(profile: Profile, out: &livret::Output) -> String {
    match profile {
        Profile::Standard => "to read on screen and send by e-mail".to_owned(),
        Profile::Booklet => {
            let sheets = out.sides.div_ceil(2);
            let s = if sheets == 1 { "1 sheet" } else { &format!("{sheets} sheets") };
            format!("a booklet on {s} of A4 — print both sides, flip on the short edge, fold in the middle, staple")
        }
        Profile::Photocopy => "black and white, to print and photocopy".to_owned(),
        Profile::PrintShop => "for the print shop — 3 mm bleed and crop marks".to_owned(),
    }
}

/// `out/programme.pdf` with `-livret` → `out/programme-livret.pdf`.
fn with_suffix(main: &Path, suffix: &str) -> PathBuf {
    if suffix.is_empty() {
        return main.to_path_buf();
    }
    let stem = main.file_stem().map_or_else(|| "programme".into(), |s| s.to_string_lossy().into_owned());
    let ext = main.extension().map_or_else(|| "pdf".into(), |s| s.to_string_lossy().into_owned());
    main.with_file_name(format!("{stem}{suffix}.{ext}"))
}

/// Whether the output would overwrite the programme itself.
fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}
