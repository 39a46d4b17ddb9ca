//! Reading a PDF back in the tests, with Rust crates only (no poppler):
//! `lopdf` for the objects (metadata, page boxes, fonts, links, outline,
//! structure tree, images) and `hayro` for what a reader sees (the text in
//! drawing order, and pages rendered to pixels).
//!
//! The text is read the way `pdftotext -raw` reads it: glyphs in the order
//! they are drawn, a new line when the baseline changes or the pen goes
//! back, a space where the gap between two glyphs is wider than a fraction
//! of the font size. Marked content with `/ActualText` (livret's added
//! hyphens) gives that text instead of its glyphs, as a copy-paste would.

use std::path::Path;

use hayro::hayro_interpret::font::GlyphRun;
use hayro::hayro_interpret::hayro_syntax::Pdf as HayroPdf;
use hayro::hayro_interpret::hayro_syntax::object::Dict;
use hayro::hayro_interpret::kurbo::{BezPath, Point};
use hayro::hayro_interpret::util::TransformExt;
use hayro::hayro_interpret::{
    BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image, ImageDrawProps, InterpreterCache,
    InterpreterSettings, SoftMask, interpret_page,
};
use lopdf::{Document, Object};

/// A PDF file read back.
pub struct Pdf {
    doc: Document,
    bytes: Vec<u8>,
}

/// One font dictionary of the file.
#[derive(Debug)]
pub struct FontInfo {
    /// `/BaseFont`, with its subset tag (`ABCDEF+Inter-Regular`).
    pub name: String,
    /// The font program is in the file.
    pub embedded: bool,
    /// A `/ToUnicode` map is present.
    pub unicode: bool,
}

/// One image XObject of the file.
#[derive(Debug)]
pub struct ImageInfo {
    pub width: u32,
    pub height: u32,
    /// `/Filter` (`DCTDecode`, `FlateDecode`…), empty when unfiltered.
    pub filter: String,
    /// Used as another image's `/SMask`.
    pub is_smask: bool,
}

/// A glyph (or an `/ActualText` span) placed on the page, in points from
/// the page's top-left corner.
#[derive(Clone, Debug)]
struct Placed {
    text: String,
    x: f64,
    y: f64,
    x_end: f64,
    size: f64,
}

impl Pdf {
    /// Read a PDF file; panics with the path when it is not one.
    pub fn open(path: &Path) -> Pdf {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let doc = Document::load_mem(&bytes).unwrap_or_else(|e| panic!("{} is not a PDF: {e}", path.display()));
        Pdf { doc, bytes }
    }

    /// Read a PDF held in memory.
    pub fn from_bytes(bytes: Vec<u8>) -> Pdf {
        let doc = Document::load_mem(&bytes).unwrap_or_else(|e| panic!("not a PDF: {e}"));
        Pdf { doc, bytes }
    }

    /// The lopdf document, for checks of its own.
    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// Number of pages.
    pub fn pages(&self) -> usize {
        self.doc.get_pages().len()
    }

    /// A text entry of the document information dictionary (`Title`…).
    pub fn info(&self, key: &str) -> Option<String> {
        let id = self.doc.trailer.get(b"Info").ok()?.as_reference().ok()?;
        let dict = self.doc.get_dictionary(id).ok()?;
        Some(text_string(dict.get(key.as_bytes()).ok()?))
    }

    /// A box of a page (0-based), `[x0, y0, x1, y1]`, inherited from the
    /// page tree when the page has none of its own.
    pub fn page_box(&self, page: usize, name: &str) -> Option<[f32; 4]> {
        let id = *self.doc.get_pages().values().nth(page)?;
        let mut dict = self.doc.get_dictionary(id).ok()?;
        loop {
            if let Ok(b) = dict.get(name.as_bytes()) {
                let b = self.resolve(b).as_array().ok()?;
                let n: Vec<f32> = b.iter().filter_map(|o| self.resolve(o).as_float().ok()).collect();
                return n.try_into().ok();
            }
            dict = self.doc.get_dictionary(dict.get(b"Parent").ok()?.as_reference().ok()?).ok()?;
        }
    }

