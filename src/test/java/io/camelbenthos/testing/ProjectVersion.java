package io.camelbenthos.testing;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The version the pom declares, read from pom.xml itself so tests check what the build stamped into the jar. */
public final class ProjectVersion {
    private ProjectVersion() {
    }

    public static String fromPom() {
        try {
            Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Path.of("pom.xml").toFile()).getDocumentElement();
            for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("version".equals(n.getNodeName())) {
                    return n.getTextContent().trim();
                }
            }
            throw new IllegalStateException("pom.xml declares no project version");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read pom.xml", e);
        }
    }
}
