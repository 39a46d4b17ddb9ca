//! Typesetting every paragraph of the content blocks, in block order, on
//! two threads when there is enough text to be worth it. The rows stage
//! ([`super::flow`]) then places the typeset paragraphs.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::blocks::{Block, Para};
use crate::diagnostic::Diagnostic;
use crate::text::{self, Align, Fonts, ParStyle, Paragraph};

/// Below this many characters to typeset a second thread costs more than
/// it saves: starting it and moving it to another CPU takes 0.1–0.2 ms,
/// more after the machine was idle (a watch waiting for a save). The seed
/// (~12,000 characters) typesets in 2.1–3.0 ms on two threads against
/// 3.4–3.7 ms on one, in a fresh process (docs/performance.md).
/// Paragraphs kept from an earlier setting ([`text::memo`]) do not count:
/// a watch's rebuild after an edit sets one or two paragraphs anew.
const PARALLEL_MIN_CHARS: usize = 3_000;

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
    // The characters to set anew, counted only as far as the threshold.
    let mut to_set = 0;
    for p in paras.iter().filter(|p| !fonts.memo().holds(&p.spans, &p.style, p.width)) {
        to_set += p.spans.iter().map(|s| s.text.len()).sum::<usize>();
        if to_set >= PARALLEL_MIN_CHARS {
            break;
        }
    }
    if to_set < PARALLEL_MIN_CHARS || crate::threads::available() < 2 {
        return paras.iter().map(|p| typeset_para(p, fonts)).collect();
    }
    // Both threads take the next paragraph from a shared counter, so
    // neither waits for the other: if the helper thread gets no CPU of its
    // own, this thread simply does more of the work.
    let next = AtomicUsize::new(0);
    let slots: Vec<OnceLock<SetPara>> = paras.iter().map(|_| OnceLock::new()).collect();
    let work = || loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(p) = paras.get(i) else { break };
        // Each index is handed out once, so each slot is set once.
        let _ = slots[i].set(typeset_para(p, fonts));
    };
    crate::threads::on_two(work);
    slots.into_iter().map(|s| s.into_inner().expect("every paragraph was typeset")).collect()
}

fn collect<'b>(blocks: &'b [Block], out: &mut Vec<&'b Para>) {
    for b in blocks {
        match b {
            Block::Para(p) => out.push(p),
            Block::Columns { cols, .. } => cols.iter().for_each(|c| collect(c, out)),
            // In the order [`super::flow`] visits them: side, then main.
            Block::Beside { side, main } => {
                collect(side, out);
                collect(main, out);
            }
            _ => {}
        }
    }
}

fn typeset_para(p: &Para, fonts: &Fonts) -> SetPara {
    let mut warnings = Vec::new();
    let set = text::typeset(fonts, &p.spans, &p.style, p.width, &mut warnings);
    let side = p.side.as_ref().map(|s| {
        let style =
            ParStyle { align: Align::Left, leading: set.leading, hyphenate: false, lang: p.style.lang, phrases: false };
        (s.x, text::typeset(fonts, &s.spans, &style, s.width, &mut warnings))
    });
    let marker = p.marker.as_ref().map(|(mx, m)| (*mx, text::typeset(fonts, m, &p.style, p.x - mx, &mut warnings)));
    SetPara { text: set, side, marker, warnings }
}
