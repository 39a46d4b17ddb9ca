//! The programme as text for the body of an e-mail: plain text
//! ([`plain`]) wrapped at 72 columns, or the same content as Markdown
//! ([`markdown`]), in the event's language and typography.
//!
//! Plain text reads like the brochure in a monospace font: the title
//! underlined, then day by day (`Mardi 19 décembre`, underlined), each
//! slot with its times in a left column and everything else in a text
//! column indented the same for the whole programme:
//!
//! ```text
//! 10h30–12h     Plénière 1 — L’intelligence artificielle pour les nul·les
//!
//!               Cette première plénière a pour objectif d’harmoniser le
//! ```
//!
//! then the slot's room, chair, description, speakers (with their roles)
//! and workshops (number or label, title, topics, own times, room, guest,
//! chair, speakers, description); the venue and the organisers' contacts
//! (address, e-mail, phone, website) close it. Rich text becomes plain
//! paragraphs, list items start with `–`, a link's address follows its
//! text in brackets.
//!
//! Lines are wrapped at [`WIDTH`] characters (characters, not bytes), at
//! ordinary spaces only: the no-break spaces of French typography keep
//! `9 h 30` and `mot :` together. A word longer than the text column goes
//! on a line of its own, moved left if it needs to so as to stay within
//! [`MAX_WIDTH`]; only a single word longer than that (a very long
//! address) can make a longer line, whole, so that it still works.
//!
//! Markdown is the same walk: `#` for the title, `##` for days, the venue
//! and the contacts, each slot a bold line (`**10h30–12h · Plénière 1 —
//! …**`), speakers and workshops as lists, emphasis and links of the
//! descriptions kept. It is not wrapped (a wrapped line could start with
//! `-` or `1.` and turn into a list); what the user typed is escaped.

use super::{
    PlainBlock, heading, labelled, person, plain_blocks, prose, prose_spans, tel_word, time_range, venue_lines,
    workshop_label, workshop_times,
};
use crate::model::rich::{self, Block};
use crate::model::{Date, Language, Person, Programme, Rich, Slot, Workshop};

/// The width plain text is wrapped at.
pub const WIDTH: usize = 72;
/// No plain-text line is longer, unless it is a single word longer still.
pub const MAX_WIDTH: usize = 78;

/// The programme as plain text.
pub fn plain(p: &Programme) -> String {
    let mut w = Plain { p, lines: Vec::new(), indent: time_column(p) };
    w.programme();
    finish(w.lines)
}

/// The programme as Markdown.
pub fn markdown(p: &Programme) -> String {
    let mut w = Markdown { p, lines: Vec::new() };
    w.programme();
    finish(w.lines)
}

/// Lines joined, without blank lines at either end, ended with a newline.
fn finish(mut lines: Vec<String>) -> String {
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let start = lines.iter().position(|l| !l.is_empty()).unwrap_or(lines.len());
    let mut s = lines[start..].iter().map(|l| l.trim_end()).collect::<Vec<_>>().join("\n");
    s.push('\n');
    s
}

/// Width of the time column: the longest time range and three spaces,
/// at most a third of the line (a longer range sits on a line of its own).
fn time_column(p: &Programme) -> usize {
    let style = p.theme.time_style;
    let widest = p
        .days
        .iter()
        .flat_map(|d| &d.slots)
        .map(|s| time_range(s.start, s.end, style).chars().count())
        .max()
        .unwrap_or(0);
    (widest + 3).min(WIDTH / 3)
}

/// Length in characters.
fn len(s: &str) -> usize {
    s.chars().count()
}

