//! Deterministic generators for the benchmarks: a corpus of invented wire copy in
//! French and English, and drafts that cite it, some claims right and some wrong.
//!
//! Every place, person, organisation, event and figure here is made up. Each output is
//! a pure function of a seed and an index, drawn from the small PRNG below (no hash
//! maps, no clock, no floating point in the text), so the same call writes the same
//! bytes on every run and every machine. Source `i` does not depend on how many
//! sources are asked for: the 100-document corpus is the first hundred files of the
//! 10,000-document one, and a draft's claims have their sources in all of them.
#![allow(dead_code)] // each bench target uses its own part of this module

use std::fmt::Write as _;

/// The seed every benchmark and the generator binary use unless told otherwise.
pub const SEED: u64 = 0x5245_434f_5550_4531;

/// Sources per event: a first dispatch, then a follow-up that may revise a figure.
pub const SOURCES_PER_EVENT: usize = 2;

/// Drafts cite only events whose sources are among the first this many, so that
/// every corpus size holds them and only the noise around them grows.
pub const CITED_SOURCES: usize = 100;

// ---------------------------------------------------------------- PRNG

/// SplitMix64: tiny, fast, and good enough to pick words.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// An independent stream for (`seed`, `stream`, `index`): the generator of one
    /// source or one draft section, reproducible without generating the others.
    pub fn derive(seed: u64, stream: u64, index: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        let mix = r
            .next()
            .wrapping_add(index.wrapping_mul(0xE703_7ED1_A0B4_28DB));
        r.0 ^= mix;
        r.next();
        r
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

// Streams, so that sources, events and drafts never share random numbers.
const EVENT: u64 = 1;
const SOURCE: u64 = 2;
const DRAFT: u64 = 3;

// ---------------------------------------------------------------- vocabulary

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lang {
    Fr,
    En,
}

/// Invented countries: (French, English).
const COUNTRIES: &[(&str, &str)] = &[
    ("Ostrelande", "Ostreland"),
    ("Carvanie", "Carvania"),
    ("Belmarre", "Belmarre"),
    ("Lunéterre", "Luneterre"),
    ("Norvalie", "Norvalia"),
    ("Sarvèze", "Sarveze"),
    ("Quimarre", "Quimarre"),
    ("Astravie", "Astravia"),
    ("Dravénie", "Dravenia"),
    ("Morlande", "Morland"),
];

/// Invented rivers; regions are named after them.
const RIVERS: &[&str] = &[
    "Orvanne",
    "Lisère",
    "Bravonne",
    "Saulnière",
    "Dormonne",
    "Vénasse",
    "Aubrelle",
    "Tarnelle",
    "Ombrisse",
    "Calvade",
    "Ferlaine",
    "Vérinelle",
];

/// Syllables for town names: 20 × 16 invented places.
const TOWN_HEADS: &[&str] = &[
    "Val", "Mont", "Port", "Bel", "Roche", "Cor", "Fleur", "Ker", "Bourg", "Ar", "Lan", "Tré",
    "Mar", "Sol", "Vers", "Clair", "Bran", "Ost", "Gri", "Sau",
];
const TOWN_TAILS: &[&str] = &[
    "mère", "vaux", "ignan", "bourg", "lac", "rive", "court", "nac", "ouze", "elle", "aumont",
    "erre", "ival", "oisy", "anches", "ezac",
];

const FIRST_F: &[&str] = &[
    "Hélène",
    "Maud",
    "Solène",
    "Clarisse",
    "Isaure",
    "Margaux",
    "Agathe",
    "Lucille",
    "Odile",
    "Romane",
    "Elsa",
    "Judith",
    "Nora",
    "Perrine",
    "Véra",
    "Ysée",
    "Alma",
    "Bérénice",
    "Capucine",
    "Daphné",
];
const FIRST_M: &[&str] = &[
    "Anton", "Basile", "Cyprien", "Damien", "Élie", "Fabrice", "Gaspard", "Aurèle", "Ivan",
    "Joachim", "Lénaïc", "Mathis", "Noël", "Octave", "Pierrick", "Quentin", "Rémi", "Silvère",
    "Tristan", "Yannick",
];
/// Syllables for family names: 20 × 14 invented names.
const NAME_HEADS: &[&str] = &[
    "Bres", "Vau", "Mar", "Tres", "Quil", "Del", "Fer", "Gau", "Her", "Jos", "Ker", "Lor", "Mon",
    "Niv", "Or", "Pel", "Ros", "Sau", "Ter", "Val",
];
const NAME_TAILS: &[&str] = &[
    "cat", "drey", "cheval", "san", "lard", "aunoy", "randou", "mel", "villard", "sand", "vadec",
    "meau", "tagut", "ardière",
];

const OUTLETS: &[&str] = &[
    "Agence continentale de presse",
    "Dépêche des Deux-Rives",
    "Northern Wire Service",
    "Le Courrier de l'Orvanne",
    "Meridian Newswire",
    "Bulletin régional d'information",
];

/// Ministries: (French, after « ministre »; English, before « Minister »).
const MINISTRIES: &[(&str, &str)] = &[
    ("de l'Intérieur", "Interior"),
    ("de la Santé", "Health"),
    ("des Transports", "Transport"),
    ("de l'Économie", "Economy"),
    ("de la Défense", "Defence"),
    ("de l'Environnement", "Environment"),
    ("de l'Éducation", "Education"),
    ("de l'Agriculture", "Agriculture"),
    ("du Travail", "Labour"),
];

const COMPANIES: &[&str] = &[
    "Veltrane",
    "Marbrex",
    "Olvéa",
    "Sidérane",
    "Norvair",
    "Aérolys",
    "Cielmar",
    "Fercobal",
];

/// A figure: what it counts, how it reads in each language, and its usual size.
struct Measure {
    fr_noun: &'static str,
    fr_pred: &'static str,
    en_noun: &'static str,
    en_pred: &'static str,
    lo: u64,
    hi: u64,
    /// Counted in millions (of euros).
    millions: bool,
}

const fn m(
    fr_noun: &'static str,
    fr_pred: &'static str,
    en_noun: &'static str,
    en_pred: &'static str,
    lo: u64,
    hi: u64,
) -> Measure {
    Measure {
        fr_noun,
        fr_pred,
        en_noun,
        en_pred,
        lo,
        hi,
        millions: false,
    }
}

const fn money(
    fr_noun: &'static str,
    fr_pred: &'static str,
    en_noun: &'static str,
    en_pred: &'static str,
) -> Measure {
    Measure {
        fr_noun,
        fr_pred,
        en_noun,
        en_pred,
        lo: 2,
        hi: 480,
        millions: true,
    }
}

/// One kind of news event: its figures, words, sources and voices.
struct Kind {
    fr_title: &'static str,
    en_title: &'static str,
    measures: &'static [Measure],
    ministry: usize,
    /// Who gives figures: (French, English); `{city}`, `{region}`, `{country}`,
    /// `{company}` are filled in.
    sources: &'static [(&'static str, &'static str)],
    /// The organisation whose spokesperson and director speak.
    org: (&'static str, &'static str),
    fr_when: &'static str,
    en_when: &'static str,
    fr_quotes: &'static [&'static str],
    en_quotes: &'static [&'static str],
}

