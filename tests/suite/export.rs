//! The exports: the calendar read back field by field, the e-mail text
//! against its golden file (`LIVRET_BLESS=1 cargo test --test suite export`
//! accepts new output), Markdown as a smoke test.

use crate::common::*;

use livret::export::{self, Format};
use livret::model::{Language, Programme};

/// The programme files of the repository.
const PROGRAMMES: [&str; 7] = [
    "programme.toml",
    "tests/programmes/a5-francais.toml",
    "tests/programmes/colloque-universitaire.toml",
    "tests/programmes/conference-python.toml",
    "tests/programmes/english-conference.toml",
    "tests/programmes/journee-intersyndicale.toml",
    "tests/programmes/summer-school.toml",
];

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap()
}

fn load(src: &str) -> Programme {
    livret::load(src, &root()).unwrap_or_else(|d| panic!("invalid programme: {d:?}")).output
}

fn seed() -> String {
    read("programme.toml")
}

/// One content line: `NAME;PARAM=x:value`.
#[derive(Debug, Clone)]
struct Prop {
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

/// Physical lines, each checked to end with CRLF.
fn physical(ics: &str) -> Vec<&str> {
    assert!(ics.ends_with("\r\n"), "the calendar ends with CRLF");
    let lines: Vec<&str> = ics[..ics.len() - 2].split("\r\n").collect();
    for l in &lines {
        assert!(!l.contains('\n') && !l.contains('\r'), "bare line break in {l:?}");
    }
    lines
}

/// Unfold (a line starting with a space continues the one before), then
/// split each line into name, parameters and value.
fn parse(ics: &str) -> Vec<Prop> {
    let mut logical: Vec<String> = Vec::new();
    for l in physical(ics) {
        match l.strip_prefix(' ') {
            Some(rest) => logical.last_mut().expect("a continuation follows a line").push_str(rest),
            None => logical.push(l.to_owned()),
        }
    }
    logical
        .iter()
        .map(|l| {
            // The value starts at the first colon outside a quoted
            // parameter value.
            let mut quoted = false;
            let colon = l
                .char_indices()
                .find(|&(_, c)| {
                    if c == '"' {
                        quoted = !quoted;
                    }
                    c == ':' && !quoted
                })
                .map(|(i, _)| i)
                .unwrap_or_else(|| panic!("no colon in {l:?}"));
            let (head, value) = (&l[..colon], &l[colon + 1..]);
            let mut parts = head.split(';');
            let name = parts.next().unwrap().to_owned();
            let params = parts
                .map(|p| {
                    let (k, v) = p.split_once('=').unwrap_or_else(|| panic!("bad parameter {p:?}"));
                    (k.to_owned(), v.trim_matches('"').to_owned())
                })
                .collect();
            Prop { name, params, value: value.to_owned() }
        })
        .collect()
}

/// A TEXT value unescaped.
fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(c) => out.push(c),
                None => panic!("a lone backslash ends {v:?}"),
            }
        } else {
            assert!(!matches!(c, ',' | ';'), "unescaped {c:?} in {v:?}");
            out.push(c);
        }
    }
    out
}

/// The calendar's properties outside events, and each event's.
fn calendar(ics: &str) -> (Vec<Prop>, Vec<Vec<Prop>>) {
    let props = parse(ics);
    assert_eq!(props.first().map(|p| p.value.as_str()), Some("VCALENDAR"));
    assert_eq!(props.last().map(|p| (p.name.as_str(), p.value.as_str())), Some(("END", "VCALENDAR")));
    let mut head = Vec::new();
    let mut events = Vec::new();
    let mut current: Option<Vec<Prop>> = None;
    for p in props {
        match (p.name.as_str(), p.value.as_str()) {
            ("BEGIN", "VEVENT") => {
                assert!(current.is_none(), "nested VEVENT");
                current = Some(Vec::new());
            }
            ("END", "VEVENT") => events.push(current.take().expect("END:VEVENT after BEGIN")),
            _ => match &mut current {
                Some(e) => e.push(p),
                None => head.push(p),
            },
        }
    }
    (head, events)
}

fn get<'a>(props: &'a [Prop], name: &str) -> &'a Prop {
    let found: Vec<&Prop> = props.iter().filter(|p| p.name == name).collect();
    assert_eq!(found.len(), 1, "{name} once in {props:#?}");
    found[0]
}

