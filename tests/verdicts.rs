//! Verdicts, data-driven: a small invented corpus, a draft, and for each claim the
//! verdict and fix expected. Every verdict is covered in French and in English.

use recoupe::{Corpus, Draft, Verdict};

/// `check(corpus, draft, [(claim text, verdict, fix)])`: each claim text must be a
/// checked claim of the draft with that verdict (None = nothing reported on it), and
/// where a fix is given, the preferred fix writes it.
fn check(corpus: &[(&str, &str)], draft: &str, expected: &[(&str, Option<Verdict>, Option<&str>)]) {
    let corpus = Corpus::from_texts(corpus.iter().map(|(p, t)| (p.to_string(), t.to_string())));
    let doc = Draft::new("draft.md", draft);
    let checked = recoupe::check(
        &doc,
        &corpus,
        &recoupe::Options::new(Default::default(), &doc.doc.text),
    );
    for (text, verdict, fix) in expected {
        let at = draft
            .find(text)
            .unwrap_or_else(|| panic!("{text:?} is not in the draft"));
        let span = (at, at + text.len());
        let here: Vec<_> = checked
            .iter()
            .filter(|c| c.claim.span.start < span.1 && c.claim.span.end > span.0)
            .collect();
        let got = here
            .iter()
            .map(|c| c.verdict)
            .find(|v| *v != Verdict::Supported)
            .or(here.first().map(|c| c.verdict));
        let got = got.filter(|v| *v != Verdict::Supported || verdict.is_some());
        assert_eq!(
            got,
            *verdict,
            "{text:?}: {:?}",
            here.iter().map(|c| &c.message).collect::<Vec<_>>()
        );
        if let Some(fix) = fix {
            let c = here
                .iter()
                .find(|c| Some(c.verdict) == *verdict)
                .expect("a finding");
            let f = c
                .fixes
                .iter()
                .find(|f| f.preferred)
                .expect("a preferred fix");
            assert_eq!(f.replacement, *fix, "{text:?}");
        }
    }
}

const FR: &[(&str, &str)] = &[
    (
        "crue-1.md",
        "---\ntitle: Crue\ndate: 2025-01-27\n---\nLa crue a contraint la préfecture à évacuer 2 400 foyers dans la nuit de dimanche 26 janvier. \
         Le préfet de la Loire, Julien Morvan, a déclenché le plan Orsec. Environ 350 pompiers sont mobilisés. \
         Selon la fédération des assureurs, les dégâts dépassent 40 millions d'euros. \
         Trois gymnases ont été ouverts aux sinistrés.",
    ),
    (
        "crue-2.md",
        "---\ntitle: Crue, suite\ndate: 2025-01-29\n---\nLa préfecture recense 2 400 foyers évacués. Le ministre de l'Environnement, Paul Lestrade, \
         a déclaré : « Nous reconstruirons plus solide ». La mairie compte 180 bénévoles, quand l'association en compte 260.\n\n\
         Le niveau de la rivière a atteint 5,20 mètres mardi 28 janvier.",
    ),
];

#[test]
fn french_figures() {
    check(
        FR,
        "Dans la nuit de dimanche 26 janvier, 4 200 foyers ont été évacués par la préfecture.\n\n\
         Environ 350 pompiers sont mobilisés.\n\n\
         Deux gymnases ont été ouverts aux sinistrés.\n\n\
         Les dégâts dépassent 40 millions d'euros.\n\n\
         L'Iran a livré 400 drones.\n\n\
         La mairie compte 180 bénévoles.\n\n\
         On compte 180 bénévoles.",
        &[
            ("4 200", Some(Verdict::Contradicted), Some("2 400")),
            ("Environ 350", Some(Verdict::Supported), None),
            ("Deux", Some(Verdict::Contradicted), Some("Trois")),
            ("40 millions", Some(Verdict::Unattributed), None),
            ("400", Some(Verdict::Unsupported), None),
            ("La mairie compte 180", Some(Verdict::Supported), None),
        ],
    );
}

#[test]
fn french_roles_dates_quotes() {
    check(
        FR,
        "Le ministre de l'Intérieur, Paul Lestrade, a promis : « Nous reconstruirons plus vite ».\n\n\
         Julien Morvan, préfet de la Loire, a déclenché le plan Orsec.\n\n\
         Le niveau a atteint 5,20 mètres lundi 28 janvier.",
        &[
            ("ministre de l'Intérieur", Some(Verdict::Contradicted), Some("ministre de l'Environnement")),
            ("Nous reconstruirons plus vite", Some(Verdict::Misquoted), Some("Nous reconstruirons plus solide")),
            ("préfet de la Loire", Some(Verdict::Supported), None),
            ("lundi 28 janvier", Some(Verdict::Contradicted), Some("mardi 28 janvier")),
        ],
    );
}

/// A source sentence that shares only function words with a quote, in order, is not
/// the quote misremembered: the quote is unsupported, with no fix offered.
#[test]
fn a_quote_matching_only_function_words_is_not_misquoted() {
    check(
        &[(
            "digue.md",
            "Le maire a prévenu : « Nous ne sommes pas encore sortis de la crue ».",
        )],
        "L'adjointe a lancé : « Nous ne verrons pas encore la fin de la saison ».\n\n\
         Le maire a prévenu : « Nous ne sommes pas sortis de la crue ».",
        &[
            (
                "Nous ne verrons pas encore la fin de la saison",
                Some(Verdict::Unsupported),
                None,
            ),
            (
                "Nous ne sommes pas sortis de la crue",
                Some(Verdict::Misquoted),
                Some("Nous ne sommes pas encore sortis de la crue"),
            ),
        ],
    );
}

/// The fix for a misquote is the source's quote, not a stretch running past its
/// closing mark because a later word of the sentence matched too.
#[test]
fn a_misquote_fix_stops_at_the_sources_closing_mark() {
    check(
        &[(
            "usine.md",
            "« Cette usine fait vivre toute la vallée », a affirmé la ministre de l'Industrie.",
        )],
        "« Cette usine fait vivre toute la ville », a dit la ministre.",
        &[(
            "Cette usine fait vivre toute la ville",
            Some(Verdict::Misquoted),
            Some("Cette usine fait vivre toute la vallée"),
        )],
    );
}