/// `text` wrapped at [`WIDTH`]: the first line after `first`, the others
/// after `rest`. Breaks only at ordinary spaces (and tabs or new lines).
pub fn wrap(text: &str, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_owned();
    let mut prefix = len(first);
    let mut col = prefix;
    let mut empty = true;
    for word in text.split([' ', '\t', '\n', '\r']).filter(|w| !w.is_empty()) {
        let n = len(word);
        if !empty && col + 1 + n > WIDTH {
            lines.push(std::mem::take(&mut line));
            line = rest.to_owned();
            prefix = len(rest);
            col = prefix;
            empty = true;
        }
        if empty {
            if prefix + n > MAX_WIDTH {
                // Too long for the column: moved left, or at the margin;
                // what the prefix holds (a time, a marker) stays above.
                let keep = MAX_WIDTH.saturating_sub(n).min(prefix);
                if !line.trim().is_empty() {
                    lines.push(line.trim_end().to_owned());
                }
                line = " ".repeat(keep);
                col = keep;
            }
            line.push_str(word);
            col += n;
            empty = false;
        } else {
            line.push(' ');
            line.push_str(word);
            col += 1 + n;
        }
    }
    if !empty || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `first` padded with spaces to `width` characters.
fn pad(first: &str, width: usize) -> String {
    format!("{first}{}", " ".repeat(width.saturating_sub(len(first))))
}

/// The title of a slot with its label: `Plénière 1 — L’intelligence…`.
fn slot_title(slot: &Slot) -> String {
    prose(
        slot.lang,
        &match &slot.label {
            Some(l) => format!("{l} — {}", slot.title),
            None => slot.title.clone(),
        },
    )
}

/// `Mardi 19 décembre — Titre du jour`.
fn day_heading(p: &Programme, date: Date, title: Option<&str>) -> String {
    let lang = p.event.language;
    let day = date.weekday_day_month(lang);
    match title {
        Some(t) => format!("{day} — {}", prose(lang, t)),
        None => day,
    }
}

/// The line under the title: the subtitle, else the dates in words.
fn subtitle(p: &Programme) -> String {
    let lang = p.event.language;
    match &p.event.subtitle {
        Some(s) => prose(lang, s),
        None => Date::span_in_words(&p.days.iter().map(|d| d.date).collect::<Vec<_>>(), lang),
    }
}

/// The plain-text walk.
struct Plain<'a> {
    p: &'a Programme,
    lines: Vec<String>,
    /// Width of the time column: where the text column starts.
    indent: usize,
}

impl Plain<'_> {
    fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    /// A paragraph at column `at`.
    fn para(&mut self, text: &str, at: usize) {
        let pre = " ".repeat(at);
        self.lines.extend(wrap(text, &pre, &pre));
    }

    /// A title underlined with `rule`.
    fn underlined(&mut self, text: &str, rule: char) {
        let lines = wrap(text, "", "");
        let width = lines.iter().map(|l| len(l)).max().unwrap_or(0);
        self.lines.extend(lines);
        self.lines.push(rule.to_string().repeat(width));
    }

    /// Rich text at column `at`: paragraphs apart, list items together
    /// with a hanging indent.
    fn rich(&mut self, lang: Language, r: &Rich, at: usize) {
        let mut in_list = false;
        for PlainBlock { marker, depth, text } in plain_blocks(lang, r) {
            match marker {
                Some(m) => {
                    if !in_list {
                        self.blank();
                    }
                    let lead = " ".repeat(at + 2 * depth);
                    let first = format!("{lead}{m} ");
                    let rest = " ".repeat(len(&first));
                    self.lines.extend(wrap(&text, &first, &rest));
                    in_list = true;
                }
                None => {
                    self.blank();
                    self.para(&text, at);
                    in_list = false;
                }
            }
        }
    }

    /// People under a label at column `at`: one on the label's line, more
    /// as a list under it.
    fn people(&mut self, label: &str, people: &[Person], lang: Language, at: usize) {
        let p = self.p;
        let who = |x: &Person| prose(lang, &person(x, &p.labels.tbc));
        match people {
            [] => {}
            [one] => self.para(&labelled(p.event.language, label, &who(one)), at),
            many => {
                self.para(&heading(p.event.language, label), at);
                for x in many {
                    let first = format!("{}– ", " ".repeat(at));
                    let rest = " ".repeat(at + 2);
                    self.lines.extend(wrap(&who(x), &first, &rest));
                }
            }
        }
    }

    fn programme(&mut self) {
        let p = self.p;
        let lang = p.event.language;
        self.underlined(&prose(lang, &p.event.title), '=');
        self.blank();
        self.para(&subtitle(p), 0);
        if let Some(u) = p.event.updated {
            self.para(&prose(lang, &u.text(&p.labels.updated, lang, p.theme.time_style)), 0);
        }
        if let Some(intro) = &p.event.introduction {
            self.rich(lang, intro, 0);
        }
        for day in &p.days {
            self.blank();
            self.lines.push(String::new());
            self.underlined(&day_heading(p, day.date, day.title.as_deref()), '-');
            for slot in &day.slots {
                self.blank();
                self.slot(slot);
            }
            if let Some(note) = &day.note {
                self.rich(lang, note, 0);
            }
        }
        self.contacts();
    }

    fn slot(&mut self, slot: &Slot) {
        let p = self.p;
        let at = self.indent;
        let time = time_range(slot.start, slot.end, p.theme.time_style);
        let first = if len(&time) + 2 <= at {
            pad(&time, at)
        } else {
            self.lines.push(time);
            " ".repeat(at)
        };
        self.lines.extend(wrap(&slot_title(slot), &first, &" ".repeat(at)));
        if let Some(r) = &slot.room {
            self.para(&prose(p.event.language, r), at);
        }
        if let Some(m) = &slot.moderator {
            self.people(&p.labels.moderator, std::slice::from_ref(m), slot.lang, at);
        }
        if let Some(d) = &slot.description {
            self.rich(slot.lang, d, at);
        }
        if !slot.speakers.is_empty() {
            self.blank();
            self.people(&p.labels.speakers, &slot.speakers, slot.lang, at);
        }
        for (n, w) in slot.workshops.iter().enumerate() {
            self.blank();
            self.workshop(slot, n + 1, w);
        }
    }

    fn workshop(&mut self, slot: &Slot, n: usize, w: &Workshop) {
        let p = self.p;
        let lang = p.event.language;
        let at = self.indent;
        let head = format!("{} — {}", prose(lang, &workshop_label(n, w, &p.labels.workshop)), prose(w.lang, &w.title));
        self.lines.extend(wrap(&head, &" ".repeat(at), &" ".repeat(at)));
        let at = at + 2;
        if let Some(t) = &w.topics {
            self.para(&prose(w.lang, t), at);
        }
        let place: Vec<String> =
            [workshop_times(slot.start, slot.end, w, p.theme.time_style), w.room.as_deref().map(|r| prose(lang, r))]
                .into_iter()
                .flatten()
                .collect();
        if !place.is_empty() {
            self.para(&place.join(" · "), at);
        }
        for (label, people) in [
            (&p.labels.guest, w.guest.as_slice()),
            (&p.labels.moderator, w.moderator.as_slice()),
            (&p.labels.speakers, w.speakers.as_slice()),
        ] {
            self.people(label, people, w.lang, at);
        }
        if let Some(d) = &w.description {
            self.rich(w.lang, d, at);
        }
    }

    fn contacts(&mut self) {
        let p = self.p;
        let lang = p.event.language;
        if let Some(v) = &p.venue {
            self.blank();
            self.lines.push(String::new());
            self.underlined(&prose(lang, &p.labels.venue), '-');
            for l in venue_lines(v) {
                self.para(&prose(lang, &l), 0);
            }
            if let Some(note) = &v.note {
                self.rich(lang, note, 0);
            }
        }
        if !p.organisers.is_empty() {
            self.blank();
            self.lines.push(String::new());
            self.underlined(&prose(lang, &p.labels.contact), '-');
            for o in &p.organisers {
                self.blank();
                for l in organiser_lines(o, lang) {
                    self.para(&l, 0);
                }
            }
        }
    }
}