const KINDS: &[Kind] = &[
    Kind {
        fr_title: "Crue de la {river}",
        en_title: "{river} river floods",
        measures: &[
            m(
                "foyers",
                "ont été évacués",
                "households",
                "were evacuated",
                150,
                18_000,
            ),
            m(
                "pompiers",
                "sont mobilisés",
                "firefighters",
                "have been deployed",
                40,
                2_600,
            ),
            m(
                "habitants",
                "sont privés d'électricité",
                "residents",
                "are without power",
                900,
                60_000,
            ),
            money(
                "millions d'euros de dégâts",
                "ont été recensés",
                "million euros in damage",
                "has been recorded",
            ),
        ],
        ministry: 0,
        sources: &[
            ("la préfecture de la {region}", "the {region} prefecture"),
            ("les pompiers de {city}", "the {city} fire service"),
            ("le ministère de l'Intérieur", "the Interior Ministry"),
            ("l'Office national des crues", "the National Flood Office"),
        ],
        org: ("l'Office national des crues", "the National Flood Office"),
        fr_when: "Les pluies ont commencé dans la nuit du {date}",
        en_when: "The rain began on the night of {date}",
        fr_quotes: &[
            "Nous ne laisserons aucune famille de {city} sans toit",
            "Chaque heure compte pour les équipes de secours",
            "Les digues ont tenu mais la vigilance reste entière",
            "La décrue prendra plusieurs jours et nous serons là",
            "Personne ne doit retourner chez soi avant notre feu vert",
        ],
        en_quotes: &[
            "No family in {city} will be left without a roof",
            "Every hour counts for the rescue teams",
            "The levees held but we remain on alert",
            "The water will take days to recede and we will be there",
            "Nobody should go home before we give the all-clear",
        ],
    },
    Kind {
        fr_title: "Incendie près de {city}",
        en_title: "Wildfire near {city}",
        measures: &[
            m(
                "hectares",
                "ont brûlé",
                "hectares",
                "have burned",
                80,
                25_000,
            ),
            m(
                "pompiers",
                "sont engagés",
                "firefighters",
                "are fighting the blaze",
                60,
                3_200,
            ),
            m(
                "habitants",
                "ont été évacués",
                "residents",
                "were evacuated",
                300,
                14_000,
            ),
            m(
                "maisons",
                "ont été détruites",
                "houses",
                "were destroyed",
                3,
                420,
            ),
        ],
        ministry: 5,
        sources: &[
            ("la préfecture de la {region}", "the {region} prefecture"),
            ("la Sécurité civile", "Civil Protection"),
            ("les pompiers de {city}", "the {city} fire service"),
        ],
        org: (
            "la Sécurité civile de {country}",
            "{country} Civil Protection",
        ),
        fr_when: "L'incendie s'est déclaré le {date}",
        en_when: "The fire broke out on {date}",
        fr_quotes: &[
            "Le vent a tourné plus vite que prévu",
            "Nos équipes se battent sans relâche depuis trois nuits",
            "Les habitants ont fait preuve d'un grand calme",
            "Nous tiendrons la ligne au nord de {city}",
            "Il faudra des années pour reboiser la vallée",
        ],
        en_quotes: &[
            "The wind turned faster than we expected",
            "Our crews have fought without rest for three nights",
            "Residents have shown remarkable calm",
            "We will hold the line north of {city}",
            "It will take years to replant the valley",
        ],
    },
    Kind {
        fr_title: "Grève dans les transports de {country}",
        en_title: "Transport strike in {country}",
        measures: &[
            m(
                "grévistes",
                "ont cessé le travail",
                "strikers",
                "walked off the job",
                200,
                30_000,
            ),
            m(
                "vols",
                "ont été annulés",
                "flights",
                "were cancelled",
                20,
                1_400,
            ),
            m(
                "passagers",
                "sont bloqués",
                "passengers",
                "are stranded",
                1_000,
                90_000,
            ),
        ],
        ministry: 2,
        sources: &[
            ("le syndicat Rail Solidaire", "the Rail Solidarity union"),
            ("la direction de {company}", "{company} management"),
            ("le ministère des Transports", "the Transport Ministry"),
        ],
        org: ("la compagnie {company}", "{company}"),
        fr_when: "Le mouvement a débuté le {date}",
        en_when: "The walkout began on {date}",
        fr_quotes: &[
            "Nous ne reprendrons pas le travail sans garanties écrites",
            "Les voyageurs ne doivent pas payer pour ce conflit",
            "La porte du ministère reste ouverte au dialogue",
            "Les salaires n'ont pas suivi les prix depuis des années",
            "Un accord est possible avant la fin de la semaine",
        ],
        en_quotes: &[
            "We will not go back to work without written guarantees",
            "Travellers should not pay for this dispute",
            "The ministry's door remains open to talks",
            "Wages have not kept up with prices for years",
            "A deal is possible before the end of the week",
        ],
    },
    Kind {
        fr_title: "Fermeture de l'usine {company} à {city}",
        en_title: "{company} plant closure in {city}",
        measures: &[
            m(
                "emplois",
                "seront supprimés",
                "jobs",
                "will be cut",
                40,
                3_800,
            ),
            m(
                "salariés",
                "travaillent sur le site",
                "employees",
                "work at the site",
                120,
                6_500,
            ),
            money(
                "millions d'euros d'aides",
                "ont été promis",
                "million euros in aid",
                "has been promised",
            ),
        ],
        ministry: 3,
        sources: &[
            ("la direction de {company}", "{company} management"),
            ("le syndicat Métal Uni", "the United Metal union"),
            ("le ministère de l'Économie", "the Economy Ministry"),
        ],
        org: ("le groupe {company}", "the {company} group"),
        fr_when: "La direction a présenté son plan le {date}",
        en_when: "Management unveiled its plan on {date}",
        fr_quotes: &[
            "Cette usine fait vivre toute la vallée",
            "Nous chercherons un repreneur jusqu'au dernier jour",
            "Les salariés méritent mieux qu'un courrier recommandé",
            "Le site de {city} n'est plus rentable depuis longtemps",
            "Aucun salarié ne sera laissé sans solution",
        ],
        en_quotes: &[
            "This plant supports the whole valley",
            "We will look for a buyer until the very last day",
            "The workers deserve better than a registered letter",
            "The {city} site has not been profitable for a long time",
            "No employee will be left without a solution",
        ],
    },
    Kind {
        fr_title: "Manifestation à {city}",
        en_title: "Protest in {city}",
        measures: &[
            m(
                "manifestants",
                "ont défilé",
                "protesters",
                "marched",
                800,
                120_000,
            ),
            m(
                "blessés",
                "ont été pris en charge",
                "injured",
                "were treated",
                2,
                160,
            ),
        ],
        ministry: 0,
        sources: &[
            ("les organisateurs", "the organisers"),
            ("la police", "police"),
            ("la préfecture de la {region}", "the {region} prefecture"),
        ],
        org: ("le collectif Place Commune", "the Common Square collective"),
        fr_when: "Le cortège s'est élancé le {date}",
        en_when: "The march set off on {date}",
        fr_quotes: &[
            "Nous reviendrons chaque semaine s'il le faut",
            "La rue a parlé et le gouvernement doit écouter",
            "Le parcours avait été validé avec les autorités",
            "Quelques casseurs ne résument pas ce mouvement",
            "Le droit de manifester sera toujours garanti",
        ],
        en_quotes: &[
            "We will come back every week if we have to",
            "The street has spoken and the government must listen",
            "The route had been agreed with the authorities",
            "A few rioters do not sum up this movement",
            "The right to protest will always be guaranteed",
        ],
    },
    Kind {
        fr_title: "Tempête sur la côte de {country}",
        en_title: "Storm hits the {country} coast",
        measures: &[
            m(
                "morts",
                "ont été recensés",
                "deaths",
                "have been recorded",
                1,
                90,
            ),
            m(
                "blessés",
                "ont été hospitalisés",
                "injured",
                "were taken to hospital",
                4,
                700,
            ),
            m(
                "maisons",
                "ont été endommagées",
                "houses",
                "were damaged",
                50,
                9_000,
            ),
            m(
                "déplacés",
                "sont hébergés dans des gymnases",
                "displaced",
                "are sleeping in gyms",
                100,
                20_000,
            ),
        ],
        ministry: 0,
        sources: &[
            ("le ministère de l'Intérieur", "the Interior Ministry"),
            ("le Secours civique", "Civic Relief"),
            ("la préfecture de la {region}", "the {region} prefecture"),
        ],
        org: ("le Secours civique", "Civic Relief"),
        fr_when: "La tempête a touché la côte le {date}",
        en_when: "The storm made landfall on {date}",
        fr_quotes: &[
            "Le littoral de {city} a été frappé de plein fouet",
            "Les secours ont travaillé toute la nuit sous les rafales",
            "Nous reconstruirons chaque toit arraché",
            "La mer est montée plus haut que lors de la dernière tempête",
            "Les routes côtières resteront fermées jusqu'à nouvel ordre",
        ],
        en_quotes: &[
            "The {city} shoreline took the full force of it",
            "Rescuers worked all night in the gusts",
            "We will rebuild every roof that was torn off",
            "The sea rose higher than in the last storm",
            "Coastal roads will stay closed until further notice",
        ],
    },
    Kind {
        fr_title: "Écoles fermées à {city}",
        en_title: "Schools shut in {city}",
        measures: &[
            m(
                "élèves",
                "sont privés de cours",
                "students",
                "have no classes",
                300,
                45_000,
            ),
            m(
                "postes",
                "d'enseignants restent vacants",
                "jobs",
                "for teachers remain vacant",
                10,
                900,
            ),
            money(
                "millions d'euros",
                "seront investis dans les bâtiments",
                "million euros",
                "will go to the buildings",
            ),
        ],
        ministry: 6,
        sources: &[
            (
                "le rectorat de la {region}",
                "the {region} education authority",
            ),
            ("le ministère de l'Éducation", "the Education Ministry"),
            ("les syndicats enseignants", "the teachers' unions"),
        ],
        org: (
            "le rectorat de la {region}",
            "the {region} education authority",
        ),
        fr_when: "La fermeture a été décidée le {date}",
        en_when: "The closure was decided on {date}",
        fr_quotes: &[
            "La sécurité des enfants passe avant le calendrier",
            "Les cours reprendront dès que les bâtiments seront sûrs",
            "Les familles ont été prévenues trop tard",
            "Nous ouvrirons des classes provisoires à {city}",
            "Les examens auront lieu aux dates prévues",
        ],
        en_quotes: &[
            "The children's safety comes before the calendar",
            "Classes will resume as soon as the buildings are safe",
            "Families were told far too late",
            "We will open temporary classrooms in {city}",
            "Exams will take place on the planned dates",
        ],
    },
    Kind {
        fr_title: "Tensions à la frontière de {country}",
        en_title: "Tension on the {country} border",
        measures: &[
            m(
                "soldats",
                "ont été déployés",
                "troops",
                "were deployed",
                200,
                40_000,
            ),
            m(
                "drones",
                "ont été abattus",
                "drones",
                "were shot down",
                2,
                140,
            ),
            m(
                "réfugiés",
                "ont franchi la frontière",
                "refugees",
                "crossed the border",
                500,
                80_000,
            ),
        ],
        ministry: 4,
        sources: &[
            ("l'état-major", "the general staff"),
            ("le ministère de la Défense", "the Defence Ministry"),
            (
                "le Haut-Commissariat aux déplacés",
                "the High Commission for the Displaced",
            ),
        ],
        org: ("l'état-major de {country}", "the {country} general staff"),
        fr_when: "Les affrontements ont repris le {date}",
        en_when: "Fighting resumed on {date}",
        fr_quotes: &[
            "Nous ne céderons pas un mètre de terrain",
            "La population civile doit être épargnée",
            "Les couloirs humanitaires resteront ouverts",
            "Nos troupes sont prêtes à toute éventualité",
            "La diplomatie doit reprendre ses droits",
        ],
        en_quotes: &[
            "We will not give up a single metre of ground",
            "Civilians must be spared",
            "The humanitarian corridors will stay open",
            "Our troops are ready for anything",
            "Diplomacy must take over again",
        ],
    },
    Kind {
        fr_title: "Épidémie de grippe à {city}",
        en_title: "Flu outbreak in {city}",
        measures: &[
            m(
                "personnes",
                "ont été hospitalisées",
                "people",
                "have been hospitalised",
                20,
                4_000,
            ),
            m(
                "morts",
                "sont à déplorer",
                "deaths",
                "have been reported",
                1,
                60,
            ),
            m(
                "élèves",
                "sont restés chez eux",
                "students",
                "stayed at home",
                100,
                12_000,
            ),
        ],
        ministry: 1,
        sources: &[
            ("le ministère de la Santé", "the Health Ministry"),
            ("l'hôpital central de {city}", "{city} Central Hospital"),
            ("l'agence régionale de santé", "the regional health agency"),
        ],
        org: ("l'hôpital central de {city}", "{city} Central Hospital"),
        fr_when: "Les premiers cas ont été signalés le {date}",
        en_when: "The first cases were reported on {date}",
        fr_quotes: &[
            "Les urgences de {city} sont saturées",
            "La vaccination reste la meilleure protection",
            "Nous avons ouvert une aile supplémentaire",
            "Le pic n'est pas encore derrière nous",
            "Les plus fragiles doivent rester prudents",
        ],
        en_quotes: &[
            "The {city} emergency room is full",
            "Vaccination is still the best protection",
            "We have opened an extra wing",
            "The peak is not behind us yet",
            "The most vulnerable should stay careful",
        ],
    },
];

