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
    /// The head is written in the feminine (`la procureure`, `l'avocate générale`).
    pub feminine: bool,
    /// The title is not held now (`l'ancien ministre`, `former mayor`).
    pub not_now: bool,
    /// The head alone cannot tell one office from another (`le chef`, `le colonel`).
    pub generic: bool,
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

    /// Whether two titles can be the same function: heads that fit, and scopes that
    /// do not clearly name two different bodies.
    pub fn same_title(&self, other: &Role) -> bool {
        roles::heads_fit(&self.head, &other.head) && self.same_scope(other)
    }

    /// Whether this title can be one the person holds under `other`: the same
    /// function, or a head too vague to tell (`le chef`, `le colonel`) against another.
    /// A vague head or a rank is never contradicted by another head (the judge stays
    /// silent on it), and never supports one either.
    pub fn fits(&self, other: &Role) -> bool {
        self.same_title(other)
    }

    /// Whether the title is a rank (`colonel`, `Sergeant`) rather than an office.
    pub fn is_rank(&self) -> bool {
        roles::is_rank(&self.head)
    }

    /// Whether two titles' scopes can name the same body.
    fn same_scope(&self, other: &Role) -> bool {
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
    let b: Vec<u64> = b.iter().flat_map(|w| scope_keys(w).to_vec()).collect();
    a.iter()
        .any(|w| scope_keys(w).iter().any(|k| b.contains(k)))
}

/// The keys of a scope word, as hashes: the word's, and those of the parts of a
/// compound (`Haute-Corvanne` meets `Upper Corvanne`) but for parts that only orient.
/// A title is compared with every title of its person across the corpus, and scope
/// words repeat: each thread works each word's keys out once.
fn scope_keys(w: &str) -> std::rc::Rc<[u64]> {
    use std::cell::RefCell;
    use std::rc::Rc;
    thread_local! {
        static MEMO: RefCell<rustc_hash::FxHashMap<String, Rc<[u64]>>> = RefCell::default();
    }
    if let Some(hit) = MEMO.with(|m| m.borrow().get(w).cloned()) {
        return hit;
    }
    let hash = |k: &str| xxhash_rust::xxh3::xxh3_64(k.as_bytes());
    let mut keys = vec![hash(&variants::scope_key(w))];
    keys.extend(roles::place_stem(w).as_deref().map(hash));
    if w.contains('-') {
        keys.extend(
            w.split('-')
                .filter(|p| p.chars().count() > 2 && !lexicon::any(|l| l.orienting, p))
                .map(|p| hash(&variants::scope_key(p))),
        );
    }
    let keys: Rc<[u64]> = keys.into();
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        // Scope words are few; a runaway corpus only restarts the memo.
        if m.len() >= 100_000 {
            m.clear();
        }
        m.insert(w.to_string(), keys.clone());
    });
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

