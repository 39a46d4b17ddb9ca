//! What changed between two versions of a programme, in the event's
//! language, ready to paste into the e-mail to member unions.
//!
//! Slots are matched by `id` when both versions give one; else on the same
//! day by title (exactly, then by similarity, so that an inserted slot does
//! not make every later one "changed"), then by position. Workshops are
//! matched the same way inside matched slots. Only what differs is listed:
//! times, day and room moves, people replaced, added, removed or confirmed,
//! titles and descriptions (named, not dumped).

use crate::model::{Date, Language, Person, Programme, Slot, TimeStyle, Workshop};

/// One change, already in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The day it concerns (the new version's day, or the old one's for a
    /// removal).
    pub day: Date,
    /// When, that day: changes are listed in time order.
    pub at: crate::model::Time,
    /// The sentence.
    pub text: String,
}

/// How to print a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Plain text, for the body of an e-mail.
    Text,
    /// Markdown.
    Markdown,
}

/// Everything that changed from `old` to `new`, day by day, in `new`'s
/// language.
pub fn changes(old: &Programme, new: &Programme) -> Vec<Change> {
    let w = Words::new(new);
    let mut out = Vec::new();
    if old.event.title != new.event.title {
        let day = new.days[0].date;
        let at = new.days[0].slots[0].start;
        out.push(Change { day, at, text: w.event_title(&old.event.title, &new.event.title) });
    }
    let olds: Vec<(Date, usize, &Slot)> =
        old.days.iter().flat_map(|d| d.slots.iter().enumerate().map(move |(i, s)| (d.date, i, s))).collect();
    let news: Vec<(Date, usize, &Slot)> =
        new.days.iter().flat_map(|d| d.slots.iter().enumerate().map(move |(i, s)| (d.date, i, s))).collect();
    let pairs = pair(&olds, &news, same_slot, |o, n| o.0 == n.0 && o.1 == n.1 && o.2.id.is_none() && n.2.id.is_none());
    for p in &pairs {
        match *p {
            (Some(o), Some(n)) => slot_changes(&w, olds[o], news[n], &mut out),
            (None, Some(n)) => {
                let (d, _, s) = news[n];
                out.push(Change { day: d, at: s.start, text: w.added(s, &w.time(s)) });
            }
            (Some(o), None) => {
                let (d, _, s) = olds[o];
                out.push(Change { day: d, at: s.start, text: w.removed(s, &w.time(s)) });
            }
            (None, None) => {}
        }
    }
    // Day by day, in the order of the new programme.
    out.sort_by_key(|c| (c.day, c.at));
    out
}

/// The summary as text, without characters that act on a terminal
/// (`export::printable`).
pub fn render(new: &Programme, changes: &[Change], style: Style) -> String {
    crate::export::printable(compose(new, changes, style))
}

fn compose(new: &Programme, changes: &[Change], style: Style) -> String {
    let w = Words::new(new);
    let mut s = String::new();
    let heading = w.heading(&new.event.title);
    match style {
        Style::Text => s.push_str(&format!("{heading}\n\n")),
        Style::Markdown => s.push_str(&format!("# {heading}\n\n")),
    }
    if changes.is_empty() {
        s.push_str(&w.nothing());
        s.push('\n');
        return s;
    }
    let mut day: Option<Date> = None;
    for c in changes {
        if day != Some(c.day) {
            if day.is_some() {
                s.push('\n');
            }
            let d = c.day.weekday_day_month(w.lang);
            match style {
                Style::Text => s.push_str(&format!("{d}\n")),
                Style::Markdown => s.push_str(&format!("## {d}\n\n")),
            }
            day = Some(c.day);
        }
        s.push_str(&format!("- {}\n", c.text));
    }
    s
}

