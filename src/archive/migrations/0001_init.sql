-- Recoupe archive, schema version 1: documents, their sentences and claims, and the
-- lookup keys of each document with how many documents hold each key.

CREATE TABLE documents (
    id          bigint PRIMARY KEY,
    -- The file as the ingest named it: one row per path.
    path        text NOT NULL UNIQUE,
    -- xxh3-128 of the file's text: an unchanged file is not parsed again.
    hash        bytea NOT NULL,
    -- The engine that parsed it (a build fingerprint): another engine's parse is
    -- redone by the next ingest and never read by a check.
    engine      text NOT NULL,
    lang        text NOT NULL,
    -- The day it reports on (ISO), when it says or its file did.
    day         text,
    -- Frame keys (kind and counted thing), context words, names and quote words
    -- (src/archive/keys.rs), for the candidate lookup.
    keys        bigint[] NOT NULL,
    -- The parsed source (postcard), read back by a check and judged by the same code
    -- as a local one.
    source      bytea NOT NULL,
    ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_keys ON documents USING gin (keys);
CREATE SEQUENCE documents_id_seq OWNED BY documents.id;

-- How many documents hold each key: a lookup asks for the rarest keys of a draft.
CREATE TABLE key_df (
    key bigint PRIMARY KEY,
    df  integer NOT NULL
);

CREATE TABLE sentences (
    doc_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord    integer NOT NULL,
    text   text NOT NULL,
    -- The document's language (fr, en): its sentences are searchable by the
    -- newsroom's own tools with that language's stemming.
    lang   text NOT NULL,
    tsv    tsvector GENERATED ALWAYS AS (to_tsvector(
               CASE lang WHEN 'fr' THEN 'french'::regconfig
                         WHEN 'en' THEN 'english'::regconfig
                         ELSE 'simple'::regconfig END, text)) STORED,
    PRIMARY KEY (doc_id, ord)
);
CREATE INDEX sentences_tsv ON sentences USING gin (tsv);

CREATE TABLE claims (
    doc_id   bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord      integer NOT NULL,
    kind     text NOT NULL,
    -- What a figure counts (its concept), empty for other kinds.
    counted  text NOT NULL,
    sentence integer NOT NULL,
    -- The claim as written.
    written  text NOT NULL,
    -- Its context words (word ids), for lookups by frame and words.
    words    bigint[] NOT NULL,
    PRIMARY KEY (doc_id, ord)
);
CREATE INDEX claims_frame ON claims (kind, counted);
CREATE INDEX claims_words ON claims USING gin (words);
