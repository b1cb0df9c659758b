//! The published tables on the host (`tables/current.json`, and each
//! version's own `tables/<version>.json`): whether a file the app fetched may
//! be priced with, which version the app prices with, and what a link made
//! under an earlier version says when it reopens at that version's prices.
//! Pure, so every tablet and phone decides the same way and it is tested
//! natively; the app only fetches the text and keeps the last good tables.
use crate::catalog::{fingerprint, validate_catalog, Catalog, CatalogRef};
use crate::date::Date;
use crate::text::Text;

/// Where the tables in use came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TablesSource {
    /// Loaded from the host's `tables/current.json` on this start.
    Host,
    /// Kept on this device from an earlier load, a publish or a tablet link.
    Device,
    /// The tables built into the app: none was ever loaded.
    BuiltIn,
}

/// The fetched file's verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostTables {
    /// Newer than (or a correction of the same version as) the tables in use:
    /// price with it and keep it for offline use.
    Adopt(Box<Catalog>),
    /// The same tables, or older ones (a manager's device that published a
    /// version not yet deployed): the tables in use stay.
    Keep,
    /// Damaged, foreign or failing validation: refused, with the reason; the
    /// last good tables stay in use.
    Refused(Text),
}

/// What the file states of itself beside the tables (read with the app's
/// own JSON reader): its fingerprint, when it states one.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
pub struct StatedFingerprint {
    #[serde(default)]
    pub fingerprint: Option<String>,
}

/// Whether `text`, fetched from `file` on the host, may replace `in_use`.
/// `read` parses tables and `stated` the stated fingerprint (the reps' app
/// passes the browser's JSON reader). Foreign means tables of another
/// operator's or another app's id: never adopted silently.
pub fn judge_host_file(
    file: &str,
    text: &str,
    in_use: &Catalog,
    read: fn(&str) -> Result<Catalog, String>,
    stated: fn(&str) -> Option<StatedFingerprint>,
) -> HostTables {
    let refused = |zh: String, en: String| HostTables::Refused(refusal(file, in_use, zh, en));
    let catalog = match read(text) {
        Ok(c) => c,
        Err(_) => {
            return refused(
                "文件已损坏或不是资费表".into(),
                "the file is damaged or is not package tables".into(),
            )
        }
    };
    if catalog.id != in_use.id {
        return refused(
            format!(
                "这是另一套资费表（编号 {}，应为 {}）",
                catalog.id, in_use.id
            ),
            format!(
                "these are other tables (id {}, expected {})",
                catalog.id, in_use.id
            ),
        );
    }
    if let Err(problems) = validate_catalog(&catalog) {
        let first = problems.first().map(|p| p.message.clone());
        let (zh, en) = first.map_or((String::new(), String::new()), |m| (m.zh, m.en));
        return refused(
            format!("未通过检查（{} 处问题，首个：{zh}）", problems.len()),
            format!(
                "it fails the checks ({} problems, the first: {en})",
                problems.len()
            ),
        );
    }
    let actual = fingerprint(&catalog);
    if let Some(s) = stated(text).and_then(|s| s.fingerprint) {
        if s != actual {
            return refused(
                format!("文件所写指纹 {s} 与内容 {actual} 不符：已被改动或损坏"),
                format!(
                    "it states fingerprint {s} but its content is {actual}: changed or damaged"
                ),
            );
        }
    }
    let newer = catalog.version > in_use.version;
    let correction = catalog.version == in_use.version && actual != fingerprint(in_use);
    if newer || correction {
        HostTables::Adopt(Box::new(catalog))
    } else {
        HostTables::Keep
    }
}

fn refusal(file: &str, in_use: &Catalog, zh: String, en: String) -> Text {
    Text::new(
        format!(
            "服务器上的价格表 {file} 未采用：{zh}。继续使用第 {} 版（{}）。",
            in_use.version, in_use.effective_from
        ),
        format!(
            "The price book {file} on the host was refused: {en}. Version {} ({}) stays in use.",
            in_use.version, in_use.effective_from
        ),
    )
}

/// "价格表第 3 版 · 2026-12-01 起执行": which tables the counter prices with,
/// and where they came from.
pub fn tables_in_use(catalog: &Catalog, source: TablesSource) -> Text {
    let (zh, en) = match source {
        TablesSource::Host => ("已从服务器更新", "loaded from the host"),
        TablesSource::Device => ("本机保存", "kept on this device"),
        TablesSource::BuiltIn => ("内置", "built in"),
    };
    Text::new(
        format!(
            "价格表第 {} 版 · {} 起执行 · {zh}",
            catalog.version, catalog.effective_from
        ),
        format!(
            "Price book version {} · effective {} · {en}",
            catalog.version, catalog.effective_from
        ),
    )
}