    /// Width and height of a page's media box, in points.
    pub fn page_size(&self, page: usize) -> (f32, f32) {
        let b = self.page_box(page, "MediaBox").expect("every page has a media box");
        (b[2] - b[0], b[3] - b[1])
    }

    /// Every `/URI` of the link annotations, page by page.
    pub fn uris(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (_, id) in self.doc.get_pages() {
            for a in self.doc.get_page_annotations(id).unwrap_or_default() {
                let Ok(action) = a.get(b"A") else { continue };
                let Ok(action) = self.resolve(action).as_dict() else { continue };
                if let Ok(uri) = action.get(b"URI") {
                    out.push(text_string(uri));
                }
            }
        }
        out
    }

    /// The font dictionaries (Type0 fonts are described by their
    /// descendant's font descriptor).
    pub fn fonts(&self) -> Vec<FontInfo> {
        let mut out = Vec::new();
        for d in self.dicts_of_type(b"Font") {
            let sub = d.get(b"Subtype").and_then(|t| t.as_name()).unwrap_or_default();
            if sub == b"CIDFontType0" || sub == b"CIDFontType2" {
                continue; // described through their Type0 parent
            }
            let name = d.get(b"BaseFont").and_then(|n| n.as_name()).map(|n| String::from_utf8_lossy(n).into_owned());
            let descriptor = if sub == b"Type0" {
                d.get(b"DescendantFonts")
                    .ok()
                    .and_then(|a| self.resolve(a).as_array().ok()?.first().map(|f| self.resolve(f)))
                    .and_then(|f| f.as_dict().ok()?.get(b"FontDescriptor").ok())
            } else {
                d.get(b"FontDescriptor").ok()
            };
            let descriptor = descriptor.and_then(|f| self.resolve(f).as_dict().ok());
            let embedded = descriptor.is_some_and(|f| f.has(b"FontFile") || f.has(b"FontFile2") || f.has(b"FontFile3"))
                || sub == b"Type3";
            out.push(FontInfo { name: name.unwrap_or_default(), embedded, unicode: d.has(b"ToUnicode") });
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }

    /// The outline (bookmarks), depth first: `(depth, title)`, depth 0 at
    /// the top.
    pub fn outline(&self) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        let Ok(catalog) = self.doc.catalog() else { return out };
        let Ok(outlines) = catalog.get(b"Outlines") else { return out };
        let Ok(outlines) = self.resolve(outlines).as_dict() else { return out };
        if let Ok(first) = outlines.get(b"First") {
            self.walk_outline(first, 0, &mut out);
        }
        out
    }

    fn walk_outline(&self, item: &Object, depth: usize, out: &mut Vec<(usize, String)>) {
        let mut next = Some(item);
        // Bounded: a damaged outline could loop.
        while let Some(item) = next.take() {
            let Ok(d) = self.resolve(item).as_dict() else { return };
            out.push((depth, d.get(b"Title").map(text_string).unwrap_or_default()));
            if out.len() > 100_000 {
                return;
            }
            if let Ok(first) = d.get(b"First") {
                self.walk_outline(first, depth + 1, out);
            }
            next = d.get(b"Next").ok();
        }
    }

    /// The catalog's `/MarkInfo /Marked` is true.
    pub fn is_tagged(&self) -> bool {
        let Ok(catalog) = self.doc.catalog() else { return false };
        let Ok(mark) = catalog.get(b"MarkInfo") else { return false };
        let Ok(mark) = self.resolve(mark).as_dict() else { return false };
        mark.get(b"Marked").and_then(|m| m.as_bool()).unwrap_or(false)
    }

    /// The `/S` of every structure element (`H1`, `P`, `Figure`…).
    pub fn struct_tags(&self) -> Vec<String> {
        let names = self.dicts_of_type(b"StructElem").filter_map(|d| d.get(b"S").and_then(|s| s.as_name()).ok());
        names.map(|s| String::from_utf8_lossy(s).into_owned()).collect()
    }

