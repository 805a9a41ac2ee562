-- "In review", "approved" and "published" are what review decisions say about a node (ADR 0016): the
-- review functions set them and take them back (they run as the owner). A member can neither give a
-- node one of them nor take it away, by insert or update, so the tree never claims an approval nobody
-- gave, and never hides a review that is going on.
create function quire.guard_review_status() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
begin
    if pg_has_role(current_user, 'quire_owner', 'MEMBER') then
        return new;
    end if;
    if tg_op = 'INSERT' and new.status in ('in_review', 'approved', 'published') then
        raise exception '“%” comes from review decisions: submit the text for review instead', replace(new.status, '_', ' ')
            using errcode = 'insufficient_privilege';
    end if;
    if tg_op = 'UPDATE' and new.status is distinct from old.status
       and (new.status in ('in_review', 'approved', 'published') or old.status in ('in_review', 'approved', 'published')) then
        raise exception '“%” comes from review decisions: only a review changes it',
            replace(case when new.status in ('in_review', 'approved', 'published') then new.status else old.status end, '_', ' ')
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;
revoke execute on function quire.guard_review_status() from public;

create trigger guard_review_status before insert or update of status on quire.node
    for each row execute function quire.guard_review_status();

-- Every organization keeps exactly one default workflow (submitting without one would fail): checked
-- when the transaction commits, so an admin can still move the default from one template to another.
create function quire.check_default_workflow() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
begin
    if exists (select 1 from quire.organization o where o.id = old.org_id)
       and not exists (select 1 from quire.workflow_template t where t.org_id = old.org_id and t.is_default) then
        raise exception 'an organization keeps a default workflow: make another one the default first'
            using errcode = 'object_in_use';
    end if;
    return null;
end
$$;
revoke execute on function quire.check_default_workflow() from public;

create constraint trigger keep_default_workflow after update of is_default or delete on quire.workflow_template
    deferrable initially deferred
    for each row execute function quire.check_default_workflow();

-- A submitted chapter or book shows where its review stands too, not only its sections.
create or replace function quire.set_review_status(p_request quire.review_request, p_status text) returns void
    language sql security definer
    set search_path = quire, pg_temp
as $$
    update quire.node set status = p_status
     where (id in (select rs.node_id from quire.review_section rs where rs.request_id = p_request.id)
            or id = p_request.node_id)
       and status is distinct from p_status
$$;
revoke execute on function quire.set_review_status(quire.review_request, text) from public;
