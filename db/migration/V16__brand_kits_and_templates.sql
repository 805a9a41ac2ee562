-- Brand kits, their assets and content templates (issue 12). Made for offline sync from the start:
-- every syncable row has a uuid primary key the client makes, its org_id, a version the database
-- bumps on every change (a trigger, so no writer can forget or fake it) and updated_at. Members read
-- the rows of their organizations; consultants and admins change them (quire.has_org_role); writers
-- and editors only read. Every table goes through quire.make_tenant_table (V15).
--
-- A stale change is refused with SQLSTATE QU001 ("someone else changed this since you opened it"):
-- a code of our own, because 40001 means "try again" to the editor's save loop, and trying a stale
-- kit again can never succeed; the app turns QU001 into a StaleKitException or StaleTemplateException.

-- Kits ------------------------------------------------------------------------------------------------

create table quire.brand_kit (
    id                 uuid             not null,
    org_id             uuid             not null,
    name               text             not null,
    banned_words       text[]           not null default '{}',
    preferred_terms    jsonb            not null default '[]'::jsonb,
    max_sentence_words integer          not null default 0,
    min_reading_ease   double precision not null default 0,
    max_reading_ease   double precision not null default 100,
    version            bigint           not null default 1,
    created_by         uuid,
    created_at         timestamptz      not null default now(),
    updated_at         timestamptz      not null default now(),
    constraint brand_kit_pkey primary key (id),
    constraint brand_kit_id_org_key unique (id, org_id),
    constraint brand_kit_org_fkey foreign key (org_id) references quire.organization (id),
    constraint brand_kit_created_by_fkey foreign key (created_by) references quire.person (id),
    constraint brand_kit_name_check check (length(btrim(name)) between 1 and 120),
    constraint brand_kit_banned_words_check check (array_position(banned_words, null) is null),
    constraint brand_kit_preferred_terms_check check (jsonb_typeof(preferred_terms) = 'array'),
    constraint brand_kit_max_sentence_words_check check (max_sentence_words between 0 and 500),
    constraint brand_kit_reading_ease_check
        check (0 <= min_reading_ease and min_reading_ease <= max_reading_ease and max_reading_ease <= 100),
    constraint brand_kit_version_check check (version >= 1)
);
create unique index brand_kit_org_name_key on quire.brand_kit (org_id, lower(name));
comment on table quire.brand_kit is
    'One client brand of an organization: its name and voice rules (banned words, preferred terms as '
    '[{"use","insteadOf"}], longest sentence, Flesch reading-ease band); colours, fonts and assets hang off it.';

create table quire.kit_colour (
    kit_id   uuid    not null,
    org_id   uuid    not null,
    position integer not null,
    name     text    not null,
    hex      text    not null,
    constraint kit_colour_pkey primary key (kit_id, position),
    constraint kit_colour_kit_fkey foreign key (kit_id, org_id) references quire.brand_kit (id, org_id) on delete cascade,
    constraint kit_colour_position_check check (position >= 0),
    constraint kit_colour_name_check check (length(btrim(name)) between 1 and 120),
    constraint kit_colour_hex_check check (hex ~ '^#[0-9A-F]{6}$')
);
create unique index kit_colour_name_key on quire.kit_colour (kit_id, lower(name));
comment on table quire.kit_colour is
    'A named colour of a kit, in the kit''s order; templates refer to it by name, never by a copy of its hex.';

create table quire.kit_font (
    kit_id      uuid             not null,
    org_id      uuid             not null,
    position    integer          not null,
    role        text             not null,
    family      text             not null,
    weight      integer          not null,
    size_px     double precision not null,
    min_size_px double precision not null,
    max_size_px double precision not null,
    constraint kit_font_pkey primary key (kit_id, position),
    constraint kit_font_kit_fkey foreign key (kit_id, org_id) references quire.brand_kit (id, org_id) on delete cascade,
    constraint kit_font_position_check check (position >= 0),
    constraint kit_font_role_check check (length(btrim(role)) between 1 and 120),
    constraint kit_font_family_check check (length(btrim(family)) between 1 and 120),
    constraint kit_font_weight_check check (weight between 100 and 900 and weight % 100 = 0),
    constraint kit_font_size_check check (0 < min_size_px and min_size_px <= size_px and size_px <= max_size_px
                                          and max_size_px <= 1000)
);
create unique index kit_font_role_key on quire.kit_font (kit_id, lower(role));
comment on table quire.kit_font is
    'The typeface of one role of text (Heading, Body…) in a kit, with the size band templates may use.';

