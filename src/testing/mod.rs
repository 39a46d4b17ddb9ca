//! Test support (feature `testing`): made-up programmes ([`generate`]) and
//! the stages' internals that the golden tests, the layout invariants, the
//! benchmarks and the fuzz targets reach. Users of the library never see
//! this module; its items are re-exports, so each stays in its stage's
//! own room.

pub mod generate;

/// The layout stage: the steps of `lay_out` one by one (benchmarks), the
/// layout model, its text form and its invariants.
pub mod layout {
    pub use crate::layout::{
        Document, Element, Role, blocks, check, design, dump, flow, furniture, lay_out, paginate, typeset,
    };
}

/// The typesetting engine: paragraphs set on their own (golden dumps, the
/// French rules at every width).
pub mod text {
    pub use crate::text::{
        Align, Family, Fonts, ParStyle, Paragraph, StyledText, TextStyle, Weight, french, shape, typeset,
    };
}

/// The print and PDF stages, for timing them apart.
pub mod pdf {
    pub use crate::pdf::{Glyphs, write};
    pub use crate::print::print;
}

/// The PDF metadata of a programme, as a build writes it.
pub fn info(p: &crate::model::Programme, options: &crate::Options) -> crate::pdf::Info {
    crate::pipeline::info(p, options)
}
