package studio.quire.cli;

import java.util.Map;

/** The command-line interface (being built: see the CLI work in progress). */
public final class QuireCli {
    private final Map<String, String> environment;

    public QuireCli(Map<String, String> environment) {
        this.environment = environment;
    }

    public int run(String... args) {
        System.err.println("quire: commands are not available in this build yet " + environment.size());
        return 2;
    }
}
