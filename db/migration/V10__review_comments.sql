-- Review comments (issue 5, after V9): threads anchored to words of a section under review, replies
-- one level deep, resolving and reopening, and @login mentions that notify the person mentioned.
-- Anchors are offsets (UTF-16 code units, as Java strings count) into the section's plain text as
-- the editor shows it (paragraphs joined by a line break), with the words themselves kept in quote
-- so a client can find them again after the text changed. Members read the comments of their
-- organizations and write them only through the functions below; what was said is never changed
-- or deleted afterwards, not even by the owner: comments are their own history.

create table quire.review_comment (
    id           uuid primary key default gen_random_uuid(),
    org_id       uuid not null,
    request_id   uuid not null,
    node_id      uuid not null,
    thread_id    uuid references quire.review_comment (id),
    round        integer not null,
    anchor_start integer not null,
    anchor_end   integer not null,
    quote        text,
    body         text not null check (length(btrim(body)) between 1 and 10000),
    author_id    uuid not null references quire.person (id),
    created_at   timestamptz not null default clock_timestamp(),
    resolved_at  timestamptz,
    resolved_by  uuid references quire.person (id),
    foreign key (request_id, org_id) references quire.review_request (id, org_id),
    -- A comment is about a section of its request, nothing else.
    foreign key (request_id, node_id) references quire.review_section (request_id, node_id),
    constraint review_comment_anchor check (anchor_start >= 0 and anchor_end > anchor_start),
    -- A thread's first comment carries the quoted words; replies carry none and are never resolved.
    constraint review_comment_quote check ((thread_id is null) = (quote is not null)),
    constraint review_comment_reply_unresolved check (thread_id is null or (resolved_at is null and resolved_by is null)),
    constraint review_comment_quote_length check (quote is null or length(quote) between 1 and 10000)
);
create index review_comment_request_idx on quire.review_comment (request_id, node_id, anchor_start);
create index review_comment_node_idx on quire.review_comment (node_id);
create index review_comment_thread_idx on quire.review_comment (thread_id) where thread_id is not null;

alter table quire.review_comment enable row level security;
alter table quire.review_comment force row level security;
create policy owner_all on quire.review_comment to quire_owner using (true) with check (true);
create policy member_read on quire.review_comment for select to quire_member
    using (org_id = any ((select quire.my_org_ids())::uuid[]));
grant select on quire.review_comment to quire_member;

-- What was said stays as it was said: only whether a thread is resolved may change.
create function quire.refuse_comment_change() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'UPDATE'
       and (new.id, new.org_id, new.request_id, new.node_id, new.thread_id, new.round, new.anchor_start,
            new.anchor_end, new.quote, new.body, new.author_id, new.created_at)
           is not distinct from
           (old.id, old.org_id, old.request_id, old.node_id, old.thread_id, old.round, old.anchor_start,
            old.anchor_end, old.quote, old.body, old.author_id, old.created_at) then
        return new;
    end if;
    raise exception 'review comments are kept as they were written: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;
create trigger keep_as_written before update or delete on quire.review_comment
    for each row execute function quire.refuse_comment_change();
create trigger keep_as_written_truncate before truncate on quire.review_comment
    for each statement execute function quire.refuse_comment_change();

-- Helpers (not callable by members) -----------------------------------------------------------------

-- The request, share-locked (a discard or publish waits for the comment, or the comment sees it),
-- refused when it is gone, not visible to the caller, or closed.
create function quire.commentable_request(p_request uuid) returns quire.review_request
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request;
begin
    select * into v_request from quire.review_request
     where id = p_request and org_id = any (quire.my_org_ids()) for share;
    if not found then
        raise exception 'this review request is gone or not visible to you' using errcode = 'no_data_found';
    end if;
    if v_request.state in ('discarded', 'published') then
        raise exception 'this request is %: its comments are closed', v_request.state
            using errcode = 'object_not_in_prerequisite_state';
    end if;
    return v_request;
end
$$;

-- A comment's text, trimmed; refused when empty or longer than 10,000 characters.
create function quire.comment_body(p_body text) returns text
    language plpgsql immutable
    set search_path = quire, pg_temp
as $$
begin
    if p_body is null or length(btrim(p_body)) = 0 then
        raise exception 'a comment needs some words' using errcode = 'invalid_parameter_value';
    end if;
    if length(btrim(p_body)) > 10000 then
        raise exception 'a comment holds at most 10,000 characters' using errcode = 'invalid_parameter_value';
    end if;
    return btrim(p_body);
end
$$;

-- One 'mention' notification to each active member of the organization named as @login in the
-- body, except the author. A login is the person's database role name (lower case).
create function quire.notify_comment_mentions(p_request quire.review_request, p_body text) returns void
    language sql security definer
    set search_path = quire, pg_temp
as $$
    select quire.notify_person(p_request.org_id, p.id, 'mention', p_request.id,
               coalesce((select a.display_name from quire.person a where a.id = quire.current_person_id()), 'Someone')
               || ' mentioned you on “' || p_request.title || '”')
      from quire.person p
     where p.role_name in (select lower(m[2])
                             from regexp_matches(p_body, '(^|[^A-Za-z0-9_.@])@([A-Za-z][A-Za-z0-9_]{1,62})', 'g') m)
       and p.id is distinct from quire.current_person_id()
