//! The PDF read back with poppler: A4 pages, fonts embedded as subsets
//! with Unicode maps, bookmarks, links, metadata, determinism and size.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::Command;

fn build(name: &str, src: &Path, env: &[(&str, &str)]) -> PathBuf {
    let dir = scratch(name);
    let pdf = dir.join("p.pdf");
    let mut cmd = command();
    cmd.args(["build", src.to_str().unwrap(), "-o", pdf.to_str().unwrap()]).env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    pdf
}

fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out =
        Command::new(tool).args(args).arg(pdf).output().unwrap_or_else(|_| panic!("{tool} (poppler-utils) is needed"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn fonts_are_embedded_subsets_with_unicode_maps() {
    let pdf = build("pdf-fonts", &root().join("programme.toml"), &[]);
    let fonts = poppler("pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 4, "{fonts}");
    for r in rows {
        let cols: Vec<&str> = r.split_whitespace().collect();
        // name type... emb sub uni object ID
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "not embedded/subset/unicode: {r}");
        assert!(cols[0].contains('+'), "subset fonts have a tag prefix: {r}");
    }
}

#[test]
fn bookmarks_follow_days_and_slots() {
    let pdf = build("pdf-outline", &root().join("programme.toml"), &[]);
    let xml = poppler("pdftohtml", &["-xml", "-i", "-stdout", "-q"], &pdf);
    let items: Vec<&str> = xml.match_indices("<item").map(|(i, _)| &xml[i..]).collect();
    // Cover title, 2 days, 12 slots, contact.
    assert_eq!(items.len(), 16, "{xml}");
    assert!(xml.contains(">Mardi 19 décembre<") || xml.contains(">Mardi 19\u{a0}décembre<"), "{xml}");
    // Slots are nested under their day.
    let outline = &xml[xml.find("<outline>").unwrap()..];
    assert!(outline.matches("<outline>").count() >= 3, "nested outlines expected: {outline}");
}

#[test]
fn contacts_are_clickable() {
    let pdf = build("pdf-links", &root().join("programme.toml"), &[]);
    let urls = poppler("pdfinfo", &["-url"], &pdf);
    for target in
        ["mailto:contact@solidaires.org", "mailto:cefi@solidaires.org", "tel:+33158393020", "tel:+33140184443"]
    {
        assert!(urls.contains(target), "missing link {target}:\n{urls}");
    }
}

#[test]
fn links_in_text_are_clickable() {
    let pdf = build("pdf-links-text", &root().join("tests/programmes/a5-francais.toml"), &[]);
    let urls = poppler("pdfinfo", &["-url"], &pdf);
    assert!(urls.contains("mailto:formation@exemple.fr"), "{urls}");
    assert!(urls.contains("https://exemple.fr/universite-ete-2025/programme-complet"), "{urls}");
}

#[test]
fn metadata_and_language() {
    let pdf = build("pdf-meta", &root().join("programme.toml"), &[]);
    let info = poppler("pdfinfo", &[], &pdf);
    assert!(info.contains("Title:           Journées intelligence artificielle"), "{info}");
    assert!(info.contains("Author:          Union syndicale Solidaires, CEFI Solidaires"), "{info}");
    assert!(info.contains("Subject:         Programme"), "{info}");
    // An archival PDF must carry a date: without [event] updated or
    // SOURCE_DATE_EPOCH, the event's first day (the same every build).
    assert!(info.contains("CreationDate:    Tue Dec 19 00:00:00 2023"), "{info}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.windows(14).any(|w| w == b"/Lang(fr-FR)/O" || w.starts_with(b"/Lang(fr-FR)")), "no /Lang");
}

#[test]
fn source_date_epoch_sets_the_creation_date() {
    let src = root().join("programme.toml");
    let a = build("pdf-sde-a", &src, &[("SOURCE_DATE_EPOCH", "1700000000")]);
    let b = build("pdf-sde-b", &src, &[("SOURCE_DATE_EPOCH", "1700000000")]);
    let info = poppler("pdfinfo", &[], &a);
    assert!(info.contains("CreationDate:    Tue Nov 14 22:13:20 2023"), "{info}");
    assert_eq!(std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
}

#[test]
fn small_without_logos() {
    let src = std::fs::read_to_string(root().join("programme.toml")).unwrap();
    let no_logos: String = src.lines().filter(|l| !l.trim_start().starts_with("logo")).collect::<Vec<_>>().join("\n");
    let dir = scratch("pdf-small");
    std::fs::write(dir.join("programme.toml"), no_logos).unwrap();
    let pdf = build("pdf-small-out", &dir.join("programme.toml"), &[]);
    let size = std::fs::metadata(&pdf).unwrap().len();
    assert!(size < 100 * 1024, "{size} bytes");
}

#[test]
fn page_size_and_count() {
    let pdf = build("pdf-a5", &root().join("tests/programmes/a5-francais.toml"), &[]);
    let info = poppler("pdfinfo", &[], &pdf);
    assert!(info.contains("419.53 x 595.28 pts"), "{info}");
    let pdf = build("pdf-en", &root().join("tests/programmes/english-conference.toml"), &[]);
    let info = poppler("pdfinfo", &[], &pdf);
    assert!(info.contains("(A4)"), "{info}");
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Siobhán O’Connor-Żelazny") || text.contains("Siobhán O'Connor-Żelazny"),
        "diacritics copy back"
    );
    assert!(text.contains("Page 2 / "), "running footer");
}

/// `pdfimages -list` rows: (width, height, encoding, type).
fn images(pdf: &Path) -> Vec<(u32, u32, String, String)> {
    let list = poppler("pdfimages", &["-list"], pdf);
    list.lines()
        .skip(2)
        .filter_map(|l| {
            let c: Vec<&str> = l.split_whitespace().collect();
            Some((c.get(3)?.parse().ok()?, c.get(4)?.parse().ok()?, c.get(8)?.to_string(), c.get(2)?.to_string()))
        })
        .collect()
}

#[test]
fn raster_logos_jpeg_passed_through_png_alpha_kept_and_large_ones_downsampled() {
    let dir = scratch("pdf-raster");
    // A large PNG with transparency: 3000 × 1000 pixels.
    let (w, h) = (3000u32, 1000u32);
    let mut px = Vec::with_capacity((w * h * 4) as usize);
    for y in 0..h {
        for x in 0..w {
            px.extend_from_slice(&[(x % 256) as u8, (y % 256) as u8, 90, if x < w / 2 { 255 } else { 0 }]);
        }
    }
    let file = std::fs::File::create(dir.join("big.png")).unwrap();
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), w, h);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    enc.write_header().unwrap().write_image_data(&px).unwrap();
    std::fs::copy(root().join("tests/fixtures/logo.jpg"), dir.join("logo.jpg")).unwrap();
    let src = format!(
        "{MINIMAL}\n[[organiser]]\nname = \"Grand logo\"\nlogo = \"big.png\"\n\n[[organiser]]\nname = \"Petit logo\"\nlogo = \"logo.jpg\"\n"
    );
    std::fs::write(dir.join("programme.toml"), src).unwrap();
    let pdf = build("pdf-raster-out", &dir.join("programme.toml"), &[]);
    let imgs = images(&pdf);
    let jpeg = imgs.iter().find(|i| i.2 == "jpeg").unwrap_or_else(|| panic!("JPEG passed through: {imgs:?}"));
    assert_eq!((jpeg.0, jpeg.1), (240, 80), "JPEG keeps its pixels");
    let big: Vec<_> = imgs.iter().filter(|i| i.2 != "jpeg" && i.3 == "image").collect();
    assert!(!big.is_empty(), "{imgs:?}");
    for b in &big {
        assert!(b.0 < 1000 && b.1 < 400, "the 3000-pixel logo is downsampled: {imgs:?}");
    }
    assert!(imgs.iter().any(|i| i.3 == "smask"), "PNG alpha kept as a soft mask: {imgs:?}");
    assert!(std::fs::metadata(&pdf).unwrap().len() < 400 * 1024);
}

#[test]
fn tagged_for_screen_readers() {
    let pdf = build("pdf-tagged", &root().join("programme.toml"), &[]);
    let info = poppler("pdfinfo", &[], &pdf);
    assert!(info.contains("Tagged:          yes"), "{info}");
    let tree = poppler("pdfinfo", &["-struct"], &pdf);
    // Days are level-1 headings, slots level 2, workshops level 3; logos
    // are figures; bullet lists are lists.
    for tag in ["H1", "H2", "H3", "P (block)", "Figure", "L (block)", "LI", "LBody"] {
        assert!(tree.contains(tag), "no {tag} in the structure tree:\n{tree}");
    }
    assert_eq!(tree.matches("H1").count(), 4, "cover title, two days, contact:\n{tree}");
}

/// The catalog's XMP metadata, as text.
fn xmp(doc: &lopdf::Document) -> String {
    let catalog = doc.catalog().unwrap();
    let id = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let mut stream = doc.get_object(id).unwrap().as_stream().unwrap().clone();
    let _ = stream.decompress();
    String::from_utf8_lossy(&stream.content).into_owned()
}

#[test]
fn the_reading_pdf_is_archival_and_accessible() {
    for rel in ["programme.toml", "tests/programmes/a5-francais.toml", "tests/programmes/english-conference.toml"] {
        let pdf = build(&format!("pdf-a-{}", rel.replace('/', "-")), &root().join(rel), &[]);
        let doc = lopdf::Document::load(&pdf).unwrap();
        let x = xmp(&doc);
        assert!(
            x.contains("<pdfaid:part>2</pdfaid:part>") && x.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
            "{rel}: {x}"
        );
        assert!(x.contains("<pdfuaid:part>1</pdfuaid:part>"), "{rel}: {x}");
        let catalog = doc.catalog().unwrap();
        assert!(catalog.get(b"OutputIntents").is_ok(), "{rel}: no output intent");
        let prefs = catalog.get(b"ViewerPreferences").unwrap();
        let prefs = match prefs {
            lopdf::Object::Reference(r) => doc.get_dictionary(*r).unwrap().clone(),
            o => o.as_dict().unwrap().clone(),
        };
        assert!(prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap(), "{rel}");
        // The structure tree: headings with titles, links with their
        // annotation, figures with alternative text.
        let mut kinds: Vec<Vec<u8>> = Vec::new();
        let mut titles = 0;
        for (_, obj) in doc.objects.iter() {
            let Ok(d) = obj.as_dict() else { continue };
            if d.get(b"Type").and_then(|t| t.as_name()).ok() != Some(b"StructElem") {
                continue;
            }
            let s = d.get(b"S").unwrap().as_name().unwrap().to_vec();
            if s.starts_with(b"H") && d.get(b"T").is_ok() {
                titles += 1;
            }
            if s == b"Figure" {
                assert!(d.get(b"Alt").is_ok(), "{rel}: a figure without alternative text");
            }
            kinds.push(s);
        }
        for k in [&b"H1"[..], b"H2", b"P", b"Link"] {
            assert!(kinds.iter().any(|s| s == k), "{rel}: no {} element", String::from_utf8_lossy(k));
        }
        assert!(titles > 3, "{rel}: headings without titles");
        // Every link annotation has words for screen readers.
        for (_, id) in doc.get_pages() {
            for a in doc.get_page_annotations(id).unwrap_or_default() {
                let contents = a.get(b"Contents").expect("a link annotation without /Contents");
                assert!(!contents.as_str().unwrap_or_default().is_empty());
            }
        }
    }
}

#[test]
fn stamp_prints_the_build_time_without_touching_the_file() {
    let dir = scratch("pdf-stamp");
    let src = root().join("programme.toml");
    let before = std::fs::read(&src).unwrap();
    let out = livret(&dir, &["build", src.to_str().unwrap(), "--stamp", "-o", "p.pdf"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = pdf_text(&dir.join("p.pdf"));
    assert!(text.contains("Mis à jour le"), "{text}");
    assert_eq!(std::fs::read(&src).unwrap(), before);
    // Without --stamp, no stamp (the seed has no `updated`).
    let out = livret(&dir, &["build", src.to_str().unwrap(), "-o", "q.pdf"]);
    assert!(out.status.success());
    assert!(!pdf_text(&dir.join("q.pdf")).contains("Mis à jour le"));
}
