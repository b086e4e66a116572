//! Roles: a person's title or function, in apposition either way round:
//! `le secrétaire général de l'Alliance, Jean Dupont`, `Jean Dupont, secrétaire général
//! de l'Alliance`, `Alliance Secretary General Jean Dupont`, `Governor X`, `le préfet X`.

use crate::claims::found::Found;
use crate::lang::{calendar, lexicon, roles, stopwords, variants};
use crate::text::{tokens_shared, Span, Token};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Role {
    /// The title as written: `secrétaire général de l'Alliance`.
    pub title: String,
    /// The head's key: `secretaire general`, `porte-parole` (spokesman too).
    pub head: String,
    /// The body or scope words of the title (`alliance`, `mairie`, `transports`).
    pub scope: Vec<String>,
    /// The person as written: `Jean Dupont`.
    pub person: String,
    /// Transliteration-proof keys of the person's names, surname last.
    pub names: Vec<String>,
    /// Where the title and the name stand, in the sentence's plain text.
    pub title_span: Span,
    pub person_span: Span,
}

impl Role {
    /// Whether two roles name the same person (surname, and first names that agree).
    pub fn same_person(&self, other: &Role) -> bool {
        let (Some(a), Some(b)) = (self.names.last(), other.names.last()) else {
            return false;
        };
        if a != b {
            return false;
        }
        match (self.names.len() > 1, other.names.len() > 1) {
            (true, true) => same_first_name(&self.names[0], &other.names[0]),
            _ => true,
        }
    }

    /// Whether two titles name the same body (`préfète de la Haute-Corvanne`,
    /// `Upper Corvanne Governor`), whatever the head.
    pub fn same_body(&self, other: &Role) -> bool {
        fn words(r: &Role) -> Vec<&String> {
            r.scope
                .iter()
                .filter(|w| !roles::is_scope_adjective(w) && !lexicon::any(|l| l.orienting, w))
                .collect()
        }
        shares_scope(&words(self), &words(other))
    }

    /// Whether two titles can be the same function: same head, and scopes that do
    /// not clearly name two different bodies.
    pub fn same_title(&self, other: &Role) -> bool {
        if self.head != other.head {
            return false;
        }
        let a: Vec<&String> = self
            .scope
            .iter()
            .filter(|w| !roles::is_scope_adjective(w))
            .collect();
        let b: Vec<&String> = other
            .scope
            .iter()
            .filter(|w| !roles::is_scope_adjective(w))
            .collect();
        if a.is_empty() || b.is_empty() {
            // `président polonais` vs `président polonais`: compare the adjectives then
            let aa: Vec<&String> = self.scope.iter().collect();
            let bb: Vec<&String> = other.scope.iter().collect();
            return aa.is_empty() || bb.is_empty() || shares_scope(&aa, &bb);
        }
        shares_scope(&a, &b)
    }
}

/// Whether two scopes share a word, French and English forms meeting.
fn shares_scope(a: &[&String], b: &[&String]) -> bool {
    let b: Vec<String> = b.iter().flat_map(|w| scope_keys(w)).collect();
    a.iter().flat_map(|w| scope_keys(w)).any(|k| b.contains(&k))
}

/// The keys of a scope word: the word's, and those of the parts of a compound
/// (`Haute-Corvanne` meets `Upper Corvanne`) but for parts that only orient.
fn scope_keys(w: &str) -> Vec<String> {
    let mut keys = vec![variants::scope_key(w)];
    if w.contains('-') {
        keys.extend(
            w.split('-')
                .filter(|p| p.chars().count() > 2 && !lexicon::any(|l| l.orienting, p))
                .map(variants::scope_key),
        );
    }
    keys
}

/// Whether two first-name keys can be the same person's: equal, one the start of the
/// other (`Jean`, `Jean-Pierre`), or an initial matching the other's first letter.
/// Initials of full names are not enough: the keys read `j` and `y` as `i`, so
/// `Jacinthe` and `Yolande` would share one.
fn same_first_name(a: &str, b: &str) -> bool {
    let initial = |s: &str| s.chars().count() <= 1;
    if initial(a) || initial(b) {
        return a.chars().next() == b.chars().next();
    }
    a.starts_with(b) || b.starts_with(a)
}

/// Words that may stand inside a title's scope (`de l'`, `des`, `of the`).
fn is_link(w: &str) -> bool {
    lexicon::any(|l| l.scope_links, w)
}

fn gap<'a>(s: &'a str, a: &Token, b: &Token) -> &'a str {
    s.get(a.span.end..b.span.start).unwrap_or("")
}

