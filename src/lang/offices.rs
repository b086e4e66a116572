//! A title written in either language from its concepts: the head (by its key in
//! `roles`), the portfolio, the body and the nationality, so that a fix writes a
//! source's title in the draft's language (`la ministre de la Santé` is `Health
//! Minister` in an English draft, `Varnian government spokeswoman` is
//! `porte-parole du gouvernement sorrénien` in a French one).
//!
//! General language knowledge only. Nationalities are read and written by their
//! endings (`-ian`/`-ien(ne)`, `-ia`/`-ie`, `-an`/`-ain(e)`), never by a list of
//! countries: an invented country's adjective works as a real one's.

use crate::lang::roles::place_stem;
use crate::lang::Lang;
use crate::text::fold;

/// How each head key is written: French masculine, French feminine, English. The
/// English form is the one that needs no gender (`spokesperson`).
const HEAD_FORMS: &[(&str, &str, &str, &str)] = &[
    (
        "premier ministre",
        "Premier ministre",
        "Première ministre",
        "prime minister",
    ),
    (
        "vice-premier ministre",
        "vice-Premier ministre",
        "vice-Première ministre",
        "deputy prime minister",
    ),
    ("ministre", "ministre", "ministre", "minister"),
    (
        "vice-ministre",
        "vice-ministre",
        "vice-ministre",
        "deputy minister",
    ),
    ("president", "président", "présidente", "president"),
    (
        "vice-president",
        "vice-président",
        "vice-présidente",
        "vice president",
    ),
    (
        "porte-parole",
        "porte-parole",
        "porte-parole",
        "spokesperson",
    ),
    (
        "secretaire general",
        "secrétaire général",
        "secrétaire générale",
        "secretary-general",
    ),
    (
        "secretaire d'etat",
        "secrétaire d'État",
        "secrétaire d'État",
        "secretary of state",
    ),
    (
        "directeur general",
        "directeur général",
        "directrice générale",
        "director general",
    ),
    ("directeur", "directeur", "directrice", "director"),
    ("gouverneur", "gouverneur", "gouverneure", "governor"),
    ("prefet", "préfet", "préfète", "prefect"),
    ("maire", "maire", "maire", "mayor"),
    (
        "adjoint au maire",
        "adjoint au maire",
        "adjointe au maire",
        "deputy mayor",
    ),
    ("ambassadeur", "ambassadeur", "ambassadrice", "ambassador"),
    ("senateur", "sénateur", "sénatrice", "senator"),
    ("procureur", "procureur", "procureure", "prosecutor"),
    (
        "procureur general",
        "procureur général",
        "procureure générale",
        "prosecutor general",
    ),
    ("juge", "juge", "juge", "judge"),
    ("avocat", "avocat", "avocate", "lawyer"),
    ("chancelier", "chancelier", "chancelière", "chancellor"),
    ("commissaire", "commissaire", "commissaire", "commissioner"),
    ("conseiller", "conseiller", "conseillère", "adviser"),
    ("pdg", "PDG", "PDG", "chief executive"),
    (
        "directeur financier",
        "directeur financier",
        "directrice financière",
        "chief financial officer",
    ),
    (
        "chef de cabinet",
        "chef de cabinet",
        "cheffe de cabinet",
        "chief of staff",
    ),
    ("economiste", "économiste", "économiste", "economist"),
    ("analyste", "analyste", "analyste", "analyst"),
    ("roi", "roi", "roi", "king"),
    ("reine", "reine", "reine", "queen"),
];

