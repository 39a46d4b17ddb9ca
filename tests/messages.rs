//! Every kind of diagnostic, drawn in French and in English: golden files
//! of what `livret check` prints for a set of mistaken programmes
//! (`LIVRET_BLESS=1 cargo test` accepts new output).

mod common;
use common::*;

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
    (
        "missing-font",
        "[event]\ntitle = \"A\"\n\n[theme]\nbody_font = \"polices/nulle-part.ttf\"\n\n[[day]]\ndate = 2024-03-12\n\n[[day.slot]]\nstart = \"9h\"\ntitle = \"A\"\n",
    ),
    (
        "warnings",
        "[event]\ntitle = \"A\"\nsubtitle = \"12 mars 2024\"\nintroduction = \"\"\"A l'heure des présent.es et des participant·es, l'Etat <b>fort</b> [clic](javascript:x).\"\"\"\n\n[[organiser]]\nname = \"Syndicat\"\n\n[[day]]\ndate = 2024-03-12\n\n[[day.slot]]\nstart = \"9h\"\ntitle = \"Ouverture\"\nspeakers = [{ name = \"Ana Lopes\", tbc = true }, { tbc = true }]\n\n[[day.slot]]\nstart = \"10h\"\nend = \"9h30\"\ntitle = \"B\"\n\n[[day.slot]]\nstart = \"11h\"\nend = \"12h\"\ntitle = \"C\"\n\n[[day.slot.workshop]]\ntitle = \"W1\"\nguest = \"Ana Lopes\"\n\n[[day.slot.workshop]]\ntitle = \"W2\"\nguest = \"Ana Lopes\"\n",
    ),
];

fn drawn(lang: &str) -> String {
    let mut all = String::new();
    for (name, src) in CASES {
        let dir = scratch(&format!("messages-{lang}-{name}"));
        std::fs::write(dir.join("programme.toml"), src).unwrap();
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
    golden("messages-en", &s);
}

#[test]
fn every_diagnostic_in_french() {
    let s = drawn("fr");
    assert!(s.contains("clé inconnue « titel »") && s.contains("vouliez-vous dire « title » ?"), "{s}");
    assert!(s.contains("avertissement :") && s.contains("erreur :"), "{s}");
    golden("messages-fr", &s);
}