$$;

do $$
declare
    f text;
begin
    foreach f in array array['quire.commentable_request(uuid)', 'quire.comment_body(text)',
                             'quire.notify_comment_mentions(quire.review_request, text)']
    loop
        execute format('revoke execute on function %s from public', f);
    end loop;
end
$$;

-- Commenting ----------------------------------------------------------------------------------------

create function quire.add_review_comment(p_request uuid, p_node uuid, p_start integer, p_end integer,
                                         p_quote text, p_body text) returns uuid
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request := quire.commentable_request(p_request);
    v_body    text := quire.comment_body(p_body);
    v_id      uuid;
begin
    if not exists (select 1 from quire.review_section rs where rs.request_id = v_request.id and rs.node_id = p_node) then
        raise exception 'this section is not part of the request' using errcode = 'invalid_parameter_value';
    end if;
    if p_start is null or p_end is null or p_start < 0 or p_end <= p_start then
        raise exception 'a comment is anchored to some words: a start before an end' using errcode = 'invalid_parameter_value';
    end if;
    -- Offsets count UTF-16 code units, length() counts characters: a character is one or two units.
    if p_quote is null or length(btrim(p_quote)) = 0 or length(p_quote) > 10000
       or length(p_quote) > p_end - p_start or p_end - p_start > 2 * length(p_quote) then
        raise exception 'the quoted words do not match the anchor' using errcode = 'invalid_parameter_value';
    end if;
    insert into quire.review_comment (org_id, request_id, node_id, round, anchor_start, anchor_end, quote, body, author_id)
    values (v_request.org_id, v_request.id, p_node, v_request.round, p_start, p_end, p_quote, v_body,
            quire.current_person_id())
    returning id into v_id;
    perform quire.notify_comment_mentions(v_request, v_body);
    perform quire.review_signal(v_request.org_id, v_request.id);
    return v_id;
end
$$;

create function quire.reply_review_comment(p_thread uuid, p_body text) returns uuid
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_thread  quire.review_comment;
    v_request quire.review_request;
    v_body    text := quire.comment_body(p_body);
    v_id      uuid;
begin
    select * into v_thread from quire.review_comment where id = p_thread and org_id = any (quire.my_org_ids());
    if not found then
        raise exception 'this comment is gone or not visible to you' using errcode = 'no_data_found';
    end if;
    if v_thread.thread_id is not null then
        raise exception 'replies go to the first comment of a thread' using errcode = 'invalid_parameter_value';
    end if;
    v_request := quire.commentable_request(v_thread.request_id);
    insert into quire.review_comment (org_id, request_id, node_id, thread_id, round, anchor_start, anchor_end, body,
                                      author_id)
    values (v_thread.org_id, v_thread.request_id, v_thread.node_id, v_thread.id, v_request.round,
            v_thread.anchor_start, v_thread.anchor_end, v_body, quire.current_person_id())
    returning id into v_id;
    perform quire.notify_comment_mentions(v_request, v_body);
    perform quire.review_signal(v_request.org_id, v_request.id);
    return v_id;
end
$$;

create function quire.resolve_review_thread(p_thread uuid, p_resolved boolean) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_thread  quire.review_comment;
    v_request quire.review_request;
    v_step    quire.review_step;
    v_person  uuid := quire.current_person_id();
begin
    select * into v_thread from quire.review_comment where id = p_thread and org_id = any (quire.my_org_ids())
       for update;
    if not found then
        raise exception 'this comment is gone or not visible to you' using errcode = 'no_data_found';
    end if;
    if v_thread.thread_id is not null then
        raise exception 'a thread is resolved at its first comment' using errcode = 'invalid_parameter_value';
    end if;
    if p_resolved is null then
        raise exception 'say whether the thread is resolved' using errcode = 'invalid_parameter_value';
    end if;
    v_request := quire.commentable_request(v_thread.request_id);
    select * into v_step from quire.review_step where request_id = v_request.id and position = v_request.current_step;
    if not (coalesce(v_thread.author_id = v_person, false)
            or coalesce(v_request.submitted_by = v_person, false)
            or (v_request.state = 'in_review' and v_step.request_id is not null and quire.may_decide(v_request, v_step))
            or quire.has_org_role(v_request.org_id, 'admin')) then
        raise exception 'only the comment''s author, the one who submitted the text, its deciders or an admin resolve a thread'
            using errcode = 'insufficient_privilege';
    end if;
    if p_resolved then
        update quire.review_comment set resolved_at = coalesce(resolved_at, now()), resolved_by = coalesce(resolved_by, v_person)
         where id = v_thread.id;
    else
        update quire.review_comment set resolved_at = null, resolved_by = null where id = v_thread.id;
    end if;
    perform quire.review_signal(v_request.org_id, v_request.id);
end
$$;

do $$
declare
    f text;
begin
    foreach f in array array['quire.add_review_comment(uuid, uuid, integer, integer, text, text)',
                             'quire.reply_review_comment(uuid, text)',
                             'quire.resolve_review_thread(uuid, boolean)']
    loop
        execute format('revoke execute on function %s from public', f);
        execute format('grant execute on function %s to quire_member', f);
    end loop;
end
$$;
