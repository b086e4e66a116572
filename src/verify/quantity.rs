//! Verdicts on figures: supported, contradicted, disputed, unattributed, unsupported.

use super::context::{speaker_factor, Weighted};
use super::decide::{claim_at, decide, Candidate, Decision};
use super::evidence::{
    cite, cite_all, contradicted, evidence, evidence_at_most, push_fix, supported,
};
use super::finding::{Finding, Fix};
use super::lookups::{Lookups, Party, Scored};
use super::timeline::{self, Revision};
use crate::claims::quantity::Unit;
use crate::claims::{Claim, Quantity, Value};
use crate::corpus::Corpus;
use crate::document::Document;
use crate::lang::tuning::*;
use crate::lang::{numbers, Lang};
use crate::markdown::BlockKind;
use crate::verdict::Verdict;
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::OnceCell;
use std::sync::LazyLock;

fn quantity(c: &Claim) -> Option<&Quantity> {
    match &c.value {
        Value::Quantity(q) => Some(q),
        _ => None,
    }
}

pub(super) fn judge(
    draft: &Document,
    claim: &Claim,
    corpus: &Corpus,
    lang: Lang,
    lookups: Option<&Lookups>,
) -> Option<Finding> {
    let q = quantity(claim)?;
    let scored = match lookups {
        Some(l) => l.get_or_make(lookup_key(claim, q), || score_sources(claim, q, corpus)),
        None => score_sources(claim, q, corpus).into(),
    };
    // Read only when a source figure disagrees: most figures have none.
    let mut siblings: Option<Vec<Quantity>> = None;
    let modifier = modifier(draft, claim, q);
    let narrowed = narrowing_after(draft, claim, q);
    let interval = q.interval();
    let mut cands: Vec<Candidate> = Vec::with_capacity(scored.len());
    // Beside each candidate, its sentence and party as the lookup read them.
    let mut seen: Vec<(u32, Option<Party>)> = Vec::with_capacity(scored.len());
    for s in scored.iter() {
        let mut agrees = s.compatible(interval);
        // Two lower bounds overlap however far apart they are: the source's is read
        // as the rounded figure it is (`Quantity::floor_beyond`).
        if agrees && q.qualifier == crate::claims::Qualifier::AtLeast {
            agrees = !claim_at(corpus, s.at)
                .and_then(quantity)
                .is_some_and(|cq| q.floor_beyond(cq));
        }
        // A figure of people of a kind for the draft's people in general (or the
        // reverse) backs it or says nothing: the kind may be a part of them.
        if !agrees && s.kin {
            continue;
        }
        if !agrees {
            let source = || claim_at(corpus, s.at).and_then(|c| Some((c, quantity(c)?)));
            // A source figure that another figure of the draft's sentence gives is
            // that figure's pair: two figures of one sentence are two things
            // (`1 200 évacués, dont 540 à Lenvic` against `1 200 …, dont 450 à Lenvic`).
            let siblings = siblings.get_or_insert_with(|| siblings_of(draft, claim, q));
            if !siblings.is_empty()
                && source().is_some_and(|(_, cq)| siblings.iter().any(|x| pairs_with(x, cq)))
            {
                continue;
            }
            // A figure of an earlier time (`il y a quatre ans`) and one of the text's
            // own are two figures, not rivals.
            if source().is_some_and(|(_, cq)| cq.earlier != q.earlier) {
                continue;
            }
            // Nor is a target or an expectation (`un objectif de 900 à terme`) a
            // rival of a count of what is.
            if !q.projected && source().is_some_and(|(_, cq)| cq.projected) {
                continue;
            }
            // `Automotive revenue` is not the company's revenue: a source figure of the
            // same measure whose clause lacks the draft's modifier measures another part.
            if let Some(m) = modifier {
                if source().is_none_or(|(c, cq)| !modifies(corpus, s.at, c, cq, m)) {
                    continue;
                }
            }
            // `quelque 30 000 soldats, dont plusieurs milliers de soldats ostriens`: a
            // source sentence that names the draft's narrower thing apart from its
            // figure's noun gives that figure for the wider thing.
            if let Some((noun, m)) = narrowed {
                if source().is_some_and(|(c, cq)| names_apart(corpus, s.at, c, cq, noun, m)) {
                    continue;
                }
            }
        }
        cands.push(Candidate {
            at: s.at,
            score: s.score,
            agrees,
        });
        seen.push((s.sentence, s.party));
    }
    // A source sentence that gives the draft's speaker's figure beside other named
    // speakers' sets each party's figure apart: the draft naming that speaker meets
    // its figure there, and another party's neither backs nor contradicts it (`La
    // direction propose 18 000 euros` meets `la direction en propose 8 000`, not the
    // union's 18 000 before it). Another document's figure may still dispute it.
    if claim.speaker.as_ref().is_some_and(named) {
        let own_sentences: HashSet<(u32, u32)> = cands
            .iter()
            .zip(&seen)
            .filter(|(_, (_, party))| *party == Some(Party::Own))
            .map(|(c, (sentence, _))| (c.at.doc, *sentence))
            .collect();
        if !own_sentences.is_empty() {
            let mut i = 0;
            cands.retain(|c| {
                let (sentence, party) = seen[i];
                i += 1;
                party != Some(Party::Other) || !own_sentences.contains(&(c.at.doc, sentence))
            });
        }
    }
    // A row of a table of who says what stands beside the other parties' figures: a
    // source figure of another value is another party's, not this one's rival.
    if crate::claims::table::by_party(draft, claim.sentence) {
        cands.retain(|c| c.agrees);
    }
    let name = claim.span.slice(&draft.text).to_string();
    if cands.is_empty() {
        return Some(Finding {
            claim: claim.clone(),
            verdict: Verdict::Unsupported,
            message: crate::tr!(lang, "unsupported-no-figure", name = &name),
            evidence: Vec::new(),
            fixes: Vec::new(),
            timeline: Vec::new(),
        });
    }
    let same_figure = |a: &Claim, b: &Claim| match (quantity(a), quantity(b)) {
        (Some(a), Some(b)) => a.compatible(b) || near(a, b),
        _ => false,
    };
    // Only a figure that says what it counts can be contradicted. Where every source
    // figure of the same thing the draft's words reach gives one value, that value is
    // the thing's figure: less context is needed to say the draft's is wrong.
    let sole_value = sole_value(corpus, claim, q, &cands, same_figure)
        || best_is_same_speaker(corpus, claim, &cands);
    let decision = decide(
        corpus,
        &cands,
        // A figure set beside a person (`Ann Roe, 21,`) says what it is: her age.
        q.counted.is_some() || q.about.is_some(),
        if sole_value {
            MIN_CONTRADICT_SOLE
        } else {
            MIN_CONTRADICT
        },
        same_figure,
    );
    if let Decision::Agree {
        agreeing,
        best_agree,
    } = decision
    {
        let conflicting = disputing(corpus, q, &cands, &agreeing, best_agree);
        // Sources that give another value on another day revised the figure: the
        // draft's is current, or outdated, rather than disputed.
        // A dispute leaves out one speaker's two figures, which are just what a
        // revision is: that speaker's other value for the same thing counts too.
        // The agreeing sources that are the draft's figure, not a loose match (a
        // lower bound elsewhere that the draft's value happens to meet).
        let own: Vec<Candidate> = agreeing
            .iter()
            .filter(|c| c.score >= OWN_FIGURE_SHARE * best_agree)
            .copied()
            .collect();
        let own_speakers: Vec<&crate::claims::Speaker> = own
            .iter()
            .filter_map(|c| claim_at(corpus, c.at)?.speaker.as_ref())
            .collect();
        let mut revisers: Vec<Candidate> = cands
            .iter()
            .filter(|c| {
                !c.agrees
                    && counts_the_same(corpus, q, c, best_agree)
                    && claim_at(corpus, c.at)
                        .and_then(|x| x.speaker.as_ref())
                        .is_some_and(|s| own_speakers.iter().any(|o| o.same_as(s)))
            })
            .copied()
            .collect();
        for c in &conflicting {
            if !revisers.iter().any(|r| r.at == c.at) && c.score >= REVISER_SHARE * best_agree {
                revisers.push(*c);
            }
        }
        if !revisers.is_empty() {
            let found = revised(draft, claim, q, corpus, lang, &own, &revisers, same_figure);
            if found.is_some() {
                return found;
            }
        }
        let sentence_kind = draft.sentences.get(claim.sentence).map(|s| s.kind);
        // A figure some source states as fact is no one's in particular: only one
        // that every agreeing source gives to someone is unattributed.
        let all_attributed = cands
            .iter()
            .filter(|c| c.agrees)
            .all(|c| claim_at(corpus, c.at).is_some_and(|x| x.speaker.is_some() || x.quoted));
        // Only when the rest says so is the paragraph read (it costs a tokenisation).
        // Sources that disagree say more than sources that attribute: a dispute asks
        // for both figures and who gives each, which names the speakers too.
        let unattributed = conflicting.is_empty()
            && claim.speaker.is_none()
            && !claim.quoted
            && sentence_kind == Some(BlockKind::Paragraph)
            && all_attributed
            && {
                let paragraph = paragraph_words(draft, claim.sentence);
                !agreeing.iter().any(|c| {
                    claim_at(corpus, c.at)
                        .and_then(|x| x.speaker.as_ref())
                        .is_some_and(|s| s.named_in(&paragraph))
                })
            }
            && !people_count_as_fact(corpus, claim, q);
        if unattributed {
            let ev = evidence(corpus, &agreeing);
            let who: Vec<String> = ev.iter().filter_map(|e| e.speaker.clone()).collect();
            let who = dedup(who);
            return Some(Finding {
                claim: claim.clone(),
                message: crate::tr!(
                    lang,
                    "unattributed",
                    name = &name,
                    who = who.join(", "),
                    sources = cite_all(corpus, &ev)
                ),
                verdict: Verdict::Unattributed,
                evidence: ev,
                fixes: Vec::new(),
                timeline: Vec::new(),
            });
        }
        if !conflicting.is_empty() {
            return Some(disputed(
                corpus,
                claim,
                &name,
                &agreeing,
                &conflicting,
                lang,
            ));
        }
        let ev = evidence(corpus, &agreeing);
        return Some(supported(claim, &name, corpus, ev, lang));
    }
    if let Decision::Contradict(top) = decision {
        // An agreeing source about the same thing on another day than the sources
        // that say otherwise: the figure was revised, to the draft's value or away
        // from it.
        let best = cands.iter().map(|c| c.score).fold(0.0, f64::max);
        let relevant_agreeing: Vec<Candidate> = cands
            .iter()
            .filter(|c| c.agrees && c.score >= REVISION_SHARE * best)
            .copied()
            .collect();
        if !relevant_agreeing.is_empty() {
            let found = revised(
                draft,
                claim,
                q,
                corpus,
                lang,
                &relevant_agreeing,
                &top,
                same_figure,
            );
            if found.is_some() {
                return found;
            }
        }
        // A source giving the draft's value for the same specific thing, against
        // other sources' close figure for it (a plant of 1 400 or of 1 250 workers):
        // the sources disagree, the draft is not wrong.
        let backing: Vec<Candidate> = cands
            .iter()
            .filter(|a| {
                a.agrees
                    && same_counted(corpus, q, a)
                    && top.iter().any(|t| {
                        same_counted(corpus, q, t)
                            && !cands.iter().any(|c| c.agrees && c.at.doc == t.at.doc)
                            && two_counts(corpus, a, t)
                            && {
                                let close =
                                    |c: &Candidate| claim_at(corpus, c.at).and_then(quantity);
                                matches!((close(a), close(t)), (Some(x), Some(y)) if near(x, y))
                            }
                    })
            })
            .copied()
            .collect();
        if !backing.is_empty() {
            return Some(disputed(corpus, claim, &name, &backing, &top, lang));
        }
        let ev = evidence(corpus, &top);
        let fixes = fixes_from(draft, claim, q, corpus, lang, &top);
        let values: Vec<String> = dedup(
            ev.iter()
                .map(|e| format!("{} ({})", e.value, cite(corpus, e)))
                .collect(),
        );
        return Some(contradicted(claim, &name, &values, ev, fixes, lang));
    }
    Some(Finding {
        claim: claim.clone(),
        verdict: Verdict::Unsupported,
        message: crate::tr!(lang, "unsupported", name = &name),
        evidence: Vec::new(),
        fixes: Vec::new(),
        timeline: Vec::new(),
    })
}

