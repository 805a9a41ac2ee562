-- Security core: organizations, people mapped to PostgreSQL login roles, memberships with roles,
-- projects, and an append-only audit log. Runs as the owner role (quire_owner), which owns the
-- schema; people sign in as their own login roles, members of the group role quire_member.
-- Row-level security is enabled AND forced on every table; the owner role has its own policies
-- so that the SECURITY DEFINER functions below can do their work.

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'quire_member') then
        create role quire_member nologin;
    end if;
end
$$;

grant usage on schema quire to quire_member;
grant select on quire.flyway_schema_history to quire_member;

create table quire.organization (
    id         uuid primary key default gen_random_uuid(),
    name       text not null check (length(btrim(name)) between 1 and 200),
    created_at timestamptz not null default now()
);

create table quire.person (
    id           uuid primary key default gen_random_uuid(),
    role_name    text not null unique check (role_name ~ '^[a-z][a-z0-9_]{1,62}$'),
    display_name text not null check (length(btrim(display_name)) between 1 and 200),
    email        text check (email is null or length(email) <= 320),
    active       boolean not null default true,
    created_at   timestamptz not null default now()
);

create table quire.membership (
    org_id     uuid not null references quire.organization (id),
    person_id  uuid not null references quire.person (id),
    role       text not null check (role in ('writer', 'editor', 'consultant', 'admin')),
    active     boolean not null default true,
    created_at timestamptz not null default now(),
    primary key (org_id, person_id)
);
create index membership_person_idx on quire.membership (person_id);

create table quire.project (
    id          uuid primary key default gen_random_uuid(),
    org_id      uuid not null references quire.organization (id),
    kind        text not null check (kind in ('book', 'blog', 'campaign')),
    title       text not null check (length(btrim(title)) between 1 and 300),
    description text not null default '' check (length(description) <= 10000),
    word_goal   integer check (word_goal is null or word_goal > 0),
    deadline    date,
    settings    jsonb not null default '{}'::jsonb,
    archived_at timestamptz,
    created_by  uuid references quire.person (id),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer not null default 1
);
create index project_org_idx on quire.project (org_id, archived_at);

create table quire.audit_log (
    id         bigint generated always as identity primary key,
    org_id     uuid not null references quire.organization (id),
    at         timestamptz not null default clock_timestamp(),
    person_id  uuid,
    db_user    text not null default session_user,
    table_name text not null,
    row_id     text,
    action     text not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
    old_row    jsonb,
    new_row    jsonb
);
create index audit_log_org_at_idx on quire.audit_log (org_id, at desc);

-- Who is signed in: the person whose role is the session user. session_user, not current_user,
-- so that the answer stays the caller's inside SECURITY DEFINER functions.
create function quire.current_person_id() returns uuid
    language sql stable security definer
    set search_path = quire, pg_temp
as $$
    select p.id from quire.person p where p.role_name = session_user and p.active
$$;

create function quire.my_org_ids() returns uuid[]
    language sql stable security definer
    set search_path = quire, pg_temp
as $$
    select coalesce(array_agg(m.org_id), '{}')
    from quire.membership m
    join quire.person p on p.id = m.person_id
    where p.role_name = session_user and p.active and m.active
$$;

create function quire.has_org_role(p_org uuid, variadic p_roles text[]) returns boolean
    language sql stable security definer
    set search_path = quire, pg_temp
as $$
    select exists (
        select 1
        from quire.membership m
        join quire.person p on p.id = m.person_id
        where m.org_id = p_org and p.role_name = session_user and p.active and m.active
          and m.role = any (p_roles))
$$;

-- The owner bypasses nothing by accident: it gets explicit policies, everyone else goes through
-- membership. (FORCE makes the table owner subject to policies too.)
alter table quire.organization enable row level security;
alter table quire.organization force row level security;
create policy owner_all on quire.organization to quire_owner using (true) with check (true);
create policy member_read on quire.organization for select to quire_member
    using (id = any ((select quire.my_org_ids())::uuid[]));
create policy admin_rename on quire.organization for update to quire_member
    using (quire.has_org_role(id, 'admin')) with check (quire.has_org_role(id, 'admin'));
grant select, update (name) on quire.organization to quire_member;

