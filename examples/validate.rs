//! Validates job titles: the crate's main job, from the command line.
//!
//! ```text
//! cargo run --example validate -- "Snr Clinical Safety Officer (Band 7)" "QA tester"
//! cargo run --example validate -- --json "Clinical Safety Oficer"
//! cut -d, -f3 staff.csv | cargo run --release --example validate -- --json > checked.jsonl
//! cargo run --example validate -- --aliases tests/data/vocabulary.csv "Senior EPR Analyst"
//! ```
//!
//! Titles come as arguments, or one a line on stdin when there are none. For
//! each it prints the canonical title, id, family, seniority and band, or the
//! error and any did-you-mean suggestions. A title that is not valid as
//! written is classified too: a role with a specialty or context around it
//! ("qualified"), else the family of the job, else the families that
//! compete. `--json` prints one JSON object a line instead. A summary line
//! ("N valid, M invalid") goes to stderr.
//!
//! `--aliases FILE` adds an organisation's own aliases and terms (CSV with a
//! header `alias,role` or `term,family`, or JSON; see `Vocabulary`).
//!
//! Valid means what `parse_title` accepts (with the aliases, if given). Exit status: 0 when every title is
//! valid, 1 when any is not, 2 on a usage or I/O error.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use digital_health_roles::{Classification, JobTitle, MatchKind, Role, Vocabulary};
use serde::Serialize;

const USAGE: &str = "\
usage: validate [--json] [--aliases FILE] [--] [TITLE ...]
  Validates job titles against the SFIA digital health taxonomy.
  With no TITLE, reads one title a line from stdin.
  --json   one JSON object a line: input, valid, match (exact, qualified,
           family, ambiguous or none), role, title, family, candidates,
           seniority, band, error, suggestions
  --aliases FILE   also accept the aliases and terms in FILE: CSV with a
           header \"alias,role\" or \"term,family\", or JSON (.json)
exit: 0 all valid, 1 any invalid, 2 usage or I/O error";

/// One line of `--json` output.
#[derive(Serialize)]
struct Report<'a> {
    input: &'a str,
    valid: bool,
    #[serde(rename = "match")]
    kind: &'static str,
    role: Option<&'static str>,
    title: Option<&'static str>,
    family: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    candidates: Vec<&'static str>,
    seniority: Option<&'static str>,
    band: Option<String>,
    error: Option<String>,
    suggestions: Vec<&'static str>,
}

impl<'a> Report<'a> {
    fn new(
        input: &'a str,
        outcome: &Result<JobTitle, String>,
        vocabulary: &Vocabulary,
    ) -> Report<'a> {
        match outcome {
            Ok(title) => Report {
                input,
                valid: true,
                kind: MatchKind::Exact.name(),
                role: Some(title.role().id()),
                title: Some(title.role().title()),
                family: Some(title.role().family().id()),
                candidates: Vec::new(),
                seniority: title.seniority().map(|s| s.name()),
                band: title.bands().map(|b| b.to_string()),
                error: None,
                suggestions: Vec::new(),
            },
            Err(error) => {
                let found = vocabulary.classify(input).ok();
                let found = found.as_ref();
                let role = found.and_then(Classification::role);
                Report {
                    input,
                    valid: false,
                    kind: found.map_or("none", |f| f.kind().name()),
                    role: role.map(Role::id),
                    title: role.map(Role::title),
                    family: found.and_then(Classification::family).map(|f| f.id()),
                    candidates: found
                        .filter(|f| f.kind() == MatchKind::Ambiguous)
                        .map(|f| f.candidates().map(|c| c.id()).collect())
                        .unwrap_or_default(),
                    seniority: found.and_then(Classification::seniority).map(|s| s.name()),
                    band: found.and_then(Classification::bands).map(|b| b.to_string()),
                    error: Some(error.clone()),
                    suggestions: vocabulary.suggest(input).map(Role::id).collect(),
                }
            }
        }
    }
}

struct Validator<W: Write> {
    out: W,
    json: bool,
    valid: u64,
    invalid: u64,
    vocabulary: Vocabulary,
}

