//! Hostile and careless inputs, one reproducer per class of the red team's
//! findings: pictures hidden in SVG logos, files that are not files, links
//! that are not web, e-mail or phone links, terminal escapes in values,
//! misleading messages, damaged images.

use crate::common::*;

use std::time::{Duration, Instant};

/// CRC-32 (PNG's), for hand-made PNG chunks.
fn crc32(bytes: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in bytes {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
        }
    }
    !c
}

/// A PNG whose header declares `w` × `h` pixels (and holds none).
fn png_declaring(w: u32, h: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(w.to_be_bytes());
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([8, 6, 0, 0, 0]);
    png.extend(13u32.to_be_bytes());
    png.extend(&ihdr);
    png.extend(crc32(&ihdr).to_be_bytes());
    png
}

fn base64(bytes: &[u8]) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n =
            (u32::from(c[0]) << 16) | (u32::from(*c.get(1).unwrap_or(&0)) << 8) | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn with_logo(dir: &std::path::Path, logo: &str) -> String {
    let src = format!("{MINIMAL}\n[[organiser]]\nname = \"Syndicat\"\nlogo = \"{logo}\"\n");
    std::fs::write(dir.join("programme.toml"), &src).unwrap();
    src
}

#[test]
fn a_huge_picture_inside_an_svg_logo_is_refused_at_check() {
    let dir = scratch("hostile-svg-image");
    let data = base64(&png_declaring(100_000, 100_000));
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"><image width=\"100\" height=\"50\" href=\"data:image/png;base64,{data}\"/></svg>"
    );
    std::fs::write(dir.join("logo.svg"), svg).unwrap();
    with_logo(&dir, "logo.svg");
    let t = Instant::now();
    let out = livret(&dir, &["check"]);
    assert!(t.elapsed() < Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("100000 × 100000 pixels"), "{err}");
    assert!(err.contains("organiser[1].logo"), "{err}");
}

