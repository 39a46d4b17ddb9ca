//! Visual regression: pages rendered to small grey images (hayro, no
//! poppler) and compared with the references in `tests/golden/renders/`.
//!
//! The seed's every page and the first page of each test programme, in the
//! reading edition; the seed's first booklet sheet and photocopy cover too,
//! since those are drawn differently. A page differs when more than a few
//! pixels change by more than a shade: anti-aliasing noise passes, a moved
//! line, a lost logo or a changed colour does not. On a difference the test
//! writes the new render and a diff image (changed pixels in red) and names
//! them. `LIVRET_BLESS=1 cargo test --test suite visual` accepts the new renders.

use crate::common::*;

use std::path::{Path, PathBuf};

use livret::Profile;

/// Pixels per point: A4 renders at about 300 × 420 pixels, enough to see
/// lines, blocks and logos, small enough to keep in the repository.
const SCALE: f32 = 0.5;
/// A pixel differs when its grey level moves by more than this.
const SHADE: u8 = 40;
/// A page differs when more than this share of its pixels differ.
const SHARE: f64 = 0.0001;

fn edition(rel: &str, profile: Profile) -> PathBuf {
    let src = std::fs::read_to_string(root().join(rel)).unwrap();
    let options = livret::Options { profile, ..Default::default() };
    let out = livret::build(&src, &root(), &options).unwrap_or_else(|d| panic!("{rel}: {d:?}")).output;
    // Tests run in parallel and may build the same edition: one folder each.
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = scratch(&format!("visual-{n}-{}-{profile:?}", rel.replace('/', "-")));
    let pdf = dir.join("p.pdf");
    std::fs::write(&pdf, &out.pdf).unwrap();
    pdf
}

fn reference(name: &str) -> PathBuf {
    root().join("tests/golden/renders").join(format!("{name}.png"))
}

fn read_png(path: &Path) -> Option<(u32, u32, Vec<u8>)> {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).ok()?));
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    (info.color_type == png::ColorType::Grayscale && info.bit_depth == png::BitDepth::Eight)
        .then(|| (info.width, info.height, buf[..info.buffer_size()].to_vec()))
}

fn write_png(path: &Path, (w, h): (u32, u32), colour: png::ColorType, data: &[u8]) {
    let file = std::fs::File::create(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), w, h);
    enc.set_color(colour);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::High);
    enc.write_header().unwrap().write_image_data(data).unwrap();
}

/// More than `SHARE` of the pixels of two same-sized images differ by more
/// than `SHADE`.
fn too_different(a: &[u8], b: &[u8]) -> bool {
    let differ = a.iter().zip(b).filter(|(x, y)| x.abs_diff(**y) > SHADE).count();
    differ as f64 > SHARE * a.len() as f64
}

/// Compare one rendered page with its reference; `Err` says why and
/// where the new render and the diff image are.
fn compare(name: &str, (w, h, px): (u32, u32, Vec<u8>)) -> Result<(), String> {
    let path = reference(name);
    if blessing() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        write_png(&path, (w, h), png::ColorType::Grayscale, &px);
        return Ok(());
    }
    let out = std::env::temp_dir().join("livret-visual");
    std::fs::create_dir_all(&out).unwrap();
    let actual = out.join(format!("{name}.png"));
    write_png(&actual, (w, h), png::ColorType::Grayscale, &px);
    let Some((rw, rh, rpx)) = read_png(&path) else {
        return Err(format!("{name}: no reference {} (new render: {})", path.display(), actual.display()));
    };
    if (rw, rh) != (w, h) {
        return Err(format!("{name}: {w} × {h} pixels, the reference {rw} × {rh} (new render: {})", actual.display()));
    }
    if !too_different(&px, &rpx) {
        return Ok(());
    }
    let differ = px.iter().zip(&rpx).filter(|(a, b)| a.abs_diff(**b) > SHADE).count();
    // The diff image: the reference faded, changed pixels in red.
    let diff: Vec<u8> = px
        .iter()
        .zip(&rpx)
        .flat_map(|(a, b)| if a.abs_diff(*b) > SHADE { [220, 0, 0] } else { [b / 4 + 191; 3] })
        .collect();
    let diff_path = out.join(format!("{name}-diff.png"));
    write_png(&diff_path, (w, h), png::ColorType::Rgb, &diff);
    Err(format!(
        "{name}: {differ} of {} pixels differ from {}\n  new render: {}\n  diff: {}",
        px.len(),
        path.display(),
        actual.display(),
        diff_path.display()
    ))
}

/// Render the given pages of a PDF and compare each; all failures at once.
fn check(pdf: &Path, name: &str, pages: impl Iterator<Item = usize>) -> Vec<String> {
    let pdf = Pdf::open(pdf);
    pages.filter_map(|p| compare(&format!("{name}-p{}", p + 1), pdf.render_grey(p, SCALE)).err()).collect()
}

#[test]
fn the_seed_looks_as_it_did() {
    let pdf = edition("programme.toml", Profile::Standard);
    let pages = Pdf::open(&pdf).pages();
    let mut failures = check(&pdf, "seed", 0..pages);
    failures.extend(check(&edition("programme.toml", Profile::Booklet), "seed-booklet", 0..1));
    failures.extend(check(&edition("programme.toml", Profile::Photocopy), "seed-photocopy", 0..1));
    assert!(
        failures.is_empty(),
        "{}\nIf the change is intended: LIVRET_BLESS=1 cargo test --test suite visual",
        failures.join("\n")
    );
}

#[test]
fn the_test_programmes_look_as_they_did() {
    let mut failures = Vec::new();
    for e in std::fs::read_dir(root().join("tests/programmes")).unwrap() {
        let name = e.unwrap().file_name().into_string().unwrap();
        let Some(stem) = name.strip_suffix(".toml") else { continue };
        let pdf = edition(&format!("tests/programmes/{name}"), Profile::Standard);
        failures.extend(check(&pdf, stem, 0..1));
    }
    assert!(
        failures.is_empty(),
        "{}\nIf the change is intended: LIVRET_BLESS=1 cargo test --test suite visual",
        failures.join("\n")
    );
}

/// The comparison itself: a render matches itself, and the same page with
/// one line of text moved by a few pixels does not.
#[test]
fn a_moved_line_is_seen() {
    let pdf = Pdf::open(&edition("programme.toml", Profile::Standard));
    let (w, h, px) = pdf.render_grey(1, SCALE);
    assert!(!too_different(&px, &pdf.render_grey(1, SCALE).2), "two renders of one page differ");
    let tmp = scratch("visual-self").join("page.png");
    write_png(&tmp, (w, h), png::ColorType::Grayscale, &px);
    assert_eq!(read_png(&tmp), Some((w, h, px.clone())), "a PNG written and read back is the same image");
    // Move the first band of 12 rows holding text down by 4 pixels.
    let w = w as usize;
    let row = (0..h as usize).find(|&y| px[y * w..(y + 1) * w].iter().any(|&p| p < 100)).unwrap();
    let mut moved = px.clone();
    for y in (row..row + 12).rev() {
        moved.copy_within(y * w..(y + 1) * w, (y + 4) * w);
    }
    assert!(too_different(&moved, &px), "a line moved by 4 pixels goes unseen");
}
