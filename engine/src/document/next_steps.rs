//! The checklist the customer takes home: what to bring, number porting,
//! installation, handset pickup, signing.
use crate::catalog::{Catalog, LineKind};
use crate::customer::{Customer, Segment};
use crate::optimize::Alternative;
use crate::pricing::Assignment;
use crate::text::Text;

pub fn next_steps(_catalog: &Catalog, customer: &Customer, a: &Alternative) -> Vec<Text> {
    let mut out = Vec::new();
    out.push(match customer.segment {
        Segment::Business { .. } | Segment::KeyAccount { .. } => Text::new(
            "带齐证件：营业执照（副本原件）、法定代表人或经办人身份证、公章或授权书。",
            "Bring: the business licence (original copy), the legal representative's or agent's ID card, and the company seal or a letter of authority.",
        ),
        _ => Text::new(
            "带齐证件：机主本人有效身份证件原件。",
            "Bring: the account holder's own valid ID card (original).",
        ),
    });
    let changed = |kind: LineKind| {
        a.proposal
            .lines
            .iter()
            .zip(&customer.lines)
            .any(|(c, l)| l.kind == kind && c.assignment != Assignment::Keep)
    };
    if changed(LineKind::Mobile) {
        out.push(Text::new(
            "保留号码：号码在其他运营商的，先向原运营商查询携号转网资格（发送 CXXZ 短信），再带 SIM 卡办理。",
            "Keep your numbers: for a number with another operator, check number-porting eligibility with it first (text CXXZ), then bring the SIM card.",
        ));
    }
    if changed(LineKind::Landline) || changed(LineKind::Broadband) {
        out.push(Text::new(
            "预约上门安装固话/宽带：日期 ____________ 时段 ________。",
            "Book the landline/broadband installation: date ____________ time ________.",
        ));
    }
    if a.proposal.include_handsets
        && a.proposal
            .lines
            .iter()
            .zip(&customer.lines)
            .any(|(c, l)| l.wants_handset.is_some() && c.assignment != Assignment::Keep)
    {
        out.push(Text::new(
            "签约后在营业厅领取手机。",
            "Collect the handset at the counter after signing.",
        ));
    }
    if let Some(start) = a.start.as_ref().filter(|s| s.exit_fee_avoided.0 > 0) {
        out.push(Text::new(
            format!(
                "现有合约还剩 {} 个月：第 {} 个月起（合约到期后）再办理新套餐，无需支付解约费。",
                customer.contract.months_left, start.start_month
            ),
            format!(
                "The current contract has {} months left: switch from month {}, once it has ended, with no exit fee.",
                customer.contract.months_left, start.start_month
            ),
        ));
    } else if customer.contract.months_left > 0 {
        out.push(Text::new(
            format!(
                "现有合约还剩 {} 个月：办理前确认解约费。",
                customer.contract.months_left
            ),
            format!(
                "The current contract has {} months left: confirm its exit fee before switching.",
                customer.contract.months_left
            ),
        ));
    }
    out.push(Text::new(
        "在有效期内到营业厅签署本建议书及业务协议。",
        "Sign this proposal and the service agreement at the counter before the validity date above.",
    ));
    out
}
