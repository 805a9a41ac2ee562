-- The manuscript tree as writers use it: node metadata, a trash, and moves that keep sibling
-- positions dense (0..n-1) and unique even when two people reorder the same parent at once.
-- Hierarchy rules live here so that they hold for psql as well as for the app.
--
-- Word counts: node_content.word_count stays the only stored count (sections). Chapter, part and
-- book totals are summed when the tree is read (one pass over at most a few thousand rows).
-- A trigger-maintained column was rejected: every autosave of a section would then also update
-- its chapter, part and book rows, which makes those rows hot spots that co-authors writing in
-- different sections of one chapter would queue on, and each save would add three audit rows.

alter table quire.node
    add column notes           text not null default '',
    add column tags            text[] not null default '{}',
    add column content_type    text not null default 'text'
        check (content_type in ('text', 'image', 'video', 'audio')),
    add column keywords        jsonb not null default '[]'::jsonb check (jsonb_typeof(keywords) = 'array'),
    add column social_snippets jsonb not null default '{}'::jsonb check (jsonb_typeof(social_snippets) = 'object'),
    add column deleted_at      timestamptz,
    add column version         integer not null default 1;

-- A node's parent is in the same project: declared, so it holds without any trigger.
alter table quire.node add constraint node_id_project_key unique (id, project_id);
alter table quire.node add constraint node_parent_project_fk
    foreign key (parent_id, project_id) references quire.node (id, project_id);

