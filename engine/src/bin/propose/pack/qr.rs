//! The share link's QR code as inline SVG: one path of the dark modules,
//! the quiet zone of 4 modules, medium error correction (as the app draws
//! it, `src/components/qr_code.rs`), with one fixed mask pattern: choosing
//! the best of the eight (`QrCode::new`) scores every mask and took 40% of
//! a pack's time; any mask is a valid code that every reader reads (the
//! test reads each one back). Without the engine's `pack` feature there is
//! no QR crate and the proposal shows the link alone.

/// The `<svg>` of `data`, labelled `label`; empty when it cannot be encoded.
#[cfg(feature = "pack")]
pub fn svg(data: &str, label: &str) -> String {
    use qrcode::canvas::{Canvas, MaskPattern};
    use qrcode::{bits, ec, Color, EcLevel};
    let level = EcLevel::M;
    let Ok(bits) = bits::encode_auto(data.as_bytes(), level) else {
        return String::new();
    };
    let version = bits.version();
    let Ok((data_words, ec_words)) = ec::construct_codewords(&bits.into_bytes(), version, level)
    else {
        return String::new();
    };
    let mut canvas = Canvas::new(version, level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data_words, &ec_words);
    canvas.apply_mask(MaskPattern::Checkerboard);
    let width = usize::try_from(version.width()).unwrap_or(0);
    let mut d = String::with_capacity(width * width * 6);
    for (i, color) in canvas.into_colors().into_iter().enumerate() {
        if color == Color::Dark {
            d.push_str(&format!("M{} {}h1v1h-1z", i % width, i / width));
        }
    }
    let side = width + 8;
    format!(
        "<svg class=\"qr-code\" viewBox=\"-4 -4 {side} {side}\" role=\"img\" aria-label=\"{}\" \
shape-rendering=\"crispEdges\" xmlns=\"http://www.w3.org/2000/svg\" data-width=\"{width}\">\
<rect x=\"-4\" y=\"-4\" width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{d}\" fill=\"#000\"/></svg>",
        super::page::esc(label)
    )
}

#[cfg(not(feature = "pack"))]
pub fn svg(_data: &str, _label: &str) -> String {
    String::new()
}
