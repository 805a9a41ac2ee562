package studio.quire.db;

/**
 * Where and as whom to connect. The password may be null (a server that needs none, or one given
 * in the URL); it is never logged, and {@link #displayUrl()} masks one written into the URL.
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

    /** The URL as it may be shown or logged: passwords in it (user:pass@, ?password=) masked. */
    public String displayUrl() {
        return withoutSecrets(jdbcUrl);
    }

    public static String withoutSecrets(String url) {
        return url.replaceAll("(?i)([?&](password|sslpassword)=)[^&]*", "$1***")
                .replaceAll("(//[^/:@]+):[^/@]*@", "$1:***@");
    }

    @Override
    public String toString() {
        return mode + " " + displayUrl() + " as " + user;
    }
}