    /// Every dictionary object whose `/Type` is `ty`.
    pub fn dicts_of_type<'a>(&'a self, ty: &'a [u8]) -> impl Iterator<Item = &'a lopdf::Dictionary> + 'a {
        self.doc
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .filter(move |d| d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(ty))
    }

    /// Every image XObject of the file.
    pub fn images(&self) -> Vec<ImageInfo> {
        let mut smasks = Vec::new();
        let mut images = Vec::new();
        for (id, obj) in &self.doc.objects {
            let Ok(s) = obj.as_stream() else { continue };
            let d = &s.dict;
            if d.get(b"Subtype").and_then(|t| t.as_name()).ok() != Some(b"Image") {
                continue;
            }
            if let Ok(m) = d.get(b"SMask").and_then(|m| m.as_reference()) {
                smasks.push(m);
            }
            let int = |k: &[u8]| d.get(k).ok().map(|o| self.resolve(o)).and_then(|o| o.as_i64().ok()).unwrap_or(0);
            let filter = match d.get(b"Filter").map(|f| self.resolve(f)) {
                Ok(Object::Name(n)) => String::from_utf8_lossy(n).into_owned(),
                Ok(Object::Array(a)) => a
                    .iter()
                    .filter_map(|f| f.as_name().ok())
                    .map(|n| String::from_utf8_lossy(n).into_owned())
                    .collect::<Vec<_>>()
                    .join(" "),
                _ => String::new(),
            };
            images.push((
                *id,
                ImageInfo { width: int(b"Width") as u32, height: int(b"Height") as u32, filter, is_smask: false },
            ));
        }
        images
            .into_iter()
            .map(|(id, mut i)| {
                i.is_smask = smasks.contains(&id);
                i
            })
            .collect()
    }

    fn resolve<'a>(&'a self, o: &'a Object) -> &'a Object {
        match o {
            Object::Reference(r) => self.doc.get_object(*r).unwrap_or(o),
            _ => o,
        }
    }

    /// The text of every page, pages separated by a form feed.
    pub fn text(&self) -> String {
        let pdf = self.hayro();
        let pages: Vec<String> = (0..pdf.pages().len()).map(|i| lines(&placed(&pdf, i))).collect();
        pages.join("\n\u{c}")
    }

    /// The text of one page (0-based) whose glyphs start inside a
    /// rectangle, in points from the page's top-left corner.
    pub fn text_in(&self, page: usize, (x, y, w, h): (f64, f64, f64, f64)) -> String {
        let pdf = self.hayro();
        let inside: Vec<Placed> =
            placed(&pdf, page).into_iter().filter(|g| g.x >= x && g.x < x + w && g.y >= y && g.y < y + h).collect();
        lines(&inside)
    }

    /// A page (0-based) rendered on white, in shades of grey, `scale`
    /// pixels per point: `(width, height, pixels)`.
    pub fn render_grey(&self, page: usize, scale: f32) -> (u32, u32, Vec<u8>) {
        let pdf = self.hayro();
        let page = &pdf.pages()[page];
        let cache = hayro::RenderCache::new();
        let pixmap = hayro::render(
            page,
            &cache,
            &InterpreterSettings::default(),
            &hayro::RenderSettings::default(),
            &hayro::PixmapSettings {
                x_scale: scale,
                y_scale: scale,
                bg_color: hayro::vello_cpu::color::palette::css::WHITE,
            },
        );
        let (w, h) = (pixmap.width() as u32, pixmap.height() as u32);
        let grey = pixmap
            .data_as_u8_slice()
            .chunks_exact(4)
            .map(|p| ((p[0] as u32 * 299 + p[1] as u32 * 587 + p[2] as u32 * 114) / 1000) as u8)
            .collect();
        (w, h, grey)
    }

    fn hayro(&self) -> HayroPdf {
        HayroPdf::new(self.bytes.clone()).unwrap_or_else(|e| panic!("hayro cannot read the PDF: {e:?}"))
    }
}

/// A PDF text string: UTF-16BE with a byte-order mark, else
/// PDFDocEncoding (read as Latin-1, which it is for the letters we use).
fn text_string(o: &Object) -> String {
    let Ok(b) = o.as_str() else { return String::new() };
    decode_text(b)
}

fn decode_text(b: &[u8]) -> String {
    if let Some(rest) = b.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        String::from_utf16_lossy(&units)
    } else if let Ok(s) = std::str::from_utf8(b.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(b)) {
        s.to_owned()
    } else {
        b.iter().map(|&c| c as char).collect()
    }
}