fn value(props: &[Prop], name: &str) -> String {
    unescape(&get(props, name).value)
}

fn ics_of(src: &str) -> String {
    export::export(&load(src), Format::Ics)
}

#[test]
fn the_calendar_has_every_field() {
    let p = load(&seed());
    let ics = export::export(&p, Format::Ics);
    let (head, events) = calendar(&ics);
    assert_eq!(value(&head, "VERSION"), "2.0");
    assert_eq!(value(&head, "PRODID"), format!("-//livret//livret {}//FR", env!("CARGO_PKG_VERSION")));
    assert_eq!(value(&head, "CALSCALE"), "GREGORIAN");
    assert_eq!(value(&head, "METHOD"), "PUBLISH");
    assert_eq!(value(&head, "X-WR-CALNAME"), "Journées intelligence artificielle");
    let slots: usize = p.days.iter().map(|d| d.slots.len()).sum();
    assert_eq!(events.len(), slots, "one VEVENT a slot");
    let mut uids = Vec::new();
    for e in &events {
        for name in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"] {
            get(e, name);
        }
        let (start, end) = (value(e, "DTSTART"), value(e, "DTEND"));
        assert!(start.ends_with('Z') && end.ends_with('Z') && start.len() == 16, "{start} {end}");
        assert!(end > start, "{start} → {end}");
        assert_eq!(value(e, "DTSTAMP"), "20231219T000000Z", "no [event] updated: the first day");
        assert_eq!(value(e, "LAST-MODIFIED"), "20231219T000000Z");
        uids.push(value(e, "UID"));
    }
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "UIDs are unique: {uids:?}");
    assert_eq!(uids[0], "20231219-01@livret");
    assert_eq!(uids[2], "20231219-03@livret");
}

#[test]
fn the_first_event_is_at_the_right_instant() {
    let ics = ics_of(&seed());
    let (_, events) = calendar(&ics);
    let first = &events[0];
    // 9h30 in Paris in December (UTC+1).
    assert_eq!(value(first, "DTSTART"), "20231219T083000Z");
    assert_eq!(value(first, "DTEND"), "20231219T090000Z");
    assert_eq!(value(first, "SUMMARY"), "Accueil des participant·es");
    assert_eq!(
        value(first, "LOCATION"),
        "Salle Henaff, Bourse du travail, 85\u{A0}rue Charlot, 75003\u{A0}Paris",
        "room, venue, street, town"
    );
    let plenary = &events[2];
    assert_eq!(value(plenary, "SUMMARY"), "Plénière 1 — L\u{2019}intelligence artificielle pour les nul·les");
    assert_eq!(get(plenary, "SUMMARY").params, vec![("LANGUAGE".to_owned(), "fr-FR".to_owned())]);
    let organizer = get(plenary, "ORGANIZER");
    assert_eq!(organizer.value, "mailto:contact@solidaires.org");
    assert_eq!(organizer.params, vec![("CN".to_owned(), "Union syndicale Solidaires".to_owned())]);
}

#[test]
fn uids_survive_edits_of_titles_and_speakers() {
    let seed = seed();
    let edited = seed
        .replace("L'intelligence artificielle pour les nul·les", "L'IA expliquée à toutes et tous")
        .replace("{ name = \"Célia Izoard\", role = \"autrice et journaliste\" }", "\"Jeanne Autre\"");
    assert_ne!(seed, edited);
    let uids = |ics: &str| calendar(ics).1.iter().map(|e| value(e, "UID")).collect::<Vec<_>>();
    let summaries = |ics: &str| calendar(ics).1.iter().map(|e| value(e, "SUMMARY")).collect::<Vec<_>>();
    let (a, b) = (ics_of(&seed), ics_of(&edited));
    assert_eq!(uids(&a), uids(&b));
    assert_ne!(summaries(&a), summaries(&b));
    assert!(value(&calendar(&b).1[2], "DESCRIPTION").contains("Jeanne Autre"));
    // A slot's id is its UID.
    let colloque = ics_of(&read("tests/programmes/colloque-universitaire.toml"));
    assert!(uids(&colloque).contains(&"session-1@livret".to_owned()), "{:?}", uids(&colloque));
}

