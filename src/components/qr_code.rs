//! A QR code drawn by the app as one SVG path (no image, no raw HTML, no
//! network): the link that reopens a proposal on the customer's phone.
use qrcode::{Color, EcLevel, QrCode};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// What the code encodes (a URL).
    pub data: AttrValue,
    /// Accessible name, e.g. "scan to open this proposal".
    pub label: AttrValue,
}

/// The SVG path of the dark modules, and the code's width in modules.
/// Medium error correction: scannable from paper after a fold or smudge.
pub fn qr_path(data: &str) -> Option<(String, usize)> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let mut d = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            d.push_str(&format!("M{} {}h1v1h-1z", i % width, i / width));
        }
    }
    Some((d, width))
}

/// A square QR code with the quiet zone the standard asks for (4 modules).
#[component]
pub fn QrCodeImage(props: &QrCodeProps) -> Html {
    let Some((d, width)) = qr_path(&props.data) else {
        return html! {};
    };
    let view = format!("-4 -4 {0} {0}", width + 8);
    html! {
        <svg class="qr-code" viewBox={view} role="img" aria-label={props.label.clone()}
            shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
            <rect x="-4" y="-4" width={(width + 8).to_string()} height={(width + 8).to_string()} fill="#fff" />
            <path d={d} fill="#000" />
        </svg>
    }
}