/// Sources that would contradict a claim must tell one story: figures or dates far
/// apart, from different documents, are other events told in the same words.
#[test]
fn sources_far_apart_do_not_contradict_together() {
    let corpus = [
        (
            "valmont.md",
            "Selon les pompiers de Valmont, 5 800 foyers ont été évacués. La fermeture a été décidée le mardi 16 septembre.",
        ),
        (
            "brenac.md",
            "Selon les pompiers de Brenac, 10 500 foyers ont été évacués. La fermeture a été décidée le mercredi 1er mars.",
        ),
    ];
    check(
        &corpus,
        "Selon les pompiers de Corbourg, 21 500 foyers ont été évacués.\n\n\
         La fermeture a été décidée le mardi 16 avril.",
        &[
            ("21 500", Some(Verdict::Unsupported), None),
            ("mardi 16 avril", None, None),
        ],
    );
    // Two close counts of one event still contradict a figure far from both.
    check(
        &[
            (
                "a.md",
                "À Port-Lanvel, 58 % des vols ont été annulés mercredi.",
            ),
            (
                "b.md",
                "À l'aéroport de Port-Lanvel, 62 % des vols ont été supprimés mercredi.",
            ),
        ],
        "À Port-Lanvel, 26 % des vols ont été supprimés mercredi.",
        &[("26 %", Some(Verdict::Contradicted), None)],
    );
}

/// A title given in English as an apposition (`X, a spokeswoman for the Upper
/// Vérinelle education authority`) supports the French title of the same office,
/// and a namesake elsewhere does not make it a swap.
#[test]
fn an_english_apposition_supports_a_french_title() {
    check(
        &[
            (
                "classes.md",
                "Judith Marveaux, a spokeswoman for the Upper Corvanne education authority, said classes would resume.",
            ),
            (
                "belcourt.md",
                "Belcourt Mayor Judith Marveaux opened the fair. The spokeswoman for the Upper Corvanne education authority, Élie Vaucat, said classes would resume.",
            ),
        ],
        "La porte-parole du rectorat de la Haute-Corvanne, Judith Marveaux, a dit que les cours reprendraient.",
        &[(
            "porte-parole du rectorat de la Haute-Corvanne, Judith Marveaux",
            Some(Verdict::Supported),
            None,
        )],
    );
}

const EN: &[(&str, &str)] = &[
    (
        "fire-1.md",
        "---\ntitle: Fire\ndate: 2025-08-05\n---\nThe Cedar Fire has burned 8,200 acres and is 20% contained, officials said Tuesday, August 5. \
         County Sheriff Ann Lee ordered the evacuation of 1,300 homes.",
    ),
    (
        "fire-2.md",
        "---\ntitle: Fire, day 3\ndate: 2025-08-08\n---\nGovernor Mark Ode declared a state of emergency on Friday, August 8. \
         Containment reached 45% on Friday, according to the forestry agency.",
    ),
];

#[test]
fn english_claims() {
    check(
        EN,
        "The Cedar Fire has burned 8,200 acres and was 02% contained on Tuesday, August 5, officials said.\n\n\
         County Sheriff Ann Lee ordered 3,100 homes evacuated.\n\n\
         Governor Ann Lee declared a state of emergency.",
        &[
            ("8,200", Some(Verdict::Supported), None),
            ("3,100", Some(Verdict::Contradicted), Some("1,300")),
            ("Governor Ann Lee", Some(Verdict::Contradicted), Some("Mark Ode")),
            ("County Sheriff Ann Lee", Some(Verdict::Supported), None),
            ("Tuesday, August 5", Some(Verdict::Supported), None),
        ],
    );
}

#[test]
fn sources_that_disagree_make_a_dispute() {
    check(
        &[
            (
                "a.md",
                "À l'aéroport de Nantes, 40 % des vols ont été annulés mercredi.",
            ),
            ("b.md", "À Nantes, 35 % des vols ont été annulés mercredi."),
        ],
        "À Nantes, 40 % des vols ont été annulés mercredi.",
        &[("40 %", Some(Verdict::Disputed), None)],
    );
}

#[test]
fn context_decides_which_figure_is_meant() {
    // 900 in one district, by one speaker, is not contradicted by 1 500 in all.
    check(
        &[("a.md", "Selon le maire, 900 soldats sont dans le district nord le 4 mai. Au total, 1 500 soldats ont été envoyés dans le pays.")],
        "Selon le maire, 900 soldats étaient dans le district nord.",
        &[("900", Some(Verdict::Supported), None)],
    );
}

#[test]
fn nothing_is_checked_outside_prose() {
    check(
        FR,
        "---\ntitle: 4 200 foyers\n---\n\nDu code : `4 200 foyers` et\n\n```\n4 200 foyers\n```\n\n<!-- 4 200 foyers -->\n\n<!-- recoupe-ignore -->\n4 200 foyers évacués par la préfecture.",
        &[("4 200", None, None)],
    );
}

/// What an amount measures pairs it: a share of a budget meets the source's share,
/// not the total beside it, and a wrong one is contradicted with the source's value.
#[test]
fn amounts_meet_what_they_measure() {
    let corpus = &[(
        "conseil.md",
        "---\ntitle: Conseil\ndate: 2025-03-04\n---\nLe département investira 60 millions d'euros dans ses collèges, dont 14 millions d'euros consacrés à la rénovation thermique. \
         Le déficit du syndicat des eaux a atteint 3,2 millions d'euros l'an dernier.",
    )];
    check(
        corpus,
        "Le département investira 60 millions d'euros dans ses collèges, dont 41 millions d'euros consacrés à la rénovation thermique.",
        &[
            ("60 millions", None, None),
            ("41 millions", Some(Verdict::Contradicted), Some("14 millions")),
        ],
    );
    let corpus = &[(
        "quarter.md",
        "---\ntitle: Quarter\ndate: 2025-07-30\n---\nOrlan Foods said sales fell 6% to $2.2 billion in the second quarter. \
         Shares fell 9% in early trading. Sales have now fallen for four consecutive quarters.",
    )];
    check(
        corpus,
        "Orlan Foods shares fell 3% in early trading. Sales have now fallen for two straight quarters.",
        &[
            ("3%", Some(Verdict::Contradicted), Some("9")),
            ("two", Some(Verdict::Contradicted), None),
        ],
    );
}

