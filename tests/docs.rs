//! The documentation that is generated from code stays in step with it.

fn read(path: &str) -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_string() + path).unwrap()
}

/// README's command list is exactly what scripts/gen-command-list.sh prints.
#[test]
fn readme_command_list_is_generated() {
    let readme = read("README.md");
    let begin = readme
        .find("<!-- commands:begin -->\n")
        .expect("begin marker")
        + "<!-- commands:begin -->\n".len();
    let end = readme.find("<!-- commands:end -->").expect("end marker");
    let generated = respite::commands::docs::command_list_markdown();
    let current = &readme[begin..end];
    let missing: Vec<&str> = generated
        .lines()
        .filter(|l| !current.lines().any(|c| c == *l))
        .collect();
    let extra: Vec<&str> = current
        .lines()
        .filter(|l| !generated.lines().any(|g| g == *l))
        .collect();
    assert!(
        current == generated,
        "README.md's command list is stale (run scripts/gen-command-list.sh --update-readme)\nmissing: {missing:#?}\nextra: {extra:#?}"
    );
}

/// docs/COMPATIBILITY.md names every directive that is accepted but not acted on.
#[test]
fn compatibility_lists_every_inert_directive() {
    let doc = read("docs/COMPATIBILITY.md");
    let missing: Vec<&str> = respite::config::not_acted_on()
        .into_iter()
        .filter(|d| !doc.contains(&format!("`{d}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/COMPATIBILITY.md does not list: {missing:?}"
    );
}
