//! Print profiles: what one edition of the brochure is for, and what that
//! changes in the design, the print stage and the PDF writer.
//!
//! Every edition of one build is made from the same validated programme;
//! each profile is read by [`crate::layout`] (paper, colours, page count),
//! [`crate::print`] (sheets, bleed, marks) and [`crate::pdf`] (colour
//! space, standards, metadata).

use crate::model::{Language, Paper};

/// One edition of the brochure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Profile {
    /// The reading PDF, for screens and e-mail.
    #[default]
    Standard,
    /// A5 pages imposed two-up on A4 sheets, to fold and staple.
    Booklet,
    /// Black and white by design, for photocopiers.
    Photocopy,
    /// The standard design with bleed and crop marks, for a print shop.
    PrintShop,
}

impl Profile {
    /// Every profile, in the order they are built and reported.
    pub const ALL: [Profile; 4] = [Profile::Standard, Profile::Booklet, Profile::Photocopy, Profile::PrintShop];

    /// The contract's name (`[output] profiles`, `--profile`).
    pub fn name(self) -> &'static str {
        match self {
            Profile::Standard => "standard",
            Profile::Booklet => "booklet",
            Profile::Photocopy => "photocopy",
            Profile::PrintShop => "print-shop",
        }
    }

    /// The profile of a contract name.
    pub fn from_name(s: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.name() == s)
    }

    /// The suffix of the file name of this edition, before `.pdf`
    /// (`programme-livret.pdf`), in the event's language.
    pub fn suffix(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Profile::Standard, _) => "",
            (Profile::Booklet, Language::French) => "-livret",
            (Profile::Booklet, Language::English) => "-booklet",
            (Profile::Photocopy, Language::French) => "-nb",
            (Profile::Photocopy, Language::English) => "-bw",
            (Profile::PrintShop, Language::French) => "-imprimeur",
            (Profile::PrintShop, Language::English) => "-print",
        }
    }

    /// The paper the pages are laid out on: the booklet's pages are A5
    /// whatever the theme says; the others follow the theme.
    pub fn page_paper(self, theme: Paper) -> Paper {
        match self {
            Profile::Booklet => Paper::A5,
            _ => theme,
        }
    }

    /// The edition whose layout this one shares: the print shop's pages
    /// are the reading edition's, with bleed added at print time.
    pub fn layout_like(self) -> Profile {
        match self {
            Profile::PrintShop => Profile::Standard,
            p => p,
        }
    }

    /// Only ink: black text and rules on white, no solid areas, no tints.
    pub fn monochrome(self) -> bool {
        self == Profile::Photocopy
    }

    /// Pages are folded in fours: the page count must be a multiple of 4.
    pub fn folds(self) -> bool {
        self == Profile::Booklet
    }

    /// Bleed beyond the trimmed page, in points (3 mm for the print shop).
    pub fn bleed(self) -> f32 {
        match self {
            Profile::PrintShop => 3.0 * 72.0 / 25.4,
            _ => 0.0,
        }
    }
}
