-- Pasted text is not written text.
--
-- A writing session's words_added counts every word the session added, typed or pasted; the new
-- pasted_words says how many of those came in by pasting text from outside Quire (a 2 MB paste is
-- not 377,760 words written today). Written words are words_added - pasted_words - words_removed;
-- the project's words still hold the pasted ones, as its text does.
--
-- Older rows knew no pastes: they take 0, so everything they added counts as written, as it did.
-- The column lives in the same append-only, row-level-secured table: the policies of V7 cover it
-- (members read their organizations' sessions, authors insert their own, nobody updates).

alter table quire.writing_session
    add column pasted_words integer not null default 0 check (pasted_words >= 0),
    add constraint writing_session_pasted_within_added check (pasted_words <= words_added);

-- Today's words read the sessions of a project by time: keep that an index-only read.
create index writing_session_project_ended_words_idx on quire.writing_session (project_id, ended_at)
    include (person_id, words_added, words_removed, pasted_words);
drop index quire.writing_session_project_ended_idx;
