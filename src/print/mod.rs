//! The print stage, between layout and PDF: which laid-out page lands on
//! which sheet, where, and what else the sheet carries.
//!
//! - the reading PDF and the photocopy edition: each page is its own sheet;
//! - the booklet: A5 pages imposed two-up on A4 landscape sheets in
//!   saddle-stitch order ([`impose`]);
//! - the print shop: each page on a larger sheet with 3 mm of bleed, a
//!   trim box, a bleed box and crop marks outside the bleed ([`marks`]).

pub mod impose;
pub mod marks;

use crate::layout::{Document, Element};
use crate::profile::Profile;

/// The sheets of one edition, ready for the PDF writer.
#[derive(Debug, Clone)]
pub struct Printed {
    /// The laid-out pages.
    pub document: Document,
    /// Sheet width and height in points.
    pub sheet_size: (f32, f32),
    /// The sheets, in order.
    pub sheets: Vec<Sheet>,
    /// Only ink: every colour is written as a grey level (DeviceGray), and
    /// logos are drawn in grey.
    pub gray: bool,
    /// What the file is for, in the PDF's metadata when it is not the
    /// reading edition (`None`): a message of the library's catalogues
    /// (`purpose-booklet`), worded in the programme's language.
    pub purpose: Option<&'static str>,
}

/// One side of one sheet of paper.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    /// The pages drawn on it.
    pub pages: Vec<Placement>,
    /// Marks drawn on the sheet itself, in sheet coordinates.
    pub marks: Vec<Element>,
    /// The trimmed page and the bleed around it, for the print shop:
    /// `(x, y, w, h)` of the trim box and of the bleed box.
    pub boxes: Option<([f32; 4], [f32; 4])>,
}

/// A laid-out page placed on a sheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// Index into the document's pages.
    pub page: usize,
    /// Where the page's top-left corner lands on the sheet.
    pub at: (f32, f32),
}

/// Put the pages of `document` on sheets for `profile`.
pub fn print(document: Document, profile: Profile) -> Printed {
    match profile {
        Profile::Standard => one_page_a_sheet(document),
        Profile::Photocopy => Printed { gray: true, purpose: Some(PHOTOCOPY), ..one_page_a_sheet(document) },
        Profile::Booklet => impose::booklet(document),
        Profile::PrintShop => marks::print_shop(document, profile.bleed()),
    }
}

/// The photocopy edition's purpose, in its metadata.
const PHOTOCOPY: &str = "purpose-photocopy";

/// Every page on a sheet of its own size.
fn one_page_a_sheet(document: Document) -> Printed {
    let sheets = (0..document.pages.len())
        .map(|page| Sheet { pages: vec![Placement { page, at: (0.0, 0.0) }], ..Sheet::default() })
        .collect();
    Printed { sheet_size: document.page_size, sheets, document, gray: false, purpose: None }
}
