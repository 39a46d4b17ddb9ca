//! Two byte-level fixes to the finished file, for validators and readers.
//!
//! krilla writes `/Suspects false` in the catalog's `/MarkInfo`. PDF/UA
//! allows it, but poppler expects the key only in damaged files and every
//! poppler tool prints "Syntax Error: Suspects object is wrong type" for
//! it. The entry is blanked out with spaces of the same length, so that no
//! offset moves.
//!
//! A stream's data is followed by `\nendstream`. When compressed data
//! happens to end with a carriage return (one stream in 256), a validator
//! reads `\r\n` as the end-of-line marker and finds the stream one byte
//! shorter than its `/Length` (PDF/A-2, 6.1.7.1). Adding a `\r` makes the
//! marker `\r\n` unambiguously, and the data keeps its length. The
//! cross-reference table's offsets after each insertion move with it.

/// The file with `/Suspects false` blanked out of the catalog's
/// `/MarkInfo`. Only the catalog (the trailer's `/Root` object, found
/// through the cross-reference table) is searched: the same bytes in a
/// title or a stream are the author's and stay.
pub fn drop_suspects(mut pdf: Vec<u8>) -> Vec<u8> {
    const ENTRY: &[u8] = b"/MarkInfo<</Marked true/Suspects false>>";
    const KEPT: &[u8] = b"/MarkInfo<</Marked true>>";
    let Some(catalog) = root_object(&pdf) else { return pdf };
    let end = find(&pdf[catalog.clone()], b"endobj").map_or(catalog.end, |i| catalog.start + i);
    if let Some(i) = find(&pdf[catalog.start..end], ENTRY).map(|i| i + catalog.start) {
        pdf[i..i + KEPT.len()].copy_from_slice(KEPT);
        pdf[i + KEPT.len()..i + ENTRY.len()].fill(b' ');
    }
    pdf
}

/// The byte range from the trailer's `/Root` object to the table.
fn root_object(pdf: &[u8]) -> Option<std::ops::Range<usize>> {
    let xref = rfind(pdf, b"\nxref\n")? + 1;
    let trailer = xref + find(&pdf[xref..], b"trailer")?;
    let root = trailer + find(&pdf[trailer..], b"/Root ")? + 6;
    let id: usize = std::str::from_utf8(&pdf[root..]).ok()?.split(' ').next()?.parse().ok()?;
    // Entries are 20 bytes each after the `first count` line; krilla
    // writes one subsection from object 0.
    let table = std::str::from_utf8(&pdf[xref..trailer]).ok()?;
    let mut lines = table.lines().skip(1);
    let first: usize = lines.next()?.split(' ').next()?.parse().ok()?;
    let entry = lines.nth(id.checked_sub(first)?)?;
    let offset: usize = entry.split(' ').next()?.parse().ok()?;
    (offset < xref).then_some(offset..xref)
}

/// The file with every stream that ends in `\r` given a `\r\n` marker.
pub fn disambiguate_stream_ends(pdf: Vec<u8>) -> Vec<u8> {
    const END: &[u8] = b"\nendstream";
    let inserts: Vec<usize> = memchr::memmem::find_iter(&pdf, END).filter(|&i| i > 0 && pdf[i - 1] == b'\r').collect();
    if inserts.is_empty() {
        return pdf;
    }
    let Some(xref) = rfind(&pdf, b"\nxref\n").map(|i| i + 1) else {
        return pdf;
    };
    let shift = |offset: usize| offset + inserts.iter().filter(|&&i| i < offset).count();
    let mut out = Vec::with_capacity(pdf.len() + inserts.len());
    let mut last = 0;
    for &i in &inserts {
        out.extend_from_slice(&pdf[last..i]);
        out.push(b'\r');
        last = i;
    }
    out.extend_from_slice(&pdf[last..xref]);
    // The table: `xref`, subsection headers `first count`, then entries
    // `0000012345 00000 n\r\n` (20 bytes), then the trailer.
    let rest = &pdf[xref..];
    let Ok(text) = std::str::from_utf8(rest) else {
        return pdf;
    };
    let mut fixed = String::with_capacity(text.len());
    let mut lines = text.split_inclusive('\n');
    let mut in_trailer = false;
    while let Some(line) = lines.next() {
        let bare = line.trim_end_matches(['\r', '\n']);
        if in_trailer {
            if bare == "startxref" {
                fixed.push_str(line);
                if let Some(n) = lines.next() {
                    let off: usize = n.trim().parse().unwrap_or(0);
                    fixed.push_str(&format!("{}\n", shift(off)));
                }
                continue;
            }
            fixed.push_str(line);
            continue;
        }
        let parts: Vec<&str> = bare.split(' ').collect();
        if parts.len() == 3 && parts[2] == "n" && parts[0].len() == 10 {
            let off: usize = parts[0].parse().unwrap_or(0);
            fixed.push_str(&format!("{:010} {} n{}", shift(off), parts[1], &line[bare.len()..]));
        } else {
            if bare.starts_with("trailer") {
                in_trailer = true;
            }
            fixed.push_str(line);
        }
    }
    out.extend_from_slice(fixed.as_bytes());
    out
}

// memchr's searchers, not `windows().position()`: the whole file is
// scanned on every build, and a byte-by-byte scan of the seed's 92 KB
// cost about 0.1 ms of a watch's rebuild.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(hay, needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_ending_in_cr_gets_a_crlf_marker_and_offsets_move() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<</Length 2>>\nstream\na\r\nendstream\nendobj\n2 0 obj\n1\nendobj\nxref\n0 3\n0000000000 65535 f\r\n0000000009 00000 n\r\n0000000060 00000 n\r\ntrailer\n<</Size 3>>\nstartxref\n70\n%%EOF".to_vec();
        let out = String::from_utf8(disambiguate_stream_ends(pdf)).unwrap();
        assert!(out.contains("stream\na\r\r\nendstream"), "{out}");
        assert!(out.contains("0000000009 00000 n\r\n0000000061 00000 n\r\n"), "{out}");
        assert!(out.ends_with("startxref\n71\n%%EOF"), "{out}");
    }

    #[test]
    fn suspects_is_blanked_in_the_catalog_only() {
        let catalog = b"1 0 obj\n<</Type/Catalog/MarkInfo<</Marked true/Suspects false>>>>\nendobj\n";
        let info = b"2 0 obj\n<</Title(/MarkInfo<</Marked true/Suspects false>>)>>\nendobj\n";
        let mut pdf = b"%PDF-1.7\n".to_vec();
        pdf.extend_from_slice(info);
        let at = pdf.len();
        pdf.extend_from_slice(catalog);
        let xref = format!(
            "xref\n0 3\n0000000000 65535 f\r\n{at:010} 00000 n\r\n0000000009 00000 n\r\ntrailer\n<</Size 3/Root 1 0 R/Info 2 0 R>>\nstartxref\n{}\n%%EOF",
            pdf.len()
        );
        pdf.extend_from_slice(xref.as_bytes());
        let out = drop_suspects(pdf.clone());
        assert_eq!(out.len(), pdf.len(), "no offset moves");
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("/Type/Catalog/MarkInfo<</Marked true>>               >>"), "{text}");
        assert!(text.contains("/Title(/MarkInfo<</Marked true/Suspects false>>)"), "the title is the author's: {text}");
    }

    #[test]
    fn other_files_are_untouched() {
        let pdf = b"%PDF-1.7\nstream\nab\nendstream\nxref\n0 1\ntrailer\nstartxref\n5\n%%EOF".to_vec();
        assert_eq!(disambiguate_stream_ends(pdf.clone()), pdf);
    }
}
