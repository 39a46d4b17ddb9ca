//! Bad input is refused with exit code 1, a message naming the line, and
//! the previous PDF left byte-for-byte as it was.

use crate::common::*;

const OLD_PDF: &[u8] = b"%PDF-1.7 the last good brochure";

/// Build `source` (with extra files) over an existing PDF; check refusal.
fn refused(name: &str, source: &[u8], files: &[(&str, &[u8])], expect_line: Option<usize>, expect_msg: &str) {
    let dir = scratch(name);
    std::fs::write(dir.join("programme.toml"), source).unwrap();
    for (path, bytes) in files {
        std::fs::write(dir.join(path), bytes).unwrap();
    }
    std::fs::create_dir_all(dir.join("out")).unwrap();
    std::fs::write(dir.join("out/programme.pdf"), OLD_PDF).unwrap();
    let out = livret(&dir, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{name}: expected exit 1\n{stderr}");
    assert!(stderr.contains(expect_msg), "{name}: message should contain {expect_msg:?}:\n{stderr}");
    if let Some(line) = expect_line {
        let at = format!("programme.toml:{line}:");
        assert!(stderr.contains(&at), "{name}: message should name {at}:\n{stderr}");
    }
    assert!(!stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"), "{name}: {stderr}");
    assert_eq!(std::fs::read(dir.join("out/programme.pdf")).unwrap(), OLD_PDF, "{name}: the old PDF was changed");
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("out")).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "{name}: temporary files left behind");
    let _ = std::fs::remove_dir_all(dir);
}

fn with(replace: &str, by: &str) -> String {
    assert!(MINIMAL.contains(replace));
    MINIMAL.replacen(replace, by, 1)
}

#[test]
fn toml_syntax_error() {
    refused("syntax", with("title = \"Accueil\"", "title = \"Accueil").as_bytes(), &[], Some(10), "TOML");
}

#[test]
fn unknown_key_suggests_the_right_one() {
    refused(
        "unknown",
        with("title = \"Journée d'essai\"", "titel = \"Journée d'essai\"").as_bytes(),
        &[],
        Some(2),
        "did you mean `title`",
    );
}

#[test]
fn wrong_type_for_a_date() {
    refused(
        "wrongtype",
        with("date = 2024-03-12", "date = \"le premier juin\"").as_bytes(),
        &[],
        Some(5),
        "not a valid date",
    );
}

#[test]
fn impossible_date() {
    refused("baddate", with("date = 2024-03-12", "date = 2023-02-30").as_bytes(), &[], Some(5), "date");
}

#[test]
fn impossible_time() {
    refused("badtime", with("start = \"9h30\"", "start = \"25h70\"").as_bytes(), &[], Some(8), "9h30, 9h or 09:30");
}

#[test]
fn end_before_start() {
    refused(
        "endbefore",
        with("end = \"10h\"", "end = \"9h\"").as_bytes(),
        &[],
        Some(9),
        "ends (9h) before it starts (9h30)",
    );
}

#[test]
fn missing_event_title() {
    refused("notitle", with("title = \"Journée d'essai\"\n", "").as_bytes(), &[], Some(1), "`event.title` is missing");
}

#[test]
fn no_days() {
    let src = "[event]\ntitle = \"Sans jour\"\n";
    refused("nodays", src.as_bytes(), &[], None, "no day");
}

#[test]
fn unknown_language() {
    refused("lang", with("[event]\n", "[event]\nlanguage = \"de\"\n").as_bytes(), &[], Some(2), "unknown language");
}

#[test]
fn bad_colour() {
    let src = format!("{MINIMAL}\n[theme]\nprimary = \"rouge\"\n");
    refused("colour", src.as_bytes(), &[], Some(13), "\"rouge\" is not a colour");
}

#[test]
fn an_email_with_a_line_break_is_refused() {
    // It went as is into the calendar's ORGANIZER line: the line break
    // forged a line of its own for every subscriber.
    let src = format!(
        "{MINIMAL}\n[[organiser]]\nname = \"Solidaires\"\nemail = \"contact@solidaires.org\\nATTENDEE:mailto:x@evil.example\"\n"
    );
    refused(
        "email",
        src.as_bytes(),
        &[],
        Some(14),
        r#"solidaires.org\nATTENDEE:mailto:x@evil.example" is not an e-mail"#,
    );
    let src = format!("{MINIMAL}\n[[organiser]]\nname = \"Solidaires\"\nemail = \"contact@solidaires.org\"\n");
    assert!(livret::load(&src, std::path::Path::new(".")).is_ok(), "a plain address passes");
}