/// An organiser's card as lines: name, address, e-mail, phone, website.
fn organiser_lines(o: &crate::model::Organiser, lang: Language) -> Vec<String> {
    let mut lines = vec![prose(lang, &o.name)];
    if let Some(a) = &o.address {
        lines.extend(super::address_lines(a).iter().map(|l| prose(lang, l)));
    }
    lines.extend(o.email.clone());
    if let Some(ph) = &o.phone {
        lines.push(format!("{}\u{A0}{ph}", tel_word(lang)));
    }
    lines.extend(o.website.clone());
    lines
}

/// The Markdown walk: the same content as [`Plain`], unwrapped.
struct Markdown<'a> {
    p: &'a Programme,
    lines: Vec<String>,
}

/// Text escaped for Markdown: the characters that could start markup are
/// behind a backslash.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let entity = c == '&' && chars.get(i + 1).is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#');
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '|') || entity {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An escaped line whose start could read as a heading, a list item or a
/// rule (`# `, `- `, `+ `, `=`, `1.`): that start escaped too.
fn md_line(s: &str) -> String {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    let after = s[digits..].chars().next();
    if s.starts_with(['#', '-', '+', '=']) {
        format!("\\{s}")
    } else if digits > 0 && matches!(after, Some('.' | ')')) {
        format!("{}\\{}", &s[..digits], &s[digits..])
    } else {
        s.to_owned()
    }
}

/// Rich spans as Markdown: emphasis and links kept, the rest escaped.
fn md_spans(lang: Language, spans: &[rich::Span]) -> String {
    let mut out = String::new();
    for s in prose_spans(lang, spans) {
        let core = s.text.trim_matches(char::is_whitespace);
        if core.is_empty() {
            out.push_str(&s.text);
            continue;
        }
        let start = s.text.find(core).unwrap_or(0);
        let (lead, trail) = (&s.text[..start], &s.text[start + core.len()..]);
        let mut body = match &s.link {
            Some(target) => {
                let shown = target.strip_prefix("mailto:").unwrap_or(target);
                if core == shown && (target.starts_with("http") || target.starts_with("mailto:")) {
                    format!("<{shown}>")
                } else if target.contains([' ', '(', ')', '<', '>']) {
                    format!("[{}](<{}>)", md(core), target.replace(['<', '>'], ""))
                } else {
                    format!("[{}]({target})", md(core))
                }
            }
            None => md(core),
        };
        let mark = match (s.bold, s.italic) {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            (false, false) => "",
        };
        body = format!("{mark}{body}{mark}");
        out.push_str(lead);
        out.push_str(&body);
        out.push_str(trail);
    }
    out
}

impl Markdown<'_> {
    fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    /// Lines of one paragraph, joined by hard breaks, each after `pre`.
    fn para(&mut self, pre: &str, lines: &[String]) {
        self.blank();
        let n = lines.len();
        for (i, l) in lines.iter().enumerate() {
            let brk = if i + 1 < n { "\\" } else { "" };
            self.lines.push(format!("{pre}{}{brk}", md_line(l)));
        }
    }

    /// Rich text after `pre`: paragraphs and list items, styles kept.
    fn rich(&mut self, lang: Language, r: &Rich, pre: &str) {
        let mut in_list = false;
        for b in r.blocks() {
            match b {
                Block::Paragraph(spans) => {
                    self.blank();
                    self.lines.push(format!("{pre}{}", md_line(&md_spans(lang, spans))));
                    in_list = false;
                }
                Block::Item { marker, depth, spans } => {
                    if !in_list {
                        self.blank();
                    }
                    let m = if marker == "•" { "-" } else { marker };
                    let indent = "  ".repeat(*depth);
                    self.lines.push(format!("{pre}{indent}{m} {}", md_spans(lang, spans)));
                    in_list = true;
                }
            }
        }
    }

    /// People under a label: one on the label's line, more as a list.
    fn people(&mut self, label: &str, people: &[Person], lang: Language, pre: &str) -> Option<String> {
        let p = self.p;
        let who = |x: &Person| prose(lang, &person(x, &p.labels.tbc));
        match people {
            [] => None,
            [one] => Some(md(&labelled(p.event.language, label, &who(one)))),
            many => {
                self.blank();
                self.lines.push(format!("{pre}{}", md_line(&md(&heading(p.event.language, label)))));
                self.lines.push(String::new());
                for x in many {
                    self.lines.push(format!("{pre}- {}", md(&who(x))));
                }
                None
            }
        }
    }

    fn programme(&mut self) {
        let p = self.p;
        let lang = p.event.language;
        self.lines.push(format!("# {}", md(&prose(lang, &p.event.title))));
        let mut head = vec![md(&subtitle(p))];
        if let Some(u) = p.event.updated {
            head.push(format!("*{}*", md(&prose(lang, &u.text(&p.labels.updated, lang, p.theme.time_style)))));
        }
        self.para("", &head);
        if let Some(intro) = &p.event.introduction {
            self.rich(lang, intro, "");
        }
        for day in &p.days {
            self.blank();
            self.lines.push(format!("## {}", md(&day_heading(p, day.date, day.title.as_deref()))));
            for slot in &day.slots {
                self.slot(slot);
            }
            if let Some(note) = &day.note {
                self.rich(lang, note, "");
            }
        }
        self.contacts();
    }

    fn slot(&mut self, slot: &Slot) {
        let p = self.p;
        let lang = p.event.language;
        let time = time_range(slot.start, slot.end, p.theme.time_style);
        let mut head = vec![format!("**{} · {}**", md(&time), md(&slot_title(slot)))];
        if let Some(r) = &slot.room {
            head.push(md(&prose(lang, r)));
        }
        if let Some(m) = &slot.moderator {
            head.extend(self.people(&p.labels.moderator, std::slice::from_ref(m), slot.lang, ""));
        }
        self.para("", &head);
        if let Some(d) = &slot.description {
            self.rich(slot.lang, d, "");
        }
        if let Some(line) = self.people(&p.labels.speakers, &slot.speakers, slot.lang, "") {
            self.para("", &[line]);
        }
        for (n, w) in slot.workshops.iter().enumerate() {
            self.workshop(slot, n + 1, w);
        }
    }

    /// A workshop as an item of a `*` list (a list apart from the
    /// speakers' `-` list before it), its details indented under it.
    fn workshop(&mut self, slot: &Slot, n: usize, w: &Workshop) {
        let p = self.p;
        let lang = p.event.language;
        let label = prose(lang, &workshop_label(n, w, &p.labels.workshop));
        let mut lines = vec![format!("**{} — {}**", md(&label), md(&prose(w.lang, &w.title)))];
        if let Some(t) = &w.topics {
            lines.push(format!("*{}*", md(&prose(w.lang, t))));
        }
        let place: Vec<String> =
            [workshop_times(slot.start, slot.end, w, p.theme.time_style), w.room.as_deref().map(|r| prose(lang, r))]
                .into_iter()
                .flatten()
                .collect();
        if !place.is_empty() {
            lines.push(md(&place.join(" · ")));
        }
        let pre = "  ";
        let mut lists = Vec::new();
        for (label, people) in [
            (&p.labels.guest, w.guest.as_slice()),
            (&p.labels.moderator, w.moderator.as_slice()),
            (&p.labels.speakers, w.speakers.as_slice()),
        ] {
            match people {
                [_] => lines.extend(self.people(label, people, w.lang, pre)),
                [] => {}
                _ => lists.push((label, people)),
            }
        }
        self.blank();
        let n = lines.len();
        for (i, l) in lines.iter().enumerate() {
            let brk = if i + 1 < n { "\\" } else { "" };
            let lead = if i == 0 { "* " } else { pre };
            self.lines.push(format!("{lead}{}{brk}", if i == 0 { l.clone() } else { md_line(l) }));
        }
        for (label, people) in lists {
            self.people(label, people, w.lang, pre);
        }
        if let Some(d) = &w.description {
            self.rich(w.lang, d, pre);
        }
    }

    fn contacts(&mut self) {
        let p = self.p;
        let lang = p.event.language;
        if let Some(v) = &p.venue {
            self.blank();
            self.lines.push(format!("## {}", md(&prose(lang, &p.labels.venue))));
            let lines: Vec<String> = venue_lines(v).iter().map(|l| md(&prose(lang, l))).collect();
            if !lines.is_empty() {
                self.para("", &lines);
            }
            if let Some(note) = &v.note {
                self.rich(lang, note, "");
            }
        }
        if !p.organisers.is_empty() {
            self.blank();
            self.lines.push(format!("## {}", md(&prose(lang, &p.labels.contact))));
            for o in &p.organisers {
                let mut lines = organiser_lines(o, lang);
                lines[0] = format!("**{}**", md(&lines[0]));
                for l in lines.iter_mut().skip(1) {
                    let is_link = o.email.as_deref() == Some(l.as_str()) || o.website.as_deref() == Some(l.as_str());
                    *l = if is_link && !l.contains(' ') { format!("<{}>", link_target(l)) } else { md(l) };
                }
                self.para("", &lines);
            }
        }
    }
}

