"""Full-text search over message text: one search row per ticket, kept by triggers on the messages.

Triggers (not the application) keep the index in step, so bulk loads with COPY or executemany stay searchable.

PostgreSQL: `tickets_ticket_search` holds one tsvector per ticket: every message in the text search configuration
of the storefront's language, unaccented, plus a lexeme naming the seller that no text can produce. A seller's
query is "the term AND my seller lexeme", so one GIN index answers it exactly for that seller; a btree_gin index
over (seller_id, document) was measured slower, because the planner filters a big seller after the scan instead.

SQLite: `tickets_ticket_fts` (FTS5, diacritics removed) with the public messages and the internal notes in two
columns and the seller as a token of its own column.
"""

from django.db import migrations, transaction
from django.db.utils import DatabaseError

# Letters of the storefront languages folded to ASCII where PostgreSQL has no unaccent extension.
_FOLD_FROM = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďĐđÈÉÊËèéêëĒēĘęĚěÌÍÎÏìíîïĹĺĽľŁłÑñŃńŇňÒÓÔÕÖØòóôõöøŐőŔŕŘřŚśŠšŤťÙÚÛÜùúûüŮůŰűÝýÿŹźŻżŽž"
_FOLD_TO = "AAAAAAaaaaaaAaAaAaCcCcCcDdDdEEEEeeeeEeEeEeIIIIiiiiLlLlLlNnNnNnOOOOOOooooooOoRrRrSsSsTtUUUUuuuuUuUuYyyZzZzZz"

_PG_CREATE = """
-- Storefront language → text search configuration; Czech, Slovak and Polish have no stemmer in PostgreSQL.
CREATE FUNCTION tickets_search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE language
    WHEN 'de' THEN 'pg_catalog.german' WHEN 'fr' THEN 'pg_catalog.french'
    WHEN 'it' THEN 'pg_catalog.italian' WHEN 'en' THEN 'pg_catalog.english'
    ELSE 'pg_catalog.simple' END)::regconfig
$$;

CREATE FUNCTION tickets_search_vector(language text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector(tickets_search_config(language), tickets_search_fold(body))
$$;

-- The parser never yields a lexeme with spaces, so no search term can name a seller.
CREATE FUNCTION tickets_search_seller(seller_id bigint) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT ' seller ' || seller_id $$;

-- A conversation past PostgreSQL's 1 MB tsvector limit keeps the words indexed so far instead of failing the write.
CREATE FUNCTION tickets_search_concat(a tsvector, b tsvector) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
  RETURN a || b;
EXCEPTION WHEN program_limit_exceeded THEN
  RETURN a;
END $$;

CREATE AGGREGATE tickets_search_agg(tsvector) (sfunc = tickets_search_concat, stype = tsvector, initcond = '');
CREATE AGGREGATE tickets_search_any(tsquery) (sfunc = tsquery_or, stype = tsquery);

-- A term's language is unknown: it matches when any configuration's reading of it matches. 'simple' keeps every
-- word, so a term with a word never reads as empty. With a seller, only that seller's tickets match.
CREATE FUNCTION tickets_search_query(term text, seller_id bigint DEFAULT NULL) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN tickets_search_any(reading) IS NULL THEN NULL
    WHEN seller_id IS NULL THEN tickets_search_any(reading)
    ELSE tickets_search_any(reading) && quote_literal(tickets_search_seller(seller_id))::tsquery
  END
  FROM (
    SELECT DISTINCT websearch_to_tsquery(config, tickets_search_fold(term)) AS reading
    FROM unnest('{pg_catalog.german,pg_catalog.french,pg_catalog.italian,pg_catalog.english,pg_catalog.simple}'
                ::regconfig[]) AS config
  ) readings
  WHERE numnode(reading) > 0
$$;

CREATE TABLE tickets_ticket_search (
  ticket_id bigint PRIMARY KEY,
  document tsvector NOT NULL
);
-- Rare words must look rare to the planner, or it walks a big seller's tickets looking for them.
ALTER TABLE tickets_ticket_search ALTER COLUMN document SET STATISTICS 1000;

-- What a ticket's search row holds, computed from its messages.
CREATE VIEW tickets_ticket_search_source AS
  SELECT m.ticket_id,
         tickets_search_concat(
           array_to_tsvector(ARRAY[tickets_search_seller(t.seller_id)]),
           tickets_search_agg(tickets_search_vector(s.language, m.text) ORDER BY m.id)
         ) AS document
  FROM tickets_ticketmessage m
  JOIN tickets_ticket t ON t.id = m.ticket_id
  JOIN catalog_storefront s ON s.code = t.storefront_id
  GROUP BY m.ticket_id, t.seller_id;

CREATE FUNCTION tickets_search_refresh(ticket_ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM tickets_ticket_search WHERE ticket_id = ANY (ticket_ids);
  INSERT INTO tickets_ticket_search (ticket_id, document)
  SELECT ticket_id, document FROM tickets_ticket_search_source WHERE ticket_id = ANY (ticket_ids);
END $$;

-- Fills the table from the messages, e.g. after a storefront changed its language.
CREATE FUNCTION tickets_search_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE tickets_ticket_search;
  INSERT INTO tickets_ticket_search (ticket_id, document) SELECT ticket_id, document FROM tickets_ticket_search_source;
END $$;

-- Statement triggers with transition tables: one set-based statement per INSERT or COPY; new messages are
-- appended to their ticket's row. Changed or deleted messages (rare) rebuild their tickets' rows.
CREATE FUNCTION tickets_search_messages_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO tickets_ticket_search AS ts (ticket_id, document)
  SELECT m.ticket_id,
         tickets_search_concat(
           array_to_tsvector(ARRAY[tickets_search_seller(t.seller_id)]),
           tickets_search_agg(tickets_search_vector(s.language, m.text) ORDER BY m.id)
         )
  FROM new_messages m
  JOIN tickets_ticket t ON t.id = m.ticket_id
  JOIN catalog_storefront s ON s.code = t.storefront_id
  GROUP BY m.ticket_id, t.seller_id
  ON CONFLICT (ticket_id) DO UPDATE SET document = tickets_search_concat(ts.document, excluded.document);
  RETURN NULL;
END $$;

CREATE FUNCTION tickets_search_messages_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tickets_search_refresh(ARRAY(
    SELECT o.ticket_id FROM old_messages o JOIN new_messages m ON m.id = o.id
    WHERE (m.text, m.ticket_id) IS DISTINCT FROM (o.text, o.ticket_id)
    UNION
    SELECT m.ticket_id FROM old_messages o JOIN new_messages m ON m.id = o.id
    WHERE (m.text, m.ticket_id) IS DISTINCT FROM (o.text, o.ticket_id)
  ));
  RETURN NULL;
END $$;

CREATE FUNCTION tickets_search_messages_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tickets_search_refresh(ARRAY(SELECT DISTINCT ticket_id FROM old_messages));
  RETURN NULL;
END $$;

CREATE FUNCTION tickets_search_messages_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE tickets_ticket_search;
  RETURN NULL;
END $$;

CREATE TRIGGER tickets_search_messages_inserted AFTER INSERT ON tickets_ticketmessage
  REFERENCING NEW TABLE AS new_messages FOR EACH STATEMENT EXECUTE FUNCTION tickets_search_messages_inserted();
CREATE TRIGGER tickets_search_messages_updated AFTER UPDATE ON tickets_ticketmessage
  REFERENCING OLD TABLE AS old_messages NEW TABLE AS new_messages
  FOR EACH STATEMENT EXECUTE FUNCTION tickets_search_messages_updated();
CREATE TRIGGER tickets_search_messages_deleted AFTER DELETE ON tickets_ticketmessage
  REFERENCING OLD TABLE AS old_messages FOR EACH STATEMENT EXECUTE FUNCTION tickets_search_messages_deleted();
CREATE TRIGGER tickets_search_messages_truncated AFTER TRUNCATE ON tickets_ticketmessage
  FOR EACH STATEMENT EXECUTE FUNCTION tickets_search_messages_truncated();

SELECT tickets_search_rebuild();
CREATE INDEX tickets_ticket_search_document ON tickets_ticket_search USING gin (document);
ANALYZE tickets_ticket_search;
"""