/// Pair up two lists: by `same` (an exact match first, then titles
/// similar enough), then what is left at the same place (`place`).
/// Indices into each list; `None` on one side for an addition or a
/// removal.
fn pair<T>(
    olds: &[T],
    news: &[T],
    same: impl Fn(&T, &T) -> Option<f32>,
    place: impl Fn(&T, &T) -> bool,
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut new_taken = vec![false; news.len()];
    let mut old_match: Vec<Option<usize>> = vec![None; olds.len()];
    for threshold in [0.999, 0.5] {
        for (o, item) in olds.iter().enumerate() {
            if old_match[o].is_some() {
                continue;
            }
            let mut best: Option<(usize, f32)> = None;
            for (n, x) in news.iter().enumerate() {
                if new_taken[n] {
                    continue;
                }
                if let Some(score) = same(item, x).filter(|s| *s >= threshold)
                    && best.is_none_or(|(_, b)| score > b)
                {
                    best = Some((n, score));
                }
            }
            if let Some((n, _)) = best {
                old_match[o] = Some(n);
                new_taken[n] = true;
            }
        }
    }
    // A slot whose title changed beyond recognition is still the one at
    // the same place.
    for (o, item) in olds.iter().enumerate() {
        if old_match[o].is_none()
            && let Some(n) = (0..news.len()).find(|&n| !new_taken[n] && place(item, &news[n]))
        {
            old_match[o] = Some(n);
            new_taken[n] = true;
        }
    }
    let mut out: Vec<(Option<usize>, Option<usize>)> =
        old_match.iter().enumerate().map(|(o, m)| (Some(o), *m)).collect();
    out.extend(new_taken.iter().enumerate().filter(|(_, t)| !**t).map(|(n, _)| (None, Some(n))));
    out
}

/// How surely two slots are the same: by id (1 or no), else on the same
/// day by title similarity.
fn same_slot(o: &(Date, usize, &Slot), n: &(Date, usize, &Slot)) -> Option<f32> {
    match (&o.2.id, &n.2.id) {
        (Some(a), Some(b)) => return (a == b).then_some(1.0),
        (Some(_), None) | (None, Some(_)) => {}
        (None, None) => {}
    }
    let s = similarity(&o.2.title, &n.2.title);
    // A slot that moved to another day is recognised by its exact title.
    if o.0 != n.0 {
        return (s >= 0.999).then_some(s);
    }
    Some(s)
}

fn same_workshop(o: &Workshop, n: &Workshop) -> Option<f32> {
    match (&o.id, &n.id) {
        (Some(a), Some(b)) => (a == b).then_some(1.0),
        _ => Some(similarity(&o.title, &n.title)),
    }
}

/// Similarity of two titles: 1 when equal, else the share of words in
/// common (Jaccard, on lowercased words).
fn similarity(a: &str, b: &str) -> f32 {
    if a == b {
        return 1.0;
    }
    let words = |s: &str| {
        let mut v: Vec<String> =
            s.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 1).map(str::to_lowercase).collect();
        v.sort();
        v.dedup();
        v
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let common = wa.iter().filter(|w| wb.contains(w)).count();
    common as f32 / (wa.len() + wb.len() - common) as f32
}

fn slot_changes(w: &Words, (od, _, o): (Date, usize, &Slot), (nd, _, n): (Date, usize, &Slot), out: &mut Vec<Change>) {
    let day = nd;
    let at = n.start;
    let name = w.slot_name(n);
    let push = |out: &mut Vec<Change>, text: String| out.push(Change { day, at, text });
    if od != nd {
        push(out, w.moved_day(&name, od, nd, &w.time(n)));
    } else if o.start != n.start || o.end != n.end {
        push(out, w.moved_time(&name, &w.time(o), &w.time(n)));
    }
    if o.room != n.room {
        push(out, w.room(&name, o.room.as_deref(), n.room.as_deref()));
    }
    if o.title != n.title {
        push(out, w.title(&w.slot_name(o), &n.title));
    }
    if o.description != n.description {
        push(out, w.description(&name));
    }
    let labels = &w.p.labels;
    people(w, &name, &labels.speakers, &o.speakers, &n.speakers, out, (day, at));
    people(w, &name, &labels.moderator, opt(&o.moderator), opt(&n.moderator), out, (day, at));
    let pairs = pair(&o.workshops, &n.workshops, same_workshop, |_, _| false);
    let count = n.workshops.len();
    for p in pairs {
        match p {
            (Some(a), Some(b)) => {
                let (ow, nw) = (&o.workshops[a], &n.workshops[b]);
                let wname = w.workshop_name(b + 1, count, nw);
                if ow.title != nw.title {
                    push(out, w.title(&w.workshop_name(a + 1, o.workshops.len(), ow), &nw.title));
                }
                if ow.room != nw.room {
                    push(out, w.room(&wname, ow.room.as_deref(), nw.room.as_deref()));
                }
                if ow.start != nw.start || ow.end != nw.end {
                    push(out, w.workshop_time(&wname));
                }
                if ow.description != nw.description || ow.topics != nw.topics {
                    push(out, w.description(&wname));
                }
                let when = (day, at);
                people(w, &wname, &labels.guest, opt(&ow.guest), opt(&nw.guest), out, when);
                people(w, &wname, &labels.speakers, &ow.speakers, &nw.speakers, out, when);
                people(w, &wname, &labels.moderator, opt(&ow.moderator), opt(&nw.moderator), out, when);
            }
            (None, Some(b)) => push(out, w.workshop_added(&name, &n.workshops[b].title)),
            (Some(a), None) => push(out, w.workshop_removed(&name, &o.workshops[a].title)),
            (None, None) => {}
        }
    }
}

