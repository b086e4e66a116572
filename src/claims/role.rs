//! Roles: a person's title or function, in apposition either way round.

#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// The title as written: `secrétaire général de l'OTAN`.
    pub title: String,
    /// The person as written: `Mark Rutte`.
    pub person: String,
}
