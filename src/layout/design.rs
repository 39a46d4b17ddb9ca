//! The brochure's design in one place: the grid, the type scale and the
//! colours, derived from the paper, the theme and the profile. Every
//! element of the layout takes its position and size from here; the grid
//! is written down in `docs/design.md`.

use super::Sides;
use crate::model::{Paper, Rgb, Theme};
use crate::profile::Profile;
use crate::text::{Family, TextStyle, Weight};

/// The type scale: every size the brochure uses, and no other. Eight
/// steps, each about 1.15–1.4× the one below, so that two sizes never
/// read as a mistake for one another.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    /// Labels in tracked capitals, footers, running heads.
    pub label: f32,
    /// Side notes: roles, rooms, topics, the metadata column.
    pub small: f32,
    /// Running text.
    pub body: f32,
    /// Workshop titles, the cover's introduction and dates.
    pub sub: f32,
    /// Slot titles.
    pub title: f32,
    /// Section headings (contacts) and the cover's subtitle.
    pub section: f32,
    /// Day headings.
    pub day: f32,
    /// The cover title.
    pub cover: f32,
}

/// Where a slot's metadata (speakers, guest, room) goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meta {
    /// In the left column, beside the description (A4): the text column
    /// keeps a reading measure and the who-and-where reads at a glance.
    Side,
    /// Under the description, in the text column (A5, too narrow for two
    /// columns of text).
    Stacked,
}

/// Sizes and colours of the brochure.
#[derive(Debug, Clone)]
pub struct Design {
    /// Page width and height (the trimmed page).
    pub page: (f32, f32),
    /// Margins: the text area's distance from each page edge.
    pub margin: Sides,
    /// Width of the left column: the time, and on A4 the metadata.
    pub time_col: f32,
    /// Gap between the left column and the text column.
    pub gutter: f32,
    /// Where metadata goes.
    pub meta: Meta,
    /// The type scale.
    pub scale: Scale,
    /// Body text size.
    pub body: f32,
    /// Body leading (baseline to baseline).
    pub leading: f32,
    /// Brand colour (labels, rules, cover), darkened if need be so that
    /// small text in it reads on paper ([`readable`]).
    pub primary: Rgb,
    /// Second colour (times, bars, links), darkened alike.
    pub accent: Rgb,
    /// Running text.
    pub ink: Rgb,
    /// Secondary text (roles, topics, footers): dark enough to survive a
    /// photocopy.
    pub muted: Rgb,
    /// Background of pauses: a light tint, or `None` where only ink is
    /// allowed (photocopies drop light tints).
    pub tint: Option<Rgb>,
    /// The cover's band colour, or `None` for a white typographic cover.
    /// The theme's second colour: the brand colour is the logos', and two
    /// reds side by side clash.
    pub band: Option<Rgb>,
    /// Text on the band: white, or ink on a band too light for white (a
    /// yellow brand colour).
    pub on_band: Rgb,
    /// The cover band's distance from the paper's top, left and right
    /// edges: a printer cannot print the last 5 mm, and a clipped band
    /// looks like a mistake (the print shop's edition runs it into the
    /// bleed, see [`crate::print::marks`]).
    pub cover_inset: f32,
    /// The contacts open a page of their own, the back cover of a folded
    /// booklet.
    pub back_cover: bool,
    /// Multiplier of the vertical space between blocks; the page-count
    /// search in [`super::fit`] lowers it to save a page.
    pub spacing: f32,
}

/// Pure black: text on a photocopier or laser printer comes out as one
/// toner, not four.
const BLACK: Rgb = Rgb(0, 0, 0);
const WHITE: Rgb = Rgb(255, 255, 255);
/// Running text: a near black, softer on screen than pure black.
const INK: Rgb = Rgb(0x1A, 0x1A, 0x1A);

/// The contrast small text needs against its ground (WCAG 2's 4.5:1).
/// A brand colour is the organisers' choice, but the times, labels and
/// links set in it are 7.5–9.5 pt: a light one (a yellow at 2.3:1) is
/// not read, on paper or by a reader with low vision.
const MIN_CONTRAST: f32 = 4.5;

/// `c`, or the first darker shade of it (each channel scaled alike, so
/// the hue stays) that reaches [`MIN_CONTRAST`] on white paper.
fn readable(c: Rgb) -> Rgb {
    let mut shade = c;
    let mut f = 1.0f32;
    while contrast(WHITE, shade) < MIN_CONTRAST && f > 0.0 {
        f -= 0.02;
        let s = |v: u8| (f32::from(v) * f).round() as u8;
        shade = Rgb(s(c.0), s(c.1), s(c.2));
    }
    shade
}