fn opt(p: &Option<Person>) -> &[Person] {
    p.as_slice()
}

/// People of one role: replaced, added, removed, confirmed.
fn people(
    w: &Words,
    name: &str,
    role: &str,
    old: &[Person],
    new: &[Person],
    out: &mut Vec<Change>,
    (day, at): (Date, crate::model::Time),
) {
    let key = |p: &Person| p.name.clone();
    let gone: Vec<&Person> = old.iter().filter(|p| !new.iter().any(|q| key(q) == key(p))).collect();
    let came: Vec<&Person> = new.iter().filter(|p| !old.iter().any(|q| key(q) == key(p))).collect();
    let mut push = |text: String| out.push(Change { day, at, text });
    // One out, one in: a replacement.
    if gone.len() == 1 && came.len() == 1 {
        push(w.replaced(name, role, came[0], gone[0]));
    } else {
        for p in &came {
            push(w.joined(name, role, p));
        }
        for p in &gone {
            push(w.left(name, role, p));
        }
    }
    for n in new {
        if let Some(o) = old.iter().find(|o| key(o) == key(n)) {
            if o.tbc && !n.tbc {
                push(w.confirmed(name, role, n));
            } else if !o.tbc && n.tbc {
                push(w.unconfirmed(name, role, n));
            } else if o.role != n.role {
                push(w.role_changed(name, role, n));
            }
        }
    }
}

/// The summary's wording in the event's language.
struct Words<'a> {
    p: &'a Programme,
    lang: Language,
    style: TimeStyle,
}

