//! No input makes livret panic: mutations of valid programmes (a
//! deterministic, dependency-free fuzzer) and pathological inputs either
//! build or are refused with a diagnostic.

use crate::common::*;

use std::panic::{AssertUnwindSafe, catch_unwind};

use livret::testing::generate::Rng;

/// Fragments that make interesting TOML: keys, values, structure, text.
const FRAGMENTS: &[&str] = &[
    "\"",
    "'",
    "[",
    "]",
    "[[day]]\n",
    "[[day.slot]]\n",
    "[[day.slot.workshop]]\n",
    "=",
    "\n",
    "\"\"\"",
    "{",
    "}",
    ",",
    "start = \"",
    "end = \"",
    "date = ",
    "2023-02-30",
    "24:00",
    "9h60",
    "23h59",
    "00:00:00",
    "-1",
    "1e400",
    "kind = \"meal\"\n",
    "speakers = [",
    "tbc = true",
    "logo = \"x.png\"",
    "«",
    "»",
    " ?",
    " :",
    "…",
    "·",
    "ﬁ",
    "Nguyễn",
    "عربي",
    "中文",
    "😀",
    "\u{200B}",
    "\u{202F}",
    "\u{A0}",
    "&nbsp;",
    "&#x2003;",
    "*",
    "**",
    "- ",
    "[lien](https://x.org)",
    "@",
    "\t",
    "\r\n",
    "\\",
    "\\u0000",
    "#",
    "language = \"en\"\n",
    "paper = \"A5\"\n",
    "time_style = \"spaced\"\n",
];

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut s = src.to_owned();
    for _ in 0..1 + rng.below(4) {
        let mut at = rng.below(s.len() + 1);
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        match rng.below(6) {
            0 => {
                let mut end = (at + rng.below(40)).min(s.len());
                while !s.is_char_boundary(end) {
                    end -= 1;
                }
                s.replace_range(at..end, "");
            }
            1 | 2 => s.insert_str(at, FRAGMENTS[rng.below(FRAGMENTS.len())]),
            3 => {
                // Duplicate a line.
                let lines: Vec<&str> = s.lines().collect();
                let l = lines.get(rng.below(lines.len())).copied().unwrap_or("").to_owned();
                s.insert_str(at, &format!("\n{l}\n"));
            }
            4 => {
                // Swap two lines.
                let mut lines: Vec<String> = s.lines().map(str::to_owned).collect();
                if lines.len() > 2 {
                    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                    lines.swap(a, b);
                }
                s = lines.join("\n");
            }
            _ => {
                // Repeat a fragment many times (long words, deep nesting).
                let f = FRAGMENTS[rng.below(FRAGMENTS.len())];
                s.insert_str(at, &f.repeat(1 + rng.below(200)));
            }
        }
    }
    s
}

fn no_panic(input: &str, full_build: bool) {
    let result = catch_unwind(AssertUnwindSafe(|| {
        if full_build {
            let _ = livret::build(input, &root(), &livret::Options::default());
        } else {
            let _ = livret::load(input, &root());
        }
    }));
    if result.is_err() {
        let path = std::env::temp_dir().join("livret-panic-input.toml");
        std::fs::write(&path, input).unwrap();
        panic!("livret panicked on an input, saved to {}", path.display());
    }
}

#[test]
fn mutated_programmes_never_panic() {
    let seed = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    let mut rng = Rng::new(0x5EED);
    // LIVRET_MUTATIONS=100000 cargo test --release mutated runs a longer search.
    let n: usize = std::env::var("LIVRET_MUTATIONS").ok().and_then(|s| s.parse().ok()).unwrap_or(600);
    for i in 0..n {
        let input = mutate(MINIMAL, &mut rng);
        no_panic(&input, i % 3 == 0);
    }
    for i in 0..n / 4 {
        let input = mutate(&seed, &mut rng);
        no_panic(&input, i % 10 == 0);
    }
}

#[test]
fn fuzz_regressions_never_panic() {
    // Inputs found by cargo fuzz (fuzz/), kept as regression tests.
    let dir = root().join("tests/fuzz_regressions");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    for e in entries {
        let bytes = std::fs::read(e.unwrap().path()).unwrap();
        if let Ok(text) = livret::decode(&bytes) {
            no_panic(text, true);
        }
    }
}

