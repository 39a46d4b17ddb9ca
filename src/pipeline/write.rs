//! One edition, printed (pages on sheets) and written as a PDF.

use std::sync::Arc;

use super::{Edition, Output};
use crate::diagnostic::Diagnostics;
use crate::layout::Document;
use crate::model::Programme;
use crate::profile::Profile;
use crate::text::Fonts;
use crate::{pdf, print};

/// What every edition of a build is written with.
pub struct Writer<'a> {
    /// The programme.
    pub programme: &'a Programme,
    /// Its fonts.
    pub fonts: &'a Fonts,
    /// The PDFs' metadata.
    pub info: &'a pdf::Info,
    /// The glyphs of all the editions, registered in each PDF in one order.
    pub glyphs: &'a pdf::Glyphs,
}

impl Writer<'_> {
    /// Print and write the edition `profile` of the layout `document`.
    pub fn edition(&self, profile: Profile, document: Arc<Document>) -> Result<Edition, Diagnostics> {
        let info = pdf::Info { archival: self.info.archival && profile == Profile::Standard, ..self.info.clone() };
        // Another edition still holding this layout keeps it: this one
        // prints a copy (printing moves the print shop's backgrounds into
        // the bleed, and the PDF writer frees each page once drawn).
        let document = Arc::unwrap_or_clone(document);
        let pages = document.pages.len();
        let printed = print::print(document, profile);
        let sides = printed.sheets.len();
        let pdf = pdf::write(printed, self.fonts, &info, self.glyphs)?;
        Ok(Edition {
            profile,
            suffix: profile.suffix(self.programme.event.language),
            output: Output { pdf, pages, sides },
        })
    }
}
