//! The validated programme: what the program needs, with no serde and no
//! loose ends. Every value here has been checked ([`validate()`]): times are
//! real times, days are in order, colours parse, logos and fonts decode.

pub mod assets;
pub mod rich;
pub mod time;
mod validate;
pub(crate) mod zone;

pub use time::{Date, Time};
pub(crate) use validate::validate;

/// A whole validated programme.
#[derive(Debug, Clone)]
pub struct Programme {
    /// `[event]`.
    pub event: Event,
    /// `[venue]`, if given.
    pub venue: Option<Venue>,
    /// `[[organiser]]`, in file order.
    pub organisers: Vec<Organiser>,
    /// `[[day]]`, in date order (validation refuses other orders).
    pub days: Vec<Day>,
    /// Wording, with the language's defaults filled in.
    pub labels: Labels,
    /// Look and feel, with defaults filled in.
    pub theme: Theme,
    /// The editions `livret build` makes by default (`[output] profiles`).
    pub profiles: Vec<crate::profile::Profile>,
}

/// The document's language: drives wording, dates, typography, hyphenation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// French (the default).
    #[default]
    French,
    /// English.
    English,
}

impl Language {
    /// BCP 47 tag for the PDF's `/Lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::French => "fr-FR",
            Language::English => "en-GB",
        }
    }
}

/// Rich text as typed (a Markdown subset), with its paragraphs and list
/// items, parsed once when the programme is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rich(pub String, Vec<rich::Block>);

impl Rich {
    /// `text`, parsed.
    pub fn new(text: String) -> Rich {
        let blocks = rich::parse(&text);
        Rich(text, blocks)
    }

    /// Its paragraphs and list items.
    pub fn blocks(&self) -> &[rich::Block] {
        &self.1
    }
}

/// `[event]`.
#[derive(Debug, Clone)]
pub struct Event {
    /// The event's name.
    pub title: String,
    /// A line under the title.
    pub subtitle: Option<String>,
    /// Language of the whole document.
    pub language: Language,
    /// Text shown on the cover.
    pub introduction: Option<Rich>,
    /// When the programme was last changed (the version stamp).
    pub updated: Option<Stamp>,
    /// The IANA time zone of every date and time (`Europe/Paris`).
    pub timezone: String,
}

/// A local date, with a time of day when one was given: `[event] updated`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// The day.
    pub date: Date,
    /// The time, if given.
    pub time: Option<Time>,
}

impl Event {
    /// The event's time zone, when the table of zones has it.
    pub(crate) fn zone(&self) -> Option<zone::Zone> {
        zone::Zone::named(&self.timezone)
    }
}

impl Programme {
    /// The files the programme uses besides itself (logos, fonts), as
    /// paths joined to its folder `base`.
    pub fn files(&self, base: &std::path::Path) -> Vec<std::path::PathBuf> {
        let logos = self.organisers.iter().filter_map(|o| o.logo.as_ref().map(|l| base.join(&l.path)));
        logos.chain(self.theme.fonts.files().map(|f| base.join(&f.path))).collect()
    }

    /// Mark the programme as updated at `now` (seconds since 1970), in
    /// the event's local time (UTC for a zone the table lacks), in place
    /// of `[event] updated`: `livret build --stamp`.
    pub(crate) fn stamp(&mut self, now: i64) {
        let zone = self.event.zone().unwrap_or(zone::Zone::Fixed(0));
        self.event.updated = Some(zone.local(now.div_euclid(60)));
    }
}

impl Stamp {
    /// The version stamp in words, after `label`: `Mis à jour le 18
    /// décembre 2023 à 22h10`, `Updated 18 December 2023, 10:10 pm`.
    pub fn text(self, label: &str, lang: Language, style: TimeStyle) -> String {
        let (_, month) = self.date.names(lang);
        let date = format!("{} {month} {}", self.date.day_text(lang), self.date.year);
        match (lang, self.time) {
            (Language::French, Some(t)) => format!("{label} {date} à {}", t.format(style)),
            (Language::English, Some(t)) => format!("{label} {date}, {}", t.format_12h()),
            (_, None) => format!("{label} {date}"),
        }
    }
}

