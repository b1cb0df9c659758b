//! The proposal calculator's engine: money, package tables, customer intake,
//! pricing, optimisation and the proposal model. Plain Rust so it is tested
//! natively and shared unchanged by the browser app and the command-line tool.
