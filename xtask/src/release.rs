//! `cargo xtask release`: the files a clinic hosts, named with the version
//! and checkable, from a fresh release build:
//!
//! ```text
//! target/release/baclofen-guide-<version>/         the release files, SHA256SUMS, INTEGRITY
//! target/release/baclofen-guide-<version>.tar.gz   that folder, as one archive
//! target/release/npm/                               the same files as an npm package
//! target/release/baclofen-guide-<version>.tgz      `npm pack` of it (made offline)
//! ```
//!
//! The release files are `dist/` without the demo clinic page and its assets.
//! It prints the `integrity` value of `baclofen-guide.js`, which pins every
//! file (the loader holds the glue and the wasm's SHA-384).

use crate::{cmd, root, run};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn run_release() -> Result<(), String> {
    let version = version(&std::fs::read_to_string(root().join("Cargo.toml")).map_err(err)?)?;
    let out = root().join("target/release");
    let made = package(&root().join("dist"), &out, &version)?;
    let integrity = made.integrity;
    println!(
        "\nRelease {version}:\n  {}\n  {}\n  {}\n\nintegrity of baclofen-guide.js: {integrity}\n\n\
         <script type=\"module\" async src=\"https://your-host/baclofen-guide-{version}/baclofen-guide.js\"\n\
         \x20       integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>",
        made.archive.display(),
        made.folder.join("SHA256SUMS").display(),
        made.npm_tarball.display(),
    );
    Ok(())
}

/// What [`package`] wrote.
pub struct Made {
    /// The `integrity` value of baclofen-guide.js (also in the folder's INTEGRITY).
    pub integrity: String,
    pub folder: PathBuf,
    pub archive: PathBuf,
    pub npm_tarball: PathBuf,
}

/// The `version` of `[package]` in a Cargo.toml.
pub fn version(manifest: &str) -> Result<String, String> {
    let package = manifest
        .split("\n[")
        .find(|section| section.starts_with("[package]") || section.starts_with("package]"))
        .ok_or("Cargo.toml has no [package]")?;
    package
        .lines()
        .find_map(|line| line.strip_prefix("version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .map(str::to_owned)
        .ok_or_else(|| "Cargo.toml's [package] has no version".into())
}

/// The files of `dist` a clinic hosts (sorted): not the demo page, its CSS and icon.
pub fn release_files(dist: &Path) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))? {
        let entry = entry.map_err(err)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let demo =
            name == "index.html" || name.starts_with("demo-") || name.starts_with("favicon-");
        if entry.file_type().map_err(err)?.is_file() && !demo {
            names.push(name);
        }
    }
    names.sort();
    if !names.iter().any(|n| n == "baclofen-guide.js") {
        return Err(format!(
            "{} has no baclofen-guide.js: build first",
            dist.display()
        ));
    }
    Ok(names)
}