impl<W: Write> Validator<W> {
    fn check(&mut self, input: &str, outcome: Result<JobTitle, String>) -> io::Result<()> {
        if outcome.is_ok() {
            self.valid += 1;
        } else {
            self.invalid += 1;
        }
        if self.json {
            serde_json::to_writer(
                &mut self.out,
                &Report::new(input, &outcome, &self.vocabulary),
            )?;
            return writeln!(self.out);
        }
        match outcome {
            Ok(title) => {
                let role = title.role();
                write!(
                    self.out,
                    "{input:?}: {role} [{}] in {}",
                    role.id(),
                    role.family()
                )?;
                if let Some(seniority) = title.seniority() {
                    write!(self.out, "; seniority {seniority}")?;
                }
                if let Some(bands) = title.bands() {
                    write!(self.out, "; {bands}")?;
                }
                writeln!(self.out)
            }
            Err(error) => {
                if let Ok(found) = self.vocabulary.classify(input) {
                    return self.classified(input, &found);
                }
                write!(self.out, "{input:?}: error: {error}")?;
                let mut suggestions = self.vocabulary.suggest(input).peekable();
                if suggestions.peek().is_some() {
                    let names: Vec<&str> = suggestions.map(Role::title).collect();
                    write!(self.out, "; did you mean {}?", names.join(" or "))?;
                }
                writeln!(self.out)
            }
        }
    }

    /// A title that is not valid as written, but whose job is plain.
    fn classified(&mut self, input: &str, found: &Classification) -> io::Result<()> {
        write!(self.out, "{input:?}: ")?;
        match (found.role(), found.family()) {
            (Some(role), _) => write!(
                self.out,
                "qualified role {role} [{}] in {}",
                role.id(),
                role.family()
            )?,
            (None, Some(family)) => {
                write!(self.out, "no role; family {family}")?;
                if let Some(term) = found.term() {
                    write!(self.out, " ({term})")?;
                }
            }
            (None, None) => {
                let names: Vec<&str> = found.candidates().map(|f| f.name()).collect();
                write!(self.out, "no role; family {}?", names.join(" or "))?;
            }
        }
        if let Some(seniority) = found.seniority() {
            write!(self.out, "; seniority {seniority}")?;
        }
        if let Some(bands) = found.bands() {
            write!(self.out, "; {bands}")?;
        }
        writeln!(self.out)
    }

    fn check_text(&mut self, input: &str) -> io::Result<()> {
        let outcome = self
            .vocabulary
            .parse_title(input)
            .map_err(|e| e.to_string());
        self.check(input, outcome)
    }

    /// Reads titles one a line, reusing one buffer, so a 100,000-line
    /// spreadsheet column streams through in constant memory.
    fn check_lines(&mut self, mut input: impl BufRead) -> io::Result<()> {
        let mut line = Vec::new();
        loop {
            line.clear();
            if input.read_until(b'\n', &mut line)? == 0 {
                return Ok(());
            }
            let text = line.strip_suffix(b"\n").unwrap_or(&line);
            let text = text.strip_suffix(b"\r").unwrap_or(text);
            match std::str::from_utf8(text) {
                Ok(title) => self.check_text(title)?,
                Err(_) => {
                    let shown = String::from_utf8_lossy(text);
                    self.check(&shown, Err("the line is not valid UTF-8".to_owned()))?;
                }
            }
        }
    }
}

fn main() -> ExitCode {
    let mut json = false;
    let mut titles = Vec::new();
    let mut options_done = false;
    let mut aliases: Option<String> = None;
    let mut expect_aliases = false;
    for arg in std::env::args_os().skip(1) {
        let Some(arg) = arg.to_str().map(str::to_owned) else {
            eprintln!("validate: an argument is not valid UTF-8\n{USAGE}");
            return ExitCode::from(2);
        };
        if expect_aliases {
            aliases = Some(arg);
            expect_aliases = false;
            continue;
        }
        match arg.as_str() {
            _ if options_done => titles.push(arg),
            "--aliases" if aliases.is_none() => expect_aliases = true,
            "--" => options_done = true,
            "--json" => json = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') && flag.len() > 1 => {
                eprintln!("validate: unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => titles.push(arg),
        }
    }

    if expect_aliases {
        eprintln!("validate: --aliases needs a file\n{USAGE}");
        return ExitCode::from(2);
    }
    // JSON when the file's name ends in `.json`, else CSV.
    let vocabulary = match aliases
        .as_deref()
        .map(|path| (path, Vocabulary::from_path(path)))
    {
        None => Vocabulary::default(),
        Some((_, Ok(vocabulary))) => vocabulary,
        Some((path, Err(error))) => {
            eprintln!("validate: {path}: {error}");
            return ExitCode::from(2);
        }
    };

    let stdout = io::stdout();
    let mut validator = Validator {
        out: BufWriter::new(stdout.lock()),
        json,
        valid: 0,
        invalid: 0,
        vocabulary,
    };
    let result = if titles.is_empty() {
        validator.check_lines(io::stdin().lock())
    } else {
        titles
            .iter()
            .try_for_each(|title| validator.check_text(title))
    };
    if let Err(error) = result.and_then(|()| validator.out.flush()) {
        if error.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("validate: {error}");
        }
        return ExitCode::from(2);
    }
    eprintln!("{} valid, {} invalid", validator.valid, validator.invalid);
    if validator.invalid == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
