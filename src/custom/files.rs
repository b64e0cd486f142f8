//! Reading aliases and terms from CSV and JSON, with line numbers.
//!
//! Both readers are small and strict on purpose: a vocabulary file is a
//! short list kept by hand, and a mistake in it should be reported where
//! it is, not guessed around. The JSON reader takes exactly the one shape
//! a vocabulary has (objects of strings), which keeps the library free of
//! a JSON dependency and lets it refuse a key given twice, which general
//! readers silently resolve.

use alloc::collections::BTreeSet;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::error::{VocabularyError, VocabularyErrorKind};

/// Whether an entry is an alias (of a role) or a term (of a family).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EntryKind {
    Alias,
    Term,
}

/// One entry of a file: the alias or term, and what it is.
pub(crate) struct FileEntry<'a> {
    pub(crate) text: &'a str,
    pub(crate) kind: EntryKind,
}

fn syntax(message: String, line: usize) -> VocabularyError {
    VocabularyError::new(VocabularyErrorKind::Syntax { message }).at(Some(line))
}

/// Reads CSV: a header (`alias,role` or `term,family`, and optionally one
/// more column), then one entry a line.
pub(crate) fn read_csv(
    text: &str,
    mut add: impl FnMut(FileEntry<'_>, &str, usize) -> Result<(), VocabularyError>,
) -> Result<(), VocabularyError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut header: Option<(EntryKind, usize)> = None;
    for (index, line) in text.lines().enumerate() {
        let number = index.saturating_add(1);
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let fields = split_csv(line).map_err(|message| syntax(message, number))?;
        let Some((kind, columns)) = header else {
            let names: Vec<String> = fields
                .iter()
                .map(|f| f.trim().to_ascii_lowercase())
                .collect();
            let kind = match names.iter().map(String::as_str).take(2).collect::<Vec<_>>()[..] {
                ["alias", "role"] => EntryKind::Alias,
                ["term", "family"] => EntryKind::Term,
                _ => {
                    return Err(syntax(
                        format!(
                            "the header must be \"alias,role\" or \"term,family\", not {line:?}"
                        ),
                        number,
                    ));
                }
            };
            if names.len() > 3 {
                return Err(syntax(
                    "the header has more than three columns".into(),
                    number,
                ));
            }
            header = Some((kind, names.len()));
            continue;
        };
        // The third column, when the header names one, may be left off.
        if fields.len() != columns && fields.len() != 2 {
            return Err(syntax(
                format!("expected {columns} fields, found {}", fields.len()),
                number,
            ));
        }
        let (Some(entry), Some(target)) = (fields.first(), fields.get(1)) else {
            return Err(syntax("a line needs two fields".into(), number));
        };
        add(
            FileEntry {
                text: entry.trim(),
                kind,
            },
            target.trim(),
            number,
        )
        .map_err(|e| e.at(Some(number)))?;
    }
    if header.is_none() {
        return Err(syntax(
            "the file has no header (\"alias,role\" or \"term,family\")".into(),
            1,
        ));
    }
    Ok(())
}

/// Splits one CSV line into fields: commas separate, double quotes wrap a
/// field that holds commas, and `""` inside quotes is a quote.
fn split_csv(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.trim().is_empty() && !was_quoted => {
                field.clear();
                quoted = true;
                was_quoted = true;
            }
            (false, '"') => return Err("a quote inside an unquoted field".into()),
            (false, ',') => {
                fields.push(core::mem::take(&mut field));
                was_quoted = false;
            }
            (false, c) if was_quoted && !c.is_whitespace() => {
                return Err("text after a closing quote".into());
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err("a quoted field is not closed on its line".into());
    }
    fields.push(field);
    Ok(fields)
}