/// Portfolios: the folded words that name one (any of the first list, with the
/// second's words beside them), written in French with their article and in
/// English as they stand before a head.
const PORTFOLIOS: &[(&[&str], &[&str], &str, &str)] = &[
    (
        &["interieur", "interior"],
        &["home"],
        "de l'Intérieur",
        "Interior",
    ),
    (
        &["etrangeres", "foreign"],
        &["affaires", "affairs"],
        "des Affaires étrangères",
        "Foreign",
    ),
    (&["defense", "defence"], &[], "de la Défense", "Defence"),
    (
        &["finances", "finance", "treasury"],
        &[],
        "des Finances",
        "Finance",
    ),
    (&["justice"], &[], "de la Justice", "Justice"),
    (&["sante", "health"], &[], "de la Santé", "Health"),
    (
        &["education"],
        &["nationale"],
        "de l'Éducation",
        "Education",
    ),
    (
        &["transports", "transport"],
        &[],
        "des Transports",
        "Transport",
    ),
    (
        &["environnement", "environment"],
        &[],
        "de l'Environnement",
        "Environment",
    ),
    (&["travail", "labour", "labor"], &[], "du Travail", "Labour"),
    (&["economie", "economy"], &[], "de l'Économie", "Economy"),
    (
        &["industrie", "industry"],
        &[],
        "de l'Industrie",
        "Industry",
    ),
    (&["energie", "energy"], &[], "de l'Énergie", "Energy"),
    (&["commerce", "trade"], &[], "du Commerce", "Trade"),
    (&["logement", "housing"], &[], "du Logement", "Housing"),
    (&["agriculture"], &[], "de l'Agriculture", "Agriculture"),
    (&["culture"], &[], "de la Culture", "Culture"),
    (&["armees"], &[], "des Armées", "Armed Forces"),
];

/// Bodies a title can be of: folded French and English words, the French noun and
/// its gender (`true`: feminine), the English noun.
const BODIES: &[(&[&str], &str, bool, &str)] = &[
    (
        &["gouvernement", "government"],
        "gouvernement",
        false,
        "government",
    ),
    (&["ministere", "ministry"], "ministère", false, "ministry"),
    (
        &["presidence", "presidency"],
        "présidence",
        true,
        "presidency",
    ),
    (
        &["departement", "department"],
        "département",
        false,
        "department",
    ),
    (&["conseil", "council"], "conseil", false, "council"),
    (
        &["parlement", "parliament"],
        "parlement",
        false,
        "parliament",
    ),
    (&["armee", "army"], "armée", true, "army"),
    (&["police"], "police", true, "police"),
    (&["commission"], "commission", true, "commission"),
    (&["agence", "agency"], "agence", true, "agency"),
    (&["tribunal", "court"], "tribunal", false, "court"),
    (&["ville", "city"], "ville", true, "city"),
    (&["mairie", "town hall"], "mairie", true, "town hall"),
    (&["province"], "province", true, "province"),
    (&["region"], "région", true, "region"),
    (&["etat", "state"], "État", false, "state"),
];

/// The shared key of a body word in either language (`department`, `département`),
/// for scopes to meet across languages.
pub fn body_key(folded: &str) -> Option<&'static str> {
    BODIES
        .iter()
        .find(|b| b.0.contains(&folded))
        .map(|b| b.0[0])
}

/// Whether a folded word names a portfolio or a body (`Santé`, `Interior`,
/// `Department`): a capitalized word of a title that is no one's name.
pub fn is_office_word(folded: &str) -> bool {
    body_key(folded).is_some()
        || PORTFOLIOS
            .iter()
            .any(|(keys, fillers, _, _)| keys.contains(&folded) || fillers.contains(&folded))
}

/// The written form of a head key in a language, for a feminine holder or not.
pub fn head_form(key: &str, lang: Lang, feminine: bool) -> Option<&'static str> {
    let f = HEAD_FORMS.iter().find(|h| h.0 == key)?;
    Some(match (lang, feminine) {
        (Lang::Fr, false) => f.1,
        (Lang::Fr, true) => f.2,
        (Lang::En, _) => f.3,
    })
}

/// What a title is made of, beyond its head: each scope word understood as a
/// portfolio, a body, a nationality or a proper name written as it is.
#[derive(Debug, Default, PartialEq)]
pub struct Parts {
    portfolio: Option<usize>,
    body: Option<usize>,
    /// The nationality's folded word and its place stem (`brescanian`, `brescan`).
    nationality: Option<(String, String)>,
    /// Names of bodies written as they are (`Corvel`), in order.
    names: Vec<String>,
}

