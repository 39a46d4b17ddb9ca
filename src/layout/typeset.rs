//! Typesetting every paragraph of the content blocks, in block order, on
//! two threads when there is enough text to be worth it. The rows stage
//! ([`super::flow`]) then places the typeset paragraphs.

use super::blocks::{Block, Para};
use crate::diagnostic::Diagnostic;
use crate::text::{self, Align, Fonts, ParStyle, Paragraph};

/// Below this many characters a second thread costs more than it saves:
/// the second thread starts with its own cold shaping cache, and for the
/// seed (~12,000 characters) a cold process measured 6.5 ms median with two
/// threads against 5.8 ms with one (docs/performance.md).
const PARALLEL_MIN_CHARS: usize = 30_000;

/// A typeset paragraph with its side text (time column) and list marker.
#[derive(Debug, Clone)]
pub struct SetPara {
    /// The paragraph's lines.
    pub text: Paragraph,
    /// Side text: its left edge and lines.
    pub side: Option<(f32, Paragraph)>,
    /// List marker: its left edge and lines.
    pub marker: Option<(f32, Paragraph)>,
    /// Warnings from the text engine.
    pub warnings: Vec<Diagnostic>,
}

/// Typeset all paragraphs of `blocks` (columns included), in the order
/// [`super::flow::flow`] visits them.
pub fn typeset_blocks(blocks: &[Block], fonts: &Fonts) -> Vec<SetPara> {
    let mut paras = Vec::new();
    collect(blocks, &mut paras);
    let chars: usize = paras.iter().map(|p| p.spans.iter().map(|s| s.text.len()).sum::<usize>()).sum();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if chars < PARALLEL_MIN_CHARS || threads < 2 {
        return paras.iter().map(|p| typeset_para(p, fonts)).collect();
    }
    // Split where half of the text has been seen.
    let mut seen = 0;
    let mid = paras
        .iter()
        .position(|p| {
            seen += p.spans.iter().map(|s| s.text.len()).sum::<usize>();
            seen * 2 >= chars
        })
        .map_or(paras.len(), |i| i + 1);
    let (first, second) = paras.split_at(mid);
    let fork = fonts.fork();
    std::thread::scope(|s| {
        let worker = s.spawn(move || second.iter().map(|p| typeset_para(p, &fork)).collect::<Vec<_>>());
        let mut out: Vec<SetPara> = first.iter().map(|p| typeset_para(p, fonts)).collect();
        match worker.join() {
            Ok(rest) => out.extend(rest),
            Err(panic) => std::panic::resume_unwind(panic),
        }
        out
    })
}

fn collect<'b>(blocks: &'b [Block], out: &mut Vec<&'b Para>) {
    for b in blocks {
        match b {
            Block::Para(p) => out.push(p),
            Block::Columns { cols, .. } => cols.iter().for_each(|c| collect(c, out)),
            _ => {}
        }
    }
}

fn typeset_para(p: &Para, fonts: &Fonts) -> SetPara {
    let mut warnings = Vec::new();
    let set = text::typeset(fonts, &p.spans, &p.style, p.width, &mut warnings);
    let side = p.side.as_ref().map(|s| {
        let style = ParStyle { align: Align::Left, leading: set.leading, hyphenate: false, lang: p.style.lang };
        (s.x, text::typeset(fonts, &s.spans, &style, s.width, &mut warnings))
    });
    let marker = p.marker.as_ref().map(|(mx, m)| (*mx, text::typeset(fonts, m, &p.style, p.x - mx, &mut warnings)));
    SetPara { text: set, side, marker, warnings }
}