/// An age beside a name is that person's: the defendant's age is not the victim's,
/// nor the years of a sentence.
#[test]
fn an_age_is_its_persons() {
    let corpus = &[(
        "assises.md",
        "---\ntitle: Assises\ndate: 2025-05-12\n---\nLe procès de Karim Vesselle, 31 ans, s'est ouvert lundi. Le veilleur, Armand Pujol, 63 ans, avait été grièvement blessé. \
         L'avocat général a requis douze ans de prison.",
    )];
    check(
        corpus,
        "Karim Vesselle, 31 ans, est jugé depuis lundi pour l'agression du veilleur.",
        &[("31", Some(Verdict::Supported), None)],
    );
    check(
        corpus,
        "Karim Vesselle, 36 ans, est jugé depuis lundi pour l'agression du veilleur, Armand Pujol.",
        &[("36", Some(Verdict::Contradicted), Some("31"))],
    );
}

/// Where every source figure of a thing gives one value, a draft figure of that thing
/// needs less shared context to be contradicted; the fix keeps a collective a
/// collective, and a figure too small for a separator gets its language's.
#[test]
fn one_value_for_one_thing_and_fixes_in_the_drafts_style() {
    let corpus = &[(
        "audience.md",
        "---\ntitle: Audience\ndate: 2025-06-20\n---\nUne vingtaine de témoins doivent être entendus jusqu'à jeudi. \
         Après près de quatre heures de délibéré, la cour a rendu son arrêt. Le chantier employait 1 400 ouvriers.",
    )];
    check(
        corpus,
        "Une dizaine de témoins ont défilé à la barre. La cour a rendu son arrêt après deux heures de délibéré. Le chantier employait 140 ouvriers.",
        &[
            ("Une dizaine", Some(Verdict::Contradicted), Some("Une vingtaine")),
            ("deux heures", Some(Verdict::Contradicted), Some("près de quatre")),
            ("140", Some(Verdict::Contradicted), Some("1\u{a0}400")),
        ],
    );
}

/// The same person's age is one thing wherever it is written: the sentences around
/// it need not share any words.
#[test]
fn an_age_meets_the_same_persons_age_in_any_sentence() {
    let corpus = &[(
        "ouverture.md",
        "---\ntitle: Ouverture\ndate: 2025-05-12\n---\nLe procès de Karim Vesselle, 31 ans, s'est ouvert devant la cour d'assises du Morvan.",
    )];
    check(
        corpus,
        "Karim Vesselle, 31 ans, comparaît pour avoir frappé un veilleur de nuit.",
        &[("31", Some(Verdict::Supported), None)],
    );
    check(
        corpus,
        "Karim Vesselle, 33 ans, comparaît pour avoir frappé un veilleur de nuit.",
        &[("33", Some(Verdict::Contradicted), Some("31"))],
    );
}

/// Two figures of one sentence count two things: the draft's figure for the one is
/// not contradicted by the source's figure for the other, even when that is the only
/// figure the corpus gives of what is counted.
#[test]
fn a_figure_is_not_held_to_another_figure_of_its_sentence() {
    let corpus = &[(
        "ferry.md",
        "---\ntitle: Ferry\ndate: 2025-09-02\n---\nThe harbour master, Lena Voight, said divers had rescued 9 passengers from the lower deck.",
    )];
    check(
        corpus,
        "Harbour master Lena Voight said divers had rescued 9 passengers from the lower deck, and the ferry was carrying about 240 passengers, according to the operator.",
        &[("9 passengers", Some(Verdict::Supported), None), ("about 240", Some(Verdict::Unsupported), None)],
    );
}

/// A speaker named once in a paragraph speaks for its figures: a figure stated as
/// fact in the sentence before the attribution is not `unattributed`.
#[test]
fn a_paragraphs_attribution_covers_its_sentences() {
    let corpus = &[(
        "crash.md",
        "---\ntitle: Crash\ndate: 2025-02-11\n---\nThe bus overturned near Gallow Bridge, killing three people and injuring 27, county officials said.",
    )];
    check(
        corpus,
        "Three people were killed and 27 were injured near Gallow Bridge. Nine of the injured were hospitalized, county officials said.",
        &[("27", Some(Verdict::Supported), None)],
    );
    check(
        corpus,
        "Three people were killed and 27 were injured near Gallow Bridge.\n\nThe road reopened on Wednesday.",
        &[("27", Some(Verdict::Unattributed), None)],
    );
}

/// A dispute is two sources giving two values for one thing: a draft that gives one
/// source's figure for a specific thing is `disputed`, not `contradicted`, when
/// another source gives a close figure for it, and a draft naming its speaker does
/// not settle it.
#[test]
fn two_sources_two_values_for_one_thing_are_a_dispute() {
    let corpus = &[
        (
            "a.md",
            "---\ntitle: Tanneries\ndate: 2026-05-02\n---\nLa direction chiffrait lundi à 90 le nombre de grévistes, sur les 640 ouvriers de la tannerie de Bressolles.",
        ),
        (
            "b.md",
            "---\ntitle: Tanneries\ndate: 2026-05-03\n---\nDevant la tannerie de Bressolles, qui emploie 580 ouvriers, les piquets tiennent.",
        ),
    ];
    check(
        corpus,
        "La tannerie de Bressolles emploie 640 ouvriers.",
        &[("640", Some(Verdict::Disputed), None)],
    );
    let corpus = &[
        (
            "a.md",
            "---\ntitle: Port\ndate: 2026-05-02\n---\nLe trésorier du port, Marc Lavoine, a précisé que la dette de la commune s'élevait à 52 millions d'euros fin 2025.",
        ),
        (
            "b.md",
            "---\ntitle: Port\ndate: 2026-05-03\n---\nLa dette de la commune atteint 61 millions d'euros fin 2025, un record.",
        ),
        (
            "c.md",
            "---\ntitle: Port\ndate: 2026-05-04\n---\nLe port de Quessac a accueilli 40 paquebots, a indiqué son président.",
        ),
    ];
    check(
        corpus,
        "Marc Lavoine, trésorier du port, a précisé que la dette de la commune s'élevait à 52 millions d'euros fin 2025.",
        &[("52 millions", Some(Verdict::Disputed), None)],
    );
}

