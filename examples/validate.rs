//! Validates job titles: the crate's main job, from the command line.
//!
//! ```text
//! cargo run --example validate -- "clinical safety officer" "QA tester"
//! printf 'Data Analyst\nNurse\n' | cargo run --example validate
//! ```
//!
//! For each title it prints the canonical title, id and family, or the error.
//! Exit status: 0 when every title is valid, 1 when any is not, 2 on a usage
//! error.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use digital_health_roles::Role;

const USAGE: &str = "usage: validate [TITLE ...]   (no titles: read one per line from stdin)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if let Some(flag) = args
        .iter()
        .find(|a| a.starts_with('-') && a.len() > 1 && *a != "--")
    {
        eprintln!("validate: unknown option {flag}\n{USAGE}");
        return ExitCode::from(2);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut invalid = 0usize;
    let mut check = |title: &str, out: &mut dyn Write| -> io::Result<()> {
        match Role::from_title(title) {
            Ok(role) => writeln!(
                out,
                "{title:?}: {role} [{}] in {}",
                role.id(),
                role.family()
            ),
            Err(error) => {
                invalid += 1;
                writeln!(out, "{title:?}: error: {error}")
            }
        }
    };
    let result = if args.is_empty() {
        io::stdin()
            .lock()
            .lines()
            .try_for_each(|line| check(&line?, &mut out))
    } else {
        args.iter()
            .filter(|a| *a != "--")
            .try_for_each(|title| check(title, &mut out))
    };
    if let Err(error) = result.and_then(|()| out.flush()) {
        eprintln!("validate: {error}");
        return ExitCode::from(2);
    }
    if invalid == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
