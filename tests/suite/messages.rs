//! Every kind of diagnostic, drawn in French and in English: golden files
//! of what `livret check` prints for a set of mistaken programmes
//! (`LIVRET_BLESS=1 cargo test` accepts new output).

use crate::common::*;

/// Programmes with mistakes, each meant to raise a few kinds.
const CASES: &[(&str, &str)] = &[
    ("unknown-key", "[event]\ntitel = \"Journée\"\n"),
    ("wrong-type", "[event]\ntitle = 12\n"),
    ("day-as-table", "[event]\ntitle = \"A\"\n\n[day]\ndate = 2024-03-12\n"),
    ("duplicate-key", "[event]\ntitle = \"A\"\ntitle = \"B\"\n"),
    ("syntax", "[event]\ntitle = Journée\n"),
    // Keys nested past the parser's limit: it said "recursion limit" and
    // gave no line.
    (
        "too-deep",
        "[event]\ntitle = \"A\"\n\n[a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.b]\n",
    ),
    ("no-event", "[[day]]\ndate = 2024-03-12\n\n[[day.slot]]\nstart = \"9h\"\ntitle = \"A\"\n"),
    ("no-day", "[event]\ntitle = \"A\"\n"),
    (
        "values",
        "[event]\ntitle = \"A\"\nlanguage = \"de\"\ntimezone = \"Paris\"\nupdated = \"hier\"\n\n[theme]\nprimary = \"rouge\"\npaper = \"A3\"\ntime_style = \"long\"\n\n[output]\nprofiles = [\"poster\"]\n\n[[day]]\ndate = \"le 12 mars\"\n\n[[day.slot]]\nstart = \"25h70\"\ntitle = \"A\"\n",
    ),
    (
        "slots",
        "[event]\ntitle = \"A\"\n\n[[day]]\ndate = 2024-03-12\n\n[[day.slot]]\nstart = \"10h\"\nend = \"9h\"\nkind = \"lunch\"\ntitle = \"A\"\nid = \"a b\"\n\n[[day.slot]]\nstart = \"11h\"\nend = \"12h\"\nid = \"x\"\n\n[[day.slot.workshop]]\ntitle = \"W\"\nstart = \"13h\"\nid = \"x\"\n",
    ),
    (
        "missing-logo",
        "[event]\ntitle = \"A\"\n\n[[organiser]]\nname = \"S\"\nlogo = \"nowhere.png\"\n\n[[day]]\ndate = 2024-03-12\n\n[[day.slot]]\nstart = \"9h\"\ntitle = \"A\"\n",
    ),
    // Every logo below is written by `drawn`.
    (
        "bad-logos",
        "[event]\ntitle = \"A\"\n\n[[organiser]]\nname = \"S\"\nlogo = \"abime.png\"\n\n[[organiser]]\nname = \"T\"\nlogo = \"geant.png\"\n\n[[organiser]]\nname = \"U\"\nlogo = \"texte.png\"\n\n[[organiser]]\nname = \"V\"\nlogo = \"distant.svg\"\n\n[[organiser]]\nname = \"W\"\nlogo = \"absent.svg\"\n\n[[day]]\ndate = 2024-03-12\n\n[[day.slot]]\nstart = \"9h\"\ntitle = \"A\"\n",
    ),
    (
        "missing-font",
        "[event]\ntitle = \"A\"\n\n[theme]\nbody_font = \"polices/nulle-part.ttf\"\n\n[[day]]\ndate = 2024-03-12\n\n[[day.slot]]\nstart = \"9h\"\ntitle = \"A\"\n",
    ),
    (
        "warnings",
        "[event]\ntitle = \"A\"\nsubtitle = \"12 mars 2024\"\nintroduction = \"\"\"A l'heure des présent.es et des participant·es, l'Etat <b>fort</b> [clic](javascript:x).\"\"\"\n\n[[organiser]]\nname = \"Syndicat\"\n\n[[day]]\ndate = 2024-03-12\n\n[[day.slot]]\nstart = \"9h\"\ntitle = \"Ouverture\"\nspeakers = [{ name = \"Ana Lopes\", tbc = true }, { tbc = true }]\n\n[[day.slot]]\nstart = \"10h\"\nend = \"9h30\"\ntitle = \"B\"\n\n[[day.slot]]\nstart = \"11h\"\nend = \"12h\"\ntitle = \"C\"\n\n[[day.slot.workshop]]\ntitle = \"W1\"\nguest = \"Ana Lopes\"\n\n[[day.slot.workshop]]\ntitle = \"W2\"\nguest = \"Ana Lopes\"\n",
    ),
];

/// Unusable logos: a damaged PNG, one declaring 100,000 × 100,000
/// pixels, text named `.png`, and SVGs pointing at a web address and at
/// a missing picture.
fn logos() -> Vec<(&'static str, Vec<u8>)> {
    let png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut giant = png.clone();
    giant.extend([0, 0, 0, 13]);
    giant.extend(b"IHDR");
    giant.extend(100_000u32.to_be_bytes());
    giant.extend(100_000u32.to_be_bytes());
    giant.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    let svg = |href: &str| {
        format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><image href=\"{href}\" width=\"10\" height=\"10\"/></svg>").into_bytes()
    };
    vec![
        ("abime.png", [png, b"not a picture".to_vec()].concat()),
        ("geant.png", giant),
        ("texte.png", b"Bonjour".to_vec()),
        ("distant.svg", svg("https://example.org/logo.png")),
        ("absent.svg", svg("logo-absent.png")),
    ]
}

fn drawn(lang: &str) -> String {
    let mut all = String::new();
    for (name, src) in CASES {
        let dir = scratch(&format!("messages-{lang}-{name}"));
        std::fs::write(dir.join("programme.toml"), src).unwrap();
        for (file, bytes) in logos() {
            std::fs::write(dir.join(file), bytes).unwrap();
        }
        let out = livret(&dir, &["check", "--lang", lang]);
        all.push_str(&format!("==== {name} (exit {:?})\n", out.status.code()));
        all.push_str(&String::from_utf8_lossy(&out.stderr));
        all.push_str(&String::from_utf8_lossy(&out.stdout));
    }
    all
}

#[test]
fn every_diagnostic_in_english() {
    let s = drawn("en");
    assert!(s.contains("unknown key `titel`") && s.contains("did you mean `title`?"), "{s}");
    assert!(!looks_like_debug(&s), "{s}");
    golden("messages-en", &s);
}

/// Whether a text shows a Rust structure (`ChunkType { type: a, … }`),
/// as foreign errors' own wording does.
fn looks_like_debug(s: &str) -> bool {
    s.split(" { ").skip(1).any(|rest| {
        let field: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        !field.is_empty() && rest[field.len()..].starts_with(": ")
    })
}

#[test]
fn every_diagnostic_in_french() {
    let s = drawn("fr");
    assert!(s.contains("clé inconnue « titel »") && s.contains("vouliez-vous dire « title » ?"), "{s}");
    assert!(s.contains("avertissement :") && s.contains("erreur :"), "{s}");
    assert!(!looks_like_debug(&s), "{s}");
    // Every logo problem in French words: none of the English sentence.
    assert!(!s.contains("the logo") && !s.contains("the picture"), "{s}");
    golden("messages-fr", &s);
}
