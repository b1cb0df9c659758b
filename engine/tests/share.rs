//! The share link: encode → decode is the identity over random intakes and
//! proposals; a damaged, truncated or tampered link is refused, never a
//! panic; a link from a newer app says so; a 10-line customer fits the QR
//! budget (under 400 characters).
mod common;

use common::{catalog, customer, Rng};
use proposal_engine::optimize::{cheapest, Options};
use proposal_engine::share::{decode, edited_json, encode, LinkError, Shared};
use proposal_engine::{Catalog, Customer};
use proptest::prelude::*;

fn shared(cat: &Catalog, c: Customer, with_proposal: bool) -> Shared {
    let chosen = if with_proposal {
        cheapest(cat, &c, &Options::default()).map(|s| s.proposal)
    } else {
        None
    };
    Shared {
        customer: c,
        chosen,
        horizon: 24,
        rep_name: "王丽".into(),
        rep_phone: "13800138000".into(),
        valid_until: "2026-12-07".into(),
        catalog: cat.reference(),
        edited_json: String::new(),
    }
}

fn case(seed: u64, lines: u32) -> (Catalog, Shared) {
    let mut r = Rng::new(seed);
    let cat = catalog(&mut r, 3, 2, 3);
    let c = customer(&mut r, lines);
    let s = shared(&cat, c, true);
    (cat, s)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn encode_then_decode_is_the_identity(seed in any::<u64>(), lines in 1u32..30) {
        let (cat, s) = case(seed, lines);
        let opened = decode(&encode(&s, &cat), &cat).expect("our own link opens");
        prop_assert!(opened.same_tables);
        prop_assert_eq!(opened.shared, s);
    }

    #[test]
    fn any_altered_or_truncated_link_is_refused_without_panic(seed in any::<u64>(), cut in 0usize..400, flip in 0usize..400, ch in 0u8..64) {
        let (cat, s) = case(seed, 5);
        let code = encode(&s, &cat);
        let truncated: String = code.chars().take(cut.min(code.len().saturating_sub(1))).collect();
        prop_assert!(decode(&truncated, &cat).is_err() || truncated == code);
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut bytes = code.clone().into_bytes();
        let i = flip % bytes.len();
        bytes[i] = alphabet[usize::from(ch)];
        let tampered = String::from_utf8(bytes).unwrap();
        // A changed character either still decodes to a valid intake or is refused; never a panic.
        let _ = decode(&tampered, &cat);
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,300}") {
        let mut r = Rng::new(1);
        let cat = catalog(&mut r, 2, 1, 1);
        let _ = decode(&text, &cat);
    }
}

#[test]
fn garbage_is_damaged_and_a_newer_version_says_so() {
    let (cat, s) = case(3, 4);
    assert_eq!(decode("not a link!", &cat), Err(LinkError::Damaged));
    assert_eq!(decode("", &cat), Err(LinkError::Damaged));
    let code = encode(&s, &cat);
    assert_eq!(
        decode(&code[..code.len() / 2], &cat),
        Err(LinkError::Damaged)
    );
    // Version byte 9 (base64url of [9, 0, ...] starts with "CQ").
    let newer = format!("CQ{}", &code[2..]);
    assert_eq!(decode(&newer, &cat), Err(LinkError::NewerVersion(9)));
}

#[test]
fn other_tables_open_the_intake_but_not_the_item_indexes() {
    let (cat, s) = case(5, 6);
    let code = encode(&s, &cat);
    let mut other = cat.clone();
    other.plans[0].monthly_fee.0 += 100;
    let opened = decode(&code, &other).expect("the intake still opens");
    assert!(!opened.same_tables, "a different fingerprint is reported");
    assert_eq!(opened.shared.customer, s.customer);
    assert_eq!(
        opened.shared.chosen, None,
        "item indexes are not trusted across tables"
    );
}

#[test]
fn edited_prices_are_never_the_published_tables() {
    let (cat, mut s) = case(8, 3);
    s.edited_json = "[{\"plan\":\"x\"}]".into();
    let opened = decode(&encode(&s, &cat), &cat).unwrap();
    assert!(!opened.same_tables);
    assert_eq!(opened.shared.edited_json, s.edited_json);
    assert_eq!(
        opened.edited_tables, None,
        "a patch that is not one is not applied"
    );
}

#[test]
fn a_link_made_with_edited_prices_reopens_with_exactly_those_prices() {
    let published = proposal_engine::default_catalog();
    let mut draft = published.clone();
    draft.plans[2].monthly_fee = proposal_engine::Money(1);
    let mut r = Rng::new(5);
    let c = customer(&mut r, 4);
    let mut s = shared(&draft, c, true);
    s.edited_json = edited_json(&published, &draft);
    assert!(!s.edited_json.is_empty());
    let code = encode(&s, &draft);
    let opened = decode(&code, &published).unwrap();
    assert!(!opened.same_tables, "edited prices are marked");
    assert_eq!(opened.edited_tables.as_ref(), Some(&draft));
    assert_eq!(opened.tables(&published), &draft);
    assert_eq!(
        opened.shared.chosen, s.chosen,
        "the proposal's items resolve in the edited tables"
    );
    println!("edited-price link: {} characters", code.len());
    // The published tables moved on: the edits cannot be rebuilt exactly,
    // so the intake opens without the proposal.
    let mut moved = published.clone();
    moved.plans[0].monthly_fee = proposal_engine::Money(12_345);
    let opened = decode(&code, &moved).unwrap();
    assert_eq!(opened.edited_tables, None);
    assert_eq!(opened.shared.chosen, None);
    // Same tables: nothing to carry.
    assert_eq!(edited_json(&published, &published), "");
}

/// Fragment length for a typical counter customer of `lines` lines (fixed seeds).
fn typical_length(lines: u32) -> usize {
    let (cat, s) = case(42, lines);
    encode(&s, &cat).len()
}

#[test]
fn a_ten_line_customer_fits_the_qr_budget() {
    let sizes: Vec<(u32, usize)> = [1, 3, 10, 40]
        .iter()
        .map(|&n| (n, typical_length(n)))
        .collect();
    println!("share link fragment length by lines: {sizes:?}");
    let ten = sizes[2].1;
    assert!(ten < 400, "10 lines: {ten} characters");
}

/// Writes seed links for the fuzzer's corpus (`engine/fuzz/corpus/decode_link`).
#[test]
#[ignore = "run by hand to refresh the fuzz corpus"]
fn write_fuzz_corpus() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/corpus/decode_link");
    for (i, lines) in [1u32, 3, 10, 40].iter().enumerate() {
        let (cat, s) = case(100 + i as u64, *lines);
        std::fs::write(format!("{dir}/seed-{lines}-lines"), encode(&s, &cat)).unwrap();
    }
}
