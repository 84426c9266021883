-- The hot write's function (0017) with the audit row taken out of its entry once. 0017 called
-- loftesbot_audit_body(e->'audit'); PostgreSQL inlines that SQL function, so the argument was
-- evaluated once per field it reads: nine copies of the audit row out of the entry, per entry. That
-- made the server's side of a batch slower than 0016's, which read a body sent beside the row
-- (docs/benchmarks.md, issue 20). From a variable, the fields are read in place.
CREATE OR REPLACE FUNCTION "loftesbot_log_activities"(entries jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
  n int := jsonb_array_length(entries);
  e jsonb;
  d jsonb;
  i int;
  j int := 0;
  k text;
  v_dup text;
  v_accepted jsonb := '{}';
  v_outcomes jsonb[] := array_fill(NULL::jsonb, ARRAY[n]);
  v_per_set jsonb := '{}';
  v_last_revision int;
  v_counted int;
  v_next_revision jsonb := '{}';
  v_revision int;
  v_seq int;
  v_hash text;
  v_activities jsonb[] := '{}';
  v_audits jsonb[] := '{}';
  v_audit jsonb;
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
  IF v_per_set <> '{}' THEN
    -- The audit chain's head, under the lock every writer of the chain takes last (audit-chain.ts).
    PERFORM pg_advisory_xact_lock(hashtext('loftesbot audit chain'));
    SELECT "seq", "hash" INTO v_seq, v_hash FROM "audit_entry"
    WHERE "seq" IS NOT NULL ORDER BY "seq" DESC LIMIT 1;
    v_seq := COALESCE(v_seq, 0);
    v_hash := COALESCE(v_hash, '');
    FOR i IN 0 .. n - 1 LOOP
      CONTINUE WHEN v_outcomes[i + 1] IS NOT NULL;
      e := entries->i;
      j := j + 1;
      v_revision := (v_next_revision->>(e->>'setKey'))::int;
      v_next_revision := v_next_revision || jsonb_build_object(e->>'setKey', v_revision + 1);
      v_activities[j] := e->'activity' || jsonb_build_object('createdRevision', v_revision);
      v_seq := v_seq + 1;
      v_audit := e->'audit';
      v_audits[j] := v_audit || jsonb_build_object(
        'seq', v_seq,
        'prevHash', v_hash,
        'hash', encode(sha256(convert_to(v_hash || E'\n' || v_seq::text || E'\n' || "loftesbot_audit_body"(v_audit), 'UTF8')), 'hex')
      );
      v_hash := v_audits[j]->>'hash';
      v_outcomes[i + 1] := jsonb_build_object('revision', v_revision);
    END LOOP;
    -- One statement per table; the function in FROM runs once a row.
    INSERT INTO "activity" SELECT r.* FROM unnest(v_activities) a, jsonb_populate_record(NULL::"activity", a) r;
    INSERT INTO "audit_entry" SELECT r.* FROM unnest(v_audits) a, jsonb_populate_record(NULL::"audit_entry", a) r;
  END IF;
  -- A duplicate's answer: the stored row (as stored: timestamps without zone, UTC) and the set's revision.
  FOR i IN 0 .. n - 1 LOOP
    CONTINUE WHEN NOT (v_outcomes[i + 1] ? 'duplicateId');
    v_outcomes[i + 1] := v_outcomes[i + 1] || jsonb_build_object(
      'row', (SELECT to_jsonb(t) FROM "activity" t WHERE t."id" = v_outcomes[i + 1]->>'duplicateId'),
      'revision', COALESCE((SELECT "revision" FROM "ledger_revision" WHERE "setKey" = entries->i->>'setKey'), 0)
    );
  END LOOP;
  RETURN to_jsonb(v_outcomes);
END
$fn$;