/// Sentences that make no claim, in three parts: subject, verb phrase, complement.
const FR_SUBJECTS: &[&str] = &[
    "Les habitants",
    "Les commerçants du centre",
    "Plusieurs associations locales",
    "Les élus du secteur",
    "Les familles concernées",
    "Les équipes de nuit",
    "Les riverains",
    "Les bénévoles",
    "Les agriculteurs des environs",
    "Les parents d'élèves",
    "Les chauffeurs de taxi",
    "Les médecins de garde",
];
const FR_VERBS: &[&str] = &[
    "attendent des réponses précises",
    "réclament davantage de moyens",
    "s'inquiètent pour la suite",
    "saluent la rapidité des secours",
    "dénoncent un manque de préparation",
    "restent sur leurs gardes",
    "s'organisent comme ils peuvent",
    "multiplient les appels à la solidarité",
    "découvrent l'ampleur des dégâts",
    "espèrent un retour à la normale",
    "se relaient auprès des plus fragiles",
    "critiquent la communication officielle",
];
const FR_ENDS: &[&str] = &[
    "depuis le début de la semaine",
    "malgré la fatigue",
    "dans les quartiers les plus touchés",
    "à l'approche de l'hiver",
    "sans grand espoir d'amélioration rapide",
    "en attendant les prochaines annonces",
    "sous une pluie fine",
    "au milieu des cartons et des bâches",
    "devant la mairie annexe",
    "jusque tard dans la soirée",
];
const EN_SUBJECTS: &[&str] = &[
    "Residents",
    "Shopkeepers in the town centre",
    "Several local charities",
    "Local councillors",
    "The families affected",
    "Night crews",
    "Neighbours",
    "Volunteers",
    "Farmers nearby",
    "Parents",
    "Taxi drivers",
    "Doctors on call",
];
const EN_VERBS: &[&str] = &[
    "are waiting for clear answers",
    "are calling for more resources",
    "worry about what comes next",
    "praised the speed of the response",
    "complain about a lack of planning",
    "remain on their guard",
    "are making do as best they can",
    "keep appealing for solidarity",
    "are discovering the extent of the damage",
    "hope for a return to normal",
    "take turns looking after the most vulnerable",
    "criticise the official communication",
];
const EN_ENDS: &[&str] = &[
    "since the start of the week",
    "despite the exhaustion",
    "in the worst-hit neighbourhoods",
    "as winter approaches",
    "with little hope of a quick improvement",
    "while they wait for further announcements",
    "under a light drizzle",
    "among boxes and tarpaulins",
    "outside the town hall annex",
    "until late in the evening",
];

