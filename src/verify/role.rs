//! Verdicts on roles: every title the sources give the same person, against the
//! draft's; and the person a source gives the same title in the same event.

use super::context::Weighted;
use super::decide::{claim_at, Candidate};
use super::evidence::{cite, evidence, push_fix, supported};
use super::finding::{Finding, Fix};
use crate::claims::{Claim, Kind, Role, Value};
use crate::corpus::index::merge_sorted;
use crate::corpus::Corpus;
use crate::document::Document;
use crate::lang::roles::{self, Gender};
use crate::lang::tuning::*;
use crate::lang::{offices, Lang};
use crate::text::{fold, tokens, Span};
use crate::verdict::Verdict;

fn role(c: &Claim) -> Option<&Role> {
    match &c.value {
        Value::Role(r) => Some(r),
        _ => None,
    }
}

pub(super) fn judge(
    draft: &Document,
    claim: &Claim,
    corpus: &Corpus,
    lang: Lang,
) -> Option<Finding> {
    let r = role(claim)?;
    let weighted = Weighted::new(claim, &corpus.index);
    let name = claim.span.slice(&draft.text).to_string();
    let mut same_person = Vec::new();
    let mut same_title_other = Vec::new();
    // The same person, wherever the sources name them; another person with this title
    // only where the context is close enough for MIN_ROLE_SWAP.
    // Both lists are in corpus order: merged, each claim once, with no sort.
    let named = r
        .names
        .last()
        .map(|surname| corpus.index.by_surname(surname))
        .unwrap_or_default();
    let near = corpus
        .index
        .related(Kind::Role, &claim.context, MIN_ROLE_SWAP);
    for at in merge_sorted(&named, &near) {
        let Some(c) = claim_at(corpus, at) else {
            continue;
        };
        let Some(cr) = role(c) else { continue };
        if r.same_person(cr) {
            same_person.push(Candidate {
                at,
                score: weighted.similarity(c).max(SAME_PERSON_MIN_SCORE),
                agrees: r.fits(cr),
            });
            continue;
        }
        // Another person's title is only ever read as a swap of names, on a score of
        // at least MIN_ROLE_SWAP (`swap` below): the flags and the score first, then
        // the titles, which cost the most to compare.
        if r.generic || cr.generic || cr.not_now {
            continue;
        }
        let score = weighted.similarity(c);
        if score >= MIN_ROLE_SWAP && r.same_title(cr) {
            same_title_other.push(Candidate {
                at,
                score,
                agrees: false,
            });
        }
    }
    if same_person.iter().any(|c| c.agrees) {
        let agreeing: Vec<Candidate> = same_person.iter().filter(|c| c.agrees).copied().collect();
        let ev = evidence(corpus, &agreeing);
        return Some(supported(claim, &name, corpus, ev, lang));
    }
    // A title the draft says is past or to come: the sources' titles of now say
    // nothing against it.
    if r.not_now {
        return None;
    }
    // A vague head (`le chef X`) cannot be told from another; nor can any title
    // against a vague one the sources give this person (`le patron de Varlenne`).
    let vague = |cr: &Role| cr.generic && !cr.is_rank();
    if vague(r)
        || same_person
            .iter()
            .any(|c| claim_at(corpus, c.at).and_then(role).is_some_and(vague))
    {
        return None;
    }
    // The titles the sources give this very person (the same first name where the
    // draft gives one), held now: the draft's fits none of them.
    let mut known: Vec<Candidate> = same_person
        .iter()
        .filter(|c| {
            claim_at(corpus, c.at).and_then(role).is_some_and(|cr| {
                // a rank meets only a rank (`Lieutenant`, `Sergeant`), an office an office
                (r.names.len() == 1 || cr.names.len() > 1)
                    && !cr.not_now
                    && cr.is_rank() == r.is_rank()
            })
        })
        .copied()
        .collect();
    known.sort_by(|a, b| b.score.total_cmp(&a.score));
    // Someone else holds this title in the same event, and the sources know this
    // person under another title: the name may be the wrong one.
    let swap = same_title_other
        .iter()
        .copied()
        .max_by(|a, b| a.score.total_cmp(&b.score));
    // Unless the sources know this person by a title of the same body in other
    // words (another language's title for it): then the name is likely right.
    let known_for_this_body = same_person.iter().any(|c| {
        claim_at(corpus, c.at)
            .and_then(role)
            .is_some_and(|cr| r.same_body(cr))
    });
    let swap = swap
        .filter(|b| b.score >= MIN_ROLE_SWAP && !same_person.is_empty() && !known_for_this_body);
    if known.is_empty() {
        return swap.and_then(|s| name_swap(draft, claim, r, corpus, s, &same_person, lang));
    }
    let mut fixes: Vec<Fix> = Vec::new();
    let swap_first = swap.filter(|s| s.score > known[0].score);
    if let Some(s) = swap_first {
        fixes.extend(swap_fix(draft, claim, r, corpus, s, lang));
    }
    for c in title_sources(corpus, &known) {
        let Some((span, replacement)) = title_fix(draft, claim, r, corpus, c, lang) else {
            continue;
        };
        let before = fixes.len();
        push_fix(
            &mut fixes,
            corpus,
            span,
            replacement,
            c.at.doc as usize,
            lang,
        );
        if before == 0 && !fixes.is_empty() {
            fixes[0].preferred = true;
        }
    }
    if swap_first.is_none() {
        if let Some(s) = swap {
            let mut f = swap_fix(draft, claim, r, corpus, s, lang);
            for x in &mut f {
                x.preferred = fixes.is_empty();
            }
            fixes.extend(f);
        }
    }
    let ev = evidence(corpus, &known);
    let titles: Vec<String> = ev
        .iter()
        .map(|e| format!("{} ({})", e.value, cite(corpus, e)))
        .collect();
    let mut message = crate::tr!(
        lang,
        "title-contradicted",
        person = &r.person,
        title = &r.title,
        titles = titles.join("; ")
    );
    if let Some(s) = swap.and_then(|s| claim_at(corpus, s.at)).and_then(role) {
        message.push(' ');
        message.push_str(&crate::tr!(
            lang,
            "title-given-to",
            title = &r.title,
            person = &s.person
        ));
    }
    // A fix that makes the article before the title agree changes the article too:
    // the claim reported covers it then.
    let mut claim = claim.clone();
    for f in &fixes {
        claim.span = claim.span.cover(f.span);
        claim.extent = claim.extent.cover(f.span);
    }
    Some(Finding {
        claim,
        message,
        verdict: Verdict::Contradicted,
        evidence: ev,
        fixes,
        timeline: Vec::new(),
    })
}

