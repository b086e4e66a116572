//! The words Recoupe says to people, in the draft's language: one Fluent catalogue
//! per language (`data/messages/en.ftl`, `data/messages/fr.ftl`), looked up by id.
//!
//! Every message a person reads goes through [`tr`] (or the [`tr!`](crate::tr)
//! macro): diagnostics, fix and code-action titles, hovers, the terminal's lines
//! and the server's notices. Evidence is quoted as its source wrote it, and the
//! verdict codes (`contradicted`…) stay as they are: only the words around them
//! change. Fluent (`fluent-bundle`, Mozilla's implementation, the one Firefox
//! ships) gives each language its own plural rules and word order, so a French
//! sentence is written as French, not as English with French words in it.
//!
//! The tests check that both catalogues have the same messages with the same
//! placeholders, and that every id the code asks for is in them.

use crate::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The English catalogue, built into the binary.
pub const EN: &str = include_str!("../data/messages/en.ftl");
/// The French catalogue, built into the binary.
pub const FR: &str = include_str!("../data/messages/fr.ftl");

/// A value given to a message's placeholder: words, or a count (which picks the
/// plural form).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Count(usize),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Count(n)
    }
}

/// A message in `lang`: `tr!(lang, "id", name = value, …)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(, $key:ident = $value:expr)* $(,)?) => {
        $crate::messages::tr(
            $lang,
            $id,
            &[$((stringify!($key), $crate::messages::Arg::from($value))),*],
        )
    };
}

struct Catalogues {
    en: FluentBundle<FluentResource>,
    fr: FluentBundle<FluentResource>,
}

fn bundle(tag: &str, source: &str) -> FluentBundle<FluentResource> {
    let locale = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Unicode isolation marks would end up in terminals, JSON and editors' hovers,
    // where they show as stray characters; placeables here are words and figures.
    bundle.set_use_isolating(false);
    // A message that does not parse is left out (and the tests fail on it): the
    // rest of the catalogue still serves.
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

fn catalogues() -> &'static Catalogues {
    static CATALOGUES: OnceLock<Catalogues> = OnceLock::new();
    CATALOGUES.get_or_init(|| Catalogues {
        en: bundle("en", EN),
        fr: bundle("fr", FR),
    })
}

/// Message `id` in `lang`, its placeholders filled from `args`. An id missing from
/// the language's catalogue falls back to English, then to the id itself: a
/// message is never lost, and the tests keep both catalogues whole.
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let c = catalogues();
    let first = match lang {
        Lang::Fr => &c.fr,
        Lang::En => &c.en,
    };
    let mut fluent_args = FluentArgs::new();
    for (key, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.as_ref()),
            Arg::Count(n) => FluentValue::from(*n),
        };
        fluent_args.set(*key, value);
    }
    for bundle in [first, &c.en] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message of a catalogue and the placeholders it uses.
    fn placeholders(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("the catalogue does not parse: {errors:?}"),
        };
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
            }
        }
        out
    }

    fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, vars),
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            _ => {}
        }
    }

    #[test]
    fn both_catalogues_have_the_same_messages_with_the_same_placeholders() {
        let (en, fr) = (placeholders(EN), placeholders(FR));
        assert!(en.len() > 20, "the English catalogue is nearly empty");
        let en_ids: BTreeSet<_> = en.keys().collect();
        let fr_ids: BTreeSet<_> = fr.keys().collect();
        assert_eq!(en_ids, fr_ids, "messages missing from one catalogue");
        for (id, vars) in &en {
            assert_eq!(Some(vars), fr.get(id), "placeholders of {id} differ");
        }
    }

    /// Every `tr!(…, "id"…)` in the sources names a message both catalogues have.
    #[test]
    fn every_message_the_code_asks_for_is_in_the_catalogues() {
        let (en, fr) = (placeholders(EN), placeholders(FR));
        let mut asked = BTreeSet::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for entry in walkdir::WalkDir::new(root).into_iter().flatten() {
            if entry.path().extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                // `tr!(lang, "id"`: the id is the second argument, a literal.
                for (i, _) in text.match_indices("tr!(") {
                    let rest = &text[i + 4..];
                    let Some(comma) = rest.find(',') else {
                        continue;
                    };
                    let Some(quoted) = rest[comma + 1..].trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let id: String = quoted.chars().take_while(|c| *c != '"').collect();
                    if !id.is_empty() && id != "id" {
                        asked.insert(id);
                    }
                }
            }
        }
        assert!(asked.len() > 20, "found only {} ids", asked.len());
        for id in &asked {
            assert!(en.contains_key(id), "{id} is not in en.ftl");
            assert!(fr.contains_key(id), "{id} is not in fr.ftl");
        }
    }

    fn check(lang: Lang, id: &str, args: &[(&str, Arg)], expected: &str) {
        assert_eq!(tr(lang, id, args), expected);
    }

    #[test]
    fn fills_placeholders_and_picks_the_plural_in_each_language() {
        check(
            Lang::En,
            "summary-head",
            &[("findings", Arg::Count(1)), ("files", Arg::Count(2))],
            "1 finding in 2 files",
        );
        check(
            Lang::Fr,
            "summary-head",
            &[("findings", Arg::Count(3)), ("files", Arg::Count(1))],
            "3 constats dans 1 fichier",
        );
        // French counts 0 and 1 as singular.
        check(
            Lang::Fr,
            "summary-head",
            &[("findings", Arg::Count(0)), ("files", Arg::Count(1))],
            "0 constat dans 1 fichier",
        );
    }

    #[test]
    fn an_unknown_id_falls_back_to_itself() {
        check(Lang::Fr, "no-such-message", &[], "no-such-message");
    }
}
