package studio.quire.admin;

/**
 * Gives a person being added their first password. On the embedded server it is kept in the
 * local credentials file (so one can switch to that person); on a team server it is shown once.
 * Nothing is kept until the database has accepted the person.
 */
public interface NewPersonPasswords {
    /** A new password and the sentence to show the admin once the person exists. */
    Issued issue(String login);

    /** Called once the database created the person with {@code password}. */
    void keep(String login, String password) throws java.io.IOException;

    /** A password and the sentence shown to the admin. */
    record Issued(String password, String note) {
    }
}
