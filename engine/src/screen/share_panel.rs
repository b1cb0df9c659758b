//! The counter's share panel (issue 14): the words around the QR code the
//! customer scans at the counter, the copied link and the system share
//! sheet, for one proposal. The link itself is `share::encode`'s; these are
//! only its words, and the rep is named only when the rep's name is known
//! (a link taken before it is typed never says "营业员： ·").
use crate::optimize::Alternative;
use crate::screen::figures::card_figures;
use crate::text::{Lang, Text};
use crate::Catalog;

/// What the panel and the share sheet say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharePanel {
    /// The panel's heading: which proposal the link opens.
    pub heading: Text,
    /// The share sheet's title.
    pub share_title: Text,
    /// The share sheet's message: the proposal, its saving a month (the
    /// card's figure) and, when known, the rep.
    pub share_text: Text,
    /// "营业员：王丽 138…" when the rep's name or phone is known; `None`
    /// otherwise (nothing to say, and never an empty "营业员：").
    pub rep: Option<Text>,
}

/// The panel of `a`, shared by the rep `rep_name` (`rep_phone`), blank
/// when not typed yet.
pub fn share_panel(
    catalog: &Catalog,
    a: &Alternative,
    rep_name: &str,
    rep_phone: &str,
) -> SharePanel {
    let title = &a.title;
    let saving = card_figures(catalog, a).average_saving;
    let who = [rep_name.trim(), rep_phone.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let rep = (!who.is_empty()).then(|| {
        Text::new(
            format!("营业员{}{who}", Lang::ZhCn.colon()),
            format!("Your rep{}{who}", Lang::En.colon()),
        )
    });
    let money = |lang| saving.amount.format(lang);
    let mut share_text = Text::new(
        format!(
            "为您推荐“{}”，{} {}。打开链接可自己核对用量和费用。",
            title.zh,
            saving.label.zh,
            money(Lang::ZhCn)
        ),
        format!(
            "Proposed for you: “{}”. {}: {}. Open the link to check your usage and costs yourself.",
            title.en,
            saving.label.en,
            money(Lang::En)
        ),
    );
    if let Some(r) = &rep {
        share_text = Text::new(
            format!("{}（{}）", share_text.zh, r.zh),
            format!("{} ({})", share_text.en, r.en),
        );
    }
    SharePanel {
        heading: Text::new(
            format!("发给客户：{}", title.zh),
            format!("Send to the customer: {}", title.en),
        ),
        share_title: Text::new(
            format!("资费建议：{}", title.zh),
            format!("Your proposal: {}", title.en),
        ),
        share_text,
        rep,
    }
}