/// Reads JSON of the shape `{"aliases": {..}, "terms": {..}}`, each member
/// optional, each an object of strings.
pub(crate) fn read_json(
    text: &str,
    mut add: impl FnMut(FileEntry<'_>, &str, usize) -> Result<(), VocabularyError>,
) -> Result<(), VocabularyError> {
    let mut json = Json {
        text: text.strip_prefix('\u{feff}').unwrap_or(text),
        at: 0,
        line: 1,
    };
    json.expect('{')?;
    let mut seen: Vec<String> = Vec::new();
    if !json.eat('}')? {
        loop {
            let line = json.skip_space()?;
            let name = json.string()?;
            let kind = match name.as_str() {
                "aliases" => EntryKind::Alias,
                "terms" => EntryKind::Term,
                _ => {
                    return Err(syntax(
                        format!("unknown member {name:?}: expected \"aliases\" or \"terms\""),
                        line,
                    ));
                }
            };
            if seen.contains(&name) {
                return Err(syntax(format!("{name:?} is given twice"), line));
            }
            seen.push(name);
            json.expect(':')?;
            json.expect('{')?;
            let mut keys: BTreeSet<String> = BTreeSet::new();
            if !json.eat('}')? {
                loop {
                    let line = json.skip_space()?;
                    let key = json.string()?;
                    if keys.contains(&key) {
                        return Err(syntax(format!("{key:?} is given twice"), line));
                    }
                    json.expect(':')?;
                    json.skip_space()?;
                    let value = json.string()?;
                    add(FileEntry { text: &key, kind }, &value, line)
                        .map_err(|e| e.at(Some(line)))?;
                    keys.insert(key);
                    if !json.comma_or('}')? {
                        break;
                    }
                }
            }
            if !json.comma_or('}')? {
                break;
            }
        }
    }
    let line = json.skip_space()?;
    if json.rest().is_empty() {
        Ok(())
    } else {
        Err(syntax("text after the end of the JSON object".into(), line))
    }
}

/// A cursor over JSON text that knows its line.
struct Json<'a> {
    text: &'a str,
    at: usize,
    line: usize,
}

