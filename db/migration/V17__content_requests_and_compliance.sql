-- Content requests and their compliance (issue 12). A consultant asks for content from a section:
-- a content request names the section and the exact template version to fill. Each check of a
-- variant (one platform, filled from one version of the section's text) is kept as a compliance
-- result, never changed, so that a score trend can be drawn. An organization may set the lowest
-- score it submits for review at; quire.submit_for_review refuses below it, for the app and psql alike.
-- Tables go through quire.make_tenant_table (V15); consultants and admins write, as in V16.

-- Content requests ------------------------------------------------------------------------------------

create table quire.content_request (
    id               uuid        not null,
    org_id           uuid        not null,
    node_id          uuid        not null,
    template_id      uuid        not null,
    template_version bigint      not null,
    title            text        not null,
    version          bigint      not null default 1,
    created_by       uuid,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    constraint content_request_pkey primary key (id),
    constraint content_request_id_org_key unique (id, org_id),
    constraint content_request_node_fkey foreign key (node_id, org_id) references quire.node (id, org_id)
        on delete cascade,
    -- A template that content was asked of stays (delete the requests first).
    constraint content_request_template_fkey foreign key (template_id, org_id)
        references quire.content_template (id, org_id),
    constraint content_request_template_version_fkey foreign key (template_id, template_version)
        references quire.template_version (template_id, version),
    constraint content_request_created_by_fkey foreign key (created_by) references quire.person (id),
    constraint content_request_title_check check (length(btrim(title)) between 1 and 200),
    constraint content_request_version_check check (version >= 1)
);
create index content_request_node_idx on quire.content_request (node_id);
create index content_request_template_idx on quire.content_request (template_id, template_version);
comment on table quire.content_request is
    'Content asked of a section: which section fills which template version; its variants'' checks are '
    'in compliance_result.';

create trigger stamp before insert or update on quire.content_request
    for each row execute function quire.brand_row_stamp();

-- Content comes from a section's text. Refuses only what the caller can see is not a section: a node
-- it cannot see is left to the foreign key and row-level security, which say so in their own words.
create function quire.content_request_guard() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
declare
    v_kind  text;
    v_title text;
begin
    select n.kind, n.title into v_kind, v_title from quire.node n where n.id = new.node_id;
    if v_kind is not null and v_kind <> 'section' then
        raise exception 'content is asked of a section, and “%” is a %: choose one of its sections', v_title, v_kind
            using errcode = 'invalid_parameter_value';
    end if;
    return new;
end
$$;
create trigger guard before insert or update of node_id on quire.content_request
    for each row execute function quire.content_request_guard();

create trigger audit after insert or update or delete on quire.content_request
    for each row execute function quire.audit_row();

-- Compliance results ---------------------------------------------------------------------------------

create table quire.compliance_result (
    id            uuid        not null default gen_random_uuid(),
    org_id        uuid        not null,
    request_id    uuid        not null,
    platform      text        not null,
    text_version  bigint      not null,
    content_hash  text        not null,
    checks_run    integer     not null,
    checks_passed integer     not null,
    -- The database computes the score, so it is always passed ÷ run (1 when nothing ran).
    score         numeric     generated always as
        (case when checks_run = 0 then 1 else checks_passed::numeric / checks_run end) stored,
    findings      jsonb       not null default '[]'::jsonb,
    computed_by   uuid,
    computed_at   timestamptz not null default clock_timestamp(),
    constraint compliance_result_pkey primary key (id),
    -- The request's results go with it (run as the table's owner, so append-only holds for members).
    constraint compliance_result_request_fkey foreign key (request_id, org_id)
        references quire.content_request (id, org_id) on delete cascade,
    constraint compliance_result_computed_by_fkey foreign key (computed_by) references quire.person (id),
    constraint compliance_result_platform_check check (platform ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(platform) <= 80),
    constraint compliance_result_text_version_check check (text_version >= 0),
    constraint compliance_result_content_hash_check check (content_hash ~ '^[0-9a-f]{64}$'),
    constraint compliance_result_checks_check check (0 <= checks_passed and checks_passed <= checks_run),
    constraint compliance_result_score_check check (score between 0 and 1),
    constraint compliance_result_findings_check check (jsonb_typeof(findings) = 'array')
);
-- The gate and the trend read the newest result of a request, platform and text version.
create index compliance_result_latest_idx
    on quire.compliance_result (request_id, platform, text_version, computed_at desc, id);
comment on table quire.compliance_result is
    'One check of one variant of a content request: platform (a platform-spec id), the section text version it '
    'was filled from, checks run and passed, findings [{"rule","severity","where","measured","threshold",'
    '"message"}]. Append-only.';

-- Who computed it and when is the database's to say.
create function quire.compliance_result_stamp() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
begin
    new.computed_by := case when quire.current_person_id() is null and quire.is_schema_owner()
                            then new.computed_by else quire.current_person_id() end;
    new.computed_at := clock_timestamp();
    return new;
end
$$;
create trigger stamp before insert on quire.compliance_result
    for each row execute function quire.compliance_result_stamp();

-- A result never changes, for the owner neither; it goes only with its request.
create function quire.refuse_compliance_result_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'a compliance result never changes: check the variant again to record a new one'
        using errcode = 'insufficient_privilege';
end
$$;
create trigger append_only before update on quire.compliance_result
    for each row execute function quire.refuse_compliance_result_change();

-- The organization's brand policy ---------------------------------------------------------------------