/// Writes the release folder with its SHA256SUMS, the archive, and the npm
/// package and its tarball; then checks the tarball holds exactly the
/// release files, byte for byte.
pub fn package(dist: &Path, out: &Path, version: &str) -> Result<Made, String> {
    let files = release_files(dist)?;
    let name = format!("baclofen-guide-{version}");
    let folder = out.join(&name);
    let npm = out.join("npm");
    for dir in [&folder, &npm] {
        if dir.exists() {
            std::fs::remove_dir_all(dir).map_err(err)?;
        }
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    for file in &files {
        std::fs::copy(dist.join(file), folder.join(file)).map_err(err)?;
        std::fs::copy(dist.join(file), npm.join(file)).map_err(err)?;
    }

    let sums = output(Command::new("sha256sum").args(&files).current_dir(&folder))?;
    std::fs::write(folder.join("SHA256SUMS"), sums).map_err(err)?;
    let integrity = sri(&dist.join("baclofen-guide.js"))?;
    std::fs::write(folder.join("INTEGRITY"), format!("{integrity}\n")).map_err(err)?;

    // Reproducible: sorted names, no owner, the time of the last commit.
    let archive = out.join(format!("{name}.tar.gz"));
    let tar = out.join(format!("{name}.tar"));
    let _ = std::fs::remove_file(&archive);
    let mtime = output(&mut cmd("git", &["log", "-1", "--format=%ct"]))
        .map(|t| format!("@{}", t.trim()))
        .unwrap_or_else(|_| "@0".into());
    run(Command::new("tar")
        .args(["--sort=name", "--owner=0", "--group=0", "--numeric-owner"])
        .arg(format!("--mtime={mtime}"))
        .arg("-cf")
        .arg(&tar)
        .arg("-C")
        .arg(out)
        .arg(&name))?;
    run(Command::new("gzip").args(["-n", "-9"]).arg(&tar))?;

    std::fs::write(npm.join("package.json"), package_json(version, &files)).map_err(err)?;
    std::fs::write(npm.join("README.md"), npm_readme(version, &integrity)).map_err(err)?;
    let changelog = root().join("CHANGELOG.md");
    if changelog.exists() {
        std::fs::copy(changelog, npm.join("CHANGELOG.md")).map_err(err)?;
    }
    run(cmd(
        "npm",
        &["pack", "--offline", "--silent", "--pack-destination"],
    )
    .arg(out)
    .current_dir(&npm))?;
    let npm_tarball = out.join(format!("{name}.tgz"));
    check_npm_tarball(&npm_tarball, dist, &files)?;
    Ok(Made {
        integrity,
        folder,
        archive,
        npm_tarball,
    })
}

/// The npm tarball holds the release files, identical to `dist`'s, and only
/// the package's own package.json, README.md and CHANGELOG.md besides.
fn check_npm_tarball(tarball: &Path, dist: &Path, files: &[String]) -> Result<(), String> {
    let unpacked = tarball.with_extension("check");
    if unpacked.exists() {
        std::fs::remove_dir_all(&unpacked).map_err(err)?;
    }
    std::fs::create_dir_all(&unpacked).map_err(err)?;
    run(Command::new("tar")
        .arg("-xzf")
        .arg(tarball)
        .arg("-C")
        .arg(&unpacked))?;
    let package = unpacked.join("package");
    let mut found = release_files(&package).unwrap_or_default();
    found.retain(|f| !["package.json", "README.md", "CHANGELOG.md"].contains(&f.as_str()));
    if found != files {
        return Err(format!(
            "{}: holds {found:?}, dist/ has {files:?}",
            tarball.display()
        ));
    }
    for file in files {
        if std::fs::read(package.join(file)).map_err(err)?
            != std::fs::read(dist.join(file)).map_err(err)?
        {
            return Err(format!("{}: {file} differs from dist/", tarball.display()));
        }
    }
    std::fs::remove_dir_all(&unpacked).map_err(err)
}

fn package_json(version: &str, files: &[String]) -> String {
    let files = files
        .iter()
        .map(|f| format!("\"{f}\""))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        r#"{{
  "name": "baclofen-guide",
  "version": "{version}",
  "description": "Baclofen Guide: an embeddable patient-education widget about baclofen (<baclofen-guide>, WebAssembly). Load baclofen-guide.js with a script tag; no build step.",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "browser": "baclofen-guide.js",
  "exports": {{ ".": "./baclofen-guide.js", "./*": "./*" }},
  "jsdelivr": "baclofen-guide.js",
  "unpkg": "baclofen-guide.js",
  "files": [{files}, "CHANGELOG.md"],
  "sideEffects": true
}}
"#
    )
}

fn npm_readme(version: &str, integrity: &str) -> String {
    format!(
        "# baclofen-guide {version}\n\n\
         The release files of Baclofen Guide, a patient-education widget about baclofen.\n\n\
         ```html\n\
         <script type=\"module\" async src=\"https://cdn.jsdelivr.net/npm/baclofen-guide@{version}/baclofen-guide.js\"\n\
         \x20       integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>\n\
         <baclofen-guide></baclofen-guide>\n\
         ```\n\n\
         Or as an iframe: `embed.html`. Pin an exact version; see CHANGELOG.md for what changed,\n\
         medical content in its own section.\n"
    )
}