/// The finding on a figure that time settles (`timeline::revision`): outdated,
/// with the latest value as its fix, or supported by the latest sources; each with
/// the figure's timeline. `None` when time settles nothing.
#[allow(clippy::too_many_arguments)]
fn revised(
    draft: &Document,
    claim: &Claim,
    q: &Quantity,
    corpus: &Corpus,
    lang: Lang,
    agreeing: &[Candidate],
    others: &[Candidate],
    same: impl Fn(&Claim, &Claim) -> bool,
) -> Option<Finding> {
    let name = claim.span.slice(&draft.text);
    let (revision, history) = timeline::revision(corpus, draft, claim, agreeing, others, same)?;
    match revision {
        Revision::Outdated { earlier, latest } => {
            let fixes = fixes_from(draft, claim, q, corpus, lang, &latest);
            Some(timeline::outdated(
                corpus, claim, name, &earlier, &latest, &history, fixes, lang,
            ))
        }
        Revision::Current(current) => {
            let mut finding = supported(claim, name, corpus, evidence(corpus, &current), lang);
            finding.timeline = timeline::rows(corpus, &history);
            Some(finding)
        }
    }
}

/// The corrections of a draft figure from the source figures `from`, best first,
/// each written in the draft's style with the source's hedge.
fn fixes_from(
    draft: &Document,
    claim: &Claim,
    q: &Quantity,
    corpus: &Corpus,
    lang: Lang,
    from: &[Candidate],
) -> Vec<Fix> {
    let mut fixes: Vec<Fix> = Vec::new();
    let group: OnceCell<Option<String>> = OnceCell::new();
    let mut by_score = from.to_vec();
    by_score.sort_by(|a, b| b.score.total_cmp(&a.score));
    for c in &by_score {
        if let Some((cc, cq)) = claim_at(corpus, c.at).and_then(|x| Some((x, quantity(x)?))) {
            let text = render_like(cq, q, lang, group.get_or_init(|| draft_group(draft, lang)));
            let source_text = corpus
                .docs
                .get(c.at.doc as usize)
                .map_or("", |d| &d.doc.text);
            let hedge = source_text
                .get(cc.span.start..cc.fix_span.start.max(cc.span.start))
                .unwrap_or("");
            let starts = draft
                .sentences
                .get(claim.sentence)
                .is_some_and(|s| s.span.start == claim.fix_span.start);
            let text = with_qualifier(text, hedge, cq, q, starts, lang);
            if reads_in_place(q, &text) {
                push_fix(
                    &mut fixes,
                    corpus,
                    claim.fix_span,
                    text,
                    c.at.doc as usize,
                    lang,
                );
            }
        }
    }
    fixes
}

