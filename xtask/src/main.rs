//! Project tasks. Run `cargo xtask help`.
//!
//! Every task first installs what it needs and is missing (and skips what is
//! there), so the same two commands work on a fresh machine and stay fast on
//! a prepared one.

mod bench;
mod packet;
mod readability;
mod release;
mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const HELP: &str = "\
cargo xtask <task>

  serve        install what is missing, then `trunk serve` the demo page
               (http://127.0.0.1:8080)
  test         install what is missing, then run every check and test:
               fmt, clippy, native tests, component tests in headless
               Chromium, release build, size budget, end-to-end tests,
               the cross-engine suite (Chromium, Firefox, WebKit)
  build        install what is missing, then `trunk build --release` (dist/)
  release      release build, then the versioned release: an archive with
               SHA256SUMS and an npm package of the same files
               (target/release/baclofen-guide-<version>.tar.gz, .tgz), and
               the integrity value of baclofen-guide.js
  bench        release build, then sizes, load timings (phone and
               desktop), memory and Lighthouse
  readability  readability report for every FAQ answer
  packet       a printable review packet for clinicians to read and sign:
               every statement with its sources, checked date and
               readability, the review record and a sign-off block
               (target/review-packet.html). Options: --since <git-rev>
               marks what changed since that revision; --changed-only
               shows only that; --out <file>
  setup        only install what is missing
";

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let result = match task.as_str() {
        "serve" => serve(),
        "test" => test(),
        "build" => setup::all().and_then(|()| release_build()),
        "bench" => setup::all()
            .and_then(|()| release_build())
            .and_then(|()| bench::run_bench()),
        "release" => setup::all()
            .and_then(|()| release_build())
            .and_then(|()| release::run_release()),
        "readability" => readability::run(),
        "packet" => packet::run(&std::env::args().skip(2).collect::<Vec<_>>()),
        "setup" => setup::all(),
        "help" | "--help" | "-h" | "" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown task `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask {task} failed: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repository")
        .to_path_buf()
}

/// A command run from the repository root, with the project's tools first on
/// PATH and Trunk kept off the network.
pub fn cmd(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(root())
        .env("PATH", setup::tool_path())
        .env("TRUNK_SKIP_VERSION_CHECK", "true")
        .env("CHROMEDRIVER", setup::CHROMEDRIVER);
    command
}

/// Runs a command, failing with its name if it fails.
pub fn run(command: &mut Command) -> Result<(), String> {
    let args: Vec<_> = command.get_args().map(|a| a.to_string_lossy()).collect();
    let shown = format!(
        "{} {}",
        command.get_program().to_string_lossy(),
        args.join(" ")
    );
    println!("\n$ {shown}");
    let status = command
        .status()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} exited with {status}"))
    }
}

fn serve() -> Result<(), String> {
    setup::all()?;
    run(&mut cmd("trunk", &["serve"]))
}

fn release_build() -> Result<(), String> {
    run(&mut cmd("trunk", &["build", "--release"]))
}

fn test() -> Result<(), String> {
    setup::all()?;
    run(&mut cmd("cargo", &["fmt", "--all", "--", "--check"]))?;
    run(&mut cmd(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--all-features",
            "--",
            "-D",
            "warnings",
        ],
    ))?;
    run(&mut cmd(
        "cargo",
        &[
            "clippy",
            "--lib",
            "--tests",
            "--target",
            "wasm32-unknown-unknown",
            "--features",
            "bundled",
            "--",
            "-D",
            "warnings",
        ],
    ))?;
    // Native: content model and validation, readability, config, state, search.
    run(&mut cmd(
        "cargo",
        &["test", "--workspace", "--all-features"],
    ))?;
    // Components, mounted in headless Chromium by wasm-bindgen-test.
    run(&mut cmd(
        "cargo",
        &[
            "test",
            "--target",
            "wasm32-unknown-unknown",
            "--tests",
            "--features",
            "bundled",
        ],
    ))?;
    release_build()?;
    // The release archive and npm package of this build (not kept): the
    // package must hold exactly dist/'s release files, byte for byte.
    let version = release::version(
        &std::fs::read_to_string(root().join("Cargo.toml")).map_err(|e| e.to_string())?,
    )?;
    release::package(
        &root().join("dist"),
        &root().join("target/release-check"),
        &version,
    )?;
    // End-to-end (and the size budget) against the release build over HTTP.
    run(&mut cmd(
        "npx",
        &[
            "playwright",
            "test",
            "--config",
            "tests/e2e/playwright.config.js",
        ],
    ))?;
    // The same release build in Chromium, Firefox and WebKit.
    run(&mut cmd(
        "node",
        &["--test", "tests/engines/engines.test.mjs"],
    ))
}
