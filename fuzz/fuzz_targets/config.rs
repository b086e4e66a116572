//! Fuzz target: settings parsing, `recoupe.toml` (`Settings::from_toml`) and the
//! editor-settings form (`RawSettings` from JSON, merged with `Settings::merge`).
//! Either may refuse its input with a message; neither may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recoupe::config::{RawSettings, Settings};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let base = Path::new("/ws");
    if mode % 2 == 0 {
        if let Ok(s) = Settings::from_toml(text, base) {
            assert!(s.debounce_ms <= 10_000);
            assert!(matches!(s.language.as_str(), "fr" | "en" | "auto"));
        }
    } else if let Ok(raw) = serde_json::from_str::<RawSettings>(text) {
        let mut s = Settings::default();
        if s.merge(raw, base).is_ok() {
            assert!(s.debounce_ms <= 10_000);
        }
    }
});
