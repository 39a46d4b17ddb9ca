//! Times of day and calendar dates, parsed from every form the contract
//! accepts and printed in the event's language.

use super::{Language, TimeStyle};

/// A time of day, in minutes since midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub u16);

impl Time {
    /// Parse `9h30`, `9h`, `09h30`, `9 h 30`, `09:30` or `9:30`.
    pub fn parse(s: &str) -> Option<Time> {
        let t: String = s.trim().chars().filter(|c| !c.is_whitespace()).collect();
        let (h, m) = if let Some((h, m)) = t.split_once(['h', 'H']) {
            (h, if m.is_empty() { "0" } else { m })
        } else if let Some((h, m)) = t.split_once(':') {
            if m.len() != 2 {
                return None;
            }
            (h, m)
        } else {
            return None;
        };
        let digits = |x: &str| !x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit());
        if !digits(h) || !digits(m) {
            return None;
        }
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        Time::from_hm(h, m)
    }

    /// From hours and minutes, if both are in range.
    pub fn from_hm(h: u16, m: u16) -> Option<Time> {
        (h < 24 && m < 60).then_some(Time(h * 60 + m))
    }

    /// Hours part.
    pub fn hour(self) -> u16 {
        self.0 / 60
    }

    /// Minutes part.
    pub fn minute(self) -> u16 {
        self.0 % 60
    }

    /// Print in a style. Spaced style uses a narrow no-break space so that
    /// `9 h 30` never breaks across lines.
    pub fn format(self, style: TimeStyle) -> String {
        let (h, m) = (self.hour(), self.minute());
        match (style, m) {
            (TimeStyle::Compact, 0) => format!("{h}h"),
            (TimeStyle::Compact, m) => format!("{h}h{m:02}"),
            (TimeStyle::Spaced, 0) => format!("{h}\u{202F}h"),
            (TimeStyle::Spaced, m) => format!("{h}\u{202F}h\u{202F}{m:02}"),
            (TimeStyle::Colon, _) => format!("{h:02}:{m:02}"),
        }
    }

    /// The English twelve-hour form: `10:10 pm`, `9 am`.
    pub fn format_12h(self) -> String {
        let (h, m) = (self.hour(), self.minute());
        let (h12, half) = match h {
            0 => (12, "am"),
            1..=11 => (h, "am"),
            12 => (12, "pm"),
            _ => (h - 12, "pm"),
        };
        if m == 0 { format!("{h12}\u{A0}{half}") } else { format!("{h12}:{m:02}\u{A0}{half}") }
    }
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of month, 1–31.
    pub day: u8,
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS_FR: [&str; 7] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const WEEKDAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

impl Date {
    /// A date if it exists in the Gregorian calendar (no 30 February).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// Day of week, 0 = Monday (Sakamoto's method).
    pub fn weekday(self) -> usize {
        const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let m = i32::from(self.month);
        let y = if m < 3 { self.year - 1 } else { self.year };
        let dow =
            (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + T[(m - 1) as usize] + i32::from(self.day))
                .rem_euclid(7);
        // Sakamoto gives 0 = Sunday.
        ((dow + 6) % 7) as usize
    }

    /// `Mardi 19 décembre` / `Tuesday 19 December`.
    pub fn weekday_day_month(self, lang: Language) -> String {
        let (wd, mo) = self.names(lang);
        capitalise(&format!("{wd} {} {mo}", self.day_text(lang)))
    }

    /// The day of the month as printed (`1er` in French).
    pub fn day_text(self, lang: Language) -> String {
        match (lang, self.day) {
            (Language::French, 1) => "1er".to_owned(),
            (_, d) => d.to_string(),
        }
    }

    /// The weekday's and the month's names in a language.
    pub fn names(self, lang: Language) -> (&'static str, &'static str) {
        let m = usize::from(self.month - 1);
        match lang {
            Language::French => (WEEKDAYS_FR[self.weekday()], MONTHS_FR[m]),
            Language::English => (WEEKDAYS_EN[self.weekday()], MONTHS_EN[m]),
        }
    }

    /// The dates of a whole event in words, grouping shared months and
    /// years: `Mardi 19 et mercredi 20 décembre 2023`.
    pub fn span_in_words(dates: &[Date], lang: Language) -> String {
        let and = match lang {
            Language::French => "et",
            Language::English => "and",
        };
        let mut parts = Vec::new();
        for (i, d) in dates.iter().enumerate() {
            let (wd, mo) = d.names(lang);
            let next = dates.get(i + 1);
            let mut p = format!("{wd} {}", d.day_text(lang));
            let same_month = next.is_some_and(|n| n.month == d.month && n.year == d.year);
            if !same_month {
                p.push(' ');
                p.push_str(mo);
                if next.is_none_or(|n| n.year != d.year) {
                    p.push_str(&format!(" {}", d.year));
                }
            }
            parts.push(p);
        }
        let text = match parts.len() {
            0 => String::new(),
            1 => parts.remove(0),
            _ => {
                let last = parts.pop().unwrap_or_default();
                format!("{} {and} {last}", parts.join(", "))
            }
        };
        capitalise(&text)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// Days since 1970-01-01 of a Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    let (m, d) = (i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date of a day since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for z in [-1000, 0, 11_017, 19_710, 60_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }

    #[test]
    fn parses_every_accepted_form() {
        for (s, m) in [("9h30", 570), ("9h", 540), ("09:30", 570), ("9 h 30", 570), ("14H", 840), ("0h05", 5)] {
            assert_eq!(Time::parse(s), Some(Time(m)), "{s}");
        }
        for s in ["25h70", "24h", "9h5x", "930", "", "h", "9:3", "9h300", "-1h"] {
            assert_eq!(Time::parse(s), None, "{s}");
        }
    }

    #[test]
    fn formats_in_each_style() {
        let t = Time(570);
        assert_eq!(t.format(TimeStyle::Compact), "9h30");
        assert_eq!(t.format(TimeStyle::Spaced), "9\u{202F}h\u{202F}30");
        assert_eq!(t.format(TimeStyle::Colon), "09:30");
        assert_eq!(Time(600).format(TimeStyle::Compact), "10h");
    }

    #[test]
    fn dates_and_weekdays() {
        assert!(Date::new(2023, 2, 30).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        let d = Date::new(2023, 12, 19).unwrap();
        assert_eq!(d.weekday_day_month(Language::French), "Mardi 19 décembre");
        assert_eq!(d.weekday_day_month(Language::English), "Tuesday 19 December");
        let e = Date::new(2023, 12, 20).unwrap();
        assert_eq!(Date::span_in_words(&[d, e], Language::French), "Mardi 19 et mercredi 20 décembre 2023");
    }
}
