//! The glyphs of a build, gathered from every edition's layout before any
//! PDF is written, and registered in each PDF before its pages are drawn.
//!
//! krilla subsets a font by the glyphs a document draws, numbered in the
//! order it first draws them, and remembers a subset between documents
//! by that numbering. The booklet draws its pages in imposition order and
//! has a glyph or two the others lack ("Notes"), so `livret build --all`
//! subsetted, measured and compressed all five fonts twice. Registered in
//! glyph order, the union of the build's glyphs makes every edition's
//! subsets the same: made once per build. A glyph not registered would
//! still be drawn right: krilla adds it where it is first drawn.

use krilla::text::{Font, GlyphId};

use crate::layout::{Document, Element};

/// For each face (by [`crate::text::FontId`]), the glyphs the build's
/// editions draw, by glyph id, with the text each was first drawn for.
#[derive(Debug, Default)]
pub struct Glyphs {
    faces: Vec<Vec<Option<Box<str>>>>,
}

impl Glyphs {
    /// The glyphs of `documents`, the text of each glyph taken from the
    /// first document that draws it.
    pub fn gather<'a>(documents: impl IntoIterator<Item = &'a Document>) -> Glyphs {
        let mut faces: Vec<Vec<Option<Box<str>>>> = Vec::new();
        for document in documents {
            let runs = document.pages.iter().flat_map(|p| &p.elements).filter_map(|e| match e {
                Element::Text { run, .. } => Some(run),
                _ => None,
            });
            for run in runs {
                let face = usize::from(run.font.0);
                if faces.len() <= face {
                    faces.resize_with(face + 1, Vec::new);
                }
                let glyphs = &mut faces[face];
                for g in &run.glyphs {
                    let id = usize::from(g.id);
                    if glyphs.len() <= id {
                        glyphs.resize(id + 1, None);
                    }
                    if glyphs[id].is_none() {
                        // What krilla takes as the glyph's text when drawn.
                        glyphs[id] = Some(run.text.get(g.range.clone()).unwrap_or_default().into());
                    }
                }
            }
        }
        Glyphs { faces }
    }

    /// Register, in `pdf`, the glyphs of the faces `document` draws with.
    pub(super) fn register(&self, pdf: &mut krilla::Document, fonts: &[Option<Font>], document: &Document) {
        let mut used = vec![false; self.faces.len()];
        for e in document.pages.iter().flat_map(|p| &p.elements) {
            if let Element::Text { run, .. } = e
                && let Some(u) = used.get_mut(usize::from(run.font.0))
            {
                *u = true;
            }
        }
        for ((glyphs, font), used) in self.faces.iter().zip(fonts).zip(used) {
            let Some(font) = font.as_ref().filter(|_| used) else { continue };
            let known = glyphs.iter().enumerate().filter_map(|(id, text)| Some((id, text.as_deref()?)));
            pdf.register_glyphs(font.clone(), known.map(|(id, text)| (GlyphId::new(id as u32), text)));
        }
    }
}
