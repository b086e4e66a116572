//! Attributions: who a sentence says its claims come from (`selon X`, `d'après X`,
//! `X a déclaré`, `according to X`, `X said`), attached to the claims of their clause.

use crate::claims::context::clause_of;
use crate::lang::{attribution as words, lexicon, stopwords};
use crate::text::{tokens_shared, Span, Token};

/// The person or body a claim is attributed to.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Speaker {
    /// As written: `le syndicat majoritaire`, `Jean Dupont`.
    pub text: String,
    /// Its folded content words, for comparing speakers.
    pub key: Vec<String>,
    /// In the sentence's plain text.
    pub span: Span,
}

impl Speaker {
    fn new(sentence: &str, toks: &[Token]) -> Option<Speaker> {
        let first = toks.first()?;
        let last = toks.last()?;
        let span = Span::new(first.span.start, last.span.end);
        let key: Vec<String> = toks
            .iter()
            .filter(|t| {
                !stopwords::is_stopword(t.norm.trim_end_matches('\'')) || words::is_pronoun(&t.norm)
            })
            .map(|t| crate::lang::variants::canonical_org(&t.norm).to_string())
            .collect();
        if key.is_empty() {
            return None;
        }
        Some(Speaker {
            text: span.slice(sentence).to_string(),
            key,
            span,
        })
    }

    /// Whether two speakers are the same person or body: a shared significant word
    /// (`syndicat` in `le syndicat majoritaire`, `AFP` in `l'Agence France-Presse (AFP)`).
    pub fn same_as(&self, other: &Speaker) -> bool {
        self.key
            .iter()
            .any(|w| w.len() > 2 && !words::is_pronoun(w) && other.key.contains(w))
    }

    /// Whether a text names this speaker (`Côté mairie`, `Dupont parle de`).
    pub fn named_in(&self, text_words: &[String]) -> bool {
        self.key
            .iter()
            .any(|w| w.len() > 2 && !generic(w) && text_words.contains(w))
    }
}

/// Words that name a kind of speaker, not a particular one.
fn generic(w: &str) -> bool {
    lexicon::any(|l| l.generic_speakers, w)
}

/// Punctuation between two tokens ends a speaker's noun phrase.
fn punct_between(sentence: &str, a: &Token, b: &Token) -> bool {
    sentence
        .get(a.span.end..b.span.start)
        .unwrap_or("")
        .contains([',', ';', '.', ':', '«', '»', '"', '“', '”', '!', '?'])
}

/// A word that cannot belong to a speaker's noun phrase: a verb or a conjunction.
fn stopper(t: &Token, prev: Option<&Token>) -> bool {
    words::is_speech_verb(&t.norm, prev.map(|p| p.norm.as_str()))
        || lexicon::any(|l| l.speaker_stoppers, &t.norm)
}

/// Whether the phrase going forward must stop before token `j`.
fn ends_phrase(sentence: &str, prev: &Token, t: &Token) -> bool {
    punct_between(sentence, prev, t) || stopper(t, Some(prev))
}

