//! From the validated programme to positioned pages.
//!
//! [`blocks`] turns the programme into content blocks (what to say, in
//! which style, with which break rules); [`typeset`] sets their paragraphs
//! in lines; [`flow`] places them in rows; [`paginate`] fills pages with
//! rows, adds footers and the outline. [`dump`] gives every page a stable text form for golden tests,
//! and [`check`] verifies the layout invariants.

pub mod blocks;
pub mod check;
pub mod design;
pub mod dump;
pub mod flow;
pub mod paginate;
pub mod typeset;

use crate::model::Rgb;
use crate::model::assets::Logo;
use crate::text::GlyphRun;

/// A laid-out document, ready for the PDF writer.
#[derive(Debug, Clone)]
pub struct Document {
    /// Page width and height in points.
    pub page_size: (f32, f32),
    /// The text area: left, top, right, bottom.
    pub text_area: (f32, f32, f32, f32),
    /// Pages in order.
    pub pages: Vec<Page>,
    /// Bookmarks.
    pub outline: Vec<OutlineEntry>,
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
    /// [`check`].
    pub broken_keep: Option<&'static str>,
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
        run: GlyphRun,
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
