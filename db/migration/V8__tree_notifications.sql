-- Live manuscript trees: after any change to a project's nodes (create, rename, metadata, move,
-- trash, restore, delete) or to a section's word count, the project's listeners are told to reload.
--
-- Channel and payload: one channel per project, named tree_<project id without dashes>, and the
-- payload is that project id. NOTIFY channels are not protected by row-level security: any role
-- that can connect may LISTEN on any channel name. A single shared channel would therefore tell a
-- member of one organization the project ids of every other organization, and when they change.
-- With a channel per project, listening requires knowing a project id, which row-level security
-- only shows to members of its organization; a random uuid cannot be guessed, and a session cannot
-- see what others listen on. The payload adds nothing a listener did not already know.
-- Row triggers are cheap here: PostgreSQL folds identical notifications of one transaction into
-- one, so a move that renumbers fifty siblings sends one message at commit.

create function quire.tree_channel(p_project uuid) returns text
    language sql immutable
as $$
    select 'tree_' || replace(p_project::text, '-', '')
$$;

create function quire.notify_tree_change() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
declare
    v_project uuid;
begin
    if tg_table_name = 'node' then
        v_project := case when tg_op = 'DELETE' then old.project_id else new.project_id end;
    else
        -- node_content: the section's project, as the caller sees it (its own organization's rows).
        select n.project_id into v_project from quire.node n
         where n.id = case when tg_op = 'DELETE' then old.node_id else new.node_id end;
    end if;
    if v_project is not null then
        perform pg_notify(quire.tree_channel(v_project), v_project::text);
    end if;
    return null;
end
$$;

create trigger notify_tree_change after insert or update or delete on quire.node
    for each row execute function quire.notify_tree_change();

-- Only a changed word count matters to the tree; body saves that keep the count stay silent.
create trigger notify_tree_change after update of word_count on quire.node_content
    for each row when (old.word_count is distinct from new.word_count)
    execute function quire.notify_tree_change();

revoke execute on function quire.tree_channel(uuid), quire.notify_tree_change() from public;
grant execute on function quire.tree_channel(uuid) to quire_member;