impl<'a> Words<'a> {
    fn new(p: &'a Programme) -> Words<'a> {
        Words { p, lang: p.event.language, style: p.theme.time_style }
    }

    fn fr(&self) -> bool {
        self.lang == Language::French
    }

    fn time(&self, s: &Slot) -> String {
        match s.end {
            Some(e) => format!("{}–{}", s.start.format(self.style), e.format(self.style)),
            None => s.start.format(self.style),
        }
    }

    /// `14h–16h45, « Travaux en ateliers »`.
    fn slot_name(&self, s: &Slot) -> String {
        let title = self.quote(&s.title);
        match &s.label {
            Some(l) => format!("{}, {l} {title}", self.time(s)),
            None => format!("{}, {title}", self.time(s)),
        }
    }

    fn workshop_name(&self, n: usize, of: usize, w: &Workshop) -> String {
        let label = w.label.clone().unwrap_or_else(|| format!("{} {n} / {of}", self.p.labels.workshop));
        format!("{label} {}", self.quote(&w.title))
    }

    /// The message `id` in the programme's language.
    fn say(&self, id: &str, args: &[(&str, &str)]) -> String {
        crate::locale::say(self.lang, id, args)
    }

    fn quote(&self, s: &str) -> String {
        let text = if self.fr() { crate::text::french::typographic(s) } else { s.to_owned() };
        self.say("diff-quote", &[("text", &text)])
    }

    fn who(&self, p: &Person) -> String {
        p.name.clone().unwrap_or_else(|| self.p.labels.tbc.clone())
    }

    fn heading(&self, title: &str) -> String {
        self.say("diff-heading", &[("title", &self.quote(title))])
    }

    fn nothing(&self) -> String {
        self.say("diff-nothing", &[])
    }

    fn event_title(&self, old: &str, new: &str) -> String {
        self.say("diff-event-title", &[("new", &self.quote(new)), ("old", &self.quote(old))])
    }

    fn added(&self, s: &Slot, time: &str) -> String {
        self.say("diff-added", &[("time", time), ("title", &self.quote(&s.title))])
    }

    fn removed(&self, s: &Slot, time: &str) -> String {
        self.say("diff-removed", &[("time", time), ("title", &self.quote(&s.title))])
    }

    fn moved_day(&self, name: &str, from: Date, to: Date, time: &str) -> String {
        let (f, t) = (from.weekday_day_month(self.lang), to.weekday_day_month(self.lang));
        // « passe du mardi 19 décembre », but "moves from Tuesday 19 December".
        let (f, t) = if self.fr() { (f.to_lowercase(), t.to_lowercase()) } else { (f, t) };
        self.say("diff-moved-day", &[("name", name), ("from", &f), ("to", &t), ("time", time)])
    }

    fn moved_time(&self, name: &str, from: &str, to: &str) -> String {
        let rest = name.split_once(", ").map_or(name, |(_, r)| r);
        self.say("diff-moved-time", &[("name", rest), ("to", to), ("from", from)])
    }

    fn workshop_time(&self, name: &str) -> String {
        self.say("diff-workshop-time", &[("name", name)])
    }

    fn room(&self, name: &str, from: Option<&str>, to: Option<&str>) -> String {
        match (to, from) {
            (Some(r), Some(f)) => self.say("diff-room-was", &[("name", name), ("room", r), ("was", f)]),
            (Some(r), None) => self.say("diff-room", &[("name", name), ("room", r)]),
            (None, _) => self.say("diff-room-gone", &[("name", name)]),
        }
    }

    fn title(&self, name: &str, new: &str) -> String {
        self.say("diff-title", &[("name", name), ("title", &self.quote(new))])
    }

    fn description(&self, name: &str) -> String {
        self.say("diff-description", &[("name", name)])
    }

    fn workshop_added(&self, name: &str, title: &str) -> String {
        self.say("diff-workshop-added", &[("name", name), ("title", &self.quote(title))])
    }

    fn workshop_removed(&self, name: &str, title: &str) -> String {
        self.say("diff-workshop-removed", &[("name", name), ("title", &self.quote(title))])
    }

    /// A change of the people of a session: `id` with the person `who`.
    fn person(&self, id: &str, name: &str, role: &str, who: &Person) -> String {
        self.say(id, &[("name", name), ("role", role), ("who", &self.who(who))])
    }

    fn replaced(&self, name: &str, role: &str, came: &Person, gone: &Person) -> String {
        // Someone still to be found is not "replaced": they are found.
        if gone.name.is_none() {
            return self.person("diff-found", name, role, came);
        }
        let args = [("name", name), ("role", role), ("who", &self.who(came)), ("gone", &self.who(gone))];
        self.say("diff-replaced", &args)
    }

    fn joined(&self, name: &str, role: &str, p: &Person) -> String {
        self.person("diff-joined", name, role, p)
    }

    fn left(&self, name: &str, role: &str, p: &Person) -> String {
        self.person("diff-left", name, role, p)
    }

    fn confirmed(&self, name: &str, role: &str, p: &Person) -> String {
        self.person("diff-confirmed", name, role, p)
    }

    fn unconfirmed(&self, name: &str, role: &str, p: &Person) -> String {
        self.person("diff-unconfirmed", name, role, p)
    }

    fn role_changed(&self, name: &str, role: &str, p: &Person) -> String {
        let introduced = p.role.clone().unwrap_or_default();
        let args = [("name", name), ("role", role), ("who", &self.who(p)), ("introduced", &introduced)];
        self.say("diff-role", &args)
    }
}
