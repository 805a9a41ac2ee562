-- Review workflows (ADR 0016): templates of ordered steps per organization, requests that pin the
-- content of every section they cover, append-only decisions and events, notifications, and the
-- rules, enforced here so that they hold for anyone connecting as themselves: only the step's role
-- decides, nobody decides on their own submission, steps go in order, the number of approvals is
-- respected, and a decision on text that changed after submission is refused. Members read review
-- rows of their organizations; they change them only through the functions below. Admins edit
-- their organization's templates directly.

-- Revisions: the text as submitted, and when an approved text was published.
alter table quire.revision drop constraint revision_kind_check;
alter table quire.revision add constraint revision_kind_check
    check (kind in ('automatic', 'named', 'approved', 'conflict', 'restored', 'submitted'));
alter table quire.revision add column published_at timestamptz;
-- Submitted and approved revisions are written only by the review functions: a member who could
-- insert one would fake the text a reviewer's comparison starts from.
drop policy author_insert on quire.revision;
create policy author_insert on quire.revision for insert to quire_member
    with check (kind in ('automatic', 'named', 'conflict', 'restored')
                and quire.has_org_role(org_id, 'writer', 'consultant', 'admin'));

create function quire.content_hash(p_body text) returns text
    language sql immutable
as $$ select encode(sha256(convert_to(p_body, 'UTF8')), 'hex') $$;

-- Templates ---------------------------------------------------------------------------------------

create table quire.workflow_template (
    id         uuid primary key default gen_random_uuid(),
    org_id     uuid not null references quire.organization (id),
    name       text not null check (length(btrim(name)) between 1 and 200),
    is_default boolean not null default false,
    created_at timestamptz not null default now(),
    version    integer not null default 1,
    constraint workflow_template_id_org_key unique (id, org_id)
);
create unique index workflow_template_one_default on quire.workflow_template (org_id) where is_default;

create table quire.workflow_step (
    id               uuid primary key default gen_random_uuid(),
    org_id           uuid not null,
    template_id      uuid not null,
    position         integer not null check (position >= 1),
    name             text not null check (length(btrim(name)) between 1 and 200),
    decider_role     text not null check (decider_role in ('writer', 'editor', 'consultant', 'admin')),
    approvals_needed integer not null default 1 check (approvals_needed between 1 and 6),
    sla_hours        integer not null default 48 check (sla_hours between 1 and 8760),
    escalate_role    text check (escalate_role in ('writer', 'editor', 'consultant', 'admin')),
    escalate_person  uuid references quire.person (id),
    foreign key (template_id, org_id) references quire.workflow_template (id, org_id) on delete cascade,
    constraint workflow_step_one_target check (escalate_role is null or escalate_person is null),
    constraint workflow_step_position_key unique (template_id, position) deferrable initially immediate
);

create function quire.add_default_template(p_org uuid) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_template uuid;
begin
    insert into quire.workflow_template (org_id, name, is_default)
    values (p_org, 'Copy edit → Final approval', true) returning id into v_template;
    insert into quire.workflow_step (org_id, template_id, position, name, decider_role, approvals_needed,
                                     sla_hours, escalate_role)
    values (p_org, v_template, 1, 'Copy edit', 'editor', 1, 48, 'admin'),
           (p_org, v_template, 2, 'Final approval', 'admin', 1, 72, null);
end
$$;
revoke execute on function quire.add_default_template(uuid) from public;

create function quire.organization_default_template() returns trigger
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
begin
    perform quire.add_default_template(new.id);
    return null;
end
$$;
revoke execute on function quire.organization_default_template() from public;
create trigger default_template after insert on quire.organization
    for each row execute function quire.organization_default_template();

select quire.add_default_template(o.id) from quire.organization o;

-- An escalation goes to someone of the organization: nobody outside it learns of its requests.
create function quire.workflow_step_guard() returns trigger
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
begin
    if new.escalate_person is not null and not exists (
            select 1 from quire.membership m where m.org_id = new.org_id and m.person_id = new.escalate_person
               and m.active) then
        raise exception 'a step escalates to a member of its organization' using errcode = 'invalid_parameter_value';
    end if;
    return new;
end
$$;
revoke execute on function quire.workflow_step_guard() from public;
create trigger guard before insert or update of escalate_person, org_id on quire.workflow_step
    for each row execute function quire.workflow_step_guard();

-- Requests ----------------------------------------------------------------------------------------

create table quire.review_request (
    id           uuid primary key default gen_random_uuid(),
    org_id       uuid not null,
    project_id   uuid not null,
    node_id      uuid not null,
    template_id  uuid,
    title        text not null,
    state        text not null default 'in_review'
        check (state in ('in_review', 'changes_requested', 'approved', 'published', 'discarded')),
    current_step integer not null default 1,
    round        integer not null default 1,
    submitted_by uuid not null references quire.person (id),
    submitted_at timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    foreign key (project_id, org_id) references quire.project (id, org_id),
    foreign key (node_id, org_id) references quire.node (id, org_id),
    constraint review_request_id_org_key unique (id, org_id)
);
create index review_request_org_state_idx on quire.review_request (org_id, state);
create index review_request_node_idx on quire.review_request (node_id);