/// Whose figure `source` is against the draft claim's named speaker.
fn party(draft: &Claim, source: &Claim) -> Option<Party> {
    let own = draft.speaker.as_ref().filter(|s| named(s))?;
    let s = source.speaker.as_ref()?;
    Some(if s.same_as(own) {
        Party::Own
    } else if named(s) {
        Party::Other
    } else {
        Party::Unnamed
    })
}

/// Whether a speaker is named, not only a pronoun (`il`, `they`) standing for one.
fn named(s: &crate::claims::Speaker) -> bool {
    !s.key
        .iter()
        .all(|w| crate::lang::attribution::is_pronoun(w))
}

/// Whether a source states the draft's figure as fact as a count of people in
/// general, where the draft counts a kind of people (`More than 50 people were
/// hurt` for `injuring 58`): that source is no pair to hold the figure to, but it
/// shows the figure is not only its speakers', on the relevance any pair needs.
/// Asked only of a figure about to be called unattributed: one lookup in the index.
fn people_count_as_fact(corpus: &Corpus, claim: &Claim, q: &Quantity) -> bool {
    let Some(counted) = q.counted.as_deref() else {
        return false;
    };
    let Some(people) = crate::lang::units::people_key() else {
        return false;
    };
    if !crate::lang::units::names_people(counted) {
        return false;
    }
    let weighted = Weighted::new(claim, &corpus.index);
    corpus
        .index
        .related_figures(Some(people), &claim.context, MIN_RELEVANT, 1.0)
        .into_iter()
        .filter_map(|at| claim_at(corpus, at))
        .any(|c| {
            c.speaker.is_none()
                && !c.quoted
                && quantity(c).is_some_and(|x| {
                    x.counted.as_deref() == Some(people) && same_unit(q, x) && q.compatible(x)
                })
                && weighted.similarity(c) >= MIN_RELEVANT
        })
}

/// The source figures that may be the draft figure's pair, in corpus order, each
/// scored on the draft claim's words and speaker. Nothing here reads the draft's
/// value, so the scores outlive an edit of the figure alone (`Lookups`).
fn score_sources(claim: &Claim, q: &Quantity, corpus: &Corpus) -> Vec<Scored> {
    let weighted = Weighted::new(claim, &corpus.index);
    let min_relevant = min_relevant(q);
    // The best a speaker match can lift a context score: below this share, no source
    // can reach `min_relevant`; a source naming nothing counted weighs less still.
    let min_share = min_relevant / SAME_SPEAKER_BOOST;
    let min_uncounted = if q.counted.is_some() {
        min_share / UNCOUNTED_FACTOR
    } else {
        min_share / NEITHER_COUNTED_FACTOR
    };
    // A person's age is looked up by anything shared: the person's name may be all
    // its sentence shares with the draft's.
    let min_share = if q.about.is_some() {
        SAME_PERSON_MIN_SCORE
    } else {
        min_share
    };
    let mut out = Vec::new();
    let mut related = corpus.index.related_figures(
        q.counted.as_deref(),
        &claim.context,
        min_share,
        min_uncounted.min(1.0),
    );
    for key in kin_of(q) {
        // Only figures that name this kind: the unnamed ones came above.
        let kin = corpus.index.related_figures(
            Some(key),
            &claim.context,
            min_share / KIN_COUNTED_FACTOR,
            f64::INFINITY,
        );
        related = crate::corpus::index::merge_sorted(&related, &kin);
    }
    for at in related {
        let Some(c) = claim_at(corpus, at) else {
            continue;
        };
        let Some(cq) = quantity(c) else { continue };
        // The cheap tests first: most candidates of a large corpus end at one of them.
        // An age beside one person says nothing of another's.
        if q.about.is_some() != cq.about.is_some()
            || matches!((&q.about, &cq.about), (Some(a), Some(b)) if a != b)
        {
            continue;
        }
        let (counted, kin) = match (&q.counted, &cq.counted) {
            (Some(a), Some(b)) if a != b && kin(a, b) => (KIN_COUNTED_FACTOR, true),
            (Some(a), Some(b)) if a != b => continue,
            (Some(_), Some(_)) => (1.0, false),
            (None, None) => (NEITHER_COUNTED_FACTOR, false),
            _ => (UNCOUNTED_FACTOR, false),
        };
        if !same_unit(q, cq) {
            continue;
        }
        let base = weighted.similarity(c) * counted;
        // No speaker lifts a score this low to relevance: the speakers need not be read
        // (most candidates of a large corpus end here).
        if q.about.is_none() && base * SAME_SPEAKER_BOOST < min_relevant {
            continue;
        }
        let mut score = (base * speaker_factor(claim, c)).min(1.0);
        // The same person's age is the same thing, whatever the sentences say around it.
        if q.about.is_some() && q.about == cq.about {
            score = score.max(MIN_CONTRADICT);
        }
        if score >= min_relevant {
            let (low, high) = cq.interval();
            out.push(Scored {
                at,
                sentence: c.sentence as u32,
                score,
                low,
                high,
                party: party(claim, c),
                kin,
            });
        }
    }
    out
}

