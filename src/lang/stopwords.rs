//! Function words that say nothing about what a claim is about.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// `hui` is the second half of « aujourd'hui » as the tokens read it: the first,
/// `aujourd`, stands for the word in the lexicon (`today`).
const WORDS: &str = "
le la les l un une des du de d au aux a à ce cet cette ces se sa son ses leur leurs lui elle il ils elles on nous vous je tu y en
et ou mais donc or ni car que qu qui quoi dont où ne n pas plus moins très trop aussi encore déjà bien tout tous toute toutes
est sont été être était étaient sera seront serait ont avait avaient aura auraient fait faire peut pourrait doit devrait
sur sous dans par pour avec sans entre vers chez contre depuis pendant avant après selon d'après lors dès jusqu jusqu'à
si comme ainsi alors puis soit même autre autres quelque quelques plusieurs chaque certains certaines mme m
the a an of to in on at by for with from as is are was were be been being has have had do does did it its this that these those
and or but not no nor so than then there their they them he she his her him we our you your i me my who whom which what when
where why how all any both each few more most other some such only own same too very can will just should would could may might
must shall also into over under about after before between through during without within against among up down out off again
said says say
hui
";

static SET: LazyLock<HashSet<String>> =
    LazyLock::new(|| WORDS.split_whitespace().map(crate::text::fold).collect());

/// True for a folded function word.
pub fn is_stopword(folded: &str) -> bool {
    SET.contains(folded)
}
