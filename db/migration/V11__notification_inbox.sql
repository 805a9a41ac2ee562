-- The notifications inbox (issue 5): "mark all as read" in one call, and indexes for its two reads,
-- both per person: the unread count and a keyset page newest first, (created_at desc, id desc).

-- Every unread notification of the caller in their organizations, read now; returns how many.
-- Only through this function: members have no update grant on quire.notification.
create function quire.mark_all_notifications_read(p_org uuid default null) returns integer
    language sql security definer
    set search_path = quire, pg_temp
as $$
    with marked as (
        update quire.notification set read_at = now()
         where person_id = quire.current_person_id() and read_at is null
           and org_id = any (quire.my_org_ids()) and (p_org is null or org_id = p_org)
        returning 1)
    select count(*)::integer from marked
$$;
revoke execute on function quire.mark_all_notifications_read(uuid) from public;
grant execute on function quire.mark_all_notifications_read(uuid) to quire_member;

-- A page of everything, newest first: one range of this index whatever page is asked for.
create index notification_person_newest_idx on quire.notification (person_id, created_at desc, id desc);

-- Unread only (the count and the "Unread only" page): V9's partial index lacked the id that breaks
-- ties between equal timestamps, so the keyset order needed a sort; org_id rides along so the
-- count's row-level security check (my organizations) needs no visit to the table.
create index notification_person_unread_idx on quire.notification (person_id, created_at desc, id desc)
    include (org_id) where read_at is null;
drop index quire.notification_person_idx;
