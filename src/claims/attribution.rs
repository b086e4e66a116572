//! Attributions: who a sentence says its claims come from (`selon X`, `d'après X`,
//! `X a déclaré`, `according to X`, `X said`), attached to the claims of their clause.

use crate::claims::context::clause_of;
use crate::lang::attribution::{self as words, VerbKind};
use crate::lang::{calendar, lexicon, numbers, roles, stopwords};
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
    /// The French–English concepts of its significant key words, hashed: `ministry`
    /// and `ministère` are one word across languages.
    #[serde(default)]
    pub concepts: Vec<u64>,
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
        let concepts = key
            .iter()
            .filter(|w| significant(w))
            .filter_map(|w| crate::lang::bilingual::concept_of(w))
            .map(|c| xxhash_rust::xxh3::xxh3_64(c.as_bytes()))
            .collect();
        Some(Speaker {
            text: span.slice(sentence).to_string(),
            key,
            span,
            concepts,
        })
    }

    /// Whether two speakers are the same person or body: a shared significant word
    /// (`syndicat` in `le syndicat majoritaire`, `AFP` in `l'Agence France-Presse (AFP)`).
    pub fn same_as(&self, other: &Speaker) -> bool {
        self.key
            .iter()
            .any(|w| other.key.iter().any(|o| one_stem(w, o)) && significant(w))
            || self.concepts.iter().any(|c| other.concepts.contains(c))
    }

    /// Whether a text names this speaker (`Côté mairie`, `Dupont parle de`).
    pub fn named_in(&self, text_words: &[String]) -> bool {
        self.key
            .iter()
            .any(|w| w.len() > 2 && !generic(w) && text_words.contains(w))
    }
}

/// A key word that can tell one speaker from another: not a pronoun, not a letter
/// or two.
fn significant(w: &str) -> bool {
    w.len() > 2 && !words::is_pronoun(w)
}

/// Whether two folded words are one word or its variant by the last letters: a noun
/// and its adjective or plural (`syndicat`, `syndicale`, `syndicats`), not two words
/// of one root (`commission`, `commissaire`).
fn one_stem(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Words of one stem share all but their last letter, the first above all: most
    // pairs differ there, and counting characters is what costs (this is asked of
    // every speaker of every candidate source figure).
    if a.as_bytes().first() != b.as_bytes().first() {
        return false;
    }
    let shorter = a.chars().count().min(b.chars().count());
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    shorter >= 6 && common + 1 >= shorter
}

/// Words that name a kind of speaker, not a particular one.
fn generic(w: &str) -> bool {
    lexicon::any(|l| l.generic_speakers, w)
}

/// A speaker found in a sentence, with the words that attribute to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub speaker: Speaker,
    /// The speaker with its verb or preposition (`le ministère a indiqué`,
    /// `selon la préfecture`): where it stands, to find the claims it speaks for.
    pub extent: Span,
    /// Whether it speaks for claims before it: a trailing `…, selon X`,
    /// `…, a déclaré X`, `…, officials said`, not `X prévoit de regrouper…`.
    pub reaches_back: bool,
    /// Whether it speaks for claims after it: `X a indiqué que…`, `Selon X, …`,
    /// not `…, a déclaré X, lors d'une conférence…`.
    pub reaches_forward: bool,
}

/// The most tokens a speaker's noun phrase runs to.
/// English nouns of a count or an estimate: a speaker phrase ends before what they
/// are of (`its own count of the rolls`), which was counted. Not French, where
/// `le décompte de la police` is the police's count.
const COUNT_NOUNS: &[&str] = &[
    "count",
    "counts",
    "tally",
    "estimate",
    "estimates",
    "calculation",
    "calculations",
];

const MAX_PHRASE: usize = 8;

/// One sentence's tokens and their folded forms.
struct Words<'a> {
    sentence: &'a str,
    toks: &'a [Token],
    norms: Vec<&'a str>,
}

