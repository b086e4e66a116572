//! Every tunable number of the engine, with the case that taught it: how claims are
//! read (tolerances, context weights), how the corpus weighs words, and how the
//! verifier decides.

// Reading claims.

/// An exact figure allows half a percent either way, for rounding (`2 300` for
/// 2 303), while `2 300` and `2 320` stay two figures.
pub const EXACT_SPREAD: (f64, f64) = (0.995, 1.005);

/// A hedged figure (`environ`, `about`) allows a tenth either way: `environ 2 300`
/// meets `2.320`, but `environ 320 000` does not meet `quelque 230 000`.
pub const APPROXIMATE_SPREAD: (f64, f64) = (0.9, 1.1);

/// Words this close to a claim (in tokens) weigh fully; further in the clause, less.
/// (`La préfecture compte 300 vols`: `préfecture` and `vols` are the figure's words.)
pub const NEAR: usize = 7;

/// The weight of a context word near the claim in its clause, elsewhere in its
/// clause, and in another clause of the sentence. (`…, quand le syndicat en compte
/// 450`: `syndicat` says little about the 300 before the break.)
pub const WEIGHT_NEAR: f32 = 1.0;
pub const WEIGHT_CLAUSE: f32 = 0.75;
pub const WEIGHT_OTHER_CLAUSE: f32 = 0.4;
/// The weight of a word in another clause of the sentence that is another speaker's
/// statement: it says what that speaker's figure is about. (`Raskin said 11
/// passengers were freed from the second car, and the train carried about 310,
/// according to the operator`: the operator's 310 is not about the second car.)
pub const WEIGHT_FOREIGN_CLAUSE: f32 = 0.1;

/// How many content words before an aside (`la vallée de l'Orvanne, où vivent …`)
/// name the noun it is about: they weigh fully for a figure inside the aside, where
/// the main clause's other words weigh as another clause's.
pub const ASIDE_HEAD_WORDS: usize = 3;

/// The least a context word weighs by its rarity (IDF), however common it is: a
/// word in every sentence of a small corpus still says a little.
pub const IDF_FLOOR: f64 = 0.1;

// Deciding.

/// Quotes are compared word by word only with source sentences of at most this many
/// words: the comparison costs the product of both lengths, and a longer "sentence"
/// is a table or a list read as one, not something a quote comes from.
pub const QUOTE_MAX_SOURCE_WORDS: usize = 400;

/// A supported claim cites the agreeing sources that score at least this share of
/// the best agreeing one: weaker ones only happen to share a figure.
pub const CITED_AGREEING_SHARE: f64 = 0.5;

/// The sources that would contradict a claim are those within this share of the best
/// score (within 10 %): they must agree among themselves.
pub const TOP_DISAGREEING_SHARE: f64 = 0.9;

/// A corpus claim must share at least this share of a draft claim's weighted context
/// to be "about the same thing" at all. (A pay-rise percentage shares nothing with
/// the strike figures around it: unsupported, not contradicted.)
pub const MIN_RELEVANT: f64 = 0.2;

/// A reading on a scale (`magnitude 7,1`, `catégorie 4`) names its thing by the scale
/// and the event, whatever else its sentence tells: a source reading of the same
/// scale is relevant from this share. It can back or dispute a draft reading, never
/// contradict it alone (that still needs `MIN_CONTRADICT`). (A draft's long opening
/// sentence on a quake's magnitude, against a source's short `d'une magnitude de 7,4`.)
pub const MIN_RELEVANT_SCALE: f64 = 0.1;

/// To contradict, the best different-valued source must cover this much of the draft
/// claim's context. (A draft's total of soldiers against a source's `un total de … soldats`.)
pub const MIN_CONTRADICT: f64 = 0.3;

/// A source that gives the draft's figure, against sources that say otherwise on
/// another day, must score this share of the best of them to count as the same
/// figure revised (`verify::timeline`). (A first dispatch's 40 rescuers, against
/// the next days' 260.)
pub const REVISION_SHARE: f64 = 0.5;
/// A source that gives another value than the draft's, against the agreeing
/// sources, must score this share of the best of them to count as a later figure
/// for the same thing: the same town's count, not a region's total nor another
/// town's count in the same words.
pub const REVISER_SHARE: f64 = 0.8;
/// The agreeing sources a revision weighs are those that score this share of the
/// best: the draft's own figure, not a bound elsewhere that its value meets.
pub const OWN_FIGURE_SHARE: f64 = 0.9;

/// To contradict when every source figure of the thing counted gives one value
/// (`une trentaine de témoins` wherever witnesses are counted), the best source needs
/// only be relevant.
pub const MIN_CONTRADICT_SOLE: f64 = MIN_RELEVANT;

/// That rule holds only for a draft figure within this ratio of the sources' one: a
/// wrong figure is a slip or an old count, not another order of magnitude (11 people
/// freed from a car against 310 on the train are two things).
pub const SOLE_VALUE_MAX_RATIO: f64 = 4.0;

/// A same-value source within this ratio of the best source's score wins: a same-value
/// source with fair context beats a different value with slightly better context.
pub const AGREE_RATIO: f64 = 0.75;

/// A conflicting source within this ratio of the agreeing one makes a dispute.
/// (One share of cancelled flights in one dispatch, another in the next.)
pub const DISPUTE_RATIO: f64 = 0.65;