/// A function word, elided ones included (`qu'`, `n'`).
fn is_function_word(norm: &str) -> bool {
    stopwords::is_stopword(norm) || stopwords::is_stopword(norm.trim_end_matches(['\'', '’']))
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
        && (j == i || joined(s, &toks[j - 1], &toks[j]))
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

/// Whether two words of a name follow each other: a space between them, or the
/// point of an initial (`J. Dupont`, `Ann B. Lee`).
fn joined(s: &str, a: &Token, b: &Token) -> bool {
    let g = gap(s, a, b).trim();
    g.is_empty() || (g == "." && a.span.slice(s).chars().count() == 1)
}

/// A name run ending just before token `end` (exclusive).
fn name_before(s: &str, toks: &[Token], end: usize) -> Option<usize> {
    let mut i = end;
    while i > 0
        && end - i < 4
        && namelike(&toks[i - 1])
        && (i == end || joined(s, &toks[i - 1], &toks[i]))
    {
        i -= 1;
    }
    (i < end).then_some(i)
}

/// An honorific at token `i` directly before a name (`Me Dupont`, `M. Dupont`,
/// `Dr. Lee`): the token where the name starts.
fn after_honorific(s: &str, toks: &[Token], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    let next = toks.get(i + 1)?;
    let g = gap(s, t, next).trim();
    (t.capitalized && roles::is_honorific(&t.norm) && (g.is_empty() || g == ".") && namelike(next))
        .then_some(i + 1)
}

/// Whether token `i` is a determiner that may open an apposed title.
fn is_determiner(norm: &str) -> bool {
    matches!(
        norm,
        "le" | "la" | "l'" | "l’" | "un" | "une" | "the" | "a" | "an"
    )
}

/// English words before the head that belong to the title: `the fire chief`,
/// `the Halbrook city manager`, after a determiner or a possessive only, where
/// nothing else can stand between them. The token where the title starts.
fn lowercase_modifiers(s: &str, toks: &[Token], i: usize) -> usize {
    let mut m = i;
    while m > 0
        && i - m < 3
        && (!toks[m - 1].capitalized || !roles::is_honorific(&toks[m - 1].norm))
        && gap(s, &toks[m - 1], &toks[m]).trim().is_empty()
        && !stopwords::is_stopword(&toks[m - 1].norm)
        && !toks[m - 1].norm.ends_with(['\'', '’'])
        && toks[m - 1].norm != "s"
        && toks[m - 1].norm.chars().all(char::is_alphabetic)
        && !crate::lang::attribution::is_speech_verb(&toks[m - 1].norm, None)
        && !roles::is_not_now(&toks[m - 1].norm)
    {
        m -= 1;
    }
    let opened = m > 0
        && matches!(
            toks[m - 1].norm.as_str(),
            "the" | "a" | "an" | "its" | "their"
        )
        || m > 1 && toks[m - 1].norm == "s" && toks[m - 2].norm.ends_with(['\'', '’']);
    // A nationality opens them too: `Velmarian government spokeswoman`.
    let nationality = m < i && toks[m].capitalized && roles::is_scope_adjective(&toks[m].norm);
    if opened || nationality {
        m
    } else {
        i
    }
}

/// Where the person of a title standing after them starts and ends: `Ann Lee, the
/// fire chief`, `Ann Lee, its spokeswoman`, `Ann Lee, Acme's chief executive`, `Jean
/// Dupont, le préfet`. Also the capitalized possessor, which names the body.
fn person_before(
    s: &str,
    toks: &[Token],
    title_start: usize,
) -> Option<(usize, usize, Option<usize>)> {
    let norms = |k: usize| toks[k].norm.as_str();
    let mut k = title_start;
    let mut possessor = None;
    if k > 0 && roles::is_possessive(norms(k - 1)) {
        k -= 1;
    } else if k > 1 && norms(k - 1) == "s" && norms(k - 2).ends_with(['\'', '’']) {
        k -= 2;
        if toks[k].capitalized {
            possessor = Some(k);
        }
    }
    if k > 0 && is_determiner(norms(k - 1)) {
        k -= 1;
    }
    if k == 0 || gap(s, &toks[k - 1], &toks[k]).trim() != "," {
        return None;
    }
    let st = name_before(s, toks, k)?;
    let single_ok = k - st > 1
        || st == 0
        || gap(s, &toks[st - 1], &toks[st]).contains(',')
        || (st > 0 && after_honorific(s, toks, st - 1) == Some(st));
    single_ok.then_some((st, k, possessor))
}

/// The roles of one sentence.
pub fn find(s: &str) -> Vec<Found<Role>> {
    let toks = tokens_shared(s);
    let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let mut out = Vec::new();
    // The last title's person and end, when another title is coordinated after it;
    // a title coordinated before its person's name, waiting for it.
    let mut shared: Option<(usize, (usize, usize))> = None;
    let mut pending: Option<(usize, Title)> = None;
    let mut i = 0;
    while i < toks.len() {
        let Some(head) = roles::head_at(&norms, i) else {
            // `Me Dupont`: the French honorific alone says a lawyer.
            if let Some(found) = lawyer_at(s, &toks, i) {
                i = found.1;
                out.push(found.0);
            } else {
                i += 1;
            }
            continue;
        };
        let len = head.len;
        // `juge`, `préside`: a head that is also a verb, read as one before a
        // complement (`X juge qu'il faut`, `on juge un homme`).
        if roles::is_also_verb(head.key)
            && len == 1
            && toks.get(i + 1).is_some_and(|n| {
                is_function_word(&n.norm)
                    && !is_link(&n.norm)
                    && gap(s, &toks[i], n).trim().is_empty()
            })
        {
            i += 1;
            continue;
        }
        // A title-case head after a capitalized modifier: `UN Secretary General`,
        // `County Sheriff`, `Alliance spokesman`.
        let mut title_start = i;
        while title_start > 0
            && toks[title_start - 1].capitalized
            && gap(s, &toks[title_start - 1], &toks[title_start])
                .trim()
                .is_empty()
            && !stopwords::is_stopword(&toks[title_start - 1].norm)
            && !roles::is_not_now(&toks[title_start - 1].norm)
            && !toks[title_start - 1].norm.ends_with(['\'', '’'])
            && calendar::month(&toks[title_start - 1].norm).is_none()
            && calendar::weekday(&toks[title_start - 1].norm).is_none()
            && (toks[i].capitalized || i - title_start < 3)
        {
            title_start -= 1;
        }
        if title_start == i {
            title_start = lowercase_modifiers(s, &toks, i);
        }
        let mut scope = Vec::new();
        let mut modifiers = 0;
        for t in &toks[title_start..i] {
            if roles::is_holder_qualifier(&t.norm) {
                continue;
            }
            modifiers += 1;
            scope.push(variants::canonical_org(&t.norm).to_string());
        }
        let before = person_before(s, &toks, title_start);
        if let Some(p) = before.and_then(|b| b.2) {
            let possessor = toks[p].norm.trim_end_matches(['\'', '’']);
            scope.push(variants::canonical_org(possessor).to_string());
        }
        // The title's scope after the head: adjectives and `de ...` phrases, up to a comma.
        let mut end = i + len;
        let mut after_link = false;
        let mut in_body = false;
        let mut coordinated = false;
        while end < toks.len() && end - i < 16 {
            let t = &toks[end];
            let g = gap(s, &toks[end - 1], t);
            // A body's acronym in brackets, and what follows it: `l'agence régionale
            // de santé (ARS) du Val-de-Sarnelle`.
            if g.trim() == "(" && end > i + len && is_acronym(s, t) {
                let closes = toks
                    .get(end + 1)
                    .is_some_and(|n| gap(s, t, n).trim() == ")");
                if closes && toks.get(end + 1).is_some_and(|n| is_link(&n.norm)) {
                    scope.push(variants::canonical_org(&t.norm).to_string());
                    end += 1;
                    continue;
                }
                // The acronym closes the title: it names the body, the brackets stay out.
                scope.push(variants::canonical_org(&t.norm).to_string());
                break;
            }
            if !g.trim().is_empty() && g.trim() != "-" && !(g.trim() == ")" && is_link(&t.norm)) {
                break;
            }
            if matches!(t.norm.as_str(), "et" | "and") && roles::head_at(&norms, end + 1).is_some()
            {
                coordinated = true;
                break;
            }
            // `adjointe à l'urbanisme`, `délégué aux sports`: a deputy's brief.
            let brief = matches!(head.key, "adjoint" | "premier adjoint" | "delegue")
                && matches!(t.norm.as_str(), "a" | "aux");
            if is_link(&t.norm) || brief {
                after_link = true;
                in_body = false;
                end += 1;
                continue;
            }
            // A capitalized word after a link, or one more after it that lowercase
            // scope words follow, names the body (`for the Upper Corvanne education
            // authority`); otherwise a name starts (`le président vérinellois Aurèle Pradine`).
            // When the person stands before the title, a run of capitalized words after
            // a link is all the body's (`an analyst at Quillon Capital Partners`).
            let body_goes_on = end > i + len
                && toks[end - 1].capitalized
                && (in_body && before.is_some()
                    || toks.get(end + 1).is_some_and(|n| {
                        !n.capitalized
                            && gap(s, t, n).trim().is_empty()
                            && !stopwords::is_stopword(&n.norm)
                            && !crate::lang::attribution::is_speech_verb(&n.norm, None)
                    }));
            // An acronym names a body, never a person: `le délégué syndical SUT`.
            let acronym = is_acronym(s, t) && g.trim().is_empty();
            if t.capitalized && !after_link && !body_goes_on && !acronym {
                break;
            }
            if !t.capitalized
                && (is_function_word(&t.norm)
                    || crate::lang::attribution::is_speech_verb(&t.norm, None))
            {
                break;
            }
            if t.norm.chars().any(|c| c.is_ascii_digit()) {
                break;
            }
            in_body = t.capitalized && (after_link || in_body);
            scope.push(variants::canonical_org(&t.norm).to_string());
            // `du Val-d'Orsanne`: an elided word goes on into the next.
            after_link = t.norm.ends_with(['\'', '’']);
            end += 1;
        }
        while end > i + len && is_link(&toks[end - 1].norm) {
            end -= 1;
        }
        let mut title_span = Span::new(toks[title_start].span.start, toks[end - 1].span.end);
        // The person: after the title (`…de l'Alliance, Jean Dupont`, `Governor Ann Lee`)
        // or before it (`Jean Dupont, secrétaire général…`).
        let mut person = None;
        if end < toks.len() {
            let g = gap(s, &toks[end - 1], &toks[end]).trim();
            if g.is_empty() || g == "," {
                let start = after_honorific(s, &toks, end).unwrap_or(end);
                if let Some(j) = name_from(s, &toks, start) {
                    let closes = j == toks.len() || {
                        let after = gap(s, &toks[j - 1], &toks[j]).trim();
                        !after.is_empty() || !toks[j].capitalized
                    };
                    let single_ok = j - start > 1
                        || g.is_empty()
                        || start > end
                        || gap(s, &toks[j - 1], toks.get(j).unwrap_or(&toks[j - 1])).contains(',');
                    // `de Varlenne Industries, Odile Maréchal`: a lone word run on from
                    // the title, a full name after the comma: the word is the body's.
                    let full_after = (j - start == 1 && g.is_empty() && start == end)
                        .then(|| {
                            let k = name_from(s, &toks, j)?;
                            let comma = gap(s, &toks[j - 1], &toks[j]).trim() == ",";
                            let closes = k == toks.len()
                                || !gap(s, &toks[k - 1], &toks[k]).trim().is_empty()
                                || !toks[k].capitalized;
                            (comma && closes && k - j > 1).then_some(k)
                        })
                        .flatten();
                    if let Some(k) = full_after {
                        scope.push(variants::canonical_org(&toks[start].norm).to_string());
                        title_span = title_span.cover(toks[start].span);
                        person = Some((j, k));
                    } else if closes && single_ok {
                        person = Some((start, j));
                    }
                }
            }
        }
        if person.is_none() {
            person = before.map(|(st, k, _)| (st, k));
        }
        // `maire de Brévanne et président de l'agglomération`: two titles of one person.
        let coordinated_after =
            |e: usize| e + 1 == title_start && matches!(norms.get(e), Some(&"et") | Some(&"and"));
        if person.is_none() {
            person = shared
                .filter(|(e, _)| coordinated_after(*e))
                .map(|(_, p)| p);
        }
        let not_now = title_start > 0 && {
            let mut k = title_start - 1;
            if is_determiner(&toks[k].norm) && k > 0 {
                k -= 1;
            }
            roles::is_not_now(&toks[title_start - 1].norm) || roles::is_not_now(&toks[k].norm)
        };
        let title = Title {
            span: title_span,
            head: head.key,
            feminine: head.gender == roles::Gender::Feminine,
            scope,
            not_now,
            generic: roles::is_generic(head.key) && modifiers == 0 || roles::is_rank(head.key),
        };
        let Some((ps, pe)) = person else {
            pending = coordinated.then_some((end, title));
            i = end.max(i + 1);
            continue;
        };
        if let Some((e, first)) = pending.take() {
            if coordinated_after(e) {
                out.push(first.with_person(s, &toks, ps, pe));
            }
        }
        out.push(title.with_person(s, &toks, ps, pe));
        shared = coordinated.then_some((end, (ps, pe)));
        i = end.max(pe);
    }
    out.sort_by_key(|f| f.span.start);
    out
}

/// A title found, before its person is.
struct Title {
    span: Span,
    head: &'static str,
    feminine: bool,
    scope: Vec<String>,
    not_now: bool,
    generic: bool,
}

impl Title {
    /// The role of the person at tokens `ps..pe`.
    fn with_person(self, s: &str, toks: &[Token], ps: usize, pe: usize) -> Found<Role> {
        let person_span = Span::new(toks[ps].span.start, toks[pe - 1].span.end);
        let span = self.span.cover(person_span);
        Found {
            value: Role {
                title: self.span.slice(s).to_string(),
                head: self.head.to_string(),
                scope: self.scope,
                person: person_span.slice(s).to_string(),
                names: name_keys(s, &toks[ps..pe]),
                title_span: self.span,
                person_span,
                feminine: self.feminine,
                not_now: self.not_now,
                generic: self.generic,
            },
            span,
            fix_span: self.span,
            extent: span,
        }
    }
}

/// A word in capitals: a body's acronym (`ARS`), never a person.
fn is_acronym(s: &str, t: &Token) -> bool {
    let raw = t.span.slice(s);
    raw.chars().count() > 1 && raw.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

fn name_keys(s: &str, toks: &[Token]) -> Vec<String> {
    toks.iter()
        .map(|t| variants::name_key(t.span.slice(s)))
        .collect()
}

/// `Me Jeanne Dupont`, with no other title: a lawyer (the French honorific `Me`,
/// maître, says so). The role and the token after the name.
fn lawyer_at(s: &str, toks: &[Token], i: usize) -> Option<(Found<Role>, usize)> {
    if toks[i].span.slice(s) != "Me" {
        return None;
    }
    let start = after_honorific(s, toks, i)?;
    let j = name_from(s, toks, start)?;
    let closes = j == toks.len()
        || !toks[j].capitalized
        || !gap(s, &toks[j - 1], &toks[j]).trim().is_empty();
    if !closes {
        return None;
    }
    let title_span = toks[i].span;
    let person_span = Span::new(toks[start].span.start, toks[j - 1].span.end);
    let role = Role {
        title: title_span.slice(s).to_string(),
        head: "avocat".to_string(),
        scope: Vec::new(),
        person: person_span.slice(s).to_string(),
        names: name_keys(s, &toks[start..j]),
        title_span,
        person_span,
        feminine: false,
        not_now: false,
        generic: false,
    };
    let span = title_span.cover(person_span);
    let found = Found {
        value: role,
        span,
        fix_span: title_span,
        extent: span,
    };
    Some((found, j))
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
    fn every_apposition_form() {
        check("Fire Chief Ann Doe said", &[("Fire Chief", "Ann Doe")]);
        check(
            "Ann Doe, the fire chief, said the blaze was contained.",
            &[("fire chief", "Ann Doe")],
        );
        check(
            "Le préfet Marc Tillon a fermé les routes.",
            &[("préfet", "Marc Tillon")],
        );
        check(
            "Lise Varon, préfète de la Drôme-Haute, a fermé les routes.",
            &[("préfète de la Drôme-Haute", "Lise Varon")],
        );
        check(
            "Selon la Première ministre ostravienne, Elke Sandor, le traité tiendra.",
            &[("Première ministre ostravienne", "Elke Sandor")],
        );
        check(
            "Jeudi, l'avocate générale, Odile Ferrat, a requis douze ans.",
            &[("avocate générale", "Odile Ferrat")],
        );
        check(
            "« Rien ne l'excuse », a lancé le procureur Paul Gand.",
            &[("procureur", "Paul Gand")],
        );
        check(
            "Chief Financial Officer Rhea Tomlin said margins would recover.",
            &[("Chief Financial Officer", "Rhea Tomlin")],
        );
        check(
            "Rhea Tomlin, the company's chief executive, said margins would recover.",
            &[("chief executive", "Rhea Tomlin")],
        );
        check(
            "\"It is too early,\" said Omar Weld, an analyst at Pellucid Capital Partners.",
            &[("analyst at Pellucid Capital Partners", "Omar Weld")],
        );
        check(
            "L'avocat de la défense, Me Aurèle Brun, a plaidé l'acquittement.",
            &[("avocat de la défense", "Aurèle Brun")],
        );
        check(
            "Pour la défense, Me Aurèle Brun a plaidé l'acquittement.",
            &[("Me", "Aurèle Brun")],
        );
        check(
            "Le directeur général de l'office régional des eaux (ORE) du Haut-Varnais, Ilan Moret, a signé.",
            &[(
                "directeur général de l'office régional des eaux (ORE) du Haut-Varnais",
                "Ilan Moret",
            )],
        );
        check(
            "Son porte-parole, Noé Rivard, appelle à la grève.",
            &[("porte-parole", "Noé Rivard")],
        );
        check(
            "La juge d'instruction Clara Noyel avait ordonné un non-lieu.",
            &[("juge d'instruction", "Clara Noyel")],
        );
        check("M. Rivard, le maire, a signé.", &[("maire", "Rivard")]);
        check(
            "Le procureur J. Dorval a requis.",
            &[("procureur", "J. Dorval")],
        );
        check(
            "Léa Monin, maire de Brévanne et présidente de l'agglomération, a signé.",
            &[
                ("maire de Brévanne", "Léa Monin"),
                ("présidente de l'agglomération", "Léa Monin"),
            ],
        );
        check(
            "La maire de Brévanne et présidente de l'agglomération, Léa Monin, a signé.",
            &[
                ("maire de Brévanne", "Léa Monin"),
                ("présidente de l'agglomération", "Léa Monin"),
            ],
        );
        check(
            "Ann Doe, the city's fire chief, said.",
            &[("fire chief", "Ann Doe")],
        );
        check(
            "Ann Doe, the Harlow city manager, said.",
            &[("Harlow city manager", "Ann Doe")],
        );
        check(
            "Le délégué syndical CGX, Omar Tazi, a appelé à la grève.",
            &[("délégué syndical CGX", "Omar Tazi")],
        );
        check(
            "La présidente-directrice générale de Corvel Textiles, Anne Brun-Lassalle, a écrit.",
            &[(
                "présidente-directrice générale de Corvel Textiles",
                "Anne Brun-Lassalle",
            )],
        );
        check(
            "à l'invitation de la préfète du Val-d'Arance, Marie-Lou Peyrot.",
            &[("préfète du Val-d'Arance", "Marie-Lou Peyrot")],
        );
        check(
            "L'adjointe à l'urbanisme, Lise Garnier, a annoncé",
            &[("adjointe à l'urbanisme", "Lise Garnier")],
        );
        check(
            "Lise Garnier, adjointe aux finances, défend le plan.",
            &[("adjointe aux finances", "Lise Garnier")],
        );
        check(
            "Marine Safety Board chairman Ivo Stenz said",
            &[("Marine Safety Board chairman", "Ivo Stenz")],
        );
        check(
            "\"We are ready,\" Velmarian government spokeswoman Ivi Tarr said.",
            &[("Velmarian government spokeswoman", "Ivi Tarr")],
        );
        check("On juge un homme, pas une colère, a dit Paul Gand.", &[]);
        check("Paul Gand, juge qu'il faut attendre.", &[]);
        check(
            "Paul Gand, judge of the county court, ruled.",
            &[("judge of the county court", "Paul Gand")],
        );
    }

    #[test]
    fn what_a_title_says_beyond_its_words() {
        let r = |s: &str| find(s)[0].value.clone();
        assert!(r("former mayor Tom Bell said").not_now);
        assert!(r("L'ancien ministre de la Mer, Yves Palot, a dit").not_now);
        assert!(!r("Mayor Tom Bell said").not_now);
        assert!(r("La procureure Lina Sorr a requis").feminine);
        assert!(!r("Le procureur Lino Sorr a requis").feminine);
        assert!(r("Le colonel Lino Sorr commande").is_rank());
        assert!(r("Le chef Lino Sorr commande").generic);
        assert!(!r("Fire Chief Ann Doe said").generic);
        let acme = r("Ann Doe, Acme's chief executive, said");
        assert_eq!(acme.title, "chief executive");
        assert!(acme.scope.contains(&"acme".to_string()));
    }

    #[test]
    fn which_titles_fit() {
        let r = |s: &str| find(s)[0].value.clone();
        let proc_m = r("Le procureur Lino Sorr a requis");
        let proc_f = r("La procureure Lino Sorr a requis");
        let av_gen = r("L'avocat général, Lino Sorr, a requis");
        assert!(proc_m.fits(&proc_f));
        assert!(!proc_m.fits(&av_gen));
        let chief = r("Fire Chief Ann Doe said");
        let manager = r("City Manager Ann Doe said");
        assert!(!chief.fits(&manager));
        let ceo = r("Ann Doe, the company's chief executive, said");
        let cto = r("Chief Technology Officer Ann Doe said");
        let ceo2 = r("CEO Ann Doe said");
        assert!(!ceo.fits(&cto));
        assert!(ceo.fits(&ceo2));
        let health = r("La ministre de la Santé, Inès Roy, a dit");
        let labour = r("La ministre du Travail, Inès Roy, a dit");
        assert!(!health.fits(&labour));
        let colonel = r("Le colonel Inès Roy a dit");
        assert!(!colonel.fits(&health) && !health.fits(&colonel));
        let sergeant = r("Sergeant Inès Roy said");
        let lieutenant = r("Lieutenant Inès Roy said");
        assert!(!sergeant.fits(&lieutenant) && sergeant.is_rank());
        let dg = r("Le directeur général de l'office des eaux, Ilan Moret, a signé");
        let dir = r("Le directeur de l'office des eaux, Ilan Moret, a signé");
        assert!(dg.fits(&dir) && dir.fits(&dg));
        let m = r("Le ministre korvalien de la Mer, Ilan Moret, a signé");
        let f = r("La présidence korvalienne et son porte-parole, Ilan Moret, ont signé");
        assert!(!m.fits(&f));
        let p = r("According to the Varno provincial governor, Ilan Moret, it held.");
        let q = r("Selon le gouverneur de la province, Ilan Moret, tout a tenu.");
        assert!(p.fits(&q));
        let a = r("Le président korvalien, Ilan Moret, a signé");
        let b = r("La présidente korvalienne, Ilan Moret, a signé");
        assert!(a.fits(&b));
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
