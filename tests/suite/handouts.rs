//! The handout editions read back from their PDFs: the booklet's
//! imposition order, the print shop's page boxes, the photocopy edition's
//! colour spaces, and the command line that makes them.

use crate::common::*;

use std::path::Path;

use livret::Profile;

/// Build one edition of a programme text with the library.
fn edition(src: &str, profile: Profile) -> livret::Output {
    let options = livret::Options { profile, ..Default::default() };
    livret::build(src, &root(), &options).unwrap_or_else(|d| panic!("{d:?}")).output
}

/// The text in a rectangle of a PDF page (1-based), in points from the
/// page's top-left corner.
fn text_in(pdf: &Path, page: usize, (x, y, w, h): (f32, f32, f32, f32)) -> String {
    Pdf::open(pdf).text_in(page - 1, (x as f64, y as f64, w as f64, h as f64))
}

/// The page number printed in a footer (`Page 3 / 12`), if any.
fn footer_number(text: &str) -> Option<usize> {
    let at = text.find("Page ")?;
    text[at + 5..].split_whitespace().next()?.parse().ok()
}

/// Generated programmes whose booklet has `content` pages before padding.
fn programme_with_booklet_pages(content: usize) -> Option<String> {
    for days in 1..=3 {
        for slots in 1..=40 {
            let src = livret::testing::generate::programme(7, days, slots);
            let p = livret::load(&src, &root()).ok()?.output;
            let fonts = livret::testing::text::Fonts::new(&p.theme.fonts);
            let doc = livret::testing::layout::lay_out(&p, &fonts, Profile::Booklet).output;
            if doc.pages.len() - doc.notes == content {
                return Some(src);
            }
        }
    }
    None
}

#[test]
fn the_booklet_is_imposed_in_saddle_stitch_order() {
    for content in [4, 8, 12, 13] {
        let Some(src) = programme_with_booklet_pages(content) else {
            panic!("no generated programme has a booklet of {content} pages");
        };
        let out = edition(&src, Profile::Booklet);
        let p = out.pages;
        assert_eq!(p % 4, 0, "{content} pages padded to {p}");
        assert!(p >= content && p < content + 4);
        assert_eq!(out.sides, p / 2);
        let dir = scratch(&format!("booklet-{content}"));
        let pdf = dir.join("b.pdf");
        std::fs::write(&pdf, &out.pdf).unwrap();
        // A4 landscape sheets, two A5 pages side by side.
        for (s, pair) in livret::booklet_sides(p).iter().enumerate() {
            for (half, expected) in pair.iter().enumerate() {
                let text = text_in(&pdf, s + 1, (half as f32 * 421.0, 0.0, 420.0, 595.0));
                match footer_number(&text) {
                    Some(n) => assert_eq!(n, *expected, "sheet side {} half {half}: {text}", s + 1),
                    // Only the cover has no footer.
                    None => assert_eq!(*expected, 1, "sheet side {} half {half} has no page number: {text}", s + 1),
                }
            }
        }
    }
}

#[test]
fn the_booklet_pads_with_notes_before_the_back_cover() {
    let src = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    let p = livret::load(&src, &root()).unwrap().output;
    let fonts = livret::testing::text::Fonts::new(&p.theme.fonts);
    let doc = livret::testing::layout::lay_out(&p, &fonts, Profile::Booklet).output;
    assert_eq!(doc.pages.len() % 4, 0);
    assert_eq!(doc.page_size, livret::model::Paper::A5.size_pt());
    let v = livret::testing::layout::check::check(&doc);
    assert!(v.is_empty(), "{v:#?}");
    // The contacts close the booklet, on its last page.
    let dump = livret::testing::layout::dump::dump(&doc, &fonts);
    let last = dump.rsplit("\npage ").next().unwrap();
    assert!(last.contains("\"Contact\""), "{last}");
    if doc.notes > 0 {
        let notes_page = dump.split("\npage ").nth(doc.pages.len() - 1).unwrap();
        assert!(notes_page.contains("\"Notes\""), "{notes_page}");
    }
}