impl Words<'_> {
    fn gap(&self, a: usize, b: usize) -> &str {
        self.sentence
            .get(self.toks[a].span.end..self.toks[b].span.start)
            .unwrap_or("")
    }

    /// Punctuation between tokens `a` and `a + 1` ends a speaker's noun phrase.
    fn punct_after(&self, a: usize) -> bool {
        if a + 1 >= self.toks.len() {
            return false;
        }
        let gap = self.gap(a, a + 1);
        if gap.trim() == "." && words::is_title_abbreviation(self.norms[a]) {
            return false;
        }
        gap.contains([
            ',', ';', '.', ':', '«', '»', '"', '“', '”', '!', '?', '(', ')', '—', '–', '-',
        ])
    }

    /// A comma between tokens `a` and `a + 1` that is not inside a figure (`4,000`).
    fn breaking_comma_after(&self, a: usize) -> bool {
        let digit = |k: usize| self.norms[k].starts_with(|c: char| c.is_ascii_digit());
        self.comma_after(a) && !(digit(a) && digit(a + 1) && self.gap(a, a + 1) == ",")
    }

    /// Only a comma (and spaces) between tokens `a` and `a + 1`.
    fn comma_after(&self, a: usize) -> bool {
        a + 1 < self.toks.len() && self.gap(a, a + 1).trim() == ","
    }

    fn raw(&self, i: usize) -> &str {
        self.toks[i].span.slice(self.sentence)
    }

    fn is_figure(&self, i: usize) -> bool {
        let n = self.norms[i];
        n.starts_with(|c: char| c.is_ascii_digit())
            || (numbers::is_number_word(n) && !words::is_determiner(n))
    }

    /// The verb group's auxiliaries, clitics and negation (`a`, `n'a pas`, `s'`, `has`).
    fn is_auxiliary(&self, i: usize) -> bool {
        let n = self.norms[i];
        lexicon::any(|l| l.speech_auxiliaries, n)
            || matches!(
                n,
                "avaient"
                    | "aurait"
                    | "auraient"
                    | "aura"
                    | "va"
                    | "vont"
                    | "pas"
                    | "s'"
                    | "se"
                    | "y"
                    | "will"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "did"
                    | "does"
                    | "not"
            )
    }

    /// Where the verb group of the verb at `i` starts, going back over auxiliaries
    /// and discourse words (`a, de son côté, estimé`, `has also said`), and whether
    /// its first word opens a discourse phrase set off by a comma.
    fn group_start(&self, i: usize) -> (usize, bool) {
        let mut v = i;
        let mut opens_discourse = false;
        loop {
            let joined =
                |v: usize| !self.punct_after(v - 1) || opens_discourse && self.comma_after(v - 1);
            if v > 0 && self.is_auxiliary(v - 1) && joined(v) {
                v -= 1;
                opens_discourse = false;
            } else if let Some(n) = words::discourse_before(&self.norms, v)
                .filter(|&n| self.discourse_skippable(v - n, v))
            {
                v -= n;
                opens_discourse = true;
            } else {
                return (v, opens_discourse);
            }
        }
    }

    /// Whether the discourse phrase `d..v` stands inside the verb group: touching
    /// the word after it, or set off by commas on both sides (`a, de son côté, estimé`).
    fn discourse_skippable(&self, d: usize, v: usize) -> bool {
        if v >= self.toks.len() || !self.punct_after(v - 1) {
            return true;
        }
        self.comma_after(v - 1) && d > 0 && self.comma_after(d - 1)
    }

    /// The kind of attribution verb at `i`, reading its neighbours: not after a
    /// determiner (`l'accusé`, `an estimated`), not passive (`est estimé`,
    /// `is expected`), a French participle only after its auxiliary (`a indiqué`,
    /// not `les chiffres avancés`), not a capitalised name.
    fn verb_at(&self, i: usize) -> Option<VerbKind> {
        let fait_etat = self.norms[i] == "fait"
            && matches!(self.norms.get(i + 1), Some(&"etat") | Some(&"savoir"));
        let kind = if fait_etat {
            VerbKind::Speech
        } else {
            words::verb_kind_at(&self.norms, i)?
        };
        let first = i == 0 || self.gap(i - 1, i).contains(['«', '"', '“', '.']);
        if self.toks[i].capitalized && !first {
            return None;
        }
        let raw = self.raw(i);
        let participle = ["é", "ée", "és", "ées"].iter().any(|e| raw.ends_with(e));
        if i > 0 {
            let prev = self.norms[i - 1];
            // `la police l'estime`, not `Les chiffres` opening a sentence
            let clitic =
                matches!(prev, "l'" | "les") && !participle && i >= 2 && !self.punct_after(i - 2);
            if words::is_determiner(prev) && !clitic {
                return None;
            }
        }
        let (v, _) = self.group_start(i);
        let before = (v..i)
            .rev()
            .find(|&k| !matches!(self.norms[k], "pas" | "not"));
        let before = before.or_else(|| v.checked_sub(1));
        if before.is_some_and(|k| words::is_passive_auxiliary(self.norms[k])) {
            return None;
        }
        if participle && !(v..i).any(|k| self.is_auxiliary(k) && self.norms[k] != "pas") {
            let inverted = v > 0 && words::is_pronoun(self.norms[v - 1]);
            if !inverted {
                return None;
            }
        }
        Some(kind)
    }

    /// A word that cannot stand inside a speaker's noun phrase.
    fn stops_phrase(&self, i: usize) -> bool {
        let n = self.norms[i];
        // `according to the paper's own count of the electoral rolls`: what a count
        // is of was counted; it is no part of who counted.
        let of_a_count = n == "of" && i > 0 && COUNT_NOUNS.contains(&self.norms[i - 1]);
        of_a_count
            || self.is_figure(i)
            || (lexicon::any(|l| l.speaker_stoppers, n) && !self.links(i))
            || words::is_passive_auxiliary(n)
            || words::discourse_at(&self.norms, i).is_some()
            || (is_preposition(n) && !self.links(i))
            || self.verb_at(i).is_some()
    }

    /// The noun phrase ending just before token `end`, read backwards: it stops at
    /// punctuation, a verb or conjunction, a figure, a preposition, and at its own
    /// determiner unless a complement link comes before it (`le ministère de
    /// l'Intérieur`).
    fn phrase_before(&self, end: usize) -> usize {
        let mut k = end;
        while k > 0 && end - k < MAX_PHRASE {
            let t = k - 1;
            if k < end && self.punct_after(t) {
                break;
            }
            if self.stops_phrase(t) {
                break;
            }
            k -= 1;
            if words::is_determiner(self.norms[t])
                && !words::is_complement_link(self.norms[t])
                && !(t > 0 && self.links(t - 1))
            {
                break;
            }
        }
        k
    }

    /// Whether token `k` joins a noun to its complement (`de`, `of`, `à` before its
    /// article, and `pour` inside a name: `l'Organisation pour la sécurité`).
    fn links(&self, k: usize) -> bool {
        let before_determiner = self
            .norms
            .get(k + 1)
            .is_some_and(|n| matches!(*n, "la" | "l'" | "le" | "les"));
        words::is_complement_link(self.norms[k])
            || (self.norms[k] == "pour" && k > 0 && self.toks[k - 1].capitalized)
            // `l'adjointe à l'urbanisme`, `le délégué à la sécurité`
            || (self.norms[k] == "a" && before_determiner && k > 0 && !self.punct_after(k - 1))
    }

    /// The noun phrase starting at token `start`, read forwards; a name set off by
    /// commas after it is taken too (`son porte-parole, Lionel Berthaud,`).
    fn phrase_after(&self, start: usize) -> usize {
        if start >= self.toks.len() || self.stops_phrase(start) {
            return start;
        }
        self.apposed_name(self.phrase_end(start))
    }

    /// The end of the words that start at token `start`, the first taken whatever it
    /// is: they run to punctuation or to a word that stops a phrase, at most
    /// `MAX_PHRASE`.
    fn phrase_end(&self, start: usize) -> usize {
        let mut end = start;
        while end < self.toks.len()
            && end - start < MAX_PHRASE
            && (end == start || !self.punct_after(end - 1) && !self.stops_phrase(end))
        {
            end += 1;
        }
        end
    }

    /// The agent of a participle that closes a phrase (`un bilan communiqué dans la
    /// matinée par le ministère`): the noun phrase after `par` or `by`, within a few
    /// words of `end` and before any punctuation.
    fn agent_after(&self, end: usize) -> Option<(usize, usize)> {
        const WITHIN: usize = 5;
        if end == 0 || self.punct_after(end - 1) {
            return None;
        }
        let mut k = end;
        while k < self.toks.len() && k - end <= WITHIN {
            if matches!(self.norms[k], "par" | "by") {
                let start = k + 1;
                let e = self.phrase_end(start);
                return (e > start && self.speaker_like(start, e, VerbKind::Speech))
                    .then_some((start, e));
            }
            if self.punct_after(k) || self.is_figure(k) || self.verb_at(k).is_some() {
                return None;
            }
            k += 1;
        }
        None
    }

    /// `selon le président lituanien, Anna Kovas,`: the end after an apposed name.
    fn apposed_name(&self, end: usize) -> usize {
        if end == 0 || end >= self.toks.len() || !self.toks[end].capitalized {
            return end;
        }
        if !self.comma_after(end - 1) {
            return end;
        }
        let mut k = end;
        while k < self.toks.len()
            && self.toks[k].capitalized
            && (k == end || !self.punct_after(k - 1))
        {
            k += 1;
        }
        let closed = k == self.toks.len() || self.comma_after(k - 1) || self.punct_after(k - 1);
        if closed {
            k
        } else {
            end
        }
    }

    /// Whether tokens `a..b` can be a speaker: some content word, and for a verb of
    /// expecting a person or a body (a capitalised name, a body noun, a title).
    fn speaker_like(&self, a: usize, b: usize, kind: VerbKind) -> bool {
        if a >= b {
            return false;
        }
        let content: Vec<usize> = (a..b)
            .filter(|&k| {
                words::is_pronoun(self.norms[k])
                    || !stopwords::is_stopword(self.norms[k].trim_end_matches('\''))
                        && !words::is_determiner(self.norms[k])
            })
            .collect();
        if content.is_empty() {
            return false;
        }
        if content.iter().all(|&k| words::is_pronoun(self.norms[k])) {
            return kind == VerbKind::Speech;
        }
        match kind {
            VerbKind::Speech => true,
            VerbKind::Expect => content.iter().any(|&k| {
                self.toks[k].capitalized
                    || words::is_speaking_body(self.norms[k])
                    || roles::is_head_word(self.norms[k])
            }),
        }
    }

    /// The subject of the verb at `i`, before it: (start, end) of its tokens.
    fn subject(&self, i: usize, kind: VerbKind) -> Option<(usize, usize)> {
        let (v, opens_discourse) = self.group_start(i);
        if v == 0 {
            return None;
        }
        // `le service de renseignement (NIS) affirme`: the acronym closes the phrase.
        let mut end = v;
        if v >= 2 && self.gap(v - 1, v).trim() == ")" && self.gap(v - 2, v - 1).trim() == "(" {
            let k = self.phrase_before(v - 1);
            if k < v - 1 {
                return self.speaker_like(k, v, kind).then_some((k, v));
            }
            end = v - 1;
        }
        let comma_ok = opens_discourse && self.comma_after(end - 1);
        if !self.punct_after(end - 1) || comma_ok {
            let k = self.phrase_before(end);
            return self.speaker_like(k, end, kind).then_some((k, end));
        }
        if !self.comma_after(end - 1) {
            return None;
        }
        // `Tarvel, qui tente une médiation, estime`: the subject before the relative.
        let mut c = end - 1;
        while c > 0 && !self.breaking_comma_after(c - 1) && end - c < 3 * MAX_PHRASE {
            c -= 1;
        }
        if c > 0 && matches!(self.norms[c], "qui" | "who" | "which" | "dont") {
            let k = self.phrase_before(c);
            let opens = k == 0 || self.punct_after(k - 1);
            return (opens && self.speaker_like(k, c, kind)).then_some((k, c));
        }
        // `Anna Kovas, porte-parole du ministère, a indiqué`: a name and its apposition.
        let mut k2 = self.phrase_before(end);
        // `Dana Orell, a spokeswoman for the port, said`
        if k2 >= 2 && matches!(self.norms[k2 - 1], "a" | "an") && self.comma_after(k2 - 2) {
            k2 -= 1;
        }
        if k2 == 0 || k2 == end || !self.comma_after(k2 - 1) {
            return None;
        }
        let k1 = self.phrase_before(k2);
        let opens = k1 == 0 || self.punct_after(k1 - 1);
        if k1 < k2 && opens && self.toks[k1..k2].iter().any(|t| t.capitalized) {
            return self.speaker_like(k1, end, kind).then_some((k1, end));
        }
        None
    }

    /// Whether nothing but time words, a date or discourse words stand between the
    /// verb at `i` and the end of its clause (`…, officials said on Tuesday.`): then
    /// its subject speaks for what comes before.
    fn ends_clause(&self, i: usize) -> bool {
        let mut k = i + 1;
        // `…, witnesses told the Courier.`: the one told stands before the end.
        if words::takes_listener(self.norms[i]) {
            while k < self.toks.len() && !self.punct_after(k - 1) && k - i <= MAX_PHRASE {
                if self.stops_phrase(k) && !self.is_figure(k) {
                    break;
                }
                k += 1;
            }
        }
        loop {
            if k >= self.toks.len() || self.punct_after(k - 1) {
                return true;
            }
            if let Some(n) = words::discourse_at(&self.norms, k) {
                k += n;
            } else if self.is_figure(k) || calendar::month(self.norms[k]).is_some() {
                k += 1;
            } else {
                return false;
            }
        }
    }

    /// The antecedent of a relative pronoun that is the subject of the verb at `i`
    /// (`la préfecture, qui évoque`, `the ministry, which said`): the pronoun's
    /// index, and the start and end of its antecedent.
    fn relative_subject(&self, i: usize, kind: VerbKind) -> Option<(usize, usize, usize)> {
        let (v, _) = self.group_start(i);
        let r = v.checked_sub(1)?;
        if r == 0 || !matches!(self.norms[r], "qui" | "which" | "who") || !self.comma_after(r - 1) {
            return None;
        }
        let k = self.phrase_before(r);
        (k < r && self.speaker_like(k, r, kind)).then_some((r, k, r))
    }

    /// The subject after the verb at `i`, inverted after a quotation or a comma
    /// (`…, a déclaré l'agence`, `said incident commander Tom Reed`).
    fn inverted_subject(&self, i: usize, kind: VerbKind) -> Option<(usize, usize)> {
        let (v, _) = self.group_start(i);
        let after_break = v == 0 || self.gap(v - 1, v).contains([',', '"', '»', '”']);
        if !after_break || self.punct_after(i) || self.norms[i] == "fait" {
            return None;
        }
        let mut s = i + 1;
        // `a indiqué mercredi 4 février son secrétaire général`
        while let Some(n) = words::discourse_at(&self.norms, s) {
            s += n;
            while s < self.toks.len()
                && !self.punct_after(s - 1)
                && (self.is_figure(s) || calendar::month(self.norms[s]).is_some())
            {
                s += 1;
            }
        }
        if s > i + 1 && (s >= self.toks.len() || self.punct_after(s - 1)) {
            return None;
        }
        let e = self.phrase_after(s);
        self.speaker_like(s, e, kind).then_some((s, e))
    }
}

