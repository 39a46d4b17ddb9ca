//! Optimal-fit line breaking (Knuth & Plass, "Breaking paragraphs into
//! lines", 1981) over abstract boxes, glue and penalties.
//!
//! This module knows nothing of fonts: items carry widths only, so the
//! algorithm is unit-tested on made-up widths. The text stage
//! ([`super::paragraph`]) builds the items from shaped text.

/// A penalty at or above this never breaks.
pub const INFINITE_PENALTY: f32 = 10_000.0;
/// A penalty at or below this always breaks (end of paragraph).
pub const FORCED_BREAK: f32 = -10_000.0;

/// Added to every line's badness before squaring, as TeX's `\linepenalty`
/// (10): it makes fewer lines preferable when badness is equal.
const LINE_PENALTY: f64 = 10.0;
/// Two hyphenated lines in a row look like a ladder: TeX's
/// `\doublehyphendemerits` default.
const DOUBLE_HYPHEN_DEMERITS: f64 = 10_000.0;
/// A very loose line next to a tight one reads unevenly: TeX's
/// `\adjdemerits` default.
const FITNESS_DEMERITS: f64 = 10_000.0;
/// More consecutive hyphenated lines than this are refused outright
/// (French practice: at most two in a row).
const MAX_CONSECUTIVE_HYPHENS: u8 = 2;
/// The last word of a paragraph is not hyphenated (French practice; TeX's
/// `\finalhyphendemerits` only discourages it): refused while the
/// tolerances hold, and in the emergency pass dear, but no longer
/// dearer than any loose line. Refused there too, a two-line paragraph
/// that could only end on a long word ("action, revendications" at the
/// A5 measure) got a first line with spaces 3.6× natural, a worse fault
/// than the hyphen. At this cost the hyphen wins only over a line whose
/// spaces are past ~2.6× natural (ratio 3.15, badness ~3,150): a line
/// loose but readable keeps the rule.
const FINAL_HYPHEN_DEMERITS: f64 = 10_000_000.0;
/// In ragged mode every line may fall this many points short of the
/// measure at zero badness-equivalent ratio 1: it keeps the rag gentle
/// without hyphenating every line.
const RAGGED_STRETCH_EM: f32 = 3.0;

/// One unit of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item {
    /// Material that cannot change width (a word or part of a word).
    Box {
        /// Width in points.
        width: f32,
    },
    /// A space that can stretch and shrink; a possible break.
    Glue {
        /// Natural width.
        width: f32,
        /// How much it may grow (at ratio 1).
        stretch: f32,
        /// How much it may shrink (at ratio -1).
        shrink: f32,
    },
    /// A possible break with a cost; `width` is added when broken here
    /// (a hyphen).
    Penalty {
        /// Width when broken here.
        width: f32,
        /// Cost of breaking here; see [`INFINITE_PENALTY`], [`FORCED_BREAK`].
        cost: f32,
        /// Hyphen breaks are flagged (for the consecutive-hyphen rules).
        flagged: bool,
    },
}

/// How lines are set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Justified (false) or ragged-right (true).
    pub ragged: bool,
    /// The font size, to scale ragged stretch.
    pub em: f32,
}

/// A chosen break.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Break {
    /// Index of the item broken at (glue or penalty).
    pub pos: usize,
    /// Adjustment ratio of the line that ends here.
    pub ratio: f32,
}

struct Node {
    pos: usize,
    line: usize,
    fitness: u8,
    hyphens: u8,
    flagged: bool,
    demerits: f64,
    prev: Option<usize>,
    ratio: f32,
}

#[derive(Clone, Copy, Default)]
struct Sums {
    width: f32,
    stretch: f32,
    shrink: f32,
}

/// Choose the breaks of a paragraph. `widths[i]` is the measure of line i
/// (the last entry repeats). The last item must be a forced break.
///
/// Three passes, as TeX: a strict tolerance first (ratio ≤ 1: with the
/// text stage's stretch of half a space, word spaces at most 1.5×
/// natural), then a looser one (ratio ≤ 2),
/// then an emergency pass that accepts overfull or very loose lines
/// so that every paragraph gets set.
pub fn break_lines(items: &[Item], widths: &[f32], params: Params) -> Vec<Break> {
    for tolerance in [1.0, 2.0] {
        if let Some(b) = run(items, widths, params, tolerance, false) {
            return b;
        }
    }
    run(items, widths, params, f32::INFINITY, true).unwrap_or_default()
}