/// WCAG 2's contrast ratio between two colours, 1 to 21.
fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Relative luminance of an sRGB colour.
fn luminance(c: Rgb) -> f32 {
    let lin = |v: u8| {
        let v = f32::from(v) / 255.0;
        if v <= 0.040_45 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

impl Design {
    /// The design for a theme and a profile.
    pub fn new(theme: &Theme, profile: Profile) -> Design {
        let paper = profile.page_paper(theme.paper);
        let page = paper.size_pt();
        // A4: 19 mm side margins, a 56 mm left column for time and
        // metadata, a 7 mm gutter, a 109 mm text column (~69 characters of
        // 9.5 pt Inter).
        // A5: 13 mm margins, a 19 mm time column, the metadata stacked.
        let (margin, time_col, gutter, meta) = match paper {
            Paper::A4 => (Sides::new(54.0, 48.0, 54.0, 56.0), 158.0, 20.0, Meta::Side),
            Paper::A5 => (Sides::new(36.0, 40.0, 36.0, 50.0), 54.0, 10.0, Meta::Stacked),
        };
        // The text sizes are the same on both papers, so that A5 reads as
        // well as A4; only the display sizes shrink with the page.
        let a4 =
            Scale { label: 7.5, small: 8.5, body: 9.5, sub: 11.0, title: 13.0, section: 16.0, day: 22.0, cover: 40.0 };
        let scale = match paper {
            Paper::A4 => a4,
            Paper::A5 => Scale { day: 16.0, cover: 28.0, ..a4 },
        };
        let mono = profile.monochrome();
        Design {
            page,
            margin,
            time_col,
            gutter,
            meta,
            scale,
            body: scale.body,
            leading: 13.0,
            primary: if mono { BLACK } else { readable(theme.primary) },
            accent: if mono { BLACK } else { readable(theme.accent) },
            ink: if mono { BLACK } else { INK },
            muted: if mono { Rgb(0x3C, 0x3C, 0x3C) } else { Rgb(0x55, 0x55, 0x55) },
            tint: (!mono).then_some(Rgb(0xF1, 0xEF, 0xEC)),
            band: (!mono).then_some(theme.accent),
            // Whichever reads better: white on a terracotta (4.4:1 against
            // ink's 4.0), ink on a yellow (7.7:1 against white's 2.3).
            on_band: if contrast(WHITE, theme.accent) >= contrast(INK, theme.accent) { WHITE } else { INK },
            cover_inset: 8.0 * 72.0 / 25.4,
            back_cover: profile.folds(),
            spacing: 1.0,
        }
    }

    /// Widen the time column to the widest time range (plus a hair), so a
    /// range like `13 h 30 – 16 h 45` never wraps.
    pub fn fit_time_column(&mut self, widest: f32) {
        self.time_col = self.time_col.max(widest + 2.0);
    }

    /// Left edge of the text area.
    pub fn left(&self) -> f32 {
        self.margin.left
    }

    /// Width of the text area.
    pub fn width(&self) -> f32 {
        self.page.0 - self.margin.left - self.margin.right
    }

    /// Height of the text area.
    pub fn height(&self) -> f32 {
        self.page.1 - self.margin.top - self.margin.bottom
    }

    /// Left edge of the text column (right of the left column).
    pub fn content_x(&self) -> f32 {
        self.margin.left + self.time_col + self.gutter
    }

    /// Width of the text column.
    pub fn content_width(&self) -> f32 {
        self.width() - self.time_col - self.gutter
    }

    /// A text style.
    pub fn style(&self, family: Family, weight: Weight, italic: bool, size: f32, color: Rgb) -> TextStyle {
        TextStyle { family, weight, italic, size, color, tracking: 0.0 }
    }

    /// Body text.
    pub fn body_style(&self) -> TextStyle {
        self.style(Family::Body, Weight::Regular, false, self.body, self.ink)
    }

    /// Small capitals-like labels: uppercase, bold, tracked out so they
    /// read as labels and not as shouting.
    pub fn label_style(&self, color: Rgb) -> TextStyle {
        TextStyle { tracking: 0.08, ..self.style(Family::Heading, Weight::Bold, false, self.scale.label, color) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dark_brand_colours_are_kept_and_light_ones_darkened_in_their_hue() {
        // The defaults, and a red, read at once.
        for c in [Rgb(0xB0, 0x10, 0x2B), Rgb(0x1F, 0x2A, 0x44), Rgb(0xD6, 0x00, 0x1C)] {
            assert_eq!(readable(c), c);
        }
        let yellow = Rgb(0xE4, 0xA0, 0x00);
        assert!(contrast(WHITE, yellow) < 2.5);
        let shade = readable(yellow);
        assert!(contrast(WHITE, shade) >= MIN_CONTRAST, "{shade:?}");
        // The same hue: red stays the largest channel, blue nil.
        assert!(shade.0 > shade.1 && shade.2 == 0, "{shade:?}");
        // Not darker than needed.
        assert!(contrast(WHITE, shade) < 5.0, "{shade:?}");
        assert!((contrast(BLACK, WHITE) - 21.0).abs() < 0.01);
    }

    #[test]
    fn text_on_a_light_band_is_ink() {
        let theme = |accent| Theme {
            primary: Rgb(0xB0, 0x10, 0x2B),
            accent,
            fonts: Default::default(),
            paper: Paper::A4,
            time_style: crate::model::TimeStyle::Compact,
        };
        assert_eq!(Design::new(&theme(Rgb(0x1F, 0x2A, 0x44)), Profile::Standard).on_band, WHITE);
        let yellow = Design::new(&theme(Rgb(0xE4, 0xA0, 0x00)), Profile::Standard);
        assert_eq!(yellow.on_band, INK);
        // A terracotta: white, a little short of 4.5:1, still reads better
        // than ink (the cover's text is large).
        assert_eq!(Design::new(&theme(Rgb(0xC8, 0x55, 0x3D)), Profile::Standard).on_band, WHITE);
        // The band keeps the brand colour; text in it is darkened.
        assert_eq!(yellow.band, Some(Rgb(0xE4, 0xA0, 0x00)));
        assert!(contrast(WHITE, yellow.accent) >= MIN_CONTRAST);
    }
}