create table quire.org_brand_policy (
    org_id         uuid        not null,
    min_compliance numeric,
    version        bigint      not null default 1,
    created_by     uuid,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    constraint org_brand_policy_pkey primary key (org_id),
    constraint org_brand_policy_org_fkey foreign key (org_id) references quire.organization (id),
    constraint org_brand_policy_created_by_fkey foreign key (created_by) references quire.person (id),
    constraint org_brand_policy_min_compliance_check check (min_compliance between 0 and 1),
    constraint org_brand_policy_version_check check (version >= 1)
);
comment on table quire.org_brand_policy is
    'An organization''s brand policy: the lowest compliance score (0..1) at which content is submitted for '
    'review; none (null, or no row) lets every score through. Set by admins.';

create trigger stamp before insert or update on quire.org_brand_policy
    for each row execute function quire.brand_row_stamp();
create trigger audit after insert or update or delete on quire.org_brand_policy
    for each row execute function quire.audit_row();

-- Row-level security and grants ---------------------------------------------------------------------------

select quire.make_tenant_table(t::regclass)
  from unnest(array['quire.content_request', 'quire.compliance_result', 'quire.org_brand_policy']) t;

create policy brand_insert on quire.content_request for insert to quire_member
    with check (quire.has_org_role(org_id, 'consultant', 'admin'));
create policy brand_update on quire.content_request for update to quire_member
    using (quire.has_org_role(org_id, 'consultant', 'admin'))
    with check (quire.has_org_role(org_id, 'consultant', 'admin'));
create policy brand_delete on quire.content_request for delete to quire_member
    using (quire.has_org_role(org_id, 'consultant', 'admin'));
grant insert, delete, update (title) on quire.content_request to quire_member;

-- Results are added, never updated or deleted, by members.
create policy brand_insert on quire.compliance_result for insert to quire_member
    with check (quire.has_org_role(org_id, 'consultant', 'admin'));
grant insert (id, org_id, request_id, platform, text_version, content_hash, checks_run, checks_passed, findings)
    on quire.compliance_result to quire_member;

create policy admin_insert on quire.org_brand_policy for insert to quire_member
    with check (quire.has_org_role(org_id, 'admin'));
create policy admin_update on quire.org_brand_policy for update to quire_member
    using (quire.has_org_role(org_id, 'admin')) with check (quire.has_org_role(org_id, 'admin'));
grant insert (org_id, min_compliance), update (min_compliance) on quire.org_brand_policy to quire_member;

-- The gate ------------------------------------------------------------------------------------------------

-- 'instagram-story' → 'Instagram story', for messages.
create function quire.platform_words(p_platform text) returns text
    language sql immutable
as $$ select upper(left(replace(p_platform, '-', ' '), 1)) || substr(replace(p_platform, '-', ' '), 2) $$;

-- The first reason why content asked of the sections under p_node keeps them from review: a
-- platform whose newest result for the section's current text scores under the organization's
-- lowest score, a platform not checked since the text changed, or a request never checked. Null
-- when nothing stops it, and always null without a lowest score. Owner-only (submit_for_review's helper).
create function quire.compliance_refusal(p_org uuid, p_node uuid) returns text
    language plpgsql stable security definer
    set search_path = quire, pg_temp
as $$
declare
    v_min     numeric;
    v_request record;
    v_result  record;
begin
    select p.min_compliance into v_min from quire.org_brand_policy p where p.org_id = p_org;
    if v_min is null then
        return null;
    end if;
    for v_request in
        select cr.id, cr.title, coalesce(c.version, 0) as text_version
          from quire.sections_under(p_node) s
          join quire.content_request cr on cr.node_id = s.node_id
          left join quire.node_content c on c.node_id = s.node_id
         order by s.place, lower(cr.title), cr.id
    loop
        if not exists (select 1 from quire.compliance_result r where r.request_id = v_request.id) then
            return format('“%s” has not been checked for brand compliance yet: check it before submitting',
                          v_request.title);
        end if;
        for v_result in
            select p.platform, latest.score
              from (select distinct r.platform from quire.compliance_result r where r.request_id = v_request.id) p
              left join lateral (
                  select r.score from quire.compliance_result r
                   where r.request_id = v_request.id and r.platform = p.platform
                     and r.text_version = v_request.text_version
                   order by r.computed_at desc, r.id desc limit 1) latest on true
             order by latest.score is not null, latest.score, p.platform
        loop
            if v_result.score is null then
                return format('“%s” for %s has not been checked since the text changed: check it again before submitting',
                              v_request.title, quire.platform_words(v_result.platform));
            elsif v_result.score < v_min then
                return format('“%s” scores %s %% for %s; this organization submits at %s %% or more: fix the findings first',
                              v_request.title, floor(v_result.score * 100)::integer,
                              quire.platform_words(v_result.platform), trim_scale(round(v_min * 100, 1)));
            end if;
        end loop;
    end loop;
    return null;
end
$$;

-- As in V9, with one more rule after the sections are locked: content asked of them must meet the
-- organization's lowest compliance score (QU002, "fix the content first").
create or replace function quire.submit_for_review(p_node uuid, p_template uuid default null) returns uuid
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
    v_refusal  text;
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
    -- The text cannot change under the check: its rows are locked until the submission commits.
    perform 1 from quire.node_content c where c.node_id in (select s.node_id from quire.sections_under(p_node) s)
      order by c.node_id for share;
    v_refusal := quire.compliance_refusal(v_node.org_id, p_node);
    if v_refusal is not null then
        raise exception '%', v_refusal using errcode = 'QU002';
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