/// Whether two counted keys are people in general and people of a kind, either way
/// round (`personnes` and `habitants`).
fn kin(a: &str, b: &str) -> bool {
    use crate::lang::units::{names_people, people_key};
    let people = people_key();
    (Some(a) == people && names_people(b)) || (Some(b) == people && names_people(a))
}

/// The other counted keys a source figure may back the draft's under (`kin`): every
/// kind of people for a count of people, people for a count of a kind.
fn kin_of(q: &Quantity) -> Vec<&'static str> {
    use crate::lang::units::{names_people, people_key, people_kinds};
    let (Some(counted), Some(people)) = (q.counted.as_deref(), people_key()) else {
        return Vec::new();
    };
    if counted == people {
        people_kinds().iter().map(String::as_str).collect()
    } else if names_people(counted) {
        vec![people]
    } else {
        Vec::new()
    }
}

/// The share of context from which a source figure is about the draft figure's
/// thing: less for a reading on a scale, which its scale and event name.
fn min_relevant(q: &Quantity) -> f64 {
    match &q.counted {
        Some(k) if crate::lang::units::is_scale(k) => MIN_RELEVANT_SCALE,
        _ => MIN_RELEVANT,
    }
}

/// Everything `score_sources` reads of the draft claim: its words, speaker, unit,
/// scale and what it counts (or whose age it is), not its value.
fn lookup_key(claim: &Claim, q: &Quantity) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for (w, weight) in &claim.context.words {
        (w, weight.to_bits()).hash(&mut h);
    }
    claim.speaker.as_ref().map(|s| &s.key).hash(&mut h);
    match q.unit {
        Unit::Count => 0u8.hash(&mut h),
        Unit::Percent => 1u8.hash(&mut h),
        Unit::Currency(code) => (2u8, code).hash(&mut h),
        Unit::Times => 3u8.hash(&mut h),
    }
    q.style.multiplier.is_some().hash(&mut h);
    q.counted.hash(&mut h);
    q.counted_text.hash(&mut h);
    q.about.hash(&mut h);
    h.finish()
}

/// The sources that dispute a draft figure that `agreeing` support: each gives
/// another value for what an agreeing source counts, in another document and close
/// enough to be another count of it (`two_counts`), with context near enough the
/// best agreeing source's. Two figures of one source sentence (a total and its part,
/// one official's figure and another's) are two things, never a dispute.
///
/// Only the best are wanted: a dispute cites at most `MAX_CONFLICTING_EVIDENCE`
/// sentences of the other side, so candidates are tried best first, and the search
/// stops there (a large corpus gives thousands, most of them no rival at all).
fn disputing(
    corpus: &Corpus,
    q: &Quantity,
    cands: &[Candidate],
    agreeing: &[Candidate],
    best_agree: f64,
) -> Vec<Candidate> {
    let sentence_of = |c: &Candidate| claim_at(corpus, c.at).map(|x| (c.at.doc, x.sentence));
    let agreeing_sentences: HashSet<_> = agreeing.iter().filter_map(sentence_of).collect();
    // A document that gives the draft's value somewhere does not dispute it: its
    // other figure counts another thing. A speaker that gives the draft's value and
    // another one revised its count.
    let agreeing_docs: HashSet<u32> = cands
        .iter()
        .filter(|c| c.agrees)
        .map(|c| c.at.doc)
        .collect();
    let speaker_of = |c: &Candidate| claim_at(corpus, c.at).and_then(|x| x.speaker.as_ref());
    let mut agreeing_speakers: Vec<_> = cands
        .iter()
        .filter(|c| c.agrees)
        .filter_map(speaker_of)
        .collect();
    // Speakers compare by their key alone: each key once.
    agreeing_speakers.sort_by(|a, b| a.key.cmp(&b.key));
    agreeing_speakers.dedup_by(|a, b| a.key == b.key);
    // Speakers repeat across thousands of candidates: each one's key is compared once.
    let mut other_speaker: HashMap<&[String], bool> = HashMap::default();
    // Each agreeing figure is read once, not once for every candidate it is paired with.
    let rows: Vec<Row> = agreeing.iter().filter_map(|a| Row::of(corpus, a)).collect();
    // The cheap tests first, then best first (a stable sort: equal scores keep corpus
    // order, as the evidence does).
    let mut rivals: Vec<&Candidate> = cands
        .iter()
        .filter(|c| !c.agrees && c.score >= min_relevant(q).min(MIN_CONTRADICT))
        .filter(|c| !agreeing_docs.contains(&c.at.doc))
        .collect();
    rivals.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut out: Vec<Candidate> = Vec::new();
    let mut cited: HashSet<(u32, usize)> = HashSet::default();
    for c in rivals {
        if cited.len() >= MAX_CONFLICTING_EVIDENCE {
            break;
        }
        let other = speaker_of(c).is_none_or(|s| {
            *other_speaker
                .entry(&s.key[..])
                .or_insert_with(|| !agreeing_speakers.iter().any(|a| a.same_as(s)))
        });
        if !other {
            continue;
        }
        let Some(row) = Row::of(corpus, c) else {
            continue;
        };
        let x = row.q;
        // Figures that name the same thing counted dispute on less context, and
        // two close counts of it (a debt of 214 or of 241 million) on relevance.
        let same_thing = same_counted(corpus, q, c);
        // One named person's age, or one named event counted, is one thing
        // whatever the words around it.
        let same_person = q.about.is_some() && x.about == q.about;
        let ratio = if same_person || (same_thing && near(q, x)) {
            0.0
        } else if same_thing {
            DISPUTE_RATIO_SAME_COUNTED
        } else {
            DISPUTE_RATIO
        };
        let floor = if same_thing || same_person {
            min_relevant(q)
        } else {
            MIN_CONTRADICT
        };
        let Some(at) = sentence_of(c) else {
            continue;
        };
        if c.score >= ratio * best_agree
            && c.score >= floor
            && !agreeing_sentences.contains(&at)
            && rows.iter().any(|a| a.two_counts(corpus, &row))
        {
            cited.insert(at);
            out.push(*c);
        }
    }
    out
}