-- Assets ----------------------------------------------------------------------------------------------

create table quire.asset_content (
    org_id     uuid        not null,
    sha256     text        not null,
    bytes      bytea       not null,
    byte_count integer     generated always as (octet_length(bytes)) stored,
    created_at timestamptz not null default now(),
    constraint asset_content_pkey primary key (org_id, sha256),
    constraint asset_content_org_fkey foreign key (org_id) references quire.organization (id),
    constraint asset_content_sha256_check check (sha256 ~ '^[0-9a-f]{64}$'),
    -- The database checks the fingerprint itself: no client can file bytes under another's hash.
    constraint asset_content_sha256_matches_check check (sha256 = encode(sha256(bytes), 'hex')),
    constraint asset_content_byte_count_check check (byte_count between 1 and 20971520)
);
comment on table quire.asset_content is
    'The bytes of brand assets, once per organization and SHA-256 (20 MB at most): two assets with the same '
    'file share one row. Not audited: the audit log would copy every image.';

create table quire.brand_asset (
    id           uuid             not null,
    org_id       uuid             not null,
    kit_id       uuid             not null,
    name         text             not null,
    kind         text             not null,
    media_type   text             not null,
    sha256       text             not null,
    width_px     integer          not null,
    height_px    integer          not null,
    min_width_px integer          not null default 0,
    clear_space  double precision not null default 0,
    version      bigint           not null default 1,
    created_by   uuid,
    created_at   timestamptz      not null default now(),
    updated_at   timestamptz      not null default now(),
    constraint brand_asset_pkey primary key (id),
    constraint brand_asset_id_org_key unique (id, org_id),
    constraint brand_asset_kit_fkey foreign key (kit_id, org_id) references quire.brand_kit (id, org_id) on delete cascade,
    constraint brand_asset_content_fkey foreign key (org_id, sha256) references quire.asset_content (org_id, sha256),
    constraint brand_asset_created_by_fkey foreign key (created_by) references quire.person (id),
    constraint brand_asset_name_check check (length(btrim(name)) between 1 and 120),
    constraint brand_asset_kind_check check (kind in ('logo', 'image', 'icon')),
    constraint brand_asset_media_type_check check (media_type in ('image/png', 'image/jpeg', 'image/svg+xml')),
    constraint brand_asset_size_check check (width_px > 0 and height_px > 0),
    constraint brand_asset_min_width_check check (min_width_px >= 0),
    constraint brand_asset_clear_space_check check (clear_space between 0 and 2),
    constraint brand_asset_version_check check (version >= 1)
);
create unique index brand_asset_name_key on quire.brand_asset (kit_id, lower(name));
create index brand_asset_content_idx on quire.brand_asset (org_id, sha256);
comment on table quire.brand_asset is
    'A logo, image or icon of a kit: what the kit knows of it (size, minimum width, clear space as a fraction '
    'of its shown height); its bytes are in asset_content under its SHA-256.';

-- Templates -------------------------------------------------------------------------------------------

create table quire.content_template (
    id              uuid        not null,
    org_id          uuid        not null,
    kit_id          uuid        not null,
    name            text        not null,
    current_version bigint      not null default 1,
    version         bigint      not null default 1,
    created_by      uuid,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint content_template_pkey primary key (id),
    constraint content_template_id_org_key unique (id, org_id),
    constraint content_template_kit_fkey foreign key (kit_id, org_id) references quire.brand_kit (id, org_id),
    constraint content_template_created_by_fkey foreign key (created_by) references quire.person (id),
    constraint content_template_name_check check (length(btrim(name)) between 1 and 200),
    constraint content_template_current_version_check check (current_version >= 1),
    constraint content_template_version_check check (version >= 1)
);
-- The template list is a keyset range of this index: where org_id = ? and (lower(name), id) > (?, ?).
create index content_template_list_idx on quire.content_template (org_id, lower(name), id);
create index content_template_kit_idx on quire.content_template (kit_id);
comment on table quire.content_template is
    'A content template of a kit: its name and which of its versions is current (current_version); '
    'version is the row''s own, bumped by every change (a rename, a new template version).';