/// The candidates whose titles can replace the draft's, best first: a bare `Me` only
/// where no source writes the title in words.
fn title_sources(corpus: &Corpus, known: &[Candidate]) -> Vec<Candidate> {
    let honorific_only = |c: &Candidate| {
        claim_at(corpus, c.at)
            .and_then(role)
            .is_some_and(|cr| cr.scope.is_empty() && roles::is_honorific(&fold(&cr.title)))
    };
    let worded: Vec<Candidate> = known
        .iter()
        .filter(|c| !honorific_only(c))
        .copied()
        .collect();
    if worded.is_empty() {
        known.to_vec()
    } else {
        worded
    }
}

/// The finding of a name given someone else's title, when the sources know the
/// person under no other title of now.
fn name_swap(
    draft: &Document,
    claim: &Claim,
    r: &Role,
    corpus: &Corpus,
    best: Candidate,
    same_person: &[Candidate],
    lang: Lang,
) -> Option<Finding> {
    let src = claim_at(corpus, best.at).and_then(role)?;
    let ev = evidence(corpus, &[best]);
    let name = claim.span.slice(&draft.text);
    Some(Finding {
        claim: claim.clone(),
        message: crate::tr!(
            lang,
            "title-swapped",
            name = name,
            holder = &src.person,
            source = cite(corpus, ev.first()?),
            person = &r.person,
            known_as = same_person
                .first()
                .and_then(|c| claim_at(corpus, c.at))
                .and_then(role)
                .map(|x| x.title.clone())
                .unwrap_or_default()
        ),
        verdict: Verdict::Contradicted,
        evidence: ev,
        fixes: swap_fix(draft, claim, r, corpus, best, lang),
        timeline: Vec::new(),
    })
}