fn run(items: &[Item], widths: &[f32], params: Params, tolerance: f32, emergency: bool) -> Option<Vec<Break>> {
    let n = items.len();
    if n == 0 {
        return Some(Vec::new());
    }
    // Prefix sums: sums[i] is the total of items[..i].
    let mut sums = Vec::with_capacity(n + 1);
    let mut acc = Sums::default();
    sums.push(acc);
    for it in items {
        match *it {
            Item::Box { width } => acc.width += width,
            Item::Glue { width, stretch, shrink } => {
                acc.width += width;
                acc.stretch += stretch;
                acc.shrink += shrink;
            }
            Item::Penalty { .. } => {}
        }
        sums.push(acc);
    }
    let ragged_stretch = if params.ragged { RAGGED_STRETCH_EM * params.em } else { 0.0 };
    let width_of = |line: usize| widths.get(line).or(widths.last()).copied().unwrap_or(f32::INFINITY);
    let line_class = |line: usize| line.min(widths.len());

    let mut nodes =
        vec![Node { pos: 0, line: 0, fitness: 1, hyphens: 0, flagged: false, demerits: 0.0, prev: None, ratio: 0.0 }];
    let mut active: Vec<usize> = vec![0];
    // The start of each active node's next line: the first box after it.
    let after = |pos: usize, is_start: bool| -> usize {
        let mut i = if is_start { pos } else { pos + 1 };
        while i < n && !matches!(items[i], Item::Box { .. }) {
            if let Item::Penalty { cost, .. } = items[i]
                && cost <= FORCED_BREAK
            {
                break;
            }
            i += 1;
        }
        i
    };

    for b in 0..n {
        let (pen_width, cost, flagged) = match items[b] {
            Item::Penalty { width, cost, flagged } if cost < INFINITE_PENALTY => (width, cost, flagged),
            Item::Glue { .. } if b > 0 && matches!(items[b - 1], Item::Box { .. }) => (0.0, 0.0, false),
            _ => continue,
        };
        let forced = cost <= FORCED_BREAK;
        let is_last = b == n - 1;
        // Best candidate per (fitness, hyphen run, line class).
        let mut best: Vec<(u8, u8, usize, f64, usize, f32)> = Vec::new();
        let mut k = 0;
        while k < active.len() {
            let a = active[k];
            let node = &nodes[a];
            let start = after(node.pos, a == 0);
            let s = sums[start];
            let e = sums[b];
            let natural = e.width - s.width + pen_width;
            let target = width_of(node.line);
            let stretch = e.stretch - s.stretch + if is_last { 0.0 } else { ragged_stretch };
            let shrink = e.shrink - s.shrink;
            let ratio = if (natural - target).abs() < 1e-3 {
                0.0
            } else if natural < target {
                if stretch > 0.0 { (target - natural) / stretch } else { f32::INFINITY }
            } else if shrink > 0.0 {
                (target - natural) / shrink
            } else {
                f32::NEG_INFINITY
            };
            let ratio = if is_last && natural <= target { 0.0 } else { ratio };
            let overfull = ratio < -1.0;
            // A node whose line is already overfull can never start a line
            // reaching further: drop it, which keeps the active list (and
            // the work per item) bounded by the items of one line. In the
            // emergency pass the last node is kept, so that something is
            // always set, even a word wider than the measure.
            if forced || (overfull && !(emergency && active.len() == 1)) {
                active.remove(k);
            } else {
                k += 1;
            }
            let feasible = if emergency { true } else { !overfull && ratio <= tolerance };
            if !feasible || start > b && !forced {
                continue;
            }
            // Counted up to one past the limit: beyond it every count is
            // treated alike, and keeping them apart let the emergency pass
            // carry a node per count (one seed paragraph set at the A5
            // width took 6 ms instead of 1).
            let hyphens = if flagged { (node.hyphens + 1).min(MAX_CONSECUTIVE_HYPHENS + 1) } else { 0 };
            let hyphen_rule_broken = hyphens > MAX_CONSECUTIVE_HYPHENS;
            let final_hyphen = is_last && node.flagged;
            if (hyphen_rule_broken || final_hyphen) && !emergency {
                continue;
            }
            let badness = if overfull {
                // Only in the emergency pass: ink past the margin is the
                // worst outcome, in proportion to how far it goes.
                1e10 * (1.0 + f64::from(natural - target))
            } else if ratio.is_infinite() {
                // A short line with nothing to stretch (one word, or
                // pieces of an overlong word): worse than any loose line
                // up to ratio ~100, better than ink in the margin.
                1e8
            } else if emergency {
                // Uncapped, so that among loose lines the least loose wins
                // (TeX caps at 10000 and relies on \emergencystretch).
                100.0 * f64::from(ratio.abs()).powi(3)
            } else {
                (100.0 * f64::from(ratio.abs()).powi(3)).min(10_000.0)
            };
            let mut d = (LINE_PENALTY + badness).powi(2);
            if cost >= 0.0 {
                d += f64::from(cost).powi(2);
            } else if !forced {
                d -= f64::from(cost).powi(2);
            }
            if flagged && node.flagged {
                d += DOUBLE_HYPHEN_DEMERITS;
            }
            if final_hyphen {
                d += FINAL_HYPHEN_DEMERITS;
            }
            if hyphen_rule_broken {
                // Emergency only: allowed, but worse than any loose line.
                d += 1e12;
            }
            let fitness: u8 = match ratio {
                r if r < -0.5 => 0,
                r if r <= 0.5 => 1,
                r if r <= 1.0 => 2,
                _ => 3,
            };
            if fitness.abs_diff(node.fitness) > 1 {
                d += FITNESS_DEMERITS;
            }
            let total = node.demerits + d;
            let class = line_class(node.line + 1);
            match best.iter_mut().find(|c| c.0 == fitness && c.1 == hyphens && c.2 == class) {
                Some(c) if c.3 <= total => {}
                Some(c) => *c = (fitness, hyphens, class, total, a, ratio),
                None => best.push((fitness, hyphens, class, total, a, ratio)),
            }
        }
        for (fitness, hyphens, _, demerits, prev, ratio) in best {
            nodes.push(Node {
                pos: b,
                line: nodes[prev].line + 1,
                fitness,
                hyphens,
                flagged,
                demerits,
                prev: Some(prev),
                ratio,
            });
            active.push(nodes.len() - 1);
        }
        if active.is_empty() {
            return None;
        }
    }
    // The best node that ends at the final item.
    let end = active
        .iter()
        .copied()
        .filter(|&a| nodes[a].pos == n - 1 && a != 0)
        .min_by(|&x, &y| nodes[x].demerits.total_cmp(&nodes[y].demerits))?;
    let mut out = Vec::new();
    let mut cur = Some(end);
    while let Some(c) = cur {
        if nodes[c].prev.is_none() {
            break;
        }
        out.push(Break { pos: nodes[c].pos, ratio: nodes[c].ratio });
        cur = nodes[c].prev;
    }
    out.reverse();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words of the given widths separated by 3-pt spaces (stretch 1.5,
    /// shrink 1), ended like a paragraph.
    fn words(ws: &[f32]) -> Vec<Item> {
        let mut items = Vec::new();
        for (i, w) in ws.iter().enumerate() {
            if i > 0 {
                items.push(Item::Glue { width: 3.0, stretch: 1.5, shrink: 1.0 });
            }
            items.push(Item::Box { width: *w });
        }
        items.push(Item::Glue { width: 0.0, stretch: f32::INFINITY, shrink: 0.0 });
        items.push(Item::Penalty { width: 0.0, cost: FORCED_BREAK, flagged: false });
        items
    }

    const JUSTIFIED: Params = Params { ragged: false, em: 10.0 };

    #[test]
    fn fills_lines_exactly_when_possible() {
        // 4 words of 10 + 3 spaces of 3 = 49: two lines of 49.
        let items = words(&[10.0; 8]);
        let b = break_lines(&items, &[49.0], JUSTIFIED);
        assert_eq!(b.len(), 2);
        assert!(b[0].ratio.abs() < 1e-3, "{:?}", b);
    }

    #[test]
    fn prefers_even_spacing_over_greedy() {
        // Greedy would fill line 1 tightly and leave a loose line 2; total
        // fit spreads the material.
        // Greedy first-fit takes 10+10+10+30 = 69 on line 1 (ratio 0.07)
        // and leaves "30 10" alone on line 2 at ratio 8.9; total fit moves
        // a word down so both lines are within tolerance.
        let items = words(&[10.0, 10.0, 10.0, 30.0, 30.0, 10.0, 20.0]);
        let b = break_lines(&items, &[70.0], JUSTIFIED);
        assert_eq!(b.len(), 2, "{b:?}");
        assert!(b[0].ratio <= 1.0 && b[0].ratio >= -1.0, "{b:?}");
    }

    #[test]
    fn never_more_than_two_hyphens_in_a_row() {
        // Lines that can only be filled by hyphenating: the third flagged
        // break in a row must be refused when an alternative exists.
        let mut items = Vec::new();
        for _ in 0..6 {
            items.push(Item::Box { width: 30.0 });
            items.push(Item::Penalty { width: 2.0, cost: 50.0, flagged: true });
            items.push(Item::Box { width: 15.0 });
            items.push(Item::Glue { width: 3.0, stretch: 3.0, shrink: 1.0 });
        }
        items.push(Item::Glue { width: 0.0, stretch: f32::INFINITY, shrink: 0.0 });
        items.push(Item::Penalty { width: 0.0, cost: FORCED_BREAK, flagged: false });
        let b = break_lines(&items, &[32.0], JUSTIFIED);
        let mut run = 0;
        for br in &b {
            let flagged = matches!(items[br.pos], Item::Penalty { flagged: true, .. });
            run = if flagged { run + 1 } else { 0 };
            assert!(run <= 2, "{b:?}");
        }
    }

    #[test]
    fn the_last_word_is_hyphenated_only_when_the_alternative_is_loose() {
        // "aaaa bbbb cc-dd": a measure the first two words fill, then a
        // hyphen point in the last word.
        let par = |measure: f32| {
            let mut items = words(&[30.0, 30.0]);
            items.truncate(items.len() - 2);
            items.push(Item::Glue { width: 3.0, stretch: 1.5, shrink: 1.0 });
            items.push(Item::Box { width: 12.0 });
            items.push(Item::Penalty { width: 2.0, cost: 50.0, flagged: true });
            items.push(Item::Box { width: 12.0 });
            items.push(Item::Glue { width: 0.0, stretch: f32::INFINITY, shrink: 0.0 });
            items.push(Item::Penalty { width: 0.0, cost: FORCED_BREAK, flagged: false });
            let b = break_lines(&items, &[measure], JUSTIFIED);
            b.iter().any(|br| matches!(items[br.pos], Item::Penalty { flagged: true, .. }))
        };
        // 63 pt: "aaaa bbbb" sets at its natural width, no hyphen.
        assert!(!par(63.0));
        // 65 pt: "aaaa bbbb" needs its space 1.9× wide (ratio 1.3, the
        // second tolerance): loose, but no hyphen.
        assert!(!par(65.0));
        // 79 pt: "aaaa bbbb" would need its space 6× wide; "aaaa bbbb
        // cc-" is just right.
        assert!(par(79.0));
    }

    #[test]
    fn overfull_material_still_gets_set() {
        let items = words(&[80.0, 10.0]);
        let b = break_lines(&items, &[50.0], JUSTIFIED);
        assert_eq!(b.last().map(|b| b.pos), Some(items.len() - 1));
    }

    #[test]
    fn last_line_is_not_stretched() {
        let items = words(&[10.0, 10.0, 10.0]);
        let b = break_lines(&items, &[200.0], JUSTIFIED);
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].ratio, 0.0);
    }

    #[test]
    fn time_is_linear_in_paragraph_length() {
        // Not a timing test: counts nodes indirectly by checking that a
        // long paragraph still breaks (the active list stays bounded).
        let ws: Vec<f32> = (0..5000).map(|i| 10.0 + (i % 7) as f32 * 5.0).collect();
        let b = break_lines(&words(&ws), &[300.0], JUSTIFIED);
        assert!(b.len() > 100);
    }
}

#[cfg(test)]
mod hyphen_runs {
    use super::*;

    #[test]
    fn hundreds_of_hyphenated_lines_in_a_row_do_not_overflow() {
        // Only hyphen breaks, narrower than each piece: the emergency pass
        // chains 300 flagged breaks (found by cargo fuzz: the counter was
        // a u8 that overflowed).
        let mut items = Vec::new();
        for _ in 0..300 {
            items.push(Item::Box { width: 30.0 });
            items.push(Item::Penalty { width: 2.0, cost: 50.0, flagged: true });
        }
        items.push(Item::Box { width: 30.0 });
        items.push(Item::Glue { width: 0.0, stretch: f32::INFINITY, shrink: 0.0 });
        items.push(Item::Penalty { width: 0.0, cost: FORCED_BREAK, flagged: false });
        let b = break_lines(&items, &[20.0], Params { ragged: false, em: 10.0 });
        assert_eq!(b.last().map(|b| b.pos), Some(items.len() - 1));
    }
}
