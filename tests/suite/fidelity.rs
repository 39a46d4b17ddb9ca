//! Nothing the user wrote is lost: every text value of every field of
//! every kind of slot reaches the PDF's text (a lunch-time workshop inside
//! a `meal` slot once vanished without a word).

use crate::common::*;

use livret::testing::generate::Rng;

/// A made-up word, unlikely to be hyphenated: short syllables.
fn word(rng: &mut Rng) -> String {
    const SYL: [&str; 12] = ["ba", "ko", "ri", "tu", "me", "sa", "lo", "vi", "da", "ne", "po", "gu"];
    let n = 2 + rng.below(2);
    let mut w: String = (0..n).map(|_| SYL[rng.below(SYL.len())]).collect();
    // Capitalised, so the hyphenator leaves it whole.
    w[..1].make_ascii_uppercase();
    w
}

/// One programme with every slot kind, every field filled with fresh
/// words; the words expected in the PDF.
fn programme(seed: u64) -> (String, Vec<String>) {
    let mut rng = Rng::new(seed);
    let mut expect = Vec::new();
    let w = |rng: &mut Rng, expect: &mut Vec<String>| {
        let s = word(rng);
        expect.push(s.clone());
        s
    };
    let mut src = String::from("[event]\ntitle = \"Journée d'essai\"\n\n[[day]]\ndate = 2024-03-12\n");
    let kinds =
        ["welcome", "introduction", "plenary", "workshops", "break", "meal", "restitution", "conclusion", "other"];
    for (i, kind) in kinds.iter().enumerate() {
        let h = 8 + i;
        src.push_str(&format!(
            "\n[[day.slot]]\nstart = \"{h}h\"\nend = \"{h}h50\"\nkind = \"{kind}\"\nlabel = \"{}\"\ntitle = \"{}\"\nroom = \"{}\"\ndescription = \"{} {}\"\nmoderator = {{ name = \"{}\", role = \"{}\" }}\nspeakers = [{{ name = \"{}\", role = \"{}\" }}, \"{}\", {{ tbc = true }}]\n",
            w(&mut rng, &mut expect),
            w(&mut rng, &mut expect),
            w(&mut rng, &mut expect),
            w(&mut rng, &mut expect),
            w(&mut rng, &mut expect),
            w(&mut rng, &mut expect),
            w(&mut rng, &mut expect),
            w(&mut rng, &mut expect),
            w(&mut rng, &mut expect),
            w(&mut rng, &mut expect),
        ));
        for _ in 0..2 {
            src.push_str(&format!(
                "\n[[day.slot.workshop]]\ntitle = \"{}\"\ntopics = \"{}\"\ndescription = \"{}\"\nguest = {{ name = \"{}\", role = \"{}\" }}\nspeakers = [\"{}\"]\nmoderator = \"{}\"\nroom = \"{}\"\nlabel = \"{}\"\n",
                w(&mut rng, &mut expect),
                w(&mut rng, &mut expect),
                w(&mut rng, &mut expect),
                w(&mut rng, &mut expect),
                w(&mut rng, &mut expect),
                w(&mut rng, &mut expect),
                w(&mut rng, &mut expect),
                w(&mut rng, &mut expect),
                w(&mut rng, &mut expect),
            ));
        }
    }
    (src, expect)
}

#[test]
fn every_value_of_every_slot_kind_reaches_the_pdf() {
    for seed in 1..=3 {
        let (src, expect) = programme(seed);
        let dir = scratch(&format!("fidelity-{seed}"));
        std::fs::write(dir.join("programme.toml"), &src).unwrap();
        for profile in ["standard", "booklet"] {
            let out = livret(&dir, &["build", "--profile", profile, "-o", "p.pdf"]);
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            // Labels are printed in capitals: compared without case.
            let text = pdf_text(&dir.join("p.pdf")).to_uppercase();
            let missing: Vec<&String> = expect.iter().filter(|w| !text.contains(&w.to_uppercase())).collect();
            assert!(missing.is_empty(), "seed {seed}, {profile}: missing from the PDF: {missing:?}\n{src}");
        }
    }
}
