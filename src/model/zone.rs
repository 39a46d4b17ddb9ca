//! Time zones: the offset from UTC of the event's local times, for the
//! calendar's UTC times and the `--stamp` of a build. No zone database:
//! a table of the zones organisers use, and the EU's summer-time rule.

use super::Date;
use super::time::{civil_from_days, days_from_civil};

/// Minutes in a day.
pub(crate) const DAY: i64 = 24 * 60;

/// A time zone's offsets from UTC, in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// Always the same offset.
    Fixed(i64),
    /// A standard offset, an hour more in EU summer time.
    Eu(i64),
}

/// Zones that follow the EU's summer-time rule, with their standard
/// offset in hours.
const EU_ZONES: &[(&str, i64)] = &[
    ("Europe/Paris", 1),
    ("Europe/Brussels", 1),
    ("Europe/Berlin", 1),
    ("Europe/Madrid", 1),
    ("Europe/Rome", 1),
    ("Europe/Amsterdam", 1),
    ("Europe/Luxembourg", 1),
    ("Europe/Zurich", 1),
    ("Europe/Vienna", 1),
    ("Europe/Monaco", 1),
    ("Europe/Andorra", 1),
    ("Europe/Prague", 1),
    ("Europe/Warsaw", 1),
    ("Europe/Budapest", 1),
    ("Europe/Bratislava", 1),
    ("Europe/Ljubljana", 1),
    ("Europe/Zagreb", 1),
    ("Europe/Belgrade", 1),
    ("Europe/Sarajevo", 1),
    ("Europe/Skopje", 1),
    ("Europe/Podgorica", 1),
    ("Europe/Tirane", 1),
    ("Europe/Malta", 1),
    ("Europe/Gibraltar", 1),
    ("Europe/San_Marino", 1),
    ("Europe/Vatican", 1),
    ("Europe/Vaduz", 1),
    ("Europe/Busingen", 1),
    ("Europe/Copenhagen", 1),
    ("Europe/Stockholm", 1),
    ("Europe/Oslo", 1),
    ("Africa/Ceuta", 1),
    ("Arctic/Longyearbyen", 1),
    ("Europe/London", 0),
    ("Europe/Dublin", 0),
    ("Europe/Lisbon", 0),
    ("Europe/Guernsey", 0),
    ("Europe/Jersey", 0),
    ("Europe/Isle_of_Man", 0),
    ("Atlantic/Canary", 0),
    ("Atlantic/Madeira", 0),
    ("Atlantic/Faroe", 0),
    ("Atlantic/Azores", -1),
    ("Europe/Athens", 2),
    ("Europe/Helsinki", 2),
    ("Europe/Mariehamn", 2),
    ("Europe/Bucharest", 2),
    ("Europe/Sofia", 2),
    ("Europe/Riga", 2),
    ("Europe/Tallinn", 2),
    ("Europe/Vilnius", 2),
    ("Europe/Kyiv", 2),
    ("Europe/Kiev", 2),
    ("Europe/Nicosia", 2),
    ("Asia/Nicosia", 2),
    ("Asia/Famagusta", 2),
];

/// Zones without summer time, with their offset in minutes.
const FIXED_ZONES: &[(&str, i64)] = &[
    ("UTC", 0),
    ("Etc/UTC", 0),
    ("Etc/GMT", 0),
    ("Europe/Moscow", 180),
    ("Europe/Minsk", 180),
    ("Europe/Istanbul", 180),
    ("Atlantic/Reykjavik", 0),
    ("Africa/Dakar", 0),
    ("Africa/Abidjan", 0),
    ("Africa/Algiers", 60),
    ("Africa/Tunis", 60),
    ("America/Guadeloupe", -240),
    ("America/Martinique", -240),
    ("America/Cayenne", -180),
    ("Indian/Reunion", 240),
    ("Indian/Mayotte", 180),
    ("Pacific/Noumea", 660),
    ("Pacific/Tahiti", -600),
    ("Asia/Tokyo", 540),
];

impl Zone {
    /// The zone of an IANA name, if the table has it.
    pub fn named(name: &str) -> Option<Zone> {
        if let Some((_, h)) = EU_ZONES.iter().find(|(n, _)| *n == name) {
            return Some(Zone::Eu(h * 60));
        }
        FIXED_ZONES.iter().find(|(n, _)| *n == name).map(|(_, m)| Zone::Fixed(*m))
    }

