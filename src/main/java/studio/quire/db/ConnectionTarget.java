package studio.quire.db;

/**
 * Where and as whom to connect. The password may be null (then the server decides, e.g. via
 * ~/.pgpass-less methods such as certificates); it is never logged.
 */
public record ConnectionTarget(Mode mode, String jdbcUrl, String user, String password) {

    public enum Mode {
        EMBEDDED("Embedded"), SERVER("Server");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ConnectionTarget as(String otherUser, String otherPassword) {
        return new ConnectionTarget(mode, jdbcUrl, otherUser, otherPassword);
    }

    @Override
    public String toString() {
        return mode + " " + jdbcUrl + " as " + user;
    }
}