/// What witnesses say: quotes with no title and no figure.
const FR_WITNESS: &[&str] = &[
    "On n'a rien pu emporter",
    "Tout le quartier s'est serré les coudes",
    "Je n'avais jamais vu une chose pareille",
    "Personne ne nous a prévenus à temps",
    "On dort chez des voisins en attendant",
];
const EN_WITNESS: &[&str] = &[
    "We could not take anything with us",
    "The whole street pulled together",
    "I had never seen anything like it",
    "Nobody warned us in time",
    "We are sleeping at the neighbours' for now",
];

/// Analysis sentences for drafts, with no claim either: where edits "away from
/// claims" land.
const FR_ANALYSIS: &[&str] = &[
    "Reste à savoir si les leçons de cet épisode seront retenues",
    "La question de la prévention revient désormais au premier plan",
    "Sur place, chacun mesure la fragilité des infrastructures",
    "Les observateurs soulignent la lenteur des procédures administratives",
    "Cette séquence pèsera sans doute sur les prochaines échéances politiques",
    "Les spécialistes appellent à une réflexion de fond sur l'aménagement du territoire",
    "Dans les cafés, la conversation tourne autour des mêmes inquiétudes",
    "Les autorités assurent tirer tous les enseignements de la crise",
];

// ---------------------------------------------------------------- the world

/// A person in the news.
#[derive(Clone)]
struct Person {
    name: String,
    female: bool,
}

/// A calendar day.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

// Month and weekday names, like the weekday arithmetic below, are the generator's
// own: it is the oracle the checker is measured against, not a user of its tables.
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS_FR: [&str; 7] = [
    "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
];
const WEEKDAYS_EN: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

impl Day {
    /// 0 = Sunday (Sakamoto's method), written here rather than borrowed from the
    /// crate so the generator stays an independent oracle.
    pub fn weekday(self) -> usize {
        const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if self.month < 3 {
            self.year - 1
        } else {
            self.year
        };
        ((y + y / 4 - y / 100 + y / 400 + T[self.month as usize - 1] + self.day as i32) % 7)
            as usize
    }

    /// A few days later: events start by the 20th, so this stays in the month.
    fn plus(self, days: u32) -> Day {
        Day {
            day: self.day + days,
            ..self
        }
    }

    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `mardi 4 mars` / `Tuesday, March 4`, with the weekday shifted by `wrong_by`
    /// (0 for the right one).
    fn write(self, lang: Lang, wrong_by: usize) -> String {
        let wd = (self.weekday() + wrong_by) % 7;
        match lang {
            Lang::Fr => {
                let d = if self.day == 1 {
                    "1er".to_string()
                } else {
                    self.day.to_string()
                };
                format!(
                    "{} {} {}",
                    WEEKDAYS_FR[wd],
                    d,
                    MONTHS_FR[self.month as usize - 1]
                )
            }
            Lang::En => format!(
                "{}, {} {}",
                WEEKDAYS_EN[wd],
                MONTHS_EN[self.month as usize - 1],
                self.day
            ),
        }
    }
}

/// A figure as an event's facts hold it.
#[derive(Clone, Copy)]
struct Figure {
    measure: usize,
    /// For money, tenths of a million; otherwise the count.
    value: u64,
    source: usize,
    /// 0 none, 1 about, 2 more than, 3 nearly.
    hedge: usize,
}

/// Everything the sources of one event say.
struct Event {
    kind: usize,
    country: usize,
    city: String,
    river: &'static str,
    company: &'static str,
    day: Day,
    /// Minister, mayor, prefect, spokesperson, director.
    people: Vec<Person>,
    figures: Vec<Figure>,
    /// A quote for each person: index into the kind's quote pools.
    quotes: Vec<usize>,
}

const MINISTER: usize = 0;
const MAYOR: usize = 1;
const PREFECT: usize = 2;
const SPOKES: usize = 3;
const DIRECTOR: usize = 4;

fn town(rng: &mut Rng) -> String {
    let head = *rng.pick(TOWN_HEADS);
    let tail = *rng.pick(TOWN_TAILS);
    let name = format!("{head}{tail}");
    if rng.chance(15) {
        format!("{name}-sur-{}", rng.pick(RIVERS))
    } else {
        name
    }
}

fn person(rng: &mut Rng) -> Person {
    let female = rng.chance(50);
    let first = if female {
        rng.pick(FIRST_F)
    } else {
        rng.pick(FIRST_M)
    };
    let last = format!("{}{}", rng.pick(NAME_HEADS), rng.pick(NAME_TAILS));
    Person {
        name: format!("{first} {last}"),
        female,
    }
}

/// A journalistic round figure: two or three significant digits.
fn round(v: u64) -> u64 {
    let step = match v {
        0..=99 => 1,
        100..=999 => 10,
        1_000..=9_999 => 100,
        10_000..=99_999 => 500,
        _ => 1_000,
    };
    (v / step).max(1) * step
}