/// A dispute shows both sides: however many sources agree with the draft, the
/// evidence keeps room for the sources that say otherwise.
#[test]
fn a_dispute_cites_both_sides_however_many_agree() {
    let mut texts: Vec<(String, String)> = (1..=8)
        .map(|n| {
            (
                format!("accord-{n}.md"),
                format!(
                    "---\ntitle: Tanneries {n}\ndate: 2026-05-0{n}\n---\nLa tannerie de Bressolles emploie 640 ouvriers, rappelle la note {n}."
                ),
            )
        })
        .collect();
    texts.push((
        "autre.md".into(),
        "---\ntitle: Tanneries\ndate: 2026-05-09\n---\nLa tannerie de Bressolles emploie 580 ouvriers, selon l'inspection.".into(),
    ));
    let corpus = Corpus::from_texts(texts);
    let draft = "La tannerie de Bressolles emploie 640 ouvriers.";
    let doc = Draft::new("draft.md", draft);
    let checked = recoupe::check(
        &doc,
        &corpus,
        &recoupe::Options::new(Default::default(), draft),
    );
    let finding = checked
        .iter()
        .find(|c| c.verdict == Verdict::Disputed)
        .unwrap_or_else(|| {
            panic!(
                "no dispute: {:?}",
                checked.iter().map(|c| &c.message).collect::<Vec<_>>()
            )
        });
    let values: Vec<(&str, bool)> = finding
        .evidence
        .iter()
        .map(|e| (e.value.as_str(), e.agrees))
        .collect();
    assert!(values.contains(&("580", false)), "{values:?}");
    assert!(values.contains(&("640", true)), "{values:?}");
    assert!(values.len() <= 6, "{values:?}");
    assert!(finding.message.contains("580"), "{}", finding.message);
}

/// Figures of two different things never make a dispute: a total and its part (23
/// jurors, 6 of them women), one speaker's revised count, a document that also gives
/// the draft's value, figures of another order.
#[test]
fn two_things_are_no_dispute() {
    // A part against the total its own source sentence gives.
    let corpus = &[
        (
            "a.md",
            "---\ntitle: Pont\ndate: 2026-04-10\n---\nOf the 42 injured, 17 were riding in the first bus, county officials said.",
        ),
        (
            "b.md",
            "---\ntitle: Pont\ndate: 2026-04-11\n---\nThe collision left 42 injured near Farrow Bridge, according to the county.",
        ),
    ];
    check(
        corpus,
        "Of the 42 injured near Farrow Bridge, 17 were riding in the first bus, county officials said.",
        &[("17", Some(Verdict::Supported), None)],
    );
    // One speaker's count changed from one day to the next: no dispute; and, as no
    // source says the count changed, not outdated either.
    let corpus = &[
        (
            "a.md",
            "---\ntitle: Feu\ndate: 2026-07-02\n---\nLe feu de la Serre a parcouru 1 900 hectares, selon la préfecture.",
        ),
        (
            "b.md",
            "---\ntitle: Feu\ndate: 2026-07-03\n---\nLe feu de la Serre a parcouru 1 200 hectares, selon un point de la préfecture.",
        ),
    ];
    check(
        corpus,
        "Le feu de la Serre a parcouru 1 900 hectares, selon la préfecture.",
        &[("1 900", Some(Verdict::Supported), None)],
    );
    // Another order of magnitude: a whole and a share of it.
    let corpus = &[
        (
            "a.md",
            "---\ntitle: Results\ndate: 2026-07-02\n---\nBrenner Tools said third-quarter revenue fell 5% to $2.8 billion.",
        ),
        (
            "b.md",
            "---\ntitle: Results\ndate: 2026-07-03\n---\nThird-quarter revenue from the tools unit was $0.9 billion.",
        ),
    ];
    check(
        corpus,
        "Brenner Tools said third-quarter revenue fell 5% to $2.8 billion.",
        &[("$2.8 billion", Some(Verdict::Supported), None)],
    );
}

/// An attribution that closes a sentence speaks for that sentence alone: the next
/// sentence's figure, stated as fact, is `unattributed`.
#[test]
fn a_closing_attribution_does_not_reach_the_next_sentence() {
    let corpus = &[(
        "a.md",
        "---\ntitle: Marche\ndate: 2026-06-05\n---\nQuelque 500 manifestants ont défilé jeudi à Vorcy, selon la gendarmerie.",
    )];
    check(
        corpus,
        "Quelque 3 000 personnes ont défilé jeudi, selon la gendarmerie. À Vorcy, 500 manifestants ont défilé jeudi.",
        &[("500", Some(Verdict::Unattributed), None)],
    );
    check(
        corpus,
        "À Vorcy, 500 manifestants ont défilé jeudi. Le cortège a été calme, selon la gendarmerie.",
        &[("500", Some(Verdict::Supported), None)],
    );
}

/// A figure some source states as fact is no one's claim in particular: it is not
/// `unattributed`, even when the sources that say it best attribute it.
#[test]
fn a_figure_a_source_states_as_fact_is_not_unattributed() {
    let corpus = &[
        (
            "a.md",
            "---\ntitle: Ferry\ndate: 2026-03-02\n---\nThe ferry ran aground off Kessock Point, injuring 31 passengers, coast guard officials said.",
        ),
        (
            "b.md",
            "---\ntitle: Ferry\ndate: 2026-03-03\n---\nMore than 25 passengers were hurt when the ferry ran aground.",
        ),
    ];
    check(
        corpus,
        "The ferry ran aground off Kessock Point, injuring 31 passengers.",
        &[("31", Some(Verdict::Supported), None)],
    );
}

/// A source that counts people in general states the figure of a kind of people as
/// fact too: `injuring 34`, stated as fact, is not `unattributed` where one source
/// writes `More than 30 people were hurt`, though the sources that give 34 attribute
/// it. Where no source states it, it still is.
#[test]
fn a_count_of_people_states_a_count_of_the_injured() {
    let attributed = (
        "a.md",
        "---\ntitle: Tram\ndate: 2026-04-14\n---\nA tram left the rails on Orme Street in Valdrecy on Monday, killing two people and injuring 34, city officials said.",
    );
    let as_fact = (
        "b.md",
        "---\ntitle: Tram\ndate: 2026-04-15\n---\nMore than 30 people were hurt when a tram left the rails on Orme Street in Valdrecy.",
    );
    let draft =
        "The tram left the rails on Orme Street in Valdrecy, killing two people and injuring 34.";
    check(
        &[attributed, as_fact],
        draft,
        &[("34", Some(Verdict::Supported), None)],
    );
    check(
        &[attributed],
        draft,
        &[("34", Some(Verdict::Unattributed), None)],
    );
    // People counted as fact do not state a figure their bound leaves out.
    let fewer = (
        "b.md",
        "---\ntitle: Tram\ndate: 2026-04-15\n---\nMore than 40 people were hurt when a tram left the rails on Orme Street in Valdrecy.",
    );
    check(
        &[attributed, fewer],
        draft,
        &[("34", Some(Verdict::Unattributed), None)],
    );
}

