//! The layouts of a build: one per design (the print shop's is the
//! reading edition's), made side by side on threads and shared, read-only,
//! by the editions that use them.

use std::sync::Arc;

use crate::diagnostic::Diagnostics;
use crate::layout::{self, Document};
use crate::model::Programme;
use crate::profile::Profile;
use crate::text::Fonts;
use crate::{pdf, threads};

/// The layouts of a build, one per design.
pub struct Layouts {
    designs: Vec<(Profile, Arc<Document>)>,
}

impl Layouts {
    /// Lay out `programme` once for each design `profiles` need; the
    /// layouts' warnings join `warnings`, each once.
    pub fn make(programme: &Programme, fonts: &Fonts, profiles: &[Profile], warnings: &mut Diagnostics) -> Layouts {
        let mut designs: Vec<Profile> = Vec::new();
        for p in profiles {
            if !designs.contains(&p.layout_like()) {
                designs.push(p.layout_like());
            }
        }
        let laid_out = threads::map_on_two(&designs, |&p| layout::lay_out(programme, fonts, p));
        let mut out = Vec::with_capacity(designs.len());
        for (p, l) in designs.into_iter().zip(laid_out) {
            for w in l.warnings.0 {
                if !warnings.iter().any(|x| x.id == w.id && x.message == w.message) {
                    warnings.push(w);
                }
            }
            out.push((p, Arc::new(l.output)));
        }
        Layouts { designs: out }
    }

    /// The glyphs of every layout, gathered in a fixed order (whatever
    /// order the editions were asked in), so that every edition's fonts
    /// are the same subsets.
    pub fn glyphs(&self) -> pdf::Glyphs {
        pdf::Glyphs::gather(
            Profile::ALL.iter().filter_map(|p| self.designs.iter().find(|(d, _)| d == p)).map(|(_, doc)| &**doc),
        )
    }

    /// Each edition of `profiles` with its layout; the layouts are no
    /// longer held here, so the last edition to print one takes it
    /// without a copy.
    pub fn hand_out(self, profiles: &[Profile]) -> Vec<(Profile, Arc<Document>)> {
        profiles
            .iter()
            .map(|&p| {
                let (_, doc) = self.designs.iter().find(|(d, _)| *d == p.layout_like()).expect("laid out in make");
                (p, doc.clone())
            })
            .collect()
    }
}
