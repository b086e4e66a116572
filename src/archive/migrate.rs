//! The archive's schema, versioned: `schema_version` records each migration applied;
//! `migrate` applies the missing ones in order, each in its own transaction, under an
//! advisory lock so that two ingests never migrate at once. A check only verifies
//! the version (its role may not change the schema).

use tokio_postgres::Client;

/// The migrations, in order: version and SQL (src/archive/migrations/).
pub const MIGRATIONS: &[(i32, &str)] = &[(1, include_str!("migrations/0001_init.sql"))];

/// The schema version this build reads and writes.
pub fn latest() -> i32 {
    MIGRATIONS.last().map_or(0, |m| m.0)
}

/// Key of the advisory lock that serialises migrations and ingest writes.
pub const LOCK: i64 = 0x0072_6563_6f75_7065;

/// Bring the schema up to date; returns the versions applied.
pub async fn migrate(client: &mut Client) -> Result<Vec<i32>, String> {
    let e = |e: tokio_postgres::Error| super::pool::describe(&e);
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_version (
                 version integer PRIMARY KEY,
                 applied_at timestamptz NOT NULL DEFAULT now())",
        )
        .await
        .map_err(e)?;
    let mut applied = Vec::new();
    for (version, sql) in MIGRATIONS {
        let tx = client.transaction().await.map_err(e)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK])
            .await
            .map_err(e)?;
        let done: i64 = tx
            .query_one(
                "SELECT count(*) FROM schema_version WHERE version = $1",
                &[version],
            )
            .await
            .map_err(e)?
            .get(0);
        if done == 0 {
            tx.batch_execute(sql).await.map_err(e)?;
            tx.execute(
                "INSERT INTO schema_version (version) VALUES ($1)",
                &[version],
            )
            .await
            .map_err(e)?;
            applied.push(*version);
        }
        tx.commit().await.map_err(e)?;
    }
    check_version(client).await?;
    Ok(applied)
}

/// Whether the archive's schema is the one this build knows: a clear error when it
/// has none yet or a newer one.
pub async fn check_version(client: &Client) -> Result<(), String> {
    let row = client
        .query_one(
            "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN NULL
                    ELSE (SELECT max(version) FROM schema_version) END",
            &[],
        )
        .await
        .map_err(|e| super::pool::describe(&e))?;
    let version: Option<i32> = row.get(0);
    match version {
        None => Err("the archive has no schema yet: run `recoupe archive ingest` first".into()),
        Some(v) if v > latest() => Err(format!(
            "the archive's schema is version {v}, newer than this recoupe knows ({}): upgrade recoupe",
            latest()
        )),
        Some(v) if v < latest() => Err(format!(
            "the archive's schema is version {v}, older than this recoupe's ({}): run `recoupe archive ingest` to upgrade it",
            latest()
        )),
        Some(_) => Ok(()),
    }
}
