//! Deterministic, made-up programmes for tests, benchmarks and fuzzing.
//!
//! [`programme`] writes the TOML text of a valid French programme of any
//! size: `days` consecutive days from Monday 3 March 2025, each with
//! `slots_per_day` slots in time order between 8h00 and 23h59, with
//! plenaries, meals, breaks and, every fifth slot, parallel workshops whose
//! descriptions use the whole rich-text syntax (italic, bold, lists, links).
//!
//! The text comes from small built-in word lists and sentence templates
//! driven by a splitmix64 generator: the same seed always gives the same
//! string, on every platform, with no dependency.
//!
//! ```
//! let text = livret::testing::generate::programme(7, 2, 6);
//! assert!(livret::load(&text, std::path::Path::new(".")).is_ok());
//! assert_eq!(text, livret::testing::generate::programme(7, 2, 6));
//! ```

use std::fmt::Write as _;

/// First minute a slot may start at (8h00).
const DAY_START: u32 = 8 * 60;
/// Last minute a slot may end at (23h59).
const DAY_END: u32 = 23 * 60 + 59;
/// The most slots a day can hold (one minute each).
pub const MAX_SLOTS_PER_DAY: usize = (DAY_END - DAY_START) as usize;

/// The TOML text of a valid programme of `days` days of `slots_per_day`
/// slots each, made up from `seed`.
///
/// # Panics
///
/// If `days` is 0, or `slots_per_day` is 0 or more than
/// [`MAX_SLOTS_PER_DAY`] (the slots would not fit between 8h00 and 23h59).
pub fn programme(seed: u64, days: usize, slots_per_day: usize) -> String {
    assert!(days > 0, "a programme has at least one day");
    assert!(
        (1..=MAX_SLOTS_PER_DAY).contains(&slots_per_day),
        "slots_per_day must be between 1 and {MAX_SLOTS_PER_DAY}"
    );
    let mut g = Gen { rng: Rng::new(seed), out: String::new(), plenary: 0 };
    g.header(days);
    let mut date = (2025, 3, 3);
    for d in 0..days {
        g.day(d, date, slots_per_day);
        date = next_day(date);
    }
    g.out
}

/// splitmix64: tiny, fast, and good enough for made-up text.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        debug_assert!(lo <= hi);
        lo + (self.next_u64() % u64::from(hi - lo + 1)) as u32
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next_u64() % n as u64) as usize }
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next_u64() % xs.len() as u64) as usize]
    }
}

mod words;
use words::*;

/// The output being written, and the generator state.
struct Gen {
    rng: Rng,
    out: String,
    /// Plenaries so far, for their labels.
    plenary: u32,
}

impl Gen {
    fn header(&mut self, days: usize) {
        let title = self.rng.pick(EVENT_TITLES);
        let subtitle = match days {
            1 => "Une journée de débats, de formation et d'ateliers".to_owned(),
            n => format!("{n} journées de débats, de formation et d'ateliers"),
        };
        let intro = self.prose(115, 130, false);
        let _ = write!(
            self.out,
            "# Programme made up by livret::generate (deterministic).\n\n\
             [event]\ntitle = {}\nsubtitle = {}\nlanguage = \"fr\"\nintroduction = {}\n\n",
            basic(title),
            basic(&subtitle),
            multiline(&intro)
        );
        let (name, room, address, postcode, city) = VENUES[(self.rng.next_u64() % VENUES.len() as u64) as usize];
        let _ = write!(
            self.out,
            "[venue]\nname = {}\nroom = {}\naddress = {}\npostcode = {}\ncity = {}\n",
            basic(name),
            basic(room),
            basic(address),
            basic(postcode),
            basic(city)
        );
        if self.rng.chance(50) {
            let _ = writeln!(self.out, "note = \"Accès : métro ligne 3, *salle accessible en fauteuil*.\"");
        }
        self.out.push_str(
            "\n[[organiser]]\n\
             name = \"Union syndicale des travailleur·ses du numérique\"\n\
             address = \"31 rue de la Grange-aux-Belles - 75010 Paris\"\n\
             email = \"contact@example.org\"\n\
             phone = \"01 23 45 67 89\"\n\
             website = \"https://example.org\"\n\n\
             [[organiser]]\n\
             name = \"Centre d'études et de formation\"\n\
             email = \"formation@example.net\"\n\
             phone = \"01 98 76 54 32\"\n",
        );
    }

