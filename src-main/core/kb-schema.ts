/**
 * The knowledge-base file format. Bump KB_SCHEMA_VERSION whenever a table or
 * column changes: the app refuses a file of another version instead of
 * misreading it.
 */
export const KB_SCHEMA_VERSION = 3

export const KB_DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE refs (id TEXT PRIMARY KEY, citation TEXT NOT NULL, type TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE layers (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, record TEXT NOT NULL);
CREATE TABLE mechanisms (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, record TEXT NOT NULL);
CREATE TABLE concerns (id TEXT PRIMARY KEY, name TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE contraindications (id TEXT PRIMARY KEY, name TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE glossary (id TEXT PRIMARY KEY, term TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE guides (id TEXT PRIMARY KEY, kind TEXT NOT NULL, ord INTEGER NOT NULL, record TEXT NOT NULL);
CREATE TABLE treatments (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  summary TEXT NOT NULL,
  depth_min_mm REAL NOT NULL,
  depth_max_mm REAL NOT NULL,
  deepest_layer TEXT NOT NULL REFERENCES layers(id),
  downtime_min REAL NOT NULL,
  downtime_max REAL NOT NULL,
  sessions_min INTEGER NOT NULL,
  sessions_max INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE TABLE treatment_mechanisms (slug TEXT NOT NULL REFERENCES treatments(slug), mechanism_id TEXT NOT NULL REFERENCES mechanisms(id), role TEXT NOT NULL, PRIMARY KEY (slug, mechanism_id));
CREATE TABLE treatment_concerns (slug TEXT NOT NULL REFERENCES treatments(slug), concern_id TEXT NOT NULL REFERENCES concerns(id), strength TEXT NOT NULL, PRIMARY KEY (slug, concern_id));
CREATE TABLE treatment_layers (slug TEXT NOT NULL REFERENCES treatments(slug), layer_id TEXT NOT NULL REFERENCES layers(id), PRIMARY KEY (slug, layer_id));
-- The resolved safety matrix: one row per treatment × condition, with where the decision came from
-- (the treatment's own entry, or the condition's class rule at position rule_index).
CREATE TABLE safety_matrix (slug TEXT NOT NULL REFERENCES treatments(slug), contraindication_id TEXT NOT NULL REFERENCES contraindications(id), stance TEXT NOT NULL CHECK (stance IN ('none', 'caution', 'defer', 'exclude')), wait_months REAL, min_wait_months REAL, source TEXT NOT NULL CHECK (source IN ('own', 'class')), rule_index INTEGER, PRIMARY KEY (slug, contraindication_id));
CREATE TABLE treatment_fitzpatrick (slug TEXT NOT NULL REFERENCES treatments(slug), type TEXT NOT NULL, pih TEXT NOT NULL, scarring TEXT NOT NULL, PRIMARY KEY (slug, type));
CREATE TABLE treatment_refs (slug TEXT NOT NULL REFERENCES treatments(slug), ref_id TEXT NOT NULL REFERENCES refs(id), PRIMARY KEY (slug, ref_id));
-- Every unordered pair of treatments (first < second), decided by a specific rule, a class rule or none
-- ("no data: use clinical judgement"). Gaps are days from a session of one to a later session of the other.
CREATE TABLE treatment_pairs (
  first TEXT NOT NULL REFERENCES treatments(slug),
  second TEXT NOT NULL REFERENCES treatments(slug),
  source TEXT NOT NULL CHECK (source IN ('specific', 'class', 'none')),
  same_day TEXT NOT NULL CHECK (same_day IN ('yes', 'in-order', 'no', 'unknown')),
  same_day_first TEXT,
  gap_first_then_second INTEGER,
  gap_second_then_first INTEGER,
  record TEXT NOT NULL,
  PRIMARY KEY (first, second),
  CHECK (first < second)
) WITHOUT ROWID;
-- The pre-treatment checklist's plain-language statements, by condition.
CREATE TABLE checklist_items (condition_id TEXT PRIMARY KEY, statement TEXT NOT NULL, dated INTEGER NOT NULL);
CREATE INDEX treatment_concerns_by_concern ON treatment_concerns(concern_id);
CREATE INDEX treatment_mechanisms_by_mechanism ON treatment_mechanisms(mechanism_id);
-- Search: one row per findable thing. Names and aliases are weighted above body text by bm25 column weights.
-- Prefix indexes from one letter: the first keystroke ("m") and a next word just begun ("acne s") are
-- prefix queries too, and without an index each merges the postings of every word with that letter.
CREATE VIRTUAL TABLE search USING fts5(
  kind UNINDEXED, key UNINDEXED, title, keywords, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4'
);
-- The words of the index, for spelling suggestions (a readonly database cannot create fts5vocab at run time).
CREATE TABLE spell_terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
`
