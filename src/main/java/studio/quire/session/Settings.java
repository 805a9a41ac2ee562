package studio.quire.session;

import studio.quire.db.ConnectionProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What Quire remembers for this OS user between runs. Immutable; {@code with…} returns a copy.
 * Unknown keys (from a newer Quire) are ignored rather than fatal.
 */
public record Settings(Theme theme, WindowBounds window, String localLogin, String embeddedLogin, UUID lastOrgId,
                       List<ConnectionProfile> profiles, String activeProfile, int sessionWordGoal) {

    /** Words a writer aims for in one writing session unless they choose otherwise. */
    public static final int DEFAULT_SESSION_WORD_GOAL = 500;

    public enum Theme { LIGHT, DARK }

    /** The main window's place and size, restored at the next start. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        sessionWordGoal = sessionWordGoal > 0 ? sessionWordGoal : DEFAULT_SESSION_WORD_GOAL;
    }

    /** Settings with the default session goal (kept so that older callers need not change). */
    public Settings(Theme theme, WindowBounds window, String localLogin, String embeddedLogin, UUID lastOrgId,
                    List<ConnectionProfile> profiles, String activeProfile) {
        this(theme, window, localLogin, embeddedLogin, lastOrgId, profiles, activeProfile, DEFAULT_SESSION_WORD_GOAL);
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, null, null, null, null, List.of(), null);
    }

    public Settings withTheme(Theme value) {
        return new Settings(value, window, localLogin, embeddedLogin, lastOrgId, profiles, activeProfile, sessionWordGoal);
    }

    public Settings withWindow(WindowBounds value) {
        return new Settings(theme, value, localLogin, embeddedLogin, lastOrgId, profiles, activeProfile, sessionWordGoal);
    }

    public Settings withLocalLogin(String value) {
        return new Settings(theme, window, value, embeddedLogin, lastOrgId, profiles, activeProfile, sessionWordGoal);
    }

    public Settings withEmbeddedLogin(String value) {
        return new Settings(theme, window, localLogin, value, lastOrgId, profiles, activeProfile, sessionWordGoal);
    }

    public Settings withLastOrgId(UUID value) {
        return new Settings(theme, window, localLogin, embeddedLogin, value, profiles, activeProfile, sessionWordGoal);
    }

    /** Adds or replaces (by name) a profile. */
    public Settings withProfile(ConnectionProfile profile) {
        List<ConnectionProfile> next = new ArrayList<>(profiles);
        next.removeIf(p -> p.name().equals(profile.name()));
        next.add(profile);
        return new Settings(theme, window, localLogin, embeddedLogin, lastOrgId, next, activeProfile, sessionWordGoal);
    }

    /** The server profile to connect to, or null for the embedded server. */
    public Settings withActiveProfile(String value) {
        return new Settings(theme, window, localLogin, embeddedLogin, lastOrgId, profiles, value, sessionWordGoal);
    }

    /** A positive number of words per writing session; anything else means the default. */
    public Settings withSessionWordGoal(int value) {
        return new Settings(theme, window, localLogin, embeddedLogin, lastOrgId, profiles, activeProfile, value);
    }

    public Optional<ConnectionProfile> active() {
        return profiles.stream().filter(p -> p.name().equals(activeProfile)).findFirst();
    }
}
