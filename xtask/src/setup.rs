//! Installs the toolchain the project needs, skipping what is present.
//!
//! Nothing comes from GitHub: Rust tools are built from crates.io, wasm-opt
//! and the test libraries come from npm, the browsers (Chromium, Firefox ESR,
//! WebKitGTK) from Debian.

use crate::{cmd, root, run};
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// trunk 0.22 needs a newer rustc than this project's machines have.
const TRUNK_VERSION: &str = "0.21.14";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Debian packages the tests drive, each with a file that shows it is there.
/// Firefox is driven over WebDriver BiDi (no geckodriver); WebKitGTK's
/// MiniBrowser through WebKitWebDriver, on an Xvfb display.
const BROWSERS: &[(&str, &str)] = &[
    ("chromium", CHROMIUM),
    ("chromium-driver", CHROMEDRIVER),
    ("firefox-esr", "/usr/bin/firefox-esr"),
    ("webkit2gtk-driver", "/usr/bin/WebKitWebDriver"),
    ("xvfb", "/usr/bin/Xvfb"),
];

/// Everything. The two slow builds (wasm-bindgen-cli, trunk: about 9 and 18
/// minutes on 2 cores) run side by side when both are missing.
pub fn all() -> Result<(), String> {
    wasm_target()?;
    npm_packages()?;
    browsers()?;
    let trunk = std::thread::spawn(trunk);
    let bindgen = wasm_bindgen();
    let trunk = trunk
        .join()
        .map_err(|_| "installing trunk panicked".to_owned())?;
    bindgen.and(trunk)
}

/// PATH for child processes: the npm tools (wasm-opt) and cargo's bin first.
pub fn tool_path() -> String {
    let cargo_bin = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo"))
        .join("bin");
    let npm_bin = root().join("node_modules/.bin");
    let rest = std::env::var("PATH").unwrap_or_default();
    format!("{}:{}:{rest}", npm_bin.display(), cargo_bin.display())
}

/// The first line a tool prints for `--version`, if it runs.
fn version_of(program: &str) -> Option<String> {
    let output = cmd(program, &["--version"])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output.status.success().then(|| {
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned()
    })
}

fn wasm_target() -> Result<(), String> {
    let installed = cmd("rustup", &["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("wasm32-unknown-unknown"))
        .unwrap_or(false);
    if installed {
        return Ok(());
    }
    run(&mut cmd(
        "rustup",
        &["target", "add", "wasm32-unknown-unknown"],
    ))
}

/// wasm-bindgen-cli must match the `wasm-bindgen` crate in Cargo.lock exactly.
fn wasm_bindgen() -> Result<(), String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let version = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"wasm-bindgen\"\n"))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .and_then(|v| v.strip_suffix('"'))
        .ok_or("no wasm-bindgen in Cargo.lock")?
        .to_owned();
    // Both print "<name> <version>".
    let wanted = format!(" {version}");
    let ok = |p| version_of(p).is_some_and(|v| v.ends_with(&wanted));
    if ok("wasm-bindgen") && ok("wasm-bindgen-test-runner") {
        return Ok(());
    }
    // Not --locked: the CLI's own lock file does not build with this rustc.
    run(&mut cmd(
        "cargo",
        &[
            "install",
            "wasm-bindgen-cli",
            "--version",
            &format!("={version}"),
            "--force",
        ],
    ))
}

fn trunk() -> Result<(), String> {
    if version_of("trunk").is_some_and(|v| v == format!("trunk {TRUNK_VERSION}")) {
        return Ok(());
    }
    run(&mut cmd(
        "cargo",
        &[
            "install",
            "--locked",
            "trunk",
            "--version",
            TRUNK_VERSION,
            "--force",
        ],
    ))
}

/// wasm-opt (npm binaryen), Playwright and axe-core, as locked. Installed
/// unless every package in package.json is there at its pinned version.
fn npm_packages() -> Result<(), String> {
    let read = |path: PathBuf| -> Option<serde_json::Value> {
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
    };
    let manifest = read(root().join("package.json")).ok_or("cannot read package.json")?;
    let pinned = manifest["devDependencies"]
        .as_object()
        .ok_or("package.json has no devDependencies")?;
    let installed = pinned.iter().all(|(name, version)| {
        read(root().join("node_modules").join(name).join("package.json"))
            .is_some_and(|package| package["version"] == *version)
    });
    if installed {
        return Ok(());
    }
    run(&mut cmd("npm", &["ci", "--no-audit", "--no-fund"]))
}

/// The browsers in `BROWSERS` that are missing, in one apt-get call.
fn browsers() -> Result<(), String> {
    let missing: Vec<&str> = BROWSERS
        .iter()
        .filter(|(_, file)| !std::path::Path::new(file).exists())
        .map(|(package, _)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let root_user = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let apt = |args: &[&str]| {
        let mut command = if root_user {
            cmd("apt-get", args)
        } else {
            cmd("sudo", &[&["apt-get"], args].concat())
        };
        command.env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    let install = [&["install", "-y"], &missing[..]].concat();
    if run(&mut apt(&install)).is_err() {
        // The package lists may be missing or stale on a fresh machine.
        run(&mut apt(&["update"]))?;
        run(&mut apt(&install))?;
    }
    Ok(())
}
