//! Print profiles: what one edition of the brochure is for, and what that
//! changes in the design, the print stage and the PDF writer.
//!
//! Every edition of one build is made from the same validated programme;
//! each profile is read by [`crate::layout`] (design), [`crate::print`]
//! (sheets) and [`crate::pdf`] (standards and metadata).

/// One edition of the brochure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Profile {
    /// The reading PDF, for screens and e-mail.
    #[default]
    Standard,
}

impl Profile {
    /// Every profile, in the order they are built and reported.
    pub const ALL: [Profile; 1] = [Profile::Standard];

    /// The contract's name (`[output] profiles`, `--profile`).
    pub fn name(self) -> &'static str {
        match self {
            Profile::Standard => "standard",
        }
    }

    /// The profile of a contract name.
    pub fn from_name(s: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.name() == s)
    }
}
