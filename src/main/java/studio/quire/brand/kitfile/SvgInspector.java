package studio.quire.brand.kitfile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Reads an SVG with a parser that fetches nothing and expands nothing: no DTD is loaded, no entity
 * or other DTD rule may be declared (a "billion laughs" file stops at its first declaration, before
 * anything is expanded), no external entity, no XInclude. {@link SvgContentRules} then refuses what
 * could run or fetch. A bare DOCTYPE line, as Illustrator writes one, is read as a label only.
 */
final class SvgInspector {
    private static final Logger LOG = LoggerFactory.getLogger(SvgInspector.class);
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";
    private static final String DECLARATION_HANDLER = "http://xml.org/sax/properties/declaration-handler";

    private final SAXParserFactory factory = hardenedFactory();

    /** Width and height in pixels, or an {@link AssetRefusedException} naming the file. */
    int[] size(String fileName, byte[] bytes) {
        SvgContentRules rules = new SvgContentRules(fileName);
        try {
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(rules);
            reader.setErrorHandler(rules);
            reader.setDTDHandler(rules);
            reader.setProperty(LEXICAL_HANDLER, rules);
            reader.setProperty(DECLARATION_HANDLER, rules);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SvgContentRules.Refusal(rules.linkRefusal(systemId));
            });
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SvgContentRules.Refusal refusal) {
            throw refusal.refused();
        } catch (SAXException | IOException e) {
            LOG.info("Refused {}: {}", fileName, e.getMessage());
            // Broken XML before any <svg> is some other text file; after it, a damaged SVG.
            throw rules.sawSvgRoot() ? AssetInspector.damaged(fileName) : AssetInspector.notAnImage(fileName);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
        if (!rules.sawSvgRoot()) {
            throw AssetInspector.notAnImage(fileName);
        }
        long[] size = rules.size();
        return AssetInspector.checkedSize(fileName, size[0], size[1]);
    }

    private static SAXParserFactory hardenedFactory() {
        // The JDK's own parser, not whichever one the class path offers: these features are its names.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
        return factory;
    }
}