/// Who proposes a figure says which figure it is: a draft giving one party's offer
/// meets that party's figure, not the other party's figure of the same value
/// (`la mairie en propose 4 000` after `Le collectif réclame … 9 000 euros`).
#[test]
fn a_partys_figure_meets_the_same_partys_figure() {
    let corpus = &[(
        "a.md",
        "---\ntitle: Crues\ndate: 2026-10-02\n---\nÀ Sorvilliers, le collectif des riverains réclame une indemnité de 9 000 euros par foyer inondé ; la mairie en propose 4 000.",
    )];
    check(
        corpus,
        "À Sorvilliers, la mairie propose une indemnité de 9 000 euros par foyer inondé.",
        &[("9 000", Some(Verdict::Contradicted), Some("4 000"))],
    );
    check(
        corpus,
        "À Sorvilliers, la mairie propose une indemnité de 4 000 euros par foyer inondé.",
        &[("4 000", Some(Verdict::Supported), None)],
    );
    check(
        corpus,
        "À Sorvilliers, le collectif des riverains réclame une indemnité de 9 000 euros par foyer inondé, et la mairie en propose 4 000.",
        &[
            ("9 000", Some(Verdict::Supported), None),
            ("4 000", Some(Verdict::Supported), None),
        ],
    );
}

/// `le syndicat` is the `Fédération syndicale` a source named in full a sentence
/// before: a draft naming the union in full is not held to another speaker's figure.
#[test]
fn a_speaker_is_the_same_in_its_variants() {
    let corpus = &[
        (
            "a.md",
            "---\ntitle: Canaux\ndate: 2026-02-10\n---\nLa Fédération syndicale des bateliers (FSB) appelle à la grève. Le syndicat affirme que 12 % des écluses sont fermées, et que près de 90 péniches sont bloquées depuis lundi.",
        ),
        (
            "b.md",
            "---\ntitle: Ports\ndate: 2026-02-11\n---\nLe port de Varenne a accueilli 400 conteneurs en janvier, a indiqué sa directrice.",
        ),
    ];
    check(
        corpus,
        "Selon la Fédération syndicale des bateliers (FSB), près de quatre-vingt-dix péniches sont bloquées depuis lundi.",
        &[("quatre-vingt-dix", Some(Verdict::Supported), None)],
    );
}

/// Money and rates are paired by what they measure: a measure named before a verb in
/// any tense (`Les pertes atteindront`), with its adjective (`la taxe communale`), a
/// measure a verb names (`a perdu`, `will cost`), and a measure's own modifier
/// (`Dairy sales`) that another part of the same measure lacks.
#[test]
fn figures_meet_the_measure_their_words_name() {
    let corpus = &[(
        "coop.md",
        "---\ntitle: Coopérative\ndate: 2025-10-08\n---\nLa coopérative laitière de Vensac a perdu 3 millions d'euros l'an dernier, selon son directeur. \
         La taxe communale de Vensac augmentera de 2,5 % en 2026. \
         Les pertes du vieux moulin atteignent 800 000 euros.",
    )];
    check(
        corpus,
        "La coopérative laitière de Vensac a perdu 13 millions d'euros l'an dernier, selon son directeur.\n\n\
         À Vensac, la taxe communale augmentera de 4 % en 2026.\n\n\
         Les pertes du vieux moulin atteindront 900 000 euros.",
        &[
            ("13 millions", Some(Verdict::Contradicted), Some("3 millions")),
            ("4 %", Some(Verdict::Contradicted), Some("2,5")),
            ("900 000", Some(Verdict::Contradicted), Some("800 000")),
        ],
    );
    let corpus = &[(
        "dairy.md",
        "---\ntitle: Dairy\ndate: 2025-08-14\n---\nHollin Farms said quarterly sales rose 6% to $1.2 billion. \
         Sales from dairy products climbed 31% to $240 million. \
         The new Hollin creamery will cost $45 million, the company said.",
    )];
    check(
        corpus,
        "Dairy sales rose 13% at Hollin Farms. Hollin's new creamery will cost $54 million, the company said.",
        &[
            ("13%", Some(Verdict::Contradicted), Some("31")),
            ("$54 million", Some(Verdict::Contradicted), Some("45 million")),
        ],
    );
}

/// A source figure that another figure of the draft's sentence gives is that figure's
/// pair: the part of a total meets the source's part, not its total; and an age set
/// beside a name at a sentence's end is that person's.
#[test]
fn a_figure_meets_the_source_figure_its_sentence_leaves_it() {
    let corpus = &[(
        "tempete.md",
        "---\ntitle: Tempête\ndate: 2025-11-03\n---\nQuelque 900 foyers ont été privés de courant dans la nuit, dont 260 à Lormes-sur-Auve, selon le gestionnaire du réseau. \
         The crew rescued Tomas Lindgren, 58, after the storm passed the Varne islands.",
    )];
    check(
        corpus,
        "Quelque 900 foyers ont été privés de courant, dont 620 à Lormes-sur-Auve, selon le gestionnaire du réseau.\n\n\
         After the storm passed the Varne islands, the crew rescued Tomas Lindgren, 85.",
        &[
            ("620", Some(Verdict::Contradicted), Some("260")),
            ("85", Some(Verdict::Contradicted), Some("58")),
        ],
    );
}

/// A scaled figure that names no currency, or names only what money measures
/// (`les 60 millions d'investissement`, a list item `25 millions pour les collèges`),
/// is money: it meets the sources' euros, never a count of named things written
/// without a scale (`Une dizaine de collèges`).
#[test]
fn a_scaled_figure_without_a_currency_is_money() {
    let corpus = &[(
        "plan.md",
        "---\ntitle: Plan\ndate: 2025-09-15\n---\nLe département de l'Auvergnac consacrera 60 millions d'euros d'investissement à ses collèges. \
         Sur les 60 millions d'euros d'investissement, 25 millions iront aux collèges ruraux. \
         Une dizaine de collèges ruraux seront rénovés.",
    )];
    check(
        corpus,
        "## Où iront les 60 millions d'investissement\n\n- 25 millions pour les collèges ruraux ;\n- le reste pour les gymnases.",
        &[
            ("60 millions", Some(Verdict::Supported), None),
            ("25 millions", Some(Verdict::Supported), None),
        ],
    );
}