/// Whether two source figures can be two counts of one thing, as a dispute needs:
/// from two documents, counting the same (the same noun, or neither naming one),
/// and within `DISPUTE_MAX_RATIO` of each other. A total and its part, or two
/// quantities of one kind, stand further apart (23 witnesses and the 6 of the
/// defence, $3.4 billion of revenue and its $1.2 billion unit), and figures of two
/// years are two figures. One speaker's two figures are a count revised, not a
/// dispute (the area burnt by a fire, day after day); and a source sentence that
/// gives the other's value too counts two things (`Of the 58 injured, 35 rode in
/// the first car` against `58 injured`).
fn two_counts(corpus: &Corpus, a: &Candidate, b: &Candidate) -> bool {
    match (Row::of(corpus, a), Row::of(corpus, b)) {
        (Some(a), Some(b)) => a.two_counts(corpus, &b),
        _ => false,
    }
}

/// A candidate source figure as the pair test reads it, each part read once.
struct Row<'a> {
    cand: Candidate,
    claim: &'a Claim,
    q: &'a Quantity,
    mid: f64,
    /// The years its sentence names, read when first asked.
    years: OnceCell<Vec<u32>>,
}

impl<'a> Row<'a> {
    fn of(corpus: &'a Corpus, c: &Candidate) -> Option<Row<'a>> {
        let claim = claim_at(corpus, c.at)?;
        let q = quantity(claim)?;
        Some(Row {
            cand: *c,
            claim,
            q,
            mid: mid(q),
            years: OnceCell::new(),
        })
    }

    fn years(&self, corpus: &Corpus) -> &[u32] {
        self.years.get_or_init(|| {
            corpus
                .docs
                .get(self.cand.at.doc as usize)
                .map(|source| years_in(source.doc.sentence_text(self.claim.sentence)))
                .unwrap_or_default()
        })
    }

    /// `two_counts` of this figure and `other`.
    fn two_counts(&self, corpus: &Corpus, other: &Row) -> bool {
        if self.cand.at.doc == other.cand.at.doc {
            return false;
        }
        let (lo, hi) = (self.mid.min(other.mid), self.mid.max(other.mid));
        // Cheapest first: this is asked of every agreeing and disputing pair.
        let same_speaker = || {
            matches!((&self.claim.speaker, &other.claim.speaker),
                (Some(p), Some(r)) if p.same_as(r))
        };
        self.q.counted == other.q.counted
            && lo > 0.0
            && hi / lo <= DISPUTE_MAX_RATIO
            && !same_speaker()
            && !self.other_years(corpus, other)
            && !sentence_gives(corpus, &self.cand, other.q)
            && !sentence_gives(corpus, &other.cand, self.q)
    }

    /// Whether both sentences name years, and none the same: a deficit of 2024 and
    /// one of 2023 are two figures, not a dispute.
    fn other_years(&self, corpus: &Corpus, other: &Row) -> bool {
        let (ya, yb) = (self.years(corpus), other.years(corpus));
        !ya.is_empty() && !yb.is_empty() && !ya.iter().any(|y| yb.contains(y))
    }
}

/// The years a sentence names: runs of four digits from 1900 to 2100. A byte scan,
/// not a tokenisation: this is asked of every pair of candidate figures.
fn years_in(text: &str) -> Vec<u32> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i - start == 4 {
            let y = b[start..i]
                .iter()
                .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
            if (1900..=2100).contains(&y) {
                out.push(y);
            }
        }
    }
    out
}

/// Whether the source sentence of candidate `c` gives, as another of its figures, a
/// value compatible with `value` (a bound, `plus de 800`, gives no value).
fn sentence_gives(corpus: &Corpus, c: &Candidate, value: &Quantity) -> bool {
    let Some(source) = corpus.docs.get(c.at.doc as usize) else {
        return false;
    };
    let Some(sentence) = source.claims.get(c.at.claim as usize).map(|x| x.sentence) else {
        return false;
    };
    source.claims.iter().enumerate().any(|(i, x)| {
        i != c.at.claim as usize
            && x.sentence == sentence
            && quantity(x).is_some_and(|q| {
                let (lo, hi) = q.interval();
                q.unit == value.unit && lo > 0.0 && hi.is_finite() && q.compatible(value)
            })
    })
}

/// A disputed figure: the agreeing and the conflicting sources, each with who gives
/// it. Both sides are cited, the other side's best first among at most
/// `MAX_CONFLICTING_EVIDENCE`, however many sources agree.
fn disputed(
    corpus: &Corpus,
    claim: &Claim,
    name: &str,
    agreeing: &[Candidate],
    conflicting: &[Candidate],
    lang: Lang,
) -> Finding {
    let against = evidence_at_most(corpus, conflicting, MAX_CONFLICTING_EVIDENCE);
    let mut ev = evidence_at_most(corpus, agreeing, MAX_EVIDENCE - against.len());
    for e in against {
        if !ev.iter().any(|x| x.doc == e.doc && x.span == e.span) {
            ev.push(e);
        }
    }
    let values: Vec<String> = ev
        .iter()
        .map(|e| match &e.speaker {
            Some(s) => format!("{} ({s}, {})", e.value, cite(corpus, e)),
            None => format!("{} ({})", e.value, cite(corpus, e)),
        })
        .collect();
    Finding {
        claim: claim.clone(),
        message: crate::tr!(
            lang,
            "disputed",
            name = name,
            values = dedup(values).join("; ")
        ),
        verdict: Verdict::Disputed,
        evidence: ev,
        fixes: Vec::new(),
        timeline: Vec::new(),
    }
}

