package studio.quire.admin;

import org.jooq.DSLContext;
import org.postgresql.util.PasswordUtil;
import studio.quire.db.schema.Routines;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.MEMBERSHIP;
import static studio.quire.db.schema.Tables.ORGANIZATION;
import static studio.quire.db.schema.Tables.PERSON;

/**
 * People and memberships. Every change goes through the database's SECURITY DEFINER functions,
 * which check that the caller is an admin; this class only calls them and maps results.
 */
public final class PeopleRepository {
    private final DSLContext dsl;

    public PeopleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The person signed in on this connection, or empty when the role is not a Quire person. */
    public Optional<Identity> me() {
        return translate(() -> dsl.selectFrom(PERSON)
                .where(PERSON.ROLE_NAME.eq(org.jooq.impl.DSL.field("session_user", String.class)))
                .and(PERSON.ACTIVE)
                .fetchOptional()
                .map(p -> new Identity(p.getId(), p.getRoleName(), p.getDisplayName(), dsl
                        .select(MEMBERSHIP.ORG_ID, ORGANIZATION.NAME, MEMBERSHIP.ROLE)
                        .from(MEMBERSHIP).join(ORGANIZATION).on(ORGANIZATION.ID.eq(MEMBERSHIP.ORG_ID))
                        .where(MEMBERSHIP.PERSON_ID.eq(p.getId())).and(MEMBERSHIP.ACTIVE)
                        .orderBy(ORGANIZATION.NAME)
                        .fetch(r -> new Membership(r.value1(), r.value2(), Role.fromDb(r.value3()))))));
    }

    public List<Member> members(UUID orgId) {
        return translate(() -> dsl.select(PERSON.ID, PERSON.ROLE_NAME, PERSON.DISPLAY_NAME, MEMBERSHIP.ROLE, MEMBERSHIP.ACTIVE)
                .from(MEMBERSHIP).join(PERSON).on(PERSON.ID.eq(MEMBERSHIP.PERSON_ID))
                .where(MEMBERSHIP.ORG_ID.eq(orgId))
                .orderBy(MEMBERSHIP.ACTIVE.desc(), PERSON.DISPLAY_NAME)
                .fetch(r -> new Member(r.value1(), r.value2(), r.value3(), Role.fromDb(r.value4()), r.value5())));
    }

    /**
     * The people with these logins whom the caller can see (those who share an organization with
     * them), with their role in {@code orgId} when they are members there; others are left out.
     */
    public List<PersonName> named(java.util.Collection<String> loginNames, UUID orgId) {
        return translate(() -> dsl.select(PERSON.ROLE_NAME, PERSON.DISPLAY_NAME, MEMBERSHIP.ROLE, PERSON.ACTIVE)
                .from(PERSON).leftJoin(MEMBERSHIP).on(MEMBERSHIP.PERSON_ID.eq(PERSON.ID))
                .and(MEMBERSHIP.ORG_ID.eq(orgId)).and(MEMBERSHIP.ACTIVE)
                .where(PERSON.ROLE_NAME.in(loginNames))
                .orderBy(PERSON.DISPLAY_NAME)
                .fetch(r -> new PersonName(r.value1(), r.value2(), Optional.ofNullable(r.value3()).map(Role::fromDb),
                        Boolean.TRUE.equals(r.value4()))));
    }

    /** The organization of that name (case-insensitive) among those this role can see. */
    public Optional<UUID> organizationNamed(String name) {
        return translate(() -> dsl.select(ORGANIZATION.ID).from(ORGANIZATION)
                .where(org.jooq.impl.DSL.lower(ORGANIZATION.NAME).eq(name.strip().toLowerCase(java.util.Locale.ROOT)))
                .orderBy(ORGANIZATION.CREATED_AT)
                .limit(1)
                .fetchOptional(ORGANIZATION.ID));
    }

    /** True when a person with this login exists and is visible to the caller. */
    public boolean loginExists(String loginName) {
        return translate(() -> dsl.fetchExists(PERSON, PERSON.ROLE_NAME.eq(loginName)));
    }

    /** True when this connection's role owns Quire's schema (the bootstrap role of a team server). */
    public boolean isSchemaOwner() {
        return translate(() -> Boolean.TRUE.equals(Routines.isSchemaOwner(dsl.configuration())));
    }

    public UUID createOrganization(String name) {
        return translate(() -> Routines.createOrganization(dsl.configuration(), name));
    }

    /**
     * Adds a person (creating their PostgreSQL login role) to an organization, or re-activates
     * them there with the given role. A null password leaves the role without one. Only a SCRAM
     * verifier of the password is sent, never the password itself.
     */
    public UUID addPerson(UUID orgId, String loginName, String displayName, Role role, String password) {
        String verifier = password == null ? null : PasswordUtil.encodeScramSha256(password.toCharArray());
        return translate(() -> Routines.addPerson(dsl.configuration(), orgId, loginName, displayName, role.dbName(),
                verifier));
    }

    public void setRole(UUID orgId, UUID personId, Role role) {
        translate(() -> {
            Routines.setMemberRole(dsl.configuration(), orgId, personId, role.dbName());
            return null;
        });
    }

    public void deactivate(UUID orgId, UUID personId) {
        translate(() -> {
            Routines.deactivateMember(dsl.configuration(), orgId, personId);
            return null;
        });
    }
}
