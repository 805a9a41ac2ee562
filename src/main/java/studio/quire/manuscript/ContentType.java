package studio.quire.manuscript;

import java.util.Locale;

/** What a node holds: text, or a slot for an image, a video or an audio piece; the database checks these names. */
public enum ContentType {
    TEXT, IMAGE, VIDEO, AUDIO;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContentType fromDb(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** "Text", "Image": how a writer reads it. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
