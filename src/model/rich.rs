//! The rich-text subset of the contract: paragraphs, `*italic*`,
//! `**bold**`, bullet lists, links, bare URLs and e-mail addresses.
//!
//! Parsed with pulldown-cmark. Pasted Markdown outside the subset prints
//! as the contract says: headings as a bold line of their own, code
//! without its backticks, numbered lists numbered, HTML tags dropped (see
//! [`html_tags`]) with their text kept; anything else as plain text.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A line break the author asked for (`<br>`, or a Markdown hard break:
/// two spaces or a backslash at the end of a line), kept in a span's text
/// as Unicode's LINE SEPARATOR. The layout ends the line there (the line
/// before it is not justified); plain-text exports print a space, since
/// they wrap paragraphs again.
pub const LINE_BREAK: char = '\u{2028}';

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The text.
    pub text: String,
    /// `**bold**`.
    pub bold: bool,
    /// `*italic*`.
    pub italic: bool,
    /// Link target, for `[text](url)`, bare URLs and e-mails.
    pub link: Option<String>,
}

impl Span {
    /// Plain text.
    pub fn plain(text: impl Into<String>) -> Span {
        Span { text: text.into(), bold: false, italic: false, link: None }
    }
}

/// A block of rich text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Paragraph(Vec<Span>),
    /// A list item, with its marker (`•`, `1.`) and nesting depth.
    Item {
        /// `•` or `1.`.
        marker: String,
        /// 0 for a top-level item.
        depth: usize,
        /// The item's text.
        spans: Vec<Span>,
    },
}

/// Parse rich text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let (mut bold, mut italic) = (0u32, 0u32);
    let mut link: Option<String> = None;
    // Stack of lists: next number for ordered lists, None for bullets.
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut item_marker: Option<(String, usize)> = None;

    let push_text = |spans: &mut Vec<Span>, t: &str, bold: u32, italic: u32, link: &Option<String>| {
        spans.push(Span { text: t.to_owned(), bold: bold > 0, italic: italic > 0, link: link.clone() });
    };
    let flush = |blocks: &mut Vec<Block>, spans: &mut Vec<Span>, item: &mut Option<(String, usize)>| {
        // Bare addresses are found in the merged text: the Markdown parser
        // splits text at `_` or `(`, which addresses may hold.
        let merged: Vec<Span> = merge(std::mem::take(spans))
            .into_iter()
            .flat_map(|s| {
                if s.link.is_some() {
                    return vec![s];
                }
                autolink(&s.text)
                    .into_iter()
                    .map(|(piece, target)| Span {
                        text: piece.to_owned(),
                        bold: s.bold,
                        italic: s.italic,
                        link: target,
                    })
                    .collect()
            })
            .collect();
        if merged.iter().all(|s| s.text.trim().is_empty()) {
            if let Some((marker, depth)) = item.take() {
                blocks.push(Block::Item { marker, depth, spans: Vec::new() });
            }
            return;
        }
        match item.take() {
            Some((marker, depth)) => blocks.push(Block::Item { marker, depth, spans: merged }),
            None => blocks.push(Block::Paragraph(merged)),
        }
    };

    let parser = Parser::new_ext(text, Options::empty());
    for event in parser {
        match event {
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.into_string()),
            Event::End(TagEnd::Link) => link = None,
            Event::Start(Tag::List(first)) => {
                flush(&mut blocks, &mut spans, &mut item_marker);
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut blocks, &mut spans, &mut item_marker);
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                flush(&mut blocks, &mut spans, &mut item_marker);
                let depth = lists.len().saturating_sub(1);
                let marker = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}.", *n - 1)
                    }
                    _ => "•".to_owned(),
                };
                item_marker = Some((marker, depth));
            }
            Event::End(TagEnd::Item) => flush(&mut blocks, &mut spans, &mut item_marker),
            Event::Start(Tag::Heading { .. }) => {
                // Pasted Markdown: a heading prints as a bold line of its own.
                flush(&mut blocks, &mut spans, &mut item_marker);
                bold += 1;
            }
            Event::End(TagEnd::Heading(_)) => {
                bold = bold.saturating_sub(1);
                flush(&mut blocks, &mut spans, &mut item_marker);
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::BlockQuote(_)) | Event::Start(Tag::CodeBlock(_)) => {
                if item_marker.is_none() {
                    flush(&mut blocks, &mut spans, &mut item_marker);
                } else if !spans.is_empty() {
                    spans.push(Span::plain(" "));
                }
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::BlockQuote(_)) | Event::End(TagEnd::CodeBlock) => {
                if item_marker.is_none() {
                    flush(&mut blocks, &mut spans, &mut item_marker);
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                // The source's own line ends (in an indented block, which
                // Markdown reads as code) are not the author's breaks.
                push_text(&mut spans, &t.replace(['\n', '\r', LINE_BREAK], " "), bold, italic, &link)
            }
            // HTML tags are dropped (validation warns about them), the text
            // between them kept; `<br>` still ends the line.
            Event::InlineHtml(t) if is_br(&t) => push_text(&mut spans, "\u{2028}", bold, italic, &link),
            Event::InlineHtml(_) => {}
            Event::Html(t) => push_text(&mut spans, &strip_tags(&t), bold, italic, &link),
            Event::SoftBreak => push_text(&mut spans, " ", bold, italic, &link),
            Event::HardBreak => push_text(&mut spans, "\u{2028}", bold, italic, &link),
            Event::Rule => {
                flush(&mut blocks, &mut spans, &mut item_marker);
                blocks.push(Block::Paragraph(vec![Span::plain("———")]));
            }
            Event::FootnoteReference(t) => push_text(&mut spans, &t, bold, italic, &link),
            Event::TaskListMarker(done) => {
                push_text(&mut spans, if done { "[x] " } else { "[ ] " }, bold, italic, &link)
            }
            Event::Start(_) | Event::End(_) => {}
        }
    }
    flush(&mut blocks, &mut spans, &mut item_marker);
    blocks
}

