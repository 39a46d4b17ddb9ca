//! The layout model: what the layout stage hands to the print and PDF
//! stages. Positioned pages of glyph runs, rectangles, images and links,
//! with the outline and the logical role of every block of text.

use std::sync::Arc;

use crate::model::Rgb;
use crate::model::assets::Logo;
use crate::text::GlyphRun;

/// A laid-out document, ready for the PDF writer.
#[derive(Debug, Clone)]
pub struct Document {
    /// Page width and height in points.
    pub page_size: (f32, f32),
    /// The text area, as its distance from each edge of the page.
    pub margins: Sides,
    /// Pages in order.
    pub pages: Vec<Page>,
    /// Bookmarks.
    pub outline: Vec<OutlineEntry>,
    /// How many of the pages are left for notes, so that a folded booklet
    /// has a multiple of 4 pages (they come before the last page).
    pub notes: usize,
    /// The logical role of each block of text, in reading order: a text
    /// element's `block` is an index into this list plus one (0 marks
    /// page furniture such as footers). The PDF's structure tree is made
    /// from it, so screen readers read headings as headings.
    pub roles: Vec<Role>,
}

/// The role of a block of text in the document's structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A heading of a level (1 = day or section).
    Heading(u8),
    /// Running text, labels, names.
    Paragraph,
    /// An item of a bullet list.
    ListItem,
}

/// One page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// What is drawn, in painting order.
    pub elements: Vec<Element>,
    /// When the page's last row was meant to stay with the next one (a
    /// heading, the first line of a paragraph…), its kind: the paginator
    /// had to break a keep chain that filled the page. Checked by
    /// the layout's invariants (`layout::check`, test builds only).
    #[cfg_attr(not(any(test, feature = "testing")), allow(dead_code))]
    pub broken_keep: Option<&'static str>,
    /// Indices of the rectangles that stand for backgrounds reaching the
    /// page's edges (the cover band): the print shop's edition runs them
    /// into the bleed.
    pub edge_rects: Vec<usize>,
}

/// Something drawn on a page. Coordinates are in points from the page's
/// top-left corner, y downwards.
#[derive(Debug, Clone)]
pub enum Element {
    /// A run of glyphs on a baseline.
    Text {
        /// Left of the run.
        x: f32,
        /// Baseline.
        y: f32,
        /// The glyphs.
        run: Arc<GlyphRun>,
        /// Ascent and descent of the line box, for overlap checks.
        extent: (f32, f32),
        /// The block of text the run belongs to (see [`Document::roles`]).
        block: u32,
    },
    /// A filled rectangle (bands, rules, bars).
    Rect {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Fill.
        color: Rgb,
    },
    /// A logo fitted in a box.
    Image {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// The image.
        logo: Logo,
        /// A text alternative (the organiser's name).
        alt: String,
    },
    /// A clickable area.
    Link {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// URL, `mailto:` or `tel:`.
        target: String,
    },
}

/// A bookmark.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    /// Title shown in the reader's sidebar.
    pub title: String,
    /// Page index (0-based).
    pub page: usize,
    /// Top of the target, in points from the page top.
    pub y: f32,
    /// Nested entries.
    pub children: Vec<OutlineEntry>,
}

/// Four distances, one per side of a page or box: margins, bleed.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Sides {
    /// Left.
    pub left: f32,
    /// Top.
    pub top: f32,
    /// Right.
    pub right: f32,
    /// Bottom.
    pub bottom: f32,
}

impl Sides {
    /// Sides of the given sizes.
    pub const fn new(left: f32, top: f32, right: f32, bottom: f32) -> Sides {
        Sides { left, top, right, bottom }
    }
}

impl Element {
    /// The same element moved down by `dy`.
    pub fn shifted(self, dy: f32) -> Element {
        match self {
            Element::Text { x, y, run, extent, block } => Element::Text { x, y: y + dy, run, extent, block },
            Element::Rect { x, y, w, h, color } => Element::Rect { x, y: y + dy, w, h, color },
            Element::Image { x, y, w, h, logo, alt } => Element::Image { x, y: y + dy, w, h, logo, alt },
            Element::Link { x, y, w, h, target } => Element::Link { x, y: y + dy, w, h, target },
        }
    }
}

/// The ink box of a line of text of a size, above and below its baseline
/// (cap height to descender): what the overlap checks compare.
pub fn ink_extent(size: f32) -> (f32, f32) {
    (size * 0.75, size * 0.22)
}
