//! Drawing for the photocopy edition, where every colour is a grey level
//! (DeviceGray): an SVG logo's shapes filled with the grey of their
//! colour, and raster logos re-encoded as grey PNGs. A photocopier then
//! uses black toner only, and the logo still reads.

use krilla::color::luma;
use krilla::geom::{Path, PathBuilder, Transform};
use krilla::image::Image;
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use usvg::tiny_skia_path::PathSegment;

use crate::model::Rgb;

/// The grey of a colour (Rec. 601 luma, as photocopiers see it).
pub fn level(c: Rgb) -> u8 {
    let l = 0.299 * f32::from(c.0) + 0.587 * f32::from(c.1) + 0.114 * f32::from(c.2);
    l.round().clamp(0.0, 255.0) as u8
}

/// A fill in the grey of `c`.
pub fn fill(c: Rgb) -> Fill {
    Fill { paint: luma::Color::new(level(c)).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

/// Draw an SVG tree scaled to `w` × `h` in greys.
pub fn draw_svg(surface: &mut Surface, tree: &usvg::Tree, w: f32, h: f32) {
    let size = tree.size();
    surface.push_transform(&Transform::from_scale(w / size.width(), h / size.height()));
    group(surface, tree.root());
    surface.pop();
}

fn group(surface: &mut Surface, g: &usvg::Group) {
    for node in g.children() {
        match node {
            usvg::Node::Group(g) => group(surface, g),
            usvg::Node::Path(p) => path(surface, p),
            usvg::Node::Text(t) => group(surface, t.flattened()),
            // Pictures inside a logo are left out of the grey edition.
            usvg::Node::Image(_) => {}
        }
    }
}

fn path(surface: &mut Surface, p: &usvg::Path) {
    if !p.is_visible() {
        return;
    }
    let Some(data) = krilla_path(p.data()) else {
        return;
    };
    let t = p.abs_transform();
    surface.push_transform(&Transform::from_row(t.sx, t.ky, t.kx, t.sy, t.tx, t.ty));
    let fill = p.fill().map(|f| Fill {
        paint: luma::Color::new(paint_level(f.paint())).into(),
        opacity: NormalizedF32::new(f.opacity().get()).unwrap_or(NormalizedF32::ONE),
        rule: Default::default(),
    });
    let stroke = p.stroke().map(|s| Stroke {
        paint: luma::Color::new(paint_level(s.paint())).into(),
        width: s.width().get(),
        opacity: NormalizedF32::new(s.opacity().get()).unwrap_or(NormalizedF32::ONE),
        ..Stroke::default()
    });
    if fill.is_some() || stroke.is_some() {
        surface.set_fill(fill);
        surface.set_stroke(stroke);
        surface.draw_path(&data);
        surface.set_stroke(None);
    }
    surface.pop();
}

/// The grey of a paint: a gradient's mean colour, a pattern's mid grey.
fn paint_level(p: &usvg::Paint) -> u8 {
    let rgb = |c: usvg::Color| Rgb(c.red, c.green, c.blue);
    let mean = |stops: &[usvg::Stop]| {
        if stops.is_empty() {
            return 128;
        }
        let sum: u32 = stops.iter().map(|s| u32::from(level(rgb(s.color())))).sum();
        (sum / stops.len() as u32) as u8
    };
    match p {
        usvg::Paint::Color(c) => level(rgb(*c)),
        usvg::Paint::LinearGradient(g) => mean(g.stops()),
        usvg::Paint::RadialGradient(g) => mean(g.stops()),
        usvg::Paint::Pattern(_) => 128,
    }
}

fn krilla_path(data: &usvg::tiny_skia_path::Path) -> Option<Path> {
    let mut pb = PathBuilder::new();
    for seg in data.segments() {
        match seg {
            PathSegment::MoveTo(p) => pb.move_to(p.x, p.y),
            PathSegment::LineTo(p) => pb.line_to(p.x, p.y),
            PathSegment::QuadTo(a, b) => pb.quad_to(a.x, a.y, b.x, b.y),
            PathSegment::CubicTo(a, b, c) => pb.cubic_to(a.x, a.y, b.x, b.y, c.x, c.y),
            PathSegment::Close => pb.close(),
        }
    }
    pb.finish()
}

/// A raster logo as a grey PNG with its transparency, for krilla.
pub fn image(rgba: &[u8], w: u32, h: u32) -> Option<Image> {
    let ga: Vec<u8> = rgba.chunks_exact(4).flat_map(|p| [level(Rgb(p[0], p[1], p[2])), p[3]]).collect();
    let mut png_bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png_bytes, w, h);
        enc.set_color(png::ColorType::GrayscaleAlpha);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().ok()?;
        writer.write_image_data(&ga).ok()?;
    }
    Image::from_png(png_bytes.into(), super::raster::INTERPOLATE).ok()
}
