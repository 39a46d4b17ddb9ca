//! The layout of the seed and of made-up programmes: golden dumps of the
//! positioned pages (`LIVRET_BLESS=1 cargo test` accepts new output), and
//! the layout invariants checked on the model.

use crate::common::*;

use livret::testing::layout::{check, dump};
use livret::testing::text::Fonts;

/// Lay out a programme file of the repository.
fn layout_of(rel: &str) -> (String, Vec<check::Violation>, usize) {
    let path = root().join(rel);
    let src = std::fs::read_to_string(&path).unwrap();
    let base = path.parent().unwrap().to_path_buf();
    // Logo and font paths in the test programmes are relative to the root.
    let base = if rel.starts_with("tests/") { root() } else { base };
    let p = livret::load(&src, &base).map(|w| w.output).unwrap_or_else(|d| panic!("{rel} is invalid: {d:?}"));
    let fonts = Fonts::new(&p.theme.fonts);
    let doc = livret::testing::layout::lay_out(&p, &fonts, Default::default()).output;
    (dump::dump(&doc, &fonts), check::check(&doc), doc.pages.len())
}

#[test]
fn seed_layout() {
    let (dump, violations, _) = layout_of("programme.toml");
    assert!(violations.is_empty(), "{violations:#?}");
    golden("seed", &dump);
}

/// The programmes of the repository, written by others than the layout's
/// authors: each kind of real programme the design must hold.
const PROGRAMMES: [&str; 7] = [
    "programme.toml",
    "tests/programmes/a5-francais.toml",
    "tests/programmes/english-conference.toml",
    "tests/programmes/journee-intersyndicale.toml",
    "tests/programmes/colloque-universitaire.toml",
    "tests/programmes/conference-python.toml",
    "tests/programmes/summer-school.toml",
];

/// The design's promises, checked on a laid-out document: at most eight
/// type sizes, running text at a reading measure, and no page but the
/// cover and the last less than two-thirds full, unless the next one
/// opens a section (a day, the contacts) at its top: a day whose first
/// slots and heading would not fit whole starts on a page of its own.
fn design_holds(name: &str, doc: &livret::testing::layout::Document) {
    let sizes = check::sizes(doc);
    assert!(sizes.len() <= 8, "{name}: {} type sizes: {sizes:?}", sizes.len());
    let (median, p95, lines) = check::measure(doc, 9.5);
    eprintln!("{name}: {} pages, measure median {median}, p95 {p95} ({lines} lines), sizes {sizes:?}", doc.pages.len());
    if lines >= 20 {
        assert!(median <= 75, "{name}: median measure {median} characters");
        assert!(p95 <= 85, "{name}: 95th percentile measure {p95} characters");
    }
    let fill = check::fill(doc);
    let last = fill.len().saturating_sub(1);
    for (i, f) in fill.iter().enumerate() {
        if i > 0 && i < last && !opens_a_section(doc, i + 1) {
            assert!(*f >= 2.0 / 3.0, "{name}: page {} is {:.0} % full ({fill:?})", i + 1, f * 100.0);
        }
    }
}

