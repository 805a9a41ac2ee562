package studio.quire.brand.kitfile;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.DefaultHandler;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SVG may hold to become a brand asset, checked element by element as the parser reads:
 * no script, no web content, no event attribute, no link to another file (references inside the
 * file, {@code #id}, and embedded bitmaps are fine), and no DTD rules. Also reads the size from the
 * root element. One instance per file.
 */
final class SvgContentRules extends DefaultHandler implements LexicalHandler, DeclHandler {
    private static final String TAIL = "; Quire accepts only SVGs without scripts or links to other files";
    private static final Set<String> FOREIGN = Set.of("foreignobject", "iframe", "embed", "object");
    private static final Set<String> EMBEDDED_IMAGES = Set.of("data:image/png", "data:image/jpeg", "data:image/gif",
            "data:image/webp");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)['\"]?\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PX = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px)?\\s*");
    private static final int SHOWN_LINK_CHARS = 60;

    /** A refusal on its way out of the parser, which lets only SAXExceptions through. */
    static final class Refusal extends SAXException {
        private final AssetRefusedException refused;

        Refusal(AssetRefusedException refused) {
            super(refused.getMessage());
            this.refused = refused;
        }

        AssetRefusedException refused() {
            return refused;
        }
    }

    private final String fileName;
    private boolean sawRoot;
    private boolean sawSvgRoot;
    private Double width;
    private Double height;
    private double[] viewBox;
    private StringBuilder styleText;

    SvgContentRules(String fileName) {
        this.fileName = fileName;
    }

    boolean sawSvgRoot() {
        return sawSvgRoot;
    }

    /** Width and height in pixels: both attributes, one and the view box's proportions, or the view box. */
    long[] size() {
        double w;
        double h;
        if (width != null && height != null) {
            w = width;
            h = height;
        } else if (viewBox != null && width != null) {
            w = width;
            h = width * viewBox[1] / viewBox[0];
        } else if (viewBox != null && height != null) {
            w = height * viewBox[0] / viewBox[1];
            h = height;
        } else if (viewBox != null) {
            w = viewBox[0];
            h = viewBox[1];
        } else {
            throw noSize();
        }
        if (!(w > 0 && h > 0)) {
            throw noSize();
        }
        return new long[] {Math.max(1, Math.round(w)), Math.max(1, Math.round(h))};
    }

    AssetRefusedException linkRefusal(String target) {
        String shown = target == null ? "" : target.strip();
        if (shown.length() > SHOWN_LINK_CHARS) {
            shown = shown.substring(0, SHOWN_LINK_CHARS) + "…";
        }
        return new AssetRefusedException(fileName + " links to another file (" + shown + ")" + TAIL);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        String name = (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (!sawRoot) {
            sawRoot = true;
            if (!name.equals("svg")) {
                throw new Refusal(AssetInspector.notAnImage(fileName));
            }
            sawSvgRoot = true;
            width = pixels(attributes.getValue("width"));
            height = pixels(attributes.getValue("height"));
            viewBox = viewBox(attributes.getValue("viewBox"));
        }
        if (name.equals("script")) {
            throw refuse(" has a script inside");
        }
        if (FOREIGN.contains(name)) {
            throw refuse(" has web content inside (<" + (localName.isEmpty() ? qName : localName) + ">)");
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            String attribute = attributes.getLocalName(i).isEmpty() ? attributes.getQName(i) : attributes.getLocalName(i);
            checkAttribute(attribute.toLowerCase(Locale.ROOT), attributes.getValue(i));
        }
        if (name.equals("style")) {
            styleText = new StringBuilder();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (styleText != null) {
            styleText.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (styleText != null) {
            checkCss(styleText.toString());
            styleText = null;
        }
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        throw e;
    }

    private void checkAttribute(String attribute, String value) throws Refusal {
        if (attribute.startsWith("on")) {
            throw refuse(" has a script inside (an " + attribute + " attribute)");
        }
        String squeezed = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        if (squeezed.contains("javascript:") || squeezed.contains("vbscript:") || squeezed.contains("data:text/html")) {
            throw refuse(" has a script inside (a " + attribute + " that runs code)");
        }
        if (attribute.equals("href") || attribute.equals("src")) {
            checkReference(value);
        }
        checkCss(value);
    }

    private void checkCss(String css) throws Refusal {
        if (css.toLowerCase(Locale.ROOT).contains("@import")) {
            throw new Refusal(linkRefusal("@import"));
        }
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            checkReference(url.group(1));
        }
    }

    private void checkReference(String target) throws Refusal {
        String t = target.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.startsWith("#")) {
            return;
        }
        for (String embedded : EMBEDDED_IMAGES) {
            if (t.startsWith(embedded + ";") || t.startsWith(embedded + ",")) {
                return;
            }
        }
        throw new Refusal(linkRefusal(target));
    }

    private Refusal refuse(String what) {
        return new Refusal(new AssetRefusedException(fileName + what + TAIL));
    }

    private AssetRefusedException noSize() {
        return new AssetRefusedException(fileName + " has no size; give its <svg> a width and height in pixels or a"
                + " viewBox, and export it again");
    }

    private static Double pixels(String length) {
        if (length == null) {
            return null;
        }
        Matcher m = PX.matcher(length);
        return m.matches() ? Double.valueOf(m.group(1)) : null;
    }

    private static double[] viewBox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.strip().split("[\\s,]+");
        if (parts.length != 4) {
            return null;
        }
        try {
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            return w > 0 && h > 0 ? new double[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // Any rule declared in a DTD is refused where it is declared, before anything could expand.

    @Override
    public void elementDecl(String name, String model) throws SAXException {
        throw declared();
    }

    @Override
    public void attributeDecl(String eName, String aName, String type, String mode, String value) throws SAXException {
        throw declared();
    }

    @Override
    public void internalEntityDecl(String name, String value) throws SAXException {
        throw declared();
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
        throw declared();
    }

    @Override
    public void notationDecl(String name, String publicId, String systemId) throws SAXException {
        throw declared();
    }

    @Override
    public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName) throws SAXException {
        throw declared();
    }

    private Refusal declared() {
        return new Refusal(new AssetRefusedException(fileName + " declares its own entities or DTD rules inside; Quire"
                + " accepts only plain SVGs, so export it again without a DTD"));
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
        if (!name.toLowerCase(Locale.ROOT).endsWith("svg")) {
            throw new Refusal(AssetInspector.notAnImage(fileName));
        }
    }

    @Override
    public void endDTD() {
    }

    @Override
    public void startEntity(String name) {
        // Built-in entities (&amp;) arrive here; any other would have been refused at its declaration.
    }

    @Override
    public void endEntity(String name) {
    }

    @Override
    public void startCDATA() {
    }

    @Override
    public void endCDATA() {
    }

    @Override
    public void comment(char[] ch, int start, int length) {
    }
}
