-- The hot write (logging activities) as one call: one round trip and one commit for a batch of
-- entries (storage/postgres-direct.ts). Written by hand: Prisma's models do not describe functions.
-- Each statement inside runs with a fresh snapshot (read committed, volatile), so a duplicate check
-- made after a key's lock sees what the lock's previous holder committed.
CREATE FUNCTION "loftesbot_log_activities"(entries jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
  n int := jsonb_array_length(entries);
  e jsonb;
  d jsonb;
  i int;
  k text;
  v_dup text;
  v_accepted jsonb := '{}';
  v_outcomes jsonb[] := array_fill(NULL::jsonb, ARRAY[n]);
  v_per_set jsonb := '{}';
  v_last_revision int;
  v_counted int;
  v_next_revision jsonb := '{}';
  v_revision int;
BEGIN
  -- The same per-key locks as the Prisma path (lockKeyPostgres), in one order, before any revision row.
  FOR k IN
    SELECT DISTINCT x->'dedupe'->>'key' FROM jsonb_array_elements(entries) x
    WHERE jsonb_typeof(x->'dedupe') = 'object' ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext(k));
  END LOOP;
  -- Duplicate checks: a stored entry, or an earlier entry of this batch.
  FOR i IN 0 .. n - 1 LOOP
    e := entries->i;
    d := e->'dedupe';
    v_dup := NULL;
    IF jsonb_typeof(d) = 'object' THEN
      SELECT "id" INTO v_dup FROM "activity"
      WHERE "userId" = d->>'userId' AND "dedupeKey" = d->>'key' AND "undoneAt" IS NULL
        AND "loggedAt" >= (d->>'since')::timestamp(3)
      ORDER BY "loggedAt" DESC LIMIT 1;
      IF v_dup IS NULL THEN
        v_dup := v_accepted->>(d->>'userId' || E'\n' || (d->>'key'));
      END IF;
    END IF;
    IF v_dup IS NOT NULL THEN
      v_outcomes[i + 1] := jsonb_build_object('duplicateId', v_dup);
    ELSE
      IF jsonb_typeof(d) = 'object' THEN
        v_accepted := v_accepted || jsonb_build_object(d->>'userId' || E'\n' || (d->>'key'), e->'activity'->>'id');
      END IF;
      v_per_set := v_per_set || jsonb_build_object(e->>'setKey', COALESCE((v_per_set->>(e->>'setKey'))::int, 0) + 1);
    END IF;
  END LOOP;
  -- Each set's revision once per batch, in one order: the row is locked from here to the commit.
  FOR k, v_counted IN SELECT key, value::int FROM jsonb_each_text(v_per_set) ORDER BY key LOOP
    INSERT INTO "ledger_revision" ("setKey", "revision") VALUES (k, v_counted)
    ON CONFLICT ("setKey") DO UPDATE SET "revision" = "ledger_revision"."revision" + v_counted
    RETURNING "revision" INTO v_last_revision;
    v_next_revision := v_next_revision || jsonb_build_object(k, v_last_revision - v_counted + 1);
  END LOOP;
  FOR i IN 0 .. n - 1 LOOP
    CONTINUE WHEN v_outcomes[i + 1] IS NOT NULL;
    e := entries->i;
    v_revision := (v_next_revision->>(e->>'setKey'))::int;
    v_next_revision := v_next_revision || jsonb_build_object(e->>'setKey', v_revision + 1);
    INSERT INTO "activity"
    SELECT (jsonb_populate_record(NULL::"activity", e->'activity' || jsonb_build_object('createdRevision', v_revision))).*;
    INSERT INTO "audit_entry" SELECT (jsonb_populate_record(NULL::"audit_entry", e->'audit')).*;
    v_outcomes[i + 1] := jsonb_build_object('revision', v_revision);
  END LOOP;
  RETURN to_jsonb(v_outcomes);
END
$fn$;
