//! Validating the days: each day, its slots in order, their workshops,
//! the people, times, dates, languages and ids.

use crate::source::Spanned;

use super::*;

impl Validator<'_> {
    pub(super) fn days(
        &mut self,
        raw: Option<Spanned<Vec<Spanned<RawDay>>>>,
        lang: Language,
        labels: &Labels,
    ) -> Option<Vec<Day>> {
        let Some(raw) = raw.filter(|d| !d.get_ref().is_empty()) else {
            self.out.push(
                Diagnostic::error("day.none", "the programme has no day")
                    .with_key("day")
                    .with_expected("at least one [[day]] with a date and a [[day.slot]]")
                    .with_hint(
                        "add:\n[[day]]\ndate = 2023-12-19\n\n[[day.slot]]\nstart = \"9h30\"\ntitle = \"Accueil\"",
                    ),
            );
            return None;
        };
        let mut days = Vec::new();
        let mut ok = true;
        let mut prev: Option<(Date, std::ops::Range<usize>)> = None;
        for (i, d) in raw.into_inner().into_iter().enumerate() {
            // Point order problems at the date itself when there is one.
            let span = d.get_ref().date.as_ref().map_or(d.span(), |v| v.span());
            match self.day(i + 1, d, lang, labels) {
                Some(day) => {
                    if let Some((p, _)) = &prev
                        && day.date <= *p
                    {
                        let msg = if day.date == *p {
                            "this date is already used by the day before"
                        } else {
                            "days must be in date order: this day comes before the previous one"
                        };
                        self.error("day.order", span.clone(), &format!("day[{}].date", i + 1), msg);
                        ok = false;
                    }
                    prev = Some((day.date, span));
                    days.push(day);
                }
                None => ok = false,
            }
        }
        ok.then_some(days)
    }

    pub(super) fn day(&mut self, n: usize, d: Spanned<RawDay>, lang: Language, labels: &Labels) -> Option<Day> {
        let span = d.span();
        let d = d.into_inner();
        let key = format!("day[{n}]");
        let date = match d.date {
            None => {
                let e =
                    self.error("day.no-date", span.start..span.start, &format!("{key}.date"), "this day has no `date`");
                *e = e.clone().with_expected("a date such as date = 2023-12-19");
                None
            }
            Some(v) => self.date(v, &format!("{key}.date")),
        };
        let mut slots = Vec::new();
        let mut ok = true;
        match d.slot.filter(|s| !s.get_ref().is_empty()) {
            None => {
                let e =
                    self.error("day.no-slot", span.start..span.start, &format!("{key}.slot"), "this day has no slot");
                *e = e.clone().with_expected("at least one [[day.slot]] after the [[day]] line");
                ok = false;
            }
            Some(list) => {
                for (j, s) in list.into_inner().into_iter().enumerate() {
                    let key = format!("{key}.slot[{}]", j + 1);
                    let span = s.get_ref().start.as_ref().map_or(s.span(), |v| v.span());
                    match self.slot(&key, s, lang, labels) {
                        Some(slot) => slots.push((slot, span)),
                        None => ok = false,
                    }
                }
            }
        }
        self.check_slot_order(&key, &slots);
        Some(Day {
            date: date?,
            title: self.line(d.title, || format!("{key}.title")),
            note: self.rich(d.note, &format!("{key}.note")),
            slots: ok.then(|| slots.into_iter().map(|(s, _)| s).collect())?,
        })
    }

    /// Out-of-order and overlapping slots are legal (a programme may list a
    /// parallel event), so they are warnings, not errors.
    pub(super) fn check_slot_order(&mut self, key: &str, slots: &[(Slot, std::ops::Range<usize>)]) {
        for (j, w) in slots.windows(2).enumerate() {
            let (a, b) = (&w[0].0, &w[1].0);
            let k = format!("{key}.slot[{}].start", j + 2);
            if b.start < a.start {
                self.warn(
                    "slot.order",
                    w[1].1.clone(),
                    &k,
                    "this slot starts before the previous one: slots are usually listed in time order",
                );
            } else if a.end.is_some_and(|e| b.start < e) {
                self.warn("slot.overlap", w[1].1.clone(), &k, "this slot starts before the previous one ends");
            }
        }
    }

    pub(super) fn slot(
        &mut self,
        key: &str,
        s: Spanned<RawSlot>,
        event_lang: Language,
        labels: &Labels,
    ) -> Option<Slot> {
        let span = s.span();
        let s = s.into_inner();
        let at = span.start..span.start;
        let start = match s.start {
            None => {
                let e = self.error("slot.no-start", at.clone(), &format!("{key}.start"), "this slot has no start time");
                *e = e.clone().with_expected("start = \"9h30\"").with_hint(TIME_HINT);
                None
            }
            Some(v) => self.time(v, &format!("{key}.start")),
        };
        let end = self.end(s.end, start, key);
        let kind = match s.kind {
            None => Some(SlotKind::Other),
            Some(k) => match SlotKind::from_name(k.get_ref().trim()) {
                Some(kind) => Some(kind),
                None => {
                    let msg = format!("unknown slot kind \"{}\"", k.get_ref());
                    let d = self.error("slot.kind-unknown", k.span(), &format!("{key}.kind"), msg);
                    *d = d
                        .clone()
                        .with_expected(format!("one of: {}", SlotKind::NAMES.join(", ")))
                        .with_arg("value", k.get_ref().clone())
                        .with_arg("names", SlotKind::NAMES.join(", "));
                    None
                }
            },
        };
        let titled = s.title.as_ref().is_some_and(|t| !t.get_ref().trim().is_empty());
        let title = if !titled && !s.workshop.is_empty() && s.title.is_none() {
            Some(labels.parallel.clone())
        } else {
            self.required(s.title, at, &format!("{key}.title"), "the slot's title, e.g. title = \"Pause repas\"")
        };
        let lang = self.lang(s.lang, event_lang, &format!("{key}.lang"));
        let moderator = s.moderator.map(|m| self.person(m, &format!("{key}.moderator")));
        let id = self.id(s.id, &format!("{key}.id"));
        let speakers = self.speakers(s.speakers, key);
        let workshops: Vec<Option<Workshop>> = s
            .workshop
            .into_iter()
            .enumerate()
            .map(|(i, w)| self.workshop(w, &format!("{key}.workshop[{}]", i + 1), lang, (start, end.flatten())))
            .collect();
        Some(Slot {
            start: start?,
            end: end?,
            kind: kind?,
            label: self.line(s.label, || format!("{key}.label")),
            title: title?,
            titled,
            moderator: moderator.map_or(Some(None), |m| m.map(Some))?,
            lang: lang?,
            description: self.rich(s.description, &format!("{key}.description")),
            speakers: speakers.into_iter().collect::<Option<_>>()?,
            room: self.line(s.room, || format!("{key}.room")),
            id: id?,
            workshops: workshops.into_iter().collect::<Option<_>>()?,
        })
    }

    /// An end time, after `start`; `Some(None)` when not given, `None`
    /// when wrong.
    pub(super) fn end(
        &mut self,
        v: Option<Spanned<toml::Value>>,
        start: Option<Time>,
        key: &str,
    ) -> Option<Option<Time>> {
        let v = match v {
            None => return Some(None),
            Some(v) => v,
        };
        let vspan = v.span();
        match (self.time(v, &format!("{key}.end")), start) {
            (Some(e), Some(st)) if e <= st => {
                let d = self.error(
                    "slot.ends-before-start",
                    vspan,
                    &format!("{key}.end"),
                    format!(
                        "this ends ({}) before it starts ({})",
                        e.format(TimeStyle::Compact),
                        st.format(TimeStyle::Compact)
                    ),
                );
                *d = d
                    .clone()
                    .with_expected("an end time after the start time")
                    .with_arg("end", e.format(TimeStyle::Compact))
                    .with_arg("start", st.format(TimeStyle::Compact));
                None
            }
            (Some(e), _) => Some(Some(e)),
            (None, _) => None,
        }
    }

    /// A `lang` key: `"fr"` or `"en"`, defaulting to the enclosing one.
    pub(super) fn lang(&mut self, l: Option<Str>, default: Language, key: &str) -> Option<Language> {
        let Some(l) = l else {
            return Some(default);
        };
        match l.get_ref().trim() {
            "fr" => Some(Language::French),
            "en" => Some(Language::English),
            other => {
                let msg = format!("unknown language \"{other}\"");
                let d = self.error("language.unknown", l.span(), key, msg);
                *d = d.clone().with_expected("\"fr\" or \"en\"");
                None
            }
        }
    }

    /// An `id` key: letters, digits and `-`, unique in the file.
    pub(super) fn id(&mut self, id: Option<Str>, key: &str) -> Option<Option<String>> {
        let Some(id) = id else {
            return Some(None);
        };
        let s = id.get_ref().trim().to_owned();
        if s.is_empty() || !s.chars().all(|c| c.is_alphanumeric() || c == '-') {
            let msg = format!("\"{s}\" is not a valid id");
            let d = self.error("id.invalid", id.span(), key, msg);
            *d = d
                .clone()
                .with_expected("letters, digits and -, e.g. id = \"atelier-ia-2\"")
                .with_arg("value", s.clone());
            return None;
        }
        if self.ids.contains(&s) {
            let msg = format!("the id \"{s}\" is already used");
            let d = self.error("id.duplicate", id.span(), key, msg);
            *d = d.clone().with_expected("an id used once in the file").with_arg("value", s.clone());
            return None;
        }
        self.ids.insert(s.clone());
        Some(Some(s))
    }

    pub(super) fn workshop(
        &mut self,
        w: Spanned<RawWorkshop>,
        key: &str,
        slot_lang: Option<Language>,
        (slot_start, slot_end): (Option<Time>, Option<Time>),
    ) -> Option<Workshop> {
        let span = w.span();
        let w = w.into_inner();
        let title = self.required(w.title, span.start..span.start, &format!("{key}.title"), "the workshop's title");
        let guest = w.guest.map(|g| self.person(g, &format!("{key}.guest")));
        let moderator = w.moderator.map(|m| self.person(m, &format!("{key}.moderator")));
        let speakers = self.speakers(w.speakers, key);
        let start_span = w.start.as_ref().map(|v| v.span());
        let start = match w.start {
            None => Some(None),
            Some(v) => self.time(v, &format!("{key}.start")).map(Some),
        };
        let end_span = w.end.as_ref().map(|v| v.span());
        let end = self.end(w.end, start.flatten().or(slot_start), key);
        // A session's own times stay within its slot's span.
        let within = |me: &mut Self, t: Option<Time>, span: Option<std::ops::Range<usize>>, which: &str| {
            let (Some(t), Some(span), Some(s0)) = (t, span, slot_start) else {
                return true;
            };
            let after_end = slot_end.is_some_and(|e| t > e);
            if t < s0 || after_end {
                let msg = format!("this workshop's {which} time is outside its slot");
                let d = me.error("workshop.outside-slot", span, &format!("{key}.{which}"), msg);
                *d = d.clone().with_expected("a time within the slot's start and end").with_arg("which", which);
                return false;
            }
            true
        };
        let ok = within(self, start.flatten(), start_span, "start") & within(self, end.flatten(), end_span, "end");
        let lang = self.lang(w.lang, slot_lang.unwrap_or(Language::French), &format!("{key}.lang"));
        let id = self.id(w.id, &format!("{key}.id"));
        if !ok {
            return None;
        }
        Some(Workshop {
            title: title?,
            topics: self.line(w.topics, || format!("{key}.topics")),
            description: self.rich(w.description, &format!("{key}.description")),
            guest: guest.map_or(Some(None), |g| g.map(Some))?,
            speakers: speakers.into_iter().collect::<Option<_>>()?,
            moderator: moderator.map_or(Some(None), |m| m.map(Some))?,
            room: self.line(w.room, || format!("{key}.room")),
            start: start?,
            end: end?,
            label: self.line(w.label, || format!("{key}.label")),
            lang: lang?,
            id: id?,
        })
    }

    /// The `speakers` of the slot or workshop at `key`, each checked.
    fn speakers(&mut self, list: Vec<Spanned<RawPerson>>, key: &str) -> Vec<Option<Person>> {
        list.into_iter().enumerate().map(|(i, p)| self.person(p, &format!("{key}.speakers[{}]", i + 1))).collect()
    }

    pub(super) fn person(&mut self, p: Spanned<RawPerson>, key: &str) -> Option<Person> {
        let span = p.span();
        let p = p.into_inner();
        let tbc = p.tbc.unwrap_or(false);
        // Someone still to be found has no name yet: `{ tbc = true }`.
        if tbc && p.name.is_none() {
            self.warn("person.tbc-unnamed", span, key, "this person is still to be found (tbc = true)");
            let role = self.line(p.role, || format!("{key}.role"));
            return Some(Person { name: None, role, tbc });
        }
        let name = self.required(p.name, span.clone(), &format!("{key}.name"), "the person's name");
        if let Some(n) = &name
            && tbc
        {
            self.out.push(
                Diagnostic::warning("person.tbc", format!("{n} is not confirmed yet (tbc = true)"))
                    .with_span(span)
                    .with_key(key)
                    .with_arg("name", n.clone()),
            );
        }
        let role = self.line(p.role, || format!("{key}.role"));
        Some(Person { name: Some(name?), role, tbc })
    }

    pub(super) fn time(&mut self, v: Spanned<toml::Value>, key: &str) -> Option<Time> {
        let span = v.span();
        let parsed = match v.get_ref() {
            toml::Value::String(s) => Time::parse(s),
            toml::Value::Datetime(dt) if dt.date.is_none() && dt.offset.is_none() => {
                dt.time.and_then(|t| Time::from_hm(u16::from(t.hour), u16::from(t.minute)))
            }
            _ => None,
        };
        if parsed.is_none() {
            let shown = show(v.get_ref());
            let d = self.error("time.invalid", span, key, format!("{shown} is not a time of day"));
            *d = d.clone().with_expected("a time such as \"9h30\"").with_hint(TIME_HINT).with_arg("value", shown);
        }
        parsed
    }

    pub(super) fn date(&mut self, v: Spanned<toml::Value>, key: &str) -> Option<Date> {
        let span = v.span();
        let parsed = match v.get_ref() {
            toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                dt.date.and_then(|d| Date::new(i32::from(d.year), d.month, d.day))
            }
            _ => None,
        };
        if parsed.is_none() {
            let shown = show(v.get_ref());
            let d = self.error("date.invalid", span, key, format!("{shown} is not a valid date"));
            *d = d
                .clone()
                .with_expected("a date written year-month-day, without quotes: date = 2023-12-19")
                .with_arg("value", shown);
        }
        parsed
    }
}