    fn day(&mut self, index: usize, (y, m, d): (i32, u32, u32), slots: usize) {
        let _ = write!(self.out, "\n[[day]]\ndate = {y:04}-{m:02}-{d:02}\ntitle = \"Journée {}\"\n", index + 1);
        if self.rng.chance(30) {
            let _ = writeln!(self.out, "note = \"*{}*\"", self.rng.pick(FEATURED));
        }
        // Slot lengths: 30–90 min when there is room, otherwise as long as
        // the day allows (23 min for 40 slots). Every later slot is budgeted
        // at `max` minutes, so the last one always ends by 23h59.
        let max = (90).min((DAY_END - DAY_START) / slots as u32);
        let min = if max >= 45 { 30 } else { (max * 4 / 5).max(1) };
        let round = if max >= 30 { 5 } else { 1 };
        let slack = |t: u32, remaining: u32| DAY_END - t - remaining * max;
        let mut t = DAY_START;
        let first = slack(t, slots as u32).min(60 * self.rng.range(0, 2));
        t += first - first % round;
        for i in 0..slots {
            let len = self.rng.range(min.div_ceil(round), max / round) * round;
            let (start, end) = (t, t + len);
            let kind = kind_of(i, slots);
            self.slot(kind, start, end);
            let s = slack(end, (slots - i - 1) as u32);
            let gap = if s >= 5 && self.rng.chance(25) { s.min(5 * self.rng.range(1, 3)) } else { 0 };
            t = end + gap - gap % round;
        }
    }

    fn slot(&mut self, kind: &'static str, start: u32, end: u32) {
        let (start, end) = (self.time(start), self.time(end));
        let _ = write!(self.out, "\n[[day.slot]]\nstart = {start}\nend = {end}\nkind = \"{kind}\"\n");
        match kind {
            "welcome" => self.out.push_str("title = \"Accueil des participant·es\"\n"),
            "introduction" => {
                self.out.push_str("title = \"Introduction\"\n");
                let text = self.prose(30, 60, false);
                let _ = writeln!(self.out, "description = {}", multiline(&text));
            }
            "plenary" => {
                self.plenary += 1;
                let title = self.rng.pick(PLENARY_TITLES);
                let _ = write!(self.out, "label = \"Plénière {}\"\ntitle = {}\n", self.plenary, basic(title));
                if self.rng.chance(70) {
                    let text = self.prose(40, 140, true);
                    let _ = writeln!(self.out, "description = {}", multiline(&text));
                }
                self.out.push_str("speakers = [\n");
                for _ in 0..self.rng.range(2, 4) {
                    let p = self.person();
                    let _ = writeln!(self.out, "  {p},");
                }
                self.out.push_str("]\n");
            }
            "workshops" => self.workshops(),
            "break" => {
                let _ = writeln!(self.out, "title = {}", basic(self.rng.pick(BREAK_TITLES)));
            }
            "meal" => {
                let _ = writeln!(self.out, "title = {}", basic(self.rng.pick(MEAL_TITLES)));
            }
            "restitution" => self.out.push_str("title = \"Remise collective des ateliers\"\n"),
            "conclusion" => {
                self.out.push_str("title = \"Conclusion et suites à donner\"\n");
                let p = self.person();
                let _ = writeln!(self.out, "speakers = [{p}]");
            }
            _ => {
                let _ = writeln!(self.out, "title = {}", basic(self.rng.pick(OTHER_TITLES)));
                if self.rng.chance(40) {
                    let _ = writeln!(self.out, "room = \"Salle {}\"", self.rng.range(101, 120));
                }
            }
        }
    }

    fn workshops(&mut self) {
        self.out.push_str("title = \"Travaux en ateliers\"\n");
        if self.rng.chance(60) {
            self.out.push_str(
                "description = \"\"\"\nFil rouge de chaque atelier : quels outils, quelles actions, \
                 quelles revendications ?\n\"\"\"\n",
            );
        }
        for _ in 0..self.rng.range(2, 5) {
            let title = self.rng.pick(WORKSHOP_TITLES);
            let topics = self.rng.pick(TOPICS);
            let text = self.prose(60, 210, true);
            let _ = write!(
                self.out,
                "\n[[day.slot.workshop]]\ntitle = {}\ntopics = {}\ndescription = {}\n",
                basic(title),
                basic(topics),
                multiline(&text)
            );
            let guest = self.person();
            let _ = writeln!(self.out, "guest = {guest}");
            if self.rng.chance(70) {
                let moderator = self.person();
                let _ = writeln!(self.out, "moderator = {moderator}");
            }
            let _ = writeln!(self.out, "room = \"Salle {}\"", self.rng.range(101, 120));
        }
    }

    /// A time in one of the accepted forms: `9h30`, `9h`, `09:30`, or a
    /// bare TOML time `09:30:00`.
    fn time(&mut self, minutes: u32) -> String {
        let (h, m) = (minutes / 60, minutes % 60);
        match self.rng.next_u64() % 10 {
            0..=5 if m == 0 => format!("\"{h}h\""),
            0..=5 => format!("\"{h}h{m:02}\""),
            6..=8 => format!("\"{h:02}:{m:02}\""),
            _ => format!("{h:02}:{m:02}:00"),
        }
    }

