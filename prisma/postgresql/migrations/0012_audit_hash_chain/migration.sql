-- AlterTable
ALTER TABLE "audit_entry" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "audit_entry_seq_key" ON "audit_entry"("seq");

-- Written by hand. The audit trail is append-only: no UPDATE or DELETE reaches a row.
CREATE FUNCTION "loftesbot_refuse_audit_change"() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END
$fn$;
CREATE TRIGGER "audit_entry_append_only" BEFORE UPDATE OR DELETE ON "audit_entry"
FOR EACH ROW EXECUTE FUNCTION "loftesbot_refuse_audit_change"();
CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry"
FOR EACH STATEMENT EXECUTE FUNCTION "loftesbot_refuse_audit_change"();

-- The hot write links its audit entries into the chain (body: audit-chain.ts auditBody, from the caller).
CREATE OR REPLACE FUNCTION "loftesbot_log_activities"(entries jsonb) RETURNS jsonb
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
  v_seq int;
  v_hash text;
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
  -- The audit chain's head, under the lock every writer of the chain takes last (audit-chain.ts).
  PERFORM pg_advisory_xact_lock(hashtext('loftesbot audit chain'));
  SELECT "seq", "hash" INTO v_seq, v_hash FROM "audit_entry"
  WHERE "seq" IS NOT NULL ORDER BY "seq" DESC LIMIT 1;
  v_seq := COALESCE(v_seq, 0);
  v_hash := COALESCE(v_hash, '');
  FOR i IN 0 .. n - 1 LOOP
    CONTINUE WHEN v_outcomes[i + 1] IS NOT NULL;
    e := entries->i;
    v_revision := (v_next_revision->>(e->>'setKey'))::int;
    v_next_revision := v_next_revision || jsonb_build_object(e->>'setKey', v_revision + 1);
    INSERT INTO "activity"
    SELECT (jsonb_populate_record(NULL::"activity", e->'activity' || jsonb_build_object('createdRevision', v_revision))).*;
    v_seq := v_seq + 1;
    INSERT INTO "audit_entry" SELECT (jsonb_populate_record(NULL::"audit_entry", e->'audit' || jsonb_build_object(
      'seq', v_seq,
      'prevHash', v_hash,
      'hash', encode(sha256(convert_to(v_hash || E'\n' || v_seq::text || E'\n' || (e->>'body'), 'UTF8')), 'hex')
    ))).*;
    v_hash := encode(sha256(convert_to(v_hash || E'\n' || v_seq::text || E'\n' || (e->>'body'), 'UTF8')), 'hex');
    v_outcomes[i + 1] := jsonb_build_object('revision', v_revision);
  END LOOP;
  RETURN to_jsonb(v_outcomes);
END
$fn$;