/// The parts of a title's scope (`Role::scope`, folded words), given the title as
/// written (for names' capitals). `None` when a word is none of them: a title
/// that cannot be told whole is not written.
pub fn parts(scope: &[String], written: &str) -> Option<Parts> {
    let mut p = Parts::default();
    let portfolio = PORTFOLIOS
        .iter()
        .position(|(keys, _, _, _)| scope.iter().any(|w| keys.contains(&w.as_str())));
    p.portfolio = portfolio;
    for w in scope {
        if let Some(k) = portfolio {
            let (keys, fillers, _, _) = PORTFOLIOS[k];
            if keys.contains(&w.as_str()) || fillers.contains(&w.as_str()) {
                continue;
            }
        }
        if let Some(b) = BODIES.iter().position(|b| b.0.contains(&w.as_str())) {
            if p.body.is_some() {
                return None;
            }
            p.body = Some(b);
            continue;
        }
        let capitals = written
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
            .map(|x| x.rsplit(['\'', '’']).next().unwrap_or(x))
            .any(|x| fold(x) == *w && x.chars().next().is_some_and(char::is_uppercase));
        if let Some(stem) = nationality_stem(w, capitals) {
            if p.nationality.is_some() {
                return None;
            }
            p.nationality = Some((w.clone(), stem));
            continue;
        }
        // A proper name: capitalized where the title is written, and no article
        // before it (`de Corvel`; `de la Mer` is a portfolio, though capitalized).
        let words: Vec<&str> = written
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
            .filter(|x| !x.is_empty())
            .collect();
        let at = words
            .iter()
            .position(|x| fold(x) == *w && x.chars().next().is_some_and(char::is_uppercase))?;
        let article = at > 0
            && matches!(
                fold(words[at - 1]).as_str(),
                "la" | "le" | "les" | "du" | "des" | "the"
            )
            || words[at].contains(['\'', '’']);
        if article {
            return None;
        }
        p.names.push(words[at].to_string());
    }
    // Capitalized words beside a body may be the body's own name in title case
    // (`Velmar Basin Council`), not names to write as they are.
    if p.body.is_some() && !p.names.is_empty() {
        return None;
    }
    Some(p)
}

/// The place stem of a word that reads as a nationality by its ending
/// (`brescanian`, `brescanienne`, `morave`), or as a country where it is written
/// with a capital (`Brescanie`, `Morlania`; `énergie` is none).
fn nationality_stem(w: &str, capitalized: bool) -> Option<String> {
    const ENDINGS: [&str; 18] = [
        "iennes", "ienne", "iens", "ien", "ians", "ian", "aines", "aine", "ains", "ain", "aises",
        "aise", "ais", "oises", "oise", "ois", "ese", "ave",
    ];
    let country = capitalized && (w.ends_with("ie") || w.ends_with("ia"));
    (country || ENDINGS.iter().any(|e| w.ends_with(e)))
        .then(|| place_stem(w))
        .flatten()
}

/// The nationality adjective of stem `stem` in `lang` (and, in French, in the
/// gender asked), as the draft writes it where it does (`words`, the draft's words
/// as written), else by the ending of `from`, the source's word.
fn nationality(stem: &str, from: &str, lang: Lang, feminine: bool, words: &[&str]) -> String {
    let same = |w: &&&str| place_stem(&fold(w)).as_deref() == Some(stem);
    match lang {
        Lang::Fr => {
            // the draft's adjective (lowercase), else its country (`Brescanie`)
            let adjective = words.iter().filter(same).find(|w| {
                w.chars().next().is_some_and(char::is_lowercase) && !fold(w).ends_with("ie")
            });
            if let Some(a) = adjective {
                return french_gender(a, feminine);
            }
            let country = words.iter().filter(same).find(|w| fold(w).ends_with("ie"));
            let masculine = match country {
                Some(c) => {
                    let c = c.to_lowercase();
                    format!("{}ien", c.strip_suffix("ie").unwrap_or(&c))
                }
                None => {
                    let f = fold(from);
                    if let Some(s) = f.strip_suffix("ian").or(f.strip_suffix("ia")) {
                        format!("{s}ien")
                    } else if let Some(s) = f.strip_suffix("ese") {
                        format!("{s}ais")
                    } else if let Some(s) = f.strip_suffix("an") {
                        format!("{s}ain")
                    } else {
                        f
                    }
                }
            };
            french_gender(&masculine, feminine)
        }
        Lang::En => {
            let adjective = words.iter().filter(same).find(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && ["an", "ese", "ish"].iter().any(|e| w.ends_with(e))
            });
            if let Some(a) = adjective {
                return a.to_string();
            }
            if let Some(c) = words.iter().filter(same).find(|w| w.ends_with("ia")) {
                return format!("{c}n");
            }
            let f = fold(from);
            let english = if let Some(s) = ["iennes", "ienne", "iens", "ien"]
                .iter()
                .find_map(|e| f.strip_suffix(e))
            {
                format!("{s}ian")
            } else if let Some(s) = f.strip_suffix("ie").or(f.strip_suffix("ave")) {
                // a country (`Brescanie`), or the `-ave` adjective (`morave`)
                if f.ends_with("ave") {
                    format!("{s}avian")
                } else {
                    format!("{s}ian")
                }
            } else if let Some(s) = ["aises", "aise", "ais"]
                .iter()
                .find_map(|e| f.strip_suffix(e))
            {
                format!("{s}ese")
            } else if let Some(s) = ["aines", "aine", "ains", "ain"]
                .iter()
                .find_map(|e| f.strip_suffix(e))
            {
                format!("{s}an")
            } else {
                f
            };
            capitalized(&english)
        }
    }
}