    /// A person as TOML: a bare name, or a table with a role and sometimes
    /// `tbc = true`.
    fn person(&mut self) -> String {
        let name = match self.rng.next_u64() % 8 {
            0 => self.rng.pick(FIXED_NAMES).to_owned(),
            1 => self.rng.pick(ORGANISATIONS).to_owned(),
            _ => format!("{} {}", self.rng.pick(FIRST_NAMES), self.rng.pick(LAST_NAMES)),
        };
        match self.rng.next_u64() % 10 {
            0..=2 => basic(&name),
            3 => format!("{{ name = {}, tbc = true }}", basic(&name)),
            4 => format!("{{ name = {}, role = {}, tbc = true }}", basic(&name), basic(self.rng.pick(ROLES))),
            _ => format!("{{ name = {}, role = {} }}", basic(&name), basic(self.rng.pick(ROLES))),
        }
    }

    /// A sentence, sometimes with *italic* or **bold** in it.
    fn sentence(&mut self, marks: bool) -> String {
        let connector = self.rng.pick(CONNECTORS);
        let subject = self.rng.pick(SUBJECTS);
        let subject = if connector.is_empty() {
            subject.to_owned()
        } else {
            // "Ensuite, cet atelier…": lower-case the subject's first letter.
            let mut c = subject.chars();
            let first = c.next().map(|f| f.to_lowercase().collect::<String>()).unwrap_or_default();
            first + c.as_str()
        };
        let verb = self.rng.pick(VERBS);
        let object = self.rng.pick(OBJECTS);
        // "débattre de les biais" → "débattre des biais".
        let (verb, object) = match verb.strip_suffix(" de") {
            Some(v) if object.starts_with("les ") => (v, format!("des {}", &object[4..])),
            Some(v) if object.starts_with("le ") => (v, format!("du {}", &object[3..])),
            _ => (verb, object.to_owned()),
        };
        let object = match self.rng.next_u64() % 10 {
            0 if marks => format!("*{object}*"),
            1 if marks => format!("**{object}**"),
            _ => object,
        };
        let tail = self.rng.pick(TAILS);
        format!("{connector}{subject} {verb} {object}{tail}.")
    }

    /// Paragraphs of made-up prose of `lo..=hi` words (roughly: the last
    /// sentence may run a few words over). With `marks`, it may hold
    /// emphasis, a bullet list, a URL, an e-mail address or a link.
    fn prose(&mut self, lo: u32, hi: u32, marks: bool) -> String {
        let target = self.rng.range(lo, hi) as usize;
        let mut paragraphs: Vec<String> = Vec::new();
        let mut para = String::new();
        let mut words = 0;
        let mut listed = false;
        while words < target {
            let s = if self.rng.chance(12) { self.rng.pick(QUESTIONS).to_owned() } else { self.sentence(marks) };
            words += s.split_whitespace().count();
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(&s);
            if words < target && self.rng.chance(20) {
                paragraphs.push(std::mem::take(&mut para));
                if marks && !listed && self.rng.chance(40) {
                    listed = true;
                    paragraphs.push("Nous aborderons notamment les questions suivantes :".to_owned());
                    // 2–4 different questions, from a random place in the list.
                    let (n, at) = (self.rng.range(2, 4) as usize, self.rng.next_u64() as usize);
                    let items: Vec<String> =
                        (0..n).map(|k| format!("- {}", QUESTIONS[(at + k) % QUESTIONS.len()])).collect();
                    words += 6 + items.iter().map(|i| i.split_whitespace().count() - 1).sum::<usize>();
                    paragraphs.push(items.join("\n"));
                }
            }
        }
        paragraphs.push(para);
        if marks {
            match self.rng.next_u64() % 8 {
                0 => paragraphs
                    .push(format!("Plus d'informations sur https://example.org/ateliers/{}", self.rng.range(1, 99))),
                1 => paragraphs.push(format!("Inscriptions : **atelier{}@example.org**.", self.rng.range(1, 30))),
                2 => paragraphs.push("Voir aussi [le dossier préparatoire](https://example.org/dossier).".to_owned()),
                _ => {}
            }
        }
        paragraphs.join("\n\n")
    }
}

