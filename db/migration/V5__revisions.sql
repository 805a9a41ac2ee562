-- Revisions of a section's text: automatic (a writing session ended), named (a snapshot the writer
-- asked for), approved, and conflict (a local text that lost an optimistic version check, kept so
-- that nothing is ever lost). Revisions are append-only for people: nobody updates one, and only
-- automatic revisions may be deleted (thinning by age); named, approved and conflict ones stay.

create table quire.revision (
    id           uuid primary key default gen_random_uuid(),
    org_id       uuid not null,
    node_id      uuid not null,
    kind         text not null check (kind in ('automatic', 'named', 'approved', 'conflict')),
    name         text check (name is null or length(btrim(name)) between 1 and 200),
    body         text not null,
    content_hash text not null,
    words        integer not null check (words >= 0),
    base_version integer not null,
    author       uuid references quire.person (id) default quire.current_person_id(),
    created_at   timestamptz not null default now(),
    foreign key (node_id, org_id) references quire.node (id, org_id) on delete cascade,
    constraint revision_named_has_name check (kind <> 'named' or name is not null)
);
create index revision_node_created_idx on quire.revision (node_id, created_at desc);

-- The database, not the client, says who wrote a revision, when, and what its text hashes to, so
-- that the hash can be trusted to find identical revisions and the author cannot be claimed.
create function quire.revision_stamp() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
begin
    new.author := case when quire.current_person_id() is null and quire.is_schema_owner()
                       then new.author else quire.current_person_id() end;
    new.created_at := now();
    new.content_hash := encode(sha256(convert_to(new.body, 'UTF8')), 'hex');
    return new;
end
$$;
create trigger stamp before insert on quire.revision
    for each row execute function quire.revision_stamp();

alter table quire.revision enable row level security;
alter table quire.revision force row level security;
create policy owner_all on quire.revision to quire_owner using (true) with check (true);
create policy member_read on quire.revision for select to quire_member
    using (org_id = any ((select quire.my_org_ids())::uuid[]));
create policy author_insert on quire.revision for insert to quire_member
    with check (quire.has_org_role(org_id, 'writer', 'consultant', 'admin'));
create policy author_delete_automatic on quire.revision for delete to quire_member
    using (kind = 'automatic' and quire.has_org_role(org_id, 'writer', 'consultant', 'admin'));
grant select, insert, delete on quire.revision to quire_member;

create trigger audit after insert or update or delete on quire.revision
    for each row execute function quire.audit_row();

revoke execute on function quire.revision_stamp() from public;