/// The speakers of one sentence, in order.
pub fn find(sentence: &str) -> Vec<Speaker> {
    let toks = tokens_shared(sentence);
    let mut out = Vec::new();
    let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let mut i = 0;
    while i < toks.len() {
        // Prepositions: selon X, d'après X, according to X, côté X.
        if let Some(p) = words::PREPOSITIONS
            .iter()
            .find(|p| i + p.len() <= norms.len() && norms[i..i + p.len()] == p[..])
        {
            let is_cote = p == &["cote"];
            let is_pour = p == &["pour"];
            let start = i + p.len();
            let mut end = start;
            while end < toks.len()
                && end - start < 8
                && (end == start || !ends_phrase(sentence, &toks[end - 1], &toks[end]))
            {
                end += 1;
            }
            // `selon le président lituanien, Anna Kovas,`: take the apposed name too.
            if end < toks.len()
                && toks[end].capitalized
                && sentence[toks[end - 1].span.end..toks[end].span.start].trim() == ","
            {
                let mut k = end;
                while k < toks.len()
                    && toks[k].capitalized
                    && (k == end
                        || sentence[toks[k - 1].span.end..toks[k].span.start]
                            .trim()
                            .is_empty())
                {
                    k += 1;
                }
                if k < toks.len()
                    && sentence[toks[k - 1].span.end..toks[k].span.start].trim() == ","
                {
                    end = k;
                }
            }
            // `côté X` and `pour X` attribute only at the start of a sentence, before a comma.
            let leading = i == 0 || (i == 1 && toks[0].norm.len() <= 3);
            if (is_cote || is_pour)
                && !(leading
                    && sentence[toks[end.saturating_sub(1)].span.end..]
                        .trim_start()
                        .starts_with(','))
            {
                i += 1;
                continue;
            }
            if end > start {
                if let Some(s) = Speaker::new(sentence, &toks[start..end]) {
                    out.push(s);
                }
            }
            i = end.max(i + 1);
            continue;
        }
        // Speech verbs: the subject before (`X a déclaré`, `X said`) or, inverted, after
        // (`a déclaré X`, `said X`).
        let fait_etat = norms[i] == "fait" && norms.get(i + 1) == Some(&"etat");
        if fait_etat
            || words::is_speech_verb(norms[i], if i > 0 { Some(norms[i - 1]) } else { None })
        {
            let mut v = i;
            while v > 0 && lexicon::any(|l| l.speech_auxiliaries, norms[v - 1]) {
                v -= 1;
            }
            let mut start = v;
            while start > 0
                && v - start < 7
                && !punct_between(sentence, &toks[start - 1], &toks[start])
                && !stopper(
                    &toks[start - 1],
                    if start > 1 {
                        Some(&toks[start - 2])
                    } else {
                        None
                    },
                )
            {
                start -= 1;
            }
            let subject: Vec<Token> = toks[start..v]
                .iter()
                .filter(|t| !words::is_pronoun(&t.norm) || t.norm == "il")
                .cloned()
                .collect();
            let pronoun_only = subject
                .iter()
                .all(|t| words::is_pronoun(&t.norm) || stopwords::is_stopword(&t.norm));
            if !subject.is_empty() && !pronoun_only && start < v {
                if let Some(s) = Speaker::new(sentence, &toks[start..v]) {
                    out.push(s);
                }
            } else {
                // inverted: `, a déclaré l'agence`, `said incident commander Tom Reed`
                let mut end = i + 1;
                while end < toks.len()
                    && end - i <= 7
                    && (end == i + 1 || !ends_phrase(sentence, &toks[end - 1], &toks[end]))
                {
                    end += 1;
                }
                let starts_clean = toks.get(i + 1).is_some_and(|t| {
                    sentence
                        .get(toks[i].span.end..t.span.start)
                        .unwrap_or("")
                        .trim()
                        .is_empty()
                });
                let before_is_break = v == 0
                    || sentence[toks[v - 1].span.end..toks[v].span.start]
                        .contains([',', '"', '»', '”']);
                if starts_clean && before_is_break && end > i + 1 {
                    if let Some(s) = Speaker::new(sentence, &toks[i + 1..end]) {
                        out.push(s);
                    }
                } else if pronoun_only && start < v {
                    if let Some(s) = Speaker::new(sentence, &toks[start..v]) {
                        out.push(s);
                    }
                }
            }
        }
        i += 1;
    }
    out
}

/// The speaker of a claim: the one in its clause. A speaker in another clause
/// (`…, quand le syndicat en compte 450`) speaks for that clause only.
pub fn speaker_for(speakers: &[Speaker], sentence: &str, claim: Span) -> Option<Speaker> {
    let (cs, ce) = clause_of(sentence, claim);
    speakers
        .iter()
        .find(|s| s.span.start >= cs && s.span.end <= ce)
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, expected: &[&str]) {
        let got: Vec<String> = find(sentence).into_iter().map(|s| s.text).collect();
        assert_eq!(got, expected, "speakers of {sentence:?}");
    }

    #[test]
    fn finds_speakers() {
        check(
            "300 vols ont été annulés, selon la préfecture.",
            &["la préfecture"],
        );
        check(
            "Selon le président lituanien, Anna Kovas, 900 soldats",
            &["le président lituanien, Anna Kovas"],
        );
        check(
            "Le syndicat majoritaire revendique 300 grévistes",
            &["Le syndicat majoritaire"],
        );
        check(
            "La préfecture fait état de 300 vols, quand le syndicat en compte 450.",
            &["La préfecture", "le syndicat"],
        );
        check(
            "8,200 acres burned, fire officials said.",
            &["fire officials"],
        );
        check(
            "\"We expect winds,\" said incident commander Tom Reed.",
            &["incident commander Tom Reed"],
        );
        check("Côté mairie, on s'en tient à 300 vols.", &["mairie"]);
        check("Le taux de grévistes atteint 60 %.", &[]);
        check("Moscou comptait poursuivre sa coopération", &[]);
    }

    #[test]
    fn a_claim_takes_its_clauses_speaker() {
        let s = "La préfecture fait état de 300 vols, quand le syndicat en compte 450.";
        let sp = find(s);
        let at = s.find("450").unwrap_or(0);
        assert_eq!(
            speaker_for(&sp, s, Span::new(at, at + 5)).map(|s| s.text),
            Some("le syndicat".to_string())
        );
    }
}