#[test]
fn the_print_shop_edition_has_bleed_trim_and_marks() {
    let src = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    let out = edition(&src, Profile::PrintShop);
    let dir = scratch("print-shop");
    let pdf = dir.join("p.pdf");
    std::fs::write(&pdf, &out.pdf).unwrap();
    let doc = lopdf::Document::load(&pdf).unwrap();
    let bleed = 3.0 * 72.0 / 25.4;
    let (w, h) = livret::model::Paper::A4.size_pt();
    for (n, id) in doc.get_pages() {
        let page = doc.get_dictionary(id).unwrap();
        let rect = |key: &[u8]| -> Vec<f32> {
            page.get(key)
                .unwrap_or_else(|_| panic!("page {n} has no {}", String::from_utf8_lossy(key)))
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o.as_float().unwrap())
                .collect()
        };
        let (media, trim, bleed_box) = (rect(b"MediaBox"), rect(b"TrimBox"), rect(b"BleedBox"));
        let close = |a: f32, b: f32| (a - b).abs() < 0.05;
        assert!(close(trim[2] - trim[0], w) && close(trim[3] - trim[1], h), "page {n}: trim box {trim:?}");
        for i in 0..2 {
            assert!(close(bleed_box[i], trim[i] - bleed), "page {n}: bleed box {bleed_box:?} vs {trim:?}");
            assert!(close(bleed_box[i + 2], trim[i + 2] + bleed), "page {n}: bleed box {bleed_box:?}");
            // The marks are outside the bleed, inside the sheet.
            assert!(media[i] < bleed_box[i] - 10.0 && media[i + 2] > bleed_box[i + 2] + 10.0, "page {n}: {media:?}");
        }
    }
}

/// The operators of a content stream.
fn operators(content: &[u8]) -> Vec<String> {
    lopdf::content::Content::decode(content).unwrap().operations.into_iter().map(|o| o.operator).collect()
}

#[test]
fn the_photocopy_edition_uses_grey_only() {
    let src = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    let out = edition(&src, Profile::Photocopy);
    let doc = lopdf::Document::load_mem(&out.pdf).unwrap();
    let mut ops = Vec::new();
    for (_, id) in doc.get_pages() {
        ops.extend(operators(&doc.get_page_content(id)));
    }
    // Form XObjects and images: every stream is grey.
    for (_, obj) in doc.objects.iter() {
        let Ok(stream) = obj.as_stream() else { continue };
        let subtype = stream.dict.get(b"Subtype").and_then(|s| s.as_name()).unwrap_or(b"");
        if subtype == b"Form" {
            let mut s = stream.clone();
            let _ = s.decompress();
            ops.extend(operators(&s.content));
        }
        if subtype == b"Image" {
            let cs = stream.dict.get(b"ColorSpace").unwrap();
            let grey = match cs {
                lopdf::Object::Name(n) => n == b"DeviceGray",
                other => format!("{other:?}").contains("DeviceGray"),
            };
            assert!(grey, "an image is not grey: {cs:?}");
        }
    }
    assert!(ops.iter().any(|o| o == "g"), "no grey fill at all");
    for colour in ["rg", "RG", "k", "K", "sc", "scn", "SC", "SCN"] {
        assert!(!ops.iter().any(|o| o == colour), "the photocopy edition uses the colour operator {colour}");
    }
    // And the standard edition does use colour (the check can fail): as
    // an archival PDF, in its sRGB colour space (`scn`).
    let std = edition(&src, Profile::Standard);
    let doc = lopdf::Document::load_mem(&std.pdf).unwrap();
    let (_, first) = doc.get_pages().into_iter().next().unwrap();
    assert!(operators(&doc.get_page_content(first)).iter().any(|o| o == "rg" || o == "scn"));
}

