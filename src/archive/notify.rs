//! Announcing changes of the archive with `LISTEN`/`NOTIFY`: each ingest batch, in
//! its own transaction (so the notice is sent only if the batch commits), names on
//! channel `recoupe_archive` the documents it added and those it removed (a changed
//! file is both: its old id goes, a new one comes). A server listens on a
//! connection of its own and re-checks the open drafts those documents concern.
//!
//! Payload: `+ID,ID… -ID,ID…`, cut into notices under PostgreSQL's 8,000-byte limit.

use super::lookup::DocId;
use super::pool::{describe, ArchiveUrl, CONNECT_TIMEOUT};
use futures_util::StreamExt;
use tokio::sync::mpsc;
use tokio_postgres::AsyncMessage;

/// The channel every ingest notifies and every server listens on.
pub const CHANNEL: &str = "recoupe_archive";

/// A payload stays under this many bytes (PostgreSQL refuses 8,000 and more).
const PAYLOAD_MAX: usize = 7_000;

/// What one notice says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Change {
    pub added: Vec<DocId>,
    pub removed: Vec<DocId>,
}

/// The payloads announcing `change`, each small enough for one `NOTIFY`.
pub fn payloads(change: &Change) -> Vec<String> {
    let mut out = Vec::new();
    let mut added = change.added.iter().peekable();
    let mut removed = change.removed.iter().peekable();
    while added.peek().is_some() || removed.peek().is_some() {
        let mut plus = String::from("+");
        let mut minus = String::from("-");
        while plus.len() + minus.len() < PAYLOAD_MAX {
            if let Some(id) = added.next() {
                push_id(&mut plus, *id);
            } else if let Some(id) = removed.next() {
                push_id(&mut minus, *id);
            } else {
                break;
            }
        }
        out.push(format!("{plus} {minus}"));
    }
    out
}

fn push_id(list: &mut String, id: DocId) {
    if list.len() > 1 {
        list.push(',');
    }
    list.push_str(&id.to_string());
}

/// Read a payload; `None` when it is not one of ours.
pub fn parse(payload: &str) -> Option<Change> {
    let (plus, minus) = payload.trim().split_once(' ')?;
    let ids = |list: &str, sign: char| -> Option<Vec<DocId>> {
        let list = list.strip_prefix(sign)?;
        list.split(',')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().ok())
            .collect()
    };
    Some(Change {
        added: ids(plus, '+')?,
        removed: ids(minus, '-')?,
    })
}

/// A dedicated connection listening on `CHANNEL`. Dropping it closes the
/// connection.
pub struct Listener {
    _client: tokio_postgres::Client,
    /// The changes announced; ends when the connection is lost.
    pub changes: mpsc::UnboundedReceiver<Change>,
}

/// Connect to `url` and `LISTEN` on `CHANNEL`.
pub async fn listen(url: &ArchiveUrl) -> Result<Listener, String> {
    let connected = tokio::time::timeout(CONNECT_TIMEOUT, url.connect()).await;
    let (client, mut messages) =
        connected.map_err(|_| "the archive did not answer in time".to_string())??;
    let (tx, changes) = mpsc::unbounded_channel();
    // The connection must be polled for the LISTEN below to be answered and for
    // notices to arrive: one task does both, and ends with the connection.
    tokio::spawn(async move {
        while let Some(message) = messages.next().await {
            match message {
                Ok(AsyncMessage::Notification(n)) if n.channel() == CHANNEL => {
                    if let Some(change) = parse(n.payload()) {
                        if tx.send(change).is_err() {
                            return;
                        }
                    }
                }
                Ok(_) => {}
                Err(_) => return,
            }
        }
    });
    let sql = format!("LISTEN {CHANNEL}");
    let listen = client.batch_execute(&sql);
    tokio::time::timeout(super::pool::query_timeout(), listen)
        .await
        .map_err(|_| "the archive did not answer in time".to_string())?
        .map_err(|e| describe(&e))?;
    Ok(Listener {
        _client: client,
        changes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `round_trip(change)`: the payloads of a change read back to it, each short
    /// enough for `NOTIFY`.
    fn round_trip(change: Change) {
        let sent = payloads(&change);
        let mut got = Change::default();
        for p in &sent {
            assert!(p.len() < 8000, "{} bytes", p.len());
            let c = parse(p).expect("our payload");
            got.added.extend(c.added);
            got.removed.extend(c.removed);
        }
        assert_eq!(got, change);
    }

    #[test]
    fn payloads_read_back_and_stay_short() {
        round_trip(Change {
            added: vec![1, 2, 3],
            removed: vec![],
        });
        round_trip(Change {
            added: vec![],
            removed: vec![9],
        });
        round_trip(Change {
            added: (1_000_000_000..1_000_002_000).collect(),
            removed: (5..1500).collect(),
        });
        assert_eq!(payloads(&Change::default()), Vec::<String>::new());
        assert_eq!(parse("hello"), None);
        assert_eq!(parse("+1,x -"), None);
    }
}
