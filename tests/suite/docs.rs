//! The documentation stays true to the code: every source file that
//! `docs/architecture.md` names exists, and every source file of the
//! library and the binary is named there.

use std::path::Path;

use crate::common::*;

/// The `src/…` paths quoted in a Markdown text, with a `{a,b}` group
/// expanded (`src/bin/livret/{build,check}.rs`).
fn named_paths(markdown: &str) -> Vec<String> {
    let mut paths = Vec::new();
    for quoted in markdown.split('`').skip(1).step_by(2) {
        let Some(rest) = quoted.strip_prefix("src/") else { continue };
        match (rest.find('{'), rest.find('}')) {
            (Some(open), Some(close)) if open < close => {
                for alt in rest[open + 1..close].split(',') {
                    paths.push(format!("src/{}{alt}{}", &rest[..open], &rest[close + 1..]));
                }
            }
            _ => paths.push(format!("src/{rest}")),
        }
    }
    paths
}

/// Every `.rs` file under `dir`, as a path from the repository's root.
fn source_files(dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
}

#[test]
fn the_architecture_names_the_files_that_exist() {
    let doc = std::fs::read_to_string(root().join("docs/architecture.md")).unwrap();
    let named = named_paths(&doc);
    assert!(named.len() > 20, "docs/architecture.md names only {} files", named.len());
    let missing: Vec<&String> = named.iter().filter(|p| !root().join(p.trim_end_matches('/')).exists()).collect();
    assert!(missing.is_empty(), "docs/architecture.md names files that do not exist: {missing:?}");
    let mut files = Vec::new();
    source_files(&root().join("src"), &mut files);
    let unnamed: Vec<&String> = files
        .iter()
        .filter(|f| !named.iter().any(|n| n == *f || (n.ends_with('/') && f.starts_with(n.as_str()))))
        .collect();
    assert!(unnamed.is_empty(), "docs/architecture.md does not name these source files: {unnamed:?}");
}

#[test]
fn quoted_paths_are_found_and_expanded() {
    let named = named_paths("a `src/lib.rs` b `cargo test` c `src/bin/{x,y}.rs` d `src/generate/`");
    assert_eq!(named, ["src/lib.rs", "src/bin/x.rs", "src/bin/y.rs", "src/generate/"]);
}
