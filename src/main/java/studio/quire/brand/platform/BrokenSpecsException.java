package studio.quire.brand.platform;

/**
 * The platform specs file cannot be read; the message says where and what to put right
 * ("platform-specs.json, placement 3 (\"x-landscape\"): \"width\" is missing").
 */
public final class BrokenSpecsException extends RuntimeException {
    BrokenSpecsException(String message) {
        super(message);
    }

    BrokenSpecsException(String message, Throwable cause) {
        super(message, cause);
    }
}