fn event(seed: u64, e: usize) -> Event {
    let mut rng = Rng::derive(seed, EVENT, e as u64);
    let kind = rng.below(KINDS.len());
    let k = &KINDS[kind];
    let day = Day {
        year: 2023 + rng.below(3) as i32,
        month: 1 + rng.below(12) as u32,
        day: 1 + rng.below(20) as u32,
    };
    let people = (0..5).map(|_| person(&mut rng)).collect();
    let figures = (0..k.measures.len())
        .map(|mi| {
            let me = &k.measures[mi];
            let value = if me.millions {
                rng.between(me.lo * 10, me.hi * 10)
            } else {
                round(rng.between(me.lo, me.hi))
            };
            Figure {
                measure: mi,
                value,
                source: rng.below(k.sources.len()),
                hedge: if rng.chance(70) { 0 } else { 1 + rng.below(3) },
            }
        })
        .collect();
    // Everyone says something different.
    let first = rng.below(k.fr_quotes.len());
    let quotes = (0..5).map(|i| (first + i) % k.fr_quotes.len()).collect();
    Event {
        kind,
        country: rng.below(COUNTRIES.len()),
        city: town(&mut rng),
        river: RIVERS[rng.below(RIVERS.len())],
        company: COMPANIES[rng.below(COMPANIES.len())],
        day,
        people,
        figures,
        quotes,
    }
}

// ---------------------------------------------------------------- writing

