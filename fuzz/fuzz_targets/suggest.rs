//! `suggest`: never panics, at most three distinct roles, and a valid title
//! suggests its own role first.
#![no_main]

use digital_health_roles::{Role, suggest};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let suggestions = suggest(text);
    let expected_len = suggestions.len();
    let roles: Vec<Role> = suggestions.collect();
    assert_eq!(roles.len(), expected_len);
    assert!(roles.len() <= 3);
    for (i, role) in roles.iter().enumerate() {
        assert!(!roles[..i].contains(role));
    }
    if let Ok(role) = Role::from_title(text) {
        assert_eq!(roles.first(), Some(&role));
    }
});