/// `[venue]`.
#[derive(Debug, Clone, Default)]
pub struct Venue {
    /// Building name.
    pub name: Option<String>,
    /// Room.
    pub room: Option<String>,
    /// Street address.
    pub address: Option<String>,
    /// Postcode.
    pub postcode: Option<String>,
    /// City.
    pub city: Option<String>,
    /// Access, transport, accessibility.
    pub note: Option<Rich>,
}

/// `[[organiser]]`.
#[derive(Debug, Clone)]
pub struct Organiser {
    /// Name, e.g. `Union syndicale Solidaires`.
    pub name: String,
    /// Postal address.
    pub address: Option<String>,
    /// E-mail, drawn as a `mailto:` link.
    pub email: Option<String>,
    /// Phone, drawn as a `tel:` link.
    pub phone: Option<String>,
    /// Website, drawn as a link.
    pub website: Option<String>,
    /// Decoded logo.
    pub logo: Option<assets::Logo>,
    /// The logo's text alternative (default: the name).
    pub logo_alt: String,
}

/// `[[day]]`.
#[derive(Debug, Clone)]
pub struct Day {
    /// The date.
    pub date: Date,
    /// Printed beside the date.
    pub title: Option<String>,
    /// Printed after the last slot.
    pub note: Option<Rich>,
    /// The day's slots, in file order.
    pub slots: Vec<Slot>,
}

/// What a slot is; drives its styling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    /// Arrival, registration, coffee.
    Welcome,
    /// Opening words.
    Introduction,
    /// A plenary session: stands out.
    Plenary,
    /// Parallel workshops.
    Workshops,
    /// A short break: set apart quietly.
    Break,
    /// A meal: set apart quietly.
    Meal,
    /// Reports back from the workshops.
    Restitution,
    /// Closing session.
    Conclusion,
    /// Anything else (the default).
    Other,
}

impl SlotKind {
    /// The names accepted in `kind = "…"`.
    pub const NAMES: [&'static str; 9] =
        ["welcome", "introduction", "plenary", "workshops", "break", "meal", "restitution", "conclusion", "other"];

    /// Parse a contract name.
    pub fn from_name(s: &str) -> Option<SlotKind> {
        Some(match s {
            "welcome" => SlotKind::Welcome,
            "introduction" => SlotKind::Introduction,
            "plenary" => SlotKind::Plenary,
            "workshops" => SlotKind::Workshops,
            "break" => SlotKind::Break,
            "meal" => SlotKind::Meal,
            "restitution" => SlotKind::Restitution,
            "conclusion" => SlotKind::Conclusion,
            "other" => SlotKind::Other,
            _ => return None,
        })
    }

    /// Meals and breaks are set apart quietly.
    pub fn is_pause(self) -> bool {
        matches!(self, SlotKind::Break | SlotKind::Meal)
    }
}

/// `[[day.slot]]`.
#[derive(Debug, Clone)]
pub struct Slot {
    /// Start time.
    pub start: Time,
    /// End time, after `start`.
    pub end: Option<Time>,
    /// Kind.
    pub kind: SlotKind,
    /// Small label over the title.
    pub label: Option<String>,
    /// Title (for a slot of workshops given none: `[labels].parallel`).
    pub title: String,
    /// Whether the title was written in the file.
    pub titled: bool,
    /// Who chairs the slot.
    pub moderator: Option<Person>,
    /// Language of the slot's texts.
    pub lang: Language,
    /// Description.
    pub description: Option<Rich>,
    /// Speakers.
    pub speakers: Vec<Person>,
    /// Room.
    pub room: Option<String>,
    /// Stable identifier, if given.
    pub id: Option<String>,
    /// Parallel sessions.
    pub workshops: Vec<Workshop>,
}

/// `[[day.slot.workshop]]`.
#[derive(Debug, Clone)]
pub struct Workshop {
    /// Title.
    pub title: String,
    /// Themes, under the title.
    pub topics: Option<String>,
    /// Description.
    pub description: Option<Rich>,
    /// Invited guest.
    pub guest: Option<Person>,
    /// Co-speakers.
    pub speakers: Vec<Person>,
    /// Moderator.
    pub moderator: Option<Person>,
    /// Room.
    pub room: Option<String>,
    /// Start, when it differs from the slot's.
    pub start: Option<Time>,
    /// End, when it differs from the slot's.
    pub end: Option<Time>,
    /// Replaces the numbered label (`Salle C06`, `Conférence`).
    pub label: Option<String>,
    /// Language of the workshop's texts.
    pub lang: Language,
    /// Stable identifier, if given.
    pub id: Option<String>,
}

/// A speaker, guest or moderator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Name; `None` for someone still to be found (always `tbc`).
    pub name: Option<String>,
    /// Printed after the name.
    pub role: Option<String>,
    /// Not yet confirmed.
    pub tbc: bool,
}

