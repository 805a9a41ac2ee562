package studio.quire.brand.template;

/**
 * A template file Quire cannot read, with a message that says where and what to put right
 * ("layers[2].frame: the field \"width\" is missing").
 */
public class TemplateFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TemplateFormatException(String message) {
        super(message);
    }

    public TemplateFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