alter table quire.person enable row level security;
alter table quire.person force row level security;
create policy owner_all on quire.person to quire_owner using (true) with check (true);
create policy member_read on quire.person for select to quire_member
    using (role_name = session_user
        or id in (select m.person_id from quire.membership m
                  where m.org_id = any ((select quire.my_org_ids())::uuid[])));
create policy self_update on quire.person for update to quire_member
    using (role_name = session_user) with check (role_name = session_user);
grant select, update (display_name, email) on quire.person to quire_member;

alter table quire.membership enable row level security;
alter table quire.membership force row level security;
create policy owner_all on quire.membership to quire_owner using (true) with check (true);
create policy member_read on quire.membership for select to quire_member
    using (org_id = any ((select quire.my_org_ids())::uuid[]));
grant select on quire.membership to quire_member;

alter table quire.project enable row level security;
alter table quire.project force row level security;
create policy owner_all on quire.project to quire_owner using (true) with check (true);
create policy member_read on quire.project for select to quire_member
    using (org_id = any ((select quire.my_org_ids())::uuid[]));
create policy author_insert on quire.project for insert to quire_member
    with check (quire.has_org_role(org_id, 'writer', 'consultant', 'admin'));
create policy author_update on quire.project for update to quire_member
    using (quire.has_org_role(org_id, 'writer', 'consultant', 'admin'))
    with check (quire.has_org_role(org_id, 'writer', 'consultant', 'admin'));
grant select, insert, update on quire.project to quire_member;

alter table quire.audit_log enable row level security;
alter table quire.audit_log force row level security;
create policy owner_insert on quire.audit_log for insert to quire_owner with check (true);
create policy owner_read on quire.audit_log for select to quire_owner using (true);
create policy admin_read on quire.audit_log for select to quire_member
    using (quire.has_org_role(org_id, 'admin'));
grant select on quire.audit_log to quire_member;

-- Audit: every change to a tenant row, with who made it. Runs as the owner so that members need
-- no privilege on the log itself.
create function quire.audit_row() returns trigger
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    -- Text bodies stay out of the log: revisions keep text history, and a copy of every body
    -- here would double the database's size for nothing.
    v_old jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - 'body' end;
    v_new jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - 'body' end;
    v_row jsonb := coalesce(v_new, v_old);
    v_org uuid;
begin
    v_org := case when tg_table_name = 'organization' then (v_row ->> 'id')::uuid
                  else (v_row ->> 'org_id')::uuid end;
    insert into quire.audit_log (org_id, person_id, table_name, row_id, action, old_row, new_row)
    values (v_org, quire.current_person_id(), tg_table_name,
            coalesce(v_row ->> 'id', v_row ->> 'person_id'), tg_op, v_old, v_new);
    return null;
end
$$;

create trigger audit after insert or update or delete on quire.organization
    for each row execute function quire.audit_row();
create trigger audit after insert or update or delete on quire.membership
    for each row execute function quire.audit_row();
create trigger audit after insert or update or delete on quire.project
    for each row execute function quire.audit_row();

-- The log is append-only for everyone, the owner included.
create function quire.refuse_audit_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'the audit log is append-only'
        using errcode = 'insufficient_privilege';
end
$$;
create trigger append_only before update or delete on quire.audit_log
    for each row execute function quire.refuse_audit_change();
create trigger append_only_truncate before truncate on quire.audit_log
    for each statement execute function quire.refuse_audit_change();

-- Projects: the database fills in who created them, keeps updated_at honest, and keeps a project
-- in its organization (a writer of two organizations must not carry one across). A person cannot
-- claim someone else created a project; only the owner (no person) may set created_by itself.
create function quire.project_stamp() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        new.created_by := case when quire.current_person_id() is null and quire.is_schema_owner()
                               then new.created_by else quire.current_person_id() end;
    else
        if new.org_id <> old.org_id then
            raise exception 'a project cannot move to another organization'
                using errcode = 'insufficient_privilege';
        end if;
        new.updated_at := now();
        new.created_by := old.created_by;
        new.created_at := old.created_at;
    end if;
    return new;
end
$$;
create trigger stamp before insert or update on quire.project
    for each row execute function quire.project_stamp();
