//! The PDF read back (`common::pdfread`, no poppler): A4 pages, fonts
//! embedded as subsets with Unicode maps, bookmarks, links, metadata,
//! determinism and size.

use crate::common::*;

use std::path::{Path, PathBuf};

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

#[test]
fn fonts_are_embedded_subsets_with_unicode_maps() {
    let pdf = build("pdf-fonts", &root().join("programme.toml"), &[]);
    let fonts = Pdf::open(&pdf).fonts();
    assert!(fonts.len() >= 4, "{fonts:?}");
    for f in fonts {
        assert!(f.embedded && f.unicode, "not embedded, or no Unicode map: {f:?}");
        // A subset's name is tagged: six capitals and a plus sign.
        let tag = f.name.split('+').next().unwrap();
        assert!(f.name.contains('+') && tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()), "{f:?}");
    }
}

#[test]
fn bookmarks_follow_days_and_slots() {
    let pdf = build("pdf-outline", &root().join("programme.toml"), &[]);
    let outline = Pdf::open(&pdf).outline();
    // Cover title, 2 days, 12 slots, contact.
    assert_eq!(outline.len(), 16, "{outline:?}");
    let day = outline.iter().position(|(_, t)| t.replace('\u{a0}', " ") == "Mardi 19 décembre");
    let day = day.unwrap_or_else(|| panic!("no bookmark for the first day: {outline:?}"));
    // Slots are nested under their day.
    assert_eq!(outline[day].0, 0, "{outline:?}");
    assert_eq!(outline[day + 1].0, 1, "slots under their day: {outline:?}");
    assert!(outline.iter().filter(|(d, _)| *d == 1).count() >= 12, "{outline:?}");
}

#[test]
fn contacts_are_clickable() {
    let pdf = build("pdf-links", &root().join("programme.toml"), &[]);
    let urls = Pdf::open(&pdf).uris();
    for target in
        ["mailto:contact@solidaires.org", "mailto:cefi@solidaires.org", "tel:+33158393020", "tel:+33140184443"]
    {
        assert!(urls.iter().any(|u| u == target), "missing link {target}: {urls:?}");
    }
}

#[test]
fn links_in_text_are_clickable() {
    let pdf = build("pdf-links-text", &root().join("tests/programmes/a5-francais.toml"), &[]);
    let urls = Pdf::open(&pdf).uris();
    assert!(urls.iter().any(|u| u == "mailto:formation@exemple.fr"), "{urls:?}");
    assert!(urls.iter().any(|u| u == "https://exemple.fr/universite-ete-2025/programme-complet"), "{urls:?}");
}

#[test]
fn metadata_and_language() {
    let pdf = build("pdf-meta", &root().join("programme.toml"), &[]);
    let pdf = Pdf::open(&pdf);
    assert_eq!(pdf.info("Title").as_deref(), Some("Journées intelligence artificielle"));
    assert_eq!(pdf.info("Author").as_deref(), Some("Union syndicale Solidaires, CEFI Solidaires"));
    assert!(pdf.info("Subject").unwrap_or_default().starts_with("Programme"), "{:?}", pdf.info("Subject"));
    // An archival PDF must carry a date: without [event] updated or
    // SOURCE_DATE_EPOCH, the event's first day (the same every build).
    let date = pdf.info("CreationDate").unwrap_or_default();
    assert!(date.starts_with("D:20231219000000"), "{date}");
    let lang = pdf.doc().catalog().unwrap().get(b"Lang").and_then(|l| l.as_str()).ok();
    assert_eq!(lang, Some(&b"fr-FR"[..]), "the catalog's /Lang");
}

#[test]
fn source_date_epoch_sets_the_creation_date() {
    let src = root().join("programme.toml");
    let a = build("pdf-sde-a", &src, &[("SOURCE_DATE_EPOCH", "1700000000")]);
    let b = build("pdf-sde-b", &src, &[("SOURCE_DATE_EPOCH", "1700000000")]);
    // 1700000000 s after 1970 is 14 November 2023, 22:13:20 UTC.
    let date = Pdf::open(&a).info("CreationDate").unwrap_or_default();
    assert!(date.starts_with("D:20231114221320"), "{date}");
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
    let (w, h) = Pdf::open(&pdf).page_size(0);
    assert!((w - 419.53).abs() < 0.01 && (h - 595.28).abs() < 0.01, "{w} × {h} pt, not A5");
    let pdf = build("pdf-en", &root().join("tests/programmes/english-conference.toml"), &[]);
    let (w, h) = Pdf::open(&pdf).page_size(0);
    assert!((w - 595.28).abs() < 0.01 && (h - 841.89).abs() < 0.01, "{w} × {h} pt, not A4");
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Siobhán O’Connor-Żelazny") || text.contains("Siobhán O'Connor-Żelazny"),
        "diacritics copy back"
    );
    assert!(text.contains("Page 2 / "), "running footer");
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
    let imgs = Pdf::open(&pdf).images();
    let jpeg = imgs.iter().find(|i| i.filter == "DCTDecode");
    let jpeg = jpeg.unwrap_or_else(|| panic!("JPEG passed through: {imgs:?}"));
    assert_eq!((jpeg.width, jpeg.height), (240, 80), "JPEG keeps its pixels");
    let big: Vec<_> = imgs.iter().filter(|i| i.filter != "DCTDecode" && !i.is_smask).collect();
    assert!(!big.is_empty(), "{imgs:?}");
    for b in &big {
        assert!(b.width < 1000 && b.height < 400, "the 3000-pixel logo is downsampled: {imgs:?}");
    }
    assert!(imgs.iter().any(|i| i.is_smask), "PNG alpha kept as a soft mask: {imgs:?}");
    assert!(std::fs::metadata(&pdf).unwrap().len() < 400 * 1024);
}