/// A capitalized word that can be part of a person's name.
fn namelike(t: &Token) -> bool {
    t.capitalized
        && t.norm.chars().any(char::is_alphabetic)
        && !stopwords::is_stopword(&t.norm)
        && calendar::month(&t.norm).is_none()
        && calendar::weekday(&t.norm).is_none()
        && !roles::is_head_word(&t.norm)
        && !t.norm.ends_with('\'')
}

/// A name run starting at token `i`: up to four capitalized words with only spaces
/// between them, not an acronym (`ONU` is a body, not a person).
fn name_from(s: &str, toks: &[Token], i: usize) -> Option<usize> {
    let mut j = i;
    while j < toks.len()
        && j - i < 4
        && namelike(&toks[j])
        && (j == i || gap(s, &toks[j - 1], &toks[j]).trim().is_empty())
    {
        j += 1;
    }
    let run = &toks[i..j];
    let acronym = |t: &Token| {
        let raw = t.span.slice(s);
        raw.len() > 1 && raw.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
    };
    (j > i && !run.iter().all(acronym)).then_some(j)
}

/// A name run ending just before token `end` (exclusive).
fn name_before(s: &str, toks: &[Token], end: usize) -> Option<usize> {
    let mut i = end;
    while i > 0
        && end - i < 4
        && namelike(&toks[i - 1])
        && (i == end || gap(s, &toks[i - 1], &toks[i]).trim().is_empty())
    {
        i -= 1;
    }
    (i < end).then_some(i)
}