/// The Subresource Integrity value (SHA-384) of a file.
pub fn sri(file: &Path) -> Result<String, String> {
    let script = "const {createHash}=require('node:crypto');\
                  process.stdout.write('sha384-'+createHash('sha384').update(require('node:fs').readFileSync(process.argv[1])).digest('base64'))";
    output(cmd("node", &["-e", script]).arg(file))
}

fn output(command: &mut Command) -> Result<String, String> {
    let out = command.output().map_err(err)?;
    if !out.status.success() {
        return Err(format!(
            "{:?} failed: {}",
            command.get_program(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(err)
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_package_version() {
        let manifest = "[workspace]\nmembers = []\n\n[package]\nname = \"x\"\nversion = \"1.2.3\"\nrust-version = \"1.85\"\n\n[dependencies]\nyew = { version = \"0.23\" }\n";
        assert_eq!(version(manifest).unwrap(), "1.2.3");
        assert!(version("[workspace]\nmembers = []\n").is_err());
    }

    /// A dist/ like Trunk's (with the demo page), packaged: the archive, the
    /// sums and the npm tarball hold exactly the release files.
    #[test]
    fn the_package_holds_exactly_the_release_files_of_dist() {
        let dir =
            std::env::temp_dir().join(format!("baclofen-release-test-{}", std::process::id()));
        let dist = dir.join("dist");
        let out = dir.join("out");
        std::fs::create_dir_all(&dist).unwrap();
        for (name, body) in [
            ("baclofen-guide.js", "export {};\n"),
            ("baclofen-guide-0123456789abcdef_bg.wasm", "\0asm\x01\0\0\0"),
            ("embed.html", "<!doctype html>\n"),
            ("embed-page.js", "//\n"),
            ("embed-resize.js", "//\n"),
            ("index.html", "demo"),
            ("demo-0123.css", "demo"),
            ("favicon-0123.svg", "demo"),
        ] {
            std::fs::write(dist.join(name), body).unwrap();
        }
        let made = package(&dist, &out, "9.8.7").unwrap();

        let expected = [
            "baclofen-guide-0123456789abcdef_bg.wasm",
            "baclofen-guide.js",
            "embed-page.js",
            "embed-resize.js",
            "embed.html",
        ];
        assert_eq!(release_files(&dist).unwrap(), expected);
        assert_eq!(made.archive, out.join("baclofen-guide-9.8.7.tar.gz"));
        let listed = output(Command::new("tar").arg("-tzf").arg(&made.archive)).unwrap();
        let mut listed: Vec<&str> = listed.lines().filter(|l| !l.ends_with('/')).collect();
        listed.sort();
        let mut wanted: Vec<String> = expected
            .iter()
            .chain(&["SHA256SUMS", "INTEGRITY"])
            .map(|f| format!("baclofen-guide-9.8.7/{f}"))
            .collect();
        wanted.sort();
        assert_eq!(listed, wanted);
        assert!(made.integrity.starts_with("sha384-") && made.integrity.len() == 71);
        let sums = std::fs::read_to_string(made.folder.join("SHA256SUMS")).unwrap();
        assert_eq!(sums.lines().count(), expected.len());
        run(Command::new("sha256sum")
            .args(["--check", "--quiet", "SHA256SUMS"])
            .current_dir(&made.folder))
        .unwrap();

        let listed = output(Command::new("tar").arg("-tzf").arg(&made.npm_tarball)).unwrap();
        let mut listed: Vec<&str> = listed.lines().collect();
        listed.sort();
        let mut wanted: Vec<String> = expected
            .iter()
            .chain(&["package.json", "README.md", "CHANGELOG.md"])
            .map(|f| format!("package/{f}"))
            .collect();
        wanted.sort();
        assert_eq!(listed, wanted);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
