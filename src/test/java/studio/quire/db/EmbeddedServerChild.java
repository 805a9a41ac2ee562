package studio.quire.db;

import java.nio.file.Path;

/**
 * A second Quire process for {@link EmbeddedServerTest}: {@code try-start HOME CACHE} tries to
 * start the server and reports the outcome; {@code hold HOME CACHE} starts it, reports the port and
 * keeps it until its standard input closes (or it is killed, as a crashing app would be).
 */
public final class EmbeddedServerChild {
    static final String STARTED = "CHILD-STARTED ";
    static final String REFUSED = "CHILD-REFUSED ";

    private EmbeddedServerChild() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[1]);
        Path cache = Path.of(args[2]);
        try (EmbeddedServer server = EmbeddedServer.start(home, cache)) {
            System.out.println(STARTED + server.port());
            System.out.flush();
            if (args[0].equals("hold")) {
                while (System.in.read() >= 0) {
                    // Holds the server until the parent closes our input.
                }
            }
        } catch (DatabaseUnavailableException e) {
            System.out.println(REFUSED + e.getMessage());
            System.out.flush();
        }
    }
}
