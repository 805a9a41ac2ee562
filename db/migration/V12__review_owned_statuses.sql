-- "In review", "approved" and "published" are what review decisions say about a node (ADR 0016): the
-- review functions set them (they run as the owner). A member cannot give a node one of them by hand,
-- by insert or update, so the tree never claims an approval nobody gave. Leaving one (back to draft,
-- or discarded) stays allowed: it claims less, never more.
create function quire.guard_review_status() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
begin
    if pg_has_role(current_user, 'quire_owner', 'MEMBER') then
        return new;
    end if;
    if new.status in ('in_review', 'approved', 'published')
       and (tg_op = 'INSERT' or new.status is distinct from old.status) then
        raise exception '“%” comes from review decisions: submit the text for review instead', replace(new.status, '_', ' ')
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;
revoke execute on function quire.guard_review_status() from public;

create trigger guard_review_status before insert or update of status on quire.node
    for each row execute function quire.guard_review_status();
