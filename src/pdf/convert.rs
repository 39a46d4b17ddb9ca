//! krilla's errors in words (typst-pdf's `convert.rs`): each variant
//! becomes a diagnostic that says what went wrong and what to do, never
//! Rust debug text. A font problem names the font file.

use krilla::configure::ValidationError;
use krilla::error::{KrillaError, LimitError};
use krilla::text::Font;

use crate::diagnostic::Diagnostic;

/// The hint for problems that are livret's, not the user's.
const BUG: &str = "this is a bug in livret, not in your file: please report it with your programme";

/// A krilla error as diagnostics. `font_name` names a krilla font by the
/// file it came from.
pub fn krilla_error(e: KrillaError, font_name: &dyn Fn(&Font) -> String) -> Vec<Diagnostic> {
    // The English names what broke, for a bug report; the argument-free
    // French says it is livret's fault.
    let internal = |what: String| vec![Diagnostic::error("pdf.internal", what).with_hint(BUG)];
    match e {
        KrillaError::Font(font, why) => vec![
            Diagnostic::error(
                "pdf.font",
                format!("the font {} could not be embedded in the PDF ({why})", font_name(&font)),
            )
            .with_hint("the font file may be damaged: try another copy of it, or another font")
            .with_arg("font", font_name(&font)),
        ],
        KrillaError::Validation(errors) => errors.into_iter().map(|(v, _)| validation_error(v, font_name)).collect(),
        KrillaError::Limit(limit) => {
            let what = match limit {
                LimitError::TooLargeFloat => "a number is too large for a PDF",
                LimitError::TooLongArray => "a list is too long for a PDF",
                LimitError::TooLongDictionary => "a table is too long for a PDF",
            };
            internal(format!("the PDF could not be written: {what}"))
        }
        KrillaError::DuplicateNamedDestination(name) => {
            internal(format!("the PDF could not be written: the link target “{name}” is defined twice"))
        }
        KrillaError::DuplicateTagId(..) | KrillaError::UnknownTagId(..) => {
            internal("the PDF could not be written: its structure tree is inconsistent".to_owned())
        }
        KrillaError::Image(_, _, why) => vec![
            Diagnostic::error("pdf.image", format!("a logo could not be embedded in the PDF ({why})"))
                .with_hint("save the logo again as PNG or SVG from an image editor")
                .with_arg("reason", "unreadable"),
        ],
        KrillaError::SixteenBitImage(..) => vec![
            Diagnostic::error("pdf.image", "a logo uses 16 bits per channel, which this PDF cannot hold")
                .with_hint("save the logo again as an 8-bit PNG")
                .with_arg("reason", "sixteen-bit"),
        ],
    }
}

/// One validation failure (PDF/A, PDF/UA) in words. Most are livret's
/// own faults; the font ones are the user's font's.
fn validation_error(v: ValidationError, font_name: &dyn Fn(&Font) -> String) -> Diagnostic {
    let font = |id, f: &Font, what: &str| {
        Diagnostic::error(id, format!("the font {} {what}", font_name(f)))
            .with_hint("use another font in [theme], or the bundled Inter")
            .with_arg("font", font_name(f))
    };
    match v {
        ValidationError::RestrictedLicense(f) => font("pdf.font-licence", &f, "does not allow embedding in a PDF"),
        ValidationError::ContainsNotDefGlyph(f, _, text) => {
            font("pdf.font-glyph", &f, &format!("has no glyph for “{text}”")).with_arg("text", text)
        }
        ValidationError::NoCodepointMapping(f, ..)
        | ValidationError::InvalidCodepointMapping(f, ..)
        | ValidationError::UnicodePrivateArea(f, ..) => {
            font("pdf.font-unicode", &f, "has glyphs that cannot be copied back as text")
        }
        other => {
            let what = match other {
                ValidationError::TooLongString => "a text is too long",
                ValidationError::TooLongName => "a name is too long",
                ValidationError::TooLongArray | ValidationError::TooLongDictionary => "a list is too long",
                ValidationError::TooLargeFloat => "a number is too large",
                ValidationError::TooManyIndirectObjects => "the document has too many objects",
                ValidationError::TooHighQNestingLevel => "drawing is nested too deeply",
                ValidationError::ContainsPostScript(_) => "a logo uses a gradient archival PDFs forbid",
                ValidationError::MissingCMYKProfile => "a CMYK colour has no colour profile",
                ValidationError::NoDocumentLanguage => "the document has no language",
                ValidationError::NoDocumentTitle => "the document has no title",
                ValidationError::MissingAltText(_) => "an image has no text alternative",
                ValidationError::MissingHeadingTitle => "a heading has no title",
                ValidationError::MissingDocumentOutline => "the document has no bookmarks",
                ValidationError::MissingAnnotationAltText(_) => "a link has no text alternative",
                ValidationError::MissingDocumentDate => "the document has no date",
                ValidationError::Transparency(_) => "a logo uses transparency",
                ValidationError::ImageInterpolation(_) => "an image is smoothed",
                ValidationError::EmbeddedFile(..) => "a file is attached",
                ValidationError::MissingTagging => "the document is not tagged",
                ValidationError::EmbeddedPDF(_) => "a PDF is embedded",
                _ => "a rule of the PDF standard is broken",
            };
            Diagnostic::error("pdf.validation", format!("the PDF does not meet its standard: {what}")).with_hint(BUG)
        }
    }
}