create table quire.review_step (
    request_id       uuid not null,
    org_id           uuid not null,
    position         integer not null,
    name             text not null,
    decider_role     text not null,
    approvals_needed integer not null,
    sla_hours        integer not null,
    escalate_role    text,
    escalate_person  uuid,
    started_at       timestamptz,
    due_at           timestamptz,
    claimed_by       uuid references quire.person (id),
    claimed_at       timestamptz,
    delegated_to     uuid references quire.person (id),
    escalated_at     timestamptz,
    completed_at     timestamptz,
    primary key (request_id, position),
    foreign key (request_id, org_id) references quire.review_request (id, org_id)
);
-- The queue: open steps by the role that decides them, soonest due first (keyset pages).
create index review_step_queue_idx on quire.review_step (decider_role, due_at, request_id)
    where completed_at is null and started_at is not null;
create index review_step_escalated_idx on quire.review_step (due_at, request_id)
    where completed_at is null and escalated_at is not null;
create index review_step_delegated_idx on quire.review_step (delegated_to) where delegated_to is not null;

create table quire.review_section (
    request_id         uuid not null,
    org_id             uuid not null,
    node_id            uuid not null,
    position           integer not null,
    pinned_hash        text not null,
    pinned_revision_id uuid references quire.revision (id),
    approved_hash      text,
    state              text not null default 'pending' check (state in ('pending', 'approved', 'withdrawn')),
    primary key (request_id, node_id),
    foreign key (request_id, org_id) references quire.review_request (id, org_id),
    foreign key (node_id, org_id) references quire.node (id, org_id)
);
create index review_section_node_idx on quire.review_section (node_id);

create table quire.review_decision (
    id            uuid primary key default gen_random_uuid(),
    org_id        uuid not null,
    request_id    uuid not null,
    step_position integer not null,
    round         integer not null,
    person_id     uuid not null references quire.person (id),
    decision      text not null check (decision in ('approve', 'request_changes', 'reject')),
    comment       text not null default '' check (length(comment) <= 20000),
    hashes        jsonb not null,
    decided_at    timestamptz not null default clock_timestamp(),
    foreign key (request_id, org_id) references quire.review_request (id, org_id)
);
-- One approval per person, step and round: the count of approvals is a count of people.
create unique index review_decision_one_approval on quire.review_decision (request_id, step_position, round, person_id)
    where decision = 'approve';

create table quire.review_event (
    id         bigint generated always as identity primary key,
    org_id     uuid not null,
    request_id uuid not null,
    node_id    uuid,
    person_id  uuid,
    kind       text not null check (kind in ('submitted', 'claimed', 'released', 'delegated', 'escalated',
                                             'decided', 'withdrawn', 'resubmitted', 'published', 'discarded')),
    detail     jsonb not null default '{}'::jsonb,
    at         timestamptz not null default clock_timestamp(),
    foreign key (request_id, org_id) references quire.review_request (id, org_id)
);
create index review_event_request_idx on quire.review_event (request_id, id);

create table quire.notification (
    id         uuid primary key default gen_random_uuid(),
    org_id     uuid not null references quire.organization (id),
    person_id  uuid not null references quire.person (id),
    kind       text not null check (kind in ('assigned', 'decision', 'mention', 'escalation')),
    request_id uuid,
    message    text not null,
    created_at timestamptz not null default clock_timestamp(),
    read_at    timestamptz,
    foreign key (request_id, org_id) references quire.review_request (id, org_id)
);
create index notification_person_idx on quire.notification (person_id, created_at desc) where read_at is null;

-- History is append-only for everyone, the owner included (as the audit log is).
create function quire.refuse_history_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'review history is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;
create trigger append_only before update or delete on quire.review_decision
    for each row execute function quire.refuse_history_change();
create trigger append_only before update or delete on quire.review_event
    for each row execute function quire.refuse_history_change();
create trigger append_only_truncate before truncate on quire.review_decision
    for each statement execute function quire.refuse_history_change();
create trigger append_only_truncate before truncate on quire.review_event
    for each statement execute function quire.refuse_history_change();

-- Row-level security --------------------------------------------------------------------------------

do $$
declare
    t text;