create table quire.template_version (
    template_id uuid        not null,
    org_id      uuid        not null,
    version     bigint      not null,
    definition  jsonb       not null,
    created_by  uuid,
    created_at  timestamptz not null default now(),
    constraint template_version_pkey primary key (template_id, version),
    constraint template_version_template_fkey foreign key (template_id, org_id)
        references quire.content_template (id, org_id) on delete cascade,
    constraint template_version_created_by_fkey foreign key (created_by) references quire.person (id),
    constraint template_version_version_check check (version >= 1),
    constraint template_version_definition_check check (jsonb_typeof(definition) = 'object')
);
comment on table quire.template_version is
    'One saved version of a template, as the template codec wrote it (layers, slots, locks): immutable, '
    'written only by quire.create_content_template and quire.save_template_version.';

create table quire.asset_use (
    org_id           uuid   not null,
    asset_id         uuid   not null,
    template_id      uuid   not null,
    template_version bigint not null,
    constraint asset_use_pkey primary key (asset_id, template_id, template_version),
    -- Cascade, but the asset's guard (below) refuses first while the current version uses it.
    constraint asset_use_asset_fkey foreign key (asset_id, org_id) references quire.brand_asset (id, org_id)
        on delete cascade,
    constraint asset_use_template_fkey foreign key (template_id, org_id) references quire.content_template (id, org_id)
        on delete cascade,
    constraint asset_use_version_fkey foreign key (template_id, template_version)
        references quire.template_version (template_id, version) on delete cascade
);
create index asset_use_template_idx on quire.asset_use (template_id, template_version);
comment on table quire.asset_use is
    'Which template version places which asset. An asset the current version of a template uses cannot be '
    'removed; older versions do not hold it (a consultant swaps a logo, saves, then removes the old one).';

-- Stamps and guards -------------------------------------------------------------------------------------

-- Kits, assets and templates: the database fills in who made them and keeps version and updated_at
-- honest (version 1 on insert, +1 on every update), and a row stays in its organization.
create function quire.brand_row_stamp() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        new.created_by := case when quire.current_person_id() is null and quire.is_schema_owner()
                               then new.created_by else quire.current_person_id() end;
        new.version := 1;
        new.created_at := now();
        new.updated_at := now();
    else
        if new.org_id <> old.org_id then
            raise exception 'a % cannot move to another organization', replace(tg_table_name, '_', ' ')
                using errcode = 'insufficient_privilege';
        end if;
        new.version := old.version + 1;
        new.updated_at := now();
        new.created_by := old.created_by;
        new.created_at := old.created_at;
    end if;
    return new;
end
$$;
create trigger stamp before insert or update on quire.brand_kit
    for each row execute function quire.brand_row_stamp();
create trigger stamp before insert or update on quire.brand_asset
    for each row execute function quire.brand_row_stamp();
create trigger stamp before insert or update on quire.content_template
    for each row execute function quire.brand_row_stamp();

-- An asset the current version of a template uses stays: the message names a template that uses it.
create function quire.brand_asset_guard() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
declare
    v_name    text;
    v_version bigint;
    v_others  integer;
begin
    select t.name, t.current_version into v_name, v_version
      from quire.asset_use u join quire.content_template t on t.id = u.template_id and t.current_version = u.template_version
     where u.asset_id = old.id
     order by lower(t.name), t.id limit 1;
    if found then
        select count(*) - 1 into v_others
          from quire.asset_use u join quire.content_template t on t.id = u.template_id and t.current_version = u.template_version
         where u.asset_id = old.id;
        raise exception 'the % "%" is used by the template "%" (version %)%: take it out of %, save, and remove it then',
            old.kind, old.name, v_name, v_version,
            case when v_others > 0 then format(' and %s other template%s', v_others, case when v_others > 1 then 's' else '' end)
                 else '' end,
            case when v_others > 0 then 'those templates' else 'that template' end
            using errcode = 'object_in_use';
    end if;
    return old;
