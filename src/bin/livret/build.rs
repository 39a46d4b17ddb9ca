//! `livret build`: the brochure's editions, written all or none; on any
//! error nothing is written and the previous PDFs stay as they were.
//! [`build_once`] is also each rebuild of `livret watch`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use livret::Profile;
use livret::Session;
use livret::output::Flush;

use crate::args::{BuildArgs, DEFAULT_OUTPUT, EditionArgs};
use crate::i18n::t;
use crate::{input, report};

/// Run `livret build`.
pub fn run(args: &BuildArgs) -> ExitCode {
    let start = Instant::now();
    match build_once(&args.programme.file, &args.editions, &mut Session::default(), Flush::BeforeRename) {
        Ok(written) => {
            for w in &written {
                crate::report::say(&w.line);
            }
            if args.sheets {
                for w in written.iter().filter(|w| w.profile == Profile::Booklet) {
                    for line in sheet_plan(&w.path, w.pages) {
                        crate::report::say(&line);
                    }
                }
            }
            crate::report::say(&t("done", &[("ms", format!("{:.0}", start.elapsed().as_secs_f64() * 1000.0))]));
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

/// A file [`build_once`] wrote.
pub struct Written {
    /// Where.
    pub path: PathBuf,
    /// Which edition.
    pub profile: Profile,
    /// Its pages (before imposition).
    pub pages: usize,
    /// The success line: the file, and what to do with it.
    pub line: String,
}

/// Read, build and write every edition once; what was written, or the
/// exit code after the problem was reported. `flush`: when the PDFs are
/// flushed to disk.
pub fn build_once(
    file: &Path,
    editions: &EditionArgs,
    session: &mut Session,
    flush: Flush,
) -> Result<Vec<Written>, ExitCode> {
    let main = main_output(editions);
    if let Some(code) = refuse_overwriting(file, &[], std::slice::from_ref(&main)) {
        return Err(code);
    }
    let Some(input) = input::read(file) else {
        return Err(ExitCode::FAILURE);
    };
    let options = livret::Options {
        source_date_epoch: std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse().ok()),
        stamp_now: editions.stamp.then(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
        }),
        ..livret::Options::default()
    };
    let profiles = profiles(editions);
    let built = match livret::build_editions_in(session, &input.text, &input.base(), &options, profiles.as_deref()) {
        Ok(b) => b,
        Err(diags) => {
            report::draw(file, &input.text, &diags);
            eprintln!("{}", t("nothing-written", &[("file", crate::report::shown(&main))]));
            return Err(ExitCode::FAILURE);
        }
    };
    let editions_built = built.output;
    // With one edition and -o, exactly that path; otherwise each edition
    // next to the main output, with its suffix.
    let exact = editions_built.len() == 1 && editions.output.is_some();
    let paths: Vec<PathBuf> =
        editions_built.iter().map(|e| if exact { main.clone() } else { with_suffix(&main, e.suffix) }).collect();
    if let Some(code) = refuse_overwriting(file, &session.files, &paths) {
        return Err(code);
    }
    let files: Vec<(&Path, &[u8])> =
        paths.iter().zip(&editions_built).map(|(p, e)| (p.as_path(), e.output.pdf.as_slice())).collect();
    let written = livret::output::write_all(&files, flush);
    // The warnings come after the PDFs are in place, so that a watch's
    // new PDF does not wait for them to be drawn on the terminal; they
    // are still shown before the lines that name the files.
    report::draw(file, &input.text, &built.warnings);
    if let Err(e) = written {
        report::cannot_write(&paths[e.index], &e.cause);
        if e.replaced.is_empty() {
            eprintln!("  = {}", t("none-replaced", &[]));
        } else {
            let names: Vec<String> =
                e.replaced.iter().map(|&i| report::safe(&paths[i].display().to_string())).collect();
            eprintln!("  = {}", t("some-replaced", &[("files", names.join(", "))]));
        }
        return Err(ExitCode::FAILURE);
    }
    Ok(paths
        .into_iter()
        .zip(&editions_built)
        .map(|(path, e)| {
            let out = &e.output;
            let kb = out.pdf.len().div_ceil(1024);
            let line = t(
                "wrote",
                &[
                    ("file", crate::report::shown(&path)),
                    ("pages", out.pages.to_string()),
                    ("size", kb.to_string()),
                    ("what", what_to_do(e.profile, out)),
                ],
            );
            Written { path, profile: e.profile, pages: out.pages, line }
        })
        .collect())
}

/// `livret build --sheets`: which pages each side of each sheet of a
/// booklet of `pages` pages carries, left then right, so that a test
/// print can be checked (and a sheet reprinted) before the whole run.
fn sheet_plan(path: &Path, pages: usize) -> Vec<String> {
    let sides = livret::booklet_sides(pages);
    let mut lines = vec![t(
        "sheets-title",
        &[
            ("file", crate::report::shown(path)),
            ("pages", pages.to_string()),
            ("sheets", sides.len().div_ceil(2).to_string()),
        ],
    )];
    for (i, pair) in sides.chunks(2).enumerate() {
        let side = |s: Option<&[usize; 2]>| s.map_or_else(String::new, |[l, r]| format!("{l} · {r}"));
        let row = t(
            "sheets-row",
            &[("sheet", (i + 1).to_string()), ("front", side(pair.first())), ("back", side(pair.get(1)))],
        );
        lines.push(format!("  {row}"));
    }
    lines
}

/// The main output's path.
pub fn main_output(editions: &EditionArgs) -> PathBuf {
    editions.output.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_OUTPUT))
}

/// The editions asked for on the command line, or `None` for the
/// programme's own `[output] profiles`.
fn profiles(editions: &EditionArgs) -> Option<Vec<Profile>> {
    if editions.all {
        Some(Profile::ALL.to_vec())
    } else if editions.profiles.is_empty() {
        None
    } else {
        let mut v = editions.profiles.clone();
        v.dedup();
        Some(v)
    }
}

/// What to do with an edition, in plain words.
fn what_to_do(profile: Profile, out: &livret::Output) -> String {
    match profile {
        Profile::Standard => t("what-standard", &[]),
        Profile::Booklet => t("what-booklet", &[("sheets", out.sides.div_ceil(2).to_string())]),
        Profile::Photocopy => t("what-photocopy", &[]),
        Profile::PrintShop => t("what-print-shop", &[]),
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

/// Refuse (exit 2: a usage error) when an edition's path is the
/// programme file or a file it uses (a logo, a font): the last check
/// before anything is written, once the editions' paths are known.
fn refuse_overwriting(programme: &Path, used: &[PathBuf], paths: &[PathBuf]) -> Option<ExitCode> {
    for path in paths {
        let id = if same_file(programme, path) {
            "output-is-input"
        } else if used.iter().any(|u| same_file(u, path)) {
            "output-is-used"
        } else {
            continue;
        };
        eprintln!("{}", t(id, &[("file", report::shown(path))]));
        eprintln!("  = {}", t("hint-other-name", &[]));
        return Some(ExitCode::from(2));
    }
    None
}

/// Whether the output would overwrite the programme itself.
fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}