/// The fix that writes the name of the person the sources give this title to.
fn swap_fix(
    draft: &Document,
    claim: &Claim,
    r: &Role,
    corpus: &Corpus,
    best: Candidate,
    lang: Lang,
) -> Vec<Fix> {
    let Some(src) = claim_at(corpus, best.at).and_then(role) else {
        return Vec::new();
    };
    let file = corpus
        .docs
        .get(best.at.doc as usize)
        .map(|s| s.doc.file_name())
        .unwrap_or_default();
    vec![Fix {
        span: draft.to_source(claim.sentence, r.person_span),
        replacement: src.person.clone(),
        title: crate::tr!(lang, "fix-replace", value = &src.person, source = file),
        preferred: true,
    }]
}

/// The span and text of a fix writing the title a source gives the person, in the
/// draft's form: its language (a source in another language has its title's
/// concepts written in the draft's, or no fix), its capitals, its gender where the
/// title has both, and the article before it made to agree (`le procureur` →
/// `l'avocat de la défense`).
fn title_fix(
    draft: &Document,
    claim: &Claim,
    r: &Role,
    corpus: &Corpus,
    c: Candidate,
    lang: Lang,
) -> Option<(Span, String)> {
    let source = corpus.docs.get(c.at.doc as usize)?;
    let src_claim = source.claims.get(c.at.claim as usize)?;
    let cr = role(src_claim)?;
    let sentence = draft.sentence_text(claim.sentence);
    let before = sentence.get(..r.title_span.start).unwrap_or("");
    let title_first = r.title_span.start < r.person_span.start;
    // Each title in the language of its own sentence where its words tell, else
    // of its document (a corpus, a draft, may mix them).
    let draft_lang = crate::lang::guess(sentence).unwrap_or(lang);
    let source_sentence = source.doc.sentence_text(src_claim.sentence);
    let source_lang = crate::lang::guess(source_sentence).unwrap_or(source.lang);
    if source_lang != draft_lang {
        return translated_title_fix(draft, claim, r, cr, draft_lang, before);
    }
    if cr.scope.is_empty() && roles::is_honorific(&fold(&cr.title)) {
        // `Me` stands before a name only, and takes no article.
        if !title_first {
            return None;
        }
        let start = article_before(before).map_or(r.title_span.start, |a| a.0);
        let span = draft.to_source(claim.sentence, Span::new(start, r.title_span.end));
        return Some((span, cr.title.clone()));
    }
    let mut text = cr.title.clone();
    if let Some(owner) = owner_of(&source.doc, src_claim.sentence, cr) {
        text = format!("{text} {owner}");
    }
    let draft_title = r.title_span.slice(sentence);
    text = in_gender(&text, r);
    text = in_capitals(&text, draft_title, r.title_span.start == 0);
    let (span, text) = with_article(r, before, text);
    Some((draft.to_source(claim.sentence, span), text))
}

/// The span and text of a title fix: the title alone, or with the article before it
/// when the new title takes another one (`le porte-parole` → `la ministre`).
fn with_article(r: &Role, before: &str, text: String) -> (Span, String) {
    if let Some((start, article)) = article_before(before) {
        let agreed = agree_article(article, &text, r);
        if agreed != article {
            let joined = if agreed.ends_with(['\'', '’']) {
                format!("{agreed}{text}")
            } else {
                format!("{agreed} {text}")
            };
            return (Span::new(start, r.title_span.end), joined);
        }
    }
    (r.title_span, text)
}