_PG_DROP = """
DROP TRIGGER IF EXISTS tickets_search_messages_inserted ON tickets_ticketmessage;
DROP TRIGGER IF EXISTS tickets_search_messages_updated ON tickets_ticketmessage;
DROP TRIGGER IF EXISTS tickets_search_messages_deleted ON tickets_ticketmessage;
DROP TRIGGER IF EXISTS tickets_search_messages_truncated ON tickets_ticketmessage;
DROP FUNCTION IF EXISTS tickets_search_messages_inserted();
DROP FUNCTION IF EXISTS tickets_search_messages_updated();
DROP FUNCTION IF EXISTS tickets_search_messages_deleted();
DROP FUNCTION IF EXISTS tickets_search_messages_truncated();
DROP FUNCTION IF EXISTS tickets_search_rebuild();
DROP FUNCTION IF EXISTS tickets_search_refresh(bigint[]);
DROP VIEW IF EXISTS tickets_ticket_search_source;
DROP TABLE IF EXISTS tickets_ticket_search;
DROP FUNCTION IF EXISTS tickets_search_query(text, bigint);
DROP AGGREGATE IF EXISTS tickets_search_any(tsquery);
DROP AGGREGATE IF EXISTS tickets_search_agg(tsvector);
DROP FUNCTION IF EXISTS tickets_search_concat(tsvector, tsvector);
DROP FUNCTION IF EXISTS tickets_search_seller(bigint);
DROP FUNCTION IF EXISTS tickets_search_vector(text, text);
DROP FUNCTION IF EXISTS tickets_search_config(text);
DROP FUNCTION IF EXISTS tickets_search_fold(text);
"""

