-- Goals and writing sessions.
--
-- A project's goal lives where it always was, in project.word_goal and project.deadline (V1): the
-- project's policies already let writers, consultants and admins change it and everyone in the
-- organization read it, and the project's audit trigger logs each change. This migration adds who
-- set the goal and when, stamped by the database whenever the goal or the deadline changes.
--
-- A writing session is a stretch of writing on one section (start, end, words added and removed),
-- recorded when it ends, for today's progress and the dashboards to come. Sessions are an
-- append-only log that names its writer and time already, so they carry no audit trigger: one more
-- row per session in audit_log would double the log's growth and tell nothing new.

alter table quire.project
    add column goal_set_by uuid references quire.person (id),
    add column goal_set_at timestamptz;

-- A deadline without a goal means nothing; NOT VALID so that older rows do not block the upgrade.
alter table quire.project add constraint project_deadline_needs_goal
    check (deadline is null or word_goal is not null) not valid;

create function quire.project_goal_stamp() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        if new.word_goal is not null then
            new.goal_set_by := quire.current_person_id();
            new.goal_set_at := now();
        else
            new.goal_set_by := null;
            new.goal_set_at := null;
        end if;
    elsif new.word_goal is distinct from old.word_goal or new.deadline is distinct from old.deadline then
        new.goal_set_by := case when new.word_goal is null then null else quire.current_person_id() end;
        new.goal_set_at := case when new.word_goal is null then null else now() end;
    else
        new.goal_set_by := old.goal_set_by;
        new.goal_set_at := old.goal_set_at;
    end if;
    return new;
end
$$;
create trigger goal_stamp before insert or update on quire.project
    for each row execute function quire.project_goal_stamp();

create table quire.writing_session (
    id            uuid primary key default gen_random_uuid(),
    org_id        uuid not null,
    project_id    uuid not null,
    -- Null once the section itself is deleted for good: the session still counts for the project.
    node_id       uuid,
    person_id     uuid not null references quire.person (id),
    started_at    timestamptz not null,
    ended_at      timestamptz not null,
    words_added   integer not null check (words_added >= 0),
    words_removed integer not null check (words_removed >= 0),
    created_at    timestamptz not null default now(),
    constraint writing_session_ends_after_start check (ended_at >= started_at),
    foreign key (project_id, org_id) references quire.project (id, org_id),
    -- The section belongs to the session's project (and so to its organization).
    constraint writing_session_node_fk foreign key (node_id, project_id)
        references quire.node (id, project_id) on delete set null (node_id)
);
-- Today's words and the dashboards read sessions of a project by time.
create index writing_session_project_ended_idx on quire.writing_session (project_id, ended_at)
    include (person_id, words_added, words_removed);

-- The database, not the client, says whose session it is: nobody records writing for someone else.
create function quire.writing_session_stamp() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
begin
    new.person_id := case when quire.current_person_id() is null and quire.is_schema_owner()
                          then new.person_id else quire.current_person_id() end;
    new.created_at := now();
    return new;
end
$$;
create trigger stamp before insert on quire.writing_session
    for each row execute function quire.writing_session_stamp();
revoke execute on function quire.writing_session_stamp() from public;

alter table quire.writing_session enable row level security;
alter table quire.writing_session force row level security;
create policy owner_all on quire.writing_session to quire_owner using (true) with check (true);
create policy member_read on quire.writing_session for select to quire_member
    using (org_id = any ((select quire.my_org_ids())::uuid[]));
-- Those who may change text record their writing; editors read and comment, they do not write.
create policy author_insert on quire.writing_session for insert to quire_member
    with check (quire.has_org_role(org_id, 'writer', 'consultant', 'admin')
                and person_id = quire.current_person_id());
-- Append-only for members: no update, no delete.
grant select, insert on quire.writing_session to quire_member;