#[test]
fn long_french_descriptions_are_folded_and_unfold_whole() {
    let ics = ics_of(&seed());
    for l in physical(&ics) {
        assert!(l.len() <= 75, "{} octets: {l:?}", l.len());
    }
    assert!(physical(&ics).iter().filter(|l| l.starts_with(' ')).count() > 20, "long lines are folded");
    let (_, events) = calendar(&ics);
    let d = value(&events[2], "DESCRIPTION");
    let typo = livret::testing::text::french::typographic;
    let first = typo(
        "Cette première plénière a pour objectif d'harmoniser le niveau de connaissance des camarades présent.es et de lancer les débats des deux journées.",
    );
    let second_starts = typo("Il s'agira dans un premier temps");
    assert!(d.starts_with(&format!("Plénière 1\n\n{first}\n\n{second_starts}")), "{d}");
    assert!(d.contains(&typo("algorithmes, big data, machine learning...")), "{d}");
    assert!(d.ends_with("Les intervenant·es\u{A0}:\n– Célia Izoard, autrice et journaliste\n– Caroline Lequesne-Roth, universitaire\n– Eric Sadin, écrivain et philosophe"), "{d}");
    // The workshops are in their slot's description, with guests.
    let workshops = &events[4];
    let d = value(workshops, "DESCRIPTION");
    assert!(d.contains("Atelier 1 — Libertés publiques en danger"), "{d}");
    assert!(d.contains("Intervenant éclairage\u{A0}: Michel Héry, INRS"), "{d}");
    assert!(d.contains("Intervenant éclairage\u{A0}: à confirmer"), "{d}");
    // Every physical line of every programme stays within 75 octets.
    for rel in PROGRAMMES {
        for l in physical(&ics_of(&read(rel))) {
            assert!(l.len() <= 75, "{rel}: {} octets: {l:?}", l.len());
        }
    }
}

#[test]
fn the_same_file_gives_the_same_bytes() {
    for rel in PROGRAMMES {
        let src = read(rel);
        assert_eq!(ics_of(&src), ics_of(&src), "{rel}");
        let (a, b) = (load(&src), load(&src));
        for f in [Format::Text, Format::Markdown] {
            assert_eq!(export::export(&a, f), export::export(&b, f), "{rel} {f:?}");
        }
    }
}

#[test]
fn stamps_summer_time_and_other_zones() {
    // [event] updated, a local time in Paris in May (UTC+2).
    let ics = ics_of(&read("tests/programmes/journee-intersyndicale.toml"));
    let (_, events) = calendar(&ics);
    assert_eq!(value(&events[0], "DTSTAMP"), "20240513T194000Z");
    // Summer in London (UTC+1).
    let src = read("tests/programmes/summer-school.toml");
    let p = load(&src);
    let ics = export::export(&p, Format::Ics);
    let (head, events) = calendar(&ics);
    assert_eq!(value(&head, "PRODID"), format!("-//livret//livret {}//EN", env!("CARGO_PKG_VERSION")));
    let d = p.days[0].date;
    let s = p.days[0].slots[0].start;
    let utc = format!("{:04}{:02}{:02}T{:02}{:02}00Z", d.year, d.month, d.day, s.hour() - 1, s.minute());
    assert_eq!(value(&events[0], "DTSTART"), utc);
    // A zone out of the table: floating local times.
    let floating = MINIMAL.replace("[event]\n", "[event]\ntimezone = \"America/New_York\"\n");
    let (head, events) = calendar(&ics_of(&floating));
    assert_eq!(value(&head, "X-WR-TIMEZONE"), "America/New_York");
    assert_eq!(value(&events[0], "DTSTART"), "20240312T093000");
    assert_eq!(value(&events[0], "DTEND"), "20240312T100000");
    // Summer time in Paris.
    let july = MINIMAL.replace("2024-03-12", "2024-07-12");
    assert_eq!(value(&calendar(&ics_of(&july)).1[0], "DTSTART"), "20240712T073000Z");
}