/// The folded words of a claim's paragraph that can name its speaker. Writers
/// attribute once a paragraph (`… were injured. Fourteen were hospitalized, county
/// officials said.`), so the claim's sentence and those after it count whole; an
/// earlier sentence counts but for an attribution that closes it (`…, selon la
/// police.`), which speaks for that sentence alone.
fn paragraph_words(draft: &Document, sentence: usize) -> Vec<String> {
    let block = |i: usize| draft.sentences.get(i).map(|s| s.block);
    let first = (0..=sentence)
        .rev()
        .take_while(|&i| block(i) == block(sentence))
        .last()
        .unwrap_or(sentence);
    let mut out = Vec::new();
    for i in (first..).take_while(|&i| block(i) == block(sentence)) {
        let text = draft.sentence_text(i);
        let closing: Vec<crate::text::Span> = if i < sentence {
            crate::claims::attribution::find(text)
                .into_iter()
                .filter(|a| {
                    a.reaches_back
                        && text
                            .get(a.extent.end..)
                            .is_some_and(|rest| !rest.chars().any(char::is_alphanumeric))
                })
                .map(|a| a.extent)
                .collect()
        } else {
            Vec::new()
        };
        out.extend(
            crate::text::tokens(text)
                .into_iter()
                .filter(|t| !closing.iter().any(|c| c.overlaps(t.span)))
                .map(|t| crate::lang::variants::canonical_org(&t.norm).to_string()),
        );
    }
    out
}

/// Whether two figures are in one unit. A scaled figure that names nothing, or only
/// what money measures (`32 millions pour les écoles`, `les 85 millions
/// d'investissement`), is money whose currency the writer left to the reader, not a count of named things written without a scale
/// (`Une quinzaine d'écoles`).
fn same_unit(a: &Quantity, b: &Quantity) -> bool {
    // What money measures (`85 millions d'investissement`) names no counted things.
    let names_things = |q: &Quantity| {
        q.counted_text
            .as_deref()
            .is_some_and(|t| !crate::lang::measures::is_measure(&crate::text::fold(t)))
    };
    // The unit and scale first: folding the counted words is asked of every candidate.
    let unnamed_scale =
        |q: &Quantity| q.unit == Unit::Count && q.style.multiplier.is_some() && !names_things(q);
    let named_count =
        |q: &Quantity| q.unit == Unit::Count && q.style.multiplier.is_none() && names_things(q);
    if (unnamed_scale(a) && named_count(b)) || (unnamed_scale(b) && named_count(a)) {
        return false;
    }
    a.same_unit(b)
        || (unnamed_scale(a) && matches!(b.unit, Unit::Currency(_)))
        || (unnamed_scale(b) && matches!(a.unit, Unit::Currency(_)))
}

/// The other figures of the claim's sentence: those that cannot be the claim's own.
fn siblings_of(draft: &Document, claim: &Claim, q: &Quantity) -> Vec<Quantity> {
    // The figures of a sentence are read once for all its claims, judged one after
    // another.
    thread_local! {
        static LAST: std::cell::RefCell<(String, Vec<Quantity>)> = Default::default();
    }
    let text = draft.sentence_text(claim.sentence);
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.0 != text {
            let found = crate::claims::quantity::find(text, &[]);
            *last = (
                text.to_string(),
                found.into_iter().map(|f| f.value).collect(),
            );
        }
        last.1
            .iter()
            .filter(|x| !x.compatible(q))
            .cloned()
            .collect()
    })
}

/// The word that narrows what the claim's figure measures, written right before the
/// measure or counted noun (`Automotive revenue rose 24%`), as a context word id.
fn modifier(draft: &Document, claim: &Claim, q: &Quantity) -> Option<crate::lang::stem::WordId> {
    let noun = q.counted_text.as_deref()?;
    let toks = crate::text::tokens_shared(draft.sentence_text(claim.sentence));
    let at = toks
        .iter()
        .position(|t| t.norm == crate::text::fold(noun))?;
    let prev = toks.get(at.checked_sub(1)?)?;
    let w = prev.norm.as_str();
    let text = draft.sentence_text(claim.sentence);
    let plain = prev.norm.chars().all(|c| c.is_alphabetic() || c == '-')
        && (!prev.capitalized || at == 1)
        && text[prev.span.end..toks[at].span.start].trim().is_empty()
        && !crate::lang::stopwords::is_stopword(w)
        && !crate::lang::measures::is_change_word(w)
        && !crate::lang::measures::is_counted_adjective(w)
        && crate::lang::numbers::find_numbers(w).is_empty();
    plain.then(|| crate::lang::stem::stem(w).map(|s| crate::lang::stem::word_id(&s)))?
}

/// The word written right after the draft figure's counted noun that narrows it, as
/// French sets its adjectives (`soldats ostriens`), with the noun: both as stemmed
/// word ids. A word the sentence goes on with (`sont`, `de`, a figure) is none.
fn narrowing_after(
    draft: &Document,
    claim: &Claim,
    q: &Quantity,
) -> Option<(crate::lang::stem::WordId, crate::lang::stem::WordId)> {
    if q.style.lang != crate::lang::Lang::Fr {
        return None;
    }
    let noun = q.counted_text.as_deref()?;
    let text = draft.sentence_text(claim.sentence);
    let sentence = draft.sentences.get(claim.sentence)?;
    // Where the figure stands in the sentence, when its plain text is the draft's.
    if text != sentence.span.slice(&draft.text) {
        return None;
    }
    let toks = crate::text::tokens_shared(text);
    let noun = crate::text::fold(noun);
    // The noun the figure counts, after it as French writes it.
    let figure_end = claim.span.end.checked_sub(sentence.span.start)?;
    let at = toks
        .iter()
        .position(|t| t.norm == noun && t.span.start >= figure_end)?;
    let next = toks.get(at + 1)?;
    let w = next.norm.as_str();
    let plain = w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !next.capitalized
        && text[toks[at].span.end..next.span.start].trim().is_empty()
        && !crate::lang::stopwords::is_stopword(w)
        && crate::lang::numbers::find_numbers(w).is_empty();
    plain.then_some(())?;
    let id = |w: &str| crate::lang::stem::stem(w).map(|s| crate::lang::stem::word_id(&s));
    Some((id(&noun)?, id(w)?))
}

