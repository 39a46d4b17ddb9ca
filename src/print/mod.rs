//! The print stage, between layout and PDF: which laid-out page lands on
//! which sheet, where, and what else the sheet carries. For the reading
//! PDF each page is its own sheet.

use crate::layout::Document;
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
}

/// One side of one sheet of paper.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The pages drawn on it.
    pub pages: Vec<Placement>,
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
        Profile::Standard | Profile::Photocopy | Profile::Booklet | Profile::PrintShop => one_page_a_sheet(document),
    }
}

/// Every page on a sheet of its own size.
fn one_page_a_sheet(document: Document) -> Printed {
    let sheets =
        (0..document.pages.len()).map(|page| Sheet { pages: vec![Placement { page, at: (0.0, 0.0) }] }).collect();
    Printed { sheet_size: document.page_size, sheets, document }
}