begin
    foreach t in array array['workflow_template', 'workflow_step', 'review_request', 'review_step',
                             'review_section', 'review_decision', 'review_event']
    loop
        execute format('alter table quire.%I enable row level security', t);
        execute format('alter table quire.%I force row level security', t);
        execute format('create policy owner_all on quire.%I to quire_owner using (true) with check (true)', t);
        execute format('create policy member_read on quire.%I for select to quire_member
                            using (org_id = any ((select quire.my_org_ids())::uuid[]))', t);
        execute format('grant select on quire.%I to quire_member', t);
    end loop;
end
$$;

create policy admin_insert on quire.workflow_template for insert to quire_member
    with check (quire.has_org_role(org_id, 'admin'));
create policy admin_update on quire.workflow_template for update to quire_member
    using (quire.has_org_role(org_id, 'admin')) with check (quire.has_org_role(org_id, 'admin'));
create policy admin_delete on quire.workflow_template for delete to quire_member
    using (quire.has_org_role(org_id, 'admin'));
grant insert, update, delete on quire.workflow_template to quire_member;
create policy admin_insert on quire.workflow_step for insert to quire_member
    with check (quire.has_org_role(org_id, 'admin'));
create policy admin_update on quire.workflow_step for update to quire_member
    using (quire.has_org_role(org_id, 'admin')) with check (quire.has_org_role(org_id, 'admin'));
create policy admin_delete on quire.workflow_step for delete to quire_member
    using (quire.has_org_role(org_id, 'admin'));
grant insert, update, delete on quire.workflow_step to quire_member;

alter table quire.notification enable row level security;
alter table quire.notification force row level security;
create policy owner_all on quire.notification to quire_owner using (true) with check (true);
create policy own_read on quire.notification for select to quire_member
    using (person_id = quire.current_person_id() and org_id = any ((select quire.my_org_ids())::uuid[]));
grant select on quire.notification to quire_member;

create trigger audit after insert or update or delete on quire.workflow_template
    for each row execute function quire.audit_row();
create trigger audit after insert or update or delete on quire.workflow_step
    for each row execute function quire.audit_row();
create trigger audit after insert or update or delete on quire.review_request
    for each row execute function quire.audit_row();

-- Helpers (not callable by members) -----------------------------------------------------------------

create function quire.review_signal(p_org uuid, p_request uuid) returns void
    language sql security definer
    set search_path = quire, pg_temp
as $$ select pg_notify('review_' || replace(p_org::text, '-', ''), p_request::text) $$;

create function quire.review_log(p_request quire.review_request, p_kind text, p_node uuid, p_detail jsonb)
    returns void
    language sql security definer
    set search_path = quire, pg_temp
as $$
    insert into quire.review_event (org_id, request_id, node_id, person_id, kind, detail)
    values (p_request.org_id, p_request.id, p_node, quire.current_person_id(), p_kind, coalesce(p_detail, '{}'::jsonb))
$$;

create function quire.notify_person(p_org uuid, p_person uuid, p_kind text, p_request uuid, p_message text)
    returns void
    language sql security definer
    set search_path = quire, pg_temp
as $$
    insert into quire.notification (org_id, person_id, kind, request_id, message)
    select p_org, p_person, p_kind, p_request, p_message
     where exists (select 1 from quire.membership m join quire.person p on p.id = m.person_id
                    where m.org_id = p_org and m.person_id = p_person and m.active and p.active)
$$;

create function quire.notify_role(p_org uuid, p_role text, p_kind text, p_request uuid, p_message text,
                                  p_except uuid) returns void
    language sql security definer
    set search_path = quire, pg_temp
as $$
    insert into quire.notification (org_id, person_id, kind, request_id, message)
    select p_org, m.person_id, p_kind, p_request, p_message
      from quire.membership m join quire.person p on p.id = m.person_id
     where m.org_id = p_org and m.role = p_role and m.active and p.active
       and m.person_id is distinct from p_except
$$;

-- Starts step p_position of a request: due time from its SLA, deciders told.
create function quire.start_review_step(p_request quire.review_request, p_position integer) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_step quire.review_step;
begin
    update quire.review_step
       set started_at = now(), due_at = now() + make_interval(hours => sla_hours), completed_at = null,
           claimed_by = null, claimed_at = null, delegated_to = null, escalated_at = null
     where request_id = p_request.id and position = p_position
    returning * into v_step;
    perform quire.notify_role(p_request.org_id, v_step.decider_role, 'assigned', p_request.id,
        '“' || p_request.title || '” waits for ' || v_step.name, p_request.submitted_by);
end
$$;

-- The sections a node covers, in binder order: the node itself if it is a section, else every live
-- section under it.
create function quire.sections_under(p_node uuid) returns table (node_id uuid, place integer)
    language sql stable security definer
    set search_path = quire, pg_temp
as $$
    with recursive walk as (
        select n.id, n.kind, array[n.position] as path
          from quire.node n where n.id = p_node and n.deleted_at is null
        union all
        select c.id, c.kind, w.path || c.position
          from quire.node c join walk w on c.parent_id = w.id
         where c.deleted_at is null
    )
    select id, (row_number() over (order by path))::integer from walk where kind = 'section'
$$;

-- The caller may decide the request's current step: its role, the step was delegated to them, or
-- it was escalated to them. Every comparison is made null-safe: a NULL here would let anyone through.
create function quire.may_decide(p_request quire.review_request, p_step quire.review_step) returns boolean
    language sql stable security definer
    set search_path = quire, pg_temp
as $$
    select coalesce(p_step.delegated_to = quire.current_person_id(), false)
        or (p_step.delegated_to is null and quire.has_org_role(p_request.org_id, p_step.decider_role))
        or (p_step.escalated_at is not null
            and (coalesce(p_step.escalate_person = quire.current_person_id(), false)
                 or (p_step.escalate_role is not null and quire.has_org_role(p_request.org_id, p_step.escalate_role))))
$$;

-- Whether the caller submitted this request or any text pinned in it (a resubmission, or an edit
-- that sent approved text back to review): nobody decides on text they submitted.
create function quire.submitted_by_me(p_request quire.review_request) returns boolean
    language sql stable security definer
    set search_path = quire, pg_temp
as $$
    select quire.current_person_id() is null
        or p_request.submitted_by = quire.current_person_id()
        or exists (select 1 from quire.review_section rs join quire.revision rv on rv.id = rs.pinned_revision_id
                    where rs.request_id = p_request.id and rv.author = quire.current_person_id())
$$;

-- The request's submitter, or an admin of its organization: who may resubmit, publish or discard it.
create function quire.owns_request(p_request quire.review_request) returns boolean
    language sql stable security definer
    set search_path = quire, pg_temp
as $$
    select coalesce(p_request.submitted_by = quire.current_person_id(), false)
        or quire.has_org_role(p_request.org_id, 'admin')
$$;

-- The binder shows where each section of a request stands (the tree hears it through V8's signal).
create function quire.set_review_status(p_request quire.review_request, p_status text) returns void
    language sql security definer
    set search_path = quire, pg_temp
as $$
    update quire.node set status = p_status
     where id in (select rs.node_id from quire.review_section rs where rs.request_id = p_request.id)
       and status is distinct from p_status
$$;

do $$
declare
    f text;
begin
    foreach f in array array['quire.review_signal(uuid, uuid)', 'quire.submitted_by_me(quire.review_request)',
                             'quire.set_review_status(quire.review_request, text)',
                             'quire.owns_request(quire.review_request)',
                             'quire.review_log(quire.review_request, text, uuid, jsonb)',
                             'quire.notify_person(uuid, uuid, text, uuid, text)',
                             'quire.notify_role(uuid, text, text, uuid, text, uuid)',
                             'quire.start_review_step(quire.review_request, integer)',
                             'quire.sections_under(uuid)',
                             'quire.may_decide(quire.review_request, quire.review_step)']
    loop
        execute format('revoke execute on function %s from public', f);
    end loop;
end
$$;

-- Submitting --------------------------------------------------------------------------------------

create function quire.submit_for_review(p_node uuid, p_template uuid default null) returns uuid
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_node     quire.node;
    v_template uuid;
    v_request  quire.review_request;
    v_person   uuid := quire.current_person_id();
    v_section  record;
    v_revision uuid;
begin
    select * into v_node from quire.node where id = p_node and deleted_at is null;
    if not found or not quire.has_org_role(v_node.org_id, 'writer', 'consultant', 'admin', 'editor') then
        raise exception 'this part of the manuscript is gone or not visible to you' using errcode = 'no_data_found';
    end if;
    if not quire.has_org_role(v_node.org_id, 'writer', 'consultant', 'admin') then
        raise exception 'only writers, consultants and admins submit text for review'
            using errcode = 'insufficient_privilege';
    end if;
    select t.id into v_template from quire.workflow_template t
     where t.org_id = v_node.org_id and (t.id = p_template or (p_template is null and t.is_default));
    if v_template is null or not exists (select 1 from quire.workflow_step s where s.template_id = v_template) then
        raise exception 'no review workflow to submit to: ask an admin to set one up'
            using errcode = 'object_not_in_prerequisite_state';
    end if;
    if not exists (select 1 from quire.sections_under(p_node)) then
        raise exception 'there is no section with text in “%” to review', v_node.title
            using errcode = 'object_not_in_prerequisite_state';
    end if;
    -- Two submissions covering the same section at once: the second waits here, then sees the first.
    perform 1 from quire.node n where n.id in (select s.node_id from quire.sections_under(p_node) s)
      order by n.id for update;
    if exists (select 1 from quire.sections_under(p_node) s
                 join quire.review_section rs on rs.node_id = s.node_id
                 join quire.review_request r on r.id = rs.request_id
                where r.state in ('in_review', 'changes_requested')) then
        raise exception 'part of “%” is already waiting for review', v_node.title
            using errcode = 'object_not_in_prerequisite_state';
    end if;

    insert into quire.review_request (org_id, project_id, node_id, template_id, title, submitted_by)
    values (v_node.org_id, v_node.project_id, v_node.id, v_template, v_node.title, v_person)
    returning * into v_request;
    insert into quire.review_step (request_id, org_id, position, name, decider_role, approvals_needed, sla_hours,
                                   escalate_role, escalate_person)
    select v_request.id, v_request.org_id, row_number() over (order by s.position), s.name, s.decider_role,
           s.approvals_needed, s.sla_hours, s.escalate_role, s.escalate_person
      from quire.workflow_step s where s.template_id = v_template;
    for v_section in
        select s.node_id, s.place, coalesce(c.body, '') as body, coalesce(c.word_count, 0) as words,
               coalesce(c.version, 0) as version
          from quire.sections_under(p_node) s left join quire.node_content c on c.node_id = s.node_id
    loop
        insert into quire.revision (org_id, node_id, kind, name, body, content_hash, words, base_version)
        values (v_request.org_id, v_section.node_id, 'submitted', 'Submitted for review', v_section.body, '',
                v_section.words, v_section.version)
        returning id into v_revision;
        insert into quire.review_section (request_id, org_id, node_id, position, pinned_hash, pinned_revision_id)
        values (v_request.id, v_request.org_id, v_section.node_id, v_section.place,
                quire.content_hash(v_section.body), v_revision);
    end loop;
    perform quire.start_review_step(v_request, 1);
    perform quire.set_review_status(v_request, 'in_review');
    perform quire.review_log(v_request, 'submitted', null, jsonb_build_object('template', v_template));
    perform quire.review_signal(v_request.org_id, v_request.id);
    return v_request.id;
end
$$;

-- Locks a request for a change and returns it; refuses requests the caller cannot see.
create function quire.lock_review(p_request uuid) returns quire.review_request
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request;
begin
    select * into v_request from quire.review_request
     where id = p_request and org_id = any (quire.my_org_ids()) for update;
    if not found then
        raise exception 'this review request is gone or not visible to you' using errcode = 'no_data_found';
    end if;
    return v_request;
end
$$;
revoke execute on function quire.lock_review(uuid) from public;

create function quire.current_review_step(p_request quire.review_request) returns quire.review_step
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_step quire.review_step;
begin
    if p_request.state <> 'in_review' then
        raise exception 'this request is not waiting for a decision (it is %)', replace(p_request.state, '_', ' ')
            using errcode = 'object_not_in_prerequisite_state';
    end if;
    select * into v_step from quire.review_step
     where request_id = p_request.id and position = p_request.current_step;
    return v_step;
end
$$;
revoke execute on function quire.current_review_step(quire.review_request) from public;

-- Claiming and delegating ---------------------------------------------------------------------------

create function quire.claim_review(p_request uuid) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request := quire.lock_review(p_request);
    v_step    quire.review_step := quire.current_review_step(v_request);
    v_person  uuid := quire.current_person_id();
begin
    if quire.submitted_by_me(v_request) then
        raise exception 'nobody decides on their own submission' using errcode = 'insufficient_privilege';
    end if;
    if not quire.may_decide(v_request, v_step) then
        raise exception 'you cannot take this step: it is for %', v_step.decider_role || 's'
            using errcode = 'insufficient_privilege';
    end if;
    if v_step.claimed_by is not null and v_step.claimed_by <> v_person then
        raise exception 'someone else has already taken this step' using errcode = 'object_not_in_prerequisite_state';
    end if;
    update quire.review_step set claimed_by = v_person, claimed_at = now()
     where request_id = v_request.id and position = v_step.position;
    perform quire.review_log(v_request, 'claimed', null, jsonb_build_object('step', v_step.position));
    perform quire.review_signal(v_request.org_id, v_request.id);
end
$$;

create function quire.release_review(p_request uuid) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request := quire.lock_review(p_request);
    v_step    quire.review_step := quire.current_review_step(v_request);
begin
    if v_step.claimed_by is distinct from quire.current_person_id()
       and not quire.has_org_role(v_request.org_id, 'admin') then
        raise exception 'only the one who took this step, or an admin, can release it'
            using errcode = 'insufficient_privilege';
    end if;
    update quire.review_step set claimed_by = null, claimed_at = null
     where request_id = v_request.id and position = v_step.position;
    perform quire.review_log(v_request, 'released', null, jsonb_build_object('step', v_step.position));
    perform quire.review_signal(v_request.org_id, v_request.id);
end
$$;

create function quire.delegate_review(p_request uuid, p_person uuid, p_reason text) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request := quire.lock_review(p_request);
    v_step    quire.review_step := quire.current_review_step(v_request);
begin
    if quire.submitted_by_me(v_request) then
        raise exception 'nobody chooses who decides on their own submission' using errcode = 'insufficient_privilege';
    end if;
    if not (quire.may_decide(v_request, v_step) or quire.has_org_role(v_request.org_id, 'admin')) then
        raise exception 'only someone who may decide this step, or an admin, can delegate it'
            using errcode = 'insufficient_privilege';
    end if;
    if p_person = v_request.submitted_by then
        raise exception 'nobody decides on their own submission' using errcode = 'insufficient_privilege';
    end if;
    if not exists (select 1 from quire.membership m join quire.person p on p.id = m.person_id
                    where m.org_id = v_request.org_id and m.person_id = p_person and m.active and p.active) then
        raise exception 'a step can only be delegated to an active member of this organization'
            using errcode = 'invalid_parameter_value';
    end if;
    if length(btrim(coalesce(p_reason, ''))) = 0 then
        raise exception 'say why you delegate this step' using errcode = 'invalid_parameter_value';
    end if;
    update quire.review_step set delegated_to = p_person, claimed_by = p_person, claimed_at = now()
     where request_id = v_request.id and position = v_step.position;
    perform quire.notify_person(v_request.org_id, p_person, 'assigned', v_request.id,
        '“' || v_request.title || '” was delegated to you: ' || btrim(p_reason));
    perform quire.review_log(v_request, 'delegated', null,
        jsonb_build_object('step', v_step.position, 'to', p_person, 'reason', btrim(p_reason)));
    perform quire.review_signal(v_request.org_id, v_request.id);
end
$$;

-- Deciding ------------------------------------------------------------------------------------------

create function quire.decide_review(p_request uuid, p_step integer, p_decision text, p_comment text)
    returns text
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request  quire.review_request := quire.lock_review(p_request);
    v_step     quire.review_step;
    v_person   uuid := quire.current_person_id();
    v_comment  text := btrim(coalesce(p_comment, ''));
    v_changed  text;
    v_hashes   jsonb;
    v_approved integer;
    v_last     integer;
begin
    if p_decision not in ('approve', 'request_changes', 'reject') then
        raise exception 'a decision is approve, request_changes or reject' using errcode = 'invalid_parameter_value';
    end if;
    v_step := quire.current_review_step(v_request);
    if quire.submitted_by_me(v_request) then
        raise exception 'nobody decides on their own submission' using errcode = 'insufficient_privilege';
    end if;
    if p_step is null then
        raise exception 'say which step you decide' using errcode = 'invalid_parameter_value';
    end if;
    if p_step < v_request.current_step then
        raise exception 'step % was already decided (someone else may just have decided it)', p_step
            using errcode = 'object_not_in_prerequisite_state';
    end if;
    if p_step > v_request.current_step then
        raise exception 'steps go in order: this request is at step % (%), not %', v_step.position, v_step.name, p_step
            using errcode = 'object_not_in_prerequisite_state';
    end if;
    if not quire.may_decide(v_request, v_step) then
        raise exception 'this step (%) is decided by %', v_step.name, v_step.decider_role || 's'
            using errcode = 'insufficient_privilege';
    end if;
    if p_decision <> 'approve' and v_comment = '' then
        raise exception 'say what should change (or why it is rejected) in a comment'
            using errcode = 'invalid_parameter_value';
    end if;
    -- A save of these sections waits until this decision is made, then finds it (and withdraws it
    -- if the text differs): no text can change unseen between this check and the approval.
    perform 1 from quire.node_content c
     where c.node_id in (select rs.node_id from quire.review_section rs where rs.request_id = v_request.id)
     order by c.node_id for share;
    select n.title into v_changed
      from quire.review_section rs join quire.node n on n.id = rs.node_id
      left join quire.node_content c on c.node_id = rs.node_id
     where rs.request_id = v_request.id and rs.state <> 'approved'
       and quire.content_hash(coalesce(c.body, '')) <> rs.pinned_hash
     limit 1;
    if v_changed is not null then
        raise exception 'the text of “%” changed after it was submitted: it must be submitted again', v_changed
            using errcode = 'object_not_in_prerequisite_state';
    end if;
    if p_decision = 'approve' and exists (select 1 from quire.review_decision d
            where d.request_id = v_request.id and d.step_position = v_step.position and d.round = v_request.round
              and d.person_id = v_person and d.decision = 'approve') then
        raise exception 'you have already approved this step' using errcode = 'object_not_in_prerequisite_state';
    end if;

    select coalesce(jsonb_object_agg(rs.node_id, rs.pinned_hash), '{}'::jsonb) into v_hashes
      from quire.review_section rs where rs.request_id = v_request.id;
    insert into quire.review_decision (org_id, request_id, step_position, round, person_id, decision, comment, hashes)
    values (v_request.org_id, v_request.id, v_step.position, v_request.round, v_person, p_decision, v_comment, v_hashes);
    perform quire.review_log(v_request, 'decided', null,
        jsonb_build_object('step', v_step.position, 'decision', p_decision, 'round', v_request.round));

    if p_decision = 'approve' then
        select count(*) into v_approved from quire.review_decision d
         where d.request_id = v_request.id and d.step_position = v_step.position and d.round = v_request.round
           and d.decision = 'approve';
        if v_approved >= v_step.approvals_needed then
            update quire.review_step set completed_at = now()
             where request_id = v_request.id and position = v_step.position;
            select max(position) into v_last from quire.review_step where request_id = v_request.id;
            if v_step.position < v_last then
                update quire.review_request set current_step = v_step.position + 1, updated_at = now()
                 where id = v_request.id returning * into v_request;
                perform quire.start_review_step(v_request, v_request.current_step);
            else
                perform quire.approve_sections(v_request);
                update quire.review_request set state = 'approved', updated_at = now()
                 where id = v_request.id returning * into v_request;
            end if;
        end if;
    elsif p_decision = 'request_changes' then
        update quire.review_request set state = 'changes_requested', updated_at = now()
         where id = v_request.id returning * into v_request;
        perform quire.set_review_status(v_request, 'draft');
    else
        update quire.review_request set state = 'discarded', updated_at = now()
         where id = v_request.id returning * into v_request;
        perform quire.set_review_status(v_request, 'draft');
    end if;
    if v_request.state <> 'in_review' or p_decision <> 'approve' then
        perform quire.notify_person(v_request.org_id, v_request.submitted_by, 'decision', v_request.id,
            '“' || v_request.title || '”: ' || replace(v_request.state, '_', ' '));
    end if;
    perform quire.review_signal(v_request.org_id, v_request.id);
    return v_request.state;
end
$$;

-- Every section of a request whose last step approved it: its pinned text becomes the approved one.
create function quire.approve_sections(p_request quire.review_request) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_section record;
begin
    for v_section in
        select rs.node_id, r.body, r.words, r.base_version
          from quire.review_section rs join quire.revision r on r.id = rs.pinned_revision_id
         where rs.request_id = p_request.id and rs.state <> 'approved'
    loop
        insert into quire.revision (org_id, node_id, kind, name, body, content_hash, words, base_version)
        values (p_request.org_id, v_section.node_id, 'approved', 'Approved', v_section.body, '', v_section.words,
                v_section.base_version);
    end loop;
    update quire.review_section set approved_hash = pinned_hash, state = 'approved'
     where request_id = p_request.id;
    perform quire.set_review_status(p_request, 'approved');
end
$$;
revoke execute on function quire.approve_sections(quire.review_request) from public;

-- A new round from the first step: changed sections pinned again, unchanged approved ones kept.
create function quire.restart_review(p_request quire.review_request) returns quire.review_request
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request;
begin
    perform quire.repin_sections(p_request);
    update quire.review_request set state = 'in_review', current_step = 1, round = round + 1, updated_at = now()
     where id = p_request.id returning * into v_request;
    update quire.review_step set completed_at = null, started_at = null, due_at = null
     where request_id = v_request.id;
    perform quire.start_review_step(v_request, 1);
    perform quire.set_review_status(v_request, 'in_review');
    return v_request;
end
$$;
revoke execute on function quire.restart_review(quire.review_request) from public;

create function quire.resubmit_review(p_request uuid) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request := quire.lock_review(p_request);
begin
    if not quire.owns_request(v_request) or not quire.has_org_role(v_request.org_id, 'writer', 'consultant', 'admin') then
        raise exception 'only the one who submitted it, or an admin, submits it again'
            using errcode = 'insufficient_privilege';
    end if;
    if not (v_request.state = 'changes_requested'
            or (v_request.state = 'in_review' and exists (
                select 1 from quire.review_section rs left join quire.node_content c on c.node_id = rs.node_id
                 where rs.request_id = v_request.id and rs.state <> 'approved'
                   and quire.content_hash(coalesce(c.body, '')) <> rs.pinned_hash))) then
        raise exception 'only a request with changes asked for, or with text changed since, can be submitted again'
            using errcode = 'object_not_in_prerequisite_state';
    end if;
    v_request := quire.restart_review(v_request);
    perform quire.review_log(v_request, 'resubmitted', null, jsonb_build_object('round', v_request.round));
    perform quire.review_signal(v_request.org_id, v_request.id);
end
$$;

-- Sections whose text differs from what was pinned get their current text pinned (and kept as a
-- submitted revision); sections still holding their approved text stay approved.
create function quire.repin_sections(p_request quire.review_request) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_section  record;
    v_revision uuid;
begin
    for v_section in
        select rs.node_id, rs.approved_hash, coalesce(c.body, '') as body, coalesce(c.word_count, 0) as words,
               coalesce(c.version, 0) as version, rs.pinned_hash
          from quire.review_section rs left join quire.node_content c on c.node_id = rs.node_id
         where rs.request_id = p_request.id
    loop
        if quire.content_hash(v_section.body) is not distinct from v_section.approved_hash then
            update quire.review_section set state = 'approved', pinned_hash = v_section.approved_hash
             where request_id = p_request.id and node_id = v_section.node_id;
        elsif quire.content_hash(v_section.body) <> v_section.pinned_hash then
            insert into quire.revision (org_id, node_id, kind, name, body, content_hash, words, base_version)
            values (p_request.org_id, v_section.node_id, 'submitted', 'Submitted again', v_section.body, '',
                    v_section.words, v_section.version)
            returning id into v_revision;
            update quire.review_section
               set pinned_hash = quire.content_hash(v_section.body), pinned_revision_id = v_revision, state = 'pending'
             where request_id = p_request.id and node_id = v_section.node_id;
        else
            update quire.review_section set state = 'pending'
             where request_id = p_request.id and node_id = v_section.node_id and state <> 'approved';
        end if;
    end loop;
end
$$;
revoke execute on function quire.repin_sections(quire.review_request) from public;

-- Publishing and discarding -------------------------------------------------------------------------

create function quire.publish_review(p_request uuid) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request := quire.lock_review(p_request);
begin
    if not quire.owns_request(v_request) or not quire.has_org_role(v_request.org_id, 'writer', 'consultant', 'admin') then
        raise exception 'only the one who submitted it, or an admin, publishes it' using errcode = 'insufficient_privilege';
    end if;
    perform 1 from quire.node_content c
     where c.node_id in (select rs.node_id from quire.review_section rs where rs.request_id = v_request.id)
     order by c.node_id for share;
    if v_request.state <> 'approved' then
        raise exception 'only an approved request can be published (this one is %)', replace(v_request.state, '_', ' ')
            using errcode = 'object_not_in_prerequisite_state';
    end if;
    update quire.revision r set published_at = now()
     where r.kind = 'approved' and r.published_at is null
       and r.node_id in (select node_id from quire.review_section where request_id = v_request.id)
       and r.content_hash in (select approved_hash from quire.review_section where request_id = v_request.id);
    perform quire.set_review_status(v_request, 'published');
    update quire.review_request set state = 'published', updated_at = now() where id = v_request.id
    returning * into v_request;
    perform quire.review_log(v_request, 'published', null, '{}'::jsonb);
    perform quire.review_signal(v_request.org_id, v_request.id);
end
$$;

create function quire.discard_review(p_request uuid) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request := quire.lock_review(p_request);
begin
    if not quire.owns_request(v_request) then
        raise exception 'only the one who submitted it, or an admin, can discard a request'
            using errcode = 'insufficient_privilege';
    end if;
    if v_request.state in ('published', 'discarded') then
        raise exception 'this request is already %', v_request.state using errcode = 'object_not_in_prerequisite_state';
    end if;
    update quire.review_request set state = 'discarded', updated_at = now() where id = v_request.id
    returning * into v_request;
    perform quire.set_review_status(v_request, 'draft');
    perform quire.review_log(v_request, 'discarded', null, '{}'::jsonb);
    perform quire.review_signal(v_request.org_id, v_request.id);
end
$$;

-- Escalation ----------------------------------------------------------------------------------------

-- Idempotent and safe with many callers: each overdue step's request is locked (SKIP LOCKED, in the
-- order decide_review locks, request before step) and the step marked, so other callers skip it now
-- and find it escalated later.
create function quire.escalate_overdue_reviews() returns integer
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_due     record;
    v_step    quire.review_step;
    v_request quire.review_request;
    v_count   integer := 0;
begin
    for v_due in
        select s.request_id, s.position
          from quire.review_step s join quire.review_request r on r.id = s.request_id
         where r.state = 'in_review' and s.position = r.current_step and s.completed_at is null
           and s.escalated_at is null and s.due_at < now() and s.org_id = any (quire.my_org_ids())
         order by s.request_id
    loop
        select * into v_request from quire.review_request
         where id = v_due.request_id and state = 'in_review' and current_step = v_due.position
           for update skip locked;
        if not found then
            continue;
        end if;
        update quire.review_step set escalated_at = now()
         where request_id = v_due.request_id and position = v_due.position
           and escalated_at is null and completed_at is null and due_at < now()
        returning * into v_step;
        if not found then
            continue;
        end if;
        if v_step.escalate_person is not null then
            perform quire.notify_person(v_request.org_id, v_step.escalate_person, 'escalation', v_request.id,
                '“' || v_request.title || '” is overdue at ' || v_step.name);
        elsif v_step.escalate_role is not null then
            perform quire.notify_role(v_request.org_id, v_step.escalate_role, 'escalation', v_request.id,
                '“' || v_request.title || '” is overdue at ' || v_step.name, v_request.submitted_by);
        end if;
        perform quire.review_log(v_request, 'escalated', null,
            jsonb_build_object('step', v_step.position, 'to_role', v_step.escalate_role, 'to', v_step.escalate_person));
        perform quire.review_signal(v_request.org_id, v_request.id);
        v_count := v_count + 1;
    end loop;
    return v_count;
end
$$;

create function quire.mark_notification_read(p_id uuid) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
begin
    update quire.notification set read_at = coalesce(read_at, now())
     where id = p_id and person_id = quire.current_person_id();
    if not found then
        raise exception 'this notification is gone or not yours' using errcode = 'no_data_found';
    end if;
end
$$;

-- Withdrawal when approved text changes ---------------------------------------------------------

create function quire.withdraw_changed_approvals() returns trigger
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_section record;
    v_request quire.review_request;
    v_hash    text;
begin
    -- Most saves touch no approved section of an open request: hash only when one exists.
    if new.body is not distinct from old.body
       or not exists (select 1 from quire.review_section rs join quire.review_request r on r.id = rs.request_id
                       where rs.node_id = new.node_id and rs.state = 'approved'
                         and r.state in ('in_review', 'changes_requested', 'approved')) then
        return null;
    end if;
    v_hash := quire.content_hash(new.body);
    for v_section in
        select rs.request_id from quire.review_section rs join quire.review_request r on r.id = rs.request_id
         where rs.node_id = new.node_id and rs.state = 'approved' and rs.approved_hash <> v_hash
           and r.state in ('in_review', 'changes_requested', 'approved')
         order by r.id
           for update of r
    loop
        update quire.review_section set state = 'withdrawn'
         where request_id = v_section.request_id and node_id = new.node_id;
        select * into v_request from quire.review_request where id = v_section.request_id;
        if v_request.state = 'approved' then
            v_request := quire.restart_review(v_request);
        end if;
        perform quire.review_log(v_request, 'withdrawn', new.node_id, '{}'::jsonb);
        perform quire.review_signal(v_request.org_id, v_request.id);
    end loop;
    return null;
end
$$;
revoke execute on function quire.withdraw_changed_approvals() from public;
create trigger withdraw_approvals after update of body on quire.node_content
    for each row execute function quire.withdraw_changed_approvals();

-- The queue -------------------------------------------------------------------------------------------

create view quire.review_queue with (security_invoker = true) as
select r.id as request_id, r.org_id, r.project_id, r.node_id, r.title, r.round, r.submitted_by, r.submitted_at,
       s.position as step_position, s.name as step_name, s.decider_role, s.due_at, s.due_at < now() as overdue,
       s.claimed_by, s.delegated_to, s.escalated_at
  from quire.review_step s join quire.review_request r on r.id = s.request_id
 where r.state = 'in_review' and s.position = r.current_step and s.completed_at is null and s.started_at is not null
   and r.submitted_by is distinct from quire.current_person_id()
   and (s.delegated_to = quire.current_person_id()
        or (s.delegated_to is null and quire.has_org_role(r.org_id, s.decider_role))
        or (s.escalated_at is not null and (s.escalate_person = quire.current_person_id()
            or quire.has_org_role(r.org_id, s.escalate_role))));
grant select on quire.review_queue to quire_member;

do $$
declare
    f text;
begin
    foreach f in array array['quire.submit_for_review(uuid, uuid)', 'quire.claim_review(uuid)',
                             'quire.release_review(uuid)', 'quire.delegate_review(uuid, uuid, text)',
                             'quire.decide_review(uuid, integer, text, text)', 'quire.resubmit_review(uuid)',
                             'quire.publish_review(uuid)', 'quire.discard_review(uuid)',
                             'quire.escalate_overdue_reviews()', 'quire.mark_notification_read(uuid)']
    loop
        execute format('revoke execute on function %s from public', f);
        execute format('grant execute on function %s to quire_member', f);
    end loop;
end
$$;
