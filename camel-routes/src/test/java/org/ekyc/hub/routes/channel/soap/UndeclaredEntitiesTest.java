package org.ekyc.hub.routes.channel.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.staxutils.StaxUtils;
import org.junit.jupiter.api.Test;

/** The reader CXF builds (Woodstox, DTDs off) reports an undeclared entity as an event; the hub refuses it. */
class UndeclaredEntitiesTest {

    private static XMLStreamReader wrapped(String xml) {
        MessageImpl message = new MessageImpl();
        message.setContent(XMLStreamReader.class, StaxUtils.createXMLStreamReader(new StringReader(xml)));
        new UndeclaredEntities().handleMessage(message);
        return message.getContent(XMLStreamReader.class);
    }

    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.CHARACTERS) {
                b.append(r.getText());
            }
        }
        return b.toString();
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        assertThatThrownBy(() -> text(wrapped("<a><surname>WANG&foo;</surname></a>")))
                .isInstanceOf(XMLStreamException.class).hasMessageContaining("undeclared entity");
    }

    @Test
    void thePredefinedEntitiesAndCharacterReferencesAreRead() throws Exception {
        assertThat(text(wrapped("<a><s>O&apos;BRIEN &amp; &#65;&lt;&gt;&quot;</s></a>"))).isEqualTo("O'BRIEN & A<>\"");
    }

    @Test
    void nextTagStillSkipsWhitespaceAndComments() throws Exception {
        XMLStreamReader r = wrapped("<a>\n  <!-- c -->\n  <b/></a>");
        r.nextTag();
        assertThat(r.nextTag()).isEqualTo(XMLStreamReader.START_ELEMENT);
        assertThat(r.getLocalName()).isEqualTo("b");
    }
}
