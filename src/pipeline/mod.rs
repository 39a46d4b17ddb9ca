//! A build, stage by stage: the programme read and checked, laid out once
//! per design, then printed and written once per edition. Each step is a
//! file of its own: [`lay_out`] (the layouts the editions share),
//! [`describe`] (the PDFs' metadata and whether the reading one is
//! archival), [`write`] (an edition printed and written).

mod describe;
mod lay_out;
mod write;

use std::path::Path;

use crate::diagnostic::{Diagnostics, Warned};
use crate::model::Programme;
use crate::profile::Profile;
use crate::session::{self, Session};
use crate::{pdf, threads};

// The metadata alone, for the tests (through `testing`).
#[cfg(feature = "testing")]
pub(crate) use describe::info;

/// Options of a build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Creation date for the PDF metadata, seconds since 1970; `None`
    /// omits it so identical input gives identical bytes.
    pub source_date_epoch: Option<i64>,
    /// The edition [`build`] makes.
    pub profile: Profile,
    /// Stamp this build as updated now (seconds since 1970), in place of
    /// `[event] updated`: `livret build --stamp`.
    pub stamp_now: Option<i64>,
}

/// A finished build.
#[derive(Debug, Clone)]
pub struct Output {
    /// The PDF's bytes.
    pub pdf: Vec<u8>,
    /// Number of pages (of the laid-out document, before imposition).
    pub pages: usize,
    /// Number of sides of paper (sheets of the PDF: pages, or for the
    /// booklet half as many).
    pub sides: usize,
}

/// One edition of a build with several.
#[derive(Debug, Clone)]
pub struct Edition {
    /// Which edition.
    pub profile: Profile,
    /// Its file name's suffix, in the event's language (`-livret`).
    pub suffix: &'static str,
    /// The PDF.
    pub output: Output,
}

/// The whole pipeline for one edition: programme text to PDF bytes.
pub fn build(source: &str, base: &Path, options: &Options) -> Result<Warned<Output>, Diagnostics> {
    let editions = build_editions(source, base, options, Some(&[options.profile]))?;
    Ok(editions.map(|mut e| e.remove(0).output))
}

/// The whole pipeline for several editions of one programme: `profiles`,
/// or the programme's own `[output] profiles` when `None`. The programme
/// is read once, the fonts loaded once (their shaping cache serves every
/// layout), editions on the same paper and colours share one layout, and
/// the PDFs are written side by side on threads.
pub fn build_editions(
    source: &str,
    base: &Path,
    options: &Options,
    profiles: Option<&[Profile]>,
) -> Result<Warned<Vec<Edition>>, Diagnostics> {
    let built = build_editions_in(&mut Session::default(), source, base, options, profiles);
    // Nothing is built after this: what the PDF writer remembers goes.
    pdf::forget(0);
    built
}

/// [`build_editions`] in a session that keeps what does not change
/// between builds warm (the fonts and their shaping cache): a watch's
/// rebuilds.
pub fn build_editions_in(
    session: &mut Session,
    source: &str,
    base: &Path,
    options: &Options,
    profiles: Option<&[Profile]>,
) -> Result<Warned<Vec<Edition>>, Diagnostics> {
    let Warned { output: mut programme, mut warnings } = crate::load(source, base)?;
    if let Some(now) = options.stamp_now {
        programme.stamp(now);
    }
    session.files = programme.files(base);
    let profiles = editions(&programme, profiles);
    let fonts = session.fonts(&programme.theme.fonts);
    let layouts = lay_out::Layouts::make(&programme, &fonts, &profiles, &mut warnings);
    let glyphs = layouts.glyphs();
    let info = describe::describe(&programme, options, &profiles, &mut warnings);
    let writer = write::Writer { programme: &programme, fonts: &fonts, info: &info, glyphs: &glyphs };
    // PDF writing (subsetting, compression) is the longest step: editions
    // are written in parallel, each given its layout (the last of the
    // editions sharing one takes it, the others a copy).
    let results = threads::map_on_two_owned(layouts.hand_out(&profiles), |(p, doc)| writer.edition(p, doc));
    pdf::forget(session::KEEP_PDF_PARTS);
    fonts.memo().next_build();
    let editions = results.into_iter().collect::<Result<Vec<_>, _>>()?;
    Ok(Warned::new(editions, warnings))
}

/// The editions to make: those asked for, else the programme's own, else
/// the reading edition.
fn editions(programme: &Programme, asked: Option<&[Profile]>) -> Vec<Profile> {
    let mut profiles: Vec<Profile> = asked.map_or_else(|| programme.profiles.clone(), <[Profile]>::to_vec);
    if profiles.is_empty() {
        profiles.push(Profile::Standard);
    }
    profiles
}