/// The roles of one sentence.
pub fn find(s: &str) -> Vec<Found<Role>> {
    let toks = tokens_shared(s);
    let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some((len, head)) = roles::head_at(&norms, i) else {
            i += 1;
            continue;
        };
        // A title-case head after a capitalized modifier: `UN Secretary General`,
        // `County Sheriff`, `Alliance spokesman`.
        let mut title_start = i;
        while title_start > 0
            && toks[title_start - 1].capitalized
            && gap(s, &toks[title_start - 1], &toks[title_start])
                .trim()
                .is_empty()
            && !stopwords::is_stopword(&toks[title_start - 1].norm)
            && (toks[i].capitalized || i - title_start < 2)
        {
            title_start -= 1;
        }
        // The title's scope after the head: adjectives and `de ...` phrases, up to a comma.
        let mut end = i + len;
        let mut scope = Vec::new();
        for t in &toks[title_start..i] {
            scope.push(variants::canonical_org(&t.norm).to_string());
        }
        let mut after_link = false;
        while end < toks.len() && end - i < 9 {
            let t = &toks[end];
            let g = gap(s, &toks[end - 1], t);
            if !g.trim().is_empty() && g.trim() != "-" {
                break;
            }
            if is_link(&t.norm) {
                after_link = true;
                end += 1;
                continue;
            }
            // A capitalized word after a link, or one more after it that lowercase
            // scope words follow, names the body (`for the Upper Corvanne education
            // authority`); otherwise a name starts (`le président vérinellois Aurèle Pradine`).
            let body_goes_on = end > i + len
                && toks[end - 1].capitalized
                && toks.get(end + 1).is_some_and(|n| {
                    !n.capitalized
                        && gap(s, t, n).trim().is_empty()
                        && !stopwords::is_stopword(&n.norm)
                        && !crate::lang::attribution::is_speech_verb(&n.norm, None)
                });
            if t.capitalized && !after_link && !body_goes_on {
                break;
            }
            if !t.capitalized
                && (stopwords::is_stopword(&t.norm)
                    || crate::lang::attribution::is_speech_verb(&t.norm, None))
            {
                break;
            }
            if t.norm.chars().any(|c| c.is_ascii_digit()) {
                break;
            }
            scope.push(variants::canonical_org(&t.norm).to_string());
            after_link = false;
            end += 1;
        }
        while end > i + len && is_link(&toks[end - 1].norm) {
            end -= 1;
        }
        let title_span = Span::new(toks[title_start].span.start, toks[end - 1].span.end);
        // The person: after the title (`…de l'Alliance, Jean Dupont`, `Governor Ann Lee`)
        // or before it (`Jean Dupont, secrétaire général…`).
        let mut person = None;
        if end < toks.len() {
            let g = gap(s, &toks[end - 1], &toks[end]).trim();
            if g.is_empty() || g == "," {
                if let Some(j) = name_from(s, &toks, end) {
                    let closes = j == toks.len() || {
                        let after = gap(s, &toks[j - 1], &toks[j]).trim();
                        !after.is_empty() || !toks[j].capitalized
                    };
                    let single_ok = j - end > 1
                        || g.is_empty()
                        || gap(s, &toks[j - 1], toks.get(j).unwrap_or(&toks[j - 1])).contains(',');
                    if closes && single_ok {
                        person = Some((end, j));
                    }
                }
            }
        }
        if person.is_none() && title_start > 0 {
            // skip a determiner: `Jean Dupont, le secrétaire général`, `Ann Lee, a
            // spokeswoman for the county`
            let mut k = title_start;
            if k > 0 && matches!(norms[k - 1], "le" | "la" | "l'" | "the" | "a" | "an") {
                k -= 1;
            }
            if k > 0 && gap(s, &toks[k - 1], &toks[k]).trim() == "," {
                if let Some(st) = name_before(s, &toks, k) {
                    if k - st > 1 || st == 0 || gap(s, &toks[st - 1], &toks[st]).contains(',') {
                        person = Some((st, k));
                    }
                }
            }
        }
        let Some((ps, pe)) = person else {
            i = end.max(i + 1);
            continue;
        };
        let person_span = Span::new(toks[ps].span.start, toks[pe - 1].span.end);
        let names: Vec<String> = toks[ps..pe]
            .iter()
            .map(|t| variants::name_key(t.span.slice(s)))
            .collect();
        let span = title_span.cover(person_span);
        out.push(Found {
            value: Role {
                title: title_span.slice(s).to_string(),
                head: head.to_string(),
                scope,
                person: person_span.slice(s).to_string(),
                names,
                title_span,
                person_span,
            },
            span,
            fix_span: title_span,
            extent: span,
        });
        i = end.max(pe);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(sentence, [(title, person)])`
    fn check(sentence: &str, expected: &[(&str, &str)]) {
        let found = find(sentence);
        let got: Vec<(String, String)> = found
            .iter()
            .map(|f| (f.value.title.clone(), f.value.person.clone()))
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "roles of {sentence:?}");
    }

    #[test]
    fn appositions_both_ways() {
        check(
            "Le secrétaire général de l'Alliance, Jean Dupont, a dit",
            &[("secrétaire général de l'Alliance", "Jean Dupont")],
        );
        check(
            "Jean Dupont, porte-parole du ministère des Finances, a annoncé",
            &[("porte-parole du ministère des Finances", "Jean Dupont")],
        );
        check(
            "Le président polonais Jan Nowak doit venir",
            &[("président polonais", "Jan Nowak")],
        );
        check("Governor Ann Lee declared", &[("Governor", "Ann Lee")]);
        check(
            "Judith Marveaux, a spokeswoman for the Upper Corvanne education authority, said classes would resume.",
            &[(
                "spokeswoman for the Upper Corvanne education authority",
                "Judith Marveaux",
            )],
        );
        check(
            "Judith Roy, a spokeswoman for the county education authority, said",
            &[(
                "spokeswoman for the county education authority",
                "Judith Roy",
            )],
        );
        check(
            "County Sheriff Bo Ray ordered",
            &[("County Sheriff", "Bo Ray")],
        );
        check(
            "said incident commander Tom Reed.",
            &[("incident commander", "Tom Reed")],
        );
        check(
            "La ministre des Transports, Inès Roy, a dénoncé",
            &[("ministre des Transports", "Inès Roy")],
        );
        check("le porte-parole de la mairie a annoncé", &[]);
    }

    #[test]
    fn same_title_and_person() {
        let r = |s: &str| find(s)[0].value.clone();
        let a = r("Dmitri Ivanov, porte-parole de la mairie, a dit");
        let b = r("Le porte-parole de la présidence russe, Dmitry Ivanov, a dit");
        let c = r("Dmitri Ivanov, porte-parole de la mairie.");
        assert!(a.same_person(&b));
        assert!(!a.same_title(&b));
        assert!(a.same_title(&c));
        // Same surname, other first name: another person, even where the
        // transliteration keys give both first names the same initial.
        let d = r("Le préfet de la Loire, Jacinthe Perrolet, a dit");
        let e = r("La préfète du Rhône, Yolande Perrolet, a dit");
        assert!(!d.same_person(&e));
        let g = r("La préfète de la Haute-Corvanne, Yolande Perrolet, a dit");
        let h = r("Upper Corvanne Governor Yolande Perrolet said");
        assert!(g.same_body(&h));
        assert!(!g.same_body(&d));
        assert!(same_first_name("j", "joachim"));
        assert!(same_first_name("jean", "jeanpiere"));
    }
}
