//! A reproducible zip file: deflated entries in the order given, every one
//! with the same time, UTF-8 names, Unix modes (so that `unzip` on Linux
//! keeps them; Windows ignores them). No zip64: a download is far below
//! 4 GB. Written here, 80 lines over flate2 and crc32fast, rather than
//! through a zip crate whose options (encryption, seven compressors) a
//! download does not use.

use std::io::Write;

/// 2023-12-01 00:00 in MS-DOS form: the date ((year − 1980) << 9 | month
/// << 5 | day) and a time of 0.
const DOS_DATE: u16 = ((2023 - 1980) << 9) | (12 << 5) | 1;
const DOS_TIME: u16 = 0;
/// "Version needed to extract": 2.0 (deflate).
const VERSION: u16 = 20;
/// "Made by" Unix (3), so that the external attributes hold a mode.
const MADE_BY: u16 = (3 << 8) | VERSION;
/// Flag bit 11: names are UTF-8.
const UTF8: u16 = 1 << 11;

/// One entry: its path in the archive, its bytes, its Unix mode.
pub struct Entry<'a> {
    pub name: String,
    pub data: &'a [u8],
    pub mode: u32,
}

/// The bytes of a zip holding `entries`, in order.
pub fn write(entries: &[Entry]) -> std::io::Result<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    let mut central: Vec<u8> = Vec::new();
    for e in entries {
        let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(e.data)?;
        let packed = z.finish()?;
        let crc = crc32fast::hash(e.data);
        let size = |n: usize| u32::try_from(n).map_err(|_| std::io::Error::other("an entry over 4 GB"));
        let (csize, usize_) = (size(packed.len())?, size(e.data.len())?);
        let offset = size(out.len())?;
        let name = e.name.as_bytes();
        let name_len = u16::try_from(name.len()).map_err(|_| std::io::Error::other("a name too long"))?;
        // Local file header.
        put32(&mut out, 0x0403_4b50);
        for v in [VERSION, UTF8, 8, DOS_TIME, DOS_DATE] {
            put16(&mut out, v);
        }
        for v in [crc, csize, usize_] {
            put32(&mut out, v);
        }
        put16(&mut out, name_len);
        put16(&mut out, 0);
        out.extend_from_slice(name);
        out.extend_from_slice(&packed);
        // Its central directory record.
        put32(&mut central, 0x0201_4b50);
        for v in [MADE_BY, VERSION, UTF8, 8, DOS_TIME, DOS_DATE] {
            put16(&mut central, v);
        }
        for v in [crc, csize, usize_] {
            put32(&mut central, v);
        }
        for v in [name_len, 0, 0, 0, 0] {
            put16(&mut central, v);
        }
        put32(&mut central, (0o100_000 | e.mode) << 16);
        put32(&mut central, offset);
        central.extend_from_slice(name);
    }
    let count = u16::try_from(entries.len()).map_err(|_| std::io::Error::other("too many entries"))?;
    let cd_offset = u32::try_from(out.len()).map_err(|_| std::io::Error::other("over 4 GB"))?;
    let cd_size = u32::try_from(central.len()).map_err(|_| std::io::Error::other("over 4 GB"))?;
    out.extend_from_slice(&central);
    // End of central directory.
    put32(&mut out, 0x0605_4b50);
    for v in [0, 0, count, count] {
        put16(&mut out, v);
    }
    put32(&mut out, cd_size);
    put32(&mut out, cd_offset);
    put16(&mut out, 0);
    Ok(out)
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}