#[test]
fn the_editions_of_one_build_embed_the_same_font_subsets() {
    // A subset's tag (`ABCDEF+Inter-Regular`) is a hash of its glyphs and
    // their numbering: the same tags, the same subsets, made once.
    let src = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    let built = livret::build_editions(&src, &root(), &Default::default(), Some(&Profile::ALL)).unwrap().output;
    let names =
        |pdf: &[u8]| -> Vec<String> { Pdf::from_bytes(pdf.to_vec()).fonts().into_iter().map(|f| f.name).collect() };
    let standard = names(&built[0].output.pdf);
    assert_eq!(standard.len(), 5, "{standard:?}");
    assert!(standard.iter().all(|n| n.len() > 7 && n.as_bytes()[6] == b'+'), "{standard:?}");
    for e in &built[1..] {
        assert_eq!(names(&e.output.pdf), standard, "{:?}", e.profile);
    }
}

#[test]
fn build_all_writes_four_editions_with_plain_instructions() {
    let dir = scratch("build-all");
    let src = root().join("programme.toml");
    let out = livret(&dir, &["build", src.to_str().unwrap(), "--all", "-o", "p.pdf"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    for name in ["p.pdf", "p-livret.pdf", "p-nb.pdf", "p-imprimeur.pdf"] {
        assert!(dir.join(name).exists(), "{name} missing: {stdout}");
        assert!(stdout.contains(name), "{stdout}");
    }
    assert!(stdout.contains("flip on the short edge, fold in the middle, staple"), "{stdout}");
    // One profile and -o: exactly that path.
    let out = livret(&dir, &["build", src.to_str().unwrap(), "--profile", "booklet", "-o", "exact.pdf"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.join("exact.pdf").exists());
    // An unknown profile is a usage error.
    let out = livret(&dir, &["build", src.to_str().unwrap(), "--profile", "poster"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("booklet"));
}

#[test]
fn sheets_lists_the_pages_on_each_side_of_each_sheet() {
    let dir = scratch("sheets");
    let src = root().join("programme.toml");
    let out = livret(&dir, &["build", src.to_str().unwrap(), "--profile", "booklet", "--sheets", "-o", "b.pdf"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let title = stdout.lines().find(|l| l.contains("pages on")).unwrap_or_else(|| panic!("{stdout}"));
    let p: usize = title.split(": ").nth(1).and_then(|t| t.split(' ').next()?.parse().ok()).unwrap();
    assert_eq!(p % 4, 0, "{title}");
    let rows: Vec<&str> = stdout.lines().filter(|l| l.trim_start().starts_with("sheet ")).collect();
    assert_eq!(rows.len(), p / 4, "{stdout}");
    for (s, row) in rows.iter().enumerate() {
        // Saddle stitch: front [P − 2s, 2s + 1], back [2s + 2, P − 2s − 1].
        let want =
            format!("sheet {}: front {} · {}, back {} · {}", s + 1, p - 2 * s, 2 * s + 1, 2 * s + 2, p - 2 * s - 1);
        assert_eq!(row.trim(), want);
    }
    // Without --sheets, no plan.
    let out = livret(&dir, &["build", src.to_str().unwrap(), "--profile", "booklet", "-o", "b.pdf"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("sheet 1:"));
}

#[test]
fn a_failing_edition_replaces_no_file() {
    let dir = scratch("build-all-fail");
    let src = root().join("programme.toml");
    std::fs::write(dir.join("p.pdf"), b"old").unwrap();
    // The booklet's target is a folder: its write fails, so the standard
    // edition must not be replaced either.
    std::fs::create_dir_all(dir.join("p-livret.pdf")).unwrap();
    let out =
        livret(&dir, &["build", src.to_str().unwrap(), "--profile", "standard", "--profile", "booklet", "-o", "p.pdf"]);
    assert!(!out.status.success());
    assert!(std::fs::read(dir.join("p.pdf")).unwrap() == b"old", "the standard edition was replaced");
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a folder"), "{}", String::from_utf8_lossy(&out.stderr));
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
