-- Revision history: how many words each revision added and removed (older rows do not know), a
-- 'restored' kind (a text brought back from an earlier revision; never thinned), and thinning of
-- automatic revisions by age, recorded in the audit log.

alter table quire.revision
    add column words_added   integer check (words_added is null or words_added >= 0),
    add column words_removed integer check (words_removed is null or words_removed >= 0);

alter table quire.revision drop constraint revision_kind_check;
alter table quire.revision add constraint revision_kind_check
    check (kind in ('automatic', 'named', 'approved', 'conflict', 'restored'));

-- One summary row per thinning that removed something, beside the per-row DELETE rows (which,
-- like every revision audit row, leave the body out: see quire.audit_row).
alter table quire.audit_log drop constraint audit_log_action_check;
alter table quire.audit_log add constraint audit_log_action_check
    check (action in ('INSERT', 'UPDATE', 'DELETE', 'PRUNE'));

-- Thins a section's automatic revisions by age as of p_now: all younger than an hour stay; older
-- ones keep the newest per hour for a day, the newest per day for 30 days, and the newest per ISO
-- week after that. Buckets are UTC calendar hours, days and weeks, so that a bucket's survivor does
-- not change as time passes. Named, approved, conflict and restored revisions are never touched.
-- A null p_now is now; a future one is refused. Returns how many were removed.
create function quire.thin_revisions(p_node uuid, p_now timestamptz default now()) returns integer
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_now    timestamptz := coalesce(p_now, now());
    v_org    uuid;
    v_pruned integer;
    v_kept   integer;
begin
    select org_id into v_org from quire.node where id = p_node;
    -- The same answer for a node that does not exist and one of another organization: nothing
    -- about other organizations leaks through this function.
    if v_org is null or not (quire.has_org_role(v_org, 'writer', 'consultant', 'admin')
                             or quire.is_schema_owner()) then
        raise exception 'only a writer of this section''s organization can thin its revisions'
            using errcode = 'insufficient_privilege';
    end if;
    -- "As of" a future time would thin what the policy keeps today.
    if v_now > now() then
        raise exception 'revisions cannot be thinned as of a future time'
            using errcode = 'invalid_parameter_value';
    end if;
    -- Two thinnings of one section at once would report the same removals twice.
    perform pg_advisory_xact_lock(hashtextextended('quire.thin_revisions:' || p_node::text, 0));

    with automatic as (
        select r.id, r.created_at, v_now - r.created_at as age
        from quire.revision r
        where r.node_id = p_node and r.kind = 'automatic'
    ), bucketed as (
        select a.id, a.created_at,
               case when a.age < interval '1 hour' then 'all ' || a.id::text
                    when a.age < interval '1 day' then 'hour ' || date_trunc('hour', a.created_at, 'UTC')::text
                    when a.age < interval '30 days' then 'day ' || date_trunc('day', a.created_at, 'UTC')::text
                    else 'week ' || date_trunc('week', a.created_at, 'UTC')::text end as bucket
        from automatic a
    ), ranked as (
        select b.id, row_number() over (partition by b.bucket order by b.created_at desc, b.id desc) as rank
        from bucketed b
    ), pruned as (
        delete from quire.revision r using ranked k
        where r.id = k.id and k.rank > 1
        returning r.id
    )
    select count(*) into v_pruned from pruned;

    if v_pruned > 0 then
        select count(*) into v_kept from quire.revision where node_id = p_node and kind = 'automatic';
        insert into quire.audit_log (org_id, person_id, table_name, row_id, action, old_row, new_row)
        values (v_org, quire.current_person_id(), 'revision', p_node::text, 'PRUNE', null,
                jsonb_build_object('node_id', p_node, 'pruned', v_pruned, 'automatic_kept', v_kept,
                                   'as_of', v_now));
    end if;
    return v_pruned;
end
$$;

revoke execute on function quire.thin_revisions(uuid, timestamptz) from public;
grant execute on function quire.thin_revisions(uuid, timestamptz) to quire_member;
