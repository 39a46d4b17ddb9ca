//! The brochure's design in one place: page geometry, type scale and
//! colours, derived from the paper size and the theme.

use super::Sides;
use crate::model::{Paper, Rgb, Theme};
use crate::text::{Family, TextStyle, Weight};

/// Sizes and colours of the brochure.
#[derive(Debug, Clone)]
pub struct Design {
    /// Page width and height.
    pub page: (f32, f32),
    /// Margins: the text area's distance from each page edge.
    pub margin: Sides,
    /// Width of the time column.
    pub time_col: f32,
    /// Gap between the time column and the content.
    pub gutter: f32,
    /// Body text size; 9.5 pt keeps the seed to a booklet of 4 pages
    /// without going under the 9 pt floor for handouts.
    pub body: f32,
    /// Body leading (baseline to baseline), ~1.4× the size for the long
    /// measure of a justified column.
    pub leading: f32,
    /// Brand colour (labels, rules, cover).
    pub primary: Rgb,
    /// Second colour (times, bars).
    pub accent: Rgb,
    /// Running text.
    pub ink: Rgb,
    /// Secondary text (roles, topics, footers): dark enough to survive a
    /// photocopy.
    pub muted: Rgb,
    /// Background of pauses: a light tint, which photocopies as a pale grey.
    pub tint: Rgb,
    /// Scale of display sizes (cover title, day headings): smaller paper,
    /// smaller titles, the body text unchanged.
    pub display_scale: f32,
    /// Multiplier of the vertical space between blocks; the booklet
    /// fitting in [`super::fit`] lowers it to save a page.
    pub spacing: f32,
}

impl Design {
    /// The design for a theme.
    pub fn new(theme: &Theme) -> Design {
        let page = theme.paper.size_pt();
        let (margin, time_col) = match theme.paper {
            Paper::A4 => (Sides::new(48.0, 42.0, 48.0, 50.0), 64.0),
            Paper::A5 => (Sides::new(38.0, 36.0, 38.0, 50.0), 54.0),
        };
        Design {
            page,
            margin,
            time_col,
            gutter: 12.0,
            body: 9.5,
            leading: 12.8,
            primary: theme.primary,
            accent: theme.accent,
            ink: Rgb(0x1A, 0x1A, 0x1A),
            muted: Rgb(0x55, 0x55, 0x55),
            tint: Rgb(0xF1, 0xEF, 0xEC),
            spacing: 1.0,
            display_scale: match theme.paper {
                Paper::A4 => 1.0,
                Paper::A5 => 0.72,
            },
        }
    }

    /// A display size scaled for the paper.
    pub fn display(&self, size: f32) -> f32 {
        (size * self.display_scale * 2.0).round() / 2.0
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

    /// Left edge of the content column (right of the time column).
    pub fn content_x(&self) -> f32 {
        self.margin.left + self.time_col + self.gutter
    }

    /// Width of the content column.
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
        TextStyle { tracking: 0.08, ..self.style(Family::Heading, Weight::Bold, false, 7.5, color) }
    }
}