/// Whether page `i` (0-based) begins with a top-level heading.
fn opens_a_section(doc: &livret::testing::layout::Document, i: usize) -> bool {
    use livret::testing::layout::{Element, Role};
    let top = doc.margins.top;
    let first = doc.pages.get(i).and_then(|p| {
        p.elements
            .iter()
            .filter_map(|e| match e {
                Element::Text { y, block, .. } if *y > top => Some((*y, *block)),
                _ => None,
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
    });
    first.is_some_and(|(_, block)| {
        (block as usize).checked_sub(1).and_then(|b| doc.roles.get(b)) == Some(&Role::Heading(1))
    })
}

#[test]
fn the_design_holds_on_every_programme() {
    for rel in PROGRAMMES {
        let path = root().join(rel);
        let src = std::fs::read_to_string(&path).unwrap();
        let p = livret::load(&src, &root()).map(|w| w.output).unwrap_or_else(|d| panic!("{rel} is invalid: {d:?}"));
        let fonts = Fonts::new(&p.theme.fonts);
        let doc = livret::testing::layout::lay_out(&p, &fonts, Default::default()).output;
        let v = check::check(&doc);
        assert!(v.is_empty(), "{rel}: {v:#?}");
        design_holds(rel, &doc);
    }
}

#[test]
fn english_three_days_five_workshops() {
    let (dump, violations, _) = layout_of("tests/programmes/english-conference.toml");
    assert!(violations.is_empty(), "{violations:#?}");
    assert!(dump.contains("\"Workshop 3.5: Training, skills and the future of work\""));
    golden("english-conference", &dump);
}

#[test]
fn french_a5_with_spaced_times() {
    let (dump, violations, _) = layout_of("tests/programmes/a5-francais.toml");
    assert!(violations.is_empty(), "{violations:#?}");
    assert!(dump.starts_with("document 419.53x595.28"));
    golden("a5-francais", &dump);
}

#[test]
fn invariants_hold_for_generated_programmes() {
    for (seed, days, slots) in [(1, 1, 3), (2, 2, 8), (3, 3, 12), (4, 5, 20), (5, 2, 40)] {
        let src = livret::testing::generate::programme(seed, days, slots);
        let p = livret::load(&src, &root()).map(|w| w.output).expect("generated programmes are valid");
        let fonts = Fonts::new(&p.theme.fonts);
        let doc = livret::testing::layout::lay_out(&p, &fonts, Default::default()).output;
        let v = check::check(&doc);
        assert!(v.is_empty(), "seed {seed}, {days}×{slots}: {v:#?}");
        design_holds(&format!("generated {seed} {days}×{slots}"), &doc);
    }
}

#[test]
fn long_content_flows_onto_new_pages() {
    // One slot with an enormous description: it must spread over pages,
    // never run past the foot of one.
    let para = "Une phrase assez longue pour remplir une ligne entière de texte justifié et composé. ".repeat(40);
    let desc = vec![para; 12].join("\n\n");
    let src = format!("{MINIMAL}description = \"\"\"\n{desc}\n\"\"\"\n");
    let p = livret::load(&src, &root()).map(|w| w.output).unwrap();
    let fonts = Fonts::new(&p.theme.fonts);
    let doc = livret::testing::layout::lay_out(&p, &fonts, Default::default()).output;
    assert!(doc.pages.len() >= 6, "{} pages", doc.pages.len());
    let v = check::check(&doc);
    assert!(v.is_empty(), "{v:#?}");
}

#[test]
fn the_checker_catches_overlaps_and_overflow() {
    // The invariants are only worth something if they can fail.
    let src = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    let p = livret::load(&src, &root()).map(|w| w.output).unwrap();
    let fonts = Fonts::new(&p.theme.fonts);
    let mut doc = livret::testing::layout::lay_out(&p, &fonts, Default::default()).output;
    let page = &mut doc.pages[1];
    let text =
        page.elements.iter().find(|e| matches!(e, livret::testing::layout::Element::Text { .. })).cloned().unwrap();
    page.elements.push(text.clone());
    if let livret::testing::layout::Element::Text { run, extent, block, .. } = text {
        page.elements.push(livret::testing::layout::Element::Text { x: 560.0, y: 400.0, run, extent, block });
    }
    let v = check::check(&doc);
    assert!(v.iter().any(|v| v.message.contains("overlaps")), "{v:#?}");
    assert!(v.iter().any(|v| v.message.contains("outside")), "{v:#?}");
}

/// A venue note longer than a page beside six organisers (class 2 of the
/// hardening issue): it used to be one unbreakable row of cards printed 25
/// lines past the page's foot, over the footer. The tall card now flows
/// onto the next page, in every edition, and nothing of it is lost.
#[test]
fn a_venue_note_longer_than_a_page_flows_onto_the_next() {
    let para = "Accès : métro Arts et Métiers (lignes 3 et 11) ou République (lignes 5, 8 et 9), bus 20, 75 et 96. ";
    let note: String = (0..10).map(|i| format!("{}Paragraphe {i}.\n\n", para.repeat(3))).collect();
    let orgs: String = (0..6)
        .map(|i| format!("\n[[organiser]]\nname = \"Organisation {i}\"\naddress = \"{i} rue de la Paix - 75002 Paris\"\nemail = \"contact{i}@exemple.fr\"\n"))
        .collect();
    let src = format!(
        "{MINIMAL}\n[venue]\nname = \"Bourse du travail\"\ncity = \"Paris\"\nnote = \"\"\"\n{note}\"\"\"\n{orgs}"
    );
    for profile in [livret::Profile::Standard, livret::Profile::Booklet] {
        let p = livret::load(&src, &root()).unwrap().output;
        let fonts = Fonts::new(&p.theme.fonts);
        let laid = livret::testing::layout::lay_out(&p, &fonts, profile);
        let ids: Vec<&str> = laid.warnings.iter().map(|w| w.id).collect();
        assert!(!ids.contains(&"layout.taller-than-page"), "{profile:?}: {ids:?}");
        let doc = laid.output;
        let v = check::check(&doc);
        assert!(v.is_empty(), "{profile:?}: {v:#?}");
        // Every paragraph of the note is on a page, the last one after
        // the page the cards start on.
        let dump = dump::dump(&doc, &fonts);
        for i in 0..10 {
            assert!(dump.contains(&format!("Paragraphe {i}.")), "{profile:?}: paragraph {i} is lost");
        }
        let pages: Vec<&str> = dump.split("\npage ").collect();
        let first = pages.iter().position(|p| p.contains("Organisation 0")).unwrap();
        let last = pages.iter().position(|p| p.contains("Paragraphe 9.")).unwrap();
        assert!(last > first, "{profile:?}: the note did not flow on");
    }
}
