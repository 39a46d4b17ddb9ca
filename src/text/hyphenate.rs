//! Hyphenation points, from hypher's embedded TeX patterns, with the
//! French conventions on top: at least 2 letters before the hyphen and 3
//! after, no hyphen in words with digits, and proper names only when
//! nothing else works.

use crate::model::Language;

/// A place where a word may be hyphenated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// Byte offset in the word.
    pub offset: usize,
    /// The word starts with a capital: probably a proper name.
    pub capitalised: bool,
}

/// Letters kept before the hyphen (TeX's `\lefthyphenmin` for French).
const LEFT_MIN: usize = 2;
/// Letters kept after the hyphen (TeX's `\righthyphenmin` for French):
/// a 2-letter tail like "-es" looks like a typo on its own line.
const RIGHT_MIN: usize = 3;

/// Hyphenation points of every alphabetic stretch in `word`.
pub fn points(word: &str, lang: Language, out: &mut Vec<Point>) {
    let hlang = match lang {
        Language::French => hypher::Lang::French,
        Language::English => hypher::Lang::English,
    };
    let mut start = None;
    let mut lower = String::new();
    for (i, c) in word.char_indices().chain(std::iter::once((word.len(), ' '))) {
        if c.is_alphabetic() {
            start.get_or_insert(i);
            continue;
        }
        let Some(s) = start.take() else { continue };
        let stretch = &word[s..i];
        // Letters glued to digits (`2.0`, `J.O.`) or inside an
        // abbreviation are not hyphenated. A period that ends the word
        // ends a sentence: `services.` is hyphenated like `services`
        // (it was not, and every sentence's last word was left whole).
        let before = word[..s].chars().next_back();
        let mut rest = word[i..].chars();
        let glued_after = match rest.next() {
            Some(c) if c.is_ascii_digit() => true,
            Some('.') => rest.next().is_some_and(char::is_alphanumeric),
            _ => false,
        };
        if before.is_some_and(|c| c.is_ascii_digit() || c == '.') || glued_after {
            continue;
        }
        let n = stretch.chars().count();
        // Words past 60 letters (or bytes) are not words a reader needs
        // hyphenated; they are broken as overlong words if they must be.
        if !(LEFT_MIN + RIGHT_MIN..=60).contains(&n) || stretch.len() > 60 {
            continue;
        }
        lower.clear();
        lower.extend(stretch.chars().flat_map(char::to_lowercase));
        if lower.chars().count() != n {
            continue;
        }
        let capitalised = stretch.chars().next().is_some_and(char::is_uppercase);
        if stretch.chars().skip(1).any(char::is_uppercase) {
            // Acronyms and CamelCase (SIA, InfoTv) are left whole.
            continue;
        }
        let mut chars_seen = 0;
        let offsets: Vec<usize> = stretch.char_indices().map(|(o, _)| o).collect();
        for syl in hypher::hyphenate_bounded(&lower, hlang, LEFT_MIN, RIGHT_MIN) {
            chars_seen += syl.chars().count();
            if chars_seen < n {
                out.push(Point { offset: s + offsets[chars_seen], capitalised });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(word: &str) -> String {
        let mut pts = Vec::new();
        points(word, Language::French, &mut pts);
        let mut s = String::new();
        let mut last = 0;
        for p in pts {
            s.push_str(&word[last..p.offset]);
            s.push('-');
            last = p.offset;
        }
        s.push_str(&word[last..]);
        s
    }

    #[test]
    fn french_words() {
        assert_eq!(show("intelligence"), "in-tel-li-gence");
        assert_eq!(show("participant·es"), "par-ti-ci-pant·es");
        assert_eq!(show("SIA"), "SIA");
        assert_eq!(show("2.0"), "2.0");
        // A sentence's last word, not an abbreviation.
        assert_eq!(show("services."), "ser-vices.");
        assert_eq!(show("discriminations."), "dis-cri-mi-na-tions.");
        assert_eq!(show("Solidaires.org"), "Solidaires.org");
        assert_eq!(show("v.2.0"), "v.2.0");
    }

    #[test]
    fn long_words_with_accents_do_not_panic() {
        // 50 letters but 100 bytes: hypher without `alloc` panicked past
        // 45 bytes (found by cargo fuzz, tests/fuzz_regressions/).
        let word = "é".repeat(50);
        let mut pts = Vec::new();
        points(&word, Language::French, &mut pts);
        let word = "anticonstitutionnellementéééééééééééé";
        points(word, Language::French, &mut pts);
    }

    #[test]
    fn keeps_three_letters_after() {
        let s = show("discrimination");
        assert!(!s.ends_with("-on"), "{s}");
    }
}