/// Whether the sentence of source figure `c` writes `noun m` (the draft's narrower
/// thing) apart from the figure's own noun, which `m` does not follow: the source
/// tells the two things apart, and its figure counts the wider one.
fn names_apart(
    corpus: &Corpus,
    at: crate::corpus::index::ClaimRef,
    c: &Claim,
    cq: &Quantity,
    noun: crate::lang::stem::WordId,
    m: crate::lang::stem::WordId,
) -> bool {
    if cq.counted_text.is_none() || !c.context.has(m) {
        return false;
    }
    let Some(doc) = corpus.docs.get(at.doc as usize).map(|d| &d.doc) else {
        return false;
    };
    let Some(sentence) = doc.sentences.get(c.sentence) else {
        return false;
    };
    let text = doc.sentence_text(c.sentence);
    if text != sentence.span.slice(&doc.text) || c.span.start < sentence.span.start {
        return false;
    }
    let figure_end = c.span.end - sentence.span.start;
    let toks = crate::text::tokens_shared(text);
    let id = |t: &crate::text::Token| {
        crate::lang::stem::stem(&t.norm).map(|s| crate::lang::stem::word_id(&s))
    };
    let is = |i: usize, w: crate::lang::stem::WordId| toks.get(i).and_then(id) == Some(w);
    // The figure's own noun: the first occurrence after the figure.
    let Some(own) = (0..toks.len()).find(|&i| toks[i].span.start >= figure_end && is(i, noun))
    else {
        return false;
    };
    !is(own + 1, m) && (0..toks.len()).any(|i| i != own && is(i, noun) && is(i + 1, m))
}

/// Whether the draft's modifier `m` narrows the source figure's measure too: it stands
/// within three words of the source's measure or counted noun (`Revenue from
/// automotive chips`), or, where that noun is not named, in the figure's clause.
fn modifies(
    corpus: &Corpus,
    at: crate::corpus::index::ClaimRef,
    c: &Claim,
    cq: &Quantity,
    m: crate::lang::stem::WordId,
) -> bool {
    // A source whose sentence lacks the word is settled without reading it again.
    if !c.context.has(m) {
        return false;
    }
    let in_clause = || c.context.weight(m) >= WEIGHT_CLAUSE;
    let Some(doc) = corpus.docs.get(at.doc as usize).map(|d| &d.doc) else {
        return false;
    };
    let (Some(noun), Some(sentence)) = (cq.counted_text.as_deref(), doc.sentences.get(c.sentence))
    else {
        return in_clause();
    };
    let text = doc.sentence_text(c.sentence);
    // Where the figure stands in the sentence, when its plain text is its source's.
    if text != sentence.span.slice(&doc.text) || c.span.start < sentence.span.start {
        return in_clause();
    }
    let figure = c.span.start - sentence.span.start;
    let toks = crate::text::tokens_shared(text);
    let noun = crate::text::fold(noun);
    let nouns: Vec<usize> = (0..toks.len()).filter(|&i| toks[i].norm == noun).collect();
    // The measure named before the figure nearest it, else the noun after it.
    let Some(at_noun) = nouns
        .iter()
        .rev()
        .find(|&&i| toks[i].span.end <= figure)
        .or(nouns.first())
        .copied()
    else {
        return in_clause();
    };
    toks[at_noun.saturating_sub(3)..(at_noun + 4).min(toks.len())]
        .iter()
        .any(|t| {
            crate::lang::stem::stem(&t.norm).is_some_and(|s| crate::lang::stem::word_id(&s) == m)
        })
}

/// Whether a figure of the draft gives a source figure: the same value, in the same
/// unit, of the same named thing (or of a thing the source leaves unsaid). A draft
/// figure that names nothing (a day of the month read as a number) pairs with none.
fn pairs_with(draft: &Quantity, source: &Quantity) -> bool {
    draft.unit == source.unit
        && draft.compatible(source)
        && draft.counted.is_some()
        && (draft.counted == source.counted || source.counted.is_none())
}

/// Whether every candidate counts what the draft figure counts (not a generic
/// noun), all give one value, and none agrees with the draft: then they are the
/// corpus's figure for that thing.
fn sole_value(
    corpus: &Corpus,
    claim: &Claim,
    q: &Quantity,
    cands: &[Candidate],
    same: impl Fn(&Claim, &Claim) -> bool,
) -> bool {
    let Some(counted) = &q.counted else {
        return false;
    };
    if crate::lang::units::is_generic_count(counted) || cands.iter().any(|c| c.agrees) {
        return false;
    }
    let same_noun: Vec<&Claim> = cands
        .iter()
        .filter_map(|c| claim_at(corpus, c.at))
        .filter(|c| quantity(c).is_some_and(|x| x.counted.as_ref() == Some(counted)))
        .collect();
    let Some(first) = same_noun.first() else {
        return false;
    };
    // Margins: a source figure another named speaker gives, or one far from the
    // draft's (11 freed passengers against 310 carried), is not that thing's figure.
    let other_speaker = |c: &Claim| match (&claim.speaker, &c.speaker) {
        (Some(a), Some(b)) => !a.same_as(b),
        _ => false,
    };
    let close = |c: &Claim| {
        quantity(c).is_some_and(|x| {
            let (a, b) = (mid(q), mid(x));
            a.min(b) > 0.0 && a.max(b) / a.min(b) <= SOLE_VALUE_MAX_RATIO
        })
    };
    same_noun.len() == cands.len()
        && same_noun
            .iter()
            .all(|c| same(first, c) && !other_speaker(c) && close(c))
}

/// The middle of a figure's interval.
fn mid(q: &Quantity) -> f64 {
    let (lo, hi) = q.interval();
    if hi.is_finite() {
        ((lo + hi) / 2.0).abs()
    } else {
        lo.abs()
    }
}

/// Whether a candidate counts what the draft figure counts, by a specific noun.
fn same_counted(corpus: &Corpus, q: &Quantity, c: &Candidate) -> bool {
    let Some(counted) = &q.counted else {
        return false;
    };
    !crate::lang::units::is_generic_count(counted)
        && claim_at(corpus, c.at)
            .and_then(quantity)
            .is_some_and(|x| x.counted.as_ref() == Some(counted))
}