/// Wording of the document, defaults filled in from the language.
#[derive(Debug, Clone)]
pub struct Labels {
    /// Over the cover title (`Programme`).
    pub programme: String,
    /// Heading of a speaker list (`Les intervenant·es`).
    pub speakers: String,
    /// Before a workshop's guest (`Intervenant·e`).
    pub guest: String,
    /// Before a workshop's moderator (`Animation`).
    pub moderator: String,
    /// After an unconfirmed person (`à confirmer`).
    pub tbc: String,
    /// Before a workshop's number (`Atelier`).
    pub workshop: String,
    /// Heading of the contacts (`Contact`).
    pub contact: String,
    /// In the running footer (`Page`).
    pub page: String,
    /// Over a slot of parallel workshops.
    pub parallel: String,
    /// Over the organisers' logos on the cover (`Organisé par`).
    pub organised_by: String,
    /// Heading of the venue's contact card (`Lieu`).
    pub venue: String,
    /// Before the version stamp (`Mis à jour le`).
    pub updated: String,
    /// Heading of a page left for notes (`Notes`).
    pub notes: String,
}

impl Labels {
    /// The defaults of a language.
    pub fn defaults(lang: Language) -> Labels {
        let s = |x: &str| x.to_owned();
        match lang {
            Language::French => Labels {
                programme: s("Programme"),
                speakers: s("Les intervenant·es"),
                guest: s("Intervenant·e"),
                moderator: s("Animation"),
                tbc: s("à confirmer"),
                workshop: s("Atelier"),
                contact: s("Contact"),
                page: s("Page"),
                parallel: s("Ateliers en parallèle"),
                organised_by: s("Organisé par"),
                venue: s("Lieu"),
                updated: s("Mis à jour le"),
                notes: s("Notes"),
            },
            Language::English => Labels {
                programme: s("Programme"),
                speakers: s("Speakers"),
                guest: s("Guest"),
                moderator: s("Chair"),
                tbc: s("to be confirmed"),
                workshop: s("Workshop"),
                contact: s("Contact"),
                page: s("Page"),
                parallel: s("Parallel sessions"),
                organised_by: s("Organised by"),
                venue: s("Venue"),
                updated: s("Updated"),
                notes: s("Notes"),
            },
        }
    }
}

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 148 × 210 mm.
    A5,
}

impl Paper {
    /// Width and height in PostScript points.
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::A5 => (419.53, 595.28),
        }
    }
}

/// How times print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeStyle {
    /// `9h30`.
    Compact,
    /// `9 h 30` (Imprimerie nationale).
    Spaced,
    /// `09:30`.
    Colon,
}

/// `[theme]`, defaults filled in.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Main brand colour.
    pub primary: Rgb,
    /// Second brand colour.
    pub accent: Rgb,
    /// The fonts chosen (body, heading, fallbacks).
    pub fonts: crate::fonts::FontChoice,
    /// Page size.
    pub paper: Paper,
    /// Time format.
    pub time_style: TimeStyle,
}
