package studio.quire.review.workflow;

import org.jooq.DSLContext;
import org.jooq.Record;
import studio.quire.admin.Role;
import studio.quire.db.RefusedByDatabaseException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.MEMBERSHIP;
import static studio.quire.db.schema.Tables.PERSON;
import static studio.quire.db.schema.Tables.WORKFLOW_STEP;
import static studio.quire.db.schema.Tables.WORKFLOW_TEMPLATE;

/**
 * An organization's review workflows as its admins edit them (V9: admins write the two tables
 * directly, members read them; the database's policies decide, this class only says why not).
 *
 * <p>Why saving looks the way it does:
 * <ul>
 * <li>One transaction per save, opened with an optimistic check on {@code workflow_template.version}:
 *     the template row is updated first {@code WHERE version = loaded version}, so a second saver
 *     waits on the row lock, then finds another version and is refused before any step is written.</li>
 * <li>Reordering swaps positions, and {@code unique (template_id, position)} would trip over the
 *     intermediate states. V9 declared that constraint {@code DEFERRABLE INITIALLY IMMEDIATE}, so a
 *     save defers it ({@code SET CONSTRAINTS ... DEFERRED}) and it is checked once, at commit: no
 *     two-phase position shuffle and no migration of our own were needed.</li>
 * <li>Row-level security filters an update or delete that a non-admin may not make down to zero
 *     rows instead of raising an error, so zero rows is checked and turned into a refusal.</li>
 * <li>{@code review_request.template_id} has no foreign key: a request copies its steps at
 *     submission and keeps them, so deleting (or editing) a template never touches requests. Only the
 *     default template is refused deletion, since submissions without a chosen template use it.</li>
 * </ul>
 */
public final class WorkflowTemplateRepository {
    static final String ADMINS_ONLY = "Only admins of the organization change its workflows.";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String NOT_IN_PREREQUISITE_STATE = "55000";

    private final DSLContext dsl;

