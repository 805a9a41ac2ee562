package studio.quire.admin;

/**
 * Gives a person being added their first password. On the embedded server it is kept in the
 * local credentials file (so one can switch to that person); on a team server it is shown once.
 */
@FunctionalInterface
public interface NewPersonPasswords {
    /** The password to create the role with, and what to tell the admin about it. */
    Issued issue(String login) throws java.io.IOException;

    /** A password and the sentence shown to the admin. */
    record Issued(String password, String note) {
    }
}
