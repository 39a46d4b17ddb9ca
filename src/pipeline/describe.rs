//! The PDFs' metadata (title, authors, subject, language, date) and
//! whether the reading edition can be archival (PDF/A-2a, PDF/UA-1).

use super::Options;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{self, Programme};
use crate::pdf;
use crate::profile::Profile;

/// The metadata of a build's PDFs; `archival` when the reading edition is
/// among `profiles` and can be (else a warning says why not).
pub fn describe(p: &Programme, options: &Options, profiles: &[Profile], warnings: &mut Diagnostics) -> pdf::Info {
    let mut info = info(p, options);
    info.archival = profiles.contains(&Profile::Standard) && {
        match not_archival(p, warnings) {
            None => true,
            Some(w) => {
                warnings.push(w);
                false
            }
        }
    };
    // An archival PDF must carry a date: without `[event] updated` or
    // SOURCE_DATE_EPOCH, the event's first day.
    if info.archival && info.date.is_none() {
        info.date = Some(local(p.days[0].date, None));
    }
    info
}

/// The PDF metadata of a programme.
///
/// Its date is `[event] updated` (a local time), else `SOURCE_DATE_EPOCH`,
/// else none, so that the same file gives the same bytes.
pub fn info(p: &Programme, options: &Options) -> pdf::Info {
    let date = match (p.event.updated, options.source_date_epoch) {
        (Some(u), _) => Some(local(u.date, u.time)),
        (None, Some(t)) => Some(pdf::Date::Epoch(t)),
        (None, None) => None,
    };
    pdf::Info {
        title: p.event.title.clone(),
        authors: p.organisers.iter().map(|o| o.name.clone()).collect(),
        subject: Some(match &p.event.subtitle {
            Some(s) => format!("{} — {s}", p.labels.programme),
            None => p.labels.programme.clone(),
        }),
        language: p.event.language,
        date,
        archival: false,
    }
}

/// A local date and time as the PDF writer takes it.
fn local(d: model::Date, t: Option<model::Time>) -> pdf::Date {
    pdf::Date::Local {
        year: d.year.clamp(0, 9999) as u16,
        month: d.month,
        day: d.day,
        hour: t.map_or(0, |t| t.hour() as u8),
        minute: t.map_or(0, |t| t.minute() as u8),
    }
}

/// Why the reading edition cannot be archival, if it cannot: a character
/// without a glyph (the layout's warnings say), a font that forbids
/// embedding (validation read it). The PDF is then written without the
/// standards, and the warning says so.
fn not_archival(p: &Programme, warnings: &Diagnostics) -> Option<Diagnostic> {
    if warnings.iter().any(|w| w.id == "font.missing-glyph") {
        return Some(
            Diagnostic::warning(
                "pdf.not-archival",
                "the reading PDF is not archival (PDF/A, PDF/UA): some characters have no font",
            )
            .with_hint("add a font that has them in [theme] fallback_fonts"),
        );
    }
    let restricted = p.theme.fonts.files().find(|f| !f.embeddable)?;
    Some(
        Diagnostic::warning(
            "pdf.not-archival",
            format!(
                "the reading PDF is not archival (PDF/A, PDF/UA): the font {} does not allow embedding",
                restricted.path.display()
            ),
        )
        .with_hint("use a font whose licence allows embedding, such as the bundled Inter"),
    )
}