impl Json<'_> {
    fn rest(&self) -> &str {
        self.text.get(self.at..).unwrap_or_default()
    }

    fn error(&self, message: String) -> VocabularyError {
        syntax(message, self.line)
    }

    fn found(&self) -> String {
        match self.rest().chars().next() {
            Some(c) => format!("{c:?}"),
            None => "the end of the text".into(),
        }
    }

    /// Skips white space; returns the line the next token is on.
    fn skip_space(&mut self) -> Result<usize, VocabularyError> {
        while let Some(c) = self.rest().chars().next() {
            match c {
                '\n' => self.line = self.line.saturating_add(1),
                ' ' | '\t' | '\r' => {}
                _ => break,
            }
            self.at = self.at.saturating_add(1);
        }
        Ok(self.line)
    }

    fn expect(&mut self, wanted: char) -> Result<(), VocabularyError> {
        self.skip_space()?;
        if self.rest().starts_with(wanted) {
            self.at = self.at.saturating_add(1);
            Ok(())
        } else {
            Err(self.error(format!("expected {wanted:?}, found {}", self.found())))
        }
    }

    /// Takes `wanted` if it comes next.
    fn eat(&mut self, wanted: char) -> Result<bool, VocabularyError> {
        self.skip_space()?;
        if self.rest().starts_with(wanted) {
            self.at = self.at.saturating_add(1);
            return Ok(true);
        }
        Ok(false)
    }

    /// After a member: `true` on a comma (another member follows), `false`
    /// on the closing `close`.
    fn comma_or(&mut self, close: char) -> Result<bool, VocabularyError> {
        if self.eat(',')? {
            return Ok(true);
        }
        if self.eat(close)? {
            return Ok(false);
        }
        Err(self.error(format!("expected ',' or {close:?}, found {}", self.found())))
    }

    fn string(&mut self) -> Result<String, VocabularyError> {
        if !self.rest().starts_with('"') {
            return Err(self.error(format!("expected a string, found {}", self.found())));
        }
        self.at = self.at.saturating_add(1);
        let mut out = String::new();
        loop {
            let text = self.text;
            let mut chars = text.get(self.at..).unwrap_or_default().chars();
            let Some(c) = chars.next() else {
                return Err(self.error("a string is not closed".into()));
            };
            self.at = self.at.saturating_add(c.len_utf8());
            match c {
                '"' => return Ok(out),
                '\\' => {
                    let Some(escape) = chars.next() else {
                        return Err(self.error("a string is not closed".into()));
                    };
                    self.at = self.at.saturating_add(escape.len_utf8());
                    match escape {
                        '"' | '\\' | '/' => out.push(escape),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => out.push(self.unicode_escape()?),
                        other => return Err(self.error(format!("unknown escape \\{other}"))),
                    }
                }
                c if u32::from(c) < 0x20 => {
                    return Err(self.error("a control character inside a string".into()));
                }
                c => out.push(c),
            }
        }
    }

    /// The character of a `\u` escape, whose `\u` is already read; a
    /// surrogate pair is two escapes.
    fn unicode_escape(&mut self) -> Result<char, VocabularyError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.rest().starts_with("\\u") {
                return Err(self.error("a lone surrogate in a \\u escape".into()));
            }
            self.at = self.at.saturating_add(2);
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("a lone surrogate in a \\u escape".into()));
            }
            // Both are in range (checked above), so this cannot overflow.
            0x10000_u32
                .wrapping_add(first.wrapping_sub(0xD800) << 10)
                .wrapping_add(second.wrapping_sub(0xDC00))
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("a lone surrogate in a \\u escape".into()))
    }

    fn hex4(&mut self) -> Result<u32, VocabularyError> {
        let digits = self.rest().get(..4).unwrap_or_default();
        match u32::from_str_radix(digits, 16) {
            Ok(value) if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_hexdigit()) => {
                self.at = self.at.saturating_add(4);
                Ok(value)
            }
            _ => Err(self.error("a \\u escape needs four hex digits".into())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::ToString;
    use std::vec;

    fn csv(text: &str) -> Result<Vec<(String, String, usize)>, VocabularyError> {
        let mut out = Vec::new();
        read_csv(text, |entry, target, line| {
            out.push((entry.text.to_string(), target.to_string(), line));
            Ok(())
        })?;
        Ok(out)
    }

    fn json(text: &str) -> Result<Vec<(String, String, usize, EntryKind)>, VocabularyError> {
        let mut out = Vec::new();
        read_json(text, |entry, target, line| {
            out.push((entry.text.to_string(), target.to_string(), line, entry.kind));
            Ok(())
        })?;
        Ok(out)
    }

    #[test]
    fn csv_fields_quotes_comments_and_line_numbers() {
        let got = csv("\u{feff}# local titles\r\nAlias,Role,Source\r\n\r\n\"Analyst, EPR\",data-analyst,\"HR \"\"A\"\"\"\r\n Trainer , x ,y\n").unwrap();
        assert_eq!(
            got,
            vec![
                ("Analyst, EPR".to_string(), "data-analyst".to_string(), 4),
                ("Trainer".to_string(), "x".to_string(), 5),
            ]
        );
    }

    #[test]
    fn csv_errors_name_the_line() {
        let line = |text: &str| csv(text).unwrap_err().line();
        assert_eq!(line("role,alias\n"), Some(1));
        assert_eq!(line(""), Some(1));
        assert_eq!(line("alias,role\na,b\na,b,c\n"), Some(3));
        assert_eq!(line("alias,role,source\na,b\na,b,c\na\n"), Some(4));
        assert_eq!(line("alias,role\n\n\"a,b\n"), Some(3));
        assert_eq!(line("alias,role\na\"b,c\n"), Some(2));
        assert_eq!(line("alias,role\n\"a\"b,c\n"), Some(2));
        assert_eq!(line("alias,role,a,b\n"), Some(1));
        let error = csv("alias,role\nx,y\nz\n").unwrap_err();
        assert_eq!(error.to_string(), "line 3: expected 2 fields, found 1");
    }

    #[test]
    fn json_reads_both_members_with_their_lines() {
        let got = json("{\n \"terms\": {\"Caldicott Lead\": \"ig\"},\n \"aliases\": {\n  \"EPR \\u0041nalyst\": \"x\",\n  \"\\ud83d\\ude00\": \"y\"\n }\n}\n").unwrap();
        assert_eq!(
            got,
            vec![
                ("Caldicott Lead".into(), "ig".into(), 2, EntryKind::Term),
                ("EPR Analyst".into(), "x".into(), 4, EntryKind::Alias),
                ("\u{1F600}".into(), "y".into(), 5, EntryKind::Alias),
            ]
        );
        assert_eq!(json("{}").unwrap(), vec![]);
        assert_eq!(json(" { \"aliases\" : { } } ").unwrap(), vec![]);
    }

    #[test]
    fn json_errors_name_the_line() {
        let line = |text: &str| json(text).unwrap_err().line();
        assert_eq!(line(""), Some(1));
        assert_eq!(line("[]"), Some(1));
        assert_eq!(line("{\n\"roles\": {}}"), Some(2));
        assert_eq!(line("{\"aliases\": {}, \n\"aliases\": {}}"), Some(2));
        assert_eq!(
            line("{\"aliases\": {\n\"a\": \"b\",\n\"a\": \"c\"}}"),
            Some(3)
        );
        assert_eq!(line("{\"aliases\": {\"a\": 7}}"), Some(1));
        assert_eq!(line("{\"aliases\": {\"a\": \"b\",}}"), Some(1));
        assert_eq!(line("{\"aliases\": {\"a\": \"b\"}}\nx"), Some(2));
        assert_eq!(line("{\"aliases\": {\"a\": \"b"), Some(1));
        assert_eq!(line("{\"aliases\": {\"a\": \"\\x\"}}"), Some(1));
        assert_eq!(line("{\"aliases\": {\"a\": \"\\ud800\"}}"), Some(1));
        assert_eq!(line("{\"aliases\": {\"a\": \"\\u12\"}}"), Some(1));
        assert_eq!(line("{\"aliases\": {\"a\": \"\n\"}}"), Some(1));
    }
}