/// The kind of the `i`-th of `n` slots of a day.
fn kind_of(i: usize, n: usize) -> &'static str {
    if i == 0 {
        "welcome"
    } else if i % 5 == 4 || ((3..5).contains(&n) && i == n - 1) {
        "workshops"
    } else if n >= 4 && i == n - 1 {
        if (i - 1) % 5 == 4 { "restitution" } else { "conclusion" }
    } else if i == 1 && n >= 4 {
        "introduction"
    } else if n >= 6 && (i == n / 2 || (n >= 20 && i == n * 5 / 6)) {
        "meal"
    } else if i % 7 == 6 {
        "break"
    } else if i % 11 == 8 {
        "other"
    } else {
        "plenary"
    }
}

/// The day after a date (year, month, day), across month and year ends.
fn next_day((y, m, d): (i32, u32, u32)) -> (i32, u32, u32) {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let len = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    match (d < len, m < 12) {
        (true, _) => (y, m, d + 1),
        (false, true) => (y, m + 1, 1),
        (false, false) => (y + 1, 1, 1),
    }
}

/// A TOML basic string (`"…"`), escaped.
fn basic(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML multi-line basic string (`"""…"""`). The built-in texts hold no
/// quote and no backslash, so nothing needs escaping; checked anyway.
fn multiline(s: &str) -> String {
    assert!(!s.contains('"') && !s.contains('\\'), "multi-line text with a quote or a backslash: {s}");
    format!("\"\"\"\n{s}\n\"\"\"")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn valid(text: &str) -> crate::model::Programme {
        match crate::load(text, Path::new(".")) {
            Ok(loaded) => loaded.output,
            Err(e) => panic!("generated programme refused: {e:?}\n{text}"),
        }
    }

    #[test]
    fn generated_programmes_are_valid() {
        for seed in [0, 1, 42, u64::MAX] {
            for (days, slots) in [(1, 3), (3, 12), (10, 40), (2, 1), (1, 2), (1, 5), (2, 100)] {
                let text = programme(seed, days, slots);
                let p = valid(&text);
                assert_eq!(p.days.len(), days);
                for day in &p.days {
                    assert_eq!(day.slots.len(), slots);
                    for w in day.slots.windows(2) {
                        assert!(w[0].end.unwrap() <= w[1].start, "overlap, seed {seed}");
                    }
                    for s in &day.slots {
                        assert!(s.start.0 >= DAY_START as u16 && s.end.unwrap().0 <= DAY_END as u16);
                        assert!(s.start < s.end.unwrap());
                    }
                }
            }
        }
    }

    #[test]
    fn no_warning_but_the_tbc_ones() {
        let text = programme(3, 3, 12);
        let warnings = crate::load(&text, Path::new(".")).unwrap().warnings;
        for w in &warnings.0 {
            assert!(!w.message.contains("slot"), "unexpected warning: {}", w.message);
        }
    }

    #[test]
    fn same_seed_same_text() {
        assert_eq!(programme(9, 3, 12), programme(9, 3, 12));
        assert_ne!(programme(9, 3, 12), programme(10, 3, 12));
    }

    #[test]
    fn forty_slots_fit_in_a_day() {
        let p = valid(&programme(5, 1, 40));
        let slots = &p.days[0].slots;
        assert_eq!(slots.len(), 40);
        assert!(slots.last().unwrap().end.unwrap().0 <= DAY_END as u16);
        assert!(slots.iter().filter(|s| s.kind == crate::model::SlotKind::Workshops).count() >= 8);
    }

    #[test]
    fn dates_cross_months_and_years() {
        assert_eq!(next_day((2025, 3, 31)), (2025, 4, 1));
        assert_eq!(next_day((2025, 2, 28)), (2025, 3, 1));
        assert_eq!(next_day((2028, 2, 28)), (2028, 2, 29));
        assert_eq!(next_day((2025, 12, 31)), (2026, 1, 1));
        // 400 days from March 2025: through a year end and February 2026.
        let p = valid(&programme(1, 400, 1));
        assert_eq!(p.days.len(), 400);
    }

    #[test]
    fn workshop_texts_are_rich_and_long_enough() {
        let text = programme(11, 10, 40);
        assert!(text.contains("*") && text.contains("**") && text.contains("\n- "));
        assert!(text.contains("https://") && text.contains("@example.org"));
        assert!(text.contains("tbc = true"));
        for name in FIXED_NAMES {
            assert!(text.contains(name), "{name} missing");
        }
        assert!(!text.contains('\\'));
        let p = valid(&text);
        for w in p.days.iter().flat_map(|d| &d.slots).flat_map(|s| &s.workshops) {
            let n = w.description.as_ref().unwrap().0.split_whitespace().count();
            assert!((60..=250).contains(&n), "{n} words");
        }
    }

    #[test]
    fn escapes_basic_strings() {
        assert_eq!(basic("a\"b\\c\nd"), r#""a\"b\\c\nd""#);
    }
}
