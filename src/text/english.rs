//! English typographic rules: curly apostrophes and quotes, the ellipsis.
//! Applied by the engine to English text (French text gets
//! [`super::french`], which does these and the spacing rules).

/// Apply the English rules to tagged characters.
pub fn apply(chars: &[(char, u32)]) -> Vec<(char, u32)> {
    let mut out: Vec<(char, u32)> = Vec::with_capacity(chars.len());
    let at = |i: usize| chars.get(i).map(|c| c.0);
    let mut i = 0;
    while i < chars.len() {
        let (c, tag) = chars[i];
        match c {
            // An opening quote after a space or a bracket, before a letter
            // (‘quoted’); an apostrophe or a closing quote everywhere else
            // (Workers’, don’t).
            '\'' => {
                let prev = out.last().map(|p| p.0);
                let opens = prev.is_none_or(|p| p.is_whitespace() || "([{“".contains(p))
                    && at(i + 1).is_some_and(char::is_alphanumeric);
                out.push((if opens { '\u{2018}' } else { '\u{2019}' }, tag));
            }
            '.' if at(i + 1) == Some('.') && at(i + 2) == Some('.') => {
                out.push(('…', tag));
                i += 3;
                continue;
            }
            _ => out.push((c, tag)),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(s: &str) -> String {
        let tagged: Vec<(char, u32)> = s.chars().map(|c| (c, 0)).collect();
        apply(&tagged).into_iter().map(|c| c.0).collect()
    }

    #[test]
    fn apostrophes_quotes_and_ellipsis() {
        assert_eq!(en("Workers' Network"), "Workers’ Network");
        assert_eq!(en("don't 'quote' this..."), "don’t ‘quote’ this…");
        assert_eq!(en("King's College"), "King’s College");
    }
}