/// Whether an HTML tag is a line break: `<br>`, `<br/>`, `<BR />`.
fn is_br(tag: &str) -> bool {
    let name = tag.trim().trim_start_matches('<').trim_end_matches('>').trim_end_matches('/').trim();
    name.eq_ignore_ascii_case("br")
}

/// The text of an HTML fragment, its tags removed: a `<br>` ends the
/// line, the fragment's own line ends are spaces.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::from('<')),
            (Some(t), '>') => {
                t.push('>');
                if is_br(t) {
                    out.push(LINE_BREAK);
                }
                tag = None;
            }
            (Some(t), c) => t.push(c),
            (None, '\n' | '\r' | LINE_BREAK) => out.push(' '),
            (None, c) => out.push(c),
        }
    }
    out
}

/// The longest link target, in bytes.
pub const MAX_LINK: usize = 2_048;

/// Whether a link may be clickable: web, e-mail and phone links only
/// (`javascript:`, `file:`, `data:` and relative targets print as text).
pub fn allowed_link(target: &str) -> bool {
    // Browsers and mail clients stop at about 2,000 characters; a longer
    // target is not a link (and copying it into every line it spans
    // would cost memory by its square).
    if target.len() > MAX_LINK {
        return false;
    }
    let t = target.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:", "tel:"].iter().any(|s| t.starts_with(s))
}

/// The link targets in rich text that may not be clickable.
pub fn refused_links(blocks: &[Block]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for b in blocks {
        let spans = match b {
            Block::Paragraph(s) | Block::Item { spans: s, .. } => s,
        };
        for s in spans {
            if let Some(l) = &s.link
                && !allowed_link(l)
                && !out.contains(l)
            {
                out.push(l.clone());
            }
        }
    }
    out
}

/// The names of the HTML tags in rich text (`sup`, `br`), each once, in
/// order: they are dropped when printed, and the user is told.
pub fn html_tags(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for event in Parser::new_ext(text, Options::empty()) {
        let html = match event {
            Event::InlineHtml(t) | Event::Html(t) => t,
            _ => continue,
        };
        let mut rest = &html[..];
        while let Some(i) = rest.find('<') {
            rest = &rest[i + 1..];
            let name: String = rest.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            if !name.is_empty() && !names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
                names.push(name.to_ascii_lowercase());
            }
        }
    }
    names
}

/// Merge neighbouring spans of the same style and trim the ends.
fn merge(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        if s.text.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(l) if l.bold == s.bold && l.italic == s.italic && l.link == s.link => l.text.push_str(&s.text),
            _ => out.push(s),
        }
    }
    if let Some(f) = out.first_mut() {
        f.text = f.text.trim_start().to_owned();
    }
    if let Some(l) = out.last_mut() {
        l.text = l.text.trim_end().to_owned();
    }
    out.retain(|s| !s.text.is_empty());
    out
}

