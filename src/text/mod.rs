//! The typesetting engine: styled text in, positioned lines of glyphs out.
//!
//! Stages, each in its own module: [`french`] and [`english`] apply the
//! language's typographic rules, [`shape`] turns text into glyphs with harfrust, [`hyphenate`]
//! finds hyphenation points, `items` turns text into boxes, glue and
//! penalties, [`breaker`] chooses line breaks (Knuth–Plass), and
//! [`paragraph`] ties them together into [`paragraph::Paragraph`]s, kept
//! in a [`memo`] for the next time the same paragraph is set.

pub mod breaker;
pub mod english;
pub mod fonts;
pub mod french;
pub mod hyphenate;
mod items;
pub mod memo;
pub mod paragraph;
pub mod shape;

pub use fonts::{Family, Fonts, Weight};
pub use paragraph::{Align, GlyphRun, Line, ParStyle, Paragraph, StyledText, TextStyle, typeset};