    /// The offset from UTC at a UTC instant (minutes since 1970).
    pub fn offset_at(self, utc: i64) -> i64 {
        match self {
            Zone::Fixed(m) => m,
            Zone::Eu(standard) => {
                let (year, _, _) = civil_from_days(utc.div_euclid(DAY));
                let summer = last_sunday(year, 3) * DAY + 60..last_sunday(year, 10) * DAY + 60;
                if summer.contains(&utc) { standard + 60 } else { standard }
            }
        }
    }

    /// The local date and time of a UTC instant (minutes since 1970).
    pub fn local(self, utc: i64) -> super::Stamp {
        let local = utc + self.offset_at(utc);
        let (y, m, d) = civil_from_days(local.div_euclid(DAY));
        let minutes = local.rem_euclid(DAY);
        super::Stamp {
            date: Date { year: y as i32, month: m, day: d },
            time: super::Time::from_hm((minutes / 60) as u16, (minutes % 60) as u16),
        }
    }

    /// A local time (minutes since 1970 on the local calendar) in UTC.
    /// A time skipped in spring is read with the winter offset; a time
    /// that happens twice in autumn is the first.
    pub fn to_utc(self, local: i64) -> i64 {
        match self {
            Zone::Fixed(m) => local - m,
            Zone::Eu(standard) => {
                let summer = local - standard - 60;
                if self.offset_at(summer) == standard + 60 { summer } else { local - standard }
            }
        }
    }
}

/// The day (days since 1970) of a month's last Sunday, for March and
/// October (31 days).
fn last_sunday(year: i64, month: u8) -> i64 {
    let last = days_from_civil(year, month, 31);
    // 1970-01-01 was a Thursday: weekday 3 with Monday 0.
    let weekday = (last + 3).rem_euclid(7);
    last - (weekday + 1) % 7
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i64, mo: u8, d: u8, h: i64, m: i64) -> i64 {
        days_from_civil(y, mo, d) * DAY + h * 60 + m
    }

    #[test]
    fn eu_summer_time() {
        // 2024: 31 March and 27 October; 2023: 26 March and 29 October.
        assert_eq!(civil_from_days(last_sunday(2024, 3)), (2024, 3, 31));
        assert_eq!(civil_from_days(last_sunday(2024, 10)), (2024, 10, 27));
        assert_eq!(civil_from_days(last_sunday(2023, 3)), (2023, 3, 26));
        assert_eq!(civil_from_days(last_sunday(2023, 10)), (2023, 10, 29));
        let paris = Zone::named("Europe/Paris").unwrap();
        assert_eq!(paris.to_utc(at(2023, 12, 19, 9, 30)), at(2023, 12, 19, 8, 30));
        assert_eq!(paris.to_utc(at(2024, 7, 1, 9, 30)), at(2024, 7, 1, 7, 30));
        // The hour skipped on 31 March 2024 (2h → 3h), and around it.
        assert_eq!(paris.to_utc(at(2024, 3, 31, 1, 59)), at(2024, 3, 31, 0, 59));
        assert_eq!(paris.to_utc(at(2024, 3, 31, 2, 30)), at(2024, 3, 31, 1, 30));
        assert_eq!(paris.to_utc(at(2024, 3, 31, 3, 0)), at(2024, 3, 31, 1, 0));
        // The hour repeated on 27 October 2024 (3h → 2h): the first.
        assert_eq!(paris.to_utc(at(2024, 10, 27, 2, 30)), at(2024, 10, 27, 0, 30));
        assert_eq!(paris.to_utc(at(2024, 10, 27, 3, 0)), at(2024, 10, 27, 2, 0));
        let london = Zone::named("Europe/London").unwrap();
        assert_eq!(london.to_utc(at(2025, 7, 8, 9, 0)), at(2025, 7, 8, 8, 0));
        assert_eq!(london.to_utc(at(2025, 1, 8, 9, 0)), at(2025, 1, 8, 9, 0));
        let athens = Zone::named("Europe/Athens").unwrap();
        assert_eq!(athens.to_utc(at(2025, 7, 8, 9, 0)), at(2025, 7, 8, 6, 0));
        assert_eq!(Zone::named("America/New_York"), None);
        assert_eq!(Zone::named("UTC").unwrap().to_utc(at(2025, 7, 8, 9, 0)), at(2025, 7, 8, 9, 0));
    }
}
