package studio.quire.session;

import studio.quire.admin.Identity;
import studio.quire.admin.Membership;
import studio.quire.db.ConnectionTarget;
import studio.quire.db.Database;

/**
 * A signed-in person working in one organization: their own connection pool (as their own
 * PostgreSQL role), who they are, and where.
 */
public record Session(Database database, Identity identity, Membership organization, ConnectionTarget.Mode mode,
                      String serverVersion) implements AutoCloseable {

    public boolean isEmbedded() {
        return mode == ConnectionTarget.Mode.EMBEDDED;
    }

    /** "Embedded database · PostgreSQL 18.6", for the status bar. */
    public String whereLabel() {
        return (isEmbedded() ? "Embedded database" : "Team server") + " · PostgreSQL " + serverVersion;
    }

    /** "Ada Lovelace (Admin) · Acme Press", for the status bar. */
    public String whoLabel() {
        return identity.displayName() + " (" + organization.role().label() + ") · " + organization.orgName();
    }

    public Session inOrganization(Membership other) {
        return new Session(database, identity, other, mode, serverVersion);
    }

    @Override
    public void close() {
        database.close();
    }
}