/// Split plain text into pieces, marking bare URLs and e-mail addresses
/// with their link target. Trailing punctuation stays outside the link.
pub fn autolink(text: &str) -> Vec<(&str, Option<String>)> {
    let mut out = Vec::new();
    let mut last = 0;
    let mut i = 0;
    while i < text.len() {
        // Find the next whitespace-delimited token. Unicode spaces (a
        // no-break space from `&nbsp;`) count, or the scan would not move.
        if let Some(c) = text[i..].chars().next()
            && c.is_whitespace()
        {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let end = text[i..].find(|c: char| c.is_whitespace()).map_or(text.len(), |e| i + e);
        let token = &text[start..end];
        if token.len() > MAX_LINK {
            i = end;
            continue;
        }
        let mut trimmed_len = token.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '»', '\'', '"']).len();
        // `…/wiki/Syndicat_(France)`: a closing bracket that closes one
        // opened in the address belongs to it.
        while trimmed_len < token.len()
            && token[trimmed_len..].starts_with(')')
            && token[..trimmed_len].matches('(').count() > token[..trimmed_len].matches(')').count()
        {
            trimmed_len += 1;
        }
        let core = &token[..trimmed_len];
        let core = core.trim_start_matches(['(', '«']);
        let core_start = start + (token.len() - token.trim_start_matches(['(', '«']).len());
        let target = if core.starts_with("https://") || core.starts_with("http://") {
            Some(core.to_owned())
        } else if core.starts_with("www.") && core.len() > 4 {
            Some(format!("https://{core}"))
        } else if is_email(core) {
            Some(format!("mailto:{core}"))
        } else {
            None
        };
        if let Some(t) = target {
            if core_start > last {
                out.push((&text[last..core_start], None));
            }
            out.push((&text[core_start..core_start + core.len()], Some(t)));
            last = core_start + core.len();
        }
        i = end;
    }
    if last < text.len() {
        out.push((&text[last..], None));
    }
    out
}

fn is_email(s: &str) -> bool {
    let Some((user, domain)) = s.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && s.chars().all(|c| c.is_alphanumeric() || "._%+-@".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of a paragraph's spans, joined.
    fn joined(b: &Block) -> String {
        match b {
            Block::Paragraph(s) | Block::Item { spans: s, .. } => s.iter().map(|s| s.text.as_str()).collect(),
        }
    }

    #[test]
    fn line_breaks_are_kept_and_source_line_ends_are_not() {
        // Two spaces, a backslash, `<br>` and `<BR />` each end a line.
        let b = parse("un  \ndeux\\\ntrois<br>quatre<BR />cinq\nsix");
        assert_eq!(b.len(), 1);
        assert_eq!(joined(&b[0]), "un\u{2028}deux\u{2028}trois\u{2028}quatre\u{2028}cinq six");
        // An indented block (Markdown code) is prose wrapped in the
        // source: its line ends are spaces.
        let b = parse("    un\n    deux\n");
        assert_eq!(joined(&b[0]).trim_end(), "un deux");
        // A `<br>` on a line of its own between paragraphs is not a
        // paragraph of its own, and a break at a paragraph's end is gone.
        let b = parse("un<br>\n\n<br>\n\ndeux");
        assert_eq!(b.len(), 2, "{b:?}");
        assert_eq!(joined(&b[0]), "un");
        assert_eq!(joined(&b[1]), "deux");
    }

    #[test]
    fn paragraphs_emphasis_lists() {
        let b = parse("Un *deux* **trois**\nsuite.\n\n- premier\n- second ?\n");
        assert_eq!(b.len(), 3);
        let Block::Paragraph(p) = &b[0] else { panic!() };
        assert_eq!(p[0].text, "Un ");
        assert!(p[1].italic && p[1].text == "deux");
        assert!(p[3].bold && p[3].text == "trois");
        assert_eq!(p[4].text, " suite.");
        assert!(matches!(&b[2], Block::Item { marker, spans, .. } if marker == "•" && spans[0].text == "second ?"));
    }

    #[test]
    fn bare_links_are_found() {
        let b = parse("Écrire à contact@solidaires.org, ou voir https://solidaires.org.");
        let Block::Paragraph(p) = &b[0] else { panic!() };
        assert_eq!(p[1].link.as_deref(), Some("mailto:contact@solidaires.org"));
        assert_eq!(p[1].text, "contact@solidaires.org");
        assert_eq!(p[3].link.as_deref(), Some("https://solidaires.org"));
        assert_eq!(p[4].text, ".");
    }

    #[test]
    fn unicode_spaces_between_words() {
        // `&nbsp;` decodes to U+00A0: this once looped forever (found by
        // cargo fuzz, tests/fuzz_regressions/timeout-nbsp-entity.toml).
        let b = parse("a &nbsp; b contact@x.org\u{2003}c");
        let Block::Paragraph(p) = &b[0] else { panic!() };
        assert!(p.iter().any(|s| s.link.as_deref() == Some("mailto:contact@x.org")));
    }

    #[test]
    fn nothing_outside_the_subset_is_lost() {
        let b = parse("# Titre\n\n> cité `code`");
        let all: String = b
            .iter()
            .flat_map(|b| match b {
                Block::Paragraph(s) | Block::Item { spans: s, .. } => s.clone(),
            })
            .map(|s| s.text)
            .collect();
        assert!(all.contains("Titre") && all.contains("cité") && all.contains("code"), "{all}");
    }
}
