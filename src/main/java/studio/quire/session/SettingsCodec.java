package studio.quire.session;

import studio.quire.db.ConnectionProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * {@link Settings} as a properties file: read before the window appears, so it must be quick
 * (a JSON mapper's first use costs about a quarter of a second). Values that do not parse fall
 * back to their defaults one by one rather than losing the whole file.
 */
final class SettingsCodec {
    private SettingsCodec() {
    }

    static Properties write(Settings s) {
        Properties p = new Properties();
        p.setProperty("theme", s.theme().name());
        if (s.window() != null) {
            p.setProperty("window.x", Double.toString(s.window().x()));
            p.setProperty("window.y", Double.toString(s.window().y()));
            p.setProperty("window.width", Double.toString(s.window().width()));
            p.setProperty("window.height", Double.toString(s.window().height()));
            p.setProperty("window.maximized", Boolean.toString(s.window().maximized()));
        }
        put(p, "localLogin", s.localLogin());
        put(p, "embeddedLogin", s.embeddedLogin());
        put(p, "lastOrgId", s.lastOrgId() == null ? null : s.lastOrgId().toString());
        put(p, "activeProfile", s.activeProfile());
        p.setProperty("sessionWordGoal", Integer.toString(s.sessionWordGoal()));
        for (int i = 0; i < s.profiles().size(); i++) {
            ConnectionProfile profile = s.profiles().get(i);
            String key = "profile." + i + ".";
            p.setProperty(key + "name", profile.name());
            p.setProperty(key + "host", profile.host());
            p.setProperty(key + "port", Integer.toString(profile.port()));
            p.setProperty(key + "database", profile.database());
            p.setProperty(key + "user", profile.user());
            p.setProperty(key + "sslMode", profile.sslMode());
            p.setProperty(key + "rememberPassword", Boolean.toString(profile.rememberPassword()));
        }
        return p;
    }

    static Settings read(Properties p) {
        Settings.Theme theme = "DARK".equals(p.getProperty("theme")) ? Settings.Theme.DARK : Settings.Theme.LIGHT;
        Settings.WindowBounds window = null;
        try {
            if (p.getProperty("window.width") != null) {
                window = new Settings.WindowBounds(number(p, "window.x"), number(p, "window.y"), number(p, "window.width"),
                        number(p, "window.height"), Boolean.parseBoolean(p.getProperty("window.maximized")));
            }
        } catch (NumberFormatException e) {
            window = null;
        }
        UUID lastOrg;
        try {
            lastOrg = p.getProperty("lastOrgId") == null ? null : UUID.fromString(p.getProperty("lastOrgId"));
        } catch (IllegalArgumentException e) {
            lastOrg = null;
        }
        List<ConnectionProfile> profiles = new ArrayList<>();
        for (int i = 0; p.getProperty("profile." + i + ".name") != null; i++) {
            String key = "profile." + i + ".";
            try {
                profiles.add(new ConnectionProfile(p.getProperty(key + "name"), p.getProperty(key + "host", ""),
                        Integer.parseInt(p.getProperty(key + "port", "5432")), p.getProperty(key + "database", "quire"),
                        p.getProperty(key + "user", ""), p.getProperty(key + "sslMode"),
                        Boolean.parseBoolean(p.getProperty(key + "rememberPassword"))));
            } catch (NumberFormatException e) {
                // a profile with a broken port is dropped; the others stay
            }
        }
        return new Settings(theme, window, p.getProperty("localLogin"), p.getProperty("embeddedLogin"), lastOrg, profiles,
                p.getProperty("activeProfile"), sessionWordGoal(p));
    }

    /** A missing or broken value means the default (the record turns 0 into it). */
    private static int sessionWordGoal(Properties p) {
        try {
            return Integer.parseInt(p.getProperty("sessionWordGoal", "0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double number(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key, "0"));
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }
}