/// Whether a source figure of another value counts what the draft's counts, as a
/// revision of it needs: the same noun (or none, `the toll stands at 27`), the
/// same unit, and a score near the agreeing sources' best.
fn counts_the_same(corpus: &Corpus, q: &Quantity, c: &Candidate, best_agree: f64) -> bool {
    c.score >= REVISER_SHARE * best_agree
        && claim_at(corpus, c.at)
            .and_then(quantity)
            .is_some_and(|x| x.counted == q.counted && x.same_unit(q))
}

/// Whether the best candidate is the draft's own named speaker: that speaker's own
/// figure for the thing is the one to compare with.
fn best_is_same_speaker(corpus: &Corpus, claim: &Claim, cands: &[Candidate]) -> bool {
    let Some(sp) = &claim.speaker else {
        return false;
    };
    cands
        .iter()
        .max_by(|a, b| a.score.total_cmp(&b.score))
        .and_then(|c| claim_at(corpus, c.at))
        .and_then(|x| x.speaker.as_ref())
        .is_some_and(|s| s.same_as(sp))
}

/// Two sources' figures close enough to be two counts of one thing.
fn near(a: &Quantity, b: &Quantity) -> bool {
    let mid = |q: &Quantity| {
        let (lo, hi) = q.interval();
        (lo + hi) / 2.0
    };
    let (x, y) = (mid(a).abs(), mid(b).abs());
    let (lo, hi) = (x.min(y), x.max(y));
    lo > 0.0 && hi / lo <= SAME_EVENT_FIGURE_RATIO
}

/// A correction that reads right where the draft's figure stands. A collective
/// (`Une dizaine de témoins`) takes only another collective: a plain figure there
/// would read `30 de témoins`, so none is offered.
fn reads_in_place(q: &Quantity, text: &str) -> bool {
    !q.style.collective || text.starts_with(['u', 'U'])
}

/// The source's figure written the way the draft writes figures. A draft figure too
/// small to show its thousands separator gets its language's (`1 200`, `1,200`).
fn render_like(
    source: &Quantity,
    draft: &Quantity,
    lang: Lang,
    draft_group: &Option<String>,
) -> String {
    let mut style = draft.style.clone();
    // Number words are the draft's language's: a word both languages write (`six`)
    // says nothing of which (`six provinces` → `four provinces` in English).
    if !style.words || numbers::same_word_in_both(draft.low) {
        style.lang = lang;
    }
    // A whole figure shows no decimal mark, unless its thousands separator implies
    // one (`1,500` → `.`): the draft's language's then (`11.6 million` in English).
    let scale = draft.style.multiplier.as_ref().map_or(1.0, |(_, m)| *m);
    let whole = (draft.low / scale).fract() == 0.0 && (draft.high / scale).fract() == 0.0;
    if whole && !matches!(draft.style.group.as_deref(), Some("," | ".")) {
        style.decimal = match lang {
            Lang::Fr => ',',
            Lang::En => '.',
        };
    }
    // A figure under a thousand shows no separator: the draft's other figures say
    // which it writes (`4 000` with a space, `4\u{a0}000`), else the language's.
    if style.group.is_none() && !style.words && draft.high < 1000.0 {
        style.group = Some(draft_group.clone().unwrap_or_else(|| {
            match style.lang {
                Lang::Fr => "\u{a0}",
                Lang::En => ",",
            }
            .to_string()
        }));
    }
    if source.qualifier == crate::claims::Qualifier::Range
        && draft.qualifier == crate::claims::Qualifier::Range
    {
        let sep = if lang == Lang::Fr { " et " } else { " and " };
        return format!(
            "{}{sep}{}",
            numbers::render(source.low, &style),
            numbers::render(source.high, &style)
        );
    }
    let value = if source.qualifier == crate::claims::Qualifier::Range {
        source.high
    } else {
        source.low
    };
    numbers::render(value, &style)
}

/// The thousands separator the draft's own figures write (`4 000`, `4\u{a0}000`,
/// `4.000`; `4,000` in English), the first one found.
fn draft_group(draft: &Document, lang: Lang) -> Option<String> {
    static FR: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(r"(?:^|[^\d.,])\d{1,3}([ \u{a0}\u{202f}.])\d{3}(?:[^\d]|$)").ok()
    });
    static EN: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(r"(?:^|[^\d.,])\d{1,3}([,\u{a0}\u{202f}])\d{3}(?:[^\d]|$)").ok()
    });
    let re = match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    let c = re.as_ref()?.captures(&draft.text)?;
    Some(c.get(1)?.as_str().to_string())
}

/// A correction to a plain figure keeps the source's qualifier, in the draft's
/// language (`1,300` → `more than 3,600` from `Plus de 3 600`): the bare value would
/// state the source's bound as a count. A draft figure with its own qualifier keeps
/// it (the correction replaces the value alone). `hedge` is the source's qualifier
/// as written; at the start of the draft's sentence, the qualifier takes the capital.
fn with_qualifier(
    value: String,
    hedge: &str,
    sq: &Quantity,
    q: &Quantity,
    sentence_start: bool,
    lang: Lang,
) -> String {
    use crate::claims::Qualifier::{Approximate, AtLeast, AtMost, Exact};
    if q.qualifier != Exact || !matches!(sq.qualifier, Approximate | AtLeast | AtMost) {
        return value;
    }
    match numbers::qualifier_in(hedge, lang) {
        Some(word) if sentence_start => format!("{} {value}", numbers::capitalize(word)),
        Some(word) => format!("{word} {value}"),
        None => value,
    }
}

fn dedup(v: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for x in v {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::years_in;

    /// `check(sentence, the years it names)`
    fn check(input: &str, expected: &[u32]) {
        assert_eq!(years_in(input), expected, "years of {input:?}");
    }

    #[test]
    fn reads_the_years_a_sentence_names() {
        check("Le déficit de 2024 atteint 41 millions.", &[2024]);
        check("In 2023, 2 050 jobs; in 2025, 12024 none.", &[2023, 2025]);
        check("De 1999 à 2001, puis en 2101.", &[1999, 2001]);
        check("2 300 pompiers, 2050 emplois", &[2050]);
        check("Aucune année ici, 850 salariés.", &[]);
    }
}