# FTS5's remove_diacritics leaves ł, ß, œ and æ alone; search terms are folded the same way.
_SQLITE_FOLD = (
    "replace(replace(replace(replace(replace(replace(replace(replace("
    "{}, 'ł', 'l'), 'Ł', 'L'), 'ß', 'ss'), 'ẞ', 'SS'), 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE')"
)


def _sqlite_rows(where):
    """The FTS rows of the tickets selected by `where`, computed from their messages."""
    public = _SQLITE_FOLD.format("CASE WHEN m.is_internal THEN NULL ELSE m.text END")
    notes = _SQLITE_FOLD.format("CASE WHEN m.is_internal THEN m.text END")
    return f"""INSERT INTO tickets_ticket_fts (rowid, public, notes, seller)
      SELECT t.id, coalesce(group_concat({public}, ' '), ''), coalesce(group_concat({notes}, ' '), ''),
             's' || t.seller_id
      FROM tickets_ticket t JOIN tickets_ticketmessage m ON m.ticket_id = t.id
      WHERE {where} GROUP BY t.id"""


_SQLITE_NEW_PUBLIC = _SQLITE_FOLD.format("CASE WHEN new.is_internal THEN '' ELSE new.text END")
_SQLITE_NEW_NOTES = _SQLITE_FOLD.format("CASE WHEN new.is_internal THEN new.text ELSE '' END")

_SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE tickets_ticket_fts USING fts5("
    "public, notes, seller, tokenize = 'unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER tickets_search_messages_inserted AFTER INSERT ON tickets_ticketmessage BEGIN
      UPDATE tickets_ticket_fts
        SET public = public || ' ' || {_SQLITE_NEW_PUBLIC}, notes = notes || ' ' || {_SQLITE_NEW_NOTES}
        WHERE rowid = new.ticket_id;
      INSERT INTO tickets_ticket_fts (rowid, public, notes, seller)
        SELECT t.id, {_SQLITE_NEW_PUBLIC}, {_SQLITE_NEW_NOTES}, 's' || t.seller_id
        FROM tickets_ticket t
        WHERE t.id = new.ticket_id AND NOT EXISTS (SELECT 1 FROM tickets_ticket_fts WHERE rowid = new.ticket_id);
    END""",
    f"""CREATE TRIGGER tickets_search_messages_updated AFTER UPDATE OF text, is_internal, ticket_id
    ON tickets_ticketmessage BEGIN
      DELETE FROM tickets_ticket_fts WHERE rowid IN (old.ticket_id, new.ticket_id);
      {_sqlite_rows("t.id IN (old.ticket_id, new.ticket_id)")};
    END""",
    f"""CREATE TRIGGER tickets_search_messages_deleted AFTER DELETE ON tickets_ticketmessage BEGIN
      DELETE FROM tickets_ticket_fts WHERE rowid = old.ticket_id;
      {_sqlite_rows("t.id = old.ticket_id")};
    END""",
    _sqlite_rows("1"),
]

_SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS tickets_search_messages_inserted",
    "DROP TRIGGER IF EXISTS tickets_search_messages_updated",
    "DROP TRIGGER IF EXISTS tickets_search_messages_deleted",
    "DROP TABLE IF EXISTS tickets_ticket_fts",
]


def _unaccent(schema_editor):
    """The schema of the unaccent extension, created if the server offers it and we may; None otherwise."""
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")
        if cursor.fetchone() is None:
            return None
        try:
            with transaction.atomic(using=schema_editor.connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        except DatabaseError:
            return None
        cursor.execute(
            "SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = 'unaccent'"
        )
        return cursor.fetchone()[0]


def pg_fold(unaccent_schema, text):
    """SQL that folds `text` to unaccented letters: with the unaccent extension, or with translate() without it."""
    if unaccent_schema is not None:
        return f"{unaccent_schema}.unaccent('{unaccent_schema}.unaccent'::regdictionary, {text})"
    return (
        f"translate(replace(replace(replace(replace(replace(replace({text}, 'ß', 'ss'), 'ẞ', 'SS'),"
        f" 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), '{_FOLD_FROM}', '{_FOLD_TO}')"
    )


def create_search(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for statement in _SQLITE_CREATE:
            schema_editor.execute(statement)
        return
    if vendor != "postgresql":
        return
    # Angle brackets and guillemets become spaces first: PostgreSQL's parser would read «Giacca invernale» (folded to
    # <<Giacca invernale>>) or <b> as markup and drop the words inside.
    fold = pg_fold(_unaccent(schema_editor), "translate($1, '«»‹›<>', '      ')")
    schema_editor.execute(
        f"CREATE FUNCTION tickets_search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE"
        f" AS $$ SELECT {fold} $$"
    )
    schema_editor.execute(_PG_CREATE)


def drop_search(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for statement in _SQLITE_DROP:
            schema_editor.execute(statement)
    elif vendor == "postgresql":
        schema_editor.execute(_PG_DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0002_add_marketplace_storefronts"),
        ("tickets", "0005_deadline_warning_and_overdue_event_kinds"),
    ]

    operations = [migrations.RunPython(create_search, drop_search)]
