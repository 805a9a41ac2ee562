-- People management through SECURITY DEFINER functions: a person is a PostgreSQL login role plus
-- a person row; only an organization's admins (or the schema owner, to bootstrap) may add people,
-- change their roles or deactivate them. These rules hold for anyone connecting with psql.

create function quire.is_schema_owner() returns boolean
    language sql stable
    set search_path = quire, pg_temp
as $$
    select pg_has_role(session_user, n.nspowner, 'MEMBER')
    from pg_namespace n where n.nspname = 'quire'
$$;

create function quire.require_admin(p_org uuid) returns void
    language plpgsql stable security definer
    set search_path = quire, pg_temp
as $$
begin
    if not (quire.has_org_role(p_org, 'admin') or quire.is_schema_owner()) then
        raise exception 'only an admin of this organization can manage its people'
            using errcode = 'insufficient_privilege';
    end if;
end
$$;

create function quire.create_organization(p_name text) returns uuid
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_person uuid := quire.current_person_id();
    v_org    uuid;
begin
    if v_person is null and not quire.is_schema_owner() then
        raise exception 'only a Quire person can create an organization'
            using errcode = 'insufficient_privilege';
    end if;
    insert into quire.organization (name) values (btrim(p_name)) returning id into v_org;
    if v_person is not null then
        insert into quire.membership (org_id, person_id, role) values (v_org, v_person, 'admin');
    end if;
    return v_org;
end
$$;

create function quire.add_person(p_org uuid, p_role_name text, p_display_name text, p_role text,
                                 p_password text default null) returns uuid
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_person uuid;
begin
    perform quire.require_admin(p_org);
    if p_role_name is null or p_role_name !~ '^[a-z][a-z0-9_]{1,62}$' or p_role_name like 'pg\_%' then
        raise exception 'a login name is 2 to 63 lowercase letters, digits or underscores, starting with a letter'
            using errcode = 'invalid_parameter_value';
    end if;
    if p_role not in ('writer', 'editor', 'consultant', 'admin') then
        raise exception 'unknown role %; use writer, editor, consultant or admin', p_role
            using errcode = 'invalid_parameter_value';
    end if;

    select id into v_person from quire.person where role_name = p_role_name;
    if v_person is null then
        if exists (select 1 from pg_roles where rolname = p_role_name) then
            raise exception 'the database role % already exists and is not a Quire person', p_role_name
                using errcode = 'duplicate_object';
        end if;
        -- p_password is expected as a SCRAM verifier computed by the client, so the password
        -- itself never reaches the server (nor its logs, should this statement fail).
        if p_password is null then
            execute format('create role %I login in role quire_member', p_role_name);
        else
            execute format('create role %I login password %L in role quire_member', p_role_name, p_password);
        end if;
        insert into quire.person (role_name, display_name)
        values (p_role_name, btrim(p_display_name))
        returning id into v_person;
    else
        -- An existing person belongs to their organizations: only an admin of one of them (or
        -- the owner) may bring them into another, so nobody can pull in, or re-enable, a login
        -- that another organization manages.
        if not (quire.is_schema_owner() or exists (
                select 1 from quire.membership mine
                join quire.membership theirs on theirs.org_id = mine.org_id
                where mine.person_id = quire.current_person_id() and mine.role = 'admin' and mine.active
                  and theirs.person_id = v_person)) then
            raise exception 'the login % belongs to someone in another organization; ask the Quire owner to add them', p_role_name
                using errcode = 'insufficient_privilege';
        end if;
        update quire.person set active = true where id = v_person;
        execute format('alter role %I login', p_role_name);
    end if;

    insert into quire.membership (org_id, person_id, role)
    values (p_org, v_person, p_role)
    on conflict (org_id, person_id) do update set role = excluded.role, active = true;
    return v_person;
end
$$;

create function quire.refuse_losing_last_admin(p_org uuid, p_person uuid) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
begin
    -- Two admins demoting each other at once must not leave the organization without one: the
    -- organization's row serializes these checks.
    perform 1 from quire.organization where id = p_org for update;
    if exists (select 1 from quire.membership
               where org_id = p_org and person_id = p_person and role = 'admin' and active)
       and (select count(*) from quire.membership
            where org_id = p_org and role = 'admin' and active) = 1 then
        raise exception 'an organization needs at least one active admin'
            using errcode = 'check_violation';
    end if;
end
$$;

create function quire.set_member_role(p_org uuid, p_person uuid, p_role text) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
begin
    perform quire.require_admin(p_org);
    if p_role not in ('writer', 'editor', 'consultant', 'admin') then
        raise exception 'unknown role %; use writer, editor, consultant or admin', p_role
            using errcode = 'invalid_parameter_value';
    end if;
    if p_role <> 'admin' then
        perform quire.refuse_losing_last_admin(p_org, p_person);
    end if;
    update quire.membership set role = p_role where org_id = p_org and person_id = p_person;
    if not found then
        raise exception 'that person is not a member of this organization'
            using errcode = 'no_data_found';
    end if;
end
$$;

create function quire.deactivate_member(p_org uuid, p_person uuid) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_role_name text;
begin
    perform quire.require_admin(p_org);
    perform quire.refuse_losing_last_admin(p_org, p_person);
    update quire.membership set active = false
    where org_id = p_org and person_id = p_person and active;
    if not found then
        raise exception 'that person is not an active member of this organization'
            using errcode = 'no_data_found';
    end if;
    -- Someone who belongs nowhere any more can no longer sign in.
    if not exists (select 1 from quire.membership where person_id = p_person and active) then
        update quire.person set active = false where id = p_person returning role_name into v_role_name;
        execute format('alter role %I nologin', v_role_name);
    end if;
end
$$;

revoke execute on all functions in schema quire from public;
grant execute on function quire.current_person_id(), quire.my_org_ids(), quire.has_org_role(uuid, text[]),
    quire.is_schema_owner(), quire.create_organization(text),
    quire.add_person(uuid, text, text, text, text), quire.set_member_role(uuid, uuid, text),
    quire.deactivate_member(uuid, uuid)
    to quire_member;