/// `title_fix` for a source in another language than the draft's: the source's
/// title written from its concepts in the draft's language, in the draft's gender,
/// capitals and article (`la ministre de la Santé` → `Health Minister`;
/// `Varnian government spokeswoman` → `porte-parole du gouvernement varnien`).
fn translated_title_fix(
    draft: &Document,
    claim: &Claim,
    r: &Role,
    cr: &Role,
    lang: Lang,
    before: &str,
) -> Option<(Span, String)> {
    let words: Vec<&str> = draft
        .text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    // The holder's gender is the draft's: its head, else its article.
    let feminine = r.feminine
        || article_before(before).is_some_and(|(_, a)| matches!(fold(a).as_str(), "la" | "une"));
    let title_first = r.title_span.start < r.person_span.start;
    let sentence = draft.sentence_text(claim.sentence);
    let draft_title = r.title_span.slice(sentence);
    let mut text = match offices::parts(&cr.scope, &cr.title) {
        Some(parts) => offices::render(&cr.head, &parts, lang, feminine, title_first, &words)?,
        // A body Recoupe cannot write, but the draft's names the same one
        // (`Conseil du bassin de la Velmar`, `Velmar Basin Council`): the draft's
        // words for it, with the source's head.
        None if r.same_body(cr) => {
            let head = offices::head_form(&cr.head, lang, feminine)?;
            with_head(draft_title, head)?
        }
        None => return None,
    };
    text = in_capitals(&text, draft_title, r.title_span.start == 0);
    let (span, text) = with_article(r, before, text);
    Some((draft.to_source(claim.sentence, span), text))
}

/// A title with its head replaced by `head` (`secrétaire générale du Conseil` →
/// `présidente du Conseil`).
fn with_head(title: &str, head: &str) -> Option<String> {
    let toks = tokens(title);
    let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let (i, h) = (0..norms.len()).find_map(|i| roles::head_at(&norms, i).map(|h| (i, h)))?;
    let span = Span::new(toks[i].span.start, toks[i + h.len - 1].span.end);
    Some(format!(
        "{}{head}{}",
        &title[..span.start],
        &title[span.end..]
    ))
}

/// The article right before a title (`le `, `l'`, `du `, `a `), and where it starts.
fn article_before(before: &str) -> Option<(usize, &str)> {
    let trimmed = before.trim_end();
    let word_start = trimmed
        .char_indices()
        .rev()
        .find(|(_, ch)| !ch.is_alphabetic() && *ch != '\'' && *ch != '’')
        .map_or(0, |(i, ch)| i + ch.len_utf8());
    let word = &trimmed[word_start..];
    // an elided article touches the title; another stands one space before it
    let elided = word.ends_with(['\'', '’']) && trimmed.len() == before.len();
    let spaced = !word.ends_with(['\'', '’']) && trimmed.len() + 1 == before.len();
    let is_article = matches!(
        fold(word).as_str(),
        "le" | "la" | "l'" | "l’" | "du" | "au" | "un" | "une" | "a" | "an"
    );
    (is_article && (elided || spaced)).then_some((word_start, word))
}

/// The gender a title's head is written in, by its first head.
fn gender_of_title(text: &str) -> Gender {
    let toks = tokens(text);
    let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    (0..norms.len())
        .find_map(|i| roles::head_at(&norms, i))
        .map_or(Gender::Either, |h| h.gender)
}

/// The draft's article made to agree with a new title: elided before a vowel, in the
/// title's gender (the draft's own where the title has one form for both).
fn agree_article(article: &str, title: &str, r: &Role) -> String {
    let folded = fold(article);
    let vowel = fold(title)
        .chars()
        .next()
        .is_some_and(|ch| "aeiou".contains(ch));
    let feminine = match gender_of_title(title) {
        Gender::Feminine => true,
        Gender::Masculine => false,
        Gender::Either => r.feminine || matches!(folded.as_str(), "la" | "une"),
    };
    let new = match folded.as_str() {
        "le" | "la" | "l'" | "l’" => match (vowel, feminine) {
            (true, _) => "l'",
            (false, true) => "la",
            (false, false) => "le",
        },
        "du" | "au" if !vowel && !feminine => return article.to_string(),
        "du" => {
            if vowel {
                "de l'"
            } else {
                "de la"
            }
        }
        "au" => {
            if vowel {
                "à l'"
            } else {
                "à la"
            }
        }
        "un" | "une" => {
            if feminine {
                "une"
            } else {
                "un"
            }
        }
        "a" | "an" => {
            if vowel {
                "an"
            } else {
                "a"
            }
        }
        _ => return article.to_string(),
    };
    if fold(new) == folded || new == article.to_lowercase() {
        return article.to_string();
    }
    if article.chars().next().is_some_and(char::is_uppercase) {
        let mut cs = new.chars();
        return cs
            .next()
            .map(|f| f.to_uppercase().chain(cs).collect())
            .unwrap_or_default();
    }
    new.to_string()
}