#[test]
fn an_svg_logo_reads_pictures_only_next_to_it() {
    let dir = scratch("hostile-svg-href");
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><image width=\"10\" height=\"10\" href=\"/etc/hostname\"/></svg>";
    std::fs::write(dir.join("assets/logo.svg"), svg).unwrap();
    with_logo(&dir, "assets/logo.svg");
    let out = livret(&dir, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("only files next to the SVG"));
    // A picture beside the SVG is read relative to it, wherever livret runs.
    std::fs::copy(root().join("tests/fixtures/logo.jpg"), dir.join("assets/pic.jpg")).unwrap();
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><image width=\"10\" height=\"10\" href=\"pic.jpg\"/></svg>";
    std::fs::write(dir.join("assets/logo.svg"), svg).unwrap();
    let elsewhere = scratch("hostile-svg-href-cwd");
    let prog = dir.join("programme.toml");
    let a = livret(&dir, &["build", "-o", "a.pdf"]);
    let b = livret(&elsewhere, &["build", prog.to_str().unwrap(), "-o", "b.pdf"]);
    assert!(a.status.success() && b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    assert_eq!(std::fs::read(dir.join("a.pdf")).unwrap(), std::fs::read(elsewhere.join("b.pdf")).unwrap());
}

#[cfg(unix)]
#[test]
fn files_that_are_not_files_are_refused_at_once() {
    let dir = scratch("hostile-fifo");
    let fifo = dir.join("programme.toml");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let t = Instant::now();
    let out = livret(&dir, &["build"]);
    assert!(t.elapsed() < Duration::from_secs(10), "a FIFO made livret wait");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a file"));
    std::fs::remove_file(&fifo).unwrap();
    // /dev/zero as a logo.
    with_logo(&dir, "/dev/zero");
    let out = livret(&dir, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a file"));
}

#[test]
fn only_web_mail_and_phone_links_are_clickable() {
    let src = MINIMAL.replace(
        "title = \"Accueil\"",
        "title = \"Accueil\"\ndescription = \"[clic](javascript:alert(1)), [local](file:///etc/passwd), voir https://fr.wikipedia.org/wiki/Syndicat_(France).\"",
    );
    let p = livret::load(&src, &root()).unwrap();
    let refused: Vec<_> = p.warnings.iter().filter(|w| w.id == "rich.link-refused").collect();
    assert_eq!(refused.len(), 2, "{:?}", p.warnings);
    let dir = scratch("hostile-links");
    std::fs::write(dir.join("programme.toml"), &src).unwrap();
    let out = livret(&dir, &["build", "-o", "p.pdf"]);
    assert!(out.status.success());
    let urls = Pdf::open(&dir.join("p.pdf")).uris();
    assert!(
        !urls.iter().any(|u| u.contains("javascript:") || u.contains("file:")),
        "a refused link is clickable: {urls:?}"
    );
    assert!(urls.iter().any(|u| u == "https://fr.wikipedia.org/wiki/Syndicat_(France)"), "{urls:?}");
}

#[test]
fn values_cannot_drive_the_terminal() {
    let dir = scratch("hostile-escape");
    let src = MINIMAL.replace("start = \"9h30\"", "start = \"\u{1b}]0;owned\u{7}\u{1b}[31m25h70\u{202e}\"");
    std::fs::write(dir.join("programme.toml"), src).unwrap();
    let out = livret(&dir, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}') && !err.contains('\u{202e}'), "{err:?}");
    assert!(err.contains("\\u{1b}"), "{err}");
}

#[test]
fn a_day_written_as_a_table_says_double_brackets() {
    let src = "[event]\ntitle = \"A\"\n\n[day]\ndate = 2024-03-12\n";
    let err = livret::load(src, &root()).unwrap_err();
    let d = &err.0[0];
    assert!(d.hint.as_deref().unwrap_or("").contains("[[day]]"), "{d:?}");
}

#[test]
fn a_truncated_jpeg_is_refused() {
    let dir = scratch("hostile-jpeg");
    let jpeg = std::fs::read(root().join("tests/fixtures/logo.jpg")).unwrap();
    std::fs::write(dir.join("cut.jpg"), &jpeg[..jpeg.len() * 2 / 3]).unwrap();
    with_logo(&dir, "cut.jpg");
    let out = livret(&dir, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cut short") || err.contains("damaged"), "{err}");
    assert!(!err.contains("Error {") && !err.contains("::"), "Rust internals shown: {err}");
}

#[test]
fn a_title_of_no_break_spaces_breaks_rather_than_runs_off_the_page() {
    let title = "Rencontres\u{a0}nationales\u{a0}des\u{a0}syndicats\u{a0}de\u{a0}l’éducation\u{a0}et\u{a0}de\u{a0}la\u{a0}recherche\u{a0}sur\u{a0}le\u{a0}travail";
    let src = MINIMAL.replace("title = \"Accueil\"", &format!("title = \"{title}\""));
    let p = livret::load(&src, &root()).unwrap().output;
    let fonts = livret::testing::text::Fonts::new(&p.theme.fonts);
    let laid = livret::testing::layout::lay_out(&p, &fonts, Default::default());
    let v = livret::testing::layout::check::check(&laid.output);
    assert!(v.is_empty(), "{v:#?}");
    assert!(laid.warnings.iter().any(|w| w.id == "text.nbsp-broken"), "{:?}", laid.warnings);
}

#[test]
fn a_pile_of_combining_accents_is_cut_not_a_slow_build() {
    let src = MINIMAL.replace(
        "title = \"Accueil\"",
        &format!("title = \"Accueil\"\ndescription = \"a{}\"", "\u{301}".repeat(100_000)),
    );
    let t = Instant::now();
    let out = livret::build(&src, &root(), &livret::Options::default()).expect("builds");
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    assert!(out.warnings.iter().any(|w| w.id == "text.too-many-marks"), "{:?}", out.warnings);
}

#[test]
fn megabytes_of_text_are_refused_at_once_and_long_links_are_text() {
    let src = MINIMAL.replace(
        "title = \"Accueil\"",
        &format!("title = \"Accueil\"\ndescription = \"\"\"{}\"\"\"", "- item\n".repeat(200_000)),
    );
    let t = Instant::now();
    let err = livret::load(&src, &root()).unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(5));
    assert_eq!(err.0[0].id, "text.too-long");
    assert!(err.0[0].span.is_some() && err.0[0].key.as_deref() == Some("day[1].slot[1].description"));
    // A bare address longer than browsers take is printed as text: its
    // lines do not each carry a copy of it.
    assert!(
        livret::model::rich::autolink(&format!("https://exemple.org/{}", "a/".repeat(5_000)))
            .iter()
            .all(|(_, l)| l.is_none())
    );
}

#[test]
fn a_full_disk_on_standard_output_is_said_in_words_not_a_panic() {
    let root = root();
    let commands = [
        &["dump"][..],
        &["export", "text"],
        &["diff", "programme.toml", "programme.toml"],
        &["completions", "bash"],
        &["completions", "man"],
    ];
    for args in commands {
        // /dev/full: every write fails with "no space left".
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
        let out = command().args(args).current_dir(&root).stdout(full).output().expect("run livret");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("error: cannot write to standard output: the disk is full"), "{args:?}: {err}");
        assert!(
            !err.contains("os error") && !err.contains("panicked") && !err.contains("internal error"),
            "{args:?}: {err}"
        );
    }
    // The success line of a build is dropped, the PDF still written.
    let dir = scratch("stdout-full");
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let out = command()
        .args(["build", "programme.toml", "-o"])
        .arg(dir.join("p.pdf"))
        .current_dir(&root)
        .stdout(full)
        .output()
        .expect("run livret");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.join("p.pdf").is_file());
}

