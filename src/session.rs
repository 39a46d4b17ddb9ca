//! What stays warm between two builds of the same programme (`livret
//! watch`): the loaded fonts, their shaping cache and the paragraphs they
//! set ([`crate::text::memo`]), as long as the font files are the same;
//! and the PDF writer's font subsets and compressed page streams of the
//! last few builds.

use std::sync::Arc;

use crate::fonts::{FontChoice, FontFile};
use crate::text::Fonts;

/// How many builds a font subset or compressed page stream that no build
/// used is kept for ([`crate::pdf::forget`]): a watch's next rebuild
/// reuses the pages an edit did not touch, and an edit undone finds its
/// pages still there.
pub const KEEP_PDF_PARTS: usize = 3;

/// A run of builds.
#[derive(Default)]
pub struct Session {
    fonts: Option<(FontChoice, Arc<Fonts>)>,
    /// The files the last programme read used (logos, fonts), as paths
    /// joined to its folder: what a watch must also watch.
    pub files: Vec<std::path::PathBuf>,
}

impl Session {
    /// The fonts of `choice`: the ones already loaded when the files are
    /// the same (byte for byte), else loaded anew.
    pub fn fonts(&mut self, choice: &FontChoice) -> Arc<Fonts> {
        if let Some((kept, fonts)) = &self.fonts
            && same(kept, choice)
        {
            return fonts.clone();
        }
        let fonts = Arc::new(Fonts::new(choice));
        self.fonts = Some((choice.clone(), fonts.clone()));
        fonts
    }
}

fn same(a: &FontChoice, b: &FontChoice) -> bool {
    let file = |x: &Option<Arc<FontFile>>, y: &Option<Arc<FontFile>>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.data == y.data,
        _ => false,
    };
    file(&a.body, &b.body)
        && file(&a.heading, &b.heading)
        && a.fallbacks.len() == b.fallbacks.len()
        && a.fallbacks.iter().zip(&b.fallbacks).all(|(x, y)| x.data == y.data)
}