/// An e-mail address or a website as an autolink's content.
fn link_target(s: &str) -> String {
    if s.contains('@') || s.contains("://") { s.to_owned() } else { format!("https://{s}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_counts_characters() {
        let text = "é".repeat(10) + " " + &"à".repeat(10);
        let lines = wrap(&text, "", "");
        assert_eq!(lines, vec![text.clone()]);
        let long = "mot ".repeat(40);
        for l in wrap(&long, "    ", "    ") {
            assert!(len(&l) <= WIDTH, "{l:?}");
        }
        // 70 characters: moved left to end at column 78.
        let url = format!("https://example.org/{}", "a".repeat(50));
        let indent = " ".repeat(14);
        let lines = wrap(&format!("voir {url} ici"), &indent, &indent);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1], format!("        {url}"));
        // Longer than 78: whole, at the margin.
        let url = format!("https://example.org/{}", "a".repeat(60));
        let lines = wrap(&format!("voir {url} ici"), &indent, &indent);
        assert_eq!(lines[1], url);
        // After a time column's prefix, which stays on its own line.
        let lines = wrap(&url, "10h30–12h     ", &indent);
        assert_eq!(lines, vec!["10h30–12h".to_owned(), url]);
    }

    #[test]
    fn markdown_escapes() {
        assert_eq!(md("a*b_c [d]"), "a\\*b\\_c \\[d\\]");
        assert_eq!(md_line("1. premier"), "1\\. premier");
        assert_eq!(md_line("- non"), "\\- non");
    }
}