/// A file name that is not UTF-8 (from an old zip or USB key) used to
/// stop livret with a panic before it read a thing: it is built, and
/// shown with the unreadable byte replaced.
#[cfg(target_os = "linux")]
#[test]
fn a_file_name_that_is_not_utf8_is_built() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("not-utf8-name");
    let name = std::ffi::OsStr::from_bytes(b"prog\xff.toml");
    std::fs::copy(root().join("programme.toml"), dir.join(name)).unwrap();
    copy_assets(&dir);
    for args in [&["check"][..], &["build", "-o", "p.pdf"]] {
        let out = command().args(args).arg(name).current_dir(&dir).output().expect("run livret");
        let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stdout.contains("prog\u{fffd}.toml is correct") || stdout.contains("Wrote p.pdf"), "{stdout}");
    }
    assert!(dir.join("p.pdf").is_file());
}

/// Control characters in a title (TOML takes `\u001B`) reached the
/// terminal through the text exports and `diff`, and in file names
/// through the « is correct » and « Wrote » lines: an escape sequence
/// recolours or retitles the terminal, U+202E reverses what follows.
#[cfg(unix)]
#[test]
fn control_characters_never_reach_the_terminal() {
    let dir = scratch("control-chars");
    let src = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    let title = src.lines().find(|l| l.starts_with("title = ")).unwrap().to_owned();
    let forged = title.replacen("title = \"", "title = \"\\u001B]0;pwned\\u0007\\u001B[31m\u{202E}", 1);
    std::fs::write(dir.join("old.toml"), &src).unwrap();
    let name = "prog\u{1b}[2J.toml";
    std::fs::write(dir.join(name), src.replacen(&title, &forged, 1)).unwrap();
    copy_assets(&dir);
    let runs: [&[&str]; 5] = [
        &["export", "text", name],
        &["export", "markdown", name],
        &["export", "ics", name],
        &["diff", "old.toml", name],
        &["check", name],
    ];
    for args in runs {
        let out = command().args(args).current_dir(&dir).output().expect("run livret");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        for (what, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            let bad = text.chars().find(|&c| c == '\u{1b}' || c == '\u{7}' || c == '\u{202E}');
            assert!(bad.is_none(), "{args:?}: {what} holds {bad:?}:\n{text}");
        }
    }
}

