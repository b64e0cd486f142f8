//! `parse_title`: never panics, agrees with `Role::from_title` on plain
//! titles, and its canonical form parses back to the same value.
#![no_main]

use digital_health_roles::{JobTitle, Role, parse_title};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let parsed = parse_title(text);
    if let Ok(role) = Role::from_title(text) {
        assert_eq!(parsed, Ok(JobTitle::new(role)));
    }
    if let Ok(title) = parsed {
        let canonical = title.to_string();
        assert_eq!(parse_title(&canonical), Ok(title), "{canonical}");
    }
});
