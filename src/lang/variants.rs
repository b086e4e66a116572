//! Spelling variants of the same organisation or name across languages and
//! transliterations: `OTAN`/`Otan`/`NATO`, `Dmitri`/`Dmitry`.

use crate::text::fold;

/// Organisation acronyms and names that designate the same body, folded.
const ORGANISATIONS: &[&[&str]] = &[
    &["otan", "nato"],
    &["onu", "un", "nations unies", "united nations"],
    &["ue", "eu", "union europeenne", "european union"],
    &[
        "oms",
        "who",
        "organisation mondiale de la sante",
        "world health organization",
    ],
    &[
        "fmi",
        "imf",
        "fonds monetaire international",
        "international monetary fund",
    ],
    &[
        "bce",
        "ecb",
        "banque centrale europeenne",
        "european central bank",
    ],
    &["aiea", "iaea"],
    &["cio", "ioc"],
    &["unesco"],
    &["unicef"],
    &["ocde", "oecd"],
    &["omc", "wto"],
    &["cpi", "icc"],
    &["etats-unis", "usa", "us", "united states", "amerique"],
    &[
        "royaume-uni",
        "uk",
        "united kingdom",
        "grande-bretagne",
        "britain",
    ],
    &["maison blanche", "white house"],
];

/// The canonical form of a folded organisation word or phrase.
pub fn canonical_org(folded: &str) -> &str {
    for group in ORGANISATIONS {
        if group.contains(&folded) {
            return group[0];
        }
    }
    folded
}

/// Portfolio words of titles in French and English, folded: `ministre de
/// l'Intérieur` and `Interior Minister` hold the same office.
const PORTFOLIOS: &[&[&str]] = &[
    &["interieur", "interior", "home"],
    &["etrangeres", "foreign"],
    &["defense", "defence"],
    &["economie", "economy", "economic", "economique"],
    &["finances", "finance", "treasury"],
    &["sante", "health"],
    &["education", "enseignement"],
    &["transports", "transport", "transportation"],
    &["environnement", "environment"],
    &["travail", "labour", "labor", "emploi", "employment"],
    &["industrie", "industry", "industrial"],
    &["energie", "energy"],
    &["commerce", "trade"],
    &["logement", "housing"],
    &["armees", "armed"],
];

/// A title's scope word reduced so that French and English forms meet: portfolios
/// by the table above, and place names and adjectives by their ending, with a
/// final `-e`/`-a` dropped and `qu` read as `c` (`Roumanie`/`Romania`,
/// `Chine`/`China`, `Afrique`/`Africa`).
pub fn scope_key(folded: &str) -> String {
    if let Some(group) = PORTFOLIOS.iter().find(|g| g.contains(&folded)) {
        return group[0].to_string();
    }
    if let Some(body) = super::offices::body_key(folded) {
        return body.to_string();
    }
    let org = canonical_org(folded);
    if org != folded {
        return org.to_string();
    }
    let mut s = folded.replace("qu", "c");
    if s.chars().count() > 4 && (s.ends_with('e') || s.ends_with('a')) {
        s.pop();
    }
    s
}

/// A name reduced so that transliterations meet: accents off, `y`/`ï` read as `i`,
/// doubled letters single, `ou` as `u` (`Sergueï`/`Sergey`, `Kovalsky`/`Kovalskyy`).
pub fn name_key(name: &str) -> String {
    let f = fold(name).replace(['-', '\'', '.'], "");
    let mut s = f
        .replace("kh", "h")
        .replace("ou", "u")
        .replace("gue", "ge")
        .replace('y', "i")
        .replace("ie", "i")
        .replace('j', "i");
    if s.ends_with("ij") || s.ends_with("ii") {
        s.pop();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_meet() {
        assert_eq!(canonical_org("nato"), canonical_org("otan"));
        assert_eq!(name_key("Dmitri"), name_key("Dmitry"));
        assert_eq!(name_key("Kovalsky"), name_key("Kovalskyy"));
        assert_eq!(name_key("Sergueï"), name_key("Sergey"));
        assert_ne!(name_key("Chen"), name_key("Ruiz"));
        for (fr, en) in [
            ("morlanie", "morlania"),
            ("chine", "china"),
            ("afrique", "africa"),
            ("interieur", "interior"),
            ("etrangeres", "foreign"),
            ("departement", "department"),
            ("gouvernement", "government"),
        ] {
            assert_eq!(scope_key(fr), scope_key(en), "{fr} / {en}");
        }
        assert_ne!(scope_key("sante"), scope_key("defense"));
        assert_ne!(scope_key("transports"), scope_key("travail"));
    }
}