/// A draft's modifier narrows its measure only where it stands by the source's own
/// measure: `dairy` in the sentence of a company-wide rise is another part's word.
#[test]
fn a_modifier_narrows_the_measure_it_stands_by() {
    let corpus = &[(
        "hollin.md",
        "---\ntitle: Hollin\ndate: 2025-08-14\n---\nHollin Farms reported quarterly sales of $1.2 billion, up 6%, with dairy sales from the Corvel plants at $240 million. \
         Sales from its dairy plants in Corvel climbed 31%.",
    )];
    check(
        corpus,
        "Dairy sales from the Corvel plants rose 13%.",
        &[("13%", Some(Verdict::Contradicted), Some("31"))],
    );
}

/// Figures of two years are two figures: a source's deficit of one year does not
/// dispute another source's deficit of the next.
#[test]
fn figures_of_two_years_are_no_dispute() {
    let corpus = &[
        (
            "a.md",
            "---\ntitle: Régie\ndate: 2026-03-02\n---\nLa régie des eaux de Vaudrac a terminé 2025 avec un déficit de 8 millions d'euros.",
        ),
        (
            "b.md",
            "---\ntitle: Régie\ndate: 2026-03-03\n---\nLa régie des eaux de Vaudrac avait terminé 2024 avec un déficit de 7 millions d'euros.",
        ),
        (
            "c.md",
            "---\ntitle: Stade\ndate: 2026-03-04\n---\nLe stade de Vaudrac a accueilli 40 000 spectateurs samedi, selon le club.",
        ),
    ];
    check(
        corpus,
        "La régie des eaux de Vaudrac a terminé 2025 avec un déficit de 8 millions d'euros.",
        &[("8 millions", Some(Verdict::Supported), None)],
    );
    check(
        corpus,
        "La régie des eaux de Vaudrac a terminé l'année avec un déficit de 8 millions d'euros.",
        &[("8 millions", Some(Verdict::Supported), None)],
    );
}

/// Counts of occurrences pair only with counts of the same event; two sources that
/// count it otherwise dispute it.
#[test]
fn counts_of_occurrences() {
    let two = &[
        (
            "holm-1.md",
            "---\ntitle: Holm\ndate: 2025-03-02\n---\nThe Holm warehouse was searched three times in February, the harbour police said.",
        ),
        (
            "holm-2.md",
            "---\ntitle: Holm, suite\ndate: 2025-03-04\n---\nThe Holm warehouse was searched twice in February, according to court papers.",
        ),
    ];
    check(
        two,
        "The Holm warehouse was searched three times in February, the harbour police said.\n\n\
         The Holm warehouse was raided four times in February.",
        &[
            ("three times", Some(Verdict::Disputed), None),
            ("four times", Some(Verdict::Unsupported), None),
        ],
    );
    let one = &[(
        "digue-1.md",
        "---\ntitle: Digue\ndate: 2025-03-02\n---\nLa digue de Morlac a cédé deux fois en février, selon la préfecture.",
    )];
    check(
        one,
        "La digue de Morlac a cédé trois fois en février, selon la préfecture.\n\n\
         La digue de Morlac est trois fois plus haute que l'ancienne.",
        &[
            (
                "trois fois en",
                Some(Verdict::Contradicted),
                Some("deux fois"),
            ),
            ("trois fois plus", None, None),
        ],
    );
}

/// A source figure whose noun is left out counts what the sentence before counted;
/// an amount sought is a lawsuit's amount.
#[test]
fn elided_nouns_and_amounts_claimed() {
    let corpus = &[(
        "audit-1.md",
        "---\ntitle: Audit\ndate: 2025-05-12\n---\nOver eight days of hearings, the Marrow panel heard 31 residents. The council, for its part, called five, including its treasurer.\n\n\
         The Dorne family has filed a $3.5 million lawsuit against the Marrow hotel.",
    )];
    check(
        corpus,
        "The Marrow panel heard 31 residents and the council seven.\n\n\
         The Dorne family is seeking $5.3 million from the hotel.",
        &[
            ("31", None, None),
            ("seven", Some(Verdict::Contradicted), Some("five")),
            (
                "$5.3 million",
                Some(Verdict::Contradicted),
                Some("3.5 million"),
            ),
        ],
    );
    let fr = &[(
        "regie-1.md",
        "---\ntitle: Régie\ndate: 2025-05-12\n---\nLe syndicat des pêcheurs de Morlac a déposé une demande d'indemnisation de 2 millions d'euros contre la régie du port.",
    )];
    check(
        fr,
        "Le syndicat des pêcheurs de Morlac réclame 3 millions d'euros, selon la régie du port.",
        &[(
            "3 millions",
            Some(Verdict::Contradicted),
            Some("2 millions"),
        )],
    );
}

/// A number word both languages write (`six`) is fixed in the draft's language.
#[test]
fn number_words_are_fixed_in_the_drafts_language() {
    check(
        &[(
            "tesk-1.md",
            "---\ndate: 2025-04-02\n---\nLe gouverneur Ivo Brask a décrété l'alerte dans quatre districts de Tesk.",
        )],
        "---\ndate: 2025-04-03\n---\nGovernor Ivo Brask declared an alert in six districts of Tesk.\n",
        &[("six", Some(Verdict::Contradicted), Some("four"))],
    );
}

#[test]
fn a_figure_of_an_earlier_time_is_no_rival_of_todays() {
    let corpus = [(
        "vote-1.md",
        "---\ntitle: Municipales\ndate: 2026-03-16\n---\nLa liste de Clara Vidonne a remporté l'élection municipale de Salbrac avec 44 % des voix, dimanche.",
    )];
    check(
        &corpus,
        "Clara Vidonne's list won the Salbrac municipal election with 29% of the vote four years ago.\n\n\
         Clara Vidonne's list won the Salbrac municipal election with 29% of the vote on Sunday.",
        &[
            ("29% of the vote four", Some(Verdict::Unsupported), None),
            ("29% of the vote on", Some(Verdict::Contradicted), Some("44")),
        ],
    );
}

#[test]
fn a_pronoun_speaker_attributes_a_figure() {
    let corpus = [(
        "abri-1.md",
        "---\ntitle: Séisme\ndate: 2026-04-02\n---\nQuelque 300 sauveteurs ont été déployés, a indiqué Ana Velcu, directrice de la protection civile. Selon elle, 12 000 personnes se retrouvent sans abri.",
    )];
    check(
        &corpus,
        "Some 300 rescuers were deployed, civil protection director Ana Velcu said. According to her, 12,000 people were left homeless.",
        &[("12,000", Some(Verdict::Supported), None)],
    );
}

