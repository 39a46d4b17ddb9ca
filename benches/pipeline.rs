//! Benchmarks of each pipeline stage on the seed programme:
//! `cargo bench --bench pipeline`.

use std::path::Path;

use divan::{Bencher, black_box};
use livret::testing::layout::{blocks, design::Design, flow, furniture, paginate, typeset};
use livret::testing::text::Fonts;

fn main() {
    divan::main();
}

fn seed() -> (String, &'static Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    (std::fs::read_to_string(root.join("programme.toml")).expect("programme.toml"), root)
}

/// TOML parsing and validation (logos decoded included).
#[divan::bench]
fn parse_and_validate(b: Bencher) {
    let (src, root) = seed();
    b.bench(|| livret::load(black_box(&src), root).expect("valid"));
}

/// Content blocks and typesetting of every paragraph into rows.
#[divan::bench]
fn typeset(b: Bencher) {
    let (src, root) = seed();
    let p = livret::load(&src, root).map(|w| w.output).expect("valid");
    let design = Design::new(&p.theme, Default::default());
    // A fresh font set (and so a cold shaping cache) per run, as in a build.
    b.with_inputs(|| Fonts::new(&p.theme.fonts)).bench_refs(|fonts| {
        let blocks = blocks::build(&p, &design, blocks::Cover::Full);
        let sets = typeset::typeset_blocks(black_box(&blocks), fonts);
        flow::flow(&blocks, &mut sets.into_iter(), fonts, &design, &mut Vec::new())
    });
}

/// Page breaking and drawing of the page elements.
#[divan::bench]
fn paginate(b: Bencher) {
    let (src, root) = seed();
    let p = livret::load(&src, root).map(|w| w.output).expect("valid");
    let fonts = Fonts::new(&p.theme.fonts);
    let design = Design::new(&p.theme, Default::default());
    let blocks = blocks::build(&p, &design, blocks::Cover::Full);
    let sets = typeset::typeset_blocks(&blocks, &fonts);
    let flow = flow::flow(&blocks, &mut sets.into_iter(), &fonts, &design, &mut Vec::new());
    let footer = furniture::Footer::new(&p);
    b.with_inputs(|| (Fonts::new(&p.theme.fonts), flow.clone())).bench_values(|(fonts, flow)| {
        let plan = paginate::plan(black_box(&flow.rows), &design);
        paginate::draw(flow, plan, &design, &fonts, &footer, &mut Vec::new())
    });
}

/// The whole layout, booklet fitting included.
#[divan::bench]
fn lay_out(b: Bencher) {
    let (src, root) = seed();
    let p = livret::load(&src, root).map(|w| w.output).expect("valid");
    b.with_inputs(|| Fonts::new(&p.theme.fonts))
        .bench_refs(|fonts| livret::testing::layout::lay_out(black_box(&p), fonts, Default::default()).output);
}

/// Writing the PDF (font subsetting, compression).
#[divan::bench]
fn write_pdf(b: Bencher) {
    let (src, root) = seed();
    let p = livret::load(&src, root).map(|w| w.output).expect("valid");
    let fonts = Fonts::new(&p.theme.fonts);
    let doc = livret::testing::layout::lay_out(&p, &fonts, Default::default()).output;
    let options = livret::Options::default();
    let info = livret::testing::info(&p, &options);
    let glyphs = livret::testing::pdf::Glyphs::gather([&doc]);
    b.with_inputs(|| (Fonts::new(&p.theme.fonts), doc.clone())).bench_values(|(fonts, doc)| {
        let printed = livret::testing::pdf::print(black_box(doc), options.profile);
        livret::testing::pdf::write(printed, &fonts, &info, &glyphs).expect("pdf")
    });
}

/// Everything from text to bytes.
#[divan::bench]
fn end_to_end(b: Bencher) {
    let (src, root) = seed();
    b.bench(|| livret::build(black_box(&src), root, &livret::Options::default()).expect("build"));
}

/// Typesetting time against the amount of text: generated programmes of
/// 1, 10 and 100 days (about 1,500 words a day). Linear means the 100-day
/// time is about 100× the 1-day time.
#[divan::bench(args = [1, 10, 100], sample_count = 10)]
fn typeset_scaling(b: Bencher, days: usize) {
    let src = livret::testing::generate::programme(42, days, 12);
    let p = livret::load(&src, Path::new(".")).map(|w| w.output).expect("generated programmes are valid");
    let design = Design::new(&p.theme, Default::default());
    let blocks = blocks::build(&p, &design, blocks::Cover::Full);
    b.with_inputs(|| Fonts::new(&p.theme.fonts)).bench_refs(|fonts| typeset::typeset_blocks(black_box(&blocks), fonts));
}

/// One edition of the seed, from text to bytes.
#[divan::bench(args = ["standard", "booklet", "photocopy", "print-shop"])]
fn edition(b: Bencher, name: &str) {
    let (src, root) = seed();
    let profile = livret::Profile::from_name(name).expect("a profile");
    let options = livret::Options { profile, ..Default::default() };
    b.bench(|| livret::build(black_box(&src), root, &options).expect("build"));
}

/// All four editions of the seed at once (shared layout, parallel PDFs).
#[divan::bench]
fn all_editions(b: Bencher) {
    let (src, root) = seed();
    let all = livret::Profile::ALL;
    b.bench(|| livret::build_editions(black_box(&src), root, &livret::Options::default(), Some(&all)).expect("build"));
}