    public WorkflowTemplateRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** The organization's templates with their steps in order: the default first, then by name. */
    public List<WorkflowTemplate> templates(UUID orgId) {
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Map<UUID, List<WorkflowStep>> steps = new LinkedHashMap<>();
            tx.selectFrom(WORKFLOW_STEP).where(WORKFLOW_STEP.ORG_ID.eq(orgId))
                    .orderBy(WORKFLOW_STEP.TEMPLATE_ID, WORKFLOW_STEP.POSITION)
                    .forEach(s -> steps.computeIfAbsent(s.getTemplateId(), k -> new ArrayList<>()).add(step(s)));
            return tx.selectFrom(WORKFLOW_TEMPLATE).where(WORKFLOW_TEMPLATE.ORG_ID.eq(orgId))
                    .orderBy(WORKFLOW_TEMPLATE.IS_DEFAULT.desc(), WORKFLOW_TEMPLATE.NAME, WORKFLOW_TEMPLATE.CREATED_AT)
                    .fetch(t -> new WorkflowTemplate(t.getId(), t.getOrgId(), t.getName(), t.getIsDefault(),
                            t.getVersion(), steps.getOrDefault(t.getId(), List.of())));
        }));
    }

    /** One template with its steps, as it is now. */
    public WorkflowTemplate template(UUID templateId) {
        return translate(() -> load(dsl, templateId));
    }

    /** A new, non-default template with one step: "Review", decided by an editor, 1 approval, 48 hours. */
    public WorkflowTemplate create(UUID orgId, String name) {
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            UUID id = tx.insertInto(WORKFLOW_TEMPLATE, WORKFLOW_TEMPLATE.ORG_ID, WORKFLOW_TEMPLATE.NAME)
                    .values(orgId, name.strip()).returning(WORKFLOW_TEMPLATE.ID).fetchSingle().getId();
            insertStep(tx, orgId, id, 1, WorkflowStep.review());
            return load(tx, id);
        }));
    }

    /**
     * Writes an edited template (name and steps: added, removed, reordered, changed) in one
     * transaction, if nobody saved it since {@code edited.version()} was read; returns it as saved.
     *
     * @throws WorkflowConflictException when someone else saved it meanwhile (nothing is written)
     * @throws RefusedByDatabaseException when the caller may not (not an admin) or a rule says no
     */
    public WorkflowTemplate save(WorkflowTemplate edited) {
        if (edited.steps().isEmpty()) {
            throw new IllegalArgumentException("a workflow keeps at least one step");
        }
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int updated = tx.update(WORKFLOW_TEMPLATE)
                    .set(WORKFLOW_TEMPLATE.NAME, edited.name().strip())
                    .set(WORKFLOW_TEMPLATE.VERSION, WORKFLOW_TEMPLATE.VERSION.plus(1))
                    .where(WORKFLOW_TEMPLATE.ID.eq(edited.id())).and(WORKFLOW_TEMPLATE.VERSION.eq(edited.version()))
                    .execute();
            if (updated == 0) {
                throw whyNot(tx, edited);
            }
            UUID orgId = tx.select(WORKFLOW_TEMPLATE.ORG_ID).from(WORKFLOW_TEMPLATE)
                    .where(WORKFLOW_TEMPLATE.ID.eq(edited.id())).fetchSingle().value1();
            tx.execute("set constraints quire.workflow_step_position_key deferred");
            Set<UUID> kept = edited.steps().stream().map(WorkflowStep::id).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            tx.deleteFrom(WORKFLOW_STEP).where(WORKFLOW_STEP.TEMPLATE_ID.eq(edited.id()))
                    .and(kept.isEmpty() ? org.jooq.impl.DSL.trueCondition() : WORKFLOW_STEP.ID.notIn(kept))
                    .execute();
            int position = 1;
            for (WorkflowStep step : edited.steps()) {
                if (step.id() == null) {
                    insertStep(tx, orgId, edited.id(), position, step);
                } else if (updateStep(tx, edited.id(), position, step) == 0) {
                    // the step was removed behind the template's back (outside this class)
                    throw new WorkflowConflictException(edited.name());
                }
                position++;
            }
            return load(tx, edited.id());
        }));
    }

    /** Makes this template the organization's default, and the previous default an ordinary one, at once. */
    public void makeDefault(UUID templateId) {
        translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            UUID orgId = tx.select(WORKFLOW_TEMPLATE.ORG_ID).from(WORKFLOW_TEMPLATE)
                    .where(WORKFLOW_TEMPLATE.ID.eq(templateId)).fetchOptional(WORKFLOW_TEMPLATE.ORG_ID)
                    .orElseThrow(() -> gone());
            // the partial unique index allows one default per organization: clear the old one first
            tx.update(WORKFLOW_TEMPLATE).set(WORKFLOW_TEMPLATE.IS_DEFAULT, false)
                    .where(WORKFLOW_TEMPLATE.ORG_ID.eq(orgId)).and(WORKFLOW_TEMPLATE.IS_DEFAULT)
                    .and(WORKFLOW_TEMPLATE.ID.ne(templateId)).execute();
            int updated = tx.update(WORKFLOW_TEMPLATE).set(WORKFLOW_TEMPLATE.IS_DEFAULT, true)
                    .where(WORKFLOW_TEMPLATE.ID.eq(templateId)).execute();
            if (updated == 0) {
                throw new RefusedByDatabaseException(ADMINS_ONLY, INSUFFICIENT_PRIVILEGE, null);
            }
            return null;
        }));
    }

    /** Deletes a template and its steps; requests submitted with it keep their own copy of the steps. */
    public void delete(UUID templateId) {
        translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Boolean isDefault = tx.select(WORKFLOW_TEMPLATE.IS_DEFAULT).from(WORKFLOW_TEMPLATE)
                    .where(WORKFLOW_TEMPLATE.ID.eq(templateId)).fetchOptional(WORKFLOW_TEMPLATE.IS_DEFAULT)
                    .orElseThrow(() -> gone());
            if (isDefault) {
                throw defaultKept();
            }
            int deleted = tx.deleteFrom(WORKFLOW_TEMPLATE).where(WORKFLOW_TEMPLATE.ID.eq(templateId))
                    .and(WORKFLOW_TEMPLATE.IS_DEFAULT.isFalse()).execute();
            if (deleted == 0) {
                boolean becameDefault = tx.fetchExists(WORKFLOW_TEMPLATE,
                        WORKFLOW_TEMPLATE.ID.eq(templateId).and(WORKFLOW_TEMPLATE.IS_DEFAULT));
                throw becameDefault ? defaultKept() : new RefusedByDatabaseException(ADMINS_ONLY, INSUFFICIENT_PRIVILEGE, null);
            }
            return null;
        }));
    }

    /** The organization's active people, by name: whom a step can escalate to. */
    public List<WorkflowMember> members(UUID orgId) {
        return translate(() -> dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, MEMBERSHIP.ROLE)
                .from(MEMBERSHIP).join(PERSON).on(PERSON.ID.eq(MEMBERSHIP.PERSON_ID))
                .where(MEMBERSHIP.ORG_ID.eq(orgId)).and(MEMBERSHIP.ACTIVE).and(PERSON.ACTIVE)
                .orderBy(PERSON.DISPLAY_NAME)
                .fetch(r -> new WorkflowMember(r.value1(), r.value2(), Role.fromDb(r.value3()))));
    }

    /** Zero rows updated: the template changed or went away, or the caller is not an admin (RLS hid the row). */
    private static RuntimeException whyNot(DSLContext tx, WorkflowTemplate edited) {
        Integer version = tx.select(WORKFLOW_TEMPLATE.VERSION).from(WORKFLOW_TEMPLATE)
                .where(WORKFLOW_TEMPLATE.ID.eq(edited.id())).fetchOptional(WORKFLOW_TEMPLATE.VERSION).orElse(null);
        if (version == null) {
            return gone();
        }
        if (version == edited.version()) {
            return new RefusedByDatabaseException(ADMINS_ONLY, INSUFFICIENT_PRIVILEGE, null);
        }
        return new WorkflowConflictException(edited.name());
    }

    private static RefusedByDatabaseException gone() {
        return new RefusedByDatabaseException("This workflow was deleted meanwhile.", NOT_IN_PREREQUISITE_STATE, null);
    }

    private static RefusedByDatabaseException defaultKept() {
        return new RefusedByDatabaseException(
                "The default workflow cannot be deleted: make another workflow the default first.",
                NOT_IN_PREREQUISITE_STATE, null);
    }

    private static WorkflowTemplate load(DSLContext tx, UUID templateId) {
        var t = tx.selectFrom(WORKFLOW_TEMPLATE).where(WORKFLOW_TEMPLATE.ID.eq(templateId)).fetchOptional()
                .orElseThrow(WorkflowTemplateRepository::gone);
        List<WorkflowStep> steps = tx.selectFrom(WORKFLOW_STEP).where(WORKFLOW_STEP.TEMPLATE_ID.eq(templateId))
                .orderBy(WORKFLOW_STEP.POSITION).fetch(WorkflowTemplateRepository::step);
        return new WorkflowTemplate(t.getId(), t.getOrgId(), t.getName(), t.getIsDefault(), t.getVersion(), steps);
    }

    private static WorkflowStep step(Record r) {
        String escalateRole = r.get(WORKFLOW_STEP.ESCALATE_ROLE);
        UUID escalatePerson = r.get(WORKFLOW_STEP.ESCALATE_PERSON);
        Escalation escalation = escalateRole != null ? Escalation.toRole(Role.fromDb(escalateRole))
                : escalatePerson != null ? Escalation.toPerson(escalatePerson) : Escalation.NONE;
        return new WorkflowStep(r.get(WORKFLOW_STEP.ID), r.get(WORKFLOW_STEP.NAME),
                Role.fromDb(r.get(WORKFLOW_STEP.DECIDER_ROLE)), r.get(WORKFLOW_STEP.APPROVALS_NEEDED),
                r.get(WORKFLOW_STEP.SLA_HOURS), escalation);
    }

    private static void insertStep(DSLContext tx, UUID orgId, UUID templateId, int position, WorkflowStep step) {
        tx.insertInto(WORKFLOW_STEP)
                .set(WORKFLOW_STEP.ORG_ID, orgId)
                .set(WORKFLOW_STEP.TEMPLATE_ID, templateId)
                .set(WORKFLOW_STEP.POSITION, position)
                .set(WORKFLOW_STEP.NAME, step.name().strip())
                .set(WORKFLOW_STEP.DECIDER_ROLE, step.deciderRole().dbName())
                .set(WORKFLOW_STEP.APPROVALS_NEEDED, step.approvalsNeeded())
                .set(WORKFLOW_STEP.SLA_HOURS, step.slaHours())
                .set(WORKFLOW_STEP.ESCALATE_ROLE, escalateRole(step))
                .set(WORKFLOW_STEP.ESCALATE_PERSON, step.escalation().person())
                .execute();
    }

    private static int updateStep(DSLContext tx, UUID templateId, int position, WorkflowStep step) {
        return tx.update(WORKFLOW_STEP)
                .set(WORKFLOW_STEP.POSITION, position)
                .set(WORKFLOW_STEP.NAME, step.name().strip())
                .set(WORKFLOW_STEP.DECIDER_ROLE, step.deciderRole().dbName())
                .set(WORKFLOW_STEP.APPROVALS_NEEDED, step.approvalsNeeded())
                .set(WORKFLOW_STEP.SLA_HOURS, step.slaHours())
                .set(WORKFLOW_STEP.ESCALATE_ROLE, escalateRole(step))
                .set(WORKFLOW_STEP.ESCALATE_PERSON, step.escalation().person())
                .where(WORKFLOW_STEP.ID.eq(step.id())).and(WORKFLOW_STEP.TEMPLATE_ID.eq(templateId))
                .execute();
    }

    private static String escalateRole(WorkflowStep step) {
        return step.escalation().role() == null ? null : step.escalation().role().dbName();
    }
}