/// A speaker is the same across languages (`the ministry`, `le ministère`), and the
/// agent of a toll released (`un bilan communiqué par le ministère`) is who gives it.
#[test]
fn a_speaker_is_the_same_across_languages() {
    let corpus = [(
        "crue-1.md",
        "---\ntitle: Crue\ndate: 2026-05-03\n---\nSelon un premier bilan communiqué dans la soirée par le ministère de l'Intérieur, au moins 40 personnes ont été tuées. \
         Le bilan officiel atteint désormais 120 morts, a indiqué samedi le ministère de l'Intérieur.",
    )];
    check(
        &corpus,
        "On the first evening, the ministry had counted at least 40 dead.",
        &[("at least 40", Some(Verdict::Supported), None)],
    );
}

/// A landslide's count of missing people, falling day after day: dispatches dated
/// three ways (front matter, a scraped page's "updated" line, a dateline), and two
/// counts of one day that disagree.
const LANDSLIDE: &[(&str, &str)] = &[
    (
        "glissement-1.md",
        "---\ntitle: Glissement de terrain à Vensac\ndate: 2026-04-06\n---\n\
         VENSAC, 6 avril (ANI) – Un glissement de terrain a enseveli lundi une partie du hameau des Ourmes, à Vensac. \
         Quarante personnes sont portées disparues, selon la préfecture de la Haute-Sérane.\n\n\
         Quelque 120 secouristes fouillent les décombres.",
    ),
    (
        "glissement-2.txt",
        "La Voix de la Sérane\nAccueil | Région | Faits divers\n\
         Publié le 07/04/2026 à 07h10 · Mis à jour le 7 avril 2026 à 19h30\n\n\
         Glissement de terrain à Vensac : 25 disparus\n\n\
         Vingt-cinq personnes sont toujours portées disparues, a indiqué mardi la préfecture de la Haute-Sérane.\n\n\
         Les secouristes sont désormais 260 sur le site, contre 120 la veille.\n",
    ),
    (
        "glissement-3.txt",
        "VENSAC, 8 avril 2026 (ANI) – Onze personnes restent portées disparues, selon la préfecture de la Haute-Sérane. \
         Quelque 260 secouristes restent mobilisés au hameau des Ourmes.\n\n\
         Le maire de Vensac, Hugues Darmand, compte 30 maisons détruites au hameau des Ourmes.\n",
    ),
    (
        "glissement-4.md",
        "---\ntitle: Vensac, le bilan matériel\ndate: 2026-04-08\n---\n\
         La préfecture de la Haute-Sérane recense 22 maisons détruites au hameau des Ourmes, à Vensac.",
    ),
];

/// A figure an earlier source gave and the latest sources revised is outdated, and
/// its fix writes the latest value; the latest value is right; a figure the draft
/// dates itself is checked against its day; two sources of one day that disagree
/// still dispute.
#[test]
fn figures_that_change_over_time() {
    check(
        LANDSLIDE,
        "---\ndate: 2026-04-09\n---\n\n\
         Selon la préfecture de la Haute-Sérane, 25 personnes sont toujours portées disparues à Vensac.\n\n\
         Lundi, quarante personnes étaient portées disparues, selon la préfecture.\n\n\
         Le glissement de terrain a détruit 30 maisons au hameau des Ourmes, selon les autorités.\n",
        &[
            ("25 personnes", Some(Verdict::Outdated), Some("11")),
            ("quarante personnes", None, None),
            ("30 maisons", Some(Verdict::Disputed), None),
        ],
    );
    // The latest value, stated as current, is right whatever earlier sources said.
    check(
        LANDSLIDE,
        "---\ndate: 2026-04-09\n---\n\n\
         Onze personnes restent portées disparues à Vensac, selon la préfecture de la Haute-Sérane.\n",
        &[("Onze personnes", Some(Verdict::Supported), None)],
    );
    // A draft dated in the middle of the story is checked against what was known
    // on its day.
    check(
        LANDSLIDE,
        "---\ndate: 2026-04-07\n---\n\n\
         Selon la préfecture de la Haute-Sérane, 25 personnes sont toujours portées disparues à Vensac.\n",
        &[("25 personnes", Some(Verdict::Supported), None)],
    );
}

/// A toll revised upward twice, in English: the first two tolls are outdated, a
/// toll no source gave is contradicted and its fix is the latest.
#[test]
fn a_toll_revised_upward_twice() {
    let corpus: &[(&str, &str)] = &[
        (
            "flood-1.md",
            "---\ntitle: Floods hit Marrowby\ndate: 2026-09-14\n---\n\
             At least 12 people died in the Marrowby floods, the county coroner said.",
        ),
        (
            "flood-2.md",
            "---\ntitle: Marrowby toll rises\ndate: 2026-09-15\n---\n\
             The death toll in the Marrowby floods rose to 19, the county coroner said on Tuesday.",
        ),
        (
            "flood-3.md",
            "---\ntitle: Marrowby toll rises again\ndate: 2026-09-17\n---\n\
             The death toll in the Marrowby floods now stands at 27, the county coroner said, up from 19 on Tuesday.",
        ),
    ];
    check(
        corpus,
        "---\ndate: 2026-09-18\n---\n\nThe death toll in the Marrowby floods stands at 19, the county coroner said.\n",
        &[("19", Some(Verdict::Outdated), Some("27"))],
    );
    check(
        corpus,
        "---\ndate: 2026-09-18\n---\n\nThe death toll in the Marrowby floods stands at 27, the county coroner said.\n",
        &[("27", Some(Verdict::Supported), None)],
    );
}