/// A title in the gender the draft writes its head in, where the head has both forms
/// (`avocat général` for a draft's `le procureur`, `avocate générale` for `la procureure`).
fn in_gender(text: &str, r: &Role) -> String {
    let draft_gender = match (r.feminine, gender_of_title(&r.title)) {
        (true, _) => Gender::Feminine,
        (false, Gender::Masculine) => Gender::Masculine,
        _ => return text.to_string(),
    };
    let toks = tokens(text);
    let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    for i in 0..norms.len() {
        let Some(h) = roles::head_at(&norms, i) else {
            continue;
        };
        if h.gender == draft_gender || h.gender == Gender::Either {
            return text.to_string();
        }
        let Some(form) = roles::form_of(h.key, draft_gender) else {
            return text.to_string();
        };
        let span = Span::new(toks[i].span.start, toks[i + h.len - 1].span.end);
        let written = span.slice(text);
        // Only a head written without accents or capitals can take the table's form
        // as is; otherwise keep the source's words.
        if fold(written) != written || !written.is_ascii() {
            return text.to_string();
        }
        return format!("{}{}{}", &text[..span.start], form, &text[span.end..]);
    }
    text.to_string()
}

/// A title in the draft's capitals: role words lower case where the draft writes its
/// title so (`the company's chief executive`), title case where every word of the
/// draft's title is capitalized (`Chief Financial Officer Ann Lee`). Names and bodies
/// keep theirs.
fn in_capitals(text: &str, draft_title: &str, sentence_start: bool) -> String {
    let draft_words: Vec<&str> = draft_title.split_whitespace().collect();
    let Some(first) = draft_words.first() else {
        return text.to_string();
    };
    let lower = first.chars().next().is_some_and(char::is_lowercase);
    let title_case = !sentence_start
        && draft_words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !lower && !title_case {
        return text.to_string();
    }
    // A title written in title case before a name (`City Manager Ann Lee`) has its
    // modifiers capitalized by the same convention: lower case they go too.
    let toks = tokens(text);
    let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let head_end = (0..norms.len()).find_map(|i| {
        let h = roles::head_at(&norms, i)?;
        toks[i].capitalized.then_some(i + h.len)
    });
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (k, t) in toks.iter().enumerate() {
        out.push_str(&text[last..t.span.start]);
        let word = t.span.slice(text);
        let modifier = lower && head_end.is_some_and(|e| k < e);
        if (roles::is_title_word(&t.norm) || modifier)
            && !word.chars().skip(1).any(char::is_uppercase)
        {
            let mut cs = word.chars();
            if let Some(f) = cs.next() {
                if lower {
                    out.extend(f.to_lowercase());
                } else {
                    out.extend(f.to_uppercase());
                }
                out.push_str(cs.as_str());
            }
        } else {
            out.push_str(word);
        }
        last = t.span.end;
    }
    out.push_str(&text[last..]);
    out
}

/// The body a possessive title stands for (`son porte-parole`, after `la Coordination
/// des usagers (CDU)`), written to follow the title: `de la CDU`. Looked for before
/// the title in its sentence, then in the sentence before; French only.
fn owner_of(doc: &Document, sentence: usize, cr: &Role) -> Option<String> {
    let text = doc.sentence_text(sentence);
    let before = text.get(..cr.title_span.start)?;
    let possessive = before
        .split_whitespace()
        .last()
        .is_some_and(|w| matches!(fold(w).as_str(), "son" | "sa" | "ses" | "leur"));
    if !possessive || cr.scope.iter().any(|w| !roles::is_scope_adjective(w)) {
        return None;
    }
    bracketed_body(before).or_else(|| {
        let prev = doc.sentence_text(sentence.checked_sub(1)?);
        bracketed_body(prev)
    })
}

