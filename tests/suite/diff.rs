//! `livret diff`: golden summaries for edits of the seed (French) and of
//! the English test programme: a guest replaced, a time moved, a slot
//! inserted, a workshop removed, a speaker confirmed.

use crate::common::*;

fn programme(src: &str) -> livret::model::Programme {
    livret::load(src, &root()).unwrap_or_else(|d| panic!("{d:?}")).output
}

/// Apply `edits` (each replaced once) to `src`; every edit must apply.
fn edited(src: &str, edits: &[(&str, &str)]) -> String {
    let mut s = src.to_owned();
    for (from, to) in edits {
        assert!(s.contains(from), "the edit {from:?} does not apply");
        s = s.replacen(from, to, 1);
    }
    s
}

fn summary(old: &str, new: &str) -> String {
    let (o, n) = (programme(old), programme(new));
    livret::diff::render(&n, &livret::diff::changes(&o, &n), livret::diff::Style::Text)
}

#[test]
fn the_seed_edited_the_night_before() {
    let old = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    let new = edited(
        &old,
        &[
            ("guest = \"Antonio Casilli\"", "guest = \"Sophie Binet\""),
            (
                "start = \"10h30\"\nend = \"12h\"\nkind = \"plenary\"",
                "start = \"11h\"\nend = \"12h30\"\nkind = \"plenary\"",
            ),
            ("guest = { tbc = true }", "guest = { name = \"Marie Dupont\", role = \"CNRS\" }"),
            (
                "[[day.slot]]\nstart = \"12h\"\nend = \"14h\"\nkind = \"meal\"",
                "[[day.slot]]\nstart = \"12h30\"\nend = \"12h45\"\ntitle = \"Photo de groupe\"\n\n[[day.slot]]\nstart = \"12h\"\nend = \"14h\"\nkind = \"meal\"",
            ),
        ],
    );
    let s = summary(&old, &new);
    assert!(s.contains("Sophie Binet remplace Antonio Casilli"), "{s}");
    // Nothing is listed that did not change: the slots after the inserted
    // one are not "changed".
    assert_eq!(s.matches("\n- ").count(), 4, "{s}");
    golden("diff-seed-fr", &s);
    // No change, nothing listed.
    assert!(summary(&old, &old).contains("Aucun changement."));
}

#[test]
fn an_english_programme_edited() {
    let old = std::fs::read_to_string(root().join("tests/programmes/english-conference.toml")).unwrap();
    let new = edited(
        &old,
        &[
            // Confirmed.
            (
                "{ name = \"Priya Raghunathan\", role = \"Data Protection Officer\", tbc = true }",
                "{ name = \"Priya Raghunathan\", role = \"Data Protection Officer\" }",
            ),
            // A break moved.
            ("start = \"10:30\"\nend = \"11:00\"", "start = \"10:30\"\nend = \"11:15\""),
        ],
    );
    // A workshop removed: its whole block, up to the next one.
    let at = new.find("[[day.slot.workshop]]\ntitle = \"Workshop 1.2:").expect("workshop 1.2");
    let end = at + 1 + new[at + 1..].find("[[day.slot.workshop]]").expect("a workshop after it");
    let new = format!("{}{}", &new[..at], &new[end..]);
    let s = summary(&old, &new);
    assert!(s.contains("Priya Raghunathan is confirmed"), "{s}");
    assert!(s.contains("new time 10:30–11:15"), "{s}");
    assert!(s.contains("Workshop 1.2: Health and safety in automated workplaces” is cancelled"), "{s}");
    golden("diff-english-en", &s);
}
