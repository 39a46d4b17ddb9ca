//! From the validated programme to positioned pages ([`Document`]).
//!
//! [`lay_out`] reads as its steps: [`blocks`] says what each part of the
//! brochure holds, in which style and with which break rules; [`typeset`]
//! sets every paragraph in lines; [`flow`] stacks them into rows;
//! [`fit`] chooses the spacing and [`paginate`] breaks the rows into
//! pages, with the running [`footer`]. [`dump`] gives every page a stable
//! text form for golden tests, and [`check`] verifies the layout
//! invariants.

pub mod blocks;
pub mod check;
pub mod design;
pub mod document;
pub mod dump;
pub mod fit;
pub mod flow;
pub mod footer;
pub mod paginate;
pub mod typeset;

pub use document::{Document, Element, OutlineEntry, Page, Role, Sides};

use crate::diagnostic::Warned;
use crate::model::Programme;
use crate::text::{self, Fonts};
use design::Design;

/// Lay out a validated programme.
pub fn lay_out(programme: &Programme, fonts: &Fonts) -> Warned<Document> {
    let mut warnings = Vec::new();
    let mut design = Design::new(&programme.theme);
    design.fit_time_column(widest_time(programme, fonts, &design));
    let blocks = blocks::build(programme, &design);
    // Typesetting does not depend on the spacing: done once.
    let sets = typeset::typeset_blocks(&blocks, fonts);
    let flow = flow::flow(&blocks, &mut sets.into_iter(), fonts, &design, &mut warnings);
    let plan = fit::fit(&flow.rows, &mut design);
    let footer = footer::Footer::new(programme);
    let doc = paginate::draw(flow, plan, &design, fonts, &footer, &mut warnings);
    Warned::new(doc, warnings)
}

/// The width of the widest time range of the programme, so the time
/// column can hold it on one line.
fn widest_time(programme: &Programme, fonts: &Fonts, design: &Design) -> f32 {
    let time = blocks::time_style(design, design.ink);
    let time_font = fonts.select(time.family, time.weight, time.italic);
    programme
        .days
        .iter()
        .flat_map(|d| &d.slots)
        .map(|s| {
            text::shape::width(fonts, time_font, &blocks::time_range(s, programme.theme.time_style), time.size, 0.0)
        })
        .fold(0.0, f32::max)
}