/// The first body named with its acronym in brackets in `text` (`la Coordination des
/// usagers (CDU)`), as `de la CDU`, `du CDU`, `de l'CDU` by the article before its name.
fn bracketed_body(text: &str) -> Option<String> {
    let toks = tokens(text);
    for (k, t) in toks.iter().enumerate() {
        let raw = t.span.slice(text);
        let acronym = raw.chars().count() > 1 && raw.chars().all(char::is_uppercase);
        let bracketed = text[..t.span.start].trim_end().ends_with('(')
            && text[t.span.end..].trim_start().starts_with(')');
        if !acronym || !bracketed || k == 0 {
            continue;
        }
        // the article before the body's name: the nearest before the acronym
        let article = toks[..k]
            .iter()
            .rev()
            .take(8)
            .find(|a| matches!(a.norm.as_str(), "le" | "la" | "l'" | "l’" | "les"))?;
        let of = match article.norm.as_str() {
            "le" => "du ",
            "la" => "de la ",
            "les" => "des ",
            _ => "de l'",
        };
        return Some(format!("{of}{raw}"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(sources, draft, [(claim text, verdict, preferred fix)])`: the role claim
    /// over each text gets that verdict (None: nothing said), and the fix where given.
    fn check(sources: &[&str], draft: &str, expected: &[(&str, Option<Verdict>, Option<&str>)]) {
        let corpus = Corpus::from_texts(
            sources
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("source-{i}.md"), t.to_string())),
        );
        let doc = crate::Draft::new("draft.md", draft);
        let options = crate::Options::new(Default::default(), &doc.doc.text);
        let checked = crate::check(&doc, &corpus, &options);
        for (text, verdict, fix) in expected {
            let at = draft.find(text).expect("the claim is in the draft");
            let span = Span::new(at, at + text.len());
            // the role claim that overlaps the text most
            let overlap = |c: &&Finding| {
                c.claim.span.end.min(span.end) as i64 - c.claim.span.start.max(span.start) as i64
            };
            let here = checked
                .iter()
                .filter(|c| matches!(c.claim.value, Value::Role(_)) && overlap(c) > 0)
                .max_by_key(overlap);
            assert_eq!(
                here.map(|c| c.verdict),
                *verdict,
                "{text:?}: {:?}",
                here.map(|c| &c.message)
            );
            if let (Some(fix), Some(c)) = (fix, here) {
                let f = c
                    .fixes
                    .iter()
                    .find(|f| f.preferred)
                    .expect("a preferred fix");
                assert_eq!(f.replacement, *fix, "{text:?}");
            }
        }
    }

    const FLOOD: &[&str] = &[
        "La préfète de la Lanvère, Agathe Morin, a déclenché le plan d'urgence après la crue. \
         La ministre de la Mer, Inès Valmont, a promis un fonds pour les communes sinistrées.",
        "Selon la Fédération des usagers de la rivière (FUR), les digues n'ont pas été entretenues. \
         Son porte-parole, Noé Rivard, dénonce des années d'inaction.",
        "L'avocate générale, Odile Ferrat, a requis douze ans de réclusion contre le gardien de la digue. \
         La juge d'instruction Clara Noyel avait ordonné son renvoi devant les assises en mai. \
         « Il n'a jamais voulu ce drame », a plaidé l'avocat de la défense, Me Aurèle Brun.",
        "Jules Pavot a visité les quartiers inondés. M. Tiran, le maire, a demandé des renforts.",
    ];

    #[test]
    fn french_titles() {
        use Verdict::{Contradicted, Supported};
        check(
            FLOOD,
            "Le préfet de la Lanvère, Agathe Morin, a déclenché le plan d'urgence. \
             La ministre de l'Agriculture, Inès Valmont, a promis un fonds. \
             Noé Rivard, président de la FUR, dénonce des années d'inaction. \
             Jeudi, l'avocate générale, Clara Noyel, a requis douze ans de réclusion contre le gardien de la digue. \
             « Il n'a jamais voulu ce drame », a plaidé le procureur Aurèle Brun. \
             L'avocat de la défense, Me Brun, a salué le verdict. \
             Le maire Jules Pavot a visité les quartiers inondés. \
             L'ancien ministre de la Mer, Noé Rivard, s'est tu. \
             Le préfet Luc Tiran a demandé des renforts.",
            &[
                // the same title in the other gender
                ("Le préfet de la Lanvère, Agathe Morin", Some(Supported), None),
                // another portfolio
                ("ministre de l'Agriculture, Inès Valmont", Some(Contradicted), Some("ministre de la Mer")),
                // another office, the body read from the possessive
                ("Noé Rivard, président de la FUR", Some(Contradicted), Some("porte-parole de la FUR")),
                // someone else's title, in their own words
                ("l'avocate générale, Clara Noyel", Some(Contradicted), Some("Odile Ferrat")),
                // another office, the article made to agree
                ("le procureur Aurèle Brun", Some(Contradicted), Some("l'avocat de la défense")),
                ("L'avocat de la défense, Me Brun", Some(Supported), None),
                // never titled in the sources, a past title, a surname alone: silence
                ("Le maire Jules Pavot", None, None),
                ("L'ancien ministre de la Mer, Noé Rivard", None, None),
                ("Le préfet Luc Tiran", None, None),
            ],
        );
    }

    #[test]
    fn english_titles() {
        use Verdict::{Contradicted, Supported};
        check(
            &[
                "Fire Chief Dana Kessler said the fire was contained. \
                 City Manager Paul Ostrander said the city would open a shelter at the school.",
                "Chief Technology Officer Lena Varga said the tracking systems were not affected. \
                 \"Insurers will be cautious,\" said Colin Brede, an analyst at Halvorsen Partners.",
            ],
            "Dana Kessler, the fire chief, said the fire was contained. \
             Paul Ostrander, the fire chief, said the city would open a shelter at the school. \
             Lena Varga, Ridgeline's chief executive, said the tracking systems were not affected. \
             Insurers will be cautious, said Colin Brede, an analyst at Halvorsen Partners. \
             Former mayor Paul Ostrander was not there.",
            &[
                ("Dana Kessler, the fire chief", Some(Supported), None),
                ("Paul Ostrander, the fire chief", Some(Contradicted), Some("city manager")),
                ("Lena Varga, Ridgeline's chief executive", Some(Contradicted), Some("chief technology officer")),
                ("Colin Brede, an analyst at Halvorsen Partners", Some(Supported), None),
                ("Former mayor Paul Ostrander", None, None),
            ],
        );
    }

    #[test]
    fn titles_across_languages_are_fixed_in_the_drafts() {
        use Verdict::{Contradicted, Supported};
        // French sources, an English draft
        check(
            &[
                "La ministre de la Défense, Ilse Marrow, a visité la base de Tesk. \
                 Le président Oskar Venn a salué les secouristes de Tesk. \
                 Le porte-parole du département d'État, Aldo Prinz, a démenti.",
            ],
            "Transport Minister Ilse Marrow visited the Tesk base. \
             Oskar Venn, the prime minister, praised the Tesk rescuers. \
             State Department spokesman Aldo Prinz denied it.",
            &[
                (
                    "Transport Minister Ilse Marrow",
                    Some(Contradicted),
                    Some("Defence Minister"),
                ),
                (
                    "Oskar Venn, the prime minister",
                    Some(Contradicted),
                    Some("president"),
                ),
                (
                    "State Department spokesman Aldo Prinz",
                    Some(Supported),
                    None,
                ),
            ],
        );
        // English sources, a French draft
        check(
            &[
                "Velmarian Foreign Minister Hedda Lunn said the talks in Brask would resume. \
                 \"We are ready,\" Velmarian government spokeswoman Ivi Tarr said in Brask.",
            ],
            "Selon la Première ministre velmarienne, Hedda Lunn, les pourparlers de Brask reprendront. \
             « Nous sommes prêts », a assuré jeudi Ivi Tarr, directrice de l'agence velmarienne.",
            &[
                (
                    "la Première ministre velmarienne, Hedda Lunn",
                    Some(Contradicted),
                    Some("ministre velmarienne des Affaires étrangères"),
                ),
                (
                    "Ivi Tarr, directrice de l'agence velmarienne",
                    Some(Contradicted),
                    Some("porte-parole du gouvernement velmarien"),
                ),
            ],
        );
        // a body it cannot write, named by the draft too: the draft's words for it
        check(
            &["Velmar Basin Council president Ola Rusk said the Velmar plan was ready."],
            "Ola Rusk, secrétaire générale du Conseil du bassin de la Velmar, a présenté le plan de la Velmar.",
            &[(
                "Ola Rusk, secrétaire générale du Conseil du bassin de la Velmar",
                Some(Contradicted),
                Some("présidente du Conseil du bassin de la Velmar"),
            )],
        );
    }

    #[test]
    fn ranks_meet_ranks_only() {
        use Verdict::{Contradicted, Supported};
        check(
            &[
                "Sergeant Ivo Pell of the harbour police said the boat was found at dawn. \
                 Les secours sont dirigés par le colonel Léon Tarde, directeur du service d'incendie.",
            ],
            "Lieutenant Ivo Pell said the boat was found at dawn. \
             Le colonel Léon Tarde, porte-parole de la préfecture, salue les bénévoles. \
             Le commandant Léon Tarde a parlé.",
            &[
                ("Lieutenant Ivo Pell", Some(Contradicted), Some("Sergeant")),
                ("Léon Tarde, porte-parole de la préfecture", Some(Contradicted), Some("directeur du service d'incendie")),
                // another rank than the sources' is wrong; a rank says nothing of an office
                ("Le commandant Léon Tarde", Some(Contradicted), Some("colonel")),
            ],
        );
        check(
            &["Le colonel Léon Tarde, directeur du service d'incendie, a parlé."],
            "Le colonel Léon Tarde a parlé.",
            &[("Le colonel Léon Tarde", Some(Supported), None)],
        );
    }

    #[test]
    fn articles_agree_with_the_new_title() {
        let r = |s: &str| crate::claims::role::find(s)[0].value.clone();
        let proc_m = r("le procureur Paul Gand a requis");
        assert_eq!(agree_article("le", "avocat de la défense", &proc_m), "l'");
        assert_eq!(agree_article("Le", "porte-parole", &proc_m), "Le");
        let av_f = r("l'avocate générale, Odile Ferrat, a requis");
        assert_eq!(agree_article("l'", "juge d'instruction", &av_f), "la");
        assert_eq!(agree_article("an", "spokeswoman", &av_f), "a");
        assert_eq!(article_before("a plaidé le "), Some((10, "le")));
        assert_eq!(article_before("Jeudi, l'"), Some((7, "l'")));
        assert_eq!(article_before("Jeudi, "), None);
    }

    #[test]
    fn titles_in_the_drafts_form() {
        let r = |s: &str| crate::claims::role::find(s)[0].value.clone();
        assert_eq!(
            in_capitals("Chief Financial Officer", "chief executive", false),
            "chief financial officer"
        );
        assert_eq!(
            in_capitals("chief operating officer", "Chief Financial Officer", false),
            "Chief Operating Officer"
        );
        assert_eq!(
            in_capitals("ministre de la Mer", "Premier ministre", false),
            "ministre de la Mer"
        );
        let f = r("la procureure Lina Sorr a requis");
        assert_eq!(in_gender("avocat general", &f), "avocate generale");
        let m = r("le procureur Lino Sorr a requis");
        assert_eq!(in_gender("avocat général", &m), "avocat général");
        assert_eq!(
            bracketed_body("Selon la Fédération des usagers du rail (FUR), tout va mal."),
            Some("de la FUR".to_string())
        );
    }
}
