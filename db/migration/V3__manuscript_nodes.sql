-- The manuscript tree (book → part → chapter → section) and section bodies, kept apart so that
-- loading a tree never loads text. Tenant rows carry org_id, tied to their project's by
-- composite foreign keys, so a row can never claim another organization's project.

alter table quire.project add constraint project_id_org_key unique (id, org_id);

create table quire.node (
    id         uuid primary key default gen_random_uuid(),
    org_id     uuid not null,
    project_id uuid not null,
    parent_id  uuid,
    kind       text not null check (kind in ('book', 'part', 'chapter', 'section')),
    position   integer not null check (position >= 0),
    title      text not null check (length(title) <= 300),
    status     text not null default 'draft'
        check (status in ('draft', 'in_review', 'approved', 'published', 'discarded')),
    synopsis   text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    foreign key (project_id, org_id) references quire.project (id, org_id),
    constraint node_id_org_key unique (id, org_id),
    constraint node_parent_fk foreign key (parent_id, org_id) references quire.node (id, org_id),
    -- Positions are unique among siblings; deferrable so that a reorder can swap within a transaction.
    constraint node_sibling_position_key unique nulls not distinct (project_id, parent_id, position)
        deferrable initially immediate
);
create index node_parent_idx on quire.node (parent_id);

create table quire.node_content (
    node_id    uuid primary key,
    org_id     uuid not null,
    body       text not null default '',
    word_count integer not null default 0 check (word_count >= 0),
    version    integer not null default 1,
    updated_at timestamptz not null default now(),
    foreign key (node_id, org_id) references quire.node (id, org_id) on delete cascade
);

alter table quire.node enable row level security;
alter table quire.node force row level security;
create policy owner_all on quire.node to quire_owner using (true) with check (true);
create policy member_read on quire.node for select to quire_member
    using (org_id = any ((select quire.my_org_ids())::uuid[]));
create policy author_insert on quire.node for insert to quire_member
    with check (quire.has_org_role(org_id, 'writer', 'consultant', 'admin'));
create policy author_update on quire.node for update to quire_member
    using (quire.has_org_role(org_id, 'writer', 'consultant', 'admin'))
    with check (quire.has_org_role(org_id, 'writer', 'consultant', 'admin'));
create policy author_delete on quire.node for delete to quire_member
    using (quire.has_org_role(org_id, 'writer', 'consultant', 'admin'));
grant select, insert, update, delete on quire.node to quire_member;

alter table quire.node_content enable row level security;
alter table quire.node_content force row level security;
create policy owner_all on quire.node_content to quire_owner using (true) with check (true);
create policy member_read on quire.node_content for select to quire_member
    using (org_id = any ((select quire.my_org_ids())::uuid[]));
create policy author_insert on quire.node_content for insert to quire_member
    with check (quire.has_org_role(org_id, 'writer', 'consultant', 'admin'));
create policy author_update on quire.node_content for update to quire_member
    using (quire.has_org_role(org_id, 'writer', 'consultant', 'admin'))
    with check (quire.has_org_role(org_id, 'writer', 'consultant', 'admin'));
grant select, insert, update on quire.node_content to quire_member;

create trigger audit after insert or update or delete on quire.node
    for each row execute function quire.audit_row();
