//! Runs the `propose` command line as a program, from the repository's root,
//! for the tests that drive it (`cli.rs`, `hostile.rs`).
use std::io::Write;
use std::process::{Command, Stdio};

pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// `propose ARGS` with `stdin` piped in: its exit code, stdout and stderr.
pub fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_propose"))
        .args(args)
        .current_dir(ROOT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("propose runs");
    // A run that reads its customers from a file, or refuses early, may exit
    // before reading stdin: a closed pipe is then not the test's failure.
    let written = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    if let Err(e) = written {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing stdin: {e}"
        );
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}
