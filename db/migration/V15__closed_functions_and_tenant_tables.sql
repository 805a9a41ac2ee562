-- Functions are closed by default: nobody but the owner executes a function of the schema unless a
-- migration grants it, and this migration holds the one list of what people may call. Also one
-- helper that gives a new tenant table the standard row-level security.

-- (a) Execute privileges -----------------------------------------------------------------------------

-- Functions the owner creates from now on are executable by nobody else until granted. This has to
-- be the role's global default: a per-schema default (IN SCHEMA quire) can only add to the global
-- defaults, never take back PUBLIC's EXECUTE (PostgreSQL's ALTER DEFAULT PRIVILEGES).
alter default privileges for role quire_owner revoke execute on functions from public;

-- And every function that exists: V1..V14 revoked most one by one; a few (content_hash and some
-- trigger functions) were still open to everyone.
revoke execute on all functions in schema quire from public;
revoke execute on all functions in schema quire from quire_member;

-- What a person (quire_member) may execute. Trigger functions need no grant: a trigger runs its
-- function without checking the caller's EXECUTE. SECURITY DEFINER functions run their helpers as
-- the owner, so those helpers need none either.
grant execute on function
    -- row-level security policies and the review_queue view call these as the person
    quire.current_person_id(), quire.my_org_ids(), quire.has_org_role(uuid, text[]),
    -- people and organizations (V2; each checks the caller's role itself)
    quire.is_schema_owner(), quire.create_organization(text), quire.add_person(uuid, text, text, text, text),
    quire.set_member_role(uuid, uuid, text), quire.deactivate_member(uuid, uuid),
    -- the manuscript tree (V4); these run as the caller, so their helpers and node_guard's need the grant too
    quire.insert_node(uuid, uuid, text, text, integer), quire.move_nodes(uuid[], uuid, integer),
    quire.move_node(uuid, uuid, integer), quire.trash_node(uuid), quire.restore_node(uuid),
    quire.node_kind_fits(text, text), quire.lock_children(uuid, uuid[]), quire.close_up(uuid, uuid, uuid[]),
    quire.tree_channel(uuid),
    -- revision history (V6)
    quire.thin_revisions(uuid, timestamptz),
    -- reviews (V9), comments (V10), the inbox (V9, V11)
    quire.submit_for_review(uuid, uuid), quire.resubmit_review(uuid), quire.claim_review(uuid),
    quire.release_review(uuid), quire.delegate_review(uuid, uuid, text), quire.decide_review(uuid, integer, text, text),
    quire.publish_review(uuid), quire.discard_review(uuid), quire.escalate_overdue_reviews(),
    quire.add_review_comment(uuid, uuid, integer, integer, text, text), quire.reply_review_comment(uuid, text),
    quire.resolve_review_thread(uuid, boolean),
    quire.mark_notification_read(uuid), quire.mark_all_notifications_read(uuid)
    to quire_member;

-- (b) Tenant tables ---------------------------------------------------------------------------------

-- What every tenant table gets (as V9 did for its tables): row-level security enabled and forced
-- (so the owner is held to policies too), the owner's own policy for the SECURITY DEFINER functions,
-- and members reading the rows of their organizations. A table adds its own write policies and
-- grants, and an audit trigger if its changes are audited. Owner-only: run by migrations.
create function quire.make_tenant_table(p_table regclass) returns void
    language plpgsql
    set search_path = quire, pg_temp
as $$
begin
    if not exists (select 1 from pg_class c where c.oid = p_table and c.relnamespace = 'quire'::regnamespace
                                             and c.relkind in ('r', 'p')) then
        raise exception '% is not a table of schema quire', p_table
            using errcode = 'wrong_object_type';
    end if;
    if not exists (select 1 from pg_attribute a where a.attrelid = p_table and a.attname = 'org_id'
                                                 and a.attnotnull and not a.attisdropped) then
        raise exception '% has no org_id not null: a tenant table carries its organization', p_table
            using errcode = 'invalid_table_definition';
    end if;
    execute format('alter table %s enable row level security', p_table);
    execute format('alter table %s force row level security', p_table);
    execute format('create policy owner_all on %s to quire_owner using (true) with check (true)', p_table);
    execute format('create policy member_read on %s for select to quire_member
                        using (org_id = any ((select quire.my_org_ids())::uuid[]))', p_table);
    execute format('grant select on %s to quire_member', p_table);
end
$$;
comment on function quire.make_tenant_table(regclass) is
    'Gives a tenant table (org_id not null) forced row-level security, the owner''s policy and members'' read policy.';