/// Class 6: a signal during the write used to leave the temporary file
/// behind (one was 40 MB). The build is stopped the moment its temporary
/// file appears; it must be gone afterwards and the last good PDF intact.
#[cfg(unix)]
#[test]
fn a_signal_during_the_write_leaves_no_temporary_file() {
    let dir = scratch("hostile-signal");
    std::fs::write(dir.join("programme.toml"), livret::testing::generate::programme(7, 12, 60)).unwrap();
    let temps = |dir: &std::path::Path| -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    };
    let mut caught = 0;
    for signal in ["-TERM", "-INT", "-HUP"] {
        // (A build the signal came too late for replaced it: start again.)
        std::fs::write(dir.join("p.pdf"), b"the last good PDF").unwrap();
        let mut child = command()
            .args(["build", "-o", "p.pdf"])
            .current_dir(&dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        while child.try_wait().unwrap().is_none() {
            if !temps(&dir).is_empty() {
                std::process::Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
                caught += 1;
                break;
            }
            std::thread::sleep(std::time::Duration::from_micros(300));
        }
        let out = child.wait_with_output().unwrap();
        assert!(temps(&dir).is_empty(), "{signal}: left {:?}", temps(&dir));
        let pdf = std::fs::read(dir.join("p.pdf")).unwrap();
        assert!(pdf == b"the last good PDF" || pdf.starts_with(b"%PDF"), "{signal}: the PDF is damaged");
        // Stopped before the renames: it says nothing was replaced, and
        // nothing was; stopped after them, it says only that it stopped.
        let stderr = String::from_utf8_lossy(&out.stderr);
        if stderr.contains("previous PDF is untouched") {
            assert_eq!(pdf, b"the last good PDF", "{signal}: said untouched, yet the PDF was replaced");
        }
        if out.status.code() == Some(130) && pdf != b"the last good PDF" {
            assert!(stderr.contains("stopped."), "{signal}: {stderr}");
        }
    }
    assert!(caught > 0, "no build was caught while writing");
}

/// Class 4: a font whose `hmtx` table is cut short parsed, so `check`
/// called the file correct and the build failed in the PDF writer with
/// "failed to subset font: malformed font" under another font's name. It
/// is now subset at validation: refused by `check`, with the file and key.
#[test]
fn a_font_with_a_short_table_is_refused_by_check_with_its_key() {
    let mut font = std::fs::read(root().join("fonts/Inter-Regular.otf")).unwrap();
    let tables = u16::from_be_bytes([font[4], font[5]]) as usize;
    let entry = (0..tables).map(|i| 12 + 16 * i).find(|&o| &font[o..o + 4] == b"hmtx").expect("Inter has hmtx");
    font[entry + 12..entry + 16].copy_from_slice(&8u32.to_be_bytes());
    let dir = scratch("hostile-short-hmtx");
    std::fs::write(dir.join("court.otf"), &font).unwrap();
    std::fs::write(dir.join("programme.toml"), format!("{MINIMAL}\n[theme]\nbody_font = \"court.otf\"\n")).unwrap();
    for (lang, words) in
        [("en", "is damaged: its glyphs cannot be embedded"), ("fr", "est abîmé : ses glyphes ne peuvent pas")]
    {
        let out = livret(&dir, &["check", "--lang", lang]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("court.otf") && stderr.contains(words), "{stderr}");
        assert!(stderr.contains("theme.body_font") && stderr.contains("programme.toml:"), "{stderr}");
    }
}

/// Class 9: Hebrew and Arabic words in a French line are drawn right to
/// left (see the layout unit test); copy-paste and screen readers get them
/// in the order written, through the PDF's actual text.
#[test]
fn right_to_left_names_copy_back_in_the_order_written() {
    let dir = scratch("hostile-rtl");
    let src = MINIMAL.replace("title = \"Accueil\"", "title = \"Accueil par שלום עליכם et مرحبا بكم ici\"");
    std::fs::write(dir.join("programme.toml"), src).unwrap();
    let out = livret(&dir, &["build", "-o", "p.pdf"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = pdf_text(&dir.join("p.pdf"));
    assert!(text.contains("Accueil par שלום עליכם et مرحبا بكم ici"), "{text}");
}
