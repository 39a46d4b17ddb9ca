//! French typographic rules, applied by the engine so users type naturally.
//!
//! Each rule works on a sequence of `(char, tag)` pairs, where the tag is
//! the index of the styled span the character came from; inserted spaces
//! take the tag of their neighbour so styles and links stay aligned.

/// No-break space, before `:` (a full word space, as the Imprimerie
/// nationale prescribes for the colon).
pub const NBSP: char = '\u{00A0}';
/// Narrow no-break space, before `; ! ?` and inside `« »`.
pub const NNBSP: char = '\u{202F}';

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\n'
}

fn is_nb_space(c: char) -> bool {
    c == NBSP || c == NNBSP || c == '\u{2009}' || c == '\u{2007}'
}

/// Apply the French rules to tagged characters.
pub fn apply(chars: &[(char, u32)]) -> Vec<(char, u32)> {
    let mut out: Vec<(char, u32)> = Vec::with_capacity(chars.len() + 8);
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|c| c.0);
    let mut i = 0;
    while i < n {
        let (c, tag) = chars[i];
        match c {
            '\'' => out.push(('\u{2019}', tag)),
            '.' if at(i + 1) == Some('.') && at(i + 2) == Some('.') => {
                out.push(('…', tag));
                i += 3;
                continue;
            }
            ';' | '!' | '?' | ':' => {
                let space = if c == ':' { NBSP } else { NNBSP };
                if wants_space_before(&out, c, at(i + 1)) {
                    // Replace typed ordinary spaces, or insert one.
                    while out.last().is_some_and(|l| is_space(l.0)) {
                        out.pop();
                    }
                    if !out.last().is_some_and(|l| is_nb_space(l.0)) {
                        out.push((space, tag));
                    }
                }
                out.push((c, tag));
            }
            ',' => {
                // No space before a comma (`Pine Valley , 1600`): a typing
                // slip that would otherwise leave the comma alone at the
                // start of a line.
                while out.last().is_some_and(|l| l.0 == ' ') {
                    out.pop();
                }
                out.push((c, tag));
            }
            '«' => {
                out.push((c, tag));
                let mut j = i + 1;
                while j < n && is_space(chars[j].0) {
                    j += 1;
                }
                if j < n && !is_nb_space(chars[j].0) {
                    out.push((NNBSP, tag));
                }
                i = j;
                continue;
            }
            '»' => {
                while out.last().is_some_and(|l| is_space(l.0)) {
                    out.pop();
                }
                if out.last().is_some_and(|l| !is_nb_space(l.0) && l.0 != '«') {
                    out.push((NNBSP, tag));
                }
                out.push((c, tag));
            }
            ' ' => {
                let prev = out.last().map(|p| p.0);
                let next = at(i + 1);
                out.push((no_break_space_for(prev, next, at(i + 2), &out).unwrap_or(' '), tag));
            }
            _ => out.push((c, tag)),
        }
        i += 1;
    }
    out
}

/// Apply the rules to a plain string (bookmark titles).
pub fn typographic(s: &str) -> String {
    let tagged: Vec<(char, u32)> = s.chars().map(|c| (c, 0)).collect();
    apply(&tagged).into_iter().map(|c| c.0).collect()
}

/// Whether `; ! ? :` should get a no-break space before it. Not after
/// another such sign (`?!`), not at the start, and not inside URLs, times
/// (`09:30`) or smileys: only when it ends a word.
fn wants_space_before(out: &[(char, u32)], c: char, next: Option<char>) -> bool {
    let Some(&(prev, _)) = out.last() else {
        return false;
    };
    if matches!(prev, ';' | '!' | '?' | ':' | '(' | '[' | '/' | '\u{2019}' | '\'') {
        return false;
    }
    let ends_word = next.is_none_or(|n| {
        is_space(n) || is_nb_space(n) || matches!(n, ')' | ']' | '»' | '"' | '!' | '?' | '.' | ',' | '*')
    });
    if !ends_word {
        return false;
    }
    if c == ':' && prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) {
        return false;
    }
    // Inside a URL or e-mail the sign belongs to the address.
    let word: String = out.iter().rev().take_while(|p| !is_space(p.0)).map(|p| p.0).collect();
    !(word.contains("//") || word.contains('@'))
}