/// Prepositions that open a phrase of their own inside a sentence: a speaker's
/// noun phrase does not run over them (`après la réunion`, `in Paris`).
fn is_preposition(folded: &str) -> bool {
    matches!(
        folded,
        "dans"
            | "avec"
            | "apres"
            | "avant"
            | "depuis"
            | "pendant"
            | "sur"
            | "sous"
            | "par"
            | "pour"
            | "chez"
            | "vers"
            | "contre"
            | "devant"
            | "pres"
            | "lors"
            | "selon"
            | "in"
            | "on"
            | "at"
            | "after"
            | "before"
            | "since"
            | "during"
            | "by"
            | "with"
            | "from"
            | "to"
            | "over"
            | "under"
            | "against"
            | "through"
            | "into"
            | "across"
            | "as"
            | "according"
    )
}

/// The speakers of one sentence, in order.
pub fn find(sentence: &str) -> Vec<Attribution> {
    let toks = tokens_shared(sentence);
    let w = Words {
        sentence,
        toks: &toks,
        norms: toks.iter().map(|t| t.norm.as_str()).collect(),
    };
    let mut out = Vec::new();
    let mut push = |a: usize, b: usize, extent: Span, reaches_back: bool, reaches_forward: bool| {
        if let Some(speaker) = Speaker::new(sentence, &toks[a..b]) {
            out.push(Attribution {
                speaker,
                extent,
                reaches_back,
                reaches_forward,
            });
        }
    };
    let mut last_subject: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < toks.len() {
        // `pour sa part`, `de leur côté`, `for its part`: never a speaker.
        if let Some(n) = words::discourse_at(&w.norms, i) {
            i += n;
            continue;
        }
        // Prepositions: selon X, d'après X, according to X, côté X.
        if let Some(p) = words::PREPOSITIONS
            .iter()
            .find(|p| i + p.len() <= w.norms.len() && w.norms[i..i + p.len()] == p[..])
        {
            let leading_only = p == &["cote"] || p == &["pour"];
            let start = i + p.len();
            let end = w.apposed_name(w.phrase_end(start));
            // `selon un bilan communiqué par le ministère`, `according to figures
            // released by the agency`: the agent is who says so.
            let (start, end) = w.agent_after(end).unwrap_or((start, end));
            // `côté X` and `pour X` attribute only at the start of a sentence, before a comma.
            let leading = i == 0 || (i == 1 && toks[0].norm.len() <= 3);
            if leading_only && !(leading && end > 0 && w.comma_after(end - 1)) {
                i += 1;
                continue;
            }
            if end > start && w.speaker_like(start, end, VerbKind::Speech) {
                let forward = i == 0 || w.comma_after(end - 1);
                push(
                    start,
                    end,
                    Span::new(toks[i].span.start, toks[end - 1].span.end),
                    true,
                    forward,
                );
            }
            i = end.max(i + 1);
            continue;
        }
        // Verbs: the subject before (`X a déclaré`, `X said`) or, inverted, after
        // (`a déclaré X`, `said X`).
        if let Some(kind) = w.verb_at(i) {
            let (v, _) = w.group_start(i);
            let coordinated = v > 0
                && matches!(
                    w.norms[v - 1],
                    "et" | "and" | "mais" | "but" | "puis" | "then"
                )
                && !w.punct_after(v - 1);
            if let Some((a, b)) = w.subject(i, kind) {
                let extent = Span::new(toks[a].span.start, toks[i].span.end);
                push(a, b, extent, w.ends_clause(i), true);
                last_subject = Some((a, b));
            } else if let Some((a, b)) = last_subject.filter(|_| coordinated) {
                // `La préfecture estime …, et s'attend à 40 routes coupées`: the
                // second verb shares the first one's subject.
                let extent = Span::new(toks[v].span.start, toks[i].span.end);
                push(a, b, extent, w.ends_clause(i), true);
            } else if let Some((r, a, b)) = w.relative_subject(i, kind) {
                // `…, selon la préfecture, qui évoque 40 routes coupées`: the relative
                // speaks for its antecedent, from where it stands.
                let extent = Span::new(toks[r].span.start, toks[i].span.end);
                push(a, b, extent, w.ends_clause(i), true);
            } else if let Some((a, b)) = w.inverted_subject(i, kind) {
                let (v, _) = w.group_start(i);
                let extent = Span::new(toks[v].span.start, toks[b - 1].span.end);
                push(a, b, extent, true, false);
            }
        }
        i += 1;
    }
    out
}

