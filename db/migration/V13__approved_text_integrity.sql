-- Approved text stays the text that was approved (issue 11's probe):
-- * a section's text row stays with its section: nobody re-points node_content to another node or
--   organization (a writer could move approved text away and put other text in its place);
-- * a text row created for a section under review counts as an edit: it withdraws an approval just
--   as a changed body does;
-- * whoever saves a section's text while a review of it is open (an admin editing the writer's
--   text, say) decides on that review no more than its submitter does;
-- * a section put in the trash withdraws its approval and cannot be approved while it is there;
-- * publishing checks, section by section, that the text is still the approved text.

create function quire.keep_content_with_its_node() returns trigger
    language plpgsql
    set search_path = quire, pg_temp
as $$
begin
    raise exception 'a section''s text stays with its section: it cannot be moved to another one'
        using errcode = 'insufficient_privilege';
end
$$;
revoke execute on function quire.keep_content_with_its_node() from public;

create trigger keep_with_node before update of node_id, org_id on quire.node_content
    for each row when (new.node_id is distinct from old.node_id or new.org_id is distinct from old.org_id)
    execute function quire.keep_content_with_its_node();

-- Who changed the text of a section while a review of it was open (they may not decide on it).
alter table quire.review_section add column edited_by uuid[] not null default '{}';

create or replace function quire.submitted_by_me(p_request quire.review_request) returns boolean
    language sql stable security definer
    set search_path = quire, pg_temp
as $$
    select quire.current_person_id() is null
        or p_request.submitted_by = quire.current_person_id()
        or exists (select 1 from quire.review_section rs join quire.revision rv on rv.id = rs.pinned_revision_id
                    where rs.request_id = p_request.id and rv.author = quire.current_person_id())
        or exists (select 1 from quire.review_section rs
                    where rs.request_id = p_request.id and quire.current_person_id() = any (rs.edited_by))
$$;

-- One section of a request (locked by the caller) loses its approval: an approved request starts a
-- new round, and the history says why.
create function quire.withdraw_section(p_request uuid, p_node uuid, p_detail jsonb) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request;
begin
    update quire.review_section set state = 'withdrawn' where request_id = p_request and node_id = p_node;
    select * into v_request from quire.review_request where id = p_request;
    if v_request.state = 'approved' then
        v_request := quire.restart_review(v_request);
    end if;
    perform quire.review_log(v_request, 'withdrawn', p_node, p_detail);
    perform quire.review_signal(v_request.org_id, v_request.id);
end
$$;
revoke execute on function quire.withdraw_section(uuid, uuid, jsonb) from public;

-- Replaces V9's withdraw_changed_approvals: it also runs for a new text row, and notes who edits.
drop trigger withdraw_approvals on quire.node_content;
drop function quire.withdraw_changed_approvals();

create function quire.follow_text_under_review() returns trigger
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_person  uuid := quire.current_person_id();
    v_section record;
    v_hash    text;
begin
    if tg_op = 'UPDATE' and new.body is not distinct from old.body then
        return null;
    end if;
    -- Most saves touch no section of an open request: one index probe, and nothing else.
    if not exists (select 1 from quire.review_section rs join quire.review_request r on r.id = rs.request_id
                    where rs.node_id = new.node_id and r.state in ('in_review', 'changes_requested', 'approved')) then
        return null;
    end if;
    if v_person is not null then
        update quire.review_section rs set edited_by = rs.edited_by || v_person
          from quire.review_request r
         where rs.node_id = new.node_id and r.id = rs.request_id
           and r.state in ('in_review', 'changes_requested', 'approved') and not (v_person = any (rs.edited_by));
    end if;
    v_hash := quire.content_hash(new.body);
    for v_section in
        select rs.request_id from quire.review_section rs join quire.review_request r on r.id = rs.request_id
         where rs.node_id = new.node_id and rs.state = 'approved' and rs.approved_hash <> v_hash
           and r.state in ('in_review', 'changes_requested', 'approved')
         order by r.id
           for update of r
    loop
        perform quire.withdraw_section(v_section.request_id, new.node_id, '{}'::jsonb);
    end loop;
    return null;
end
$$;
revoke execute on function quire.follow_text_under_review() from public;
create trigger follow_review after insert or update of body on quire.node_content
    for each row execute function quire.follow_text_under_review();

-- A section put in the trash leaves the approval it had: its request goes back to review.
create function quire.withdraw_trashed_sections() returns trigger
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_section record;
begin
    for v_section in
        select rs.request_id from quire.review_section rs join quire.review_request r on r.id = rs.request_id
         where rs.node_id = new.id and r.state in ('in_review', 'changes_requested', 'approved')
         order by r.id
           for update of r
    loop
        perform quire.withdraw_section(v_section.request_id, new.id, jsonb_build_object('reason', 'trashed'));
    end loop;
    return null;
end
$$;
revoke execute on function quire.withdraw_trashed_sections() from public;
create trigger withdraw_trashed after update of deleted_at on quire.node
    for each row when (old.deleted_at is null and new.deleted_at is not null and new.kind = 'section')
    execute function quire.withdraw_trashed_sections();

-- A new round keeps a trashed section withdrawn (it is not part of what can be approved).
create or replace function quire.repin_sections(p_request quire.review_request) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_section  record;
    v_revision uuid;
begin
    for v_section in
        select rs.node_id, rs.approved_hash, coalesce(c.body, '') as body, coalesce(c.word_count, 0) as words,
               coalesce(c.version, 0) as version, rs.pinned_hash, n.deleted_at is not null as trashed
          from quire.review_section rs join quire.node n on n.id = rs.node_id
          left join quire.node_content c on c.node_id = rs.node_id
         where rs.request_id = p_request.id
    loop
        if v_section.trashed then
            update quire.review_section set state = 'withdrawn'
             where request_id = p_request.id and node_id = v_section.node_id;
        elsif quire.content_hash(v_section.body) is not distinct from v_section.approved_hash then
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


-- Approving is refused while a section of the request is in the trash.
create or replace function quire.decide_review(p_request uuid, p_step integer, p_decision text, p_comment text)
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
     where rs.request_id = v_request.id and n.deleted_at is not null and p_decision = 'approve'
     limit 1;
    if v_changed is not null then
        raise exception '“%” is in the trash: it can be approved once it is restored', v_changed
            using errcode = 'object_not_in_prerequisite_state';
    end if;
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


-- Publishing: every section must still hold the text that was approved, and be out of the trash.
create or replace function quire.publish_review(p_request uuid) returns void
    language plpgsql security definer
    set search_path = quire, pg_temp
as $$
declare
    v_request quire.review_request := quire.lock_review(p_request);
    v_changed text;
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
    select n.title into v_changed
      from quire.review_section rs join quire.node n on n.id = rs.node_id
      left join quire.node_content c on c.node_id = rs.node_id
     where rs.request_id = v_request.id
       and (rs.state <> 'approved' or n.deleted_at is not null
            or rs.approved_hash is distinct from quire.content_hash(coalesce(c.body, '')))
     order by rs.position
     limit 1;
    if v_changed is not null then
        raise exception 'the text of “%” is not the text that was approved: it must be reviewed again', v_changed
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
