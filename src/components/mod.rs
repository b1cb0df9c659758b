//! Reusable pieces of the UI, one concern a file.
pub mod book;
pub mod compare;
pub mod cost_chart;
pub mod editor;
pub mod header;
pub mod intake;
pub mod lang_switch;
pub mod number_field;
pub mod page_intro;
pub mod proposal;
pub mod qr_code;
pub mod segmented;
pub mod selfcheck;
pub mod skip_link;
pub mod stepper;
pub mod update_notice;