/// A French nationality adjective in the gender asked, from either gender's form.
fn french_gender(word: &str, feminine: bool) -> String {
    let mut w = word.to_lowercase();
    // one holder: the singular (`baltriens` → `baltrien`)
    if ["iens", "iennes", "ains", "aines", "aises", "oises", "ves"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        w.pop();
    }
    let pairs = [
        ("iennes", "iens"),
        ("ienne", "ien"),
        ("aines", "ains"),
        ("aine", "ain"),
        ("aises", "ais"),
        ("aise", "ais"),
        ("oises", "ois"),
        ("oise", "ois"),
    ];
    for (fem, masc) in pairs {
        if let Some(s) = w.strip_suffix(fem) {
            return if feminine { w } else { format!("{s}{masc}") };
        }
    }
    for (fem, masc) in pairs.iter().filter(|(f, _)| !f.ends_with('s')) {
        if let Some(s) = w.strip_suffix(masc) {
            return if feminine { format!("{s}{fem}") } else { w };
        }
    }
    w
}

fn capitalized(w: &str) -> String {
    let mut cs = w.chars();
    cs.next()
        .map(|f| f.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// A title of head `key` made of `parts`, written in `lang`: in French the head
/// in the holder's gender, its body with the article, the nationality agreeing
/// with the body (or the holder), then the portfolio (`ministre brescanienne des
/// Affaires étrangères`, `porte-parole du gouvernement sorrénien`); in English the
/// nationality, portfolio, body and head in that order (`Varnian government
/// spokesperson`, `Health Minister`), the head capitalized before a name. `words`
/// are the draft's words, whose own nationality adjectives are written as the draft
/// writes them. `None` when the head has no form of that language.
pub fn render(
    key: &str,
    parts: &Parts,
    lang: Lang,
    feminine: bool,
    before_name: bool,
    words: &[&str],
) -> Option<String> {
    let head = head_form(key, lang, feminine)?;
    let nationality = |fem: bool| {
        parts
            .nationality
            .as_ref()
            .map(|(from, stem)| nationality(stem, from, lang, fem, words))
    };
    let mut out: Vec<String> = Vec::new();
    match lang {
        Lang::Fr => {
            out.push(head.to_string());
            match parts.body.map(|b| BODIES[b]) {
                Some((_, noun, fem, _)) => {
                    out.push(format!("{}{noun}", of_article(noun, fem)));
                    out.extend(nationality(fem));
                }
                None => out.extend(nationality(feminine)),
            }
            if let Some(p) = parts.portfolio {
                out.push(PORTFOLIOS[p].2.to_string());
            }
            for name in &parts.names {
                let vowel = fold(name).starts_with(['a', 'e', 'i', 'o', 'u']);
                out.push(if vowel {
                    format!("d'{name}")
                } else {
                    format!("de {name}")
                });
            }
        }
        Lang::En => {
            out.extend(parts.names.iter().cloned());
            out.extend(nationality(feminine));
            if let Some(p) = parts.portfolio {
                out.push(PORTFOLIOS[p].3.to_string());
            }
            if let Some(b) = parts.body {
                let noun = BODIES[b].3;
                // a portfolio's body is capitalized with it (`Interior Ministry`)
                out.push(if parts.portfolio.is_some() {
                    capitalized(noun)
                } else {
                    noun.to_string()
                });
            }
            let head = if before_name {
                head.split(' ')
                    .map(capitalized)
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                head.to_string()
            };
            out.push(head);
        }
    }
    Some(out.join(" "))
}

/// `de la `, `du `, `de l'` before a French noun of that gender.
fn of_article(noun: &str, feminine: bool) -> &'static str {
    if fold(noun).starts_with(['a', 'e', 'i', 'o', 'u']) {
        "de l'"
    } else if feminine {
        "de la "
    } else {
        "du "
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check((head key, scope, title as written), (lang, feminine, before a name,
    /// draft words), rendered)`
    fn check(
        (key, scope, written): (&str, &[&str], &str),
        (lang, feminine, before_name, words): (Lang, bool, bool, &str),
        expected: Option<&str>,
    ) {
        let scope: Vec<String> = scope.iter().map(|s| s.to_string()).collect();
        let words: Vec<&str> = words
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .collect();
        let got = parts(&scope, written)
            .and_then(|p| render(key, &p, lang, feminine, before_name, &words));
        assert_eq!(got.as_deref(), expected, "{written:?} in {lang:?}");
    }

    #[test]
    fn french_titles_in_english() {
        let en = |before| (Lang::En, false, before, "");
        check(
            ("ministre", &["sante"], "ministre de la Santé"),
            en(true),
            Some("Health Minister"),
        );
        check(
            ("president", &[], "président"),
            en(false),
            Some("president"),
        );
        check(
            (
                "porte-parole",
                &["ministere", "interieur"],
                "porte-parole du ministère de l'Intérieur",
            ),
            en(false),
            Some("Interior Ministry spokesperson"),
        );
        check(
            ("president", &["valmorie"], "président de la Valmorie"),
            en(true),
            Some("Valmorian President"),
        );
        check(
            ("president", &["kestave"], "présidente kestave"),
            (Lang::En, true, true, ""),
            Some("Kestavian President"),
        );
        // the draft's own adjective wins
        check(
            (
                "ministre",
                &["valmorienne", "defense"],
                "ministre valmorienne de la Défense",
            ),
            (Lang::En, true, true, "the Valmorian coast"),
            Some("Valmorian Defence Minister"),
        );
        // a word neither a portfolio, a body, a nationality nor a name: nothing
        check(("ministre", &["mer"], "ministre de la Mer"), en(true), None);
    }

    #[test]
    fn english_titles_in_french() {
        check(
            (
                "ministre",
                &["ostrelian", "foreign"],
                "Ostrelian Foreign Minister",
            ),
            (Lang::Fr, true, true, "la Première ministre ostrélienne"),
            Some("ministre ostrélienne des Affaires étrangères"),
        );
        check(
            (
                "porte-parole",
                &["varnian", "government"],
                "Varnian government spokeswoman",
            ),
            (Lang::Fr, true, false, "le chef du gouvernement varnien"),
            Some("porte-parole du gouvernement varnien"),
        );
        // no adjective in the draft: its country's name, else the source's ending
        check(
            ("president", &["lusevian"], "Lusevian President"),
            (Lang::Fr, true, true, "la Lusévie"),
            Some("présidente lusévienne"),
        );
        check(
            ("president", &["lusevian"], "Lusevian President"),
            (Lang::Fr, false, true, ""),
            Some("président lusevien"),
        );
        check(
            (
                "secretaire general",
                &["corvel"],
                "Corvel secretary-general",
            ),
            (Lang::Fr, true, true, ""),
            Some("secrétaire générale de Corvel"),
        );
    }

    #[test]
    fn bodies_meet_across_languages() {
        assert_eq!(body_key("departement"), body_key("department"));
        assert_eq!(body_key("gouvernement"), body_key("government"));
        assert_ne!(body_key("ministere"), body_key("government"));
        assert_eq!(body_key("valmorie"), None);
    }

    #[test]
    fn french_nationalities_agree() {
        assert_eq!(french_gender("sorrénien", true), "sorrénienne");
        assert_eq!(french_gender("brescanienne", false), "brescanien");
        assert_eq!(french_gender("kestave", true), "kestave");
        assert_eq!(french_gender("brennois", true), "brennoise");
        assert_eq!(french_gender("baltriens", false), "baltrien");
        assert_eq!(french_gender("baltriennes", true), "baltrienne");
    }
}