#[test]
fn a_one_megabyte_word_is_broken_not_overflowing() {
    let src = format!("{MINIMAL}description = \"{}\"\n", "a".repeat(1_000_000));
    let out = livret::build(&src, &root(), &livret::Options::default()).expect("builds");
    assert!(out.output.pages > 50);
    assert!(out.warnings.iter().any(|w| w.message.contains("wider than its column")));
}

#[test]
fn ten_thousand_workshops_in_one_slot() {
    let mut src = MINIMAL.to_owned();
    for i in 0..10_000 {
        src.push_str(&format!(
            "\n[[day.slot.workshop]]\ntitle = \"Atelier {i}\"\ndescription = \"Un atelier parmi d'autres.\"\n"
        ));
    }
    let out = livret::build(&src, &root(), &livret::Options::default()).expect("builds");
    assert!(out.output.pages > 100);
}

#[test]
fn a_title_at_the_limit_builds_and_one_past_it_is_refused() {
    // 2,000 characters (the limit of one-line values) build, broken over
    // lines; a hundred thousand (which used to build, slowly) are refused
    // with the key, as a title that long is a paste gone wrong.
    let title = "Journée ".repeat(250);
    let src = MINIMAL.replace("Journée d'essai", title.trim_end());
    let out = livret::build(&src, &root(), &livret::Options::default()).expect("builds");
    assert!(out.output.pages > 1);
    let src = MINIMAL.replace("Journée d'essai", &"Journée ".repeat(12_500));
    let err = livret::build(&src, &root(), &livret::Options::default()).unwrap_err();
    assert_eq!((err.0[0].id, err.0[0].key.as_deref()), ("text.line-too-long", Some("event.title")));
}

#[test]
fn inputs_over_ten_megabytes_are_refused() {
    let src = format!("{MINIMAL}# {}\n", "x".repeat(10 * 1024 * 1024));
    let err = livret::build(&src, &root(), &livret::Options::default()).unwrap_err();
    assert!(err.0[0].message.contains("at most 10 MB"), "{:?}", err.0[0]);
}

#[test]
fn characters_no_font_has_are_drawn_as_boxes_with_a_warning() {
    let src = MINIMAL.replace("title = \"Accueil\"", "title = \"Accueil 中文 😀\"");
    let out = livret::build(&src, &root(), &livret::Options::default()).expect("builds");
    let w: Vec<_> = out.warnings.iter().map(|w| w.message.clone()).collect();
    assert!(w.iter().any(|m| m.contains("U+4E2D")), "{w:?}");
    assert!(w.iter().any(|m| m.contains("U+1F600")), "{w:?}");
}

#[test]
fn fallback_fonts_draw_what_the_main_fonts_lack() {
    // Lohit Devanagari (OFL, tests/fixtures) covers Devanagari, which Inter
    // lacks: the text is drawn from it and no warning is given.
    let src = MINIMAL.replace("title = \"Accueil\"", "title = \"Accueil नमस्ते\"")
        + "\n[theme]\nfallback_fonts = [\"tests/fixtures/Lohit-Devanagari.ttf\"]\n";
    let dir = scratch("fallback");
    std::fs::write(dir.join("programme.toml"), &src).unwrap();
    std::fs::create_dir_all(dir.join("tests/fixtures")).unwrap();
    std::fs::copy(root().join("tests/fixtures/Lohit-Devanagari.ttf"), dir.join("tests/fixtures/Lohit-Devanagari.ttf"))
        .unwrap();
    let out = livret(&dir, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("no font has"), "{stderr}");
    let fonts = Pdf::open(&dir.join("out/programme.pdf")).fonts();
    assert!(fonts.iter().any(|f| f.name.contains("Lohit") && f.embedded), "the fallback font is embedded: {fonts:?}");
    assert!(pdf_text(&dir.join("out/programme.pdf")).contains("नमस्ते"), "Devanagari copies back");
}

#[test]
fn a_damaged_font_file_is_named_in_the_error() {
    let src = format!("{MINIMAL}\n[theme]\nbody_font = \"fonts/broken.ttf\"\n");
    let dir = scratch("badfont");
    std::fs::create_dir_all(dir.join("fonts")).unwrap();
    std::fs::write(dir.join("fonts/broken.ttf"), b"not a font at all").unwrap();
    std::fs::write(dir.join("programme.toml"), &src).unwrap();
    let out = livret(&dir, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("fonts/broken.ttf") && stderr.contains("not a TrueType or OpenType font"), "{stderr}");
}
