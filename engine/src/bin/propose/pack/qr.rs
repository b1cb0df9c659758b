//! The share link's QR code as inline SVG: one path of the dark modules,
//! the quiet zone of 4 modules, medium error correction (as the app draws
//! it, `src/components/qr_code.rs`). Without the engine's `pack` feature
//! there is no QR crate and the proposal shows the link alone.
use super::page::esc;

/// The `<svg>` of `data`, labelled `label`; empty when it cannot be encoded.
#[cfg(feature = "pack")]
pub fn svg(data: &str, label: &str) -> String {
    use qrcode::{Color, EcLevel, QrCode};
    let Ok(code) = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M) else {
        return String::new();
    };
    let width = code.width();
    let mut d = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            d.push_str(&format!("M{} {}h1v1h-1z", i % width, i / width));
        }
    }
    let side = width + 8;
    format!(
        "<svg class=\"qr-code\" viewBox=\"-4 -4 {side} {side}\" role=\"img\" aria-label=\"{}\" \
shape-rendering=\"crispEdges\" xmlns=\"http://www.w3.org/2000/svg\" data-width=\"{width}\">\
<rect x=\"-4\" y=\"-4\" width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{d}\" fill=\"#000\"/></svg>",
        esc(label)
    )
}

#[cfg(not(feature = "pack"))]
pub fn svg(_data: &str, _label: &str) -> String {
    String::new()
}