/// The part of a clause between two commas (or a dash, a parenthesis) that holds
/// `claim`. A comma between digits (`4,2 millions`, `1,150`) is part of a figure.
fn segment_of(sentence: &str, clause: (usize, usize), claim: Span) -> (usize, usize) {
    let breaks = |text: &str, k: usize, c: char| {
        let digit_around = text[..k].ends_with(|d: char| d.is_ascii_digit())
            && text[k + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
        matches!(c, ',' | '(' | ')' | '—' | '–') && !(c == ',' && digit_around)
    };
    let (cs, ce) = clause;
    let before = sentence.get(cs..claim.start.max(cs)).unwrap_or("");
    let start = before
        .char_indices()
        .rev()
        .find(|&(k, c)| breaks(before, k, c))
        .map_or(cs, |(k, c)| cs + k + c.len_utf8());
    let from = claim.end.min(ce);
    let after = sentence.get(from..ce).unwrap_or("");
    let end = after
        .char_indices()
        .find(|&(k, c)| breaks(after, k, c))
        .map_or(ce, |(k, _)| from + k);
    (start, end)
}

/// The speaker of a claim: the one of its own clause. In that clause, the speaker
/// in the claim's own stretch between commas, the nearest first; else the last one
/// before it (`X a indiqué que 300 …, dont 40 …`); else the first one after it
/// (`300 vols annulés, 40 retardés, selon X`). A speaker in another clause
/// (`…, quand le syndicat en compte 450`) speaks for that clause only, and a
/// sentence-final `according to X` does not take a figure that has its own speaker
/// (`the company forecast $3 billion, below the $4 billion analysts expected,
/// according to X`).
pub fn speaker_for(found: &[Attribution], sentence: &str, claim: Span) -> Option<Speaker> {
    let (cs, ce) = clause_of(sentence, claim);
    let inside: Vec<&Attribution> = found
        .iter()
        .filter(|a| a.extent.start >= cs && a.extent.end <= ce)
        .collect();
    let (ss, se) = segment_of(sentence, (cs, ce), claim);
    let distance = |a: &Attribution| {
        if a.extent.end <= claim.start {
            claim.start - a.extent.end
        } else {
            a.extent.start.saturating_sub(claim.end)
        }
    };
    // A speaker after the claim must reach back to it, or have it for object right
    // before it (`the $4 billion analysts had expected`, `les 300 postes que le
    // ministère prévoit`); one before it must reach forward.
    let object_of = |a: &Attribution| {
        let gap = sentence.get(claim.end..a.extent.start).unwrap_or("");
        let words = crate::text::tokens(gap);
        words.len() <= 2
            && !gap.contains([',', ';', ':', '(', ')', '«', '»', '"'])
            && words.iter().all(|t| {
                matches!(t.norm.as_str(), "que" | "qu'" | "that")
                    || !lexicon::any(|l| l.speaker_stoppers, &t.norm)
            })
    };
    let reaches = |a: &Attribution| {
        if a.extent.start >= claim.end {
            a.reaches_back || object_of(a)
        } else if a.extent.end <= claim.start {
            a.reaches_forward
        } else {
            true
        }
    };
    let own = inside
        .iter()
        .filter(|a| a.extent.start < se && a.extent.end > ss && reaches(a))
        .min_by_key(|a| distance(a));
    // `…, below the $4 billion expected, according to X`: a trailing speaker takes
    // the stretch just before it over a speaker further back.
    let next = || {
        inside.iter().find(|a| {
            a.reaches_back
                && !a.reaches_forward
                && a.extent.start >= se
                && sentence.get(se..a.extent.start).is_some_and(|g| {
                    g.trim_matches(|c: char| c == ',' || c.is_whitespace())
                        .is_empty()
                })
        })
    };
    let before = || {
        inside
            .iter()
            .rfind(|a| a.extent.end <= claim.start && a.reaches_forward)
    };
    let after = || {
        inside
            .iter()
            .find(|a| a.extent.start >= claim.end && a.reaches_back)
    };
    // `X prévoit 120 logements, et 400 à terme, a indiqué Y.`: a clause with no
    // speaker of its own is told by the one that closes the sentence, when no other
    // speaker stands between them.
    let closing = || {
        found
            .iter()
            .find(|a| a.extent.start >= claim.end)
            .filter(|a| {
                a.reaches_back
                    && sentence
                        .get(a.extent.end..)
                        .is_some_and(|rest| rest.chars().all(|c| !c.is_alphanumeric()))
            })
    };
    // `The line, which carries 22,000 passengers, …, X said`: a relative set off by
    // commas is the writer's background; only a speaker inside it speaks for it.
    let relative = crate::text::tokens(sentence.get(ss..se).unwrap_or(""))
        .first()
        .is_some_and(|t| {
            ss > cs
                && matches!(
                    t.norm.as_str(),
                    "qui" | "lequel" | "laquelle" | "which" | "who" | "whose"
                )
        });
    if relative {
        // Only a speaker inside the relative: not the subject whose verb it splits
        // (`The company, which employs 4,000 people, said …`).
        return inside
            .iter()
            .find(|a| a.extent.start >= ss && a.extent.end <= se)
            .map(|a| a.speaker.clone());
    }
    // `X a indiqué que 300 …, et que 40 …`: a clause that opens with `que`, `that`
    // is one more thing the speaker before it said.
    let continued = || {
        let opens = crate::text::tokens(sentence.get(cs..ce).unwrap_or(""))
            .into_iter()
            .map(|t| t.norm)
            .take(2)
            .collect::<Vec<_>>();
        let reported = match opens.as_slice() {
            [a, b] if matches!(a.as_str(), "et" | "and" | "mais" | "but") => is_that(b),
            [a, ..] => is_that(a),
            _ => false,
        };
        if !reported || cs == 0 {
            return None;
        }
        found
            .iter()
            .rfind(|a| a.extent.end <= cs && a.reaches_forward)
    };
    let inside_any = !inside.is_empty();
    own.or_else(next)
        .or_else(before)
        .or_else(after)
        .copied()
        .or_else(|| {
            if inside_any {
                None
            } else {
                closing().or_else(continued)
            }
        })
        .map(|a| a.speaker.clone())
}

/// The conjunction that opens reported speech (`que`, `qu'`, `that`).
fn is_that(folded: &str) -> bool {
    matches!(folded, "que" | "qu'" | "that")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, expected: &[&str]) {
        let got: Vec<String> = find(sentence).into_iter().map(|a| a.speaker.text).collect();
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
        check("Berne comptait poursuivre sa coopération", &[]);
    }

    #[test]
    fn a_speaker_says_so_before_what_it_says() {
        check(
            "Le maire, Paul Vernaudet, a indiqué que 40 logements seraient rasés.",
            &["Le maire, Paul Vernaudet"],
        );
        check(
            "La préfecture a annoncé 25 fermetures de routes.",
            &["La préfecture"],
        );
        check(
            "Le ministère de la Mer a précisé que 12 chalutiers étaient à quai.",
            &["Le ministère de la Mer"],
        );
        check(
            "The ministry said that 120 wells had dried up.",
            &["The ministry"],
        );
        check(
            "40 logements seront livrés, a indiqué l'adjointe au logement, Lise Varenne.",
            &["l'adjointe au logement, Lise Varenne"],
        );
        check(
            "Le délégué à la sécurité a déclaré que 12 caméras seraient posées.",
            &["Le délégué à la sécurité"],
        );
        check(
            "Dana Orell, a spokeswoman for the port, said 14 cranes were idle.",
            &["Dana Orell, a spokeswoman for the port"],
        );
        check(
            "Le service des douanes (SDO) affirme que 80 conteneurs ont été saisis.",
            &["Le service des douanes (SDO"],
        );
        check(
            "Brescal, qui préside le comité, estime à 200 le nombre de bénévoles.",
            &["Brescal"],
        );
    }

    #[test]
    fn a_capital_or_a_body_is_a_speaker() {
        check("Ostravel said 40 advisers would leave.", &["Ostravel"]);
        check(
            "Tervoulet indique que 80 écoles resteront fermées.",
            &["Tervoulet"],
        );
        check(
            "Le Palais Ostrand affirme que 12 navires ont franchi le détroit.",
            &["Le Palais Ostrand"],
        );
        check("Brenval s'attend à 3 000 visiteurs.", &["Brenval"]);
        check(
            "Selon M. Ravelin, 40 péniches attendent l'écluse.",
            &["M. Ravelin"],
        );
        check(
            "Dorvane chiffre désormais la facture à 9 millions d'euros.",
            &["Dorvane"],
        );
        check(
            "La ministre a pour sa part chiffré les dégâts à 9 millions d'euros.",
            &["La ministre"],
        );
        check(
            "Il a répété son refus, sans avancer de nouveau chiffre.",
            &[],
        );
        check(
            "The agency estimates 300 homes were damaged.",
            &["The agency"],
        );
    }

    #[test]
    fn verbs_of_expecting_and_estimating() {
        check(
            "Le syndicat estime à 700 le nombre de grévistes.",
            &["Le syndicat"],
        );
        check("L'observatoire évoque 45 faillites.", &["L'observatoire"]);
        check(
            "La fédération table sur 2 000 inscrits.",
            &["La fédération"],
        );
        check(
            "Le conseil régional prévoit 14 nouvelles lignes.",
            &["Le conseil régional"],
        );
        check("Keldar expects 5,000 visitors.", &["Keldar"]);
        check("The firm forecast sales of 2 million units.", &["The firm"]);
        check("Rescuers put the toll at 41.", &["Rescuers"]);
        // A plan or a budget that provides for something is no speaker.
        check("Le budget prévoit 300 postes.", &[]);
        check("The plan expects 40 new buses.", &[]);
        // Passives and determiners make nouns and adjectives of the verbs.
        check("Le coût est estimé à 4 millions d'euros.", &[]);
        check("Prices are expected to rise 4%.", &[]);
        check("An estimated 300 people attended.", &[]);
        check("Les chiffres avancés ont doublé.", &[]);
        check("Il attend le train de 8 heures.", &[]);
    }

    #[test]
    fn a_party_proposes_or_demands_its_figure() {
        check(
            "La mairie propose une indemnité de 4 000 euros.",
            &["La mairie"],
        );
        check(
            "Le collectif réclame 9 000 euros par foyer.",
            &["Le collectif"],
        );
        check(
            "Le syndicat des dockers exige 6 % de hausse.",
            &["Le syndicat des dockers"],
        );
        check("La fédération demande 300 embauches.", &["La fédération"]);
        check(
            "The council offered $2,000 per household.",
            &["The council"],
        );
        check("The union demands a 6% raise.", &["The union"]);
        check_claims(
            "Le collectif réclame 9 000 euros ; la mairie en propose 4 000.",
            &[
                ("9 000", Some("Le collectif")),
                ("4 000", Some("la mairie")),
            ],
        );
        // Nouns of the same words, and what a plan provides for, are no speaker.
        check("Une offre de 4 000 euros a été rejetée.", &[]);
        check("La demande a bondi de 12 %.", &[]);
        check("Le projet propose 300 logements.", &[]);
        check("A proposed 4% raise was rejected.", &[]);
    }

    #[test]
    fn discourse_words_are_not_speakers() {
        check(
            "Le ministère a également indiqué que 30 écoles resteraient fermées.",
            &["Le ministère"],
        );
        check(
            "Le ministère a, de son côté, estimé à 30 le nombre d'écoles fermées.",
            &["Le ministère"],
        );
        check(
            "De leur côté, les pêcheurs estiment à 200 le nombre de bateaux à quai.",
            &["les pêcheurs"],
        );
        check(
            "Pour sa part, la direction a d'abord annoncé 50 départs.",
            &["la direction"],
        );
        check("Le rectorat, quant à lui, en compte 12.", &["Le rectorat"]);
        check(
            "The bay has 240 moorings, according to the harbour's own count of the berths.",
            &["the harbour's own count"],
        );
        // A body that recorded a count gives it; a place that recorded a change
        // claims nothing, and a count recorded by no one has no speaker.
        check(
            "L'observatoire de Quennec a enregistré 40 répliques.",
            &["L'observatoire de Quennec"],
        );
        check(
            "The Quennec observatory recorded 40 aftershocks.",
            &["The Quennec observatory"],
        );
        check("Le pays a enregistré une hausse de 3 %.", &[]);
        check("Forty aftershocks have been recorded since Monday.", &[]);
        check(
            "The mayor also said 12 bridges were closed.",
            &["The mayor"],
        );
        check(
            "The union, for its part, said 900 workers walked out.",
            &["The union"],
        );
        check(
            "Meanwhile, the council said 14 roads were shut.",
            &["the council"],
        );
        check("Également, 40 bus ont été supprimés.", &[]);
        check("D'abord, 40 bus ont été supprimés.", &[]);
        check("Pour sa part, 40 bus ont été supprimés.", &[]);
        check("Meanwhile, 14 roads were shut.", &[]);
        check("For its part, 14 roads were shut.", &[]);
    }

    fn speaker_of(sentence: &str, claim: &str) -> Option<String> {
        let found = find(sentence);
        let at = sentence.find(claim)?;
        speaker_for(&found, sentence, Span::new(at, at + claim.len())).map(|s| s.text)
    }

    fn check_claims(sentence: &str, expected: &[(&str, Option<&str>)]) {
        for (claim, who) in expected {
            assert_eq!(
                speaker_of(sentence, claim).as_deref(),
                *who,
                "speaker of {claim:?} in {sentence:?}"
            );
        }
    }

    #[test]
    fn the_agent_of_a_figure_released_is_its_speaker() {
        check_claims(
            "Selon un premier bilan communiqué dans la soirée par la préfecture du Var, 40 maisons ont brûlé.",
            &[("40", Some("la préfecture du Var"))],
        );
        check_claims(
            "According to figures released on Monday by the port authority, 40 ships were stuck.",
            &[("40", Some("the port authority"))],
        );
    }

    #[test]
    fn a_pronoun_after_a_preposition_is_a_speaker() {
        check_claims(
            "According to her, 12,000 people were left homeless.",
            &[("12,000", Some("her"))],
        );
        check_claims(
            "Selon elle, 14 000 personnes sont sans abri.",
            &[("14 000", Some("elle"))],
        );
    }

    #[test]
    fn a_claim_takes_its_clauses_speaker() {
        check_claims(
            "La préfecture fait état de 300 vols, quand le syndicat en compte 450.",
            &[("300", Some("La préfecture")), ("450", Some("le syndicat"))],
        );
        check_claims(
            "The firm forecast sales of 2 million units, below the 3 million analysts had expected, according to Brisk Data.",
            &[("2 million", Some("The firm")), ("3 million", Some("analysts"))],
        );
        check_claims(
            "Le ministère a indiqué que 300 vols étaient annulés, dont 40 long-courriers.",
            &[("300", Some("Le ministère")), ("40", Some("Le ministère"))],
        );
        check_claims(
            "Au port, dont le trafic a chuté de 20 %, la direction prévoit 3 nouveaux quais.",
            &[("20 %", None), ("3 nouveaux", Some("la direction"))],
        );
        check_claims(
            "La direction prévoit de fermer 2 ateliers, alors que le déficit atteint 9 millions.",
            &[("2 ateliers", Some("La direction")), ("9 millions", None)],
        );
        check_claims(
            "12 morts, 40 blessés : le bilan s'alourdit, selon les pompiers.",
            &[("12", Some("les pompiers")), ("40", Some("les pompiers"))],
        );
        check_claims(
            "Le stade compte 40 000 places, et 300 bénévoles sont attendus, selon le club.",
            &[("40 000", Some("le club")), ("300", Some("le club"))],
        );
        check_claims(
            "La mairie estime à 300 le nombre de foyers touchés, et s'attend à 40 rues fermées.",
            &[("300", Some("La mairie")), ("40 rues", Some("La mairie"))],
        );
        check_claims(
            "The ferry, which carries some 900 cars a day, will resume on Monday, Harbour Lines said.",
            &[("900", None)],
        );
        check_claims(
            "Le stade compte 40 000 places, quand la ligue en recense 38 000, selon le club.",
            &[("40 000", None), ("38 000", Some("la ligue"))],
        );
    }

    #[test]
    fn a_speaker_speaks_for_its_own_clauses() {
        check_claims(
            "The company, which employs 4,000 people, said it would cut 300 jobs.",
            &[("4,000", None), ("300", Some("The company"))],
        );
        check_claims(
            "Le préfet a indiqué mardi que 300 foyers étaient privés d'électricité, et que 40 routes étaient coupées.",
            &[("300", Some("Le préfet")), ("40", Some("Le préfet"))],
        );
        check_claims(
            "The mayor said 300 homes were flooded, and that 40 roads were shut.",
            &[("300", Some("The mayor")), ("40", Some("The mayor"))],
        );
        check_claims(
            "La mairie a annoncé 300 repas, alors que 40 bénévoles manquent.",
            &[("300", Some("La mairie")), ("40", None)],
        );
        check_claims(
            "300 foyers sont privés d'électricité, selon Volteo, et 40 routes sont coupées, selon la préfecture.",
            &[("300", Some("Volteo")), ("40", Some("la préfecture"))],
        );
        check_claims(
            "300 homes lost power, the utility said, while 40 roads were closed, police said.",
            &[("300", Some("the utility")), ("40", Some("police"))],
        );
        check_claims(
            "Police said 12 people were arrested; organisers put the crowd at 5,000.",
            &[("12", Some("Police")), ("5,000", Some("organisers"))],
        );
        check_claims(
            "According to the union, 900 workers walked out, and the company said 400 did.",
            &[("900", Some("the union")), ("400", Some("the company"))],
        );
    }

    #[test]
    fn more_verbs_of_saying() {
        check(
            "Vell was stabbed three times, the medical examiner testified.",
            &["the medical examiner"],
        );
        check(
            "Four of the ten boats sank, witnesses told the Gazette.",
            &["witnesses"],
        );
        check(
            "Le maire a détaillé que 45 millions d'euros seraient investis.",
            &["Le maire"],
        );
        check(
            "Ostrava a fait savoir que 200 invités étaient attendus.",
            &["Ostrava"],
        );
        check(
            "Tervane a démenti que 300 soldats aient été tués.",
            &["Tervane"],
        );
        check(
            "The board noted that 30 trains had been delayed.",
            &["The board"],
        );
        check(
            "Prosecutors argued that Vell had struck 4 times.",
            &["Prosecutors"],
        );
        check(
            "The ministry denied that 12 wells were dry.",
            &["The ministry"],
        );
        // Not a speaker: a noun after a determiner, a passive.
        check("The noted architect drew 12 towers.", &[]);
        check("Twelve claims were denied.", &[]);
    }

    #[test]
    fn a_relative_speaks_for_its_antecedent() {
        check_claims(
            "Twelve people died and 40 were injured, according to the ministry, which said 300 homes were destroyed.",
            &[
                ("Twelve", Some("the ministry")),
                ("40", Some("the ministry")),
                ("300", Some("the ministry")),
            ],
        );
        check_claims(
            "Quelque 300 foyers ont été évacués mardi à Vorcy, a indiqué la préfecture, qui évoque 40 routes coupées.",
            &[("300", Some("la préfecture")), ("40", Some("la préfecture"))],
        );
        check_claims(
            "La préfecture, qui a recensé 300 foyers sinistrés, estime les dégâts à 40 millions d'euros.",
            &[("40 millions", Some("La préfecture"))],
        );
        // A relative that says nothing is the writer's background.
        check_claims(
            "The ferry, which carries 900 cars a day, will resume on Monday, the operator said.",
            &[("900", None)],
        );
    }

    #[test]
    fn a_speaker_is_the_same_in_its_variants() {
        let speaker = |s: &str| find(s).into_iter().next().map(|a| a.speaker);
        let same = |a: &str, b: &str| match (speaker(a), speaker(b)) {
            (Some(x), Some(y)) => x.same_as(&y),
            _ => panic!("no speaker in {a:?} or {b:?}"),
        };
        assert!(same(
            "Le syndicat affirme que 40 lits ont fermé.",
            "La Coordination syndicale des soignants affirme que 40 lits ont fermé."
        ));
        assert!(same(
            "Les syndicats affirment que 40 lits ont fermé.",
            "Le syndicat affirme que 40 lits ont fermé."
        ));
        assert!(!same(
            "La commission affirme que 40 lits ont fermé.",
            "Le commissaire affirme que 40 lits ont fermé."
        ));
        assert!(!same(
            "The operator said 300 passengers were aboard.",
            "Fire Chief Ann Vole said 300 passengers were aboard."
        ));
    }
}