-- Positions are unique among the live children of a parent; trashed nodes keep their former
-- parent and position (for restore) and step out of the rule. A unique constraint cannot be
-- partial, an exclusion constraint can, and it stays deferrable so moves can shift siblings
-- within one statement. Roots (books) have no parent: the coalesce makes them one sibling group.
alter table quire.node drop constraint node_sibling_position_key;
alter table quire.node add constraint node_sibling_position_key exclude using btree (
    project_id with =,
    (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =,
    position with =) where (deleted_at is null)
    deferrable initially immediate;

-- Loading a tree reads word counts without touching section bodies (index-only where visible).
create index node_content_word_count_idx on quire.node_content (node_id) include (org_id, word_count);

-- Which kind may hold which: book at the root, part under a book, chapter under a book or a part,
-- section under a chapter.
create function quire.node_kind_fits(p_parent_kind text, p_kind text) returns boolean
    language sql immutable
as $$
    select coalesce(case p_kind
        when 'book' then p_parent_kind is null
        when 'part' then p_parent_kind = 'book'
        when 'chapter' then p_parent_kind in ('book', 'part')
        when 'section' then p_parent_kind = 'chapter'
        end, false)
$$;

-- Runs as the caller: a parent one cannot see is a parent one cannot use.
create function quire.node_guard() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
declare
    v_parent quire.node%rowtype;
begin
    if tg_op = 'UPDATE' then
        if new.project_id <> old.project_id then
            raise exception 'a manuscript node cannot move to another project'
                using errcode = 'check_violation';
        end if;
        new.updated_at := now();
        new.created_at := old.created_at;
    end if;
    if tg_op = 'INSERT' or new.parent_id is distinct from old.parent_id or new.kind <> old.kind
            or new.deleted_at is distinct from old.deleted_at then
        if new.parent_id is not null then
            select * into v_parent from quire.node where id = new.parent_id;
            if not found then
                raise exception 'the parent of this % does not exist or is not visible to you', new.kind
                    using errcode = 'foreign_key_violation';
            end if;
            if new.deleted_at is null and v_parent.deleted_at is not null then
                raise exception 'a % cannot be placed in a % that is in the trash', new.kind, v_parent.kind
                    using errcode = 'check_violation';
            end if;
        end if;
        if not quire.node_kind_fits(v_parent.kind, new.kind) then
            raise exception '%', case when new.parent_id is null
                    then 'a ' || new.kind || ' needs a parent: only a book stands at the top of a manuscript'
                    else 'a ' || new.kind || ' cannot be placed in a ' || v_parent.kind end
                using errcode = 'check_violation';
        end if;
    end if;
    if tg_op = 'UPDATE' and new.kind <> old.kind and exists (
            select 1 from quire.node c
            where c.parent_id = new.id and not quire.node_kind_fits(new.kind, c.kind)) then
        raise exception 'this % holds nodes a % cannot hold', old.kind, new.kind
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger guard before insert or update on quire.node
    for each row execute function quire.node_guard();

-- Serializes changes to the children of the given parents (null = the project's roots): the
-- parent rows (or the project row for roots) are locked in id order, so two movers never
-- deadlock, then the children themselves. Writers hold update rights on both; others get 42501.
create function quire.lock_children(p_project uuid, p_parents uuid[]) returns void
    language plpgsql
    set search_path = quire, pg_temp
as $$
declare
    v_wanted int := (select count(distinct p) from unnest(p_parents) p where p is not null);
    v_locked int;
begin
    if array_position(p_parents, null) is not null then
        perform 1 from quire.project where id = p_project for no key update;
        if not found then
            raise exception 'you do not have the role needed to change this manuscript'
                using errcode = 'insufficient_privilege';
        end if;
    end if;
    select count(*) into v_locked from (
        select n.id from quire.node n where n.id = any (p_parents) order by n.id for no key update) l;
    if v_locked <> v_wanted then
        if (select count(*) from quire.node n where n.id = any (p_parents) and n.project_id = p_project) <> v_wanted then
            raise exception 'the parent is gone, in another project, or not visible to you' using errcode = 'no_data_found';
        end if;
        raise exception 'you do not have the role needed to change this manuscript'
            using errcode = 'insufficient_privilege';
    end if;
    perform 1 from quire.node n
    where n.project_id = p_project and n.deleted_at is null
      and (n.parent_id = any (p_parents) or (n.parent_id is null and array_position(p_parents, null) is not null))
    order by n.id for update;
end
$$;

-- Renumbers the live children of a parent 0..n-1 in their current order, skipping p_except.
create function quire.close_up(p_project uuid, p_parent uuid, p_except uuid[]) returns void
    language sql
    set search_path = quire, pg_temp
as $$
    update quire.node n set position = o.ord - 1
    from (select c.id, row_number() over (order by c.position, c.id) as ord
          from quire.node c
          where c.project_id = p_project and c.parent_id is not distinct from p_parent
            and c.deleted_at is null and c.id <> all (p_except)) o
    where n.id = o.id and n.position <> o.ord - 1
$$;

-- Moves live nodes, in the given order, as one block to p_new_position among the other live
-- children of p_new_parent (null = the roots); the position is clamped to the end. Siblings left
-- behind and siblings in the new parent are renumbered densely. A node moved by someone else
-- while this one waited raises serialization_failure: reload and try again.
create function quire.move_nodes(p_nodes uuid[], p_new_parent uuid, p_new_position int) returns void
    language plpgsql
    set search_path = quire, pg_temp
as $$
declare
    v_project uuid;
    v_parents uuid[];
    v_projects int;
    v_found int;
    v_rest uuid[];
    v_pos int;
    v_old uuid;
begin
    if coalesce(cardinality(p_nodes), 0) = 0 then
        return;
    end if;
    if (select count(distinct x) from unnest(p_nodes) x) <> cardinality(p_nodes) or array_position(p_nodes, null) is not null then
        raise exception 'each node can be moved only once at a time' using errcode = 'invalid_parameter_value';
    end if;
    select min(n.project_id::text)::uuid, count(distinct n.project_id), count(*), array_agg(distinct n.parent_id)
      into v_project, v_projects, v_found, v_parents
      from quire.node n where n.id = any (p_nodes) and n.deleted_at is null;
    if v_found <> cardinality(p_nodes) then
        raise exception 'a node to move is in the trash, gone, or not visible to you' using errcode = 'no_data_found';
    elsif v_projects <> 1 then
        raise exception 'nodes of different projects cannot be moved together' using errcode = 'invalid_parameter_value';
    end if;
    perform quire.lock_children(v_project, v_parents || p_new_parent);
    -- Under the locks, the nodes must still be where they were when we looked.
    if exists (select 1 from quire.node n where n.id = any (p_nodes)
               and (n.deleted_at is not null or array_position(v_parents, n.parent_id) is null)) then
        raise exception 'the manuscript was changed by someone else in the meantime'
            using errcode = 'serialization_failure';
    end if;
    select coalesce(array_agg(c.id order by c.position, c.id), '{}') into v_rest
      from quire.node c
     where c.project_id = v_project and c.parent_id is not distinct from p_new_parent
       and c.deleted_at is null and c.id <> all (p_nodes);
    v_pos := least(greatest(coalesce(p_new_position, cardinality(v_rest)), 0), cardinality(v_rest));
    set constraints quire.node_sibling_position_key deferred;
    foreach v_old in array v_parents loop
        if v_old is distinct from p_new_parent then
            perform quire.close_up(v_project, v_old, p_nodes);
        end if;
    end loop;
    update quire.node n set parent_id = p_new_parent, position = o.ord - 1
      from unnest(v_rest[1:v_pos] || p_nodes || v_rest[v_pos + 1:]) with ordinality o(id, ord)
     where n.id = o.id and (n.position <> o.ord - 1 or n.parent_id is distinct from p_new_parent);
    set constraints quire.node_sibling_position_key immediate;
end
$$;

create function quire.move_node(p_node uuid, p_new_parent uuid, p_new_position int) returns void
    language sql
    set search_path = quire, pg_temp
as $$
    select quire.move_nodes(array[p_node], p_new_parent, p_new_position)
$$;

-- Creates a node at p_position among the live children of p_parent (null = at the end), in the
-- project's organization; a section gets its (empty) body row at once.
create function quire.insert_node(p_project uuid, p_parent uuid, p_kind text, p_title text, p_position int)
    returns uuid
    language plpgsql
    set search_path = quire, pg_temp
as $$
declare
    v_id uuid := gen_random_uuid();
    v_org uuid := (select org_id from quire.project where id = p_project);
    v_count int;
begin
    if v_org is null then
        raise exception 'this project is gone or not visible to you' using errcode = 'no_data_found';
    end if;
    perform quire.lock_children(p_project, array[p_parent]);
    select count(*) into v_count from quire.node c
     where c.project_id = p_project and c.parent_id is not distinct from p_parent and c.deleted_at is null;
    insert into quire.node (id, org_id, project_id, parent_id, kind, position, title)
    values (v_id, v_org, p_project, p_parent, p_kind, v_count, p_title);
    if p_kind = 'section' then
        insert into quire.node_content (node_id, org_id) values (v_id, v_org);
    end if;
    if p_position is not null and p_position < v_count then
        perform quire.move_nodes(array[v_id], p_parent, p_position);
    end if;
    return v_id;
end
$$;

-- Puts a node and its live subtree in the trash (one timestamp for all, so restore brings back
-- exactly what went in together) and closes up the siblings it leaves.
create function quire.trash_node(p_node uuid) returns void
    language plpgsql
    set search_path = quire, pg_temp
as $$
declare
    v_node quire.node%rowtype;
    v_now timestamptz := clock_timestamp();
begin
    select * into v_node from quire.node where id = p_node;
    if not found or v_node.deleted_at is not null then
        raise exception 'this node is already in the trash, gone, or not visible to you' using errcode = 'no_data_found';
    end if;
    perform quire.lock_children(v_node.project_id, array[v_node.parent_id]);
    if (select deleted_at from quire.node where id = p_node) is not null
       or (select parent_id from quire.node where id = p_node) is distinct from v_node.parent_id then
        raise exception 'the manuscript was changed by someone else in the meantime' using errcode = 'serialization_failure';
    end if;
    with recursive subtree as (
        select id from quire.node where id = p_node
        union all
        select c.id from quire.node c join subtree s on c.parent_id = s.id where c.deleted_at is null)
    update quire.node n set deleted_at = v_now from subtree s where n.id = s.id;
    perform quire.close_up(v_node.project_id, v_node.parent_id, array[]::uuid[]);
end
$$;

-- Brings back a trashed node with what was trashed with it, at the end of its former parent or,
-- if that parent is in the trash, of the nearest live ancestor that may hold it.
create function quire.restore_node(p_node uuid) returns void
    language plpgsql
    set search_path = quire, pg_temp
as $$
declare
    v_node quire.node%rowtype;
    v_target uuid;
    v_depth int;
begin
    select * into v_node from quire.node where id = p_node;
    if not found or v_node.deleted_at is null then
        raise exception 'this node is not in the trash or not visible to you' using errcode = 'no_data_found';
    end if;
    with recursive up as (
        select p.id, p.parent_id, p.kind, p.deleted_at, 1 as depth from quire.node p where p.id = v_node.parent_id
        union all
        select p.id, p.parent_id, p.kind, p.deleted_at, up.depth + 1 from quire.node p join up on p.id = up.parent_id)
    select id into v_target from up
     where deleted_at is null and quire.node_kind_fits(kind, v_node.kind) order by depth limit 1;
    if v_target is null and v_node.kind <> 'book' then
        raise exception 'restore the % that held this % first: nothing else may hold it', 
            (select kind from quire.node where id = v_node.parent_id), v_node.kind
            using errcode = 'check_violation';
    end if;
    perform quire.lock_children(v_node.project_id, array[v_target]);
    if (select deleted_at from quire.node where id = p_node) is distinct from v_node.deleted_at then
        raise exception 'the manuscript was changed by someone else in the meantime' using errcode = 'serialization_failure';
    end if;
    update quire.node set deleted_at = null, parent_id = v_target,
           position = (select count(*) from quire.node c where c.project_id = v_node.project_id
                       and c.parent_id is not distinct from v_target and c.deleted_at is null)
     where id = p_node;
    -- Level by level, so that every node comes back into a parent that is already back.
    for v_depth in 1..3 loop
        with recursive subtree as (
            select id, 0 as depth from quire.node where id = p_node
            union all
            select c.id, s.depth + 1 from quire.node c join subtree s on c.parent_id = s.id
             where c.deleted_at = v_node.deleted_at or c.deleted_at is null)
        update quire.node n set deleted_at = null from subtree s where n.id = s.id and s.depth = v_depth;
    end loop;
end
$$;

revoke execute on function quire.node_kind_fits(text, text), quire.node_guard(),
    quire.lock_children(uuid, uuid[]), quire.close_up(uuid, uuid, uuid[]),
    quire.move_nodes(uuid[], uuid, int), quire.move_node(uuid, uuid, int),
    quire.insert_node(uuid, uuid, text, text, int),
    quire.trash_node(uuid), quire.restore_node(uuid) from public;
grant execute on function quire.node_kind_fits(text, text),
    quire.lock_children(uuid, uuid[]), quire.close_up(uuid, uuid, uuid[]),
    quire.move_nodes(uuid[], uuid, int), quire.move_node(uuid, uuid, int),
    quire.insert_node(uuid, uuid, text, text, int),
    quire.trash_node(uuid), quire.restore_node(uuid) to quire_member;