#[test]
fn a_slot_without_end_lasts_until_the_next_one_or_an_hour() {
    let src = r#"[event]
title = "Sans fins"

[[day]]
date = 2024-03-12

[[day.slot]]
start = "9h30"
title = "Accueil"

[[day.slot]]
start = "10h15"
title = "Ouverture"

[[day.slot]]
start = "23h30"
title = "Fin de soirée, tard ; vraiment"
"#;
    let (_, events) = calendar(&ics_of(src));
    let ends: Vec<String> = events.iter().map(|e| value(e, "DTEND")).collect();
    assert_eq!(ends, ["20240312T091500Z", "20240312T223000Z", "20240312T233000Z"]);
    // `,` and `;` are escaped (unescape checks it) and read back.
    assert_eq!(value(&events[2], "SUMMARY"), "Fin de soirée, tard\u{202F}; vraiment");
}

/// Text with every run of white space (ordinary spaces and line breaks)
/// made one space: what is left once the wrapping is undone.
fn unwrapped(s: &str) -> String {
    s.split([' ', '\n']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn typographic(lang: Language, s: &str) -> String {
    match lang {
        Language::French => livret::testing::text::french::typographic(s),
        Language::English => s.to_owned(),
    }
}

#[test]
fn the_seed_as_text() {
    let text = export::export(&load(&seed()), Format::Text);
    golden("export-seed", &text);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Journées intelligence artificielle");
    assert!(text.contains("\nMardi 19 décembre\n-----------------\n"), "{text}");
    assert!(text.contains("\n10h30–12h     Plénière 1 — L\u{2019}intelligence artificielle pour les nul·les\n"));
    assert!(text.contains("Tél.\u{A0}01 58 39 30 20"));
    assert!(text.contains("contact@solidaires.org"));
}

#[test]
fn every_programme_as_text_fits_and_has_every_title() {
    for rel in PROGRAMMES {
        let p = load(&read(rel));
        let text = export::export(&p, Format::Text);
        for (i, l) in text.lines().enumerate() {
            let n = l.chars().count();
            assert!(n <= 78, "{rel}:{}: {n} columns: {l:?}", i + 1);
            assert!(!l.ends_with(' '), "{rel}:{}: trailing space", i + 1);
        }
        let flat = unwrapped(&text);
        for day in &p.days {
            for slot in &day.slots {
                let title = unwrapped(&typographic(slot.lang, &slot.title));
                assert!(flat.contains(&title), "{rel}: no slot title {title:?}");
                for w in &slot.workshops {
                    let title = unwrapped(&typographic(w.lang, &w.title));
                    assert!(flat.contains(&title), "{rel}: no workshop title {title:?}");
                }
            }
        }
    }
}

#[test]
fn markdown_smoke() {
    let md = export::export(&load(&seed()), Format::Markdown);
    assert!(md.starts_with("# Journées intelligence artificielle\n"), "{md}");
    assert!(md.contains("\n## Mardi 19 décembre\n"));
    assert!(md.contains("\n## Mercredi 20 décembre\n"));
    assert!(
        md.contains("\n**10h30–12h · Plénière 1 — L\u{2019}intelligence artificielle pour les nul·les**\n"),
        "{md}"
    );
    assert!(md.contains("\n- Célia Izoard, autrice et journaliste\n"));
    assert!(md.contains("\n* **Atelier 1 — Libertés publiques en danger**\\\n"), "{md}");
    assert!(md.contains("*Cette première journée se conclura par un moment convivial à la suite des débats.*"));
    assert!(md.contains("<contact@solidaires.org>"));
    for rel in PROGRAMMES {
        let p = load(&read(rel));
        let md = export::export(&p, Format::Markdown);
        assert!(md.ends_with('\n') && !md.ends_with("\n\n"), "{rel}");
        assert_eq!(
            md.matches("\n## ").count(),
            p.days.len() + usize::from(p.venue.is_some()) + usize::from(!p.organisers.is_empty()),
            "{rel}"
        );
    }
}

/// Not a check: prints an export, to look at it.
/// `LIVRET_EXPORT=tests/programmes/summer-school.toml LIVRET_FORMAT=md
/// cargo test --test suite print_an_export -- --ignored --nocapture`
/// (format `ics`, `text` or `md`; default the seed as text).
#[test]
#[ignore]
fn print_an_export() {
    let rel = std::env::var("LIVRET_EXPORT").unwrap_or_else(|_| "programme.toml".to_owned());
    let format = match std::env::var("LIVRET_FORMAT").as_deref() {
        Ok("ics") => Format::Ics,
        Ok("md") => Format::Markdown,
        _ => Format::Text,
    };
    print!("{}", export::export(&load(&read(&rel)), format));
}