/// When both figures name the same specific thing counted (`de dégâts`, `deficit`),
/// a conflicting source within this ratio of the agreeing one makes a dispute.
pub const DISPUTE_RATIO_SAME_COUNTED: f64 = 0.45;

/// Two sources' figures dispute only within this ratio of each other: two counts of
/// one thing (40 houses destroyed by the mayor's count, 18 by the prefect's) stay
/// closer than a total and its part (23 witnesses, 6 of them for the defence;
/// $3.4 billion of revenue, $1.2 billion of it from one unit).
pub const DISPUTE_MAX_RATIO: f64 = 2.5;

/// Corpus claims counting something else (`vols` vs `soldats`) never compare; a
/// figure with no counted noun on one side compares at this discount.
pub const UNCOUNTED_FACTOR: f64 = 0.6;

/// Neither side names what its figure counts: a smaller discount.
pub const NEITHER_COUNTED_FACTOR: f64 = 0.8;

/// People in general on one side, people of a kind on the other (`800,000 people`
/// against `800 000 habitants`): the kind is one of the things the people are, so
/// the source figure may back the draft's at this discount, and never contradicts
/// it (`50 people evacuated` and `9 500 habitants` are two things).
pub const KIN_COUNTED_FACTOR: f64 = 0.8;

/// Same speaker on both sides: a boost; two different named speakers: a discount.
/// (A figure given to one body in the draft that a source gives to another.)
pub const SAME_SPEAKER_BOOST: f64 = 1.3;
pub const OTHER_SPEAKER_FACTOR: f64 = 0.6;

/// Dates are everywhere in news copy: contradicting one takes more context.
/// (A strike extended to one day in the draft, to the day before in a source.)
pub const MIN_CONTRADICT_DATE: f64 = 0.45;

/// A quote is misquoted when this share of its words appear, in order, in a source
/// sentence. (A quote that drops a negation from the source's words.)
pub const MISQUOTE_RATIO: f64 = 0.6;

/// ...and at least this share of its content words (function words aside) must stand
/// in that sentence: matching « le … n'est pas encore … nous » is not the same quote.
pub const MISQUOTE_MIN_CONTENT: f64 = 0.5;

/// A role's event context must match this well to say the title belongs to someone
/// else. (`Governor X declared a state of emergency` when a source names another governor.)
pub const MIN_ROLE_SWAP: f64 = 0.4;

/// A source naming the same person counts for their title whatever its context:
/// its score is at least this, so the person found by surname alone is still cited.
pub const SAME_PERSON_MIN_SCORE: f64 = 0.01;

/// At most this many sources are cited per claim.
pub const MAX_EVIDENCE: usize = 6;

/// Of those, a dispute cites at most this many sources on the other side, so that
/// both sides are shown however many sources agree with the draft.
pub const MAX_CONFLICTING_EVIDENCE: usize = MAX_EVIDENCE / 2;

/// Sources about one event that disagree stay this close: figures within this ratio
/// of each other, dates within this many days. Sources further apart than that
/// describe different events, and cannot together contradict a claim. (Two counts
/// of one morning's cancelled flights, 58 % and 62 %, against figures of other
/// towns' evacuations, 5 800 and 10 500.)
pub const SAME_EVENT_FIGURE_RATIO: f64 = 1.25;
pub const SAME_EVENT_DAYS: u32 = 3;

/// The weight, in a date's context, of the value of a figure in its clause, and in
/// another clause of its sentence. A value is in no corpus word count, so it weighs
/// as the rarest word would: half a near word keeps it from pairing two days alone.
/// (A table row « OSC | 3 février | 6 500 » meets the dispatch that gives 6 500 on
/// the 4th, not one that names the same body on the 9th; a shared « 2 blessés »
/// does not make two days one event.)
pub const WEIGHT_FIGURE_IN_DATE: f32 = 0.5;
pub const WEIGHT_FIGURE_IN_DATE_OTHER_CLAUSE: f32 = 0.2;
/// Figures below this are too common to frame a date (`deux`, `3`).
pub const MIN_FIGURE_IN_DATE: f64 = 10.0;

/// Two amounts that each carry their currency sign, linked by `to`, read as one
/// range only when the higher is at most this many times the lower: a forecast's
/// ends stand close (`$3.2 billion to $3.4 billion`); a change and the level it
/// reached do not (`up $300 million to $3.4 billion`).
pub const MONEY_RANGE_MAX_RATIO: f64 = 2.0;

/// A translated quote keeps about its source's length: its word count is within
/// this many times the source quote's (`on the verge of collapse`, five words, for
/// `au bord de la rupture`, five).
pub const TRANSLATED_QUOTE_LENGTH: f64 = 2.0;

/// A source date that writes the draft's weekday, day and month supports it with
/// this little shared context, where nothing else decides: the weekday makes the
/// day specific, and words in another language share little (`Thursday, May 15`
/// for `jeudi 15 mai`, the names of the place alone shared). It never contradicts.
pub const MIN_SAME_WEEKDAY_DATE: f64 = 0.05;

/// A draft's story (`verify::story`) leaves out a name more sources than this write:
/// a first name or a ministry that many stories write tells none of them apart.
pub const MAX_DOCS_PER_NAME: usize = 200;

/// How many distinct names past a sentence's first word (a name's words together:
/// `Paul Dastin` is one) a source writes before it can be told to belong to another
/// story than a draft's (`verify::story`); a short update naming one person gives
/// no sign of that.
pub const STORY_NAMES: usize = 2;