end
$$;
create trigger guard before delete on quire.brand_asset
    for each row execute function quire.brand_asset_guard();

-- A kit with templates stays (the templates would lose their colours and fonts).
create function quire.brand_kit_guard() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
declare
    v_name  text;
    v_count integer;
begin
    select count(*), min(t.name) into v_count, v_name from quire.content_template t where t.kit_id = old.id;
    if v_count > 0 then
        raise exception 'the brand kit "%" still has % template% (such as "%"): delete them before the kit',
            old.name, v_count, case when v_count > 1 then 's' else '' end, v_name
            using errcode = 'object_in_use';
    end if;
    return old;
end
$$;
create trigger guard before delete on quire.brand_kit
    for each row execute function quire.brand_kit_guard();

-- A template version never changes, for the owner neither; it goes only with its template.
create function quire.refuse_template_version_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'a saved template version never changes: save a new version instead'
        using errcode = 'insufficient_privilege';
end
$$;
create trigger immutable before update on quire.template_version
    for each row execute function quire.refuse_template_version_change();

create trigger audit after insert or update or delete on quire.brand_kit
    for each row execute function quire.audit_row();
create trigger audit after insert or update or delete on quire.brand_asset
    for each row execute function quire.audit_row();
create trigger audit after insert or update or delete on quire.content_template
    for each row execute function quire.audit_row();

-- Row-level security and grants ---------------------------------------------------------------------------

select quire.make_tenant_table(t::regclass)
  from unnest(array['quire.brand_kit', 'quire.kit_colour', 'quire.kit_font', 'quire.asset_content', 'quire.brand_asset',
                    'quire.content_template', 'quire.template_version', 'quire.asset_use']) t;

-- Consultants and admins of the row's organization write; writers and editors only read.
do $$
declare
    t text;