#[test]
fn values_of_megabytes_are_refused_at_once_with_their_key() {
    // A title of 5 MB took 14 s and 2.6 GB, then aborted; a long label
    // is repeated beside every speaker.
    let long = "x".repeat(5_000_000);
    let src = with("title = \"Journée d'essai\"", &format!("title = \"{long}\""));
    refused("huge-title", src.as_bytes(), &[], Some(2), "a title, a name or a label is at most 2000");
    let src = format!("{MINIMAL}\n[labels]\ntbc = \"{}\"\n", "à confirmer ".repeat(50));
    refused("long-label", src.as_bytes(), &[], Some(13), "at most 200");
    let out = {
        let dir = scratch("huge-title-fr");
        std::fs::write(dir.join("programme.toml"), with("title = \"Accueil\"", &format!("title = \"{long}\"")))
            .unwrap();
        livret(&dir, &["check", "--lang", "fr"])
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("en fait au plus 2000") && stderr.contains("day[1].slot[1].title"), "{stderr}");
    assert!(stderr.len() < 5_000, "the message quotes a window of the value, not all of it: {} bytes", stderr.len());
}

#[test]
fn missing_logo_file() {
    let src = format!("{MINIMAL}\n[[organiser]]\nname = \"Solidaires\"\nlogo = \"absent.png\"\n");
    refused("nologo", src.as_bytes(), &[], Some(14), "does not exist");
}

#[test]
fn corrupt_logo_image() {
    let src = format!("{MINIMAL}\n[[organiser]]\nname = \"Solidaires\"\nlogo = \"logo.png\"\n");
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(&[0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0, 0, 9, 0]);
    refused("corrupt", src.as_bytes(), &[("logo.png", &png)], Some(14), "damaged");
}

#[test]
fn not_utf8() {
    let mut bytes = MINIMAL.as_bytes().to_vec();
    bytes.extend_from_slice(b"\n# caf\xe9\n");
    refused("latin1", &bytes, &[], Some(12), "UTF-8");
}

