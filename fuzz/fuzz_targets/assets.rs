//! Any bytes as a logo (PNG, JPEG or SVG) or as a font, built into a
//! minimal programme's PDF: decoding, limits, subsetting and embedding.
//! The first byte chooses the kind; the rest is the file, written to a
//! folder of this process and named in the programme as a user would.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Real logos are under 1 MB; larger inputs only slow the fuzzer down.
const MAX_LEN: usize = 1024 * 1024;

const MINIMAL: &str = "[event]\ntitle = \"Journée\"\n\n[[day]]\ndate = 2024-03-12\n\n[[day.slot]]\nstart = \"9h30\"\ntitle = \"Accueil\"\n";

fuzz_target!(|data: &[u8]| {
    let Some((&kind, file)) = data.split_first() else { return };
    if file.len() > MAX_LEN {
        return;
    }
    let dir = std::env::temp_dir().join(format!("livret-fuzz-assets-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let (name, src) = match kind % 4 {
        0 => ("logo.png", format!("{MINIMAL}\n[[organiser]]\nname = \"S\"\nlogo = \"logo.png\"\n")),
        1 => ("logo.jpg", format!("{MINIMAL}\n[[organiser]]\nname = \"S\"\nlogo = \"logo.jpg\"\n")),
        2 => ("logo.svg", format!("{MINIMAL}\n[[organiser]]\nname = \"S\"\nlogo = \"logo.svg\"\n")),
        _ => ("font.otf", format!("{MINIMAL}\n[theme]\nbody_font = \"font.otf\"\n")),
    };
    if std::fs::write(dir.join(name), file).is_err() {
        return;
    }
    let _ = livret::build(&src, &dir, &livret::Options::default());
});