/// A total and the part of it the draft counts: `quelque 30 000 soldats, dont
/// plusieurs milliers de soldats ostriens` counts all soldiers, not the draft's
/// `soldats ostriens`, even when its speaker is the draft's; and the figure another
/// source gives for the draft's very thing backs it.
#[test]
fn a_total_is_not_its_part() {
    let corpus: &[(&str, &str)] = &[
        (
            "a.md",
            "Le président valdène, Ivo Marran, a indiqué lundi que 4 000 soldats ostriens étaient déployés dans la province de Varna pour soutenir l'armée du régime. \
             « Il y en a déjà 4 000 dans la province de Varna », a ajouté le chef de l'État.",
        ),
        (
            "b.md",
            "Valmont a également averti que le régime avait rassemblé quelque 30 000 soldats, dont plusieurs milliers de soldats ostriens, pour reprendre le contrôle de la province de Varna.",
        ),
    ];
    // The total's speaker is the draft's, the part's figure another's: nothing the
    // corpus says contradicts the draft.
    check(
        corpus,
        "Selon Valmont, 4 000 soldats ostriens sont présents dans la province de Varna.\n",
        &[("4 000", Some(Verdict::Unsupported), None)],
    );
    check(
        corpus,
        "Selon le président valdène, 4 000 soldats ostriens sont présents dans la province de Varna.\n",
        &[("4 000", Some(Verdict::Supported), None)],
    );
    check(
        corpus,
        "Selon le président valdène, 7 000 soldats ostriens sont présents dans la province de Varna.\n",
        &[("7 000", Some(Verdict::Contradicted), Some("4 000"))],
    );
}

/// A figure a source dates a week back (`la semaine dernière`) is no rival of the
/// current one; a draft that dates its figure the same way (`une semaine plus tôt`)
/// is checked against it.
#[test]
fn a_figure_of_last_week() {
    let corpus: &[(&str, &str)] = &[(
        "a.md",
        "Le préfet a indiqué mardi que 900 soldats ostriens étaient déployés dans la province de Varna. \
         Le ministre avait déclaré la semaine dernière qu'environ 600 soldats ostriens avaient été envoyés dans la province de Varna.",
    )];
    check(
        corpus,
        "Selon le préfet, 900 soldats ostriens sont déployés dans la province de Varna.\n",
        &[("900", Some(Verdict::Supported), None)],
    );
    check(
        corpus,
        "Une semaine plus tôt, le ministre comptait 400 soldats ostriens dans la province de Varna.\n",
        &[("400", Some(Verdict::Contradicted), Some("environ 600"))],
    );
}

/// An earlier figure that says it was a first count (« a d'abord évoqué ») and a
/// later source's other value for the same thing: the figure was revised, and the
/// draft that gives the first one as current is outdated.
#[test]
fn a_first_count_revised() {
    let corpus: &[(&str, &str)] = &[
        (
            "eboulement-1.md",
            "---\ndate: 2026-02-10\n---\nÀ Lorvins, la préfecture du Haut-Vérac a d'abord évoqué 14 maisons détruites par l'éboulement.",
        ),
        (
            "eboulement-2.md",
            "---\ndate: 2026-02-13\n---\nÀ Lorvins, l'éboulement a détruit 23 maisons, selon la préfecture du Haut-Vérac.",
        ),
    ];
    check(
        corpus,
        "---\ndate: 2026-02-15\n---\n\nÀ Lorvins, l'éboulement a détruit 14 maisons, selon la préfecture du Haut-Vérac.\n",
        &[("14 maisons", Some(Verdict::Outdated), Some("23"))],
    );
}

/// A target or an expectation (`s'attend à évacuer 900 personnes au total`) is no
/// count of what is: it neither disputes nor corrects the count.
#[test]
fn a_target_is_no_count() {
    let corpus: &[(&str, &str)] = &[
        (
            "a.md",
            "---\ndate: 2026-03-02\n---\nÀ Vessan, la préfecture a évacué 400 habitants du quartier des Aulnes.",
        ),
        (
            "b.md",
            "---\ndate: 2026-03-02\n---\nÀ Vessan, la préfecture s'attend à évacuer 900 habitants du quartier des Aulnes.",
        ),
    ];
    check(
        corpus,
        "À Vessan, la préfecture a évacué 400 habitants du quartier des Aulnes.\n",
        &[("400 habitants", Some(Verdict::Supported), None)],
    );
    check(
        corpus,
        "À Vessan, la préfecture a évacué 600 habitants du quartier des Aulnes.\n",
        &[("600 habitants", Some(Verdict::Contradicted), Some("400"))],
    );
}

/// A correction of a whole figure writes its decimal mark the draft's language's
/// way, whichever way the source writes it.
#[test]
fn a_corrected_decimal_is_written_as_the_drafts_language_writes_it() {
    let fr = &[(
        "a.md",
        "---\ntitle: Réseau\ndate: 2026-03-02\n---\nLe conseil a investi 11,6 millions d'euros dans le réseau de Tarvel cette année, a indiqué son président.",
    )];
    let en = &[(
        "a.md",
        "---\ntitle: Network\ndate: 2026-03-02\n---\nThe board invested 11.6 million euros in the Tarvel network this year, its chairman said.",
    )];
    let en_draft =
        "The board invested 14 million euros in the Tarvel network this year, its chairman said.";
    let fr_draft = "Le conseil a investi 14 millions d'euros dans le réseau de Tarvel cette année, a indiqué son président.";
    // Each source language against each draft language: the fix follows the draft.
    for (corpus, draft, claim, fix) in [
        (en, en_draft, "14 million", "11.6 million"),
        (fr, en_draft, "14 million", "11.6 million"),
        (fr, fr_draft, "14 millions", "11,6 millions"),
        (en, fr_draft, "14 millions", "11,6 millions"),
    ] {
        check(
            corpus,
            draft,
            &[(claim, Some(Verdict::Contradicted), Some(fix))],
        );
    }
}

/// A figure in an aside on a noun (`la vallée de la Brume, où vivent 60 000 habitants,`)
/// is about that noun, not the main clause: a draft writing it in another main
/// clause is backed. People in general and people of a kind back each other, and a
/// count of a kind never contradicts a count of people in general.
#[test]
fn a_figure_in_an_aside_is_about_its_noun() {
    let corpus = &[(
        "val.md",
        "---\ntitle: Gel\ndate: 2026-02-03\n---\nLes viticulteurs de la vallée de la Brume, où vivent environ 60 000 habitants, \
         réclament une aide de 5 millions d'euros après le gel de mardi. \
         Le hameau de Cerlan, qui compte 310 habitants, a été privé d'électricité.",
    )];
    check(
        corpus,
        "Frost on Tuesday destroyed vineyards across the Brume valley, home to some 60,000 people.",
        &[("some 60,000", Some(Verdict::Supported), None)],
    );
    check(
        corpus,
        "A storm cut power to the hamlet of Cerlan, where 45 people were evacuated.",
        &[("45", Some(Verdict::Unsupported), None)],
    );
}
