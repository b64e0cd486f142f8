//! serde: any JSON document deserializes to a `Role`, `Family` or `JobTitle`
//! or fails cleanly, and what succeeds agrees with the text lookups.
#![no_main]

use digital_health_roles::{Family, JobTitle, Role, parse_title};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text: Option<String> = serde_json::from_slice(data).ok();
    if let Ok(role) = serde_json::from_slice::<Role>(data) {
        assert_eq!(text.as_deref().map(Role::from_title), Some(Ok(role)));
        assert_eq!(serde_json::to_string(&role).ok(), Some(format!("\"{}\"", role.id())));
    }
    if let Ok(family) = serde_json::from_slice::<Family>(data) {
        assert_eq!(text.as_deref().map(Family::from_name), Some(Ok(family)));
    }
    if let Ok(title) = serde_json::from_slice::<JobTitle>(data) {
        assert_eq!(text.as_deref().map(parse_title), Some(Ok(title)));
        let json = serde_json::to_string(&title).unwrap_or_default();
        assert_eq!(serde_json::from_str::<JobTitle>(&json).ok(), Some(title));
    }
});