begin
    foreach t in array array['brand_kit', 'kit_colour', 'kit_font', 'asset_content', 'brand_asset', 'asset_use']
    loop
        execute format('create policy brand_insert on quire.%I for insert to quire_member
                            with check (quire.has_org_role(org_id, ''consultant'', ''admin''))', t);
        execute format('create policy brand_update on quire.%I for update to quire_member
                            using (quire.has_org_role(org_id, ''consultant'', ''admin''))
                            with check (quire.has_org_role(org_id, ''consultant'', ''admin''))', t);
        execute format('create policy brand_delete on quire.%I for delete to quire_member
                            using (quire.has_org_role(org_id, ''consultant'', ''admin''))', t);
    end loop;
end
$$;
-- Templates are made and versioned only by the functions below (a template without its first
-- version, or a version out of order, cannot exist); people rename, move to another kit of the
-- organization, and delete them directly.
create policy brand_update on quire.content_template for update to quire_member
    using (quire.has_org_role(org_id, 'consultant', 'admin'))
    with check (quire.has_org_role(org_id, 'consultant', 'admin'));
create policy brand_delete on quire.content_template for delete to quire_member
    using (quire.has_org_role(org_id, 'consultant', 'admin'));

-- Columns the database keeps (id, org_id, version, created_*, updated_at, current_version) are not granted.
grant insert, delete, update (name, banned_words, preferred_terms, max_sentence_words, min_reading_ease, max_reading_ease)
    on quire.brand_kit to quire_member;
grant insert, delete, update (position, name, hex) on quire.kit_colour to quire_member;
grant insert, delete, update (position, role, family, weight, size_px, min_size_px, max_size_px)
    on quire.kit_font to quire_member;
grant insert, delete on quire.asset_content to quire_member;
grant insert, delete, update (name, kind, min_width_px, clear_space) on quire.brand_asset to quire_member;
grant delete, update (name, kit_id) on quire.content_template to quire_member;
grant insert, delete on quire.asset_use to quire_member;

-- Functions -------------------------------------------------------------------------------------------------

-- Saves a whole kit in one call: name, voice, colours and fonts (replaced, in the given order) and the
-- metadata of its assets (name, kind, minimum width, clear space; their bytes are added and removed on
-- their own). p_expected is the version the consultant started from; 0 creates the kit with the
-- client's id. Why one function and not "update … where version = ?" checked in the repository: the
-- version is compared under the kit's row lock by the database itself, the same for the app, an
-- offline outbox replaying a save, and someone with psql; a refused save keeps nothing of itself.
-- Runs as the caller: row-level security and the grants above hold inside it too.
-- p_colours: [{"name","hex"}]; p_fonts: [{"role","family","weight","sizePx","minSizePx","maxSizePx"}];
-- p_assets: [{"id","name","kind","minWidthPx","clearSpace"}]. Returns the kit's new version.
create function quire.save_brand_kit(p_id uuid, p_org uuid, p_expected bigint, p_name text, p_banned_words text[],
                                     p_preferred_terms jsonb, p_max_sentence_words integer,
                                     p_min_reading_ease double precision, p_max_reading_ease double precision,
                                     p_colours jsonb, p_fonts jsonb, p_assets jsonb) returns bigint
    language plpgsql
    set search_path = quire, pg_temp
as $$
declare
    v_stored  bigint;
    v_org     uuid;
    v_version bigint;
begin
    if not quire.has_org_role(p_org, 'consultant', 'admin') then
        raise exception 'only consultants and admins of an organization change its brand kits'
            using errcode = 'insufficient_privilege';
    end if;
    if exists (select 1 from quire.brand_kit k
                where k.org_id = p_org and lower(k.name) = lower(btrim(p_name)) and k.id <> p_id) then
        raise exception 'there is already a brand kit called "%" in this organization: choose another name', btrim(p_name)
            using errcode = 'unique_violation';
    end if;
    if p_expected = 0 then
        insert into quire.brand_kit (id, org_id, name, banned_words, preferred_terms, max_sentence_words,
                                     min_reading_ease, max_reading_ease)
        values (p_id, p_org, btrim(p_name), coalesce(p_banned_words, '{}'), coalesce(p_preferred_terms, '[]'),
                p_max_sentence_words, p_min_reading_ease, p_max_reading_ease)
        on conflict (id) do nothing
        returning version into v_version;
        if v_version is null then
            raise exception 'someone else changed this kit since you opened it (it was saved before yours): '
                            'reload it to see their changes, then make yours again'
                using errcode = 'QU001';
        end if;
    else
        select k.version, k.org_id into v_stored, v_org from quire.brand_kit k where k.id = p_id for update;
        if v_stored is null or v_org <> p_org then
            raise exception 'this brand kit no longer exists: someone may have deleted it'
                using errcode = 'no_data_found';
        end if;
        if v_stored <> p_expected then
            raise exception 'someone else changed this kit since you opened it (you started from version %, it is now '
                            'at version %): reload it to see their changes, then make yours again', p_expected, v_stored
                using errcode = 'QU001';
        end if;
        update quire.brand_kit
           set name = btrim(p_name), banned_words = coalesce(p_banned_words, '{}'),
               preferred_terms = coalesce(p_preferred_terms, '[]'), max_sentence_words = p_max_sentence_words,
               min_reading_ease = p_min_reading_ease, max_reading_ease = p_max_reading_ease
         where id = p_id
        returning version into v_version;
    end if;

    delete from quire.kit_colour where kit_id = p_id;
    insert into quire.kit_colour (kit_id, org_id, position, name, hex)
    select p_id, p_org, e.ord - 1, btrim(e.c ->> 'name'), e.c ->> 'hex'
      from jsonb_array_elements(coalesce(p_colours, '[]')) with ordinality e(c, ord);

    delete from quire.kit_font where kit_id = p_id;
    insert into quire.kit_font (kit_id, org_id, position, role, family, weight, size_px, min_size_px, max_size_px)
    select p_id, p_org, e.ord - 1, btrim(e.f ->> 'role'), btrim(e.f ->> 'family'), (e.f ->> 'weight')::integer,
           (e.f ->> 'sizePx')::double precision, (e.f ->> 'minSizePx')::double precision,
           (e.f ->> 'maxSizePx')::double precision
      from jsonb_array_elements(coalesce(p_fonts, '[]')) with ordinality e(f, ord);

    update quire.brand_asset a
       set name = btrim(x.name), kind = x.kind, min_width_px = x."minWidthPx", clear_space = x."clearSpace"
      from jsonb_to_recordset(coalesce(p_assets, '[]')) as x(id uuid, name text, kind text, "minWidthPx" integer,
                                                            "clearSpace" double precision)
     where a.id = x.id and a.kit_id = p_id
       and (a.name, a.kind, a.min_width_px, a.clear_space) is distinct from (btrim(x.name), x.kind, x."minWidthPx", x."clearSpace");
    return v_version;
end
$$;
comment on function quire.save_brand_kit(uuid, uuid, bigint, text, text[], jsonb, integer, double precision,
                                         double precision, jsonb, jsonb, jsonb) is
    'Saves a whole brand kit at once, refusing (QU001) when it is no longer at the version the caller started from.';

-- Makes a template of a kit with its first version. Runs as the owner (members cannot insert template
-- rows themselves), so it checks the caller's role itself.
create function quire.create_content_template(p_id uuid, p_kit uuid, p_name text, p_definition jsonb) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_org uuid;
begin
    select k.org_id into v_org from quire.brand_kit k
     where k.id = p_kit and k.org_id = any ((select quire.my_org_ids())::uuid[]);
    if v_org is null then
        raise exception 'this brand kit no longer exists: someone may have deleted it' using errcode = 'no_data_found';
    end if;
    if not quire.has_org_role(v_org, 'consultant', 'admin') then
        raise exception 'only consultants and admins of an organization make its templates'
            using errcode = 'insufficient_privilege';
    end if;
    if exists (select 1 from quire.content_template t where t.id = p_id) then
        raise exception 'this template has been made already' using errcode = 'unique_violation';
    end if;
    insert into quire.content_template (id, org_id, kit_id, name) values (p_id, v_org, p_kit, btrim(p_name));
    insert into quire.template_version (template_id, org_id, version, definition, created_by)
    values (p_id, v_org, 1, p_definition, quire.current_person_id());
end
$$;

-- Saves a new version of a template on top of version p_expected; refused (QU001) when another has
-- been saved since. Returns the new version.
create function quire.save_template_version(p_template uuid, p_expected bigint, p_definition jsonb) returns bigint
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_org     uuid;
    v_current bigint;
begin
    select t.org_id, t.current_version into v_org, v_current from quire.content_template t
     where t.id = p_template and t.org_id = any ((select quire.my_org_ids())::uuid[])
       for update;
    if v_org is null then
        raise exception 'this template no longer exists: someone may have deleted it' using errcode = 'no_data_found';
    end if;
    if not quire.has_org_role(v_org, 'consultant', 'admin') then
        raise exception 'only consultants and admins of an organization change its templates'
            using errcode = 'insufficient_privilege';
    end if;
    if v_current <> p_expected then
        raise exception 'someone else saved this template since you opened it (you started from version %, it is now '
                        'at version %): reload it to see their changes, then make yours again', p_expected, v_current
            using errcode = 'QU001';
    end if;
    insert into quire.template_version (template_id, org_id, version, definition, created_by)
    values (p_template, v_org, v_current + 1, p_definition, quire.current_person_id());
    update quire.content_template set current_version = v_current + 1 where id = p_template;
    return v_current + 1;
end
$$;

grant execute on function
    quire.save_brand_kit(uuid, uuid, bigint, text, text[], jsonb, integer, double precision, double precision,
                         jsonb, jsonb, jsonb),
    quire.create_content_template(uuid, uuid, text, jsonb), quire.save_template_version(uuid, bigint, jsonb)
    to quire_member;
