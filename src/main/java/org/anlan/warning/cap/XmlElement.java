package org.anlan.warning.cap;

import java.util.List;

/**
 * An element read by {@link HardenedXmlReader}: its name, namespace, text as written (leaf values keep their
 * whitespace), the names of its attributes other than namespace declarations, and its child elements.
 */
record XmlElement(String namespace, String name, String text, List<String> attributes, List<XmlElement> children,
                  String path) {

    boolean hasText() {
        return !text.isBlank();
    }
}