/// The glyphs of one page in drawing order.
fn placed(pdf: &HayroPdf, index: usize) -> Vec<Placed> {
    let page = &pdf.pages()[index];
    let cache = InterpreterCache::new();
    let transform = page.initial_transform(true).to_kurbo();
    let (w, h) = page.render_dimensions();
    let bbox = hayro::hayro_interpret::kurbo::Rect::new(0.0, 0.0, w as f64, h as f64);
    let mut ctx = Context::new(transform, bbox, &cache, page.xref(), InterpreterSettings::default());
    let mut device = TextDevice::default();
    interpret_page(page, &mut ctx, &mut device);
    device.glyphs
}

/// Collects glyphs; spans with `/ActualText` are collected apart and given
/// back as one piece of text when they end.
#[derive(Default)]
struct TextDevice {
    glyphs: Vec<Placed>,
    /// One entry per open marked-content sequence: its actual text, if
    /// any, and the glyphs drawn inside it.
    spans: Vec<(Option<String>, Vec<Placed>)>,
}

impl TextDevice {
    fn push(&mut self, g: Placed) {
        match self.spans.iter_mut().rev().find(|s| s.0.is_some()) {
            Some(span) => span.1.push(g),
            None => self.glyphs.push(g),
        }
    }
}

impl<'a> Device<'a> for TextDevice {
    fn draw_path(&mut self, _: &BezPath, _: DrawProps<'a>, _: &DrawMode) {}
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_image(&mut self, _: Image<'a, '_>, _: ImageDrawProps<'a>) {}
    fn pop_clip(&mut self) {}
    fn pop_transparency_group(&mut self) {}

    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, _: &DrawMode) {
        for g in run.glyphs() {
            let t = props.transform * g.transform();
            let origin = t * Point::ORIGIN;
            // Glyph space is 1000 units to the em.
            let up = t * Point::new(0.0, 1000.0);
            let size = ((up.x - origin.x).powi(2) + (up.y - origin.y).powi(2)).sqrt();
            let advance = match &**g {
                hayro::hayro_interpret::font::Glyph::Outline(o) => o.advance_width().unwrap_or(500.0),
                hayro::hayro_interpret::font::Glyph::Type3(t) => t.advance_width().unwrap_or(500.0),
            };
            let end = t * Point::new(advance as f64, 0.0);
            let text = match g.as_unicode() {
                Some(hayro::hayro_interpret::hayro_cmap::BfString::Char(c)) => c.to_string(),
                Some(hayro::hayro_interpret::hayro_cmap::BfString::String(s)) => s,
                None => "\u{FFFD}".to_owned(),
            };
            self.push(Placed { text, x: origin.x, y: origin.y, x_end: end.x, size });
        }
    }

    fn begin_marked_content(&mut self, _tag: &[u8], properties: Option<&Dict<'_>>) {
        let actual = properties
            .and_then(|p| p.get::<hayro::hayro_interpret::hayro_syntax::object::String>(b"ActualText"))
            .map(|s| decode_text(s.as_bytes()));
        self.spans.push((actual, Vec::new()));
    }

    fn end_marked_content(&mut self) {
        let Some((actual, glyphs)) = self.spans.pop() else { return };
        let Some(actual) = actual else { return };
        let (Some(first), Some(last)) = (glyphs.first(), glyphs.last()) else { return };
        let span = Placed { text: actual, x: first.x, y: first.y, x_end: last.x_end, size: first.size };
        self.push(span);
    }
}

/// Glyphs in drawing order to lines of text.
fn lines(glyphs: &[Placed]) -> String {
    let mut out = String::new();
    let mut prev: Option<&Placed> = None;
    for g in glyphs {
        if let Some(p) = prev {
            let size = p.size.max(g.size).max(1.0);
            if (g.y - p.y).abs() > 0.4 * size || g.x < p.x_end - 0.3 * size {
                out.push('\n');
            } else if g.x - p.x_end > 0.15 * size && !out.ends_with(' ') && !g.text.starts_with(' ') {
                out.push(' ');
            }
        }
        out.push_str(&g.text);
        prev = Some(g);
    }
    out
}
