package studio.quire.brand.kitfile;

/**
 * A brand asset Quire will not take, with a message in a designer's words that names the file,
 * says what is wrong with it and, where there is one, how to put it right. Nothing of the asset
 * has been kept when this is thrown.
 */
public final class AssetRefusedException extends RuntimeException {

    public AssetRefusedException(String message) {
        super(message);
    }
}
