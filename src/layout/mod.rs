//! From the validated programme to positioned pages ([`Document`]).
//!
//! [`lay_out`] reads as its steps: [`blocks`] says what each part of the
//! brochure holds, in which style and with which break rules; [`typeset`]
//! sets every paragraph in lines; [`flow`] stacks them into rows;
//! [`fit`] chooses the spacing and [`paginate`] breaks the rows into
//! pages, with the running heads and footers ([`furniture`]). [`dump`] gives every page a stable
//! text form for golden tests, and [`check`] verifies the layout
//! invariants.

pub mod blocks;
// The layout's invariants, checked by the tests (and the test-support
// module); the build itself never needs them.
#[cfg(any(test, feature = "testing"))]
pub mod check;
pub mod design;
pub mod document;
pub mod dump;
pub mod fit;
pub mod flow;
pub mod furniture;
pub mod paginate;
pub mod typeset;

pub use document::{Document, Element, OutlineEntry, Page, Role, Sides};

use crate::diagnostic::Warned;
use crate::model::Programme;
use crate::profile::Profile;
use crate::text::{self, Fonts};
use design::Design;

/// Lay out a validated programme for an edition.
pub fn lay_out(programme: &Programme, fonts: &Fonts, profile: Profile) -> Warned<Document> {
    let mut warnings = Vec::new();
    let mut design = Design::new(&programme.theme, profile);
    design.fit_time_column(widest_time(programme, fonts, &design));
    let cover = cover_layout(programme, fonts, &design);
    let blocks = blocks::build(programme, &design, cover);
    // Typesetting does not depend on the spacing: done once.
    let sets = typeset::typeset_blocks(&blocks, fonts);
    let mut flow = flow::flow(&blocks, &mut sets.into_iter(), fonts, &design, &mut warnings);
    let plan =
        if profile.folds() { fit::fold(&mut flow.rows, &mut design) } else { fit::fewest(&flow.rows, &mut design) };
    let footer = furniture::Footer::new(programme);
    let doc = paginate::draw(flow, plan, &design, fonts, &footer, &mut warnings);
    Warned::new(doc, warnings)
}

/// What the cover holds: everything, unless that runs onto a second page,
/// which it would leave nearly empty; the introduction then opens the
/// programme instead. Only the cover is typeset to find out.
fn cover_layout(programme: &Programme, fonts: &Fonts, design: &Design) -> blocks::Cover {
    if programme.event.introduction.is_none() {
        return blocks::Cover::Full;
    }
    let cover = blocks::cover(programme, design, blocks::Cover::Full);
    let sets = typeset::typeset_blocks(&cover, fonts);
    let flow = flow::flow(&cover, &mut sets.into_iter(), fonts, design, &mut Vec::new());
    if paginate::plan(&flow.rows, design).pages() > 1 {
        blocks::Cover::WithoutIntroduction
    } else {
        blocks::Cover::Full
    }
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