/// The no-break space that replaces an ordinary one, if any: inside a time
/// (`9 h 30`), inside a number (`1 600`), between a number and the word it
/// counts (`1600 habitants`, `5 août`), and after `n°`.
fn no_break_space_for(
    prev: Option<char>,
    next: Option<char>,
    next2: Option<char>,
    out: &[(char, u32)],
) -> Option<char> {
    let prev = prev?;
    let next = next?;
    if prev == '°' && out.len() >= 2 && matches!(out[out.len() - 2].0, 'n' | 'N') {
        return Some(NBSP);
    }
    if prev.is_ascii_digit()
        && (next == 'h' || next == 'H')
        && next2.is_none_or(|c| c == ' ' || c.is_ascii_digit() || !c.is_alphabetic())
    {
        return Some(NNBSP);
    }
    let before_prev = out.len().checked_sub(2).map(|i| out[i].0);
    if matches!(prev, 'h' | 'H')
        && next.is_ascii_digit()
        && before_prev.is_some_and(|c| c == NNBSP || c.is_ascii_digit())
    {
        return Some(NNBSP);
    }
    if prev.is_ascii_digit() && next.is_ascii_digit() {
        // A thousands group: exactly three digits follow.
        return Some(NNBSP);
    }
    if prev.is_ascii_digit() && next.is_alphabetic() {
        // Only a plain number (`1600 habitants`, `5 août`), not the end
        // of a time (`9 h 30 le`, `09:30 puis`).
        let token: Vec<char> = out.iter().rev().map(|p| p.0).take_while(|&c| c != ' ').collect();
        if token.iter().all(|&c| c.is_ascii_digit() || c == NNBSP) && !token.contains(&'h') {
            return Some(NBSP);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(s: &str) -> String {
        typographic(s)
    }

    #[test]
    fn spaces_before_high_punctuation() {
        assert_eq!(fr("Quoi ? Oui ; non !"), "Quoi\u{202F}? Oui\u{202F}; non\u{202F}!");
        assert_eq!(fr("publiques? Sommes"), "publiques\u{202F}? Sommes");
        assert_eq!(fr("Intervenant éclairage :"), "Intervenant éclairage\u{A0}:");
        assert_eq!(fr("Ex: la"), "Ex\u{A0}: la");
    }

    #[test]
    fn leaves_urls_and_times_alone() {
        assert_eq!(fr("voir https://solidaires.org/a?b=c"), "voir https://solidaires.org/a?b=c");
        assert_eq!(fr("à 09:30 puis"), "à 09:30 puis");
        assert_eq!(fr("vraiment ?!"), "vraiment\u{202F}?!");
    }

    #[test]
    fn guillemets_get_narrow_spaces() {
        assert_eq!(fr("la « sécurité »."), "la «\u{202F}sécurité\u{202F}».");
        assert_eq!(fr("«sécurité»"), "«\u{202F}sécurité\u{202F}»");
    }

    #[test]
    fn keeps_typed_no_break_spaces() {
        assert_eq!(fr("Quoi\u{A0}?"), "Quoi\u{A0}?");
    }

    #[test]
    fn apostrophes_ellipsis_numbers_times() {
        assert_eq!(fr("l'IA..."), "l\u{2019}IA…");
        assert_eq!(fr("1 600 habitants"), "1\u{202F}600\u{A0}habitants");
        assert_eq!(fr("à 9 h 30 le"), "à 9\u{202F}h\u{202F}30 le");
        assert_eq!(fr("le n° 5"), "le n°\u{A0}5");
        assert_eq!(fr("Pine Valley , 1600"), "Pine Valley, 1600");
    }
}