#[test]
fn every_error_is_reported_not_only_the_first() {
    let src = with("start = \"9h30\"", "start = \"25h70\"") + "\n[theme]\naccent = \"bleu\"\n";
    let dir = scratch("all-errors");
    std::fs::write(dir.join("programme.toml"), src).unwrap();
    let out = livret(&dir, &["check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("programme.toml:8:") && stderr.contains("programme.toml:13:"), "{stderr}");
    assert!(stderr.contains("2 mistakes"), "{stderr}");
}

#[test]
fn usage_errors_exit_2() {
    let dir = scratch("usage");
    let out = livret(&dir, &["build", "--nonsense"]);
    assert_eq!(out.status.code(), Some(2));
    let out = livret(&dir, &["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    // In French, in French words (clap's are English), with the usage.
    for (args, words) in [
        (&["build", "--nonsense", "--lang", "fr"][..], "erreur : option inconnue « --nonsense »"),
        (&["build", "--profile", "poster", "--lang", "fr"], "édition inconnue « poster »"),
        (&["diff", "a.toml", "--lang", "fr"], "erreur : il manque <NOUVEAU>"),
        (&["export", "pdfx", "--lang", "fr"], "n’est pas une valeur possible"),
        (&["--lang", "fr", "check"], "les options s’écrivent après la commande"),
    ] {
        let out = livret(&dir, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(words) && !stderr.contains("error:"), "{args:?}: {stderr}");
    }
    let out = livret(&dir, &["diff", "a.toml", "--lang", "fr"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Utilisation : livret diff"));
    let out = livret(&dir, &["--help", "--lang", "fr"]);
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(
        help.contains("Affiche cette aide, ou celle d’une commande") && !help.contains("Print this message"),
        "{help}"
    );
}

#[test]
fn missing_programme_file_is_a_clear_error() {
    let dir = scratch("nofile");
    let out = livret(&dir, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("cannot read programme.toml"), "{stderr}");
}

#[test]
fn warnings_do_not_stop_the_build() {
    let src =
        MINIMAL.replace("title = \"Accueil\"", "title = \"Accueil\"\nspeakers = [{ name = \"Ana\", tbc = true }]");
    let dir = scratch("warn");
    std::fs::write(dir.join("programme.toml"), src).unwrap();
    let out = livret(&dir, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("warning") && stderr.contains("Ana is not confirmed"), "{stderr}");
    assert!(dir.join("out/programme.pdf").exists());
}

#[test]
fn never_writes_over_the_programme_itself() {
    let dir = scratch("same-file");
    std::fs::write(dir.join("programme.toml"), MINIMAL).unwrap();
    let out = livret(&dir, &["build", "programme.toml", "-o", "programme.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(dir.join("programme.toml")).unwrap(), MINIMAL);
    // Nor through an edition's name: `-o x.toml --all` makes the
    // booklet `x-livret.toml`, the programme's own name here.
    std::fs::write(dir.join("x-livret.toml"), MINIMAL).unwrap();
    let out = livret(&dir, &["build", "x-livret.toml", "-o", "x.toml", "--all"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("x-livret.toml is the programme file itself"), "{stderr}");
    assert_eq!(std::fs::read_to_string(dir.join("x-livret.toml")).unwrap(), MINIMAL);
    assert!(!dir.join("x.toml").exists(), "no edition is written when one would overwrite the programme");
    // Nor over a file it uses: its logo.
    copy_assets(&dir);
    let logo = std::fs::read(dir.join("assets/solidaires.svg")).unwrap();
    let src = format!("{MINIMAL}\n[[organiser]]\nname = \"Solidaires\"\nlogo = \"assets/solidaires.svg\"\n");
    std::fs::write(dir.join("programme.toml"), &src).unwrap();
    let out = livret(&dir, &["build", "--lang", "fr", "-o", "assets/solidaires.svg"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("est un fichier dont le programme se sert"), "{stderr}");
    assert_eq!(std::fs::read(dir.join("assets/solidaires.svg")).unwrap(), logo);
}

#[test]
fn notepad_files_with_bom_and_crlf_build_and_ansi_is_explained() {
    let dir = scratch("windows-files");
    let crlf = format!("\u{FEFF}{}", MINIMAL.replace('\n', "\r\n"));
    std::fs::write(dir.join("programme.toml"), crlf).unwrap();
    let out = livret(&dir, &["build", "-o", "p.pdf"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // The same file saved as Windows-1252 ("ANSI"): é is the byte 0xE9.
    let ansi: Vec<u8> = MINIMAL.chars().map(|c| c as u32 as u8).collect();
    std::fs::write(dir.join("programme.toml"), ansi).unwrap();
    let out = livret(&dir, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Windows-1252") && err.contains("Notepad"), "{err}");
    assert!(err.contains("programme.toml:2:"), "located: {err}");
}

#[test]
fn a_file_dropped_on_livret_is_built_beside_itself() {
    let dir = scratch("dropped");
    std::fs::create_dir_all(dir.join("Journées d'été")).unwrap();
    let file = dir.join("Journées d'été/programme.toml");
    std::fs::write(&file, MINIMAL).unwrap();
    let out = livret(&dir, &[file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.join("Journées d'été/out/programme.pdf").exists());
}

#[test]
fn init_writes_a_starter_that_builds_and_never_overwrites() {
    let dir = scratch("init");
    let out = livret(&dir, &["init", "nouveau"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = livret(&dir.join("nouveau"), &["build"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.join("nouveau/out/programme.pdf").exists());
    assert!(dir.join("nouveau/out/programme-livret.pdf").exists());
    // The schema its `#:schema` line names is written beside it.
    let starter = std::fs::read_to_string(dir.join("nouveau/programme.toml")).unwrap();
    assert!(starter.starts_with("#:schema ./programme.schema.json\n"));
    let schema = std::fs::read_to_string(dir.join("nouveau/programme.schema.json")).unwrap();
    assert_eq!(schema, String::from_utf8(livret(&dir, &["schema"]).stdout).unwrap());
    let out = livret(&dir, &["init", "nouveau"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    // Completions and the man page come from the same definitions.
    let out = livret(&dir, &["completions", "bash"]);
    assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("livret"));
    let out = livret(&dir, &["completions", "man"]);
    assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains(".TH"));
}