/// A thousands separator as wire copy varies it: a space, a no-break space or a
/// narrow no-break space in French; a comma in English.
fn number(v: u64, lang: Lang, rng: &mut Rng) -> String {
    let digits = v.to_string();
    if digits.len() <= 3 {
        return digits;
    }
    let sep = match lang {
        Lang::En => ",",
        Lang::Fr => match rng.below(10) {
            0..=6 => " ",
            7 | 8 => "\u{a0}",
            _ => "\u{202f}",
        },
    };
    let mut out = String::new();
    let lead = digits.len() % 3;
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (i + 3 - lead) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// Tenths of a million: `2,5` / `2.5`, or `40`.
fn millions(tenths: u64, lang: Lang) -> String {
    let (whole, tenth) = (tenths / 10, tenths % 10);
    if tenth == 0 {
        whole.to_string()
    } else if lang == Lang::Fr {
        format!("{whole},{tenth}")
    } else {
        format!("{whole}.{tenth}")
    }
}

/// French « de » before a name or a noun phrase: `du groupe`, `des syndicats`,
/// `d'Ostrelande`, `de Carvanie`.
fn de(x: &str) -> String {
    if let Some(rest) = x.strip_prefix("le ") {
        format!("du {rest}")
    } else if let Some(rest) = x.strip_prefix("les ") {
        format!("des {rest}")
    } else if x.starts_with(['A', 'E', 'I', 'O', 'U', 'Y', 'É', 'È', 'Â', 'Î', 'Ô']) {
        format!("d'{x}")
    } else {
        format!("de {x}")
    }
}

fn fill(template: &str, ev: &Event) -> String {
    template
        .replace("de {city}", &de(&ev.city))
        .replace("de {company}", &de(ev.company))
        .replace("de {country}", &de(COUNTRIES[ev.country].0))
        .replace("{city}", &ev.city)
        .replace("{river}", ev.river)
        .replace("{region}", &format!("Haute-{}", ev.river))
        .replace("{company}", ev.company)
        .replace("{country}", COUNTRIES[ev.country].0)
}

fn fill_en(template: &str, ev: &Event) -> String {
    template
        .replace("{city}", &ev.city)
        .replace("{river}", ev.river)
        .replace("{region}", &format!("Upper {}", ev.river))
        .replace("{company}", ev.company)
        .replace("{country}", COUNTRIES[ev.country].1)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Byte offsets into a text being written, of places the LSP script edits or hovers.
#[derive(Default, Clone)]
pub struct Marks {
    /// Inside a word of a sentence that makes no claim.
    pub prose: Vec<usize>,
    /// Just after the first digit of a figure.
    pub figures: Vec<usize>,
    /// In the middle of a claim (a figure or a name with its title).
    pub claims: Vec<usize>,
}

/// Text under construction, with the marks placed in it.
struct Writer {
    text: String,
    marks: Marks,
}

impl Writer {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// Write a figure, marking it.
    fn figure(&mut self, s: &str) {
        let at = self.text.len();
        let first = s.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        self.marks.figures.push(at + first + 1);
        self.marks.claims.push(at + first);
        self.text.push_str(s);
    }

    /// Write a sentence that makes no claim, marking a long word of it.
    fn prose(&mut self, s: &str) {
        let at = self.text.len();
        let mut offset = 0;
        for w in s.split(' ') {
            if w.len() >= 7 && w.chars().all(|c| c.is_ascii_lowercase()) {
                self.marks.prose.push(at + offset + 3);
                break;
            }
            offset += w.len() + 1;
        }
        self.text.push_str(s);
    }
}

/// How a figure is written: hedge, number and noun.
fn figure_words(ev: &Event, f: &Figure, value: u64, lang: Lang, rng: &mut Rng) -> String {
    let me = &KINDS[ev.kind].measures[f.measure];
    let n = if me.millions {
        millions(value, lang)
    } else {
        number(value, lang, rng)
    };
    let hedge = match (lang, f.hedge) {
        (_, 0) => "",
        (Lang::Fr, 1) => "environ ",
        (Lang::Fr, 2) => "plus de ",
        (Lang::Fr, _) => "près de ",
        (Lang::En, 1) => "about ",
        (Lang::En, 2) => "more than ",
        (Lang::En, _) => "nearly ",
    };
    match lang {
        Lang::Fr => format!("{hedge}{n} {}", me.fr_noun),
        Lang::En => format!("{hedge}{n} {}", me.en_noun),
    }
}

/// A sentence giving a figure, with or without who gives it.
fn figure_sentence(
    w: &mut Writer,
    ev: &Event,
    f: &Figure,
    value: u64,
    lang: Lang,
    attributed: bool,
    rng: &mut Rng,
) {
    let k = &KINDS[ev.kind];
    let me = &k.measures[f.measure];
    let words = figure_words(ev, f, value, lang, rng);
    let (src_fr, src_en) = k.sources[f.source];
    match lang {
        Lang::Fr => {
            let src = fill(src_fr, ev);
            let pred = me.fr_pred;
            match (attributed, rng.below(4)) {
                (false, _) => {
                    // No source: the sentence opens on the figure, or on its hedge.
                    let digit = words.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
                    if digit == 0 {
                        w.push("Au total, ");
                        w.figure(&words);
                    } else {
                        w.push(&capitalise(&words[..digit]));
                        w.figure(&words[digit..]);
                    }
                    w.push(&format!(" {pred} à {}.", ev.city));
                }
                (true, 0) => {
                    w.push(&format!("Selon {src}, "));
                    w.figure(&words);
                    w.push(&format!(" {pred}."));
                }
                (true, 1) => {
                    w.push("D'après ");
                    w.push(&src);
                    w.push(", ");
                    w.figure(&words);
                    w.push(&format!(" {pred} à {}.", ev.city));
                }
                (true, _) => {
                    w.push("À ");
                    w.push(&ev.city);
                    w.push(", ");
                    w.figure(&words);
                    w.push(&format!(" {pred}, a indiqué {src}."));
                }
            }
        }
        Lang::En => {
            let src = fill_en(src_en, ev);
            let pred = me.en_pred;
            match (attributed, rng.below(3)) {
                (false, _) => {
                    w.push("In all, ");
                    w.figure(&words);
                    w.push(&format!(" {pred} in {}.", ev.city));
                }
                (true, 0) => {
                    w.push(&format!("According to {src}, "));
                    w.figure(&words);
                    w.push(&format!(" {pred}."));
                }
                (true, _) => {
                    w.push(&format!("In {}, ", ev.city));
                    w.figure(&words);
                    w.push(&format!(" {pred}, {src} said."));
                }
            }
        }
    }
}

/// `le ministre de l'Intérieur de Carvanie, Anton Brescat` / `Carvania Interior
/// Minister Anton Brescat`, for person `who`, with the ministry `ministry`.
fn titled(ev: &Event, who: usize, ministry: usize, lang: Lang) -> String {
    let p = &ev.people[who];
    let k = &KINDS[ev.kind];
    let name = &p.name;
    match lang {
        Lang::Fr => {
            let (le, f) = if p.female {
                ("la", true)
            } else {
                ("le", false)
            };
            match who {
                MINISTER => format!(
                    "{le} ministre {} {}, {name}",
                    MINISTRIES[ministry].0,
                    de(COUNTRIES[ev.country].0)
                ),
                MAYOR => format!("{le} maire {}, {name}", de(&ev.city)),
                PREFECT => format!(
                    "{le} {} de la Haute-{}, {name}",
                    if f { "préfète" } else { "préfet" },
                    ev.river
                ),
                SPOKES => format!("{le} porte-parole {}, {name}", de(&fill(k.org.0, ev))),
                _ => format!(
                    "{le} {} {}, {name}",
                    if f { "directrice" } else { "directeur" },
                    de(&fill(k.org.0, ev))
                ),
            }
        }
        Lang::En => match who {
            MINISTER => format!(
                "{} {} Minister {name}",
                COUNTRIES[ev.country].1, MINISTRIES[ministry].1
            ),
            MAYOR => format!("{} Mayor {name}", ev.city),
            PREFECT => format!("Upper {} Governor {name}", ev.river),
            SPOKES => format!(
                "{name}, a {} for {}",
                if p.female { "spokeswoman" } else { "spokesman" },
                fill_en(k.org.1, ev)
            ),
            _ => format!("{name}, director of {}", fill_en(k.org.1, ev)),
        },
    }
}

/// A quote of `who`, as a sentence with their title.
fn quote_sentence(
    w: &mut Writer,
    ev: &Event,
    who: usize,
    ministry: usize,
    words: &str,
    lang: Lang,
    rng: &mut Rng,
) {
    let t = titled(ev, who, ministry, lang);
    let at = w.text.len();
    match (lang, rng.below(2)) {
        (Lang::Fr, 0) => w.push(&format!("{}, a déclaré : « {words} ».", capitalise(&t))),
        (Lang::Fr, _) => w.push(&format!("« {words} », a affirmé {t}.")),
        (Lang::En, 0) => {
            // an apposition (`Name, director of X`) closes with a comma
            let comma = if t.contains(", ") { "," } else { "" };
            w.push(&format!("{}{comma} said: “{words}.”", capitalise(&t)))
        }
        (Lang::En, _) => w.push(&format!("“{words},” said {t}.")),
    }
    // hover on the person's name, which carries the title claim
    let name = &ev.people[who].name;
    if let (Some(i), Some((j, _))) = (w.text[at..].find(name), name.char_indices().nth(2)) {
        w.marks.claims.push(at + i + j);
    }
}

fn quote_words(ev: &Event, who: usize, lang: Lang) -> String {
    let k = &KINDS[ev.kind];
    let q = ev.quotes[who];
    match lang {
        Lang::Fr => fill(k.fr_quotes[q], ev),
        Lang::En => fill_en(k.en_quotes[q], ev),
    }
}

fn filler(rng: &mut Rng, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!(
            "{} {} {}.",
            rng.pick(FR_SUBJECTS),
            rng.pick(FR_VERBS),
            rng.pick(FR_ENDS)
        ),
        Lang::En => format!(
            "{} {} {}.",
            rng.pick(EN_SUBJECTS),
            rng.pick(EN_VERBS),
            rng.pick(EN_ENDS)
        ),
    }
}

// ---------------------------------------------------------------- sources

/// One generated corpus file.
pub struct Source {
    /// Relative path, `NN/NNNNN-lang.md` (a hundred files per folder).
    pub path: String,
    pub text: String,
}

/// Source number `i`: a dispatch about event `i / 2`, about 4 KB.
pub fn source(seed: u64, i: usize) -> Source {
    let e = i / SOURCES_PER_EVENT;
    let follow_up = i % SOURCES_PER_EVENT == 1;
    let ev = event(seed, e);
    let mut rng = Rng::derive(seed, SOURCE, i as u64);
    let lang = match (follow_up, rng.below(100)) {
        (false, 0..=74) | (true, 0..=39) => Lang::Fr,
        _ => Lang::En,
    };
    let k = &KINDS[ev.kind];
    // A follow-up sometimes revises a figure: the sources then disagree.
    let mut figures = ev.figures.clone();
    if follow_up {
        for f in &mut figures {
            if rng.chance(15) {
                f.value = round(f.value + f.value / 4 + 1);
            }
        }
    }
    let day = ev.day.plus(if follow_up { 2 } else { 1 });
    let mut w = Writer {
        text: String::with_capacity(4600),
        marks: Marks::default(),
    };
    let title_fig = figure_words(&ev, &figures[0], figures[0].value, lang, &mut rng);
    let title = match lang {
        Lang::Fr => format!("{} : {}", fill(k.fr_title, &ev), title_fig),
        Lang::En => format!("{}: {}", capitalise(&fill_en(k.en_title, &ev)), title_fig),
    };
    let outlet = OUTLETS[rng.below(OUTLETS.len())];
    w.push(&format!(
        "---\ntitle: \"{title}\"\ndate: {}\noutlet: {outlet}\n---\n\n",
        day.iso()
    ));
    let (country_name, when) = match lang {
        Lang::Fr => (COUNTRIES[ev.country].0, fill(k.fr_when, &ev)),
        Lang::En => (COUNTRIES[ev.country].1, fill_en(k.en_when, &ev)),
    };

    // Lead: dateline, the main figure, when it began.
    w.push(&format!("{} ({country_name}) – ", ev.city.to_uppercase()));
    figure_sentence(
        &mut w,
        &ev,
        &figures[0],
        figures[0].value,
        lang,
        true,
        &mut rng,
    );
    w.push(" ");
    w.push(&when.replace("{date}", &ev.day.write(lang, 0)));
    w.push(".\n\n");

    // The minister speaks, and who went where.
    let q = quote_words(&ev, MINISTER, lang);
    quote_sentence(&mut w, &ev, MINISTER, k.ministry, &q, lang, &mut rng);
    w.push(" ");
    visit(&mut w, &ev, *rng.pick(&[MAYOR, PREFECT]), day, lang);
    w.push("\n\n");

    // The other figures, each with its source, and a total for the region.
    for f in figures.iter().skip(1) {
        figure_sentence(&mut w, &ev, f, f.value, lang, true, &mut rng);
        w.push(" ");
    }
    let f = figures[rng.below(figures.len())];
    let total = Figure {
        value: round(f.value * (3 + rng.below(6) as u64)),
        hedge: 2,
        ..f
    };
    region_total(&mut w, &ev, &total, lang, &mut rng);
    w.push("\n\n");

    // Local voices, in a shuffled order, most of them quoted.
    let mut voices = [MAYOR, PREFECT, SPOKES, DIRECTOR];
    for j in (1..voices.len()).rev() {
        voices.swap(j, rng.below(j + 1));
    }
    for who in voices {
        let q = quote_words(&ev, who, lang);
        quote_sentence(&mut w, &ev, who, k.ministry, &q, lang, &mut rng);
        w.push(" ");
        w.prose(&filler(&mut rng, lang));
        w.push("\n\n");
    }

    // How the count grew: an earlier, smaller figure on the eve, and a witness.
    let f = figures[0];
    let eve = Figure {
        value: round(f.value / 2 + 1),
        hedge: 0,
        ..f
    };
    let words = figure_words(&ev, &eve, eve.value, lang, &mut rng);
    let (src_fr, src_en) = k.sources[f.source];
    let before = Day {
        day: ev.day.day.max(2) - 1,
        ..ev.day
    };
    match lang {
        Lang::Fr => {
            w.push(&format!(
                "La veille, {}, {} ne comptait encore que ",
                before.write(lang, 0),
                fill(src_fr, &ev)
            ));
            w.figure(&words);
            w.push(&format!(
                ". « {} », raconte une habitante.",
                rng.pick(FR_WITNESS)
            ));
        }
        Lang::En => {
            w.push(&format!(
                "The day before, on {}, {} had counted only ",
                before.write(lang, 0),
                fill_en(src_en, &ev)
            ));
            w.figure(&words);
            w.push(&format!(". “{},” a resident said.", rng.pick(EN_WITNESS)));
        }
    }
    w.push("\n\n");

    // Background: two earlier events, with one of their figures.
    for _ in 0..2.min(e) {
        let other = event(seed, rng.below(e));
        let f = other.figures[rng.below(other.figures.len())];
        match lang {
            Lang::Fr => w.push(&format!(
                "Ce n'est pas une première : l'an dernier, à {}, ",
                other.city
            )),
            Lang::En => w.push(&format!(
                "It is not the first time: last year, in {}, ",
                other.city
            )),
        }
        let words = figure_words(&other, &f, f.value, lang, &mut rng);
        w.figure(&words);
        let om = &KINDS[other.kind].measures[f.measure];
        match lang {
            Lang::Fr => w.push(&format!(" {}. ", om.fr_pred)),
            Lang::En => w.push(&format!(" {}. ", om.en_pred)),
        }
    }
    w.prose(&filler(&mut rng, lang));
    w.push("\n\n");

    // What comes next, then colour until the dispatch is about 4 KB.
    let next = ev.day.plus(4 + rng.below(3) as u32);
    match lang {
        Lang::Fr => w.push(&format!(
            "Une réunion de suivi est prévue le {} à {}. ",
            next.write(lang, 0),
            ev.city
        )),
        Lang::En => w.push(&format!(
            "A follow-up meeting is scheduled for {} in {}. ",
            next.write(lang, 0),
            ev.city
        )),
    }
    w.prose(&filler(&mut rng, lang));
    w.push("\n\n");
    while w.text.len() < 3900 {
        for _ in 0..2 {
            w.prose(&filler(&mut rng, lang));
            w.push(" ");
        }
        w.text.pop();
        w.push("\n\n");
    }
    let path = format!(
        "{:02}/{:05}-{}.md",
        i / 100,
        i,
        if lang == Lang::Fr { "fr" } else { "en" }
    );
    Source { path, text: w.text }
}

/// `La maire de X, Y, s'est rendue sur place mardi 4 mai.`: a title and a date.
fn visit(w: &mut Writer, ev: &Event, who: usize, day: Day, lang: Lang) {
    let t = titled(ev, who, KINDS[ev.kind].ministry, lang);
    let at = w.text.len();
    match lang {
        Lang::Fr => {
            let e = if ev.people[who].female { "e" } else { "" };
            w.push(&format!(
                "{}, s'est rendu{e} sur place le {}.",
                capitalise(&t),
                day.write(lang, 0)
            ));
        }
        Lang::En => {
            let comma = if t.contains(", ") { "," } else { "" };
            w.push(&format!(
                "{}{comma} visited the area on {}.",
                capitalise(&t),
                day.write(lang, 0)
            ));
        }
    }
    let name = &ev.people[who].name;
    if let Some(i) = w.text[at..].find(name) {
        w.marks.claims.push(at + i + 1);
    }
}

/// A larger figure of the same kind for the whole region: the same noun, another
/// context, which the checker must not confuse with the event's own.
fn region_total(w: &mut Writer, ev: &Event, f: &Figure, lang: Lang, rng: &mut Rng) {
    let k = &KINDS[ev.kind];
    let me = &k.measures[f.measure];
    let words = figure_words(ev, f, f.value, lang, rng);
    let (src_fr, src_en) = k.sources[(f.source + 1) % k.sources.len()];
    match lang {
        Lang::Fr => {
            w.push("Depuis le début de l'année, ");
            w.figure(&words);
            w.push(&format!(
                " {} dans toute la Haute-{}, selon {}.",
                me.fr_pred,
                ev.river,
                fill(src_fr, ev)
            ));
        }
        Lang::En => {
            w.push("Since January, ");
            w.figure(&words);
            w.push(&format!(
                " {} across Upper {}, according to {}.",
                me.en_pred,
                ev.river,
                fill_en(src_en, ev)
            ));
        }
    }
}

/// The first `n` sources.
pub fn corpus(seed: u64, n: usize) -> Vec<Source> {
    (0..n).map(|i| source(seed, i)).collect()
}

// ---------------------------------------------------------------- drafts

/// What a draft claim was written as, to count them.
#[derive(Default, Clone, Copy, Debug)]
pub struct Tally {
    pub right: usize,
    pub wrong_figure: usize,
    pub wrong_title: usize,
    pub altered_quote: usize,
    pub unattributed: usize,
    pub wrong_weekday: usize,
}

/// A generated draft: French markdown citing the first [`CITED_SOURCES`] sources.
pub struct Draft {
    pub text: String,
    pub words: usize,
    pub marks: Marks,
    pub tally: Tally,
}

/// Change one word of a quote, as a hurried transcription would.
fn alter(quote: &str, rng: &mut Rng) -> String {
    const SWAPS: &[&str] = &["vraiment", "toujours", "jamais", "vite", "encore", "aussi"];
    let words: Vec<&str> = quote.split(' ').collect();
    let long: Vec<usize> = (0..words.len()).filter(|&i| words[i].len() >= 5).collect();
    let at = if long.is_empty() {
        words.len() - 1
    } else {
        long[rng.below(long.len())]
    };
    let mut out: Vec<&str> = words.clone();
    out[at] = *rng.pick(SWAPS);
    out.join(" ")
}

/// A wrong figure: far enough from the right one that no hedge covers it.
fn wrong(value: u64, millions: bool, rng: &mut Rng) -> u64 {
    let v = match rng.below(3) {
        0 => value * 2,
        1 => value / 2,
        _ => value + value * 3 / 5,
    };
    let v = if millions { v.max(1) } else { round(v.max(2)) };
    if v == value {
        value + 10
    } else {
        v
    }
}

/// A draft of about `words` words.
pub fn draft(seed: u64, words: usize) -> Draft {
    let events = CITED_SOURCES / SOURCES_PER_EVENT;
    let mut w = Writer {
        text: String::with_capacity(words * 7),
        marks: Marks::default(),
    };
    let mut tally = Tally::default();
    w.push(&format!(
        "---\ntitle: Revue de la semaine ({words} mots)\ndate: 2025-06-30\n---\n\n# Revue de la semaine\n\n"
    ));
    let lang = Lang::Fr;
    let mut section = 0;
    while count_words(&w.text) < words {
        let mut rng = Rng::derive(seed, DRAFT, ((words as u64) << 32) | section as u64);
        // Walk the cited events in a scattered order, all of them before any twice.
        let ev = event(seed, (section * 17) % events);
        let k = &KINDS[ev.kind];
        w.push(&format!("## {}\n\n", fill(k.fr_title, &ev)));

        // The main figure: right, wrong, or stated without its source.
        let f = ev.figures[0];
        let me = &k.measures[f.measure];
        match rng.below(10) {
            0 | 1 => {
                tally.wrong_figure += 1;
                let v = wrong(f.value, me.millions, &mut rng);
                let g = Figure { hedge: 0, ..f };
                figure_sentence(&mut w, &ev, &g, v, lang, true, &mut rng);
            }
            2 => {
                tally.unattributed += 1;
                figure_sentence(&mut w, &ev, &f, f.value, lang, false, &mut rng);
            }
            _ => {
                tally.right += 1;
                figure_sentence(&mut w, &ev, &f, f.value, lang, true, &mut rng);
            }
        }
        w.push(" ");
        w.prose(&format!("{}.", rng.pick(FR_ANALYSIS)));
        w.push("\n\n");

        // The minister's words, with their title.
        let q = quote_words(&ev, MINISTER, lang);
        match rng.below(10) {
            0 => {
                tally.wrong_title += 1;
                let other = (k.ministry + 1 + rng.below(MINISTRIES.len() - 1)) % MINISTRIES.len();
                quote_sentence(&mut w, &ev, MINISTER, other, &q, lang, &mut rng);
            }
            1 | 2 => {
                tally.altered_quote += 1;
                let a = alter(&q, &mut rng);
                quote_sentence(&mut w, &ev, MINISTER, k.ministry, &a, lang, &mut rng);
            }
            _ => {
                tally.right += 1;
                quote_sentence(&mut w, &ev, MINISTER, k.ministry, &q, lang, &mut rng);
            }
        }
        w.push(" ");
        w.prose(&filler(&mut rng, lang));
        w.push("\n\n");

        // When it began; the draft's year is the event's, so weekdays can be checked.
        let off = if rng.chance(12) {
            tally.wrong_weekday += 1;
            1 + rng.below(6)
        } else {
            tally.right += 1;
            0
        };
        let when = fill(k.fr_when, &ev).replace(
            "{date}",
            &format!("{} {}", ev.day.write(lang, off), ev.day.year),
        );
        w.push(&when);
        w.push(". ");
        w.prose(&filler(&mut rng, lang));
        w.push(" ");
        w.prose(&format!("{}.", rng.pick(FR_ANALYSIS)));
        w.push("\n\n");

        // A second figure and another voice.
        if let Some(g) = ev.figures.get(1 + rng.below(ev.figures.len() - 1)) {
            tally.right += 1;
            figure_sentence(&mut w, &ev, g, g.value, lang, true, &mut rng);
            w.push(" ");
        }
        let who = *rng.pick(&[MAYOR, PREFECT, SPOKES, DIRECTOR]);
        let q = quote_words(&ev, who, lang);
        tally.right += 1;
        quote_sentence(&mut w, &ev, who, k.ministry, &q, lang, &mut rng);
        w.push("\n\n");

        // Commentary: prose with no claim.
        for _ in 0..2 {
            for _ in 0..3 {
                w.prose(&filler(&mut rng, lang));
                w.push(" ");
            }
            w.prose(&format!("{}.", rng.pick(FR_ANALYSIS)));
            w.push("\n\n");
        }
        section += 1;
    }
    let n = count_words(&w.text);
    Draft {
        text: w.text,
        words: n,
        marks: w.marks,
        tally,
    }
}

/// Words as a word processor counts them: runs of non-space.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A draft of one short paragraph with one claim, for timing a corpus load from the
/// command line.
pub fn tiny_draft(seed: u64) -> String {
    let ev = event(seed, 0);
    let mut rng = Rng::derive(seed, DRAFT, u64::MAX);
    let mut w = Writer {
        text: String::new(),
        marks: Marks::default(),
    };
    w.push("---\ntitle: Brève\ndate: 2025-06-30\n---\n\n");
    let f = ev.figures[0];
    figure_sentence(&mut w, &ev, &f, f.value, Lang::Fr, true, &mut rng);
    w.push("\n");
    w.text
}

// ---------------------------------------------------------------- positions

/// `(line, UTF-16 column)` of each byte offset, as LSP positions.
pub fn positions(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let mut sorted: Vec<(usize, usize)> = offsets
        .iter()
        .copied()
        .enumerate()
        .map(|(i, o)| (o, i))
        .collect();
    sorted.sort_unstable();
    let mut out = vec![(0, 0); offsets.len()];
    let (mut line, mut col, mut at) = (0, 0, 0);
    let mut chars = text.char_indices().peekable();
    for (off, i) in sorted {
        while at < off {
            match chars.next() {
                Some((_, c)) => {
                    if c == '\n' {
                        line += 1;
                        col = 0;
                    } else {
                        col += c.len_utf16();
                    }
                    at += c.len_utf8();
                }
                None => break,
            }
        }
        out[i] = (line, col);
    }
    out
}

/// FNV-1a, to show that two runs wrote the same bytes.
pub fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// A one-line summary of how a draft's claims were written.
pub fn describe(t: &Tally) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "right {}, wrong figure {}, wrong title {}, altered quote {}, unattributed {}, wrong weekday {}",
        t.right, t.wrong_figure, t.wrong_title, t.altered_quote, t.unattributed, t.wrong_weekday
    );
    s
}