#[test]
fn tagged_for_screen_readers() {
    let pdf = build("pdf-tagged", &root().join("programme.toml"), &[]);
    let pdf = Pdf::open(&pdf);
    assert!(pdf.is_tagged());
    let tags = pdf.struct_tags();
    // Days are level-1 headings, slots level 2, workshops level 3; logos
    // are figures; bullet lists are lists.
    for tag in ["H1", "H2", "H3", "P", "Figure", "L", "LI", "LBody"] {
        assert!(tags.iter().any(|t| t == tag), "no {tag} in the structure tree: {tags:?}");
    }
    assert_eq!(tags.iter().filter(|t| *t == "H1").count(), 4, "cover title, two days, contact: {tags:?}");
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
        let file = Pdf::open(&pdf);
        let doc = file.doc();
        let x = xmp(doc);
        assert!(
            x.contains("<pdfaid:part>2</pdfaid:part>") && x.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
            "{rel}: {x}"
        );
        assert!(x.contains("<pdfuaid:part>1</pdfuaid:part>"), "{rel}: {x}");
        let catalog = doc.catalog().unwrap();
        assert!(catalog.get(b"OutputIntents").is_ok(), "{rel}: no output intent");
        // Marked, and not suspected of bad tagging (PDF/UA: `/Suspects`
        // absent or false; krilla writes false).
        let mark = catalog.get(b"MarkInfo").unwrap().as_dict().unwrap();
        assert!(mark.get(b"Marked").unwrap().as_bool().unwrap(), "{rel}");
        assert!(mark.get(b"Suspects").map_or(true, |s| !s.as_bool().unwrap()), "{rel}: /Suspects in /MarkInfo");
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
        for d in file.dicts_of_type(b"StructElem") {
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

/// The stream ends of a PDF's bytes: for every stream object, whether its
/// data ends in a carriage return, after checking that the data is
/// exactly `/Length` bytes followed by an end-of-line marker and
/// `endstream` — a `\r\n` marker when the data ends in `\r`, or a reader
/// takes the data's `\r` for half the marker (PDF/A-2, 6.1.7.1).
fn stream_ends(bytes: &[u8]) -> Vec<bool> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let mut ends = Vec::new();
    for (id, entry) in &doc.reference_table.entries {
        let lopdf::xref::XrefEntry::Normal { offset, .. } = *entry else { continue };
        let Ok(lopdf::Object::Stream(s)) = doc.get_object((*id, 0)) else { continue };
        let len = s.dict.get(b"Length").unwrap().as_i64().unwrap() as usize;
        let at = offset as usize;
        let keyword = at + bytes[at..].windows(7).position(|w| w == b"stream\n").unwrap() + 7;
        let data = &bytes[keyword..keyword + len];
        let after = &bytes[keyword + len..];
        let ends_in_cr = data.last() == Some(&b'\r');
        let marker: &[u8] = if ends_in_cr { b"\r\nendstream" } else { b"\nendstream" };
        assert!(after.starts_with(marker), "object {id}: data of /Length {len} then {:?}", &after[..12]);
        ends.push(ends_in_cr);
    }
    ends
}

#[test]
fn every_stream_ends_with_an_unambiguous_marker() {
    // Compressed data ends in `\r` about once in 256 streams: generated
    // programmes are built until one does (seed 11's, today), every
    // stream of every one checked on the way.
    let mut seen = false;
    for seed in 1..=40 {
        let src = livret::testing::generate::programme(seed, 1, 6);
        let out = livret::build(&src, Path::new("."), &livret::Options::default()).unwrap().output;
        seen |= stream_ends(&out.pdf).contains(&true);
        if seen {
            break;
        }
    }
    assert!(seen, "no stream ended in a carriage return: the case is not tested");
}