/// The file of a version on the host, relative to the app's page.
pub fn version_file(version: u32) -> String {
    format!("tables/{version}.json")
}

/// The published tables' file on the host, relative to the app's page.
pub const CURRENT_FILE: &str = "tables/current.json";

/// Whether `link` (a shared link's tables) is an earlier published version
/// than `current`, to be fetched from the host and reopened at its prices.
pub fn is_earlier_version(link: &CatalogRef, current: &Catalog) -> bool {
    link.id == current.id && link.version < current.version
}

/// Whether `old` are exactly the tables a link was made with.
pub fn is_the_version(link: &CatalogRef, old: &Catalog) -> bool {
    old.id == link.id && old.version == link.version && fingerprint(old) == link.fingerprint
}

/// What a link priced under an earlier version says when it reopens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryMark {
    /// "按第 1 版（2026-11-01）价格计算，已由第 2 版（2026-12-01）取代".
    pub mark: Text,
    /// After the validity date: that it has expired and can be re-priced
    /// under the current tables; `None` while it is still valid.
    pub expired: Option<Text>,
}

/// The mark of a link priced with `old`, now that `current` is published,
/// valid until `valid_until` (`YYYY-MM-DD`, blank: no date), seen `today`.
pub fn history_mark(
    old: &Catalog,
    current: &Catalog,
    valid_until: &str,
    today: Date,
) -> HistoryMark {
    let mark = Text::new(
        format!(
            "按第 {} 版（{}）价格计算，该版已由第 {} 版（{}）取代",
            old.version, old.effective_from, current.version, current.effective_from
        ),
        format!(
            "Prices of version {} of {}, since replaced by version {} of {}",
            old.version, old.effective_from, current.version, current.effective_from
        ),
    );
    let expired = Date::parse(valid_until)
        .filter(|&until| until < today)
        .map(|until| {
            Text::new(
                format!(
                    "本建议书有效期至 {until}，已过期，第 {} 版价格不再有效。可按现行第 {} 版价格重新计算。",
                    old.version, current.version
                ),
                format!(
                    "This proposal was valid until {until} and has expired; version {} prices no longer hold. It can be re-priced under the current version {}.",
                    old.version, current.version
                ),
            )
        });
    HistoryMark { mark, expired }
}

/// "按现行价格：24 个月共节省 ¥1,200.00（原为 ¥1,500.00，少 ¥300.00）":
/// the saving over `horizon` months re-priced under the current tables,
/// against the saving the link was made with.
pub fn repriced_difference(
    horizon: u32,
    old_saving: crate::money::Money,
    new_saving: crate::money::Money,
) -> Text {
    use crate::money::Money;
    use crate::text::Lang;
    let diff = Money(new_saving.0.saturating_sub(old_saving.0));
    let f = |m: Money, lang| m.format(lang);
    let (zh_more, en_more) = if diff.0 >= 0 {
        ("多", "more")
    } else {
        ("少", "less")
    };
    let abs = Money(diff.0.saturating_abs());
    Text::new(
        format!(
            "按现行价格：{horizon} 个月共节省 {}（原为 {}，{zh_more} {}）",
            f(new_saving, Lang::ZhCn),
            f(old_saving, Lang::ZhCn),
            f(abs, Lang::ZhCn)
        ),
        format!(
            "At the current prices: {} saved over {horizon} months (was {}, {} {en_more})",
            f(new_saving, Lang::En),
            f(old_saving, Lang::En),
            f(abs, Lang::En)
        ),
    )
}

/// The difference a customer sees when a link priced under `old` (opened
/// with those tables, `then`) is re-priced under `current` (the same link
/// opened with the current tables, `now`: its intake, the engine's
/// recommendation): the saving over the link's horizon, before and now.
/// `None` when either cannot be priced.
pub fn reprice(
    old: &Catalog,
    then: &crate::share::Opened,
    current: &Catalog,
    now: &crate::share::Opened,
) -> Option<Text> {
    use super::link::phone_view;
    let customer = &then.shared.customer;
    let before = phone_view(old, then, customer)?;
    let after = phone_view(current, now, customer)?;
    Some(repriced_difference(
        before.figures.horizon,
        before.figures.horizon_saving.amount,
        after.figures.horizon_saving.amount,
    ))
}
